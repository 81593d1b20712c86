import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildIndex } from '../core/claim-index';
import { RECORDED_FREQUENCIES } from '../core/term-frequencies';
import type { ClaimsDatabase } from '../core/claims-database';
import { evaluate, type LabelledPage } from '../core/evaluate';
import { isLocated, resolveLocatedPages, type LocatedPage } from './eval-locators';
import { readReviewedMarks, type WorkingReview } from './reviewed-marks';
import { scanFile } from './scan-command';

/** A labels file's entries, unchecked, or an error naming the file and what is wrong with it. */
export function readLabelsList(path: string): unknown[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`${path}: not a readable labels file (${(err as Error).message})`);
  }
  if (!Array.isArray(data)) throw new Error(`${path}: must be an array of { file, kind, claims }`);
  return data;
}

/**
 * Reads a labels file: quotes inline (shared/corpus/labels.json), or locators into the cached
 * texts in `dir` (tests/eval/*\/labels.json), whose hashes are checked.
 */
export function readLabels(path: string, dir = '', skipped?: LocatedPage[]): LabelledPage[] {
  const data = readLabelsList(path);
  if (data.length > 0 && data.every(isLocated)) return resolveLocatedPages(data, dir, skipped);
  const entry = (i: number) => {
    const file = (data as { file?: unknown }[])[i]?.file;
    return `entry ${i}${typeof file === 'string' ? ` (${file})` : ''}`;
  };
  // A split is stored with locators and a curator's working file with quotes; one file mixing
  // the two would be read as quotes, and its located claims have none.
  const located = data.findIndex(isLocated);
  if (located >= 0) {
    const quoted = data.findIndex((p) => !isLocated(p));
    throw new Error(
      `${path}: ${entry(located)} locates its claims (sha256, offset, length) and ${entry(quoted)} quotes them: a labels file uses one form`,
    );
  }
  data.forEach((p: unknown, i) => {
    const page = p as Partial<LabelledPage>;
    if (typeof page.file !== 'string' || !Array.isArray(page.claims)) {
      throw new Error(`${path}: entry ${i} must have "file" (string) and "claims" (array)`);
    }
    page.claims.forEach((c: unknown, k) => {
      const claim = c as Partial<LabelledPage['claims'][number]> | null;
      if (typeof claim?.quote !== 'string' || claim.quote === '')
        throw new Error(
          `${path}: ${entry(i)}: claim ${k + 1} must have "quote" (the page's words, a non-empty string)`,
        );
      if (typeof claim.verdict !== 'string')
        throw new Error(`${path}: ${entry(i)}: claim ${k + 1} must have "verdict" (a string)`);
    });
  });
  return data as LabelledPage[];
}

/**
 * Gives each quoted claim with no place its place in the page's text: the first occurrence of
 * its quote not taken by an earlier claim of the page with the same words (restatements are
 * labelled in page order). A quote the text does not hold keeps no place.
 */
export function placeQuotes(page: LabelledPage, text: string): void {
  const taken = new Map<string, number>();
  for (const q of page.claims) {
    if (q.start !== undefined) continue;
    const at = text.indexOf(q.quote, taken.get(q.quote) ?? 0);
    if (at < 0) continue;
    q.start = at;
    taken.set(q.quote, at + 1);
  }
}

export function evalCommand(args: string[], db: ClaimsDatabase): number {
  const option = (name: string) => {
    const at = args.indexOf(name);
    return at < 0 ? undefined : (args.splice(at, 2)[1] ?? '');
  };
  const reviewedPath = option('--reviewed');
  const unlabelledOut = option('--unlabelled');
  const skipMissing = args.includes('--skip-missing');
  if (skipMissing) args.splice(args.indexOf('--skip-missing'), 1);
  const [labelsPath, dir] = args;
  if (!labelsPath || !dir || reviewedPath === '' || unlabelledOut === '') {
    console.error('usage: eval LABELS.json DIR [--reviewed REVIEWED.json] [--unlabelled OUT.json] [--skip-missing]');
    return 2;
  }
  const skipped: LocatedPage[] | undefined = skipMissing ? [] : undefined;
  const labels = readLabels(labelsPath, dir, skipped);
  const reviewed = reviewedPath === undefined ? undefined : readReviewedMarks(reviewedPath, dir);
  const index = buildIndex(db.topics, RECORDED_FREQUENCIES);
  const scanned = labels.map((page) => {
    const scan = scanFile(join(dir, page.file), db, index);
    if (scan.text !== undefined) placeQuotes(page, scan.text);
    return { ...scan, file: page.file };
  });
  const e = evaluate(labels, scanned, reviewed ?? (unlabelledOut === undefined ? undefined : new Map()));
  for (const m of e.missed) console.log(`missed   ${m.file}: “${m.quote.slice(0, 110)}”`);
  for (const w of e.wrongVerdicts)
    console.log(`verdict  ${w.file}: ${w.claimId} is ${w.got}, labelled ${w.expected}: “${w.quote.slice(0, 80)}”`);
  for (const f of e.falsePositives)
    console.log(`extra    ${f.file}: ${f.claimId}: “${f.text.replace(/\s+/g, ' ').slice(0, 110)}”`);
  if (skipped && skipped.length > 0) {
    const claims = skipped.reduce((n, p) => n + (p.kind === 'negative' ? 0 : p.claims.length), 0);
    console.log(
      `skipped ${skipped.length} pages not in ${dir} (${claims} labelled claims, ${skipped.filter((p) => p.kind === 'negative').length} negatives): ${skipped.map((p) => p.file).join(' ')}`,
    );
  }
  console.log(`pages ${labels.length}, labelled claims ${e.labelled}, matches ${e.matches}`);
  console.log(
    `recall ${e.recall.toFixed(3)} (${e.found}/${e.labelled})  precision ${e.precision.toFixed(3)} (${e.truePositives}/${e.matches})`,
  );
  console.log(
    `verdict agreement ${e.found === 0 ? '—' : (e.verdictAgreed / e.found).toFixed(3)} (${e.verdictAgreed}/${e.found})`,
  );
  console.log(
    `verdict pole agreement ${e.found === 0 ? '—' : (e.poleAgreed / e.found).toFixed(3)} (${e.poleAgreed}/${e.found})`,
  );
  const { inPlace } = e;
  if (inPlace.labelled > 0)
    console.log(
      `found in place (a mark on the quote itself, not only the same words elsewhere on the page): recall ${(inPlace.found / inPlace.labelled).toFixed(3)} (${inPlace.found}/${inPlace.labelled}), pole agreement ${inPlace.found === 0 ? '—' : (inPlace.poleAgreed / inPlace.found).toFixed(3)} (${inPlace.poleAgreed}/${inPlace.found})`,
    );
  if (e.review) {
    const { claims, notClaims, unreviewed } = e.review;
    console.log(
      `precision counting reviewed marks ${e.matches === 0 ? '—' : ((e.truePositives + claims) / e.matches).toFixed(3)} (${e.truePositives + claims}/${e.matches}): of ${e.falsePositives.length} unlabelled marks, ${claims} reviewed as claims, ${notClaims} as no claim, ${unreviewed.length} not reviewed (counted as wrong)`,
    );
    if (unlabelledOut !== undefined) {
      // The marks still to review, with their text, for a file outside the repository.
      const todo: (WorkingReview & { claimId: string })[] = unreviewed.map((m) => ({
        file: m.file,
        offset: m.start ?? -1,
        length: m.text.length,
        text: m.text,
        claimId: m.claimId,
        claim: false,
        why: '',
      }));
      writeFileSync(unlabelledOut, JSON.stringify(todo, null, 2));
      console.log(`${todo.length} marks to review written to ${unlabelledOut}`);
    }
  }
  // Pages that make no health claim must get no mark: the count is its own line, not hidden in precision.
  const negatives = new Set(labels.filter((p) => p.kind === 'negative').map((p) => p.file));
  if (negatives.size > 0) {
    const marks = scanned.filter((s) => negatives.has(s.file)).reduce((n, s) => n + s.matches.length, 0);
    console.log(`marks on the ${negatives.size} negative pages: ${marks}`);
  }
  return 0;
}
