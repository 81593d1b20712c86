import type { ClaimIndex } from './claim-index';
import { phrasingTable } from './phrasing-facts';
import type { Token } from './tokenize';

/** Picks, for one sentence's tokens, the phrasings worth scoring, and says which terms it says. */
export interface SelectCandidates {
  /**
   * The phrasings worth scoring for one sentence's tokens: ascending phrasing indices, in space
   * the index's selectors share, good until the next `select` of any of them (a sentence's
   * candidates are scored before the next sentence is selected).
   */
  select(tokens: readonly Token[]): Int32Array;
  /**
   * Per term, by its number in phrasingTable's `termIds`, the number of the last sentence
   * `select` was given that says it: while that sentence is scored, `said[id] === sentence`
   * says, without a lookup by text, whether it says the term.
   */
  readonly said: Int32Array;
  /** The number of the last sentence `select` was given. */
  readonly sentence: number;
}

/** What the index says of its phrasings, reshaped once per index for selection. */
interface Selection {
  /**
   * Term → its number (an index into the per-scan tables below): phrasingTable's numbers for
   * every phrasing term (anchors are such terms), any other anchor numbered after them.
   */
  termIds: Map<string, number>;
  /** Per topic, its phrasings. */
  ofTopic: number[][];
  /** Per topic, the phrasings filed under a general topic that name it ("BPC-157 is FDA-approved"). */
  namingTopic: number[][];
  /** Phrasing p's anchors are anchorIds[anchorsAt[p]] up to anchorIds[anchorsAt[p + 1]]. */
  anchorsAt: Int32Array;
  anchorIds: Int32Array;
  /** Per phrasing, how many anchor hits make it a candidate. */
  needs: Uint8Array;
  /**
   * Per phrasing that needs two hits, its commonest anchor (else -1), left out of anchorIds:
   * a sentence that shares two of its anchors shares one of the others, which finds it, and
   * the commonest anchor is then checked for it alone. The longest postings are not walked.
   */
  checked: Int32Array;
  /**
   * Scratch space every selector of the index shares, by phrasing and by term, each entry good
   * only while `stamp` holds the number it was written with: a new selector or sentence takes
   * the next number, so nothing is cleared or allocated per page (a page's selector allocated
   * these anew, and with ten times the claims that cost more than the page's own postings).
   * One select call uses them from start to end with no pause, so scans that take turns do not meet.
   */
  scratch: {
    hits: Uint8Array;
    hitIn: Int32Array;
    reachedIn: Int32Array;
    counted: Int32Array;
    /** The candidates of the last sentence selected, from the start: a phrasing is taken once per sentence. */
    chosen: Int32Array;
    stamp: number;
  };
}

/** Past this, the shared stamps start again from zero (their arrays cleared). */
const LAST_STAMP = 2 ** 30;
/** The next stamp of an index's shared scratch space. */
function nextStamp(scratch: Selection['scratch']): number {
  if (scratch.stamp >= LAST_STAMP) {
    scratch.hitIn.fill(0);
    scratch.reachedIn.fill(0);
    scratch.counted.fill(0);
    scratch.stamp = 0;
  }
  return ++scratch.stamp;
}

const cache = new WeakMap<ClaimIndex, Selection>();
function selection(index: ClaimIndex): Selection {
  let s = cache.get(index);
  if (!s) {
    const n = index.phrasings.length;
    const ofTopic = index.topics.map((): number[] => []);
    const namingTopic = index.topics.map((): number[] => []);
    const needs = new Uint8Array(n);
    index.phrasings.forEach((p, i) => {
      ofTopic[p.topic]!.push(i);
      for (const t of p.alsoTopics ?? []) namingTopic[t]!.push(i);
      needs[i] = p.needs;
    });
    const termIds = new Map(phrasingTable(index).termIds);
    const anchorsOf = index.phrasings.map((): number[] => []);
    const postings: number[] = [];
    for (const term of Object.keys(index.anchors)) {
      let id = termIds.get(term);
      if (id === undefined) termIds.set(term, (id = termIds.size));
      postings[id] = index.anchors[term]!.length;
      for (const p of index.anchors[term]!) anchorsOf[p]!.push(id);
    }
    const checked = new Int32Array(n).fill(-1);
    anchorsOf.forEach((ids, p) => {
      if (needs[p]! < 2 || ids.length < 2) return;
      const commonest = ids.reduce((a, b) => (postings[b]! > postings[a]! ? b : a));
      checked[p] = commonest;
      ids.splice(ids.indexOf(commonest), 1);
    });
    const anchorsAt = new Int32Array(n + 1);
    anchorsOf.forEach((ids, p) => (anchorsAt[p + 1] = anchorsAt[p]! + ids.length));
    const scratch = {
      hits: new Uint8Array(n),
      hitIn: new Int32Array(n),
      reachedIn: new Int32Array(n),
      counted: new Int32Array(termIds.size),
      chosen: new Int32Array(n),
      stamp: 0,
    };
    s = {
      termIds,
      ofTopic,
      namingTopic,
      anchorsAt,
      anchorIds: Int32Array.from(anchorsOf.flat()),
      needs,
      checked,
      scratch,
    };
    cache.set(index, s);
  }
  return s;
}

/**
 * A selector for one scan, once the topics the page names are known. A phrasing is a
 * candidate when the sentence shares `needs` of its anchors and the page names its topic
 * (or, for a phrasing filed under a general topic, one of the substances it names).
 *
 * An anchor's postings grow with the database ("dir:up" anchors 420 phrasings, ten times
 * that in a database ten times the size), while a page names a handful of topics: the
 * anchors of the phrasings the page can reach are gathered once per scan, into flat typed
 * arrays (a posting list per anchor), so a sentence walks only postings that can become
 * candidates, and the cost follows the claims about the topics the page names. A phrasing's
 * commonest anchor is not among its postings (`checked`): found by its other anchors, it is
 * checked for that one alone.
 */
export function candidateSelector(index: ClaimIndex, onPage: ReadonlySet<number>): SelectCandidates {
  const { termIds, ofTopic, namingTopic, anchorsAt, anchorIds, needs, checked, scratch } = selection(index);
  const { hits, hitIn, reachedIn, counted, chosen } = scratch;
  const reachable: number[] = [];
  const scan = nextStamp(scratch);
  for (const t of onPage) {
    for (const list of [ofTopic[t]!, namingTopic[t]!]) {
      for (const p of list) {
        if (reachedIn[p] === scan) continue;
        reachedIn[p] = scan;
        reachable.push(p);
      }
    }
  }
  // Posting lists of the reachable phrasings, by anchor: postings[from[a]] up to postings[from[a + 1]].
  const from = new Int32Array(termIds.size + 1);
  for (const p of reachable) for (let k = anchorsAt[p]!; k < anchorsAt[p + 1]!; k++) from[anchorIds[k]! + 1]!++;
  for (let a = 0; a < termIds.size; a++) from[a + 1]! += from[a]!;
  const postings = new Int32Array(from[termIds.size]!);
  const fill = from.slice(0, termIds.size);
  for (const p of reachable)
    for (let k = anchorsAt[p]!; k < anchorsAt[p + 1]!; k++) postings[fill[anchorIds[k]!]!++] = p;

  // counted: the sentence that last said each term; hits: anchor hits per phrasing, in the sentence hitIn says.
  let sentence = 0;
  const select = (tokens: readonly Token[]): Int32Array => {
    sentence = nextStamp(scratch);
    // Each anchor counts once per sentence, however often the sentence says it.
    const said: number[] = [];
    for (const t of tokens) {
      const a = termIds.get(t.term);
      if (a === undefined || counted[a] === sentence) continue;
      counted[a] = sentence;
      said.push(a);
    }
    // A phrasing is taken when its hits (its commonest anchor's included) first reach what it
    // needs: its count goes up by one per hit, so that happens once. Most phrasings a sentence
    // touches get one hit and are not taken; they are neither listed nor reset.
    let count = 0;
    for (const a of said) {
      for (let k = from[a]!; k < from[a + 1]!; k++) {
        const p = postings[k]!;
        let h = 1;
        if (hitIn[p] === sentence) h = hits[p]! + 1;
        else hitIn[p] = sentence;
        hits[p] = h;
        const commonest = checked[p]!;
        if (h + (commonest >= 0 && counted[commonest] === sentence ? 1 : 0) === needs[p]!) chosen[count++] = p;
      }
    }
    // Sorted where they were written: a typed array sorts numbers as numbers, without a call per
    // comparison, and a sentence allocates nothing for its candidates.
    return chosen.subarray(0, count).sort();
  };
  return {
    select,
    said: counted,
    get sentence() {
      return sentence;
    },
  };
}
