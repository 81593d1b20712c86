import { browser } from 'wxt/browser';
import { readClaimPack } from '../core/claim-pack';
import type { TopicFile } from '../core/claim-types';
import { formatProblem } from '../core/validate-claims';

/** A claims pack an editor imported, as kept in storage.local. */
export interface StoredPack {
  name: string;
  importedAt: string;
  topics: TopicFile[];
}

/** What the options page shows of a pack. */
export interface PackSummary {
  name: string;
  importedAt: string;
  topics: string[];
  claims: number;
  /** Why a stored pack is not in use (it clashes with claims installed since); empty when active. */
  problems: string[];
}

export type ImportResult = { ok: true; packs: PackSummary[] } | { ok: false; problems: string[] };

const KEY = 'evident-claim-packs';

export async function getStoredPacks(): Promise<StoredPack[]> {
  const value = (await browser.storage.local.get(KEY))[KEY];
  return Array.isArray(value) ? (value as StoredPack[]) : [];
}

/**
 * The packs in use on top of the bundled claims: each stored pack is read again, in
 * import order, against what is already in use. A pack that no longer fits (an update
 * shipped a claim with its id) stays stored, unused, with its problems named.
 */
export function activePacks(bundled: readonly TopicFile[], packs: readonly StoredPack[]) {
  const topics: TopicFile[] = [];
  const summaries: PackSummary[] = [];
  for (const pack of packs) {
    const r = readClaimPack(JSON.stringify(pack.topics), pack.name, [...bundled, ...topics]);
    if (r.ok) topics.push(...r.topics);
    summaries.push({
      name: pack.name,
      importedAt: pack.importedAt,
      topics: pack.topics.map((t) => t.topic),
      claims: pack.topics.reduce((n, t) => n + (Array.isArray(t.claims) ? t.claims.length : 0), 0),
      problems: r.ok ? [] : r.problems.map(formatProblem),
    });
  }
  return { topics, summaries };
}

/**
 * Imports a pack (replacing a stored pack of the same name). A pack with any problem is
 * refused whole and storage is left exactly as it was.
 */
export async function importClaimPack(
  text: string,
  name: string,
  bundled: readonly TopicFile[],
): Promise<ImportResult> {
  const others = (await getStoredPacks()).filter((p) => p.name !== name);
  const inUse = activePacks(bundled, others).topics;
  const r = readClaimPack(text, name, [...bundled, ...inUse]);
  if (!r.ok) return { ok: false, problems: r.problems.map(formatProblem) };
  const packs = [...others, { name, importedAt: new Date().toISOString(), topics: r.topics }];
  try {
    await browser.storage.local.set({ [KEY]: packs });
  } catch (err) {
    // The quota, most often: storage.local.set writes all or nothing, so nothing changed.
    return { ok: false, problems: [`${name}: could not be stored (${(err as Error).message}); nothing was changed`] };
  }
  return { ok: true, packs: activePacks(bundled, packs).summaries };
}

export async function removeClaimPack(name: string, bundled: readonly TopicFile[]): Promise<PackSummary[]> {
  const packs = (await getStoredPacks()).filter((p) => p.name !== name);
  await browser.storage.local.set({ [KEY]: packs });
  return activePacks(bundled, packs).summaries;
}

/** Calls `onChange` whenever the stored packs change, until `signal` aborts. */
export function watchClaimPacks(onChange: () => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && KEY in changes) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
