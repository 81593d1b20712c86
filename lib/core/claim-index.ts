import type { Certainty, ClaimKind, EvidenceKind, Scope, TopicFile, TopicProfile, Verdict } from './claim-types';
import { writtenAsDenial } from './negation';
import { indexedFigure, type IndexedFigure } from './stated-numbers';
import { NEGATIONS, STOP_WORDS } from './stop-words';
import { CLASS_NAMES, GENERAL_TOPICS } from './thesaurus';
import { sexOf, type Sex } from './sex';
import { tokenize, type Token } from './tokenize';

/** What a page needs to know of a claim to mark it; the full record stays in the database. */
export interface IndexedClaim {
  id: string;
  topic: string;
  verdict: Verdict;
  certainty: Certainty;
  evidence: EvidenceKind;
  /** The scope the claim itself states; absent for claims stated about people. */
  scope?: Scope;
  /** What the claim is about (efficacy, safety, regulatory status…), where the record says. */
  kind?: ClaimKind;
  /** The figure the evidence reports, with its source named: what a page's own number is held against. */
  figure?: IndexedFigure;
  /** The one sex the claim's own statement names ("…in men"), if it names one and not the other. */
  sex?: Sex;
}

/** The sex a claim's statement names, as a field to spread into its record (none when it names neither or both). */
function sexOfClaim(statement: string): { sex?: Sex } {
  const sex = sexOf(tokenize(statement).map((t) => t.term));
  return sex ? { sex } : {};
}

/** What a page needs of a topic's profile to mark a claim that no reviewed claim matches. */
export interface IndexedProfile {
  certainty: Certainty;
  /** The kind of the best human evidence. */
  humanKind: EvidenceKind;
  defaults: Record<ClaimKind, Verdict>;
  /** Whether animal or cell studies exist: a finding the page scopes to them may then be a true statement. */
  preclinical: boolean;
}

/** One phrasing, reduced to its distinct content terms and their weights. */
export interface IndexedPhrasing {
  claim: number;
  /** Index into ClaimIndex.topics. */
  topic: number;
  /** Whether the phrasing says "no", "not", "without"…: a claim and its denial must not meet. */
  negated: boolean;
  /** How many anchor hits make it a candidate: 2, or fewer when it has fewer anchors. */
  needs: number;
  text: string;
  terms: string[];
  weights: number[];
  total: number;
  numbers: string[];
  /**
   * Other topics this phrasing names ("BPC-157 is an FDA-approved peptide" in the FDA-approval
   * topic): a page that names one of them may make the claim without naming the phrasing's own topic.
   */
  alsoTopics?: number[];
  /** Derived from a phrasing that joins two effects with "and": one of them, said alone (conjunctParts). */
  part?: true;
  /**
   * The own topic's names of two words or more that the phrasing says whole ("saw palmetto
   * shrinks the prostate"): `name`, the name's terms joined by a space (as impliedNames gives it:
   * no term has a space), and `at`, the positions of its terms in `terms`. Such a name stands in
   * for "it" only whole, never one word of it.
   */
  nameGroups?: { name: string; at: number[] }[];
}

/** A name of a topic, as ClaimIndex's `names` holds it. */
export type NameEntry = [topic: number, terms: string[], words?: (string | null)[]];

/**
 * Built once from the database (in the background, or by the CLI) and handed to the
 * page as plain JSON: building it tokenises every phrasing, which a page should not pay for.
 */
export interface ClaimIndex {
  version: 1;
  /** Topic ids, in the order phrasings refer to them. */
  topics: string[];
  /**
   * First term of a name → [topic, the name's terms, and where a term is a direction the thesaurus
   * folded, the name's own word there (null elsewhere)]: how a page is seen to mention a topic.
   */
  names: Record<string, NameEntry[]>;
  /** Per topic, its one-word names: what "it" stands for while the topic is in focus. */
  topicTerms: string[][];
  /** Per topic, its profile's defaults, or null when the topic has no profile. */
  profiles: (IndexedProfile | null)[];
  claims: IndexedClaim[];
  phrasings: IndexedPhrasing[];
  /**
   * term → phrasings that have it among their rarest terms, grouped by topic in topic
   * order: the only lookups a sentence makes.
   */
  anchors: Record<string, number[]>;
}

/**
 * A record's own entry for a page word, or undefined. The index travels as JSON, and
 * JSON.parse gives objects with Object.prototype: `anchors["constructor"]` would be Object.
 */
export function ownEntry<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** How many of a phrasing's heaviest terms select it as a candidate. */
const ANCHORS_PER_PHRASING = 4;
/**
 * A sentence must share this many of a phrasing's anchors before it is scored; one, for a
 * phrasing with two anchors or fewer ("adipotide is not FDA approved": FDA, approved), whose
 * name and one of them can already reach the score ("adipotide is not approved anywhere"). On
 * rounds 20-33 first met: found +6, pole +5, marks +31 of which 24 true; scan time +4%.
 */
const MIN_ANCHOR_HITS = 2;
const FEW_ANCHORS = 2;
const NUMBER_WEIGHT = 3; // a number ("98", "600") tells claims apart more than any word
const NEGATION_WEIGHT = 0.5;

/** Content terms of a text: no stop words, each term once, in first-seen order. */
export function contentTerms(text: string): string[] {
  const seen = new Set<string>();
  for (const t of tokenize(text)) {
    if (!STOP_WORDS.has(t.term) && (t.term.length > 1 || /\d|%/.test(t.term))) seen.add(t.term);
  }
  return [...seen];
}

/**
 * The terms of a name, in order, as a page's sentence reads them (stop words dropped, single
 * letters kept): "lion's mane" is "lion s man" on a page, "B vitamins" is "b vitamin", and
 * "vitamin K" must not shrink to "vitamin". Repeats are kept: "beta-hydroxy
 * beta-methylbutyrate" is said with "beta" twice, and a page says it so.
 */
function termsOfName(name: string): string[] {
  return nameForm(name).terms;
}

/**
 * Words the thesaurus reads as directions that in a name are a product's noun or a chemical
 * form: "HGH booster", "hCG drops", "adrenal support supplement", "reduced glutathione". A page
 * says such a name only with that word: "growth hormone increases bone density" names no HGH
 * booster, and "hCG lowers appetite" no hCG drops. A condition's name keeps its direction:
 * "muscle loss" is said by "losing muscle" and "a decline in muscle" alike.
 */
const NAME_OWN_WORDS: ReadonlySet<string> = new Set(['booster', 'drop', 'support', 'reduc']);

/** A name's terms and, where it says one of NAME_OWN_WORDS, that word (null elsewhere). */
function nameForm(name: string): { terms: string[]; words?: (string | null)[] } {
  const tokens = tokenize(name).filter((t) => !STOP_WORDS.has(t.term));
  const terms = tokens.map((t) => t.term);
  const own = (t: Token) => (t.word !== undefined && NAME_OWN_WORDS.has(t.word) ? t.word : null);
  return tokens.some((t) => own(t) !== null) ? { terms, words: tokens.map(own) } : { terms };
}

/** The names of `names` (each as its terms) that a phrasing's `terms` hold whole, with their positions. */
function nameGroupsOf(terms: readonly string[], names: readonly string[][]): { name: string; at: number[] }[] {
  const out: { name: string; at: number[] }[] = [];
  for (const name of names) {
    const at = [...new Set(name)].map((t) => terms.indexOf(t));
    if (at.length > 1 && at.every((k) => k >= 0)) out.push({ name: name.join(' '), at });
  }
  return out;
}

/** A term that says nothing alone: a number ("Tα1" reduces to "1") or a single letter. */
const bare = (t: string) => /^[\d.%]+$/.test(t) || t.length < 2;

/**
 * Whether a name can tell a page is about its topic: not bare numbers and letters ("D+Q",
 * "L-THE" less its stop word), and not a thesaurus concept alone.
 */
function usableName(terms: readonly string[]): boolean {
  if (terms.every(bare)) return false;
  if (terms.length > 1) return true;
  return !terms[0]!.includes(':');
}

/** Words that make "A and B" one thing, not two effects: "the link between A and B", "both A and B". */
const JOINED =
  /\b(between|both|either|neither|ratio|balance|combination|together|rises? and falls?|rise and fall|up and down|ups and downs)\b/i;
/** "…in rodents and in people", "…at rest and during exercise": "and" joins two settings of one effect. */
const PREPOSITION = /^(?:in|at|on|for|with|by|from|during|after|before|among|over|under|within|without|to|of)\b/i;
/** A phrasing about a claim rather than stating it: "the claim that…", "the idea that…". */
const ABOUT_A_CLAIM = /\b(claims?|idea|belief|myth|notion|theory) that\b/i;
/** Verbs of effect in their plain form ("may increase", "can cause", "and slow…"). */
const BASE_VERBS: ReadonlySet<string> = new Set(
  (
    'increase reduce improve boost lower raise cause prevent protect support promote help decrease ' +
    'enhance speed slow build burn cut fight stop repair restore heal grow extend make keep lead give ' +
    'avoid treat cure reverse regulate stimulate block inhibit activate trigger suppress worsen damage ' +
    'strengthen relieve ease shrink drop rise fall double triple disturb disrupt impair enlarge'
  ).split(' '),
);
/** A word that reads as a verb: "boosts", "reduced", "increase" (not "loss", "stress", "levels"). */
const looksVerb = (word: string): boolean =>
  BASE_VERBS.has(word) || (/^[a-z]+(?:[^s]s|ed)$/.test(word) && !/(ss|us|is|els)$/.test(word));
/** Words a verb phrase after "and" may open with: "…and also slows…", "…and then drops". */
const LEAD_WORDS = /^(?:also|then|so|thus|therefore|even|often|usually)\s+/i;
/** A modal before the second verb: "…and may enlarge it", whatever that verb is. */
const MODAL = /^(?:may|can|will|could|might)\s+/i;
/** Words that modify a noun the phrasing names after "and": "raises free and total testosterone". */
const MODIFIERS =
  /^(?:free|total|low|high|short|long|upper|lower|acute|chronic|fasting|systolic|diastolic|good|bad|lean|visceral|subcutaneous|physical|mental|male|female|type \w+)$/i;
/** The most items of a list ("energy, focus and mood") that are each a part of their own. */
const MAX_LIST_ITEMS = 5;
/** The most words a verb's first object may have for "and" to give it a second one. */
const MAX_OBJECT_WORDS = 4;
/** "Cortisol is elevated…": the auxiliary before a verb is not part of its subject. */
const AUXILIARY = /\s+(?:is|are|was|were|be|been|has|have|had|gets?|got)\s*$/i;
/** "Signs of high cortisol are A and B": a verb that lists, not one that acts. */
const COPULA = /\b(?:is|are|was|were)\b/i;

/**
 * The effects a phrasing joins with "and", each said alone: "MOTS-c boosts insulin sensitivity
 * and muscle glucose uptake" is also "MOTS-c boosts insulin sensitivity" and "MOTS-c boosts
 * muscle glucose uptake", as a page may state either. Only where the words before "and" state an
 * effect (a verb of direction and at least three terms); denials and phrasings about a claim are
 * left whole.
 */
export function conjunctParts(text: string): string[] {
  const m = /^(.*?)\s+and\s+(.*)$/.exec(text);
  if (!m || writtenAsDenial(text) || JOINED.test(text) || ABOUT_A_CLAIM.test(text) || PREPOSITION.test(m[2]!))
    return [];
  const left = m[1]!.replace(/,\s*$/, '');
  const joined = m[2]!.replace(LEAD_WORDS, '');
  const modal = MODAL.test(joined);
  const right = joined.replace(MODAL, '');
  const verbs = tokenize(left).filter(
    (t) => t.term.startsWith('dir:') && looksVerb(left.slice(t.start, t.end).toLowerCase()),
  );
  if (verbs.length === 0 || contentTerms(left).length < 3 || contentTerms(right).length === 0) return [];
  const verb = verbs[0]!;
  const last = verbs[verbs.length - 1]!;
  // "Elevated estradiol leads to…", "raised cortisol disturbs…": a participle before its noun.
  if (verb.start === 0 && /ed$/i.test(left.slice(verb.start, verb.end))) return [];
  // "raises free and total testosterone", "reduces total and LDL cholesterol": two modifiers of one noun.
  const object = left.slice(last.end).trim();
  if (MODIFIERS.test(object)) return [];
  // "…boosts energy, focus and muscle tone": each item of a short list the one verb acts on.
  if (verbs.length === 1 && object.includes(',') && !COPULA.test(object) && !/\band\b/.test(right)) {
    const items = [...object.split(','), right].map((x) => x.trim()).filter(Boolean);
    const short = (x: string) =>
      x.split(/\s+/).length <= MAX_OBJECT_WORDS && !tokenize(x).some((t) => t.term.startsWith('dir:'));
    // "raised total, bioactive and free testosterone", "risks of alcohol, tobacco and opioid use
    // disorders": one-word modifiers of the last item's noun, or a list after a preposition.
    const modifiers = items.slice(0, -1).every((x) => !/\s/.test(x)) && /\s/.test(items[items.length - 1]!);
    if (
      items.length <= MAX_LIST_ITEMS &&
      items.every(short) &&
      !modifiers &&
      !object.startsWith(',') &&
      !left.slice(0, verb.start).includes(',') &&
      !PREPOSITION.test(items[0]!) &&
      !/\b(?:of|in|for|with)\s+\S+$/i.test(items[0]!)
    ) {
      const head = left.slice(0, last.end);
      return items.map((x) => `${head} ${x}`).filter((p) => contentTerms(p).length >= 3);
    }
  }
  // Any other list ("…leads to atrophy, reduced sperm production and infertility") is left whole:
  // its words before "and" are no one effect ("raised total, bioactive").
  if (object.includes(',')) return [];
  // "Signs of high cortisol are weight gain and…": a verb that lists; only the words before "and" stand.
  if (COPULA.test(object) || /\band\b/.test(right)) return [left];
  const subject = left.slice(0, verb.start).replace(AUXILIARY, '').trim();
  const after = tokenize(right);
  const first = right.split(/\s/)[0]!.toLowerCase();
  // "…and lowers blood sugar", "…and grows new vessels": a second verb of the same subject;
  // "…and water weight drops": a clause of its own; "…and muscle glucose uptake": a second
  // object of the verb nearest "and", when what it already acts on is short.
  const second =
    modal || (looksVerb(first) && after.length > 1)
      ? `${subject} ${right}`
      : after.some((t) => t.term.startsWith('dir:'))
        ? right
        : object.split(/\s+/).length <= MAX_OBJECT_WORDS
          ? `${left.slice(0, last.end)} ${right}`
          : null;
  if (second === null) return [left];
  return contentTerms(second).length >= 3 ? [left, second.trim()] : [left];
}

const NONE = /^\s*(none|no\b)/i;

function indexProfile(p: TopicProfile): IndexedProfile {
  const defaults = {} as Record<ClaimKind, Verdict>;
  for (const [kind, d] of Object.entries(p.defaults) as [ClaimKind, { verdict: Verdict }][]) defaults[kind] = d.verdict;
  return {
    certainty: p.humanEvidence.certainty,
    humanKind: p.humanEvidence.kind,
    defaults,
    preclinical: hasPreclinicalEvidence(p),
  };
}

/** Whether a profile records animal or cell studies of its topic. */
export function hasPreclinicalEvidence(p: TopicProfile): boolean {
  return !NONE.test(p.animalEvidence) || !NONE.test(p.inVitroEvidence);
}

/**
 * How often each phrasing term occurs across a database's claims: the number of claims, and per
 * term the number of claims whose phrasings say it. A term's weight is log(1 + claims / df).
 */
export interface TermFrequencies {
  claims: number;
  df: ReadonlyMap<string, number>;
}

/** Term frequencies from the terms each claim's phrasings say (a claim counts once per term). */
function frequenciesOf(claimTerms: readonly ReadonlySet<string>[]): TermFrequencies {
  const df = new Map<string, number>();
  for (const set of claimTerms) for (const t of set) df.set(t, (df.get(t) ?? 0) + 1);
  return { claims: claimTerms.length, df };
}

/** A database's own term frequencies: what `npm run claims:frequencies` records (term-frequencies.ts). */
export function termFrequencies(files: readonly TopicFile[]): TermFrequencies {
  return frequenciesOf(
    files.flatMap((file) => file.claims.map((c) => new Set(c.phrasings.flatMap((text) => contentTerms(text))))),
  );
}

/**
 * The index of a database. Term weights come from `frequencies`, a record of the database as it
 * stood when the table was last written (term-frequencies.ts), not from the database being
 * indexed: a claim added about one substance then leaves the weights of every other phrasing as
 * they were, so curation changes what its own phrasings match and nothing else. A term the
 * record does not hold weighs as the rarest. Without a record, the database's own counts.
 */
export function buildIndex(files: readonly TopicFile[], frequencies?: TermFrequencies): ClaimIndex {
  const claims: IndexedClaim[] = [];
  const raw: { claim: number; topic: number; text: string; terms: string[]; part?: true }[] = [];
  /** Per claim, the terms its phrasings say: counted only where no record of frequencies is given. */
  const claimTerms: Set<string>[] = [];
  const topics: string[] = [];
  const names: Record<string, NameEntry[]> = Object.create(null) as Record<string, NameEntry[]>;
  const topicTerms: string[][] = [];
  /** Per topic, the terms of each of its names of two words or more. */
  const longNames: string[][][] = [];
  const profiles: (IndexedProfile | null)[] = [];
  for (const file of files) {
    const topic = topics.push(file.topic) - 1;
    profiles.push(file.profile ? indexProfile(file.profile) : null);
    const own = new Set<string>();
    const long = new Map<string, string[]>();
    topicTerms.push([]);
    const classes = CLASS_NAMES.filter(([, members]) => members.includes(file.topic)).map(([name]) => name);
    for (const name of new Set([file.topic.replace(/-/g, ' '), ...file.names, ...classes])) {
      const { terms, words } = nameForm(name);
      if (!usableName(terms)) continue;
      // Only one-word names stand in for "it" alone: pieces of "fountain of youth" or "deep
      // sleep" are ordinary words that would credit unrelated sentences. A longer name of the
      // topic's own (no drug class) stands in only whole (nameGroups).
      if (terms.length === 1) own.add(terms[0]!);
      else if (!classes.includes(name)) long.set(terms.join(' '), terms);
      if (
        terms.length > 0 &&
        !(names[terms[0]!] ??= []).some(
          ([t, ts, ws]) => t === topic && ts.join(' ') === terms.join(' ') && ws?.join(' ') === words?.join(' '),
        )
      ) {
        names[terms[0]!]!.push(words ? [topic, terms, words] : [topic, terms]);
      }
    }
    topicTerms[topic] = [...own];
    longNames.push([...long.values()]);
    for (const c of file.claims) {
      const claim =
        claims.push({
          id: c.id,
          topic: file.topic,
          verdict: c.verdict,
          certainty: c.certainty,
          evidence: c.evidence,
          ...(c.scope && c.scope !== 'human' ? { scope: c.scope } : {}),
          ...(c.kind ? { kind: c.kind } : {}),
          ...(c.evidenceFigure ? { figure: indexedFigure(c) } : {}),
          ...sexOfClaim(c.claim),
        }) - 1;
      const said = new Set<string>();
      for (const text of c.phrasings) {
        const terms = contentTerms(text);
        if (!frequencies) terms.forEach((t) => said.add(t));
        raw.push({ claim, topic, text, terms });
        for (const part of conjunctParts(text))
          raw.push({ claim, topic, text: part, terms: contentTerms(part), part: true });
      }
      if (!frequencies) claimTerms.push(said);
    }
  }
  // A drug class's name ("GLP-1 drugs") is said first for the member the database files the
  // class's claims under, the one with the most claims: a sentence that names only the class is
  // taken to be about it, not about the first member in alphabetical order.
  const classes = new Set(CLASS_NAMES.map(([name]) => termsOfName(name).join(' ')));
  const claimsOf = new Map<string, number>();
  for (const c of claims) claimsOf.set(c.topic, (claimsOf.get(c.topic) ?? 0) + 1);
  for (const entries of Object.values(names)) {
    const at = entries.flatMap(([, terms], i) => (classes.has(terms.join(' ')) ? [i] : []));
    const sorted = at
      .map((i) => entries[i]!)
      .sort(([a], [b]) => (claimsOf.get(topics[b]!) ?? 0) - (claimsOf.get(topics[a]!) ?? 0));
    at.forEach((i, k) => (entries[i] = sorted[k]!));
  }
  const { claims: n, df: counts } = frequencies ?? frequenciesOf(claimTerms);
  const weightOf = (t: string): number => {
    if (/^\d/.test(t)) return NUMBER_WEIGHT;
    if (NEGATIONS.has(t)) return NEGATION_WEIGHT;
    // Two decimals are plenty for a weight and keep the index a page receives small.
    return Math.round(100 * Math.log(1 + n / (counts.get(t) ?? 1))) / 100;
  };
  const phrasings: IndexedPhrasing[] = [];
  const anchors = Object.create(null) as Record<string, number[]>;
  // Names are not anchors: topic gating already asks whether the page names the topic,
  // and a name would make every sentence near it a candidate for all its topic's claims.
  const nameTerms = new Set(topicTerms.flat());
  const namedBy = new Map<string, number[]>();
  topicTerms.forEach((terms, topic) => {
    for (const t of terms) namedBy.set(t, [...(namedBy.get(t) ?? []), topic]);
  });
  for (const r of raw) {
    if (r.terms.length === 0) continue;
    const weights = r.terms.map(weightOf);
    const p =
      phrasings.push({
        claim: r.claim,
        topic: r.topic,
        negated: writtenAsDenial(r.text),
        text: r.text,
        terms: r.terms,
        weights,
        total: Math.round(100 * weights.reduce((a, b) => a + b, 0)) / 100,
        numbers: r.terms.filter((t) => /^\d/.test(t)),
        needs: 0,
        ...(r.part ? { part: true as const } : {}),
      }) - 1;
    const candidates = r.terms
      .map((t, i) => ({ t, w: weights[i]! }))
      .filter((x) => !/^\d/.test(x.t) && !NEGATIONS.has(x.t));
    const plain = candidates.filter((x) => !nameTerms.has(x.t));
    const heaviest = (plain.length > 0 ? plain : candidates)
      .sort((a, b) => b.w - a.w || (a.t < b.t ? -1 : 1))
      .slice(0, ANCHORS_PER_PHRASING);
    for (const { t } of heaviest) (anchors[t] ??= []).push(p);
    const groups = nameGroupsOf(r.terms, longNames[r.topic]!);
    if (groups.length > 0) phrasings[p]!.nameGroups = groups;
    // One effect of a joined phrasing is short: with one anchor hit enough, it was a candidate in
    // most sentences that share a word with it. Parts cost 1.14x the scan time (1.20x at ten times
    // the claims); needing both anchors of a two-anchor part, which its score asks anyway, 1.09x
    // (1.11x), and rounds 20-59 first met lost 1 found claim and gained 4 pole agreements.
    phrasings[p]!.needs = heaviest.length <= FEW_ANCHORS && !r.part ? 1 : Math.min(MIN_ANCHOR_HITS, heaviest.length);
    // Only claims filed under a general topic (FDA approval, compounding, WADA…) are about the
    // substances they name; elsewhere a second name is context ("clomiphene raises testosterone"),
    // and reaching every phrasing that mentions testosterone would make cost grow with the database.
    if (GENERAL_TOPICS.has(topics[r.topic]!)) {
      const also = [...new Set(r.terms.flatMap((t) => namedBy.get(t) ?? []))].filter(
        (t) => t !== r.topic && !GENERAL_TOPICS.has(topics[t]!),
      );
      if (also.length > 0) phrasings[p]!.alsoTopics = also;
    }
  }
  return {
    version: 1,
    topics,
    names,
    topicTerms,
    profiles,
    claims,
    phrasings,
    anchors,
  };
}
