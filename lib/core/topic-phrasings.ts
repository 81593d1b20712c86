import type { ClaimIndex } from './claim-index';
import {
  BOUND_SLACK,
  countsNearSpellings,
  scorePhrasingAt,
  termsNeeded,
  type PhrasingScore,
  type SentenceTerms,
} from './score-phrasing';
import { figuresOf, mayAgree, NO_FIGURES, type Figures } from './figures';
import { addToKeyedList, flatLists, type FlatLists } from './flat-lists';
import { phrasingTable, type PhrasingTable } from './phrasing-facts';

/**
 * One topic's phrasings: all of them, those that state figures (ascending indices), and by
 * term, each phrasing under all but its two commonest terms in the topic (all but one, of two):
 * a sentence that shares the three words a shortlist asks at the least shares one of those,
 * and the two are then looked up for that phrasing alone. The longest postings are not walked.
 */
interface TopicPhrasings {
  all: number[];
  /** Term → its list in Phrasings' `rare` (ascending phrasings). */
  byRareTerm: Map<string, number>;
  withNumbers: number[];
  /** withNumbers by the figures they state (figures.ts): where a sentence's figures may agree. */
  figures: Figures;
}

/** What the shortlist and its bound ask of every phrasing, worked out once per index. */
interface Phrasings {
  topics: TopicPhrasings[];
  /** Per topic and term, the phrasings posted under it (TopicPhrasings' byRareTerm). */
  rare: FlatLists;
  /** Per phrasing, the positions of the terms it is not posted under. */
  common: FlatLists;
  /** Per phrasing, the summed weight of the figures it states. */
  numberWeight: Float64Array;
}

/** The least number of shared words termsNeeded asks of a phrasing. */
const LEAST_SHARED = 3;

const cache = new WeakMap<ClaimIndex, Phrasings>();
/** Per topic, its phrasings by term: built once per index. */
function topicPhrasings(index: ClaimIndex): Phrasings {
  let out = cache.get(index);
  if (!out) {
    const topics = index.topics.map((): TopicPhrasings => ({
      all: [],
      byRareTerm: new Map(),
      withNumbers: [],
      figures: NO_FIGURES,
    }));
    const numberWeight = new Float64Array(index.phrasings.length);
    const uses = index.topics.map(() => new Map<string, number>());
    index.phrasings.forEach((p, i) => {
      const own = topics[p.topic]!;
      own.all.push(i);
      p.terms.forEach((t, k) => {
        uses[p.topic]!.set(t, (uses[p.topic]!.get(t) ?? 0) + 1);
        if (p.numbers.includes(t)) numberWeight[i]! += p.weights[k]!;
      });
      if (p.numbers.length > 0) own.withNumbers.push(i);
    });
    const lists: number[][] = [];
    const common = index.phrasings.map((p, i) => {
      const used = uses[p.topic]!;
      const byUse = p.terms.map((_, k) => k).sort((a, b) => used.get(p.terms[b]!)! - used.get(p.terms[a]!)!);
      const skipped = Math.min(LEAST_SHARED, p.terms.length) - 1;
      const byRareTerm = topics[p.topic]!.byRareTerm;
      for (const k of byUse.slice(skipped)) {
        addToKeyedList(byRareTerm, lists, p.terms[k]!, i);
      }
      return byUse.slice(0, skipped);
    });
    for (const own of topics) own.figures = figuresOf(own.withNumbers, index);
    out = { topics, rare: flatLists(lists), common: flatLists(common), numberWeight };
    cache.set(index, out);
  }
  return out;
}

/**
 * Per phrasing: shared-term counts and weights, back to zero after every call; the call that
 * last listed it; its bound in the last call that listed it.
 */
let counts = new Uint8Array(0);
let shared = new Float64Array(0);
let listed = new Int32Array(0);
let bound = new Float64Array(0);
let agreeing = new Int32Array(0);
/** Per term (phrasingTable's numbers), the call whose sentence says it. */
let said = new Int32Array(0);
let call = 0;

/**
 * The phrasings of a topic that scorePhrasing could match to a sentence at `minScore`, in
 * ascending order: those that share enough words with it (termsNeeded) and, when the
 * sentence states figures, those that state some. A topic holds up to hundreds of
 * phrasings, and a database ten times the size ten times as many; a sentence shares words
 * with few of them. Where near spellings may count, none is ruled out.
 */
export function phrasingsSharing(
  s: SentenceTerms,
  topic: number,
  index: ClaimIndex,
  minScore: number,
  implied: ReadonlySet<string>,
): number[] {
  return shortlist(s, topic, index, minScore, implied, false).sort((a, b) => a - b);
}

/**
 * phrasingsSharing's shortlist, in no order; when `bounds` is set, only those whose bound
 * reaches `minScore`, each one's bound in `bound`: the most it can score (the weights of the
 * terms it could find in the sentence).
 */
function shortlist(
  s: SentenceTerms,
  topic: number,
  index: ClaimIndex,
  minScore: number,
  implied: ReadonlySet<string>,
  bounds: boolean,
): number[] {
  const { topics, rare, common, numberWeight } = topicPhrasings(index);
  const own = topics[topic]!;
  if (countsNearSpellings(minScore)) return [...own.all];
  if (counts.length < index.phrasings.length) {
    counts = new Uint8Array(index.phrasings.length);
    shared = new Float64Array(index.phrasings.length);
    listed = new Int32Array(index.phrasings.length);
    bound = new Float64Array(index.phrasings.length);
    agreeing = new Int32Array(index.phrasings.length);
  }
  const table = phrasingTable(index);
  if (said.length < table.termIds.size) said = new Int32Array(table.termIds.size);
  call++;
  const touched: number[] = [];
  for (const term of s.byTerm.keys()) {
    const id = table.termIds.get(term);
    if (id !== undefined) said[id] = call;
    const slot = own.byRareTerm.get(term);
    if (slot === undefined) continue;
    // A term weighs the same in every phrasing (claim-index.ts derives it from the term alone).
    const w = table.weightOf.get(term)!;
    for (let k = rare.from[slot]!; k < rare.from[slot + 1]!; k++) {
      const p = rare.items[k]!;
      if (counts[p] === 0) touched.push(p);
      if (counts[p]! < 255) counts[p]!++;
      shared[p]! += w;
    }
  }
  const out: number[] = [];
  for (const p of touched) {
    const phrasing = index.phrasings[p]!;
    addCommon(table, p, common);
    // termsNeeded asks at least this much; the name-in-focus test below is the costlier part.
    // (one fewer where a name in focus may stand in for the subject of a three-word phrasing)
    if (counts[p]! < Math.min(LEAST_SHARED, phrasing.terms.length - (implied.size > 0 ? 1 : 0))) continue;
    // A name in focus the sentence leaves unsaid counts as one shared word (scorePhrasing).
    const nameInFocus = phrasing.terms.some((t) => implied.has(t) && !s.byTerm.has(t));
    if (counts[p]! < termsNeeded(phrasing, s, nameInFocus)) continue;
    listed[p] = call;
    agreeing[p] = call;
    out.push(p);
  }
  if (s.hasNumbers && bounds) {
    // A bounded shortlist is scored (bestPhrasing), and scorePhrasing matches a phrasing that
    // states figures to a sentence that states some only where one of them agrees: those the
    // walk found, then, of the others, only those whose figures may agree with the sentence's.
    const walked = touched.length;
    for (let k = 0; k < walked; k++) {
      const p = touched[k]!;
      if (listed[p] !== call && index.phrasings[p]!.numbers.length > 0) out.push(p);
    }
    mayAgree(own.figures, s.numbers, (p) => {
      if (agreeing[p] === call || counts[p] !== 0) return; // listed, or found by the walk
      agreeing[p] = call;
      touched.push(p);
      addCommon(table, p, common);
      out.push(p);
    });
  } else if (s.hasNumbers) {
    for (const p of own.withNumbers) {
      if (listed[p] === call) continue;
      if (counts[p] === 0) {
        touched.push(p);
        addCommon(table, p, common);
      }
      out.push(p);
    }
  }
  let kept = out;
  if (bounds) {
    kept = [];
    for (const p of out) {
      // What scorePhrasing can credit beyond the shared terms: figures stated in another form,
      // and one name in focus standing in for "it" (at most the heaviest; all of them here).
      const phrasing = index.phrasings[p]!;
      let most = shared[p]! + (s.hasNumbers ? numberWeight[p]! : 0);
      for (let k = 0; k < phrasing.terms.length; k++) if (implied.has(phrasing.terms[k]!)) most += phrasing.weights[k]!;
      bound[p] = most / phrasing.total;
      // scorePhrasing returns nothing below minScore: a phrasing whose bound falls short is never
      // scored (bestPhrasing stops at the first such bound), and a sentence that states figures
      // lists every phrasing of the topic that states some, most of them sharing nothing else.
      if (bound[p]! >= minScore - BOUND_SLACK) kept.push(p);
    }
  }
  for (const p of touched) {
    counts[p] = 0;
    shared[p] = 0;
  }
  return kept;
}

/**
 * Adds to a phrasing's count and weight the commonest terms it is not posted under, where the
 * sentence says them (`said`, by the terms' numbers in the index's flat table: no lookup by text).
 */
function addCommon(table: PhrasingTable, p: number, common: FlatLists): void {
  const at = table.from[p]!;
  for (let j = common.from[p]!; j < common.from[p + 1]!; j++) {
    const k = common.items[j]!;
    if (said[table.terms[at + k]!] !== call) continue;
    counts[p]!++;
    shared[p]! += table.weights[at + k]!;
  }
}

/**
 * The phrasing of a topic that scores highest against a sentence at `minScore`, among those
 * `eligible` lets through (the lowest-numbered one on a tie): the same answer as scoring every
 * phrasing of phrasingsSharing in ascending order and keeping the first best. The shortlist
 * grows with the topic's phrasings (ten times the claims, four to five times as many); they
 * are scored here from the highest bound down, and the search stops at the first bound
 * below `minScore` or the best score found, so a sentence scores a handful of them.
 */
export function bestPhrasing(
  s: SentenceTerms,
  topic: number,
  index: ClaimIndex,
  minScore: number,
  implied: ReadonlySet<string>,
  eligible: (p: number) => boolean,
): { phrasing: number; score: PhrasingScore } | null {
  // With near spellings, a phrasing can score beyond its shared terms: no bound holds, all are scored.
  const bounded = !countsNearSpellings(minScore);
  const list = shortlist(s, topic, index, minScore, implied, bounded);
  if (bounded) list.sort((a, b) => bound[b]! - bound[a]! || a - b);
  else list.sort((a, b) => a - b);
  let best: { phrasing: number; score: PhrasingScore } | null = null;
  for (const p of list) {
    // Nothing scores below minScore, nor beats the best with less.
    if (bounded && bound[p]! < (best ? best.score.score : minScore) - BOUND_SLACK) break;
    if (!eligible(p)) continue;
    const score = scorePhrasingAt(s, index, p, minScore, implied);
    if (!score) continue;
    if (!best || score.score > best.score.score || (score.score === best.score.score && p < best.phrasing))
      best = { phrasing: p, score };
  }
  return best;
}
