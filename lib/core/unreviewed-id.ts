import type { ClaimKind } from './claim-types';

/**
 * The id of a mark for a claim found but not reviewed individually:
 * `unreviewed:<topic>:<kind>`, judged by the topic's profile, or
 * `unreviewed:<topic>:<kind>:<claim id>`, judged by the closest reviewed claim of the topic.
 * One home for the format, kept free of the matcher so the popover can ask it cheaply.
 */
export function unreviewedId(topic: string, kind: ClaimKind, closest?: string): string {
  return closest ? `unreviewed:${topic}:${kind}:${closest}` : `unreviewed:${topic}:${kind}`;
}

export function isUnreviewed(claimId: string): boolean {
  return claimId.startsWith('unreviewed:');
}

/** The topic and kind an unreviewed id names (and the closest reviewed claim, if it has one), or null for a reviewed claim's id. */
export function parseUnreviewedId(claimId: string): { topic: string; kind: ClaimKind; closest?: string } | null {
  if (!isUnreviewed(claimId)) return null;
  const [, topic, kind, closest] = claimId.split(':') as [string, string, ClaimKind, string | undefined];
  return closest ? { topic, kind, closest } : { topic, kind };
}

/** What the popover says about a verdict Evident did not give the claim itself. */
export function unreviewedNote(claimId: string): string {
  return parseUnreviewedId(claimId)?.closest
    ? 'Not reviewed individually: this verdict, summary and source are those of the closest claim ' +
        'Evident has reviewed; the page’s wording differs from it.'
    : 'Not reviewed individually: this verdict is the usual one for such claims about this subject, ' +
        'from what the evidence on it says overall.';
}
