import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../lib/core/claim-index';
import type { TopicFile } from '../../lib/core/claim-types';
import { STOP_WORDS } from '../../lib/core/stop-words';
import { tokenize } from '../../lib/core/tokenize';
import { mentionedTopics } from '../../lib/core/topic-focus';
import { testClaim } from './sample-topics';

// Names whose single letters carry the meaning: the letter of a vitamin, the "s" of a possessive.
const topics: TopicFile[] = [
  {
    topic: 'b-vitamins',
    names: ['B vitamins', 'B-complex vitamins', 'vitamin B complex'],
    claims: [testClaim('b', ['B vitamins boost energy'])],
  },
  { topic: 'vitamin-k2', names: ['vitamin K2', 'vitamin K'], claims: [testClaim('k', ['vitamin K2 builds bone'])] },
  { topic: 'lions-mane', names: ["lion's mane"], claims: [testClaim('l', ["lion's mane sharpens memory"])] },
  { topic: 'dasatinib', names: ['dasatinib', 'D+Q'], claims: [testClaim('d', ['dasatinib clears senescent cells'])] },
];
const index = buildIndex(topics);
// As the page's sentences are read: stop words dropped, single letters kept.
const named = (text: string) =>
  mentionedTopics(
    tokenize(text).filter((t) => !STOP_WORDS.has(t.term)),
    index,
  ).map((t) => index.topics[t]);

describe('a name with a single letter in it', () => {
  it('is said only with its letter: "vitamins" alone names no vitamin B, "vitamin K" no other vitamin', () => {
    expect(named('Vitamins and minerals support your energy levels.')).toEqual([]);
    expect(named('Complex carbohydrates keep your energy steady.')).toEqual([]);
    expect(named('Vitamin C and vitamin E are antioxidants.')).toEqual([]);
    expect(named('B vitamins support energy.')).toEqual(['b-vitamins']);
    expect(named('A B-complex vitamins supplement supports energy.')).toEqual(['b-vitamins']);
    expect(named('Vitamin B complex supports energy.')).toEqual(['b-vitamins']);
    expect(named('Take vitamin K with calcium.')).toEqual(['vitamin-k2']);
  });

  it('is said as a page writes a possessive: "lion’s mane" reads "lion s mane"', () => {
    expect(named("Lion's mane mushroom improves memory.")).toEqual(['lions-mane']);
    expect(named('Lion’s mane improves memory.')).toEqual(['lions-mane']);
    expect(named('The lion sleeps; its mane is long.')).toEqual([]);
  });

  it('is no name when letters are all it has ("D+Q")', () => {
    expect(named('Vitamin D. Q: what else helps?')).toEqual([]);
    expect(named('Dasatinib with quercetin, known as D+Q, clears old cells.')).toEqual(['dasatinib']);
  });
});
