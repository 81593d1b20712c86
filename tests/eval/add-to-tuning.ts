/**
 * Adds pages labelled later (with quotes, kept outside the repository) to the tuning split as
 * locators. They go to tuning whatever their host's hash, because they are tuned on; a page
 * from a host of the frozen split is refused, so no site is ever in both splits, and so is a
 * file name or URL the tuning split already has.
 *
 *   npx tsx tests/eval/add-to-tuning.ts CACHE_DIR WORKING.json...
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { locatePages, type LocatedPage, type WorkingPage } from '../../lib/cli/eval-locators';

const [cache, ...workingFiles] = process.argv.slice(2);
if (!cache || workingFiles.length === 0) {
  console.error('usage: add-to-tuning.ts CACHE_DIR WORKING.json...');
  process.exit(2);
}
const here = dirname(fileURLToPath(import.meta.url));
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as LocatedPage[];
const tuningPath = join(here, 'tuning', 'labels.json');
const tuning = read(tuningPath);
const frozenHosts = new Set(read(join(here, 'frozen', 'labels.json')).map((p) => p.host));
const files = new Set(tuning.map((p) => p.file));
const urls = new Set(tuning.map((p) => p.url));

const problems: string[] = [];
const added: WorkingPage[] = [];
for (const path of workingFiles) {
  for (const page of JSON.parse(readFileSync(path, 'utf8')) as WorkingPage[]) {
    if (frozenHosts.has(page.host)) problems.push(`${path}: ${page.file}: host ${page.host} is in the frozen split`);
    else if (files.has(page.file)) problems.push(`${path}: ${page.file}: the tuning split already has this file`);
    else if (urls.has(page.url)) problems.push(`${path}: ${page.file}: the tuning split already has ${page.url}`);
    else {
      added.push(page);
      files.add(page.file);
      urls.add(page.url);
    }
  }
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  console.error('nothing added');
  process.exit(1);
}
// locatePages checks every quote against the cached text and throws naming the one it cannot find.
const located = locatePages(added, cache);
writeFileSync(tuningPath, `${JSON.stringify([...tuning, ...located], null, 2)}\n`);
const claims = located.reduce((n, p) => n + p.claims.length, 0);
console.log(
  `tuning: added ${located.length} pages from ${new Set(located.map((p) => p.host)).size} hosts, ${claims} labelled claims`,
);
