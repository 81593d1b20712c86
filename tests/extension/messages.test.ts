// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  envelope,
  fromExtensionPage,
  fromOwnTab,
  handleMessages,
  isEnvelope,
  sendToBackground,
  type BackgroundMessages,
} from '../../lib/extension/messages';

beforeEach(() => {
  fakeBrowser.reset();
});

/** The other handlers, unused by these tests. */
const packs = {
  'name-check': () => ({ named: false, state: { tail: '', seen: [] } }),
  'import-claim-pack': () => ({ ok: false as const, problems: [] }),
  'list-claim-packs': () => [],
  'remove-claim-pack': () => [],
  'export-claim-reviews': () => [],
  'load-page-marker': () => false,
};

describe('messages', () => {
  it('carry a name and a payload in one envelope', () => {
    expect(envelope('claims-found', { count: 3 })).toEqual({ evident: 'claims-found', payload: { count: 3 } });
    expect(isEnvelope({ evident: 'claims-found', payload: {} })).toBe(true);
    expect(isEnvelope({ type: 'something-else' })).toBe(false);
    expect(isEnvelope('claims-found')).toBe(false);
  });

  it('reach the handler of their name and bring back its reply', async () => {
    handleMessages<BackgroundMessages>({
      'scan-text': () => ({ matches: [], named: [] }),
      'get-claim-details': ({ claimIds }) => claimIds.map((id) => ({ id }) as never),
      'claims-found': () => undefined,
      ...packs,
    });
    const reply = await sendToBackground('get-claim-details', { claimIds: ['zinc-a', 'zinc-b'] });
    expect(reply).toEqual([{ id: 'zinc-a' }, { id: 'zinc-b' }]);
  });

  it('leave messages that are not Evident’s unanswered', async () => {
    let called = false;
    handleMessages<BackgroundMessages>({
      'scan-text': () => {
        called = true;
        return { matches: [], named: [] };
      },
      'get-claim-details': () => [],
      'claims-found': () => undefined,
      ...packs,
    });
    await browser.runtime.sendMessage({ evident: 'toString', payload: {} }).catch(() => undefined);
    await browser.runtime.sendMessage({ name: 'scan-text' }).catch(() => undefined);
    expect(called).toBe(false);
  });

  it('stop being answered once the handlers’ signal aborts', async () => {
    const controller = new AbortController();
    let count = 0;
    handleMessages<BackgroundMessages>(
      {
        'scan-text': () => ({ matches: [], named: [] }),
        'get-claim-details': () => [],
        'claims-found': () => void count++,
        ...packs,
      },
      controller.signal,
    );
    await sendToBackground('claims-found', { count: 1 });
    controller.abort();
    await sendToBackground('claims-found', { count: 1 }).catch(() => undefined);
    expect(count).toBe(1);
  });
});

describe('fromExtensionPage', () => {
  it('trusts Evident’s own pages and not a content script in a web page', () => {
    const id = browser.runtime.id;
    expect(fromExtensionPage({ id, url: browser.runtime.getURL('/options.html') })).toBe(true);
    expect(fromExtensionPage({ id, url: 'https://clinic.example/sermorelin', tab: { id: 3 } as never })).toBe(false);
    expect(fromExtensionPage({})).toBe(false);
  });

  it('does not trust another extension, whatever URL it names', () => {
    expect(fromExtensionPage({ id: 'someone-else', url: browser.runtime.getURL('/options.html') })).toBe(false);
  });
});

describe('fromOwnTab', () => {
  it('lets only the top frame of a tab speak for that tab', () => {
    const id = browser.runtime.id;
    const tab = { id: 3 } as never;
    expect(fromOwnTab({ id, tab, frameId: 0, url: 'https://clinic.example/' })).toBe(true);
    expect(fromOwnTab({ id, tab, frameId: 7, url: 'https://ads.example/' })).toBe(false);
    expect(fromOwnTab({ id, url: browser.runtime.getURL('/popup.html') })).toBe(false);
    expect(fromOwnTab({ id: 'someone-else', tab, frameId: 0 })).toBe(false);
  });
});
