import type { Span } from './segment';

/**
 * Text that states nothing of its own, however many claim words it holds: an entry of the
 * page's reference list ("2. A. Wunsch, “A Controlled Trial … Collagen Density Increase.”
 * Photomed Laser Surg. 2014;32(2)") names a study's finding as its title, and the writer's
 * framing of the article ("in this guide we explore…", "you've probably heard the buzz
 * around…") announces claims the page makes elsewhere.
 */

/**
 * The authors that open a reference: "M.R. Hamblin,", "Smith J,", "Wunsch A and…", "Aka STH (2015)",
 * after an optional number.
 */
const AUTHORS =
  /^\s*(?:\[?\d{1,3}[.\])]\s*)?(?:(?:[A-Z]\.\s?){1,3}\s?[A-Z][\w'’-]+(?:,|\s+and\b)|[A-Z][\w'’-]+,?\s(?:[A-Z]{1,3}|(?:[A-Z]\.\s?){1,3})(?:,|\s+and\b|\.\s|\s\((?:19|20)\d\d))/;
/**
 * What only a reference gives: a volume and issue "4(3)", "2014;32:", a volume and its pages
 * "125:551–564", pages "pp. 12", a DOI, "et al.".
 */
const PUBLICATION =
  /\b\d{1,4}\s?\(\d{1,4}\)|\b(?:19|20)\d\d\s?;\s?\d|\b\d{1,4}:\d{1,6}[–-]\d{1,6}\b|\bpp?\.\s?\d|\bdoi\b|\bet al\b/i;
const YEAR = /\b(?:19|20)\d\d\b/;

/** Whether a line of the page is an entry of a reference list. */
export function isReferenceEntry(line: string): boolean {
  return CITED_AS.test(line) || (AUTHORS.test(line) && YEAR.test(line) && PUBLICATION.test(line));
}
/** A line that says it is a reference: "Reference: Syrov, V. N. (2000).", "Source: NIH, 2021". */
const CITED_AS = /^\s*[-•*·]?\s*(?:references?|sources?|citations?)\s*:\s*\S/i;

/**
 * The writer framing the article rather than saying what a substance does: the article, guide
 * or post as the subject ("this guide covers…", "in this post"), the writer's plan ("we'll
 * explore", "here we discuss"), or the reader's prior awareness ("you've probably heard…").
 * "This review found…" is a study, not the page, and stays a claim.
 */
const FRAMES =
  /\b(?:this|our|the following|in this|today['’]s)\s+(?:article|guide|post|blog(?:\s+post)?|write-?up|piece)\b|\b(?:we|we['’]ll|we will|let['’]s|let us|here we|I['’]ll|I will)\s+(?:also\s+|briefly\s+|first\s+|now\s+|quickly\s+)?(?:discuss|explore|look at|take a (?:closer )?look|cover|examine|break down|dive|walk you|unpack|go over|go through|run through|lay out)\b|\b(?:my|our) discussion\b|\byou(?:['’]ve| have)?\s+(?:probably|likely|may have|might have)?\s*(?:heard|come across)\b/i;

/**
 * What a study set out to learn, not what it found ("researchers wanted to see if boron raises
 * vitamin D", "the trial evaluated whether…"); the writer's promise or advice rather than a
 * finding ("everything you need to know about…", "what follows is a breakdown…", "the best
 * approach is to start low", "aim to exercise…"). "The goal is to restore testosterone…" is
 * left alone: pages state claims that way as often as they do not.
 */
const ASKS =
  /\b(?:wanted|wants|want|set out|aimed|sought|sets out|aims)\s+to\s+(?:see|know|find out|learn|test|determine|examine|evaluate|investigate|assess)\b|\b(?:evaluated|examined|investigated|tested|assessed|asked)\s+(?:if|whether)\b|\bto examine the effects? of\b|\b(?:purpose|aim|goal|objective)s? of (?:this|the|our) (?:study|trial|research|project) (?:is|was|are|were) to\b|^[^\w]*to (?:determine|evaluate|assess|investigate|examine|compare|measure) (?:the|whether|if|how)\b|\beverything you need to know\b|\bwhat follows (?:is|are)\b|\ban? (?:honest|evidence-based|in-depth|closer|quick|brief) look at\b|\bthe best (?:approach|way|thing to do) is to\b|^[^\w]*(?:to [\w'’ -]{3,40},\s*)?(?:aim|try|make sure|be sure|remember) to\b/i;

/**
 * A clinic telling its patient what happens next: the reader approved for a treatment ("based on
 * our evaluation, you are approved to begin therapy"), or the treatment as the clinic will give it
 * ("your medication will be administered via subcutaneous injection", "you will not be prescribed any
 * other controlled drug"). Its procedure, not a claim
 * about the substance ("Wegovy is approved for weight loss" is one).
 */
const PROCEDURE =
  /\byou(?:['’]re| are| have been|['’]ve been)\s+(?:now\s+)?approved\b|\b(?:will|is to|are to)\s+(?:not\s+)?be\s+(?:administered|injected|dispensed|shipped|delivered|prescribed)\b/i;

/**
 * A clinic saying what it offers, with itself as the subject: "We will treat patients with any
 * problems relating to the menopause", "Our clinic offers semaglutide injections for weight loss",
 * "We prescribe TRT to men over 40". It names a service, not what the treatment does; one that
 * says what the treatment is for ("…to help patients recover from injuries", "…which can restore
 * energy") states that effect and stays a claim.
 */
const OFFERS =
  /^\W*(?:at [\w'’ -]{2,40},\s*)?(?:we(?:['’]ll| will| can| also| now| currently)?|our (?:clinic|clinics|team|practice|providers?|doctors?|physicians?|clinicians?|nurses?|cent(?:er|re)|experts?|specialists?|office|staff|medical team))\s+(?:also\s+|proudly\s+|now\s+|currently\s+)?(?:offer|offers|provide|provides|treat|treats|speciali[sz]e|speciali[sz]es|prescribe|prescribes|administer|administers)\b/i;
/** What a treatment is for or does, said after the offer: the sentence then claims it. */
const OFFER_EFFECT =
  /\b(?:to|which|that|can|may|could|will|helps?|helping)\s+(?:help|improve|reduce|boost|increase|support|relieve|restore|promote|enhance|lower|raise|ease|balance|optimi[sz]e|regain|heal|speed|accelerate|burn|lose|repair|reverse|prevent|protect|stimulate)\b/i;

/**
 * A question asked in a statement's form, from the sentence's start: "You may wonder if Mounjaro
 * causes hair loss", "Many people ask whether creatine is safe", "I wonder if it works". It asks;
 * it does not claim. (A sentence that only gets to the wondering later, "PCOS sufferers are left
 * wondering whether…, after a trial found…", may still report a finding.)
 */
const ASKS_INDIRECTLY =
  /^\W*(?:(?:you|many|some|most|lots of|a lot of|plenty of)(?:\s+(?:people|readers|patients|users|women|men|of you))?\s+(?:may|might|could|probably|often|sometimes|also)?\s*(?:be\s+|have\s+)?|i\s+|we\s+)?(?:wonder(?:s|ed|ing)?|ask(?:s|ed|ing)?)\s+(?:about\s+)?(?:if|whether)\b/i;

/**
 * The disclaimer US law asks of a supplement's seller ("These statements have not been evaluated
 * by the Food and Drug Administration. This product is not intended to diagnose, treat, cure, or
 * prevent any disease."): printed under every product, it is boilerplate, not the page's claim.
 * Round 89's negative TX06 (a shop's page) drew two marks on it. A sentence that says something
 * else has not been evaluated ("Ozempic has not been evaluated in children") is not this.
 */
const SUPPLEMENT_DISCLAIMER =
  /\bstatements?\b[^.]{0,120}\bnot (?:been )?evaluated by the\b|\bnot intended to diagnose,? treat,? cure,? (?:or|and|nor) prevent\b/i;

export function framesArticle(sentence: string): boolean {
  return (
    SUPPLEMENT_DISCLAIMER.test(sentence) ||
    FRAMES.test(sentence) ||
    ASKS_INDIRECTLY.test(sentence) ||
    ASKS.test(sentence) ||
    PROCEDURE.test(sentence) ||
    (OFFERS.test(sentence) && !OFFER_EFFECT.test(sentence))
  );
}

/**
 * A numbered step of a procedure ("Step 3: Now you are ready to administer…; 10 units on the
 * syringe = 200 mcg"): how to mix or inject, not what a substance does or what dose it needs.
 */
const STEP = /^\s*[-•*·▪]?\s*step\s?\d{1,2}\s*[:.)–-]/i;

/** A list read with its lead-in whose items are all numbered steps. */
function stepsUnderLeadIn(body: string): boolean {
  const items = body
    .split('\n')
    .slice(1)
    .filter((l) => l.trim() !== '');
  return items.length > 0 && items.every((l) => STEP.test(l));
}

/**
 * A heading or lead-in of a trial's eligibility criteria ("Inclusion Criteria:", "Key exclusion
 * criteria", "Eligibility Criteria: Inclusion Criteria: * Age 18-45 …"): what follows says who may
 * take part ("Morning cortisol ≥ 7 µg/dL", "a condition that adds unwarranted risk"), not what a
 * substance does.
 */
const CRITERIA_HEAD = /^\s*(?:[-•*·▪]\s*)?(?:key\s+|main\s+)?(?:inclusion|exclusion|eligibility)\s+criteria\b/i;
/** A list item: a bullet or a number ("- BMI ≥ 30", "• Age 18-45", "  2. Morning cortisol…", "2.3 Prescriptions"). */
const LIST_ITEM = /^\s*(?:[-•*·▪]|\d{1,2}[.)]|\d{1,2}\.\d{1,2}\.?)\s/;

/**
 * A lead-in to what a clinic or shop provides: "Menopause Specialist Clinics offers the following
 * services:", "Our treatments include:". Its items ("2.3 Treatment planning, including hormone
 * therapy (HRT)", "- Patient education and ongoing support") name services, not effects.
 */
const OFFERINGS = 'services|treatments|programs|programmes|packages';
const SERVICES_HEAD = new RegExp(
  `\\b(?:offers?|offering|provides?|providing|our)\\b[^:\\n]{0,60}\\b(?:${OFFERINGS})\\b[^:\\n]{0,20}:\\s*$`,
  'i',
);
/** Whether a text may hold such a lead-in at all. */
const SERVICES_ANYWHERE = new RegExp(`\\b(?:${OFFERINGS})\\b[^:\\n]{0,20}:`, 'i');

/**
 * A heading of a course's syllabus: "Class 3: Monitoring blood glucose", "Module 2 – Nutrition",
 * "Session 4: Reducing the risk of complications". The lines under it name what is taught
 * ("- Reducing the risk of complications"), not what anything does. (Not "Week 1:" or "Day 3:",
 * which also head a dosing schedule.)
 */
const SYLLABUS_PARTS = 'class|session|module|lesson|unit|workshop|seminar';
const SYLLABUS_HEAD = new RegExp(`^\\s*(?:[-•*·▪]\\s*)?(?:${SYLLABUS_PARTS})\\s+\\d{1,2}\\s*[:.–—-]`, 'i');
/** Whether a text may hold such a heading at all: most pages hold none, and their lines are not walked for one. */
const SYLLABUS_ANYWHERE = new RegExp(`\\b(?:${SYLLABUS_PARTS})\\s+\\d`, 'i');

/**
 * Per line start, whether the line belongs to a block that makes no claims: a trial's
 * eligibility criteria, a course's syllabus, or the services a provider lists. The block is its
 * heading line and the lines after it while they are list items, blank, lead-ins ending in ":"
 * ("Persons will be excluded if they:") or another such heading.
 */
function blockLines(text: string): Set<number> {
  const out = new Set<number>();
  const criteria = /criteria/i.test(text);
  const syllabus = SYLLABUS_ANYWHERE.test(text);
  const services = SERVICES_ANYWHERE.test(text);
  if (!criteria && !syllabus && !services) return out;
  const heads = (line: string) =>
    (criteria && CRITERIA_HEAD.test(line)) ||
    (syllabus && SYLLABUS_HEAD.test(line)) ||
    (services && SERVICES_HEAD.test(line));
  let inBlock = false;
  for (let from = 0; from <= text.length;) {
    const to = text.indexOf('\n', from);
    const end = to < 0 ? text.length : to;
    const line = text.slice(from, end);
    if (heads(line)) inBlock = true;
    else if (inBlock && line.trim() !== '' && !LIST_ITEM.test(line) && !/:\s*$/.test(line)) inBlock = false;
    if (inBlock) out.add(from);
    if (to < 0) break;
    from = to + 1;
  }
  return out;
}

/**
 * Function words of English, and of the languages whose pages meet English ones most on this
 * web (Spanish, Portuguese, French, Italian, German), leaving out those English also uses
 * ("de novo", "et al.", "per day", "die", "van der").
 */
const ENGLISH_WORDS: ReadonlySet<string> = new Set(
  'the of and to in is are was were that this for with as on by it be or from an at not can may has have which their its will than also these those such'.split(
    ' ',
  ),
);
const FOREIGN_WORDS: ReadonlySet<string> = new Set(
  'el la los las del que y una un por para con es se su sus más como pero lo al esta este estos son también muy sin sobre entre os uma não com mais dos das em são é les des une du au aux pour dans sur qui pas avec sont cette il elle ils nous vous di della delle degli gli nel nella sono che der das und ist nicht mit ein eine einer zu von dem sich auf für auch wird sind oder het een zijn niet voor'.split(
    ' ',
  ),
);

/** One of those words standing alone, in any case (a match is never more than `FOREIGN_WORDS` finds). */
const FOREIGN_WORD = new RegExp(`(?<!\\p{L})(?:${[...FOREIGN_WORDS].join('|')})(?!\\p{L})`, 'giu');

/**
 * Whether a sentence is written in another language: three or more function words of another
 * language and more than twice as many as English ones. Evident's claims and its reading of
 * effects, scope and negation are English; another language's words meet them only by chance
 * ("actividad anabólica" is no claim Evident has read).
 */
export function inAnotherLanguage(sentence: string): boolean {
  // Most sentences have no three of those words: they are counted first, in one pass that makes
  // no list of the sentence's words.
  FOREIGN_WORD.lastIndex = 0;
  let seen = 0;
  while (seen < 3 && FOREIGN_WORD.test(sentence)) seen++;
  if (seen < 3) return false;
  let english = 0;
  let foreign = 0;
  for (const w of sentence.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (ENGLISH_WORDS.has(w)) english++;
    else if (FOREIGN_WORDS.has(w)) foreign++;
  }
  return foreign >= 3 && foreign > 2 * english;
}

/**
 * Per sentence, whether it states nothing of its own: its line a reference entry, a numbered
 * step or a trial's eligibility criterion, a list of steps, it frames the article, or it is
 * written in another language.
 */
export function silentSentences(text: string, sentences: readonly Span[]): boolean[] {
  const lineOf = new Map<number, boolean>();
  const blocks = blockLines(text);
  return sentences.map((s) => {
    const from = text.lastIndexOf('\n', s.start - 1) + 1;
    let reference = lineOf.get(from);
    if (reference === undefined) {
      const to = text.indexOf('\n', s.start);
      const line = text.slice(from, to < 0 ? text.length : to);
      reference = isReferenceEntry(line) || STEP.test(line) || blocks.has(from);
      lineOf.set(from, reference);
    }
    const body = text.slice(s.start, s.end);
    return reference || framesArticle(body) || stepsUnderLeadIn(body) || inAnotherLanguage(body);
  });
}
