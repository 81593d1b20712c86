import { describe, expect, it } from 'vitest';
import { bestReviewedMark, twiceJudgedAgreement, weightedJaccard, wordingIndex } from './label-wordings';

describe('bestReviewedMark', () => {
  const database = wordingIndex();

  it('reads a wording that leaves its subject unsaid as a page under a title naming its topic would', () => {
    const label = { claim: '12 mg: 28.7% at 68 weeks.', topic: 'retatrutide' };
    expect(bestReviewedMark(database, label)).toBeUndefined();
    const underTitle = bestReviewedMark(database, label, true);
    expect(underTitle?.claimId).toMatch(/^retatrutide-/);
    expect(underTitle!.start).toBeGreaterThanOrEqual('Retatrutide\n\n'.length);
  });

  it("titles a topic by its file's first name, and scans a wording of a topic the database lacks alone", () => {
    expect(database.titles.get('tirzepatide')).toBe('tirzepatide');
    const label = { claim: 'Semaglutide lowers body weight in adults with obesity.', topic: 'no-such-topic' };
    expect(bestReviewedMark(database, label, true)?.claimId).toBe(bestReviewedMark(database, label)?.claimId);
  });
});

describe('twiceJudgedAgreement', () => {
  it('counts the two reviewers against each other on every wording, and Evident against each only where it marks', () => {
    expect(
      twiceJudgedAgreement([
        { label: 'supported', second: 'supported', shown: 'supported' },
        { label: 'mixed', second: 'weak', shown: 'supported' },
        { label: 'mixed', second: 'false', shown: 'unsupported' },
        { label: 'false', second: 'unsupported' },
      ]),
    ).toEqual({ judged: 4, reviewersAgree: 3, shown: 3, withLabel: 1, withSecond: 2 });
  });
});

describe('weightedJaccard', () => {
  it('weighs the words both wordings say against the words either says', () => {
    const weight = (t: string) => (t === 'rare' ? 3 : 1);
    expect(weightedJaccard(new Set(['rare', 'a']), new Set(['rare', 'a']), weight)).toBe(1);
    // both: rare (3); either: rare, a, b (5).
    expect(weightedJaccard(new Set(['rare', 'a']), new Set(['rare', 'b']), weight)).toBeCloseTo(3 / 5);
    // both: a (1); either: rare, a, b (5): a shared common word counts for little.
    expect(weightedJaccard(new Set(['rare', 'a']), new Set(['a', 'b']), weight)).toBeCloseTo(1 / 5);
    expect(weightedJaccard(new Set(), new Set(), weight)).toBe(0);
  });
});
