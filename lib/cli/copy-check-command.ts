import type { ClaimsDatabase } from '../core/claims-database';
import { readLabels } from './eval-command';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Fewest consecutive words a phrasing may share with an evaluation page before it counts as copied. */
export const COPIED_WORDS = 6;

/** A phrasing that repeats a run of an evaluation page's words. */
export interface CopiedPhrasing {
  claimId: string;
  phrasing: string;
  file: string;
  /** The longest run of consecutive words the two share. */
  words: number;
}

const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .match(/[a-z0-9%']+/g) ?? [];

/**
 * Phrasings that share `min` or more consecutive words with any of the pages: third-party text
 * must never be copied into the database, and a phrasing copied from an evaluation page would
 * also make the figures measured on it worthless. Only our own phrasing is reported, never the page.
 */
export function copiedPhrasings(
  db: ClaimsDatabase,
  pages: readonly { file: string; text: string }[],
  min = COPIED_WORDS,
): CopiedPhrasing[] {
  const grams = new Map<string, Set<string>>();
  const pageWords = new Map<string, string>();
  for (const page of pages) {
    const w = words(page.text);
    pageWords.set(page.file, ` ${w.join(' ')} `);
    for (let i = 0; i + min <= w.length; i++) {
      const key = w.slice(i, i + min).join(' ');
      const set = grams.get(key) ?? new Set<string>();
      set.add(page.file);
      grams.set(key, set);
    }
  }
  const out: CopiedPhrasing[] = [];
  for (const topic of db.topics)
    for (const claim of topic.claims)
      for (const phrasing of claim.phrasings) {
        const w = words(phrasing);
        const files = new Set<string>();
        for (let i = 0; i + min <= w.length; i++)
          for (const f of grams.get(w.slice(i, i + min).join(' ')) ?? []) files.add(f);
        for (const file of files)
          out.push({ claimId: claim.id, phrasing, file, words: longestRun(w, pageWords.get(file)!, min) });
      }
  return out;
}

/** The longest run of `w` (at least `min` words, known to be shared) found in the page's words. */
function longestRun(w: readonly string[], page: string, min: number): number {
  let best = min;
  for (let i = 0; i < w.length; i++)
    for (let j = i + best + 1; j <= w.length; j++) {
      if (!page.includes(` ${w.slice(i, j).join(' ')} `)) break;
      best = j - i;
    }
  return best;
}

/** `eval:copycheck LABELS.json... DIR`: the phrasings copied from the labelled pages; exit 1 if any. */
export function copyCheckCommand(args: string[], db: ClaimsDatabase): number {
  const dir = args[args.length - 1];
  const labelFiles = args.slice(0, -1);
  if (!dir || labelFiles.length === 0) {
    console.error('usage: eval:copycheck LABELS.json... DIR');
    return 2;
  }
  const pages = labelFiles.flatMap((path) =>
    readLabels(path, dir).map((p) => ({ file: p.file, text: readFileSync(join(dir, p.file), 'utf8') })),
  );
  const copied = copiedPhrasings(db, pages);
  for (const c of copied) console.log(`${c.claimId}: ${c.words} words shared with ${c.file}: “${c.phrasing}”`);
  console.log(`${copied.length} phrasings share ${COPIED_WORDS} or more consecutive words with ${pages.length} pages`);
  return copied.length === 0 ? 0 : 1;
}
