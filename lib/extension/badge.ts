import { browser } from 'wxt/browser';

/** Chrome MV3 calls the toolbar button `action`; Firefox MV2 calls it `browserAction`. */
function toolbarButton() {
  return browser.action ?? browser.browserAction;
}

/** What the badge says for a page with `count` claims: nothing for none, "99+" past 99. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 99 ? '99+' : String(count);
}

/** Shows on the tab's toolbar button how many claims its page makes. */
export async function showClaimCount(tabId: number, count: number): Promise<void> {
  const button = toolbarButton();
  await button.setBadgeText({ tabId, text: badgeText(count) });
  // A neutral slate: the badge counts claims; it does not judge them.
  await button.setBadgeBackgroundColor({ tabId, color: '#334155' });
}
