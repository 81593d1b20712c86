/**
 * Records Evident's own main-thread work on the page's performance timeline, so
 * `npm run bench` (and a developer's profiler) can sum it and find its longest slice.
 * Off unless switched on: the timeline belongs to the page, and `evident-*` entries
 * would tell any page that Evident is installed. The content script switches it on only
 * when the extension's storage says so (the bench sets that flag; no page can).
 */
let recording = false;

export function recordMainThreadMeasures(on: boolean): void {
  recording = on;
}

export function measureSince(name: 'evident-extract' | 'evident-paint', start: number): void {
  if (recording) performance.measure(name, { start, end: performance.now() });
}
