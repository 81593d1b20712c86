import { describe, expect, it } from 'vitest';
import { openClaimsDatabase } from '../../lib/cli/claims-dir';
import { claimRecord } from '../../lib/core/claim-records';
import { appraisalVerdict } from '../../lib/core/evidence-statements';
import { unreviewedEvidenceId, unreviewedId, unreviewedNamingId, unreviewedNote } from '../../lib/core/unreviewed-id';

const db = openClaimsDatabase('claims');
const bpc = db.topics.find((t) => t.topic === 'bpc-157')!;

describe('the record behind a mark', () => {
  it('gives a reviewed claim its own record', () => {
    const claim = bpc.claims[0]!;
    expect(claimRecord(db, claim.id)).toMatchObject({ id: claim.id, verdict: claim.verdict });
  });

  it('makes a claim not reviewed individually a record from its topic’s profile', () => {
    const id = unreviewedId('bpc-157', 'safety');
    const record = claimRecord(db, id)!;
    expect(record).toMatchObject({ id, verdict: bpc.profile!.defaults.safety.verdict, sources: bpc.profile!.sources });
    expect(unreviewedNote(id)).toMatch(/usual one for such claims/);
  });

  it('shows the closest reviewed claim’s verdict, summary and sources, introduced as such', () => {
    const near = bpc.claims[0]!;
    const id = unreviewedId('bpc-157', 'efficacy', near.id);
    const record = claimRecord(db, id)!;
    expect(record).toMatchObject({ id, verdict: near.verdict, summary: near.summary, sources: near.sources });
    expect(record.claim).toBe(`Not reviewed in these words. The closest claim Evident has reviewed: ${near.claim}`);
    expect(unreviewedNote(id)).toMatch(/closest claim Evident has reviewed/);
  });

  it('judges a statement about the evidence against the profile’s rating of it, and says so', () => {
    const id = unreviewedEvidenceId('bpc-157', { appraisal: 'strong', scope: 'human' });
    const record = claimRecord(db, id)!;
    const { certainty } = bpc.profile!.humanEvidence;
    expect(record).toMatchObject({ id, kind: 'efficacy', certainty, sources: bpc.profile!.sources });
    expect(record.verdict).toBe(appraisalVerdict({ appraisal: 'strong', scope: 'human' }, certainty, true));
    expect(record.summary).toMatch(/calls the human evidence strong/);
    expect(unreviewedNote(id)).toMatch(/what the page says about the evidence/);
  });

  it('says what each of two substances is when a page gives their names as one, with both sources', () => {
    const profile = (topic: string) => db.topics.find((f) => f.topic === topic)!.profile!;
    const [sema, tirz] = [profile('semaglutide'), profile('tirzepatide')];
    const id = unreviewedNamingId('tirzepatide', 'semaglutide');
    const record = claimRecord(db, id)!;
    expect(record).toMatchObject({ id, verdict: 'false', certainty: 'high' });
    expect(record.summary).toMatch(/^The page gives tirzepatide and semaglutide as one substance; they are two\./);
    expect(record.summary).toContain(tirz.what);
    expect(record.summary).toContain(sema.what);
    expect(record.sources).toEqual([...tirz.sources.slice(0, 2), ...sema.sources.slice(0, 2)]);
    expect(unreviewedNote(id)).toMatch(/record of each substance/);
  });

  it('has no record for an id that names no claim', () => {
    expect(claimRecord(db, unreviewedId('bpc-157', 'efficacy', 'no-such-claim'))).toBeUndefined();
    expect(claimRecord(db, 'no-such-claim')).toBeUndefined();
  });
});
