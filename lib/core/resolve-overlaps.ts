import type { ClaimMatch } from './find-claims';

type Span = { start: number; end: number };

/**
 * At most one claim per span of text: the best score wins, ties go to a claim recorded for the
 * scope the sentence states ("in mice"), then to one whose substance the sentence names over one
 * whose name is only in focus, then to the one that says more of the sentence (a named trial
 * over the general finding), then to the earlier, then shorter
 * span, then the smaller id, so the same page always gives the same marks. A claim is marked at
 * every restatement: a reader who lands mid-page meets the mark where they read.
 */
export function resolveOverlaps(matches: readonly ClaimMatch[]): ClaimMatch[] {
  const ranked = [...matches].sort(
    (a, b) =>
      b.score - a.score ||
      Number(b.scoped ?? false) - Number(a.scoped ?? false) ||
      Number(a.inFocus ?? false) - Number(b.inFocus ?? false) ||
      (b.said ?? 0) - (a.said ?? 0) ||
      a.start - b.start ||
      a.end - a.start - (b.end - b.start) ||
      (a.claimId < b.claimId ? -1 : a.claimId > b.claimId ? 1 : 0),
  );
  const kept: ClaimMatch[] = [];
  const meets = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
  const clear = (span: Span) => !kept.some((k) => meets(span, k));
  for (const m of ranked) {
    if (clear(m)) kept.push(m);
    // Two claims of one subject in one clause ("Berberine is nature's Ozempic and can lower blood
    // sugar"): the name goes to the first mark, and the other keeps its own words.
    else if (m.core && clear(m.core)) kept.push({ ...m, ...m.core });
    // Several claims of one subject in one sentence ("TRT brings benefits, including more muscle,
    // more energy and better fertility"): a mark that took the whole sentence gives way to its own
    // words, so each claim keeps its words and its verdict.
    else if (m.core) {
      const core = m.core;
      const blockers = kept.filter((k) => meets(core, k));
      const yields = (k: ClaimMatch) =>
        k.core !== undefined && !meets(k.core, core) && kept.every((o) => o === k || !meets(o, k.core!));
      if (blockers.length === 1 && yields(blockers[0]!)) {
        const k = blockers[0]!;
        kept[kept.indexOf(k)] = { ...k, ...k.core! };
        kept.push({ ...m, ...core });
      }
    }
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
