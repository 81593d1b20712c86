/**
 * Draws a reproducible random sample of claims for a manual source audit (claims/README.md,
 * "Audit procedure"). Seeded so two auditors, or one auditor a month later, check the same
 * claims: `npx tsx tests/claims/audit-sample.ts [SEED] [N]`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Claim, TopicFile } from '../../lib/core/claim-types';
import { mulberry32 } from '../seeded-random';

const DEFAULT_SEED = 20261203;
const DEFAULT_N = 30;

const seed = Number(process.argv[2] ?? DEFAULT_SEED);
const n = Number(process.argv[3] ?? DEFAULT_N);
if (!Number.isInteger(seed) || !Number.isInteger(n) || n < 1) {
  console.error('usage: npx tsx tests/claims/audit-sample.ts [SEED] [N]');
  process.exit(2);
}

const dir = join(import.meta.dirname, '..', '..', 'claims');
const claims: Claim[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as TopicFile).claims)
  .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

// Partial Fisher–Yates: the first n slots become a uniform sample without replacement.
const random = mulberry32(seed);
const pool = [...claims];
const count = Math.min(n, pool.length);
for (let i = 0; i < count; i++) {
  const j = i + Math.floor(random() * (pool.length - i));
  [pool[i], pool[j]] = [pool[j] as Claim, pool[i] as Claim];
}

console.log(`seed ${seed}, ${count} of ${claims.length} claims\n`);
pool.slice(0, count).forEach((c, i) => {
  console.log(`${i + 1}. ${c.id}  [${c.verdict} · ${c.certainty} · ${c.evidence}]`);
  console.log(`   claim: ${c.claim}`);
  console.log(`   summary: ${c.summary}`);
  for (const s of c.sources) {
    const ids = [s.pmid && `PMID ${s.pmid}`, s.doi && `doi ${s.doi}`].filter(Boolean).join(' · ');
    console.log(`   - ${s.title} (${s.year})${ids ? ` ${ids}` : ''}\n     ${s.url}`);
  }
  console.log('');
});
