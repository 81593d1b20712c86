import type { ClaimMatch } from './find-claims';

/**
 * At most one claim per span of text: the best score wins, ties go to a claim recorded for the
 * scope the sentence states ("in mice"), then to the earlier, then shorter
 * span, then the smaller id, so the same page always gives the same marks. A claim is marked at
 * every restatement: a reader who lands mid-page meets the mark where they read.
 */
export function resolveOverlaps(matches: readonly ClaimMatch[]): ClaimMatch[] {
  const ranked = [...matches].sort(
    (a, b) =>
      b.score - a.score ||
      Number(b.scoped ?? false) - Number(a.scoped ?? false) ||
      a.start - b.start ||
      a.end - a.start - (b.end - b.start) ||
      (a.claimId < b.claimId ? -1 : a.claimId > b.claimId ? 1 : 0),
  );
  const kept: ClaimMatch[] = [];
  const clear = (span: { start: number; end: number }) => !kept.some((k) => span.start < k.end && k.start < span.end);
  for (const m of ranked) {
    if (clear(m)) kept.push(m);
    // Two claims of one subject in one clause ("Berberine is nature's Ozempic and can lower blood
    // sugar"): the name goes to the first mark, and the other keeps its own words.
    else if (m.core && clear(m.core)) kept.push({ ...m, ...m.core });
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
