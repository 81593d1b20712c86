// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  CONTENT_SCRIPT_ID,
  contentScriptRegistration,
  registrationFor,
  sitePattern,
} from '../../lib/extension/content-script-registration';
import type { Settings } from '../../lib/extension/settings';

interface Script {
  id: string;
  matches?: string[];
  excludeMatches?: string[];
  js?: string[];
}

const settings = (over: Partial<Settings> = {}): Settings => ({
  enabled: true,
  disabledSites: [],
  hiddenVerdicts: [],
  ...over,
});

/** The browser's registry of content scripts, as scripting.* reads and writes it. */
let registry: Map<string, Script>;
let writes: string[];

beforeEach(() => {
  fakeBrowser.reset();
  registry = new Map();
  writes = [];
  const s = fakeBrowser.scripting;
  vi.spyOn(s, 'getRegisteredContentScripts').mockImplementation(async (filter?: { ids?: string[] }) =>
    [...registry.values()].filter((x) => !filter?.ids || filter.ids.includes(x.id)),
  );
  vi.spyOn(s, 'registerContentScripts').mockImplementation(async (scripts: Script[]) => {
    for (const x of scripts) {
      if (registry.has(x.id)) throw new Error(`Duplicate script ID '${x.id}'`);
      if ((x.excludeMatches ?? []).some((p) => p.includes('['))) throw new Error('Invalid url pattern');
      registry.set(x.id, x);
      writes.push('register');
    }
  });
  vi.spyOn(s, 'updateContentScripts').mockImplementation(async (scripts: Script[]) => {
    for (const x of scripts) {
      registry.set(x.id, { ...registry.get(x.id)!, ...x });
      writes.push('update');
    }
  });
  vi.spyOn(s, 'unregisterContentScripts').mockImplementation(async (filter?: { ids?: string[] }) => {
    for (const id of filter?.ids ?? []) registry.delete(id);
    writes.push('unregister');
  });
});

describe('the content script registration', () => {
  it('names every page of a site, on any port and either scheme', () => {
    expect(sitePattern('blog.example.com')).toBe('*://blog.example.com/*');
    expect(sitePattern('localhost')).toBe('*://localhost/*');
    expect(sitePattern('xn--bcher-kva.example')).toBe('*://xn--bcher-kva.example/*');
  });

  it('leaves out a host no match pattern can name exactly, rather than a wrong site', () => {
    expect(sitePattern('[::1]')).toBeNull();
    expect(sitePattern('example.com.')).toBeNull();
    expect(sitePattern('')).toBeNull();
    expect(sitePattern('*.example.com')).toBeNull();
  });

  it('runs on every http(s) page but the sites turned off, and nowhere while Evident is off everywhere', () => {
    expect(registrationFor(settings({ disabledSites: ['a.com', '[::1]'] }))).toEqual({
      matches: ['http://*/*', 'https://*/*'],
      excludeMatches: ['*://a.com/*'],
    });
    expect(registrationFor(settings({ enabled: false }))).toBeNull();
  });

  it('registers the script, follows the off-list, and removes it while Evident is off everywhere', async () => {
    const r = contentScriptRegistration();
    await r.sync(settings());
    expect(registry.get(CONTENT_SCRIPT_ID)).toMatchObject({
      js: ['/content-scripts/claims.js'],
      matches: ['http://*/*', 'https://*/*'],
      excludeMatches: [],
    });
    await r.sync(settings({ disabledSites: ['a.com'] }));
    expect(registry.get(CONTENT_SCRIPT_ID)?.excludeMatches).toEqual(['*://a.com/*']);
    await r.sync(settings({ enabled: false, disabledSites: ['a.com'] }));
    expect(registry.size).toBe(0);
    await r.sync(settings({ disabledSites: ['a.com'] }));
    expect(registry.get(CONTENT_SCRIPT_ID)?.excludeMatches).toEqual(['*://a.com/*']);
    expect(writes).toEqual(['register', 'update', 'unregister', 'register']);
  });

  it('writes nothing when the registration already agrees (the background wakes often)', async () => {
    const r = contentScriptRegistration();
    await r.sync(settings({ disabledSites: ['b.org', 'a.com'] }));
    await r.sync(settings({ disabledSites: ['a.com', 'b.org'] }));
    expect(writes).toEqual(['register']);
  });

  it('applies switches made in quick succession in order, the last one winning', async () => {
    const r = contentScriptRegistration();
    void r.sync(settings());
    void r.sync(settings({ disabledSites: ['a.com'] }));
    await r.sync(settings({ disabledSites: ['a.com', 'b.org'] }));
    expect(registry.get(CONTENT_SCRIPT_ID)?.excludeMatches).toEqual(['*://a.com/*', '*://b.org/*']);
    expect(writes).toEqual(['register', 'update', 'update']);
  });

  it('still registers the script everywhere when the browser refuses the off-list (the script then stays idle there)', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.mocked(fakeBrowser.scripting.registerContentScripts).mockImplementationOnce(async () => {
      throw new Error('Invalid url pattern');
    });
    await contentScriptRegistration().sync(settings({ disabledSites: ['a.com'] }));
    expect(registry.get(CONTENT_SCRIPT_ID)?.excludeMatches).toEqual([]);
    expect(error).toHaveBeenCalledOnce();
  });
});
