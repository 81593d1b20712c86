import { browser, type Browser } from 'wxt/browser';
import { sendToTab } from './messages';
import { getSettings, isSiteEnabled, setEnabledForSite, siteOf } from './settings';

type Tab = Browser.tabs.Tab;

/**
 * Runs a keyboard command for `tab` (the active tab when the browser gives none).
 * `toggle-site` turns Evident off for the tab's site, or on again; on for a site when it is
 * off everywhere turns it on everywhere except the sites turned off one by one, because a
 * shortcut that visibly does nothing would read as broken. Returns the site's new state.
 */
export async function runCommand(name: string, given?: Tab): Promise<boolean | null> {
  const tab = given?.id !== undefined ? given : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (!tab || tab.id === undefined) return null;
  if (name === 'toggle-site') {
    // Without the `tabs` permission the URL is there only when the shortcut granted activeTab;
    // the page's own content script knows its host either way.
    const host = siteOf(tab.url ?? '') || ((await sendToTab(tab.id, 'list-claims', {}).catch(() => null))?.host ?? '');
    if (!host) return null;
    const on = !isSiteEnabled(await getSettings(), host);
    await setEnabledForSite(host, on, { everywhereToo: true });
    return on;
  }
  if (name === 'toggle-marks') {
    const report = await sendToTab(tab.id, 'list-claims', {}).catch(() => null);
    if (!report) return null;
    return sendToTab(tab.id, 'set-marks-hidden', { hidden: !report.hidden });
  }
  return null;
}
