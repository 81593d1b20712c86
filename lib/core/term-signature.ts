/**
 * A set of terms folded into 64 bits (two 32-bit halves), one bit per term by a hash of its
 * letters: "may the sentence say this term?" in a few integer operations, where a Map lookup
 * hashes the string. A clear bit is a sure no; a set bit may be another term's.
 */
export interface TermSignature {
  low: number;
  high: number;
}

/** A term's bit, 0 to 63: FNV-1a over its UTF-16 code units. */
export function termBit(term: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) h = Math.imul(h ^ term.charCodeAt(i), 0x01000193);
  return (h >>> 0) & 63;
}

export function termSignature(terms: Iterable<string>): TermSignature {
  let low = 0;
  let high = 0;
  for (const t of terms) {
    const bit = termBit(t);
    if (bit < 32) low |= 1 << bit;
    else high |= 1 << (bit - 32);
  }
  return { low, high };
}

/** Whether a term with this bit may be in the signature's set. */
export function mayHave(s: TermSignature, bit: number): boolean {
  return ((bit < 32 ? s.low >>> bit : s.high >>> (bit - 32)) & 1) === 1;
}
