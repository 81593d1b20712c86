import type { Verdict } from './claim-types';

/**
 * A fact-checker's rating read as one of our verdicts (DESIGN.md, the verdict rubric). The
 * label (`reviewRating.alternateName`) is what fact-checkers publish and what Google's
 * ClaimReview guidance requires, so it decides; lower case, punctuation ignored.
 *
 * | label                                                                 | verdict     |
 * | --------------------------------------------------------------------- | ----------- |
 * | supported, true, correct, accurate, verified                          | supported   |
 * | mixed, mixture, mostly true, half true, partly true, partly false,     | mixed       |
 * | misleading, exaggerated, overstated, needs/missing/lacks context,      |             |
 * | out of context                                                        |             |
 * | weak evidence, weak, plausible, limited evidence                      | weak        |
 * | unsupported, unproven, unverified, unsubstantiated, no evidence,       | unsupported |
 * | insufficient evidence                                                 |             |
 * | false, incorrect, inaccurate, mostly false, wrong, fake, fabricated,   | false       |
 * | pants on fire, debunked                                               |             |
 *
 * "Mostly true" is mixed and "mostly false" false: our mixed is "partly right", and a
 * mostly-false claim is one the evidence contradicts in what matters.
 */
const LABELS: ReadonlyMap<string, Verdict> = new Map(
  (
    [
      ['supported', ['supported', 'true', 'correct', 'accurate', 'verified']],
      [
        'mixed',
        [
          'mixed',
          'mixture',
          'mostly true',
          'half true',
          'partly true',
          'partly false',
          'misleading',
          'exaggerated',
          'overstated',
          'needs context',
          'missing context',
          'lacks context',
          'out of context',
        ],
      ],
      ['weak', ['weak evidence', 'weak', 'plausible', 'limited evidence']],
      [
        'unsupported',
        ['unsupported', 'unproven', 'unverified', 'unsubstantiated', 'no evidence', 'insufficient evidence'],
      ],
      [
        'false',
        [
          'false',
          'incorrect',
          'inaccurate',
          'mostly false',
          'wrong',
          'fake',
          'fabricated',
          'pants on fire',
          'debunked',
        ],
      ],
    ] as const
  ).flatMap(([verdict, labels]) => labels.map((label) => [label, verdict] as const)),
);

const normalise = (label: string) =>
  label
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Without a known label, a number decides only where it is unambiguous: the ends of any
 * scale (best: supported, worst: false), and on the common 1–5 scale 2 (unsupported) and
 * 4 (mixed). A 3 of 5 is weak or mixed on our own scale and is refused.
 */
const ON_ONE_TO_FIVE: Record<number, Verdict> = { 1: 'false', 2: 'unsupported', 4: 'mixed', 5: 'supported' };

/** The outcome of reading a rating: a verdict, or which field failed and why. */
export type RatingReading = { verdict: Verdict } | { field: string; message: string };

export function verdictFromRating(rating: unknown): RatingReading {
  if (typeof rating !== 'object' || rating === null)
    return { field: 'reviewRating', message: 'is missing: a ClaimReview needs a rating to import' };
  const r = rating as Record<string, unknown>;
  const label = typeof r.alternateName === 'string' ? normalise(r.alternateName) : '';
  const byLabel = LABELS.get(label);
  if (byLabel) return { verdict: byLabel };
  const num = (v: unknown, fallback: number) =>
    typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : fallback;
  const value = num(r.ratingValue, NaN);
  const best = num(r.bestRating, 5);
  const worst = num(r.worstRating, 1);
  if (Number.isFinite(value) && Number.isFinite(best) && Number.isFinite(worst) && best !== worst) {
    if (value === best) return { verdict: 'supported' };
    if (value === worst) return { verdict: 'false' };
    const onScale = best === 5 && worst === 1 ? ON_ONE_TO_FIVE[value] : undefined;
    if (onScale) return { verdict: onScale };
  }
  if (label)
    return {
      field: 'reviewRating.alternateName',
      message: `"${String(r.alternateName)}" is not a rating Evident can map to a verdict (see claim-review-ratings.ts)`,
    };
  return {
    field: 'reviewRating.ratingValue',
    message: `${JSON.stringify(r.ratingValue)} on a ${worst}–${best} scale cannot be mapped to a verdict without a label (alternateName)`,
  };
}
