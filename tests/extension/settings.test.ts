// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  getSettings,
  isSiteEnabled,
  setEnabledEverywhere,
  setEnabledForSite,
  setVerdictShown,
  siteOf,
  watchSettings,
  type Settings,
} from '../../lib/extension/settings';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings', () => {
  it('start with Evident on everywhere and no site turned off', async () => {
    expect(await getSettings()).toEqual({ enabled: true, disabledSites: [], hiddenVerdicts: [] });
  });

  it('persist "on everywhere" in storage.local', async () => {
    await setEnabledEverywhere(false);
    expect(await getSettings()).toEqual({ enabled: false, disabledSites: [], hiddenVerdicts: [] });
    const stored = await fakeBrowser.storage.local.get(null);
    expect(JSON.stringify(stored)).toContain('"enabled":false');
  });

  it('turn Evident off for one site only, and on again', async () => {
    await setEnabledForSite('example.com', false);
    await setEnabledForSite('blog.test', false);
    const off = await getSettings();
    expect(off.disabledSites).toEqual(['blog.test', 'example.com']);
    expect(isSiteEnabled(off, 'example.com')).toBe(false);
    expect(isSiteEnabled(off, 'other.org')).toBe(true);
    await setEnabledForSite('example.com', true);
    expect((await getSettings()).disabledSites).toEqual(['blog.test']);
  });

  it('count every site as off while Evident is off everywhere', () => {
    expect(isSiteEnabled({ enabled: false, disabledSites: [], hiddenVerdicts: [] }, 'example.com')).toBe(false);
  });

  it('fall back to the defaults when the stored value is damaged', async () => {
    await fakeBrowser.storage.local.set({
      'evident-settings': { enabled: 'yes', disabledSites: [3, 'a.com'], hiddenVerdicts: ['supported', 'maybe', 7] },
    });
    expect(await getSettings()).toEqual({ enabled: true, disabledSites: ['a.com'], hiddenVerdicts: ['supported'] });
  });

  it('tell a watcher about each change until its signal aborts', async () => {
    const seen: Settings[] = [];
    const controller = new AbortController();
    watchSettings((s) => seen.push(s), controller.signal);
    await setEnabledForSite('example.com', false);
    controller.abort();
    await setEnabledEverywhere(false);
    expect(seen).toEqual([{ enabled: true, disabledSites: ['example.com'], hiddenVerdicts: [] }]);
  });

  it('hide a verdict class on every site, and show it again, keeping the other settings', async () => {
    await setEnabledForSite('example.com', false);
    await setVerdictShown('supported', false);
    await setVerdictShown('weak', false);
    expect(await getSettings()).toEqual({
      enabled: true,
      disabledSites: ['example.com'],
      hiddenVerdicts: ['supported', 'weak'],
    });
    await setVerdictShown('supported', true);
    await setEnabledForSite('blog.test', false);
    expect((await getSettings()).hiddenVerdicts).toEqual(['weak']);
  });

  it('name a page’s site by its host name', () => {
    expect(siteOf('https://www.example.com:8080/a?b#c')).toBe('www.example.com');
    expect(siteOf('not a url')).toBe('');
  });
});
