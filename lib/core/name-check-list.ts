import type { ClaimIndex } from './claim-index';
import type { NameCheckList } from './name-check';
import { PHRASES_BY_FIRST, SYNONYMS } from './thesaurus';

/** Per name, up to this many of its terms are checked: two words rarely meet by chance, and the list stays short. */
const TERMS_PER_NAME = 2;

/**
 * What the page checks, per name in the index: up to two of the name's terms (a mention
 * needs all of them, on the page in any order), each as every page word the tokenizer folds
 * into it (thesaurus synonyms and phrases; code names written "BPC-157" or "bpc157"). Names
 * → terms → words; about 20 bytes a name (33 KB for the 1,700 names of 218 topics), held in
 * the background, which checks the text pages send it.
 */
export function nameCheckList(index: ClaimIndex): NameCheckList {
  const producers = new Map<string, Set<string>>();
  const add = (term: string, word: string) => {
    let set = producers.get(term);
    if (!set) producers.set(term, (set = new Set()));
    set.add(word);
  };
  for (const [word, concept] of SYNONYMS) add(concept, word);
  for (const phrases of PHRASES_BY_FIRST.values()) for (const [seq, canon] of phrases) add(canon, seq[0]!);
  const formsOf = (term: string): string[] =>
    [...new Set([...(producers.get(term) ?? []), ...(term.includes(':') ? [] : [term])])].sort();
  // Numbers and concepts with many words say least about a page; longer terms are rarer.
  const rank = (term: string) => [/^\d/.test(term) ? 1 : 0, formsOf(term).length, -term.length] as const;
  const better = (a: string, b: string) => {
    const [x, y] = [rank(a), rank(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  };
  const out = new Map<string, string[][]>();
  for (const entries of Object.values(index.names)) {
    for (const [, terms] of entries) {
      const groups = [...new Set(terms)].sort(better).slice(0, TERMS_PER_NAME).map(formsOf);
      if (groups.length > 0) out.set(JSON.stringify(groups), groups);
    }
  }
  return [...out.values()];
}
