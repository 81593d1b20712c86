import type { ClaimRecord, Verdict } from './claim-types';
import type { ClaimsDatabase } from './claims-database';

/** Where a verdict sits on ClaimReview's numeric scale (1 worst, 5 best), beside its name. */
const RATING: Record<Verdict, number> = { false: 1, unsupported: 2, weak: 3, mixed: 3, supported: 5 };
const LABEL: Record<Verdict, string> = {
  supported: 'Supported',
  mixed: 'Mixed',
  weak: 'Weak evidence',
  unsupported: 'Unsupported',
  false: 'False',
};

/** One claim as a schema.org ClaimReview: what it claims, the verdict as a rating, and the sources as citations. */
export function claimReview(claim: ClaimRecord, author: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    identifier: claim.id,
    claimReviewed: claim.claim,
    datePublished: claim.reviewed,
    author: { '@type': 'Organization', name: author },
    reviewBody: claim.summary,
    reviewRating: {
      '@type': 'Rating',
      ratingValue: RATING[claim.verdict],
      bestRating: 5,
      worstRating: 1,
      alternateName: LABEL[claim.verdict],
    },
    itemReviewed: {
      '@type': 'Claim',
      about: { '@type': 'Thing', name: claim.topic },
      appearance: claim.phrasings.map((text) => ({ '@type': 'CreativeWork', text })),
    },
    citation: claim.sources.map((s) => ({
      '@type': 'ScholarlyArticle',
      name: s.title,
      datePublished: String(s.year),
      url: s.url,
      ...(s.pmid || s.doi
        ? {
            identifier: [
              ...(s.pmid ? [{ '@type': 'PropertyValue', propertyID: 'PMID', value: s.pmid }] : []),
              ...(s.doi ? [{ '@type': 'PropertyValue', propertyID: 'DOI', value: s.doi }] : []),
            ],
          }
        : {}),
    })),
  };
}

/** The whole database as a JSON-LD array of ClaimReview items, in id order. */
export function exportClaimReviews(db: ClaimsDatabase, author = 'Evident'): Record<string, unknown>[] {
  return [...db.byId.values()].sort((a, b) => (a.id < b.id ? -1 : 1)).map((c) => claimReview(c, author));
}
