import type { TopicFile } from './claim-types';
import type { ClaimsProblem } from './validate-claims';
import { normalizeForCompare } from './normalize';

/**
 * Checks that span files: ids unique across the database, no phrasing (normalised)
 * used by two claims or twice by one, topics unique. Per-file schema checks live in validate-claims.
 */
export function checkDatabase(files: { file: string; data: TopicFile }[]): ClaimsProblem[] {
  const problems: ClaimsProblem[] = [];
  const topics = new Map<string, string>();
  const ids = new Map<string, string>();
  const phrasings = new Map<string, string>();
  for (const { file, data } of files) {
    const seenTopic = topics.get(data.topic);
    if (seenTopic)
      problems.push({
        file,
        claimId: null,
        field: 'topic',
        message: `"${data.topic}" is also the topic of ${seenTopic}`,
      });
    topics.set(data.topic, file);
    for (const c of data.claims) {
      const seenId = ids.get(c.id);
      if (seenId) problems.push({ file, claimId: c.id, field: 'id', message: `duplicate id (also in ${seenId})` });
      ids.set(c.id, file);
      for (const p of c.phrasings) {
        const key = normalizeForCompare(p);
        const owner = phrasings.get(key);
        if (owner === c.id) {
          // The same words twice in one claim match nothing more, and a ClaimReview export keeps one of them.
          problems.push({ file, claimId: c.id, field: 'phrasings', message: `"${p}" is listed twice in this claim` });
        } else if (owner) {
          problems.push({ file, claimId: c.id, field: 'phrasings', message: `"${p}" is also a phrasing of ${owner}` });
        }
        phrasings.set(key, c.id);
      }
    }
  }
  return problems;
}
