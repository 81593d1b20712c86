/**
 * Character-level folding shared by the matcher and the evaluator. Kept length-preserving
 * where the matcher needs offsets (see foldChars); normalizeForCompare may change length.
 */

const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033]/g;

const NON_ASCII = /[^\x00-\x7F]/;

/** Folds case, dashes and quotes one character for one character, so offsets survive. */
export function foldChars(text: string): string {
  // Most sentences are plain ASCII: nothing to fold but case, which toLowerCase does one
  // character for one character there (the engine folds every sentence of every page).
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return text
    .replace(DASHES, '-')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(/\u00B5|\u03BC/g, 'u')
    .replace(/\u00A0/g, ' ')
    .replace(/[^\x00-\x7F]|[A-Z]/g, lowerOne);
}

/** Lower-cases one UTF-16 unit; characters whose lower case is longer (İ) stay as they are. */
function lowerOne(ch: string): string {
  const lower = ch.toLowerCase();
  return lower.length === 1 ? lower : ch;
}

/** The scoring rule's fold (shared/corpus/README.md): case, dashes, quotes, white space. */
export function normalizeForCompare(text: string): string {
  return foldChars(text).replace(/\s+/g, ' ').trim();
}
