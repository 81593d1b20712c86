import type { Certainty, EvidenceKind, Scope, Source, SourceKind, Verdict } from '../core/claim-types';

/** Most serious first: the order of the popup's summary and of its lists. */
export const VERDICT_ORDER: readonly Verdict[] = ['false', 'unsupported', 'weak', 'mixed', 'supported'];

export const VERDICT_LABELS: Record<Verdict, string> = {
  false: 'False',
  unsupported: 'Unsupported',
  weak: 'Weak evidence',
  mixed: 'Mixed evidence',
  supported: 'Supported',
};

/**
 * A shape for each verdict beside its colour and its underline style, so the chip reads
 * in greyscale, under colour-vision deficiency and in forced colours.
 */
export const VERDICT_ICONS: Record<Verdict, string> = {
  false: '✕',
  unsupported: '?',
  weak: '~',
  mixed: '±',
  supported: '✓',
};

/**
 * The one plain line under the verdict. It depends on the kind of evidence, so the line
 * never contradicts the facts below it: a claim supported on mechanism alone is not
 * "consistent with good human evidence", it is accurate as a statement of how it works.
 */
export function verdictLine(verdict: Verdict, evidence?: EvidenceKind): string {
  switch (verdict) {
    case 'supported':
      if (evidence === 'regulatory') return 'Consistent with the official record (a drug label or a regulator).';
      if (evidence === 'mechanism')
        return 'Accurate as a statement of how it works; on its own it shows no benefit in people.';
      if (evidence === 'animal')
        return 'Accurate as stated: it describes animal findings, which is what the studies show.';
      if (evidence === 'in-vitro')
        return 'Accurate as stated: it describes lab findings, which is what the studies show.';
      if (evidence === 'none') return 'Accurate as stated.';
      return 'Consistent with good human evidence.';
    case 'mixed':
      return 'Partly right: true for some people or doses, or overstated.';
    case 'weak':
      if (evidence === 'animal') return 'Plausible, but shown only in animals so far.';
      if (evidence === 'in-vitro') return 'Plausible, but shown only in lab (cell) studies so far.';
      if (evidence === 'mechanism') return 'Plausible from how it works, but not shown in people.';
      if (evidence === 'human-trials' || evidence === 'human-observational')
        return 'Plausible, but the human studies behind it are few, small or uncontrolled.';
      return 'Plausible, but resting on animal, lab or small uncontrolled studies.';
    case 'unsupported':
      return evidence === 'none' || evidence === undefined
        ? 'No credible evidence for the claim as stated.'
        : 'The evidence there is does not back the claim as stated.';
    case 'false':
      return evidence === 'regulatory'
        ? 'Contradicted by the official record (a drug label or a regulator).'
        : 'Contradicted by good evidence.';
  }
}

/**
 * GRADE certainty, worded as a property of the research on the claim (not of Evident's
 * verdict): "Unsupported" beside "research: scarce or poor" agrees with itself, where
 * "certainty: very low" read as Evident doubting its own verdict.
 */
export const CERTAINTY_LABELS: Record<Certainty, string> = {
  high: 'Strong and consistent (GRADE high)',
  moderate: 'Fairly strong (GRADE moderate)',
  low: 'Limited (GRADE low)',
  'very-low': 'Scarce or poor (GRADE very low)',
};

export const EVIDENCE_LABELS: Record<EvidenceKind, string> = {
  'human-trials': 'Human trials',
  'human-observational': 'Human observational studies',
  animal: 'Animal studies',
  'in-vitro': 'Lab (in-vitro) studies',
  mechanism: 'How it works (mechanism) only',
  regulatory: 'Regulatory record',
  none: 'None found',
};

/** The scope a claim states, when it states one (absent: about people). */
export const SCOPE_LABELS: Record<Scope, string> = {
  human: 'A claim about people',
  animal: 'A claim about animal findings',
  'in-vitro': 'A claim about lab (cell) findings',
};

const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  trial: 'Trial',
  'meta-analysis': 'Meta-analysis',
  'systematic-review': 'Systematic review',
  review: 'Review',
  observational: 'Observational study',
  animal: 'Animal study',
  'in-vitro': 'Lab study',
  label: 'Drug label',
  regulatory: 'Regulatory record',
  'fact-sheet': 'Fact sheet',
  guideline: 'Guideline',
  search: 'Literature search',
};

/**
 * What a source is, as a reader should see it: its kind and year as the data gives them.
 * A search is a list of results, not a paper: it gets no year (its year is the day it was
 * run, and "2026" beside it would read as a 2026 study).
 */
export function sourceLabel(source: Pick<Source, 'kind' | 'year'>): string {
  const kind = SOURCE_KIND_LABELS[source.kind] ?? source.kind;
  return source.kind === 'search' ? `${kind} (results, not a study)` : `${kind}, ${source.year}`;
}

/** Verdict colours: strong enough for a white label on them (WCAG AA), used by every view. */
export const VERDICT_COLORS: Record<Verdict, string> = {
  false: '#b91c1c',
  unsupported: '#c2410c',
  weak: '#a16207',
  mixed: '#6d28d9',
  supported: '#15803d',
};
