import type { TopicFile } from './claim-types';
import { checkDatabase } from './check-database';
import { checkTopicFile, type ClaimsProblem } from './validate-claims';

/** The outcome of reading a claims pack: its topics, or every problem named. */
export type PackReading = { ok: true; topics: TopicFile[] } | { ok: false; problems: ClaimsProblem[] };

/**
 * Reads a claims pack an editor imports: one topic file, an array of them, or
 * `{ "topics": [...] }`, in the same schema as claims/*.json. Every problem is named by
 * file, claim id and field, including clashes with the claims already installed
 * (`existing`); a pack with any problem is refused whole, so nothing half-imports.
 */
export function readClaimPack(text: string, name: string, existing: readonly TopicFile[]): PackReading {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { ok: false, problems: [{ file: name, claimId: null, field: '(json)', message: (err as Error).message }] };
  }
  const list = Array.isArray(data)
    ? data
    : typeof data === 'object' && data !== null && Array.isArray((data as { topics?: unknown }).topics)
      ? (data as { topics: unknown[] }).topics
      : [data];
  if (list.length === 0) {
    return { ok: false, problems: [{ file: name, claimId: null, field: '(root)', message: 'the pack has no topics' }] };
  }
  const problems: ClaimsProblem[] = [];
  list.forEach((topic, i) =>
    problems.push(...checkTopicFile(topic, list.length > 1 ? `${name} (topic ${i + 1})` : name)),
  );
  if (problems.length > 0) return { ok: false, problems };
  const topics = list as TopicFile[];
  const clashes = checkDatabase([
    ...existing.map((data) => ({ file: `installed topic ${data.topic}`, data })),
    ...topics.map((data) => ({ file: name, data })),
  ]).filter((p) => p.file === name);
  return clashes.length > 0 ? { ok: false, problems: clashes } : { ok: true, topics };
}
