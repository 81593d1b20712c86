/**
 * The reader's experience, end to end in Debian's Chromium with the built extension: the
 * screen-reader announcement, the keyboard path from page load to an open popover and
 * back, the compact popover fitting at 1280×800 and at 200% zoom, the site command, hiding
 * marks on a page, dismissing a wrong match, the badge's states, a claim inside a link,
 * and a hostile page that cannot cover or restyle the popover. Screenshots of each look
 * go to tests/e2e/artifacts/reader-*.png. Prints `N passed, N failed`.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import type { browser } from 'wxt/browser';
import { inEvidentWorld } from './evident-world';
import { assert, createChecks, expectedMatches, serve } from './fixture-pages';
import { openClaimsDatabase } from '../../lib/cli/claims-dir';
import { buildIndex } from '../../lib/core/claim-index';
import { launchWithExtension, tabIdOf } from './launch-chromium';

declare const chrome: typeof browser;
type EvidentGlobal = typeof globalThis & { evidentRunCommand: (name: string, tab?: unknown) => Promise<unknown> };

const ROOT = resolve(import.meta.dirname, '../..');
const EXTENSION = join(ROOT, '.output/chrome-mv3');
const ARTIFACTS = join(ROOT, 'tests/e2e/artifacts');
const ROOT_DIR = resolve(import.meta.dirname, '../..');
const { check, fail, finish } = createChecks();
const index = buildIndex(openClaimsDatabase(join(resolve(import.meta.dirname, '../..'), 'claims')).topics);
const shot = (page: Page, name: string) => page.screenshot({ path: join(ARTIFACTS, `reader-${name}.png`) });

/** How many Evident marks the page shows (highlights other than the active one). */
const markCount = (page: Page) =>
  page.evaluate(
    // Highlight names are random per load; the current mark's range is also a claim's.
    () => new Set([...CSS.highlights.values()].flatMap((h) => [...(h as unknown as Set<Range>)])).size,
  );

/** How many marks are shown as current: ranges in two highlights at once (their verdict's and the current one). */
const activeCount = (page: Page) =>
  page.evaluate(() => {
    const seen = new Map<Range, number>();
    for (const h of CSS.highlights.values())
      for (const r of h as unknown as Set<Range>) seen.set(r, (seen.get(r) ?? 0) + 1);
    return [...seen.values()].filter((n) => n > 1).length;
  });

async function settled(page: Page, atLeast = 1): Promise<number> {
  let last = -1;
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(250);
    const now = await markCount(page);
    if (now >= atLeast && now === last) return now;
    last = now;
  }
  return markCount(page);
}

/** The open card's box and whether it scrolls inside, read from Evident's own world. */
const cardBox = (page: Page) =>
  inEvidentWorld(
    page,
    (ui) => {
      const card = ui('evident-popover')?.querySelector<HTMLElement>('.card');
      if (!card) return null;
      const r = card.getBoundingClientRect();
      return {
        top: r.top,
        left: r.left,
        bottom: r.bottom,
        right: r.right,
        scrolls: card.scrollHeight > card.clientHeight + 1,
        innerWidth,
        innerHeight,
      };
    },
    null,
  );

/** Clicks the centre of an element inside one of Evident's hosts, with the real mouse. */
async function clickInUi(page: Page, host: string, selector: string): Promise<void> {
  const box = await inEvidentWorld(
    page,
    (ui, [h, s]) => {
      const r = ui(h)?.querySelector(s)?.getBoundingClientRect();
      return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
    },
    [host, selector] as const,
  );
  assert(box, `no ${selector} in ${host}`);
  await page.mouse.click(box.x, box.y);
}

/** Clicks the first line of the mark whose text starts with `text`. */
async function clickMark(page: Page, text: string): Promise<void> {
  const box = await page.evaluate((wanted) => {
    const range = [...CSS.highlights.values()]
      .flatMap((h) => [...(h as unknown as Set<Range>)])
      .find((r) => r.toString().startsWith(wanted));
    if (!range) return null;
    (range.startContainer.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
    const r = range.getClientRects()[0]!;
    return { x: r.left + Math.min(20, r.width / 2), y: r.top + r.height / 2 };
  }, text);
  assert(box, `no mark starting "${text}"`);
  await page.mouse.click(box.x, box.y);
  await page.locator('evident-popover').waitFor({ timeout: 5000 });
}

const badge = (worker: Worker, tabId: number) =>
  worker.evaluate(
    async (id) => ({
      text: await chrome.action.getBadgeText({ tabId: id }),
      color: (await chrome.action.getBadgeBackgroundColor({ tabId: id })).slice(0, 3).join(','),
      title: await chrome.action.getTitle({ tabId: id }),
    }),
    tabId,
  );

async function main(): Promise<void> {
  assert(existsSync(join(EXTENSION, 'manifest.json')), 'build the extension first: npm run build');
  mkdirSync(ARTIFACTS, { recursive: true });
  const { server, origin } = await serve();
  const userDataDir = mkdtempSync(join(tmpdir(), 'evident-reader-'));
  const context: BrowserContext = await launchWithExtension(EXTENSION, userDataDir, { width: 1280, height: 800 });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    const blogUrl = `${origin}/peptide-blog.html`;
    const page = await context.newPage();

    await check('says once, politely, how many claims the page makes', async () => {
      await page.goto(blogUrl);
      const n = await settled(page, 3);
      const status = await inEvidentWorld(
        page,
        (ui) => {
          const s = ui('evident-claims')?.querySelector('[role="status"]');
          return s && { text: s.textContent, live: s.getAttribute('aria-live') };
        },
        null,
      );
      assert(status?.live === 'polite', `live region: ${JSON.stringify(status)}`);
      assert(
        status.text ===
          `Evident found ${n} health claims on this page: 2 false, 1 weak evidence. ` +
            'The Evident claims list is first in the Tab order.',
        `announced: ${status.text}`,
      );
      const hidden = await page.evaluate(() =>
        ['evident-claims', 'evident-popover'].map((s) => document.querySelector(s)?.shadowRoot ?? null),
      );
      assert(
        hidden.every((r) => r === null),
        'a page script can open Evident’s shadow roots',
      );
    });

    await check(
      'keyboard only: Tab to the claims, Enter opens a popover, Tab stays in it, Esc returns to the claim',
      async () => {
        await page.goto(blogUrl);
        await settled(page, 3);
        // A screen reader reads the list before anything has focus: every claim is a named button
        // in the accessibility tree, not an empty list item.
        const ax = await context.newCDPSession(page);
        const { nodes } = (await ax.send('Accessibility.getFullAXTree')) as {
          nodes: { role?: { value?: string }; name?: { value?: string }; ignored?: boolean }[];
        };
        const listed = nodes.filter(
          (n) => !n.ignored && n.role?.value === 'button' && /^Claim \d+ of 3, /.test(String(n.name?.value ?? '')),
        );
        assert(
          listed.length === 3,
          `claims in the accessibility tree: ${listed.map((n) => n.name?.value).join(' | ')}`,
        );
        await ax.detach();
        await page.keyboard.press('Tab');
        const first = await page.evaluate(() => document.activeElement?.localName);
        assert(first === 'evident-claims', `the first Tab stop is ${first}`);
        await shot(page, 'skip-control');
        await page.keyboard.press('Enter');
        const focused = () =>
          inEvidentWorld(
            page,
            (ui) => (ui('evident-claims')?.activeElement as HTMLElement | null)?.textContent ?? null,
            null,
          );
        const claim = await focused();
        assert(
          claim?.startsWith('Claim 1 of 3, Weak evidence (not reviewed individually): BPC-157 soothes'),
          `focused: ${claim}`,
        );
        await page.keyboard.press('Tab');
        assert((await focused())?.startsWith('Claim 2 of 3, False'), `Tab in the list: ${await focused()}`);
        await shot(page, 'claim-focused');
        await page.keyboard.press('Shift+Tab');
        const active = () => activeCount(page);
        assert((await active()) === 1, 'the focused claim is not shown as current');
        await page.keyboard.press('Enter');
        await page.locator('evident-popover').waitFor({ timeout: 5000 });
        await page.waitForTimeout(100);
        assert((await active()) === 1, 'the claim lost its highlight when its popover opened from the keyboard');
        const stops: string[] = [];
        for (let i = 0; i < 8; i++) {
          await page.keyboard.press('Tab');
          const where = await page.evaluate(() => document.activeElement?.localName ?? '');
          const inner = await inEvidentWorld(
            page,
            (ui) => (ui('evident-popover')?.activeElement as HTMLElement | null)?.textContent ?? '',
            null,
          );
          stops.push(`${where}:${inner}`);
        }
        assert(
          stops.every((s) => s.startsWith('evident-popover:')),
          `Tab left the popover: ${stops.join(' | ')}`,
        );
        assert(stops[0] === stops[5], `Tab does not cycle through the 5 controls: ${stops.join(' | ')}`);
        await shot(page, 'keyboard-open');
        await page.keyboard.press('Escape');
        await page.locator('evident-popover').waitFor({ state: 'detached', timeout: 2000 });
        assert((await focused())?.startsWith('Claim 1 of 3'), `after Esc, focus is on ${await focused()}`);
        assert((await active()) === 1, 'after Esc the claim is not shown as current');
      },
    );

    await check('the compact popover fits whole, without scrolling inside, at 1280×800 and at 200% zoom', async () => {
      const seed = await context.newPage();
      await seed.goto(`${origin}/sermorelin-clinic.html`);
      await settled(seed);
      const texts = await seed.evaluate(() =>
        [...new Set([...CSS.highlights.values()].flatMap((h) => [...(h as unknown as Set<Range>)]))].map((r) =>
          r.toString().slice(0, 30),
        ),
      );
      const problems: string[] = [];
      for (const [label, zoom] of [
        ['1280×800', null],
        ['200%', [640, 400]],
      ] as const) {
        // 200% zoom of a 1280×800 window lays the page out in 640×400 CSS px.
        if (zoom) await seed.setViewportSize({ width: zoom[0], height: zoom[1] });
        for (const text of texts) {
          await clickMark(seed, text);
          const box = await cardBox(seed);
          assert(box, 'no card');
          if (box.scrolls || box.top < 0 || box.left < 0 || box.bottom > box.innerHeight || box.right > box.innerWidth)
            problems.push(`${label} "${text}": ${JSON.stringify(box)}`);
          await seed.keyboard.press('Escape');
        }
        await clickMark(seed, texts[0]!);
        await shot(seed, zoom ? 'zoom-200' : 'light-1280x800');
        await seed.keyboard.press('Escape');
        await seed.setViewportSize({ width: 1280, height: 800 });
      }
      assert(problems.length === 0, problems.join('\n     '));
      await seed.close();
    });

    await check('the popover follows its mark when the window is resized and the page scrolls', async () => {
      await page.goto(blogUrl);
      await settled(page, 3);
      // A page long enough to scroll (the style attribute is not content Evident re-reads).
      await page.evaluate(() => (document.body.style.paddingBottom = '1500px'));
      await clickMark(page, 'Somatropin carries');
      const before = await cardBox(page);
      await page.setViewportSize({ width: 700, height: 600 });
      await page.waitForTimeout(200);
      const resized = await cardBox(page);
      assert(before && resized && resized.right <= 700, `card after resize: ${JSON.stringify(resized)}`);
      await page.evaluate(() => window.scrollBy(0, 40));
      await page.waitForTimeout(200);
      const scrolled = await cardBox(page);
      assert(
        scrolled && Math.abs(resized.top - scrolled.top - 40) <= 2,
        `card did not move with the page: ${resized.top} → ${scrolled?.top}`,
      );
      await page.keyboard.press('Escape');
      await page.setViewportSize({ width: 1280, height: 800 });
    });

    await check('the site command turns Evident off and on again, with the badge saying “off”', async () => {
      await page.goto(blogUrl);
      await settled(page, 3);
      const tabId = await tabIdOf(worker, page);
      const run = () =>
        worker.evaluate(
          async (id) => (globalThis as EvidentGlobal).evidentRunCommand('toggle-site', await chrome.tabs.get(id)),
          tabId,
        );
      assert((await run()) === false, 'the command did not turn the site off');
      await page.waitForTimeout(500);
      assert((await markCount(page)) === 0, 'marks left after the command');
      const off = await badge(worker, tabId);
      assert(off.text === 'off' && off.color === '75,85,99', `badge when off: ${JSON.stringify(off)}`);
      assert((await run()) === true, 'the command did not turn the site on again');
      assert((await settled(page, 3)) === 3, 'marks did not come back');
      const on = await badge(worker, tabId);
      assert(on.text === '3' && on.color === '185,28,28', `badge with a false claim: ${JSON.stringify(on)}`);
      assert(/most serious is false/.test(on.title), `badge title: ${on.title}`);
    });

    await check(
      'the badge says nothing for a page without claims, and a count coloured by the worst verdict',
      async () => {
        const recipe = await context.newPage();
        await recipe.goto(`${origin}/recipe.html`);
        await recipe.waitForTimeout(1500);
        const none = await badge(worker, await tabIdOf(worker, recipe));
        assert(none.text === '' && /no health claims/.test(none.title), `badge on a recipe: ${JSON.stringify(none)}`);
        await recipe.close();
        const gh = await context.newPage();
        await gh.goto(`${origin}/micronutrients-gh.html`);
        const n = await settled(gh);
        const b = await badge(worker, await tabIdOf(worker, gh));
        assert(b.text === String(n) && b.color !== '75,85,99', `badge: ${JSON.stringify(b)}`);
        await clickMark(gh, ''); // the first mark found: any opens the dark theme
        await shot(gh, 'dark');
        await gh.close();
      },
    );

    await check('“Hide marks on this page” hides them in this tab only, keeps focus, and ends on reload', async () => {
      await page.goto(blogUrl);
      await settled(page, 3);
      const tabId = await tabIdOf(worker, page);
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 360, height: 600 });
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
      const hide = popup.getByRole('button', { name: 'Hide marks on this page' });
      await hide.waitFor({ timeout: 5000 });
      await hide.focus();
      await popup.keyboard.press('Space');
      await popup.getByRole('button', { name: 'Show marks on this page' }).waitFor({ timeout: 3000 });
      const state = await popup.evaluate(() => ({
        focus: document.activeElement?.className,
        pressed: document.activeElement?.getAttribute('aria-pressed'),
        status: document.querySelector('[role="status"]')?.textContent,
        site: (document.getElementById('evident-site') as HTMLInputElement).checked,
        live: document.querySelectorAll('[aria-live]').length,
      }));
      assert(
        state.focus === 'hide' &&
          state.pressed === 'true' &&
          state.status === 'Marks hidden on this page.' &&
          state.site,
        `popup after hiding: ${JSON.stringify(state)}`,
      );
      assert((await markCount(page)) === 0, 'marks still shown');
      await popup.screenshot({ path: join(ARTIFACTS, 'reader-popup-hidden.png') });
      // The site switch from the keyboard: focus stays on it, only the change is spoken.
      const site = popup.locator('#evident-site');
      await site.focus();
      await popup.keyboard.press('Space');
      await popup.getByText('Evident is off for localhost.').first().waitFor({ timeout: 3000 });
      const after = await popup.evaluate(() => ({
        focus: document.activeElement?.id,
        status: document.querySelector('[role="status"]')?.textContent,
      }));
      assert(after.focus === 'evident-site' && after.status === 'Evident is off for localhost.', JSON.stringify(after));
      await popup.keyboard.press('Space');
      await popup.waitForTimeout(300);
      await popup.close();
      await page.reload();
      assert((await settled(page, 3)) === 3, 'marks stayed hidden after a reload');
    });

    await check(
      '“Not this claim” takes the mark off, keeps it off on reload, and the options page exports it',
      async () => {
        await page.goto(blogUrl);
        await settled(page, 3);
        await clickMark(page, 'Somatropin carries');
        await clickInUi(page, 'evident-popover', '.dismiss');
        await page.locator('evident-popover').waitFor({ state: 'detached', timeout: 2000 });
        assert((await markCount(page)) === 2, `${await markCount(page)} marks after dismissing one`);
        const stored = await worker.evaluate(async () =>
          JSON.stringify(await chrome.storage.local.get('evident-dismissals')),
        );
        assert(stored.includes('Somatropin carries') && !stored.includes('localhost'), `stored: ${stored}`);
        await page.reload();
        assert((await settled(page, 2)) === 2, 'the dismissed mark came back on reload');
        const options = await context.newPage();
        await options.goto(`chrome-extension://${extensionId}/options.html`);
        await options.getByText('Somatropin carries', { exact: false }).first().waitFor({ timeout: 5000 });
        await options.screenshot({ path: join(ARTIFACTS, 'reader-options-dismissals.png'), fullPage: true });
        const [download] = await Promise.all([
          options.waitForEvent('download'),
          options.getByRole('button', { name: 'Export as JSON' }).click(),
        ]);
        const json = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
          reports: { claimId: string; selector: { type: string; exact: string } }[];
        };
        const report = json.reports[0]!;
        assert(
          report.selector.type === 'TextQuoteSelector' &&
            report.selector.exact.startsWith('Somatropin carries') &&
            report.claimId,
          `export: ${JSON.stringify(json)}`,
        );
        assert(!JSON.stringify(json).includes('localhost'), 'the export holds the page address');
        await options.getByRole('button', { name: 'Clear all' }).click();
        await options.getByText('None.').last().waitFor({ timeout: 3000 });
        await options.close();
        await page.reload();
        assert((await settled(page, 3)) === 3, 'the mark did not come back after clearing dismissals');
      },
    );

    await check('a claim inside a link opens from the hint over it, and the link still works', async () => {
      const linked = await context.newPage();
      await linked.goto(`${origin}/link-claim.html`);
      assert((await settled(linked)) === 1, 'the claim inside the link is not marked');
      const box = await linked.evaluate(() => {
        const range = [...CSS.highlights.values()].flatMap((h) => [...(h as unknown as Set<Range>)])[0]!;
        const r = range.getClientRects()[0]!;
        return { x: r.left + 30, y: r.top + r.height / 2 };
      });
      await linked.mouse.move(box.x - 5, box.y);
      await linked.mouse.move(box.x, box.y, { steps: 3 });
      await linked.locator('evident-hint').waitFor({ timeout: 3000 });
      const pointer = await linked.evaluate(() => document.documentElement.hasAttribute('data-evident-over-mark'));
      assert(pointer, 'no pointer cursor over the mark');
      await shot(linked, 'link-hint');
      await clickInUi(linked, 'evident-hint', 'button');
      await linked.locator('evident-popover').waitFor({ timeout: 3000 });
      assert(linked.url().endsWith('/link-claim.html'), `the hint followed the link: ${linked.url()}`);
      await linked.keyboard.press('Escape');
      await linked.mouse.click(box.x, box.y);
      await linked.waitForURL(/recipe\.html$/, { timeout: 5000 });
      await linked.close();
    });

    await check('a hostile page’s CSS and full-screen overlay cannot cover or restyle the popover', async () => {
      const hostile = await context.newPage();
      await hostile.goto(`${origin}/hostile-overlay.html`);
      assert((await settled(hostile)) === 1, 'the claim is not marked');
      await hostile.keyboard.press('Tab');
      await hostile.keyboard.press('Enter');
      await hostile.keyboard.press('Enter');
      await hostile.locator('evident-popover').waitFor({ timeout: 5000 });
      const card = await inEvidentWorld(
        hostile,
        (ui) => {
          const c = ui('evident-popover')!.querySelector('.card')!;
          const r = c.getBoundingClientRect();
          const s = getComputedStyle(c);
          return {
            x: r.left + r.width / 2,
            y: r.top + r.height / 2,
            font: s.fontSize,
            bg: s.backgroundColor,
            w: r.width,
          };
        },
        null,
      );
      const top = await hostile.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.localName, [card.x, card.y]);
      assert(top === 'evident-popover', `at the popover's centre the page has ${top}`);
      assert(
        card.font === '14px' && card.bg === 'rgb(255, 255, 255)' && card.w > 300,
        `restyled: ${JSON.stringify(card)}`,
      );
      const open = await hostile.evaluate(() => document.querySelector('evident-popover')!.matches(':popover-open'));
      assert(open, 'the popover is not in the top layer');
      await shot(hostile, 'hostile');
      await hostile.close();
    });

    await check(
      'screenshots: phone 390×844, colour-vision deficiencies and forced colours, with marks and an open popover',
      async () => {
        const phone = await context.newPage();
        // A phone-sized window (the fixture has no viewport meta, so mobile layout would be 980 px wide).
        await phone.setViewportSize({ width: 390, height: 844 });
        await phone.goto(`${origin}/sermorelin-clinic.html`);
        await settled(phone);
        const first = await phone.evaluate(() =>
          [...CSS.highlights.values()]
            .flatMap((h) => [...(h as unknown as Set<Range>)])
            .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))[0]!
            .toString()
            .slice(0, 20),
        );
        await clickMark(phone, first);
        const box = await cardBox(phone);
        assert(box && box.left >= 0 && box.right <= 390 && !box.scrolls, `card on a phone: ${JSON.stringify(box)}`);
        await shot(phone, 'phone');
        await phone.close();
        // Colour-vision deficiencies: the underline styles and icons must still tell verdicts apart.
        const cvd = await context.newPage();
        await cvd.goto(`${origin}/sermorelin-clinic.html`);
        await settled(cvd);
        const session = await context.newCDPSession(cvd);
        for (const type of ['deuteranopia', 'achromatopsia'] as const) {
          await session.send('Emulation.setEmulatedVisionDeficiency', { type });
          await shot(cvd, type);
        }
        await cvd.close();
        const forced = await context.newPage();
        await forced.emulateMedia({ forcedColors: 'active' });
        await forced.goto(blogUrl);
        await forced.locator('evident-mark').nth(2).waitFor({ timeout: 10_000 });
        const styles = await forced.evaluate(() =>
          [...document.querySelectorAll('evident-mark')].map((m) => getComputedStyle(m).textDecorationStyle),
        );
        // Highlights would be painted in the selection colours here: marks are wrapped instead.
        assert(
          new Set(styles).size >= 2 && styles.includes('wavy'),
          `forced colours: wrapped marks with underline styles ${JSON.stringify(styles)}`,
        );
        await shot(forced, 'forced-colors-marks');
        await forced.locator('evident-mark', { hasText: 'BPC-157 is approved' }).first().click();
        await forced.locator('evident-popover').waitFor({ timeout: 5000 });
        await shot(forced, 'forced-colors');
        await forced.close();
      },
    );

    await check(
      'a verdict turned off on the options page is left unmarked, and counted nowhere, on every site',
      async () => {
        const options = await context.newPage();
        await options.goto(`chrome-extension://${extensionId}/options.html`);
        const falseSwitch = options.locator('#evident-verdict-false');
        await falseSwitch.waitFor({ timeout: 5000 });
        await falseSwitch.focus();
        await options.keyboard.press('Space');
        await options.waitForTimeout(300);
        const after = await options.evaluate(() => ({
          checked: (document.getElementById('evident-verdict-false') as HTMLInputElement).checked,
          focus: document.activeElement?.id,
        }));
        assert(!after.checked && after.focus === 'evident-verdict-false', `options switch: ${JSON.stringify(after)}`);
        await options.screenshot({ path: join(ARTIFACTS, 'reader-options-verdicts.png'), fullPage: true });
        const blog = await context.newPage();
        await blog.goto(blogUrl);
        const n = await settled(blog, 1);
        const texts = await blog.evaluate(() =>
          [...new Set([...CSS.highlights.values()].flatMap((h) => [...(h as unknown as Set<Range>)]))].map((r) =>
            r.toString(),
          ),
        );
        const falseTexts = expectedMatches('peptide-blog.html', index)
          .filter((m) => m.verdict === 'false')
          .map((m) => m.text);
        assert(falseTexts.length > 0 && !texts.some((t) => falseTexts.includes(t)), `marked: ${JSON.stringify(texts)}`);
        const b = await badge(worker, await tabIdOf(worker, blog));
        assert(b.text === String(n), `badge ${b.text} for ${n} marks`);
        await options.bringToFront();
        await options.locator('#evident-verdict-false').check();
        await blog.waitForTimeout(300);
        assert((await settled(blog, n + 1)) > n, 'the false claims did not come back when their verdict was turned on');
        await blog.close();
        await options.close();
      },
    );

    await check('axe-core finds no accessibility violation on the options page or the popup', async () => {
      const axeSource = readFileSync(join(ROOT_DIR, 'node_modules/axe-core/axe.min.js'), 'utf8');
      const violations = async (target: Page) => {
        // Evaluated over DevTools, so extension pages' CSP does not stop the injected script.
        await target.evaluate(axeSource);
        return target.evaluate(async () => {
          const axe = (
            window as unknown as {
              axe: { run(d: Document): Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
            }
          ).axe;
          const r = await axe.run(document);
          return r.violations.map((v) => `${v.id} (${v.nodes.length})`);
        });
      };
      const options = await context.newPage();
      await options.goto(`chrome-extension://${extensionId}/options.html`);
      await options.locator('#evident-everywhere').waitFor({ timeout: 5000 });
      const onOptions = await violations(options);
      await options.close();
      const blog = await context.newPage();
      await blog.goto(blogUrl);
      await settled(blog, 1);
      const tabId = await tabIdOf(worker, blog);
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
      await popup.getByRole('button', { name: 'Hide marks on this page' }).waitFor({ timeout: 5000 });
      const onPopup = await violations(popup);
      await popup.close();
      await blog.close();
      assert(
        onOptions.length === 0 && onPopup.length === 0,
        `options: ${onOptions.join(', ')}; popup: ${onPopup.join(', ')}`,
      );
    });
  } finally {
    await context.close();
    server.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

main()
  .catch((err: unknown) => fail('the reader run itself', err instanceof Error ? (err.stack ?? err.message) : err))
  .finally(finish);
