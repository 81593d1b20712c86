/**
 * A blind verdict audit (issue 6): reviewers who never saw the database give their own verdict on
 * claims as pages word them; this holds their verdicts against the database's, by verdict pole.
 */
import { isVerdict, VERDICTS } from '../../lib/core/claim-types';
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

/**
 * An audit file's entries, checked: an array of `{ claimId, reviewers: [{ verdict, why }, ...] }` with
 * two or more reviewers and verdicts the rubric knows. A typo in a verdict would otherwise count as
 * "doubtful" (evaluate.ts's pole), so it is named instead, with the entry it is in.
 */
export function readAudit(data: unknown, source: string): AuditedClaim[] {
  if (!Array.isArray(data)) throw new Error(`${source}: must be an array of { claimId, reviewers }`);
  data.forEach((entry: unknown, i) => {
    const e = entry as Partial<AuditedClaim> | null;
    const where = `${source}: entry ${i + 1}${typeof e?.claimId === 'string' ? ` (${e.claimId})` : ''}`;
    if (typeof e?.claimId !== 'string' || e.claimId === '') throw new Error(`${where} must have "claimId" (a string)`);
    if (!Array.isArray(e.reviewers) || e.reviewers.length < 2)
      throw new Error(`${where} must have "reviewers" (two or more { verdict, why })`);
    e.reviewers.forEach((r, k) => {
      if (!isVerdict((r as { verdict?: unknown } | null)?.verdict))
        throw new Error(`${where}: reviewer ${k + 1}'s verdict must be one of ${VERDICTS.join(', ')}`);
    });
  });
  return data as AuditedClaim[];
}
