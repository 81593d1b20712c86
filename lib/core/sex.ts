import { tokenize } from './tokenize';

/** Words that say a sentence, phrasing or claim is about women, or about men. */
const WOMEN: ReadonlySet<string> = new Set(
  tokenize('women woman female mother pregnant postmenopausal girl').map((t) => t.term),
);
const MEN: ReadonlySet<string> = new Set(tokenize('men man male boy').map((t) => t.term));

export type Sex = 'women' | 'men';

/** Whom the words speak of, when they name one sex and not the other. */
export function sexOf(terms: readonly string[]): Sex | null {
  const women = terms.some((t) => WOMEN.has(t));
  const men = terms.some((t) => MEN.has(t));
  return women && !men ? 'women' : men && !women ? 'men' : null;
}

export const otherSex = (sex: Sex): Sex => (sex === 'women' ? 'men' : 'women');
