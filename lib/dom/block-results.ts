import type { ClaimMatch } from '../core/find-claims';
import { runKey } from '../core/run-keys';
import { ITEM_MARK, type ExtractedText } from './extract-text';

/**
 * What the matcher said about each run of a page's text, keyed by the run's text (a hash
 * of it). A run is the text of one block between two block breaks: a paragraph, a list
 * item, a table cell. When a framework re-renders a block (a React state change, a list
 * the page reorders, a counter ticking beside a claim), the text comes back as new nodes
 * but the same characters, and the marks can be put back at once, in the same frame,
 * without sending the page through the matcher again. The results were found with the
 * whole page as context (its topics, a list's lead-in), so a run found alone keeps them.
 */
export interface BlockResults {
  /**
   * Records a scan of `extracted`: the matches each of its runs holds, or none. The work is
   * returned as steps, so a long page can be recorded in slices between which the page runs:
   * each call records runs until `until()` says stop, and says whether any are left. `keys`,
   * when given, are the runs' keys as the background made them of the same text (`runKeys`,
   * lib/core/run-keys.ts): used if they are one per run and every run lies between block breaks
   * (a section the page sent cut no run in two), and the runs are keyed here otherwise.
   */
  record(
    extracted: ExtractedText,
    matches: readonly ClaimMatch[],
    keys?: readonly number[],
  ): (until: () => boolean) => boolean;
  /**
   * The matches in `extracted`, with offsets into its text, if every run of it is known;
   * null if any run is new (the caller then asks the matcher).
   */
  lookup(extracted: ExtractedText): ClaimMatch[] | null;
}

interface Run {
  start: number;
  end: number;
}

/**
 * Runs are keyed by a 53-bit hash of their text, computed over the page's text in place:
 * keyed by the text itself, the keys were copies of the page's text (V8 copies a slice used
 * as a Map key), the largest thing Evident kept in a tab after its code (50 KiB on a seed
 * page, 4 MiB on a 5 MB one). Two different runs would share a key about once in 10^16
 * pairs. Past this many runs (a 5 MB article has about 13,000) the oldest are forgotten.
 */
const MAX_RUNS = 50_000;

/** Runs of text nodes with no block break between them (extract-text joins those without a gap). */
export function textRuns(extracted: ExtractedText): Run[] {
  const runs: Run[] = [];
  const { text } = extracted;
  for (const s of extracted.segments) {
    const last = runs[runs.length - 1];
    if (last && s.start === last.end) last.end = s.end;
    else {
      // A list item's "- " (extract-text.ts) is the run's, though no text node holds it.
      const from = s.start - ITEM_MARK.length;
      const marked = from >= 0 && text.startsWith(ITEM_MARK, from) && (from === 0 || text[from - 1] === '\n');
      runs.push({ start: marked && (!last || last.end < from) ? from : s.start, end: s.end });
    }
  }
  return runs;
}

export function createBlockResults(): BlockResults {
  /** Offsets relative to the run's start; a Map keeps insertion order, so the first keys are the oldest. */
  const byRun = new Map<number, ClaimMatch[]>();
  return {
    record({ text, segments }, matches, keys) {
      const runs = textRuns({ text, segments });
      const given = keys && keysFit(text, runs, keys) ? keys : null;
      const sorted = matches.length > 1 ? [...matches].sort((a, b) => a.start - b.start) : matches;
      let i = 0;
      let r = 0;
      return (until) => {
        // Every call makes progress: the clock is read every 64 runs, never before the first.
        for (const from = r; r < runs.length; r++) {
          if (r > from && r % 64 === 0 && until()) return true;
          const run = runs[r]!;
          let inRun: ClaimMatch[] | null = NONE;
          for (; i < sorted.length && sorted[i]!.start < run.end; i++) {
            const m = sorted[i]!;
            if (m.start < run.start || !inRun) continue; // began in a gap (never happens), or the run is spanned
            if (m.end > run.end) inRun = null;
            else
              (inRun = inRun === NONE ? [] : inRun).push({ ...m, start: m.start - run.start, end: m.end - run.start });
          }
          const key = given ? given[r]! : runKey(text, run.start, run.end);
          byRun.delete(key); // re-recorded runs count as the newest
          // A match across a block break cannot be rebuilt from one run: that run is asked again.
          if (inRun) byRun.set(key, inRun);
        }
        for (const key of byRun.keys()) {
          if (byRun.size <= MAX_RUNS) break;
          byRun.delete(key);
        }
        return false;
      };
    },
    lookup({ text, segments }) {
      const out: ClaimMatch[] = [];
      for (const run of textRuns({ text, segments })) {
        const known = byRun.get(runKey(text, run.start, run.end));
        if (!known) return null;
        for (const m of known) out.push({ ...m, start: m.start + run.start, end: m.end + run.start });
      }
      return out;
    },
  };
}

/** True when `keys` are one per run and every run lies between block breaks ("\n") or the text's ends. */
function keysFit(text: string, runs: readonly Run[], keys: readonly number[]): boolean {
  if (keys.length !== runs.length) return false;
  for (const { start, end } of runs) {
    if (start > 0 && text.charCodeAt(start - 1) !== 10) return false;
    if (end < text.length && text.charCodeAt(end) !== 10) return false;
  }
  return true;
}

/** The shared result of a run with no match (most runs): one empty list, never written to. */
const NONE: ClaimMatch[] = [];
