import { describe, expect, it } from 'vitest';
import { auditAgreement, readAudit } from './audit-agreement';

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

describe('readAudit', () => {
  it('names the entry and the reviewer whose verdict the rubric does not know', () => {
    const ok = {
      claimId: 'a',
      reviewers: [
        { verdict: 'mixed', why: '' },
        { verdict: 'weak', why: '' },
      ],
    };
    expect(readAudit([ok], 'audit.json')).toEqual([ok]);
    expect(() =>
      readAudit([ok, { claimId: 'b', reviewers: [{ verdict: 'mixed' }, { verdict: 'supportd' }] }], 'audit.json'),
    ).toThrow(
      "audit.json: entry 2 (b): reviewer 2's verdict must be one of supported, mixed, weak, unsupported, false",
    );
    expect(() => readAudit([{ claimId: 'c', reviewers: [{ verdict: 'mixed' }] }], 'audit.json')).toThrow(
      'audit.json: entry 1 (c) must have "reviewers" (two or more { verdict, why })',
    );
    expect(() => readAudit({}, 'audit.json')).toThrow('audit.json: must be an array of { claimId, reviewers }');
  });
});
