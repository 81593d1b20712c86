import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { termFrequencies } from '../core/claim-index';
import type { ClaimsDatabase } from '../core/claims-database';

/** Where the record of term frequencies lives (lib/core/term-frequencies.ts reads it). */
export const FREQUENCIES_FILE = join('lib', 'core', 'term-frequencies.json');

/**
 * `claims:frequencies`: records the database's term frequencies, terms in order, so that a new
 * record's diff shows what moved. Writing it moves term weights everywhere: measure it as a change.
 */
export function frequenciesCommand(db: ClaimsDatabase, root: string): number {
  const { claims, df } = termFrequencies(db.topics);
  const sorted = Object.fromEntries([...df].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  writeFileSync(join(root, FREQUENCIES_FILE), `${JSON.stringify({ claims, df: sorted }, null, 2)}\n`);
  console.log(`${FREQUENCIES_FILE}: ${claims} claims, ${df.size} terms`);
  return 0;
}
