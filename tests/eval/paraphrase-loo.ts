/**
 * Paraphrase recall, leave-one-out: how Evident does on wording the database does not hold,
 * measured without any page. From every claim with three or more phrasings one phrasing is held
 * out (drawn with a fixed seed), the index is built without them, and each held-out phrasing is
 * read as a page of its own, under a title naming its topic, capitalised and with its full stop.
 * It reports whether the mark carries the held-out phrasing's own claim, another reviewed claim,
 * or a claim not reviewed individually (judged by the closest reviewed claim or by the topic's
 * default), or nothing; and how often the verdict the reader is shown falls in the same pole as
 * the claim's own verdict. Phrasings are our own words, so no third-party text is involved.
 *
 * Pages judge the engine too (tests/eval), but a page's labels reward what was tuned on it; this
 * asks how the engine does on a claim it holds, worded another way, for every claim at once.
 *
 *   npx tsx tests/eval/paraphrase-loo.ts [SEED] [--misses N] [--disagreements N] [--shares]
 *
 * EVIDENT_CLAIMS_DIR points it at another copy of the database, as for the CLI.
 */
import { join } from 'node:path';
import { openClaimsDatabase } from '../../lib/cli/claims-dir';
import { buildIndex } from '../../lib/core/claim-index';
import { RECORDED_FREQUENCIES } from '../../lib/core/term-frequencies';
import type { TopicFile, Verdict } from '../../lib/core/claim-types';
import { pole } from '../../lib/core/evaluate';
import { findClaims } from '../../lib/core/find-claims';
import { STOP_WORDS } from '../../lib/core/stop-words';
import { tokenize } from '../../lib/core/tokenize';
import { mulberry32 } from '../seeded-random';

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const at = args.indexOf(name);
  return at < 0 ? 0 : Number(args.splice(at, 2)[1] ?? fallback);
};
const flag = (name: string): boolean => {
  const at = args.indexOf(name);
  if (at >= 0) args.splice(at, 1);
  return at >= 0;
};
const showMisses = option('--misses', 20);
const showDisagreements = option('--disagreements', 20);
const showShares = flag('--shares');
const seed = Number(args[0] ?? 20261204);
if (!Number.isInteger(seed) || !Number.isInteger(showMisses) || !Number.isInteger(showDisagreements)) {
  console.error('usage: npx tsx tests/eval/paraphrase-loo.ts [SEED] [--misses N] [--disagreements N] [--shares]');
  process.exit(2);
}

const files = openClaimsDatabase(
  process.env.EVIDENT_CLAIMS_DIR ?? join(import.meta.dirname, '..', '..', 'claims'),
).topics;
const verdictOf = new Map<string, Verdict>(files.flatMap((f) => f.claims.map((c) => [c.id, c.verdict] as const)));

const random = mulberry32(seed);
const held: { topic: string; title: string; claimId: string; text: string }[] = [];
const kept: TopicFile[] = files.map((file) => ({
  ...file,
  claims: file.claims.map((c) => {
    if (c.phrasings.length < 3) return c;
    const k = Math.floor(random() * c.phrasings.length);
    held.push({ topic: file.topic, title: file.names[0] ?? file.topic, claimId: c.id, text: c.phrasings[k]! });
    return { ...c, phrasings: c.phrasings.filter((_, i) => i !== k) };
  }),
}));
const index = buildIndex(kept, RECORDED_FREQUENCIES);

type How = 'own claim' | 'another reviewed claim' | 'not reviewed, closest claim' | 'not reviewed, topic default';
const counts = new Map<How | 'nothing', number>();
const poles = new Map<How, [agreed: number, of: number]>();
const misses: string[] = [];
const disagreements: string[] = [];
/** How close the held-out claim's own phrasings came, where it was not recovered: weighted share of terms, by tenths. */
const shares: number[] = Array.from({ length: 10 }, () => 0);

for (const h of held) {
  // A phrasing is written lower-case and without its full stop; a page's sentence is not.
  const sentence = h.text.charAt(0).toUpperCase() + h.text.slice(1);
  const page = `${h.title}\n${/[.!?]$/.test(sentence) ? sentence : `${sentence}.`}`;
  const marks = findClaims(page, index).filter((m) => m.end > h.title.length);
  // The mark a reader sees for the sentence: its own claim if found, else a reviewed one, else any.
  const shown = marks.find((m) => m.claimId === h.claimId) ?? marks.find((m) => !m.unreviewed) ?? marks[0];
  if (!shown) {
    counts.set('nothing', (counts.get('nothing') ?? 0) + 1);
    misses.push(`${h.claimId}: “${h.text}”`);
  } else {
    const how: How =
      shown.claimId === h.claimId
        ? 'own claim'
        : !shown.unreviewed
          ? 'another reviewed claim'
          : shown.claimId.split(':').length > 3
            ? 'not reviewed, closest claim'
            : 'not reviewed, topic default';
    counts.set(how, (counts.get(how) ?? 0) + 1);
    const agreed = pole(shown.verdict) === pole(verdictOf.get(h.claimId)!);
    const [a, n] = poles.get(how) ?? [0, 0];
    poles.set(how, [a + (agreed ? 1 : 0), n + 1]);
    if (!agreed)
      disagreements.push(
        `${h.claimId} (${verdictOf.get(h.claimId)}): “${h.text}” shown ${shown.claimId} (${shown.verdict})`,
      );
  }
  if (showShares && shown?.claimId !== h.claimId) {
    const terms = new Set(
      tokenize(h.text)
        .map((t) => t.term)
        .filter((t) => !STOP_WORDS.has(t)),
    );
    let best = 0;
    for (const p of index.phrasings) {
      if (index.claims[p.claim]!.id !== h.claimId) continue;
      const matched = p.terms.reduce((sum, t, i) => sum + (terms.has(t) ? p.weights[i]! : 0), 0);
      best = Math.max(best, matched / p.total);
    }
    shares[Math.min(9, Math.floor(best * 10))]!++;
  }
}

const n = held.length;
const share = (k: number, of = n) => `${(k / of).toFixed(3)} (${k}/${of})`;
console.log(`held out one phrasing of each of ${n} claims with 3+ phrasings (seed ${seed}); marked as:`);
for (const how of [
  'own claim',
  'another reviewed claim',
  'not reviewed, closest claim',
  'not reviewed, topic default',
  'nothing',
] as const) {
  const k = counts.get(how) ?? 0;
  const p = how === 'nothing' ? undefined : poles.get(how);
  console.log(`  ${how.padEnd(28)} ${share(k)}${p ? `   verdict pole agrees ${share(p[0], p[1])}` : ''}`);
}
const marked = n - (counts.get('nothing') ?? 0);
const agreed = [...poles.values()].reduce((s, [a]) => s + a, 0);
console.log(`marked ${share(marked)}; own claim ${share(counts.get('own claim') ?? 0)}`);
console.log(`verdict pole agreement where marked ${share(agreed, marked)}`);
if (showShares) console.log(`own claim's best share where not recovered, by tenths: ${shares.join(' ')}`);
for (const m of misses.slice(0, showMisses)) console.log(`  missed ${m}`);
for (const d of disagreements.slice(0, showDisagreements)) console.log(`  pole   ${d}`);
