import type { ClaimMatch } from '../core/find-claims';
import type { ExtractedText } from './extract-text';

/**
 * What the matcher said about each run of a page's text, keyed by a hash of the run's
 * text. A run is the text of one block between two block breaks: a paragraph, a list
 * item, a table cell. When a framework re-renders a block (a React state change, a list
 * the page reorders, a counter ticking beside a claim), the text comes back as new nodes
 * but the same characters, and the marks can be put back at once, in the same frame,
 * without sending the page through the matcher again. The results were found with the
 * whole page as context (its topics, a list's lead-in), so a run found alone keeps them.
 */
export interface BlockResults {
  /** Records a scan of `extracted`: the matches each of its runs holds, or none. */
  record(extracted: ExtractedText, matches: readonly ClaimMatch[]): void;
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

const MAX_RUNS = 20_000; // a 5 MB page has about this many paragraphs; older runs go first

/** Runs of text nodes with no block break between them (extract-text joins those without a gap). */
export function textRuns(extracted: ExtractedText): Run[] {
  const runs: Run[] = [];
  for (const s of extracted.segments) {
    const last = runs[runs.length - 1];
    if (last && s.start === last.end) last.end = s.end;
    else runs.push({ start: s.start, end: s.end });
  }
  return runs;
}

/** cyrb53 (a public-domain 53-bit string hash) with the length: collisions are negligible. */
function keyOf(text: string, start: number, end: number): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${end - start}:${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)}`;
}

export function createBlockResults(): BlockResults {
  /** Offsets relative to the run's start. */
  const byRun = new Map<string, ClaimMatch[]>();
  return {
    record({ text, segments }, matches) {
      const runs = textRuns({ text, segments });
      const sorted = [...matches].sort((a, b) => a.start - b.start);
      let i = 0;
      for (const run of runs) {
        const inRun: ClaimMatch[] = [];
        let spans = false;
        for (; i < sorted.length && sorted[i]!.start < run.end; i++) {
          const m = sorted[i]!;
          if (m.start < run.start) continue; // began in a gap: never happens, but never cached
          if (m.end > run.end) spans = true;
          else inRun.push({ ...m, start: m.start - run.start, end: m.end - run.start });
        }
        // A match across a block break cannot be rebuilt from one run: that run is asked again.
        const key = keyOf(text, run.start, run.end);
        byRun.delete(key);
        if (!spans) byRun.set(key, inRun);
      }
      for (const key of byRun.keys()) {
        if (byRun.size <= MAX_RUNS) break;
        byRun.delete(key);
      }
    },
    lookup({ text, segments }) {
      const out: ClaimMatch[] = [];
      for (const run of textRuns({ text, segments })) {
        const known = byRun.get(keyOf(text, run.start, run.end));
        if (!known) return null;
        for (const m of known) out.push({ ...m, start: m.start + run.start, end: m.end + run.start });
      }
      return out;
    },
  };
}
