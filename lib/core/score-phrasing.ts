import Fuse from 'fuse.js';
import type { IndexedPhrasing } from './claim-index';
import type { Token } from './tokenize';

export interface PhrasingScore {
  score: number;
  start: number;
  end: number;
  reasons: string[];
}

/** Fuzzy credit for a near spelling ("somatotropin"/"somatropin"): most, not all, of the term's weight. */
const FUZZY_CREDIT = 0.8;
/** Fuse.js distance under which two terms count as one spelling; above 0.25 unrelated drug names meet. */
const FUZZY_THRESHOLD = 0.2;
const FUZZY_MIN_LENGTH = 5;

/**
 * Weighted share of a phrasing's terms found in the sentence, with fuzzy credit for near
 * spellings, and a numeric check: a phrasing that states numbers does not match a
 * sentence that states different ones ("600 enzymes" is not "300 enzymes").
 */
export function scorePhrasing(tokens: Token[], phrasing: IndexedPhrasing): PhrasingScore | null {
  const byTerm = new Map<string, Token[]>();
  for (const t of tokens) {
    const list = byTerm.get(t.term);
    if (list) list.push(t);
    else byTerm.set(t.term, [t]);
  }
  if (phrasing.numbers.length > 0) {
    const pageNumbers = tokens.filter((t) => /^\d/.test(t.term));
    if (pageNumbers.length > 0 && !phrasing.numbers.some((n) => byTerm.has(n))) return null;
  }
  let matched = 0;
  const used: Token[] = [];
  const exact: string[] = [];
  const missing: number[] = [];
  phrasing.terms.forEach((term, i) => {
    const hit = byTerm.get(term);
    if (hit) {
      matched += phrasing.weights[i]!;
      used.push(...hit);
      exact.push(term);
    } else missing.push(i);
  });
  const reasons = [`shared terms: ${exact.join(', ')}`];
  const fuzzy = fuzzyMatches(phrasing, missing, byTerm, used);
  for (const f of fuzzy) {
    matched += FUZZY_CREDIT * phrasing.weights[f.index]!;
    used.push(...(byTerm.get(f.pageTerm) ?? []));
  }
  if (fuzzy.length > 0) reasons.push(`near spellings: ${fuzzy.map((f) => `${f.pageTerm}≈${phrasing.terms[f.index]}`).join(', ')}`);
  if (used.length === 0) return null;
  const score = matched / phrasing.total;
  const nums = phrasing.numbers.filter((n) => byTerm.has(n));
  if (nums.length > 0) reasons.push(`numbers agree: ${nums.join(', ')}`);
  return { score, start: Math.min(...used.map((t) => t.start)), end: Math.max(...used.map((t) => t.end)), reasons };
}

function fuzzyMatches(
  phrasing: IndexedPhrasing,
  missing: number[],
  byTerm: Map<string, Token[]>,
  used: Token[],
): { index: number; pageTerm: string }[] {
  const wanted = missing.filter((i) => phrasing.terms[i]!.length >= FUZZY_MIN_LENGTH && !/^\d/.test(phrasing.terms[i]!));
  if (wanted.length === 0) return [];
  const usedTerms = new Set(used.map((t) => t.term));
  const pool = [...byTerm.keys()].filter((t) => t.length >= FUZZY_MIN_LENGTH - 1 && !usedTerms.has(t) && !/^\d/.test(t));
  if (pool.length === 0) return [];
  const fuse = new Fuse(pool, { includeScore: true, threshold: FUZZY_THRESHOLD, ignoreLocation: true });
  const out: { index: number; pageTerm: string }[] = [];
  const taken = new Set<string>();
  for (const i of wanted) {
    const best = fuse.search(phrasing.terms[i]!).find((r) => !taken.has(r.item) && (r.score ?? 1) <= FUZZY_THRESHOLD);
    if (best) {
      taken.add(best.item);
      out.push({ index: i, pageTerm: best.item });
    }
  }
  return out;
}
