import type { Certainty, Scope, Verdict } from './claim-types';
import { NEGATIONS } from './stop-words';
import { tokenize, type Token } from './tokenize';
import { statedScope } from './stated-scope';

/**
 * Statements about the evidence itself: "human data is limited", "the benefits are not well
 * researched", "backed by extensive clinical research", "animal studies have yielded promising
 * results". Each topic's profile rates its best human evidence (GRADE certainty) and says
 * whether animal or cell studies exist, so such a statement can be checked against it even
 * though no reviewed claim words it.
 */
export type Appraisal = 'thin' | 'strong';

export interface EvidenceStatement {
  appraisal: Appraisal;
  /** Whose evidence the sentence appraises: people's, or animals' or cells'. */
  scope: Scope;
}

const terms = (words: string) => new Set(tokenize(words).map((t) => t.term));
/** What a statement about evidence is about. */
const EVIDENCE = terms('evidence data research study trial science literature rct report');
/** Words that call it thin. */
const THIN = terms(
  'limited lacking lack early preliminary sparse scarce insufficient anecdotal unproven inconclusive absent zero conflicting inconsistent contradictory scant little',
);
/**
 * Evidence still being gathered: "its effects in humans are still under investigation", "more
 * extensive human trials are needed" (which calls today's evidence thin, however it words the trials).
 */
const UNDER_STUDY =
  /\b(?:under (?:investigation|study)|being (?:studied|investigated|researched)|(?:a )?subject of (?:ongoing |active |further )?(?:investigation|research|study|debate))\b|\b(?:more|further|additional|larger|longer)\b[^.;]{0,60}\b(?:are|is) (?:still )?(?:needed|required|warranted)\b|\buntil (?:more|further|better|stronger|larger)\b/i;
/**
 * The evidence called thin before what it would support: "there is limited evidence to support
 * its use", "conflicting evidence supporting its benefits", "little data that it works". The
 * sentence appraises the evidence; it does not state the effect, whatever effect words it holds.
 */
const APPRAISES_SUPPORT =
  /\b(?:limited|little|no|insufficient|scant|sparse|conflicting|inconsistent|weak|lacking|inconclusive|preliminary)\s+(?:\w+\s+)?(?:evidence|data|research|studies)\s+(?:to support|supporting|for|that|behind|on)\b/i;

/** Whether a sentence calls the evidence thin before what it would support (APPRAISES_SUPPORT). */
export function appraisesSupport(body: string): boolean {
  return APPRAISES_SUPPORT.test(body);
}

/** People named in a sentence: what is still being studied "in humans" is the human evidence. */
const IN_PEOPLE = /\b(?:humans?|people|patients|adults|men|women)\b/i;
/** Words that call it strong. */
const STRONG = terms(
  'strong robust solid proven established extensive conclusive overwhelming consistent replicated confirmed promising',
);
/** Words a negation turns into "thin": "not well researched", "not proven", "no strong evidence". */
const NEGATED_STRONG = terms('well proven established strong robust solid conclusive');
/** A reference list or a citation is not a statement about the evidence. */
const CITATION = /\bPMID\b|\bdoi:|\bet al\./i;
/** How near (in content words) an appraisal must stand to a word for the evidence. */
const APPRAISAL_REACH = 4;
/** How near the negation the strong word must follow. */
const NEGATION_REACH = 2;

/**
 * The human evidence called missing without a word for evidence: "not clinically validated",
 * "never scientifically tested", "mostly animal and cell-based", "tested only in mice", "on
 * animals only". ("Mostly cells" is left out: blood and tissue are mostly cells.)
 */
const NO_HUMAN_EVIDENCE =
  /\b(?:not|never|nor) (?:yet )?(?:been )?(?:clinically|scientifically) (?:proven|validated|tested|established)\b|\b(?:mostly|largely|only|entirely|primarily|mainly) (?:from |in |on )?(?:animals?|preclinical|rodents?|mice|rats|cell[- ]based)\b|\b(?:animals?|rodents?|mice|rats) only\b/i;

/** The appraisal of the evidence a sentence states, or null when it states none (or both). */
export function evidenceStatement(body: string, tokens: readonly Token[]): EvidenceStatement | null {
  if (CITATION.test(body)) return null;
  // Evidence still being gathered is thin whatever else the sentence calls it.
  if (UNDER_STUDY.test(body)) return { appraisal: 'thin', scope: IN_PEOPLE.test(body) ? 'human' : statedScope(tokens) };
  if (NO_HUMAN_EVIDENCE.test(body)) return { appraisal: 'thin', scope: 'human' };
  // The appraisal must be said of the evidence: "human data is limited", "extensive clinical
  // research", not "limited" anywhere in a sentence that also mentions a study.
  const evidenceAt: number[] = [];
  tokens.forEach((t, k) => {
    if (EVIDENCE.has(t.term) || t.term.startsWith('research')) evidenceAt.push(k);
  });
  if (evidenceAt.length === 0) return null;
  const nearEvidence = (k: number) => evidenceAt.some((e) => Math.abs(e - k) <= APPRAISAL_REACH);
  let thin = false;
  let strong = false;
  for (let k = 0; k < tokens.length; k++) {
    const term = tokens[k]!.term;
    if (!nearEvidence(k)) continue;
    if (THIN.has(term)) thin = true;
    else if (STRONG.has(term)) {
      const negated = tokens.slice(Math.max(0, k - NEGATION_REACH), k).some((t) => NEGATIONS.has(t.term));
      if (negated) thin = true;
      else strong = true;
    } else if (
      NEGATIONS.has(term) &&
      tokens.slice(k + 1, k + 1 + NEGATION_REACH).some((t) => NEGATED_STRONG.has(t.term))
    )
      thin = true;
  }
  const scope = statedScope(tokens);
  // "Preliminary studies in animals have shown promising results": early, but there; in
  // people, "early but promising" still calls the human evidence thin.
  if (thin && strong) return { appraisal: scope === 'human' ? 'thin' : 'strong', scope };
  if (!thin && !strong) return null;
  return { appraisal: thin ? 'thin' : 'strong', scope };
}

const LOW: ReadonlySet<Certainty> = new Set(['low', 'very-low']);

/**
 * The verdict on an appraisal, against the topic's own rating: "the human evidence is limited"
 * is right about a substance whose best human evidence is of low certainty and wrong about one
 * rated high; "promising animal studies" is right where animal or cell studies exist.
 */
export function appraisalVerdict(statement: EvidenceStatement, certainty: Certainty, preclinical: boolean): Verdict {
  const { appraisal, scope } = statement;
  if (scope !== 'human') {
    if (appraisal === 'strong') return preclinical ? 'supported' : 'unsupported';
    return preclinical ? 'mixed' : 'supported';
  }
  // A page that calls the human evidence thin is nearly always right about what it is writing of:
  // a drug rated high for its main use is still thinly studied for alcohol, smoking or longevity,
  // and the profile rates the main use. (Rounds 20-54 first met: pole 4543 -> 4549; tuning 9896 -> 9900.)
  if (appraisal === 'thin') return 'supported';
  return certainty === 'high' ? 'supported' : certainty === 'moderate' ? 'mixed' : 'unsupported';
}

/** The reason the popover gives for that verdict, in plain words. */
export function appraisalReason(statement: EvidenceStatement, certainty: Certainty, preclinical: boolean): string {
  const says =
    statement.scope === 'human'
      ? `The page calls the human evidence ${statement.appraisal}`
      : `The page calls the ${statement.scope === 'animal' ? 'animal' : 'cell'} evidence ${statement.appraisal}`;
  const rated =
    statement.scope === 'human'
      ? `Evident rates the best human evidence on it ${certainty.replace('-', ' ')} certainty (GRADE)`
      : preclinical
        ? 'animal or cell studies of it exist'
        : 'Evident knows of no animal or cell studies of it';
  // One sentence: the popover's first line shows the first sentence of a summary.
  const use =
    statement.scope === 'human' && statement.appraisal === 'thin' && !LOW.has(certainty)
      ? ', for its main use (for other uses the evidence can be thin)'
      : '';
  return `${says}; ${rated}${use}.`;
}
