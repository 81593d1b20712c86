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
  const pattern = term.toLowerCase(); // as Fuse reads both sides
  const m = pattern.length;
  if (m > BITAP_MAX) return true; // Fuse cuts a longer pattern into chunks and averages: not covered here
  let k = 0;
  while ((k + 1) / m <= threshold) k++;
  const pieces: string[] = [];
  for (let i = 0; i <= k; i++)
    pieces.push(pattern.slice(Math.floor((i * m) / (k + 1)), Math.floor(((i + 1) * m) / (k + 1))));
  return pool.some((item) => {
    const text = item.toLowerCase();
    return pieces.some((piece) => text.includes(piece));
  });
}

/** The longest pattern Fuse.js's Bitap search takes in one piece. */
const BITAP_MAX = 32;
