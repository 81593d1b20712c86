import type { ClaimMatch } from './find-claims';

type Span = { start: number; end: number };

/** Whether two spans share at least one character. */
export const meets = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * Spans no two of which meet, kept in order by start, then end. In that order their ends never
 * go down (of two that do not meet, the later starts at or after the earlier's end, or both are
 * empty at one point), so the spans a span meets are a run: the last one that starts before its
 * end and those before it that end after its start. Asked with a binary search, not a walk over
 * all of them: a long page's thousands of marks made the walk most of resolveOverlaps' time.
 * A span whose end comes before its start (none is made so) turns the set to plain walks.
 */
export class DisjointSpans<T extends Span> {
  private readonly sorted: T[] = [];
  private walk = false;

  /** The spans that meet `span`, at most `most` of them (the last ones in order first). */
  meeting(span: Span, most = Infinity): T[] {
    const out: T[] = [];
    if (this.walk) {
      for (let i = this.sorted.length - 1; i >= 0 && out.length < most; i--)
        if (meets(span, this.sorted[i]!)) out.push(this.sorted[i]!);
      return out;
    }
    for (let i = this.lastStartingBefore(span.end); i >= 0 && out.length < most; i--) {
      const k = this.sorted[i]!;
      if (k.end <= span.start) break;
      if (meets(span, k)) out.push(k);
    }
    return out;
  }

  meetsAny(span: Span): boolean {
    return this.meeting(span, 1).length > 0;
  }

  add(span: T): void {
    if (span.end < span.start) this.walk = true;
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const k = this.sorted[mid]!;
      if (k.start < span.start || (k.start === span.start && k.end <= span.end)) lo = mid + 1;
      else hi = mid;
    }
    this.sorted.splice(lo, 0, span);
  }

  remove(span: T): void {
    const at = this.sorted.indexOf(span);
    if (at >= 0) this.sorted.splice(at, 1);
  }

  /** The index of the last span that starts before `end`, or -1. */
  private lastStartingBefore(end: number): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.sorted[mid]!.start < end) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }
}

/**
 * What each distinct word of the sentence a mark's phrasing says adds to its rank: a short phrasing
 * said whole inside a long sentence ("GLP-1 drugs slow digestion", 1.00) no longer takes the span from
 * the claim that says most of the sentence ("semaglutide works mainly by slowing gastric emptying",
 * 0.87 on seven words of eight). Chosen on the tuning split's first half of labelled wordings
 * (tests/eval/label-proxy.ts; 0, 0.03, 0.05, 0.08, 0.12), judged on its second half.
 */
const RANK_PER_WORD = 0.08;
/** A mark's rank: its score, and the words of the sentence it says (in thousandths: ties stay exact). */
const rank = (m: ClaimMatch) => Math.round(m.score * 1000) + Math.round(RANK_PER_WORD * 1000) * (m.said ?? 0);

/** The order in which resolveOverlaps gives marks their spans (see there). */
export const byRank = (a: ClaimMatch, b: ClaimMatch): number =>
  rank(b) - rank(a) ||
  Number(b.scoped ?? false) - Number(a.scoped ?? false) ||
  Number(a.inFocus ?? false) - Number(b.inFocus ?? false) ||
  (b.said ?? 0) - (a.said ?? 0) ||
  a.start - b.start ||
  a.end - a.start - (b.end - b.start) ||
  (a.claimId < b.claimId ? -1 : a.claimId > b.claimId ? 1 : 0);

/**
 * At most one claim per span of text: the best rank wins (its score, raised by the sentence's words
 * it says: a named trial over the general finding), ties go to a claim recorded for the
 * scope the sentence states ("in mice"), then to one whose substance the sentence names over one
 * whose name is only in focus, then to the one that says more of the sentence, then to the earlier, then shorter
 * span, then the smaller id, so the same page always gives the same marks. A claim is marked at
 * every restatement: a reader who lands mid-page meets the mark where they read.
 */
export function resolveOverlaps(matches: readonly ClaimMatch[]): ClaimMatch[] {
  const ranked = [...matches].sort(byRank);
  // The marks kept, in the order they were taken (the final sort leaves ties so), and as spans.
  const kept: ClaimMatch[] = [];
  const spans = new DisjointSpans<ClaimMatch>();
  const keep = (m: ClaimMatch) => {
    kept.push(m);
    spans.add(m);
  };
  for (const m of ranked) {
    if (!spans.meetsAny(m)) keep(m);
    // Two claims of one subject in one clause ("Berberine is nature's Ozempic and can lower blood
    // sugar"): the name goes to the first mark, and the other keeps its own words.
    else if (m.core && !spans.meetsAny(m.core)) keep({ ...m, ...m.core });
    // Several claims of one subject in one sentence ("TRT brings benefits, including more muscle,
    // more energy and better fertility"): a mark that took the whole sentence gives way to its own
    // words, so each claim keeps its words and its verdict.
    else if (m.core) {
      const core = m.core;
      const blockers = spans.meeting(core, 2);
      const yields = (k: ClaimMatch) =>
        k.core !== undefined && !meets(k.core, core) && spans.meeting(k.core).every((o) => o === k);
      if (blockers.length === 1 && yields(blockers[0]!)) {
        const k = blockers[0]!;
        const narrowed = { ...k, ...k.core! };
        kept[kept.indexOf(k)] = narrowed;
        spans.remove(k);
        spans.add(narrowed);
        keep({ ...m, ...core });
      }
    }
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
