import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LabelledPage } from '../core/evaluate';

/**
 * A labelled page as committed in tests/eval/: where its text was found and hashes, never
 * the text itself (third-party text stays in a cache folder outside the repository).
 * Offsets and lengths count UTF-16 code units of the file read as UTF-8.
 */
export interface LocatedPage {
  file: string;
  url: string;
  host: string;
  kind: LabelledPage['kind'];
  found: { corpus: string; query: string; rank?: number };
  sha256: string;
  length: number;
  claims: LocatedClaim[];
}

export interface LocatedClaim {
  offset: number;
  length: number;
  sha256: string;
  claim: string;
  topic: string;
  verdict: string;
  why?: string;
}

/** A page while it is being labelled: the same fields, with quotes (kept outside the repository). */
export interface WorkingPage extends LabelledPage {
  url: string;
  host: string;
  query: string;
  rank?: number;
}

/** The hash pages and quotes are located by. */
export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export function isLocated(page: unknown): page is LocatedPage {
  return typeof page === 'object' && page !== null && typeof (page as LocatedPage).sha256 === 'string';
}

/**
 * Turns labels with quotes into locators against the cached texts. A quote that appears
 * more than once is located at its next unused occurrence, so restatements keep their places.
 */
export function locatePages(pages: readonly WorkingPage[], dir: string): LocatedPage[] {
  return pages.map((page) => {
    const text = readCached(dir, page.file);
    const used = new Map<string, number>();
    const claims = page.claims.map((c, i) => {
      let at = text.indexOf(c.quote, used.get(c.quote) ?? 0);
      if (at < 0) at = text.indexOf(c.quote);
      if (at < 0) throw new Error(`${page.file}: claim ${i + 1}: quote not found in the cached text: “${c.quote}”`);
      used.set(c.quote, at + 1);
      const located: LocatedClaim = {
        offset: at,
        length: c.quote.length,
        sha256: sha256(c.quote),
        claim: c.claim,
        topic: c.topic,
        verdict: c.verdict,
      };
      if (c.why) located.why = c.why;
      return located;
    });
    return {
      file: page.file,
      url: page.url,
      host: page.host,
      kind: page.kind,
      found: { corpus: 'pages', query: page.query, ...(page.rank === undefined ? {} : { rank: page.rank }) },
      sha256: sha256(text),
      length: text.length,
      claims,
    };
  });
}

/**
 * Puts the quotes back from the cache folder, checking every hash: a page whose cached text
 * differs from the one labelled is refused by name, so a score never rests on other text. A page
 * missing from the cache is refused too, unless `skipped` is given: then it is left out and listed
 * there (a cache restored only in part can be scored, and says what it left out).
 */
export function resolveLocatedPages(
  pages: readonly LocatedPage[],
  dir: string,
  skipped?: LocatedPage[],
): LabelledPage[] {
  const problems: string[] = [];
  const out: LabelledPage[] = [];
  for (const page of pages) {
    const path = join(dir, page.file);
    if (!existsSync(path)) {
      // Only when asked (`eval --skip-missing`): the caller names every page it left out.
      if (skipped) skipped.push(page);
      else problems.push(`${page.file}: not in ${dir} (restore it from ${page.url}; see tests/eval/README.md)`);
      continue;
    }
    const text = readCached(dir, page.file);
    if (text.length !== page.length || sha256(text) !== page.sha256) {
      problems.push(`${page.file}: cached text differs from the labelled one (sha256 or length)`);
      continue;
    }
    const claims = page.claims.map((c, i) => {
      const quote = text.slice(c.offset, c.offset + c.length);
      if (sha256(quote) !== c.sha256) problems.push(`${page.file}: claim ${i + 1}: quote hash differs at ${c.offset}`);
      return { quote, claim: c.claim, topic: c.topic, verdict: c.verdict, why: c.why, start: c.offset };
    });
    out.push({ file: page.file, url: page.url, kind: page.kind, claims });
  }
  if (problems.length > 0) throw new Error(`labels do not match the cache:\n  ${problems.join('\n  ')}`);
  return out;
}

function readCached(dir: string, file: string): string {
  return readFileSync(join(dir, file), 'utf8');
}
