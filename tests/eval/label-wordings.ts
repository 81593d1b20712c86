/**
 * What the tools that read the labellers' own wordings share (label-proxy.ts, recurring.ts): the
 * half a page's labels fall in, the database they are scanned against, and the best reviewed mark
 * a wording gets when scanned alone with its topic named.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openClaimsDatabase } from '../../lib/cli/claims-dir';
import { sha256 } from '../../lib/cli/eval-locators';
import { buildIndex, type ClaimIndex } from '../../lib/core/claim-index';
import { findClaims, type ClaimMatch } from '../../lib/core/find-claims';
import { RECORDED_FREQUENCIES } from '../../lib/core/term-frequencies';

/** The half a page's labels are in: A where its file name's SHA-256 is even. Work looks at A and is judged on B. */
export const labelHalf = (file: string): 'A' | 'B' => (parseInt(sha256(file).slice(-1), 16) % 2 === 0 ? 'A' : 'B');

/** The database's index (claims/, or EVIDENT_CLAIMS_DIR as for the CLI) and its reviewed claims' ids. */
export function wordingIndex(): { index: ClaimIndex; reviewed: ReadonlySet<string> } {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const db = openClaimsDatabase(process.env.EVIDENT_CLAIMS_DIR ?? join(root, 'claims'));
  const index = buildIndex(db.topics, RECORDED_FREQUENCIES);
  return { index, reviewed: new Set(index.claims.map((c) => c.id)) };
}

/** The best-scoring reviewed mark a labelled wording gets, scanned alone with its topic named (the earlier on a tie). */
export function bestReviewedMark(
  { index, reviewed }: ReturnType<typeof wordingIndex>,
  label: { claim: string; topic: string },
): ClaimMatch | undefined {
  return findClaims(label.claim, index, { topics: [label.topic] })
    .filter((m) => reviewed.has(m.claimId))
    .sort((a, b) => b.score - a.score || a.start - b.start)[0];
}
