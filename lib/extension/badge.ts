import { browser } from 'wxt/browser';
import type { Verdict } from '../core/claim-types';

/** Chrome MV3 calls the toolbar button `action`; Firefox MV2 calls it `browserAction`. */
function toolbarButton() {
  return browser.action ?? browser.browserAction;
}

/**
 * What a page tells its toolbar button: Evident is on and found `count` claims (the most
 * serious verdict among them `worst`), or its marks are hidden on this page, or it is off
 * for the site (or everywhere).
 */
export interface PageState {
  state: 'on' | 'hidden' | 'off';
  count: number;
  worst?: Verdict;
}

/** What the badge says for a page with `count` claims: nothing for none, "99+" past 99. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 99 ? '99+' : String(count);
}

/**
 * The badge's background by the page's most serious verdict, dark enough for its white
 * text (4.5:1 or better); grey for "off" and for hidden marks, which judge nothing.
 */
const BADGE_BACKGROUND: Record<Verdict | 'quiet', string> = {
  false: '#b91c1c',
  unsupported: '#c2410c',
  weak: '#854d0e',
  mixed: '#6d28d9',
  supported: '#166534',
  quiet: '#4b5563',
};

const VERDICT_WORDS: Record<Verdict, string> = {
  false: 'false',
  unsupported: 'unsupported',
  weak: 'weak evidence',
  mixed: 'mixed evidence',
  supported: 'supported',
};

/** The badge text, its colour and the button's tooltip (what screen readers say) for a page. */
export function badgeFor(page: PageState): { text: string; color: string; title: string } {
  if (page.state === 'off')
    return { text: 'off', color: BADGE_BACKGROUND.quiet, title: 'Evident is off for this site' };
  const n = page.count;
  const claims = `${n} health ${n === 1 ? 'claim' : 'claims'}`;
  if (page.state === 'hidden')
    return {
      text: badgeText(n),
      color: BADGE_BACKGROUND.quiet,
      title: `Evident: marks hidden on this page (${claims})`,
    };
  if (n <= 0) return { text: '', color: BADGE_BACKGROUND.quiet, title: 'Evident: no health claims found on this page' };
  const worst = page.worst ?? 'supported';
  return {
    text: badgeText(n),
    color: BADGE_BACKGROUND[worst],
    title: `Evident: ${claims} on this page; the most serious is ${VERDICT_WORDS[worst]}`,
  };
}

/** Shows a tab's page state on its toolbar button. */
export async function showPageState(tabId: number, page: PageState): Promise<void> {
  const button = toolbarButton();
  const { text, color, title } = badgeFor(page);
  await button.setBadgeText({ tabId, text });
  await button.setBadgeBackgroundColor({ tabId, color });
  if (typeof button.setBadgeTextColor === 'function') await button.setBadgeTextColor({ tabId, color: '#ffffff' });
  await button.setTitle({ tabId, title });
}

/** Shows on the tab's toolbar button how many claims its page makes (Evident on). */
export function showClaimCount(tabId: number, count: number, worst?: Verdict): Promise<void> {
  return showPageState(tabId, { state: 'on', count, ...(worst && { worst }) });
}
