/**
 * Many short lists of numbers kept in two typed arrays (compressed rows): list k is
 * `items[from[k]]` up to `items[from[k + 1]]`. What the engine derives from an index once per
 * session (per claim its terms, per topic and term its phrasings…) was a JavaScript array per
 * list, 323,000 of them: with the database of session 50, what scanning the five seed pages
 * derived from the index took 79 MiB of the background's memory beside the index's own 41 MiB
 * (44 MiB so; `npm run bench`), ten times that with ten times the claims, and every
 * young-generation collection grew slower with the heap.
 */
export interface FlatLists {
  from: Int32Array;
  items: Int32Array;
}

/**
 * Adds `value` to the list `key` has in `slots` (its number in `lists`), starting a list for a
 * key not seen before: how lists are gathered by term before flatLists packs them.
 */
export function addToKeyedList<K>(slots: Map<K, number>, lists: number[][], key: K, value: number): void {
  const slot = slots.get(key);
  if (slot !== undefined) lists[slot]!.push(value);
  else {
    slots.set(key, lists.length);
    lists.push([value]);
  }
}

/** The lists packed, in their order and each in its own order. */
export function flatLists(lists: readonly (readonly number[])[]): FlatLists {
  const from = new Int32Array(lists.length + 1);
  for (let k = 0; k < lists.length; k++) from[k + 1] = from[k]! + lists[k]!.length;
  const items = new Int32Array(from[lists.length]!);
  for (let k = 0; k < lists.length; k++) items.set(lists[k]!, from[k]!);
  return { from, items };
}

/** Whether list k, kept in ascending order, holds `value` (a binary search). */
export function sortedListHas(lists: FlatLists, k: number, value: number): boolean {
  let lo = lists.from[k]!;
  let hi = lists.from[k + 1]!;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const v = lists.items[mid]!;
    if (v === value) return true;
    if (v < value) lo = mid + 1;
    else hi = mid;
  }
  return false;
}
