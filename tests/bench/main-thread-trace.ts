/**
 * What a page load costs the tab's renderer main thread, read from a Chrome trace (CDP
 * Tracing on the page's session): every task whoever owns it, so a content script's start
 * (its world, compile and first run) counts as much as its own measured slices.
 */
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time, where the platform gives it. */
  tdur?: number;
  id2?: { local?: string };
  args?: { name?: string; data?: { url?: string }; beginData?: { url?: string } };
}

const CATEGORIES = [
  '-*',
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
  '__metadata',
];

/** Events that run script, with the script's URL: what tells the extension's work apart. */
const SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'FunctionCall',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
]);

export const LONG_TASK_MS = 50;
/** How far before the first parse the navigation's commit task may start. */
const COMMIT_MS = 500;

export interface MainThreadCost {
  /** Wall time of all top-level tasks on the page's main thread, ms. */
  busyMs: number;
  /**
   * The same tasks' thread (CPU) time, ms: what the page's thread really spent, without the
   * time a busy machine kept it waiting for a core (the closer figure on a shared machine).
   */
  cpuMs: number;
  /** Script run from chrome-extension:// URLs (compile, evaluation, callbacks), ms. */
  extensionMs: number;
  /**
   * Thread (CPU) time of the top-level tasks that run script: an extension's (its URL in the
   * task) or promise continuations (RunMicrotasks, which carry no URL), ms. The bench pages run
   * no script of their own, so on them, this minus the no-extension load's is what Evident's
   * script costs whole, its continuations included, without the page's own rendering, whose
   * load-to-load spread (about ±6 ms on the no-topic page) swamps a 5 ms budget in `cpuMs`.
   */
  scriptTasksMs: number;
  /** Evident's own `evident-*` performance measures (extraction, painting…), summed, ms. */
  measuredMs: number;
  /** Durations of tasks of 50 ms or more, ms. */
  longTasks: number[];
  /** How many of those ran extension script or overlap one of Evident's measures. */
  extensionLongTasks: number;
  /**
   * The same count for tasks whose thread (CPU) time is 50 ms or more: on a machine shared
   * with other work, an 8 ms slice can take 50 ms of wall time while its thread waits for a
   * core, and this count tells Evident's own long work apart from that.
   */
  extensionLongTasksCpu: number;
}

/** Starts a trace on `cdp`; the returned function stops it and gives the raw events. */
export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  const onData = (e: { value: object[] }) => events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { recordMode: 'recordAsMuchAsPossible', includedCategories: CATEGORIES },
  });
  return async () => {
    const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', onData);
    return events;
  };
}

/** Total of the union of intervals [start, end), in trace microseconds. */
function unionLength(intervals: [number, number][]): number {
  intervals.sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -Infinity;
  for (const [s, e] of intervals) {
    if (e <= end) continue;
    total += e - Math.max(s, end);
    end = e;
  }
  return total;
}

/** Intervals of the page's `evident-*` user-timing measures (async begin/end pairs in the trace). */
function evidentMeasures(events: readonly TraceEvent[]): [number, number][] {
  const open = new Map<string, number>();
  const out: [number, number][] = [];
  const mine = events.filter((e) => e.name.startsWith('evident-') && (e.ph === 'b' || e.ph === 'e'));
  for (const e of mine.sort((a, b) => a.ts - b.ts)) {
    const key = `${e.name} ${e.id2?.local ?? ''}`;
    if (e.ph === 'b') open.set(key, e.ts);
    else if (open.has(key)) {
      out.push([open.get(key)!, e.ts]);
      open.delete(key);
    }
  }
  return out;
}

/**
 * The cost on the main thread of the renderer that parsed `url` (found by its ParseHTML
 * event, so the extension's service worker and other tabs are left out), over the first
 * `windowMs` of the load.
 */
export function mainThreadCost(events: readonly TraceEvent[], url: string, windowMs: number): MainThreadCost {
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url);
  if (!parse) throw new Error(`no ParseHTML for ${url} in the trace (${events.length} events)`);
  // The same window in every condition: from the navigation's commit (just before the first
  // parse) to `windowMs` after it, so a longer wait in one condition adds no idle-time tasks.
  const from = parse.ts - COMMIT_MS * 1000;
  const to = parse.ts + windowMs * 1000;
  const own = events.filter(
    (e) =>
      e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X' && e.dur !== undefined && e.ts >= from && e.ts < to,
  );
  const tasks = own.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  const extension = own.filter(
    (e) => SCRIPT_EVENTS.has(e.name) && (e.args?.data?.url ?? '').startsWith('chrome-extension://'),
  );
  const measures = evidentMeasures(events.filter((e) => e.pid === parse.pid));
  // Promise continuations carry no script URL in a trace: Evident's own measures cover them.
  const evident: [number, number][] = [...extension.map((e): [number, number] => [e.ts, e.ts + e.dur!]), ...measures];
  // Where script ran, by start: a task runs script when one of these starts inside it.
  const scriptStarts = [...extension, ...own.filter((e) => e.name === 'RunMicrotasks')]
    .map((e) => e.ts)
    .sort((x, y) => x - y);
  const runsScript = (t: TraceEvent) => {
    let lo = 0;
    let hi = scriptStarts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (scriptStarts[mid]! < t.ts) lo = mid + 1;
      else hi = mid;
    }
    return lo < scriptStarts.length && scriptStarts[lo]! < t.ts + t.dur!;
  };
  const long = tasks.filter((t) => t.dur! >= LONG_TASK_MS * 1000);
  const evidentIn = (t: TraceEvent) => evident.some(([s, e]) => s < t.ts + t.dur! && t.ts < e);
  const longCpu = tasks.filter((t) => t.name === 'RunTask' && (t.tdur ?? t.dur!) >= LONG_TASK_MS * 1000);
  return {
    busyMs: unionLength(tasks.map((t) => [t.ts, t.ts + t.dur!])) / 1000,
    cpuMs: tasks.filter((t) => t.name === 'RunTask').reduce((a, t) => a + (t.tdur ?? t.dur!), 0) / 1000,
    extensionMs: unionLength(extension.map((e) => [e.ts, e.ts + e.dur!])) / 1000,
    scriptTasksMs:
      tasks.filter((t) => t.name === 'RunTask' && runsScript(t)).reduce((a, t) => a + (t.tdur ?? t.dur!), 0) / 1000,
    measuredMs: unionLength(measures) / 1000,
    longTasks: long.map((t) => t.dur! / 1000),
    extensionLongTasks: long.filter(evidentIn).length,
    extensionLongTasksCpu: longCpu.filter(evidentIn).length,
  };
}
