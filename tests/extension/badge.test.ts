// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeText, showClaimCount } from '../../lib/extension/badge';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the badge', () => {
  it('shows the number of claims on the page, nothing for none, and 99+ past 99', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(7)).toBe('7');
    expect(badgeText(99)).toBe('99');
    expect(badgeText(150)).toBe('99+');
  });

  it('is set for the tab whose page reported the claims, not for the others', async () => {
    await showClaimCount(4, 12);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('12');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('');
  });

  it('goes blank when the page reports no claims (Evident turned off)', async () => {
    await showClaimCount(4, 12);
    await showClaimCount(4, 0);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('');
  });
});
