import { buildIndex, type ClaimIndex } from '../core/claim-index';
import type { ClaimRecord } from '../core/claim-types';
import type { ClaimsDatabase } from '../core/claims-database';
import { claimRecord } from '../core/claim-records';

/**
 * The background's copy of the database and its index, built on first use and kept
 * while the background lives (an MV3 service worker rebuilds it after it is woken), or
 * until `reset()` (an editor imported or removed a claims pack).
 */
export function createClaimIndexCache(load: () => Promise<ClaimsDatabase> | ClaimsDatabase) {
  let cached: Promise<{ db: ClaimsDatabase; index: ClaimIndex }> | undefined;
  const get = () =>
    (cached ??= Promise.resolve()
      .then(load)
      .then((db) => ({ db, index: buildIndex(db.topics) })));
  return {
    async index(): Promise<ClaimIndex> {
      return (await get()).index;
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
