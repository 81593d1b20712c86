/**
 * Records Evident's own main-thread work on the page's performance timeline, so
 * `npm run bench` (and a developer's profiler) can sum it and find its longest slice.
 * Off unless switched on: the timeline belongs to the page, and `evident-*` entries
 * would tell any page that Evident is installed. The content script switches it on only
 * when the extension's storage says so (the bench sets that flag; no page can).
 */
let recording = false;
/** Moments noted before the flag was read: put on the timeline if it turns out to be set. */
const pending = new Map<string, number>();

export function recordMainThreadMeasures(on: boolean): void {
  recording = on;
  if (on) for (const [name, startTime] of pending) performance.mark(name, { startTime });
  pending.clear();
}

export function measureSince(name: 'evident-extract' | 'evident-paint' | 'evident-name-check', start: number): void {
  if (recording) performance.measure(name, { start, end: performance.now() });
}

/** A moment on the timeline (the first mark a reader sees), kept until the flag is known. */
export function markMoment(name: 'evident-first-mark', at = performance.now()): void {
  if (recording) performance.mark(name, { startTime: at });
  else pending.set(name, at);
}
