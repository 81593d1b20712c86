import { describe, expect, it } from 'vitest';
import type { ClaimMatch } from '../../lib/core/find-claims';
import { byRank, DisjointSpans, resolveOverlaps } from '../../lib/core/resolve-overlaps';
import { mulberry32 } from '../seeded-random';

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

  it('gives the span to the claim that says more of the sentence over a short phrasing said whole', () => {
    // "Semaglutide works mainly by slowing gastric emptying, which is why meals feel heavier": a
    // four-word phrasing of a general claim says all its words (1.00, four said); the specific claim
    // says seven of the sentence's words at 0.87.
    const general = { ...match('general', 1, 0, 60), said: 4 };
    const specific = { ...match('specific', 0.87, 0, 80), said: 7 };
    expect(spans(resolveOverlaps([general, specific]))).toEqual([['specific', 0, 80]]);
    // Saying as many words, the better score still wins; one word more does not outweigh a far better score.
    expect(spans(resolveOverlaps([{ ...general, said: 7 }, specific]))).toEqual([['general', 0, 60]]);
    expect(
      spans(
        resolveOverlaps([
          { ...general, said: 6 },
          { ...specific, score: 0.7 },
        ]),
      ),
    ).toEqual([['general', 0, 60]]);
  });

  it('does not split a mark whose own words are the ones another claim wants', () => {
    const a = match('a', 1, 0, 100, [30, 100]);
    const b = match('b', 0.8, 0, 60, [40, 60]);
    expect(spans(resolveOverlaps([a, b]))).toEqual([['a', 0, 100]]);
  });
});

type Span = { start: number; end: number };
const meets = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** resolveOverlaps as it was written first, each question a walk over every mark kept. */
function byWalking(matches: readonly ClaimMatch[]): ClaimMatch[] {
  const ranked = [...matches].sort(byRank);
  const kept: ClaimMatch[] = [];
  const clear = (span: Span) => !kept.some((k) => meets(span, k));
  for (const m of ranked) {
    if (clear(m)) kept.push(m);
    else if (m.core && clear(m.core)) kept.push({ ...m, ...m.core });
    else if (m.core) {
      const core = m.core;
      const blockers = kept.filter((k) => meets(core, k));
      const yields = (k: ClaimMatch) =>
        k.core !== undefined && !meets(k.core, core) && kept.every((o) => o === k || !meets(o, k.core!));
      if (blockers.length === 1 && yields(blockers[0]!)) {
        const k = blockers[0]!;
        kept[kept.indexOf(k)] = { ...k, ...k.core! };
        kept.push({ ...m, ...core });
      }
    }
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

describe('DisjointSpans', () => {
  it('finds the spans a span meets as a walk over all of them does, empty spans included', () => {
    const random = mulberry32(5);
    const int = (n: number) => Math.floor(random() * n);
    for (let round = 0; round < 50; round++) {
      const set = new DisjointSpans<Span>();
      const all: Span[] = [];
      for (let i = 0; i < 60; i++) {
        const start = int(300);
        const span = { start, end: start + (int(4) === 0 ? 0 : 1 + int(20)) };
        if (all.some((k) => meets(span, k))) continue;
        set.add(span);
        all.push(span);
      }
      if (all.length > 3) {
        set.remove(all[1]!);
        all.splice(1, 1);
      }
      for (let q = 0; q < 100; q++) {
        const start = int(320);
        const span = { start, end: start + int(30) };
        const walked = all.filter((k) => meets(span, k));
        expect(new Set(set.meeting(span))).toEqual(new Set(walked));
        expect(set.meetsAny(span)).toBe(walked.length > 0);
        expect(set.meeting(span, 2).length).toBe(Math.min(2, walked.length));
      }
    }
  });
});

describe('resolveOverlaps over many marks', () => {
  it('keeps the same marks, in the same order, as a walk over every mark kept', () => {
    const random = mulberry32(11);
    const int = (n: number) => Math.floor(random() * n);
    for (let round = 0; round < 200; round++) {
      const ms: ClaimMatch[] = [];
      for (let i = 0; i < 40; i++) {
        const start = int(400);
        const end = start + int(60);
        const withCore = int(2) === 0 && end - start > 2;
        const coreStart = start + 1 + int(end - start - 1);
        ms.push({
          ...match(`c${int(15)}`, [0.7, 0.8, 0.9, 1][int(4)]!, start, end, withCore ? [coreStart, end] : undefined),
          ...(int(5) === 0 ? { scoped: true } : {}),
          ...(int(4) === 0 ? { inFocus: true } : {}),
          said: int(4),
        });
      }
      expect(resolveOverlaps(ms)).toEqual(byWalking(ms));
    }
  });
});
