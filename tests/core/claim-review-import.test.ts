import { describe, expect, it } from 'vitest';
import { readClaimPack } from '../../lib/core/claim-pack';
import { exportClaimReviews } from '../../lib/core/claim-review';
import { topicsFromClaimReviews } from '../../lib/core/claim-review-import';
import { verdictFromRating } from '../../lib/core/claim-review-ratings';
import { createDatabase } from '../../lib/core/claims-database';
import { SAMPLE_TOPICS, testClaim } from './sample-topics';

const topics = structuredClone(SAMPLE_TOPICS);
topics[0]!.claims[0] = { ...topics[0]!.claims[0]!, scope: 'animal', kind: 'efficacy' };
topics[0]!.names = ['sermorelin', 'Geref'];
const db = createDatabase(Object.fromEntries(topics.map((t) => [`${t.topic}.json`, t])));
const exported = JSON.parse(JSON.stringify(exportClaimReviews(db))) as Record<string, unknown>[];

/** A fact-checker's item as commonly published: no `citation`, a URL, a label. */
const factCheck = (rating: Record<string, unknown>, fields: Record<string, unknown> = {}) => ({
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  url: 'https://factcheck.example.org/epitalon-telomeres',
  claimReviewed: 'Epitalon lengthens telomeres and reverses ageing in people',
  author: { '@type': 'Organization', name: 'Example Checks' },
  datePublished: '2025-03-04T10:00:00Z',
  itemReviewed: {
    '@type': 'Claim',
    about: { '@type': 'Thing', name: 'Epitalon', alternateName: ['epithalon'] },
    appearance: [{ '@type': 'CreativeWork', url: 'https://shop.example/epitalon' }],
  },
  reviewRating: { '@type': 'Rating', ...rating },
  ...fields,
});

describe('ClaimReview import', () => {
  it('gives back the claims it was exported from: verdict, summary, sources and the rest', () => {
    const r = topicsFromClaimReviews(exported, 'export.jsonld');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const byTopic = new Map(r.topics.map((t) => [t.topic, t]));
    for (const original of topics) {
      const back = byTopic.get(original.topic)!;
      expect(back.names).toEqual(original.names);
      const sorted = [...original.claims].sort((a, b) => (a.id < b.id ? -1 : 1));
      expect([...back.claims].sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(sorted);
    }
  });

  it('reads one item, an array, or a @graph among other nodes', () => {
    const one = factCheck({ alternateName: 'False' });
    const read = (data: unknown) => {
      const r = topicsFromClaimReviews(data, 'f.json');
      return r.ok ? r.topics.map((t) => [t.topic, t.claims.map((c) => c.verdict)]) : r.problems;
    };
    const expected = [['epitalon', ['false']]];
    expect(read(one)).toEqual(expected);
    expect(read([one])).toEqual(expected);
    expect(read({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'x' }, one] })).toEqual(
      expected,
    );
  });

  it('makes a fact-checker’s item a claim with its page as the source', () => {
    const r = topicsFromClaimReviews(factCheck({ alternateName: 'Mostly False' }), 'f.json');
    expect(r).toMatchObject({
      ok: true,
      topics: [
        {
          topic: 'epitalon',
          names: ['Epitalon', 'epithalon'],
          claims: [
            {
              id: 'epitalon-epitalon-lengthens-telomeres-and-reverses-ageing-in-people',
              phrasings: ['Epitalon lengthens telomeres and reverses ageing in people'],
              verdict: 'false',
              certainty: 'low',
              evidence: 'none',
              summary:
                'Example Checks rated this claim “Mostly False” (https://factcheck.example.org/epitalon-telomeres).',
              sources: [
                {
                  title: 'Fact check by Example Checks',
                  year: 2025,
                  kind: 'review',
                  url: 'https://factcheck.example.org/epitalon-telomeres',
                },
              ],
              reviewed: '2025-03-04',
            },
          ],
        },
      ],
    });
  });

  it('gives a subject the database already has its own topic, so a pack never shares one', () => {
    const installed = [{ topic: 'epitalon', names: ['Epitalon'], claims: [testClaim('epitalon-x', ['epitalon x'])] }];
    const r = readClaimPack(JSON.stringify(factCheck({ alternateName: 'False' })), 'f.json', installed);
    expect(r.ok && r.topics.map((t) => t.topic)).toEqual(['epitalon-example-checks']);
  });

  it('refuses an item whose rating cannot be mapped, naming the item and the field', () => {
    const items = [
      factCheck({ alternateName: 'False' }, { identifier: 'fc-1' }),
      factCheck({ alternateName: 'Four Pinocchios' }),
      factCheck({ ratingValue: 3, bestRating: 5, worstRating: 1 }),
      factCheck({ alternateName: 'True' }, { itemReviewed: { '@type': 'Claim' }, claimReviewed: undefined }),
    ];
    const r = readClaimPack(JSON.stringify(items), 'checks.json', []);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => [p.file, p.claimId, p.field])).toEqual([
      ['checks.json', 'item 2', 'reviewRating.alternateName'],
      ['checks.json', 'item 3', 'reviewRating.ratingValue'],
      ['checks.json', 'item 4', 'claimReviewed'],
      ['checks.json', 'item 4', 'itemReviewed.about'],
    ]);
    expect(r.problems[0]!.message).toContain('"Four Pinocchios" is not a rating Evident can map');
  });

  it('validates what it converted like any pack (a source that is not https is named)', () => {
    const r = readClaimPack(
      JSON.stringify(factCheck({ alternateName: 'False' }, { url: 'http://insecure.example/x' })),
      'f.json',
      [],
    );
    expect(!r.ok && r.problems.map((p) => p.field)).toEqual(['sources[0].url']);
  });
});

describe('ratings read as verdicts', () => {
  const verdict = (rating: Record<string, unknown>) => {
    const r = verdictFromRating(rating);
    return 'verdict' in r ? r.verdict : r.field;
  };
  it('follows the label first, whatever its case and punctuation', () => {
    expect(verdict({ alternateName: 'Pants on Fire!', ratingValue: 5 })).toBe('false');
    expect(verdict({ alternateName: 'Half True' })).toBe('mixed');
    expect(verdict({ alternateName: 'Weak evidence', ratingValue: 3 })).toBe('weak');
    expect(verdict({ alternateName: 'Unproven' })).toBe('unsupported');
    expect(verdict({ alternateName: 'correct' })).toBe('supported');
  });
  it('uses the number only where it is unambiguous', () => {
    expect(verdict({ ratingValue: 1 })).toBe('false');
    expect(verdict({ ratingValue: '5' })).toBe('supported');
    expect(verdict({ ratingValue: 2 })).toBe('unsupported');
    expect(verdict({ ratingValue: 4 })).toBe('mixed');
    expect(verdict({ ratingValue: 3 })).toBe('reviewRating.ratingValue');
    expect(verdict({ ratingValue: 10, bestRating: 10, worstRating: 0 })).toBe('supported');
    expect(verdict({ ratingValue: 6, bestRating: 10, worstRating: 0 })).toBe('reviewRating.ratingValue');
  });
});
