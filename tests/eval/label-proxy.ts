/**
 * The labellers' own wordings as a stand-in for pages (issue 6), for when page texts are not at
 * hand: every labelled claim's `claim` (the labeller's short wording of what the page says, the
 * project's own text) is scanned alone, its topic named, and the best reviewed mark's verdict
 * pole is held against the label's. It says how often a statement, once recognised, lands on a
 * claim whose verdict a reviewer shares; it says nothing of recall on pages, of marks where no
 * claim is, nor of wording as pages have it, and phrasings were written from many of these
 * wordings, so it is no substitute for `npm run eval` on the frozen split.
 *
 * The labelled claims fall in two halves by their page's file name (the parity of its SHA-256):
 * work may look at half A's disagreements and is judged on half B's.
 *
 *   npx tsx tests/eval/label-proxy.ts LABELS.json [--half A|B] [--disagreements OUT.json]
 *
 * EVIDENT_CLAIMS_DIR points it at another copy of the database, as for the CLI.
 */
import { writeFileSync } from 'node:fs';
import { readLabelsList } from '../../lib/cli/eval-command';
import type { LocatedPage } from '../../lib/cli/eval-locators';
import { pole } from '../../lib/core/evaluate';
import { bestReviewedMark, labelHalf, wordingIndex } from './label-wordings';

const args = process.argv.slice(2);
const option = (name: string): string | null => {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1]! : null;
};
const half = option('--half');
const out = option('--disagreements');
const [labelsPath] = args;
if (!labelsPath || (half !== null && half !== 'A' && half !== 'B')) {
  console.error('usage: label-proxy.ts LABELS.json [--half A|B] [--disagreements OUT.json]');
  process.exit(2);
}

const pages = readLabelsList(labelsPath) as LocatedPage[];
const database = wordingIndex();

let labelled = 0;
let matched = 0;
let agree = 0;
const disagreements: object[] = [];
for (const page of pages) {
  if (half && labelHalf(page.file) !== half) continue;
  for (const label of page.claims) {
    labelled++;
    const best = bestReviewedMark(database, label);
    if (!best) continue;
    matched++;
    if (pole(best.verdict) === pole(label.verdict)) agree++;
    else
      disagreements.push({
        file: page.file,
        text: label.claim,
        topic: label.topic,
        label: label.verdict,
        labelWhy: label.why,
        claimId: best.claimId,
        shown: best.verdict,
        score: best.score,
      });
  }
}
const ratio = (a: number, b: number) => (b === 0 ? '–' : (a / b).toFixed(3));
console.log(`labelled claims ${labelled}${half ? ` (half ${half})` : ''}`);
console.log(`matched by a reviewed claim ${ratio(matched, labelled)} (${matched}/${labelled})`);
console.log(`verdict pole agreement ${ratio(agree, matched)} (${agree}/${matched})`);
if (out) writeFileSync(out, `${JSON.stringify(disagreements, null, 1)}\n`);
