/**
 * The main end-to-end checks in Debian's Firefox ESR, driven over WebDriver BiDi with
 * puppeteer-core, the built `.output/firefox-mv2` installed as a temporary add-on: marks on
 * exactly the text lib/core finds, the popover, content opened later, and no network
 * request. Prints `N passed, N failed` like the Chromium run. (The popup and options pages
 * are not driven here: Firefox's BiDi refuses to navigate a tab to a moz-extension:// page.)
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Frame, Page } from 'puppeteer-core';
import { openClaimsDatabase } from '../../lib/cli/claims-dir';
import { buildIndex } from '../../lib/core/claim-index';
import { RECORDED_FREQUENCIES } from '../../lib/core/term-frequencies';
import { assert, createChecks, expectedMarks, expectedMatches, serve, tintedShare } from './fixture-pages';
import { launchFirefoxWithExtension } from './launch-firefox';

const ROOT = resolve(import.meta.dirname, '../..');
const EXTENSION = join(ROOT, '.output/firefox-mv2');

const { check, fail, finish } = createChecks();

/** The text of every Evident highlight, in document order. */
function markedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // Evident's highlight names are random per load; the current mark's range is a claim's too.
    const ranges = [
      ...new Set([...(CSS.highlights as unknown as Map<string, Set<Range>>).values()].flatMap((h) => [...h])),
    ];
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return ranges.map((r) => r.toString());
  });
}

async function settledMarks(page: Page, atLeast = 1): Promise<string[]> {
  let last = '';
  for (let i = 0; i < 40; i++) {
    await new Promise((r) => setTimeout(r, 250));
    const now = await markedTexts(page);
    if (now.length >= atLeast && JSON.stringify(now) === last) return now;
    last = JSON.stringify(now);
  }
  return markedTexts(page);
}

/** Every highlighted text in a frame (shadow-root ranges included), for the hostile pages. */
function highlightedIn(frame: Page | Frame): Promise<string[]> {
  return frame.evaluate(() =>
    [...new Set([...(CSS.highlights as unknown as Map<string, Set<Range>>).values()].flatMap((h) => [...h]))].map((r) =>
      r.toString(),
    ),
  );
}

async function waitUntil(what: string, test: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 60; i++) {
    if (await test()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(what);
}

const SOMATROPIN = 'Somatropin carries FDA black-box warnings for tumour growth risk';
const ZINC = 'Zinc is a cofactor for more than 300 enzymes in the human body';

/** Clicks the mark on exactly `text`, as a reader would, and waits for its popover. */
async function clickMark(page: Page, text: string): Promise<void> {
  const box = await page.evaluate((wanted) => {
    // Highlight names are random per load and say no verdict: the mark is found by its text.
    const range = [...(CSS.highlights as unknown as Map<string, Set<Range>>).values()]
      .flatMap((h) => [...h])
      .find((r) => r.toString() === wanted)!;
    const r = range.getClientRects()[0]!;
    return { x: r.left + Math.min(20, r.width / 2), y: r.top + r.height / 2 };
  }, text);
  await page.mouse.click(box.x, box.y);
  await page.waitForSelector('evident-popover', { timeout: 5000 });
}

async function main(): Promise<void> {
  assert(existsSync(join(EXTENSION, 'manifest.json')), 'build the extension first: npm run build');
  const { server, origin } = await serve();
  const { browser, id } = await launchFirefoxWithExtension(EXTENSION);
  const requests: string[] = [];
  try {
    assert(id === 'evident@evident-extension.org', `installed as ${id}`);
    const index = buildIndex(openClaimsDatabase(join(ROOT, 'claims')).topics, RECORDED_FREQUENCIES);
    const page = await browser.newPage();
    page.on('request', (r) => void requests.push(r.url()));

    await check('Firefox: marks the claims lib/core finds, on exactly their text', async () => {
      const expected = expectedMarks('peptide-blog.html', index);
      await page.goto(`${origin}/peptide-blog.html`);
      const marks = await settledMarks(page, expected.length);
      assert(
        JSON.stringify(marks) === JSON.stringify(expected),
        `marked ${JSON.stringify(marks)}, expected ${JSON.stringify(expected)}`,
      );
      // Drawn, not only registered: the false claim's line is tinted, the page's heading is not.
      const falseText = expectedMatches('peptide-blog.html', index).find((m) => m.verdict === 'false')!.text;
      const boxes = await page.evaluate((wanted) => {
        const range = [...(CSS.highlights as unknown as Map<string, Set<Range>>).values()]
          .flatMap((h) => [...h])
          .find((r) => r.toString() === wanted)!;
        // Plain objects (a DOMRect does not cross to the test); no named helper here, as tsx would name it.
        return [
          [...range.getClientRects()].sort((a, b) => b.width - a.width)[0]!,
          document.querySelector('h1')!.getBoundingClientRect(),
        ].map((r) => ({
          x: r.left,
          y: r.top,
          width: r.width,
          height: r.height,
        }));
      }, falseText);
      const share = async (clip: (typeof boxes)[0]) =>
        page.evaluate(tintedShare, (await page.screenshot({ clip, encoding: 'base64' })) as string);
      const [mark, heading] = [await share(boxes[0]!), await share(boxes[1]!)];
      assert(
        mark > 0.3 && heading < 0.05,
        `tinted: ${mark.toFixed(2)} of the mark, ${heading.toFixed(2)} of the heading`,
      );
    });

    await check(
      'Firefox: opens the popover in the top layer, closed to the page, focused, and Esc closes it',
      async () => {
        // Highlight names say nothing of the verdict: the false claim is found by its text.
        const falseText = expectedMatches('peptide-blog.html', index).find((m) => m.verdict === 'false')!.text;
        await clickMark(page, falseText);
        // The card's text lives in a closed shadow root: Puppeteer, like any page script, cannot
        // read it (the Chromium run reads it from the extension's own world).
        const state = await page.evaluate(() => {
          const host = document.querySelector('evident-popover')!;
          return {
            open: host.matches(':popover-open'),
            closed: host.shadowRoot === null,
            focused: document.activeElement === host,
          };
        });
        assert(state.open && state.closed && state.focused, `popover: ${JSON.stringify(state)}`);
        await page.screenshot({ path: join(ROOT, 'tests/e2e/artifacts/firefox-popover.png') });
        await page.keyboard.press('Escape');
        await page.waitForSelector('evident-popover', { hidden: true, timeout: 2000 });
      },
    );

    await check('Firefox: marks the seed page, and a claim in a FAQ answer once the reader opens it', async () => {
      await page.goto(`${origin}/sermorelin-clinic.html`);
      const expected = expectedMarks('sermorelin-clinic.html', index);
      const marks = await settledMarks(page, expected.length);
      assert(
        JSON.stringify(marks) === JSON.stringify(expected),
        `differs: ${JSON.stringify(marks.filter((m) => !expected.includes(m)))} vs ${JSON.stringify(expected.filter((m) => !marks.includes(m)))}`,
      );
      const summary = (await page.$$('details.faq-item summary'))[2]!;
      await summary.click();
      const after = await settledMarks(page, marks.length + 1);
      assert(
        after.some((t) => t.includes('sermorelin administered subcutaneously')),
        `no mark in the opened answer (${after.length} marks)`,
      );
    });

    await check('Firefox: marks a claim in an open shadow root and in a same-origin frame', async () => {
      await page.goto(`${origin}/hostile-frames.html`);
      await waitUntil('no mark in the open shadow root', async () => (await highlightedIn(page)).includes(SOMATROPIN));
      await waitUntil('no mark in the same-origin frame', async () => {
        const frame = page.frames().find((f) => /localhost:\d+\/hostile-frame-inner\.html/.test(f.url()));
        return !!frame && (await highlightedIn(frame)).includes(ZINC);
      });
    });

    await check('Firefox: marks stay through re-renders, and an open popover stays open', async () => {
      await page.goto(`${origin}/hostile-rerender.html`);
      await waitUntil('the re-rendered claims are not marked', async () => {
        const marks = await highlightedIn(page);
        return marks.includes(SOMATROPIN) && marks.includes(ZINC);
      });
      await clickMark(page, SOMATROPIN);
      await page.evaluate(() => {
        (window as unknown as { opened: Element | null }).opened = document.querySelector('evident-popover');
      });
      const before = await page.evaluate(() => (window as unknown as { renders: number }).renders);
      for (let i = 0; i < 20; i++) {
        const marks = await highlightedIn(page);
        assert(marks.includes(SOMATROPIN) && marks.includes(ZINC), `sample ${i}: marks are ${JSON.stringify(marks)}`);
        await new Promise((r) => setTimeout(r, 110));
      }
      const state = await page.evaluate(() => {
        const w = window as unknown as { opened: Element; renders: number };
        return { same: document.querySelector('evident-popover') === w.opened, renders: w.renders };
      });
      assert(state.renders - before >= 3, `only ${state.renders - before} renders while sampling`);
      assert(state.same, 'the popover was closed or replaced by a re-render');
      await page.keyboard.press('Escape');
    });

    await check('Firefox: makes no network request beyond the fixture server and the extension', async () => {
      const outside = requests.filter(
        (u) =>
          !u.startsWith(origin) &&
          // The same fixture server under another name: the cross-origin frame of hostile-frames.html.
          !u.startsWith(origin.replace('localhost', '127.0.0.1')) &&
          !u.startsWith('moz-extension://') &&
          !u.startsWith('data:'),
      );
      assert(outside.length === 0, `requests elsewhere: ${outside.join(', ')}`);
    });
  } finally {
    await browser.close();
    server.close();
  }
}

await main().catch((err: unknown) => fail('Firefox run', err));
finish();
