import { buildIndex, type ClaimIndex } from '../core/claim-index';
import type { ClaimRecord } from '../core/claim-types';
import type { ClaimsDatabase } from '../core/claims-database';

/**
 * The background's copy of the database and its index, built on first use and kept
 * while the background lives (an MV3 service worker rebuilds it after it is woken).
 */
export function createClaimIndexCache(load: () => ClaimsDatabase) {
  let database: ClaimsDatabase | undefined;
  let index: ClaimIndex | undefined;
  const db = () => (database ??= load());
  return {
    index(): ClaimIndex {
      return (index ??= buildIndex(db().topics));
    },
    /** Full records for the popover; unknown ids are left out. */
    details(claimIds: readonly string[]): ClaimRecord[] {
      const byId = db().byId;
      return claimIds.flatMap((id) => {
        const record = byId.get(id);
        return record ? [record] : [];
      });
    },
  };
}

export type ClaimIndexCache = ReturnType<typeof createClaimIndexCache>;
