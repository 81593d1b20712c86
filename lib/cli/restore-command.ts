import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readLabelsList } from './eval-command';
import { isLocated, sha256, type LocatedPage } from './eval-locators';

/**
 * Putting the evaluation cache back on a new machine (tests/eval/README.md): each page is one
 * result of a stored search, saved byte for byte. The search tool shows a result's text as a
 * JSON string, which hides some characters: a final newline, a non-breaking space where the
 * page had two spaces or a space at a line's end, an indent it trims. These are the ways a
 * faithful copy of what the tool shows has differed from the labelled text, tried in turn;
 * the labelled SHA-256 and length decide, so a repair never lets other text in.
 */
const REPAIRS: readonly { name: string; apply: (text: string) => string }[] = [
  { name: 'as given', apply: (t) => t },
  { name: 'with a final newline', apply: (t) => `${t}\n` },
  { name: 'with a final space', apply: (t) => `${t} ` },
  { name: 'without leading spaces', apply: (t) => t.trimStart() },
  { name: 'double spaces as a non-breaking space and a space', apply: (t) => t.replace(/ {2}/g, '\u00a0 ') },
  { name: 'spaces at line ends as non-breaking spaces', apply: (t) => t.replace(/ (?=\n)/g, '\u00a0') },
];

/** The labelled page's text recovered from what the search tool showed, and the repair it took; null if none gives the labelled hash. */
export function restoredText(
  page: Pick<LocatedPage, 'sha256' | 'length'>,
  given: string,
): { text: string; repair: string } | null {
  const fits = (text: string) => text.length === page.length && sha256(text) === page.sha256;
  for (const first of REPAIRS) {
    const once = first.apply(given);
    if (fits(once)) return { text: once, repair: first.name };
  }
  // Two hidden differences on one page (an indent trimmed and a final newline lost, say);
  // REPAIRS[0] changes nothing, so the pairs start after it.
  for (const [i, first] of REPAIRS.entries()) {
    if (i === 0) continue;
    for (const second of REPAIRS.slice(i + 1)) {
      const twice = second.apply(first.apply(given));
      if (fits(twice)) return { text: twice, repair: `${first.name}, ${second.name}` };
    }
  }
  return null;
}

/** The text on standard input: as it is, or (`--json`) the JSON string literal the search tool showed. */
export function givenText(input: string, json: boolean): string {
  if (!json) return input;
  const literal = input.trim();
  let value: unknown;
  try {
    value = JSON.parse(literal);
  } catch (err) {
    throw new Error(`standard input is not a JSON string literal: ${(err as Error).message}`);
  }
  if (typeof value !== 'string') throw new Error('standard input is JSON but not a string literal ("…")');
  return value;
}

/**
 * `eval:restore LABELS.json DIR FILE [--json]`: saves the text on standard input as DIR/FILE
 * when it is (or, through a known hidden difference, becomes) the text FILE was labelled on.
 * Nothing is written otherwise, and a cached file is never replaced by other text.
 */
export function restoreCommand(args: string[], input: () => string = () => readFileSync(0, 'utf8')): number {
  const json = args.includes('--json');
  const [labelsPath, dir, file] = args.filter((a) => a !== '--json');
  if (!labelsPath || !dir || !file) {
    console.error('usage: eval:restore LABELS.json DIR FILE [--json]   (the page text on standard input)');
    return 2;
  }
  const pages = readLabelsList(labelsPath);
  const page = pages.find((p): p is LocatedPage => isLocated(p) && p.file === file);
  if (!page) throw new Error(`${labelsPath} locates no page named ${file}`);
  const given = givenText(input(), json);
  const restored = restoredText(page, given);
  if (!restored) {
    console.error(
      `${file}: not saved: the text given (${given.length} UTF-16 units) is not the labelled one (${page.length} units, sha256 ${page.sha256.slice(0, 12)}…), even with the known hidden differences`,
    );
    return 1;
  }
  const path = join(dir, file);
  if (existsSync(path) && readFileSync(path, 'utf8') !== restored.text)
    throw new Error(`${path} holds other text; it is not replaced`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path, restored.text);
  console.log(`${file}: saved (${restored.repair})`);
  return 0;
}

/**
 * `eval:missing LABELS.json DIR`: the pages not in DIR, grouped by the stored search that
 * returned them (one search restores every page it found), as JSON.
 */
export function missingCommand(args: string[]): number {
  const [labelsPath, dir] = args;
  if (!labelsPath || !dir) {
    console.error('usage: eval:missing LABELS.json DIR');
    return 2;
  }
  const pages = readLabelsList(labelsPath).filter(isLocated);
  const byQuery = new Map<
    string,
    { corpus: string; query: string; pages: { file: string; url: string; rank?: number }[] }
  >();
  for (const p of pages) {
    if (existsSync(join(dir, p.file))) continue;
    const key = `${p.found.corpus}\u0000${p.found.query}`;
    const entry = byQuery.get(key) ?? { corpus: p.found.corpus, query: p.found.query, pages: [] };
    byQuery.set(key, entry);
    entry.pages.push({ file: p.file, url: p.url, ...(p.found.rank !== undefined ? { rank: p.found.rank } : {}) });
  }
  console.log(JSON.stringify([...byQuery.values()], null, 2));
  return 0;
}
