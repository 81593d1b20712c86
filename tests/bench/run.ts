/**
 * `npm run bench`: medians for the budgets in DESIGN.md. Prints figures; asserts nothing
 * (timings are not tests). Browser main-thread figures come from tests/bench/browser.ts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TopicFile } from '../../lib/core/claim-types';
import { buildIndex } from '../../lib/core/claim-index';
import { findClaims } from '../../lib/core/find-claims';
import { readClaimsDir } from '../../lib/cli/claims-dir';
import { readPageText } from '../../lib/cli/read-page';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpus = join(root, '..', 'shared', 'corpus');
const topics = readClaimsDir(join(root, 'claims')).files.map((f) => f.data);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(fn: () => void, runs: number): number {
  fn(); // warm-up: JIT and compromise's lazy setup are not what a page pays per scan
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    xs.push(performance.now() - t);
  }
  return median(xs);
}

/** Nine synthetic copies of every claim: same shape and vocabulary, new names and ids. */
function multiply(files: TopicFile[], times: number): TopicFile[] {
  const out: TopicFile[] = [...files];
  for (let k = 1; k < times; k++) {
    for (const f of files) {
      const rename = (s: string) => f.names.reduce((acc, n) => acc.split(n).join(`${n.replace(/\W/g, '')}x${k}`), s);
      out.push({
        topic: `${f.topic}-x${k}`,
        names: f.names.map(rename),
        claims: f.claims.map((c) => ({ ...c, id: `${f.topic}-x${k}-${c.id}`, phrasings: c.phrasings.map(rename) })),
      });
    }
  }
  return out;
}

const index = buildIndex(topics);
const claimCount = index.claims.length;
console.log(`database: ${topics.length} topics, ${claimCount} claims, ${index.phrasings.length} phrasings`);
console.log(`index build (background, once): ${time(() => buildIndex(topics), 5).toFixed(1)} ms median`);
console.log(`index size as JSON: ${(JSON.stringify(index).length / 1024).toFixed(0)} KiB`);

console.log('\nseed pages, findClaims in Node (median of 20):');
const texts: string[] = [];
for (const name of readdirSync(corpus)
  .filter((n) => /^\d{3}_.*\.txt$/.test(n))
  .sort()) {
  const { text } = readPageText(join(corpus, name));
  texts.push(text);
  const words = text.split(/\s+/).length;
  const ms = time(() => findClaims(text, index), 20);
  console.log(`  ${name}: ${words} words, ${findClaims(text, index).length} marks, ${ms.toFixed(2)} ms`);
}

let mb = '';
while (mb.length < 1_000_000) for (const t of texts) mb += `${t}\n`;
mb = mb.slice(0, 1_000_000);
const oneMb = time(() => findClaims(mb, index), 5);
console.log(`\n1 MB of text, ${claimCount} claims: ${oneMb.toFixed(0)} ms median of 5 (budget < 1000 ms)`);

const big = buildIndex(multiply(topics, 10));
const tenfold = time(() => findClaims(mb, big), 5);
console.log(
  `1 MB of text, ${big.claims.length} claims (10x, synthetic): ${tenfold.toFixed(0)} ms median of 5, ` +
    `${(tenfold / oneMb).toFixed(2)}x the 1x time (budget <= 2x)`,
);

const built = join(root, '.output', 'chrome-mv3', 'content-scripts');
if (existsSync(built)) {
  for (const f of readdirSync(built).filter((n) => n.endsWith('.js'))) {
    const bytes = statSync(join(built, f)).size;
    const gz = gzipSync(readFileSync(join(built, f))).length;
    console.log(`\ncontent script ${f}: ${(bytes / 1024).toFixed(1)} KiB (${(gz / 1024).toFixed(1)} KiB gzipped)`);
  }
} else {
  console.log('\ncontent script size: run `npm run build` first');
}
