import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { readClaimPack } from '../core/claim-pack';
import type { ClaimsDatabase } from '../core/claims-database';
import { formatProblem, formatTopicFile } from '../core/validate-claims';

const USAGE = 'usage: claims:import FILE [--out PACK.json | --check]';

/**
 * `claims:import FILE`: reads a claims pack or a ClaimReview JSON-LD file exactly as the
 * options page would (against the installed claims) and writes it as a claims pack the
 * options page imports (`--out`, default FILE with `.pack.json`), or only checks it
 * (`--check`). Any problem is named and nothing is written; an existing file is never
 * overwritten.
 */
export function importClaimsCommand(args: string[], db: ClaimsDatabase): number {
  const at = args.indexOf('--out');
  const out = at >= 0 ? args[at + 1] : undefined;
  const check = args.includes('--check');
  const files = args.filter((a, i) => a !== '--check' && !(at >= 0 && (i === at || i === at + 1)));
  if (files.length !== 1 || (at >= 0 && !out) || (check && out)) {
    console.error(USAGE);
    return 2;
  }
  const file = files[0]!;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    console.error(`${file}: cannot be read (${(err as Error).message})`);
    return 1;
  }
  const r = readClaimPack(text, basename(file), db.topics);
  if (!r.ok) {
    for (const p of r.problems) console.error(formatProblem(p));
    console.error(`${file} was not imported: ${r.problems.length} problem${r.problems.length === 1 ? '' : 's'}`);
    return 1;
  }
  const claims = r.topics.reduce((n, t) => n + t.claims.length, 0);
  const summary = `${r.topics.length} topic${r.topics.length === 1 ? '' : 's'}, ${claims} claim${claims === 1 ? '' : 's'}`;
  if (check) {
    console.log(`${file}: ${summary}, ready to import`);
    return 0;
  }
  const target = out ?? file.replace(/(\.jsonld|\.json)?$/i, '.pack.json');
  if (existsSync(target)) {
    console.error(`${target} exists; choose another name with --out (nothing was written)`);
    return 1;
  }
  // Each topic in the canonical form of claims/*.json, so a pack reads like the database.
  const topics = r.topics.map((t) => JSON.parse(formatTopicFile(t)) as unknown);
  writeFileSync(target, `${JSON.stringify({ topics }, null, 2)}\n`);
  console.log(`${target}: ${summary}`);
  return 0;
}
