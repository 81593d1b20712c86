import { readdirSync, writeFileSync } from 'node:fs';
import { exportClaimReviews } from '../core/claim-review';
import type { ClaimsDatabase } from '../core/claims-database';
import { formatProblem, formatTopicFile } from '../core/validate-claims';
import { readClaimsDir, readTopicFile } from './claims-dir';
import { join } from 'node:path';

/** `claims:check`: every problem in the database, one line each; exit 1 when any. */
export function checkClaimsCommand(dir: string): number {
  const { files, problems } = readClaimsDir(dir);
  for (const p of problems) console.error(formatProblem(p));
  const claims = files.reduce((n, f) => n + f.data.claims.length, 0);
  console.log(`${files.length} topic files, ${claims} claims, ${problems.length} problems`);
  return problems.length > 0 ? 1 : 0;
}

/** `claims:format`: rewrites every valid file in canonical form; invalid files are left untouched. */
export function formatClaimsCommand(dir: string, only: string[] = []): number {
  let failed = 0;
  const targets =
    only.length > 0
      ? only
      : readdirSync(dir)
          .filter((n) => n.endsWith('.json'))
          .map((n) => join(dir, n));
  for (const file of targets) {
    const { text, data, problems } = readTopicFile(file);
    problems.forEach((p) => console.error(formatProblem(p)));
    if (!data) {
      failed++;
      continue;
    }
    const canonical = formatTopicFile(data);
    if (canonical !== text) writeFileSync(file, canonical);
  }
  return failed > 0 ? 1 : 0;
}

/** `claims:report`: topics × claims × verdicts, as a Markdown table. */
export function reportClaimsCommand(dir: string): number {
  const { files, problems } = readClaimsDir(dir);
  const verdicts = ['supported', 'mixed', 'weak', 'unsupported', 'false'] as const;
  const total: Record<string, number> = {};
  console.log(`| topic | claims | ${verdicts.join(' | ')} |`);
  console.log(`|---|---:|${verdicts.map(() => '---:').join('|')}|`);
  for (const { data } of files) {
    const counts = verdicts.map((v) => data.claims.filter((c) => c.verdict === v).length);
    verdicts.forEach((v, i) => (total[v] = (total[v] ?? 0) + (counts[i] ?? 0)));
    console.log(`| ${data.topic} | ${data.claims.length} | ${counts.join(' | ')} |`);
  }
  const all = files.reduce((n, f) => n + f.data.claims.length, 0);
  console.log(`| **${files.length} topics** | **${all}** | ${verdicts.map((v) => total[v] ?? 0).join(' | ')} |`);
  if (problems.length > 0) console.error(`${problems.length} problems: run npm run claims:check`);
  return 0;
}

/** `claims:export --format claimreview`: the database as ClaimReview JSON-LD on standard output. */
export function exportClaimsCommand(args: string[], db: ClaimsDatabase): number {
  const at = args.indexOf('--format');
  const format = at >= 0 ? args[at + 1] : undefined;
  if (format !== 'claimreview') {
    console.error('usage: claims:export --format claimreview');
    return 2;
  }
  console.log(JSON.stringify(exportClaimReviews(db), null, 2));
  return 0;
}
