import { describe, expect, it } from 'vitest';
import { copiedPhrasings } from '../../lib/cli/copy-check-command';
import type { ClaimsDatabase } from '../../lib/core/claims-database';
import { testClaim } from '../core/sample-topics';

const db = {
  topics: [
    {
      topic: 'bpc-157',
      names: ['BPC-157'],
      claims: [
        testClaim('bpc-157-heals-tendons', [
          'BPC-157 speeds the healing of torn tendons in rats', // 10 words of the page, in order
          'in rat studies, torn tendons healed faster with BPC-157', // the same claim in other words
        ]),
      ],
    },
  ],
  byId: new Map(),
} as ClaimsDatabase;
const page = { file: 'A001.txt', text: 'Some say BPC-157 Speeds the healing of torn tendons in rats and mice alike.' };

describe('phrasings copied from evaluation pages', () => {
  it('names a phrasing that repeats six or more consecutive words of a page, with the longest run', () => {
    expect(copiedPhrasings(db, [page])).toEqual([
      {
        claimId: 'bpc-157-heals-tendons',
        phrasing: 'BPC-157 speeds the healing of torn tendons in rats',
        file: 'A001.txt',
        words: 10,
      },
    ]);
  });

  it('passes a phrasing that says the same thing in its own words', () => {
    expect(
      copiedPhrasings(db, [{ file: 'B002.txt', text: 'Rat studies found that torn tendons healed sooner.' }]),
    ).toEqual([]);
  });
});
