import type { ClaimKind, Scope } from './claim-types';
import type { Appraisal, EvidenceStatement } from './evidence-statements';

/**
 * The id of a mark for a claim found but not reviewed individually:
 * `unreviewed:<topic>:<kind>`, judged by the topic's profile, or
 * `unreviewed:<topic>:<kind>:<claim id>`, judged by the closest reviewed claim of the topic, or
 * `unreviewed:<topic>:evidence:<appraisal>:<scope>`, a statement about the evidence itself
 * ("human data is limited"), judged against the profile's rating of it (an efficacy claim), or
 * `unreviewed:<topic>:naming:<other topic>`, two substances' names given as one ("Mounjaro,
 * also known as semaglutide"; name-identity.ts).
 * One home for the format, kept free of the matcher so the popover can ask it cheaply.
 */
export function unreviewedId(topic: string, kind: ClaimKind, closest?: string): string {
  return closest ? `unreviewed:${topic}:${kind}:${closest}` : `unreviewed:${topic}:${kind}`;
}

export function unreviewedNamingId(topic: string, other: string): string {
  return `unreviewed:${topic}:naming:${other}`;
}

export function unreviewedEvidenceId(topic: string, statement: EvidenceStatement): string {
  return `unreviewed:${topic}:evidence:${statement.appraisal}:${statement.scope}`;
}

export function isUnreviewed(claimId: string): boolean {
  return claimId.startsWith('unreviewed:');
}

/** The topic and kind an unreviewed id names (and the closest reviewed claim, if it has one), or null for a reviewed claim's id. */
export function parseUnreviewedId(
  claimId: string,
): { topic: string; kind: ClaimKind; closest?: string; evidence?: EvidenceStatement; naming?: string } | null {
  if (!isUnreviewed(claimId)) return null;
  const [, topic, kind, closest, scope] = claimId.split(':') as [string, string, string, string | undefined, string?];
  if (kind === 'naming' && closest) return { topic, kind: 'mechanism', naming: closest };
  if (kind === 'evidence')
    return { topic, kind: 'efficacy', evidence: { appraisal: closest as Appraisal, scope: scope as Scope } };
  return closest ? { topic, kind: kind as ClaimKind, closest } : { topic, kind: kind as ClaimKind };
}

/** What the popover says about a verdict Evident did not give the claim itself. */
export function unreviewedNote(claimId: string): string {
  const parsed = parseUnreviewedId(claimId);
  if (parsed?.naming)
    return 'Not reviewed individually: Evident holds the two names against its own record of each substance.';
  if (parsed?.evidence)
    return 'Not reviewed individually: Evident compared what the page says about the evidence with its own rating of the evidence on this subject.';
  return parsed?.closest
    ? 'Not reviewed individually: this verdict, summary and source are those of the closest claim ' +
        'Evident has reviewed; the page’s wording differs from it.'
    : 'Not reviewed individually: this verdict is the usual one for such claims about this subject, ' +
        'from what the evidence on it says overall.';
}
