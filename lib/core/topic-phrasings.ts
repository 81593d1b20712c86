import type { ClaimIndex } from './claim-index';
import { countsNearSpellings, termsNeeded, type SentenceTerms } from './score-phrasing';

/** One topic's phrasings: all of them, by term, and those that state figures (ascending indices). */
interface TopicPhrasings {
  all: number[];
  byTerm: Map<string, number[]>;
  withNumbers: number[];
}

const cache = new WeakMap<ClaimIndex, TopicPhrasings[]>();
/** Per topic, its phrasings by term: built once per index. */
function topicPhrasings(index: ClaimIndex): TopicPhrasings[] {
  let out = cache.get(index);
  if (!out) {
    const built = index.topics.map((): TopicPhrasings => ({ all: [], byTerm: new Map(), withNumbers: [] }));
    index.phrasings.forEach((p, i) => {
      const own = built[p.topic]!;
      own.all.push(i);
      for (const t of p.terms) {
        const list = own.byTerm.get(t);
        if (list) list.push(i);
        else own.byTerm.set(t, [i]);
      }
      if (p.numbers.length > 0) own.withNumbers.push(i);
    });
    out = built;
    cache.set(index, out);
  }
  return out;
}

/** Shared-term counts per phrasing, back to zero after every call. */
let counts = new Uint8Array(0);

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
  const own = topicPhrasings(index)[topic]!;
  if (countsNearSpellings(minScore)) return own.all;
  if (counts.length < index.phrasings.length) counts = new Uint8Array(index.phrasings.length);
  const touched: number[] = [];
  for (const term of s.byTerm.keys()) {
    for (const p of own.byTerm.get(term) ?? []) {
      if (counts[p] === 0) touched.push(p);
      if (counts[p]! < 255) counts[p]!++;
    }
  }
  const out: number[] = [];
  for (const p of touched) {
    const phrasing = index.phrasings[p]!;
    // A name in focus the sentence leaves unsaid counts as one shared word (scorePhrasing).
    const nameInFocus = phrasing.terms.some((t) => implied.has(t) && !s.byTerm.has(t));
    if (counts[p]! >= termsNeeded(phrasing, s, nameInFocus)) out.push(p);
    counts[p] = 0;
  }
  if (s.hasNumbers) for (const p of own.withNumbers) if (!out.includes(p)) out.push(p);
  return out.sort((a, b) => a - b);
}
