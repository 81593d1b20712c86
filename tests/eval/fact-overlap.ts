/**
 * How often pages first met state what other pages first met state (issue 6): for each wording of
 * one half of a labels file (`--half`, default B), the closest wording of the other half under the
 * same topic, by weighted Jaccard similarity of their content words (a word weighs log(1 + N / the
 * wordings that say it)). If the halves' pages shared their facts, a database round written from
 * one half would move the other; this says how far they do. Labellers' wordings only, so it needs
 * no page text.
 *
 *   npx tsx tests/eval/fact-overlap.ts LABELS.json [--half A|B] [--show N]
 */
import { readLabelsList } from '../../lib/cli/eval-command';
import type { LocatedPage } from '../../lib/cli/eval-locators';
import { contentTerms } from '../../lib/core/claim-index';
import { labelHalf, weightedJaccard } from './label-wordings';
import { takeOption } from './options';

const args = process.argv.slice(2);
const option = (name: string) => takeOption(args, name);
const half = option('--half') ?? 'B';
const show = Number(option('--show') ?? 0);
const [labelsPath] = args;
if (!labelsPath || (half !== 'A' && half !== 'B') || !Number.isInteger(show)) {
  console.error('usage: fact-overlap.ts LABELS.json [--half A|B] [--show N]');
  process.exit(2);
}

interface Wording {
  half: 'A' | 'B';
  topic: string;
  text: string;
  terms: Set<string>;
}
const wordings: Wording[] = (readLabelsList(labelsPath) as LocatedPage[]).flatMap((page) =>
  page.claims.map((c) => ({
    half: labelHalf(page.file),
    topic: c.topic,
    text: c.claim,
    terms: new Set(contentTerms(c.claim)),
  })),
);
const said = new Map<string, number>();
for (const w of wordings) for (const t of w.terms) said.set(t, (said.get(t) ?? 0) + 1);
const weight = (t: string) => Math.log(1 + wordings.length / said.get(t)!);

const others = new Map<string, Wording[]>();
for (const w of wordings) {
  if (w.half === half) continue;
  const list = others.get(w.topic);
  if (list) list.push(w);
  else others.set(w.topic, [w]);
}
const tenths = Array.from({ length: 10 }, () => 0);
const closest: { score: number; text: string; other: string }[] = [];
for (const w of wordings) {
  if (w.half !== half) continue;
  let best = { score: 0, other: '' };
  for (const o of others.get(w.topic) ?? []) {
    const score = weightedJaccard(w.terms, o.terms, weight);
    if (score > best.score) best = { score, other: o.text };
  }
  tenths[Math.min(9, Math.floor(best.score * 10))]!++;
  closest.push({ score: best.score, text: w.text, other: best.other });
}
const total = closest.length;
console.log(
  `half ${half}: ${total} wordings; closest wording of the other half under the same topic, weighted Jaccard:`,
);
tenths.forEach((n, i) => console.log(`  ${(i / 10).toFixed(1)}-${((i + 1) / 10).toFixed(1)}  ${n}`));
const near = closest.filter((c) => c.score >= 0.4).length;
console.log(`at 0.4 or more (nearly the same statement): ${near} (${((100 * near) / total).toFixed(1)}%)`);
for (const c of closest.sort((a, b) => b.score - a.score).slice(0, show))
  console.log(`${c.score.toFixed(2)}  ${c.text}\n      ${c.other}`);
