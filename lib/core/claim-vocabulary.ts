import type { ClaimIndex } from './claim-index';
import { phrasingsOfTopic } from './topic-phrasings';

/**
 * A claim's words, all its phrasings taken together. A phrasing of a few words can be nearly all
 * said by a sentence that makes another claim ("NAD+ declines with age" in a sentence on what
 * NAD+ does as we age), and the sentence's other words then belong to another claim's phrasings.
 * Per topic, each claim is a vector over its terms: a term's weight in the index, times how rare
 * it is among the topic's claims (the topic's own names say nothing about which of its claims a
 * sentence makes, and are left out), times the share of the claim's phrasings that use it.
 */
interface TopicWords {
  /** Per claim of the topic (its index in the claim index): its weight for each of its terms, and the vector's length. */
  claims: Map<number, { weights: Map<string, number>; norm: number }>;
  /** Term → its weight for a sentence (index weight × rarity among the topic's claims). */
  weightOf: Map<string, number>;
}

const cache = new WeakMap<ClaimIndex, Map<number, TopicWords>>();

/** A topic's claims as vectors of words: built the first time a sentence makes one of its claims. */
function topicWords(index: ClaimIndex, topic: number): TopicWords {
  let all = cache.get(index);
  if (!all) cache.set(index, (all = new Map()));
  const known = all.get(topic);
  if (known) return known;
  const own = new Set(index.topicTerms[topic]);
  const byClaim = new Map<number, { phrasings: number; uses: Map<string, number> }>();
  const weight = new Map<string, number>();
  for (const at of phrasingsOfTopic(index, topic)) {
    const p = index.phrasings[at]!;
    let c = byClaim.get(p.claim);
    if (!c) byClaim.set(p.claim, (c = { phrasings: 0, uses: new Map() }));
    c.phrasings++;
    const seen = new Set<string>();
    p.terms.forEach((t, k) => {
      if (own.has(t) || seen.has(t)) return;
      seen.add(t);
      weight.set(t, p.weights[k]!);
      c.uses.set(t, (c.uses.get(t) ?? 0) + 1);
    });
  }
  const claimsUsing = new Map<string, number>();
  for (const c of byClaim.values()) for (const t of c.uses.keys()) claimsUsing.set(t, (claimsUsing.get(t) ?? 0) + 1);
  const weightOf = new Map<string, number>();
  for (const [t, w] of weight) weightOf.set(t, w * Math.log(1 + byClaim.size / claimsUsing.get(t)!));
  const claims = new Map<number, { weights: Map<string, number>; norm: number }>();
  for (const [claim, c] of byClaim) {
    let sq = 0;
    const weights = new Map<string, number>();
    for (const [t, uses] of c.uses) {
      const w = weightOf.get(t)! * (uses / c.phrasings);
      sq += w * w;
      weights.set(t, w);
    }
    claims.set(claim, { weights, norm: Math.sqrt(sq) });
  }
  const out = { claims, weightOf };
  all.set(topic, out);
  return out;
}

/** A sentence's words as a vector in one topic's space: those the topic's claims use, with their weights. */
export interface SentenceWords {
  topic: number;
  words: [string, number][];
  norm: number;
}

/** The sentence's distinct terms (`terms`) as a vector in `topic`'s space: worked out once per sentence and topic. */
export function sentenceWords(terms: Iterable<string>, topic: number, index: ClaimIndex): SentenceWords {
  const { weightOf } = topicWords(index, topic);
  const words: [string, number][] = [];
  let sq = 0;
  for (const t of terms) {
    const w = weightOf.get(t);
    if (w === undefined) continue;
    words.push([t, w]);
    sq += w * w;
  }
  return { topic, words, norm: Math.sqrt(sq) };
}

/**
 * How close a sentence's words come to claim `claim` of their topic: the cosine of the two
 * vectors, from 0 to 1. It reads the sentence's words and the one claim's, whatever the size of
 * the database.
 */
export function closenessByWords(sentence: SentenceWords, claim: number, index: ClaimIndex): number {
  const own = topicWords(index, sentence.topic).claims.get(claim);
  if (!own || own.norm === 0 || sentence.norm === 0) return 0;
  let dot = 0;
  for (const [t, w] of sentence.words) dot += w * (own.weights.get(t) ?? 0);
  return dot / (own.norm * sentence.norm);
}
