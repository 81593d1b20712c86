import { describe, expect, it } from 'vitest';
import { createDatabase } from '../../lib/core/claims-database';
import { ClaimsFileError, checkTopicFile, formatTopicFile, parseTopicFile } from '../../lib/core/validate-claims';
import { SAMPLE_TOPICS } from './sample-topics';

const good = () => structuredClone(SAMPLE_TOPICS[0]!);

describe('claims validation', () => {
  it('accepts a well-formed topic file', () => {
    expect(checkTopicFile(good(), 'claims/sermorelin.json')).toEqual([]);
  });

  it('names the file, the claim id and the field of each problem', () => {
    const bad = good() as unknown as { claims: Record<string, unknown>[] };
    bad.claims[0]!.verdict = 'true-ish';
    bad.claims[1]!.sources = [{ title: 'x', year: 2020, kind: 'review', url: 'http://insecure' }];
    const problems = checkTopicFile(bad, 'claims/sermorelin.json');
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'claims/sermorelin.json',
        claimId: 'sermorelin-lean-mass-retention',
        field: 'verdict',
      }),
      expect.objectContaining({
        file: 'claims/sermorelin.json',
        claimId: 'sermorelin-natural-ceiling',
        field: 'sources[0].url',
      }),
    ]);
    expect(() => parseTopicFile(bad, 'claims/sermorelin.json')).toThrow(
      /claims\/sermorelin\.json: claim "sermorelin-lean-mass-retention": verdict: must be one of/,
    );
  });

  it('rejects an id that does not start with its topic', () => {
    const bad = good();
    bad.claims[0]!.id = 'bpc-157-heals';
    expect(checkTopicFile(bad, 'f.json')).toEqual([expect.objectContaining({ claimId: 'bpc-157-heals', field: 'id' })]);
  });

  it('rejects a file that is not an object', () => {
    expect(checkTopicFile([], 'f.json')).toEqual([expect.objectContaining({ field: '(root)' })]);
  });

  it('rejects the whole database when one file is bad, and loses nothing silently', () => {
    const bad = good() as unknown as { claims: Record<string, unknown>[] };
    delete bad.claims[0]!.summary;
    expect(() => createDatabase({ 'a.json': SAMPLE_TOPICS[1], 'b.json': bad })).toThrow(ClaimsFileError);
  });

  it('rejects a phrasing used by two claims and a duplicate id across files', () => {
    const a = good();
    const b = structuredClone(a);
    b.topic = 'sermorelin';
    expect(() => createDatabase({ 'a.json': a, 'b.json': b })).toThrow(/duplicate id|also a phrasing|also the topic/);
  });

  it('formats canonically: same text whatever the key order, claims sorted by id', () => {
    const a = good();
    const reordered = { claims: [...a.claims].reverse(), names: a.names, topic: a.topic };
    expect(formatTopicFile(reordered)).toBe(formatTopicFile(a));
    expect(JSON.parse(formatTopicFile(a)).claims.map((c: { id: string }) => c.id)).toEqual([
      'sermorelin-lean-mass-retention',
      'sermorelin-natural-ceiling',
    ]);
  });
});
