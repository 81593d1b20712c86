import { describe, expect, it } from 'vitest';
import { buildAhoCorasick } from './aho-corasick';

describe('the bench’s Aho-Corasick yardstick', () => {
  it('counts every occurrence of every pattern, overlapping ones included', () => {
    const a = buildAhoCorasick(['he', 'she', 'his', 'hers']);
    expect(a.count('ushers')).toBe(3); // she, he, hers
    expect(a.count('ahishers')).toBe(4); // his, she, he, hers
    expect(a.count('nothing here')).toBe(1); // he
    expect(buildAhoCorasick(['aa']).count('aaaa')).toBe(3);
  });
});
