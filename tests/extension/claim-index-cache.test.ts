// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createDatabase } from '../../lib/core/claims-database';
import { createClaimIndexCache } from '../../lib/extension/claim-index-cache';
import { DOM_TOPICS } from '../dom/sample-index';

describe('the background’s claim index cache', () => {
  it('loads the database once, however often the index and details are asked for', async () => {
    let loads = 0;
    const cache = createClaimIndexCache(() => {
      loads++;
      return createDatabase({ 'claims/zinc.json': DOM_TOPICS[0] });
    });
    const first = await cache.index();
    expect(await cache.index()).toBe(first);
    expect(first.claims.map((c) => c.id)).toEqual([
      'zinc-cofactor-300-enzymes',
      'zinc-boosts-testosterone-without-deficiency',
    ]);
    await cache.details(['zinc-cofactor-300-enzymes']);
    expect(loads).toBe(1);
  });

  it('loads again after reset (a claims pack was imported or removed)', async () => {
    let loads = 0;
    const cache = createClaimIndexCache(() => {
      loads++;
      return createDatabase({ 'claims/zinc.json': DOM_TOPICS[0] });
    });
    await cache.index();
    cache.reset();
    await cache.index();
    expect(loads).toBe(2);
  });

  it('gives full records by id and leaves out ids it does not know', async () => {
    const cache = createClaimIndexCache(() => createDatabase({ 'claims/zinc.json': DOM_TOPICS[0] }));
    const records = await cache.details(['nope', 'zinc-cofactor-300-enzymes']);
    expect(records.map((r) => [r.id, r.topic, r.sources.length])).toEqual([['zinc-cofactor-300-enzymes', 'zinc', 1]]);
  });

  it('builds an index that survives a trip through a message (plain JSON)', async () => {
    const cache = createClaimIndexCache(() => createDatabase({ 'claims/zinc.json': DOM_TOPICS[0] }));
    const index = await cache.index();
    expect(JSON.parse(JSON.stringify(index))).toEqual(index);
  });

  it('gives the name-check list of the loaded claims, pack topics included, derived once per load', async () => {
    const zinc = DOM_TOPICS[0]!;
    let topics = [zinc];
    const cache = createClaimIndexCache(() =>
      createDatabase(Object.fromEntries(topics.map((t) => [`claims/${t.topic}.json`, t]))),
    );
    const first = await cache.names();
    expect(await cache.names()).toBe(first);
    expect(first.flat(2)).toEqual(['zinc']);
    const pack = {
      ...zinc,
      topic: 'quuxorelin',
      names: ['Quuxorelin'],
      claims: zinc.claims.map((c) => ({
        ...c,
        id: c.id.replace('zinc', 'quuxorelin'),
        phrasings: c.phrasings.map((p) => `quuxorelin ${p}`),
      })),
    };
    topics = [zinc, pack];
    cache.reset();
    expect((await cache.names()).flat(2).sort()).toEqual(['quuxorelin', 'zinc']);
  });
});
