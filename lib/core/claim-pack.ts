import type { TopicFile } from './claim-types';
import { checkDatabase } from './check-database';
import { isClaimReviewDocument, topicsFromClaimReviews } from './claim-review-import';
import { checkTopicFile, type ClaimsProblem } from './validate-claims';

/**
 * What one pack may hold. A pack is read by every scan in the background, so its size is
 * every page's cost; these are an editor's whole topic list, several times over.
 */
export const PACK_LIMITS = { bytes: 2_000_000, topics: 200, claims: 5_000, phrasings: 25_000 } as const;

/** The outcome of reading a claims pack: its topics, or every problem named. */
export type PackReading = { ok: true; topics: TopicFile[] } | { ok: false; problems: ClaimsProblem[] };

/**
 * Reads a claims pack an editor imports: one topic file, an array of them, or
 * `{ "topics": [...] }`, in the same schema as claims/*.json; or schema.org ClaimReview
 * JSON-LD (one item, an array, or a `@graph`), converted by claim-review-import.ts.
 * Every problem is named by file, claim id and field, including clashes with the claims
 * already installed (`existing`); a pack with any problem is refused whole, so nothing
 * half-imports.
 */
export function readClaimPack(text: string, name: string, existing: readonly TopicFile[]): PackReading {
  const tooBig = (field: string, what: string) => ({
    ok: false as const,
    problems: [{ file: name, claimId: null, field, message: what }],
  });
  if (text.length > PACK_LIMITS.bytes)
    return tooBig('(size)', `the pack is ${text.length} characters; the limit is ${PACK_LIMITS.bytes}`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { ok: false, problems: [{ file: name, claimId: null, field: '(json)', message: (err as Error).message }] };
  }
  // A ClaimReview JSON-LD file (ours or a fact-checker's) is read as the claims files it describes.
  if (isClaimReviewDocument(data)) {
    const converted = topicsFromClaimReviews(data, name, new Set(existing.map((t) => t.topic)));
    if (!converted.ok) return converted;
    data = converted.topics;
  }
  const list = Array.isArray(data)
    ? data
    : typeof data === 'object' && data !== null && Array.isArray((data as { topics?: unknown }).topics)
      ? (data as { topics: unknown[] }).topics
      : [data];
  if (list.length === 0) {
    return { ok: false, problems: [{ file: name, claimId: null, field: '(root)', message: 'the pack has no topics' }] };
  }
  if (list.length > PACK_LIMITS.topics)
    return tooBig('(topics)', `the pack has ${list.length} topics; the limit is ${PACK_LIMITS.topics}`);
  const claims = list.flatMap((t) =>
    Array.isArray((t as { claims?: unknown }).claims) ? (t as { claims: unknown[] }).claims : [],
  );
  if (claims.length > PACK_LIMITS.claims)
    return tooBig('(claims)', `the pack has ${claims.length} claims; the limit is ${PACK_LIMITS.claims}`);
  const phrasings = claims.reduce<number>(
    (n, c) =>
      n +
      (Array.isArray((c as { phrasings?: unknown }).phrasings) ? (c as { phrasings: unknown[] }).phrasings.length : 0),
    0,
  );
  if (phrasings > PACK_LIMITS.phrasings)
    return tooBig('(phrasings)', `the pack has ${phrasings} phrasings; the limit is ${PACK_LIMITS.phrasings}`);
  const problems: ClaimsProblem[] = [];
  list.forEach((topic, i) =>
    problems.push(...checkTopicFile(topic, list.length > 1 ? `${name} (topic ${i + 1})` : name)),
  );
  if (problems.length > 0) return { ok: false, problems };
  const topics = list as TopicFile[];
  const clashes = checkDatabase([
    ...existing.map((data) => ({ file: `installed topic ${data.topic}`, data })),
    ...topics.map((data) => ({ file: name, data })),
  ]).filter((p) => p.file === name);
  return clashes.length > 0 ? { ok: false, problems: clashes } : { ok: true, topics };
}
