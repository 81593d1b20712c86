import { createDatabase, type ClaimsDatabase } from '../core/claims-database';

/**
 * Where the build puts the claims database: claims/*.json copied as they are in the repository,
 * with claims/index.json listing them (wxt.config.ts). It ships as data, not code: bundled into
 * background.js it made a 5.6 MB script that browsers compile on every start and that
 * addons.mozilla.org's linter refuses to parse (over 5 MB).
 */
export const CLAIMS_LIST = 'claims/index.json';

/** Reads one file the extension ships, by its path in the build. */
export type ReadShipped = (path: string) => Promise<string>;

const readShipped: ReadShipped = async (path) => {
  const response = await fetch(browser.runtime.getURL(`/${path}` as '/'));
  if (!response.ok) throw new Error(`${path}: the extension's own file could not be read (${response.status})`);
  return response.text();
};

/**
 * The claims database shipped inside the extension, read once by the background (pages get
 * the compact index instead). The files are read in parallel and added in the list's order,
 * so the index is the same on every start; a file that is missing or malformed is named.
 */
export async function loadBundledDatabase(read: ReadShipped = readShipped): Promise<ClaimsDatabase> {
  const list: unknown = JSON.parse(await read(CLAIMS_LIST));
  if (!Array.isArray(list) || !list.every((n) => typeof n === 'string' && /^[a-z0-9-]+\.json$/.test(n)))
    throw new Error(`${CLAIMS_LIST}: must list the claims files by name`);
  const texts = await Promise.all(list.map((name: string) => read(`claims/${name}`)));
  const files: Record<string, unknown> = {};
  list.forEach((name: string, i) => {
    try {
      files[`claims/${name}`] = JSON.parse(texts[i]!);
    } catch (err) {
      throw new Error(`claims/${name}: not valid JSON (${(err as Error).message})`);
    }
  });
  return createDatabase(files);
}
