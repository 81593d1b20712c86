import { describe, expect, it } from 'vitest';
import { buildIndex, termFrequencies } from '../../lib/core/claim-index';
import type { TopicFile } from '../../lib/core/claim-types';
import { RECORDED_FREQUENCIES } from '../../lib/core/term-frequencies';
import { SAMPLE_TOPICS, testClaim } from './sample-topics';

/** The sample database with one more claim about its first topic, in words its other claims use. */
function withOneMoreClaim(topics: readonly TopicFile[]): TopicFile[] {
  const [first, ...rest] = topics;
  const added = testClaim('added-claim', ['it improves sleep, energy, mood and lean mass in adults']);
  return [{ ...first!, claims: [...first!.claims, added] }, ...rest];
}

/** Each phrasing's text with its terms' weights, for the phrasings of `topics` alone. */
function weightsOf(index: ReturnType<typeof buildIndex>): Map<string, number[]> {
  return new Map(index.phrasings.filter((p) => !p.part).map((p) => [p.text, p.weights]));
}

describe('term weights from recorded frequencies', () => {
  it('leave every other phrasing as it was when a claim is added', () => {
    const recorded = termFrequencies(SAMPLE_TOPICS);
    const before = weightsOf(buildIndex(SAMPLE_TOPICS, recorded));
    const after = weightsOf(buildIndex(withOneMoreClaim(SAMPLE_TOPICS), recorded));
    for (const [text, weights] of before) expect(after.get(text), text).toEqual(weights);
    // Counted afresh, the added claim's common words weigh less everywhere they appear.
    const live = weightsOf(buildIndex(withOneMoreClaim(SAMPLE_TOPICS)));
    expect([...before].some(([text, weights]) => live.get(text)!.join() !== weights.join())).toBe(true);
  });

  it('are the database’s own counts when the record is of that database', () => {
    const recorded = buildIndex(SAMPLE_TOPICS, termFrequencies(SAMPLE_TOPICS));
    expect(weightsOf(recorded)).toEqual(weightsOf(buildIndex(SAMPLE_TOPICS)));
  });

  it('weigh a term the record does not hold as the rarest', () => {
    const recorded = termFrequencies(SAMPLE_TOPICS);
    const index = buildIndex(
      [
        ...SAMPLE_TOPICS,
        { topic: 'zz-new', names: ['zz-new'], claims: [testClaim('zz', ['zz-new quelches florbitude'])] },
      ],
      recorded,
    );
    const p = index.phrasings.find((x) => x.text === 'zz-new quelches florbitude')!;
    const rarest = Math.round(100 * Math.log(1 + recorded.claims)) / 100;
    expect(p.weights.every((w) => w === rarest)).toBe(true);
  });

  it('count a claim once per term, however many of its phrasings say it', () => {
    const { claims, df } = termFrequencies([
      {
        topic: 'x',
        names: ['x'],
        claims: [testClaim('a', ['zinc helps sleep', 'zinc helps sleep deeply']), testClaim('b', ['zinc'])],
      },
    ]);
    expect(claims).toBe(2);
    expect(df.get('zinc')).toBe(2);
    expect(df.get('sleep')).toBe(1);
  });
});

describe('the recorded frequencies of claims/', () => {
  it('hold counts for terms and nothing for a word that is an object property', () => {
    expect(RECORDED_FREQUENCIES.claims).toBeGreaterThan(1000);
    expect(RECORDED_FREQUENCIES.df.get('testosteron') ?? RECORDED_FREQUENCIES.df.get('testosterone')).toBeGreaterThan(
      10,
    );
    for (const [, n] of RECORDED_FREQUENCIES.df) expect(Number.isInteger(n) && n > 0).toBe(true);
    expect(typeof (RECORDED_FREQUENCIES.df.get('constructor') ?? 0)).toBe('number');
  });
});
