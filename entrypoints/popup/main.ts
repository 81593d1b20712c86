import { browser } from 'wxt/browser';
import { createPopupView, type PopupState } from '@/lib/dom/popup-view';
import { sendToTab } from '@/lib/extension/messages';
import { getSettings, setEnabledEverywhere, setEnabledForSite, siteOf, watchSettings } from '@/lib/extension/settings';

/** The tab the popup speaks for: `?tab=<id>` (end-to-end tests open the popup in a tab), else the active one. */
async function targetTab() {
  const id = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(id) && id > 0) return { tab: await browser.tabs.get(id), pinned: true };
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { tab, pinned: false };
}

/** The shortcut the browser gives `toggle-site` (the reader may have changed it). */
async function siteShortcut(): Promise<string> {
  const commands = await browser.commands?.getAll().catch(() => []);
  return commands?.find((c) => c.name === 'toggle-site')?.shortcut ?? '';
}

async function main() {
  const app = document.getElementById('app')!;
  const { tab, pinned } = await targetTab();
  const tabId = tab?.id;
  // Without the `tabs` permission a tab's URL is known only once the reader has clicked
  // Evident's button there (activeTab); the page's own content script also says its host.
  let host = siteOf(tab?.url ?? '');
  const shortcut = await siteShortcut();
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped by every switch: a read begun before it is stale and must not flip the switch back. */
  let generation = 0;

  /** Makes a change, then shows it and says what changed (and nothing else). */
  const change = (write: () => Promise<unknown>, said: string) => {
    generation++;
    void write().then(() => refresh(said));
  };
  const view = createPopupView(app, {
    reveal: (markId) => {
      if (tabId === undefined) return;
      void sendToTab(tabId, 'reveal-claim', { markId }).then(() => {
        if (!pinned) window.close();
      });
    },
    setSite: (on) =>
      change(
        () => setEnabledForSite(host, on, { everywhereToo: on }),
        on ? `Evident is on for ${host}.` : `Evident is off for ${host}.`,
      ),
    setEverywhere: (on) =>
      change(() => setEnabledEverywhere(on), on ? 'Evident is on everywhere.' : 'Evident is off everywhere.'),
    setHidden: (hidden) => {
      if (tabId === undefined) return;
      change(
        () => sendToTab(tabId, 'set-marks-hidden', { hidden }),
        hidden ? 'Marks hidden on this page.' : 'Marks shown on this page.',
      );
    },
  });

  /** Reads the settings and the page again; the page answers the switches on its own time. */
  const refresh = async (said?: string) => {
    clearTimeout(timer);
    const mine = generation;
    const settings = await getSettings();
    const report = tabId === undefined ? null : await sendToTab(tabId, 'list-claims', {}).catch(() => null);
    if (mine !== generation) return; // a switch moved while we read: its own refresh follows
    host ||= report?.host ?? '';
    const state: PopupState = {
      host,
      reachable: report !== null,
      siteOn: !settings.disabledSites.includes(host),
      everywhereOn: settings.enabled,
      hidden: report?.hidden ?? false,
      scanning: report?.scanning ?? false,
      claims: report?.active ? report.claims : [],
      shortcut,
    };
    view.update(state, said);
    // While the page is still reading (or catching up with a switch), look again shortly.
    if (state.scanning || (state.siteOn && state.everywhereOn && !state.hidden && report && !report.active))
      timer = setTimeout(() => void refresh(), 300);
  };
  // A shortcut pressed while the popup is open changes the settings under it.
  watchSettings(() => void refresh(), new AbortController().signal);
  await refresh();
}

void main();
