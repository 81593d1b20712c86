import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../lib/core/claim-index';
import { findClaims } from '../../lib/core/find-claims';
import { framesArticle, inAnotherLanguage, isReferenceEntry } from '../../lib/core/framing';
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
  const claim = 'Red light therapy increases collagen density and reduces wrinkles.';
  /** The text of each mark on a page. */
  const at = (page: string) => findClaims(page, index).map((m) => page.slice(m.start, m.end));

  it('recognises the entries of a reference list, whatever their citation style', () => {
    for (const line of [
      '1. M.R. Hamblin, “Mechanisms of photobiomodulation.” AIMS Biophys. 4(3), 2017.',
      'Wunsch A, Matuschka K. A controlled trial of red light. Photomed Laser Surg. 2014;32(2):93-100.',
      '[3] Smith, J. and Lee, K. Collagen after light treatment. J Derm. 2019. doi:10.1000/xyz',
      'Reference: Syrov, V. N. (2000).',
      // Surname and initials, the year in brackets, a volume and its pages with no issue.
      '  2. Park J, Okafor B (2017) Light-activated peptides with strong anti-wrinkle activity. Skin Res 125:551–564',
      '  3. Lund STH (2015) Red light therapy increases collagen density in aged skin. J Photo Res 5(1):15–20',
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
      'Lund and colleagues (2015) found red light therapy raised collagen density within 12 weeks.',
      'Red light therapy, used 3 times a week at 10:30–11:00, increases collagen density.',
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

  it('reads a trial’s eligibility criteria as who may take part, and what follows them as the page again', () => {
    // A heading with numbered items, a blank line between; a lead-in ending in ":" inside the block.
    const trial = [
      'Inclusion Criteria:',
      '',
      '  1. Adults aged 30-65.',
      `  2. ${claim}`,
      'Exclusion Criteria',
      'Persons will be excluded if they:',
      `- ${claim}`,
      'About the sponsor',
      claim,
    ].join('\n');
    expect(at(trial)).toEqual(['Red light therapy increases collagen density and reduces wrinkles']);
    expect(findClaims(trial, index)[0]!.start).toBe(trial.lastIndexOf(claim));
    // Criteria run together on one line, as a trial registry prints them.
    expect(at(`Eligibility Criteria: Inclusion Criteria: * Women aged 30-65 * ${claim}`)).toEqual([]);
    // The same items under another heading are the page's own claims.
    expect(at(`Benefits:\n  1. Adults aged 30-65.\n  2. ${claim}`)).toHaveLength(1);
  });

  it('reads the lines under a course’s class or module heading as what is taught, not as claims', () => {
    const course = [
      'Class 1: Red light therapy and your skin',
      `- ${claim}`,
      '- Setting goals',
      'Module 2 – Home devices',
      `- ${claim}`,
      'Why people try it',
      claim,
    ].join('\n');
    expect(at(course)).toEqual(['Red light therapy increases collagen density and reduces wrinkles']);
    expect(findClaims(course, index)[0]!.start).toBe(course.lastIndexOf(claim));
    // A dosing schedule's weeks are not a syllabus: its items are the page's own statements.
    expect(at(`Week 1: start low\n- ${claim}`)).toHaveLength(1);
  });

  it('reads the items a provider lists under "offers the following services:" as services, not claims', () => {
    const starts = (page: string) => findClaims(page, index).map((m) => m.start);
    const terms = [
      'Glow Clinic offers the following services:',
      `2.1 ${claim}`,
      '2.2 Consultations by video',
      `- ${claim}`,
      'All services are delivered by qualified staff.',
      claim,
    ].join('\n');
    expect(starts(terms)).toEqual([terms.lastIndexOf(claim)]);
    // The same items under a lead-in that promises effects are claims.
    expect(starts(`Red light therapy offers these benefits:\n2.1 ${claim}`)).toHaveLength(1);
  });

  it('reads a clinic saying what it offers or treats as a service, and what the treatment does as a claim', () => {
    expect(at('We offer red light therapy for wrinkles and collagen density at both clinics.')).toEqual([]);
    expect(at('Our clinic treats wrinkles and low collagen density with red light therapy.')).toEqual([]);
    expect(framesArticle('We will treat patients with any problems relating to the menopause.')).toBe(true);
    // The same offer that says what the treatment does states that effect.
    expect(framesArticle('We offer red light therapy, which can increase collagen density.')).toBe(false);
    expect(framesArticle('We provide red light therapy to help reduce wrinkles.')).toBe(false);
    // "We" as people who took it is no clinic's offer.
    expect(framesArticle('We found that red light therapy increases collagen density.')).toBe(false);
  });

  it('reads a question asked in a statement’s form as asking, not claiming', () => {
    expect(at('You may wonder if red light therapy increases collagen density.')).toEqual([]);
    expect(at('Many people ask whether red light therapy increases collagen density.')).toEqual([]);
    expect(at('I wonder if red light therapy increases collagen density.')).toEqual([]);
    // A claim the sentence reaches after its wondering still stands.
    expect(
      at(
        'Readers are left wondering, after one trial, whether it helps; red light therapy increases collagen density.',
      ),
    ).toHaveLength(1);
  });

  it('recognises a sentence in another language, and not an English one that borrows a few words', () => {
    expect(inAnotherLanguage('Es un mimético de la grelina y un secretagogo de la hormona del crecimiento.')).toBe(
      true,
    );
    expect(inAnotherLanguage('La luz roja aumenta la densidad del colágeno y reduce las arrugas.')).toBe(true);
    expect(inAnotherLanguage('Die Rotlichttherapie erhöht die Kollagendichte und ist für die Haut gut.')).toBe(true);
    expect(inAnotherLanguage('Smith et al. found de novo collagen after 2 sessions per day, as in La Jolla.')).toBe(
      false,
    );
    expect(inAnotherLanguage('Red light therapy, or “la luz roja”, increases collagen density.')).toBe(false);
    // Words of the claim in a sentence of another language meet the phrasing only by chance.
    const mixed =
      'Según los estudios, la red light therapy increases collagen density y reduce las arrugas de la piel.';
    const english = 'Red light therapy increases collagen density and reduces wrinkles.';
    expect(findClaims(mixed, index)).toEqual([]);
    expect(findClaims(`${mixed}\n${english}`, index)).toHaveLength(1);
  });
});
