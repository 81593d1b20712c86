/** Allowed values, in rubric order (DESIGN.md, "The claims database"). */
export const VERDICTS = ['supported', 'mixed', 'weak', 'unsupported', 'false'] as const;
export const CERTAINTIES = ['high', 'moderate', 'low', 'very-low'] as const;
export const EVIDENCE_KINDS = [
  'human-trials',
  'human-observational',
  'animal',
  'in-vitro',
  'mechanism',
  'regulatory',
  'none',
] as const;
export const SOURCE_KINDS = [
  'trial',
  'meta-analysis',
  'systematic-review',
  'review',
  'observational',
  'animal',
  'in-vitro',
  'label',
  'regulatory',
  'fact-sheet',
  'guideline',
  'search',
] as const;

/**
 * Units an evidence figure may be recorded in: a closed list, so a page's figure can be
 * converted into the evidence's unit (stated-numbers.ts) or known to be incomparable.
 */
export const FIGURE_UNITS = [
  '%',
  'fold',
  'kg',
  'lb',
  'g',
  'mg',
  'mcg',
  'ng/dL',
  'ng/mL',
  'minutes',
  'hours',
  'days',
  'weeks',
  'months',
] as const;

/** The kinds of claim a topic's profile gives a default verdict for (claims found but not reviewed individually). */
export const CLAIM_KINDS = ['efficacy', 'safety', 'regulatory', 'mechanism', 'dosing'] as const;
/** Where a claim says the finding was made: a rat result stated as a rat result is a different claim from a human benefit. */
export const SCOPES = ['human', 'animal', 'in-vitro'] as const;

export type Verdict = (typeof VERDICTS)[number];
/** Whether a value read from a file is a verdict the rubric knows (a typo is not one). */
export const isVerdict = (v: unknown): v is Verdict => (VERDICTS as readonly unknown[]).includes(v);
export type ClaimKind = (typeof CLAIM_KINDS)[number];
export type Scope = (typeof SCOPES)[number];
export type Certainty = (typeof CERTAINTIES)[number];
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
export type SourceKind = (typeof SOURCE_KINDS)[number];
export type FigureUnit = (typeof FIGURE_UNITS)[number];

/**
 * The figure the evidence reports for the quantity a claim is about ("weight loss at 68
 * weeks", 14.9 %), as a range (low = high for a single figure), so a page's own number
 * can be held against it. Magnitudes: a loss of 14.9% is recorded as 14.9.
 */
export interface EvidenceFigure {
  /** What was measured, in a few words: shown to the reader beside the numbers. */
  quantity: string;
  unit: FigureUnit;
  low: number;
  high: number;
  /** Index into the claim's own `sources`: the record the figure was checked against. */
  source: number;
  /** What the figure is (mean, placebo-subtracted, which arm…), when the quantity alone does not say. */
  note?: string;
}

export interface Source {
  title: string;
  year: number;
  kind: SourceKind;
  pmid?: string;
  doi?: string;
  url: string;
}

export interface Claim {
  id: string;
  claim: string;
  phrasings: string[];
  verdict: Verdict;
  certainty: Certainty;
  evidence: EvidenceKind;
  summary: string;
  sources: Source[];
  reviewed: string;
  /**
   * The scope the claim itself states ("in rats, BPC-157 sped tendon healing" is `animal`).
   * Absent: stated as a fact about people, which is how pages usually state it.
   */
  scope?: Scope;
  /** What kind of assertion it is: a mechanism claim may be `supported` on mechanistic evidence, an efficacy claim not. */
  kind?: ClaimKind;
  /** The figure the evidence reports, for claims a page states with a number. */
  evidenceFigure?: EvidenceFigure;
}

/** The verdict for a kind of claim found on a page but not reviewed individually, and why. */
export interface DefaultVerdict {
  verdict: Verdict;
  reason: string;
}

/** What the evidence on a topic says overall: shown when a page's claim has no reviewed match. */
export interface TopicProfile {
  /** What the substance or therapy is, in one or two plain sentences. */
  what: string;
  /** The best human evidence: its kind, GRADE certainty, and what it found. */
  humanEvidence: { kind: EvidenceKind; certainty: Certainty; summary: string };
  /** Animal evidence, in a sentence or two ("none" when there is none). */
  animalEvidence: string;
  /** Cell and test-tube evidence, in a sentence or two ("none" when there is none). */
  inVitroEvidence: string;
  /** FDA approval and labels, compounding lists, WADA, other regulators. */
  regulatory: string;
  /** Known harms and their size, or what is unknown. */
  harms: string;
  sources: Source[];
  defaults: Record<ClaimKind, DefaultVerdict>;
  reviewed: string;
}

/** One file of `claims/`: a topic, the names pages call it by, and its claims. */
export interface TopicFile {
  topic: string;
  names: string[];
  profile?: TopicProfile;
  claims: Claim[];
}

/** A claim with the topic it came from, as the engine and the UI use it. */
export interface ClaimRecord extends Claim {
  topic: string;
}
