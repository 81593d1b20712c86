/**
 * Keys of a page's runs of text (lib/dom/block-results.ts): a run is the text of one block
 * between two block breaks, and extraction (lib/dom/extract-text.ts) writes a block break as
 * "\n" and no "\n" of its own (a text node's line ends are read as spaces). Whoever holds a
 * page's text can key its runs: the background does, for the text a page sends it to scan, so
 * the page's main thread need not (a seed page's 25,000 characters cost it about a millisecond
 * of cold script; a 5 MB article's 5 million, slice after slice once its first marks are painted).
 */

/**
 * The key of `text[start, end)`: two 32-bit multiplicative hashes (FNV-1a and MurmurHash2's
 * multiplier, the length mixed into the second) packed into one safe integer.
 */
export function runKey(text: string, start: number, end: number): number {
  let a = 0x811c9dc5;
  let b = 0x9747b28c ^ (end - start);
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  b = Math.imul(b ^ (b >>> 15), 0x5bd1e995);
  return (a >>> 0) * 0x200000 + ((b ^ (b >>> 13)) & 0x1fffff);
}

/** The keys of `text`'s runs in order: its stretches between "\n"s, empty ones left out. */
export function runKeys(text: string): number[] {
  const keys: number[] = [];
  for (let start = 0; start < text.length;) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (end > start) keys.push(runKey(text, start, end));
    start = end + 1;
  }
  return keys;
}
