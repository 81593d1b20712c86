import { describe, expect, it } from 'vitest';
import { mainThreadCost, type TraceEvent } from './main-thread-trace';

const URL = 'http://localhost/page.html';
const ms = 1000; // trace times are in microseconds

/** A top-level task on the page's main thread at `at` ms, `cpu` ms of thread time, with events inside it. */
function task(
  at: number,
  cpu: number,
  inside: Omit<TraceEvent, 'ph' | 'pid' | 'tid' | 'ts'>[] = [],
  tid = 1,
): TraceEvent[] {
  return [
    { name: 'RunTask', ph: 'X', pid: 1, tid, ts: at * ms, dur: cpu * ms, tdur: cpu * ms },
    ...inside.map((e, k) => ({ ph: 'X', pid: 1, tid, ts: (at + 0.1 * (k + 1)) * ms, dur: 0.05 * ms, ...e })),
  ];
}

describe('main-thread trace cost', () => {
  const events: TraceEvent[] = [
    { name: 'ParseHTML', ph: 'X', pid: 1, tid: 1, ts: 10 * ms, dur: 1 * ms, args: { beginData: { url: URL } } },
    ...task(20, 3, [
      { name: 'EvaluateScript', args: { data: { url: 'chrome-extension://abc/content-scripts/claims.js' } } },
    ]),
    ...task(30, 2, [{ name: 'RunMicrotasks' }]),
    ...task(40, 5, [{ name: 'Layout' }, { name: 'Paint' }]),
    ...task(50, 4, [{ name: 'EvaluateScript', args: { data: { url: 'http://localhost/app.js' } } }]),
    // Another thread's script is not this page's.
    ...task(60, 7, [{ name: 'RunMicrotasks' }], 2),
  ];

  it('counts the tasks that run extension script or promise continuations, and only those, as script tasks', () => {
    const cost = mainThreadCost(events, URL, 1000);
    expect(cost.cpuMs).toBeCloseTo(14);
    expect(cost.scriptTasksMs).toBeCloseTo(5);
  });

  it('leaves out tasks outside the window', () => {
    // The window runs from the first parse (10 ms): 15 ms reach the task at 20 ms, not the one at 30.
    expect(mainThreadCost(events, URL, 15).scriptTasksMs).toBeCloseTo(3);
  });
});
