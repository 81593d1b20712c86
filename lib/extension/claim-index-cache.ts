import { buildIndex, type ClaimIndex } from '../core/claim-index';
import { prepareClaimWords } from '../core/claim-words';
import { RECORDED_FREQUENCIES } from '../core/term-frequencies';
import type { ClaimRecord } from '../core/claim-types';
import type { ClaimsDatabase } from '../core/claims-database';
import { claimRecord } from '../core/claim-records';
import type { NameCheckList } from '../core/name-check';
import { nameCheckList } from '../core/name-check-list';

/**
 * The background's copy of the database and its index, built on first use and kept
 * while the background lives (an MV3 service worker rebuilds it after it is woken), or
 * until `reset()` (an editor imported or removed a claims pack).
 */
export function createClaimIndexCache(load: () => Promise<ClaimsDatabase> | ClaimsDatabase) {
  let cached: Promise<{ db: ClaimsDatabase; index: ClaimIndex; names?: NameCheckList }> | undefined;
  const get = () =>
    (cached ??= Promise.resolve()
      .then(load)
      .then((db): { db: ClaimsDatabase; index: ClaimIndex; names?: NameCheckList } => {
        const index = buildIndex(db.topics, RECORDED_FREQUENCIES);
        // Its first use is a page's scan, a moment after the name check that built the index.
        setTimeout(() => prepareClaimWords(index), 0);
        return { db, index };
      }));
  return {
    async index(): Promise<ClaimIndex> {
      return (await get()).index;
    },
    /** What every page's text is checked against first, here in the background: the words that name the topics (a few KB, derived once). */
    async names(): Promise<NameCheckList> {
      const entry = await get();
      return (entry.names ??= nameCheckList(entry.index));
    },
    /** Full records for the popover; unknown ids are left out. */
    async details(claimIds: readonly string[]): Promise<ClaimRecord[]> {
      const { db } = await get();
      return claimIds.flatMap((id) => {
        const record = claimRecord(db, id);
        return record ? [record] : [];
      });
    },
    reset(): void {
      cached = undefined;
    },
  };
}

export type ClaimIndexCache = ReturnType<typeof createClaimIndexCache>;
