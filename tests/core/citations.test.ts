import { describe, expect, it } from 'vitest';
import { isVagueCitation, pageCitations } from '../../lib/core/citations';

describe('vague citations', () => {
  it('flags an authority the page does not name', () => {
    for (const s of [
      'A 2019 study in JCEM found that sermorelin preserved lean mass.',
      'Studies show that BPC-157 heals tendons.',
      'This formula is clinically proven to raise testosterone.',
      'Doctors agree that NAD+ reverses aging.',
    ])
      expect(isVagueCitation(s, s)).toBe(true);
  });

  it('does not flag a claim with a PMID, DOI, link or numbered reference beside it', () => {
    const s = 'A 2019 study found that sermorelin preserved lean mass';
    expect(isVagueCitation(s, `${s} (PMID: 31234567).`)).toBe(false);
    expect(isVagueCitation(s, `${s} [3].`)).toBe(false);
    expect(isVagueCitation(s, `${s}, https://doi.org/10.1210/jc.2019-00001.`)).toBe(false);
  });

  it('does not flag a plain claim', () => {
    expect(isVagueCitation('BPC-157 heals tendons in rats.', 'BPC-157 heals tendons in rats.')).toBe(false);
  });

  it('lists the identifiers a page gives', () => {
    expect(pageCitations('See PMID 12345678 and doi 10.1056/NEJMoa2032183, or https://example.org/x.').sources).toEqual(
      ['PMID 12345678', 'DOI 10.1056/NEJMoa2032183', 'https://example.org/x'],
    );
  });
});
