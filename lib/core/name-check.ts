import { stem } from './stem';
import { SAYS_T } from './testosterone-t';

/** Per name, its checked terms, each as the page words that make it (lib/core/name-check-list.ts). */
export type NameCheckList = readonly (readonly (readonly string[])[])[];

/**
 * The cheap question a page's always-loaded script asks before anything else: does its
 * text name any topic at all? A claim is only ever marked where the page names its topic
 * (lib/core/topic-focus.ts), so a page that fails this check would get no mark, and Evident
 * reads it no further. The check may say yes too often (then the full scan finds nothing),
 * never no too often.
 *
 * The background derives a short word list from the index (`nameCheckList`, a few KB
 * for the whole database and its packs); the check lower-cases the text, splits it with one
 * regular expression and looks words up in a Map (`createNameCheck`): no thesaurus, no index.
 * It runs in the background too, where its code is warm: the page only walks its text nodes
 * and sends their text a slice at a time, carrying the check's state (`NameCheckState`) from
 * one slice to the next (lib/dom/page-names-topic.ts). Run on the page, cold, it cost a
 * page that names no topic about 13 ms of its main thread per 26,000 characters.
 */

/** Page words: runs of letters and runs of digits; code names are joined from them below. */
const TOKENS = /[a-z]+|\d+/g;

/** Stems kept per check: pages repeat their words, and each is stemmed once (up to this many). */
const STEMS_KEPT = 20_000;

const isLetter = (c: number) => c >= 97 && c <= 122;
/** Index of a word's first two letters (a–z), or -1 when it has no such pair. */
function pairOf(word: string): number {
  const a = word.charCodeAt(0) - 97;
  const b = word.charCodeAt(1) - 97;
  return a >= 0 && a < 26 && b >= 0 && b < 26 ? a * 26 + b : -1;
}
/** The first two letters stem() may change (lib/core/stem.ts): "oestr…" → "estr…", "haem…" → "hem…", "isation" → "ization". */
const STEM_PREFIXES = [
  ['oe', 'es'],
  ['ha', 'he'],
  ['is', 'iz'],
] as const;
/** Letters, digits, "-" and space: what a name (with its code number) may be made of. */
const isWordish = (c: number) => isLetter(c) || (c >= 48 && c <= 57) || c === 45 || c === 32;
/** How much of two pieces' meeting is read again: longer than any word of a name. */
const JUNCTION = 40;

/** A check over text read piece by piece (text nodes): a word split across two pieces is still seen. */
export interface NameCheck {
  /**
   * Reads the next pieces, in page order; true once any text so far names a topic. Many
   * pieces at once cost less than one at a time (one lower-casing, one pattern run).
   */
  feed(...pieces: readonly string[]): boolean;
  /** What the check has seen so far, to go on with later (createNameCheck's `from`). */
  state(): NameCheckState;
}

/**
 * A check's progress as plain data: the end of the last piece (a word may go on in the next)
 * and, per name of several terms seen in part, the name's index and a bit per term seen. The
 * background checks a page's text a slice at a time, keeping nothing between two slices: the
 * page carries this from one to the next (a few hundred bytes).
 */
export interface NameCheckState {
  tail: string;
  /** Flat pairs: name index, then its bits. */
  seen: number[];
}

/** What a check needs of its list, worked out once per list (a check is made for every page asked about). */
interface CompiledList {
  /** Page word → the (name, term) pairs it satisfies. */
  where: Map<string, [number, number][]>;
  /** Per first two letters, whether any word of the list may start so (see mayBeKnown). */
  pairs: Uint8Array;
  /** Per name, the bits of all its terms. */
  full: number[];
}
const compiledLists = new WeakMap<NameCheckList, CompiledList>();

function compile(list: NameCheckList): CompiledList {
  let compiled = compiledLists.get(list);
  if (compiled) return compiled;
  const where = new Map<string, [number, number][]>();
  list.forEach((groups, name) =>
    groups.forEach((words, term) => {
      for (const w of words) {
        const at = where.get(w);
        if (at) at.push([name, term]);
        else where.set(w, [[name, term]]);
      }
    }),
  );
  // Most page words can be turned away by their first two letters alone, before any lookup
  // or stemming: stem() keeps a word's first two letters but for the few prefixes it folds.
  const pairs = new Uint8Array(26 * 26);
  for (const w of where.keys()) if (pairOf(w) >= 0) pairs[pairOf(w)] = 1;
  for (const [from, to] of STEM_PREFIXES) if (pairs[pairOf(to)]) pairs[pairOf(from)] = 1;
  compiled = { where, pairs, full: list.map((groups) => 2 ** groups.length - 1) };
  compiledLists.set(list, compiled);
  return compiled;
}

export function createNameCheck(list: NameCheckList, from?: NameCheckState): NameCheck {
  // Building these took half a millisecond on every check (the background makes one per page).
  const { where, pairs, full } = compile(list);
  const mayBeKnown = (word: string) => pairOf(word) < 0 || pairs[pairOf(word)] === 1;
  /** Per name, a bit per term seen so far. */
  const seen = new Uint32Array(list.length);
  const see = (word: string): boolean => {
    const at = where.get(word);
    if (!at) return false;
    for (const [name, term] of at) if ((seen[name]! |= 1 << term) === full[name]) return true;
    return false;
  };
  // Per check, not per module: the words of a page are garbage once its check is done
  // (a module-wide cache stayed in the tab's heap for as long as the page was open).
  const stems = new Map<string, string>();
  const stemCached = (word: string): string => {
    let s = stems.get(word);
    if (s === undefined) {
      if (stems.size > STEMS_KEPT) stems.clear();
      stems.set(word, (s = stem(word)));
    }
    return s;
  };
  const seeWord = (letters: string): boolean => {
    if (!mayBeKnown(letters)) return false;
    if (see(letters)) return true;
    const s = stemCached(letters);
    return s !== letters && see(s);
  };
  /**
   * Every term the tokenizer may make of the page's words (lib/core/tokenize.ts): a word or
   * its stem; a number, with the letter that may end it ("503b", "3s"); a code name joined
   * from letters and the number right after them, or after one "-" or space ("bpc-157").
   */
  const anyIn = (text: string): boolean => {
    TOKENS.lastIndex = 0;
    let letters = '';
    let lettersEnd = -2;
    for (let m = TOKENS.exec(text); m; m = TOKENS.exec(text)) {
      const token = m[0];
      const start = m.index;
      if (isLetter(token.charCodeAt(0))) {
        if (seeWord(token)) return true;
        letters = token;
        lettersEnd = start + token.length;
        continue;
      }
      const end = start + token.length;
      const suffix = isLetter(text.charCodeAt(end)) && !isLetter(text.charCodeAt(end + 1)) ? text[end]! : '';
      const gap = start - lettersEnd;
      const joined = gap === 0 || (gap === 1 && (text[lettersEnd] === '-' || text[lettersEnd] === ' ')) ? letters : '';
      if (see(token) || (suffix !== '' && see(token + suffix))) return true;
      if (joined !== '' && (see(joined + token) || (suffix !== '' && see(joined + token + suffix)))) return true;
      letters = '';
    }
    return false;
  };
  let tail = typeof from?.tail === 'string' ? from.tail.slice(-JUNCTION) : '';
  let found = false;
  const partly = from?.seen ?? [];
  for (let i = 0; i + 1 < partly.length; i += 2) {
    const [name, bits] = [partly[i]!, partly[i + 1]!];
    if (Number.isInteger(name) && name >= 0 && name < seen.length) seen[name] = (bits & full[name]!) >>> 0;
  }
  return {
    state() {
      const partlySeen: number[] = [];
      seen.forEach((bits, name) => {
        if (bits !== 0) partlySeen.push(name, bits);
      });
      return { tail, seen: partlySeen };
    },
    feed(...pieces) {
      if (found) return true;
      // Pieces may meet inside a word ("BPC" + "-157", "Sermo" + "relin") or between two
      // blocks ("…about" + "Sermorelin"): each piece is read alone ("\n" keeps them apart),
      // and so is each junction of two word-like ends.
      const junctions: string[] = [];
      for (const piece of pieces) {
        let h = 0;
        while (h < JUNCTION && h < piece.length && isWordish(piece.charCodeAt(h) | 32)) h++;
        if (tail !== '' && h > 0) junctions.push(tail + piece.slice(0, h));
        let t = piece.length;
        while (t > 0 && piece.length - t < JUNCTION && isWordish(piece.charCodeAt(t - 1) | 32)) t--;
        tail = (t === 0 ? tail + piece : piece.slice(t)).slice(-JUNCTION);
      }
      const text = pieces.join('\n');
      // "Low T" is testosterone to the tokenizer (testosterone-t.ts): the check reads it so too.
      found =
        anyIn(text.toLowerCase()) ||
        anyIn(junctions.join('\n').toLowerCase()) ||
        (SAYS_T.test(text) && anyIn('testosterone'));
      return found;
    },
  };
}
