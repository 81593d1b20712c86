import Fuse from 'fuse.js';
import { mayBeFoundIn } from './near-spelling';
import type { ClaimIndex, IndexedPhrasing } from './claim-index';
import {
  directionBits,
  directionsConflict,
  isRange,
  phrasingFacts,
  phrasingTable,
  type PhrasingFacts,
  type PhrasingTable,
} from './phrasing-facts';
import { mayHave, termSignature, type TermSignature } from './term-signature';
import type { Token } from './tokenize';

/** What a sentence offers every phrasing it is scored against; built once per sentence. */
export interface SentenceTerms {
  byTerm: Map<string, Token[]>;
  /** Terms that must match exactly: names of substances and code names ("vitamin C" is not "vitamin D"). */
  exactOnly: ReadonlySet<string>;
  hasNumbers: boolean;
  /** How many distinct figures the sentence states. */
  numberCount: number;
  /** The effect directions it states (phrasing-facts.ts), held against each phrasing's. */
  directions: number;
  /** Its terms as a signature: what may be there, checked before any lookup (scorePhrasing). */
  signature: TermSignature;
  /** The distinct figures it states, in order, with their values: what a phrasing's figures are held against. */
  numbers: { term: string; value: number }[];
  /** The sentence's terms that may be misspelt forms of a phrasing's terms. */
  pool: string[] | null;
  /**
   * The pool's terms by their first two letters (key: nearKey), each a bit per length
   * (lengthBit): whether a phrasing's term may have a near spelling among them at all.
   */
  nearLengths: Map<number, number> | null;
  /** Phrasing term → the page term that spells it nearly (or null); candidates share terms. */
  near: Map<string, string | null>;
}

export interface PhrasingScore {
  score: number;
  start: number;
  end: number;
  reasons: string[];
  /** The sentence's tokens that matched, for the negation check. */
  matched: Token[];
  /** Set when a name in focus stood in for one the sentence leaves unsaid. */
  inFocus?: boolean;
}

/** Fuzzy credit for a near spelling ("somatotropin"/"somatropin"): most, not all, of the term's weight. */
const FUZZY_CREDIT = 0.8;
/** Fuse.js score under which two terms count as one spelling; at 0.25 unrelated drug names start to meet. */
const FUZZY_THRESHOLD = 0.2;
const FUZZY_MIN_LENGTH = 5;
/**
 * Exact terms must carry this share of a phrasing before near spellings are looked for:
 * below it a near spelling could not lift a dev-set sentence over MIN_SCORE, and the
 * lookups were most of a cold scan's time.
 */
const FUZZY_FLOOR = 0.55;
/**
 * A match shares this many distinct terms with its phrasing (fewer for shorter phrasings),
 * at most one of them a name in focus rather than on the page: three words in common was
 * where dev-set false positives like "linked to insulin resistance" came from.
 */
const MIN_SHARED_TERMS = 4;
/** Terms a sentence must say itself when a name in focus stands in for its subject. */
const MIN_FOCUS_SHARED = 2;

/**
 * The distinct terms of a phrasing of `length` terms a sentence must say itself. "It is a growth
 * hormone secretagogue", with MK-677 in focus: the name in focus stands for the one term of a
 * three-term phrasing the sentence leaves unsaid, so it says all the others.
 */
function leastOnPage(length: number, nameInFocus: boolean, leastShared = MIN_SHARED_TERMS): number {
  const most = leastShared - 1;
  return nameInFocus ? Math.max(MIN_FOCUS_SHARED, Math.min(most, length - 1)) : Math.min(most, length);
}

/**
 * Whether scorePhrasing at `minScore` may credit near spellings: they are looked for only
 * between FUZZY_FLOOR and `minScore`.
 */
export function countsNearSpellings(minScore: number): boolean {
  return minScore > FUZZY_FLOOR;
}

/**
 * How many of a phrasing's terms a sentence that states no figure must say, word for word,
 * before scorePhrasing at a `minScore` that counts no near spelling can return a match: the
 * shared-terms rules below count only what the page says (a figure, though, may be stated in
 * another form: "14.9%" for "15%"), plus one name in focus that the sentence leaves unsaid
 * (`nameInFocus`), and a sentence that names a substance outright may need fewer. It lets a
 * caller skip, unscored, the phrasings a sentence shares too few words with.
 */
export function termsNeeded(p: IndexedPhrasing, s: SentenceTerms, nameInFocus: boolean): number {
  const atLeast = leastOnPage(p.terms.length, nameInFocus);
  if (s.exactOnly.size > 0) return atLeast; // namedOutright may waive the second rule
  return Math.max(atLeast, Math.min(MIN_SHARED_TERMS, p.terms.length) - (nameInFocus ? 1 : 0));
}

export function sentenceTerms(tokens: Token[], exactOnly: ReadonlySet<string> = new Set()): SentenceTerms {
  const byTerm = new Map<string, Token[]>();
  const numbers: { term: string; value: number }[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const list = byTerm.get(t.term);
    if (list) list.push(t);
    else {
      byTerm.set(t.term, [t]);
      if (isNumber(t.term) && !isYear(t.term, tokens[k + 1]?.term))
        numbers.push({ term: t.term, value: Number(t.term) });
    }
  }
  return {
    byTerm,
    exactOnly,
    hasNumbers: numbers.length > 0,
    numberCount: numbers.length,
    directions: directionBits(byTerm.keys()),
    signature: termSignature(byTerm.keys()),
    numbers,
    pool: null,
    nearLengths: null,
    near: new Map(),
  };
}

/** What a count or a dose is counted in: a figure before one of these is no year ("2000 mg", "1950 participants"). */
const COUNTED: ReadonlySet<string> = new Set(
  '% mcg mg g kg lb iu ml unit calorie kcal step people participant patient subject adult men women child mice rat case study trial'.split(
    ' ',
  ),
);

/**
 * A figure that reads as a year ("Feb 03, 2025", "in 2019", "first made in 1876"): a whole number from 1800 to 2100
 * that counts nothing after it. It states no quantity, so it agrees with a phrasing's figure only
 * when it is that figure: "2025" is not a dose "within 1500-3000 mg", and "approved in 2021" is
 * not "approved in 2017" rounded.
 */
function isYear(term: string, next: string | undefined): boolean {
  if (!/^(?:1[89]|20)\d\d$/.test(term) && term !== '2100') return false;
  return next === undefined || !COUNTED.has(next);
}

/** Two figures agree when they round to each other: 14.9 and 15, 39 and 40; not 98 and 90. */
const NUMBER_TOLERANCE = 0.03;

/**
 * The sentence's number that states a phrasing's number `n`: the same figure, one within
 * rounding of it, or one inside a range the phrasing gives ("10–15%" takes "12%").
 */
function statedNumber(s: SentenceTerms, p: IndexedPhrasing, n: string): string | null {
  if (s.byTerm.has(n)) return n;
  // A few figures on either side: compared afresh, which costs less than remembering the answer.
  const { values, rangeNext } = phrasingFacts(p);
  const at = p.numbers.indexOf(n);
  const want = at < 0 ? Number(n) : values[at]!;
  const next = (at < 0 ? isRange(p.text, n, p.numbers[0]) : rangeNext[at]) ? Number(p.numbers[at + 1]) : NaN;
  const prev = at > 0 && rangeNext[at - 1] ? values[at - 1]! : NaN;
  for (const { term, value: x } of s.numbers) {
    const close = Math.abs(x - want) <= NUMBER_TOLERANCE * Math.max(Math.abs(x), Math.abs(want));
    const inRange = (next > want && x > want && x < next) || (prev < want && x < want && x > prev);
    if (close || inRange) return term;
  }
  return null;
}

/**
 * A phrasing that states figures matches a sentence that states figures only when as many
 * of them agree as either side states: "5% over 68 weeks" is not "14.9% over 68 weeks".
 */
function numbersAgree(s: SentenceTerms, p: IndexedPhrasing): boolean {
  const stated = s.numberCount;
  let agreed = 0;
  for (const n of p.numbers) if (statedNumber(s, p, n) !== null) agreed++;
  return agreed > 0 && agreed >= Math.min(p.numbers.length, stated);
}

function isNumber(term: string): boolean {
  const c = term.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/**
 * Weighted share of a phrasing's terms found in the sentence, with fuzzy credit for near
 * spellings, and a numeric check: a phrasing that states numbers does not match a
 * sentence that states different ones ("600 enzymes" is not "300 enzymes").
 * Returns null, cheaply, for anything that cannot reach `minScore`. `implied` holds the
 * names of the phrasing's own topic when that topic is in focus ("it heals tendons" on a
 * BPC-157 page); "it" never stands for another topic's name. `figureChecked`: the claim
 * records the figure its evidence reports, so a sentence that states another figure still
 * makes the claim, and the figure is held against the evidence instead (stated-numbers.ts).
 */
export function scorePhrasing(
  s: SentenceTerms,
  p: IndexedPhrasing,
  minScore: number,
  implied: ReadonlySet<string> = new Set(),
  figureChecked = false,
): PhrasingScore | null {
  const facts = phrasingFacts(p);
  if (!mayReach(s, p, facts, minScore, implied)) return null;
  return scoreReached(s, p, facts, minScore, implied, figureChecked);
}

/**
 * scorePhrasing for phrasing `p` of `index`, its bound read from the index's flat table
 * (phrasing-facts.ts): the candidates that cannot reach `minScore`, most of them, end
 * there without reaching the phrasing's own record. The same answer as scorePhrasing.
 */
export function scorePhrasingAt(
  s: SentenceTerms,
  index: ClaimIndex,
  p: number,
  minScore: number,
  implied: ReadonlySet<string> = new Set(),
  figureChecked = false,
): PhrasingScore | null {
  if (!withinReach(s, index, p, minScore, implied.size > 0)) return null;
  return scoreWithinReach(s, index, p, minScore, implied, figureChecked);
}

/**
 * The first of scorePhrasingAt's two steps, for a caller with checks of its own between them:
 * whether phrasing `p` may reach `minScore`, from flat tables alone (`implied`: whether a name
 * in focus may stand in for one the sentence leaves unsaid). False is a sure "no match".
 */
export function withinReach(
  s: SentenceTerms,
  index: ClaimIndex,
  p: number,
  minScore: number,
  implied: boolean,
): boolean {
  return mayReachAt(s, phrasingTable(index), p, minScore, implied);
}

/** The second step: the score of a phrasing withinReach let through (scorePhrasing's answer). */
export function scoreWithinReach(
  s: SentenceTerms,
  index: ClaimIndex,
  p: number,
  minScore: number,
  implied: ReadonlySet<string>,
  figureChecked: boolean,
  leastShared = MIN_SHARED_TERMS,
): PhrasingScore | null {
  const phrasing = index.phrasings[p]!;
  return scoreReached(s, phrasing, phrasingFacts(phrasing), minScore, implied, figureChecked, leastShared);
}

/** scorePhrasing once the bound is passed. */
function scoreReached(
  s: SentenceTerms,
  p: IndexedPhrasing,
  facts: PhrasingFacts,
  minScore: number,
  implied: ReadonlySet<string>,
  figureChecked: boolean,
  leastShared = MIN_SHARED_TERMS,
): PhrasingScore | null {
  if (p.numbers.length > 0 && s.hasNumbers && !figureChecked && !numbersAgree(s, p)) return null;
  if (directionsConflict(facts.directions, s.directions)) return null;
  let exact = 0;
  let fuzzyRoom = 0;
  let stand = -1; // at most one name in focus stands in for "it", the heaviest
  for (let i = 0; i < p.terms.length; i++) {
    const term = p.terms[i]!;
    if (s.byTerm.has(term)) exact += p.weights[i]!;
    else if (s.hasNumbers && isNumber(term) && (figureChecked || statedNumber(s, p, term) !== null))
      exact += p.weights[i]!;
    else if (implied.has(term)) {
      if (stand < 0 || p.weights[i]! > p.weights[stand]!) stand = i;
    } else if (s.exactOnly.has(term)) {
      // A claim about testosterone is not made by a sentence that never names it:
      // every name in a phrasing must be on the page, or in focus.
      return null;
    } else if (mayBeNearSpelt(p, facts, i)) fuzzyRoom += p.weights[i]!;
  }
  // A longer name of the topic in focus ("saw palmetto") stands in whole, for the words of it the
  // sentence leaves unsaid, where it weighs more than the one-word name that would.
  const group = standingGroup(s, p, implied);
  if (group && (stand < 0 || group.weight > p.weights[stand]!)) {
    stand = -1;
    exact += group.weight;
  } else if (stand >= 0) exact += p.weights[stand]!;
  const standing = group !== null && stand < 0;
  if (
    (exact + FUZZY_CREDIT * fuzzyRoom) / p.total < minScore ||
    (exact < minScore * p.total && exact < FUZZY_FLOOR * p.total)
  )
    return null;
  // Short of the score on exact terms alone, a phrasing reaches it only through near spellings,
  // and a term has one only where the sentence says a term that could be near it (couldBeNear):
  // nearly every phrasing that gets this far finds none, and is turned away here instead of
  // after the lookups (scans of the five seed pages asked them of 2,397 phrasings and kept 21).
  // (Summed in another order than the credits are, hence the slack.)
  if (exact < minScore * p.total && (exact + FUZZY_CREDIT * nearRoom(s, p, facts)) / p.total < minScore - BOUND_SLACK)
    return null;

  const used: Token[] = [];
  const shared: string[] = [];
  p.terms.forEach((term, i) => {
    const number = !s.byTerm.has(term) && s.hasNumbers && isNumber(term) ? statedNumber(s, p, term) : null;
    const hit = s.byTerm.get(number ?? term);
    if (hit) {
      used.push(...hit);
      shared.push(term);
    } else if (i === stand) {
      shared.push(`(${term} in focus)`);
    }
  });
  if (standing) shared.push(`(${group.name} in focus)`);
  const reasons = [`shared terms: ${shared.join(', ')}`];
  let matched = exact;
  // Fuzzy lookups only when exact terms alone fall short: they are the costly part.
  if (exact / p.total < minScore && exact / p.total >= FUZZY_FLOOR) {
    const near = fuzzyMatches(s, p, new Set(standing ? [...shared, ...group.unsaid.map((k) => p.terms[k]!)] : shared));
    for (const f of near) {
      matched += FUZZY_CREDIT * p.weights[f.index]!;
      used.push(...s.byTerm.get(f.pageTerm)!);
    }
    if (near.length > 0)
      reasons.push(`near spellings: ${near.map((f) => `${f.pageTerm}≈${p.terms[f.index]}`).join(', ')}`);
  }
  const score = matched / p.total;
  // A longer name standing in is no claim's subject where the sentence shares little but a figure
  // ("lab work is repeated every three months" on a pellet clinic's page): its figures do not count.
  const onPage = new Set(used.filter((t) => !standing || !isNumber(t.term)).map((t) => t.term)).size;
  const inFocus = shared.length - exactOnPage(shared);
  if (
    score < minScore ||
    onPage < leastOnPage(p.terms.length, stand >= 0 || standing, leastShared) ||
    (onPage + inFocus < Math.min(leastShared, p.terms.length) && !namedOutright(s, used, score))
  ) {
    return null;
  }
  const nums = p.numbers.map((n) => [n, statedNumber(s, p, n)] as const).filter(([, m]) => m !== null);
  if (nums.length > 0) reasons.push(`numbers agree: ${nums.map(([n, m]) => (n === m ? n : `${m}≈${n}`)).join(', ')}`);
  const window = smallestWindow(used);
  const inWindow = used.filter((t) => t.start >= window.start && t.end <= window.end);
  return { score, ...window, reasons, matched: inWindow, ...(stand >= 0 || standing ? { inFocus: true } : {}) };
}

/**
 * The own longer name of the phrasing that stands in for words the sentence leaves unsaid, the
 * one that credits most (`unsaid`: the positions of those words; `weight`: theirs summed), or
 * null: a name stands where `implied` holds it (impliedNames gives a longer name's terms joined
 * by a space).
 */
function standingGroup(
  s: SentenceTerms,
  p: IndexedPhrasing,
  implied: ReadonlySet<string>,
): { name: string; unsaid: number[]; weight: number } | null {
  if (!p.nameGroups || implied.size === 0) return null;
  let best: { name: string; unsaid: number[]; weight: number } | null = null;
  for (const g of p.nameGroups) {
    if (!implied.has(g.name)) continue;
    const unsaid = g.at.filter((k) => !s.byTerm.has(p.terms[k]!));
    const weight = unsaid.reduce((sum, k) => sum + p.weights[k]!, 0);
    if (weight > (best?.weight ?? 0)) best = { name: g.name, unsaid, weight };
  }
  return best;
}

/** Floating-point slack between a bound and the sum it bounds (added in another order). */
export const BOUND_SLACK = 1e-9;

/**
 * Whether the terms the sentence may say (by its signature), its figures and one name in focus
 * could carry the share of the phrasing scorePhrasing asks of its exact terms: false is a sure
 * "no match", found with integer operations; most candidates end here.
 */
function mayReach(
  s: SentenceTerms,
  p: IndexedPhrasing,
  facts: PhrasingFacts,
  minScore: number,
  implied: ReadonlySet<string>,
): boolean {
  let most = (s.hasNumbers ? facts.figureWeight : 0) + (implied.size > 0 ? facts.heaviest : 0);
  for (let i = 0; i < facts.bits.length; i++) if (mayHave(s.signature, facts.bits[i]!)) most += p.weights[i]!;
  return most >= Math.min(minScore, FUZZY_FLOOR) * p.total - BOUND_SLACK;
}

/**
 * withinReach for a sentence whose terms are known by number (phrasingTable's `termIds`): it
 * says term `id` when `said[id] === sentence` (select-candidates.ts writes them so). What
 * scorePhrasing asks first is then asked for sure, where the signature may take one term for
 * another: the terms the sentence says, the name in focus that may stand in for one it leaves
 * unsaid (`implied`: whether the names in focus, the phrasing's own topic's one-word names, may),
 * a name it must say (`mustSay`, per term of the table: a name, no figure) that it does not say
 * and no name in focus stands in for, and a direction of effect against the sentence's. False
 * is a sure "no match", as withinReach's; fewer pass.
 */
export function withinReachSaid(
  s: SentenceTerms,
  t: PhrasingTable,
  p: number,
  said: Int32Array,
  sentence: number,
  mustSay: Uint8Array,
  minScore: number,
  implied: boolean,
): boolean {
  let most = s.hasNumbers ? t.figureWeight[p]! : 0;
  let stand = 0;
  let pieces = 0; // the words of longer names in focus it leaves unsaid: at most what one of them stands in for
  const grouped = implied && t.grouped[p] === 1;
  for (let k = t.from[p]!; k < t.from[p + 1]!; k++) {
    if (said[t.terms[k]!] === sentence) most += t.weights[k]!;
    else {
      if (implied && t.ownName[k] === 1) stand = Math.max(stand, t.weights[k]!);
      else if (mustSay[k] === 1) return false;
      if (grouped && t.inGroup[k] === 1) pieces += t.weights[k]!;
    }
  }
  stand = Math.max(stand, pieces);
  return (
    most + stand >= Math.min(minScore, FUZZY_FLOOR) * t.total[p]! - BOUND_SLACK &&
    !directionsConflict(t.directions[p]!, s.directions)
  );
}

/**
 * Per term of an index's flat table (phrasingTable), 1 where it is one of `names` and no
 * figure: a term scorePhrasing, given `names` as the sentence's exactOnly, ends a phrasing for
 * when the sentence does not say it (and no name in focus stands in). For withinReachSaid.
 */
export function namesToSay(index: ClaimIndex, names: ReadonlySet<string>): Uint8Array {
  const t = phrasingTable(index);
  const out = new Uint8Array(t.terms.length);
  index.phrasings.forEach((p, i) =>
    p.terms.forEach((term, k) => {
      if (names.has(term) && !isNumber(term)) out[t.from[i]! + k] = 1;
    }),
  );
  return out;
}

/** mayReach, read from an index's flat table (`implied`: whether a name in focus may stand in). */
function mayReachAt(s: SentenceTerms, t: PhrasingTable, p: number, minScore: number, implied: boolean): boolean {
  let most = (s.hasNumbers ? t.figureWeight[p]! : 0) + (implied ? t.heaviest[p]! : 0);
  for (let k = t.from[p]!; k < t.from[p + 1]!; k++) if (mayHave(s.signature, t.bits[k]!)) most += t.weights[k]!;
  return most >= Math.min(minScore, FUZZY_FLOOR) * t.total[p]! - BOUND_SLACK;
}

/**
 * The shortest run of the sentence that holds one occurrence of every matched term:
 * a word the sentence repeats further on must not stretch the mark (or pull a later
 * "not" into it).
 */
export function smallestWindow(used: readonly Token[]): { start: number; end: number } {
  const tokens = [...new Set(used)].sort((a, b) => a.start - b.start);
  const need = new Set(tokens.map((t) => t.term)).size;
  const count = new Map<string, number>();
  let best = { start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end };
  for (let lo = 0, hi = 0; hi < tokens.length; hi++) {
    count.set(tokens[hi]!.term, (count.get(tokens[hi]!.term) ?? 0) + 1);
    while (count.size === need) {
      const start = tokens[lo]!.start;
      const end = tokens[hi]!.end;
      if (end - start < best.end - best.start) best = { start, end };
      const term = tokens[lo]!.term;
      const left = count.get(term)! - 1;
      if (left === 0) count.delete(term);
      else count.set(term, left);
      lo++;
    }
  }
  return best;
}

/**
 * Three shared words are enough when one of them is the substance's name, said on the page,
 * and they carry most of the phrasing: "BPC-157 is approved by the FDA" states "BPC-157 is
 * an FDA-approved peptide" though it never says "peptide".
 */
const NAMED_OUTRIGHT_SCORE = 0.75;
function namedOutright(s: SentenceTerms, used: readonly Token[], score: number): boolean {
  return score >= NAMED_OUTRIGHT_SCORE && used.some((t) => s.exactOnly.has(t.term));
}

function fuzzyAllowed(term: string, s: SentenceTerms): boolean {
  return term.length >= FUZZY_MIN_LENGTH && !/\d/.test(term) && !s.exactOnly.has(term);
}

function exactOnPage(shared: readonly string[]): number {
  return shared.filter((t) => !t.startsWith('(')).length;
}

/** How far apart the lengths of two near spellings may be (couldBeNear). */
const NEAR_LENGTHS = 2;

/**
 * Whether two terms could be near spellings at all: same first two letters (nearKey), lengths
 * within NEAR_LENGTHS. Cheap, and it spares Fuse.js the searches that could not succeed.
 */
function couldBeNear(a: string, b: string): boolean {
  return nearKey(a) === nearKey(b) && Math.abs(a.length - b.length) <= NEAR_LENGTHS;
}

/**
 * Fuse.js's score for a term searched in one page word, or null where it does not find it.
 * Fuse scores every item of a list on its own (Bitap edits over the pattern's length, weighed
 * by the item's length in words), so a search of the whole pool is answered pair by pair, and
 * a pair seen once (pages repeat their words, phrasings their terms) is not searched again.
 */
const fuseScores = new Map<string, number | null>();
function fuseScore(term: string, item: string): number | null {
  const key = `${term}\u0000${item}`;
  let score = fuseScores.get(key);
  if (score === undefined) {
    if (fuseScores.size > 50_000) fuseScores.clear();
    const found = new Fuse([item], FUSE_OPTIONS).search(term)[0];
    score = found ? (found.score ?? 1) : null;
    fuseScores.set(key, score);
  }
  return score;
}
const FUSE_OPTIONS = { includeScore: true, threshold: FUZZY_THRESHOLD, ignoreLocation: true };

/**
 * The most weight near spellings could add to phrasing `p`: its terms the sentence does not say
 * that fuzzyMatches may look up (mayBeNearSpelt) and that the sentence says a term that could be
 * near (couldBeNear, read from the lengths of its pool's terms by their first two letters). No
 * less than the weight fuzzyMatches can credit, whichever terms it finds (an exact-only name
 * counts too: it is never credited, and asking costs more than it saves).
 */
function nearRoom(s: SentenceTerms, p: IndexedPhrasing, facts: PhrasingFacts): number {
  const lengths = (s.nearLengths ??= poolLengths(poolOf(s)));
  let room = 0;
  for (let i = 0; i < p.terms.length; i++) {
    const term = p.terms[i]!;
    if (!mayBeNearSpelt(p, facts, i) || s.byTerm.has(term)) continue;
    const bits = lengths.get(nearKey(term));
    if (bits !== undefined && (bits & lengthsNear(term.length)) !== 0) room += p.weights[i]!;
  }
  return room;
}

/**
 * Whether near spellings of phrasing `p`'s term `i` may be looked for: five letters or more, no
 * figure (fuzzyAllowed, read from the phrasing's facts, before the sentence's exact-only names).
 */
function mayBeNearSpelt(p: IndexedPhrasing, facts: PhrasingFacts, i: number): boolean {
  return p.terms[i]!.length >= FUZZY_MIN_LENGTH && facts.figureFree[i]!;
}

/** The sentence's terms near spellings are looked for among: four letters or more, no figure, no exact-only name. */
function poolOf(s: SentenceTerms): string[] {
  return (s.pool ??= [...s.byTerm.keys()].filter(
    (t) => t.length >= FUZZY_MIN_LENGTH - 1 && !/\d/.test(t) && !s.exactOnly.has(t),
  ));
}

/** A term's first two letters as one number: what couldBeNear compares. */
function nearKey(term: string): number {
  return term.charCodeAt(0) * 0x10000 + term.charCodeAt(1);
}

/** A bit for a length; every length from 31 on shares the last. */
function lengthBit(length: number): number {
  return 1 << Math.min(length, 31);
}

/** The bits of the lengths within NEAR_LENGTHS of `length` (couldBeNear). */
function lengthsNear(length: number): number {
  let bits = 0;
  for (let n = Math.max(0, length - NEAR_LENGTHS); n <= length + NEAR_LENGTHS; n++) bits |= lengthBit(n);
  return bits;
}

/** Per first two letters (nearKey) of the pool's terms, the bits of their lengths (lengthBit). */
function poolLengths(pool: readonly string[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const t of pool) out.set(nearKey(t), (out.get(nearKey(t)) ?? 0) | lengthBit(t.length));
  return out;
}

function fuzzyMatches(
  s: SentenceTerms,
  p: IndexedPhrasing,
  shared: Set<string>,
): { index: number; pageTerm: string }[] {
  const pool = poolOf(s);
  const out: { index: number; pageTerm: string }[] = [];
  const taken = new Set<string>(shared);
  p.terms.forEach((term, index) => {
    if (shared.has(term) || !fuzzyAllowed(term, s)) return;
    let near = s.near.get(term);
    if (near === undefined) {
      near = null;
      if (pool.some((t) => couldBeNear(t, term))) {
        // What Fuse.js searching the whole pool returns first: the lowest score, the earliest item on a tie.
        let best = Infinity;
        for (const item of mayBeFoundIn(term, pool, FUZZY_THRESHOLD)) {
          const score = fuseScore(term, item);
          if (score !== null && score < best) {
            best = score;
            near = item;
          }
        }
        if (best > FUZZY_THRESHOLD) near = null;
      }
      s.near.set(term, near);
    }
    if (near !== null && !taken.has(near)) {
      taken.add(near);
      out.push({ index, pageTerm: near });
    }
  });
  return out;
}
