/**
 * Where verdict-pole disagreements come from (issue 6): for every labelled claim a scan finds,
 * the kind of mark whose verdict was read (a reviewed claim of the labelled topic, a reviewed
 * claim of another topic, an unreviewed mark judged by the closest reviewed claim, by the topic
 * profile's default, by an evidence statement), and the pole pairs (labelled → marked) within
 * each. A developer's tool for the tuning split or a fresh round's labels, never for the frozen
 * split: `npx tsx tests/eval/pole-breakdown.ts LABELS.json CACHE_DIR [--pages PREFIX,...] [--examples KIND] [--skip-missing]` (KIND: the start
 * of a kind below, to print the disagreeing marks of that kind).
 * EVIDENT_CLAIMS_DIR points it at another copy of the database, as for the CLI.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readLabels } from '../../lib/cli/eval-command';
import { openClaimsDatabase } from '../../lib/cli/claims-dir';
import { scanFile } from '../../lib/cli/scan-command';
import { buildIndex } from '../../lib/core/claim-index';
import { RECORDED_FREQUENCIES } from '../../lib/core/term-frequencies';
import { bestMatch, pole } from '../../lib/core/evaluate';

const args = process.argv.slice(2);
const at = args.indexOf('--pages');
const prefixes = at >= 0 ? args.splice(at, 2)[1]!.split(',') : null;
const ex = args.indexOf('--examples');
const showKind = ex >= 0 ? args.splice(ex, 2)[1]! : null;
const sk = args.indexOf('--skip-missing');
const skipped = sk >= 0 ? (args.splice(sk, 1), []) : undefined;
const [labelsPath, dir] = args;
if (!labelsPath || !dir) {
  console.error(
    'usage: pole-breakdown.ts LABELS.json CACHE_DIR [--pages PREFIX,...] [--examples KIND] [--skip-missing]',
  );
  process.exit(2);
}
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const db = openClaimsDatabase(process.env.EVIDENT_CLAIMS_DIR ?? join(root, 'claims'));
const index = buildIndex(db.topics, RECORDED_FREQUENCIES);
const topicOfClaim = new Map(index.claims.map((c) => [c.id, c.topic] as const));
const labels = readLabels(labelsPath, dir, skipped).filter(
  (p) => p.kind !== 'negative' && (!prefixes || prefixes.some((x) => p.file.startsWith(x))),
);

const kindOf = (claimId: string, labelTopic: string): string => {
  const parts = claimId.split(':');
  if (parts[0] !== 'unreviewed')
    return topicOfClaim.get(claimId) === labelTopic ? 'reviewed, same topic' : 'reviewed, other topic';
  if (parts[2] === 'evidence') return 'unreviewed, evidence statement';
  if (parts[2] === 'naming') return 'unreviewed, naming';
  return parts.length > 3 ? `unreviewed ${parts[2]}, closest claim` : `unreviewed ${parts[2]}, topic default`;
};

const rows = new Map<string, { n: number; agreed: number; pairs: Map<string, number> }>();
let found = 0;
for (const page of labels) {
  const { matches } = scanFile(join(dir, page.file), db, index);
  const bestOf = page.claims.map((q) => bestMatch(matches, q.quote));
  for (const [qi, q] of page.claims.entries()) {
    const best = bestOf[qi];
    if (!best) continue;
    const sharedMark = bestOf.some((b, j) => j !== qi && b === best);
    found++;
    const k = kindOf(best.claimId, q.topic) + (sharedMark ? ' (mark shared)' : '');
    const row = rows.get(k) ?? { n: 0, agreed: 0, pairs: new Map() };
    rows.set(k, row);
    row.n++;
    if (pole(best.verdict) === pole(q.verdict)) row.agreed++;
    else {
      const pair = `${pole(q.verdict)} → ${pole(best.verdict)}`;
      row.pairs.set(pair, (row.pairs.get(pair) ?? 0) + 1);
      if (showKind !== null && k.startsWith(showKind))
        console.log(
          `${page.file} [${q.topic} ${q.verdict}] ${best.claimId} ${best.verdict}: “${q.quote.replace(/\s+/g, ' ').slice(0, 140)}”`,
        );
    }
  }
}
console.log(`${labels.length} pages, ${found} labelled claims found; pole agreement by the kind of mark read:`);
for (const [k, r] of [...rows].sort((a, b) => b[1].n - a[1].n)) {
  const pairs = [...r.pairs]
    .sort((a, b) => b[1] - a[1])
    .map(([p, n]) => `${p} ${n}`)
    .join('; ');
  console.log(
    `  ${k.padEnd(34)} ${String(r.n).padStart(5)} (${((100 * r.n) / found).toFixed(0)}%)  agree ${(r.agreed / r.n).toFixed(2)}  ${pairs}`,
  );
}
