import { createDatabase } from '@/lib/core/claims-database';
import { answerScan } from '@/lib/core/scan-request';
import { showPageState } from '@/lib/extension/badge';
import { runCommand } from '@/lib/extension/commands';
import { loadBundledDatabase } from '@/lib/extension/bundled-claims';
import { createClaimIndexCache } from '@/lib/extension/claim-index-cache';
import {
  activePacks,
  getStoredPacks,
  importClaimPack,
  removeClaimPack,
  watchClaimPacks,
} from '@/lib/extension/claim-packs';
import { fromExtensionPage, handleMessages, type BackgroundMessages } from '@/lib/extension/messages';

export default defineBackground(() => {
  const bundled = loadBundledDatabase().topics;
  const claims = createClaimIndexCache(async () => {
    const { topics } = activePacks(bundled, await getStoredPacks());
    return createDatabase(Object.fromEntries([...bundled, ...topics].map((t, i) => [`${i}:${t.topic}`, t])));
  });
  watchClaimPacks(() => claims.reset(), new AbortController().signal);
  // Keyboard commands (manifest `commands`): Alt+Shift+E turns Evident off or on for the site.
  browser.commands.onCommand.addListener((name, tab) => void runCommand(name, tab));
  // The same handler for the end-to-end test, which cannot press a browser-level shortcut
  // in headless Chromium; only Evident's own pages and worker can reach this global.
  (globalThis as { evidentRunCommand?: typeof runCommand }).evidentRunCommand = runCommand;
  handleMessages<BackgroundMessages>({
    'scan-text': async (request) => answerScan(await claims.index(), request),
    'get-claim-details': ({ claimIds }) => claims.details(claimIds),
    'claims-found': async ({ count, state, worst }, sender) => {
      if (sender.tab?.id !== undefined)
        await showPageState(sender.tab.id, { state: state ?? 'on', count, ...(worst && { worst }) });
    },
    // Packs change what every page is told: only Evident's own pages may touch them.
    'import-claim-pack': ({ name, text }, sender) =>
      fromExtensionPage(sender)
        ? importClaimPack(text, name, bundled)
        : { ok: false, problems: ['claims packs are imported from the options page only'] },
    'list-claim-packs': async () => activePacks(bundled, await getStoredPacks()).summaries,
    'remove-claim-pack': async ({ name }, sender) =>
      fromExtensionPage(sender)
        ? removeClaimPack(name, bundled)
        : activePacks(bundled, await getStoredPacks()).summaries,
  });
});
