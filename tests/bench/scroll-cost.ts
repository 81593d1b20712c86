/**
 * What scrolling a page costs its main thread once Evident has settled (issue 8): one page
 * (BENCH_PAGE, default the 5 MB article) loaded with Evident and with no extension, left to
 * settle (BENCH_WAIT_MS, default 12000), then scrolled by the wheel (BENCH_STEPS steps of 120 px,
 * one per frame) while traced. Prints, per browser, the thread time of the scroll's tasks and of
 * the renderer's work in them by event (IntersectionObserver, style, layout, paint, script).
 * A developer's tool, not part of `npm run bench`: `npx tsx tests/bench/scroll-cost.ts`.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { onePageTwoBrowsers } from './one-page';
import { startTrace } from './main-thread-trace';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const extension = process.env.BENCH_EXTENSION ?? join(root, '.output', 'chrome-mv3');
process.env.BENCH_PAGE ??= 'article-5mb.html';
const WAIT_MS = Number(process.env.BENCH_WAIT_MS ?? 12000);
const STEPS = Number(process.env.BENCH_STEPS ?? 60);

async function scrollCost(context: BrowserContext, url: string): Promise<string> {
  const tab = await context.newPage();
  await tab.goto(url, { waitUntil: 'load' });
  await tab.waitForTimeout(WAIT_MS);
  await tab.mouse.move(400, 300);
  const cdp = await context.newCDPSession(tab);
  const stop = await startTrace(cdp);
  for (let i = 0; i < STEPS; i++) {
    await tab.mouse.wheel(0, 120);
    await tab.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
  }
  await tab.waitForTimeout(500);
  const trace = await stop();
  await tab.close();
  // The renderer's main thread: the one that painted the most.
  const paints = new Map<string, number>();
  for (const e of trace)
    if (e.name === 'Paint') paints.set(`${e.pid}:${e.tid}`, (paints.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
  const main = [...paints].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!main) throw new Error(`no Paint event in the trace of ${url}`);
  const own = trace.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && e.dur !== undefined);
  const cpu = own.filter((e) => e.name === 'RunTask').reduce((a, e) => a + (e.tdur ?? e.dur!), 0) / 1000;
  const by = new Map<string, number>();
  for (const e of own)
    if (/IntersectionObserver|UpdateLayoutTree|^Layout$|^Paint$|PrePaint|FunctionCall|RunMicrotasks/.test(e.name))
      by.set(e.name, (by.get(e.name) ?? 0) + e.dur! / 1000);
  const longest = Math.max(0, ...own.filter((e) => e.name === 'RunTask').map((e) => (e.tdur ?? e.dur!) / 1000));
  const parts = [...by].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v.toFixed(1)}`);
  return `${STEPS} wheel steps: main thread ${cpu.toFixed(1)} ms CPU, longest task ${longest.toFixed(1)} ms; ${parts.join(', ')}`;
}

const { page, url, on, none, close } = await onePageTwoBrowsers(root, extension, 'scroll');
try {
  console.log(`${page.name}, settled ${WAIT_MS} ms, then scrolled`);
  console.log(`  Evident:      ${await scrollCost(on, url)}`);
  console.log(`  no extension: ${await scrollCost(none, url)}`);
} finally {
  await close();
}
