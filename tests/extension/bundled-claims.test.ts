import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLAIMS_LIST, loadBundledDatabase, type ReadShipped } from '../../lib/extension/bundled-claims';
import { openClaimsDatabase } from '../../lib/cli/claims-dir';

const dir = join(__dirname, '..', '..', 'claims');
const names = readdirSync(dir)
  .filter((n) => n.endsWith('.json'))
  .sort();
/** The build's output as wxt.config.ts writes it: the files as they are, and their list. */
const shipped: Record<string, string> = {
  [CLAIMS_LIST]: JSON.stringify(names),
  ...Object.fromEntries(names.map((n) => [`claims/${n}`, readFileSync(join(dir, n), 'utf8')])),
};
/** Answers out of order, as parallel reads do. */
const reader =
  (files: Record<string, string>): ReadShipped =>
  async (path) => {
    await new Promise((r) => setTimeout(r, path.length % 3));
    if (!(path in files)) throw new Error(`${path}: the extension's own file could not be read (404)`);
    return files[path]!;
  };

describe('the claims database shipped as data', () => {
  it('reads every topic the repository has, in the same order as the command line', async () => {
    const db = await loadBundledDatabase(reader(shipped));
    expect(db.topics.map((t) => t.topic)).toEqual(openClaimsDatabase(dir).topics.map((t) => t.topic));
  });

  it('names a file that is missing or malformed, and a list that is not one', async () => {
    const [first] = names as [string];
    await expect(loadBundledDatabase(reader({ ...shipped, [`claims/${first}`]: '{ "topic": ' }))).rejects.toThrow(
      `claims/${first}: not valid JSON`,
    );
    const missing = Object.fromEntries(Object.entries(shipped).filter(([path]) => path !== `claims/${first}`));
    await expect(loadBundledDatabase(reader(missing))).rejects.toThrow(`claims/${first}`);
    await expect(loadBundledDatabase(reader({ ...shipped, [CLAIMS_LIST]: '{"a":1}' }))).rejects.toThrow(CLAIMS_LIST);
  });
});
