import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { mayBeFound, mayBeFoundIn } from '../../lib/core/near-spelling';

const THRESHOLD = 0.2; // score-phrasing.ts's FUZZY_THRESHOLD
const fuseFinds = (term: string, pool: string[]): boolean => {
  const best = new Fuse(pool, { includeScore: true, threshold: THRESHOLD, ignoreLocation: true }).search(term)[0];
  return best !== undefined && (best.score ?? 1) <= THRESHOLD;
};

/** Every spelling within two edits of a word, over a small alphabet: the cases Fuse's threshold sits between. */
function variants(word: string): string[] {
  const letters = 'aeiorst';
  const one = (w: string): string[] => {
    const out: string[] = [];
    for (let i = 0; i <= w.length; i++) {
      for (const c of letters) out.push(w.slice(0, i) + c + w.slice(i), w.slice(0, i) + c + w.slice(i + 1));
      out.push(w.slice(0, i) + w.slice(i + 1));
    }
    return out;
  };
  return [...new Set(one(word).flatMap((w) => [w, ...one(w).filter((_, k) => k % 7 === 0)]))];
}

describe('mayBeFound', () => {
  it('never rules out an item Fuse.js would find, for terms of 5 to 12 letters and their near spellings', () => {
    for (const term of ['tendon', 'somatropin', 'insulin', 'ghrelin', 'sermorelin', 'bloat', 'ipamorelins']) {
      for (const v of variants(term)) {
        if (!mayBeFound(term, [v], THRESHOLD)) expect(fuseFinds(term, [v]), `${term} in ${v}`).toBe(false);
      }
    }
  });

  it('rules out a pool that shares no piece of the term', () => {
    expect(mayBeFound('somatropin', ['tendon', 'healing', 'ligament'], THRESHOLD)).toBe(false);
    expect(mayBeFound('somatropin', ['tendon', 'somatotropin'], THRESHOLD)).toBe(true);
  });
});

describe('mayBeFoundIn', () => {
  const search = (term: string, pool: string[]) =>
    new Fuse(pool, { includeScore: true, threshold: THRESHOLD, ignoreLocation: true }).search(term);

  it('keeps, in pool order, every item Fuse.js finds in the pool', () => {
    for (const term of ['tendon', 'somatropin', 'insulin', 'ghrelin', 'sermorelin']) {
      const pool = variants(term).filter((_, k) => k % 5 === 0);
      const kept = mayBeFoundIn(term, pool, THRESHOLD);
      for (const found of search(term, pool)) expect(kept, `${term}: ${found.item}`).toContain(found.item);
      expect([...kept]).toEqual(pool.filter((item) => kept.includes(item)));
    }
  });

  it("gives Fuse.js's best item in the pool when each kept item is scored on its own", () => {
    for (const term of ['tendon', 'somatropin', 'sermorelin']) {
      const pool = ['healing', ...variants(term).filter((_, k) => k % 9 === 0), 'ligament'];
      let best: string | null = null;
      let bestScore = Infinity;
      for (const item of mayBeFoundIn(term, pool, THRESHOLD)) {
        const score = search(term, [item])[0]?.score;
        if (score !== undefined && score < bestScore) [best, bestScore] = [item, score];
      }
      expect(best, term).toBe(search(term, pool)[0]?.item ?? null);
    }
  });

  it('drops the items that share no piece of the term', () => {
    expect(mayBeFoundIn('somatropin', ['tendon', 'somatotropin', 'healing'], THRESHOLD)).toEqual(['somatotropin']);
  });
});
