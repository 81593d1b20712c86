/**
 * A database ten times the size, for the bench's scaling figure. A real database grows two
 * ways: more claims about the substances it has (which a page naming them reaches) and more
 * substances (which a page names or not). So each claim gets nine synthetic siblings, four
 * filed under its own topic and five under new topics with new names. Every sibling's
 * phrasings are new: half the content words of each real phrasing are swapped for words of
 * other phrasings (a fixed, seeded choice), names kept, so no phrasing copies another and
 * the vocabulary stays the database's own. Copies of the real phrasings would measure
 * nothing: the same terms select the same candidates, and a page never names a renamed copy.
 */
import type { Claim, TopicFile } from '../../lib/core/claim-types';

const SIBLINGS = 9;
/** Of the nine, how many are filed under the claim's own topic. */
const SAME_TOPIC = 4;

/** A small deterministic generator (mulberry32): the same database on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Words worth swapping: plain lower-case words of four letters or more (no figures or code names). */
const SWAPPABLE = /^[a-z]{4,}$/;

export function tenfoldClaims(files: readonly TopicFile[]): TopicFile[] {
  const next = random(8);
  // A swapped-in word must not name a substance: a sibling stays about its own topic.
  const nameWords = new Set(files.flatMap((f) => [f.topic, ...f.names].flatMap((n) => n.toLowerCase().split(/\W+/))));
  const vocabulary = [
    ...new Set(files.flatMap((f) => f.claims.flatMap((c) => c.phrasings.flatMap((p) => p.split(/\s+/))))),
  ].filter((w) => SWAPPABLE.test(w) && !nameWords.has(w));
  const taken = new Set(files.flatMap((f) => f.claims.flatMap((c) => c.phrasings.map((p) => p.toLowerCase()))));
  const rewrite = (phrasing: string, names: readonly string[]): string => {
    const said = names.map((n) => n.toLowerCase()).filter((n) => phrasing.toLowerCase().includes(n));
    for (let tries = 0; ; tries++) {
      const words = phrasing
        .split(/\s+/)
        .map((w) =>
          SWAPPABLE.test(w) && !said.some((n) => n.includes(w.toLowerCase())) && next() < 0.5
            ? vocabulary[Math.floor(next() * vocabulary.length)]!
            : w,
        );
      // A phrasing with few words to swap may come out as one already taken: a word is added.
      if (tries > 3) words.push(vocabulary[Math.floor(next() * vocabulary.length)]!);
      const text = words.join(' ');
      if (!taken.has(text.toLowerCase())) {
        taken.add(text.toLowerCase());
        return text;
      }
    }
  };
  const sibling = (f: TopicFile, c: Claim, k: number, topic: string, names: readonly string[]): Claim => ({
    ...c,
    id: `${topic}-${c.id}-s${k}`,
    phrasings: c.phrasings.map((p) => rename(rewrite(p, f.names), f.names, names)),
  });
  const out = files.map((f) => ({ ...f, claims: [...f.claims] }));
  files.forEach((f, i) => {
    for (let k = 1; k <= SAME_TOPIC; k++)
      out[i]!.claims.push(...f.claims.map((c) => sibling(f, c, k, f.topic, f.names)));
    for (let k = SAME_TOPIC + 1; k <= SIBLINGS; k++) {
      const names = f.names.map((n) => `${n.replace(/\W/g, '')}x${k}`);
      const topic = `${f.topic}-x${k}`;
      out.push({ topic, names, claims: f.claims.map((c) => sibling(f, c, k, topic, names)) });
    }
  });
  return out;
}

/** The phrasing with the topic's names replaced by the new topic's (unchanged for its own topic). */
function rename(text: string, from: readonly string[], to: readonly string[]): string {
  return from.reduce((acc, n, i) => acc.split(n).join(to[i]!), text);
}
