import { createDatabase } from '@/lib/core/claims-database';
import { topicsAsClaimReviews } from '@/lib/core/claim-review';
import { createNameCheck } from '@/lib/core/name-check';
import { splitPieces } from '@/lib/core/name-check-pieces';
import { answerScan } from '@/lib/core/scan-request';
import { showPageState } from '@/lib/extension/badge';
import { runCommand } from '@/lib/extension/commands';
import { getDismissals } from '@/lib/extension/dismissals';
import { loadBundledDatabase } from '@/lib/extension/bundled-claims';
import { createClaimIndexCache } from '@/lib/extension/claim-index-cache';
import { contentScriptRegistration } from '@/lib/extension/content-script-registration';
import { badgePagesOfSitesTurnedOff, startInOpenTabs, startWhereTurnedOn } from '@/lib/extension/content-script-tabs';
import { injectIntoSender } from '@/lib/extension/inject-script';
import { getSettings, watchSettings } from '@/lib/extension/settings';
import { PAGE_MARKER_FILE } from '@/lib/dom/page-marker-module';
import {
  activePacks,
  getStoredPacks,
  importClaimPack,
  removeClaimPack,
  watchClaimPacks,
} from '@/lib/extension/claim-packs';
import { fromExtensionPage, fromOwnTab, handleMessages, type BackgroundMessages } from '@/lib/extension/messages';

export default defineBackground(() => {
  // The database ships as data (lib/extension/bundled-claims.ts), read once per session.
  const shipped = loadBundledDatabase().then((db) => db.topics);
  const claims = createClaimIndexCache(async () => {
    const bundled = await shipped;
    const { topics } = activePacks(bundled, await getStoredPacks());
    return createDatabase(Object.fromEntries([...bundled, ...topics].map((t, i) => [`${i}:${t.topic}`, t])));
  });
  watchClaimPacks(() => claims.reset(), new AbortController().signal);
  // The content script is registered at run time, left out of the sites the reader turned off
  // (and of every page while Evident is off everywhere), and started in open pages of a site
  // turned on, or in every open page once installed or updated.
  const registration = contentScriptRegistration();
  void getSettings().then((s) => registration.sync(s));
  watchSettings((settings, before) => {
    void registration.sync(settings);
    void startWhereTurnedOn(settings, before).catch(() => undefined);
  }, new AbortController().signal);
  browser.runtime.onInstalled.addListener(() => {
    void getSettings()
      .then(async (s) => {
        await registration.sync(s);
        await startInOpenTabs(s);
      })
      .catch(() => undefined);
  });
  badgePagesOfSitesTurnedOff(getSettings);
  // Keyboard commands (manifest `commands`): Alt+Shift+E turns Evident off or on for the site.
  browser.commands.onCommand.addListener((name, tab) => void runCommand(name, tab));
  // The same handler for the end-to-end test, which cannot press a browser-level shortcut
  // in headless Chromium; only Evident's own pages and worker can reach this global.
  (globalThis as { evidentRunCommand?: typeof runCommand }).evidentRunCommand = runCommand;
  // Who may send what (issue 9): matching and claim details change nothing and read no
  // other tab, so any of Evident's own contexts may ask; a badge is set only by the content
  // script of the tab it belongs to; packs are read and changed only by Evident's own pages.
  handleMessages<BackgroundMessages>({
    'scan-text': async (request) => answerScan(await claims.index(), request),
    // The check runs here, warm, with its list built once per session: the page only sends its text.
    'name-check': async ({ text, state }, sender) => {
      // A page's first question starts its read: until a claim is found it has none, and its
      // badge says so (set before the answer, so the page's later counts come after it).
      if (state === null && fromOwnTab(sender))
        await showPageState(sender.tab!.id!, { state: 'on', count: 0 }).catch(() => undefined);
      const check = createNameCheck(await claims.names(), state ?? undefined);
      const named = check.feed(...(typeof text === 'string' ? splitPieces(text) : []));
      // A page that names a topic is read next: the page marker is run in its frame before the
      // answer goes back, so the page does not ask for it in a round trip of its own
      // ('load-page-marker' stays for a page whose answer came without it), and the reader's
      // dismissals come with the answer (the page would read them from storage next).
      if (!named || sender.tab?.id === undefined) return { named, state: check.state() };
      const [, dismissals] = await Promise.all([
        injectIntoSender(sender, PAGE_MARKER_FILE).catch(() => false),
        getDismissals().catch(() => null),
      ]);
      return { named, state: check.state(), ...(dismissals && { dismissals }) };
    },
    'get-claim-details': ({ claimIds }) => claims.details(claimIds),
    // Only a page that names a topic pays for the page marker (entrypoints/page-marker.ts): run
    // with the name check's yes above, and on this request where that did not happen.
    'load-page-marker': (_, sender) => injectIntoSender(sender, PAGE_MARKER_FILE),
    'claims-found': async ({ count, state, worst }, sender) => {
      if (fromOwnTab(sender) && Number.isInteger(count) && count >= 0)
        await showPageState(sender.tab!.id!, { state: state ?? 'on', count, ...(worst && { worst }) });
    },
    // Packs change what every page is told: only Evident's own pages may touch them.
    'import-claim-pack': async ({ name, text }, sender) =>
      fromExtensionPage(sender)
        ? importClaimPack(text, name, await shipped)
        : { ok: false, problems: ['claims packs are imported from the options page only'] },
    'list-claim-packs': async (_, sender) =>
      fromExtensionPage(sender) ? activePacks(await shipped, await getStoredPacks()).summaries : [],
    'remove-claim-pack': async ({ name }, sender) =>
      fromExtensionPage(sender)
        ? removeClaimPack(name, await shipped)
        : activePacks(await shipped, await getStoredPacks()).summaries,
    'export-claim-reviews': async () => {
      const bundled = await shipped;
      return topicsAsClaimReviews([...bundled, ...activePacks(bundled, await getStoredPacks()).topics]);
    },
  });
});
