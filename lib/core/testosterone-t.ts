/**
 * A capital "T" that pages write for testosterone ("low T", "Low-T", "free T", "T levels"): the
 * words beside it that make it so, shared by the tokenizer (which reads it as the word) and the
 * page's name check (which must see testosterone named wherever the tokenizer does).
 */

/** Words before a capital "T" that make it testosterone: "low T", "Low-T", "free T", "total T". */
export const T_BEFORE: ReadonlySet<string> = new Set(['low', 'high', 'free', 'total', 'boost', 'raise']);
/** Words after it that do: "T levels", "T level". */
export const T_AFTER: ReadonlySet<string> = new Set(['level', 'levels']);
/** Words after it that make it another T: "T cells", "T-cell count", "T lymphocytes", "T helper". */
export const OTHER_T: ReadonlySet<string> = new Set([
  'cell',
  'cells',
  'lymphocyte',
  'lymphocytes',
  'helper',
  'wave',
  'score',
]);

const alternatives = (words: ReadonlySet<string>) => [...words].join('|');
/**
 * Text that may say such a "T": the name check's question, which may say yes too often but never
 * no, so it is case-blind ("low t" too), where the tokenizer reads only a capital "T".
 */
export const SAYS_T = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:${alternatives(T_BEFORE)})[ -]T|T[ -](?:${alternatives(T_AFTER)}))(?![\\p{L}\\p{N}])`,
  'iu',
);
