import { describe, expect, it } from 'vitest';
import { CERTAINTY_LABELS, sourceLabel, verdictLine } from '../../lib/dom/verdict-labels';
import { firstSentence } from '../../lib/dom/popover-sections';

describe('verdict wording', () => {
  it('does not call a claim supported on mechanism alone “consistent with good human evidence”', () => {
    expect(verdictLine('supported', 'mechanism')).not.toMatch(/human evidence/);
    expect(verdictLine('supported', 'mechanism')).toMatch(/how it works/);
    expect(verdictLine('supported', 'human-trials')).toBe('Consistent with good human evidence.');
    expect(verdictLine('supported', 'regulatory')).toMatch(/official record/);
  });

  it('words certainty as a property of the research, never of Evident’s verdict', () => {
    expect(CERTAINTY_LABELS['very-low']).toBe('Scarce or poor (GRADE very low)');
    for (const label of Object.values(CERTAINTY_LABELS)) expect(label).not.toMatch(/^(Very low|Low|High|Moderate)$/);
  });

  it('gives a search no year, so it cannot pass for a paper dated the day it was run', () => {
    expect(sourceLabel({ kind: 'search', year: 2026 })).toBe('Literature search (results, not a study)');
    expect(sourceLabel({ kind: 'meta-analysis', year: 2012 })).toBe('Meta-analysis, 2012');
  });

  it('takes the first sentence of a summary, not a cut at “e.g.” or a decimal', () => {
    expect(firstSentence('Doses of 1.5 mg, e.g. daily, did nothing in the trial. A second one agreed.')).toBe(
      'Doses of 1.5 mg, e.g. daily, did nothing in the trial.',
    );
    expect(firstSentence('Short. Then more words follow here.')).toBe('Short. Then more words follow here.');
  });
});
