/**
 * The blind verdict audit against the database as it is now (issue 6): `tests/eval/audit/*.json` hold
 * two reviewers' own verdicts on the claims pages make most often, given without sight of the database
 * (briefs in tests/eval/README.md). Prints how often each reviewer's pole is the database's, how often
 * they agree with each other, and the claims both put in another pole than the database's.
 *
 *   npx tsx tests/eval/verdict-audit.ts tests/eval/audit/blind-verdicts-2026-12-07.json
 *
 * EVIDENT_CLAIMS_DIR points it at another copy of the database, as for the CLI.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openClaimsDatabase } from '../../lib/cli/claims-dir';
import { auditAgreement, readAudit } from './audit-agreement';

const [path] = process.argv.slice(2);
if (!path) {
  console.error('usage: verdict-audit.ts AUDIT.json');
  process.exit(2);
}
const db = openClaimsDatabase(process.env.EVIDENT_CLAIMS_DIR ?? join(import.meta.dirname, '..', '..', 'claims'));
const verdictOf = new Map(db.topics.flatMap((t) => t.claims.map((c) => [c.id, c.verdict as string] as const)));
let audited;
try {
  audited = readAudit(JSON.parse(readFileSync(path, 'utf8')), path);
} catch (e) {
  console.error(`verdict-audit: ${(e as Error).message}`);
  process.exit(1);
}
const r = auditAgreement(audited, verdictOf);
const ratio = (a: number, b: number) => `${(a / b).toFixed(3)} (${a}/${b})`;
console.log(`claims audited ${r.audited}${r.gone ? ` (${r.gone} no longer in the database)` : ''}`);
r.withDatabase.forEach((n, i) => console.log(`reviewer ${i + 1} in the database's pole ${ratio(n, r.audited)}`));
console.log(`the reviewers in one pole ${ratio(r.reviewersAgree, r.audited)}`);
console.log(
  `both in another pole than the database's: ${r.queue.length}${r.queue.length ? `\n  ${r.queue.join('\n  ')}` : ''}`,
);
