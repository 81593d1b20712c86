import type { ClaimMatch } from './find-claims';

/**
 * At most one claim per span of text, and one span per claim: the best score wins, ties go to the earlier, then
 * shorter span, then the smaller id, so the same page always gives the same marks.
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
  const claims = new Set<string>();
  for (const m of ranked) {
    // One mark per claim: where a page repeats a claim, the clearest statement of it carries the mark.
    if (claims.has(m.claimId)) continue;
    if (!kept.some((k) => m.start < k.end && k.start < m.end)) {
      kept.push(m);
      claims.add(m.claimId);
    }
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
