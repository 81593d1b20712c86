import { describe, expect, it } from 'vitest';
import { buildIndex, conjunctParts } from '../../lib/core/claim-index';
import { findClaims, scanClaims, type ScanTrace } from '../../lib/core/find-claims';
import { writtenAsDenial } from '../../lib/core/negation';
import { statedScope } from '../../lib/core/stated-scope';
import { tokenize } from '../../lib/core/tokenize';
import { SAMPLE_TOPICS, testClaim } from './sample-topics';

const index = buildIndex(SAMPLE_TOPICS);
/** The claims marked in a text, by the sample index or another. */
const ids = (text: string, idx = index) => findClaims(text, idx).map((m) => m.claimId);
/** Each mark's claim and the words it marks. */
const marksIn = (text: string, idx: ReturnType<typeof buildIndex>) =>
  findClaims(text, idx).map((m) => [m.claimId, text.slice(m.start, m.end)]);

describe('findClaims', () => {
  it('finds a claim worded differently from its phrasing', () => {
    const text = 'Patients on Sermorelin kept ninety-eight to one hundred percent of lean body mass.';
    expect(ids(text)).toEqual(['sermorelin-lean-mass-retention']);
  });

  it('matches "black-box warnings" and British spelling to a "black box warning" phrasing', () => {
    expect(ids('Somatropin carries FDA black-box warnings for tumour growth risk.')).toEqual([
      'somatropin-black-box-warning',
    ]);
  });

  it('reads filler words a phrasing or a page adds ("actually", "does", "really") as no part of the claim', () => {
    const mk = buildIndex([
      {
        topic: 'mk-677',
        names: ['MK-677', 'ibutamoren'],
        claims: [
          testClaim('mk-677-secretagogue', ['MK-677 is actually a growth hormone secretagogue that really does work']),
        ],
      },
    ]);
    expect(
      findClaims('MK-677 is a growth hormone secretagogue that works.', mk).map((m) => [m.claimId, m.score]),
    ).toEqual([['mk-677-secretagogue', 1]]);
  });

  it('tells claims apart by their numbers', () => {
    expect(ids('Magnesium is a mineral involved in more than 600 enzymatic reactions.')).toEqual([
      'magnesium-600-reactions',
    ]);
    expect(ids('Magnesium acts as a cofactor in over 300 enzyme systems.')).toEqual(['magnesium-300-enzymes']);
  });

  it('marks nothing in text that makes no health claim', () => {
    expect(ids('Preheat the oven to 180 degrees. Whisk two eggs with sugar and fold in the flour.')).toEqual([]);
    expect(ids('The function returns a promise that resolves with the parsed configuration object.')).toEqual([]);
  });

  it('returns offsets whose text carries the claim, inside its sentence', () => {
    const text = 'Intro line.\nWe found that somatropin carries an FDA black box warning for tumour growth. Next.';
    const [m] = findClaims(text, index);
    expect(m).toBeDefined();
    expect(text.slice(m!.start, m!.end)).toBe('somatropin carries an FDA black box warning for tumour growth');
  });

  it('keeps the reasons for a match', () => {
    const [m] = findClaims('Somatropin carries a black box warning for tumor growth.', index);
    expect(m!.reasons[0]).toMatch(/^like “/);
    expect(m!.reasons.join(' ')).toMatch(/the page says “Somatropin”, “carries”, “black box”/);
    expect(m!.reasons.join(' ')).not.toMatch(/dir:|sideeffect|shared terms/);
  });

  it('gives the same result on every run, and one claim per span', () => {
    const text = 'Sermorelin users keep 98 to 100 percent of their lean mass while dieting. '.repeat(3);
    const a = findClaims(text, index);
    expect(findClaims(text, index)).toEqual(a);
    for (let i = 1; i < a.length; i++) expect(a[i]!.start).toBeGreaterThanOrEqual(a[i - 1]!.end);
  });

  it('scans in steps that a caller can yield between, with the same result', () => {
    const text =
      Array.from({ length: 10 }, (_, i) => `Sentence ${i} is filler.`).join(' ') +
      ' Somatropin carries an FDA black box warning for tumour growth.';
    const steps = scanClaims(text, index, { perStep: 3 });
    let yields = 0;
    let r = steps.next();
    while (!r.done) {
      yields++;
      r = steps.next();
    }
    expect(yields).toBeGreaterThanOrEqual(3);
    expect(r.value).toEqual(findClaims(text, index));
  });
});

describe('findClaims in context', () => {
  it('tells a claim from its denial', () => {
    expect(ids('BPC-157 is an FDA approved peptide for healing.')).toEqual(['bpc-157-fda-approved']);
    expect(ids('BPC-157 is not an FDA approved peptide.')).toEqual(['bpc-157-not-fda-approved']);
  });

  it('reads "it" as the topic the page was just talking about', () => {
    const text = 'BPC 157 stands for body protection compound. It is not approved by the FDA for any use.';
    expect(ids(text)).toEqual(['bpc-157-not-fda-approved']);
  });

  it('lays a myth about status or safety at the page’s door only where the sentence names its subject', () => {
    const myths = buildIndex([
      {
        topic: 'ozempic',
        names: ['Ozempic'],
        claims: [
          testClaim('ozempic-approved-for-weight-loss', ['Ozempic is FDA approved for weight loss'], {
            verdict: 'false',
            kind: 'regulatory',
          }),
        ],
      },
    ]);
    const found = (text: string) => findClaims(text, myths).map((m) => m.claimId);
    const page = 'Ozempic is a weekly injection for type 2 diabetes.\n';
    expect(found(`${page}Ozempic is FDA approved for weight loss.`)).toEqual(['ozempic-approved-for-weight-loss']);
    expect(found(`${page}It is FDA approved for weight loss.`)).toEqual(['ozempic-approved-for-weight-loss']);
    // A name in focus does not stand in for the subject of a myth the sentence does not state.
    expect(found(`${page}The approved plan for weight loss climbs over months.`)).toEqual([]);
  });

  it('gives a sentence that says a general claim and a more specific one as fully to the specific one', () => {
    const two = buildIndex([
      {
        topic: 'semaglutide',
        names: ['semaglutide'],
        claims: [
          testClaim('semaglutide-weight-loss', ['semaglutide causes weight loss']),
          testClaim('semaglutide-step-1', [
            'in the STEP 1 trial semaglutide caused weight loss in adults with obesity',
          ]),
        ],
      },
    ]);
    const text = 'Semaglutide caused weight loss in adults with obesity in the STEP 1 trial.';
    expect(findClaims(text, two).map((m) => m.claimId)).toEqual(['semaglutide-step-1']);
  });

  it('does not take a claim about one sex for a sentence about the other', () => {
    const t = buildIndex([
      {
        topic: 'testosterone',
        names: ['testosterone'],
        claims: [testClaim('testosterone-women-libido', ['low testosterone in women causes low libido and fatigue'])],
      },
    ]);
    const found = (text: string) => findClaims(text, t).map((m) => m.claimId);
    expect(found('In women, low testosterone causes low libido and fatigue.')).toEqual(['testosterone-women-libido']);
    expect(found('In men, low testosterone causes low libido and fatigue.')).toEqual([]);
  });

  it('reads whom a claim speaks of from its statement where the phrasing names no one sex, or both', () => {
    const t = buildIndex([
      {
        topic: 'clomiphene',
        names: ['clomiphene'],
        claims: [
          testClaim(
            'clomiphene-male-fertility',
            ['clomiphene treats male as well as female infertility', 'clomiphene raises sperm counts'],
            {
              claim: 'Clomiphene can improve sperm counts and fertility in men.',
            },
          ),
        ],
      },
    ]);
    const found = (text: string) => findClaims(text, t).map((m) => m.claimId);
    expect(found('Clomiphene treats male infertility.')).toEqual(['clomiphene-male-fertility']);
    expect(found('Clomiphene treats female infertility.')).toEqual([]);
    expect(found('In men, clomiphene raises sperm counts.')).toEqual(['clomiphene-male-fertility']);
    expect(found('In women, clomiphene raises sperm counts.')).toEqual([]);
    // A sentence that names no one sex still takes it.
    expect(found('Clomiphene raises sperm counts.')).toEqual(['clomiphene-male-fertility']);
  });

  it('reads "it" as the substance named last when two are in view', () => {
    const two = buildIndex([
      { topic: 'bpc-157', names: ['BPC-157'], claims: [testClaim('bpc-157-tendons', ['BPC-157 heals torn tendons'])] },
      { topic: 'tb-500', names: ['TB-500'], claims: [testClaim('tb-500-tendons', ['TB-500 heals torn tendons'])] },
    ]);
    const found = (text: string) => findClaims(text, two).map((m) => m.claimId);
    expect(found('BPC-157 comes from gastric juice. TB-500 is a fragment of thymosin. It heals torn tendons.')).toEqual(
      ['tb-500-tendons'],
    );
    expect(found('TB-500 is a fragment of thymosin. BPC-157 comes from gastric juice. It heals torn tendons.')).toEqual(
      ['bpc-157-tendons'],
    );
  });

  it('reads "it" as the substance named last when the sentence names what it acts on', () => {
    const two = buildIndex([
      {
        topic: 'saw-palmetto',
        names: ['saw palmetto'],
        claims: [
          testClaim('saw-palmetto-blocks-5ar', ['saw palmetto inhibits 5-alpha reductase'], { verdict: 'weak' }),
        ],
      },
      {
        topic: 'finasteride',
        names: ['finasteride', 'Propecia'],
        claims: [testClaim('finasteride-blocks-5ar', ['finasteride inhibits 5-alpha reductase'])],
      },
      {
        topic: 'dht',
        names: ['DHT', 'dihydrotestosterone'],
        claims: [testClaim('dht-hair', ['DHT shrinks hair follicles'])],
      },
    ]);
    const text = [
      'Saw palmetto is sold as a natural Propecia.',
      'Saw palmetto has anti-androgenic properties.',
      'Specifically, it can inhibit 5-alpha reductase, which makes DHT.',
    ].join(' ');
    const ids = findClaims(text, two).map((m) => m.claimId);
    expect(ids).toContain('saw-palmetto-blocks-5ar');
    expect(ids).not.toContain('finasteride-blocks-5ar');
  });

  it('reads "it" after a fronted phrase that names another substance as the topic in focus', () => {
    const hex = buildIndex([
      {
        topic: 'hexarelin',
        names: ['hexarelin'],
        claims: [testClaim('hexarelin-no-appetite', ['unlike GHRP-6, hexarelin does not stimulate appetite'])],
      },
      {
        topic: 'ghrp-6',
        names: ['GHRP-6'],
        claims: [testClaim('ghrp-6-raises-appetite', ['GHRP-6 strongly raises appetite'])],
      },
    ]);
    const text = 'Hexarelin is a potent growth hormone secretagogue. Unlike GHRP-6, it does not stimulate appetite.';
    expect(findClaims(text, hex).map((m) => m.claimId)).toEqual(['hexarelin-no-appetite']);
  });

  it('lets the name in focus stand in for the subject of a short claim the sentence otherwise says in full', () => {
    const mk = buildIndex([
      {
        topic: 'mk-677',
        names: ['MK-677', 'ibutamoren'],
        claims: [testClaim('mk-677-secretagogue', ['MK-677 is a growth hormone secretagogue'])],
      },
    ]);
    const ids = (text: string) => findClaims(text, mk).map((m) => m.claimId);
    expect(ids('MK-677 is sold as a SARM. Instead, it is a growth hormone secretagogue.')).toEqual([
      'mk-677-secretagogue',
    ]);
    // Half the claim and the name in focus are not the claim.
    expect(ids('MK-677 is sold as a SARM. It is a secretagogue.')).toEqual([]);
  });

  it('lets a name of two words in focus stand in whole for "it", never one word of it alone', () => {
    const saw = buildIndex([
      {
        topic: 'saw-palmetto',
        names: ['saw palmetto', 'Serenoa repens'],
        claims: [
          testClaim('saw-palmetto-shrinks-prostate', ['saw palmetto shrinks an enlarged prostate']),
          testClaim('saw-palmetto-hair', ['saw palmetto berry extract stops hair loss in men']),
          testClaim('saw-palmetto-three-months', ['saw palmetto takes three months to work']),
        ],
      },
    ]);
    const ids = (text: string) => findClaims(text, saw).map((m) => m.claimId);
    const intro = 'Saw palmetto is a palm extract sold for men. ';
    expect(ids(`${intro}It is said to shrink an enlarged prostate.`)).toEqual(['saw-palmetto-shrinks-prostate']);
    // "The palmetto" leaves "saw" unsaid: the rest of the name stands in.
    expect(ids(`${intro}The palmetto can shrink an enlarged prostate.`)).toEqual(['saw-palmetto-shrinks-prostate']);
    // Half the claim and the name in focus are not the claim.
    expect(ids(`${intro}It stops hair loss.`)).toEqual([]);
    // A figure and a word or two in common are not the claim: "every three months" on a clinic's page.
    expect(ids(`${intro}Lab work is repeated every three months.`)).toEqual([]);
    expect(ids(`${intro}It takes about three months to work.`)).toEqual(['saw-palmetto-three-months']);
    // Out of focus, nothing stands in.
    expect(ids('Our clinic opened in May. It is said to shrink an enlarged prostate.')).toEqual([]);
  });

  it('tells a trace why a close phrasing was not marked, and every match before overlapping marks are settled', () => {
    const kiss = buildIndex([
      {
        topic: 'kisspeptin',
        names: ['kisspeptin'],
        claims: [
          testClaim('kisspeptin-no-nausea', ['kisspeptin does not cause nausea or headaches in healthy men']),
          testClaim('kisspeptin-raises-lh', ['kisspeptin raises LH and testosterone']),
        ],
      },
    ]);
    const events: ScanTrace[] = [];
    const text = 'Kisspeptin can cause nausea or headaches in healthy men. Does kisspeptin raise LH and testosterone?';
    expect(findClaims(text, kiss, { trace: (e) => events.push(e) })).toEqual([]);
    expect(events).toContainEqual(
      expect.objectContaining({ kind: 'phrasing', reason: expect.stringContaining('says "not"') }),
    );
    expect(events).toContainEqual(expect.objectContaining({ kind: 'sentence', reason: 'a question asserts nothing' }));
    events.length = 0;
    findClaims('Kisspeptin raises LH and testosterone.', kiss, { trace: (e) => events.push(e) });
    expect(events).toEqual([expect.objectContaining({ kind: 'matched', claimId: 'kisspeptin-raises-lh', start: 0 })]);
  });

  it('gives a span to the claim whose substance the sentence names over one whose name is only in focus', () => {
    const two = buildIndex([
      {
        topic: 'enclomiphene',
        names: ['enclomiphene'],
        claims: [testClaim('enclomiphene-sperm', ['enclomiphene keeps sperm count and fertility'])],
      },
      {
        topic: 'gonadorelin',
        names: ['gonadorelin'],
        claims: [testClaim('gonadorelin-fertility', ['gonadorelin keeps fertility on TRT'])],
      },
    ]);
    const text =
      'Enclomiphene is an oral pill. For men who care about sperm count, we give gonadorelin to keep fertility on TRT.';
    expect(findClaims(text, two).map((m) => m.claimId)).toEqual(['gonadorelin-fertility']);
  });

  it('does not carry a topic into sentences far from where it was named', () => {
    const filler = ' The weather was mild. The trains ran on time. Lunch was soup. It rained. We left early.';
    const text = `BPC 157 stands for body protection compound.${filler} It is not approved by the FDA for any use.`;
    expect(ids(text)).toEqual([]);
  });

  it('does not mark a question, which asserts nothing', () => {
    expect(ids('Is BPC-157 an FDA approved peptide?')).toEqual([]);
    expect(ids('Is BPC-157 an FDA approved peptide? Yes: BPC-157 is an FDA approved peptide.')).toEqual([
      'bpc-157-fda-approved',
    ]);
  });

  it('reads "Did you know that…?" as stating what it asks, and "Did you know what…?" as a question', () => {
    expect(ids('Did you know that BPC-157 is an FDA approved peptide?')).toEqual(['bpc-157-fda-approved']);
    expect(ids('Did you know BPC-157 is an FDA approved peptide?')).toEqual(['bpc-157-fda-approved']);
    expect(ids('Did you know whether BPC-157 is an FDA approved peptide?')).toEqual([]);
    expect(ids('Did you know? BPC-157 stands for body protection compound.')).toEqual([]);
  });

  it('does not mark a web address printed as text', () => {
    expect(ids('Read more: https://example.com/blog/bpc-157-is-an-fda-approved-peptide\nBPC-157 rocks.')).toEqual([]);
    expect(ids('See example.com/bpc-157-is-an-fda-approved-peptide for BPC-157 news.')).toEqual([]);
  });

  it('marks nothing for a topic the page never names', () => {
    expect(ids('Users keep 98 to 100 percent of their lean mass while dieting.')).toEqual([]);
  });
});

describe('buildIndex', () => {
  it('is plain JSON, so the background can hand it to a page', () => {
    expect(JSON.parse(JSON.stringify(index))).toEqual(index);
  });
});

describe('scope stated by the page', () => {
  const fisetin = buildIndex([
    {
      topic: 'fisetin',
      names: ['fisetin'],
      claims: [
        testClaim('fisetin-clears-cells-in-people', ['fisetin clears senescent cells in humans'], {
          evidence: 'human-trials',
        }),
      ],
    },
  ]);
  const claimed = (text: string) => findClaims(text, fisetin).map((m) => m.claimId);
  it('never gives a finding the page places in animals a phrasing that says it was made in people', () => {
    expect(claimed('Fisetin clears senescent cells in humans.')).toEqual(['fisetin-clears-cells-in-people']);
    expect(claimed('In animal models, fisetin clears senescent cells from old tissue.')).not.toContain(
      'fisetin-clears-cells-in-people',
    );
    // A sentence that speaks of both may still state, or deny, the human claim.
    expect(claimed('Fisetin clears senescent cells in mice, and in humans too.')).toContain(
      'fisetin-clears-cells-in-people',
    );
  });
});

describe('a claim recorded for the scope the page states', () => {
  it('reads a disease model ("colitis models", "injury models") as animal work, not a model of anything', () => {
    const scope = (text: string) => statedScope(tokenize(text));
    expect(scope('In TNBS-induced colitis models, BPC-157 reduced lesions.')).toBe('animal');
    expect(scope('In tendon injury models, TB-500 sped repair.')).toBe('animal');
    expect(scope('In business models, clinics charge monthly fees.')).toBe('human');
  });

  it('wins a span over the same claim recorded without a scope, when both are met in full', () => {
    const dihexa = buildIndex([
      {
        topic: 'dihexa',
        names: ['dihexa'],
        claims: [
          testClaim('dihexa-more-potent-than-bdnf', ['dihexa is far more potent than BDNF'], { verdict: 'mixed' }),
          testClaim('dihexa-more-potent-than-bdnf-in-cells', ['dihexa is far more potent than BDNF'], {
            verdict: 'supported',
            scope: 'in-vitro',
          }),
        ],
      },
    ]);
    const [m] = findClaims('In cell culture, dihexa is far more potent than BDNF.', dihexa);
    expect(m?.claimId).toBe('dihexa-more-potent-than-bdnf-in-cells');
  });
});

describe('two negations that assert', () => {
  const sarms = buildIndex([
    {
      topic: 'sarms',
      names: ['SARMs'],
      claims: [
        testClaim('sarms-cause-side-effects', ['SARMs cause side effects such as acne and hair loss'], {
          evidence: 'human-observational',
        }),
      ],
    },
  ]);
  it('reads "not without" and "aren’t devoid of", a word or two apart, as asserting the claim', () => {
    for (const text of [
      'SARMs don’t come without side effects such as acne and hair loss.',
      'SARMs aren’t devoid of side effects such as acne and hair loss.',
    ]) {
      const [m] = findClaims(text, sarms);
      expect(m?.claimId).toBe('sarms-cause-side-effects');
      expect(m?.reasons.join(' ')).not.toMatch(/denies/);
    }
    expect(writtenAsDenial('a lack of zinc weakens the immune system')).toBe(false);
    expect(writtenAsDenial('there is a lack of scientific evidence for zinc')).toBe(true);
    expect(writtenAsDenial('zinc lacks FDA approval for colds')).toBe(true);
    expect(writtenAsDenial('sirtuins cannot function without NAD+')).toBe(false);
    expect(writtenAsDenial('SARMs do not cause side effects')).toBe(true);
    // "Fail" denies as "fail to", not as what other treatments do before a second-line drug.
    expect(writtenAsDenial('black cohosh failed to relieve hot flashes')).toBe(true);
    expect(writtenAsDenial('Rybelsus is used after other treatments fail')).toBe(false);
  });
});

describe('a negation that denies names alone', () => {
  const index = buildIndex([
    { topic: 'sarms', names: ['SARM', 'SARMs'], claims: [testClaim('sarms-banned', ['SARMs are banned in sport'])] },
    {
      topic: 'mk-677',
      names: ['MK-677'],
      claims: [
        testClaim('mk-677-not-a-sarm', ["MK-677 isn't actually a SARM"]),
        testClaim('mk-677-is-a-sarm', ['MK-677 is a SARM']),
      ],
    },
  ]);
  it('takes a phrasing that denies one name is another where the sentence denies it too, and not the opposite phrasing', () => {
    const ids = (text: string) =>
      findClaims(text, index).map((m) => [m.claimId, m.reasons.includes('the page denies this claim')]);
    expect(ids('MK-677 is not a SARM.')).toContainEqual(['mk-677-not-a-sarm', false]);
    expect(ids('MK-677 is not a SARM.')).not.toContainEqual(['mk-677-is-a-sarm', false]);
    expect(ids('MK-677 is a SARM.')).toEqual([['mk-677-is-a-sarm', false]]);
  });
});

describe('marked spans and negation', () => {
  it('keeps the mark on the claim when a word of it comes again later in the sentence', () => {
    const text =
      'Somatropin carries an FDA black box warning for tumour growth, and somatropin users should not ignore it.';
    const [m] = findClaims(text, index);
    expect(m?.claimId).toBe('somatropin-black-box-warning');
    expect(text.slice(m!.start, m!.end)).toBe('Somatropin carries an FDA black box warning for tumour growth');
  });

  it('lets a negation deny only its own clause', () => {
    expect(ids('BPC-157 is not cheap, but BPC-157 is an FDA approved peptide.')).toEqual(['bpc-157-fda-approved']);
  });

  it('reads a "Myth:" heading as a denial of what follows, and judges the denial', () => {
    const [m] = findClaims('Myth: BPC-157 is an FDA approved peptide.', index);
    expect(m).toMatchObject({ claimId: 'bpc-157-fda-approved', verdict: 'supported' });
    expect(m!.reasons).toContain('the page denies this claim');
  });

  it('judges "no evidence" and "unfounded" denials by the inverse verdict', () => {
    const denied = (text: string) => findClaims(text, index).map((m) => [m.claimId, m.verdict]);
    expect(denied('The idea that BPC-157 is an FDA approved peptide is unfounded.')).toEqual([
      ['bpc-157-fda-approved', 'supported'],
    ]);
    expect(denied('Somatropin carries no FDA black box warning for tumour growth.')).toEqual([
      ['somatropin-black-box-warning', 'supported'],
    ]);
    // A belief said to be wrong or since overturned, or evidence for it said to be lacking, is denied
    // as "unfounded" denies it; "wrong", "false" and evidence of something else missing deny nothing.
    for (const [text, verdict] of [
      ['Many people wrongly believe that BPC-157 is an FDA approved peptide.', 'supported'],
      ['The old view that BPC-157 is an FDA approved peptide has been overturned.', 'supported'],
      ['Sellers falsely say BPC-157 is an FDA approved peptide.', 'supported'],
      ['Evidence that BPC-157 is an FDA approved peptide is lacking.', 'supported'],
      ['Sellers say BPC-157 is an FDA approved peptide, but data from trials are missing.', 'false'],
      ['At the wrong dose, BPC-157 is an FDA approved peptide.', 'false'],
    ] as const)
      expect(denied(text)).toEqual([['bpc-157-fda-approved', verdict]]);
    // "Absence" is a negation however the tokenizer folds it ("absenc").
    expect(denied('Its use grows despite the absence of an FDA approved label for BPC-157 peptide.')).toEqual([
      ['bpc-157-not-fda-approved', 'supported'],
    ]);
  });

  it('does not read "many don’t realize that…" as a denial of what follows', () => {
    const [m] = findClaims('What many people don’t realize is that BPC-157 is an FDA approved peptide.', index);
    expect(m?.claimId).toBe('bpc-157-fda-approved');
    expect(m!.reasons).not.toContain('the page denies this claim');
    // Nor "what they don't tell you is…", "what people don't get is…".
    for (const opening of ['What clinics don’t tell you is', 'What most people don’t get is']) {
      const [n] = findClaims(`${opening} that BPC-157 is an FDA approved peptide.`, index);
      expect(n?.claimId).toBe('bpc-157-fda-approved');
      expect(n!.reasons).not.toContain('the page denies this claim');
    }
  });

  it('reads "failed to" as denying what follows', () => {
    const cohosh = buildIndex([
      {
        topic: 'black-cohosh',
        names: ['black cohosh'],
        claims: [testClaim('black-cohosh-relieves-hot-flashes', ['black cohosh relieves hot flashes'])],
      },
    ]);
    const denied = (text: string) =>
      findClaims(text, cohosh).map((m) => [m.claimId, m.reasons.includes('the page denies this claim')]);
    expect(denied('In a large trial, black cohosh failed to relieve hot flashes.')).toEqual([
      ['black-cohosh-relieves-hot-flashes', true],
    ]);
    expect(denied('Black cohosh relieves hot flashes in some women.')).toEqual([
      ['black-cohosh-relieves-hot-flashes', false],
    ]);
  });

  it('reads "non-" as negating only the word it is joined to', () => {
    const [m] = findClaims('Somatropin carries an FDA non-pediatric black box warning for tumour growth.', index);
    expect(m?.claimId).toBe('somatropin-black-box-warning');
    expect(m!.reasons).not.toContain('the page denies this claim');
  });

  it('does not read "not only", "not the only" or "whether or not" as a denial', () => {
    expect(ids('Not only is BPC-157 an FDA approved peptide, it is cheap.')).toEqual(['bpc-157-fda-approved']);
    expect(ids('Cost is not the only thing: BPC-157 is an FDA approved peptide.')).toEqual(['bpc-157-fda-approved']);
    expect(ids('Whether or not you like it, BPC-157 is an FDA approved peptide.')).toEqual(['bpc-157-fda-approved']);
  });

  it('makes a general topic’s claim about a substance only where the sentence names the topic too', () => {
    const both = buildIndex([
      {
        topic: 'fasting',
        names: ['fasting', 'intermittent fasting'],
        claims: [testClaim('fasting-boosts-testosterone', ['fasting raises testosterone levels and male sex drive'])],
      },
      {
        topic: 'testosterone',
        names: ['testosterone', 'TRT'],
        claims: [testClaim('testosterone-prostate', ['testosterone causes prostate cancer'])],
      },
    ]);
    const found = (text: string) => findClaims(text, both).map((m) => m.claimId);
    expect(found('Intermittent fasting raises testosterone levels and sex drive in men.')).toEqual([
      'fasting-boosts-testosterone',
    ]);
    expect(found('Testosterone is the male hormone that raises sex drive and energy levels.')).toEqual([]);
  });

  it('marks two claims of one subject in one clause, each on its own words', () => {
    const two = buildIndex([
      {
        topic: 'berberine',
        names: ['berberine'],
        claims: [
          testClaim('berberine-natures-ozempic', ['berberine is nature’s Ozempic']),
          testClaim('berberine-lowers-blood-sugar', ['berberine lowers blood sugar in type 2 diabetes']),
        ],
      },
    ]);
    const text = 'Berberine is nature’s Ozempic and can lower blood sugar in people with type 2 diabetes.';
    const marks = marksIn(text, two);
    expect(marks).toEqual([
      ['berberine-natures-ozempic', 'nature’s Ozempic'],
      ['berberine-lowers-blood-sugar', 'lower blood sugar in people with type 2 diabetes'],
    ]);
  });

  it('gives each claim of a sentence that lists several its own words, not the whole sentence to one', () => {
    const trt = buildIndex([
      {
        topic: 'testosterone',
        names: ['testosterone', 'TRT'],
        claims: [
          testClaim('testosterone-muscle', ['testosterone therapy increases lean muscle mass'], {
            verdict: 'supported',
          }),
          testClaim('testosterone-fertility', ['testosterone therapy has been found to improve male fertility'], {
            verdict: 'false',
          }),
        ],
      },
    ]);
    const text =
      'Testosterone therapy has been found to offer many benefits, including increased muscle mass, more energy and improved male fertility.';
    const marks = findClaims(text, trt).map((m) => [m.claimId, text.slice(m.start, m.end), m.verdict]);
    expect(marks).toEqual([
      ['testosterone-muscle', 'increased muscle mass', 'supported'],
      ['testosterone-fertility', 'improved male fertility', 'false'],
    ]);
  });

  it('marks a claim on the statement of a joined sentence that holds most of its words', () => {
    const glp = buildIndex([
      {
        topic: 'semaglutide',
        names: ['semaglutide'],
        claims: [
          testClaim('semaglutide-muscle-loss', [
            'semaglutide can cause loss of muscle mass and bone strength in older adults',
          ]),
        ],
      },
    ]);
    const marked = (text: string) => findClaims(text, glp).map((m) => text.slice(m.start, m.end));
    expect(
      marked('Semaglutide is approved for adults, while it may also cause loss of muscle mass and bone strength.'),
    ).toEqual(['it may also cause loss of muscle mass and bone strength']);
    expect(
      marked('Semaglutide is approved for adults; these drugs can also cause loss of muscle mass and bone strength.'),
    ).toEqual(['these drugs can also cause loss of muscle mass and bone strength']);
    // Its words spread over both statements ("older adults" in the first): the whole span.
    expect(
      marked('Semaglutide works well in older adults, but it can cause a loss of muscle mass and bone strength.'),
    ).toEqual(['Semaglutide works well in older adults, but it can cause a loss of muscle mass and bone strength']);
  });

  it('reads "not without" as asserting, and lets "but" end what "not" denies', () => {
    const mots = buildIndex([
      {
        topic: 'mots-c',
        names: ['MOTS-c'],
        claims: [
          testClaim('mots-c-mitochondrial', ['MOTS-c is encoded inside mitochondria']),
          testClaim('mots-c-side-effects', ['MOTS-c has side effects such as injection site redness']),
        ],
      },
    ]);
    const denied = (text: string) =>
      findClaims(text, mots).map((m) => [m.claimId, m.reasons.includes('the page denies this claim')]);
    expect(denied('MOTS-c is encoded not in the main genome but inside mitochondria.')).toEqual([
      ['mots-c-mitochondrial', false],
    ]);
    expect(denied('MOTS-c is not without side effects such as injection site redness.')).toEqual([
      ['mots-c-side-effects', false],
    ]);
    expect(denied('MOTS-c is not encoded inside mitochondria.')).toEqual([['mots-c-mitochondrial', true]]);
  });

  it('marks a list item’s claim on the item, not on the several-word name in the heading above it', () => {
    const tb = buildIndex([
      {
        topic: 'tb-500',
        names: ['TB-500', 'thymosin beta-4'],
        claims: [
          testClaim('tb-immune', ['TB-500 boosts the immune system'], { verdict: 'unsupported' }),
          testClaim('tb-bp', ['thymosin beta-4 improves blood pressure readings'], { verdict: 'unsupported' }),
        ],
      },
    ]);
    const text =
      'Benefits of Thymosin Beta-4:\n- Boosts the immune system\n- Improves blood pressure\n- Improves lung health';
    const marks = marksIn(text, tb).filter(([id]) => !id!.startsWith('unreviewed:'));
    expect(marks).toEqual([
      ['tb-immune', 'Boosts the immune system'],
      ['tb-bp', 'Improves blood pressure'],
    ]);
  });

  it('reads "neither … nor" as denying, not as a pair of negations that assert', () => {
    const drugs = buildIndex([
      {
        topic: 'semaglutide',
        names: ['semaglutide', 'Ozempic', 'Rybelsus'],
        claims: [
          testClaim('ozempic-approved-weight', ['Ozempic is FDA-approved for weight loss'], { verdict: 'false' }),
        ],
      },
    ]);
    const [m] = findClaims('Neither Rybelsus nor Ozempic is FDA-approved for weight loss.', drugs);
    expect(m?.claimId).toBe('ozempic-approved-weight');
    expect(m?.reasons).toContain('the page denies this claim');
    expect(m?.verdict).toBe('supported');
  });

  it('gives a clause set in apposition to the name just before it, not to the sentence’s subject', () => {
    const two = buildIndex([
      {
        topic: 'enclomiphene',
        names: ['enclomiphene'],
        claims: [testClaim('enclo-approved', ['enclomiphene is an FDA-approved drug'], { verdict: 'false' })],
      },
      {
        topic: 'clomiphene',
        names: ['clomiphene', 'Clomid'],
        claims: [
          testClaim('clomid-approved', ['clomiphene is an FDA-approved fertility drug for women'], {
            verdict: 'supported',
          }),
        ],
      },
    ]);
    const text =
      'Enclomiphene is one of two isomers in Clomid (clomiphene citrate), an FDA-approved fertility drug for women.';
    const ids = findClaims(text, two).map((m) => m.claimId);
    expect(ids).toContain('clomid-approved');
    expect(ids).not.toContain('enclo-approved');
    expect(findClaims('Enclomiphene is an FDA-approved drug for men.', two).map((m) => m.claimId)).toEqual([
      'enclo-approved',
    ]);
  });

  it('gives words in brackets to the name just before them', () => {
    const two = buildIndex([
      {
        topic: 'thymosin-alpha-1',
        names: ['thymalfasin', 'Zadaxin'],
        claims: [
          testClaim('ta1-tissue-repair', ['thymalfasin speeds tissue regeneration'], { verdict: 'unsupported' }),
        ],
      },
      { topic: 'bpc-157', names: ['BPC-157'], claims: [testClaim('bpc-gut', ['BPC-157 heals the gut lining'])] },
    ]);
    const ids = (text: string) => findClaims(text, two).map((m) => m.claimId);
    // The regeneration is said of BPC-157, the immune modulation of thymalfasin.
    expect(
      ids('Examples include BPC-157 (speeds tissue regeneration) and thymalfasin (immune modulation).'),
    ).not.toContain('ta1-tissue-repair');
    expect(ids('Examples include thymalfasin (speeds tissue regeneration) and BPC-157 (immune modulation).')).toContain(
      'ta1-tissue-repair',
    );
  });

  it('reads "not having enough" as a shortfall that is claimed, not as a denial', () => {
    const shortfall = buildIndex([
      {
        topic: 'magnesium',
        names: ['magnesium'],
        claims: [
          testClaim('magnesium-low-causes-cramps', ['low magnesium causes muscle cramps and poor sleep']),
          testClaim('magnesium-diet-short', ['many adults do not get enough magnesium from their diet']),
        ],
      },
    ]);
    const found = (text: string) =>
      findClaims(text, shortfall).map((m) => [m.claimId, m.reasons.includes('the page denies this claim')]);
    expect(found('Not having enough magnesium causes muscle cramps and poor sleep.')).toEqual([
      ['magnesium-low-causes-cramps', false],
    ]);
    expect(found('Most adults don’t get enough magnesium from their diet.')).toEqual([['magnesium-diet-short', false]]);
    // What falls short is the evidence, or the effect: those still deny.
    expect(found('There is not enough evidence that low magnesium causes muscle cramps and poor sleep.')).toEqual([
      ['magnesium-low-causes-cramps', true],
    ]);
  });
});

describe('words that are names of Object members', () => {
  it('still finds claims on a page that says "constructor" or "toString", after the index travels as JSON', () => {
    const travelled = JSON.parse(JSON.stringify(index)) as typeof index;
    const text =
      'The constructors of this clinic hasOwnProperty toString valueOf. ' +
      'Somatropin carries FDA black-box warnings for tumour growth risk.';
    expect(findClaims(text, travelled).map((m) => m.claimId)).toEqual(['somatropin-black-box-warning']);
  });
});

describe('concepts, not surface words', () => {
  it('meets a paraphrase through the thesaurus: abbreviations and effect verbs', () => {
    expect(ids('Somatropin carries a boxed FDA warning for cancer growth risk.')).toEqual([
      'somatropin-black-box-warning',
    ]);
  });

  it('never gives a phrasing that raises something to a sentence that lowers it', () => {
    const up = buildIndex([
      {
        topic: 'zinc',
        names: ['zinc'],
        claims: [
          {
            ...SAMPLE_TOPICS[0]!.claims[0]!,
            id: 'zinc-raises-testosterone',
            phrasings: ['zinc supplementation raises testosterone levels in deficient men'],
          },
        ],
      },
    ]);
    const found = (text: string) => findClaims(text, up).map((m) => m.claimId);
    expect(found('Zinc supplementation boosts testosterone levels in deficient men.')).toEqual([
      'zinc-raises-testosterone',
    ]);
    expect(found('Zinc supplementation lowers testosterone levels in deficient men.')).toEqual([]);
  });

  it('reads "extends" and "prolongs" as raising, "required" as needed, "get rid of" as eliminate', () => {
    const claim = SAMPLE_TOPICS[0]!.claims[0]!;
    const paraphrased = buildIndex([
      {
        topic: 'rapamycin',
        names: ['rapamycin'],
        claims: [
          { ...claim, id: 'rapamycin-lifespan-mice', phrasings: ['rapamycin increases lifespan in middle-aged mice'] },
          { ...claim, id: 'rapamycin-prescription', phrasings: ['rapamycin needs a prescription from a doctor'] },
        ],
      },
      {
        topic: 'mouth-tape',
        names: ['mouth tape', 'mouth taping'],
        claims: [
          { ...claim, id: 'mouth-tape-stops-snoring', phrasings: ['mouth taping eliminates snoring in adults'] },
        ],
      },
    ]);
    const found = (text: string) => findClaims(text, paraphrased).map((m) => m.claimId);
    expect(found('Rapamycin extends lifespan in middle-aged mice.')).toEqual(['rapamycin-lifespan-mice']);
    expect(found('Rapamycin prolongs lifespan in middle-aged mice.')).toEqual(['rapamycin-lifespan-mice']);
    expect(found('Rapamycin reduces lifespan in middle-aged mice.')).toEqual([]);
    expect(found('A prescription from a doctor is required for rapamycin.')).toEqual(['rapamycin-prescription']);
    expect(found('Mouth taping gets rid of snoring in adults.')).toEqual(['mouth-tape-stops-snoring']);
  });
});

describe('numbers written differently', () => {
  const numbered = buildIndex([
    {
      topic: 'semaglutide',
      names: ['semaglutide'],
      claims: [
        {
          ...SAMPLE_TOPICS[0]!.claims[0]!,
          id: 'semaglutide-weight-loss-15',
          phrasings: ['semaglutide users lost 14.9% of body weight over 68 weeks'],
        },
        {
          ...SAMPLE_TOPICS[0]!.claims[0]!,
          id: 'semaglutide-muscle-share',
          phrasings: ['25–40% of the weight lost on semaglutide is lean mass'],
        },
      ],
    },
  ]);
  const found = (text: string) => findClaims(text, numbered).map((m) => m.claimId);

  it('takes a rounded figure for the exact one', () => {
    expect(found('Semaglutide users lost 15% of body weight over 68 weeks.')).toEqual(['semaglutide-weight-loss-15']);
  });

  it('takes a figure inside a range the phrasing gives, and refuses one outside it', () => {
    expect(found('About 30% of the weight lost on semaglutide is lean mass.')).toEqual(['semaglutide-muscle-share']);
    expect(found('About 60% of the weight lost on semaglutide is lean mass.')).toEqual([]);
  });

  it('still tells different figures apart', () => {
    expect(found('Semaglutide users lost 5% of body weight over 68 weeks.')).toEqual([]);
  });

  it('reads a year as a date, not a figure within rounding or inside a range', () => {
    const dated = buildIndex([
      {
        topic: 'glucarate',
        names: ['calcium D-glucarate'],
        claims: [
          {
            ...SAMPLE_TOPICS[0]!.claims[0]!,
            id: 'glucarate-dose',
            phrasings: ['calcium D-glucarate is usually dosed at 1500-3000 mg per day'],
          },
          {
            ...SAMPLE_TOPICS[0]!.claims[0]!,
            id: 'glucarate-approved-2017',
            phrasings: ['calcium D-glucarate was approved as a food additive in 2017'],
          },
          {
            ...SAMPLE_TOPICS[0]!.claims[0]!,
            id: 'glucarate-isolated-1876',
            phrasings: ['calcium D-glucarate was first isolated from plants in 1876'],
          },
        ],
      },
    ]);
    const marked = (text: string) => findClaims(text, dated).map((m) => m.claimId);
    // A dose inside the range is a figure; a byline's year is not.
    expect(marked('Calcium D-glucarate is usually dosed at 2000 mg per day.')).toEqual(['glucarate-dose']);
    expect(marked('Calcium D-glucarate dosing, per day: updated Feb 03, 2025.')).toEqual([]);
    // A year agrees only with itself: 2021 is not 2017 rounded.
    expect(marked('Calcium D-glucarate was approved as a food additive in 2017.')).toEqual(['glucarate-approved-2017']);
    expect(marked('Calcium D-glucarate was approved as a food additive in 2021.')).toEqual([]);
    // So is a year of the nineteenth century: 1886 is not 1876 within rounding.
    expect(marked('Calcium D-glucarate was first isolated from plants in 1876.')).toEqual(['glucarate-isolated-1876']);
    expect(marked('Calcium D-glucarate was first isolated from plants in 1886.')).toEqual([]);
  });
});

describe('citations on the page', () => {
  it('flags a claim that leans on an unnamed study, and keeps the identifiers a page gives', () => {
    const [vague] = findClaims(
      'A 2019 study found that somatropin carries an FDA black box warning for tumour growth.',
      index,
    );
    expect(vague!.flags).toEqual(['vague-citation']);
    const [cited] = findClaims(
      'Somatropin carries an FDA black box warning for tumour growth (PMID: 31234567).',
      index,
    );
    expect(cited!.flags).toBeUndefined();
    expect(cited!.pageSources).toEqual(['PMID 31234567']);
  });
});

describe('the subject of the clause that states a claim', () => {
  const brands = buildIndex([
    {
      topic: 'semaglutide',
      names: ['semaglutide', 'Ozempic', 'Wegovy'],
      claims: [
        testClaim('ozempic-approved-for-weight-loss', ['Ozempic is FDA approved for weight loss'], {
          verdict: 'false',
        }),
      ],
    },
  ]);
  const marked = (text: string) => findClaims(text, brands).map((m) => m.claimId);

  it('takes a claim about one name only from a clause about that name', () => {
    expect(marked('Ozempic is FDA approved for weight loss in adults.')).toEqual(['ozempic-approved-for-weight-loss']);
    expect(
      marked('Wegovy is FDA approved for weight loss, whereas Ozempic is FDA approved for type 2 diabetes.'),
    ).not.toContain('ozempic-approved-for-weight-loss');
  });
});

describe('another name of the same substance', () => {
  const brands = buildIndex([
    {
      topic: 'semaglutide',
      names: ['semaglutide', 'Ozempic', 'Wegovy'],
      claims: [
        testClaim('sema-pancreatitis', ['Ozempic increases your risk of pancreatitis'], {
          verdict: 'mixed',
          kind: 'safety',
        }),
        testClaim('sema-approved-weight-loss', ['Wegovy is FDA approved for chronic weight management'], {
          verdict: 'supported',
          kind: 'regulatory',
        }),
        testClaim('sema-brand-is-molecule', ['Ozempic is a brand of semaglutide sold as weekly pens'], {
          verdict: 'supported',
          kind: 'mechanism',
        }),
      ],
    },
  ]);
  const found = (text: string) => findClaims(text, brands);

  it('takes a claim of what the substance does from a sentence that names it another way', () => {
    const [mark, ...rest] = found('Wegovy increases your risk of pancreatitis, some readers worry.');
    expect(rest).toEqual([]);
    expect(mark!.claimId).toBe('sema-pancreatitis');
    expect(mark!.reasons).toContain('“Wegovy” here, and “Ozempic” in the reviewed wording, name the same substance');
    expect(found('Semaglutide increases your risk of pancreatitis.').map((m) => m.claimId)).toEqual([
      'sema-pancreatitis',
    ]);
  });

  it('takes a phrasing that names the substance by a longer name (its class) from a sentence that names it', () => {
    const glp1 = buildIndex([
      {
        topic: 'semaglutide',
        names: ['semaglutide', 'Ozempic', 'GLP-1 drugs'],
        claims: [testClaim('glp1-nausea', ['GLP-1 drugs commonly cause nausea and vomiting'], { kind: 'safety' })],
      },
    ]);
    const [mark, ...rest] = findClaims('Semaglutide commonly causes nausea and vomiting.', glp1);
    expect(rest).toEqual([]);
    expect(mark!.claimId).toBe('glp1-nausea');
    expect(mark!.reasons).toContain(
      '“Semaglutide” here, and “GLP-1 drugs” in the reviewed wording, name the same substance',
    );
  });

  it("keeps a claim of one product's status to the name it is about", () => {
    expect(found('Ozempic is FDA approved for chronic weight management.').map((m) => m.claimId)).not.toContain(
      'sema-approved-weight-loss',
    );
    expect(found('Wegovy is FDA approved for chronic weight management.').map((m) => m.claimId)).toEqual([
      'sema-approved-weight-loss',
    ]);
  });

  it('does not let one name stand for another where the phrasing relates the two', () => {
    expect(found('Semaglutide is sold as weekly pens.').map((m) => m.claimId)).not.toContain('sema-brand-is-molecule');
  });
});

describe('names said only as items of a list', () => {
  const glp1 = buildIndex([
    {
      topic: 'tirzepatide',
      names: ['tirzepatide', 'Mounjaro', 'Zepbound'],
      claims: [
        testClaim('zepbound-is-semaglutide', ['Zepbound is a version of semaglutide'], { verdict: 'false' }),
        testClaim('tirzepatide-nausea', ['tirzepatide and Zepbound commonly cause nausea']),
      ],
    },
    {
      topic: 'semaglutide',
      names: ['semaglutide', 'Ozempic', 'Wegovy'],
      claims: [testClaim('semaglutide-slows-stomach', ['semaglutide slows stomach emptying'])],
    },
  ]);
  const marked = (text: string) => findClaims(text, glp1).map((m) => m.claimId);

  it('takes no claim that relates the names from a list of them', () => {
    expect(marked('Zepbound is really a version of semaglutide, some sellers say.')).toEqual([
      'zepbound-is-semaglutide',
    ]);
    expect(
      marked('Tell us if you take a medication (such as semaglutide, Wegovy, Zepbound or compounded versions).'),
    ).toEqual([]);
  });

  it('still takes a claim whose names stand together as its subject', () => {
    expect(marked('Tirzepatide, Zepbound and semaglutide commonly cause nausea.')).toEqual(['tirzepatide-nausea']);
  });
});

describe('a denial of the evidence for a claim', () => {
  const trt = buildIndex([
    {
      topic: 'testosterone',
      names: ['testosterone', 'TRT'],
      claims: [
        testClaim('trt-causes-prostate-cancer', ['testosterone therapy increases the risk of prostate cancer'], {
          verdict: 'unsupported',
        }),
      ],
    },
  ]);
  const verdicts = (text: string) => findClaims(text, trt).map((m) => [m.claimId, m.verdict]);

  it('reaches to the end of its clause: "no link between X and Y", "no trial showing X"', () => {
    expect(
      verdicts('Studies found no direct link between testosterone therapy and an increased risk of prostate cancer.'),
    ).toEqual([['trt-causes-prostate-cancer', 'supported']]);
    expect(
      verdicts('There is no completed trial showing testosterone therapy increases the risk of prostate cancer.'),
    ).toEqual([['trt-causes-prostate-cancer', 'supported']]);
    expect(verdicts('Testosterone therapy increases the risk of prostate cancer.')).toEqual([
      ['trt-causes-prostate-cancer', 'unsupported'],
    ]);
  });

  it('reaches to the end of its clause after "failed to demonstrate", "did not show", but not "not only shows"', () => {
    expect(
      verdicts(
        'The trials failed to demonstrate statistically meaningful superiority of testosterone therapy over placebo in increasing the risk of prostate cancer.',
      ),
    ).toEqual([['trt-causes-prostate-cancer', 'supported']]);
    expect(
      verdicts(
        'Registry data did not show long courses of testosterone therapy given to older men increasing the risk of prostate cancer.',
      ),
    ).toEqual([['trt-causes-prostate-cancer', 'supported']]);
    expect(
      verdicts(
        'Registry data not only show long courses of testosterone therapy given to older men increasing the risk of prostate cancer.',
      ),
    ).toEqual([['trt-causes-prostate-cancer', 'unsupported']]);
  });
});

describe('a mark on whole words', () => {
  const lithium = buildIndex([
    {
      topic: 'lithium',
      names: ['lithium orotate'],
      claims: [testClaim('lithium-well-being', ['lithium orotate improves overall well-being'])],
    },
  ]);

  it('takes the rest of a hyphenated word its phrasing shares the first part of', () => {
    const text = 'Lithium orotate can enhance overall well-being in adults.';
    const [m] = findClaims(text, lithium);
    expect(m?.claimId).toBe('lithium-well-being');
    expect(text.slice(m!.start, m!.end)).toMatch(/well-being$/);
  });
});

describe('a claim stated over two sentences', () => {
  const two = buildIndex([
    {
      topic: 'bpc-157',
      names: ['BPC-157'],
      claims: [
        testClaim('bpc-157-blood-flow-heals-tendons', ['BPC-157 raises blood flow to tendons so they heal faster']),
      ],
    },
  ]);

  it('is read across "This is why…", marked from the first sentence into the second', () => {
    const text = 'BPC-157 raises blood flow to injured tendons. This is why they heal faster after a tear.';
    const [m] = findClaims(text, two);
    expect(m?.claimId).toBe('bpc-157-blood-flow-heals-tendons');
    expect(m!.start).toBeLessThan(text.indexOf('This'));
    expect(m!.end).toBeGreaterThan(text.indexOf('This'));
  });

  it('is not read across two sentences that do not continue each other', () => {
    const text = 'BPC-157 raises blood flow to injured tendons. Rest days heal faster after a tear.';
    expect(findClaims(text, two).every((m) => m.end <= text.indexOf('Rest'))).toBe(true);
  });
});

describe('the size of an effect as the page states it', () => {
  const berberine = buildIndex([
    {
      topic: 'berberine',
      names: ['berberine'],
      claims: [testClaim('berberine-weight-loss', ['berberine causes weight loss in adults'], { verdict: 'mixed' })],
    },
  ]);
  const verdicts = (text: string) => findClaims(text, berberine).map((m) => m.verdict);

  it('judges a modest effect of a claim rated mixed by the claim, and says the page states a modest one', () => {
    // Labellers judged such sentences by the evidence for the effect, not as accurate for being modest.
    const [modest] = findClaims('Berberine may cause modest weight loss in adults, a few pounds at most.', berberine);
    expect([modest?.verdict, modest?.asStated]).toEqual(['mixed', undefined]);
    expect(modest?.reasons).toContain('the page states only a modest effect');
    expect(verdicts('Berberine causes dramatic weight loss in adults.')).toEqual(['mixed']);
  });

  it('judges a claim the page hedges with thin evidence by the claim, and says the page calls the evidence limited', () => {
    const weak = buildIndex([
      {
        topic: 'berberine',
        names: ['berberine'],
        claims: [testClaim('berberine-slows-ageing', ['berberine slows ageing'], { verdict: 'weak' })],
      },
    ]);
    const [m] = findClaims('Preliminary evidence suggests berberine slows ageing.', weak);
    expect([m?.claimId, m?.verdict, m?.asStated]).toEqual(['berberine-slows-ageing', 'weak', undefined]);
    expect(m?.reasons).toContain('the page itself says the evidence is limited');
  });
});

describe('a list item as one mark', () => {
  const hgh = buildIndex([
    {
      topic: 'somatropin',
      names: ['HGH', 'somatropin'],
      claims: [testClaim('hgh-energy', ['HGH raises energy levels'])],
    },
  ]);
  const spans = (text: string) => marksIn(text, hgh);

  it('marks the whole item, not the one word it shares with a phrasing beside the name in the lead-in', () => {
    const text =
      'What are the benefits of HGH therapy?\n- HGH may raise energy levels and improve mood.\n- Other things';
    expect(spans(text)).toEqual([['hgh-energy', 'HGH may raise energy levels and improve mood']]);
  });

  it('leaves a mark on the claim’s own words where the line is no list item', () => {
    const text = 'Most readers ask about HGH. In trials it did raise energy levels, and slowly.';
    const [m] = findClaims(text, hgh);
    expect(m && text.slice(m.start, m.end)).not.toContain('What are');
  });
});

describe('what a trial set out to learn', () => {
  it('is no claim: "The purpose of this study is to…", an objective that opens "To evaluate whether…"', () => {
    expect(ids('Sermorelin users keep 98 to 100 percent of their lean mass while dieting.')).toEqual([
      'sermorelin-lean-mass-retention',
    ]);
    for (const text of [
      'The purpose of this study is to determine whether sermorelin users keep 98 to 100 percent of their lean mass.',
      'To evaluate whether sermorelin users keep 98 to 100 percent of their lean mass while dieting.',
    ])
      expect(ids(text)).toEqual([]);
  });
});

describe('a denial of a claim the evidence supports', () => {
  const silver = buildIndex([
    {
      topic: 'colloidal-silver',
      names: ['colloidal silver'],
      claims: [
        testClaim('silver-argyria', ['colloidal silver causes argyria'], { verdict: 'supported' }),
        testClaim('silver-approved', ['colloidal silver is FDA approved'], { verdict: 'false' }),
      ],
    },
  ]);
  const shown = (text: string) => findClaims(text, silver).map((m) => [m.claimId, m.verdict]);

  it('is shown with the claim’s own verdict, not as false: such "denials" are a "not" about something else', () => {
    expect(shown('Taken briefly in small amounts, colloidal silver probably won’t cause argyria.')).toEqual([
      ['silver-argyria', 'supported'],
    ]);
  });

  it('while a denied myth still reads as true', () => {
    expect(shown('Colloidal silver is not FDA approved for any use.')).toEqual([['silver-approved', 'supported']]);
  });
});

describe('a phrasing that joins two effects with "and"', () => {
  it('is also each effect said alone, the subject and verb carried to the second', () => {
    expect(conjunctParts('MOTS-c boosts insulin sensitivity and muscle glucose uptake')).toEqual([
      'MOTS-c boosts insulin sensitivity',
      'MOTS-c boosts muscle glucose uptake',
    ]);
    expect(conjunctParts('CJC-1295 increases lean muscle mass and reduces body fat')).toEqual([
      'CJC-1295 increases lean muscle mass',
      'CJC-1295 reduces body fat',
    ]);
    expect(conjunctParts('SARMs lower your own testosterone and may disturb cholesterol levels')).toEqual([
      'SARMs lower your own testosterone',
      'SARMs disturb cholesterol levels',
    ]);
  });

  it('is each item of a short list the one verb acts on, but not a list of modifiers', () => {
    expect(conjunctParts('dihexa improves mood, motivation and memory')).toEqual([
      'dihexa improves mood',
      'dihexa improves motivation',
      'dihexa improves memory',
    ]);
    expect(conjunctParts('a vitamin D trial raised total, bioactive and free testosterone')).toEqual([]);
    expect(conjunctParts('toxic metals can lead to organ damage, nerve disorders and cancer')).toEqual([]);
  });

  it('is left whole where "and" joins no two effects', () => {
    expect(conjunctParts('Testofen fenugreek raises free and total testosterone')).toEqual([]);
    expect(conjunctParts('hormone levels rise and fall unpredictably in the menopause transition')).toEqual([]);
    expect(conjunctParts('the claim that creatine raises DHT and causes hair loss is weakly based')).toEqual([]);
    expect(conjunctParts('BPC-157 does not raise blood pressure and heart rate')).toEqual([]);
    expect(conjunctParts('elevated estradiol in men leads to puffiness and excess sweating')).toEqual([]);
    expect(conjunctParts('the link between sleep and testosterone')).toEqual([]);
    expect(conjunctParts('semaglutide lowers alcohol intake in rodents and in people')).toEqual([]);
    expect(conjunctParts('growth hormone levels rise during and after exercise')).toEqual([]);
  });

  it('lets a sentence that states one effect find the claim, below a claim phrased as the sentence is', () => {
    const mots = buildIndex([
      {
        topic: 'mots-c',
        names: ['MOTS-c'],
        claims: [
          testClaim('mots-c-insulin', ['MOTS-c boosts insulin sensitivity and muscle glucose uptake in people']),
          testClaim('mots-c-glucose-uptake-mice', ['in mice MOTS-c boosts muscle glucose uptake'], { scope: 'animal' }),
        ],
      },
    ]);
    expect(ids('MOTS-c boosts insulin sensitivity.', mots)).toEqual(['mots-c-insulin']);
    expect(ids('In mice, MOTS-c boosts muscle glucose uptake.', mots)).toEqual(['mots-c-glucose-uptake-mice']);
  });
});
