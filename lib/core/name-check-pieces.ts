/**
 * A slice of a page's text nodes sent as one string for the name check (lib/core/name-check.ts).
 * Its own module: the always-loaded content script joins, and needs nothing else of the check.
 */

/**
 * What separates two pieces when a page sends a slice of them as one string: one string of
 * 25,000 characters costs the page's main thread less to send than a thousand short ones (a
 * seed page's question measured about 1.0 ms to send as a list, 0.5 ms as one string). The
 * background splits it back into the same pieces (`splitPieces`).
 */
export const PIECE_BREAK = '\u0000';

/**
 * The pieces as one string for `splitPieces`. A piece that holds the separator itself (only a
 * script can put one in a text node: the HTML parser does not) has it read as a space, which the
 * check treats alike (neither is part of a word, both let a word run on into the next piece),
 * but for joining a code name across it ("BPC 157"): it can only say yes more often.
 */
export function joinPieces(pieces: readonly string[]): string {
  return pieces.map((p) => (p.includes(PIECE_BREAK) ? p.replaceAll(PIECE_BREAK, ' ') : p)).join(PIECE_BREAK);
}

/** The pieces `joinPieces` joined. */
export function splitPieces(text: string): string[] {
  return text.split(PIECE_BREAK);
}
