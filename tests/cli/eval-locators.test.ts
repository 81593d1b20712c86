import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLabels } from '../../lib/cli/eval-command';
import { locatePages, resolveLocatedPages, type WorkingPage } from '../../lib/cli/eval-locators';
import { locateReviews, readReviewedMarks } from '../../lib/cli/reviewed-marks';

const text = 'Sermorelin keeps lean mass. Some filler. Sermorelin keeps lean mass.';
const working: WorkingPage[] = [
  {
    file: 'p1.txt',
    url: 'https://example.org/p1',
    host: 'example.org',
    query: 'sermorelin',
    kind: 'blog',
    claims: [
      { quote: 'Sermorelin keeps lean mass', claim: 'c', topic: 'sermorelin', verdict: 'unsupported' },
      { quote: 'Sermorelin keeps lean mass', claim: 'c again', topic: 'sermorelin', verdict: 'unsupported' },
    ],
  },
];

function cache(content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'evident-eval-'));
  writeFileSync(join(dir, 'p1.txt'), content);
  return dir;
}

describe('eval locators', () => {
  it('stores offsets and hashes instead of text, and places each restatement at its own occurrence', () => {
    const [page] = locatePages(working, cache(text));
    expect(JSON.stringify(page)).not.toContain('keeps lean mass');
    expect(page!.claims.map((c) => c.offset)).toEqual([0, text.lastIndexOf('Sermorelin')]);
  });

  it('puts the quotes back from the cache', () => {
    const dir = cache(text);
    const [page] = resolveLocatedPages(locatePages(working, dir), dir);
    expect(page!.claims.map((c) => c.quote)).toEqual(['Sermorelin keeps lean mass', 'Sermorelin keeps lean mass']);
  });

  it('refuses a cached text that differs from the labelled one, naming the file', () => {
    const located = locatePages(working, cache(text));
    expect(() => resolveLocatedPages(located, cache(text.replace('filler', 'fillers')))).toThrow(
      /p1\.txt: cached text differs/,
    );
  });

  it('names a page missing from the cache and where it came from', () => {
    const located = locatePages(working, cache(text));
    expect(() => resolveLocatedPages(located, mkdtempSync(join(tmpdir(), 'evident-empty-')))).toThrow(
      /p1\.txt: not in .*https:\/\/example\.org\/p1/,
    );
  });
  it('leaves a missing page out only when asked, and lists it', () => {
    const located = locatePages(working, cache(text));
    const skipped: typeof located = [];
    expect(resolveLocatedPages(located, mkdtempSync(join(tmpdir(), 'evident-empty-')), skipped)).toEqual([]);
    expect(skipped.map((p) => p.file)).toEqual(['p1.txt']);
    // A page whose text differs is still refused: a score never rests on other text.
    expect(() => resolveLocatedPages(located, cache(text.replace('filler', 'fillers')), [])).toThrow(
      /p1\.txt: cached text differs/,
    );
  });
});

describe('reviewed marks', () => {
  it('stores a review as offsets and hashes, puts the text back, and refuses a review without a why', () => {
    const dir = cache(text);
    const reviews = [
      { file: 'p1.txt', offset: 28, length: 12, text: 'Some filler.', claim: false, why: 'no assertion' },
    ];
    const located = locateReviews(reviews, dir);
    expect(JSON.stringify(located)).not.toContain('filler');
    const path = join(dir, 'reviewed.json');
    writeFileSync(path, JSON.stringify(located));
    expect(readReviewedMarks(path, dir).get('p1.txt')).toEqual([{ quote: 'Some filler.', claim: false }]);
    expect(() => locateReviews([{ ...reviews[0]!, why: ' ' }], dir)).toThrow(
      /needs "claim" \(true or false\) and a "why"/,
    );
    expect(() => locateReviews([{ ...reviews[0]!, offset: 0 }], dir)).toThrow(/does not hold the reviewed text/);
  });

  it('refuses a review whose page changed in the cache, naming the page', () => {
    const dir = cache(text);
    const path = join(dir, 'reviewed.json');
    writeFileSync(
      path,
      JSON.stringify(locateReviews([{ file: 'p1.txt', offset: 0, length: 10, claim: true, why: 'x' }], dir)),
    );
    writeFileSync(join(dir, 'p1.txt'), text + ' More.');
    expect(() => readReviewedMarks(path, dir)).toThrow(/p1.txt: cached text differs/);
  });
});

describe('labels files', () => {
  function labelsFile(pages: unknown): string {
    const path = join(mkdtempSync(join(tmpdir(), 'evident-labels-')), 'labels.json');
    writeFileSync(path, JSON.stringify(pages));
    return path;
  }

  it('reads quotes or locators, and refuses a file that mixes the two, naming an entry of each', () => {
    const dir = cache(text);
    const located = locatePages(working, dir);
    expect(readLabels(labelsFile(located), dir)[0]!.claims.map((c) => c.quote)).toEqual([
      'Sermorelin keeps lean mass',
      'Sermorelin keeps lean mass',
    ]);
    expect(readLabels(labelsFile(working), dir)[0]!.claims).toHaveLength(2);
    const mixed = labelsFile([...located, { ...working[0]!, file: 'p2.txt' }]);
    expect(() => readLabels(mixed, dir)).toThrow(
      /entry 0 \(p1\.txt\) locates its claims .* and entry 1 \(p2\.txt\) quotes them: a labels file uses one form/,
    );
  });

  it('names the claim that has no quote or no verdict', () => {
    const [page] = working;
    const noQuote = labelsFile([{ ...page!, claims: [page!.claims[0], { ...page!.claims[1], quote: undefined }] }]);
    expect(() => readLabels(noQuote)).toThrow(/entry 0 \(p1\.txt\): claim 2 must have "quote"/);
    const noVerdict = labelsFile([{ ...page!, claims: [{ ...page!.claims[0], verdict: undefined }] }]);
    expect(() => readLabels(noVerdict)).toThrow(/entry 0 \(p1\.txt\): claim 1 must have "verdict"/);
  });
});
