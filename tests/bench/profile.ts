/**
 * Where Evident's main-thread time on a page goes (issue 8): one page (BENCH_PAGE, default
 * the first seed page) loaded BENCH_ROUNDS times (default 3) with Evident on and with no
 * extension, each load traced and CPU-profiled (CDP Profiler, 100 µs samples). Prints, summed
 * over the loads: the main thread's top-level tasks by owner (each bundle's script, promise
 * continuations, rendering, GC, timers, messages; thread time, on and none), which says where
 * the extra time is; the renderer main thread's trace events by name (self time, on minus none),
 * which says how much is script and how much is style, layout and paint; and the self time of
 * every function in Evident's own scripts. A developer's tool, not part of `npm run bench`:
 * `npx tsx tests/bench/profile.ts` after `npm run build`.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { onePageTwoBrowsers } from './one-page';
import { startTrace } from './main-thread-trace';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const extension = process.env.BENCH_EXTENSION ?? join(root, '.output', 'chrome-mv3');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const WAIT_MS = Number(process.env.BENCH_WAIT_MS ?? 3000);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);

/** What a top-level task of the page's main thread was for, by the first of these it holds. */
function ownerOf(inside: readonly { name: string; args?: { data?: { url?: string } } }[]): string {
  const script = inside.find((e) => (e.args?.data?.url ?? '').startsWith('chrome-extension://'));
  if (script) return `${script.args!.data!.url!.replace(/^chrome-extension:\/\/[^/]+/, '')} (compile, run, callbacks)`;
  const has = (...names: string[]) => inside.some((e) => names.includes(e.name));
  if (has('RunMicrotasks')) return 'promise continuations (async script, any world; forced style/layout in them)';
  if (has('Paint', 'PrePaint', 'Layout', 'UpdateLayoutTree', 'Commit')) return 'rendering (style, layout, paint)';
  if (has('MinorGC', 'MajorGC', 'V8.GC_SCAVENGER', 'V8.GC_MC_INCREMENTAL')) return 'garbage collection';
  if (has('TimerFire')) return 'timers (no script URL)';
  if (has('Receive mojo message', 'Receive mojo reply')) return 'messages (IPC)';
  return 'other';
}

/**
 * One load: thread (CPU) time of the page's top-level tasks by owner; trace events' self time
 * by name on the page's main thread; extension functions' self time (ms).
 */
async function profileLoad(
  context: BrowserContext,
  url: string,
  events: Map<string, number>,
  fns: Map<string, number>,
  owners: Map<string, number>,
) {
  const tab = await context.newPage();
  try {
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    const stop = await startTrace(cdp);
    await tab.goto(url, { waitUntil: 'load' });
    await tab.waitForTimeout(WAIT_MS);
    const trace = await stop();
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    const parse = trace.find((e) => e.name === 'ParseHTML');
    const own = trace.filter(
      (e) => parse && e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X' && e.dur !== undefined,
    );
    // Self time: an event's duration less its direct children's (events nest on one thread).
    own.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
    const stack: { end: number; name: string; child: number; dur: number }[] = [];
    const close = (until: number) => {
      while (stack.length > 0 && stack[stack.length - 1]!.end <= until) {
        const done = stack.pop()!;
        add(events, done.name, (done.dur - done.child) / 1000);
      }
    };
    for (const e of own) {
      close(e.ts);
      if (stack.length > 0) stack[stack.length - 1]!.child += e.dur!;
      stack.push({ end: e.ts + e.dur!, name: e.name, child: 0, dur: e.dur! });
    }
    close(Infinity);
    for (const task of own.filter((e) => e.name === 'RunTask')) {
      const end = task.ts + task.dur!;
      const inside = own.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= end);
      add(owners, ownerOf(inside), (task.tdur ?? task.dur!) / 1000);
    }
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, i) => {
      const { functionName, url: script, lineNumber, columnNumber } = byId.get(id)!.callFrame;
      if (!script.startsWith('chrome-extension://')) return;
      const file = script.replace(/^chrome-extension:\/\/[^/]+/, '');
      add(
        fns,
        `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}:${columnNumber + 1}`,
        (profile.timeDeltas[i] ?? 0) / 1000,
      );
    });
  } finally {
    await tab.close();
  }
}

const { page, url, on, none, close } = await onePageTwoBrowsers(root, extension, 'prof');
try {
  const scratch = [new Map<string, number>(), new Map<string, number>(), new Map<string, number>()] as const;
  await profileLoad(on, url, ...scratch); // warm: the background builds its index once per session
  const [evOn, fnOn, evNone, fnNone, ownOn, ownNone] = [0, 1, 2, 3, 4, 5].map(() => new Map<string, number>());
  for (let r = 0; r < ROUNDS; r++) {
    await profileLoad(on, url, evOn!, fnOn!, ownOn!);
    await profileLoad(none, url, evNone!, fnNone!, ownNone!);
  }
  const per = (x: number) => (x / ROUNDS).toFixed(2).padStart(8);
  console.log(`${page.name}, ${ROUNDS} loads each; ms per load`);
  console.log('main-thread tasks by owner, thread (CPU) time, on / none / on minus none:');
  const owners = [...new Set([...ownOn!.keys(), ...ownNone!.keys()])]
    .map((k): [string, number, number] => [k, ownOn!.get(k) ?? 0, ownNone!.get(k) ?? 0])
    .sort((a, b) => b[1] - b[2] - (a[1] - a[2]));
  for (const [k, a, b] of owners) console.log(`  ${per(a)} ${per(b)} ${per(a - b)}  ${k}`);
  console.log('main-thread trace events, self time, on minus none:');
  const names = [...new Set([...evOn!.keys(), ...evNone!.keys()])]
    .map((k): [string, number] => [k, (evOn!.get(k) ?? 0) - (evNone!.get(k) ?? 0)])
    .sort((a, b) => b[1] - a[1]);
  for (const [k, d] of names.slice(0, 25)) console.log(`  ${per(d)}  ${k}`);
  console.log("Evident's functions, self time (CPU profile samples):");
  const total = [...fnOn!.values()].reduce((a, b) => a + b, 0);
  console.log(`  ${per(total)}  (all of Evident's script)`);
  for (const [k, d] of [...fnOn!].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.BENCH_TOP ?? 30)))
    console.log(`  ${per(d)}  ${k}`);
} finally {
  await close();
}
