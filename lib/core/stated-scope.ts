import type { IndexedClaim } from './claim-index';
import type { Scope, Verdict } from './claim-types';
import { tokenize, type Token } from './tokenize';

/**
 * Where a sentence says a finding was made. The thesaurus folds "in rats", "mice", "rodent",
 * "preclinical", "animal models" to `animal`, and "in vitro", "cell cultures", "test tube" to
 * `invitro`; "cells" counts only beside a study word ("in cell studies", "lab studies").
 * A sentence that says none of these states its claim about people.
 */
export function statedScope(tokens: readonly Token[]): Scope {
  let animal = false;
  let cells = false;
  for (let i = 0; i < tokens.length; i++) {
    const term = tokens[i]!.term;
    if (term === 'animal') animal = true;
    else if (term === 'invitro') cells = true;
    else if ((term === 'cell' || term === 'lab') && tokens[i + 1]?.term === 'study') cells = true;
  }
  // "Shown in rats and in cell cultures" is an animal finding first: the nearer to people.
  return animal ? 'animal' : cells ? 'in-vitro' : 'human';
}

const HEDGES: ReadonlySet<string> = new Set(
  tokenize('preliminary limited emerging unclear anecdotal').map((t) => t.term),
);
/** "More research is needed", "needs larger trials": "need" hedges only beside a word for research. */
const NEED = tokenize('needed')[0]!.term;
const RESEARCH: ReadonlySet<string> = new Set(tokenize('research study trial data evidence').map((t) => t.term));
const NEED_REACH = 3;
const STUDY_SIZE: ReadonlySet<string> = new Set(tokenize('early small few').map((t) => t.term));

/**
 * Whether a sentence itself says its evidence is thin: "limited studies…", "early research",
 * "more research is needed". A bare "may" or "research suggests" does not count: pages put
 * them before anything (the development set labels "research suggests X" as weak, not true).
 * Such a sentence states a weakly supported claim accurately.
 */
export function statesThinEvidence(tokens: readonly Token[]): boolean {
  const terms = new Set(tokens.map((t) => t.term));
  for (const t of terms) if (HEDGES.has(t)) return true;
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k]!.term !== NEED) continue;
    const near = tokens.slice(Math.max(0, k - NEED_REACH), k + NEED_REACH + 1);
    if (near.some((t) => RESEARCH.has(t.term))) return true;
  }
  if (!terms.has('study')) return false;
  for (const t of terms) if (STUDY_SIZE.has(t)) return true;
  return false;
}

const MODEST: ReadonlySet<string> = new Set(tokenize('modest modestly slight slightly mild mildly').map((t) => t.term));

/**
 * Whether a sentence states the size of an effect as modest ("modest weight loss of 4–5 lb",
 * "slightly lowers blood sugar"): a claim rated mixed because pages overstate it is stated
 * accurately then.
 */
export function statesModestEffect(tokens: readonly Token[]): boolean {
  return tokens.some((t) => MODEST.has(t.term));
}

/**
 * The verdict on a claim as the sentence states it. A claim rated weak because its evidence
 * is animal or cell studies is a true statement when the page itself scopes it to animals or
 * cells: "in rats, it sped healing" is what the studies show.
 */
export function verdictAsStated(
  c: IndexedClaim,
  scope: Scope,
  hedged: boolean,
  modest = false,
): { verdict: Verdict; why?: string } {
  if (hedged && (c.verdict === 'weak' || c.verdict === 'mixed'))
    return {
      verdict: 'supported',
      why: 'the page itself says the evidence is limited, which is what the studies show',
    };
  // "Side effects are usually mild" is a safety claim, not the size of an effect.
  if (modest && c.verdict === 'mixed' && c.kind !== 'safety')
    return { verdict: 'supported', why: 'the page states a modest effect, which is what the studies show' };
  if (c.scope || c.verdict !== 'weak' || scope === 'human') return { verdict: c.verdict };
  if ((scope === 'animal' && c.evidence === 'animal') || (scope === 'in-vitro' && c.evidence === 'in-vitro'))
    return {
      verdict: 'supported',
      why: `the page states this as a finding in ${scope === 'animal' ? 'animals' : 'cells'}, which is what the studies show`,
    };
  return { verdict: c.verdict };
}
