/**
 * The tasks of one page load, in order (issue 8): one page (BENCH_PAGE, default the first seed
 * page) loaded BENCH_ROUNDS times (default 2) with Evident on, each load traced; prints, per load,
 * every top-level task of the page's main thread from the content script's start on that takes
 * BENCH_MIN_MS (default 0.2) of thread time or more: when it ran (ms after the first parse), its
 * thread time, and its biggest events by self time (script by URL, style, layout, paint, messages).
 * The sizes of the extension messages the page received are not in a trace; the events say where
 * time went. A developer's tool, not part of `npm run bench`: `npx tsx tests/bench/timeline.ts`.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { onePageTwoBrowsers } from './one-page';
import { startTrace, type TraceEvent } from './main-thread-trace';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const extension = process.env.BENCH_EXTENSION ?? join(root, '.output', 'chrome-mv3');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const WAIT_MS = Number(process.env.BENCH_WAIT_MS ?? 3000);
const MIN_MS = Number(process.env.BENCH_MIN_MS ?? 0.2);

const label = (e: TraceEvent) => {
  const url = (e.args?.data?.url ?? '').replace(/^chrome-extension:\/\/[^/]+/, 'ext:');
  return url && !url.startsWith('http') ? `${e.name}(${url})` : e.name;
};

const { page, url, on, close } = await onePageTwoBrowsers(root, extension, 'timeline');
try {
  for (let r = 0; r <= ROUNDS; r++) {
    const tab = await on.newPage();
    const cdp = await on.newCDPSession(tab);
    const stop = await startTrace(cdp);
    await tab.goto(url, { waitUntil: 'load' });
    await tab.waitForTimeout(WAIT_MS);
    const trace = await stop();
    await tab.close();
    if (r === 0) continue; // warm: the background builds its index once per session
    const parse = trace.find((e) => e.name === 'ParseHTML')!;
    const own = trace
      .filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X' && e.dur !== undefined)
      .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
    const tasks = own.filter((e) => e.name === 'RunTask');
    const start = own.find((e) => (e.args?.data?.url ?? '').startsWith('chrome-extension://'))?.ts ?? parse.ts;
    console.log(
      `\n${page.name} load ${r}: tasks from the content script's start (ms after parse, thread ms, self time by event)`,
    );
    let total = 0;
    for (const t of tasks) {
      if (t.ts < start - 1000) continue;
      const cpu = (t.tdur ?? t.dur!) / 1000;
      total += cpu;
      if (cpu < MIN_MS) continue;
      const end = t.ts + t.dur!;
      const inside = own.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur! <= end);
      // Self time per event label: duration less its direct children's.
      const self = new Map<string, number>();
      const stack: { end: number; key: string; child: number; dur: number }[] = [];
      const closeTo = (until: number) => {
        while (stack.length > 0 && stack[stack.length - 1]!.end <= until) {
          const d = stack.pop()!;
          self.set(d.key, (self.get(d.key) ?? 0) + (d.dur - d.child) / 1000);
        }
      };
      for (const e of inside) {
        closeTo(e.ts);
        if (stack.length > 0) stack[stack.length - 1]!.child += e.dur!;
        stack.push({ end: e.ts + e.dur!, key: label(e), child: 0, dur: e.dur! });
      }
      closeTo(Infinity);
      const top = [...self]
        .filter(([, v]) => v >= 0.05)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 6)
        .map(([k, v]) => `${k} ${v.toFixed(2)}`)
        .join(', ');
      console.log(`  ${((t.ts - parse.ts) / 1000).toFixed(1).padStart(7)}  ${cpu.toFixed(2).padStart(6)}  ${top}`);
    }
    console.log(`  total thread time of tasks from then on: ${total.toFixed(1)} ms`);
  }
} finally {
  await close();
}
