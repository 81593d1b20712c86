import { ownEntry, type ClaimIndex } from './claim-index';
import type { Token } from './tokenize';

/** Picks, for one sentence's tokens, the phrasings worth scoring: ascending phrasing indices. */
export type SelectCandidates = (tokens: readonly Token[]) => number[];

const NONE: readonly number[] = [];

const alsoCache = new WeakMap<ClaimIndex, Uint8Array>();
/** Per phrasing, 1 when it also names other topics: a typed array, because the filter asks per posting. */
function phrasingsWithAlso(index: ClaimIndex): Uint8Array {
  let flags = alsoCache.get(index);
  if (!flags) {
    flags = new Uint8Array(index.phrasings.length);
    index.phrasings.forEach((p, i) => {
      if (p.alsoTopics) flags![i] = 1;
    });
    alsoCache.set(index, flags);
  }
  return flags;
}

/** A page term's anchor postings that the page can reach, and the sentence that last counted it. */
interface Reach {
  postings: readonly number[];
  stamp: number;
}

/**
 * A selector for one scan, once the topics the page names are known. A phrasing is a
 * candidate when the sentence shares `needs` of its anchors and the page names its topic
 * (or, for a phrasing filed under a general topic, one of the substances it names).
 *
 * An anchor's postings grow with the database ("dir:up" selects 420 phrasings, ten times
 * that in a database ten times the size), while a page names a handful of topics: each
 * distinct page term's postings are filtered by topic once per scan, and every later
 * sentence that says the term walks only what is left.
 */
export function candidateSelector(index: ClaimIndex, onPage: ReadonlySet<number>): SelectCandidates {
  const mask = new Uint8Array(index.topics.length);
  for (const t of onPage) mask[t] = 1;
  const topics = index.phrasingTopics;
  const also = phrasingsWithAlso(index);
  const reachable = (postings: readonly number[]): number[] => {
    const out: number[] = [];
    for (const p of postings) {
      if (mask[topics[p]!] === 1 || (also[p] === 1 && index.phrasings[p]!.alsoTopics!.some((t) => mask[t] === 1)))
        out.push(p);
    }
    return out;
  };
  const reach = new Map<string, Reach>();
  const hits = new Uint8Array(index.phrasings.length); // anchor hits per phrasing, reset per sentence
  let sentence = 0;
  return (tokens) => {
    sentence++;
    const touched: number[] = [];
    for (const t of tokens) {
      let r = reach.get(t.term);
      if (!r) {
        r = { postings: reachable(ownEntry(index.anchors, t.term) ?? NONE), stamp: 0 };
        reach.set(t.term, r);
      }
      // Each term counts once per sentence, however often the sentence says it.
      if (r.stamp === sentence) continue;
      r.stamp = sentence;
      for (const p of r.postings) {
        if (hits[p] === 0) touched.push(p);
        if (hits[p]! < 255) hits[p]!++;
      }
    }
    const out: number[] = [];
    for (const p of touched) {
      if (hits[p]! >= index.phrasings[p]!.needs) out.push(p);
      hits[p] = 0;
    }
    return out.sort((a, b) => a - b);
  };
}
