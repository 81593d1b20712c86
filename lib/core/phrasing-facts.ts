import type { ClaimIndex, IndexedPhrasing } from './claim-index';
import type { ClaimKind } from './claim-types';
import { termBit } from './term-signature';
import { DIRECTION_CONFLICTS } from './thesaurus';

/**
 * What scoring asks of a phrasing against every sentence, worked out once per phrasing:
 * a phrasing is scored against hundreds of sentences on a long page, and the answers
 * (which directions it states, which of its figures form ranges) depend on it alone.
 */
export interface PhrasingFacts {
  /** The effect directions it states, one bit each (directionBits). */
  directions: number;
  /** Per figure, whether it and the next are written as a range ("10–15%"). */
  rangeNext: boolean[];
  /** Per figure, its value. */
  values: number[];
  /** Per term, whether it has no digit in it (only such terms may be near spellings of a page's). */
  figureFree: boolean[];
  /** Per term, its bit in a term signature (term-signature.ts). */
  bits: Uint8Array;
  /** The summed weight of its figures, and the weight of its heaviest term. */
  figureWeight: number;
  heaviest: number;
}

/** One bit per direction term that takes part in a conflict ("dir:up", "dir:down"…). */
const BIT = new Map<string, number>();
for (const pair of DIRECTION_CONFLICTS) for (const d of pair) if (!BIT.has(d)) BIT.set(d, 1 << BIT.size);
const CONFLICT_BITS = DIRECTION_CONFLICTS.map(([a, b]) => [BIT.get(a)!, BIT.get(b)!] as const);

/** The bits of the direction terms among `terms`. */
export function directionBits(terms: Iterable<string>): number {
  let bits = 0;
  for (const t of terms) bits |= BIT.get(t) ?? 0;
  return bits;
}

/**
 * "Improves insulin sensitivity" never takes "reduces insulin sensitivity": a phrasing whose
 * effect verb has a direction the sentence lacks, while the sentence has the opposite one.
 */
export function directionsConflict(phrasing: number, sentence: number): boolean {
  for (const [a, b] of CONFLICT_BITS) {
    const pa = (phrasing & a) !== 0;
    if (pa === ((phrasing & b) !== 0)) continue;
    const want = pa ? a : b;
    const against = pa ? b : a;
    if ((sentence & want) === 0 && (sentence & against) !== 0) return true;
  }
  return false;
}

/** Whether the phrasing writes `a` and `b` as a range ("10–15", "10 to 15"). */
export function isRange(text: string, a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  return new RegExp(`(^|[^\\d.])${a.replace('.', '\\.')}\\s*(?:-|–|—|to)\\s*${b.replace('.', '\\.')}(?![\\d])`).test(
    text,
  );
}

/** The summed weight of a phrasing's figures: what figures stated in another form may still earn. */
function figureWeight(p: IndexedPhrasing): number {
  return p.numbers.reduce((sum, n) => sum + p.weights[p.terms.indexOf(n)]!, 0);
}

/**
 * The most one name in focus can stand in for: the weight of the phrasing's heaviest term (a
 * one-word name), or of its heaviest longer name of its own topic said whole (nameGroups).
 */
function heaviest(p: IndexedPhrasing): number {
  return Math.max(0, ...p.weights, groupWeight(p));
}

/** The summed weight of a phrasing's heaviest own name of two words or more (0 where it has none). */
function groupWeight(p: IndexedPhrasing): number {
  let most = 0;
  for (const g of p.nameGroups ?? [])
    most = Math.max(
      most,
      g.at.reduce((sum, k) => sum + p.weights[k]!, 0),
    );
  return most;
}

const cache = new WeakMap<IndexedPhrasing, PhrasingFacts>();
export function phrasingFacts(p: IndexedPhrasing): PhrasingFacts {
  let facts = cache.get(p);
  if (!facts) {
    facts = {
      directions: directionBits(p.terms),
      rangeNext: p.numbers.map((n, i) => isRange(p.text, n, p.numbers[i + 1])),
      values: p.numbers.map(Number),
      figureFree: p.terms.map((t) => !/\d/.test(t)),
      bits: Uint8Array.from(p.terms, termBit),
      figureWeight: figureWeight(p),
      heaviest: heaviest(p),
    };
    cache.set(p, facts);
  }
  return facts;
}

/**
 * What the bound before scoring (scorePhrasingAt) asks of every phrasing of an index, in flat
 * typed arrays by phrasing number: most candidates fail that bound, and reading it from here
 * spares each one a lookup of its facts and a walk through its own record scattered in the
 * heap (with ten times the claims, that walk was most of a candidate's cost).
 */
export interface PhrasingTable {
  /** Phrasing p's terms are at from[p] up to from[p + 1] in `bits` and `weights`. */
  from: Int32Array;
  /** Per phrasing, its topic. */
  topic: Int32Array;
  /** Per phrasing, 1 when it names topics besides its own (`alsoTopics`). */
  namesOthers: Uint8Array;
  bits: Uint8Array;
  weights: Float64Array;
  /** Per term of a phrasing (as `bits`), its number in `termIds`. */
  terms: Int32Array;
  /** Every term of the index's phrasings, numbered: a sentence's terms are looked up once, then read by number. */
  termIds: Map<string, number>;
  /**
   * Every term of the index's phrasings and its weight (a term weighs the same in every phrasing
   * that has it: claim-index.ts): what claim-words.ts and topic-phrasings.ts weigh a sentence's
   * words by.
   */
  weightOf: Map<string, number>;
  /** Per term of a phrasing (as `bits`), 1 where it is a one-word name of the phrasing's own topic. */
  ownName: Uint8Array;
  /** Per phrasing, the effect directions it states (directionBits). */
  directions: Int32Array;
  figureWeight: Float64Array;
  heaviest: Float64Array;
  /**
   * Per phrasing, 1 where another one-word name of its topic may stand for the one it says
   * ("Wegovy raises the risk of pancreatitis" says what "Ozempic raises…" says): its claim is
   * about what the substance does (efficacy, safety, mechanism), not one product's status or dose
   * (Ozempic and Wegovy are one molecule, approved for different uses).
   */
  anyName: Uint8Array;
  /** Per phrasing, 1 where it says a longer name of its own topic whole (nameGroups). */
  grouped: Uint8Array;
  /** Per term of a phrasing (as `bits`), 1 where it is a word of one of the phrasing's nameGroups. */
  inGroup: Uint8Array;
  total: Float64Array;
}

/** The kinds of claim any one-word name of their topic may make (PhrasingTable's `anyName`). */
const ANY_NAME_KINDS: ReadonlySet<ClaimKind | undefined> = new Set<ClaimKind>(['efficacy', 'safety', 'mechanism']);

const tables = new WeakMap<ClaimIndex, PhrasingTable>();
export function phrasingTable(index: ClaimIndex): PhrasingTable {
  let table = tables.get(index);
  if (!table) {
    const n = index.phrasings.length;
    const from = new Int32Array(n + 1);
    index.phrasings.forEach((p, i) => (from[i + 1] = from[i]! + p.terms.length));
    table = {
      from,
      topic: Int32Array.from(index.phrasings, (p) => p.topic),
      namesOthers: Uint8Array.from(index.phrasings, (p) => ((p.alsoTopics?.length ?? 0) > 0 ? 1 : 0)),
      bits: new Uint8Array(from[n]!),
      weights: new Float64Array(from[n]!),
      terms: new Int32Array(from[n]!),
      termIds: new Map(),
      weightOf: new Map(),
      ownName: new Uint8Array(from[n]!),
      inGroup: new Uint8Array(from[n]!),
      directions: Int32Array.from(index.phrasings, (p) => directionBits(p.terms)),
      figureWeight: new Float64Array(n),
      heaviest: new Float64Array(n),
      anyName: Uint8Array.from(index.phrasings, (p) => (ANY_NAME_KINDS.has(index.claims[p.claim]!.kind) ? 1 : 0)),
      grouped: Uint8Array.from(index.phrasings, (p) => (p.nameGroups ? 1 : 0)),
      total: new Float64Array(n),
    };
    for (let i = 0; i < n; i++) {
      const p = index.phrasings[i]!;
      p.terms.forEach((t, k) => {
        table!.bits[from[i]! + k] = termBit(t);
        table!.weights[from[i]! + k] = p.weights[k]!;
        table!.weightOf.set(t, p.weights[k]!);
        let id = table!.termIds.get(t);
        if (id === undefined) table!.termIds.set(t, (id = table!.termIds.size));
        table!.terms[from[i]! + k] = id;
        if (index.topicTerms[p.topic]!.includes(t)) table!.ownName[from[i]! + k] = 1;
      });
      // The same helpers as phrasingFacts, so the two bounds agree to the last bit.
      table.figureWeight[i] = figureWeight(p);
      table.heaviest[i] = heaviest(p);
      for (const g of p.nameGroups ?? []) for (const k of g.at) table.inGroup[from[i]! + k] = 1;
      table.total[i] = p.total;
    }
    tables.set(index, table);
  }
  return table;
}
