import type { ClaimRecord, TopicFile, Verdict } from './claim-types';
import type { ClaimsDatabase } from './claims-database';

/** Where a verdict sits on ClaimReview's numeric scale (1 worst, 5 best), beside its name. */
export const RATING: Record<Verdict, number> = { false: 1, unsupported: 2, weak: 3, mixed: 3, supported: 5 };
export const LABEL: Record<Verdict, string> = {
  supported: 'Supported',
  mixed: 'Mixed',
  weak: 'Weak evidence',
  unsupported: 'Unsupported',
  false: 'False',
};

/**
 * What ClaimReview has no field for (GRADE certainty, the kind of evidence, the claim's scope
 * and kind) goes into the rating's explanation as plain sentences a reader can read and an
 * import can read back (claim-review-import.ts).
 */
export function ratingExplanation(claim: ClaimRecord): string {
  return [
    `Certainty of the evidence (GRADE): ${claim.certainty}.`,
    `Kind of evidence: ${claim.evidence}.`,
    ...(claim.scope ? [`Stated about: ${claim.scope}.`] : []),
    ...(claim.kind ? [`Kind of claim: ${claim.kind}.`] : []),
  ].join(' ');
}

/** One claim as a schema.org ClaimReview: what it claims, the verdict as a rating, and the sources as citations. */
export function claimReview(
  claim: ClaimRecord,
  author: string,
  names: readonly string[] = [],
): Record<string, unknown> {
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
      ratingExplanation: ratingExplanation(claim),
    },
    itemReviewed: {
      '@type': 'Claim',
      about: {
        '@type': 'Thing',
        identifier: claim.topic,
        name: names[0] ?? claim.topic,
        ...(names.length > 1 ? { alternateName: names.slice(1) } : {}),
      },
      appearance: claim.phrasings.map((text) => ({ '@type': 'CreativeWork', text })),
    },
    citation: claim.sources.map((s) => ({
      '@type': 'ScholarlyArticle',
      name: s.title,
      datePublished: String(s.year),
      // The kind of record (trial, label, review…): a CreativeWork's genre.
      genre: s.kind,
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

/** Topic files (bundled claims and packs) as a JSON-LD array of ClaimReview items, in id order. */
export function topicsAsClaimReviews(topics: readonly TopicFile[], author = 'Evident'): Record<string, unknown>[] {
  return topics
    .flatMap((t) => t.claims.map((c) => ({ record: { ...c, topic: t.topic }, names: t.names })))
    .sort((a, b) => (a.record.id < b.record.id ? -1 : 1))
    .map(({ record, names }) => claimReview(record, author, names));
}

/** The whole database as a JSON-LD array of ClaimReview items, in id order. */
export function exportClaimReviews(db: ClaimsDatabase, author = 'Evident'): Record<string, unknown>[] {
  return topicsAsClaimReviews(db.topics, author);
}
