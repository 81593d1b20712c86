// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { activePacks, getStoredPacks, importClaimPack, removeClaimPack } from '../../lib/extension/claim-packs';
import { SAMPLE_TOPICS } from '../core/sample-topics';

beforeEach(() => {
  fakeBrowser.reset();
});

const bundled = SAMPLE_TOPICS.slice(1);
const pack = SAMPLE_TOPICS[0]!;

describe('claims packs', () => {
  it('are stored when valid and then used on top of the bundled claims', async () => {
    const r = await importClaimPack(JSON.stringify(pack), 'sermorelin-pack.json', bundled);
    expect(r).toMatchObject({
      ok: true,
      packs: [{ name: 'sermorelin-pack.json', topics: ['sermorelin'], claims: 2, problems: [] }],
    });
    expect(activePacks(bundled, await getStoredPacks()).topics).toEqual([pack]);
  });

  it('say so, and change nothing, when storage refuses them (the quota)', async () => {
    const set = browser.storage.local.set;
    browser.storage.local.set = () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
    try {
      const r = await importClaimPack(JSON.stringify(pack), 'big.json', bundled);
      expect(r).toEqual({
        ok: false,
        problems: ['big.json: could not be stored (QUOTA_BYTES quota exceeded); nothing was changed'],
      });
    } finally {
      browser.storage.local.set = set;
    }
    expect(await getStoredPacks()).toEqual([]);
  });

  it('are refused whole, with file, claim and field named, and storage left as it was', async () => {
    await importClaimPack(JSON.stringify(pack), 'good.json', bundled);
    const before = await browser.storage.local.get();
    const bad = { ...structuredClone(SAMPLE_TOPICS[1]!), topic: 'hgh' };
    bad.claims[0]!.id = 'hgh-black-box';
    (bad.claims[0] as unknown as Record<string, unknown>).sources = [];
    const r = await importClaimPack(JSON.stringify(bad), 'bad.json', bundled);
    expect(r).toEqual({
      ok: false,
      problems: ['bad.json: claim "hgh-black-box": sources: must list at least one source'],
    });
    expect(await browser.storage.local.get()).toEqual(before);
  });

  it('may be ClaimReview JSON-LD, stored as claims; one unmappable rating refuses the file and stores nothing', async () => {
    const item = (alternateName: string, n: number) => ({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: `https://factcheck.example.org/${n}`,
      claimReviewed: `Epitalon claim number ${n}`,
      datePublished: '2025-01-02',
      itemReviewed: { '@type': 'Claim', about: 'Epitalon' },
      reviewRating: { '@type': 'Rating', alternateName },
    });
    const before = await browser.storage.local.get();
    const refused = await importClaimPack(JSON.stringify([item('False', 1), item('Sort of', 2)]), 'fc.json', bundled);
    expect(refused).toEqual({
      ok: false,
      problems: [
        'fc.json: claim "item 2": reviewRating.alternateName: "Sort of" is not a rating Evident can map to a verdict (see claim-review-ratings.ts)',
      ],
    });
    expect(await browser.storage.local.get()).toEqual(before);
    const r = await importClaimPack(JSON.stringify({ '@graph': [item('False', 1)] }), 'fc.json', bundled);
    expect(r).toMatchObject({ ok: true, packs: [{ name: 'fc.json', topics: ['epitalon'], claims: 1, problems: [] }] });
  });

  it('are refused when they clash with claims already in use', async () => {
    const r = await importClaimPack(JSON.stringify(SAMPLE_TOPICS[1]), 'dup.json', bundled);
    expect(r.ok).toBe(false);
    expect(await getStoredPacks()).toEqual([]);
  });

  it('replace a stored pack of the same name, and can be removed', async () => {
    await importClaimPack(JSON.stringify(pack), 'p.json', bundled);
    await importClaimPack(JSON.stringify(pack), 'p.json', bundled);
    expect((await getStoredPacks()).map((p) => p.name)).toEqual(['p.json']);
    expect(await removeClaimPack('p.json', bundled)).toEqual([]);
    expect(await getStoredPacks()).toEqual([]);
  });

  it('stay stored but unused, with the reason, when an update ships a clashing claim', async () => {
    await importClaimPack(JSON.stringify(pack), 'p.json', bundled);
    const { topics, summaries } = activePacks(SAMPLE_TOPICS, await getStoredPacks());
    expect(topics).toEqual([]);
    expect(summaries[0]!.problems.join('\n')).toMatch(
      /p\.json: topic: "sermorelin" is also the topic of installed topic sermorelin/,
    );
  });
});
