/**
 * Records Evident's own main-thread work on the page's performance timeline, so
 * `npm run bench` (and a developer's profiler) can sum it and find its longest slice.
 */
export function measureSince(name: 'evident-extract' | 'evident-paint' | 'evident-name-check', start: number): void {
  performance.measure(name, { start, end: performance.now() });
}
