import { describe, expect, it } from 'vitest';
import { auditAgreement } from './audit-agreement';

describe('auditAgreement', () => {
  const r = (verdict: string) => ({ verdict, why: '' });
  it("holds each reviewer's pole against the database's and queues the claims both reviewers put elsewhere", () => {
    const verdictOf = new Map([
      ['a', 'supported'],
      ['b', 'supported'],
      ['c', 'weak'],
    ]);
    expect(
      auditAgreement(
        [
          { claimId: 'a', reviewers: [r('supported'), r('supported')] },
          { claimId: 'b', reviewers: [r('mixed'), r('weak')] },
          { claimId: 'c', reviewers: [r('mixed'), r('false')] },
          { claimId: 'gone', reviewers: [r('false'), r('false')] },
        ],
        verdictOf,
      ),
    ).toEqual({ audited: 3, gone: 1, withDatabase: [2, 1], reviewersAgree: 2, queue: ['b'] });
  });
});
