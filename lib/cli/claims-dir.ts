import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TopicFile } from '../core/claim-types';
import { checkDatabase } from '../core/check-database';
import { checkTopicFile, formatTopicFile, type ClaimsProblem } from '../core/validate-claims';

export interface LoadedFile {
  file: string;
  text: string;
  data: TopicFile;
}

/** Reads and checks every claims/*.json; a broken file is reported, never half-loaded. */
export function readClaimsDir(dir: string): { files: LoadedFile[]; problems: ClaimsProblem[] } {
  const files: LoadedFile[] = [];
  const problems: ClaimsProblem[] = [];
  const names = readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort();
  for (const name of names) {
    const file = join(dir, name);
    const text = readFileSync(file, 'utf8');
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (err) {
      problems.push({ file, claimId: null, field: '(json)', message: (err as Error).message });
      continue;
    }
    const found = checkTopicFile(data, file);
    if (found.length > 0) {
      problems.push(...found);
      continue;
    }
    const tf = data as TopicFile;
    if (`${tf.topic}.json` !== name) {
      problems.push({ file, claimId: null, field: 'topic', message: `must match the file name (${name})` });
    }
    files.push({ file, text, data: tf });
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
