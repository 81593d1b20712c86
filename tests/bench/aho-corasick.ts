/**
 * A plain Aho-Corasick automaton: every occurrence of any of a set of strings in one pass
 * over a text. The bench's yardstick for "an exact multi-pattern matcher over all
 * phrasings" (what a matcher with no paraphrase, no concepts and no topic gating would
 * cost); not used by Evident.
 */
interface State {
  next: Map<string, number>;
  fail: number;
  /** How many patterns end here (through fail links too). */
  out: number;
}

export interface Automaton {
  /** How many pattern occurrences `text` holds. */
  count(text: string): number;
}

export function buildAhoCorasick(patterns: readonly string[]): Automaton {
  const states: State[] = [{ next: new Map(), fail: 0, out: 0 }];
  for (const p of patterns) {
    let s = 0;
    for (const ch of p) {
      let to = states[s]!.next.get(ch);
      if (to === undefined) {
        to = states.push({ next: new Map(), fail: 0, out: 0 }) - 1;
        states[s]!.next.set(ch, to);
      }
      s = to;
    }
    states[s]!.out++;
  }
  // Breadth first: a state's fail link is the longest proper suffix of its path that is a prefix.
  const queue = [...states[0]!.next.values()];
  for (let i = 0; i < queue.length; i++) {
    const s = queue[i]!;
    for (const [ch, to] of states[s]!.next) {
      let f = states[s]!.fail;
      while (f !== 0 && !states[f]!.next.has(ch)) f = states[f]!.fail;
      const target = states[f]!.next.get(ch);
      states[to]!.fail = target !== undefined && target !== to ? target : 0;
      states[to]!.out += states[states[to]!.fail]!.out;
      queue.push(to);
    }
  }
  return {
    count(text) {
      let s = 0;
      let found = 0;
      for (const ch of text) {
        while (s !== 0 && !states[s]!.next.has(ch)) s = states[s]!.fail;
        s = states[s]!.next.get(ch) ?? 0;
        found += states[s]!.out;
      }
      return found;
    },
  };
}
