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
 * A wording that some phrasing repeats word for word (case and punctuation aside) is matched
 * whatever the engine does: a last line gives both figures without those wordings. In session 44
 * about 2.7-2.8% of each tuning half's wordings were so repeated, against under 1% of the frozen
 * split's (where a repeat can only be two people writing a short claim the same way).
 *
 * A wording scanned alone names no topic in focus, as a page's title or heading would: one that
 * leaves its subject unsaid ("12 mg: 28.7% at 68 weeks") cannot take a claim whose phrasings name
 * it, where the same words on a page about the substance can. A last line gives both figures with
 * each wording under a title line naming its topic (session 45: half B 0.745 alone, 0.768 so).
 *
 *   npx tsx tests/eval/label-proxy.ts LABELS.json [--half A|B] [--disagreements OUT.json]
 *
 * Where a wording carries a second reviewer's verdict (`secondVerdict`, given without sight of the
 * label), a last line says how often the two reviewers agree in pole, and how often Evident agrees
 * with each: the reviewers' agreement is the ceiling a checker can be held to.
 *
 * EVIDENT_CLAIMS_DIR points it at another copy of the database, as for the CLI.
 */
import { writeFileSync } from 'node:fs';
import { readLabelsList } from '../../lib/cli/eval-command';
import type { LocatedPage } from '../../lib/cli/eval-locators';
import { isVerdict, VERDICTS } from '../../lib/core/claim-types';
import { pole } from '../../lib/core/evaluate';
import { bestReviewedMark, labelHalf, twiceJudgedAgreement, wordingIndex, type TwiceJudged } from './label-wordings';
import { takeOption } from './options';

const args = process.argv.slice(2);
const option = (name: string) => takeOption(args, name);
const half = option('--half');
const out = option('--disagreements');
const [labelsPath] = args;
if (!labelsPath || (half !== null && half !== 'A' && half !== 'B')) {
  console.error('usage: label-proxy.ts LABELS.json [--half A|B] [--disagreements OUT.json]');
  process.exit(2);
}

const pages = readLabelsList(labelsPath) as LocatedPage[];
const database = wordingIndex();

/** A wording as a phrasing that repeats it would read: lower-case words and figures, nothing else. */
const plain = (text: string) => (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).join(' ');
const phrasings = new Set(database.index.phrasings.map((p) => plain(p.text)));

let labelled = 0;
let matched = 0;
let agree = 0;
/** The same three counts over the wordings no phrasing repeats. */
const own = { labelled: 0, matched: 0, agree: 0 };
/** The two counts with each wording under a title naming its topic (label-wordings.ts). */
const titled = { matched: 0, agree: 0 };
const disagreements: object[] = [];
/** Wordings a second reviewer judged too (`secondVerdict`), with the verdict Evident shows. */
const twice: TwiceJudged[] = [];
for (const page of pages) {
  if (half && labelHalf(page.file) !== half) continue;
  for (const label of page.claims) {
    const repeated = phrasings.has(plain(label.claim));
    labelled++;
    if (!repeated) own.labelled++;
    const underTitle = bestReviewedMark(database, label, true);
    if (underTitle) {
      titled.matched++;
      if (pole(underTitle.verdict) === pole(label.verdict)) titled.agree++;
    }
    const best = bestReviewedMark(database, label);
    const second = (label as { secondVerdict?: unknown }).secondVerdict;
    // A typo would count as "doubtful" (pole): named instead.
    if (second !== undefined && !isVerdict(second)) {
      console.error(
        `${labelsPath}: ${page.file}: "${label.claim}": secondVerdict must be one of ${VERDICTS.join(', ')}`,
      );
      process.exit(1);
    }
    if (second !== undefined) twice.push({ label: label.verdict, second, shown: best?.verdict });
    if (!best) continue;
    matched++;
    if (!repeated) own.matched++;
    if (pole(best.verdict) === pole(label.verdict)) {
      agree++;
      if (!repeated) own.agree++;
    } else
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
console.log(
  `without the ${labelled - own.labelled} wordings a phrasing repeats: matched ${ratio(own.matched, own.labelled)} ` +
    `(${own.matched}/${own.labelled}), pole ${ratio(own.agree, own.matched)} (${own.agree}/${own.matched})`,
);
console.log(
  `under a title naming its topic: matched ${ratio(titled.matched, labelled)} (${titled.matched}/${labelled}), ` +
    `pole ${ratio(titled.agree, titled.matched)} (${titled.agree}/${titled.matched})`,
);
if (twice.length > 0) {
  const t = twiceJudgedAgreement(twice);
  console.log(
    `judged by a second reviewer too: ${t.judged} wordings, the two agree in pole ${ratio(t.reviewersAgree, t.judged)} ` +
      `(${t.reviewersAgree}/${t.judged}); where a reviewed claim takes one (${t.shown}), Evident agrees with the labeller ` +
      `${ratio(t.withLabel, t.shown)} (${t.withLabel}), with the second reviewer ${ratio(t.withSecond, t.shown)} (${t.withSecond})`,
  );
}
if (out) writeFileSync(out, `${JSON.stringify(disagreements, null, 1)}\n`);
