import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sha256, type LocatedPage } from '../../lib/cli/eval-locators';
import { givenText, missingCommand, restoreCommand, restoredText } from '../../lib/cli/restore-command';

const labelled = 'Sermorelin raises GH.\u00a0 It is not approved.\n';
const page = (file: string, text: string, query: string, rank: number): LocatedPage => ({
  file,
  url: `https://example.org/${file}`,
  host: 'example.org',
  kind: 'blog',
  found: { corpus: 'pages', query, rank },
  sha256: sha256(text),
  length: text.length,
  claims: [],
});

function labelsFile(pages: LocatedPage[]): string {
  const path = join(mkdtempSync(join(tmpdir(), 'evident-restore-')), 'labels.json');
  writeFileSync(path, JSON.stringify(pages));
  return path;
}

afterEach(() => vi.restoreAllMocks());

describe('restoredText', () => {
  const target = { sha256: sha256(labelled), length: labelled.length };

  it('takes the labelled text as it is', () => {
    expect(restoredText(target, labelled)).toEqual({ text: labelled, repair: 'as given' });
  });

  it('puts back what the search tool hides: a final newline and a non-breaking space in a double space, together', () => {
    const shown = 'Sermorelin raises GH.  It is not approved.';
    expect(restoredText(target, shown)).toEqual({
      text: labelled,
      repair: 'with a final newline, double spaces as a non-breaking space and a space',
    });
  });

  it('lets no other text in: one letter changed is refused', () => {
    expect(restoredText(target, labelled.replace('raises', 'raised'))).toBeNull();
  });
});

describe('givenText', () => {
  it('reads the JSON string literal the search tool shows', () => {
    expect(givenText(' "a\\nb\\u00a0c"\n', true)).toBe('a\nb\u00a0c');
  });

  it('names input that is not a JSON string', () => {
    expect(() => givenText('{"excerpt": "x"}', true)).toThrow(/not a string literal/);
    expect(() => givenText('"unterminated', true)).toThrow(/not a JSON string literal/);
  });
});

describe('eval:restore', () => {
  it('saves the page only when its text is the labelled one, and never replaces other text', () => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const labels = labelsFile([page('p1.txt', labelled, 'q', 1)]);
    const dir = mkdtempSync(join(tmpdir(), 'evident-cache-'));
    expect(restoreCommand([labels, dir, 'p1.txt'], () => 'Other text.')).toBe(1);
    expect(existsSync(join(dir, 'p1.txt'))).toBe(false);
    expect(restoreCommand([labels, dir, 'p1.txt', '--json'], () => JSON.stringify(labelled.trimEnd()))).toBe(0);
    expect(readFileSync(join(dir, 'p1.txt'), 'utf8')).toBe(labelled);
    writeFileSync(join(dir, 'p1.txt'), 'Something else.');
    expect(() => restoreCommand([labels, dir, 'p1.txt'], () => labelled)).toThrow(/holds other text/);
    expect(readFileSync(join(dir, 'p1.txt'), 'utf8')).toBe('Something else.');
  });

  it('names a labels file it cannot read, and one that is not a list', () => {
    const dir = mkdtempSync(join(tmpdir(), 'evident-restore-'));
    writeFileSync(join(dir, 'broken.json'), '[{"file": ');
    writeFileSync(join(dir, 'object.json'), '{"file": "p1.txt"}');
    expect(() => restoreCommand([join(dir, 'broken.json'), dir, 'p1.txt'], () => labelled)).toThrow(
      /broken\.json: not a readable labels file/,
    );
    expect(() => missingCommand([join(dir, 'object.json'), dir])).toThrow(/object\.json: must be an array/);
  });

  it('names a file the labels do not locate', () => {
    const labels = labelsFile([page('p1.txt', labelled, 'q', 1)]);
    expect(() => restoreCommand([labels, tmpdir(), 'p9.txt'], () => labelled)).toThrow(/no page named p9\.txt/);
  });
});

describe('eval:missing', () => {
  it('lists the pages not cached, grouped by the search that found them', () => {
    const out: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((s: string) => out.push(s));
    const labels = labelsFile([
      page('a.txt', 'A', 'query one', 1),
      page('b.txt', 'B', 'query two', 2),
      page('c.txt', 'C', 'query one', 4),
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'evident-cache-'));
    writeFileSync(join(dir, 'b.txt'), 'B');
    expect(missingCommand([labels, dir])).toBe(0);
    expect(JSON.parse(out.join(''))).toEqual([
      {
        corpus: 'pages',
        query: 'query one',
        pages: [
          { file: 'a.txt', url: 'https://example.org/a.txt', rank: 1 },
          { file: 'c.txt', url: 'https://example.org/c.txt', rank: 4 },
        ],
      },
    ]);
  });
});
