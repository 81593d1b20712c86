import type { ClaimMatch } from './find-claims';

/**
 * At most one claim per span of text: the best score wins, ties go to the earlier, then shorter
 * span, then the smaller id, so the same page always gives the same marks. A claim is marked at
 * every restatement: a reader who lands mid-page meets the mark where they read.
 */
export function resolveOverlaps(matches: readonly ClaimMatch[]): ClaimMatch[] {
  const ranked = [...matches].sort(
    (a, b) =>
      b.score - a.score ||
      a.start - b.start ||
      a.end - a.start - (b.end - b.start) ||
      (a.claimId < b.claimId ? -1 : a.claimId > b.claimId ? 1 : 0),
  );
  const kept: ClaimMatch[] = [];
  for (const m of ranked) {
    if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
