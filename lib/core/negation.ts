import type { Span } from './segment';
import { NEGATIONS, STOP_WORDS } from './stop-words';
import { tokenize, type Token } from './tokenize';

/**
 * Words that deny a claim from anywhere in its sentence: "the idea that creatine causes
 * baldness is unfounded", "debunked claims that…", "a fear since refuted", "many wrongly believe
 * that…", "falsely marketed as a cure".
 */
const DENIAL_WORDS: ReadonlySet<string> = new Set(
  tokenize(
    'unsubstantiated unfounded debunked baseless disproven unproven myth misconception refuted discredited ' +
      'overturned mistakenly erroneously',
  ).map((t) => t.term),
);
/**
 * The same as adverbs whose terms are those of common words ("wrongly" is the term of "wrong",
 * "falsely" of "false": "the wrong dose", "a false positive" deny nothing), read as written.
 */
const DENIAL_ADVERBS = /\b(?:wrongly|falsely)\b/i;
/**
 * Evidence for the claim said to be missing after it, in one clause: "evidence that stacking
 * peptides works better is lacking", "proof that it helps remains absent" deny the claim as "no
 * evidence that…" does. Not "lacking" alone ("men lacking energy"), nor evidence of something
 * else said to be missing ("in rats it heals tendons, but human data are missing").
 */
const EVIDENCE_LACKING =
  /\b(?:evidence|proof|data)\s+(?:that|for|of|showing|supporting)\b[^.;:!?,]{0,120}?\b(?:is|are|remains?)\s+(?:still\s+)?(?:lacking|absent|missing|nonexistent)\b/i;

/**
 * Verbs after which a negation is about the reader, not the claim: "what many don't realize is
 * that estrogen is essential" asserts that it is.
 */
const UNAWARE: ReadonlySet<string> = new Set(tokenize('realize know understand notice appreciate').map((t) => t.term));

/**
 * The same with verbs whose object is the clause that follows "is": "what people don't get is
 * that smaller, more frequent doses…", "what they won't tell you is that…".
 */
const UNTOLD = /^\s+(?:really\s+)?(?:get|see|tell you|tell us|mention|talk about|hear about)\s+is\b/i;

/** How far (in content words) a negation reaches forward, and what stops it. */
export const NEGATION_REACH = 4;
/**
 * Nouns that carry a negation to the end of their clause: "no direct link between TRT and an
 * increased risk of prostate cancer", "no completed trial showing it extends lifespan".
 */
const EVIDENCE_NOUNS: ReadonlySet<string> = new Set(
  tokenize('link association connection correlation relationship evidence proof study trial data research').map(
    (t) => t.term,
  ),
);
/** How near the negation such a noun must follow: "no (direct) link", "no (completed randomized) trial". */
const EVIDENCE_NOUN_REACH = 3;
export const CLAUSE_BREAK = /[,;()—–]/;

/**
 * Whether a sentence denies whatever it states, wherever its words are: a denial word ("…is
 * unfounded"), "wrongly" or "falsely", or evidence for it said to be lacking. `span` is the sentence
 * the tokens come from; its closing words ("…is lacking") are stop words, no tokens, so they are read
 * in the sentence's own text. It depends on the sentence alone: asked once, not for every match.
 */
export function deniedThroughout(text: string, tokens: readonly Token[], span: Span): boolean {
  if (tokens.some((t) => DENIAL_WORDS.has(t.term))) return true;
  const sentence = text.slice(span.start, span.end);
  return DENIAL_ADVERBS.test(sentence) || EVIDENCE_LACKING.test(sentence);
}

/**
 * Whether the matched words are denied: `throughout` (deniedThroughout of their sentence), or a
 * negation shortly before one of them, in the same clause ("is not FDA-approved", "no evidence that
 * it raises…", "without losing muscle"). Names do not count, so "X is not approved, is banned by
 * WADA" denies the approval but not the ban.
 */
export function negates(
  text: string,
  tokens: readonly Token[],
  matched: readonly Token[],
  names: ReadonlySet<string>,
  throughout: boolean,
): boolean {
  if (throughout) return true;
  const said = matched.filter((t) => !NEGATIONS.has(t.term));
  // What a negation must reach to deny the match: its words other than names ("not approved", "no
  // side effects"); where it matched names alone, the names ("MK-677 is not a SARM").
  const others = said.filter((t) => !names.has(t.term));
  const content = others.length > 0 ? others : said;
  for (let k = 0; k < tokens.length; k++) {
    const n = tokens[k]!;
    if (
      !NEGATIONS.has(n.term) ||
      UNAWARE.has(tokens[k + 1]?.term ?? '') ||
      UNTOLD.test(text.slice(n.end, n.end + 40)) ||
      saysTooLittle(text, tokens, k)
    )
      continue;
    // "Ozempic is not without side effects", "SARMs don't come without side effects": two
    // negations a word or two apart in one clause assert; the pair denies nothing.
    const pair = pairedNegation(text, tokens, k);
    if (pair !== undefined) {
      k = pair;
      continue;
    }
    // "Non-scalp", "non-hormonal": the prefix negates only the word it is joined to.
    const prefix = n.term === 'non' && /^-/.test(text.slice(n.end, n.end + 1));
    const reach = prefix ? 1 : deniesEvidence(text, tokens, k) ? tokens.length : NEGATION_REACH;
    for (let j = k + 1; j < tokens.length && j <= k + reach; j++) {
      const u = tokens[j]!;
      // "...encoded not in the main genome but inside mitochondria": "but" ends what "not" denies.
      if (CLAUSE_BREAK.test(text.slice(n.end, u.start)) || /\bbut\b/i.test(text.slice(n.end, u.start))) break;
      if (content.includes(u)) return true;
    }
  }
  return false;
}

const NEITHER = tokenize('neither')[0]!.term;
const NOR = tokenize('nor')[0]!.term;

/**
 * The negation a word or two after the one at `k`, in its clause, that cancels it: "not without".
 * "Neither Rybelsus nor Ozempic is approved" is no such pair: "nor" carries the denial on.
 */
function pairedNegation(text: string, tokens: readonly Token[], k: number): number | undefined {
  if (tokens[k]!.term === NEITHER) return undefined;
  return [k + 1, k + 2].find(
    (j) =>
      NEGATIONS.has(tokens[j]?.term ?? '') &&
      tokens[j]!.term !== NOR &&
      !CLAUSE_BREAK.test(text.slice(tokens[k]!.end, tokens[j]!.start)),
  );
}

/** "Fail" denies only as "fail to" (saysTooLittle). */
const FAIL: ReadonlySet<string> = new Set(tokenize('fail fails failed').map((t) => t.term));
const LACK = tokenize('lack')[0]!.term;
/** What a page denies by saying it is lacking: approval, safety, harms, benefits. */
const LACKED_DENIALS: ReadonlySet<string> = new Set(
  tokenize(
    'fda approval regulation oversight side-effect risk harm toxicity benefit effect effective safe quality ' +
      'scientific clinical medical treatment cure drug therapy',
  ).map((t) => t.term),
);
/** What a deficiency is said to do: "a lack of zinc weakens immunity", "…can cause fatigue". */
const DEFICIENCY_DOES: ReadonlySet<string> = new Set(
  tokenize('cause weaken impair worsen reduce lower').map((t) => t.term),
);

/** Words of a quantity that falls short: "not having enough magnesium", "without sufficient protein". */
const ENOUGH: ReadonlySet<string> = new Set(tokenize('enough sufficient adequate').map((t) => t.term));
/** How near the negation that word must follow: "not (getting) enough", "don't (eat) enough". */
const ENOUGH_REACH = 2;

/**
 * Whether the negation at `k` says something is lacking rather than denying the claim: "not
 * having enough magnesium can cause cramps" claims what a deficiency does. It still denies
 * when what falls short is evidence ("not enough evidence that…") or an effect ("one meal is
 * not enough to raise GLP-1").
 */
export function saysTooLittle(text: string, tokens: readonly Token[], k: number): boolean {
  // "Black cohosh failed to relieve hot flashes" denies; "a second-line drug for when other
  // treatments fail" denies nothing the sentence claims.
  if (FAIL.has(tokens[k]!.term)) return !/^\s+to\b/i.test(text.slice(tokens[k]!.end, tokens[k]!.end + 4));
  // "A lack of zinc weakens immunity" claims what a deficiency does; "it lacks FDA approval",
  // "a lack of scientific evidence", "a lack of side effects" deny.
  if (tokens[k]!.term === LACK) {
    // What is lacking: the words after "lack", up to what the lack is said to do.
    const lacked = tokens.slice(k + 1, k + 3).filter((t) => !DEFICIENCY_DOES.has(t.term));
    return (
      lacked.length > 0 &&
      lacked.every((t) => !EVIDENCE_NOUNS.has(t.term) && !LACKED_DENIALS.has(t.term)) &&
      tokens.slice(k + 2).some((t) => DEFICIENCY_DOES.has(t.term))
    );
  }
  for (let j = k + 1; j < tokens.length && j <= k + ENOUGH_REACH; j++) {
    if (CLAUSE_BREAK.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) return false;
    if (!ENOUGH.has(tokens[j]!.term)) continue;
    const next = tokens[j + 1];
    if (!next || /^\s+to\b/i.test(text.slice(tokens[j]!.end, next.start))) return false;
    return !EVIDENCE_NOUNS.has(next.term) && !EVIDENCE_NOUNS.has(tokens[j + 2]?.term ?? '');
  }
  return false;
}

/**
 * Verbs of showing: "failed to demonstrate superiority over placebo in slowing Alzheimer's",
 * "did not confirm a benefit on…" deny what the rest of the clause says, however far it reaches.
 */
const SHOWING_VERBS: ReadonlySet<string> = new Set(
  tokenize(
    'demonstrate demonstrated show shown showed prove proven proved confirm confirmed establish established',
  ).map((t) => t.term),
);

/**
 * Whether the negation at `k` denies a link or evidence ("no link", "no trial showing", "failed
 * to show"), within its clause; not "not only shows…".
 */
function deniesEvidence(text: string, tokens: readonly Token[], k: number): boolean {
  if (/^\s+only\b/i.test(text.slice(tokens[k]!.end, tokens[k]!.end + 6))) return false;
  for (let j = k + 1; j < tokens.length && j <= k + EVIDENCE_NOUN_REACH; j++) {
    if (CLAUSE_BREAK.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) return false;
    if (EVIDENCE_NOUNS.has(tokens[j]!.term) || SHOWING_VERBS.has(tokens[j]!.term)) return true;
  }
  return false;
}

/**
 * Whether a phrasing is written as a denial ("does not raise blood pressure", "a myth that…"),
 * so it matches denials only; "many people don't get enough magnesium" claims a shortfall.
 */
export function writtenAsDenial(text: string): boolean {
  const tokens = tokenize(text).filter((t) => !STOP_WORDS.has(t.term));
  if (tokens.some((t) => DENIAL_WORDS.has(t.term))) return true;
  for (let k = 0; k < tokens.length; k++) {
    if (!NEGATIONS.has(tokens[k]!.term) || saysTooLittle(text, tokens, k)) continue;
    const pair = pairedNegation(text, tokens, k);
    if (pair === undefined) return true;
    k = pair;
  }
  return false;
}
