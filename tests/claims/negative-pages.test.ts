import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildIndex } from '../../lib/core/claim-index';
import { RECORDED_FREQUENCIES } from '../../lib/core/term-frequencies';
import { openClaimsDatabase } from '../../lib/cli/claims-dir';
import { scanFile } from '../../lib/cli/scan-command';

const db = openClaimsDatabase(join(__dirname, '..', '..', 'claims'));
const index = buildIndex(db.topics, RECORDED_FREQUENCIES);
const dir = join(__dirname, '..', 'fixtures', 'negative');

describe('pages that make no health claims', () => {
  const pages = readdirSync(dir).filter((n) => n.endsWith('.txt') || n.endsWith('.html'));

  it('include a recipe, code documentation and news', () => {
    expect(pages.some((p) => p.startsWith('recipe-'))).toBe(true);
    expect(pages.some((p) => p.startsWith('docs-'))).toBe(true);
    expect(pages.some((p) => p.startsWith('news-'))).toBe(true);
  });

  for (const page of pages) {
    it(`get no marks: ${page}`, () => {
      expect(scanFile(join(dir, page), db, index).matches.map((m) => `${m.claimId}: ${m.text}`)).toEqual([]);
    });
  }
});
