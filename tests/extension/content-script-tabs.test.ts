// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startInOpenTabs, startWhereTurnedOn } from '../../lib/extension/content-script-tabs';
import type { Settings } from '../../lib/extension/settings';

const settings = (over: Partial<Settings> = {}): Settings => ({
  enabled: true,
  disabledSites: [],
  hiddenVerdicts: [],
  ...over,
});

/** Open tabs by id: their URL, and whether Evident's content script answers there. */
const TABS = [
  { id: 1, url: 'https://a.com/post', running: false },
  { id: 2, url: 'https://b.org/', running: false },
  { id: 3, url: 'https://c.net/page', running: true },
  { id: 4, url: 'http://a.com:8080/other', running: false },
];
let injected: number[];

beforeEach(() => {
  fakeBrowser.reset();
  injected = [];
  // The real tabs.query's overloads (promise or callback) leave no one type to mock it with.
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue(
    TABS.map(({ id, url }) => ({ id, url, discarded: false })) as never,
  );
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (tabId: number) => {
    if (TABS.find((t) => t.id === tabId)?.running) return { host: 'c.net', active: true, scanning: false, claims: [] };
    throw new Error('Could not establish connection. Receiving end does not exist.');
  });
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(async (injection) => {
    injected.push(injection.target.tabId);
    expect(injection).toMatchObject({ target: { frameIds: [0] }, files: ['/content-scripts/claims.js'] });
    return [];
  });
});

describe('the content script in open tabs', () => {
  it('starts in the open pages of a site just turned on, and nowhere else', async () => {
    await startWhereTurnedOn(settings(), settings({ disabledSites: ['a.com'] }));
    expect(injected.sort()).toEqual([1, 4]);
  });

  it('starts in every open page without it once Evident is turned on everywhere, but not on sites still off', async () => {
    await startWhereTurnedOn(
      settings({ disabledSites: ['b.org'] }),
      settings({ enabled: false, disabledSites: ['b.org'] }),
    );
    expect(injected.sort()).toEqual([1, 4]);
  });

  it('starts in pages opened before Evident was installed, once, and never twice in a page', async () => {
    await startInOpenTabs(settings());
    expect(injected.sort()).toEqual([1, 2, 4]);
  });

  it('starts nowhere while Evident is off everywhere', async () => {
    await startInOpenTabs(settings({ enabled: false }));
    expect(injected).toEqual([]);
  });
});
