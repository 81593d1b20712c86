import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReviewedMark } from '../core/evaluate';
import { sha256 } from './eval-locators';

/**
 * A reviewer's judgement of marks no label covers (the "review each unlabelled mark
 * and count it honestly"), committed like the labels: offsets and hashes into the cached
 * page, never its text. Kept apart from the labels on purpose: a claim found only because
 * Evident marked it must not raise recall, so it counts for precision alone.
 */
export interface ReviewedPage {
  file: string;
  sha256: string;
  marks: { offset: number; length: number; sha256: string; claim: boolean; why: string }[];
}

/** One decision while reviewing, with the marked text (kept outside the repository). */
export interface WorkingReview {
  file: string;
  offset: number;
  length: number;
  text?: string;
  claim: boolean;
  why: string;
}

/** Decisions with text -> the committed form, grouped by page, checked against the cache. */
export function locateReviews(reviews: readonly WorkingReview[], dir: string): ReviewedPage[] {
  const pages = new Map<string, ReviewedPage>();
  reviews.forEach((r, i) => {
    if (typeof r.claim !== 'boolean' || typeof r.why !== 'string' || r.why.trim() === '') {
      throw new Error(`review ${i + 1} (${r.file} at ${r.offset}): needs "claim" (true or false) and a "why"`);
    }
    const text = readFileSync(join(dir, r.file), 'utf8');
    const quote = text.slice(r.offset, r.offset + r.length);
    if (r.text !== undefined && quote !== r.text) {
      throw new Error(`review ${i + 1}: ${r.file} at ${r.offset} does not hold the reviewed text`);
    }
    let page = pages.get(r.file);
    if (!page) pages.set(r.file, (page = { file: r.file, sha256: sha256(text), marks: [] }));
    const mark = { offset: r.offset, length: r.length, sha256: sha256(quote), claim: r.claim, why: r.why.trim() };
    const same = page.marks.findIndex((m) => m.offset === mark.offset && m.length === mark.length);
    if (same >= 0) page.marks[same] = mark;
    else page.marks.push(mark);
  });
  for (const page of pages.values()) page.marks.sort((a, b) => a.offset - b.offset);
  return [...pages.values()].sort((a, b) => a.file.localeCompare(b.file));
}

/** The committed reviews with their texts put back; a page or mark whose text differs is refused by name. */
export function readReviewedMarks(path: string, dir: string): Map<string, ReviewedMark[]> {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`${path}: not a readable reviewed-marks file (${(err as Error).message})`);
  }
  if (!Array.isArray(data)) throw new Error(`${path}: must be an array of { file, sha256, marks }`);
  const problems: string[] = [];
  const out = new Map<string, ReviewedMark[]>();
  (data as ReviewedPage[]).forEach((page, i) => {
    if (typeof page?.file !== 'string' || !Array.isArray(page.marks)) {
      problems.push(`entry ${i + 1}: needs "file" and "marks"`);
      return;
    }
    const file = join(dir, page.file);
    if (!existsSync(file)) return void problems.push(`${page.file}: not in ${dir}`);
    const text = readFileSync(file, 'utf8');
    if (sha256(text) !== page.sha256)
      return void problems.push(`${page.file}: cached text differs from the reviewed one`);
    out.set(
      page.file,
      page.marks.map((m, j) => {
        const quote = text.slice(m.offset, m.offset + m.length);
        if (sha256(quote) !== m.sha256)
          problems.push(`${page.file}: reviewed mark ${j + 1}: hash differs at ${m.offset}`);
        return { quote, claim: m.claim };
      }),
    );
  });
  if (problems.length > 0) throw new Error(`${path} does not match the cache:\n  ${problems.join('\n  ')}`);
  return out;
}
