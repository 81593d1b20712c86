import type { ClaimIndex } from './claim-index';
import { addToKeyedList, flatLists, sortedListHas, type FlatLists } from './flat-lists';
import { phrasingTable, type PhrasingTable } from './phrasing-facts';
import { STOP_WORDS } from './stop-words';

/**
 * A claim said in words its phrasings share among them, though no one phrasing is said whole
 * enough to score (issue 6: a page's wording that the database "has nearly"). Curators write a
 * claim several ways ("semaglutide often causes nausea", "nausea is the most common side effect of
 * GLP-1 drugs", "GI side effects such as nausea are common on semaglutide"); a sentence whose content
 * words those phrasings hold between them ("Nausea is one of the most common GLP-1 side effects"),
 * and which says at least half of one of them, states that claim.
 *
 * Asked only where a sentence takes no phrasing at its score, of the claims of the topics in focus
 * and of the sentence's candidates, and only for one claim well ahead of every other: the
 * sentence's words must be the claim's words far more than any other claim's. The claim is then
 * tried through its closest phrasings, under every check a match must pass (find-claims.ts).
 */

/**
 * The share of a sentence's content-word weight that the claim's phrasings must hold between them,
 * the share of its best phrasing the sentence must say, and how far ahead of the next claim it must
 * be. Chosen on the tuning half A of the labellers' wordings with no reviewed mark (pole agreement
 * of the claims taken 0.87; 0.8 0.89, 0.6 0.86 but taking a fifth more).
 */
const WORDS_COVERED = 0.7;
const BEST_PHRASING_SAID = 0.5;
const AHEAD_BY = 0.2;
/** The claim's phrasings tried, the closest first, until one passes every check a match must pass. */
const PHRASINGS_TRIED = 5;
/** The score a tried phrasing must reach by the engine's own scoring (its span, names and figures checked). */
export const TRIED_AT = 0.35;
/**
 * The terms a sentence must share with the tried phrasing (a name in focus counting), where a
 * phrasing said on its own needs four: the claim's other phrasings vouch for the rest of the words.
 * Chosen on half A: 4 took 261 of its wordings, 3 took 535 (pole agreement 0.91), 2 a further 58 at 0.79.
 */
export const SHARED_WITH_TRIED = 3;
/** The fewest content words (not the topic's names) a sentence must say that some phrasing has. */
const LEAST_WORDS = 2;
/** The weight of a word no phrasing has: a word the database never uses is unlikely to be a claim's. */
const UNKNOWN_WEIGHT = 3;

interface ClaimWords {
  /** Per claim, the numbers of every term its phrasings have (phrasingTable's termIds), ascending. */
  terms: FlatLists;
  /** Per claim, its phrasings' numbers in the index. */
  phrasings: FlatLists;
  /** Per topic, term → the list in `holders` of the topic's claims whose phrasings have it (ascending). */
  byTerm: Map<string, number>[];
  holders: FlatLists;
  /** Per claim, its topic. */
  topic: Int32Array;
}

const cache = new WeakMap<ClaimIndex, ClaimWords>();
/**
 * Builds what claimInSharedWords reads of an index (about 0.1 s for 76,000 phrasings), so that the
 * first page a session scans does not wait for it: the background calls it once the index is built.
 */
export function prepareClaimWords(index: ClaimIndex): void {
  claimWords(index);
}

function claimWords(index: ClaimIndex): ClaimWords {
  let words = cache.get(index);
  if (!words) {
    const terms = index.claims.map(() => new Set<string>());
    const phrasings: number[][] = index.claims.map(() => []);
    index.phrasings.forEach((p, i) => {
      phrasings[p.claim]!.push(i);
      for (const t of p.terms) terms[p.claim]!.add(t);
    });
    const topic = Int32Array.from(phrasings, (list) => (list.length > 0 ? index.phrasings[list[0]!]!.topic : -1));
    const byTerm = index.topics.map(() => new Map<string, number>());
    const lists: number[][] = [];
    terms.forEach((set, claim) => {
      const slots = byTerm[topic[claim]!];
      if (!slots) return; // a claim with no phrasing
      for (const t of set) {
        if (!STOP_WORDS.has(t)) addToKeyedList(slots, lists, t, claim);
      }
    });
    // The terms by the numbers the index's flat table gives them (every phrasing term has one).
    const { termIds } = phrasingTable(index);
    const sorted = terms.map((set) => Array.from(set, (t) => termIds.get(t)!).sort((a, b) => a - b));
    words = {
      terms: flatLists(sorted),
      phrasings: flatLists(phrasings),
      byTerm,
      holders: flatLists(lists),
      topic,
    };
    cache.set(index, words);
  }
  return words;
}

/** A sentence's content terms as a topic's claims are weighed by: its words that are not the topic's names. */
interface ContentTerms {
  /** Each with its weight and its number (phrasingTable's termIds). */
  terms: { t: string; w: number; id: number }[];
  /** Their whole weight, words no phrasing has included. */
  all: number;
  /** The weight of the words no phrasing has. */
  unknown: number;
}

/** The sentence's content terms, heaviest first, and their weight (words no phrasing has: UNKNOWN_WEIGHT each). */
function contentTerms(said: ReadonlyMap<string, unknown>, table: PhrasingTable): ContentTerms {
  const terms: ContentTerms['terms'] = [];
  let all = 0;
  let unknown = 0;
  for (const t of said.keys()) {
    if (STOP_WORDS.has(t)) continue;
    const w = table.weightOf.get(t);
    if (w === undefined) unknown += UNKNOWN_WEIGHT;
    else terms.push({ t, w, id: table.termIds.get(t)! });
    all += w ?? UNKNOWN_WEIGHT;
  }
  terms.sort((x, y) => y.w - x.w || (x.t < y.t ? -1 : 1));
  return { terms, all, unknown };
}

/** `content` without a topic's names (most sentences say none, and get `content` itself). */
function withoutNames(content: ContentTerms, names: ReadonlySet<string>): ContentTerms {
  if (!content.terms.some((x) => names.has(x.t))) return content;
  const terms = content.terms.filter((x) => !names.has(x.t));
  let all = content.unknown;
  for (const x of terms) all += x.w;
  return { terms, all, unknown: content.unknown };
}

/**
 * The claim a sentence whose terms are `said`'s keys states in its phrasings' shared words, and the phrasings
 * of it the sentence says most of (the closest first); null where no claim is well ahead. Looked
 * for among the claims of `topics` (those in focus, and those of the sentence's candidates) that
 * hold one of the sentence's heaviest content terms: a claim that holds none of the heaviest terms
 * whose weight is more than a share short of the whole holds less than that share, so a claim
 * that may be taken holds one of the terms WORDS_COVERED short, and one that may be its runner-up
 * one of those WORDS_COVERED - AHEAD_BY short (the long lists of a sentence's commonest words are
 * not walked). `namesOf(topic)` are the terms of a topic's names: they neither count for nor
 * against a claim (a claim is reached only where its topic is named or in focus), and a
 * phrasing's name counts as said.
 * `matched` are the claims the sentence already takes (their phrasings said whole enough): where one
 * of them holds nearly all its words, no claim is asked further.
 */
export function claimInSharedWords(
  said: ReadonlyMap<string, unknown>,
  topics: ReadonlySet<number>,
  index: ClaimIndex,
  namesOf: (topic: number) => ReadonlySet<string>,
  matched: Iterable<number> = [],
): { claim: number; phrasings: number[] } | null {
  const words = claimWords(index);
  const content = contentTerms(said, phrasingTable(index));
  if (content.terms.length < LEAST_WORDS) return null;
  const byTopic = new Map<number, ContentTerms>();
  const contentFor = (topic: number) => {
    let c = byTopic.get(topic);
    if (!c) {
      c = withoutNames(content, namesOf(topic));
      // "Benefits of BPC-157" says one word besides the name: too little to be any claim's.
      if (c.terms.length < LEAST_WORDS) c = { terms: [], all: 0, unknown: c.unknown };
      byTopic.set(topic, c);
    }
    return c;
  };
  /** The claims of `topics` that hold one of the heaviest terms whose weight is more than `share` short of the whole. */
  const holding = (share: number): Set<number> => {
    const into = new Set<number>();
    for (const topic of topics) {
      const { terms, all, unknown } = contentFor(topic);
      // Words no phrasing has weigh too much: no claim of the topic can hold the share.
      if (all === 0 || unknown > (1 - share) * all) continue;
      let left = all - unknown;
      const slots = words.byTerm[topic]!;
      const { from, items } = words.holders;
      for (const { t, w } of terms) {
        if (left < share * all) break;
        left -= w;
        const slot = slots.get(t);
        if (slot === undefined) continue;
        for (let k = from[slot]!; k < from[slot + 1]!; k++) into.add(items[k]!);
      }
    }
    return into;
  };
  /**
   * The share of the sentence's weight `claim` holds, or -1 as soon as it cannot reach `floor`
   * (terms come heaviest first, so most claims are turned away after a word or two).
   */
  const shareOver = (claim: number, floor: number) => {
    const { terms, all } = contentFor(words.topic[claim]!);
    if (all === 0) return -1;
    let got = 0;
    let left = all;
    for (const { w, id } of terms) {
      if (got + left < floor * all) return -1;
      if (sortedListHas(words.terms, claim, id)) got += w;
      left -= w;
    }
    return got >= floor * all ? got / all : -1;
  };
  // A claim the sentence already takes that holds more than 1 - AHEAD_BY of its words comes within
  // AHEAD_BY of any claim (none holds more than all): no claim can be well ahead, and the walk below
  // is spared (most sentences that match a phrasing end here).
  for (const claim of matched) if (shareOver(claim, 1 - AHEAD_BY) > 1 - AHEAD_BY) return null;
  // First the claims that may be taken; only where one is, whether any other comes within AHEAD_BY.
  let top = -1;
  let topCovered = WORDS_COVERED;
  for (const claim of holding(WORDS_COVERED)) {
    const share = shareOver(claim, topCovered);
    if (share > topCovered || (share === topCovered && top < 0)) {
      topCovered = share;
      top = claim;
    }
  }
  if (top < 0) return null;
  for (const claim of holding(topCovered - AHEAD_BY))
    if (claim !== top && shareOver(claim, topCovered - AHEAD_BY) > topCovered - AHEAD_BY) return null;
  const { from, items } = words.phrasings;
  const shares = Array.from(items.subarray(from[top]!, from[top + 1]!), (p) => {
    const ph = index.phrasings[p]!;
    const names = namesOf(ph.topic);
    let got = 0;
    ph.terms.forEach((t, k) => {
      if (said.has(t) || names.has(t)) got += ph.weights[k]!;
    });
    return { p, share: got / ph.total };
  });
  shares.sort((a, b) => b.share - a.share || a.p - b.p);
  if ((shares[0]?.share ?? 0) < BEST_PHRASING_SAID) return null;
  return { claim: top, phrasings: shares.slice(0, PHRASINGS_TRIED).map((x) => x.p) };
}
