import type { ClaimKind } from './claim-types';
import { tokenize, type Token } from './tokenize';

/**
 * The claim detector: whether a sentence that no reviewed claim matches still makes a
 * checkable claim, and of which kind. It reads terms after the thesaurus (so "boosts" is
 * `dir:up`, "FDA approval" is `fda approv`), in a fixed order: a sentence about approval
 * that also says "improves" is a regulatory claim first.
 *
 * It never fires on text with no health predicate: definitions ("X is a peptide of 15
 * amino acids"), instructions ("talk to your doctor"), or prices and product names.
 */
/** Symptoms, which a substance may cause, relieve, or be taken in spite of. */
const SYMPTOM_WORDS =
  'nausea headache dizziness swelling redness itching rash vomiting diarrhea constipation fatigue insomnia palpitations ' +
  'soreness tenderness bruising bleeding upset cramps cramping bloating acne';

const KIND_WORDS: readonly [ClaimKind, string][] = [
  ['regulatory', 'fda approval ban wada doping legal illegal prescription unapproved 503a 503b schedule'],
  [
    'safety',
    'side-effect safe risk toxic toxicity harm danger dangerous tolerated contraindicated warning ' +
      `cancer worsen overdose allergic interact interaction cause unsafe damage deplete addictive addiction dependence withdrawal stroke clot complication adverse harmless hazardous lethal ${SYMPTOM_WORDS}`,
  ],
  ['dosing', 'dose mcg mg iu ml cycle protocol'],
  [
    'mechanism',
    'receptor pathway signal signaling bind binds mimic mimics mimicking mechanism agonist analog activate half-life bioavailability target involved ' +
      'inhibitor modulate mobilize methylate ' +
      'block convert vital crucial critical precursor',
  ],
  [
    'efficacy',
    'increase decrease improve preserve heal treat cure prevent effective faster relieve relief reverse ' +
      'antioxidant help helpful beneficial excellent ideal regulate balance normalize stabilize fight combat kill eliminate alleviate ease counteract nootropic aid slow anti ' +
      'safeguard fortify build rebuild calm soothe relax smooth clear tighten firm brighten energize sharpen detoxify thicken ' +
      'anticancer antiviral antibacterial antimicrobial antifungal antidepressant',
  ],
];

/**
 * Words of talk about a substance rather than claims about it: "has attracted attention for
 * its potential benefits", "this article explores", "is one of the rising stars", "is taking
 * the internet by storm", "a sought-after treatment", "traditionally used to…" (a use, not a finding).
 */
const META = new Set(
  tokenize(
    'popular popularity article guide explores explore overview trend hype star interest ' +
      'closer understanding conversation instagram sought waves storm billion traditionally question',
  ).map((t) => t.term),
);

/**
 * The same talk where the words are joined by a hyphen, which the tokenizer splits into stop
 * words ("a go-to supplement", "a sought-after treatment"): matched on the sentence as written.
 */
const META_PHRASES =
  /\bgo-to\b|\bsought-after\b|\bbuil(?:d|ds|t|ding) (?:on|upon)\b|\b(?:attract|gain|draw|drew|drawn|garner|receiv|get|got|captur|caught|deserv)\w*\s+(?:\w+\s+){0,3}attention\b/i;

/**
 * Advice to see a professional, wherever it stands in the sentence: "anyone considering these
 * compounds should consult a qualified healthcare professional", "before taking MHT pills, talk
 * with your health care provider about the risks and benefits", "users are encouraged to have
 * their moles checked".
 */
const SEE_A_PROFESSIONAL =
  /\b(?:consult(?:ing)?(?: with)?|talk(?:ing)? (?:to|with)|speak(?:ing)? (?:to|with)|check(?:ing)? with)\s+(?:a|an|your|the|their)\s+(?:qualified\s+|licensed\s+)?(?:doctor|physician|healthcare|health care|medical|provider|pharmacist|professional|clinician)|\b(?:are|is) (?:strongly )?(?:encouraged|advised) to\b|\bshould (?:be )?discuss(?:ed)?\b[^.;]{0,100}\bwith (?:a|an|your|their)\s+(?:doctor|physician|healthcare|health care|medical|provider|pharmacist|clinician)|\bshould be (?:regularly |closely )?(?:monitored|checked|tested)\b|\bworth reading up on\b/i;

/**
 * A comparison of numbers ("less than 48 hours"), a service named by its aim ("weight loss
 * injections"), or a body that oversees ("a CQC-regulated clinic"), which regulates nothing in the body.
 */
const NO_EFFECT_WORDS =
  '(?<=\\w-)regulated\\b|\\b(?:less|more|fewer|lower|higher|greater)\\s+than\\s+(?=[\\d$£€])|\\bweight[- ]loss(?=\\s+(?:injections|programs?|clinics?|services?|treatments|therapies|medications|shots|plans?|patients?|consultations?|providers?|requirements?|packages?|appointments?)\\b)';
const NO_EFFECT = new RegExp(NO_EFFECT_WORDS, 'i');
const NO_EFFECT_ALL = new RegExp(NO_EFFECT_WORDS, 'gi');

/** A part played in the body: "plays a crucial role in the production of NAD+" (not "testosterone's role"). */
const PLAYS_A_ROLE = /\b(?:plays?|playing|played|has|have|had)\s+(?:a|an)\s+(?:\w+\s+){0,2}role\s+in\b/i;

/**
 * The writer's own taste or experience: "one of my favorite nootropics", "in my personal
 * experience, Semax is more stimulating", "what I would expect a nootropic to do".
 */
const OPINION =
  /\bin my (?:own |personal )?(?:experience|opinion|view)\b|\bmy (?:personal |all-time )?(?:favou?rite|go-to|pick)\b|\bI (?:personally |would |'d )?(?:think|feel|believe|love|like|prefer|expect|would expect)\b|\bI (?:realized|realised|decided|learned|learnt|wanted|remember|began|started)\b|\bmy (?:first |own )?(?:realization|realisation|journey|story|passion|interest|career|practice|mission)\b/i;

/**
 * "Used in the treatment of ulcers", "a treatment for hair loss": a use claimed. "Testosterone
 * therapy treatment" on a booking page names a service, and is no claim.
 */
const TREATMENT_OF = /\btreatments? (?:of|for) (?!your\b|you\b|our\b)\w/i;

/**
 * A substance held up against another: "as good as blood-pressure pills", "works like Botox",
 * "beats oral ALA", "a natural alternative to GLP-1 drugs", "superior to whey".
 */
const COMPARES =
  /\b(?:as (?:good|effective|strong|powerful) as|works? (?:like|as well as|better than|just as)|(?:beats?|outperforms?|rivals?)\s+\w|superior to|(?:natural |safer |cheaper )?alternative to)\b/i;

/** The lexicon as terms: each word through the same tokenizer as pages, so "approval" is the term "approved" gives. */
const KIND_TERMS: readonly [ClaimKind, ReadonlySet<string>][] = KIND_WORDS.map(([kind, words]) => [
  kind,
  new Set(tokenize(words).map((t) => t.term)),
]);

/** Each kind's lexicon, looked up by kind. */
const LEXICON: ReadonlyMap<ClaimKind, ReadonlySet<string>> = new Map(KIND_TERMS);

/** Words that open an instruction or a call to act, not a claim. */
const IMPERATIVES = new Set([
  'consult',
  'talk',
  'ask',
  'click',
  'buy',
  'shop',
  'order',
  'contact',
  'call',
  'book',
  'schedule',
  'learn',
  'read',
  'see',
  'check',
  'subscribe',
  'sign',
  'join',
  'visit',
  'speak',
  'discuss',
  'store',
  'keep',
  'follow',
  'use',
  'avoid',
  'start',
  'stop',
  'make',
  'try',
  'find',
  'discover',
  'explore',
  'add',
  'save',
  'get',
  'pack',
  'package',
  'return',
  'ship',
  'send',
  'please',
  'ensure',
  'protect',
  'install',
  'place',
  'clean',
  'wear',
  'remember',
  'take',
  'email',
  'include',
  'attach',
  'print',
  'wait',
  'fill',
  'complete',
]);

/** A claim has room for a subject and a predicate; a caption or a button label has not. */
const MIN_WORDS = 5;
/** Past this a "sentence" is a run-on block (a table flattened into a line): nothing to judge as one claim. */
const MAX_WORDS = 60;

/**
 * Every kind of claim a sentence makes, in the detector's order (none when it makes none worth
 * marking): "12 mg dose: 28.7% weight loss at 68 weeks" states a dose and an effect, and
 * whoever judges it may need the second. `words` is the sentence's word count, `first` its
 * first word as written (lower-cased; after a step's label, the word that follows it), `text`
 * the sentence as written.
 */
export function claimKinds(
  tokens: readonly Token[],
  words: number,
  first: string,
  minWords = MIN_WORDS,
  text = '',
): ClaimKind[] {
  if (
    words < minWords ||
    words > MAX_WORDS ||
    IMPERATIVES.has(first) ||
    META_PHRASES.test(text) ||
    SEE_A_PROFESSIONAL.test(text) ||
    OPINION.test(text)
  )
    return [];
  const terms = new Set(tokens.map((t) => t.term));
  for (const t of terms) if (META.has(t)) return [];
  // "Cancelled less than 48 hours ahead", "patients on weight loss injections": a comparison of
  // numbers and a service's name say no effect; their words do not make the sentence a claim.
  if (text && NO_EFFECT.test(text)) {
    const said = new Set(tokenize(text.replace(NO_EFFECT_ALL, ' ')).map((t) => t.term));
    for (const t of [...terms]) if (!said.has(t)) terms.delete(t);
  }
  const kinds = KIND_TERMS.filter(
    ([kind, lexicon]) =>
      ([...terms].some((t) => lexicon.has(t) || (kind === 'efficacy' && PROTECTIVE.test(t))) ||
        (kind === 'mechanism' && PLAYS_A_ROLE.test(text))) &&
      kindHolds(kind, terms, text),
  ).map(([kind]) => kind);
  if (kinds.length === 0 && (TREATMENT_OF.test(text) || COMPARES.test(text))) return ['efficacy'];
  if (treatsHarm(kinds, terms, text)) return ['efficacy', ...kinds.filter((k) => k !== 'efficacy')];
  // "Memory and processing speed under stress or fatigue": a symptom named as the setting.
  return symptomAsSetting(kinds, terms) ? kinds.filter((k) => k !== 'safety') : kinds;
}

/**
 * The harms a substance may be said to act against: "effective in cancers", "reduces the risk of
 * fractures". Any other safety word ("safe", "side effects", "nausea") keeps a sentence a safety claim.
 */
const HARMS: ReadonlySet<string> = new Set(tokenize('cancer risk toxic toxicity harm danger').map((t) => t.term));
/** What a sentence does to a harm when it claims a benefit: "reduces toxicity", "effective in cancers". */
const AGAINST_HARM: ReadonlySet<string> = new Set(
  tokenize(
    'decrease improve prevent treat treatment cure effective fight combat kill counteract ' +
      'alleviate relieve reverse heal mitigate safeguard',
  ).map((t) => t.term),
);
/**
 * A harm another agent brings on: "damage caused by UV rays", "UV-induced damage", "the damage
 * that UV rays can cause". Its cause is not the substance's, so it does not make the sentence
 * one about the substance's harms.
 */
const OTHERS_HARM =
  /\b(?:caused|induced|triggered|brought on)\s+by\b|\w-induced\b|\bthat\s+(?:\w+\s+){1,3}(?:can\s+|may\s+|might\s+|could\s+|often\s+)?(?:cause|causes|trigger|triggers)\b/gi;

/**
 * A harm named as what a substance acts against is a benefit claimed, not a safety fact:
 * "effective in several cancers", "prevents chemotherapy-induced toxicity". A sentence that
 * also speaks of safety itself ("safe", "side effects", "nausea") stays a safety claim first.
 */
function treatsHarm(kinds: readonly ClaimKind[], terms: ReadonlySet<string>, text: string): boolean {
  if (kinds[0] !== 'safety' || !kinds.includes('efficacy')) return false;
  const safety = LEXICON.get('safety')!;
  const brought = text ? new Set(tokenize(text.replace(OTHERS_HARM, ' ')).map((t) => t.term)) : terms;
  let against = false;
  for (const t of terms) {
    if (brought.has(t) && ((safety.has(t) && !HARMS.has(t) && !SYMPTOMS.has(t)) || BRINGS.has(t))) return false;
    if (AGAINST_HARM.has(t)) against = true;
  }
  return against;
}

const SYMPTOMS: ReadonlySet<string> = new Set(tokenize(SYMPTOM_WORDS).map((t) => t.term));
/** A substance bringing a symptom on: "causes less nausea" is still about its harms. */
const BRINGS: ReadonlySet<string> = new Set(
  tokenize('cause trigger experience report develop side-effect').map((t) => t.term),
);
/** What makes a symptom a harm the substance brings: it causes it, users get it, it is common. */
const CAUSES: ReadonlySet<string> = new Set([
  ...BRINGS,
  ...tokenize('induce lead result occur common commonly rare mild severe risk worsen').map((t) => t.term),
]);

/**
 * A sentence whose only safety words are symptoms, named neither as caused nor as relieved,
 * names them as the setting: "mental clarity and memory, especially under stress or fatigue".
 */
function symptomAsSetting(kinds: readonly ClaimKind[], terms: ReadonlySet<string>): boolean {
  if (!kinds.includes('safety') || kinds.length < 2) return false;
  const safety = LEXICON.get('safety')!;
  for (const t of terms)
    if ((safety.has(t) && !SYMPTOMS.has(t)) || CAUSES.has(t) || t.startsWith('dir:up')) return false;
  return true;
}

/** "Neuroprotective", "hepatoprotective", "cardioprotective": an effect stated as an adjective. */
const PROTECTIVE = /^[a-z]+protectiv$/;

/** What makes an amount a dose: how often, or how it is taken ("250 mcg twice daily", "inject 2 mg weekly"). */
const DOSING_CONTEXT: ReadonlySet<string> = new Set(
  tokenize('dose dosage daily weekly day week twice once injected take given administered morning bedtime').map(
    (t) => t.term,
  ),
);

/** Safety words that say only that there are harms, not which, how serious or how common. */
const GENERIC_SAFETY: ReadonlySet<string> = new Set(tokenize('side-effect risk warning').map((t) => t.term));
/** What makes talk of side effects a claim: how serious, how common, how lasting, whether any. */
const HARM_CHARACTER: ReadonlySet<string> = new Set(
  tokenize(
    'mild moderate serious severe rare rarely common commonly frequent minimal minor significant temporary ' +
      'permanent fatal deadly low high well no none without few fewer many most less lesser more small portion',
  ).map((t) => t.term),
);
/** ...or which harm: "the risk of blood clots", "side effects such as nausea", "side effects: nausea". */
const NAMES_HARM = /\brisks? (?:of|for)\s+\w|\b(?:such as|includ(?:e|es|ing))\s+\w|:\s*\w/i;

/**
 * A safety claim says something checkable of the harms: "some people might experience side
 * effects", "there are several potential side effects users should be aware of" and "may have
 * interactions with certain drugs" say only that there are some, which is true of everything.
 */
function saysWhichHarm(terms: ReadonlySet<string>, text: string): boolean {
  const safety = LEXICON.get('safety')!;
  for (const t of terms)
    if ((safety.has(t) && !GENERIC_SAFETY.has(t)) || HARM_CHARACTER.has(t) || t.startsWith('dir:') || /^\d/.test(t))
      return true;
  return NAMES_HARM.test(text);
}

/**
 * Dosing needs a figure and a dosing context: "5 mg vial, $49.99" is a product listing, not a
 * dose. Safety needs to say which harm, or how serious or common (saysWhichHarm).
 */
function kindHolds(kind: ClaimKind, terms: ReadonlySet<string>, text: string): boolean {
  if (kind === 'safety') return saysWhichHarm(terms, text);
  if (kind !== 'dosing') return true;
  let figure = false;
  let context = false;
  for (const t of terms) {
    if (/^\d/.test(t)) figure = true;
    if (DOSING_CONTEXT.has(t)) context = true;
  }
  return figure && context;
}

/** Whether a term says what a claim of `kind` claims (its lexicon word, or an effect's direction). */
export function claimsKindWord(term: string, kind: ClaimKind): boolean {
  if (term.startsWith('dir:')) return true;
  return LEXICON.get(kind)!.has(term);
}
