import { browser } from 'wxt/browser';
import { showPageState } from './badge';
import { CONTENT_SCRIPT_FILE, isScriptablePage, PAGES, wantsContentScript } from './content-script-registration';
import { sendToTab } from './messages';
import { isSiteEnabled, siteOf, type Settings } from './settings';

/**
 * The open tabs' side of the run-time registration (content-script-registration.ts): a
 * registered script starts only in pages loaded after it, so the background starts it itself
 * in pages already open where Evident has just been turned on, and in every open page when
 * Evident is installed or updated (the manifest's script used to be put into open pages by
 * Firefox on install). Pages of a site turned off get the badge "off" from here, since no
 * script of theirs is there to say so.
 */

/** Whether Evident's content script answers in the tab's top frame. */
async function scriptRunsIn(tabId: number): Promise<boolean> {
  return sendToTab(tabId, 'list-claims', {}).then(
    (report) => report !== undefined,
    () => false,
  );
}

/**
 * Starts the content script in every open page that should have it under `settings`, does not
 * have it yet, and passes `pick` (its host): true per tab where it was started.
 */
export async function startInOpenTabs(settings: Settings, pick: (host: string) => boolean = () => true) {
  const tabs = await browser.tabs.query({ url: PAGES });
  return Promise.all(
    tabs.map(async ({ id, url, discarded }) => {
      const host = siteOf(url ?? '');
      if (id === undefined || discarded || !wantsContentScript(settings, url ?? '', host) || !pick(host)) return false;
      if (await scriptRunsIn(id)) return false;
      return browser.scripting
        .executeScript({ target: { tabId: id, frameIds: [0] }, files: [CONTENT_SCRIPT_FILE] })
        .then(
          () => true,
          () => false, // a page the browser keeps extensions out of, or one that was closed meanwhile
        );
    }),
  );
}

/** After a change of settings: starts the script in open pages of the sites it turned on. */
export function startWhereTurnedOn(settings: Settings, before: Settings) {
  return startInOpenTabs(settings, (host) => !isSiteEnabled(before, host));
}

/** Badges a tab's page "off" when it finishes loading on a site where Evident is off. */
export function badgePagesOfSitesTurnedOff(settings: () => Promise<Settings>): void {
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'complete' || !isScriptablePage(tab.url)) return;
    const host = siteOf(tab.url);
    void settings().then((s) =>
      isSiteEnabled(s, host) ? undefined : showPageState(tabId, { state: 'off', count: 0 }).catch(() => undefined),
    );
  });
}
