/**
 * Where the engine's time goes in Node (issue 8): scans the seed pages (BENCH_PAGE: those whose
 * names start so) PROFILE_ROUNDS times (default 20) against claims/ (EVIDENT_CLAIMS_DIR) or, with
 * PROFILE_TENFOLD=1, against tests/bench/tenfold-claims.ts, under the V8 profiler started after
 * warm-up rounds (index building, caches and JIT are not what a page pays per scan), and writes
 * the profile to PROFILE_OUT (default the temporary directory's evident-scan.cpuprofile).
 * A developer's tool: `npx tsx tests/bench/scan-profile.ts`, then `npx tsx
 * tests/bench/self-time.ts` on the file it names.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIndex } from '../../lib/core/claim-index';
import { RECORDED_FREQUENCIES } from '../../lib/core/term-frequencies';
import { findClaims } from '../../lib/core/find-claims';
import { readClaimsDir } from '../../lib/cli/claims-dir';
import { readPageText } from '../../lib/cli/read-page';
import { tenfoldClaims } from './tenfold-claims';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpus = join(root, '..', 'shared', 'corpus');
const topics = readClaimsDir(process.env.EVIDENT_CLAIMS_DIR ?? join(root, 'claims')).files.map((f) => f.data);
const index = buildIndex(process.env.PROFILE_TENFOLD === '1' ? tenfoldClaims(topics) : topics, RECORDED_FREQUENCIES);
const texts = readdirSync(corpus)
  .filter((n) => /^\d{3}_.*\.txt$/.test(n) && n.startsWith(process.env.BENCH_PAGE ?? ''))
  .sort()
  .map((n) => readPageText(join(corpus, n)).text);
for (let r = 0; r < 15; r++) for (const t of texts) findClaims(t, index); // warm-up, as in run.ts
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
await session.post('Profiler.start');
const t0 = performance.now();
let marks = 0;
for (let r = 0; r < Number(process.env.PROFILE_ROUNDS ?? 20); r++)
  for (const t of texts) marks += findClaims(t, index).length;
console.log(`${marks} marks, ${(performance.now() - t0).toFixed(0)} ms`);
const { profile } = await session.post('Profiler.stop');
const out = process.env.PROFILE_OUT ?? join(tmpdir(), 'evident-scan.cpuprofile');
writeFileSync(out, JSON.stringify(profile));
console.log(`profile: ${out}`);
