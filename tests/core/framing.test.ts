import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../lib/core/claim-index';
import { findClaims } from '../../lib/core/find-claims';
import { framesArticle, isReferenceEntry } from '../../lib/core/framing';
import { testClaim } from './sample-topics';

const index = buildIndex([
  {
    topic: 'red-light-therapy',
    names: ['red light therapy', 'photobiomodulation'],
    claims: [
      testClaim('red-light-therapy-collagen', ['red light therapy increases collagen density and reduces wrinkles']),
    ],
  },
]);

describe('text that states nothing of its own', () => {
  it('recognises the entries of a reference list, whatever their citation style', () => {
    for (const line of [
      '1. M.R. Hamblin, “Mechanisms of photobiomodulation.” AIMS Biophys. 4(3), 2017.',
      'Wunsch A, Matuschka K. A controlled trial of red light. Photomed Laser Surg. 2014;32(2):93-100.',
      '[3] Smith, J. and Lee, K. Collagen after light treatment. J Derm. 2019. doi:10.1000/xyz',
      'Reference: Syrov, V. N. (2000).',
    ])
      expect(isReferenceEntry(line), line).toBe(true);
  });

  it('reads the numbered steps of a procedure as instructions, not claims', () => {
    const steps =
      'How to prepare your vial\n  • Step 1: Mix the water into the vial.\n' +
      '  • Step 2: Now you are ready to use it. Red light therapy increases collagen density and reduces wrinkles.';
    expect(findClaims(steps, index)).toEqual([]);
    expect(findClaims('Red light therapy increases collagen density and reduces wrinkles.', index)).toHaveLength(1);
  });

  it('keeps a sentence that cites a study while making its claim', () => {
    for (const line of [
      'Smith et al. (2019) found that red light therapy increases collagen density.',
      'In 2014, a trial of 136 people found fewer wrinkles after 30 sessions.',
      'Red light therapy increases collagen density (Wunsch, 2014).',
    ])
      expect(isReferenceEntry(line), line).toBe(false);
  });

  it('recognises the writer framing the article, not a study called a review', () => {
    expect(framesArticle('In this guide we explore how red light therapy increases collagen.')).toBe(true);
    expect(framesArticle('You’ve probably heard that red light therapy reduces wrinkles.')).toBe(true);
    expect(framesArticle('Here we discuss the benefits of red light therapy for skin.')).toBe(true);
    expect(framesArticle('Before the side effects, let’s briefly unpack how red light therapy works.')).toBe(true);
    expect(framesArticle('My discussion here will focus on red light therapy for wrinkles.')).toBe(true);
    expect(framesArticle('This review found that red light therapy increases collagen density.')).toBe(false);
    expect(framesArticle('See this page for dosing; red light therapy increases collagen density.')).toBe(false);
  });

  it('recognises what a study set out to learn, and the writer’s promise or advice, not a finding', () => {
    expect(framesArticle('Scientists wanted to see if boron could raise vitamin D levels.')).toBe(true);
    expect(framesArticle('The trial evaluated whether ashwagandha improves vitality in older men.')).toBe(true);
    expect(framesArticle('Everything you need to know about semaglutide and weight loss.')).toBe(true);
    expect(framesArticle('What follows is a breakdown of what BPC-157 studies report.')).toBe(true);
    expect(framesArticle('The best approach is to start low and raise the melatonin dose if needed.')).toBe(true);
    expect(framesArticle('To raise testosterone, aim to exercise 30 minutes a day.')).toBe(true);
    // What a study found, and a goal that states the claim, stay claims.
    expect(framesArticle('The trial found that boron raised vitamin D levels.')).toBe(false);
    expect(framesArticle('The goal is to restore testosterone to healthy levels and relieve symptoms.')).toBe(false);
    expect(framesArticle('Aim-2 trials show semaglutide lowers weight by 15%.')).toBe(false);
  });

  it('recognises a clinic telling its patient what happens next, not a claim about the drug', () => {
    expect(framesArticle('Based on our review, you are approved to begin semaglutide therapy for weight loss.')).toBe(
      true,
    );
    expect(framesArticle('You’ve been approved for tirzepatide; your order ships today.')).toBe(true);
    expect(framesArticle('Your medication will be administered by subcutaneous injection in the thigh.')).toBe(true);
    expect(framesArticle('Patients on tirzepatide will not be prescribed any other controlled medication.')).toBe(true);
    // The drug's own approval, and how it is given, stay claims.
    expect(framesArticle('Wegovy is approved for chronic weight management in adults.')).toBe(false);
    expect(framesArticle('Semaglutide is injected under the skin of the abdomen, thigh or upper arm.')).toBe(false);
  });

  it('marks no claim in a reference entry or in the framing, and still marks the claim itself', () => {
    const page = [
      'Red light therapy increases collagen density and reduces wrinkles.',
      'In this article we look at how red light therapy increases collagen density and reduces wrinkles.',
      'References',
      '2. A. Wunsch and K. Matuschka, “Red light therapy increases collagen density and reduces wrinkles.” Photomed Laser Surg. 32(2), 2014.',
    ].join('\n');
    const marks = findClaims(page, index);
    expect(marks.map((m) => page.slice(m.start, m.end))).toEqual([
      'Red light therapy increases collagen density and reduces wrinkles',
    ]);
  });
});
