import { foldChars } from './normalize';
import { stem } from './stem';
import { OTHER_T, T_AFTER, T_BEFORE } from './testosterone-t';
import { PHRASES_BY_FIRST, SYNONYMS } from './thesaurus';

/** A normalised term and the span of original text it came from. */
export interface Token {
  term: string;
  start: number;
  end: number;
  /**
   * The word's own term where the thesaurus folded it to a direction ("booster" in "HGH booster"
   * reads "dir:up"): a name says its own words, and "growth hormone increases" is no "growth
   * hormone booster" (claim-index.ts, NAME_OWN_WORDS).
   */
  word?: string;
}

// Code names ("bpc157", "t3", "503b"), numbers (with decimals or thousands commas),
// words, and the percent sign. Runs on folded text, which has the same offsets.
const RAW = /[a-z]+\d+[a-z]?|\d+[a-z](?![a-z])|\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?|[a-z]+|%/g;

// Maps, not plain objects: a page word such as "constructor" must not find Object's own members.
const UNITS = new Map<string, string>(
  Object.entries({
    ug: 'mcg',
    mcg: 'mcg',
    microgram: 'mcg',
    micrograms: 'mcg',
    mg: 'mg',
    milligram: 'mg',
    milligrams: 'mg',
    g: 'g',
    gram: 'g',
    grams: 'g',
    gm: 'g',
    kg: 'kg',
    kilogram: 'kg',
    kilograms: 'kg',
    kilo: 'kg',
    kilos: 'kg',
    lb: 'lb',
    lbs: 'lb',
    pound: 'lb',
    pounds: 'lb',
    iu: 'iu',
    ml: 'ml',
    milliliter: 'ml',
    millilitre: 'ml',
    percent: '%',
    pct: '%',
    percentage: '%',
    hr: 'hour',
    hrs: 'hour',
    hours: 'hour',
    h: 'hour',
    wk: 'week',
    wks: 'week',
    mo: 'month',
    yr: 'year',
    yrs: 'year',
  }),
);

const UNITS_WORDS = new Map<string, number>(
  Object.entries({
    zero: 0,
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    thirteen: 13,
    fourteen: 14,
    fifteen: 15,
    sixteen: 16,
    seventeen: 17,
    eighteen: 18,
    nineteen: 19,
  }),
);
const TENS_WORDS = new Map<string, number>(
  Object.entries({
    twenty: 20,
    thirty: 30,
    forty: 40,
    fifty: 50,
    sixty: 60,
    seventy: 70,
    eighty: 80,
    ninety: 90,
  }),
);

/** Number words in one Map (one lookup per token): each with its value, and whether it is a ten. */
const NUMBER_WORDS = new Map<string, { value: number; tens: boolean }>([
  ...[...UNITS_WORDS].map(([w, value]): [string, { value: number; tens: boolean }] => [w, { value, tens: false }]),
  ...[...TENS_WORDS].map(([w, value]): [string, { value: number; tens: boolean }] => [w, { value, tens: true }]),
]);

/**
 * Splits text into normalised terms with their original offsets. Both the page and the
 * claims database go through here, so every fold (units, number words, code names,
 * inflections, synonyms) applies to both sides alike.
 */
export function tokenize(text: string, offset = 0): Token[] {
  const folded = foldChars(text);
  const raw: Token[] = [];
  RAW.lastIndex = 0;
  for (let m = RAW.exec(folded); m !== null; m = RAW.exec(folded)) {
    const start = m.index;
    let term = m[0];
    if (term.includes(',')) term = term.replace(/,/g, '');
    raw.push({ term, start, end: start + m[0].length });
  }
  // Contractions need an apostrophe; most sentences have none, and the pass would copy them unchanged.
  const contracted = folded.includes("'") ? foldContractions(raw, folded) : raw;
  const numbered = aidsAbbreviated(
    testosteroneAbbreviated(
      nitricOxideAbbreviated(foldNumberWords(joinCodeNames(contracted, text, folded)), text),
      text,
    ),
    text,
  );
  // Every token here is this call's own: each is given its final term and offsets in place.
  for (const t of numbered) {
    if (isWord(t.term)) t.term = wordTerm(t.term);
    t.start += offset;
    t.end += offset;
  }
  return foldPhrases(numbered);
}

/** Words that follow "NO" where it stands for nitric oxide: "NO levels", "NO boosters". */
const NITRIC_OXIDE_CONTEXT: ReadonlySet<string> = new Set([
  'level',
  'levels',
  'production',
  'produce',
  'booster',
  'boosters',
  'boost',
  'boosting',
  'synthase',
  'synthesis',
  'donor',
  'donors',
  'release',
  'bioavailability',
  'signaling',
  'signalling',
  'pathway',
  'pathways',
  'supplement',
  'supplements',
  'precursor',
  'precursors',
]);

/**
 * "NO" in capitals for nitric oxide ("nitric oxide (NO)", "NO levels", "NO boosters") is no
 * negation: it is read as the two words it stands for, so "(NO)" never denies a claim. A
 * capitalised "NO" elsewhere ("NO side effects") stays a "no".
 */
function nitricOxideAbbreviated(tokens: Token[], text: string): Token[] {
  if (!text.includes('NO')) return tokens;
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    const abbreviation =
      t.term === 'no' &&
      text.slice(t.start, t.end) === 'NO' &&
      ((text[t.start - 1] === '(' && text[t.end] === ')') ||
        (next !== undefined && next.start - t.end <= 2 && NITRIC_OXIDE_CONTEXT.has(next.term)));
    if (abbreviation)
      out.push({ term: 'nitric', start: t.start, end: t.end }, { term: 'oxide', start: t.start, end: t.end });
    else out.push(t);
  }
  return out;
}

/**
 * A capital "T" beside the words pages put it with ("low T", "Low-T", "free T", "T levels") is
 * testosterone, and is read as that word: "Low T is linked to depression" says what "low
 * testosterone is linked to depression" says, and names testosterone. A lower-case "t" ("don't",
 * "t-test") and "T cells" stay what they are.
 */
function testosteroneAbbreviated(tokens: Token[], text: string): Token[] {
  if (!/(?:^|[^\p{L}\p{N}])T(?![\p{L}\p{N}])/u.test(text)) return tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.term !== 't' || text.slice(t.start, t.end) !== 'T') continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const joined = (a: Token, b: Token) => b.start - a.end === 1 && /[ -]/.test(text[a.end]!);
    if (next !== undefined && joined(t, next) && OTHER_T.has(next.term)) continue;
    if (
      (prev !== undefined && joined(prev, t) && T_BEFORE.has(prev.term)) ||
      (next !== undefined && joined(t, next) && T_AFTER.has(next.term))
    )
      t.term = 'testosterone';
  }
  return tokens;
}

/**
 * "AIDS" in capitals is the disease, not the verb "aids" (which the thesaurus reads as "helps"): its
 * term is the capitalised word, which no folded page word can equal and no fold touches (isWord and
 * the thesaurus pass it by). "Aids digestion" still helps.
 */
function aidsAbbreviated(tokens: Token[], text: string): Token[] {
  if (!text.includes('AIDS')) return tokens;
  for (const t of tokens) if (t.term === 'aids' && text.slice(t.start, t.end) === 'AIDS') t.term = 'AIDS';
  return tokens;
}

function isWord(term: string): boolean {
  const c = term.charCodeAt(term.length - 1);
  return c >= 97 && c <= 122 && term.charCodeAt(0) >= 97;
}

/**
 * A word's term: its unit ("mcg" for "micrograms"), else its stem. Units are all words, so
 * nothing else can be one. Pages repeat their words: each is worked out once, and one lookup
 * finds it (stemming them was most of tokenize's cost on a long page).
 */
const wordTerms = new Map<string, string>();
function wordTerm(word: string): string {
  let s = wordTerms.get(word);
  if (s === undefined) {
    if (wordTerms.size > 50_000) wordTerms.clear();
    s = UNITS.get(word) ?? stem(word);
    wordTerms.set(word, s);
  }
  return s;
}

/** Whether a term is a figure of one to four digits: what a code name's number may be ("bpc" "157"). */
function isShortNumber(term: string): boolean {
  if (term.length > 4) return false;
  for (let i = 0; i < term.length; i++) {
    const c = term.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return term.length > 0;
}

/** Whether a term is one to five lower-case letters: what a code name's letters may be. */
function isShortWord(term: string): boolean {
  if (term.length === 0 || term.length > 5) return false;
  for (let i = 0; i < term.length; i++) {
    const c = term.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** "won't", "don't", "can't", "isn't": the verb and its "n't" become one "not". */
function foldContractions(tokens: Token[], folded: string): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const prev = out[out.length - 1];
    if (t.term === 't' && prev && prev.term.endsWith('n') && folded[prev.end] === "'" && prev.end + 1 === t.start) {
      out[out.length - 1] = { term: 'not', start: prev.start, end: t.end };
      continue;
    }
    out.push(t);
  }
  return out;
}

/** Words that pages join to a number with a space as often as with a hyphen: "omega 3", "thymosin alpha 1", "beta 4", "delta 9". */
const SPACED_CODES: ReadonlySet<string> = new Set(['omega', 'alpha', 'alfa', 'beta', 'gamma', 'delta']);

/**
 * What follows a figure that is an amount, not a code name's number: "DHEA 50 mg", "hCG 500 IU",
 * "NMN 250 milligrams", "HGH 2 units" name the substance and give a dose.
 */
const DOSE_UNIT = /^\s?(?:%|(?:iu|mg|mcg|µg|ug|ng|g|kg|ml|units?|milligrams?|micrograms?|grams?)\b)/;

/**
 * "BPC-157", "BPC 157", "IGF-1" become one term ("bpc157"), and so do "omega 3" and "alpha 1";
 * "2-3" stays a range of two numbers, and "DHEA 50 mg" a name and a dose.
 */
function joinCodeNames(tokens: Token[], text: string, folded: string): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const prev = out[out.length - 1];
    if (prev && isShortNumber(t.term) && isShortWord(prev.term)) {
      const gap = folded.slice(prev.end, t.start);
      const shouted = /^[A-Z]+$/.test(text.slice(prev.start, prev.end));
      if (
        gap === '-' ||
        (gap === ' ' &&
          ((shouted && prev.term.length >= 2 && !DOSE_UNIT.test(folded.slice(t.end, t.end + 14))) ||
            SPACED_CODES.has(prev.term)))
      ) {
        // "Thymosin alfa 1" is the INN's spelling of "alpha 1".
        const letters = prev.term === 'alfa' ? 'alpha' : prev.term;
        out[out.length - 1] = { term: letters + t.term, start: prev.start, end: t.end };
        continue;
      }
    }
    out.push(t);
  }
  return out;
}

/** "ninety-eight" → 98, "two" → 2, "three hundred" → 300. */
function foldNumberWords(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const prev = out[out.length - 1];
    const word = NUMBER_WORDS.get(t.term);
    if (word !== undefined) {
      const units = word.tens ? undefined : word.value;
      const value = word.value;
      if (prev && units !== undefined && units < 10 && /^[2-9]0$/.test(prev.term) && prev.end + 1 >= t.start) {
        out[out.length - 1] = { term: String(Number(prev.term) + value), start: prev.start, end: t.end };
      } else {
        out.push({ ...t, term: String(value) });
      }
    } else if ((t.term === 'hundred' || t.term === 'thousand') && prev && /^\d+$/.test(prev.term)) {
      const factor = t.term === 'hundred' ? 100 : 1000;
      out[out.length - 1] = { term: String(Number(prev.term) * factor), start: prev.start, end: t.end };
    } else {
      out.push(t);
    }
  }
  return out;
}

/** What the thesaurus holds for a term: the phrases it opens, its concept (one lookup per token). */
interface Folds {
  phrases?: [string[], string][];
  concept?: string;
}
const FOLDS = new Map<string, Folds>();
for (const [first, phrases] of PHRASES_BY_FIRST) FOLDS.set(first, { phrases });
for (const [term, concept] of SYNONYMS) FOLDS.set(term, { ...FOLDS.get(term), concept });

/** Thesaurus phrases, then single-word concepts (lib/core/thesaurus.ts). */
function foldPhrases(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length;) {
    const t = tokens[i]!;
    const folds = FOLDS.get(t.term);
    if (folds === undefined) {
      out.push(t);
      i++;
      continue;
    }
    const hit = folds.phrases?.find(([seq]) => seq.every((w, k) => tokens[i + k]?.term === w));
    if (hit) {
      const last = tokens[i + hit[0].length - 1]!;
      out.push({ term: hit[1], start: t.start, end: last.end });
      i += hit[0].length;
    } else {
      // tokenize's own token: folded in place
      if (folds.concept !== undefined) {
        if (folds.concept.startsWith('dir:')) t.word = t.term;
        t.term = folds.concept;
      }
      out.push(t);
      i++;
    }
  }
  return out;
}
