import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openClaimsDatabase } from '../../lib/cli/claims-dir';
import { buildIndex } from '../../lib/core/claim-index';
import { RECORDED_FREQUENCIES } from '../../lib/core/term-frequencies';
import { createNameCheck } from '../../lib/core/name-check';
import { nameCheckList } from '../../lib/core/name-check-list';
import { joinPieces, PIECE_BREAK, splitPieces } from '../../lib/core/name-check-pieces';

const list = nameCheckList(
  buildIndex(openClaimsDatabase(join(import.meta.dirname, '..', '..', 'claims')).topics, RECORDED_FREQUENCIES),
);
const asked = (pieces: string[]) => createNameCheck(list).feed(...pieces);
const sent = (pieces: string[]) => createNameCheck(list).feed(...splitPieces(joinPieces(pieces)));

describe('name-check pieces sent as one string', () => {
  it('come back as the same pieces, empty ones and white space included', () => {
    const pieces = ['Sermo', 'relin', '', '\n  ', ' and ', 'BPC', '-157', '\n'];
    expect(splitPieces(joinPieces(pieces))).toEqual(pieces);
    expect(splitPieces(joinPieces([]))).toEqual(['']);
  });

  it('get the answer the pieces get, names split across text nodes included', () => {
    for (const pieces of [
      ['A page about ', 'Sermo', 'relin', ' dosing.'],
      ['Notes on ', 'BPC', '-157', '.'],
      ['Banana bread, ', 'baked ', 'weekly.'],
      ['Weeknight\n', 'baking'],
    ])
      expect(sent(pieces)).toBe(asked(pieces));
    expect(sent(['A page about ', 'Sermo', 'relin'])).toBe(true);
  });

  it('keep a piece that holds the separator itself one piece, read as a space', () => {
    const pieces = [`a${PIECE_BREAK}b`, 'c'];
    expect(splitPieces(joinPieces(pieces))).toEqual(['a b', 'c']);
    expect(sent([`Sermorelin${PIECE_BREAK}dosing`])).toBe(true);
  });
});
