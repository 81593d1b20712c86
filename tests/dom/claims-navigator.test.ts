// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { answerScan } from '../../lib/core/scan-request';
import { createClaimsNavigator } from '../../lib/dom/claims-navigator';
import type { Mark } from '../../lib/dom/mark-painter';
import { startPageMarker } from '../../lib/dom/page-marker';
import { uiRootOf } from '../../lib/dom/ui-root';
import { COFACTOR_TEXT, DOM_INDEX, DOM_RECORDS, TESTOSTERONE_TEXT } from './sample-index';

let controller: AbortController;
beforeEach(() => (controller = new AbortController()));
afterEach(() => controller.abort());

/** The page as given, marked, once the marker has settled. */
async function markPage(html: string) {
  document.body.innerHTML = html;
  const marker = startPageMarker(document.body, {
    scan: async (request) => answerScan(DOM_INDEX, request),
    signal: controller.signal,
    loadDetails: async (id) => DOM_RECORDS.get(id),
    settleMs: 0,
  });
  await marker.idle();
  return marker;
}

async function start(html: string) {
  const marker = await markPage(html);
  const host = document.querySelector('evident-claims')!;
  return { marker, host, root: uiRootOf(host)! };
}

const key = (target: Element, k: string, shiftKey = false) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key: k, shiftKey, bubbles: true, cancelable: true }));

describe('the claims navigator', () => {
  it('leaves a page without claims untouched', async () => {
    await markPage('<p>Bread is nice.</p>');
    expect(document.querySelector('evident-claims')).toBeNull();
  });

  it('sits before the page’s body, so its one control is first in Tab order', async () => {
    const { host, root } = await start(`<p>${COFACTOR_TEXT}.</p><p>${TESTOSTERONE_TEXT}.</p>`);
    expect(host.nextElementSibling).toBe(document.body);
    expect(host.shadowRoot).toBeNull();
    const tabbable = [...root.querySelectorAll('button')].filter((b) => b.tabIndex >= 0);
    expect(tabbable.map((b) => b.textContent)).toEqual(['Evident: 2 health claims on this page. Go to the claims']);
    expect(root.querySelector('nav')!.getAttribute('aria-label')).toBe('Evident: health claims on this page');
  });

  it('goes from the skip control to the claims, and steps through them with Tab and the arrows', async () => {
    const { root, marker } = await start(`<p>${COFACTOR_TEXT}.</p><p>${TESTOSTERONE_TEXT}.</p>`);
    const [skip, first, second] = [...root.querySelectorAll('button')];
    skip!.click();
    expect(root.activeElement).toBe(first);
    key(first!, 'Tab');
    expect(root.activeElement).toBe(second);
    key(second!, 'ArrowUp');
    expect(root.activeElement).toBe(first);
    key(first!, 'Tab', true);
    expect(root.activeElement).toBe(skip);
    // Past the last claim, Tab is left to the browser: on into the page.
    expect(key(second!, 'Tab')).toBe(true);
    expect(marker.marks()).toHaveLength(2);
  });

  it('announces the count once, when the scan settles, not at every step', async () => {
    const { root } = await start(`<main><p>${COFACTOR_TEXT}.</p></main>`);
    const status = root.querySelector('[role="status"]')!;
    expect(status.getAttribute('aria-live')).toBe('polite');
    await vi.waitFor(() => expect(status.textContent).not.toBe(''));
    expect(status.textContent).toBe(
      'Evident found 1 health claim on this page: 1 supported. The Evident claims list is first in the Tab order.',
    );
    const p = document.createElement('p');
    p.textContent = `${TESTOSTERONE_TEXT}.`;
    document.querySelector('main')!.append(p);
    await vi.waitFor(() =>
      expect(status.textContent).toMatch(/^Evident found 2 health claims on this page: 1 unsupported, 1 supported/),
    );
  });

  it('keeps the claim shown as current while its popover, opened from the keyboard, has focus', async () => {
    const { root, marker } = await start(`<p>${TESTOSTERONE_TEXT}.</p>`);
    const button = root.querySelector('li button') as HTMLButtonElement;
    // Class names are drawn at random per load: the current claim is the one class more.
    const classes = () => document.querySelector('evident-mark')!.classList.length;
    const resting = classes();
    button.focus();
    button.click();
    await vi.waitFor(() => expect(document.querySelector('evident-popover')).not.toBeNull());
    expect(document.activeElement!.localName).toBe('evident-popover');
    expect(classes()).toBe(resting + 1);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(root.activeElement).toBe(button);
    expect(classes()).toBe(resting + 1);
    expect(marker.marks()).toHaveLength(1);
  });

  it('names a claim not reviewed individually as such, beside its verdict', () => {
    document.body.innerHTML = '<p>BPC-157 heals tendons.</p>';
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('p')!);
    const nav = createClaimsNavigator(document, { signal: controller.signal, onFocus: () => {}, onOpen: () => {} });
    const mark: Mark = {
      id: 1,
      claimId: 'unreviewed:bpc-157:efficacy',
      verdict: 'weak',
      unreviewed: true,
      score: 1,
      reasons: [],
      text: 'BPC-157 heals tendons.',
      range,
    };
    nav.update([mark]);
    const button = uiRootOf(document.querySelector('evident-claims'))!.querySelector('li button')!;
    expect(button.textContent).toBe('Claim 1 of 1, Weak evidence (not reviewed individually): BPC-157 heals tendons.');
  });
});
