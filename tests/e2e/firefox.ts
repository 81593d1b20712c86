/**
 * The main end-to-end checks in Debian's Firefox ESR, driven over WebDriver BiDi with
 * puppeteer-core, the built `.output/firefox-mv2` installed as a temporary add-on: marks on
 * exactly the text lib/core finds, the popover, content opened later, and no network
 * request. Prints `N passed, N failed` like the Chromium run. (The popup and options pages
 * are not driven here: Firefox's BiDi refuses to navigate a tab to a moz-extension:// page.)
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { openClaimsDatabase } from '../../lib/cli/claims-dir';
import { buildIndex } from '../../lib/core/claim-index';
import { assert, createChecks, expectedMarks, serve } from './fixture-pages';
import { launchFirefoxWithExtension } from './launch-firefox';

const ROOT = resolve(import.meta.dirname, '../..');
const EXTENSION = join(ROOT, '.output/firefox-mv2');

const { check, fail, finish } = createChecks();

/** The text of every Evident highlight, in document order. */
function markedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const ranges: Range[] = [];
    for (const [name, h] of CSS.highlights as unknown as Map<string, Set<Range>>)
      if (name.startsWith('evident-') && name !== 'evident-active') ranges.push(...h);
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

async function main(): Promise<void> {
  assert(existsSync(join(EXTENSION, 'manifest.json')), 'build the extension first: npm run build');
  const { server, origin } = await serve();
  const { browser, id } = await launchFirefoxWithExtension(EXTENSION);
  const requests: string[] = [];
  try {
    assert(id === 'evident@evident-extension.org', `installed as ${id}`);
    const index = buildIndex(openClaimsDatabase(join(ROOT, 'claims')).topics);
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
    });

    await check(
      'Firefox: opens the popover in the top layer, closed to the page, focused, and Esc closes it',
      async () => {
        const box = await page.evaluate(() => {
          const range = [...(CSS.highlights as unknown as Map<string, Set<Range>>)]
            .filter(([n]) => n === 'evident-false')
            .flatMap(([, h]) => [...h])[0]!;
          const r = range.getClientRects()[0]!;
          return { x: r.left + Math.min(20, r.width / 2), y: r.top + r.height / 2 };
        });
        await page.mouse.click(box.x, box.y);
        await page.waitForSelector('evident-popover', { timeout: 5000 });
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
        after.some((t) => t.includes('administered subcutaneously before bed')),
        `no mark in the opened answer (${after.length} marks)`,
      );
    });

    await check('Firefox: makes no network request beyond the fixture server and the extension', async () => {
      const outside = requests.filter(
        (u) => !u.startsWith(origin) && !u.startsWith('moz-extension://') && !u.startsWith('data:'),
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
