import { stem } from './stem';

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
 * for the whole database and its packs); the page only lower-cases its text, splits it with
 * one regular expression and looks words up in a Map (`createNameCheck`): no thesaurus, no index.
 */

/** Page words: runs of letters and runs of digits; code names are joined from them below. */
const TOKENS = /[a-z]+|\d+/g;

// Pages repeat their words: each is stemmed once per page (and at most this many kept).
const stems = new Map<string, string>();
const STEMS_KEPT = 20_000;
function stemCached(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    if (stems.size > STEMS_KEPT) stems.clear();
    stems.set(word, (s = stem(word)));
  }
  return s;
}

const isLetter = (c: number) => c >= 97 && c <= 122;
/** Letters, digits, "-" and space: what a name (with its code number) may be made of. */
const isWordish = (c: number) => isLetter(c) || (c >= 48 && c <= 57) || c === 45 || c === 32;
/** How much of two pieces' meeting is read again: longer than any word of a name. */
const JUNCTION = 40;

/** A check over text read piece by piece (text nodes): a word split across two pieces is still seen. */
export interface NameCheck {
  /** Reads the next piece; true once any piece so far names a topic. */
  feed(text: string): boolean;
}

export function createNameCheck(list: NameCheckList): NameCheck {
  /** Page word → the (name, term) pairs it satisfies. */
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
  /** Per name, a bit per term seen so far. */
  const seen = new Uint32Array(list.length);
  const full = list.map((groups) => 2 ** groups.length - 1);
  const see = (word: string): boolean => {
    const at = where.get(word);
    if (!at) return false;
    for (const [name, term] of at) if ((seen[name]! |= 1 << term) === full[name]) return true;
    return false;
  };
  const seeWord = (letters: string): boolean => {
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
  let tail = '';
  let found = false;
  return {
    feed(piece) {
      if (found) return true;
      const text = piece.toLowerCase();
      // Pieces may meet inside a word ("BPC" + "-157", "Sermo" + "relin") or between two
      // blocks ("…about" + "Sermorelin"): both the pieces and their junction are read.
      let h = 0;
      while (h < JUNCTION && h < text.length && isWordish(text.charCodeAt(h))) h++;
      found = anyIn(text) || (tail !== '' && h > 0 && anyIn(tail + text.slice(0, h)));
      let t = text.length;
      while (t > 0 && text.length - t < JUNCTION && isWordish(text.charCodeAt(t - 1))) t--;
      tail = (t === 0 ? tail + text : text.slice(t)).slice(-JUNCTION);
      return found;
    },
  };
}
