/**
 * A blind verdict audit (issue 6): reviewers who never saw the database give their own verdict on
 * claims as pages word them; this holds their verdicts against the database's, by verdict pole.
 */
import { pole } from '../../lib/core/evaluate';

/** One audited claim: the two reviewers' verdicts, each with a one-line reason. */
export interface AuditedClaim {
  claimId: string;
  reviewers: { verdict: string; why: string }[];
}

/**
 * Per reviewer (by position), how often its pole is the database's; how often the reviewers agree with
 * each other; and the claims every reviewer puts in one pole other than the database's (the queue a
 * curator reviews with sources). Claims no longer in the database are counted as gone.
 */
export function auditAgreement(
  audited: readonly AuditedClaim[],
  verdictOf: ReadonlyMap<string, string>,
): { audited: number; gone: number; withDatabase: number[]; reviewersAgree: number; queue: string[] } {
  const out = { audited: 0, gone: 0, withDatabase: [] as number[], reviewersAgree: 0, queue: [] as string[] };
  for (const a of audited) {
    const db = verdictOf.get(a.claimId);
    if (db === undefined) {
      out.gone++;
      continue;
    }
    out.audited++;
    const poles = a.reviewers.map((r) => pole(r.verdict));
    poles.forEach((p, i) => (out.withDatabase[i] = (out.withDatabase[i] ?? 0) + (p === pole(db) ? 1 : 0)));
    if (poles.every((p) => p === poles[0])) {
      out.reviewersAgree++;
      if (poles[0] !== pole(db)) out.queue.push(a.claimId);
    }
  }
  return out;
}
