import { describe, expect, it } from 'vitest';
import { mayHave, termBit, termSignature } from '../../lib/core/term-signature';
import { tokenize } from '../../lib/core/tokenize';

const sentence = tokenize('BPC-157 speeds the healing of torn tendons by 40% in rats, dir:up and café au lait').map(
  (t) => t.term,
);

describe('termSignature', () => {
  it('may have every term of its set: a clear bit is a sure no', () => {
    const s = termSignature(sentence);
    for (const t of sentence) expect(mayHave(s, termBit(t)), t).toBe(true);
  });

  it('rules out most terms it does not hold', () => {
    const s = termSignature(['tendon', 'heal']);
    const others = tokenize('magnesium sleep muscle insulin glucose weight fat liver kidney heart brain bone skin').map(
      (t) => t.term,
    );
    expect(others.filter((t) => !mayHave(s, termBit(t))).length).toBeGreaterThan(others.length / 2);
  });

  it('gives each term one bit from 0 to 255, the same every time', () => {
    for (const t of sentence) {
      expect(termBit(t)).toBeGreaterThanOrEqual(0);
      expect(termBit(t)).toBeLessThan(256);
      expect(termBit(t)).toBe(termBit(`${t}`));
    }
    expect(new Set(sentence.map(termBit)).size).toBeGreaterThan(sentence.length / 2);
  });
});
