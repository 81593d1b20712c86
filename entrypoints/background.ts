import { createDatabase } from '@/lib/core/claims-database';
import { answerScan } from '@/lib/core/scan-request';
import { showClaimCount } from '@/lib/extension/badge';
import { loadBundledDatabase } from '@/lib/extension/bundled-claims';
import { createClaimIndexCache } from '@/lib/extension/claim-index-cache';
import {
  activePacks,
  getStoredPacks,
  importClaimPack,
  removeClaimPack,
  watchClaimPacks,
} from '@/lib/extension/claim-packs';
import { handleMessages, type BackgroundMessages } from '@/lib/extension/messages';

export default defineBackground(() => {
  const bundled = loadBundledDatabase().topics;
  const claims = createClaimIndexCache(async () => {
    const { topics } = activePacks(bundled, await getStoredPacks());
    return createDatabase(Object.fromEntries([...bundled, ...topics].map((t, i) => [`${i}:${t.topic}`, t])));
  });
  watchClaimPacks(() => claims.reset(), new AbortController().signal);
  handleMessages<BackgroundMessages>({
    'scan-text': async (request) => answerScan(await claims.index(), request),
    'get-claim-details': ({ claimIds }) => claims.details(claimIds),
    'claims-found': async ({ count }, sender) => {
      if (sender.tab?.id !== undefined) await showClaimCount(sender.tab.id, count);
    },
    'import-claim-pack': ({ name, text }) => importClaimPack(text, name, bundled),
    'list-claim-packs': async () => activePacks(bundled, await getStoredPacks()).summaries,
    'remove-claim-pack': ({ name }) => removeClaimPack(name, bundled),
  });
});
