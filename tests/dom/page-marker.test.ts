// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { answerScan } from '../../lib/core/scan-request';
import { startPageMarker, type PageMarker } from '../../lib/dom/page-marker';
import { uiRootOf } from '../../lib/dom/ui-root';
import { COFACTOR_TEXT, DOM_INDEX, DOM_RECORDS, TESTOSTERONE_TEXT } from './sample-index';

let controller: AbortController;

beforeEach(() => {
  controller = new AbortController();
  document.body.replaceChildren();
});
afterEach(() => controller.abort());

function start(html: string): PageMarker {
  document.body.innerHTML = html;
  return startPageMarker(document.body, {
    scan: async (request) => answerScan(DOM_INDEX, request),
    signal: controller.signal,
    loadDetails: async (id) => DOM_RECORDS.get(id),
    settleMs: 0,
  });
}

const markedTexts = (marker: PageMarker) => marker.marks().map((m) => m.text);
const popover = () => document.querySelector('evident-popover');

describe('startPageMarker', () => {
  it('marks each claim on the page on exactly its text, in document order', async () => {
    const marker = start(`<p>${COFACTOR_TEXT}.</p><p>Bread is nice.</p><p>${TESTOSTERONE_TEXT}.</p>`);
    await marker.idle();
    expect(markedTexts(marker)).toEqual([COFACTOR_TEXT, TESTOSTERONE_TEXT]);
    expect(marker.marks().map((m) => m.verdict)).toEqual(['supported', 'unsupported']);
    expect(document.querySelectorAll('evident-mark').length).toBe(2);
  });

  it('leaves text under data-evident="off" unmarked', async () => {
    const marker = start(
      `<blockquote data-evident="off"><p>${COFACTOR_TEXT}.</p></blockquote><p>${TESTOSTERONE_TEXT}.</p>`,
    );
    await marker.idle();
    expect(markedTexts(marker)).toEqual([TESTOSTERONE_TEXT]);
  });

  it('marks a paragraph the page adds later', async () => {
    const marker = start(`<main><p>Zinc is a mineral.</p></main>`);
    await marker.idle();
    expect(marker.marks()).toHaveLength(0);
    const p = document.createElement('p');
    p.textContent = `${TESTOSTERONE_TEXT}.`;
    document.querySelector('main')!.append(p);
    await vi.waitFor(() => expect(markedTexts(marker)).toEqual([TESTOSTERONE_TEXT]));
  });

  it('drops a mark whose text the page rewrites', async () => {
    const marker = start(`<p id="p">${TESTOSTERONE_TEXT}.</p>`);
    await marker.idle();
    expect(marker.marks()).toHaveLength(1);
    document.getElementById('p')!.textContent = 'Zinc is a mineral found in oysters.';
    await vi.waitFor(() => expect(marker.marks()).toHaveLength(0));
    expect(document.querySelectorAll('evident-mark').length).toBe(0);
  });

  it('takes every mark and its own UI off the page when its signal aborts', async () => {
    const html = `<p>${COFACTOR_TEXT}.</p><p>${TESTOSTERONE_TEXT}.</p>`;
    const marker = start(html);
    await marker.idle();
    await marker.reveal(marker.marks()[0]!.id);
    expect(popover()).not.toBeNull();
    controller.abort();
    expect(document.body.innerHTML).toBe(html);
    expect(document.querySelectorAll('evident-mark, evident-popover, evident-claims').length).toBe(0);
  });

  it('opens the popover of the mark a reader clicks, with the claim’s details', async () => {
    const marker = start(`<p>${TESTOSTERONE_TEXT}.</p>`);
    await marker.idle();
    document.querySelector('evident-mark')!.dispatchEvent(new MouseEvent('click', { bubbles: true, button: 0 }));
    await vi.waitFor(() => expect(popover()).not.toBeNull());
    expect(uiRootOf(popover())!.textContent).toContain('In men with enough zinc');
  });

  it('reveals a claim by its mark id, and says so when the mark is gone', async () => {
    const marker = start(`<p>${COFACTOR_TEXT}.</p>`);
    await marker.idle();
    expect(await marker.reveal(marker.marks()[0]!.id)).toBe(true);
    expect(uiRootOf(popover())!.querySelector('[role="dialog"]')!.getAttribute('aria-label')).toBe(
      'Evident: Supported claim',
    );
    expect(await marker.reveal(9999)).toBe(false);
  });

  it('gives keyboard users a button per claim that opens its popover', async () => {
    const marker = start(`<p>${COFACTOR_TEXT}.</p><p>${TESTOSTERONE_TEXT}.</p>`);
    await marker.idle();
    const buttons = [
      ...uiRootOf(document.querySelector('evident-claims'))!.querySelectorAll<HTMLButtonElement>('li button'),
    ];
    expect(buttons.map((b) => b.textContent)).toEqual([
      `Claim 1 of 2, Supported: ${COFACTOR_TEXT}`,
      `Claim 2 of 2, Unsupported: ${TESTOSTERONE_TEXT}`,
    ]);
    buttons[1]!.focus();
    buttons[1]!.click();
    await vi.waitFor(() => expect(popover()).not.toBeNull());
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(popover()).toBeNull();
    expect(uiRootOf(document.querySelector('evident-claims'))!.activeElement).toBe(buttons[1]);
  });
});
