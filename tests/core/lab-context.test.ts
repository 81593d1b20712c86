import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../lib/core/claim-index';
import type { TopicFile, TopicProfile } from '../../lib/core/claim-types';
import { findClaims } from '../../lib/core/find-claims';
import { readsAsLabProcedure } from '../../lib/core/lab-context';
import { tokenize } from '../../lib/core/tokenize';
import { mentionedTopics } from '../../lib/core/topic-focus';
import { testClaim } from './sample-topics';

const [source] = testClaim('source', []).sources as [NonNullable<ReturnType<typeof testClaim>['sources'][number]>];
const profile: TopicProfile = {
  what: 'A test supplement.',
  humanEvidence: { kind: 'human-trials', certainty: 'low', summary: 'Small trials.' },
  animalEvidence: 'none',
  inVitroEvidence: 'none',
  regulatory: 'Sold as a supplement.',
  harms: 'None known.',
  sources: [source],
  defaults: {
    efficacy: { verdict: 'weak', reason: 'Small trials.' },
    safety: { verdict: 'weak', reason: 'Small trials.' },
    regulatory: { verdict: 'mixed', reason: 'Depends.' },
    mechanism: { verdict: 'weak', reason: 'Proposed.' },
    dosing: { verdict: 'weak', reason: 'Trial doses.' },
  },
  reviewed: '2026-12-04',
};
const topics: TopicFile[] = [
  {
    topic: 'hmb',
    names: ['HMB', 'beta-hydroxy beta-methylbutyrate'],
    profile,
    claims: [
      testClaim('hmb-preserves-muscle', ['HMB preserves lean muscle mass in older adults'], { verdict: 'weak' }),
    ],
  },
];
const index = buildIndex(topics);
const ids = (text: string) => findClaims(text, index).map((m) => m.claimId);

// Written for the test: a bench procedure in which HMB is the backbone protecting group.
const PROCEDURE =
  'The peptide was assembled on Rink amide resin by Fmoc chemistry. Each coupling step used HATU and DIPEA in DMF. ' +
  'The HMB group increases the yield of difficult sequences and reduces aggregation of the growing chain. ' +
  'Hmb protection improves the purity of the crude product after cleavage with scavengers.';

describe('a short abbreviation on a chemistry procedure', () => {
  it('reads a text full of resins, couplings and solvents as a procedure, and a shop’s purity line as none', () => {
    expect(readsAsLabProcedure(PROCEDURE)).toBe(true);
    expect(readsAsLabProcedure('HMB capsules, 3 g a day: HPLC-tested, lyophilised, 99% pure, no TFA.')).toBe(false);
    expect(readsAsLabProcedure('HMB increases lean mass when combined with resistance training.')).toBe(false);
    expect(
      readsAsLabProcedure(
        'Shilajit resin is rich in free-radical scavengers; take it with creatine anhydrous, stirred into tea.',
      ),
    ).toBe(false);
  });

  it('names no topic there, so its sentences make no claim about the supplement', () => {
    expect(ids(PROCEDURE)).toEqual([]);
  });

  it('still names the supplement on a page about health, and a full name names it on any page', () => {
    expect(ids('HMB preserves lean muscle mass in older adults, a small trial found.')).toEqual([
      'hmb-preserves-muscle',
    ]);
    expect(
      ids(`${PROCEDURE} Beta-hydroxy beta-methylbutyrate (HMB) preserves lean muscle mass in older adults.`),
    ).toContain('hmb-preserves-muscle');
  });
});

describe('a name that says a word twice', () => {
  it('names its topic as written, "beta" and all', () => {
    expect(mentionedTopics(tokenize('Beta-hydroxy beta-methylbutyrate is sold as a powder.'), index)).toEqual([0]);
  });
});
