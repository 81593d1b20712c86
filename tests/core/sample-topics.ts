import type { Claim, TopicFile } from '../../lib/core/claim-types';

/** A claim record for engine tests: the fields the tests care about, plausible values for the rest. */
export function testClaim(id: string, phrasings: string[], fields: Partial<Claim> = {}): Claim {
  return {
    id,
    claim: phrasings[0] ?? id,
    phrasings,
    verdict: 'weak',
    certainty: 'low',
    evidence: 'human-trials',
    summary: 'Test claim.',
    sources: [{ title: 'A record', year: 2020, kind: 'review', pmid: '1', url: 'https://pubmed.ncbi.nlm.nih.gov/1/' }],
    reviewed: '2026-11-21',
    ...fields,
  };
}

/** A small database written for the engine tests, so they do not move when claims/ grows. */
const claim = (id: string, verdict: Claim['verdict'], phrasings: string[]) => testClaim(id, phrasings, { verdict });

export const SAMPLE_TOPICS: TopicFile[] = [
  {
    topic: 'sermorelin',
    names: ['sermorelin'],
    claims: [
      claim('sermorelin-lean-mass-retention', 'unsupported', [
        '98–100% lean mass retention with sermorelin',
        'sermorelin users keep 98 to 100 percent of their lean mass while dieting',
      ]),
      claim('sermorelin-natural-ceiling', 'weak', [
        'the pituitary will not release more GH than feedback loops permit, a natural ceiling',
      ]),
    ],
  },
  {
    topic: 'somatropin',
    names: ['somatropin'],
    claims: [
      claim('somatropin-black-box-warning', 'false', [
        'somatropin carries an FDA black box warning for tumour growth',
        'HGH has a boxed warning about cancer',
      ]),
    ],
  },
  {
    topic: 'bpc-157',
    names: ['BPC-157', 'BPC 157'],
    claims: [
      claim('bpc-157-fda-approved', 'false', [
        'BPC-157 is an FDA approved peptide',
        'the FDA has approved BPC-157 for injuries',
      ]),
      claim('bpc-157-not-fda-approved', 'supported', ['BPC-157 is not approved by the FDA for any use']),
    ],
  },
  {
    topic: 'magnesium',
    names: ['magnesium'],
    claims: [
      claim('magnesium-600-reactions', 'mixed', ['magnesium is involved in more than 600 enzymatic reactions']),
      claim('magnesium-300-enzymes', 'supported', ['magnesium is a cofactor in more than 300 enzyme systems']),
    ],
  },
];
