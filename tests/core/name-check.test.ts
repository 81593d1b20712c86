import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openClaimsDatabase } from '../../lib/cli/claims-dir';
import { htmlToText } from '../../lib/cli/read-page';
import { buildIndex } from '../../lib/core/claim-index';
import { RECORDED_FREQUENCIES } from '../../lib/core/term-frequencies';
import { findClaims } from '../../lib/core/find-claims';
import { createNameCheck, type NameCheckState } from '../../lib/core/name-check';
import { nameCheckList } from '../../lib/core/name-check-list';
import { STOP_WORDS } from '../../lib/core/stop-words';
import { mentionedTopics } from '../../lib/core/topic-focus';
import { tokenize } from '../../lib/core/tokenize';

const ROOT = join(import.meta.dirname, '..', '..');
const PAGES = join(ROOT, 'tests', 'fixtures', 'pages');
const db = openClaimsDatabase(join(ROOT, 'claims'));
const index = buildIndex(db.topics, RECORDED_FREQUENCIES);
const list = nameCheckList(index);
const names = (...pieces: string[]) => {
  const check = createNameCheck(list);
  return pieces.some((p) => check.feed(p));
};
/** What the engine itself sees: the topics a text's tokens name. */
const engineNames = (text: string) =>
  mentionedTopics(
    tokenize(text).filter((t) => !STOP_WORDS.has(t.term)),
    index,
  ).length > 0;

describe('the name check', () => {
  it('passes every name and synonym of every topic in the database', () => {
    const missed = db.topics.flatMap((t) =>
      t.names.filter((n) => engineNames(n) && !names(`Readers ask about ${n} today.`)),
    );
    expect(missed).toEqual([]);
  });

  it('passes every phrasing in which the engine sees a topic named (never says no too often)', () => {
    const phrasings = db.topics.flatMap((t) => t.claims.flatMap((c) => c.phrasings));
    const named = phrasings.filter(engineNames);
    expect(named.length).toBeGreaterThan(1000);
    expect(named.filter((p) => !names(p))).toEqual([]);
  });

  it('passes every line of the fixture pages in which the engine sees a topic named', () => {
    for (const file of readdirSync(PAGES).filter((f) => f.endsWith('.html'))) {
      const lines = htmlToText(readFileSync(join(PAGES, file), 'utf8')).split('\n');
      expect(
        lines.filter((l) => engineNames(l) && !names(l)),
        file,
      ).toEqual([]);
    }
  });

  it('says no on a recipe, where the engine finds no claim', () => {
    const text = htmlToText(readFileSync(join(PAGES, 'recipe.html'), 'utf8'));
    expect(findClaims(text, index)).toEqual([]);
    expect(names(text)).toBe(false);
  });

  it('needs every checked word of a name, in any order, anywhere on the page', () => {
    expect(names('A lab down the road.')).toBe(false);
    expect(names('A lab down the road.', 'What we use it for.')).toBe(true); // "lab use"
  });

  it('sees a name split across two text nodes, inside a word or at a code number', () => {
    expect(names('Sermo', 'relin at night')).toBe(true);
    expect(names('Sermo')).toBe(false);
    expect(names('<b>BPC', '-157</b>')).toBe(true);
    expect(names('We tried BPC 157 and ', 'tb-500')).toBe(true);
  });

  it('goes on from the state of an earlier check, as the background answers a page slice by slice', () => {
    /** Each piece read by a new check that starts from the previous one's state. */
    const inTurns = (...pieces: string[]) => {
      let state: NameCheckState | undefined;
      return pieces.some((p) => {
        const check = createNameCheck(list, state);
        const named = check.feed(p);
        state = check.state();
        return named;
      });
    };
    expect(inTurns('A lab down the road.', 'What we use it for.')).toBe(true);
    expect(inTurns('Sermo', 'relin at night')).toBe(true);
    expect(inTurns('<b>BPC', '-157</b>')).toBe(true);
    expect(inTurns('A lab down the road.', 'Banana bread')).toBe(false);
    // A state from elsewhere (a damaged message) is read for what it can be, never trusted past the list.
    expect(createNameCheck(list, { tail: 'x'.repeat(500), seen: [-1, 7, 1e9, 3, 0.5, 1] }).feed('Banana bread')).toBe(
      false,
    );
  });

  it('sees a name at the start of a block that follows another without a space', () => {
    expect(names('A heading about', 'Ipamorelin and sleep')).toBe(true);
  });

  it('folds inflections and thesaurus words as the tokenizer does', () => {
    expect(engineNames('Peptides like semaglutide\u2019s cousins')).toBe(true);
    expect(names('Peptides like semaglutide\u2019s cousins')).toBe(true);
    expect(names('SERMORELIN')).toBe(true);
    // stem() changes these first letters: the check must not turn the word away by them.
    expect(engineNames('Oestradiol patches')).toBe(true);
    expect(names('Oestradiol patches')).toBe(true);
  });

  it('keeps the list the background checks pages against short as the database grows', () => {
    // Held in the background only (pages send it their text): it grows with the names, one
    // entry per name at most, each of at most two terms, about 20 bytes a name in all.
    const nameCount = db.topics.reduce((n, t) => n + t.names.length, 0);
    expect(list.length).toBeLessThanOrEqual(nameCount);
    expect(Math.max(...list.map((groups) => groups.length))).toBeLessThanOrEqual(2);
    expect(JSON.stringify(list).length).toBeLessThan(32 * nameCount);
  });
});
