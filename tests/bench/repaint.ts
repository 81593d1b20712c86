/**
 * What a page's own later changes cost once Evident has marked it (issue 8): one page
 * (BENCH_PAGE, default the first seed page) loaded with Evident and with no extension; once
 * Evident is done, the page changes one line of its own text BENCH_TICKS times (default 5,
 * 300 ms apart: a ticking counter, a carousel, an ad), and the trace of those changes sums
 * the renderer main thread's paints, pre-paint, layout and style, and all its tasks (thread time). The page
 * load itself is not counted: `npm run bench` measures that. Pages that change after load
 * pay this for as long as they are open, and highlights make every paint of the document
 * cost more than it does without them. A developer's tool, not part of `npm run bench`:
 * `npx tsx tests/bench/repaint.ts` after `npm run build`.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { onePageTwoBrowsers } from './one-page';
import { startTrace } from './main-thread-trace';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const extension = process.env.BENCH_EXTENSION ?? join(root, '.output', 'chrome-mv3');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const TICKS = Number(process.env.BENCH_TICKS ?? 5);
const SETTLE_MS = 3500; // Evident has read, marked and announced a seed page well within this
const RENDERING = ['Paint', 'PrePaint', 'Layout', 'UpdateLayoutTree'];

async function ticks(
  context: BrowserContext,
  url: string,
): Promise<{ paints: number; byName: Map<string, number>; tasks: number }> {
  const tab = await context.newPage();
  try {
    await tab.goto(url, { waitUntil: 'load' });
    await tab.waitForTimeout(SETTLE_MS);
    const cdp = await context.newCDPSession(tab);
    const stop = await startTrace(cdp);
    for (let k = 0; k < TICKS; k++) {
      await tab.evaluate((n) => {
        let line = document.getElementById('bench-tick');
        if (!line) {
          line = document.createElement('div');
          line.id = 'bench-tick';
          line.style.cssText = 'position: fixed; top: 0; left: 0; font-size: 10px';
          document.body.append(line);
        }
        line.textContent = `Updated ${n} seconds ago`;
      }, k);
      await tab.waitForTimeout(300);
    }
    const events = await stop();
    // The tab's renderer: the process that painted this document (the trace holds the browser's too).
    const paint = events.find((e) => e.name === 'Paint' && e.ph === 'X');
    const main = events.filter((e) => e.pid === paint?.pid && e.tid === paint?.tid && e.ph === 'X');
    const own = main.filter((e) => RENDERING.includes(e.name));
    // Every top-level task of that thread, script included (the page's own few lines, Evident's reading of the change).
    const tasks = main.filter((e) => e.name === 'RunTask').reduce((a, e) => a + (e.tdur ?? e.dur ?? 0) / 1000, 0);
    const byName = new Map<string, number>();
    for (const e of own) byName.set(e.name, (byName.get(e.name) ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000);
    return { paints: own.filter((e) => e.name === 'Paint').length, byName, tasks };
  } finally {
    await tab.close();
  }
}

const { page, url, on, none, close } = await onePageTwoBrowsers(root, extension, 'repaint');
try {
  console.log(`${page.name}: ${TICKS} changes of one line of the page's own text, 300 ms apart; thread time`);
  for (let r = 0; r < ROUNDS; r++) {
    for (const [label, context] of [
      ['on', on],
      ['none', none],
    ] as const) {
      const { paints, byName, tasks } = await ticks(context, url);
      const total = [...byName.values()].reduce((a, b) => a + b, 0);
      console.log(
        `  ${label.padEnd(4)} ${paints} paints, rendering ${total.toFixed(1)} ms (` +
          RENDERING.map((n) => `${n} ${(byName.get(n) ?? 0).toFixed(1)}`).join(', ') +
          `), ${(total / TICKS).toFixed(2)} ms a change; all main-thread tasks ${(tasks / TICKS).toFixed(2)} ms a change`,
      );
    }
  }
} finally {
  await close();
}
