// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { markMoment, measureSince, recordMainThreadMeasures } from '../../lib/dom/measure-main-thread';

afterEach(() => {
  recordMainThreadMeasures(false);
  performance.clearMarks();
  performance.clearMeasures();
});

describe('Evident on the page’s performance timeline', () => {
  it('puts nothing there unless the extension’s own flag switches it on', () => {
    measureSince('evident-paint', performance.now());
    markMoment('evident-first-mark');
    expect(performance.getEntries().filter((e) => e.name.startsWith('evident-'))).toEqual([]);
  });

  it('keeps a moment noted before the flag was read, and puts it there at its own time once it is', () => {
    const at = performance.now();
    markMoment('evident-first-mark', at);
    recordMainThreadMeasures(true);
    const [mark] = performance.getEntriesByName('evident-first-mark');
    expect(mark?.startTime).toBe(at);
    measureSince('evident-paint', performance.now());
    expect(performance.getEntriesByName('evident-paint')).toHaveLength(1);
  });
});
