import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../lib/core/claim-index';
import { findClaims } from '../../lib/core/find-claims';
import { testClaim } from './sample-topics';

const index = buildIndex([
  {
    topic: 'semaglutide',
    names: ['semaglutide', 'Ozempic', 'Wegovy'],
    claims: [testClaim('semaglutide-nausea', ['semaglutide commonly causes nausea and vomiting'])],
  },
  {
    topic: 'tirzepatide',
    names: ['tirzepatide', 'Mounjaro', 'Zepbound'],
    claims: [testClaim('tirzepatide-nausea', ['tirzepatide commonly causes nausea and diarrhea'])],
  },
  { topic: 'ghrp', names: ['GHRP', 'GHRP-6'], claims: [] },
  { topic: 'ipamorelin', names: ['ipamorelin'], claims: [] },
  { topic: 'peptides', names: ['peptides', 'peptide'], claims: [] },
]);
const confused = (text: string) =>
  findClaims(text, index)
    .filter((m) => m.claimId.includes(':naming:'))
    .map((m) => [m.claimId, m.verdict, text.slice(m.start, m.end)]);

describe('two substances’ names given as one', () => {
  it('is a false claim, however the page joins them', () => {
    expect(confused('Mounjaro, also known as semaglutide, is a weekly shot.')).toEqual([
      ['unreviewed:tirzepatide:naming:semaglutide', 'false', 'Mounjaro, also known as semaglutide'],
    ]);
    expect(confused('Many patients start on Zepbound (semaglutide) once a week.')).toEqual([
      ['unreviewed:tirzepatide:naming:semaglutide', 'false', 'Zepbound (semaglutide)'],
    ]);
    expect(confused('Ozempic is the same medication as Mounjaro, just sold under another name.')).toEqual([
      ['unreviewed:semaglutide:naming:tirzepatide', 'false', 'Ozempic is the same medication as Mounjaro'],
    ]);
  });

  it('leaves alone a brand and its own drug, a class and its member, a list and a comparison', () => {
    for (const text of [
      'Ozempic (semaglutide) and Zepbound, also known as tirzepatide, are weekly shots.',
      'The combination of a GHRP (ipamorelin) and a GHRH analogue is popular.',
      'Peptides (ipamorelin, GHRP-6) are sold online.',
      'Semaglutide or tirzepatide: which one leads to more weight loss?',
      'Compared with semaglutide, tirzepatide led to more weight loss.',
    ])
      expect(confused(text), text).toEqual([]);
  });
});
