import { foldChars } from './normalize';
import { stem } from './stem';
import { PHRASES_BY_FIRST, SYNONYMS } from './thesaurus';

/** A normalised term and the span of original text it came from. */
export interface Token {
  term: string;
  start: number;
  end: number;
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
  const numbered = foldNumberWords(joinCodeNames(foldContractions(raw, folded), text, folded));
  // Every token here is this call's own: each is given its final term and offsets in place.
  for (const t of numbered) {
    t.term = UNITS.get(t.term) ?? (isWord(t.term) ? stemCached(t.term) : t.term);
    t.start += offset;
    t.end += offset;
  }
  return foldPhrases(numbered);
}

function isWord(term: string): boolean {
  const c = term.charCodeAt(term.length - 1);
  return c >= 97 && c <= 122 && term.charCodeAt(0) >= 97;
}

// Pages repeat their words; stemming each once is most of tokenize's saving on a long page.
const stems = new Map<string, string>();
function stemCached(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    if (stems.size > 50_000) stems.clear();
    s = stem(word);
    stems.set(word, s);
  }
  return s;
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

/** "BPC-157", "BPC 157", "IGF-1" become one term ("bpc157"); "2-3" stays a range of two numbers. */
function joinCodeNames(tokens: Token[], text: string, folded: string): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const prev = out[out.length - 1];
    if (prev && /^\d{1,4}$/.test(t.term) && /^[a-z]{1,5}$/.test(prev.term)) {
      const gap = folded.slice(prev.end, t.start);
      const shouted = /^[A-Z]+$/.test(text.slice(prev.start, prev.end));
      if (gap === '-' || (gap === ' ' && shouted && prev.term.length >= 2)) {
        out[out.length - 1] = { term: prev.term + t.term, start: prev.start, end: t.end };
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
    const units = UNITS_WORDS.get(t.term);
    const tens = TENS_WORDS.get(t.term);
    if (units !== undefined || tens !== undefined) {
      const value = units ?? tens ?? 0;
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

/** Thesaurus phrases, then single-word concepts (lib/core/thesaurus.ts). */
function foldPhrases(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length;) {
    const starts = PHRASES_BY_FIRST.get(tokens[i]!.term);
    const hit = starts?.find(([seq]) => seq.every((w, k) => tokens[i + k]?.term === w));
    if (hit) {
      const last = tokens[i + hit[0].length - 1]!;
      out.push({ term: hit[1], start: tokens[i]!.start, end: last.end });
      i += hit[0].length;
    } else {
      const t = tokens[i]!;
      const concept = SYNONYMS.get(t.term);
      if (concept !== undefined) t.term = concept; // tokenize's own token: folded in place
      out.push(t);
      i++;
    }
  }
  return out;
}
