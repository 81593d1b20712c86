/**
 * Builds tests/eval/{frozen,tuning}/labels.json from labels written with quotes (kept outside
 * the repository) and the cached texts. A page's split is fixed by its host, so no site sits in
 * both: the first byte of SHA-256(host) below FROZEN_SHARE × 256 puts it in the frozen split.
 * Negative pages are split the same way, but at least MIN_FROZEN_NEGATIVES go to frozen.
 *
 *   npx tsx tests/eval/make-splits.ts CACHE_DIR WORKING.json...
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { locatePages, type WorkingPage } from '../../lib/cli/eval-locators';

const FROZEN_SHARE = 0.6;
const MIN_FROZEN_NEGATIVES = 6;

const [cache, ...workingFiles] = process.argv.slice(2);
if (!cache || workingFiles.length === 0) {
  console.error('usage: make-splits.ts CACHE_DIR WORKING.json...');
  process.exit(2);
}
const pages = workingFiles.flatMap((f) => JSON.parse(readFileSync(f, 'utf8')) as WorkingPage[]);
const rank = (host: string) => createHash('sha256').update(host).digest()[0]! / 256;
const frozen = new Set(pages.filter((p) => rank(p.host) < FROZEN_SHARE).map((p) => p.file));
const negatives = pages.filter((p) => p.kind === 'negative').sort((a, b) => rank(a.host) - rank(b.host));
for (const p of negatives.slice(0, MIN_FROZEN_NEGATIVES)) frozen.add(p.file);

const here = dirname(fileURLToPath(import.meta.url));
for (const [split, keep] of [
  ['frozen', true],
  ['tuning', false],
] as const) {
  const chosen = pages.filter((p) => frozen.has(p.file) === keep);
  mkdirSync(join(here, split), { recursive: true });
  writeFileSync(join(here, split, 'labels.json'), `${JSON.stringify(locatePages(chosen, cache), null, 2)}\n`);
  const hosts = new Set(chosen.map((p) => p.host)).size;
  const claims = chosen.reduce((n, p) => n + p.claims.length, 0);
  const neg = chosen.filter((p) => p.kind === 'negative').length;
  console.log(`${split}: ${chosen.length} pages from ${hosts} hosts, ${claims} labelled claims, ${neg} negatives`);
}
