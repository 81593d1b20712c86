import type { ClaimRecord, Verdict } from './claim-types';
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
  const { topic, kind, closest, evidence, naming } = unreviewed;
  if (naming) return namingRecord(db, claimId, topic, naming);
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
  if (!profile) return undefined;
  const name = file.names[0] ?? topic;
  const { certainty } = profile.humanEvidence;
  // What the record says of the claim, and why: a statement about the evidence is judged
  // against the profile's rating of it; any other claim gets the profile's default for its kind.
  let judged: { claim: string; verdict: Verdict; why: string };
  if (evidence) {
    const preclinical = hasPreclinicalEvidence(profile);
    judged = {
      claim: `A statement about how strong the evidence on ${name} is.`,
      verdict: appraisalVerdict(evidence, certainty, preclinical),
      why: appraisalReason(evidence, certainty, preclinical),
    };
  } else {
    const byDefault = profile.defaults[kind];
    if (!byDefault) return undefined;
    judged = {
      claim: `${/^[aeiou]/.test(kind) ? 'An' : 'A'} ${kind} claim about ${name} that Evident has not reviewed individually.`,
      verdict: byDefault.verdict,
      why: byDefault.reason,
    };
  }
  return {
    id: claimId,
    topic,
    claim: judged.claim,
    phrasings: [],
    verdict: judged.verdict,
    certainty,
    evidence: profile.humanEvidence.kind,
    summary: `${judged.why} What the evidence says overall: ${profile.humanEvidence.summary}`,
    sources: profile.sources,
    reviewed: profile.reviewed,
    kind,
  };
}

/**
 * The record behind two substances' names given as one: what each of them is, from each
 * topic's profile, with the sources of both.
 */
function namingRecord(db: ClaimsDatabase, claimId: string, topic: string, other: string): ClaimRecord | undefined {
  const [a, b] = [topic, other].map((t) => db.topics.find((f) => f.topic === t));
  if (!a?.profile || !b?.profile) return undefined;
  const [nameA, nameB] = [a.names[0] ?? a.topic, b.names[0] ?? b.topic];
  const claim = `The page gives ${nameA} and ${nameB} as one substance; they are two.`;
  return {
    id: claimId,
    topic,
    claim,
    phrasings: [],
    verdict: 'false',
    certainty: 'high',
    evidence: a.profile.humanEvidence.kind,
    summary: `${claim} ${a.profile.what} ${b.profile.what}`,
    sources: [...a.profile.sources.slice(0, 2), ...b.profile.sources.slice(0, 2)],
    reviewed: a.profile.reviewed,
    kind: 'mechanism',
  };
}
