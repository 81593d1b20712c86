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

/**
 * Page words as the check splits them: letters with the code number that may follow
 * ("bpc-157", "bpc157", "omega-3s"), or a number with the letter that may end it ("503b");
 * the tokenizer's RAW pattern (lib/core/tokenize.ts) with the joins it makes after it.
 */
const WORDS = /([a-z]*)(?:[- ]?(\d+)([a-z](?![a-z]))?)?/g;

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
  const stems = new Map<string, string>();
  const see = (word: string): boolean => {
    const at = where.get(word);
    if (!at) return false;
    for (const [name, term] of at) if ((seen[name]! |= 1 << term) === full[name]) return true;
    return false;
  };
  /** Every term the tokenizer may make of a match: the joined code name, its letters (stemmed too) or its number. */
  const names = (letters: string, digits: string, suffix: string): boolean => {
    if (digits !== '' && (see(letters + digits) || see(letters + digits + suffix) || see(digits) || see(digits + suffix)))
      return true;
    if (letters === '') return false;
    if (see(letters)) return true;
    let s = stems.get(letters);
    if (s === undefined) stems.set(letters, (s = stem(letters)));
    return s !== letters && see(s);
  };
  const anyIn = (text: string): boolean => {
    for (const m of text.matchAll(WORDS)) if (m[0] !== '' && names(m[1]!, m[2] ?? '', m[3] ?? '')) return true;
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
      const head = /^[a-z0-9- ]*/.exec(text)![0].slice(0, 40);
      found = anyIn(text) || (tail !== '' && head !== '' && anyIn(tail + head));
      const end = /[a-z0-9- ]*$/.exec(text)![0];
      tail = end.length === text.length ? (tail + end).slice(-40) : end.slice(-40);
      return found;
    },
  };
}
