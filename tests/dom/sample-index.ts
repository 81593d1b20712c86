import { buildIndex, type ClaimIndex } from '../../lib/core/claim-index';
import type { ClaimRecord, TopicFile } from '../../lib/core/claim-types';

/** A two-claim database for the DOM tests, so they do not move when claims/ grows. */
export const DOM_TOPICS: TopicFile[] = [
  {
    topic: 'zinc',
    names: ['zinc'],
    claims: [
      {
        id: 'zinc-cofactor-300-enzymes',
        claim: 'Zinc is a cofactor for over 300 enzymes.',
        phrasings: ['zinc is a cofactor for more than 300 enzymes in the human body'],
        verdict: 'supported',
        certainty: 'high',
        evidence: 'regulatory',
        summary: 'The NIH fact sheet lists zinc as a cofactor for about 300 enzymes.',
        sources: [
          {
            title: 'Zinc fact sheet',
            year: 2022,
            kind: 'fact-sheet',
            url: 'https://ods.od.nih.gov/factsheets/Zinc-HealthProfessional/',
          },
        ],
        reviewed: '2026-11-21',
      },
      {
        id: 'zinc-boosts-testosterone-without-deficiency',
        claim: 'Zinc raises testosterone in men who already get enough zinc.',
        phrasings: ['taking zinc every day will boost your testosterone levels naturally'],
        verdict: 'unsupported',
        certainty: 'low',
        evidence: 'human-trials',
        summary: 'In men with enough zinc, zinc did not change testosterone.',
        sources: [
          {
            title: 'A trial',
            year: 2009,
            kind: 'trial',
            pmid: '18985059',
            url: 'https://pubmed.ncbi.nlm.nih.gov/18985059/',
          },
        ],
        reviewed: '2026-11-21',
      },
    ],
  },
];

export const DOM_INDEX: ClaimIndex = buildIndex(DOM_TOPICS);

export const DOM_RECORDS = new Map<string, ClaimRecord>(
  DOM_TOPICS.flatMap((t) => t.claims.map((c) => [c.id, { ...c, topic: t.topic }] as const)),
);

export const COFACTOR_TEXT = 'Zinc is a cofactor for more than 300 enzymes in the human body';
export const TESTOSTERONE_TEXT = 'Taking zinc every day will boost your testosterone levels naturally';
