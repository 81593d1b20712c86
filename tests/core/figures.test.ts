import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../lib/core/claim-index';
import { figuresOf, mayAgree } from '../../lib/core/figures';
import { isRange } from '../../lib/core/phrasing-facts';
import { tenfoldClaims } from '../bench/tenfold-claims';
import { SAMPLE_TOPICS } from './sample-topics';

/** scorePhrasing's rule for one figure of a sentence (score-phrasing.ts statedNumber), written out plainly. */
function agrees(x: number, numbers: readonly string[], text: string): boolean {
  const values = numbers.map(Number);
  return values.some((v, k) => {
    if (Math.abs(x - v) <= 0.03 * Math.max(Math.abs(x), Math.abs(v))) return true;
    const next = values[k + 1];
    return next !== undefined && next > v && isRange(text, numbers[k], numbers[k + 1]) && x > v && x < next;
  });
}

describe('mayAgree', () => {
  it('offers every phrasing one of whose figures agrees with a figure of the sentence, and not all of them', () => {
    let agreeing = 0;
    let offered = 0;
    let all = 0;
    for (const db of [buildIndex(SAMPLE_TOPICS), buildIndex(tenfoldClaims(SAMPLE_TOPICS))]) {
      db.topics.forEach((_, topic) => {
        const withNumbers = db.phrasings.flatMap((p, i) => (p.topic === topic && p.numbers.length > 0 ? [i] : []));
        const figures = figuresOf(withNumbers, db);
        for (const x of [0, 1, 2.5, 12, 14.9, 15, 40, 97, 98, 99, 100, 250, 300, 500, 1000]) {
          const visited = new Set<number>();
          mayAgree(figures, [{ value: x }], (p) => visited.add(p));
          for (const p of withNumbers) {
            all++;
            const { numbers, text } = db.phrasings[p]!;
            if (!agrees(x, numbers, text)) continue;
            agreeing++;
            expect(visited.has(p), `${x} / ${text}`).toBe(true);
          }
          offered += visited.size;
        }
      });
    }
    expect(agreeing).toBeGreaterThan(10);
    expect(offered).toBeLessThan(all);
  });

  it('always offers a phrasing whose figure is no plain number, and skips a sentence figure that is none', () => {
    const db = buildIndex(SAMPLE_TOPICS);
    const figures = { ...figuresOf([], db), always: [7] };
    const visited: number[] = [];
    mayAgree(figures, [{ value: Number('503b') }], (p) => visited.push(p));
    expect(visited).toEqual([7]);
  });
});
