/**
 * A quick test that spares a Fuse.js search that could not succeed. Fuse's Bitap search,
 * with `ignoreLocation`, scores a match by its edits over the pattern's length, so at a
 * threshold t a term of m letters is found in an item only within k edits, k the largest
 * whole number with k / m <= t. Cut the term into k + 1 pieces: each edit spoils at most
 * one, so an item it is found in holds one of them letter for letter (the pigeonhole filter
 * of approximate string matching). An item holding none cannot be returned, and a pool
 * with no such item gives Fuse nothing to find: the answer is the same, without the search.
 */
export function mayBeFound(term: string, pool: readonly string[], threshold: number): boolean {
  const pieces = piecesOf(term, threshold);
  return pieces === null || pool.some((item) => holdsAny(item, pieces));
}

/**
 * The items of `pool` that Fuse.js, searching it for `term` at `threshold`, may return, in
 * pool order (mayBeFound's test, item by item): Fuse scores each item on its own, so its best
 * item in the pool is its best among these.
 */
export function mayBeFoundIn(term: string, pool: readonly string[], threshold: number): readonly string[] {
  const pieces = piecesOf(term, threshold);
  return pieces === null ? pool : pool.filter((item) => holdsAny(item, pieces));
}

/** The pieces one of which an item must hold for Fuse to find `term` in it; null where the filter cannot tell. */
function piecesOf(term: string, threshold: number): string[] | null {
  const pattern = term.toLowerCase(); // as Fuse reads both sides
  const m = pattern.length;
  if (m > BITAP_MAX) return null; // Fuse cuts a longer pattern into chunks and averages: not covered here
  let k = 0;
  while ((k + 1) / m <= threshold) k++;
  const pieces: string[] = [];
  for (let i = 0; i <= k; i++)
    pieces.push(pattern.slice(Math.floor((i * m) / (k + 1)), Math.floor(((i + 1) * m) / (k + 1))));
  return pieces;
}

function holdsAny(item: string, pieces: readonly string[]): boolean {
  const text = item.toLowerCase();
  return pieces.some((piece) => text.includes(piece));
}

/** The longest pattern Fuse.js's Bitap search takes in one piece. */
const BITAP_MAX = 32;
