import type { ClaimIndex } from './claim-index';
import { isRange } from './phrasing-facts';

/**
 * Phrasings by the figures they state, for finding those whose figures may agree with a
 * sentence's without visiting every one: a topic's phrasings that state figures number in the
 * hundreds (ten times that with ten times the claims), and a sentence states a handful.
 * "May agree" is scorePhrasing's rule made wider: a figure within rounding of the sentence's
 * (3% either way; 4% here), or a range the phrasing writes ("10–15%") around it; a figure that
 * is no plain number ("503b") agrees only as the same term, and is always offered.
 */
export interface Figures {
  /** The figures, ascending, and the phrasing that states each. */
  values: Float64Array;
  phrasings: Int32Array;
  /** Ranges a phrasing writes, lower and upper ends, and its number. */
  ranges: { low: number; high: number; phrasing: number }[];
  /** Phrasings with a figure that is no plain number. */
  always: number[];
}

export const NO_FIGURES: Figures = {
  values: new Float64Array(0),
  phrasings: new Int32Array(0),
  ranges: [],
  always: [],
};

/** Wider than scorePhrasing's 3%, so rounding in the comparison never drops a figure that agrees. */
const WIDER = 0.96;

export function figuresOf(withNumbers: readonly number[], index: ClaimIndex): Figures {
  const pairs: [number, number][] = [];
  const ranges: Figures['ranges'] = [];
  const always: number[] = [];
  for (const p of withNumbers) {
    const { numbers, text } = index.phrasings[p]!;
    const values = numbers.map(Number);
    if (values.some((v) => !Number.isFinite(v))) always.push(p);
    values.forEach((v, k) => {
      if (Number.isFinite(v)) pairs.push([v, p]);
      const next = values[k + 1];
      if (next !== undefined && next > v && isRange(text, numbers[k], numbers[k + 1]))
        ranges.push({ low: v, high: next, phrasing: p });
    });
  }
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return {
    values: Float64Array.from(pairs, ([v]) => v),
    phrasings: Int32Array.from(pairs, ([, p]) => p),
    ranges,
    always,
  };
}

/** Calls `visit` for every phrasing whose figures may agree with one of `numbers` (some more than once). */
export function mayAgree(
  figures: Figures,
  numbers: readonly { value: number }[],
  visit: (phrasing: number) => void,
): void {
  for (const p of figures.always) visit(p);
  for (const { value: x } of numbers) {
    if (!Number.isFinite(x)) continue; // agrees only as the same term: a figure that is no plain number
    const low = x * WIDER;
    const high = x / WIDER;
    // The first figure at or above `low`, then on while within `high`.
    let lo = 0;
    let hi = figures.values.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (figures.values[mid]! < low) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < figures.values.length && figures.values[k]! <= high; k++) visit(figures.phrasings[k]!);
    for (const r of figures.ranges) if (x >= r.low && x <= r.high) visit(r.phrasing);
  }
}
