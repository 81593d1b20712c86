/**
 * Hostile pages, in Debian's Chromium with the built extension (.output/chrome-mv3): pages
 * that re-render a claim's block, reorder a list, clear or restyle Evident's highlights,
 * look for Evident on their timeline, hide claims in frames and web components, forge
 * Evident's messages, or carry script-like text. Fixtures: tests/fixtures/pages/hostile-*.html.
 * Prints `N passed, N failed`; exits 1 on any failure.
 */
import { mkdtempSync, mkdirSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Frame, Page, Worker } from 'playwright-core';
import type { browser } from 'wxt/browser';
import { launchWithExtension, tabIdOf } from './launch-chromium';
import { inEvidentWorld } from './evident-world';
import { assert, createChecks, serve } from './fixture-pages';

/** The extension API inside the service worker and extension pages (evaluate()d there). */
declare const chrome: typeof browser;

const ROOT = resolve(import.meta.dirname, '../..');
const EXTENSION = join(ROOT, '.output/chrome-mv3');
const ARTIFACTS = join(ROOT, 'tests/e2e/artifacts');
const SOMATROPIN = 'Somatropin carries FDA black-box warnings for tumour growth risk';
const ZINC = 'Zinc is a cofactor for more than 300 enzymes in the human body';
const TESTOSTERONE = 'Taking zinc every day will boost your testosterone levels naturally';

const { check, fail, finish } = createChecks();

/**
 * The text of every mark in a frame, in document order: highlight ranges (their names are
 * random, so every registered highlight is read; the current mark's range is also a
 * claim's) or, after a fallback, wrapped `evident-mark` pieces joined per mark. Ranges in
 * open shadow roots are in the document's registry too.
 */
function marksIn(frame: Page | Frame): Promise<string[]> {
  return frame.evaluate(() => {
    const ranges = [...new Set([...CSS.highlights.values()].flatMap((h) => [...(h as unknown as Set<Range>)]))];
    // No named helpers in here: the bundler would wrap them in a __name() the page lacks.
    const light = ranges.filter((r) => r.startContainer.getRootNode() === document);
    const shadow = ranges.filter((r) => r.startContainer.getRootNode() !== document);
    light.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    const wrapped = new Map<string, string>();
    for (const el of document.querySelectorAll('evident-mark[data-evident-mark]')) {
      const id = el.getAttribute('data-evident-mark')!;
      wrapped.set(id, (wrapped.get(id) ?? '') + el.textContent);
    }
    return [...light.map((r) => r.toString()), ...wrapped.values(), ...shadow.map((r) => r.toString())];
  });
}

/**
 * Polls until `test` holds for the page's marks, or throws with what was there, for up to 20 s: the
 * first page of a fresh browser waits for the background to build the claims index, which takes
 * seconds on a loaded machine (6 s was once too short, in session 48's CI, the marks still empty).
 */
async function waitForMarks(frame: Page | Frame, test: (marks: string[]) => boolean, what: string): Promise<string[]> {
  let marks: string[] = [];
  for (let i = 0; i < 200; i++) {
    marks = await marksIn(frame);
    if (test(marks)) return marks;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what}: marks are ${JSON.stringify(marks)}`);
}

const has = (marks: string[], ...texts: string[]) => texts.every((t) => marks.includes(t));

/** Clicks the mark on `text`, the way a reader would. */
async function clickMark(page: Page, text: string): Promise<void> {
  const box = await page.evaluate((wanted) => {
    const range = [...CSS.highlights.values()]
      .flatMap((h) => [...(h as unknown as Set<Range>)])
      .find((r) => r.toString() === wanted)!;
    const r = range.getClientRects()[0]!;
    return { x: r.left + Math.min(20, r.width / 2), y: r.top + r.height / 2 };
  }, text);
  await page.mouse.click(box.x, box.y);
  await page.locator('evident-popover').waitFor({ timeout: 5000 });
}

/** The open popover's verdict and all its text (hidden sections too), read from Evident's world. */
const popoverCard = (page: Page) =>
  inEvidentWorld(
    page,
    (ui) => {
      const root = ui('evident-popover');
      const card = root?.querySelector<HTMLElement>('[role="dialog"]');
      if (!root || !card) return null;
      const r = card.getBoundingClientRect();
      return {
        verdict: card.querySelector('.verdict')?.textContent ?? '',
        all: card.textContent ?? '',
        elements: root.querySelectorAll('img, script').length,
        top: r.top,
        bottom: r.bottom,
      };
    },
    null,
  );

async function badgeOf(worker: Worker, page: Page): Promise<string> {
  const tabId = await tabIdOf(worker, page);
  return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

async function main(): Promise<void> {
  assert(existsSync(join(EXTENSION, 'manifest.json')), 'build the extension first: npm run build');
  mkdirSync(ARTIFACTS, { recursive: true });
  const { server, origin } = await serve();
  const userDataDir = mkdtempSync(join(tmpdir(), 'evident-hostile-'));
  const context: BrowserContext = await launchWithExtension(EXTENSION, userDataDir);
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    const open = async (name: string) => {
      const page = await context.newPage();
      await page.goto(`${origin}/${name}`);
      return page;
    };

    await check(
      're-render: the marks stay through every render, and an open popover stays open beside its claim',
      async () => {
        const page = await open('hostile-rerender.html');
        await waitForMarks(page, (m) => has(m, SOMATROPIN, ZINC), 'the re-rendered claims are not marked');
        await clickMark(page, SOMATROPIN);
        await page.evaluate(() => {
          (window as unknown as { opened: Element | null }).opened = document.querySelector('evident-popover');
        });
        const before = await page.evaluate(() => (window as unknown as { renders: number }).renders);
        // Samples between renders: each must show both marks.
        for (let i = 0; i < 25; i++) {
          const marks = await marksIn(page);
          assert(has(marks, SOMATROPIN, ZINC), `sample ${i}: marks are ${JSON.stringify(marks)}`);
          await page.waitForTimeout(90);
        }
        const page_ = await page.evaluate(() => {
          const w = window as unknown as { opened: Element; renders: number };
          const host = document.querySelector('evident-popover');
          const claim = document.querySelector('#app p')!.getBoundingClientRect();
          return {
            same: host === w.opened && w.opened.isConnected,
            renders: w.renders,
            top: claim.top,
            bottom: claim.bottom,
          };
        });
        const card = await popoverCard(page);
        const state = {
          same: page_.same,
          renders: page_.renders,
          gap: card ? Math.min(Math.abs(card.top - page_.bottom), Math.abs(page_.top - card.bottom)) : -1,
        };
        assert(state.renders - before >= 4, `only ${state.renders - before} renders while sampling`);
        assert(state.same, 'the popover was closed or replaced by a re-render');
        assert(state.gap >= 0 && state.gap < 40, `the popover is ${state.gap}px from its claim`);
        await page.screenshot({ path: join(ARTIFACTS, 'hostile-rerender-popover.png') });
        await page.close();
      },
    );

    await check('reorder: both claims of a list the page reorders are marked in every sample', async () => {
      const page = await open('hostile-reorder.html');
      await waitForMarks(page, (m) => has(m, SOMATROPIN, ZINC), 'the list is not marked');
      let missed = 0;
      for (let i = 0; i < 40; i++) {
        if (!has(await marksIn(page), SOMATROPIN, ZINC)) missed++;
        await page.waitForTimeout(37);
      }
      assert(missed === 0, `claims unmarked in ${missed} of 40 samples`);
      await page.close();
    });

    await check(
      'tampering: cleared or deleted highlights come back, then marks are wrapped, and the badge agrees',
      async () => {
        const page = await open('hostile-tamper.html');
        const all = (m: string[]) => has(m, SOMATROPIN, ZINC, TESTOSTERONE);
        await waitForMarks(page, all, 'the page is not marked');
        await page.evaluate(() => CSS.highlights.clear());
        await waitForMarks(page, all, 'marks did not come back after CSS.highlights.clear()');
        await page.evaluate(() => CSS.highlights.delete([...CSS.highlights.keys()][0]!));
        await waitForMarks(page, all, 'marks did not come back after a highlight was deleted');
        await page.evaluate(() => CSS.highlights.clear());
        await waitForMarks(page, (m) => all(m) && m.length === 3, 'marks were not wrapped after tampering three times');
        const wrapped = await page.evaluate(() => document.querySelectorAll('evident-mark').length);
        assert(wrapped >= 3, `${wrapped} wrapped pieces after repeated tampering`);
        const badge = await badgeOf(worker, page);
        assert(badge === '3', `badge says "${badge}" for 3 marks`);
        await page.screenshot({ path: join(ARTIFACTS, 'hostile-tamper-wrapped.png') });
        await page.close();
      },
    );

    await check(
      'hostile ::highlight CSS: the marks still show, under names that change per load and say no verdict',
      async () => {
        const page = await open('hostile-css.html');
        await waitForMarks(page, (m) => has(m, SOMATROPIN), 'the page is not marked');
        const names = await page.evaluate(() => [...CSS.highlights.keys()]);
        assert(names.length > 0, 'no highlight registered');
        for (const n of names)
          assert(
            /^h[0-9a-z]{12}$/.test(n) && !/evident|false|support|weak|mixed|review|active/i.test(n),
            `highlight name ${n}`,
          );
        const shot = async (id: string) => page.locator(`#${id}`).screenshot();
        const [marked, plain, plainAgain] = [await shot('marked'), await shot('plain'), await shot('plain-again')];
        // Control: two unmarked copies render alike, so a difference is the mark itself.
        assert(plain.equals(plainAgain), 'two unmarked copies of the claim render differently: the check is unsound');
        assert(!marked.equals(plain), 'the marked claim renders exactly like unmarked text: the page hid the mark');
        await page.screenshot({ path: join(ARTIFACTS, 'hostile-css.png') });
        await page.reload();
        await waitForMarks(page, (m) => has(m, SOMATROPIN), 'the reloaded page is not marked');
        const again = await page.evaluate(() => [...CSS.highlights.keys()]);
        assert(!again.some((n) => names.includes(n)), `the same names after a reload: ${again.join(', ')}`);
        await page.close();
      },
    );

    await check('the page cannot read verdicts or find Evident beyond the marks themselves', async () => {
      const page = await open('hostile-probe.html');
      await waitForMarks(page, (m) => has(m, ZINC, TESTOSTERONE), 'the page is not marked');
      await page.waitForTimeout(500);
      const seen = await page.evaluate(() => {
        const w = window as unknown as { seen: string[] };
        const entries = performance.getEntries().map((e) => e.name);
        const navigator = document.querySelector('evident-claims');
        const attrs = [...document.querySelectorAll('*')].flatMap((el) =>
          [...el.attributes].map((a) => `${a.name}=${a.value}`),
        );
        return {
          timeline: [...w.seen, ...entries].filter((n) => /evident/i.test(n)),
          navigatorShadow: navigator ? navigator.shadowRoot !== null : false,
          verdictAttrs: attrs.filter((a) => /verdict|false|unsupported|supported/i.test(a)),
          css: [...document.styleSheets].map((s) => [...s.cssRules].map((r) => r.cssText).join(' ')).join(' '),
        };
      });
      assert(seen.timeline.length === 0, `Evident on the page's timeline: ${seen.timeline.join(', ')}`);
      assert(!seen.navigatorShadow, "the claims navigator's shadow root is open to the page");
      assert(seen.verdictAttrs.length === 0, `verdicts in attributes: ${seen.verdictAttrs.join(', ')}`);
      assert(!/evident-(false|supported|unsupported|weak|mixed)/.test(seen.css), 'verdict names in the style sheets');
      await page.close();
    });

    await check(
      'frames and web components: an open shadow root and a same-origin frame are read; closed and cross-origin ones are not',
      async () => {
        const page = await open('hostile-frames.html');
        await waitForMarks(page, (m) => has(m, SOMATROPIN), 'the claim in the open shadow root is not marked');
        const inner = page.frame({ url: /localhost:\d+\/hostile-frame-inner\.html/ });
        const cross = page.frame({ url: /127\.0\.0\.1:\d+\/hostile-frame-inner\.html/ });
        assert(inner && cross, 'the fixture frames did not load');
        await waitForMarks(inner, (m) => has(m, ZINC), 'the claim in the same-origin frame is not marked');
        await page.waitForTimeout(1000);
        const top = await marksIn(page);
        assert(!top.includes(TESTOSTERONE), 'the closed shadow root was read');
        const crossMarks = await cross.evaluate(() => [...CSS.highlights.keys()].length);
        assert(crossMarks === 0, 'the cross-origin frame was marked');
        const badge = await badgeOf(worker, page);
        assert(badge === '2', `badge says "${badge}" for a shadow-root and a frame claim`);
        await clickMark(page, SOMATROPIN);
        const verdict = (await popoverCard(page))?.verdict ?? '';
        assert(verdict.endsWith('False'), `the shadow-root claim's popover says ${verdict}`);
        await page.screenshot({ path: join(ARTIFACTS, 'hostile-frames.png') });
        await page.keyboard.press('Escape');
        // A click on the frame's mark opens its popover there, beside it.
        const frameBox = (await page.locator('#same-origin').boundingBox())!;
        const inFrame = await inner.evaluate((wanted) => {
          const range = [...CSS.highlights.values()]
            .flatMap((h) => [...(h as unknown as Set<Range>)])
            .find((r) => r.toString() === wanted)!;
          const r = range.getClientRects()[0]!;
          return { x: r.left + 20, y: r.top + r.height / 2 };
        }, ZINC);
        await page.mouse.click(frameBox.x + inFrame.x, frameBox.y + inFrame.y);
        await inner.locator('evident-popover').waitFor({ timeout: 5000 });
        // The frame's popover is drawn by the top frame's Evident, in the frame's document.
        const frameVerdict = await inEvidentWorld(
          page,
          () => {
            const host = (document.querySelector('#same-origin') as HTMLIFrameElement).contentDocument!.querySelector(
              'evident-popover',
            );
            return host
              ? (chrome.dom.openOrClosedShadowRoot(host as HTMLElement)?.querySelector('.verdict')?.textContent ?? '')
              : '';
          },
          null,
        );
        assert(frameVerdict.endsWith('Supported'), `the frame claim’s popover says ${frameVerdict}`);
        await page.close();
      },
    );

    await check(
      'forged messages: neither the page nor a content-script context can import, list or remove packs',
      async () => {
        const page = await open('hostile-forged.html');
        await waitForMarks(page, (m) => has(m, ZINC), 'the page is not marked');
        // A message from Evident's own content-script context, as a compromised page script
        // in that world would send it: DevTools lists the extension's isolated world.
        const cdp = await context.newCDPSession(page);
        const contexts: { id: number; name: string; auxData?: { type?: string } }[] = [];
        cdp.on('Runtime.executionContextCreated', (e: { context: (typeof contexts)[number] }) =>
          contexts.push(e.context),
        );
        await cdp.send('Runtime.enable');
        const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.name === 'Evident');
        assert(world, `no Evident content-script world among ${contexts.map((c) => c.name).join(', ')}`);
        const pack = JSON.stringify({
          topic: 'forgedin',
          names: ['forgedin'],
          claims: [
            {
              id: 'forgedin-cures-all',
              claim: 'Forgedin cures everything.',
              phrasings: ['forgedin cures everything'],
              verdict: 'supported',
              certainty: 'high',
              evidence: 'human-trials',
              summary: 'Forged.',
              sources: [{ title: 'Forged', year: 2026, kind: 'trial', url: 'https://example.org/' }],
              reviewed: '2026-12-01',
            },
          ],
        });
        const send = async (message: unknown) => {
          const r = await cdp.send('Runtime.evaluate', {
            contextId: world.id,
            expression: `chrome.runtime.sendMessage(${JSON.stringify(message)})`,
            awaitPromise: true,
            returnByValue: true,
          });
          return (r as { result: { value?: unknown } }).result.value;
        };
        // A real pack, imported by the options page, for the forged messages to try to read and remove.
        const options = await context.newPage();
        await options.goto(`chrome-extension://${extensionId}/options.html`);
        await options.locator('#pack-file').setInputFiles({
          name: 'real-pack.json',
          mimeType: 'application/json',
          buffer: Buffer.from(pack.replaceAll('forgedin', 'realin')),
        });
        await options.getByText('real-pack.json', { exact: true }).waitFor({ timeout: 5000 });
        const imported = (await send({
          evident: 'import-claim-pack',
          payload: { name: 'forged.json', text: pack },
        })) as { ok: boolean; problems?: string[] };
        assert(imported && imported.ok === false, `the forged import answered ${JSON.stringify(imported)}`);
        const listed = await send({ evident: 'list-claim-packs', payload: {} });
        assert(
          Array.isArray(listed) && listed.length === 0,
          `the content script read the packs: ${JSON.stringify(listed)}`,
        );
        await send({ evident: 'remove-claim-pack', payload: { name: 'real-pack.json' } });
        await options.reload();
        await options.getByText('real-pack.json', { exact: true }).waitFor({ timeout: 5000 });
        const stored = await options.evaluate(() => chrome.storage.local.get(null));
        assert(!JSON.stringify(stored).includes('forgedin'), 'the forged pack reached storage');
        assert(JSON.stringify(stored).includes('realin'), 'the forged remove took the real pack away');
        await options.getByRole('button', { name: 'Remove' }).click();
        await options.getByText('No packs.').waitFor({ timeout: 5000 });
        await options.close();
        const marks = await marksIn(page);
        assert(JSON.stringify(marks) === JSON.stringify([ZINC]), `marks after forgeries: ${JSON.stringify(marks)}`);
        await page.close();
      },
    );

    await check('script-like page text is shown as text in the popover and nothing runs', async () => {
      const page = await open('hostile-script-text.html');
      const claim = `${SOMATROPIN.replace(' for', ' <img src=x onerror="window.pwned = 2"> for')}`;
      await waitForMarks(page, (m) => has(m, claim), 'the claim with script-like text is not marked');
      await clickMark(page, claim);
      const card = (await popoverCard(page))!;
      const said = card.all;
      assert(
        said.includes('<img src=x onerror="window.pwned = 2">'),
        `the popover does not show the text as text: ${said}`,
      );
      const result = {
        pwned: await page.evaluate(() => (window as unknown as { pwned?: number }).pwned),
        imgs: card.elements,
      };
      assert(result.pwned === undefined, `page text ran: pwned = ${result.pwned}`);
      assert(result.imgs === 0, 'page text became elements in the popover');
      await page.screenshot({ path: join(ARTIFACTS, 'hostile-script-text.png') });
      await page.close();
    });
  } finally {
    await context.close();
    server.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

main()
  .catch((err: unknown) => fail('the hostile run itself', err instanceof Error ? (err.stack ?? err.message) : err))
  .finally(finish);
