import type { ClaimRecord } from './claim-types';
import type { ClaimsDatabase } from './claims-database';
import { appraisalReason, appraisalVerdict } from './evidence-statements';
import { hasPreclinicalEvidence } from './claim-index';
import { parseUnreviewedId } from './unreviewed-id';

/**
 * The record behind a mark: a reviewed claim by its id, or, for a claim found but not
 * reviewed individually (`unreviewed:<topic>:<kind>`), one made from its topic's profile:
 * the default verdict for that kind of claim, why, and what the evidence says overall; or,
 * when a reviewed claim of the topic comes close to the page's wording, that claim's verdict,
 * summary and sources, introduced as the closest reviewed claim.
 */
export function claimRecord(db: ClaimsDatabase, claimId: string): ClaimRecord | undefined {
  const unreviewed = parseUnreviewedId(claimId);
  if (!unreviewed) return db.byId.get(claimId);
  const { topic, kind, closest, evidence } = unreviewed;
  if (closest) {
    const near = db.byId.get(closest);
    if (!near) return undefined;
    return {
      ...near,
      id: claimId,
      claim: `Not reviewed in these words. The closest claim Evident has reviewed: ${near.claim}`,
      phrasings: [],
      kind,
    };
  }
  const file = db.topics.find((t) => t.topic === topic);
  const profile = file?.profile;
  if (evidence && profile) {
    const { certainty } = profile.humanEvidence;
    const preclinical = hasPreclinicalEvidence(profile);
    return {
      id: claimId,
      topic,
      claim: `A statement about how strong the evidence on ${file.names[0] ?? topic} is.`,
      phrasings: [],
      verdict: appraisalVerdict(evidence, certainty, preclinical),
      certainty,
      evidence: profile.humanEvidence.kind,
      summary: `${appraisalReason(evidence, certainty, preclinical)} What the evidence says overall: ${profile.humanEvidence.summary}`,
      sources: profile.sources,
      reviewed: profile.reviewed,
      kind,
    };
  }
  const verdict = profile?.defaults[kind];
  if (!profile || !verdict) return undefined;
  return {
    id: claimId,
    topic,
    claim: `${/^[aeiou]/.test(kind) ? 'An' : 'A'} ${kind} claim about ${file.names[0] ?? topic} that Evident has not reviewed individually.`,
    phrasings: [],
    verdict: verdict.verdict,
    certainty: profile.humanEvidence.certainty,
    evidence: profile.humanEvidence.kind,
    summary: `${verdict.reason} What the evidence says overall: ${profile.humanEvidence.summary}`,
    sources: profile.sources,
    reviewed: profile.reviewed,
    kind,
  };
}
