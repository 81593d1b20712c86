import { describe, expect, it } from 'vitest';
import type { ClaimMatch } from '../../lib/core/find-claims';
import { resolveOverlaps } from '../../lib/core/resolve-overlaps';

const match = (claimId: string, score: number, start: number, end: number, core?: [number, number]): ClaimMatch => ({
  claimId,
  start,
  end,
  score,
  reasons: [],
  verdict: 'weak',
  certainty: 'low',
  scope: 'human',
  ...(core ? { core: { start: core[0], end: core[1] } } : {}),
});
const spans = (ms: ClaimMatch[]) => ms.map((m) => [m.claimId, m.start, m.end]);

describe('resolveOverlaps', () => {
  it('keeps the best of two marks on one span', () => {
    expect(spans(resolveOverlaps([match('a', 0.7, 0, 40), match('b', 0.9, 10, 50)]))).toEqual([['b', 10, 50]]);
  });

  it('lets a mark that took the whole sentence give way to its own words when another claim’s words sit inside it', () => {
    // "TRT has been found to bring benefits, including more muscle (20-40), … and better fertility (80-100)."
    const sentenceWide = match('fertility', 1, 0, 100, [80, 100]);
    const muscle = match('muscle', 0.8, 0, 40, [20, 40]);
    expect(spans(resolveOverlaps([sentenceWide, muscle]))).toEqual([
      ['muscle', 20, 40],
      ['fertility', 80, 100],
    ]);
  });

  it('does not split a mark whose own words are the ones another claim wants', () => {
    const a = match('a', 1, 0, 100, [30, 100]);
    const b = match('b', 0.8, 0, 60, [40, 60]);
    expect(spans(resolveOverlaps([a, b]))).toEqual([['a', 0, 100]]);
  });
});
