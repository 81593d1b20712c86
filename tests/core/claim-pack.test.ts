import { describe, expect, it } from 'vitest';
import { PACK_LIMITS, readClaimPack } from '../../lib/core/claim-pack';
import { SAMPLE_TOPICS } from './sample-topics';

const installed = SAMPLE_TOPICS.slice(1);
const pack = SAMPLE_TOPICS[0]!;

describe('readClaimPack', () => {
  it('accepts a topic file, an array of them, or { topics }', () => {
    for (const shape of [pack, [pack], { topics: [pack] }]) {
      const r = readClaimPack(JSON.stringify(shape), 'my-pack.json', installed);
      expect(r).toEqual({ ok: true, topics: [pack] });
    }
  });

  it('refuses a pack over its size or count limits before reading it, saying which limit', () => {
    const huge = 'x'.repeat(PACK_LIMITS.bytes + 1);
    expect(readClaimPack(huge, 'huge.json', installed)).toMatchObject({
      ok: false,
      problems: [{ file: 'huge.json', field: '(size)' }],
    });
    const phrasings = Array.from({ length: PACK_LIMITS.phrasings + 1 }, (_, i) => `phrasing number ${i}`);
    const many = { ...pack, claims: [{ ...pack.claims[0]!, phrasings }] };
    const r = readClaimPack(JSON.stringify(many), 'many.json', installed);
    expect(!r.ok && r.problems[0]!.field).toBe('(phrasings)');
    expect(!r.ok && r.problems[0]!.message).toMatch(/limit is 25000/);
  });

  it('names the file and the JSON error when the pack is not JSON', () => {
    const r = readClaimPack('{ "topic": ', 'broken.json', installed);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems[0]).toMatchObject({ file: 'broken.json', claimId: null, field: '(json)' });
  });

  it('names file, claim id and field of a malformed claim, and refuses the whole pack', () => {
    const bad = structuredClone(pack) as unknown as { claims: Record<string, unknown>[] };
    bad.claims[1]!.certainty = 'sure';
    const r = readClaimPack(JSON.stringify([SAMPLE_TOPICS[3], bad]), 'two.json', SAMPLE_TOPICS.slice(1, 3));
    expect(r).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({
          file: 'two.json (topic 2)',
          claimId: 'sermorelin-natural-ceiling',
          field: 'certainty',
        }),
      ],
    });
  });

  it('refuses a pack whose ids or phrasings clash with the installed claims', () => {
    const r = readClaimPack(JSON.stringify(pack), 'again.json', SAMPLE_TOPICS);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems.map((p) => p.field)).toEqual(expect.arrayContaining(['topic', 'id']));
    expect(!r.ok && r.problems.every((p) => p.file === 'again.json')).toBe(true);
  });

  it('refuses an empty pack', () => {
    expect(readClaimPack('[]', 'empty.json', installed)).toMatchObject({ ok: false });
  });
});
