import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../lib/core/claim-index';
import { closenessByWords, sentenceWords } from '../../lib/core/claim-vocabulary';
import { findClaims, type ClaimMatch } from '../../lib/core/find-claims';
import { resolveOverlaps } from '../../lib/core/resolve-overlaps';
import { tokenize } from '../../lib/core/tokenize';
import { testClaim } from './sample-topics';

const index = buildIndex([
  {
    topic: 'tesamorelin',
    names: ['tesamorelin', 'Egrifta'],
    claims: [
      testClaim('tesamorelin-reduces-belly-fat', [
        'tesamorelin reduces belly fat',
        'tesamorelin shrinks abdominal fat',
        'Egrifta trims visceral fat around the waist',
      ]),
      testClaim('tesamorelin-reduces-liver-fat', [
        'tesamorelin lowered fat in the liver of people with HIV',
        'tesamorelin cut hepatic fat in fatty liver disease',
        'Egrifta reduces liver fat content in NAFLD',
      ]),
    ],
  },
]);
const topic = index.topics.indexOf('tesamorelin');
const claimAt = (id: string) => index.claims.findIndex((c) => c.id === id);
/** How close a sentence comes to each claim of the topic. */
const closeness = (sentence: string) => {
  const words = sentenceWords(new Set(tokenize(sentence).map((t) => t.term)), topic, index);
  return new Map(index.claims.map((_, at) => [at, closenessByWords(words, at, index)] as const));
};

describe('a claim’s words, all its phrasings together', () => {
  it('come closer to a sentence that says the claim in words spread over several of its phrasings', () => {
    // No one phrasing says "hepatic" and "HIV" and "disease"; the liver claim's phrasings do together.
    const near = closeness(
      'In people with HIV, tesamorelin cut the fat stored in the liver, easing fatty liver disease.',
    );
    expect(near.get(claimAt('tesamorelin-reduces-liver-fat'))!).toBeGreaterThan(0.5);
    expect(near.get(claimAt('tesamorelin-reduces-liver-fat'))!).toBeGreaterThan(
      2 * near.get(claimAt('tesamorelin-reduces-belly-fat'))!,
    );
  });

  it('leave out the topic’s own names, which say nothing of which of its claims a sentence makes', () => {
    expect([...closeness('Tesamorelin, sold as Egrifta.').values()]).toEqual([0, 0]);
  });

  it('grow as a sentence says more of the words its phrasings share, up to 1', () => {
    const belly = claimAt('tesamorelin-reduces-belly-fat');
    const one = closeness('Tesamorelin and the waist.').get(belly)!;
    const most = closeness('Tesamorelin shrinks belly fat.').get(belly)!;
    expect(one).toBeGreaterThan(0);
    expect(most).toBeGreaterThan(one);
    expect(most).toBeLessThanOrEqual(1);
  });

  it('rank two claims whose phrasings a sentence says nearly as fully: the closer claim keeps the span', () => {
    const mark = (claimId: string, score: number, closenessOf: number): ClaimMatch => ({
      claimId,
      start: 0,
      end: 60,
      score,
      closeness: closenessOf,
      reasons: [],
      verdict: 'weak',
      certainty: 'low',
      scope: 'human',
    });
    // A short phrasing said whole (0.8) in a sentence whose other words belong to another claim (0.75).
    const kept = resolveOverlaps([mark('short-phrasing', 0.8, 0.1), mark('the-sentence-s-claim', 0.75, 0.6)]);
    expect(kept.map((m) => m.claimId)).toEqual(['the-sentence-s-claim']);
    // Closeness only weighs between claims made nearly as fully: it does not lift a claim far below.
    const far = resolveOverlaps([mark('said-whole', 1, 0.1), mark('words-close', 0.6, 0.6)]);
    expect(far.map((m) => m.claimId)).toEqual(['said-whole']);
  });

  it('leave results as they were: closeness is internal to the scan', () => {
    const marks = findClaims('Tesamorelin reduces belly fat in adults with HIV.', index);
    expect(marks.map((m) => m.claimId)).toEqual(['tesamorelin-reduces-belly-fat']);
    expect(marks[0]).not.toHaveProperty('closeness');
  });
});
