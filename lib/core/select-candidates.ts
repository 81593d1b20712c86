import type { ClaimIndex } from './claim-index';
import type { Token } from './tokenize';

/** Picks, for one sentence's tokens, the phrasings worth scoring: ascending phrasing indices. */
export type SelectCandidates = (tokens: readonly Token[]) => number[];

/** What the index says of its phrasings, reshaped once per index for selection. */
interface Selection {
  /** Per topic, its phrasings. */
  ofTopic: number[][];
  /** Per topic, the phrasings filed under a general topic that name it ("BPC-157 is FDA-approved"). */
  namingTopic: number[][];
  /** Per phrasing, the terms that anchor it. */
  anchorsOf: string[][];
  /** Per phrasing, how many anchor hits make it a candidate. */
  needs: Uint8Array;
}

const cache = new WeakMap<ClaimIndex, Selection>();
function selection(index: ClaimIndex): Selection {
  let s = cache.get(index);
  if (!s) {
    const ofTopic = index.topics.map((): number[] => []);
    const namingTopic = index.topics.map((): number[] => []);
    const anchorsOf = index.phrasings.map((): string[] => []);
    const needs = new Uint8Array(index.phrasings.length);
    index.phrasings.forEach((p, i) => {
      ofTopic[p.topic]!.push(i);
      for (const t of p.alsoTopics ?? []) namingTopic[t]!.push(i);
      needs[i] = p.needs;
    });
    for (const term of Object.keys(index.anchors)) for (const p of index.anchors[term]!) anchorsOf[p]!.push(term);
    s = { ofTopic, namingTopic, anchorsOf, needs };
    cache.set(index, s);
  }
  return s;
}

/** A page term's anchor postings among the phrasings the page can reach, and the sentence that last counted it. */
interface Reach {
  postings: number[];
  stamp: number;
}

/**
 * A selector for one scan, once the topics the page names are known. A phrasing is a
 * candidate when the sentence shares `needs` of its anchors and the page names its topic
 * (or, for a phrasing filed under a general topic, one of the substances it names).
 *
 * An anchor's postings grow with the database ("dir:up" anchors 420 phrasings, ten times
 * that in a database ten times the size), while a page names a handful of topics: the
 * anchors of the phrasings the page can reach are gathered once per scan, so a sentence
 * walks only postings that can become candidates, and the cost follows the claims about
 * the topics the page names, not the size of the database.
 */
export function candidateSelector(index: ClaimIndex, onPage: ReadonlySet<number>): SelectCandidates {
  const { ofTopic, namingTopic, anchorsOf, needs } = selection(index);
  const reachable = new Set<number>();
  for (const t of onPage) {
    for (const p of ofTopic[t]!) reachable.add(p);
    for (const p of namingTopic[t]!) reachable.add(p);
  }
  const reach = new Map<string, Reach>();
  for (const p of reachable) {
    for (const term of anchorsOf[p]!) {
      const r = reach.get(term);
      if (r) r.postings.push(p);
      else reach.set(term, { postings: [p], stamp: 0 });
    }
  }
  const hits = new Uint8Array(index.phrasings.length); // anchor hits per phrasing, reset per sentence
  let sentence = 0;
  return (tokens) => {
    sentence++;
    const touched: number[] = [];
    for (const t of tokens) {
      const r = reach.get(t.term);
      // Each term counts once per sentence, however often the sentence says it.
      if (!r || r.stamp === sentence) continue;
      r.stamp = sentence;
      for (const p of r.postings) {
        if (hits[p] === 0) touched.push(p);
        if (hits[p]! < 255) hits[p]!++;
      }
    }
    const out: number[] = [];
    for (const p of touched) {
      if (hits[p]! >= needs[p]!) out.push(p);
      hits[p] = 0;
    }
    return out.sort((a, b) => a - b);
  };
}
