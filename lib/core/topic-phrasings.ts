import type { ClaimIndex } from './claim-index';
import {
  countsNearSpellings,
  scorePhrasing,
  termsNeeded,
  type PhrasingScore,
  type SentenceTerms,
} from './score-phrasing';

/** One topic's phrasings: all of them, by term, and those that state figures (ascending indices). */
interface TopicPhrasings {
  all: number[];
  byTerm: Map<string, number[]>;
  withNumbers: number[];
}

/** What the shortlist and its bound ask of every phrasing, worked out once per index. */
interface Phrasings {
  topics: TopicPhrasings[];
  /** A term's weight: the same in every phrasing (claim-index.ts derives it from the term alone). */
  weightOf: Map<string, number>;
  /** Per phrasing, the summed weight of the figures it states. */
  numberWeight: Float64Array;
}

const cache = new WeakMap<ClaimIndex, Phrasings>();
/** Per topic, its phrasings by term: built once per index. */
function topicPhrasings(index: ClaimIndex): Phrasings {
  let out = cache.get(index);
  if (!out) {
    const topics = index.topics.map((): TopicPhrasings => ({ all: [], byTerm: new Map(), withNumbers: [] }));
    const weightOf = new Map<string, number>();
    const numberWeight = new Float64Array(index.phrasings.length);
    index.phrasings.forEach((p, i) => {
      const own = topics[p.topic]!;
      own.all.push(i);
      p.terms.forEach((t, k) => {
        const list = own.byTerm.get(t);
        if (list) list.push(i);
        else own.byTerm.set(t, [i]);
        weightOf.set(t, p.weights[k]!);
        if (p.numbers.includes(t)) numberWeight[i]! += p.weights[k]!;
      });
      if (p.numbers.length > 0) own.withNumbers.push(i);
    });
    out = { topics, weightOf, numberWeight };
    cache.set(index, out);
  }
  return out;
}

/** Per phrasing: shared-term counts and weights, back to zero after every call; the call that last listed it. */
let counts = new Uint8Array(0);
let shared = new Float64Array(0);
let listed = new Int32Array(0);
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
  return shortlist(s, topic, index, minScore, implied, false)
    .map((c) => c.phrasing)
    .sort((a, b) => a - b);
}

/** A shortlisted phrasing and the most it can score (the weights of the terms it could find in the sentence). */
interface Shortlisted {
  phrasing: number;
  bound: number;
}

/** phrasingsSharing's shortlist, in no order; with each phrasing's bound when `bounds` is set. */
function shortlist(
  s: SentenceTerms,
  topic: number,
  index: ClaimIndex,
  minScore: number,
  implied: ReadonlySet<string>,
  bounds: boolean,
): Shortlisted[] {
  const { topics, weightOf, numberWeight } = topicPhrasings(index);
  const own = topics[topic]!;
  if (countsNearSpellings(minScore)) return own.all.map((phrasing) => ({ phrasing, bound: 1 }));
  if (counts.length < index.phrasings.length) {
    counts = new Uint8Array(index.phrasings.length);
    shared = new Float64Array(index.phrasings.length);
    listed = new Int32Array(index.phrasings.length);
  }
  call++;
  const touched: number[] = [];
  for (const term of s.byTerm.keys()) {
    const postings = own.byTerm.get(term);
    if (!postings) continue;
    const w = weightOf.get(term)!;
    for (const p of postings) {
      if (counts[p] === 0) touched.push(p);
      if (counts[p]! < 255) counts[p]!++;
      shared[p]! += w;
    }
  }
  const out: Shortlisted[] = [];
  const add = (p: number) => {
    listed[p] = call;
    if (!bounds) return out.push({ phrasing: p, bound: 1 });
    // What scorePhrasing can credit beyond the shared terms: figures stated in another form,
    // and one name in focus standing in for "it" (at most the heaviest; all of them here).
    const phrasing = index.phrasings[p]!;
    let most = shared[p]! + (s.hasNumbers ? numberWeight[p]! : 0);
    phrasing.terms.forEach((t, k) => {
      if (implied.has(t)) most += phrasing.weights[k]!;
    });
    out.push({ phrasing: p, bound: most / phrasing.total });
  };
  for (const p of touched) {
    const phrasing = index.phrasings[p]!;
    // termsNeeded asks at least this much; the name-in-focus test below is the costlier part.
    if (counts[p]! >= Math.min(3, phrasing.terms.length)) {
      // A name in focus the sentence leaves unsaid counts as one shared word (scorePhrasing).
      const nameInFocus = phrasing.terms.some((t) => implied.has(t) && !s.byTerm.has(t));
      if (counts[p]! >= termsNeeded(phrasing, s, nameInFocus)) add(p);
    }
    counts[p] = 0;
  }
  if (s.hasNumbers) for (const p of own.withNumbers) if (listed[p] !== call) add(p);
  for (const p of touched) shared[p] = 0;
  return out;
}

/** Floating-point slack between a bound and the score it bounds (summed in another order). */
const BOUND_SLACK = 1e-9;

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
  const list = shortlist(s, topic, index, minScore, implied, bounded).sort(
    (a, b) => b.bound - a.bound || a.phrasing - b.phrasing,
  );
  let best: { phrasing: number; score: PhrasingScore } | null = null;
  for (const { phrasing: p, bound } of list) {
    // Nothing scores below minScore, nor beats the best with less.
    if (bounded && bound < (best ? best.score.score : minScore) - BOUND_SLACK) break;
    if (!eligible(p)) continue;
    const score = scorePhrasing(s, index.phrasings[p]!, minScore, implied);
    if (!score) continue;
    if (!best || score.score > best.score.score || (score.score === best.score.score && p < best.phrasing))
      best = { phrasing: p, score };
  }
  return best;
}
