// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { answerScan } from '../../lib/core/scan-request';
import { createClaimsNavigator, LIST_WINDOW, nextClaim } from '../../lib/dom/claims-navigator';
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

  it('puts its live region in the page while the page is read, and says the count with the marks once the region has had a frame', async () => {
    document.body.innerHTML = '<p>BPC-157 heals tendons.</p>';
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('p')!);
    const mark: Mark = { id: 1, claimId: 'c1', verdict: 'weak', score: 1, reasons: [], text: 'BPC', range };
    const nav = createClaimsNavigator(document, { signal: controller.signal, onFocus: () => {}, onOpen: () => {} });
    nav.prepare();
    const host = document.querySelector('evident-claims')!;
    expect(host.nextElementSibling).toBe(document.body);
    const root = uiRootOf(host)!;
    const status = root.querySelector('[role="status"]')!;
    expect(status.textContent).toBe('');
    expect((root.querySelector('nav') as HTMLElement).hidden).toBe(true);
    // Words put in a region the same task as it was added are missed: nothing is said yet.
    nav.update([mark]);
    nav.announce([mark], false);
    expect(status.textContent).toBe('');
    await vi.waitFor(() => expect(status.textContent).not.toBe(''));
    expect(status.textContent).toMatch(/^Evident found 1 health claim on this page/);
    // The region has been in the page for a frame: the next count is said at once, with its marks.
    nav.update([]);
    nav.announce([], false);
    expect(status.textContent).toBe('Evident: no health claims marked on this page now.');
  });

  it('takes its live region out again when the page read settles with no claim', async () => {
    document.body.innerHTML = '<p>Bread is nice.</p>';
    const nav = createClaimsNavigator(document, { signal: controller.signal, onFocus: () => {}, onOpen: () => {} });
    nav.prepare();
    expect(document.querySelector('evident-claims')).not.toBeNull();
    nav.update([]);
    nav.announce([], true); // still reading
    expect(document.querySelector('evident-claims')).not.toBeNull();
    nav.announce([], false);
    expect(document.querySelector('evident-claims')).toBeNull();
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
    // Its name is its label too: a screen reader names it while its words are not laid out (no focus).
    expect(button.getAttribute('aria-label')).toBe(button.textContent);
  });

  it('keeps its buttons when the page changes but its claims do not, and relists them when a verdict or the count does', () => {
    document.body.innerHTML = '<p>BPC-157 heals tendons.</p><p>It repairs the gut.</p>';
    const marks: Mark[] = [...document.querySelectorAll('p')].map((p, i) => {
      const range = document.createRange();
      range.selectNodeContents(p);
      return { id: i + 1, claimId: `c${i}`, verdict: 'weak', score: 1, reasons: [], text: p.textContent!, range };
    });
    const nav = createClaimsNavigator(document, { signal: controller.signal, onFocus: () => {}, onOpen: () => {} });
    nav.update(marks);
    const root = uiRootOf(document.querySelector('evident-claims'))!;
    const listed = () => [...root.querySelectorAll('li button')];
    const before = listed();
    // An ad or a counter elsewhere on the page: the marker updates with the same marks.
    nav.update([...marks]);
    expect(listed()).toEqual(before);
    expect(listed().every((b, k) => b === before[k])).toBe(true);
    marks[1]!.verdict = 'false';
    nav.update(marks);
    expect(listed()[1]).not.toBe(before[1]);
    expect(listed()[1]!.textContent).toBe('Claim 2 of 2, False: It repairs the gut.');
    nav.update(marks.slice(0, 1));
    expect(listed().map((b) => b.textContent)).toEqual(['Claim 1 of 1, Weak evidence: BPC-157 heals tendons.']);
  });

  it('lists a window of a long page’s claims around the current one, and reaches every claim by the keys', () => {
    const total = LIST_WINDOW * 2 + 50;
    document.body.innerHTML = Array.from({ length: total }, (_, i) => `<p>Claim text number ${i + 1}.</p>`).join('');
    const marks: Mark[] = [...document.querySelectorAll('p')].map((p, i) => {
      const range = document.createRange();
      range.selectNodeContents(p);
      return { id: i + 1, claimId: `c${i}`, verdict: 'weak', score: 1, reasons: [], text: p.textContent!, range };
    });
    const focusedMarks: (number | null)[] = [];
    const nav = createClaimsNavigator(document, {
      signal: controller.signal,
      onFocus: (m) => focusedMarks.push(m?.id ?? null),
      onOpen: () => {},
    });
    nav.update(marks);
    const root = uiRootOf(document.querySelector('evident-claims'))!;
    const listed = () => [...root.querySelectorAll<HTMLButtonElement>('li button')];
    const current = () => root.activeElement!.textContent!;
    expect(listed()).toHaveLength(LIST_WINDOW);
    expect(root.querySelector('li')!.getAttribute('aria-setsize')).toBe(String(total));
    (root.querySelector('.skip') as HTMLButtonElement).click();
    expect(current()).toBe(`Claim 1 of ${total}, Weak evidence: Claim text number 1.`);
    key(root.activeElement!, 'End');
    expect(current()).toBe(`Claim ${total} of ${total}, Weak evidence: Claim text number ${total}.`);
    expect(focusedMarks.at(-1)).toBe(total);
    expect(listed()).toHaveLength(LIST_WINDOW);
    expect(listed().at(-1)!.parentElement!.getAttribute('aria-posinset')).toBe(String(total));
    // Stepping back through the window's first claim lists the claims before it.
    const firstListed = Number(listed()[0]!.parentElement!.getAttribute('aria-posinset'));
    for (let i = total; i > firstListed; i--) key(root.activeElement!, 'ArrowUp');
    expect(current()).toMatch(new RegExp(`^Claim ${firstListed} of `));
    key(root.activeElement!, 'ArrowUp');
    expect(current()).toMatch(new RegExp(`^Claim ${firstListed - 1} of `));
    key(root.activeElement!, 'Home');
    expect(current()).toMatch(/^Claim 1 of /);
    // The list changes under the keyboard: focus stays on the same place in it.
    key(root.activeElement!, 'End');
    nav.update(marks.slice(0, total - 1));
    expect(current()).toBe(`Claim ${total - 1} of ${total - 1}, Weak evidence: Claim text number ${total - 1}.`);
  });

  it('steps with Tab and the arrows, goes to the ends with Home and End, and leaves Tab past the last claim to the page', () => {
    expect(nextClaim({ key: 'Tab', shiftKey: false }, 3, 10)).toBe(4);
    expect(nextClaim({ key: 'ArrowDown', shiftKey: false }, 3, 10)).toBe(4);
    expect(nextClaim({ key: 'Tab', shiftKey: true }, 3, 10)).toBe(2);
    expect(nextClaim({ key: 'ArrowUp', shiftKey: false }, 0, 10)).toBe(-1);
    expect(nextClaim({ key: 'Home', shiftKey: false }, 7, 10)).toBe(0);
    expect(nextClaim({ key: 'End', shiftKey: false }, 0, 10)).toBe(9);
    expect(nextClaim({ key: 'Tab', shiftKey: false }, 9, 10)).toBeNull();
    expect(nextClaim({ key: 'ArrowDown', shiftKey: false }, 9, 10)).toBe(9);
    expect(nextClaim({ key: 'a', shiftKey: false }, 3, 10)).toBeNull();
  });

  it('lists every claim of a typical page, as a plain list', async () => {
    const { root } = await start(`<p>${COFACTOR_TEXT}.</p><p>${TESTOSTERONE_TEXT}.</p>`);
    const items = [...root.querySelectorAll('li')];
    expect(items).toHaveLength(2);
    expect(items.every((li) => !li.hasAttribute('aria-setsize') && !li.hasAttribute('aria-posinset'))).toBe(true);
  });
});
