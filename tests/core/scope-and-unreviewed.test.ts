import { describe, expect, it } from 'vitest';
import { buildIndex, type IndexedClaim } from '../../lib/core/claim-index';
import {
  sentenceScopes,
  statedScope,
  statesPossibility,
  statesThinEvidence,
  verdictAsStated,
} from '../../lib/core/stated-scope';
import { segmentClaimWindows } from '../../lib/core/segment';
import type { Claim, Scope, TopicFile, TopicProfile } from '../../lib/core/claim-types';
import { claimKinds } from '../../lib/core/detect-claims';
import { findClaims } from '../../lib/core/find-claims';
import { tokenize } from '../../lib/core/tokenize';
import { testClaim } from './sample-topics';

/** The kinds of claim the detector reads in a sentence, as a page states it whole. */
const kinds = (text: string) =>
  claimKinds(tokenize(text), text.split(/\s+/).length, text.split(/\s+/)[0]!, undefined, text);

const claim = (id: string, fields: Partial<Claim>): Claim =>
  testClaim(id, fields.phrasings ?? [], { evidence: 'animal', ...fields });
const [source] = testClaim('source', []).sources as [Claim['sources'][number]];
const profile: TopicProfile = {
  what: 'A test peptide.',
  humanEvidence: { kind: 'none', certainty: 'very-low', summary: 'No human trials.' },
  animalEvidence: 'Rat studies of tendon and gut healing.',
  inVitroEvidence: 'none',
  regulatory: 'Not approved.',
  harms: 'Unknown.',
  sources: [source],
  defaults: {
    efficacy: { verdict: 'weak', reason: 'Animal studies only.' },
    safety: { verdict: 'unsupported', reason: 'Never studied in people.' },
    regulatory: { verdict: 'mixed', reason: 'Depends on the claim.' },
    mechanism: { verdict: 'weak', reason: 'Proposed from rat studies.' },
    dosing: { verdict: 'unsupported', reason: 'No human dose was ever tested.' },
  },
  reviewed: '2026-12-03',
};
const topics: TopicFile[] = [
  {
    topic: 'bpc-157',
    names: ['BPC-157'],
    profile,
    claims: [
      claim('bpc-157-heals-tendons', { phrasings: ['BPC-157 speeds the healing of torn tendons'] }),
      claim('bpc-157-heals-gut', { phrasings: ['BPC-157 repairs the lining of the gut and heals ulcers'] }),
      claim('bpc-157-lowers-blood-pressure', {
        verdict: 'unsupported',
        phrasings: [
          'BPC-157 lowers high blood pressure and protects the heart and kidneys of patients with hypertension',
        ],
      }),
      claim('bpc-157-from-gastric-juice', {
        kind: 'mechanism',
        verdict: 'supported',
        phrasings: ['BPC-157 is a fragment of a protein first isolated from human gastric juice'],
      }),
      claim('bpc-157-untested-in-people', {
        kind: 'safety',
        verdict: 'supported',
        phrasings: ['the safety of BPC-157 has never been tested in human clinical trials'],
      }),
      claim('bpc-157-rats-gut', {
        scope: 'animal',
        verdict: 'supported',
        phrasings: ['in rats BPC-157 repaired the lining of the gut and healed ulcers'],
      }),
    ],
  },
];
const index = buildIndex(topics);
const withPeptides = buildIndex([
  ...topics,
  {
    topic: 'tb-500',
    names: ['TB-500'],
    profile,
    claims: [claim('tb-500-heals', { phrasings: ['TB-500 heals torn muscle fibres'] })],
  },
  {
    topic: 'peptides',
    names: ['peptide', 'peptides'],
    claims: [claim('peptides-are-chains', { phrasings: ['peptides are short chains of amino acids'] })],
  },
]);
const found = (text: string) => findClaims(text, index).map((m) => [m.claimId, m.verdict, m.scope]);
/** Each mark's claim and its verdict. */
const judged = (text: string) => findClaims(text, index).map((m) => [m.claimId, m.verdict]);
/** Each mark's claim and the words it marks. */
const marked = (text: string) => findClaims(text, index).map((m) => [m.claimId, text.slice(m.start, m.end)]);

/** Each sentence is read as stating `scope` (a failure names the sentence). */
function expectScope(scope: Scope, ...sentences: string[]): void {
  for (const sentence of sentences) expect(statedScope(tokenize(sentence)), sentence).toBe(scope);
}

describe('the scope a sentence states', () => {
  it('judges an animal finding stated as one as true, and the same stated as a human benefit as weak', () => {
    expect(found('In rat studies, BPC-157 speeds the healing of torn tendons.')).toEqual([
      ['bpc-157-heals-tendons', 'supported', 'animal'],
    ]);
    expect(found('BPC-157 speeds the healing of torn tendons.')).toEqual([['bpc-157-heals-tendons', 'weak', 'human']]);
    // The same sentence hard-wrapped at a fixed width, as plain-text pages and excerpts are.
    expect(
      found(
        'In the rat studies that clinics like to quote when they sell injections, BPC-157 speeds the\nhealing of torn tendons.',
      ),
    ).toEqual([['bpc-157-heals-tendons', 'supported', 'animal']]);
  });

  it('reads cell studies, cell models and a lab dish as findings in cells', () => {
    expectScope(
      'in-vitro',
      'In cell studies, the peptide reduced inflammation.',
      'Lab studies show it kills cancer cells.',
      'In cell models it lowered oxidative damage.',
      'In a petri dish, it killed cancer cells.',
    );
    // Cells named without a study word are what a claim is about, not where it was found.
    expectScope('human', 'It protects cells from oxidative damage.', 'Washing the dish with it is safe.');
  });

  it('reads a culture, ex vivo tissue and "in the lab" as findings in cells, and lab tests as none', () => {
    expectScope(
      'in-vitro',
      'It lengthened human hair follicles in culture.',
      'Cultured cells given the peptide made more collagen.',
      'Ex vivo, the compound stimulated follicle growth.',
      'In the lab, apigenin kills cancer cells.',
      'It blocked the enzyme in laboratory experiments.',
    );
    // A person's lab tests are bloodwork, not a lab's finding.
    expectScope('human', 'His lab tests showed low testosterone.', 'Her TSH was high in laboratory tests.');
  });

  it('reads the model organisms of ageing research as animal findings', () => {
    expectScope(
      'animal',
      'It extended lifespan in worms and fruit flies.',
      'In mammals, spermidine extended lifespan.',
      'Nematode and zebrafish studies show longer lives.',
      'In aged macaques it improved working memory.',
      'Rhesus monkeys given it lived longer.',
    );
    expectScope('human', 'It extended lifespan in older adults.');
    // Species counted or tested are animals; species of bacteria are not.
    expectScope(
      'animal',
      'Rapamycin has extended lifespan in every species tested.',
      'It lengthened life in several species of worm and fly.',
    );
    expectScope('human', 'Different species of probiotic bacteria ease bloating.');
  });

  it('reads farm animals, dogs, voles and C. elegans as animals, and human tumours in mice as an animal finding', () => {
    expectScope(
      'animal',
      'In sheep grazing the clover, its estrogens caused infertility.',
      'Ewes on the pasture stopped breeding.',
      'In dogs it cut joint pain.',
      'Prairie voles given oxytocin bonded faster.',
      'It extended lifespan in C. elegans.',
      'Human tumour growth slowed in mice given the compound.',
    );
    expectScope(
      'human',
      'It slowed tumour growth in mice and in human patients.',
      'Hot dogs and bacon raise the risk of colon cancer.',
      'Elderberry was tried against swine flu.',
    );
  });

  it('prefers the claim recorded for the scope the page uses', () => {
    expect(found('In rats, BPC-157 repaired the lining of the gut and healed ulcers.')).toEqual([
      ['bpc-157-rats-gut', 'supported', 'animal'],
    ]);
  });

  it('never gives a claim recorded for animals to a sentence about people', () => {
    expect(found('BPC-157 repairs the lining of the gut and heals ulcers.')).toEqual([
      ['bpc-157-heals-gut', 'weak', 'human'],
    ]);
  });

  it('reads a finding stated of animals and of people as a claim about people', () => {
    expect(found('In rats and in human patients, BPC-157 repaired the lining of the gut and healed ulcers.')).toEqual([
      ['bpc-157-heals-gut', 'weak', 'human'],
    ]);
    expectScope('human', 'Preclinical and early clinical research shows faster repair.');
    // People named only to say they were not studied, or their cells in a dish, leave it an animal finding.
    expect(found('In rats, never in humans, BPC-157 repaired the lining of the gut and healed ulcers.')).toEqual([
      ['bpc-157-rats-gut', 'supported', 'animal'],
    ]);
    expectScope('animal', 'Tested in human cells and in mice, it sped repair.');
  });
});

describe('the scope of a study the sentence before described', () => {
  const scopes = (text: string) => {
    const spans = segmentClaimWindows(text);
    return sentenceScopes(
      text,
      spans,
      spans.map((s) => tokenize(text.slice(s.start, s.end), s.start)),
    );
  };
  it('carries to a sentence that goes on reporting it, in the past tense or referring back', () => {
    expect(
      scopes('A 2018 study tested BPC-157 in aged mice. It reduced inflammation and improved grip strength.'),
    ).toEqual(['animal', 'animal']);
    expect(
      scopes('One study gave the peptide to rats. However, its levels were restored and healing was faster.'),
    ).toEqual(['animal', 'animal']);
    expect(scopes('Researchers grew tendon cells in vitro with BPC-157. The study showed faster migration.')).toEqual([
      'in-vitro',
      'in-vitro',
    ]);
  });
  it('but not to a sentence that generalises in the present tense, names people, or starts a new paragraph', () => {
    expect(scopes('A study tested BPC-157 in aged mice. It reduces inflammation in everyone.')).toEqual([
      'animal',
      'human',
    ]);
    expect(scopes('A study tested BPC-157 in aged mice. In patients, it reduced inflammation.')).toEqual([
      'animal',
      'human',
    ]);
    expect(scopes('A study tested BPC-157 in aged mice.\n\nIt reduced inflammation.')).toEqual(['animal', 'human']);
  });
  it('holds for every clause of a sentence that states it, the clauses no reviewed claim took too', () => {
    expect(
      found('In rat studies, BPC-157 speeds the healing of torn tendons, and it also improves sleep quality.'),
    ).toEqual([
      ['bpc-157-heals-tendons', 'supported', 'animal'],
      ['unreviewed:bpc-157:efficacy', 'supported', 'animal'],
    ]);
  });
  it('judges the finding so reported as what the animal studies show', () => {
    expect(
      found(
        'A 2019 study gave BPC-157 to rats with torn tendons. The study found it speeds the healing of torn tendons.',
      ),
    ).toEqual([['bpc-157-heals-tendons', 'supported', 'animal']]);
    expect(
      found('A 2019 study gave BPC-157 to rats with torn tendons. BPC-157 speeds the healing of torn tendons.'),
    ).toEqual([['bpc-157-heals-tendons', 'weak', 'human']]);
  });
});

describe('a sentence that says its evidence is thin', () => {
  it('hedges with "more research is needed", not with any "need"', () => {
    expect(statesThinEvidence(tokenize('More research is needed before BPC-157 is used for tendons.'))).toBe(true);
    expect(statesThinEvidence(tokenize('BPC-157 needs larger human trials.'))).toBe(true);
    expect(statesThinEvidence(tokenize('You need to inject BPC-157 daily for tendons to heal.'))).toBe(false);
  });
});

describe('thin evidence said of the research, not of anything else', () => {
  it('reads "limited", "emerging" and "small" as hedges only beside a word for research', () => {
    const thin = (s: string) => statesThinEvidence(tokenize(s));
    expect(thin('Emerging evidence suggests urolithin A improves muscle endurance.')).toBe(true);
    expect(thin('Human data are limited for BPC-157.')).toBe(true);
    expect(thin('A small study found urolithin A improved muscle strength.')).toBe(true);
    expect(thin('Urolithin A has emerged as a promising compound for muscle health.')).toBe(false);
    expect(thin('Its effects are limited to the gut wall, where it heals ulcers.')).toBe(false);
    expect(thin('Urolithin A belongs to a small group of compounds that a 2019 study tied to mitophagy.')).toBe(false);
    expect(thin('The findings are preliminary.')).toBe(true);
  });
});

/** A claim rated as given, for verdictAsStated. */
const rated = (
  verdict: IndexedClaim['verdict'],
  evidence: IndexedClaim['evidence'],
  kind?: IndexedClaim['kind'],
): IndexedClaim => ({ id: 'x', topic: 'bpc-157', verdict, certainty: 'low', evidence, ...(kind ? { kind } : {}) });

describe('a modest effect stated', () => {
  it('leaves the verdict as rated, and is noted for an effect, not for how safe a substance is', () => {
    expect(verdictAsStated(rated('mixed', 'human-trials', 'efficacy'), 'human', false, true)).toEqual({
      verdict: 'mixed',
      why: 'the page states only a modest effect',
    });
    expect(verdictAsStated(rated('mixed', 'human-trials', 'safety'), 'human', false, true)).toEqual({
      verdict: 'mixed',
    });
  });
});

describe('a hedged claim', () => {
  it('keeps its verdict with a note, and is still a finding in animals when the page states one', () => {
    expect(verdictAsStated(rated('weak', 'animal'), 'human', true)).toEqual({
      verdict: 'weak',
      why: 'the page itself says the evidence is limited',
    });
    // "A small rat study found...": hedged, and stated as what the animal studies show.
    expect(verdictAsStated(rated('weak', 'animal'), 'animal', true).verdict).toBe('supported');
  });
});

describe('a claim stated as a possibility', () => {
  it('is weak where only animal studies back it, and as rated where people were studied or nothing backs it', () => {
    const may = statesPossibility('BPC-157 may lower blood pressure.');
    expect(may).toBe(true);
    expect(statesPossibility('May help lower blood pressure.')).toBe(true);
    expect(statesPossibility('BPC-157 lowers blood pressure.')).toBe(false);
    expect(statesPossibility('In May 2023, a trial found BPC-157 lowers blood pressure.')).toBe(false);
    expect(verdictAsStated(rated('unsupported', 'animal'), 'human', false, false, may).verdict).toBe('weak');
    expect(verdictAsStated(rated('unsupported', 'animal'), 'human', false, false, false).verdict).toBe('unsupported');
    expect(verdictAsStated(rated('unsupported', 'none'), 'human', false, false, may).verdict).toBe('unsupported');
    expect(verdictAsStated(rated('unsupported', 'human-trials'), 'human', false, false, may).verdict).toBe(
      'unsupported',
    );
    expect(verdictAsStated(rated('false', 'animal'), 'human', false, false, may).verdict).toBe('false');
  });

  it('judges a reviewed claim so stated as weak, and says why', () => {
    const text =
      'BPC-157 could lower high blood pressure and protect the heart and kidneys of patients with hypertension.';
    const [m] = findClaims(text, index);
    expect(m).toMatchObject({ claimId: 'bpc-157-lowers-blood-pressure', verdict: 'weak' });
    expect(m!.reasons.join(' ')).toContain('possibility');
    expect(m!.asStated).toContain('possibility');
    expect(judged(text.replace('could lower', 'lowers').replace('protect ', 'protects '))).toEqual([
      ['bpc-157-lowers-blood-pressure', 'unsupported'],
    ]);
    const [plain] = findClaims(text.replace('could lower', 'lowers').replace('protect ', 'protects '), index);
    expect(plain!.asStated).toBeUndefined();
  });

  it('takes a benefit an approved drug "may" have as unsettled, not as its established use', () => {
    const approved: TopicProfile = {
      ...profile,
      humanEvidence: { kind: 'human-trials', certainty: 'high', summary: 'Large trials.' },
      defaults: { ...profile.defaults, efficacy: { verdict: 'supported', reason: 'Approved for weight loss.' } },
    };
    const drug = buildIndex([{ topic: 'semaglutide', names: ['semaglutide'], profile: approved, claims: [] }]);
    const verdictOf = (text: string) => findClaims(text, drug).map((m) => [m.claimId, m.verdict]);
    expect(verdictOf('Semaglutide may ease knee pain in people with arthritis.')).toEqual([
      ['unreviewed:semaglutide:efficacy', 'mixed'],
    ]);
    expect(verdictOf('Semaglutide eases knee pain in people with arthritis.')).toEqual([
      ['unreviewed:semaglutide:efficacy', 'supported'],
    ]);
    const rodent = buildIndex([
      {
        topic: 'bpc-157',
        names: ['BPC-157'],
        profile: { ...profile, defaults: { ...profile.defaults, efficacy: { verdict: 'unsupported', reason: 'x' } } },
        claims: [],
      },
    ]);
    expect(findClaims('BPC-157 might ease knee pain in athletes.', rodent).map((m) => m.verdict)).toEqual(['weak']);
  });
});

describe('claims the database does not hold', () => {
  it('marks a checkable claim about a profiled topic with the profile’s default for its kind', () => {
    const [m] = findClaims('BPC-157 is completely safe and has no known side effects in athletes.', index);
    expect(m).toMatchObject({ claimId: 'unreviewed:bpc-157:safety', verdict: 'unsupported' });
    const [w] = findClaims('BPC-157 can cause dizziness and nausea in some users.', index);
    expect(w).toMatchObject({ claimId: 'unreviewed:bpc-157:safety', verdict: 'weak' });
  });

  it('reads no words of a mail address: "support@…" is not a benefit', () => {
    expect(
      findClaims(
        'For BPC-157 orders, write to support@peptideshop.co.uk where a member of our team will assist you.',
        index,
      ),
    ).toEqual([]);
  });

  it('reads a clinic’s requirement as a rule, not a claim, and "is required for…" as a claim', () => {
    const rules =
      'BPC-157 Program Requirements\n-\nMonthly body composition reports and nurse check-ins are mandatory.';
    expect(findClaims(rules, index)).toEqual([]);
    expect(findClaims('BPC-157 is required for tendon repair in older athletes.', index)).not.toEqual([]);
  });

  it('reads "less than 48 hours" and "weight loss injections" as no effect, and an effect beside them as one', () => {
    const page = 'BPC-157 Program\n\nPatients on weight loss injections book a blood draw every six months.';
    expect(findClaims(page, index)).toEqual([]);
    expect(
      findClaims('BPC-157 Program\n\nVisits cancelled less than 48 hours ahead are charged a fee.', index),
    ).toEqual([]);
    expect(findClaims('BPC-157 reduces tendon pain in less than 10 days in most athletes.', index)).not.toEqual([]);
  });

  it('marks a short whole sentence that makes a claim, but not a fragment or a caption', () => {
    expect(findClaims('BPC-157 improves your memory.', index).map((m) => m.claimId)).toEqual([
      'unreviewed:bpc-157:efficacy',
    ]);
    expect(findClaims('BPC-157: mends damaged cartilage', index)).toEqual([]);
    expect(findClaims('By improving your memory.', index)).toEqual([]);
  });

  it('leaves a list’s bullet or number out of the mark, and a number the sentence opens with in it', () => {
    for (const [line, marked] of [
      ['- BPC-157 improves your memory and focus at work.', 'BPC-157 improves your memory and focus at work.'],
      ['2. BPC-157 improves your memory and focus at work.', 'BPC-157 improves your memory and focus at work.'],
      ['12 weeks of BPC-157 improves your memory and focus.', '12 weeks of BPC-157 improves your memory and focus.'],
    ]) {
      const [m] = findClaims(line!, index);
      expect(line!.slice(m!.start, m!.end)).toBe(marked);
    }
  });

  it('reads a harm named as mild or rare as a warning of that harm, and "gentle" alone as reassurance', () => {
    const [w] = findClaims('BPC-157 can cause mild headaches and nausea in some users.', index);
    expect(w).toMatchObject({ claimId: 'unreviewed:bpc-157:safety', verdict: 'weak' });
    const [r] = findClaims('BPC-157 is a gentle and safe peptide for athletes.', index);
    expect(r).toMatchObject({ claimId: 'unreviewed:bpc-157:safety', verdict: 'unsupported' });
  });

  it('reads how long a substance lasts in the body as a checkable claim about how it works', () => {
    const [m] = findClaims('BPC-157 has a half-life of about four hours in the blood.', index);
    expect(m).toMatchObject({ claimId: 'unreviewed:bpc-157:mechanism', verdict: 'weak' });
  });

  it('reads soreness, upset, dependence, depletion and complications as harms, and an inhibitor as how a substance works', () => {
    expect(kinds('Many users report soreness and tenderness at the injection site.')).toEqual(['safety']);
    expect(kinds('Some patients get more stomach upset with very cold foods.')).toEqual(['safety']);
    expect(kinds('Daily use for months can lead to dependence and withdrawal.')).toEqual(['safety']);
    expect(kinds('Long courses of the drug deplete potassium in the blood.')).toEqual(['safety']);
    expect(kinds('Gastroparesis is the most serious complication of the drug.')).toEqual(['safety']);
    expect(kinds('High doses of the powder can be lethal for dogs.')).toEqual(['safety']);
    // A body that oversees a clinic regulates nothing in the body; a substance that regulates blood sugar does.
    expect(kinds('The clinic is a CQC-registered and ICO-regulated virtual clinic based in London.')).toEqual([]);
    expect(kinds('Berberine helps to regulate blood sugar after meals.')).toEqual(['efficacy']);
    expect(kinds('Big doses of the vitamin are regarded as harmless.')).toEqual(['safety']);
    expect(kinds('Anastrozole is an aromatase inhibitor taken as a daily pill.')).toEqual(['mechanism']);
    // A pain the substance relieves is a benefit claimed, not a harm.
    expect(kinds('Ginger relieves period pain as well as ibuprofen does.')[0]).toBe('efficacy');
  });

  it('leaves a denial alone, but not a claim whose "without" negates something else', () => {
    expect(findClaims('BPC-157 does not improve blood flow to injured muscles.', index)).toEqual([]);
    expect(findClaims('It is a common myth that BPC-157 improves blood flow to injured muscles.', index)).toEqual([]);
    const [m] = findClaims('BPC-157 improves blood flow to injured muscles without any surgery at all.', index);
    expect(m?.claimId).toBe('unreviewed:bpc-157:efficacy');
  });

  it('leaves alone a claim the sentence calls wrong, as a reviewed claim is denied', () => {
    // "Wrongly" and "falsely" deny what the sentence states (negation.ts, deniedThroughout): the
    // profile's default for the claim cannot judge it.
    expect(findClaims('BPC-157 is wrongly said to improve blood flow to injured muscles.', index)).toEqual([]);
    expect(findClaims('BPC-157 is falsely claimed to improve blood flow to injured muscles.', index)).toEqual([]);
    expect(findClaims('BPC-157 is said to improve blood flow to injured muscles.', index)).not.toEqual([]);
  });

  it('judges a denial by a reviewed denial that comes close, and by nothing else', () => {
    expect(judged('BPC-157 has never been tested for safety in people with liver disease.')).toEqual([
      ['unreviewed:bpc-157:safety:bpc-157-untested-in-people', 'supported'],
    ]);
    // Said in no words the reviewed denial does not hold, it is that claim (claim-words.ts).
    expect(judged('BPC-157 has never been tested for safety in people.')).toEqual([
      ['bpc-157-untested-in-people', 'supported'],
    ]);
  });

  it('judges the effect a sentence states beside a dose, when no reviewed claim judges the dose', () => {
    const [m] = findClaims('BPC-157 at a 500 mcg daily dose improved grip strength by 40% within six weeks.', index);
    expect(m?.claimId).toBe('unreviewed:bpc-157:efficacy');
  });

  it('leaves dosing and regulatory facts to reviewed claims', () => {
    expect(findClaims('The usual BPC-157 dose is 250 mcg injected twice daily near the injury.', index)).toEqual([]);
    expect(findClaims('BPC-157 was placed on the FDA list of substances that raise safety concerns.', index)).toEqual(
      [],
    );
  });

  it('binds "it" and "the peptide" to the topic in focus', () => {
    const text = 'BPC-157 is a peptide.\nThe peptide improves blood flow to injured muscles within days.';
    expect(findClaims(text, index).map((m) => m.claimId)).toEqual(['unreviewed:bpc-157:efficacy']);
    // …and "it" as the subject after a short opening phrase.
    for (const later of [
      'BPC-157 is a peptide.\nIn the 1990s, it was used to treat stomach ulcers in trials.',
      'BPC-157 is a peptide.\nUnder the right care and close supervision, it improves blood flow to injured muscles.',
    ])
      expect(findClaims(later, index).map((m) => m.claimId)).toEqual(['unreviewed:bpc-157:efficacy']);
    const substance = 'BPC-157 is a peptide.\nThe substance improves blood flow to injured muscles within days.';
    expect(findClaims(substance, index).map((m) => m.claimId)).toEqual(['unreviewed:bpc-157:efficacy']);
    // …and the forms a product comes in: "the plant", "this spray", "the oil".
    for (const form of ['The plant', 'This spray', 'The oil'])
      expect(
        findClaims(`BPC-157 is a peptide.\n${form} improves blood flow to injured muscles within days.`, index).map(
          (m) => m.claimId,
        ),
      ).toEqual(['unreviewed:bpc-157:efficacy']);
  });

  it('checks how a substance came to be only against a reviewed claim about its history', () => {
    const page = 'BPC-157 for tendons\nIt was first isolated from the stomach juices of people decades ago.';
    expect(findClaims(page, index).map((m) => [m.claimId, m.verdict])).toEqual([
      ['unreviewed:bpc-157:mechanism:bpc-157-from-gastric-juice', 'supported'],
    ]);
    expect(findClaims('BPC-157 for tendons\nIt was developed by a Croatian team in a small lab.', index)).toEqual([]);
  });

  it('reads a part played in the body as a claim about how a substance works', () => {
    expect(
      findClaims('BPC-157 plays a crucial role in the growth of new blood vessels.', index).map((m) => m.claimId),
    ).toEqual(['unreviewed:bpc-157:mechanism']);
    expect(findClaims('Doctors long overlooked the role of BPC-157 in sports medicine.', index)).toEqual([]);
    expect(
      findClaims('BPC-157 is directly involved in the production of nitric oxide in blood vessels.', index).map(
        (m) => m.claimId,
      ),
    ).toEqual(['unreviewed:bpc-157:mechanism']);
  });

  it('reads an effect stated as an adjective or a noun as a benefit claimed', () => {
    for (const text of [
      'BPC-157 acts as a neuroprotective agent in the injured brain.',
      'BPC-157 has strong antioxidant properties in every tissue.',
      'BPC-157 is used in the treatment of stomach ulcers.',
      'BPC-157 can be helpful for people with painful joints.',
      'BPC-157 is an excellent choice for people with sore tendons.',
      'BPC-157 works to balance gut hormones in most users.',
      'BPC-157 may have anti-inflammatory activity in the gut.',
    ])
      expect(findClaims(text, index).map((m) => m.claimId)).toEqual(['unreviewed:bpc-157:efficacy']);
  });

  it('reads a harm a substance is said to act against as a benefit, and a harm it causes as a safety claim', () => {
    expect(kinds('It is effective in several human cancers, including carcinoma of the liver.')[0]).toBe('efficacy');
    expect(kinds('Magnesium helps reduce the risk of osteoporosis along with calcium.')[0]).toBe('efficacy');
    expect(kinds('BPC-157 increases the risk of cancer in people who inject it.')[0]).toBe('safety');
    expect(kinds('Semaglutide reduces appetite but can cause nausea in many people.')[0]).toBe('safety');
    // A symptom relieved is a benefit, one brought on a harm, one named as the setting neither.
    expect(kinds('Ashwagandha reduces fatigue and improves energy in stressed adults.')[0]).toBe('efficacy');
    expect(kinds('Tirzepatide causes less nausea than semaglutide in most trials.')[0]).toBe('safety');
    // A harm another agent brings on, acted against: a benefit. The substance's own harm: safety.
    expect(kinds('Vitamin C may help protect the skin against damage that UV rays can cause.')[0]).toBe('efficacy');
    expect(kinds('Melatonin is said to safeguard skin cells from UV-induced damage in older adults.')[0]).toBe(
      'efficacy',
    );
    expect(kinds('Ginger relieves the nausea caused by chemotherapy in many patients.')[0]).toBe('efficacy');
    expect(kinds('Melatonin can cause damage to the liver in people who take a lot.')[0]).toBe('safety');
    expect(kinds('Creatine plays a vital role in memory, especially under stress or fatigue.')).not.toContain('safety');
    expect(kinds('BPC-157 is safe and effective for most people who use it.')[0]).toBe('safety');
    // Effects named as unwanted are harms: a rise they bring is no benefit.
    expect(kinds('Other unwanted effects of the steroid may include higher cholesterol levels.')[0]).toBe('safety');
    expect(kinds('Undesirable effects of this drug can include raised blood pressure.')[0]).toBe('safety');
    expect(kinds('Making ATP takes a series of biochemical reactions in every cell.')).toEqual([]);
    expect(kinds('Many common drugs can interact with BPC-157 in the liver.')).toContain('safety');
    expect(kinds('Using BPC-157 counts as a doping violation for tested athletes.')).toContain('regulatory');
    expect(kinds('GLP-1 drugs work by mimicking a gut hormone after meals.')).toContain('mechanism');
    // Side effects said to exist are no claim; which ones, how serious or how common is one.
    expect(kinds('Some people might experience side effects when they take BPC-157.')).toEqual([]);
    expect(kinds('Side effects of BPC-157 are rare and mild in most users.')).toContain('safety');
    expect(kinds('There is a risk of blood clots with testosterone injections.')).toContain('safety');
    expect(kinds('A small portion of people using finasteride experience side effects.')).toContain('safety');
    expect(kinds('About 2% of people using finasteride experience side effects.')).toContain('safety');
  });

  it('reads a shop’s return policy as conditions of sale, not claims about the goods', () => {
    const policy = [
      'BPC-157 returns and refunds',
      'We accept returns within 30 days for a refund or an exchange, with proof of purchase.',
      'Unopened vials in their original packaging only.',
      'The BPC-157 vial is damaged, defective, or broken upon delivery.',
      'Opened or used BPC-157 vials due to hygiene and health safety concerns.',
      'Items damaged due to misuse, mishandling, or improper storage.',
    ].join('\n');
    expect(findClaims(policy, index)).toEqual([]);
    expect(
      findClaims('BPC-157 Health Clinic is committed to protecting the privacy of your personal information.', index),
    ).toEqual([]);
    const shipping = [
      'BPC-157 shipping policy',
      '- Your order is packed cold so that your BPC-157 arrives at the right temperature.',
      '- On delivery, refrigerate your BPC-157 to keep its healing efficacy.',
      '- Standard delivery: 3-5 business days, depending on the shipping method.',
      'Payment policy: we accept all major cards.',
    ].join('\n');
    expect(findClaims(shipping, index)).toEqual([]);
    // A clinic's cancellation and membership policy, with the services it will not refund.
    const cancellation = [
      'Cancellation Policy',
      '',
      'Please give us at least 24 hours notice of cancellations. Late cancellations are billed as a full charge.',
      'Services booked less than a day ahead cannot be cancelled.',
      '',
      'Membership Terms',
      '',
      '*Members who cancel within the first 12 months pay for the whole term.',
      '*Either party may end the agreement at once if the other breaks its terms.',
      '',
      'Refunds & Credits',
      '',
      'The clinic does not take back or refund any products once they have left the pharmacy, including:',
      '',
      '*BPC-157 Injections',
      '*BPC-157 Nasal Spray',
      '*Peptide Therapy',
      '',
      'Authorization to Charge',
    ].join('\n');
    expect(findClaims(cancellation, index)).toEqual([]);
    // The same in American spelling, with bookings rescheduled rather than refunded.
    const canceled = [
      'Booking Policy',
      'Sessions canceled without 24 hours notice are charged in full.',
      'A session can be rescheduled once at no cost.',
      'When a BPC-157 injection session is canceled late, the prepared vials are wasted and cause real losses.',
    ].join('\n');
    expect(findClaims(canceled, index)).toEqual([]);
    // The page as a whole makes no claim, though its last line alone would.
    const noClaimsOnPage = (lines: string[]) => {
      expect(findClaims(lines.join('\n'), index)).toEqual([]);
      expect(findClaims(lines.at(-1)!, index).map((m) => m.claimId)).toContain('bpc-157-heals-tendons');
    };
    // Nor does a reviewed claim's wording in a shipping policy: the clinic's package is no claim.
    noClaimsOnPage([
      'Shipping & Returns',
      'Orders are dispatched within 2 business days. Unopened items can be returned for a refund.',
      'Our recovery package includes a BPC-157 protocol, which speeds the healing of torn tendons.',
    ]);
    // Nor does a returns and refund policy that names its goods' ingredients.
    noClaimsOnPage([
      'Returns and Refund Policy',
      'We are not liable for goods lost or damaged by postage carriers; a refund goes to your original payment.',
      'We offer a money-back guarantee on unopened tea.',
      'BPC-157 speeds the healing of torn tendons.',
    ]);
    // Nor does a privacy policy: the treatments it may hold data on are data, not claims.
    noClaimsOnPage([
      'Consumer Health Data Privacy Policy',
      'This notice says what personal information we collect and when we disclose your data to third parties.',
      'You may opt out, and you have the right to delete what we hold. Health data we keep may include:',
      'BPC-157 speeds the healing of torn tendons.',
    ]);
    // Nor do terms and conditions: the clinic's treatments are what it sells, the terms the contract.
    noClaimsOnPage([
      'Terms and Conditions',
      'By booking you agree to be bound by these terms, which form the contract between you and the clinic.',
      'BPC-157 speeds the healing of torn tendons.',
    ]);
    // Nor does an affiliate agreement, whose reCAPTCHA line names the terms of service too.
    noClaimsOnPage([
      'This form is protected by reCAPTCHA; the Terms of Service apply.',
      'Welcome to our affiliate program. This agreement protects you, our company and our customers.',
      'It sets out the terms and conditions for affiliates: commissions are paid on completed sales.',
      'BPC-157 speeds the healing of torn tendons.',
    ]);
    // An article with a cookie notice at its foot is still an article (a policy says such words
    // throughout; 30 lines of other text are enough to tell the two apart).
    const article = [
      'BPC-157 for injuries',
      'In short, BPC-157 speeds the healing of torn tendons.',
      ...Array.from(
        { length: 30 },
        (_, i) => `Section ${i + 1} of this page sets out what the clinic offers each week.`,
      ),
      'We use cookies and share data with third parties; our privacy policy explains how to opt out.',
    ].join('\n');
    expect(findClaims(article, index).map((m) => m.claimId)).toContain('bpc-157-heals-tendons');
    // Nor does a laboratory's page on a stain: what it shows on a slide is no claim about taking it.
    noClaimsOnPage([
      'BPC-157 stain is used in histology to colour tissue specimens on a slide.',
      'Under the microscope, BPC-157 stains bacterial cells so their morphology is easy to see.',
      'BPC-157 speeds the healing of torn tendons.',
    ]);
    // Nor does a kit's assay of it in samples: a step that lowers a concentration is no effect.
    noClaimsOnPage([
      'Assay Procedure: homogenize 100 mg of tissue in 1 ml of 5% SSA and centrifuge at 8,000 g.',
      'Transfer the supernatant to a new tube and add ddH2O to dilute it; pipette 20 µl into each well.',
      'BPC-157 speeds the healing of torn tendons.',
    ]);
    // Nor an ELISA kit's: the conjugate's signal falling as the sample's level rises is no effect.
    noClaimsOnPage([
      'Assay principle: this competitive ELISA kit measures BPC-157 in serum; read the kit insert first.',
      'Pipette standards into the microtiter plate, add the conjugate and incubate overnight.',
      'BPC-157 speeds the healing of torn tendons.',
    ]);
    // Nor a laboratory's listing of a test: its specimen, tubes, codes and reference values.
    noClaimsOnPage([
      'Test Code 4417: BPC-157, Serum',
      'Specimen Type: serum. Container: red top tube. Minimum volume: 1 mL.',
      'Transport temperature: refrigerated. Reference values: not established.',
      'BPC-157 speeds the healing of torn tendons.',
    ]);
    // A lipid panel's page says it as the patient's preparation and what the test includes.
    noClaimsOnPage([
      'Preparation instructions: keep a stable diet for two weeks before the blood draw; fast before collection if asked.',
      'Turnaround time: one business day. Test includes: total cholesterol, HDL and triglycerides.',
      'BPC-157 speeds the healing of torn tendons.',
    ]);
    // A hospital manual's entry says it with other headings: what the test is for, the tubes, who may order it.
    noClaimsOnPage([
      'Test Indications: used to evaluate BPC-157 status when other results disagree.',
      'Collection Devices: plain tubes. Specimen Required: serum, 2 mL, kept refrigerated.',
      'Orderable by endocrinologists only.',
      'BPC-157 speeds the healing of torn tendons.',
    ]);
    // Or as prose: how the specimen is collected, stored and thawed.
    noClaimsOnPage([
      'Specimens for BPC-157 analysis may be collected in red-top or serum-separator tubes.',
      'Repeated freeze-thaw cycles should be avoided; hemolyzed samples may still be used.',
      'BPC-157 speeds the healing of torn tendons.',
    ]);
    // Nor the disclaimer a supplement's seller must print under each product.
    expect(
      findClaims(
        'BPC-157 Capsules\nThese statements have not been evaluated by the Food and Drug Administration. ' +
          'BPC-157 is not intended to diagnose, treat, cure, or prevent any disease.',
        index,
      ),
    ).toEqual([]);
    // A box on sale is no boxed warning.
    expect(findClaims('Our BPC-157 Starter Subscription Box ships every month.', index)).toEqual([]);
    // An article's byline under a title that promises benefits lists none.
    const byline = 'BPC-157: Benefits and Risks\n- Jane Doe, MSN, APRN,\n- 2 hours ago\n- 6 min read\n';
    expect(findClaims(byline, index)).toEqual([]);
    // Nor does a knowledge base's header under a title of harms: a date, a reading time, a button.
    const header = 'BPC-157 safety data and side effects\n  • 28 Nov 2023\n  • 1 Minute to read\n  • PDF\n';
    expect(findClaims(header, index)).toEqual([]);
    // The same lines on a page that is no policy still say something of the vials' safety.
    expect(findClaims('Opened BPC-157 vials can cause infections when they are stored for weeks.', index)).not.toEqual(
      [],
    );
  });

  it('reads "These often fade…" after a list of harms as a claim about those harms', () => {
    const text = 'BPC-157 can cause nausea and headaches in some users.\nThese often fade after a few days of use.';
    const second = findClaims(text, index).filter((m) => m.start > text.indexOf('\n'));
    expect(second.map((m) => m.claimId)).toEqual(['unreviewed:bpc-157:safety']);
    // "Its effects" may be its benefits: no harm is referred to.
    expect(findClaims('BPC-157 is a peptide.\nIts effects are dramatic and often fast.', index)).toEqual([]);
  });

  it('marks a list of harms under one lead-in once, and each benefit on its own', () => {
    const marks = (text: string) =>
      findClaims(text, index)
        .filter((m) => m.claimId.startsWith('unreviewed:'))
        .map((m) => text.slice(m.start, m.end));
    // One claim: BPC-157 causes the harms the list names, line by line or bullet after bullet.
    expect(marks('Side effects of BPC-157 may include:\n- Nausea\n- Dizziness;\n- Mild headache\n')).toEqual([
      'Nausea\n- Dizziness;\n- Mild headache',
    ]);
    expect(marks('Side effects of BPC-157 may include: • Nausea • Dizziness • Mild headache')).toEqual([
      'Nausea • Dizziness • Mild headache',
    ]);
    // A line after the list with no bullet is not one of its items, however short.
    expect(marks('Side effects of BPC-157 may include:\n- Nausea\n- Dizziness\nBPC-157 is sold online.')[0]).toBe(
      'Nausea\n- Dizziness',
    );
    // Benefits are claims each: one mark per item.
    expect(marks('Benefits of BPC-157:\n- Better sleep at night\n- Calmer joints after training\n')).toHaveLength(2);
  });

  it('reads the common verbs of effect and harm pages use beyond raise, lower and improve', () => {
    // A harm a substance is said to cause, whatever the harm is called.
    expect(kinds('Kava extracts can cause liver injury in rare cases.')[0]).toBe('safety');
    expect(kinds('Too much selenium causes brittle nails and hair loss.')[0]).toBe('safety');
    expect(kinds('Alpha-lipoic acid has few side effects at usual doses.')[0]).toBe('safety');
    // Effects named by what they do to the body or the skin.
    expect(kinds('Argireline relaxes the small muscles that crease the forehead.')).toContain('efficacy');
    expect(kinds('Creatine builds muscle faster when paired with lifting.')).toContain('efficacy');
    expect(kinds('Tretinoin clears acne within twelve weeks for most users.')).toContain('efficacy');
    expect(kinds('Berberine blocks an enzyme in the liver that makes glucose.')).toContain('mechanism');
    expect(kinds('In the brain, progesterone is converted into allopregnanolone.')).toContain('mechanism');
    expect(kinds('Zinc is crucial for the making of testosterone in men.')).toContain('mechanism');
    expect(kinds('NMN is a direct precursor of NAD+ in the body.')).toContain('mechanism');
    // A substance held up against another makes a claim of its effect.
    expect(kinds('Argireline works like Botox without any needles.')).toContain('efficacy');
    expect(kinds('Beetroot juice is as good as blood pressure pills.')).toContain('efficacy');
    expect(kinds('Apple cider vinegar is a natural alternative to GLP-1 drugs.')).toContain('efficacy');
    expect(kinds('Bacopa may have anticancer properties in the lab.')).toContain('efficacy');
    expect(kinds('Ashwagandha is considered unsafe during pregnancy.')[0]).toBe('safety');
    expect(kinds('Anabolic steroids shut down natural testosterone production.')).toContain('efficacy');
    // Attention as an outcome is a claim; attention paid to a substance is not.
    expect(kinds('Bacopa improves attention in children with ADHD.')).toContain('efficacy');
    expect(kinds('Semax has gained a lot of attention among biohackers lately.')).toEqual([]);
    expect(kinds('Retatrutide is a newer drug that builds on what tirzepatide does.')).toEqual([]);
  });

  it('reads an amount given per day as a dose, and an amount alone as none', () => {
    const kinds = (text: string) => claimKinds(tokenize(text), text.split(/\s+/).length, text.split(/\s+/)[0]!);
    expect(kinds('Small children are given 1,000 IU of vitamin D a day.')).toEqual(['dosing']);
    expect(kinds('Each bottle holds 1,000 IU of vitamin D.')).toEqual([]);
  });

  it('leaves definitions, questions, instructions, prices and talk of popularity or tradition alone', () => {
    for (const text of [
      'BPC-157 is a peptide made of fifteen amino acids.',
      'Does BPC-157 improve blood flow to injured muscles?',
      'Talk to your doctor before you start BPC-157 or any other peptide.',
      'BPC-157 5 mg vial, $49.99, ships in two days.',
      'BPC-157 has become the go-to peptide for athletes who want to heal faster.',
      'The most common side effects of BPC-157 reported by users are:',
      'The health benefits of BPC-157 for tendons are as follows.',
      'If you choose BPC-157 therapy treatment, the monthly subscription starts on your first consultation.',
      'Whether you are curious about BPC-157 or ready to book, we’re here to help.',
      'If you are unsure about BPC-157, our clinic is here to help you feel informed.',
      'Here are some benefits of BPC-157 for tendons.',
      'Pack It Up: Securely package the BPC-157 vial so that it does not get damaged in transit.',
      'Traditionally, healers used BPC-157 to treat wounds and stomach pain.',
      'Anyone considering BPC-157 to heal injuries should consult a qualified healthcare professional first.',
      'It is essential to consult with your healthcare provider before adding BPC-157 to heal tendons.',
      'Protect the BPC-157 vials from light and heat so the peptide does not break down.',
      'People who inject BPC-157 are encouraged to have any swelling checked by a nurse.',
      'Patients should discuss any BPC-157 side effects and their history with a healthcare provider.',
      'Liver enzymes should be monitored in anyone who injects BPC-157 to heal tendons.',
      'If you use BPC-157, it is worth reading up on its side effects first.',
      'BPC-157 is one of my favorite peptides to help sore joints after training.',
      'In my personal experience, BPC-157 helps sore knees more than TB-500 does.',
      'At that point, I realized I could learn more about how BPC-157 helps injured athletes.',
      'My first realization about how BPC-157 and healing are intertwined came from my own injury.',
      'As with any medication, some people might experience side effects from BPC-157.',
      'There are several potential side effects of BPC-157 that users should be aware of.',
    ])
      expect(findClaims(text, index)).toEqual([]);
  });
});

describe('list items under a lead-in', () => {
  it('reads every item under a lead-in that promises benefits as a benefit claimed', () => {
    const text = 'Benefits you can expect from BPC-157:\n- Restful sleep\n- Calmer joints after training';
    expect(marked(text)).toEqual([
      ['unreviewed:bpc-157:efficacy', 'Restful sleep'],
      ['unreviewed:bpc-157:efficacy', 'Calmer joints after training'],
    ]);
    expect(findClaims('Where to buy BPC-157:\n- Restful Sleep Pharmacy\n- Calmer Joints Store', index)).toEqual([]);
  });

  it('reads a lead-in of benefits that names no substance as listing those of the page’s own', () => {
    const text =
      'BPC-157 for tendons\n\nKey benefits for athletes:\n- Calmer joints after training\n- Faster return to sport';
    expect(marked(text)).toEqual([
      ['unreviewed:bpc-157:efficacy', 'Calmer joints after training'],
      ['unreviewed:bpc-157:efficacy', 'Faster return to sport'],
    ]);
  });

  it('reads a heading that promises benefits, with bullets under it, as a lead-in, whatever the items’ capitals', () => {
    const text = 'Benefits of BPC-157\n\n  • Improved Mood\n  • Better Sleep\n\nOur clinic is open daily.';
    expect(marked(text)).toEqual([
      ['unreviewed:bpc-157:efficacy', 'Improved Mood'],
      ['unreviewed:bpc-157:efficacy', 'Better Sleep'],
    ]);
  });

  it('ends a bulleted list at a heading right under its last item', () => {
    const text =
      'Benefits of BPC-157\n- Improved Mood\n- Better Sleep\nHow It Works\nThe peptide is made of 15 amino acids.';
    expect(marked(text)).toEqual([
      ['unreviewed:bpc-157:efficacy', 'Improved Mood'],
      ['unreviewed:bpc-157:efficacy', 'Better Sleep'],
    ]);
    // An item whose bullet stands on the line above it is still an item.
    const bare = 'Benefits of BPC-157:\n-\nImproved Mood\n-\nBetter Sleep';
    expect(marked(bare)).toEqual([
      ['unreviewed:bpc-157:efficacy', 'Improved Mood'],
      ['unreviewed:bpc-157:efficacy', 'Better Sleep'],
    ]);
  });

  it('reads an item written in two sentences as one, and a line of sources as no claim', () => {
    const text =
      'Tesamorelin is a peptide. Tesamorelin is a peptide. Tesamorelin is a peptide.\n' +
      'Common side effects of tesamorelin:\n  • Swelling at the injection site. Usually short-lived.\n  • Headache.\n  • Nausea.\n  • Sources: Nature, The Lancet';
    const index = buildIndex([{ topic: 'tesamorelin', names: ['tesamorelin'], profile, claims: [] }]);
    expect(findClaims(text, index).map((m) => [m.claimId, text.slice(m.start, m.end)])).toEqual([
      ['unreviewed:tesamorelin:safety', 'Swelling at the injection site.'],
      ['unreviewed:tesamorelin:safety', 'Usually short-lived.'],
      // The harms named next, item after item, are one claim: one mark.
      ['unreviewed:tesamorelin:safety', 'Headache.\n  • Nausea.'],
    ]);
  });

  it('reads every item under a lead-in of harms as a safety claim, however short, and "They are:" as the harms just named', () => {
    const text = 'Taking too much BPC-157 can cause:\n- Poor sleep\n- Mood changes';
    expect(marked(text)).toEqual([['unreviewed:bpc-157:safety', 'Poor sleep\n- Mood changes']]);
    const page =
      'BPC-157 for tendons\n\nSome users of it report a few side effects. They are:\n\n- Joint stiffness\n\n- Mood changes';
    expect(marked(page)).toEqual([['unreviewed:bpc-157:safety', 'Joint stiffness\n\n- Mood changes']]);
    expect(findClaims('BPC-157 for tendons\n\nThey are:\n- Joint stiffness\n- Mood changes', index)).toEqual([]);
  });

  it('reads the items under a lead-in about the body’s processes as how the substance works, not as benefits', () => {
    const text = 'Biological processes supported by BPC-157\n\n  • Gene expression\n  • Calcium signalling';
    expect(findClaims(text, index).map((m) => m.claimId)).toEqual([
      'unreviewed:bpc-157:mechanism',
      'unreviewed:bpc-157:mechanism',
    ]);
  });

  it('reads a harm under a lead-in of harms even when the item is one capitalised word', () => {
    const text = 'Taking too much BPC-157 can cause:\n  • Headache\n  • Nausea';
    expect(marked(text)).toEqual([['unreviewed:bpc-157:safety', 'Headache\n  • Nausea']]);
  });

  it('marks a reviewed claim the list makes on its own item, leaving the other items their own claims', () => {
    // The list gives the claim's words on three lines ("speeds" last): its mark stays on the line that says it.
    const text =
      'What BPC-157 supports:\n  • Healing of torn tendons\n  • Calmer joints after training\n  • Speeds recovery';
    expect(marked(text)).toEqual([
      ['bpc-157-heals-tendons', 'Healing of torn tendons'],
      ['unreviewed:bpc-157:efficacy', 'Calmer joints after training'],
      ['unreviewed:bpc-157:efficacy', 'Speeds recovery'],
    ]);
  });

  it('reads a list flattened into one line, bullet after bullet, as the same list set out line by line', () => {
    const lines = 'What BPC-157 does:\n- Improves blood flow to tendons\n- Reduces gut inflammation';
    const flat = 'What BPC-157 does: • Improves blood flow to tendons • Reduces gut inflammation';
    expect(marked(flat)).toEqual([
      ['unreviewed:bpc-157:efficacy', 'Improves blood flow to tendons'],
      ['unreviewed:bpc-157:efficacy', 'Reduces gut inflammation'],
    ]);
    expect(marked(flat)).toEqual(marked(lines));
  });

  it('reads a short bullet as a claim about the substance its lead-in names, marking its words only', () => {
    const text =
      'What BPC-157 does:\n- Improves blood flow to tendons\n- Reduces gut inflammation\n- Ships in two days';
    const found = marked(text);
    expect(found).toEqual([
      ['unreviewed:bpc-157:efficacy', 'Improves blood flow to tendons'],
      ['unreviewed:bpc-157:efficacy', 'Reduces gut inflammation'],
    ]);
  });
});

describe('a lead-in that makes a reviewed claim', () => {
  it('marks with that claim each item it names, and leaves the rest to their own marks', () => {
    const listing = buildIndex([
      {
        ...topics[0]!,
        claims: [
          ...topics[0]!.claims,
          claim('bpc-157-listed-side-effects', {
            verdict: 'unsupported',
            kind: 'safety',
            phrasings: ['side effects of BPC-157 include headaches, dizziness and nausea'],
          }),
        ],
      },
    ]);
    const text = 'Side effects of BPC-157 include:\n- Headaches\n- Dizziness.\n- Hair loss';
    const found = findClaims(text, listing).map((m) => [m.claimId, text.slice(m.start, m.end), m.verdict]);
    expect(found).toEqual([
      ['bpc-157-listed-side-effects', 'Side effects of BPC-157 include', 'unsupported'],
      ['bpc-157-listed-side-effects', 'Headaches', 'unsupported'],
      ['bpc-157-listed-side-effects', 'Dizziness', 'unsupported'],
      [expect.stringMatching(/^unreviewed:bpc-157:/), 'Hair loss', expect.any(String)],
    ]);
  });
});

describe('several claims in one sentence', () => {
  it('marks each claim on its own clause, so one mark does not take the span of another', () => {
    const text =
      'BPC-157 is well tolerated, it speeds the healing of torn tendons, and it repairs the lining of the gut and heals ulcers.';
    const marks = marked(text);
    expect(marks).toContainEqual(['bpc-157-heals-tendons', 'speeds the healing of torn tendons']);
    expect(marks.length).toBeGreaterThan(1);
    expect(marks.every(([, span], i) => marks.every(([, other], j) => i === j || !span!.includes(other!)))).toBe(true);
  });
});

describe('a clause no reviewed claim took', () => {
  it('is judged as a claim of its own', () => {
    const text =
      'BPC-157 speeds the healing of torn tendons, and it is completely safe with no side effects in athletes.';
    expect(marked(text)).toEqual([
      ['bpc-157-heals-tendons', 'BPC-157 speeds the healing of torn tendons'],
      ['unreviewed:bpc-157:safety', 'and it is completely safe with no side effects in athletes.'],
    ]);
  });

  it('is one a conjunction opens, where no comma divides the clauses', () => {
    expect(
      marked(
        'BPC-157 is a peptide.\nIt is completely safe for athletes because it speeds the healing of torn tendons.',
      ),
    ).toEqual([
      ['unreviewed:bpc-157:safety', 'It is completely safe for athletes'],
      ['bpc-157-heals-tendons', 'speeds the healing of torn tendons'],
    ]);
    expect(marked('BPC-157 speeds the healing of torn tendons as it is completely safe for athletes.')).toEqual([
      ['bpc-157-heals-tendons', 'BPC-157 speeds the healing of torn tendons'],
      ['unreviewed:bpc-157:safety', 'it is completely safe for athletes.'],
    ]);
  });

  it('is opened by a whole word: "thought" holds no "though"', () => {
    const text =
      'BPC-157 speeds the healing of torn tendons in athletes thought to be completely safe from side effects.';
    const found = findClaims(text, index);
    expect(found.length).toBeGreaterThan(0);
    // Every mark starts at the start of a word.
    expect(found.filter((m) => /\w/.test(text[m.start - 1] ?? ' '))).toEqual([]);
  });
});

describe('a sentence that names nothing on a page about one substance', () => {
  const page = (line: string) => `BPC-157 for injury recovery\nBPC-157 is a peptide from gastric juice.\n${line}`;

  it('is about that substance when it states an effect of its own', () => {
    const text = page('Pain around the injury drops within days and joints recover their range of motion faster.');
    expect(findClaims(text, index).map((m) => [m.claimId, text.slice(m.start, m.end).slice(0, 8)])).toEqual([
      ['unreviewed:bpc-157:efficacy', 'Pain aro'],
    ]);
  });

  it('is about the substance most of the page names, whatever general words it also uses', () => {
    const text =
      'Peptides are popular. BPC-157 is one of many peptides, and peptides are sold online. BPC-157 is ' +
      'the peptide most users ask about, and BPC-157 is made in labs.\n' +
      'Pain around the injury drops within days and joints recover their range of motion faster.';
    expect(findClaims(text, withPeptides).map((m) => m.claimId)).toEqual(['unreviewed:bpc-157:efficacy']);
  });

  it('is about the substance the page names most when its title names only a general topic', () => {
    const text =
      'Peptide profile\nBPC-157\nBPC-157 is a peptide from gastric juice. BPC-157 is sold online in vials.\n' +
      'Storage\nKeep vials cold. Keep them dark. Mix with sterile water. Use within a month. Label each vial.\n' +
      'Benefits\n' +
      'Repairs torn tendons and reduces swelling around the injury within days.';
    expect(findClaims(text, withPeptides).map((m) => m.claimId)).toEqual(['bpc-157-heals-tendons']);
  });

  it('is about that substance even when it also names a general topic', () => {
    const text = page('Pain around the injury drops faster than with most other peptides, users report.');
    expect(findClaims(text, withPeptides).map((m) => m.claimId)).toEqual(['unreviewed:bpc-157:efficacy']);
  });

  it('is about the substance its section’s heading names, on a page about several', () => {
    const text =
      'Two recovery peptides compared\nBPC-157\nBPC-157 is a peptide from gastric juice.\n' +
      'TB-500\nTB-500 is a fragment of thymosin beta-4.\n' +
      'Pain around the injury drops within days and joints recover their range of motion faster.';
    expect(findClaims(text, withPeptides).map((m) => m.claimId)).toEqual(['unreviewed:tb-500:efficacy']);
  });

  it('is not when the writer frames it, or it only promises benefits', () => {
    for (const line of [
      'In this review we will look at how fast swelling drops and joints recover.',
      'The research explains why joints recover faster for some people than others.',
      'Clinical data show benefits in:',
    ])
      expect(findClaims(page(line), index)).toEqual([]);
  });
});

describe('a statement about the evidence itself', () => {
  // The test profile: no human trials (very low certainty), rat studies exist.

  it('is checked against the profile’s rating of the human evidence', () => {
    expect(judged('BPC-157 is backed by extensive clinical research in people.')).toEqual([
      ['unreviewed:bpc-157:evidence:strong:human', 'unsupported'],
    ]);
    expect(judged('Human data on BPC-157 are limited to a handful of case reports.')).toEqual([
      ['unreviewed:bpc-157:evidence:thin:human', 'supported'],
    ]);
    expect(judged('Most of the benefits of BPC-157 are not well researched in people.')).toEqual([
      ['unreviewed:bpc-157:evidence:thin:human', 'supported'],
    ]);
    // Absent, zero, still being studied: thin; early but promising in people: still thin.
    for (const text of [
      'Human data on BPC-157 are essentially absent so far.',
      'BPC-157 has decades of lab work and zero published human RCTs.',
      'The long-term effects of BPC-157 in humans are still under investigation.',
      'Early human studies of BPC-157 look promising to its fans.',
      'More extensive human trials of BPC-157 are needed to understand its efficacy.',
      'Rat studies of BPC-157 look good, but its effects in humans are still under investigation.',
      'Experts caution against BPC-157 hype until more solid evidence is available.',
      'The role of BPC-157 in human healing is a subject of ongoing investigation.',
      // Missing in people without a word for evidence, or called anecdote.
      'BPC-157 for tendons has not been clinically validated.',
      'What is known of BPC-157 is mostly animal and cell-based.',
      'Human reports on BPC-157 are anecdotal.',
    ])
      expect(judged(text), text).toEqual([['unreviewed:bpc-157:evidence:thin:human', 'supported']]);
  });

  it('is taken as true when it calls the evidence thin, even for a drug well studied for its main use', () => {
    const studied = buildIndex([
      {
        topic: 'semaglutide',
        names: ['semaglutide'],
        profile: {
          ...profile,
          humanEvidence: { kind: 'human-trials', certainty: 'high', summary: 'Large trials for weight loss.' },
        },
        claims: [],
      },
    ]);
    const [m] = findClaims('Evidence for semaglutide against alcohol cravings is still limited.', studied);
    expect([m?.claimId, m?.verdict]).toEqual(['unreviewed:semaglutide:evidence:thin:human', 'supported']);
    expect(m?.reasons.join(' ')).toContain('for its main use');
  });

  it('calls the evidence thin before what it would support, effect words and all', () => {
    // The sentence appraises the evidence for an effect; it does not state the effect.
    for (const text of [
      'There is limited scientific evidence to support BPC-157 for joint pain in older adults.',
      'Despite its many purported uses, there is conflicting evidence supporting the benefits of BPC-157.',
      'There is little data that BPC-157 improves recovery in people.',
    ])
      expect(judged(text), text).toEqual([['unreviewed:bpc-157:evidence:thin:human', 'supported']]);
  });

  it('about animals, against whether animal studies exist', () => {
    expect(judged('The most well-established research on BPC-157 comes from animal models.')).toEqual([
      ['unreviewed:bpc-157:evidence:strong:animal', 'supported'],
    ]);
    expect(judged('Preliminary animal studies of BPC-157 have shown promising results.')).toEqual([
      ['unreviewed:bpc-157:evidence:strong:animal', 'supported'],
    ]);
    expect(judged('Animal studies of BPC-157 have yielded promising results.')).toEqual([
      ['unreviewed:bpc-157:evidence:strong:animal', 'supported'],
    ]);
  });

  it('leaves a hedged effect to be judged as an effect, and a citation alone', () => {
    // By the profile (animal studies only: weak), not taken as true for its hedge.
    expect(judged('Early studies suggest BPC-157 may improve blood flow to injured muscles.')).toEqual([
      ['unreviewed:bpc-157:efficacy', 'weak'],
    ]);
    expect(judged('Key reference on BPC-157: PMID 12345678, an early study of limited size.')).toEqual([]);
    expect(judged('BPC-157 research began in Zagreb, and today its sale online is limited in many countries.')).toEqual(
      [],
    );
  });
});

describe('a line that opens with the verb of an effect', () => {
  it('is a claim about the substance in focus, short or set apart like a heading', () => {
    const text =
      'What BPC-157 does\nBPC-157 is a peptide from gastric juice. BPC-157 is sold in vials.\n' +
      '- Reduces swelling around tendons\n- Supports healthy immune function\n\nLowers tension in stiff joints over weeks\n';
    expect(marked(text)).toEqual([
      ['unreviewed:bpc-157:efficacy', 'Reduces swelling around tendons'],
      ['unreviewed:bpc-157:efficacy', 'Supports healthy immune function'],
      ['unreviewed:bpc-157:efficacy', 'Lowers tension in stiff joints over weeks'],
    ]);
  });

  it('but not a heading in another form of the verb', () => {
    const text =
      'What BPC-157 does\nBPC-157 is a peptide from gastric juice. BPC-157 is sold in vials.\n\nReduced Swelling\n';
    expect(findClaims(text, index)).toEqual([]);
  });
});

describe('titles inside running text', () => {
  it('are not claims, even in a list under a lead-in', () => {
    const text =
      'Contents of this BPC-157 guide:\n- How BPC-157 Works: Mechanisms of Action\n- Safety Profile and Side Effects';
    expect(findClaims(text, index)).toEqual([]);
  });
});

describe('"it" and "the compound"', () => {
  it('refer to the substance named just before, before the page’s own', () => {
    const text =
      'BPC-157 for injury recovery\nBPC-157 is a peptide from gastric juice. Many readers also ask about TB-500.\n' +
      'The compound improves blood flow to injured muscles within days.';
    expect(findClaims(text, withPeptides).map((m) => m.claimId)).toEqual(['unreviewed:tb-500:efficacy']);
  });

  it('may stand a few words into the sentence as "this agent", but not as "the treatment"', () => {
    const named = 'BPC-157 is one peptide. Many readers ask about TB-500.\n';
    expect(
      findClaims(`${named}In most patients this agent improves blood flow to injured muscles.`, withPeptides).map(
        (m) => m.claimId,
      ),
    ).toEqual(['unreviewed:tb-500:efficacy']);
    expect(findClaims(`${named}In the treatment group blood flow to injured muscles improved.`, withPeptides)).toEqual(
      [],
    );
  });
});

describe('a subject described in passing before its claim', () => {
  it('has the description and the claim judged apart', () => {
    const text = 'BPC-157, a peptide first isolated from human gastric juice, improves blood flow to injured muscles.';
    expect(marked(text)).toEqual([
      ['bpc-157-from-gastric-juice', 'first isolated from human gastric juice'],
      ['unreviewed:bpc-157:efficacy', 'improves blood flow to injured muscles.'],
    ]);
    // The claim is judged as itself, not by the reviewed claim its description comes closest to.
    const described = 'BPC-157, a chain of fifteen amino acids, improves blood flow to injured muscles.';
    expect(marked(described)).toEqual([['unreviewed:bpc-157:efficacy', 'improves blood flow to injured muscles.']]);
  });
});

describe('a sentence that opens with a comparison', () => {
  it('is about the substance it names after the comparison, not the one it is compared with', () => {
    const ids = (text: string) => findClaims(text, withPeptides).map((m) => m.claimId);
    expect(ids('Unlike BPC-157, TB-500 improves blood flow to injured muscles within days.')).toEqual([
      'unreviewed:tb-500:efficacy',
    ]);
    expect(ids('Compared with TB-500, BPC-157 improves blood flow to injured muscles within days.')).toEqual([
      'unreviewed:bpc-157:efficacy',
    ]);
    // With nothing named after it, the comparison's name is all the sentence has.
    expect(ids('Like BPC-157, it improves blood flow to injured muscles within days.')).toEqual([
      'unreviewed:bpc-157:efficacy',
    ]);
  });
});

describe('a substance named after the verb of an effect', () => {
  const withCollagen = buildIndex([
    ...topics,
    {
      topic: 'collagen',
      names: ['collagen'],
      profile,
      claims: [claim('collagen-is-skin-protein', { phrasings: ['collagen is the main structural protein of skin'] })],
    },
  ]);
  const about = (text: string) => findClaims(text, withCollagen).map((m) => [m.claimId, text.slice(m.start, m.end)]);
  it('is acted on: "it" is still the substance named before', () => {
    expect(
      about('BPC-157 is a peptide from gastric juice.\nIt increases collagen production in torn tendons.'),
    ).toEqual([['unreviewed:bpc-157:efficacy', 'It increases collagen production in torn tendons.']]);
    expect(
      about('BPC-157 is a peptide from gastric juice.\nAt low doses, it increases collagen production in tendons.'),
    ).toEqual([['unreviewed:bpc-157:efficacy', 'At low doses, it increases collagen production in tendons.']]);
  });
  it('is not what "it" in the next sentence stands for', () => {
    const text =
      'BPC-157 is a peptide from gastric juice.\nLow doses increase collagen production in tendons.\n' +
      'It also improves blood flow to injured muscles.';
    expect(about(text)).toContainEqual([
      'unreviewed:bpc-157:efficacy',
      'It also improves blood flow to injured muscles.',
    ]);
  });
  it('and a line that opens with the verb is about its lead-in’s substance', () => {
    expect(about('Benefits of BPC-157:\n- Stimulates collagen in torn tendons')).toEqual([
      ['unreviewed:bpc-157:efficacy', 'Stimulates collagen in torn tendons'],
    ]);
  });
  it('but a substance named before the verb is the subject, as is one the opening names', () => {
    expect(about('BPC-157 is a peptide from gastric juice.\nCollagen increases the elasticity of skin.')).toEqual([
      ['unreviewed:collagen:efficacy', 'Collagen increases the elasticity of skin.'],
    ]);
  });
});

describe('the closest reviewed claim', () => {
  it('judges a claim no reviewed claim matches when one comes close, and says which', () => {
    const mixed = buildIndex([
      {
        ...topics[0]!,
        claims: topics[0]!.claims.map((c) =>
          c.id === 'bpc-157-lowers-blood-pressure' ? { ...c, verdict: 'mixed' } : c,
        ),
      },
    ]);
    const [m] = findClaims('BPC-157 lowers blood pressure and eases strain on the heart in most users.', mixed);
    expect(m).toMatchObject({
      claimId: 'unreviewed:bpc-157:efficacy:bpc-157-lowers-blood-pressure',
      verdict: 'mixed',
    });
    expect(m!.reasons).toContain('judged by the closest reviewed claim, bpc-157-lowers-blood-pressure');
  });

  it('but not by a myth it only comes close to: a false or unsupported claim judges what matches it', () => {
    const [m] = findClaims('BPC-157 lowers blood pressure and eases strain on the heart in most users.', index);
    expect(m).toMatchObject({ claimId: 'unreviewed:bpc-157:efficacy', verdict: 'weak' });
  });

  it('marks what a thyroid or adrenal page claims of the thyroid or cortisol', () => {
    const organs = buildIndex(
      ['thyroid', 'cortisol'].map((topic) => ({
        topic,
        names: [topic],
        profile,
        claims: [claim(`${topic}-test`, { phrasings: [`${topic} rises in winter and falls in summer`] })],
      })),
    );
    expect(findClaims('Thyroid hormone pills restore energy and clear brain fog within weeks.', organs)).toEqual([
      expect.objectContaining({ claimId: 'unreviewed:thyroid:efficacy', verdict: 'weak' }),
    ]);
    expect(findClaims('Adaptogens lower cortisol and cure adrenal fatigue for good.', organs)).toEqual([
      expect.objectContaining({ claimId: 'unreviewed:cortisol:efficacy' }),
    ]);
  });

  it('falls back on the profile where no reviewed claim comes close', () => {
    const [m] = findClaims('BPC-157 improves blood flow to injured muscles within days.', index);
    expect(m).toMatchObject({ claimId: 'unreviewed:bpc-157:efficacy', verdict: 'weak' });
  });
});
