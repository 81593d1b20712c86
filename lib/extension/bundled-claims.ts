import { createDatabase, type ClaimsDatabase } from '../core/claims-database';

/**
 * The claims database shipped inside the extension (claims/*.json, bundled at build
 * time). Only the background imports this; pages get the compact index instead.
 */
export function loadBundledDatabase(): ClaimsDatabase {
  const modules = import.meta.glob<unknown>('../../claims/*.json', { eager: true, import: 'default' });
  const files: Record<string, unknown> = {};
  for (const [path, data] of Object.entries(modules)) files[path.replace('../../', '')] = data;
  return createDatabase(files);
}
