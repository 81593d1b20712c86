import type { ClaimIndex } from './claim-index';
import type { ClaimMatch } from './find-claims';
import { DisjointSpans, meets } from './resolve-overlaps';
import { bulletLength, type Span } from './segment';
import { STOP_WORDS } from './stop-words';
import { tokenize } from './tokenize';

/**
 * A list's items under a lead-in that makes a reviewed claim ("Most sources agree that symptoms
 * of adrenal fatigue include:" then "• Extreme fatigue", "• Mental confusion"): each item the
 * claim itself names is a restatement of it, and is marked with it. Without this, such items
 * were marks of their own, judged by their topic's default for a claim not reviewed (weak),
 * where the claim that lists them is unsupported.
 *
 * An item is the claim's when every word of it is a word of the claim's phrasings: "weight gain"
 * under a lead-in whose claim lists weight gain, not "low blood pressure" under one whose claim
 * lists blood sugar. An item a reviewed claim matches on its own keeps its mark.
 */

const vocabularies = new WeakMap<ClaimIndex, Map<string, Set<string>>>();

/** The terms a claim's phrasings use, by claim id (worked out once per index). */
function vocabulary(index: ClaimIndex, claimId: string): Set<string> {
  let byId = vocabularies.get(index);
  if (!byId) {
    byId = new Map();
    for (const p of index.phrasings) {
      const id = index.claims[p.claim]!.id;
      let terms = byId.get(id);
      if (!terms) byId.set(id, (terms = new Set()));
      for (const t of p.terms) terms.add(t);
    }
    vocabularies.set(index, byId);
  }
  return byId.get(claimId) ?? new Set();
}

/** The index of the first of `spans` (sorted by start; they may overlap) that starts at or after `at`. */
function firstFrom(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * `marks` (in page order, no two overlapping) with the items of each list whose lead-in makes a
 * reviewed claim marked with that claim. `windows` are segmentClaimWindows' spans, sorted by
 * start then end: a window that crosses a line break is a list read with its lead-in, the
 * sentence it starts with. Windows and marks are looked up by binary search, so a long page
 * with many lists pays for its lists, not for its lists times its sentences.
 */
export function leadInClaims(
  text: string,
  windows: readonly Span[],
  marks: readonly ClaimMatch[],
  index: ClaimIndex,
): ClaimMatch[] {
  // Marks do not overlap: the ones an item or lead-in meets are found as resolveOverlaps finds them.
  const placed = new DisjointSpans<ClaimMatch>();
  for (const m of marks) placed.add(m);
  const crosses = (s: Span) => {
    const line = text.indexOf('\n', s.start);
    return line >= 0 && line < s.end;
  };
  const dropped = new Set<ClaimMatch>();
  const added: ClaimMatch[] = [];
  const given = new Set<number>();
  for (const w of windows) {
    if (!crosses(w)) continue;
    const first = firstFrom(windows, w.start);
    const lead = windows[first];
    if (!lead || lead.start !== w.start || lead.end >= w.end || crosses(lead)) continue;
    const claimed = placed
      .meeting(lead)
      .filter((m) => !m.unreviewed && m.end <= lead.end)
      .sort((a, b) => b.score - a.score)[0];
    if (!claimed) continue;
    const words = vocabulary(index, claimed.claimId);
    const items: Span[] = [];
    for (let k = firstFrom(windows, lead.end); k < windows.length && windows[k]!.start < w.end; k++) {
      const s = windows[k]!;
      if (s.end <= w.end && !crosses(s)) items.push(s);
    }
    // Each item's words, between its bullet and its closing stop, and whether the claim names it.
    const spans = items.map((item) => {
      const body = text.slice(item.start, item.end);
      const start = item.start + bulletLength(body);
      const end = item.start + body.replace(/[\s.,;:]+$/, '').length;
      const terms = tokenize(text.slice(start, Math.max(start, end)))
        .map((t) => t.term)
        .filter((t) => !STOP_WORDS.has(t));
      return { start, end, named: end > start && terms.length > 0 && terms.every((t) => words.has(t)) };
    });
    for (const item of spans) {
      if (!item.named || given.has(item.start)) continue;
      const here = placed.meeting(item);
      // A mark of its own stays; so does an unreviewed mark over several items unless the claim names them all.
      if (here.some((m) => !m.unreviewed || m.start < w.start || m.end > w.end)) continue;
      if (here.some((m) => spans.some((o) => !o.named && meets(m, o)))) continue;
      for (const m of here) dropped.add(m);
      given.add(item.start);
      added.push({
        ...claimed,
        start: item.start,
        end: item.end,
        reasons: [`listed under a lead-in that makes this claim`, ...claimed.reasons.filter((r) => !r.startsWith('“'))],
      });
    }
  }
  if (added.length === 0) return [...marks];
  return [...marks.filter((m) => !dropped.has(m)), ...added].sort((a, b) => a.start - b.start || a.end - b.end);
}
