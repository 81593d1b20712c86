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

export type Verdict = (typeof VERDICTS)[number];
export type Certainty = (typeof CERTAINTIES)[number];
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
export type SourceKind = (typeof SOURCE_KINDS)[number];

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
}

/** One file of `claims/`: a topic, the names pages call it by, and its claims. */
export interface TopicFile {
  topic: string;
  names: string[];
  claims: Claim[];
}

/** A claim with the topic it came from, as the engine and the UI use it. */
export interface ClaimRecord extends Claim {
  topic: string;
}
