/**
 * What the tools that read the labellers' own wordings share (label-proxy.ts, recurring.ts): the
 * half a page's labels fall in, the database they are scanned against, and the best reviewed mark
 * a wording gets when scanned alone with its topic named.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openClaimsDatabase } from '../../lib/cli/claims-dir';
import { sha256 } from '../../lib/cli/eval-locators';
import { buildIndex, type ClaimIndex } from '../../lib/core/claim-index';
import { pole } from '../../lib/core/evaluate';
import { findClaims, type ClaimMatch } from '../../lib/core/find-claims';
import { RECORDED_FREQUENCIES } from '../../lib/core/term-frequencies';

/** The half a page's labels are in: A where its file name's SHA-256 is even. Work looks at A and is judged on B. */
export const labelHalf = (file: string): 'A' | 'B' => (parseInt(sha256(file).slice(-1), 16) % 2 === 0 ? 'A' : 'B');

/** The database's index (claims/, or EVIDENT_CLAIMS_DIR as for the CLI) and its reviewed claims' ids. */
export function wordingIndex(): {
  index: ClaimIndex;
  reviewed: ReadonlySet<string>;
  /** Per topic, its first name (the topic file's first `names` entry): what a page's title would say. */
  titles: ReadonlyMap<string, string>;
} {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const db = openClaimsDatabase(process.env.EVIDENT_CLAIMS_DIR ?? join(root, 'claims'));
  const index = buildIndex(db.topics, RECORDED_FREQUENCIES);
  const titles = new Map(db.topics.map((t) => [t.topic, t.names[0] ?? t.topic.replace(/-/g, ' ')]));
  return { index, reviewed: new Set(index.claims.map((c) => c.id)), titles };
}

/**
 * The best-scoring reviewed mark a labelled wording gets (the earlier on a tie), scanned alone with
 * its topic named, or with `underTitle` below a title line that names its topic, as a page's title or
 * heading would: there the topic is in focus, and a wording that leaves its subject unsaid ("over
 * half on 15 mg lost 20%") can be read as a page's sentence would. Marks on the title do not count.
 */
export function bestReviewedMark(
  { index, reviewed, titles }: ReturnType<typeof wordingIndex>,
  label: { claim: string; topic: string },
  underTitle = false,
): ClaimMatch | undefined {
  const title = underTitle && titles.has(label.topic) ? `${titles.get(label.topic)}\n\n` : '';
  return findClaims(title + label.claim, index, { topics: [label.topic] })
    .filter((m) => reviewed.has(m.claimId) && m.start >= title.length)
    .sort((a, b) => b.score - a.score || a.start - b.start)[0];
}

/** A wording judged twice: the labeller's verdict, a second reviewer's, and the verdict Evident shows (if it marks it). */
export interface TwiceJudged {
  label: string;
  second: string;
  shown?: string;
}

/**
 * How far two reviewers agree in verdict pole on the same wordings, and how far Evident agrees with
 * each where it marks them: the ceiling a checker can be held to is the reviewers' agreement with
 * each other, not 1. Counts, so halves and rounds add up.
 */
export function twiceJudgedAgreement(rows: readonly TwiceJudged[]): {
  judged: number;
  reviewersAgree: number;
  shown: number;
  withLabel: number;
  withSecond: number;
} {
  const out = { judged: 0, reviewersAgree: 0, shown: 0, withLabel: 0, withSecond: 0 };
  for (const r of rows) {
    out.judged++;
    if (pole(r.label) === pole(r.second)) out.reviewersAgree++;
    if (r.shown === undefined) continue;
    out.shown++;
    if (pole(r.shown) === pole(r.label)) out.withLabel++;
    if (pole(r.shown) === pole(r.second)) out.withSecond++;
  }
  return out;
}

/**
 * Weighted Jaccard similarity of two wordings' content words: the weight of the words both say over
 * the weight of the words either says (fact-overlap.ts). 0 when neither says a word.
 */
export function weightedJaccard(
  a: ReadonlySet<string>,
  b: ReadonlySet<string>,
  weight: (term: string) => number,
): number {
  let both = 0;
  let either = 0;
  for (const t of a) {
    either += weight(t);
    if (b.has(t)) both += weight(t);
  }
  for (const t of b) if (!a.has(t)) either += weight(t);
  return either === 0 ? 0 : both / either;
}
