/**
 * Two checkouts' engines side by side in Node, for a change's before/after (issue 8): both
 * loaded in one process, each scanning the bench's 1 MB of text (run.ts) against the database
 * and against ten times the claims (tenfold-claims.ts), the four timed in interleaved rounds
 * (CPU time, as run.ts). A burst of load from other processes then hits all four alike, and
 * B over A paired by round holds where two runs of run.ts, one per checkout, differ by more
 * than most changes (its ten-times ratio read 1.45x to 1.59x for one build in one morning).
 *
 *   BENCH_A=/path/to/other/checkout [BENCH_B=.] [BENCH_ROUNDS=11] npx tsx tests/bench/node-ab.ts
 */
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIndex } from '../../lib/core/claim-index';
import { RECORDED_FREQUENCIES } from '../../lib/core/term-frequencies';
import { readClaimsDir } from '../../lib/cli/claims-dir';
import { readPageText } from '../../lib/cli/read-page';
import { tenfoldClaims } from './tenfold-claims';

type FindClaims = typeof import('../../lib/core/find-claims').findClaims;

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
if (!process.env.BENCH_A) throw new Error('BENCH_A: the other checkout (e.g. a `git worktree add --detach` of main)');
const checkouts = { A: resolve(process.env.BENCH_A), B: resolve(process.env.BENCH_B ?? root) };
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 11);

const engine = async (dir: string): Promise<FindClaims> =>
  ((await import(join(dir, 'lib', 'core', 'find-claims.ts'))) as { findClaims: FindClaims }).findClaims;
const engines = { A: await engine(checkouts.A), B: await engine(checkouts.B) };

const topics = readClaimsDir(process.env.EVIDENT_CLAIMS_DIR ?? join(root, 'claims')).files.map((f) => f.data);
const corpus = join(root, '..', 'shared', 'corpus');
const texts = readdirSync(corpus)
  .filter((n) => /^\d{3}_.*\.txt$/.test(n))
  .sort()
  .map((n) => readPageText(join(corpus, n)).text);
let mb = '';
while (mb.length < 1_000_000) for (const t of texts) mb += `${t}\n`;
mb = mb.slice(0, 1_000_000);
// One index of each size, built by B: both engines read the same plain data (each keeps its own caches).
const one = buildIndex(topics, RECORDED_FREQUENCIES);
const ten = buildIndex(tenfoldClaims(topics), RECORDED_FREQUENCIES);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const contenders = [
  () => engines.A(mb, one),
  () => engines.A(mb, ten),
  () => engines.B(mb, one),
  () => engines.B(mb, ten),
];
for (const fn of contenders) fn(); // warm-up
const xs = contenders.map((): number[] => []);
for (let i = 0; i < ROUNDS; i++) {
  for (let j = 0; j < contenders.length; j++) {
    const k = (i + j) % contenders.length; // each round starts with the next contender
    const t = cpuNow();
    contenders[k]!();
    xs[k]!.push(cpuNow() - t);
  }
}
const paired = (a: number, b: number) => median(xs[a]!.map((x, i) => xs[b]![i]! / x));
const [a1, a10, b1, b10] = xs.map(median) as [number, number, number, number];
console.log(`A = ${checkouts.A}\nB = ${checkouts.B}\n1 MB of text, ${ROUNDS} interleaved rounds, CPU medians:`);
console.log(
  `  A: ${a1.toFixed(0)} ms, ten times the claims ${a10.toFixed(0)} ms = ${paired(0, 1).toFixed(2)}x (paired)`,
);
console.log(
  `  B: ${b1.toFixed(0)} ms, ten times the claims ${b10.toFixed(0)} ms = ${paired(2, 3).toFixed(2)}x (paired)`,
);
console.log(`  B/A paired: ${paired(0, 2).toFixed(2)} at 1x, ${paired(1, 3).toFixed(2)} at 10x`);
