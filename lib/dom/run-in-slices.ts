/** Main-thread time one slice may take: well under the 50 ms that makes a long task. */
export const SLICE_MS = 8;

type SchedulerWindow = typeof globalThis & { scheduler?: { yield?: () => Promise<void> } };

/** Gives the page its turn: `scheduler.yield` keeps our place in line where it exists. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as SchedulerWindow).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs a generator's steps in slices of about SLICE_MS, yielding to the page between
 * slices, and returns its result. Rejects with the signal's reason once it aborts.
 */
export async function runInSlices<T>(steps: Generator<unknown, T, void>, signal: AbortSignal): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    signal.throwIfAborted();
    const step = steps.next();
    if (step.done) {
      measureSince('evident-scan', sliceStart);
      return step.value;
    }
    if (performance.now() - sliceStart >= SLICE_MS) {
      measureSince('evident-scan', sliceStart);
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
}

/**
 * Records Evident's own main-thread work on the page's performance timeline, so
 * `npm run bench` (and a developer's profiler) can sum it and find its longest slice.
 */
export function measureSince(name: 'evident-scan' | 'evident-extract' | 'evident-paint', start: number): void {
  performance.measure(name, { start, end: performance.now() });
}
