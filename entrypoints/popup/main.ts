import { browser } from 'wxt/browser';
import { renderPopup, type PopupState } from '@/lib/dom/popup-view';
import { sendToTab } from '@/lib/extension/messages';
import { getSettings, isSiteEnabled, setEnabledEverywhere, setEnabledForSite, siteOf } from '@/lib/extension/settings';

/** The tab the popup speaks for: `?tab=<id>` (end-to-end tests open the popup in a tab), else the active one. */
async function targetTab() {
  const id = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(id) && id > 0) return { tab: await browser.tabs.get(id), pinned: true };
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { tab, pinned: false };
}

async function main() {
  const app = document.getElementById('app')!;
  const { tab, pinned } = await targetTab();
  const tabId = tab?.id;
  // Without the `tabs` permission a tab's URL is known only once the reader has clicked
  // Evident's button there (activeTab); the page's own content script also says its host.
  let host = siteOf(tab?.url ?? '');

  const refresh = async () => {
    const settings = await getSettings();
    const report = tabId === undefined ? null : await sendToTab(tabId, 'list-claims', {}).catch(() => null);
    host ||= report?.host ?? '';
    const state: PopupState = {
      host,
      reachable: report !== null,
      siteOn: !settings.disabledSites.includes(host),
      everywhereOn: settings.enabled,
      scanning: report?.scanning ?? false,
      claims: isSiteEnabled(settings, host) ? (report?.claims ?? []) : [],
    };
    renderPopup(app, state, {
      reveal: (markId) => {
        if (tabId === undefined) return;
        void sendToTab(tabId, 'reveal-claim', { markId }).then(() => {
          if (!pinned) window.close();
        });
      },
      setSite: (on) => void setEnabledForSite(host, on).then(later),
      setEverywhere: (on) => void setEnabledEverywhere(on).then(later),
    });
    if (state.scanning) later();
  };
  // The page answers the switches on its own time; read it again a moment after.
  const later = () => setTimeout(() => void refresh(), 300);
  await refresh();
}

void main();
