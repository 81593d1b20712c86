import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { buildIndex } from '../../lib/core/claim-index';
import { RECORDED_FREQUENCIES } from '../../lib/core/term-frequencies';
import { openClaimsDatabase } from '../../lib/cli/claims-dir';
import { expectedMatches } from '../e2e/fixture-pages';

const index = buildIndex(openClaimsDatabase(join(__dirname, '..', '..', 'claims')).topics, RECORDED_FREQUENCIES);

/**
 * The marks the browser checks (tests/e2e/reader.ts) expect on their fixture pages, read from the
 * database as it stands: a curator's phrasing that adds or moves a mark on these pages fails
 * here, in `vitest tests/claims`, not first in CI's end-to-end run (round 91's "studies show
 * BPC-157 can heal tendon injuries" put a fourth mark on the blog page).
 */
describe('the end-to-end fixture pages, with the database as it stands', () => {
  const verdicts = (file: string) => expectedMatches(file, index).map((m) => m.verdict);

  it('marks the blog page’s three claims: one weak (not reviewed in its words), two false', () => {
    expect(verdicts('peptide-blog.html')).toEqual(['weak', 'false', 'false']);
  });

  it('marks the one claim of the hostile overlay page and of the link page', () => {
    expect(verdicts('hostile-overlay.html')).toHaveLength(1);
    expect(verdicts('link-claim.html')).toHaveLength(1);
  });

  it('marks nothing on the recipe page', () => {
    expect(verdicts('recipe.html')).toEqual([]);
  });
});
