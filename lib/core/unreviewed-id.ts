import type { ClaimKind } from './claim-types';

/**
 * The id of a mark for a claim found but not reviewed individually: `unreviewed:<topic>:<kind>`.
 * One home for the format, kept free of the matcher so the popover can ask it cheaply.
 */
export function unreviewedId(topic: string, kind: ClaimKind): string {
  return `unreviewed:${topic}:${kind}`;
}

export function isUnreviewed(claimId: string): boolean {
  return claimId.startsWith('unreviewed:');
}

/** The topic and kind an unreviewed id names, or null for a reviewed claim's id. */
export function parseUnreviewedId(claimId: string): { topic: string; kind: ClaimKind } | null {
  if (!isUnreviewed(claimId)) return null;
  const [, topic, kind] = claimId.split(':') as [string, string, ClaimKind];
  return { topic, kind };
}
