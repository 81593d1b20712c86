import type { Certainty, EvidenceKind, Verdict } from '../core/claim-types';

/** Most serious first: the order of the popup's summary and of its lists. */
export const VERDICT_ORDER: readonly Verdict[] = ['false', 'unsupported', 'weak', 'mixed', 'supported'];

export const VERDICT_LABELS: Record<Verdict, string> = {
  false: 'False',
  unsupported: 'Unsupported',
  weak: 'Weak evidence',
  mixed: 'Mixed evidence',
  supported: 'Supported',
};

/** One line under the verdict: what the rubric (DESIGN.md) means by it. */
export const VERDICT_MEANINGS: Record<Verdict, string> = {
  false: 'Contradicted by good evidence or the official record.',
  unsupported: 'No credible evidence for the claim as stated.',
  weak: 'Plausible, but resting on animal, lab or small uncontrolled studies.',
  mixed: 'Partly right: true for some people or doses, or overstated.',
  supported: 'Consistent with good human evidence or an official record.',
};

export const CERTAINTY_LABELS: Record<Certainty, string> = {
  high: 'High',
  moderate: 'Moderate',
  low: 'Low',
  'very-low': 'Very low',
};

export const EVIDENCE_LABELS: Record<EvidenceKind, string> = {
  'human-trials': 'Human trials',
  'human-observational': 'Human observational studies',
  animal: 'Animal studies',
  'in-vitro': 'Lab (in-vitro) studies',
  mechanism: 'Mechanism only',
  regulatory: 'Regulatory record',
  none: 'No evidence found',
};

/** Verdict colours: strong enough for a white label on them (WCAG AA), used by every view. */
export const VERDICT_COLORS: Record<Verdict, string> = {
  false: '#b91c1c',
  unsupported: '#c2410c',
  weak: '#a16207',
  mixed: '#6d28d9',
  supported: '#15803d',
};
