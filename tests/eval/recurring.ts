/**
 * Recurring assertions the database does not recognise (issue 6): the labelled wordings of one
 * half of the tuning labels (label-wordings.ts's halves) that no reviewed claim takes when scanned
 * alone with their topic named, grouped within a topic where two share at least half their
 * content terms (Jaccard), and the groups seen on at least MIN_PAGES different pages. An
 * assertion several pages make is the one the next page makes too: phrasings written for these
 * moved the judged half about three times as much per phrasing as phrasings written for single
 * disagreements (session 39: 883 phrasings, half B +154 agreeing; session 38: 506, +32).
 *
 *   npx tsx tests/eval/recurring.ts LABELS.json --half A [--min-pages 2] [--jaccard 0.5] [--out GROUPS.json]
 *
 * The wordings are the labellers' own (project text, no page text). EVIDENT_CLAIMS_DIR points it
 * at another copy of the database, as for the CLI.
 */
import { writeFileSync } from 'node:fs';
import { readLabelsList } from '../../lib/cli/eval-command';
import type { LocatedPage } from '../../lib/cli/eval-locators';
import { STOP_WORDS } from '../../lib/core/stop-words';
import { tokenize } from '../../lib/core/tokenize';
import { bestReviewedMark, labelHalf, wordingIndex } from './label-wordings';
import { takeOption } from './options';

const args = process.argv.slice(2);
const option = (name: string) => takeOption(args, name);
const half = option('--half');
const minPages = Number(option('--min-pages') ?? 2);
const jaccard = Number(option('--jaccard') ?? 0.5);
const out = option('--out');
const [labelsPath] = args;
if (!labelsPath || (half !== 'A' && half !== 'B') || !(minPages >= 1) || !(jaccard > 0 && jaccard <= 1)) {
  console.error(
    'usage: recurring.ts LABELS.json --half A|B [--min-pages N >= 1] [--jaccard 0<J<=1] [--out GROUPS.json]',
  );
  process.exit(2);
}

const pages = readLabelsList(labelsPath) as LocatedPage[];
const database = wordingIndex();

interface Wording {
  file: string;
  text: string;
  verdict: string;
  terms: Set<string>;
}
const byTopic = new Map<string, Wording[]>();
let unmatched = 0;
for (const page of pages) {
  if (labelHalf(page.file) !== half) continue;
  for (const label of page.claims) {
    if (bestReviewedMark(database, label)) continue;
    unmatched++;
    const terms = new Set(
      tokenize(label.claim)
        .map((t) => t.term)
        .filter((t) => !STOP_WORDS.has(t)),
    );
    const list = byTopic.get(label.topic) ?? [];
    list.push({ file: page.file, text: label.claim, verdict: label.verdict, terms });
    byTopic.set(label.topic, list);
  }
}

const similarity = (a: Set<string>, b: Set<string>) => {
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / (a.size + b.size - shared);
};
const groups: { topic: string; pages: number; wordings: string[] }[] = [];
for (const [topic, list] of byTopic) {
  const taken = new Set<number>();
  for (let i = 0; i < list.length; i++) {
    if (taken.has(i)) continue;
    const members = [i];
    for (let j = i + 1; j < list.length; j++)
      if (!taken.has(j) && similarity(list[i]!.terms, list[j]!.terms) >= jaccard) members.push(j);
    const seenOn = new Set(members.map((k) => list[k]!.file)).size;
    if (seenOn < minPages) continue;
    for (const k of members) taken.add(k);
    groups.push({ topic, pages: seenOn, wordings: members.map((k) => `${list[k]!.verdict}: ${list[k]!.text}`) });
  }
}
groups.sort((a, b) => b.pages - a.pages || a.topic.localeCompare(b.topic));
const wordings = groups.reduce((n, g) => n + g.wordings.length, 0);
console.log(`half ${half}: ${unmatched} labelled wordings no reviewed claim takes`);
console.log(`${groups.length} groups seen on ${minPages} or more pages, ${wordings} wordings`);
if (out) writeFileSync(out, `${JSON.stringify(groups, null, 1)}\n`);
