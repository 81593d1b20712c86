import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../lib/core/claim-index';
import type { EvidenceFigure, TopicFile } from '../../lib/core/claim-types';
import { findClaims } from '../../lib/core/find-claims';
import { compareFigure, pickFigure, statedFigures } from '../../lib/core/stated-numbers';
import { testClaim } from './sample-topics';

const figures = (s: string) => statedFigures(s).map((f) => [f.text, f.low, f.high, f.unit]);

describe('the figures a sentence states', () => {
  it('reads percentages, ranges written every way, folds, masses and times', () => {
    expect(figures('It gives 98–100% lean mass retention.')).toEqual([['98–100%', 98, 100, '%']]);
    expect(figures('between 98% to 100 percent of muscle')).toEqual([['98% to 100 percent', 98, 100, '%']]);
    expect(figures('It raises GH by 200%.')).toEqual([['200%', 200, 200, '%']]);
    expect(figures('GH rises 2-3x, IGF-1 2- to 3-fold and trough GH 7.5-fold')).toEqual([
      ['2-3x', 2, 3, 'fold'],
      ['2- to 3-fold', 2, 3, 'fold'],
      ['7.5-fold', 7.5, 7.5, 'fold'],
    ]);
    expect(figures('lose 15 kg (33 lbs) in a 68-week trial')).toEqual([
      ['15 kg', 15, 15, 'kg'],
      ['33 lbs', 33, 33, 'lb'],
      ['68-week', 68, 68, 'weeks'],
    ]);
    expect(figures('a level of 1,000 ng/dL, a half-life of 30 minutes')).toEqual([
      ['1,000 ng/dL', 1000, 1000, 'ng/dL'],
      ['30 minutes', 30, 30, 'minutes'],
    ]);
  });

  it('reads a loss written with a minus sign as its size', () => {
    expect(figures('mean weight change was −14.9%')).toEqual([['14.9%', 14.9, 14.9, '%']]);
  });

  it('finds no figure in a sentence without a number and a unit', () => {
    expect(figures('Semaglutide helps people lose a lot of weight in 2021 trials of 1,961 adults.')).toEqual([]);
    expect(figures('Take it three times a day at 1.6 g/kg of protein')).toEqual([]);
  });

  it('picks the claim’s own figure, not the placebo arm or a share of people', () => {
    const s = 'In STEP 1, 86% of participants lost weight: 14.9% vs 2.4% with placebo.';
    expect(pickFigure(s, statedFigures(s), '%')?.text).toBe('14.9%');
    const t = 'Placebo users lost 2.4% while semaglutide users lost 25%.';
    expect(pickFigure(t, statedFigures(t), '%')?.text).toBe('25%');
    const u = 'Compared with placebo, semaglutide users lost 15% versus 2.4%.';
    expect(pickFigure(u, statedFigures(u), '%')?.text).toBe('15%');
  });

  it('picks the figure whose nearby words say what the evidence measured', () => {
    const quantity = 'lean mass share of the weight lost';
    const s = 'About 75% of the weight lost on tirzepatide was fat mass and 25% was lean mass.';
    expect(pickFigure(s, statedFigures(s), '%', quantity)?.text).toBe('25%');
    // A figure whose own noun is another measure is not this one: "6.5% weight loss" is not body fat.
    const t = 'Bimagrumab caused 6.5% weight loss, mostly from fat.';
    expect(pickFigure(t, statedFigures(t), '%', 'fall in body fat')).toBeNull();
    // Nothing near the figure says half-life: the GH peak is another quantity.
    const u = 'Ipamorelin produces a GH pulse peaking about 40 minutes after injection.';
    expect(pickFigure(u, statedFigures(u), 'hours', 'terminal half-life')).toBeNull();
    const v = 'Ipamorelin has a half-life of about 2 hours.';
    expect(pickFigure(v, statedFigures(v), 'hours', 'terminal half-life')?.text).toBe('2 hours');
  });

  it('skips thresholds and the share of people who reached them, unless the evidence is such a share', () => {
    const s = '86% of people on semaglutide lost at least 5% of their weight and 69% lost at least 10%.';
    expect(pickFigure(s, statedFigures(s), '%', 'mean weight loss')).toBeNull();
    const t = 'About 80% of CagriSema users had gastrointestinal side effects.';
    expect(pickFigure(t, statedFigures(t), '%', 'share with gastrointestinal side effects')?.text).toBe('80%');
    expect(pickFigure(t, statedFigures(t), '%', 'gastrointestinal side effects')).toBeNull();
  });

  it('picks only a figure of the evidence’s family of units', () => {
    const s = 'Users lose 33 lbs in 68 weeks.';
    expect(pickFigure(s, statedFigures(s), 'kg')?.text).toBe('33 lbs');
    expect(pickFigure(s, statedFigures(s), '%')).toBeNull();
    // A percentage rise and a fold are different readings ("200%" may be 2- or 3-fold): not compared.
    const t = 'It raises GH by 200%.';
    expect(pickFigure(t, statedFigures(t), 'fold')).toBeNull();
  });
});

describe('comparing a stated figure with the evidence', () => {
  const evidence = { low: 14.9, high: 20.9 };
  it('is overstated above the evidence’s range and its tolerance', () => {
    expect(compareFigure({ low: 25, high: 25 }, evidence)).toBe('overstated');
    expect(compareFigure({ low: 98, high: 100 }, { low: 60, high: 75 })).toBe('overstated');
  });
  it('is understated below it', () => {
    expect(compareFigure({ low: 5, high: 5 }, evidence)).toBe('understated');
  });
  it('is in line within the range, and within 10% of its ends', () => {
    expect(compareFigure({ low: 15, high: 15 }, evidence)).toBe('in-line');
    expect(compareFigure({ low: 22, high: 22 }, evidence)).toBe('in-line');
    expect(compareFigure({ low: 13.5, high: 13.5 }, evidence)).toBe('in-line');
    expect(compareFigure({ low: 23.5, high: 23.5 }, evidence)).toBe('overstated');
  });
  it('reads a stated range as its midpoint', () => {
    expect(compareFigure({ low: 10, high: 30 }, evidence)).toBe('in-line');
    expect(compareFigure({ low: 20, high: 40 }, evidence)).toBe('overstated');
  });
});

const figure = (fields: Partial<EvidenceFigure> = {}): EvidenceFigure => ({
  quantity: 'mean weight loss',
  unit: '%',
  low: 14.9,
  high: 14.9,
  source: 0,
  note: 'semaglutide 2.4 mg, by intention to treat',
  ...fields,
});
const TOPICS: TopicFile[] = [
  {
    topic: 'semaglutide',
    names: ['semaglutide', 'Wegovy'],
    claims: [
      testClaim('semaglutide-weight-loss', ['semaglutide users lose a big share of their body weight'], {
        verdict: 'supported',
        sources: [
          {
            title: 'Once-Weekly Semaglutide in Adults with Overweight or Obesity',
            year: 2021,
            kind: 'trial',
            url: 'https://www.nejm.org/doi/full/10.1056/NEJMoa2032183',
          },
        ],
        evidenceFigure: figure(),
      }),
    ],
  },
  {
    topic: 'cjc-1295',
    names: ['CJC-1295'],
    claims: [
      testClaim('cjc-1295-raises-gh', ['CJC-1295 raises growth hormone levels for days'], {
        evidenceFigure: figure({
          quantity: 'rise in growth hormone levels',
          unit: 'fold',
          low: 2,
          high: 10,
          note: undefined,
        }),
      }),
    ],
  },
];
const index = buildIndex(TOPICS);
const check = (text: string) => findClaims(text, index).map((m) => [m.claimId, m.flags, m.numberCheck?.verdict]);

describe('numbers held against the evidence, in a scan', () => {
  it('flags a figure above the evidence as overstated, with the evidence and its source', () => {
    const [m] = findClaims('Semaglutide users lose 25% of their body weight.', index);
    expect(m!.flags).toEqual(['number-overstated']);
    expect(m!.numberCheck).toEqual({
      verdict: 'overstated',
      stated: { text: '25%', low: 25, high: 25, unit: '%' },
      evidence: {
        quantity: 'mean weight loss',
        low: 14.9,
        high: 14.9,
        unit: '%',
        note: 'semaglutide 2.4 mg, by intention to treat',
      },
      source: { index: 0, title: 'Once-Weekly Semaglutide in Adults with Overweight or Obesity', year: 2021 },
    });
  });

  it('judges a supported finding stated with an overstated figure as mixed, and an accurate one as supported', () => {
    const verdict = (text: string) => findClaims(text, index).map((m) => m.verdict);
    expect(verdict('Semaglutide users lose 25% of their body weight.')).toEqual(['mixed']);
    expect(verdict('Semaglutide users lose 15% of their body weight.')).toEqual(['supported']);
  });

  it('flags a figure a little over the record’s but judges the finding as supported', () => {
    const [m] = findClaims('Semaglutide users lose 17.3% of their body weight.', index);
    expect([m?.numberCheck?.verdict, m?.flags, m?.verdict]).toEqual(['overstated', ['number-overstated'], 'supported']);
  });

  it('takes a phrasing that states the evidence’s own figure for a sentence that states another', () => {
    const numbered = buildIndex([
      {
        ...TOPICS[0]!,
        claims: [{ ...TOPICS[0]!.claims[0]!, phrasings: ['semaglutide users lose 15% of their body weight'] }],
      },
    ]);
    const [m] = findClaims('Semaglutide users lose 25% of their body weight.', numbered);
    expect([m?.claimId, m?.numberCheck?.verdict, m?.verdict]).toEqual([
      'semaglutide-weight-loss',
      'overstated',
      'mixed',
    ]);
  });

  it('says in line and understated too', () => {
    expect(check('Semaglutide users lose 15% of their body weight.')).toEqual([
      ['semaglutide-weight-loss', ['number-in-line'], 'in-line'],
    ]);
    expect(check('Semaglutide users lose only 5% of their body weight.')).toEqual([
      ['semaglutide-weight-loss', ['number-understated'], 'understated'],
    ]);
  });

  it('compares ranges and folds', () => {
    expect(check('CJC-1295 raises growth hormone levels 20-30x for days.')).toEqual([
      ['cjc-1295-raises-gh', ['number-overstated'], 'overstated'],
    ]);
    expect(check('CJC-1295 raises growth hormone levels 2- to 3-fold for days.')).toEqual([
      ['cjc-1295-raises-gh', ['number-in-line'], 'in-line'],
    ]);
  });

  it('says nothing where the units differ or no figure is stated', () => {
    expect(check('CJC-1295 raises growth hormone levels by 200% for days.')).toEqual([
      ['cjc-1295-raises-gh', undefined, undefined],
    ]);
    expect(check('Semaglutide users lose a big share of their body weight.')).toEqual([
      ['semaglutide-weight-loss', undefined, undefined],
    ]);
  });

  it('leaves a claim with no evidence figure alone', () => {
    const plain = buildIndex([{ ...TOPICS[0]!, claims: [{ ...TOPICS[0]!.claims[0]!, evidenceFigure: undefined }] }]);
    const [m] = findClaims('Semaglutide users lose 25% of their body weight.', plain);
    expect(m!.flags).toBeUndefined();
    expect(m!.numberCheck).toBeUndefined();
  });
});
