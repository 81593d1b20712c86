import { showClaimCount } from '@/lib/extension/badge';
import { loadBundledDatabase } from '@/lib/extension/bundled-claims';
import { createClaimIndexCache } from '@/lib/extension/claim-index-cache';
import { handleMessages, type BackgroundMessages } from '@/lib/extension/messages';

export default defineBackground(() => {
  const claims = createClaimIndexCache(loadBundledDatabase);
  handleMessages<BackgroundMessages>({
    'get-claim-index': () => claims.index(),
    'get-claim-details': ({ claimIds }) => claims.details(claimIds),
    'claims-found': async ({ count }, sender) => {
      if (sender.tab?.id !== undefined) await showClaimCount(sender.tab.id, count);
    },
  });
});
