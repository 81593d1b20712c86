import { ownEntry, type ClaimIndex } from './claim-index';
import { mentionedTopics } from './topic-focus';
import type { Token } from './tokenize';

/*
 * Pages about health-adjacent things that are not health: a chemistry procedure, where "HMB"
 * is a resin linker; a shop's return, shipping or payment policy, where "opened vials" is a
 * condition of sale. Each is recognised by how many distinct words of its kind the page says.
 */

/**
 * Words of a bench procedure in synthetic chemistry: the resin and linker a peptide is built
 * on, its protecting groups and coupling reagents, the solvents, amounts and work-up. A vendor's
 * purity line ("HPLC-tested", "lyophilised powder", "TFA salt") is not among them: a shop page
 * for a supplement says those, and its short names must keep naming the supplement; nor are
 * words a supplement page uses too ("creatine anhydrous", "free-radical scavengers").
 */
const LAB_WORDS =
  /\b(?:resins?|linkers?|fmoc|boc|coupling (?:reagents?|reactions?|steps?)|deprotect(?:ion|ed)|piperidine|dmf|dcm|dipea|hatu|hbtu|hobt|oxyma|mmol|equiv|in vacuo|filtrates?|eluents?|stirred|refluxed|spps|solid[- ]phase (?:synthesis|support))\b/gi;
/** Distinct lab words that make a text read as a procedure: one or two happen in any article. */
const LAB_MIN_WORDS = 3;

/**
 * Whether a text reads as a bench procedure in chemistry (a peptide built on a resin, a
 * coupling step, a work-up) rather than about health: there "HMB" is a resin linker and "DIM"
 * a reagent, not the supplements of those names.
 */
export function readsAsLabProcedure(text: string): boolean {
  return saysDistinct(text, LAB_WORDS, LAB_MIN_WORDS);
}

/** Whether a text says at least `least` distinct words of `words` (a global regex), plurals as one. */
function saysDistinct(text: string, words: RegExp, least: number): boolean {
  const seen = new Set<string>();
  for (const m of text.matchAll(words)) {
    seen.add(m[0].toLowerCase().replace(/s$/, ''));
    if (seen.size >= least) return true;
  }
  return false;
}

/**
 * A short name as a page spells an abbreviation: two to four capitals ("HMB", "NAC", "DHEA"),
 * or a capital and one or two small letters ("Hmb", the way chemists write protecting groups).
 * "Zinc" and "Iron" are words, not abbreviations.
 */
const ABBREVIATION = /^(?:[A-Z]{2,4}|[A-Z][a-z]{1,2})$/;

/**
 * Drops, from a page's tokens (per sentence, in place), the short abbreviations that would
 * name a topic on their own, on a page that reads as a chemistry procedure: such a name means
 * something else there, and it neither names its topic nor counts as a word of a claim. It
 * stands where the page also gives one of the topic's longer names ("beta-hydroxy
 * beta-methylbutyrate (HMB)"): then the page has said which HMB it means.
 */
export function withoutLabAbbreviations(tokens: Token[][], text: string, index: ClaimIndex): void {
  const short = (t: Token) => ABBREVIATION.test(text.slice(t.start, t.end)) && isOneWordName(t.term, index);
  const corroborated = new Set(
    tokens.flatMap((list) =>
      mentionedTopics(
        list.filter((t) => !short(t)),
        index,
      ),
    ),
  );
  for (let i = 0; i < tokens.length; i++) {
    tokens[i] = tokens[i]!.filter(
      (t) => !short(t) || (ownEntry(index.names, t.term) ?? []).some(([topic]) => corroborated.has(topic)),
    );
  }
}

function isOneWordName(term: string, index: ClaimIndex): boolean {
  return (ownEntry(index.names, term) ?? []).some(([, terms]) => terms.length === 1);
}

/**
 * Words of a shop's or clinic's policy on returns, shipping, payment and cancellation: what it
 * refunds or exchanges, on what condition ("unopened", "damaged in transit", "restocking fee"),
 * how it delivers, what a cancelled booking or membership costs.
 * Distinct words count, so "return" said three times is one. A detox-tea seller's "Returns and
 * Refund Policy" (round 96's negative WY06) said "refund" alone of them, and its "allergic to an
 * ingredient" was marked: "refund policy", "postage", "money-back guarantee", "lost or damaged"
 * are a policy's words too. Of the cached labelled pages with claims (tuning split, rounds 80-96,
 * the frozen split not read), none says more than one distinct such word, old or new.
 */
const POLICY_WORDS =
  /\b(?:refunds?|refunded|returns? (?:policy|window|shipping|label|request)|exchanges?|restocking|store credit|unopened|unused|original packaging|proof of purchase|order number|non-returnable|returnable|shipping (?:policy|method|costs?|details|rates?)|delivery (?:process|timeframes?|times?|address)|business days|dispatch(?:ed)?|tracking number|payment (?:policy|methods?|terms)|cancell?ations?|cancell?ed|reschedul(?:e|ed|ing)|(?:advance|sufficient|prior|24[- ]hours?['’]?) notice|membership (?:agreement|fees?|terms)|charged in full|full charge|no-shows?|late fees?|subscription (?:policy|terms)|refund policy|returns and refunds?|postage|money[- ]back guarantees?|lost or damaged)\b/gi;
const POLICY_MIN_WORDS = 3;

/** Whether a text reads as a shop's or clinic's policy (returns, shipping, payment, bookings) rather than about health. */
export function readsAsShopPolicy(text: string): boolean {
  return saysDistinct(text, POLICY_WORDS, POLICY_MIN_WORDS);
}

/**
 * Words of a privacy policy or notice: what personal or health data a business collects, whom it
 * discloses it to, and the rights a reader has over it. A clinic's "Consumer Health Data Privacy
 * Policy" lists "medications, prescriptions, and dosage (including GLP-1 receptor agonists)" as
 * data it may hold, and says nothing of what they do.
 */
const PRIVACY_WORDS =
  /\b(?:privacy (?:policy|notice|practices|rights)|personal (?:information|data)|consumer health data|health data|data subjects?|opt[- ]out|third[- ]part(?:y|ies)|cookies|we collect|collect(?:ed)? (?:and|or) (?:use|process)|disclos(?:e|ure) (?:of )?(?:your|personal)|data (?:protection|retention|controller|processor)|GDPR|CCPA|HIPAA|process(?:ing)? (?:of )?(?:your|personal)|right to (?:access|delete|deletion|correct|know)|unsubscribe|affiliates|service providers|applicable (?:state )?laws?)\b/gi;
const PRIVACY_MIN_WORDS = 3;
/**
 * How densely it says them, per 1,000 characters: a policy says them throughout (6-9 on the three
 * policies among the labelled negatives), an article's cookie notice or footer a few times in all.
 * Of the 733 cached labelled pages with claims, none says more than one distinct such word.
 */
const PRIVACY_PER_1000 = 3;

/** Whether a text reads as a privacy policy or notice rather than about health. */
export function readsAsPrivacyPolicy(text: string): boolean {
  if (!saysDistinct(text, PRIVACY_WORDS, PRIVACY_MIN_WORDS)) return false;
  const said = text.match(PRIVACY_WORDS)?.length ?? 0;
  return said * 1000 >= PRIVACY_PER_1000 * text.length;
}

/**
 * Words of a business's terms and conditions: the contract a reader agrees to, its parties,
 * liabilities and governing law. A menopause clinic's terms say it "provides specialist medical
 * services relating to the treatment of the symptoms of the menopause", which is who it is, not
 * what the treatment does. Of the 1,038 cached labelled pages (tuning split and every round's),
 * no page with claims says more than one distinct such word; terms pages among the negatives say 3-9.
 * An affiliate agreement is such a contract ("this agreement", "affiliate program"): round 95's
 * spermidine seller's had one mark ("protecting you" read as a benefit) with two words before
 * these; of the 1,038 pages and round 95's 36, still none with claims says more than one.
 */
const TERMS_WORDS =
  /\b(?:terms (?:and|&) conditions|terms of (?:service|use|sale)|these terms|agree to be bound|bound by these|governing law|limitation of liability|liabilit(?:y|ies)|indemnif\w*|in breach|breach of|(?:the|this) contract|company number|registered in (?:england|scotland|wales|ireland)|force majeure|jurisdiction|hereby|herein|thereof|hereunder|shall (?:be|not|have)|this agreement|affiliate (?:agreement|program(?:me)?))\b/gi;
const TERMS_MIN_WORDS = 3;

/** Whether a text reads as terms and conditions (of service, use or sale) rather than about health. */
export function readsAsTermsOfService(text: string): boolean {
  return saysDistinct(text, TERMS_WORDS, TERMS_MIN_WORDS);
}

/**
 * Words of a laboratory's use of a substance as a stain or reagent: slides, smears, specimens,
 * microscopy, histology. A page on what methylene blue stain shows under a microscope is about
 * the dye, not about taking it. On the 1,997 tuning pages, no page with claims says more than two
 * distinct such words; the one stain protocol among the negatives says ten.
 */
const STAIN_WORDS =
  /\b(?:stain(?:s|ed|ing)?|counterstain\w*|microscop(?:e|es|ic|y)|slides?|smears?|specimens?|histolog\w*|cytolog\w*|morpholog\w*|fixatives?|gram[- ](?:positive|negative|stain)|mounting|reagents?|laborator(?:y|ies))\b/gi;
const STAIN_MIN_WORDS = 4;

/** Whether a text reads as a laboratory's use of a stain or reagent rather than about taking it. */
export function readsAsStainProtocol(text: string): boolean {
  return saysDistinct(text, STAIN_WORDS, STAIN_MIN_WORDS);
}

/**
 * Words of a bench assay that measures a substance in samples (a kit's procedure for glutathione
 * in tissue, plasma or cells; an ELISA kit for a hormone): spinning, lysing and diluting samples,
 * pipetting them into a plate, incubating it with a conjugate, reading absorbance or light. "Add
 * ddH2O to reduce the concentration of SSA" there is a step, not an effect of the substance. Each
 * stem counts once ("centrifuge", "centrifugation"). On the tuning pages and the rounds' pages
 * with claims, none says more than two distinct such words; the two assay kits among the
 * negatives say nine and eleven.
 */
const ASSAY_WORDS =
  /\b(?:supernatant|centrifug|homogeni[sz]|pipett|microplate|microtit|absorbance|aliquot|vortex|incubat|lysate|lyse[sd]?\b|standard curve|assay (?:kit|procedure|buffer|protocol|principle|type|duration|range)|elisa|conjugate|chemiluminescent|kit insert|ddh2o|[μµ]l\b)/gi;
const ASSAY_MIN_WORDS = 4;

/** Whether a text reads as a bench assay of a substance in samples rather than about taking it. */
export function readsAsAssayProcedure(text: string): boolean {
  return saysDistinct(text, ASSAY_WORDS, ASSAY_MIN_WORDS);
}

/**
 * Words of a laboratory's catalogue entry for a test (a blood test's specimen requirements):
 * the specimen's type, volume, container and collection, its transport, stability and rejection,
 * the codes and days the test runs, its reference values. "Males: 241-827 ng/dL" there is the
 * laboratory's own reference interval for its assay, not a claim about anyone's testosterone.
 * On the tuning pages and the rounds' pages with claims, none says more than one distinct such
 * word; the test listings among their negatives say four to sixteen. (Round 86's, a hospital
 * manual's entry for free testosterone, said three of the words first listed: "Specimen
 * Required", "Collection Devices", "Test Indications" and "Orderable by" were added for it; round
 * 90's, a vitamin D test's specimen rules written as prose, said two: "serum-separator" with its
 * hyphen, "freeze-thaw" and "hemolyzed" were added for it. Round 92's, a lipid panel's page, said
 * two: "preparation instructions", "patient preparation", "blood draw", "test includes" and
 * "prior to collection" were added for it. No cached page with claims says two of the words.)
 */
const TEST_LISTING_WORDS =
  /\b(?:specimens? (?:type|volume|requirements?|required|collection|stability|rejection|handling|transport|container|preparation)|collection devices?|test indications?|orderable|minimum volume|collection instructions|transport temperature|(?:red|gold|lavender|green|tiger|gr[ae]y)[- ]tops?|serum[- ]separator|freeze[- ]thaw|ha?emoly[sz]ed|sst|cpt(?: codes?| coding)?|test codes?|performing (?:laboratory|lab|site)|turnaround(?: time)?|methodology|rejection criteria|reference (?:values?|ranges?|intervals?)|days? (?:performed|test set up)|refrigerated|ambient|stability|preparation instructions|patient preparation|blood draws?|tests? includes?|(?:prior to|before) (?:specimen )?collection|collection of the specimen)\b/gi;
const TEST_LISTING_MIN_WORDS = 4;

/** Whether a text reads as a laboratory's catalogue entry for a test rather than about health. */
export function readsAsTestListing(text: string): boolean {
  return saysDistinct(text, TEST_LISTING_WORDS, TEST_LISTING_MIN_WORDS);
}
