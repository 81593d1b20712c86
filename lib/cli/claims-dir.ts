import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TopicFile } from '../core/claim-types';
import { checkDatabase } from '../core/check-database';
import { createDatabase, type ClaimsDatabase } from '../core/claims-database';
import { checkTopicFile, ClaimsFileError, formatTopicFile, type ClaimsProblem } from '../core/validate-claims';

export interface LoadedFile {
  file: string;
  text: string;
  data: TopicFile;
}

/** Reads one topic file: its text, and its data when it parses and passes the schema. */
export function readTopicFile(file: string): {
  file: string;
  text: string;
  data?: TopicFile;
  problems: ClaimsProblem[];
} {
  const text = readFileSync(file, 'utf8');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { file, text, problems: [{ file, claimId: null, field: '(json)', message: (err as Error).message }] };
  }
  const problems = checkTopicFile(data, file);
  return problems.length > 0 ? { file, text, problems } : { file, text, data: data as TopicFile, problems };
}

/**
 * The database as the extension sees it. Any problem but formatting stops the caller with
 * every problem named (file, claim id, field).
 */
export function openClaimsDatabase(dir: string): ClaimsDatabase {
  const { files, problems } = readClaimsDir(dir);
  const broken = problems.filter((p) => p.field !== '(format)');
  if (broken.length > 0) throw new ClaimsFileError(broken);
  return createDatabase(Object.fromEntries(files.map((f) => [f.file, f.data])));
}

/** Reads and checks every claims/*.json; a broken file is reported, never half-loaded. */
export function readClaimsDir(dir: string): { files: LoadedFile[]; problems: ClaimsProblem[] } {
  const files: LoadedFile[] = [];
  const problems: ClaimsProblem[] = [];
  const names = readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort();
  for (const name of names) {
    const r = readTopicFile(join(dir, name));
    problems.push(...r.problems);
    if (!r.data) continue;
    if (`${r.data.topic}.json` !== name) {
      problems.push({ file: r.file, claimId: null, field: 'topic', message: `must match the file name (${name})` });
    }
    files.push({ file: r.file, text: r.text, data: r.data });
  }
  problems.push(...checkDatabase(files));
  for (const f of files) {
    if (formatTopicFile(f.data) !== f.text) {
      problems.push({
        file: f.file,
        claimId: null,
        field: '(format)',
        message: 'not in canonical form: run npm run claims:format',
      });
    }
  }
  return { files, problems };
}
