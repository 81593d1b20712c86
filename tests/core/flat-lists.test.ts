import { describe, expect, it } from 'vitest';
import { flatLists, sortedListHas } from '@/lib/core/flat-lists';

describe('flat lists', () => {
  const lists = flatLists([[3, 1, 2], [], [7], [2, 5, 9, 11]]);
  const listAt = (k: number) => Array.from(lists.items.subarray(lists.from[k]!, lists.from[k + 1]!));

  it('keeps every list, empty ones too, in its own order', () => {
    expect([0, 1, 2, 3].map(listAt)).toEqual([[3, 1, 2], [], [7], [2, 5, 9, 11]]);
    expect(lists.from.length).toBe(5);
  });

  it('finds a value in an ascending list at its ends and middle, and nothing that is not there', () => {
    for (const v of [2, 5, 9, 11]) expect(sortedListHas(lists, 3, v)).toBe(true);
    for (const v of [0, 3, 7, 10, 12]) expect(sortedListHas(lists, 3, v)).toBe(false);
    expect(sortedListHas(lists, 2, 7)).toBe(true);
    // A neighbouring list's values are not this one's.
    expect(sortedListHas(lists, 1, 7)).toBe(false);
    expect(sortedListHas(lists, 2, 2)).toBe(false);
  });
});
