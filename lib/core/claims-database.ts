import type { ClaimRecord, TopicFile } from './claim-types';
import { checkDatabase } from './check-database';
import { ClaimsFileError, parseTopicFile } from './validate-claims';

/** The validated database: topic files and every claim by id. */
export interface ClaimsDatabase {
  topics: TopicFile[];
  byId: Map<string, ClaimRecord>;
}

/**
 * Validates parsed topic files (file name → JSON) into a database. Any problem in any
 * file rejects the whole load with every problem named: a half-loaded database would
 * silently drop claims.
 */
export function createDatabase(files: Record<string, unknown>): ClaimsDatabase {
  const problems = [];
  const topics: { file: string; data: TopicFile }[] = [];
  for (const file of Object.keys(files).sort()) {
    try {
      topics.push({ file, data: parseTopicFile(files[file], file) });
    } catch (err) {
      if (err instanceof ClaimsFileError) problems.push(...err.problems);
      else throw err;
    }
  }
  problems.push(...checkDatabase(topics));
  if (problems.length > 0) throw new ClaimsFileError(problems);
  const byId = new Map<string, ClaimRecord>();
  for (const { data } of topics) for (const c of data.claims) byId.set(c.id, { ...c, topic: data.topic });
  return { topics: topics.map((t) => t.data), byId };
}
