import { describe, expect, it } from 'vitest';
import { evaluate, overlaps, pole, type LabelledPage } from '../../lib/core/evaluate';
import { placeQuotes } from '../../lib/cli/eval-command';

describe('overlaps (the corpus scoring rule)', () => {
  it('counts containment either way after folding dashes, quotes, case and spaces', () => {
    expect(overlaps('98–100% Lean  mass retention', 'lean mass retention')).toBe(true);
    expect(overlaps('it’s “boxed”', 'it\'s "boxed" they say')).toBe(true);
  });

  it('counts a shared run of 20 characters', () => {
    expect(overlaps('xx sermorelin users maintain lean mass yy', 'zz sermorelin users maintain lean mass qq')).toBe(
      true,
    );
  });

  it('needs only half the shorter string when it is short', () => {
    expect(overlaps('carpal tunnel', 'the tunnel syndrome')).toBe(true);
    expect(overlaps('abcdefgh', 'zzzzabcz')).toBe(false);
  });

  it('does not count unrelated text', () => {
    expect(overlaps('zinc supports testosterone', 'magnesium and insulin sensitivity')).toBe(false);
  });
});

describe('evaluate', () => {
  it('computes recall, precision and verdict agreement, with every match on a negative page a false positive', () => {
    const labels = [
      {
        file: 'a',
        kind: 'blog',
        claims: [
          { quote: 'zinc raises testosterone', claim: '', topic: 'zinc', verdict: 'supported' },
          { quote: 'magnesium in 600 reactions', claim: '', topic: 'magnesium', verdict: 'mixed' },
        ],
      },
      { file: 'b', kind: 'negative', claims: [] },
    ];
    const scanned = [
      {
        file: 'a',
        matches: [
          { claimId: 'zinc-x', text: 'zinc raises testosterone in deficient men', verdict: 'supported', score: 0.9 },
          { claimId: 'other', text: 'unrelated sentence here', verdict: 'weak', score: 0.7 },
        ],
      },
      { file: 'b', matches: [{ claimId: 'y', text: 'a cake recipe', verdict: 'weak', score: 0.7 }] },
    ];
    const e = evaluate(labels, scanned);
    expect(e.recall).toBe(0.5);
    expect(e.precision).toBeCloseTo(1 / 3);
    expect(e.verdictAgreed).toBe(1);
    expect(e.missed.map((m) => m.quote)).toEqual(['magnesium in 600 reactions']);
    expect(e.falsePositives.map((f) => f.file)).toEqual(['a', 'b']);
  });
});

describe('evaluate and restatements', () => {
  const labels = [
    {
      file: 'p',
      kind: 'blog',
      claims: [{ quote: 'sermorelin keeps lean mass', claim: 'c', topic: 'sermorelin', verdict: 'unsupported' }],
    },
  ];
  const match = (claimId: string, text: string) => ({ claimId, text, verdict: 'unsupported', score: 1 });

  it('also counts, where the labels place their quotes, only a mark that stands on the quote itself', () => {
    const text = 'Immune function matters. Zinc supports immune function in older adults.';
    const page: LabelledPage = {
      file: 'a',
      kind: 'blog',
      claims: [
        { quote: 'Immune function matters.', claim: '', topic: 'zinc', verdict: 'supported' },
        { quote: 'Zinc supports immune function in older adults.', claim: '', topic: 'zinc', verdict: 'mixed' },
      ],
    };
    placeQuotes(page, text);
    expect(page.claims.map((c) => c.start)).toEqual([0, 25]);
    // One short mark, on the second sentence: by the corpus rule its words find the first quote too.
    const at = text.indexOf('immune function in');
    const scanned = [
      {
        file: 'a',
        matches: [{ claimId: 'zinc-immune', text: 'immune function', verdict: 'mixed', score: 1, start: at }],
      },
    ];
    const e = evaluate([page], scanned);
    expect(e.found).toBe(2);
    expect(e.inPlace).toEqual({ labelled: 2, found: 1, poleAgreed: 1 });
  });

  it('places a repeated quote at its next occurrence, and leaves a quote the text lacks without a place', () => {
    const page: LabelledPage = {
      file: 'a',
      kind: 'blog',
      claims: ['it works', 'it works', 'not on the page'].map((quote) => ({
        quote,
        claim: '',
        topic: 't',
        verdict: 'weak',
      })),
    };
    placeQuotes(page, 'So it works. Really, it works.');
    expect(page.claims.map((c) => c.start)).toEqual([3, 21, undefined]);
  });

  it('counts a restatement of a correctly found claim as a true positive', () => {
    const e = evaluate(labels, [
      {
        file: 'p',
        matches: [
          match('sermorelin-lean-mass', 'sermorelin keeps lean mass'),
          match('sermorelin-lean-mass', 'patients retain their muscle on it'),
        ],
      },
    ]);
    expect(e.truePositives).toBe(2);
    expect(e.precision).toBe(1);
  });

  it('does not let marks for unreviewed claims vouch for each other', () => {
    const e = evaluate(labels, [
      {
        file: 'p',
        matches: [
          match('unreviewed:sermorelin:efficacy', 'sermorelin keeps lean mass'),
          match('unreviewed:sermorelin:efficacy', 'it improves sleep quality'),
        ],
      },
    ]);
    expect(e.truePositives).toBe(1);
    expect(e.falsePositives).toHaveLength(1);
  });
});

describe('verdict poles', () => {
  it('groups verdicts the way a reader acts on them', () => {
    expect([pole('supported'), pole('mixed'), pole('weak'), pole('unsupported'), pole('false')]).toEqual([
      'supported',
      'in between',
      'in between',
      'doubtful',
      'doubtful',
    ]);
  });
});

describe('a review of the marks no label covers', () => {
  const labels = [
    {
      file: 'a',
      kind: 'blog',
      claims: [{ quote: 'zinc raises testosterone', claim: '', topic: 'zinc', verdict: 'supported' }],
    },
    { file: 'n', kind: 'negative', claims: [] },
  ];
  const mark = (claimId: string, text: string) => ({ claimId, text, verdict: 'weak', score: 1 });
  const scanned = [
    {
      file: 'a',
      matches: [
        mark('zinc-t', 'zinc raises testosterone'),
        mark('mg-sleep', 'magnesium helps you fall asleep faster'),
        mark('mg-price', 'magnesium glycinate costs twenty dollars a bottle'),
        mark('mg-form', 'magnesium comes as a powder or a capsule for everyday use'),
      ],
    },
    { file: 'n', matches: [mark('hmb-shop', 'HMB capsules ship within two days')] },
  ];
  const reviewed = new Map([
    [
      'a',
      [
        { quote: 'magnesium helps you fall asleep faster', claim: true },
        { quote: 'magnesium glycinate costs twenty dollars a bottle', claim: false },
      ],
    ],
    ['n', [{ quote: 'HMB capsules ship within two days', claim: true }]],
  ]);

  it('counts each unlabelled mark as the reviewer judged it, and one not reviewed as unreviewed', () => {
    const e = evaluate(labels, scanned, reviewed);
    expect(e.precision).toBeCloseTo(1 / 5);
    expect(e.review?.claims).toBe(1);
    expect(e.review?.notClaims).toBe(2);
    expect(e.review?.unreviewed.map((m) => m.claimId)).toEqual(['mg-form']);
  });

  it('never lets a review make a mark on a negative page right', () => {
    expect(evaluate(labels, scanned, reviewed).review?.notClaims).toBe(2);
    expect(evaluate(labels, scanned).review).toBeUndefined();
  });
});
