import { browser } from 'wxt/browser';
import { createPopupView, type PopupState } from '@/lib/dom/popup-view';
import { isScriptablePage } from '@/lib/extension/content-script-registration';
import { sendToTab } from '@/lib/extension/messages';
import { getSettings, setEnabledEverywhere, setEnabledForSite, siteOf, watchSettings } from '@/lib/extension/settings';

/**
 * How long after a switch the popup waits for a page's content script to answer. A loaded
 * machine takes seconds to inject the script and send it the index: at 3 s the popup stopped
 * looking and showed an empty list beside a page full of marks.
 */
const STARTING_MS = 10_000;

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
  /** Until then, a page that does not answer may still be getting its content script after a switch. */
  let startingUntil = 0;

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
    const siteOn = !settings.disabledSites.includes(host);
    // Where Evident is off the page has no content script (the background leaves it out), so
    // no answer there is what an off site says; the switches still work.
    const scriptable = host !== '' && isScriptablePage(tab?.url);
    const offHere = scriptable && !(siteOn && settings.enabled);
    const starting = scriptable && (said !== undefined || Date.now() < startingUntil);
    if (said !== undefined) startingUntil = Date.now() + STARTING_MS;
    const state: PopupState = {
      host,
      reachable: report !== null || offHere || starting,
      siteOn,
      everywhereOn: settings.enabled,
      hidden: report?.hidden ?? false,
      scanning: report?.scanning ?? starting,
      claims: report?.active ? report.claims : [],
      shortcut,
    };
    view.update(state, said);
    // While the page is still reading (or catching up with a switch), look again shortly; a
    // page whose site was just turned on gets its content script from the background meanwhile.
    if (state.scanning || (state.siteOn && state.everywhereOn && !state.hidden && (report ? !report.active : starting)))
      timer = setTimeout(() => void refresh(), 300);
  };
  // A shortcut pressed while the popup is open changes the settings under it.
  watchSettings(() => void refresh(), new AbortController().signal);
  await refresh();
}

void main();
