import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../lib/core/claim-index';
import { findClaims } from '../../lib/core/find-claims';
import { testClaim } from './sample-topics';

/**
 * A claim said in words its phrasings share between them (claim-words.ts): no one phrasing is said
 * whole enough to score, the claim's phrasings together hold the sentence's words, and no other
 * claim comes close.
 */
const index = buildIndex([
  {
    topic: 'semaglutide',
    names: ['semaglutide', 'Ozempic'],
    claims: [
      testClaim('semaglutide-nausea', [
        'semaglutide often causes nausea',
        'nausea is the most common complaint of semaglutide users',
        'vomiting is a frequent side effect of semaglutide in trials',
      ]),
      testClaim('semaglutide-blood-sugar', [
        'semaglutide lowers blood sugar in type 2 diabetes',
        'semaglutide improves glucose control',
      ]),
      testClaim('semaglutide-gallstones', [
        'semaglutide raises the risk of gallstones',
        'gallbladder problems on semaglutide',
      ]),
    ],
  },
  {
    topic: 'metformin',
    names: ['metformin'],
    claims: [testClaim('metformin-b12', ['metformin lowers vitamin B12 levels', 'long-term metformin depletes B12'])],
  },
]);
const marks = (text: string, idx = index) =>
  findClaims(text, idx).map((m) => ({ id: m.claimId, words: text.slice(m.start, m.end), reasons: m.reasons }));

describe('a claim said in the words its phrasings share', () => {
  it('marks a sentence that mixes the words of two phrasings of one claim, and says why', () => {
    // Each phrasing says too much the sentence does not ("complaint", "users"; "vomiting", "trials";
    // "causes"); between them they hold every word it says.
    const [m, ...rest] = marks('Nausea is a common side effect of semaglutide.');
    expect(rest).toEqual([]);
    expect(m?.id).toBe('semaglutide-nausea');
    expect(m?.words).toContain('common side effect');
    expect(m?.reasons).toContain("said in the words of several of this claim's wordings, not one of them whole");
  });

  it('scores it under every phrasing said whole', () => {
    const [shared] = findClaims('Nausea is a common side effect of semaglutide.', index);
    const [direct] = findClaims('Semaglutide often causes nausea.', index);
    expect(shared!.score).toBeLessThan(direct!.score);
    expect(direct!.reasons).not.toContain(
      "said in the words of several of this claim's wordings, not one of them whole",
    );
  });

  it('needs the substance named or in focus', () => {
    expect(marks('Nausea is a common side effect of liraglutide.')).toEqual([]);
    expect(marks('Nausea is a common side effect of metformin.').map((m) => m.id)).toEqual([]);
  });

  it('takes nothing where the sentence says words no phrasing of the claim holds', () => {
    // "dizziness", "elderly" and "dehydration" are in no phrasing of the nausea claim: it holds too little of the sentence.
    expect(marks('Semaglutide side effects include dizziness and dehydration in elderly patients.')).toEqual([]);
  });

  it('takes nothing where two claims hold the sentence about as well', () => {
    const twins = buildIndex([
      {
        topic: 'semaglutide',
        names: ['semaglutide'],
        claims: [
          testClaim('a', ['semaglutide often causes nausea', 'vomiting is a frequent side effect of semaglutide']),
          testClaim('b', ['semaglutide often causes headaches', 'headache is a frequent side effect of semaglutide']),
        ],
      },
    ]);
    expect(marks('Frequent side effects of semaglutide often surprise people.', twins)).toEqual([]);
  });
});

describe("a claim said in its phrasings' shared words, where another claim's phrasing is said whole", () => {
  const approvals = buildIndex([
    {
      topic: 'tadalafil',
      names: ['tadalafil', 'Cialis'],
      claims: [
        testClaim('tadalafil-approved', ['tadalafil is FDA approved', 'the FDA approved Cialis long ago']),
        testClaim('tadalafil-approved-for-bph', [
          'the FDA approved daily tadalafil for older men with BPH',
          'tadalafil relieves the urinary symptoms of an enlarged prostate',
        ]),
      ],
    },
  ]);

  it('gives the words to the claim that holds them all, not to one that holds a few of them whole', () => {
    // "Tadalafil is FDA approved" is said whole, but the sentence is about its approval for the prostate:
    // the second claim's phrasings hold every word it says, the first claim's under half.
    const [m, ...rest] = marks('Tadalafil is FDA approved for the symptoms of an enlarged prostate.', approvals);
    expect(rest).toEqual([]);
    expect(m?.id).toBe('tadalafil-approved-for-bph');
    expect(m?.reasons).toContain("said in the words of several of this claim's wordings, not one of them whole");
  });

  it('leaves a sentence that says only the first claim to it', () => {
    expect(marks('Tadalafil is FDA approved.', approvals).map((m) => m.id)).toEqual(['tadalafil-approved']);
  });
});
