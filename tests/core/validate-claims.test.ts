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

  it('accepts an evidence figure and keeps it as the last key of the claim', () => {
    const tf = good();
    tf.claims[0]!.evidenceFigure = { quantity: 'lean mass kept', unit: '%', low: 60, high: 75, source: 0 };
    expect(checkTopicFile(tf, 'f.json')).toEqual([]);
    const formatted = JSON.parse(formatTopicFile(tf)) as { claims: Record<string, unknown>[] };
    expect(Object.keys(formatted.claims[0]!).at(-1)).toBe('evidenceFigure');
    expect(formatted.claims[0]!.evidenceFigure).toEqual({
      quantity: 'lean mass kept',
      unit: '%',
      low: 60,
      high: 75,
      source: 0,
    });
  });

  it('names each wrong field of an evidence figure', () => {
    const tf = good() as unknown as { claims: Record<string, unknown>[] };
    tf.claims[0]!.evidenceFigure = { quantity: '', unit: 'stone', low: 20, high: 10, source: 3, note: 7, range: 1 };
    tf.claims[1]!.evidenceFigure = { quantity: 'x', unit: '%', low: -1, high: 'ten', source: 0.5 };
    const fields = checkTopicFile(tf, 'f.json').map((p) => `${p.claimId} ${p.field}`);
    expect(fields).toEqual([
      'sermorelin-lean-mass-retention evidenceFigure.quantity',
      'sermorelin-lean-mass-retention evidenceFigure.unit',
      'sermorelin-lean-mass-retention evidenceFigure.high',
      'sermorelin-lean-mass-retention evidenceFigure.source',
      'sermorelin-lean-mass-retention evidenceFigure.note',
      'sermorelin-lean-mass-retention evidenceFigure.range',
      'sermorelin-natural-ceiling evidenceFigure.low',
      'sermorelin-natural-ceiling evidenceFigure.high',
      'sermorelin-natural-ceiling evidenceFigure.source',
    ]);
    const messages = checkTopicFile(tf, 'f.json').map((p) => p.message);
    expect(messages[2]).toBe('must be at least low (20); got 10');
    expect(messages[3]).toBe("must index the claim's own sources (0); got 3");
    tf.claims[0]!.evidenceFigure = 'about 15%';
    expect(checkTopicFile(tf, 'f.json')[0]).toMatchObject({ field: 'evidenceFigure', message: expect.any(String) });
  });

  it('rejects an id that does not start with its topic', () => {
    const bad = good();
    bad.claims[0]!.id = 'bpc-157-heals';
    expect(checkTopicFile(bad, 'f.json')).toEqual([expect.objectContaining({ claimId: 'bpc-157-heals', field: 'id' })]);
  });

  it('rejects a summary too long for the popover to show whole, and says how long it is', () => {
    const bad = good();
    bad.claims[0]!.summary = `${'A sentence of plain words. '.repeat(23)}`.trim();
    expect(checkTopicFile(bad, 'f.json')).toEqual([
      expect.objectContaining({
        field: 'summary',
        message: 'must be at most 600 characters (the popover shows it whole); it has 620',
      }),
    ]);
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

  it('rejects a phrasing listed twice in one claim, however it is capitalised', () => {
    const a = good();
    const phrasings = a.claims[0]!.phrasings;
    phrasings.push(phrasings[0]!.toUpperCase());
    expect(() => createDatabase({ 'a.json': a })).toThrow(/listed twice in this claim/);
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
