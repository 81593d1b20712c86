/**
 * Gives the page its turn between two slices of Evident's work: input, rendering and the
 * page's own tasks run before the next slice. scheduler.yield (Chromium) resumes ahead of
 * other queued tasks; elsewhere (Firefox, happy-dom) a zero timeout does.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resume) => setTimeout(resume, 0));
}
