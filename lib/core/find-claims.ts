import { ownEntry, type ClaimIndex, type IndexedPhrasing } from './claim-index';
import type { Certainty, ClaimKind, Scope, Verdict } from './claim-types';
import { isVagueCitation, pageCitations } from './citations';
import { deniedThroughout, negates } from './negation';
import { resolveOverlaps } from './resolve-overlaps';
import { candidateSelector, type SelectCandidates } from './select-candidates';
import {
  namesToSay,
  scoreWithinReach,
  sentenceTerms,
  smallestWindow,
  withinReachSaid,
  type PhrasingScore,
} from './score-phrasing';
import { phrasingTable } from './phrasing-facts';
import {
  bulletLength,
  CLAUSE_EDGE,
  isQuestion,
  segmentClaimWindows,
  withHardWrapsJoined,
  withInlineBulletsBroken,
  type Span,
} from './segment';
import { otherSex, sexOf } from './sex';
import { claimInSharedWords, SHARED_WITH_TRIED, TRIED_AT } from './claim-words';
import { checkStatedNumbers, type NumberCheck } from './stated-numbers';
import {
  sentenceScopes,
  statesModestEffect,
  statesPossibility,
  statesThinEvidence,
  verdictAsStated,
} from './stated-scope';
import { STOP_WORDS } from './stop-words';
import { GENERAL_TOPICS } from './thesaurus';
import { silentSentences } from './framing';
import { confusedNames } from './name-identity';
import { focusPlan, mentionedTopics, saysNameAt, type Focus } from './topic-focus';
import { tokenize, type Token } from './tokenize';
import { unreviewedClaims } from './unreviewed-claims';
import { leadInClaims } from './lead-in-claims';
import {
  readsAsAssayProcedure,
  readsAsLabProcedure,
  readsAsPrivacyPolicy,
  readsAsShopPolicy,
  readsAsTermsOfService,
  readsAsStainProtocol,
  readsAsTestListing,
  withoutLabAbbreviations,
} from './lab-context';

/** A claim found in a text: offsets into that text, a score in [0, 1] and why it matched. */
export interface ClaimMatch {
  claimId: string;
  start: number;
  end: number;
  score: number;
  reasons: string[];
  /** The verdict on the claim as this sentence states it (its scope can change it). */
  verdict: Verdict;
  certainty: Certainty;
  /** Where the sentence says the finding was made. */
  scope: Scope;
  /** Set for a claim no reviewed claim matches: its topic and kind, judged by the topic's profile. */
  unreviewed?: { topic: string; kind: ClaimKind };
  /** What else the reader should know: `vague-citation` (an authority the page does not name). */
  flags?: string[];
  /** PMIDs, DOIs and links the page itself gives beside the claim. */
  pageSources?: string[];
  /** Set when the claim's sentence states a figure of the kind the evidence reports. */
  numberCheck?: NumberCheck;
  /**
   * Why the verdict shown is not the claim's own, in the page's terms: it scopes the finding to
   * animals, says itself that the evidence is thin, states the effect as modest or as a
   * possibility, or denies the claim.
   */
  asStated?: string;
  /**
   * The run of words that make the claim, names left out, where the mark reaches further to
   * take its subject's name: overlapping marks settle on these (resolve-overlaps.ts). Internal
   * to the scan; results do not carry it.
   */
  core?: { start: number; end: number };
  /**
   * Set when the claim is recorded for the scope the sentence states ("in cell culture"): of two
   * claims the sentence makes as fully, that record wins the span. Internal to the scan.
   */
  scoped?: boolean;
  /**
   * Set when the claim's subject is a name in focus that the sentence leaves unsaid: of two
   * claims the sentence makes as fully, the one whose substance it names wins. Internal to the scan.
   */
  inFocus?: boolean;
  /**
   * How many distinct words of its phrasing the sentence says: of two claims the sentence makes
   * as fully, the one that says more (a named trial, a figure) wins the span. Internal to the scan.
   */
  said?: number;
}

export interface ScanOptions {
  /** Sentences handled between two yields of scanClaims. */
  perStep?: number;
  /** Topics known to be on the page already (an incremental scan of content added later). */
  topics?: Iterable<string>;
  /** Receives the ids of the topics this text names, so the next incremental scan knows them. */
  named?: Set<string>;
  /**
   * Told why text or a phrasing was not marked, and every match before overlapping marks are
   * settled: for `explain` (curators' "it scores 1.00 but is not marked"). Costs nothing unset.
   */
  trace?: (event: ScanTrace) => void;
}

/** What scanClaims tells a `trace`: offsets are the page text's (after its line joins, which keep length). */
export type ScanTrace =
  | { kind: 'page'; reason: string }
  | { kind: 'sentence'; start: number; end: number; reason: string }
  | { kind: 'phrasing'; start: number; end: number; phrasing: number; reason: string }
  | { kind: 'matched'; start: number; end: number; claimId: string };

/**
 * Calibrated on the development set and on 269 pages the curators labelled: at 0.60,
 * recall .666 / precision .865 on those pages; at 0.66, .649 / .899; at 0.70, .632 / .916.
 * The development set keeps recall 1.0 at each; 0.66 balances the two.
 */
export const MIN_SCORE = 0.66;
const SENTENCES_PER_STEP = 40;

/** Pages whose every sentence states something other than a claim, and how a trace names them. */
const NOT_CLAIMS_PAGES: readonly [(text: string) => boolean, string][] = [
  // A shop's or clinic's policy on returns, shipping, payment or cancellation states conditions
  // of sale: "arrives in 5-7 business days" is no dose, "our TRT package includes an aromatase
  // inhibitor if needed" no claim about estradiol. Of the 1,594 labelled pages with claims (tuning
  // split and rounds 20-53), none reads so; 208 of their 296 negatives do.
  [readsAsShopPolicy, "a shop's policy on returns, shipping, payment or cancellation"],
  // Nor a privacy policy: the medications it may hold data on are data, not claims.
  [readsAsPrivacyPolicy, 'a privacy policy'],
  // Nor terms and conditions: a clinic's "we provide treatment of the symptoms of the menopause" says who it is.
  [readsAsTermsOfService, 'terms and conditions'],
  // Nor does a laboratory's page on a stain ("methylene blue stains bacterial cells on a slide").
  [readsAsStainProtocol, "a laboratory's staining protocol"],
  // Nor a kit's assay of a substance in samples ("add ddH2O to reduce the concentration of SSA").
  [readsAsAssayProcedure, "an assay kit's procedure"],
  // Nor a laboratory's listing of a test: its reference values ("Males: 241-827 ng/dL") are its assay's.
  [readsAsTestListing, "a laboratory's test listing"],
];

/** Finds the claims a text makes; see scanClaims. */
export function findClaims(text: string, index: ClaimIndex, options: ScanOptions = {}): ClaimMatch[] {
  const steps = scanClaims(text, index, options);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * Finds the claims a text makes, in steps: it yields after every `perStep` sentences so
 * a caller on a page's main thread can give the page its turn (no long tasks).
 *
 * Cost grows with the text, not with the database: a claim is considered only when the
 * page names its topic, and a sentence scores only the phrasings its own rare terms select.
 */
export function* scanClaims(
  text: string,
  index: ClaimIndex,
  options: ScanOptions = {},
): Generator<number, ClaimMatch[], void> {
  for (const [reads, kind] of NOT_CLAIMS_PAGES)
    if (reads(text)) {
      options.trace?.({ kind: 'page', reason: `the page reads as ${kind}` });
      return [];
    }
  text = withInlineBulletsBroken(withHardWrapsJoined(text));
  const trace = options.trace;
  const perStep = options.perStep ?? SENTENCES_PER_STEP;
  const sentences = segmentClaimWindows(text);
  const tokens: Token[][] = [];
  const mentions: number[][] = [];
  const onPage = new Set<number>();
  for (const name of options.topics ?? []) {
    const t = index.topics.indexOf(name);
    if (t >= 0) onPage.add(t);
  }
  let done = 0;
  for (const s of sentences) {
    const list = withoutAddresses(
      tokenize(text.slice(s.start, s.end), s.start).filter((t) => !STOP_WORDS.has(t.term)),
      text,
      s,
    );
    tokens.push(list);
    if (++done % perStep === 0) yield done;
  }
  // On a chemistry procedure "HMB" is a resin linker: a short abbreviation names its topic there
  // only when the page also gives one of the topic's longer names.
  if (readsAsLabProcedure(text)) withoutLabAbbreviations(tokens, text, index);
  for (const list of tokens) {
    const here = mentionedTopics(list, index);
    mentions.push(here);
    for (const t of here) {
      onPage.add(t);
      options.named?.add(index.topics[t]!);
    }
  }
  const select = candidateSelector(index, onPage);
  const found: ClaimMatch[] = [];
  // A reference list's entries and the writer's framing of the article state nothing themselves.
  const silent = silentSentences(text, sentences);
  const focus = focusPlan(text, sentences, tokens, mentions, index);
  // Where each sentence says its finding was made (in mice, in cells), or the study before it did.
  const scopes = sentenceScopes(text, sentences, tokens);
  for (let i = 0; i < tokens.length; i++) {
    // A question asserts nothing ("Is sermorelin FDA-approved?"); it still names its topic.
    const question = isQuestion(text, sentences[i]!);
    const asserts = !question && !silent[i]!;
    const why = trace && phrasingTrace(trace, sentences[i]!);
    if (!asserts)
      trace?.({
        kind: 'sentence',
        ...sentences[i]!,
        reason: question
          ? 'a question asserts nothing'
          : "a reference list's entry or the writer's framing of the article",
      });
    if (asserts)
      found.push(...matchSentence(text, sentences[i]!, tokens[i]!, index, select, focus(i), scopes[i]!, why));
    // "BPC-157 increases blood flow to tendons. This is why they heal faster." states one
    // claim in two sentences: the pair is read as one, and a match must reach into the second.
    if (asserts && i > 0 && continuesPrevious(text, sentences[i]!, sentences[i - 1]!)) {
      const scope = scopes[i - 1] !== 'human' ? scopes[i - 1]! : scopes[i]!;
      const pair = matchSentence(
        text,
        { start: sentences[i - 1]!.start, end: sentences[i]!.end },
        [...tokens[i - 1]!, ...tokens[i]!],
        index,
        select,
        focus(i - 1),
        scope,
        trace && phrasingTrace(trace, { start: sentences[i - 1]!.start, end: sentences[i]!.end }),
      );
      found.push(...pair.filter((m) => m.end > sentences[i]!.start && m.start < sentences[i]!.start));
    }
    if (++done % perStep === 0 && i + 1 < tokens.length) yield done;
  }
  if (trace) for (const m of found) trace({ kind: 'matched', start: m.start, end: m.end, claimId: m.claimId });
  const reviewed = resolveOverlaps(found);
  const all = resolveOverlaps([
    ...reviewed,
    ...unreviewedClaims(text, sentences, tokens, focus, reviewed, index, silent, scopes),
    ...confusedNames(text, sentences, tokens, mentions, index, silent),
  ]);
  // A lead-in that makes a reviewed claim ("symptoms of adrenal fatigue include:") makes it of each item it names.
  const listed = leadInClaims(text, sentences, all, index);
  wholeItems(text, listed);
  wholeWords(text, listed);
  // Sentences never cross a line break; the windows that do are lists read with their lead-in.
  const cited = annotateCitations(
    text,
    sentences.filter((s) => !text.slice(s.start, s.end).includes('\n')),
    listed,
  );
  // The figures a page states, held against the evidence (stated-numbers.ts sets `numberCheck`).
  return checkStatedNumbers(text, cited, index).map(({ core: _, scoped: __, inFocus: ___, said: ____, ...m }) => m);
}

/** A trace's reporter for one sentence's phrasings (matchSentence's `why`). */
function phrasingTrace(
  trace: (event: ScanTrace) => void,
  sentence: { start: number; end: number },
): (phrasing: number, reason: string) => void {
  return (phrasing, reason) => trace({ kind: 'phrasing', start: sentence.start, end: sentence.end, phrasing, reason });
}

/** A word joined on by a hyphen or an apostrophe: the rest of "well-being", "men's", "non-arteritic". */
const JOINED_ON = /^[-'’][\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/u;
const JOINED_BEFORE = /(?:[\p{L}\p{N}]+[-'’])+$/u;
/** A letter or digit: a mark that ends (or begins) on one is cut inside a word if a joiner follows (or precedes). */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * A mark begins and ends on whole words: "enhance overall well-being", not "…overall well", the
 * last word the claim's phrasing shares. Tokens split a compound at its hyphen; a mark is widened
 * over the rest of the compound, where no other mark has it. `marks` are in page order and do not
 * overlap; they are widened in place.
 */
function wholeWords(text: string, marks: ClaimMatch[]): void {
  for (let i = 0; i < marks.length; i++) {
    const m = marks[i]!;
    const after = JOINED_ON.exec(text.slice(m.end, m.end + 40))?.[0].length ?? 0;
    const next = marks[i + 1];
    if (after > 0 && WORD_CHAR.test(text[m.end - 1]!) && (!next || next.start >= m.end + after)) m.end += after;
    const before = JOINED_BEFORE.exec(text.slice(Math.max(0, m.start - 40), m.start))?.[0].length ?? 0;
    const prev = marks[i - 1];
    if (before > 0 && WORD_CHAR.test(text[m.start]!) && (!prev || prev.end <= m.start - before)) m.start -= before;
  }
}

/** The most of a line a list item's mark takes: a longer line is marked on the claim's own words. */
const ITEM_MAX = 160;

/**
 * A mark inside a list item that no other mark shares takes the whole item, less its marker and
 * closing punctuation: "- HGH may increase energy levels and improve mood" is the claim, not
 * "energy", the one word it shares with a phrasing beside the name in the lead-in. `marks` are in
 * page order and do not overlap (resolveOverlaps); they are widened in place. Rounds 20-45 (each
 * with the database it first met): found 5125 -> 5135, pole 3290 -> 3295, marks unchanged.
 */
function wholeItems(text: string, marks: ClaimMatch[]): void {
  for (let i = 0; i < marks.length; i++) {
    const m = marks[i]!;
    const from = text.lastIndexOf('\n', m.start - 1) + 1;
    let to = text.indexOf('\n', m.end);
    if (to < 0) to = text.length;
    const line = text.slice(from, to);
    const marker = bulletLength(line);
    // A bullet or number, then a space ("- ", "2. "): "-Hair production…" is read as prose.
    const lead = line.slice(0, marker);
    if (lead.trim() === '' || !/\s$/.test(lead)) continue;
    const body = line.slice(marker).replace(/[\s,;:.!]+$/, '');
    if (body.length === 0 || body.length > ITEM_MAX) continue;
    const start = from + marker;
    const end = start + body.length;
    if (m.start < start || m.end > end) continue;
    const prev = marks[i - 1];
    const next = marks[i + 1];
    if ((prev && prev.end > start) || (next && next.start < end)) continue;
    m.start = start;
    m.end = end;
  }
}

/** Openings that carry the previous sentence's subject and claim on: "This is why…", "As a result,…". */
const CONTINUATION =
  /^(?:this|that|which) (?:is why|is how|means|explains|leads to|helps|allows|results in)\b|^(?:as a result|because of this|thanks to this|in turn|consequently)\b/i;

function continuesPrevious(text: string, s: Span, prev: Span): boolean {
  return CONTINUATION.test(text.slice(s.start, s.end)) && !text.slice(prev.end, s.start).includes('\n\n');
}

/**
 * Adds what the page says about its sources: a vague appeal to authority in the claim's
 * sentence, and any PMID, DOI or link in that sentence or the next.
 */
function annotateCitations(text: string, sentences: readonly Span[], matches: ClaimMatch[]): ClaimMatch[] {
  let k = 0;
  for (const m of matches) {
    while (k + 1 < sentences.length && sentences[k]!.end <= m.start) k++;
    const own = sentences[k]!;
    const next = sentences[k + 1];
    const sentence = text.slice(own.start, own.end);
    const around = text.slice(own.start, next ? next.end : own.end);
    const given = pageCitations(around);
    if (isVagueCitation(sentence, around)) m.flags = ['vague-citation'];
    if (given.sources.length > 0) m.pageSources = given.sources;
  }
  return matches;
}

/**
 * Web and mail addresses printed as text ("…/hrt-can-be-linked-to-breast-cancer",
 * "support@shop.co.uk") are links, not claims: their words are dropped before scoring.
 */
const ADDRESS =
  /\b(?:https?:\/\/|www\.)\S+|\b[\w-]+\.(?:com|org|net|gov|edu|io|co|uk|au|ca)\/\S*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
function withoutAddresses(tokens: Token[], text: string, s: Span): Token[] {
  const sentence = text.slice(s.start, s.end);
  if (!sentence.includes('/') && !sentence.includes('@')) return tokens;
  const ranges = [...sentence.matchAll(ADDRESS)].map((m) => [s.start + m.index, s.start + m.index + m[0].length]);
  if (ranges.length === 0) return tokens;
  return tokens.filter((t) => !ranges.some(([a, b]) => t.start >= a! && t.end <= b!));
}

const topicNamesCache = new WeakMap<ClaimIndex, Set<string>[]>();
/** Per topic, its one-word names as a set. */
function topicNames(index: ClaimIndex): Set<string>[] {
  let sets = topicNamesCache.get(index);
  if (!sets) {
    sets = index.topicTerms.map((t) => new Set(t));
    topicNamesCache.set(index, sets);
  }
  return sets;
}

const nameWordsCache = new WeakMap<ClaimIndex, Set<string>[]>();
/** Per topic, every term of its names, one-word and longer. */
function namesOfTopic(index: ClaimIndex, topic: number): ReadonlySet<string> {
  let sets = nameWordsCache.get(index);
  if (!sets) {
    const long = longNames(index);
    sets = index.topicTerms.map((t, i) => new Set([...t, ...long[i]!.flat()]));
    nameWordsCache.set(index, sets);
  }
  return sets[topic]!;
}

const longNamesCache = new WeakMap<ClaimIndex, string[][][]>();
/** Per topic, the terms of each of its own names of two words or more (as nameGroups holds them). */
function longNames(index: ClaimIndex): string[][][] {
  let lists = longNamesCache.get(index);
  if (!lists) {
    lists = index.topics.map(() => []);
    const keys = new Set<string>();
    for (const p of index.phrasings)
      for (const g of p.nameGroups ?? [])
        if (!keys.has(`${p.topic} ${g.name}`)) {
          keys.add(`${p.topic} ${g.name}`);
          lists[p.topic]!.push(g.name.split(' '));
        }
    longNamesCache.set(index, lists);
  }
  return lists;
}

const standInsCache = new WeakMap<ClaimIndex, Set<string>[]>();
/** Per topic, what may stand in for "it": its one-word names, and its longer names' terms joined by a space. */
function namesStandingIn(index: ClaimIndex): Set<string>[] {
  let sets = standInsCache.get(index);
  if (!sets) {
    const long = longNames(index);
    sets = topicNames(index).map((names, t) => new Set([...names, ...long[t]!.map((n) => n.join(' '))]));
    standInsCache.set(index, sets);
  }
  return sets;
}

const NO_NAMES: ReadonlySet<string> = new Set();
const exactNamesCache = new WeakMap<ClaimIndex, Set<string>>();
/**
 * Names that must be said (or in focus) for a phrasing that uses them to match: a claim about
 * testosterone is not made by a sentence that never names it. Names of general topics are
 * ordinary words ("peptide", "supplement") and weigh as such.
 */
function exactNames(index: ClaimIndex): Set<string> {
  let set = exactNamesCache.get(index);
  if (!set) {
    set = new Set(index.topicTerms.filter((_, t) => !GENERAL_TOPICS.has(index.topics[t]!)).flat());
    exactNamesCache.set(index, set);
  }
  return set;
}

const mustSayCache = new WeakMap<ClaimIndex, Uint8Array>();
/** Per term of the index's flat table, whether it is one of exactNames and no figure (withinReachSaid). */
function mustSay(index: ClaimIndex): Uint8Array {
  let flags = mustSayCache.get(index);
  if (!flags) mustSayCache.set(index, (flags = namesToSay(index, exactNames(index))));
  return flags;
}

/** The thesaurus's term for "human", "humans", "people": a phrasing that names its scope. */
const HUMAN_TERM = 'human';

/** Scores one sentence against the phrasings its terms select; one match per claim at most. */
function matchSentence(
  text: string,
  span: Span,
  tokens: Token[],
  index: ClaimIndex,
  select: SelectCandidates,
  focus: Focus,
  scope: Scope,
  why?: (phrasing: number, reason: string) => void,
): ClaimMatch[] {
  const names = topicNames(index);
  const long = longNames(index);
  const standIns = namesStandingIn(index);
  const candidates = select.select(tokens);
  if (candidates.length === 0) return [];
  const exact = exactNames(index);
  const terms = sentenceTerms(tokens, exact);
  const best = new Map<
    number,
    PhrasingScore & { phrasing: number; denied: boolean; words: { start: number; end: number } | null }
  >();
  const table = phrasingTable(index);
  const unsaid = mustSay(index);
  const saysHuman = tokens.some((t) => t.term === HUMAN_TERM);
  const sexSaid = sexOf(tokens.map((t) => t.term));
  // Candidates come in ascending order, and a topic's phrasings are numbered together: what
  // depends on the topic alone is worked out when it changes (once per topic), not for every candidate.
  let topic = -1;
  let inFocus = false;
  let implied: ReadonlySet<string> = NO_NAMES;
  /**
   * The topic's names (one-word, and longer ones as namesStandingIn joins them), where the
   * sentence says one of its one-word names: any of them may stand for the one a phrasing says,
   * for claims of what the substance does (PhrasingTable's `anyName`). "Semaglutide causes
   * nausea" says what "GLP-1 drugs cause nausea", filed under semaglutide, says.
   */
  let siblings: ReadonlySet<string> = NO_NAMES;
  /** The names that place no claim in this sentence (placingNames), worked out once one is needed. */
  let placing: Names | undefined;
  /** Whether the sentence denies whatever it states (deniedThroughout), worked out once a match is checked. */
  let throughout: boolean | undefined;
  /** Scores phrasing `p` against the sentence at `minScore`, through every check a match must pass; the best per claim is kept. */
  const consider = (p: number, minScore: number, reached?: number[], leastShared?: number): void => {
    // Scoring's bound first: it reads flat tables alone, and most candidates end there,
    // before their records (scattered in the heap) are read.
    if (table.topic[p] !== topic) {
      topic = table.topic[p]!;
      inFocus = focus.topics.has(topic);
      implied = impliedNames(focus, topic, names[topic]!, long[topic]!, standIns[topic]!, terms);
      siblings = inFocus && focus.named.has(topic) && saysAny(names[topic]!, terms) ? standIns[topic]! : NO_NAMES;
    }
    const own = siblings.size > 0 && table.anyName[p] === 1 ? siblings : implied;
    // A sentence whose subject is a name is about that name alone; any other sentence may
    // take a claim of any topic the page names (a table cell far below its column's header),
    // but a name it does not say is implied only for the topics in focus. (Asked before the
    // bound: it reads a flag per phrasing, and with ten times the claims it turns away a quarter
    // of the candidates.)
    if (
      focus.subject &&
      !inFocus &&
      !(table.namesOthers[p] === 1 && index.phrasings[p]!.alsoTopics!.some((t) => focus.topics.has(t)))
    ) {
      why?.(p, "the sentence's subject is another topic's name (a sentence with a named subject is about it alone)");
      return;
    }
    // Candidates come grouped by topic: each topic is listed once, when its first one gets here.
    if (reached && reached[reached.length - 1] !== table.topic[p]) reached.push(table.topic[p]!);
    if (!withinReachSaid(terms, table, p, select.said, select.sentence, unsaid, minScore, own.size > 0)) {
      why?.(
        p,
        'the words the sentence says (and a name in focus) cannot reach the score, or a name it needs is unsaid',
      );
      return;
    }
    const phrasing = index.phrasings[p]!;
    // "In rats, BPC-157 sped tendon healing" is a claim about rats; a sentence that does not
    // say so is not making it.
    const scoped = index.claims[phrasing.claim]!.scope;
    if (scoped && scoped !== scope) {
      why?.(p, `its claim is recorded for ${scoped} findings; the sentence states a ${scope} one`);
      return;
    }
    // "In animal models, fisetin cleared senescent cells" is no claim about people, whatever a
    // phrasing that says "in humans" shares with it (unless the sentence speaks of people too:
    // "tested in mice, never in humans").
    if (scope !== 'human' && !saysHuman && phrasing.terms.includes(HUMAN_TERM)) {
      why?.(p, `it speaks of people; the sentence states a ${scope} finding`);
      return;
    }
    // "Women with low testosterone often lose libido" is no claim about men, nor the reverse: a
    // sentence about one sex does not take a phrasing about the other. A phrasing that names no one
    // sex, or both ("treats male as well as female infertility"), speaks of whom its claim's
    // statement does: "clomiphene treats female infertility" is no claim about men.
    if (sexSaid !== null && (sexOf(phrasing.terms) ?? index.claims[phrasing.claim]!.sex) === otherSex(sexSaid)) {
      why?.(p, `it speaks of ${otherSex(sexSaid)}; the sentence of ${sexSaid}`);
      return;
    }
    // A claim of a general topic reached through the substance it names ("fasting raises
    // testosterone" on a testosterone page) is made only where the sentence names its subject too:
    // "testosterone levels and male sex drive" say nothing of fasting.
    if (phrasing.alsoTopics && !focus.topics.has(phrasing.topic) && leavesOwnNameUnsaid(phrasing, index, terms)) {
      why?.(p, "a general topic's claim, and the sentence does not name that topic");
      return;
    }
    // A phrasing that says a name the sentence says too relates names ("icariin, the active compound
    // in horny goat weed"): one of them does not stand for another there.
    const named = own === siblings && saysOwnName(phrasing, siblings, terms) ? implied : own;
    const s = scoreWithinReach(
      terms,
      index,
      p,
      minScore,
      named,
      index.claims[phrasing.claim]!.figure !== undefined,
      leastShared,
    );
    // Another name of the substance is said, not left to the focus.
    if (s?.inFocus && named === siblings) {
      // The mark keeps the words the phrasing matched: taking the name into its span (and its rank)
      // lost more labelled claims to it than it won on the tuning half.
      s.inFocus = undefined;
      s.reasons.push(sameSubstance(text, nearestName(tokens, siblings, s.start), phrasing, siblings));
    }
    if (!s) {
      why?.(
        p,
        `below the match score ${minScore} (figures disagree, a name it needs is unsaid, or too few words said)`,
      );
      return;
    }
    // A myth about a status or a safety ("Ozempic is approved for weight loss", "kisspeptin has no
    // side effects") is laid at a page's door only where the sentence names its subject: on
    // rounds 20-26 first met, the labelled claims read by such a claim matched through a name in
    // focus agreed with the label 2 times in 16 ("the approved plan climbs from 0.25 mg…", "over 80
    // peptide drugs are FDA-approved"). A sentence that opens with "it" names it that way.
    if (s.inFocus && !focus.pronoun && isMythOfStatusOrSafety(index.claims[phrasing.claim]!)) {
      why?.(p, 'a myth of status or safety, reached only through a name in focus');
      return;
    }
    // "Wegovy is approved for weight loss, whereas Ozempic is for diabetes" says nothing of
    // Ozempic and weight loss: the clause that states the effect names its own subject.
    const words = claimWords(s.matched, (placing ??= placingNames(tokens, index, exact)));
    if (
      words &&
      clauseNamesOther(
        text,
        tokens,
        words.start,
        named === siblings ? siblings : ownNames(phrasing, names, exact),
        exact,
      )
    ) {
      why?.(p, 'the clause that states it names another substance');
      return;
    }
    // "(such as semaglutide, tirzepatide, Wegovy, Zepbound or Mounjaro)" lists names; it does not
    // say that one is another or made of it, as "Mounjaro and Zepbound are semaglutide drugs" does.
    if (listsNamesItRelates(text, tokens, s.matched, phrasing.text, exact)) {
      why?.(p, 'the sentence lists the names it relates; it does not relate them');
      return;
    }
    const negated = negates(text, tokens, s.matched, exact, (throughout ??= deniedThroughout(text, tokens, span)));
    // A sentence that says "not" where the phrasing does not denies the claim. The reverse
    // (a phrasing with "not", a sentence without) is no statement of the opposite: "mimics
    // natural GH release" does not assert that it suppresses it.
    if (phrasing.negated && !negated) {
      why?.(p, 'it says "not" (or "no", "without"); the sentence does not deny what it matched');
      return;
    }
    const denied = negated && !phrasing.negated;
    if (denied) s.score *= DENIAL_DISCOUNT;
    // One effect of a phrasing that joins two ranks under any phrasing said whole.
    else if (phrasing.part) s.score *= PART_DISCOUNT;
    // Where a claim is recorded with the sentence's own scope, that record wins the span.
    if (scoped) s.score = Math.min(1, s.score + SCOPE_BONUS);
    const prev = best.get(phrasing.claim);
    // Written out, not spread: a spread of a score (whose inFocus may be missing) took microseconds.
    if (!prev || s.score > prev.score)
      best.set(phrasing.claim, {
        score: s.score,
        start: s.start,
        end: s.end,
        reasons: s.reasons,
        matched: s.matched,
        inFocus: s.inFocus,
        phrasing: p,
        denied,
        words,
      });
  };
  /** The topics of the phrasings that were candidates and got past the sentence's subject. */
  const reached: number[] = [];
  for (const p of candidates) consider(p, MIN_SCORE, reached);
  // A claim whose phrasings between them hold the sentence's words (claim-words.ts: far more than
  // any other claim's) is tried through its closest phrasings, one at a time, under the same checks:
  // where no phrasing was said whole enough, and also where one of another claim was. "Tadalafil is
  // FDA approved for the symptoms of an enlarged prostate" says "tadalafil is FDA approved" whole, but
  // its words are the prostate claim's: that claim takes the words the other took. (On the paraphrase
  // leave-one-out, 58 held-out wordings went to their own claim; the older labels' half B +48 agreeing.)
  // Where a phrasing matched, only its topic's claims are asked (the words a claim of that topic
  // takes from another of it; asking every topic in focus cost a fifth more time with ten times the
  // claims, for 9 more agreeing labels of the older half A and 12 more leave-one-out wordings).
  const topics = new Set(
    best.size === 0 ? [...focus.topics, ...reached] : [...best.values()].map((x) => table.topic[x.phrasing]!),
  );
  const shared = claimInSharedWords(terms.byTerm, topics, index, (t) => namesOfTopic(index, t), best.keys());
  if (shared && !best.has(shared.claim)) {
    const matchedBefore = [...best.keys()];
    for (const p of shared.phrasings) {
      consider(p, TRIED_AT, undefined, SHARED_WITH_TRIED);
      if (best.has(shared.claim)) break;
    }
    const s = best.get(shared.claim);
    if (s) {
      s.score = Math.min(s.score, SHARED_WORDS_SCORE);
      s.reasons = [...s.reasons, "said in the words of several of this claim's wordings, not one of them whole"];
      for (const other of matchedBefore) {
        const o = best.get(other)!;
        if (o.start >= s.end || s.start >= o.end) continue;
        best.delete(other);
        why?.(
          o.phrasing,
          "another claim's wordings between them hold the sentence's words far more, and it takes them",
        );
      }
    }
  }
  if (best.size === 0) return [];
  // How the sentence qualifies its claim matters only once it makes one: most candidates score nothing.
  const hedged = statesThinEvidence(tokens);
  const modest = statesModestEffect(tokens);
  const possible = statesPossibility(text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end));
  return [...best.entries()].map(([claim, s]) => {
    const c = index.claims[claim]!;
    const stated = verdictAsStated(c, scope, hedged, modest, possible);
    // A page that seems to deny a claim the evidence supports is shown that claim's verdict, not
    // "false": on pages first met (rounds 20-49) such denials agreed with the labeller 1 time in 36
    // ("probably won't cause argyria in small amounts", a "not" from the clause before), against 26
    // for the claim's own verdict; a denied myth ("BPC-157 is not approved") still reads as true.
    const flips = s.denied && stated.verdict !== 'supported';
    const verdict = flips ? DENIED[stated.verdict] : stated.verdict;
    const why = flips ? 'the page denies this claim' : stated.why;
    const here = (placing ??= placingNames(tokens, index, exact));
    const span = oneClause(
      text,
      oneItem(text, clauseSpan(text, s.matched, here, s.words) ?? s, s.matched, here),
      s.matched,
      here,
    );
    return {
      claimId: c.id,
      start: span.start,
      end: span.end,
      ...(s.words && s.words.start > span.start && s.words.start < span.end
        ? { core: { start: s.words.start, end: span.end } }
        : {}),
      ...(c.scope ? { scoped: true } : {}),
      ...(s.inFocus ? { inFocus: true } : {}),
      said: new Set(s.matched.map((t) => t.term)).size,
      score: Math.round(s.score * 1000) / 1000,
      reasons: [
        `like “${index.phrasings[s.phrasing]!.text}”`,
        inPageWords(text, s.matched),
        ...s.reasons.filter((r) => !r.startsWith('shared terms:')),
        ...(why ? [why] : []),
      ],
      verdict,
      certainty: c.certainty,
      scope,
      ...(why && verdict !== c.verdict ? { asStated: why } : {}),
    };
  });
}

/** A claim the database judges false or unsupported about approval, legal status or safety. */
function isMythOfStatusOrSafety(c: { verdict: Verdict; kind?: ClaimKind }): boolean {
  return (c.verdict === 'false' || c.verdict === 'unsupported') && (c.kind === 'regulatory' || c.kind === 'safety');
}

/**
 * The run of the sentence that holds a match's words other than names: the words that make
 * the claim may sit closer together than with the name ("…, it speeds the healing of tendons,
 * and it repairs the gut and heals ulcers" takes the last "heals"). Null when all are names.
 */
function claimWords(matched: readonly Token[], names: Names): { start: number; end: number } | null {
  const content = matched.filter((t) => !names.has(t.term));
  // "…has been found to provide benefits, including more muscle, … and better fertility": the
  // words that report a finding frame the claim; they do not place it.
  const placed = content.filter((t) => !REPORTING.has(t.term));
  const words = placed.length > 0 ? placed : content;
  return words.length === 0 ? null : smallestWindow(words);
}

/**
 * The names that say where in a sentence no claim is made (claimWords, oneItem, oneClause,
 * clauseSpan): the one-word names, and the words of a longer name the sentence says in full.
 * "Benefits of Thymosin Beta-4:" then "- Improves blood pressure" makes its claim on the item:
 * the words of the name in the lead-in are not words of the claim. Rounds 20-52 (each with the
 * database it first met): found 6618 -> 6674, pole 4219 -> 4267, marks +133 of which 120 true.
 */
function placingNames(tokens: readonly Token[], index: ClaimIndex, exact: ReadonlySet<string>): Names {
  // The words found are few; the one-word names are thousands and are not copied: asked of both.
  let found: Set<string> | undefined;
  for (let k = 0; k < tokens.length; k++) {
    const entries = ownEntry(index.names, tokens[k]!.term);
    if (!entries) continue;
    for (const [topic, terms, words] of entries) {
      if (terms.length < 2 || GENERAL_TOPICS.has(index.topics[topic]!)) continue;
      if (!saysNameAt(tokens, k, terms, words)) continue; // its first term is tokens[k]'s: entries are keyed by it
      found ??= new Set();
      for (const term of terms) found.add(term);
    }
  }
  if (!found) return exact;
  const words = found;
  return { has: (term) => exact.has(term) || words.has(term) };
}

/** What placing a claim asks of a set of names. */
interface Names {
  has(term: string): boolean;
}

/** Terms that say a finding was reported, not what it is ("found", "shown", "studies"). */
const REPORTING: ReadonlySet<string> = new Set(
  tokenize('found shown reported studies suggests proven research').map((t) => t.term),
);

/**
 * How much a matched word says about where in a sentence its claim is made (oneItem, oneClause):
 * nothing for a name or a word that reports a finding; a word of direction ("increased") less
 * than a noun.
 */
function placingWeight(t: Token, names: Names): number {
  if (names.has(t.term) || REPORTING.has(t.term)) return 0;
  return t.term.startsWith('dir:') ? 1 : 2;
}

/**
 * A list read with its lead-in is marked on one line: the item that holds most of the claim's
 * own words. "Testosterone supports: / Strong libido / Healthy mood / Increased energy" makes
 * the libido claim on its line and leaves the mood and the energy to claims of their own.
 */
function oneItem(
  text: string,
  span: { start: number; end: number },
  matched: readonly Token[],
  names: Names,
): { start: number; end: number } {
  if (!text.slice(span.start, span.end).includes('\n')) return span;
  const inSpan = matched.filter((t) => t.start >= span.start && t.end <= span.end);
  const lineOf = (t: Token) => text.lastIndexOf('\n', t.start);
  const weight = new Map<number, number>();
  for (const t of inSpan) {
    const w = placingWeight(t, names);
    if (w > 0) weight.set(lineOf(t), (weight.get(lineOf(t)) ?? 0) + w);
  }
  let line = -2;
  let best = 0;
  for (const [l, w] of [...weight].sort((a, b) => a[0] - b[0]))
    if (w > best) {
      line = l;
      best = w;
    }
  if (line === -2) return span;
  const on = inSpan.filter((t) => lineOf(t) === line);
  return { start: Math.min(...on.map((t) => t.start)), end: Math.max(...on.map((t) => t.end)) };
}

/**
 * Where one sentence joins two statements ("it is an effective treatment for weight loss; these
 * drugs can also cause muscle loss", "…preserves fertility, but raises estradiol"), a claim is
 * marked on the statement that holds most of its own words, leaving the other free for its own
 * claim. A claim whose words are spread evenly keeps the whole span.
 */
const JOINT =
  /;\s*|,\s+(?:but|while|whereas|although|though|yet)\s+|\s+(?:but|whereas)\s+|,\s+(?=(?:these|those|such)\s+\w+\s+(?:can|may|also|often|are|have|cause|carry|raise|increase|lower|reduce)\b)/gi;
/** The share of a claim's weight the heaviest statement must hold to be marked alone. */
const ONE_CLAUSE_SHARE = 0.75;

function oneClause(
  text: string,
  span: { start: number; end: number },
  matched: readonly Token[],
  names: Names,
): { start: number; end: number } {
  const body = text.slice(span.start, span.end);
  const cuts = [...body.matchAll(JOINT)];
  if (cuts.length === 0) return span;
  const parts: { start: number; end: number; weight: number }[] = [];
  let from = span.start;
  for (const c of cuts) {
    parts.push({ start: from, end: span.start + c.index, weight: 0 });
    from = span.start + c.index + c[0].length;
  }
  parts.push({ start: from, end: span.end, weight: 0 });
  let total = 0;
  for (const t of matched) {
    const w = t.start < span.start || t.end > span.end ? 0 : placingWeight(t, names);
    if (w === 0) continue;
    const part = parts.find((p) => t.start >= p.start && t.end <= p.end);
    if (!part) continue;
    part.weight += w;
    total += w;
  }
  const best = parts.reduce((a, b) => (b.weight > a.weight ? b : a));
  if (total === 0 || best.weight < ONE_CLAUSE_SHARE * total) return span;
  const on = matched.filter((t) => t.start >= best.start && t.end <= best.end && !names.has(t.term));
  const piece = text.slice(best.start, best.end);
  const lead = piece.length - piece.trimStart().length;
  const trimmed = piece.trim().replace(/[\s,;:(—–.]+$/, '');
  return on.length > 0 ? { start: best.start + lead, end: best.start + lead + trimmed.length } : span;
}

/**
 * The span of a claim is the clause (or run of clauses) holding its words, not the sentence:
 * "Sermorelin is well tolerated, used to diagnose GH deficiency, with a typical dose of
 * 100-300 mcg" makes three claims, and a mark for the dose must leave the other two their own.
 * The topic's name joins the span only from within the same clause.
 */
function clauseSpan(
  text: string,
  matched: readonly Token[],
  names: Names,
  words: { start: number; end: number } | null,
): { start: number; end: number } | null {
  if (!words || !matched.some((t) => names.has(t.term))) return null;
  let { start, end } = words;
  for (const n of matched) {
    if (!names.has(n.term)) continue;
    if (n.end <= start && !CLAUSE_EDGE.test(text.slice(n.end, start))) start = n.start;
    else if (n.start >= end && !CLAUSE_EDGE.test(text.slice(end, n.start))) end = n.end;
  }
  return { start, end };
}

/** The names a phrasing says, or where it says none ("the stack: 100 mcg of each"), its topic's. */
function ownNames(
  phrasing: { terms: readonly string[]; topic: number },
  topicNames: readonly ReadonlySet<string>[],
  names: ReadonlySet<string>,
): ReadonlySet<string> {
  const said = phrasing.terms.filter((t) => names.has(t));
  return said.length > 0 ? new Set(said) : topicNames[phrasing.topic]!;
}

/**
 * Whether the clause holding a match's words names substances, none of them the phrasing's:
 * the names said in that clause before its words are its subject.
 */
function clauseNamesOther(
  text: string,
  tokens: readonly Token[],
  start: number,
  own: ReadonlySet<string>,
  names: ReadonlySet<string>,
): boolean {
  let k = tokens.findIndex((t) => t.start >= start);
  if (k < 0) return false;
  const subjects: string[] = [];
  for (k--; k >= 0; k--) {
    const t = tokens[k]!;
    const gap = text.slice(t.end, tokens[k + 1]!.start);
    if (CLAUSE_EDGE.test(gap)) {
      // "...in Clomid (clomiphene citrate), an FDA-approved fertility drug": a clause set in
      // apposition ("a/an/the ...") describes the name just before it, not the sentence's subject.
      if (subjects.length === 0 && APPOSITION.test(text.slice(t.end, start))) {
        for (let j = k; j >= 0 && j > k - APPOSITION_REACH; j--)
          if (names.has(tokens[j]!.term)) subjects.push(tokens[j]!.term);
      }
      // "BPC-157 (tissue regeneration), NAD+ (cellular energy), and Thymosin Alpha-1 (immune
      // modulation)": words in brackets are said of the name just before them. (A colon after a
      // name, "TUDCA: improves bile flow", was tried the same way: first runs and tuning unchanged.)
      else if (subjects.length === 0 && SAID_OF_NAME_BEFORE.test(gap))
        for (let j = k; j >= 0 && j > k - APPOSITION_REACH; j--) {
          if (j < k && CLAUSE_EDGE.test(text.slice(tokens[j]!.end, tokens[j + 1]!.start))) break;
          if (names.has(tokens[j]!.term)) subjects.push(tokens[j]!.term);
        }
      break;
    }
    if (names.has(t.term)) subjects.push(t.term);
  }
  return subjects.length > 0 && !subjects.some((n) => own.has(n));
}
/** What stands between the names of a list: commas, slashes, "and", "or", trade marks. */
const LIST_GAP = /^(?:[\s,/&®™*]|\band\b|\bor\b)*$/i;

/** Whether the tokens from `first` to `last` are all names, joined as a list (LIST_GAP). */
function oneListOfNames(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
  names: ReadonlySet<string>,
): boolean {
  for (let k = first; k <= last; k++) {
    if (!names.has(tokens[k]!.term)) return false;
    if (k > first && !LIST_GAP.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return false;
  }
  return true;
}

/**
 * Whether a sentence says the names a phrasing relates ("Mounjaro and Zepbound are semaglutide
 * drugs": names apart, a predicate between them) only as items of one list of names, "(such as
 * semaglutide, Zepbound or Mounjaro)". A phrasing whose names stand together ("semaglutide and
 * tirzepatide cause nausea") relates none.
 */
function listsNamesItRelates(
  text: string,
  tokens: readonly Token[],
  matched: readonly Token[],
  phrasingText: string,
  names: ReadonlySet<string>,
): boolean {
  let first = -1;
  let last = -1;
  const said = new Set<string>();
  for (const t of matched) {
    if (!names.has(t.term)) continue;
    said.add(t.term);
    const k = tokens.indexOf(t);
    if (first < 0 || k < first) first = k;
    if (k > last) last = k;
  }
  if (said.size < 2 || first < 0 || !oneListOfNames(text, tokens, first, last, names)) return false;
  // The whole list the names stand in, of three names or more: "alongside TRT, HCG protects
  // fertility" and "Ozempic and Wegovy are both used for diabetes or weight loss" are no lists.
  let from = first;
  let to = last;
  while (from > 0 && oneListOfNames(text, tokens, from - 1, from, names)) from--;
  while (to + 1 < tokens.length && oneListOfNames(text, tokens, to, to + 1, names)) to++;
  if (to - from < 2) return false;
  // The phrasing's names, grouped where they stand together: the list must hold names of two groups.
  const own = tokenize(phrasingText).filter((t) => !STOP_WORDS.has(t.term));
  const groupOf = new Map<string, number>();
  let group = 0;
  let prev = -1;
  own.forEach((t, k) => {
    if (!names.has(t.term)) return;
    if (prev >= 0 && !oneListOfNames(phrasingText, own, prev, k, names)) group++;
    if (!groupOf.has(t.term)) groupOf.set(t.term, group);
    prev = k;
  });
  return new Set([...said].map((n) => groupOf.get(n) ?? -1)).size > 1;
}

/** A clause opened by a comma and an article: an appositive. */
const APPOSITION = /^[)\]\s]*,\s*(?:an?|the)\s/i;
/** An opening bracket alone between a name and the words after it. */
const SAID_OF_NAME_BEFORE = /^\s*\(\s*$/;
/** How many words back the noun an appositive describes may reach: "Clomid (clomiphene citrate)". */
const APPOSITION_REACH = 3;

/** Whether a phrasing says one of its own topic's one-word names and the sentence says none of them. */
function leavesOwnNameUnsaid(
  phrasing: { terms: readonly string[]; topic: number },
  index: ClaimIndex,
  terms: { byTerm: ReadonlyMap<string, unknown> },
): boolean {
  const own = index.topicTerms[phrasing.topic]!;
  return phrasing.terms.some((t) => own.includes(t)) && !own.some((n) => terms.byTerm.has(n));
}

/** "Why this matched" in the page's own words, not the engine's stems and concepts. */
function inPageWords(text: string, matched: readonly Token[]): string {
  const words = [...new Set([...matched].sort((a, b) => a.start - b.start).map((t) => text.slice(t.start, t.end)))];
  return `the page says ${words.map((w) => `“${w}”`).join(', ')}`;
}

/** Enough to let a scoped record win over the unscoped one for the same words, not enough to win on less. */
const SCOPE_BONUS = 0.05;

/**
 * A claim the page denies ("BPC-157 is not FDA-approved" against "BPC-157 is FDA-approved")
 * is judged by the inverse verdict: denying a false or unsupported claim is right, denying
 * a supported one is wrong, and denying a weakly supported one is partly right.
 */
const DENIED: Record<Verdict, Verdict> = {
  supported: 'false',
  mixed: 'mixed',
  weak: 'mixed',
  unsupported: 'supported',
  false: 'supported',
};
/**
 * A denial match gives way to any claim whose own phrasing says the same thing the same way:
 * discounted below MIN_SCORE, it ranks under every direct match (and above unreviewed ones).
 */
const DENIAL_DISCOUNT = 0.85 * MIN_SCORE;
/**
 * The most a claim said only in its phrasings' shared words scores (claim-words.ts): under every
 * phrasing said at the match score, so a direct match elsewhere on the same words wins the span.
 */
const SHARED_WORDS_SCORE = MIN_SCORE - 0.01;
/**
 * One effect of a phrasing that joins two (claim-index.ts, conjunctParts) ranks the same way:
 * below every whole phrasing, so it marks only what no whole phrasing took. Ranked just below
 * a whole phrasing that scored the same, such parts took 200 labelled claims from the claims
 * that had them on the tuning split, and gave 124; ranked below all, rounds 20-58 first met
 * gained 94 found claims and 60 pole agreements, the tuning split 80 and 20.
 */
const PART_DISCOUNT = DENIAL_DISCOUNT;

/** Whether a sentence says any of `names`. */
function saysAny(names: ReadonlySet<string>, terms: { byTerm: ReadonlyMap<string, unknown> }): boolean {
  for (const n of names) if (terms.byTerm.has(n)) return true;
  return false;
}

/** Whether a sentence says a name a phrasing gives its own topic: one of `names` (one word), or a longer one whole. */
function saysOwnName(
  phrasing: IndexedPhrasing,
  names: ReadonlySet<string>,
  terms: { byTerm: ReadonlyMap<string, unknown> },
): boolean {
  return (
    phrasing.terms.some((t) => names.has(t) && terms.byTerm.has(t)) ||
    (phrasing.nameGroups?.some((g) => g.at.every((k) => terms.byTerm.has(phrasing.terms[k]!))) ?? false)
  );
}

/** The sentence's token of one of `names` nearest to `at` (the sentence says one: saysAny). */
function nearestName(tokens: readonly Token[], names: ReadonlySet<string>, at: number): Token {
  let best: Token | undefined;
  for (const t of tokens)
    if (names.has(t.term) && (!best || Math.abs(t.start - at) < Math.abs(best.start - at))) best = t;
  return best!;
}

/** "Why this matched" where another name of the substance stood for the phrasing's: the two names, as written. */
function sameSubstance(text: string, ours: Token, phrasing: IndexedPhrasing, names: ReadonlySet<string>): string {
  const words = tokenize(phrasing.text);
  // Its name as the phrasing writes it: a one-word name, else a longer one ("GLP-1 drugs"), first word to last.
  const one = words.find((t) => names.has(t.term) && t.term !== ours.term);
  const group = phrasing.nameGroups?.find((g) => names.has(g.name))?.at.map((k) => phrasing.terms[k]!);
  const span = one ? [one] : group ? words.filter((t) => group.includes(t.term)) : [];
  const theirs = span.length > 0 ? phrasing.text.slice(span[0]!.start, span[span.length - 1]!.end) : '';
  const other = theirs ? `, and “${theirs}” in the reviewed wording,` : '';
  return `“${text.slice(ours.start, ours.end)}” here${other} name the same substance`;
}

/**
 * The names of a topic in focus that a sentence may leave unsaid ("it heals tendons"): its
 * one-word names, and its longer names as their terms joined by a space (each stands in only
 * whole: scorePhrasing's nameGroups). A sentence that names the topic by another one-word name
 * says which one it means: "tirzepatide is approved for weight loss" does not make a claim about
 * Mounjaro; one that says a longer name whole lets no other longer name stand in.
 */
function impliedNames(
  focus: Focus,
  topic: number,
  names: ReadonlySet<string>,
  long: readonly (readonly string[])[],
  withLong: ReadonlySet<string>,
  terms: { byTerm: ReadonlyMap<string, unknown> },
): ReadonlySet<string> {
  if (!focus.topics.has(topic)) return NO_NAMES;
  // A sentence whose subject is named reaches its family's claims only where they need no
  // unsaid name: "sermorelin stimulates GH release" is not "ornithine stimulates GH release".
  if (focus.subject && !focus.named.has(topic)) return NO_NAMES;
  if (focus.named.has(topic)) for (const n of names) if (terms.byTerm.has(n)) return NO_NAMES;
  if (long.length === 0) return names;
  if (focus.named.has(topic) && long.some((n) => n.every((t) => terms.byTerm.has(t)))) return names;
  return withLong;
}
