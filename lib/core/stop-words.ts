import { stem } from './stem';

/**
 * Stop words whose stem is not the word itself ("does" is the term "doe", "actually" "actual"):
 * the tokenizer gives the stem, so the stem is a stop word too.
 */
const SAID_AS_STEM: ReadonlySet<string> = new Set(
  'does have having were will shall usually typically generally really actually simply like still therefore your yours'.split(
    ' ',
  ),
);

/**
 * Words that carry no claim: articles, pronouns, auxiliaries and hedges ("may", "can").
 * Hedges are stop words on purpose: "may help heal" and "heals" state the same claim.
 * Negations are not here; they change a claim's meaning and get a small weight instead.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all am an and any are as at be because been before being
  below between both but by could did do does doing down during each few for from further had
  has have having he her here hers herself him himself his how i if in into is it its itself
  just me more most my myself of off on once only or other our ours ourselves out over own
  same she should so some such than that the their theirs them themselves then there these they
  this those through to too under until up very was we were what when where which while who whom
  why will with would you your yours yourself yourselves can may might must shall also even
  much many often usually typically generally really actually simply well like via per across
  among upon onto within around whether either yet still already however therefore thus
  one's it's that's there's let us get got make made take taken`
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((w) => (SAID_AS_STEM.has(w) ? [w, stem(w)] : [w])),
);

/**
 * Words that flip or limit a claim; kept, but light. Held as the terms the tokenizer gives
 * them ("absence" is the term "absenc"), so a page's "absence" is found.
 */
export const NEGATIONS: ReadonlySet<string> = asTerms([
  // "Myth: creatine causes hair loss" denies what follows, as "not" does.
  'myth',
  'misconception',
  'no',
  'not',
  'never',
  'without',
  'devoid',
  'none',
  'non',
  'cannot',
  'doesn',
  'isn',
  'aren',
  'wasn',
  'weren',
  'didn',
  'hasn',
  'haven',
  'neither',
  'nor',
  // "It lacks FDA approval", "in the absence of trials".
  'lack',
  // "Black cohosh failed to relieve hot flashes", "the drug fails to lower weight".
  'failed',
  'fails',
  'absence',
]);

function asTerms(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.flatMap((w) => [w, stem(w)]));
}
