import { ownEntry, type ClaimIndex } from './claim-index';
import { isShortLine, startsBlock, type Span } from './segment';
import { GENERAL_TOPICS, TOPIC_FAMILIES } from './thesaurus';
import type { Token } from './tokenize';

/** A name as sentences are checked for it: its topic, its terms, and whether a general topic shares it. */
interface Name {
  topic: number;
  terms: readonly string[];
  /** Where the name says a word the thesaurus folds to a direction, that word (ClaimIndex's `names`). */
  words?: readonly (string | null)[];
  /**
   * "Growth hormone" names somatropin too, but it is first the body's hormone: a name a
   * general topic shares does not by itself make a sentence about the drug.
   */
  sharedWithGeneral: boolean;
}

const namesCache = new WeakMap<ClaimIndex, Map<string, Name[]>>();
/**
 * The index's names by first term, in a Map (a page word such as "constructor" finds
 * nothing) with what the check asks worked out once per index: every sentence is checked
 * for names several times over.
 */
function namesByFirstTerm(index: ClaimIndex): Map<string, Name[]> {
  let out = namesCache.get(index);
  if (!out) {
    out = new Map();
    for (const first of Object.keys(index.names)) {
      const entries = ownEntry(index.names, first)!;
      out.set(
        first,
        entries.map(([topic, terms, words]) => ({
          topic,
          terms,
          words,
          sharedWithGeneral: entries.some(
            ([t, ts]) => GENERAL_TOPICS.has(index.topics[t]!) && ts.join(' ') === terms.join(' '),
          ),
        })),
      );
    }
    namesCache.set(index, out);
  }
  return out;
}

/** A name said in a sentence: the topics it names, and the tokens that say it. */
export interface NameSaid {
  topics: number[];
  from: number;
  to: number;
}

/**
 * The names a sentence says, in order, each with every topic it names ("human growth hormone"
 * names somatropin and growth hormone alike); the longest name wins where names overlap.
 */
export function namesSaid(tokens: readonly Token[], index: ClaimIndex): NameSaid[] {
  const byFirst = namesByFirstTerm(index);
  const out: NameSaid[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let best: NameSaid | null = null;
    for (const { topic, terms, words } of byFirst.get(tokens[i]!.term) ?? []) {
      if (!saysNameAt(tokens, i, terms, words)) continue;
      const k = terms.length;
      if (!best || k > best.to - i) best = { topics: [topic], from: i, to: i + k };
      else if (k === best.to - i && !best.topics.includes(topic)) best.topics.push(topic);
    }
    if (best) {
      out.push(best);
      i = best.to - 1;
    }
  }
  return out;
}

/** Per topic, the topics of its family (itself included): a family's members share claims and names. */
export function familyOf(index: ClaimIndex, topic: number): readonly number[] {
  return topicFamilies(index)[topic] ?? [topic];
}

/** The topics whose names appear in a sentence's tokens (`specificOnly`: not by a name a general topic shares). */
export function mentionedTopics(tokens: readonly Token[], index: ClaimIndex, specificOnly = false): number[] {
  const byFirst = namesByFirstTerm(index);
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const names = byFirst.get(tokens[i]!.term);
    if (!names) continue;
    for (const { topic, terms, words, sharedWithGeneral } of names) {
      if (specificOnly && sharedWithGeneral) continue;
      if (saysNameAt(tokens, i, terms, words)) out.push(topic);
    }
  }
  return out;
}

/**
 * Whether the tokens from `i` on say a name's terms (its first already known to match), with the
 * name's own words where it has a direction's: "growth hormone increases" says no "growth hormone booster".
 */
export function saysNameAt(
  tokens: readonly Token[],
  i: number,
  terms: readonly string[],
  words?: readonly (string | null)[],
): boolean {
  let k = 1;
  while (k < terms.length && tokens[i + k]?.term === terms[k]) k++;
  return k === terms.length && (words === undefined || words.every((w, j) => w === null || tokens[i + j]!.word === w));
}

/** Sentences back (this one included) whose named topics a pronoun may still refer to: on the
 * curators' 420 labelled pages, 3 → 5 raised recall .676 → .683 at the same precision. */
export const FOCUS_SENTENCES = 5;
/** Where the title may be: among the page's first few blocks. */
const TITLE_BLOCKS = 3;
/** A name among a sentence's first content words is its subject ("BPC-157 heals…", "In rats, BPC-157…"). */
const SUBJECT_REACH = 3;
/** A topic named this often, and more than half of all names on the page, is what the page is about. */
const DOMINANT_MIN_MENTIONS = 3;

const familiesCache = new WeakMap<ClaimIndex, number[][]>();
/** Per topic, the topics of its family (itself included), for the topics the index has. */
function topicFamilies(index: ClaimIndex): number[][] {
  let out = familiesCache.get(index);
  if (!out) {
    const at = new Map(index.topics.map((t, i) => [t, i]));
    out = index.topics.map((_, i) => [i]);
    for (const family of TOPIC_FAMILIES) {
      const members = family.map((t) => at.get(t)).filter((i): i is number => i !== undefined);
      for (const m of members) out[m] = members;
    }
    familiesCache.set(index, out);
  }
  return out;
}

/** What a sentence is about: its subject's topics alone, or the topics in focus around it. */
export interface Focus {
  subject: boolean;
  topics: ReadonlySet<number>;
  /** Topics the sentence names itself. */
  named: ReadonlySet<number>;
  /** What the whole page is about (its title, or the topic most of its names point to). */
  page: ReadonlySet<number>;
  /** What the section is about: the topics its heading names. */
  section: readonly number[];
  /** Set when the sentence opens with "it" or "they" standing for the substance named last. */
  pronoun?: boolean;
}

/**
 * A sentence's opening pronoun: "It…", "It's…", "They…" (after a bullet, if any), also after a
 * short fronted phrase: "Unlike GHRP-6, it does not stimulate appetite" is about the substance
 * in focus, not about GHRP-6.
 */
const OPENING_PRONOUN = /^[-•*–·\s]*(?:[^,.;:!?\n]{1,40},\s*)?(?:it|it['’]s|they|they['’]re)\b/i;
/** How much of a sentence's start the opening pronoun may take. */
const OPENING_REACH = 64;

/**
 * Which topics each sentence may be about, by page structure: the title's topic for the
 * whole page (or, without one, a topic that most of the page's names point to); a heading's
 * topic for its section; topics named in the last five sentences (pronouns, "the peptide",
 * "this drug", list items under a lead-in). A sentence whose subject is a name is about
 * that name alone: a BPC-157 sentence never takes a TB-500 claim.
 */
export function focusPlan(
  text: string,
  sentences: readonly Span[],
  tokens: readonly Token[][],
  mentions: readonly number[][],
  index: ClaimIndex,
): (i: number) => Focus {
  const families = topicFamilies(index);
  const page = new Set<number>();
  const counts = new Map<number, number>();
  let total = 0;
  // General topics ("peptides", "protein") are what every page talks about: they do not
  // dilute the share of the substance a page is about.
  for (const here of mentions)
    for (const t of here) {
      if (GENERAL_TOPICS.has(index.topics[t]!)) continue;
      counts.set(t, (counts.get(t) ?? 0) + 1);
      total++;
    }
  const headings = sentences.map((s) => isHeading(text, s));
  let blocks = 0;
  for (let i = 0; i < sentences.length && blocks < TITLE_BLOCKS; i++) {
    if (!startsBlock(text, sentences[i]!)) continue;
    blocks++;
    if (headings[i] && mentions[i]!.length > 0) {
      for (const t of mentions[i]!) page.add(t);
      break;
    }
  }
  // A title that names only what every page talks about ("Peptide Profile") leaves the
  // substance to the names the page uses most.
  if (![...page].some((t) => !GENERAL_TOPICS.has(index.topics[t]!))) {
    for (const [t, n] of counts) if (n >= DOMINANT_MIN_MENTIONS && n * 2 > total) page.add(t);
  }
  let section: readonly number[] = [];
  const sectionAt = sentences.map((_, i) => {
    if (headings[i]) section = mentions[i]!;
    return section;
  });
  // A sentence's focus is asked for up to three times (its match, a pair it starts, claims no
  // reviewed claim matches): worked out once.
  const known: (Focus | undefined)[] = [];
  return (i) => (known[i] ??= focusOf(i));
  /** The specific topics of the nearest sentence before `i` that names any, within reach. */
  function lastNamed(i: number): number[] | null {
    for (let k = i - 1; k >= 0 && k > i - FOCUS_SENTENCES; k--) {
      const specific = mentions[k]!.filter((t) => !GENERAL_TOPICS.has(index.topics[t]!));
      if (specific.length > 0) return specific;
    }
    return null;
  }
  function focusOf(i: number): Focus {
    const own = mentions[i]!;
    const opensWithPronoun = OPENING_PRONOUN.test(text.slice(sentences[i]!.start, sentences[i]!.start + OPENING_REACH));
    // General topics ("FDA approval", "growth hormone", "insulin") are what sentences talk
    // about, not who makes the claim: they never restrict a sentence to themselves.
    // "It's used off-label to cut the conversion of testosterone": a sentence that opens with
    // "it" or "they" has a substance named before as its subject, and the names after it are
    // what it acts on.
    if (
      own.length > 0 &&
      !opensWithPronoun &&
      mentionedTopics(tokens[i]!.slice(0, SUBJECT_REACH), index).some((t) => !GENERAL_TOPICS.has(index.topics[t]!))
    )
      return {
        subject: true,
        topics: new Set(own.flatMap((t) => families[t] ?? [t])),
        named: new Set(own),
        page,
        section: sectionAt[i]!,
      };
    const topics = new Set<number>(page);
    for (const t of sectionAt[i]!) topics.add(t);
    // "It's approved for type 2 diabetes", just after a sentence about Mounjaro on a page that also
    // discusses Ozempic: an opening pronoun stands for the substance named last, not for any in view.
    // So it does where the sentence names what it acts on: "Specifically, it can inhibit 5-alpha
    // reductase, which makes DHT" after two saw palmetto sentences is not about Propecia, named above.
    const last = opensWithPronoun ? lastNamed(i) : null;
    if (last) {
      for (const t of last) topics.add(t);
      return { subject: false, topics, named: new Set(own), page, section: sectionAt[i]!, pronoun: true };
    }
    for (let k = Math.max(0, i - FOCUS_SENTENCES + 1); k <= i; k++) for (const t of mentions[k]!) topics.add(t);
    return { subject: false, topics, named: new Set(own), page, section: sectionAt[i]! };
  }
}

/**
 * A title or heading: a short line (segment.ts's isShortLine) that is neither a list item nor
 * under a lead-in ending in ":". Its topic governs what follows. A heading may ask its question
 * ("What Is BPC-157?", "Is Semaglutide Safe?"): it still says what the section is about.
 */
export function isHeading(text: string, s: Span): boolean {
  // A bulleted or numbered line, or one under a lead-in ending in ":", is a list item.
  if (/^[-•*–·]|^\d{1,2}[.)]\s/.test(text.slice(s.start, s.start + 4))) return false;
  const before = text.slice(Math.max(0, s.start - 200), s.start).trimEnd();
  if (before.endsWith(':')) return false;
  return isShortLine(text, s);
}
