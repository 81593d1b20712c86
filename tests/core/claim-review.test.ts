import { describe, expect, it } from 'vitest';
import { exportClaimReviews } from '../../lib/core/claim-review';
import { createDatabase } from '../../lib/core/claims-database';
import { SAMPLE_TOPICS } from './sample-topics';

const db = createDatabase(Object.fromEntries(SAMPLE_TOPICS.map((t) => [`${t.topic}.json`, t])));

describe('ClaimReview export', () => {
  const items = exportClaimReviews(db);

  it('writes one ClaimReview per claim with every field the format needs', () => {
    expect(items).toHaveLength(db.byId.size);
    for (const item of items) {
      expect(item).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        claimReviewed: expect.any(String),
        datePublished: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        author: { '@type': 'Organization', name: 'Evident' },
        reviewRating: { '@type': 'Rating', bestRating: 5, worstRating: 1, alternateName: expect.any(String) },
        itemReviewed: { '@type': 'Claim' },
      });
      expect((item.citation as unknown[]).length).toBeGreaterThan(0);
    }
  });

  it('rates false claims lowest and supported ones highest, and carries PMIDs as identifiers', () => {
    const byId = new Map(items.map((i) => [i.identifier, i]));
    const rating = (id: string) => (byId.get(id)!.reviewRating as { ratingValue: number }).ratingValue;
    expect(rating('somatropin-black-box-warning')).toBe(1);
    expect(rating('bpc-157-not-fda-approved')).toBe(5);
    const [cite] = byId.get('bpc-157-not-fda-approved')!.citation as { identifier: unknown }[];
    expect(cite!.identifier).toEqual([{ '@type': 'PropertyValue', propertyID: 'PMID', value: '1' }]);
  });

  it('is valid JSON-LD text', () => {
    expect(JSON.parse(JSON.stringify(items))).toEqual(items);
  });

  it('uses only JSON-LD keywords and schema.org properties of each node’s type', () => {
    expect(items.flatMap((item) => unknownProperties(item))).toEqual([]);
  });
});

/**
 * The schema.org properties each node type of our export may use (schema.org/ClaimReview,
 * /Rating, /Claim, /Thing, /CreativeWork, /ScholarlyArticle, /Organization, /PropertyValue):
 * a misspelt or invented property is dropped silently by JSON-LD processors, so it is caught here.
 */
const PROPERTIES: Record<string, string[]> = {
  ClaimReview: [
    'identifier',
    'claimReviewed',
    'datePublished',
    'author',
    'reviewBody',
    'reviewRating',
    'itemReviewed',
    'citation',
  ],
  Rating: ['ratingValue', 'bestRating', 'worstRating', 'alternateName', 'ratingExplanation'],
  Claim: ['about', 'appearance'],
  Thing: ['identifier', 'name', 'alternateName'],
  CreativeWork: ['text'],
  ScholarlyArticle: ['name', 'datePublished', 'genre', 'url', 'identifier'],
  Organization: ['name'],
  PropertyValue: ['propertyID', 'value'],
};

function unknownProperties(node: unknown, path = '$'): string[] {
  if (Array.isArray(node)) return node.flatMap((n, i) => unknownProperties(n, `${path}[${i}]`));
  if (typeof node !== 'object' || node === null) return [];
  const obj = node as Record<string, unknown>;
  const type = obj['@type'];
  if (typeof type !== 'string' || !PROPERTIES[type]) return [`${path}: no known @type (${String(type)})`];
  const allowed = PROPERTIES[type]!;
  return Object.entries(obj).flatMap(([key, value]) =>
    key.startsWith('@')
      ? []
      : allowed.includes(key)
        ? unknownProperties(value, `${path}.${key}`)
        : [`${path}: ${type} has no property ${key}`],
  );
}
