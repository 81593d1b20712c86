import type { ClaimIndex, IndexedProfile } from './claim-index';
import type { Certainty, ClaimKind, Scope, Verdict } from './claim-types';
import { claimKinds, claimsKindWord } from './detect-claims';
import type { ClaimMatch } from './find-claims';
import { CLAUSE_BREAK, deniedThroughout, NEGATION_REACH, saysTooLittle } from './negation';
import { bulletLength, CLAUSE_EDGE, isQuestion, type Span } from './segment';
import {
  PLAUSIBLE_POSSIBILITY,
  sentenceScopes,
  statedScope,
  statesPossibility,
  statesThinEvidence,
  verdictAsStated,
} from './stated-scope';
import { NEGATIONS } from './stop-words';
import { GENERAL_TOPICS } from './thesaurus';
import { sentenceTerms } from './score-phrasing';
import { FOCUS_SENTENCES, isHeading, mentionedTopics, type Focus } from './topic-focus';
import { tokenize, type Token } from './tokenize';
import { bestPhrasing } from './topic-phrasings';
import { unreviewedEvidenceId, unreviewedId } from './unreviewed-id';
import {
  appraisalReason,
  appraisalVerdict,
  appraisesSupport,
  evidenceStatement,
  type EvidenceStatement,
} from './evidence-statements';

/** The writer or the reader as a sentence's actor: "we'll look at", "my promise to you". */
const PERSONAL = /\b(?:we|you|your|my|our|us|i|me)\b/i;
/** Talk about studies, plans or fields rather than a finding: "the trial will have 90% power". */
const FRAMING =
  /\b(?:will|aims?|promise|understand(?:ing)?|journey|review|explains?|references|skeptical|strategy|developed|adopting)\b/i;
/**
 * Whether a sentence states an effect of its own: a direction of change ("reduces", "raises",
 * "improves") other than the noun "benefits", not framed by the writer or a study plan, not a lead-in.
 */
function statesEffect(body: string, tokens: readonly Token[], offset: number): boolean {
  if (PERSONAL.test(body) || FRAMING.test(body) || /:\s*$/.test(body)) return false;
  const words = body.toLowerCase();
  return tokens.some(
    (t) =>
      (t.term.startsWith('dir:') && !/^benefit/.test(words.slice(t.start - offset, t.end - offset))) ||
      ADVERSE.has(t.term),
  );
}
/** The writer as the actor: "we're here to help", "our team can help". */
const WRITER = /\b(?:we|we['’]re|us|our)\b|\bhere to help\b/i;
/** The weakest word of a benefit, which a writer also uses of their own service. */
const HELP: ReadonlySet<string> = new Set(tokenize('help helpful').map((t) => t.term));
/** Harms a sentence may report of the page's substance without naming it: "users report headaches". */
const ADVERSE: ReadonlySet<string> = new Set(
  tokenize('side-effect nausea headache dizziness swelling redness itching rash vomiting diarrhea reaction').map(
    (t) => t.term,
  ),
);
/** Words that open a sentence about the topic in focus: "It…", "They…". */
const PRONOUNS = new Set(['it', 'its', 'they', 'both']);
const DETERMINERS = new Set(['the', 'this', 'these', 'that', 'such']);
/** What "the …"/"this …" must name to stand for the topic in focus: "the peptide", "this drug". */
const SUBSTANCE_NOUNS = new Set([
  'peptide',
  'peptides',
  'compound',
  'compounds',
  'substance',
  'drug',
  'medication',
  'medicine',
  'supplement',
  'hormone',
  'molecule',
  'treatment',
  'therapy',
  'injection',
  'mineral',
  'vitamin',
  'herb',
  'plant',
  'root',
  'extract',
  'oil',
  'powder',
  'capsule',
  'pill',
  'spray',
  'cream',
  'shot',
  'tea',
  'protocol',
  'product',
  'formula',
  'agent',
]);

/** How many words an opening phrase before the subject may take: "In the early 1900s, it…". */
const INTRO_REACH = 8;
/** How far into a sentence "this drug" may stand as its subject. */
const REFERENCE_REACH = 5;

/**
 * A sentence that opens with the harms named just before: "These often fade after a few weeks",
 * "These symptoms tend to peak while the dose is raised". What it says is said of the harms of
 * the substance in focus: a safety claim. ("Its effects", "these effects" may be benefits.)
 */
const HARMS_REFERENCE =
  /^(?:these|those|such)\s+(?:(?:common|mild|gastrointestinal|gi)\s+)?(?:side[- ]effects|symptoms|reactions)\b|^these\s+(?:often|usually|typically|tend|generally)\b/i;

/** Whether a sentence opens by referring to a substance already named: "It…", "This peptide…". */
function refersToTopic(words: readonly string[]): boolean {
  const first = words[0]!.toLowerCase().replace(/[^a-z]/g, '');
  if (PRONOUNS.has(first)) return true;
  if (HARMS_REFERENCE.test(words.slice(0, 4).join(' '))) return true;
  // "In the 1920s, it was used to treat…", "Hence, it makes you feel less hungry": the main
  // clause's subject after a short opening phrase.
  const opening = words.slice(0, INTRO_REACH).findIndex((w) => w.endsWith(','));
  if (opening >= 0 && PRONOUNS.has((words[opening + 1] ?? '').toLowerCase().replace(/[^a-z]/g, ''))) return true;
  // "This peptide…", or a few words in: "The effect of this agent appears…" ("the" only first:
  // "in the treatment of…" refers to nothing).
  const plain = words.slice(0, REFERENCE_REACH).map((w) => w.toLowerCase().replace(/[^a-z]/g, ''));
  return plain.some(
    (w, k) => (k === 0 ? DETERMINERS.has(w) : w === 'this' || w === 'these') && SUBSTANCE_NOUNS.has(plain[k + 1] ?? ''),
  );
}
/**
 * Whether a sentence's subject refers to a substance named before: "It…", "This peptide…",
 * "At low doses, it…"; not "To reap the benefits of finasteride, it…", whose opening names
 * the substance "it" stands for.
 */
function opensWithReference(words: readonly string[], list: readonly Token[], index: ClaimIndex): boolean {
  const plain = (w: string | undefined) => (w ?? '').toLowerCase().replace(/[^a-z]/g, '');
  const refers = (k: number) =>
    PRONOUNS.has(plain(words[k])) || (DETERMINERS.has(plain(words[k])) && SUBSTANCE_NOUNS.has(plain(words[k + 1])));
  if (refers(0)) return true;
  const opening = words.slice(0, INTRO_REACH).findIndex((w) => w.endsWith(','));
  if (opening < 0 || !refers(opening + 1)) return false;
  // The opening's own words: as many tokens as it has words, at most.
  const named = mentionedTopics(list.slice(0, opening + 1), index, true);
  return !named.some((t) => isSpecific(index, t));
}

/**
 * Talk of a clinic's care for its patients' data ("committed to protecting the privacy of your
 * personal information") is a policy, whatever substance the clinic's name contains.
 */
const PRIVACY = /\b(?:privacy|personal (?:information|data|details)|confidentiality|cookies|data protection|hipaa)\b/i;

/**
 * A line of an article's metadata, bulleted or not: its author and their credentials, its date,
 * its reading time ("- 6 min read", "- 2 hours ago", "- Jane Doe, MSN, APRN,", "• 1 Minute to
 * read", "• 28 Nov 2023"), a button's word ("• PDF"). Under a title such as "TRT: Benefits and
 * Risks" or "Safety data and side effects" such lines are no benefits and no harms.
 */
const METADATA_LINE =
  /^[-•*\s]*(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|PDF|Print|Share|Download(?: PDF)?|Save|E-?mail|Copy link)\s*$|\d+\s*(?:[Mm]in(?:ute)?s?|[Hh]ours?|[Hh]rs?|[Dd]ays?|[Ww]eeks?|[Mm]onths?|[Yy]ears?)\s+(?:to\s+)?(?:[Rr]ead|ago)\b|(?:written|reviewed|medically reviewed|fact[- ]checked|updated|published|posted)\s+(?:by|on)\b|[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3},\s*(?:MD|DO|PhD|MSN|BSN|RN|APRN|NP|PA-C|PA|FNP-C|FNP|RD|RDN|PharmD|MPH|MS|DC|ND)\b)/;

/** Below the reviewed matches, so a reviewed claim always wins a span it shares with an unreviewed one. */
const UNREVIEWED_SCORE = 0.5;

/**
 * Claims the database does not hold: a sentence about a topic with a profile (named, or
 * referred to while in focus) that states an effect, a safety, dosing, regulatory or
 * mechanism fact, and that no reviewed claim matched. Judged by the profile's default for
 * its kind. Denials are left alone: a default written for "X is approved" cannot judge
 * "X is not approved".
 */
export function unreviewedClaims(
  text: string,
  sentences: readonly Span[],
  tokens: readonly Token[][],
  focus: (i: number) => Focus,
  reviewed: readonly ClaimMatch[],
  index: ClaimIndex,
  silent: readonly boolean[] = [],
  scopes: readonly Scope[] = sentenceScopes(text, sentences, tokens),
): ClaimMatch[] {
  const out: ClaimMatch[] = [];
  const items = listItemTopics(text, sentences, tokens, focus, index);
  /** The list of harms the last mark in `out` is an item of, if it is one. */
  let listedWith: LeadIn | undefined;
  // Both lists run in text order: one cursor finds the reviewed marks near each sentence.
  let cursor = 0;
  for (let i = 0; i < sentences.length; i++) {
    const span = sentences[i]!;
    while (cursor < reviewed.length && reviewed[cursor]!.end <= span.start) cursor++;
    const body = text.slice(span.start, span.end);
    if (
      silent[i] ||
      PRIVACY.test(body) ||
      METADATA_LINE.test(body) ||
      body.includes('\n') ||
      isQuestion(text, span) ||
      (isHeading(text, span) && !items.has(i) && !opensWithEffect(text, span, tokens[i]!)) ||
      body.includes('|') // a table row flattened into a line: its cells are not one statement
    )
      continue;
    const item = items.get(i);
    const marked: ClaimMatch[] = [];
    for (let k = cursor; k < reviewed.length && reviewed[k]!.start < span.end; k++) marked.push(reviewed[k]!);
    // A sentence a reviewed claim marked in part may make another claim in its other clauses.
    for (const part of marked.length === 0 ? withoutAppositive(text, span) : freeClauses(text, span, marked)) {
      const found = claimIn(text, part, i, tokens, focus(i), item, index, scopes[i]!, comparedUntil(text, span));
      if (!found) continue;
      // "Side effects include:" then "- Nausea", "- Headache", "- Dizziness": one claim, that the
      // substance causes the harms the list names, marked once over the items that follow each
      // other with nothing between them but their bullets.
      const previous = out[out.length - 1];
      const named =
        item?.harms &&
        !item.benefits &&
        startsItem(text, found.start) &&
        text.slice(found.start, found.end).split(/\s+/).length <= HARM_WORDS;
      if (
        named &&
        previous !== undefined &&
        listedWith === item &&
        previous.claimId === found.claimId &&
        BETWEEN_ITEMS.test(text.slice(previous.end, found.start))
      ) {
        previous.end = found.end;
        continue;
      }
      out.push(found);
      listedWith = named ? item : undefined;
    }
  }
  return out;
}

/** Whether a mark starts its list item: only a bullet, a line break or spaces stand before it. */
function startsItem(text: string, start: number): boolean {
  return /(?:^|[\n\-•*·▪►])[^\S\n]*$/.test(text.slice(Math.max(0, start - 8), start));
}

/** An item that names a harm in this many words or fewer ("Dizziness", "Pain at the injection site"). */
const HARM_WORDS = 6;
/** What stands between two items of one list: a bullet, with line breaks and an item's closing punctuation around it. */
const BETWEEN_ITEMS = /^[\s;,.]*[-•*·▪►][\s\-•*·▪►;,.]*$/;

/** The claim a sentence (or a clause of it no reviewed claim took) makes, judged without a reviewed match. */
function claimIn(
  text: string,
  span: Part,
  i: number,
  tokens: readonly Token[][],
  focus: Focus,
  item: LeadIn | undefined,
  index: ClaimIndex,
  sentenceScope: Scope,
  compared = -1,
): ClaimMatch | null {
  const body = text.slice(span.start, span.end);
  // A lead-in ("the most common side effects are:", "its benefits are as follows") makes its
  // claims in the items under it.
  // Under "side effects include:", "Headache" names a harm, capitalised as items are.
  if (
    (isTitle(body) && !item?.benefits && !item?.harms) ||
    LEAD_IN.test(body) ||
    SOURCES_LINE.test(body) ||
    REQUIREMENT.test(body)
  )
    return null;
  const list = tokens[i]!.filter((t) => t.start >= span.start && t.end <= span.end);
  const unbulleted = body.slice(bulletLength(body));
  const words = unbulleted.split(/\s+/);
  // "Pack It Up: Securely package the item…": after a step's label, the instruction's verb.
  const first = (STEP_LABEL.exec(unbulleted)?.[1] ?? words[0]!).toLowerCase().replace(/[^a-z]/g, '');
  const predicate = opensWithEffect(text, span, list);
  // A bullet under "Benefits of magnesium:" says its claim in two or three words.
  const detected = claimKinds(
    list,
    words.length,
    first,
    item !== undefined
      ? 2
      : predicate || span.predicate
        ? PREDICATE_MIN_WORDS
        : SHORT_SENTENCE.test(unbulleted)
          ? SHORT_MIN_WORDS
          : undefined,
    body,
  );
  // An item under "side effects include:" names a harm however short ("Dizziness"); one under
  // "benefits of magnesium:" a benefit.
  let kinds: ClaimKind[] =
    detected.length > 0
      ? detected
      : item?.harms && !item.benefits && list.length > 0
        ? ['safety']
        : item?.benefits && words.length >= 2 && list.length > 0
          ? ['efficacy']
          : [];
  // Under "Biological processes supported by NAD+:", "Gene expression" is how it works.
  if (item?.workings && !item.harms && kinds[0] === 'efficacy') kinds = ['mechanism', ...kinds.slice(1)];
  // "Reduces swelling around tendons": the verb says what the line claims, whatever it acts on.
  if (predicate && kinds.includes('efficacy')) kinds = ['efficacy', ...kinds.filter((k) => k !== 'efficacy')];
  // "These often fade within weeks": what is said of the harms just named is about safety.
  if (HARMS_REFERENCE.test(unbulleted) && item === undefined) kinds = ['safety'];
  if (kinds.length === 0 || kinds[0] === 'efficacy' || kinds[0] === 'mechanism') {
    const evidence = words.length >= EVIDENCE_MIN_WORDS ? evidenceStatement(body, list) : null;
    // "Early studies suggest it may lower weight" is an effect stated with a hedge, judged as
    // one; "extensive research has shown its effective use" overstates the evidence, which is
    // what can be checked.
    if (evidence && !(evidence.appraisal === 'thin' && statesEffect(body, list, span.start) && !appraisesSupport(body)))
      return evidenceClaim({ span, i, tokens, focus, words, item }, evidence, index);
  }
  if (kinds.length === 0 && words.length >= HISTORY_MIN_WORDS && HISTORY.test(unbulleted))
    return historyClaim(text, { span, i, tokens, focus, words, item }, list, index);
  if (kinds.length === 0) return null;
  // A denial ("is not approved", "has not been studied") is judged only by a reviewed denial
  // that comes close: a default written for the claim cannot judge its opposite.
  const denied = deniedThroughout(text, list, span) || deniesItself(text, list, kinds[0]!);
  // "We're here to help": the writer offers help; no substance is said to do anything.
  if (
    kinds[0] === 'efficacy' &&
    WRITER.test(body) &&
    list.every((t) => HELP.has(t.term) || !claimsKindWord(t.term, 'efficacy'))
  )
    return null;
  const referring = refersToTopic(words);
  // "It stimulates collagen", "- Boosts testosterone": the substance named after the verb is
  // what the effect acts on; the claim is about the substance the line refers to.
  const acted = opensWithReference(words, list, index) || predicate ? objectTopics(list, index) : [];
  const topic =
    (acted.length > 0 ? (item?.topic ?? referent(i, tokens, focus, index, acted)) : null) ??
    subjectTopic(i, tokens, focus, referring, index, statesEffect(body, list, span.start), compared) ??
    item?.topic ??
    null;
  if (topic === null) return null;
  const profile = index.profiles[topic]!;
  // A clause takes the scope its sentence states: "the best evidence is in rodent colitis, where
  // oral KPV reduces inflammation" reports a finding in rodents.
  const scope = sentenceScope;
  const hedged = statesThinEvidence(list);
  const possible = statesPossibility(body);
  // The closest reviewed claim does not depend on the kind being judged: looked up once.
  let nearest: ReturnType<typeof closestClaim> | undefined;
  const judge = (kind: ClaimKind) => {
    const scoped = !denied && scope !== 'human' && profile.preclinical && (kind === 'efficacy' || kind === 'mechanism');
    if (!scoped && nearest === undefined) nearest = closestClaim(list, topic, index, scope, hedged, denied, possible);
    const closest = scoped ? null : nearest!;
    if (denied && !closest) return null;
    // A status or a dose is judged only by a reviewed claim about a status or a dose: the
    // profile's default agreed with the labelled verdict on 2 in 10 of them on the tuning split.
    const statusOrDose = kind === 'regulatory' || kind === 'dosing';
    if (statusOrDose && (!closest || (closest.kind && closest.kind !== kind))) return null;
    return { kind, scoped, closest };
  };
  // A status is the sentence's point ("placed on the FDA list of safety concerns"): nothing else
  // in it is judged. A dose may come with an effect, which is ("12 mg dose: 28.7% weight loss").
  const judged = judge(kinds[0]!) ?? (kinds[0] === 'dosing' && kinds[1] === 'efficacy' ? judge('efficacy') : null);
  if (!judged) return null;
  const { kind, scoped, closest } = judged;
  const byDefault = scoped || closest ? null : unreviewedVerdict(profile, kind, list, possible);
  const { verdict, certainty } = scoped
    ? { verdict: 'supported' as const, certainty: 'low' as const }
    : (closest ?? byDefault!);
  const why = byDefault?.why;
  return {
    claimId: unreviewedId(index.topics[topic]!, kind, closest?.id),
    start: span.start + bulletLength(body),
    end: span.end,
    score: UNREVIEWED_SCORE,
    reasons: [
      `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind} claim about ${index.topics[topic]} that no reviewed claim matches`,
      ...(closest ? [`judged by the closest reviewed claim, ${closest.id}`] : []),
      ...(why ? [why] : []),
    ],
    verdict,
    certainty,
    scope,
    unreviewed: { topic: index.topics[topic]!, kind },
    ...(why ? { asStated: why } : {}),
  };
}

/**
 * A short sentence, whole, can still be a claim ("They can improve fertility.", "BPC-157 heals
 * tendons."): capitalised, ended with a full stop, not a subordinate clause left on its own
 * ("By preserving cGMP levels") nor a caption cut short.
 */
const SHORT_SENTENCE =
  /^(?!(?:By|When|If|As|While|Because|Although|Though|Since|Unlike|Like)\b)[A-Z][^.!?()]*[a-z][.!]$/;
const SHORT_MIN_WORDS = 4;

/**
 * A clinic's requirement ends in its own rule: "monthly body composition reports and nurse
 * check-ins are mandatory". "Protein is required for muscle repair" goes on, and is a claim.
 */
const REQUIREMENT = /\b(?:is|are) (?:mandatory|compulsory|obligatory|required)\s*[.!]?\s*$/i;

/** A line that names where the claims come from: "🧪 Sources: Nature, The Lancet". */
const SOURCES_LINE = /^[^\p{L}\d]*(?:sources?|references?|citations?|via)\s*:/iu;
const LEAD_IN = /(?::|\bas follows[.:]?)\s*$|^here (?:are|is)\b/i;

/** A step's label before its instruction: "Pack It Up: Securely package…", "Step 2: Return…". */
const STEP_LABEL = /^(?:[A-Z][\w'’]*\s){0,3}[A-Z][\w'’]*:\s+(?:\w+ly\s+)?(\w+)/;

/**
 * How a substance came to be: "it was first identified in human plasma in the 1970s",
 * "developed by Merck", "derived from the French lilac", "in use since the 1950s", "known
 * and used for centuries in Ayurveda".
 */
const HISTORY =
  /\b(?:discovered|developed|invented|synthesi[sz]ed|isolated|derived from|originally|first (?:identified|described|discovered|isolated|synthesi[sz]ed|developed|made|used|approved)|in use since|used (?:since|for (?:centuries|millennia|decades|thousands of years|hundreds of years))|known (?:and used )?for (?:centuries|millennia|thousands of years))\b/i;
/** A sentence of the page where it stands: what the statements about a substance's story or evidence need. */
interface SentenceAt {
  span: Span;
  i: number;
  tokens: readonly Token[][];
  focus: Focus;
  words: readonly string[];
  item: LeadIn | undefined;
}

/** The substance a sentence names, refers to, or (naming none) the page's own, or its list's. */
function ownSubject({ i, tokens, focus, words, item }: SentenceAt, index: ClaimIndex): number | null {
  return subjectTopic(i, tokens, focus, refersToTopic(words), index, true) ?? item?.topic ?? null;
}

/** Words a statement of history needs: "Developed by Merck" is a caption. */
const HISTORY_MIN_WORDS = 4;

/**
 * A statement of how the substance came to be, checked only against a reviewed claim about
 * its history: the profile has no default for history, and a wrong date is as checkable as a
 * wrong effect. Marked only when such a claim comes close.
 */
function historyClaim(text: string, at: SentenceAt, list: readonly Token[], index: ClaimIndex): ClaimMatch | null {
  const { span } = at;
  const topic = ownSubject(at, index);
  if (topic === null || !index.profiles[topic]) return null;
  const scope = statedScope(list);
  const closest = closestClaim(list, topic, index, scope, false);
  if (!closest) return null;
  const kind = closest.kind ?? 'mechanism';
  const name = index.topics[topic]!;
  return {
    claimId: unreviewedId(name, kind, closest.id),
    start: span.start + bulletLength(text.slice(span.start, span.end)),
    end: span.end,
    score: UNREVIEWED_SCORE,
    reasons: [
      `a statement of the history of ${name} that no reviewed claim matches`,
      `judged by the closest reviewed claim, ${closest.id}`,
    ],
    verdict: closest.verdict,
    certainty: closest.certainty,
    scope,
    unreviewed: { topic: name, kind },
  };
}

/** Words a statement about the evidence needs: "human data is limited". */
const EVIDENCE_MIN_WORDS = 4;

/**
 * A statement about the evidence on the substance in focus ("the human evidence is early,
 * mostly observational"), judged against the profile's own rating of that evidence.
 */
function evidenceClaim(at: SentenceAt, evidence: EvidenceStatement, index: ClaimIndex): ClaimMatch | null {
  const { span } = at;
  const topic = ownSubject(at, index);
  const profile = topic === null ? null : index.profiles[topic];
  if (topic === null || !profile) return null;
  const name = index.topics[topic]!;
  return {
    claimId: unreviewedEvidenceId(name, evidence),
    start: span.start,
    end: span.end,
    score: UNREVIEWED_SCORE,
    reasons: [
      `a statement about the evidence on ${name}`,
      appraisalReason(evidence, profile.certainty, profile.preclinical),
    ],
    verdict: appraisalVerdict(evidence, profile.certainty, profile.preclinical),
    certainty: profile.certainty,
    scope: evidence.scope,
    unreviewed: { topic: name, kind: 'efficacy' },
  };
}

/**
 * Whether a line opens with the verb of an effect, its subject left to the page: a bullet
 * "- Reduces SASP inflammatory secretions", or a line set apart like a heading, "Supports a
 * positive nitrogen balance in muscle tissue". The verb must be in the third person ("Reduces",
 * not "Reduce" or "Reduced"), the way a list of what a substance does is written.
 */
function opensWithEffect(text: string, span: Span, tokens: readonly Token[]): boolean {
  const lead = /^[-•*–·\s]*/.exec(text.slice(span.start, span.end))![0].length;
  const first = tokens.find((t) => t.start >= span.start + lead);
  if (!first || first.start !== span.start + lead) return false;
  const word = text.slice(first.start, first.end);
  if (/:\s*$/.test(text.slice(span.start, span.end)) || EFFECT_NOUNS.has(word.toLowerCase())) return false;
  return /^[A-Z][a-z]+s$/.test(word) && claimsKindWord(first.term, 'efficacy');
}
/** Plural nouns of effects that open lead-ins and headings: "Benefits you can expect:", "Gains in strength". */
const EFFECT_NOUNS: ReadonlySet<string> = new Set([
  'benefits',
  'improvements',
  'enhancements',
  'reductions',
  'gains',
  'losses',
]);
/** Words a line that opens with an effect needs: "Supports healthy immune function". */
const PREDICATE_MIN_WORDS = 3;

/**
 * A title or a heading inside running text ("Safety Profile and Side Effects", "How
 * Retatrutide Works: Mechanisms of Action"): most of its longer words capitalised, no end mark.
 */
function isTitle(body: string): boolean {
  if (/[.!?]["'”’)]*\s*$/.test(body)) return false;
  const words = body.split(/\s+/).filter((w) => w.length > 3);
  return words.length > 0 && words.filter((w) => /^[A-Z]/.test(w)).length / words.length >= TITLE_CAPITALS;
}
/** Share of a title's longer words that are capitalised. */
const TITLE_CAPITALS = 0.6;

/**
 * A sentence whose subject is described in passing before its claim ("Semax, a peptide derived
 * from ACTH, has neuroprotective properties"): the description and the claim, as two parts, so
 * the claim is judged as itself and not by what the description comes closest to.
 */
function withoutAppositive(text: string, span: Span): Part[] {
  const m = APPOSITIVE_SUBJECT.exec(text.slice(span.start, span.end));
  if (!m) return [span];
  const at = span.start + m[1]!.length;
  const after = at + m[2]!.length;
  return [
    { start: at, end: after - 2 },
    { start: after, end: span.end, predicate: true },
  ];
}
/** A part of a sentence; `predicate` when it is what the sentence says of a subject given before it. */
type Part = Span & { predicate?: boolean };
/**
 * A subject of up to four words (after a label such as "Neuroprotection:"), then ", a/an …,"
 * describing it, then the rest of the sentence.
 */
const APPOSITIVE_SUBJECT =
  /^((?:[^:\n]{1,40}:\s)?[-•*\s]*(?:[\w'’-]+\s){0,3}[\w'’-]+,\s)(an?\s[^,;:.]{8,140},\s)(?=\S)/i;

/**
 * The whole clauses of a sentence that its reviewed marks leave free: "Sermorelin is well
 * tolerated and treats GH deficiency in children, with a typical dose of 100–300 mcg" keeps
 * its first clause when the dose is marked. A stretch beside a mark is cut at its clause edge.
 */
/** Words that open a clause with its own subject or predicate: "as it…", "because…", "which…" (whole words: not "thought"). */
const CONJUNCTION_WORDS =
  '\\s(?:because|since|while|whereas|although|though|which|(?:as|and|so) (?=(?:it|they|this|these|the)\\s))\\b\\s*';
const CONJUNCTION = new RegExp(CONJUNCTION_WORDS, 'i');
const CONJUNCTIONS = new RegExp(CONJUNCTION_WORDS, 'gi');

function freeClauses(text: string, span: Span, marks: readonly ClaimMatch[]): Span[] {
  const out: Span[] = [];
  let from = span.start;
  let afterMark = false;
  for (const m of [...marks, null]) {
    let start = from;
    let end = m ? Math.max(from, m.start) : span.end;
    if (afterMark) {
      const piece = text.slice(start, end);
      const edge = piece.search(CLAUSE_EDGE);
      const joint = edge < 0 ? CONJUNCTION.exec(piece) : null;
      start = edge >= 0 ? start + edge + 1 : joint ? start + joint.index + joint[0].length : end;
    }
    if (m) {
      const piece = text.slice(start, end);
      let edge = -1;
      for (let k = piece.length - 1; k >= 0 && edge < 0; k--) if (CLAUSE_EDGE.test(piece[k]!)) edge = k;
      // Without a comma, a conjunction that opens a clause of its own divides them: "it works as an
      // anti-depressant as it inhibits MAO" leaves "it works as an anti-depressant" free.
      if (edge < 0) for (const j of piece.matchAll(CONJUNCTIONS)) edge = j.index;
      end = edge < 0 ? start : start + edge;
    }
    const piece = text.slice(start, end);
    const lead = piece.length - piece.trimStart().length;
    const trimmed = piece.trim().replace(/[\s,;:(—–]+$/, '');
    if (trimmed.length > 0) out.push({ start: start + lead, end: start + lead + trimmed.length });
    if (m) {
      from = Math.max(from, m.end);
      afterMark = true;
    }
  }
  return out;
}

/**
 * How close a reviewed claim must come for its verdict to judge a sentence it did not match:
 * on the tuning split, pole agreement of these marks was .47 by profile defaults, .53 with the
 * closest claim at 0.5, .57 at 0.4 and .55 at 0.3 (the page's words drift to other claims).
 */
const CLOSEST_MIN_SCORE = 0.4;

/**
 * The reviewed claim of the topic that comes closest to the sentence, below the score that
 * makes a match but near enough that its verdict judges the sentence better than the
 * profile's default for the kind: "metformin has a long safety record" is closer to the
 * reviewed "metformin is well tolerated" than to "a safety claim about metformin".
 * The same rules as a match hold: names said or in focus, directions agree, scope recorded;
 * a sentence that denies (`denied`) is judged only by a phrasing that denies too.
 */
function closestClaim(
  list: readonly Token[],
  topic: number,
  index: ClaimIndex,
  scope: Scope,
  hedged: boolean,
  denied = false,
  possible = false,
): { id: string; verdict: Verdict; certainty: Certainty; kind?: ClaimKind } | null {
  const terms = sentenceTerms([...list]);
  const implied = new Set(index.topicTerms[topic]!);
  const best = bestPhrasing(terms, topic, index, CLOSEST_MIN_SCORE, implied, (p) => {
    const phrasing = index.phrasings[p]!;
    const claim = index.claims[phrasing.claim]!;
    return phrasing.negated === denied && (!claim.scope || claim.scope === scope);
  });
  if (!best) return null;
  const claim = index.claims[index.phrasings[best.phrasing]!.claim]!;
  // Words shared with a myth do not make a sentence the myth: "Mechanism: GLP-1 receptor agonist"
  // under a semaglutide heading came closest to "the Wegovy pill is the first oral GLP-1 ever"
  // (false). A claim judged false or unsupported judges only the sentences that match it; the
  // rest take the profile's default. First-run labels of rounds 80-87 with their databases: pole
  // 1277 -> 1293 of 2,100 found, found 2 fewer; round 88's, measured after the choice, 138 -> 141
  // of 241. Tuning pole 6246 -> 6205 of 7,388: its myths were written for its own pages' wording.
  if (!denied && (claim.verdict === 'false' || claim.verdict === 'unsupported')) return null;
  return {
    id: claim.id,
    verdict: verdictAsStated(claim, scope, hedged, false, possible).verdict,
    certainty: claim.certainty,
    ...(claim.kind ? { kind: claim.kind } : {}),
  };
}

/** Words of a safety claim that reassures ("safe", "well tolerated") rather than warns. */
const REASSURANCE: ReadonlySet<string> = new Set(tokenize('safe tolerated gentle mild').map((t) => t.term));

/** A list item's lead-in: the profiled substance it names, and whether it promises benefits. */
interface LeadIn {
  topic: number;
  benefits: boolean;
  /** The lead-in introduces harms ("side effects include:", "can cause:"): each item names one. */
  harms: boolean;
  /** The lead-in introduces what the substance does in the body ("Biological processes supported by NAD+"). */
  workings: boolean;
}

/** Words of a lead-in whose items are each a benefit: "Benefits of magnesium:", "Magnesium can help with:". */
const BENEFIT_LEAD: ReadonlySet<string> = new Set(tokenize('benefit advantage help improvement').map((t) => t.term));
/** Words of a lead-in whose items are each a harm: "Side effects may include:", "…can cause:". */
const HARM_LEAD: ReadonlySet<string> = new Set(
  tokenize('side-effect adverse cause reaction complication symptom risk').map((t) => t.term),
);
/** Words of a lead-in whose items are the substance's workings in the body, not benefits to the reader. */
const WORKINGS_LEAD: ReadonlySet<string> = new Set(
  tokenize('process function role mechanism pathway biological cellular').map((t) => t.term),
);
/** A lead-in that refers back to what the sentence before it named: "They are:", "These can include:". */
const REFERRING_LEAD = /^(?:they|these|those|this|which)\b/i;

/**
 * Per list item (a short line under a lead-in that ends with ":"), the profiled substance its
 * lead-in names: "Benefits of magnesium:" then "- Restful sleep" is a claim about magnesium,
 * and, under a lead-in that promises benefits, an efficacy claim whatever its words.
 */
function listItemTopics(
  text: string,
  spans: readonly Span[],
  tokens: readonly Token[][],
  focus: (i: number) => Focus,
  index: ClaimIndex,
): Map<number, LeadIn> {
  const out = new Map<number, LeadIn>();
  const specific = (t: number) => isSpecific(index, t);
  for (let w = 0; w < spans.length; w++) {
    const win = spans[w]!;
    const lead = text.indexOf('\n', win.start);
    if (lead < 0 || lead >= win.end) continue;
    const leadTokens = tokens[w]!.filter((t) => t.end <= lead);
    // "They are:" after "…a few side effects with semaglutide." introduces that sentence's harms.
    let prev = w - 1;
    while (prev >= 0 && spans[prev]!.start >= win.start) prev--;
    const before = REFERRING_LEAD.test(text.slice(win.start, lead)) && prev >= 0 ? tokens[prev]! : [];
    const harms = [...leadTokens, ...before].some((t) => HARM_LEAD.has(t.term));
    const benefits = leadTokens.some((t) => BENEFIT_LEAD.has(t.term) || t.term === 'dir:better');
    let topic = mentionedTopics(leadTokens, index, true).find(specific);
    // A lead-in of harms or benefits that names no substance ("They are:", "Key benefits for
    // women:") lists those of the page's own.
    if (topic === undefined && (harms || benefits)) {
      topic = [...mentionedTopics(before, index, true), ...focus(w).page].find(specific);
      const section = focus(w).section.filter(specific);
      if (topic === undefined && section.length === 1) topic = section[0];
    }
    if (topic === undefined) continue;
    const workings = leadTokens.some((t) => WORKINGS_LEAD.has(t.term));
    // One lead-in for all its items: the items of one list are known as such (unreviewedClaims).
    const leadIn: LeadIn = { topic, benefits, harms, workings };
    for (let k = w + 1; k < spans.length && spans[k]!.start < win.end; k++) {
      if (spans[k]!.start > lead && spans[k]!.end <= win.end) out.set(k, leadIn);
    }
  }
  return out;
}

/** Harms whose absence is itself the claim: "no side effects", "without risk", "non-toxic". */
const HARMS: ReadonlySet<string> = new Set(tokenize('side-effect risk toxic harm danger adverse').map((t) => t.term));

/**
 * Whether a sentence denies what its kind would claim ("is not approved", "does not raise"):
 * a default written for the claim cannot judge its denial. "No side effects" is a safety
 * claim, not a denial of one.
 */
function deniesItself(text: string, tokens: readonly Token[], kind: ClaimKind): boolean {
  for (let k = 0; k < tokens.length; k++) {
    if (!NEGATIONS.has(tokens[k]!.term) || saysTooLittle(text, tokens, k)) continue;
    // "Improves circulation without physical exertion": a negation denies the claim only when
    // it reaches the words that make it (its effect, or its kind's word) within its clause.
    if (kind !== 'safety') {
      for (let j = k + 1; j < tokens.length && j <= k + NEGATION_REACH; j++) {
        if (CLAUSE_BREAK.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) break;
        if (claimsKindWord(tokens[j]!.term, kind)) return true;
      }
      continue;
    }
    let harm = false;
    for (let j = k + 1; j < tokens.length && j <= k + 3; j++) {
      if (CLAUSE_BREAK.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) break;
      if (HARMS.has(tokens[j]!.term)) harm = true;
    }
    if (!harm) return true;
  }
  return false;
}

/**
 * The profile's default for the kind of claim, except for a warning of harm ("can cause
 * nausea", "raises the risk of…"): for a drug studied in good human trials its harms are
 * on record, so the warning is taken as supported; elsewhere it rests on weaker data. A benefit
 * stated as a possibility is judged as one.
 */
function unreviewedVerdict(
  profile: IndexedProfile,
  kind: ClaimKind,
  tokens: readonly Token[],
  possible: boolean,
): { verdict: Verdict; certainty: Certainty; why?: string } {
  // "Mild to moderate headaches" still warns of headaches: a harm named is a warning, however
  // mild or rare the page calls it; "safe", "well tolerated" with no harm named reassures.
  const warning =
    kind === 'safety' &&
    !tokens.some((t) => NEGATIONS.has(t.term)) &&
    (!tokens.some((t) => REASSURANCE.has(t.term)) || tokens.some((t) => ADVERSE.has(t.term)));
  if (!warning) {
    const verdict = profile.defaults[kind];
    // A benefit stated as a possibility ("may help knee pain") is not the established use a
    // drug's "supported" default was written for, and where only animal or cell studies exist,
    // it is what the rubric calls weak. With the same reading of reviewed claims (stated-scope.ts):
    // pole +11 on rounds 20-58 as first met, +1 on the tuning split, nothing else changed.
    if ((kind === 'efficacy' || kind === 'mechanism') && possible) {
      if (verdict === 'supported')
        return {
          verdict: 'mixed',
          certainty: profile.certainty,
          why: 'the page states this benefit only as a possibility, not as the established use the evidence supports',
        };
      if (verdict === 'unsupported' && profile.preclinical)
        return { verdict: 'weak', certainty: profile.certainty, why: PLAUSIBLE_POSSIBILITY };
    }
    return { verdict, certainty: profile.certainty };
  }
  const studied = profile.humanKind === 'human-trials' || profile.humanKind === 'regulatory';
  return studied && (profile.certainty === 'high' || profile.certainty === 'moderate')
    ? { verdict: 'supported', certainty: profile.certainty }
    : { verdict: 'weak', certainty: profile.certainty };
}

/** A substance with a profile, not a general topic ("peptides", "insulin") every page talks about. */
function isSpecific(index: ClaimIndex, topic: number): boolean {
  return index.profiles[topic] !== null && !GENERAL_TOPICS.has(index.topics[topic]!);
}

/**
 * The specific topics a clause names only after its first verb of effect, none before it: in
 * "it increases collagen production" collagen is acted on, not acting.
 */
function objectTopics(list: readonly Token[], index: ClaimIndex): number[] {
  const verb = list.findIndex((t) => t.term.startsWith('dir:'));
  if (verb < 0) return [];
  if (mentionedTopics(list.slice(0, verb), index, true).some((t) => isSpecific(index, t))) return [];
  return mentionedTopics(list.slice(verb + 1), index, true).filter((t) => isSpecific(index, t));
}

/** What "it" or a line with no subject stands for: the substance named just before, else the page's own, other than `not`. */
function referent(
  i: number,
  tokens: readonly Token[][],
  focus: Focus,
  index: ClaimIndex,
  not: readonly number[],
): number | null {
  const fits = (t: number) => isSpecific(index, t) && !not.includes(t);
  const before = namedBefore(i, tokens, index, fits);
  if (before !== null) return before;
  for (const t of focus.page) if (fits(t)) return t;
  const section = focus.section.filter(fits);
  return section.length === 1 ? section[0]! : null;
}

/**
 * The substance named in the sentences just before that "it" can stand for: one a sentence
 * names as acting, not one it names only as acted on ("…which then increase NAD+ production.
 * It can also work as an anti-depressant" is not about NAD+).
 */
function namedBefore(
  i: number,
  tokens: readonly Token[][],
  index: ClaimIndex,
  fits: (t: number) => boolean,
): number | null {
  for (let k = i - 1; k >= 0 && k > i - FOCUS_SENTENCES; k--) {
    const acted = objectTopics(tokens[k]!, index);
    for (const t of mentionedTopics(tokens[k]!, index, true)) if (fits(t) && !acted.includes(t)) return t;
  }
  return null;
}

/**
 * A sentence that opens by comparing ("Unlike hCG, …", "Compared with semaglutide, …", "As with
 * any peptide, …"): the offset where the comparison ends, else -1.
 */
function comparedUntil(text: string, span: Span): number {
  const m = COMPARED.exec(text.slice(span.start, span.end));
  return m ? span.start + m[0].length : -1;
}
const COMPARED =
  /^[-•*–·\s]*(?:unlike|compared (?:to|with)|in contrast (?:to|with)|in comparison (?:to|with)|similar to|as with|like|versus|vs\.?)\s[^,.;:!?\n]{1,60},/i;

/** The profiled topic a sentence is about: one it names, or, when it opens with "it"/"this…", the one in focus. */
function subjectTopic(
  i: number,
  tokens: readonly Token[][],
  focus: Focus,
  referring: boolean,
  index: ClaimIndex,
  effect = false,
  compared = -1,
): number | null {
  const specific = (t: number) => isSpecific(index, t);
  // "Unlike hCG, kisspeptin works upstream": what the sentence is compared with is not its subject.
  if (compared >= 0) {
    const after = mentionedTopics(
      tokens[i]!.filter((t) => t.start >= compared),
      index,
      true,
    ).find(specific);
    if (after !== undefined) return after;
  }
  const named = mentionedTopics(tokens[i]!, index, true);
  for (const t of named) if (specific(t)) return t;
  if (focus.subject) return null;
  // "It", "this peptide": the substance named just before, else the page's own subject.
  if (referring) {
    const before = namedBefore(i, tokens, index, specific);
    if (before !== null) return before;
    for (const t of focus.page) if (specific(t)) return t;
  }
  // A sentence that names no substance (general words such as "peptides" aside), on a page about
  // one, is about it when it states an effect of its own: "Commonly reported reactions include…".
  if (effect && named.length === 0) {
    const page = [...focus.page].filter(specific);
    if (page.length === 1) return page[0]!;
    // A page about several substances, a section each: the section's heading says which.
    const section = focus.section.filter(specific);
    if (page.length === 0 && section.length === 1) return section[0]!;
  }
  return null;
}
