import type { IndexedClaim } from './claim-index';
import type { Scope, Verdict } from './claim-types';
import type { Span } from './segment';
import { NEGATIONS } from './stop-words';
import { tokenize, type Token } from './tokenize';

/**
 * Where a sentence says a finding was made. The thesaurus folds "in rats", "mice", "rodent",
 * "preclinical", "animal models" to `animal`, and "in vitro", "cell cultures", "test tube" to
 * `invitro`; "cells" counts only beside a study word ("in cell studies", "lab studies", "cell models"),
 * and a dish only as a lab's ("in a petri dish").
 * A sentence that says none of these states its claim about people.
 */
export function statedScope(tokens: readonly Token[]): Scope {
  let animal = false;
  let cells = false;
  let species = false;
  let microbes = false;
  for (let i = 0; i < tokens.length; i++) {
    const term = tokens[i]!.term;
    if (term === 'animal') animal = true;
    else if (term === 'invitro') cells = true;
    // "In cell studies", "lab studies", "in cell models", "in a petri dish" (the tokenizer's terms, not the words).
    else if ((term === CELL || term === LAB) && (tokens[i + 1]?.term === STUDY || tokens[i + 1]?.term === MODEL))
      cells = true;
    else if (term === DISH && tokens.slice(Math.max(0, i - 2), i).some((t) => t.term === PETRI || t.term === LAB))
      cells = true;
    // "In TNBS-induced colitis models", "in injury models": a disease made in animals to study it.
    else if (term === MODEL && i > 0 && DISEASE_MODELS.has(tokens[i - 1]!.term)) animal = true;
    // "In every species tested", "in several species": the organisms of ageing research.
    else if (term === SPECIES && (SPECIES_COUNT.has(tokens[i - 1]?.term ?? '') || tokens[i + 1]?.term === TESTED))
      species = true;
    else if (MICROBES.has(term)) microbes = true;
  }
  // "Different species and strains of probiotic bacteria" are microbes, not animals.
  if (species && !microbes) animal = true;
  // "Shown in mice and in people", "preclinical and early clinical research": a finding the
  // sentence also states of people is a claim about people ("never tested in humans" is not).
  if (animal && saysPeople(tokens)) return 'human';
  // "Shown in rats and in cell cultures" is an animal finding first: the nearer to people.
  return animal ? 'animal' : cells ? 'in-vitro' : 'human';
}

/** Terms that put a finding in people: "humans", "people", "patients", "clinical", "participants". */
const PEOPLE: ReadonlySet<string> = new Set(
  tokenize('human people patients clinical participants volunteers').map((t) => t.term),
);
/**
 * What "human" may qualify without naming people: a lab's "human cells" or "human tissue", and
 * the human tumours grown in mice ("human tumour growth slowed in mice").
 */
const HUMAN_MATERIAL: ReadonlySet<string> = new Set(
  tokenize('cell cells tissue tissues invitro tumor').map((t) => t.term),
);
/** How far before such a term a negation takes it back: "no human trials", "never in people". */
const PEOPLE_NEGATION_REACH = 3;

/** Whether a sentence says people in the affirmative: not "no human data", "never tested in humans". */
function saysPeople(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    // "Human cells", "human tissue" are a lab's material, not people.
    if (!PEOPLE.has(tokens[i]!.term) || HUMAN_MATERIAL.has(tokens[i + 1]?.term ?? '')) continue;
    const before = tokens.slice(Math.max(0, i - PEOPLE_NEGATION_REACH), i);
    if (!before.some((t) => NEGATIONS.has(t.term))) return true;
  }
  return false;
}

const MODEL = tokenize('model')[0]!.term;
const CELL = tokenize('cell')[0]!.term;
const LAB = tokenize('lab')[0]!.term;
const STUDY = tokenize('study')[0]!.term;
const DISH = tokenize('dish')[0]!.term;
const PETRI = tokenize('petri')[0]!.term;
const SPECIES = tokenize('species')[0]!.term;
const TESTED = tokenize('tested')[0]!.term;
/** Words that count species ("every species", "several species"): the ones the scan keeps. */
const SPECIES_COUNT: ReadonlySet<string> = new Set(
  tokenize('every several multiple various numerous different').map((t) => t.term),
);
/** Species that are not animals: of bacteria, yeasts, fungi and plants. */
const MICROBES: ReadonlySet<string> = new Set(
  tokenize('bacteria bacterial strain strains microbiome probiotic probiotics yeast fungi fungal plant plants').map(
    (t) => t.term,
  ),
);
/** What a disease model is a model of: "colitis models", "induced models", "wound-healing models". */
const DISEASE_MODELS: ReadonlySet<string> = new Set(
  tokenize(
    'induced colitis disease injury ulcer tumor cancer obesity diabetes wound healing arthritis stroke ischemia sepsis fibrosis',
  ).map((t) => t.term),
);

/** Words that put a finding in people: a sentence that says them states its own scope. */
const IN_PEOPLE =
  /\b(?:humans?|people|persons?|patients|adults|men|women|participants|volunteers|subjects|clinical)\b/i;
/** Openings that go on with the study the sentence before described: "However, …", "The study showed…". */
const GOES_ON =
  /^\W*(?:however|furthermore|moreover|additionally|in addition|similarly|likewise|the (?:study|studies|trial|experiment|researchers|authors|results?|findings?|animals|treated)|th(?:is|ese) (?:study|studies|experiments?|results|findings|animals))\b/i;
/** Verbs that report what a study found: "was observed to", "showed". */
const REPORTED = /\b(?:showed|shown|found|reported|observed|demonstrated|revealed)\b/i;

/**
 * The scope of each sentence: the one it states, or, where it states none, that of the
 * sentence before it in the same paragraph when it goes on reporting that study: "A 2018 study
 * tested it in aged mice. It reduced inflammation and extended healthspan." is a finding in
 * mice. It must report, not generalise: an opening that refers back ("However,", "The study…"),
 * a verb of reporting, or an effect in the past tense ("reduced", "improved"); a sentence in the
 * present tense ("it reduces inflammation") or one that names people states its claim about people.
 */
export function sentenceScopes(text: string, sentences: readonly Span[], tokens: readonly Token[][]): Scope[] {
  const out: Scope[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const own = statedScope(tokens[i]!);
    const prev = out[i - 1];
    const s = sentences[i]!;
    const body = text.slice(s.start, s.end);
    const carried =
      own === 'human' &&
      prev !== undefined &&
      prev !== 'human' &&
      !text.slice(sentences[i - 1]!.end, s.start).includes('\n') &&
      !body.includes('\n') &&
      !IN_PEOPLE.test(body) &&
      (GOES_ON.test(body) || REPORTED.test(body) || pastEffect(text, tokens[i]!));
    out.push(carried ? prev : own);
  }
  return out;
}

/** Whether a sentence states an effect in the past tense: "reduced", "improved", "extended". */
function pastEffect(text: string, tokens: readonly Token[]): boolean {
  return tokens.some((t) => t.term.startsWith('dir:') && /ed$/i.test(text.slice(t.start, t.end)));
}

const HEDGES: ReadonlySet<string> = new Set(tokenize('preliminary unclear anecdotal').map((t) => t.term));
/**
 * Hedges only beside a word for research: "limited human data", "emerging evidence". Their stems
 * are also other words' ("it has emerged as", "limited to local effects").
 */
const HEDGES_OF_RESEARCH: ReadonlySet<string> = new Set(tokenize('limited emerging').map((t) => t.term));
/** "More research is needed", "needs larger trials": "need" hedges only beside a word for research. */
const NEED = tokenize('needed')[0]!.term;
const RESEARCH: ReadonlySet<string> = new Set(tokenize('research study trial data evidence').map((t) => t.term));
/** How far a word for research may be from "needed", "limited", "emerging", "small" (tokens). */
const NEED_REACH = 3;
/** "Early studies", "a small trial", "few studies": the size of the research itself. */
const STUDY_SIZE: ReadonlySet<string> = new Set(tokenize('early small few').map((t) => t.term));

/**
 * Whether a sentence itself says its evidence is thin: "limited studies…", "early research",
 * "more research is needed". A bare "may" or "research suggests" does not count: pages put
 * them before anything (the development set labels "research suggests X" as weak, not true).
 * Such a sentence states a weakly supported claim accurately.
 */
export function statesThinEvidence(tokens: readonly Token[]): boolean {
  for (const t of tokens) if (HEDGES.has(t.term)) return true;
  for (let k = 0; k < tokens.length; k++) {
    const term = tokens[k]!.term;
    if (term !== NEED && !HEDGES_OF_RESEARCH.has(term) && !STUDY_SIZE.has(term)) continue;
    const near = tokens.slice(Math.max(0, k - NEED_REACH), k + NEED_REACH + 1);
    if (near.some((t) => RESEARCH.has(t.term))) return true;
  }
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

/** "May", "could", "potentially": stop words to the matcher, so read from the text itself. */
const POSSIBILITY = /\b(?:may|might|could|possibly|potentially)\b|^\W*(?:May|Might|Could)\b/;

/**
 * Whether a sentence states its claim as a possibility ("may help", "could lower", "potentially
 * protects"), not as a fact. "May" capitalised is the month unless it opens the sentence.
 */
export function statesPossibility(sentence: string): boolean {
  return POSSIBILITY.test(sentence);
}

/** Why a claim that only animal or cell studies back is weak when the page states it as a possibility. */
export const PLAUSIBLE_POSSIBILITY =
  'the page states this as a possibility, which animal or cell studies make plausible but human studies have not shown';

/** Evidence that makes a claim plausible without showing it in people: what "weak" is for. */
const PLAUSIBLE: ReadonlySet<string> = new Set(['animal', 'in-vitro', 'mechanism']);

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
  possible = false,
): { verdict: Verdict; why?: string } {
  // A hedge or a modest effect is said, not judged: "preliminary evidence suggests it may slow
  // ageing" is still a claim that it slows ageing, and readers judge it by the evidence for that;
  // the popover's reasons say what the page said. (Shown as "supported" these disagreed with the
  // labellers: on the tuning split's half A, 17 more wordings agree in pole without it, and 4
  // more claims on its 41 pages.) The rules below still apply: a small rat study is a finding in
  // animals, hedged or not.
  const said =
    hedged && (c.verdict === 'weak' || c.verdict === 'mixed')
      ? 'the page itself says the evidence is limited'
      : // "Side effects are usually mild" is a safety claim, not the size of an effect.
        modest && c.verdict === 'mixed' && c.kind !== 'safety'
        ? 'the page states only a modest effect'
        : undefined;
  const asRated = said ? { verdict: c.verdict, why: said } : { verdict: c.verdict };
  // "BPC-157 may heal tendons": a claim rated unsupported because only animal or cell studies
  // back it is, stated as a possibility, what the rubric calls weak (plausible, not shown in people).
  if (possible && c.verdict === 'unsupported' && PLAUSIBLE.has(c.evidence))
    return { verdict: 'weak', why: PLAUSIBLE_POSSIBILITY };
  if (c.scope || c.verdict !== 'weak' || scope === 'human') return asRated;
  if ((scope === 'animal' && c.evidence === 'animal') || (scope === 'in-vitro' && c.evidence === 'in-vitro'))
    return {
      verdict: 'supported',
      why: `the page states this as a finding in ${scope === 'animal' ? 'animals' : 'cells'}, which is what the studies show`,
    };
  return asRated;
}
