// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { answerScan } from '../../lib/core/scan-request';
import { sameText, startPageMarker, type PageMarker } from '../../lib/dom/page-marker';
import { uiRootOf } from '../../lib/dom/ui-root';
import { COFACTOR_TEXT, DOM_INDEX, DOM_RECORDS, TESTOSTERONE_TEXT } from './sample-index';

let controller: AbortController;

beforeEach(() => {
  controller = new AbortController();
  document.body.replaceChildren();
});
afterEach(() => controller.abort());

let scans: string[] = [];

function start(html: string): PageMarker {
  document.body.innerHTML = html;
  scans = [];
  return startPageMarker(document.body, {
    scan: async (request) => {
      scans.push(request.text);
      return answerScan(DOM_INDEX, request);
    },
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

  it('sends a long page in sections and marks each section’s claims on their own text as it comes back', async () => {
    const filler = '<p>Zinc is a mineral found in oysters, and bread is nice with butter.</p>'.repeat(1500);
    document.body.innerHTML = `<h1>Zinc</h1><p>${COFACTOR_TEXT}.</p>${filler}<p>${TESTOSTERONE_TEXT}.</p>`;
    const sent: number[] = [];
    const painted: number[] = [];
    const marker = startPageMarker(document.body, {
      scan: async (request) => {
        sent.push(request.text.length);
        return answerScan(DOM_INDEX, request);
      },
      signal: controller.signal,
      loadDetails: async (id) => DOM_RECORDS.get(id),
      onChange: (marks) => painted.push(marks.length),
      settleMs: 0,
    });
    await marker.idle();
    expect(sent.length).toBeGreaterThan(1);
    expect(Math.max(...sent)).toBeLessThanOrEqual(64_000);
    expect(markedTexts(marker)).toEqual([COFACTOR_TEXT, TESTOSTERONE_TEXT]);
    expect(painted).toContain(1); // the first section's mark, before the last section was read
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

  it('checks the page’s highlights only while it has marks: every 250 ms at first and after tampering, down to once a second while left alone', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    try {
      const checks: number[] = [];
      let tamper = false;
      const painter = {
        kind: 'highlight' as const,
        paint: () => undefined,
        unpaint: () => undefined,
        setActive: () => undefined,
        markAt: () => null,
        repair: () => {
          checks.push(Date.now());
          const was = tamper;
          tamper = false;
          return was;
        },
        clear: () => undefined,
      };
      document.body.innerHTML = '<p>Bread is nice.</p>';
      const marker = startPageMarker(document.body, {
        scan: async (request) => answerScan(DOM_INDEX, request),
        signal: controller.signal,
        loadDetails: async (id) => DOM_RECORDS.get(id),
        painter,
        settleMs: 0,
      });
      await vi.advanceTimersByTimeAsync(3000);
      expect(marker.marks()).toEqual([]);
      expect(checks).toEqual([]); // a page without marks is not polled
      document.body.insertAdjacentHTML('beforeend', `<p>${COFACTOR_TEXT}.</p>`);
      await vi.advanceTimersByTimeAsync(50);
      expect(marker.marks().length).toBe(1);
      const from = Date.now();
      await vi.advanceTimersByTimeAsync(4000);
      expect(checks[0]! - from).toBeLessThanOrEqual(250); // the marks came within the 50 ms before `from`
      expect(checks.slice(1, 4).map((t, i) => t - checks[i]!)).toEqual([500, 1000, 1000]);
      tamper = true;
      checks.length = 0;
      await vi.advanceTimersByTimeAsync(2000); // the next check finds the tampering…
      expect(checks.length).toBeGreaterThanOrEqual(2);
      expect(checks[1]! - checks[0]!).toBe(250); // …and the one after it comes 250 ms later
    } finally {
      vi.useRealTimers();
    }
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

  it('gives keyboard users a button per claim that opens its popover, in a shadow root the page cannot open', async () => {
    const attach = vi.spyOn(Element.prototype, 'attachShadow');
    const marker = start(`<p>${COFACTOR_TEXT}.</p><p>${TESTOSTERONE_TEXT}.</p>`);
    await marker.idle();
    const host = document.querySelector('evident-claims')!;
    expect(host.shadowRoot).toBeNull();
    attach.mockRestore();
    const shadow = uiRootOf(host)!;
    const buttons = [...shadow.querySelectorAll<HTMLButtonElement>('li button')];
    expect(buttons.map((b) => b.textContent)).toEqual([
      `Claim 1 of 2, Supported: ${COFACTOR_TEXT}`,
      `Claim 2 of 2, Unsupported: ${TESTOSTERONE_TEXT}`,
    ]);
    buttons[1]!.focus();
    buttons[1]!.click();
    await vi.waitFor(() => expect(popover()).not.toBeNull());
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(popover()).toBeNull();
    expect(shadow.activeElement).toBe(buttons[1]);
  });

  it('keeps the same mark, and its open popover, when a framework re-renders the block, without asking the matcher again', async () => {
    const marker = start(`<div id="app"><p id="p">${TESTOSTERONE_TEXT}.</p></div>`);
    await marker.idle();
    const [mark] = marker.marks();
    await marker.reveal(mark!.id);
    const opened = popover();
    expect(opened).not.toBeNull();
    const scanned = scans.length;
    for (let i = 0; i < 3; i++) {
      document.getElementById('p')!.innerHTML = `${TESTOSTERONE_TEXT}.`;
      await Promise.resolve(); // the mutation observer's turn
      expect(marker.marks().map((m) => m.id)).toEqual([mark!.id]);
      expect(popover()).toBe(opened);
    }
    document.getElementById('app')!.innerHTML = `<p>${TESTOSTERONE_TEXT}.</p>`;
    await Promise.resolve();
    expect(marker.marks().map((m) => [m.id, m.text])).toEqual([[mark!.id, TESTOSTERONE_TEXT]]);
    expect(marker.marks()[0]!.range.toString()).toBe(TESTOSTERONE_TEXT);
    expect(document.querySelectorAll('evident-mark').length).toBeGreaterThan(0);
    await marker.idle();
    expect(scans.length).toBe(scanned);
    expect(popover()).toBe(opened);
  });

  it('keeps a mark when a counter beside the claim ticks in the same block, and reads only that block again', async () => {
    const marker = start(`<p>Bread is nice.</p><p id="p">${TESTOSTERONE_TEXT}. <span>Views: 1</span></p>`);
    await marker.idle();
    const [mark] = marker.marks();
    await marker.reveal(mark!.id);
    const opened = popover();
    for (let n = 2; n < 5; n++) {
      // The framework writes the whole block again: new text nodes, one new number.
      document.getElementById('p')!.innerHTML = `${TESTOSTERONE_TEXT}. <span>Views: ${n}</span>`;
      await Promise.resolve();
      expect(marker.marks().map((m) => m.id)).toEqual([mark!.id]);
      await marker.idle();
      expect(marker.marks().map((m) => m.id)).toEqual([mark!.id]);
      expect(popover()).toBe(opened);
    }
    expect(scans.at(-1)).toBe(`${TESTOSTERONE_TEXT}. Views: 4`);
  });

  it('marks every claim of a list the page reorders, at once and as the same marks', async () => {
    const items = [COFACTOR_TEXT, 'Bread is nice', TESTOSTERONE_TEXT, 'Oysters are shellfish'];
    const marker = start(`<ul id="l">${items.map((t) => `<li>${t}.</li>`).join('')}</ul>`);
    await marker.idle();
    const ids = marker.marks().map((m) => m.id);
    expect(ids).toHaveLength(2);
    const list = document.getElementById('l')!;
    const scanned = scans.length;
    for (let round = 0; round < 5; round++) {
      const lis = [...list.children];
      lis.push(lis.shift()!);
      list.append(...lis); // moves every item: their text nodes leave the page and come back
      await Promise.resolve();
      expect(
        marker
          .marks()
          .map((m) => m.id)
          .sort(),
      ).toEqual([...ids].sort());
      expect(
        marker
          .marks()
          .map((m) => m.range.toString())
          .sort(),
      ).toEqual([COFACTOR_TEXT, TESTOSTERONE_TEXT].sort());
    }
    await marker.idle();
    expect(scans.length).toBe(scanned);
  });

  it('reads an open shadow root, and what a web component renders into it later, but not a closed one', async () => {
    document.body.innerHTML = '<p>Bread is nice.</p><div id="open"></div><div id="closed"></div>';
    const shadow = document.getElementById('open')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<p>${COFACTOR_TEXT}.</p>`;
    document.getElementById('closed')!.attachShadow({ mode: 'closed' }).innerHTML = `<p>${TESTOSTERONE_TEXT}.</p>`;
    const marker = startPageMarker(document.body, {
      scan: async (request) => answerScan(DOM_INDEX, request),
      signal: controller.signal,
      loadDetails: async (id) => DOM_RECORDS.get(id),
      settleMs: 0,
    });
    await marker.idle();
    expect(markedTexts(marker)).toEqual([COFACTOR_TEXT]);
    expect(marker.marks()[0]!.range.startContainer.getRootNode()).toBe(shadow);
    const p = document.createElement('p');
    p.textContent = `${TESTOSTERONE_TEXT}.`;
    shadow.append(p);
    await vi.waitFor(() => expect(markedTexts(marker).sort()).toEqual([COFACTOR_TEXT, TESTOSTERONE_TEXT].sort()));
  });

  it('drops the mark of a claim the page takes away, and closes its popover', async () => {
    const marker = start(`<p id="p">${TESTOSTERONE_TEXT}.</p><p>Bread is nice.</p>`);
    await marker.idle();
    await marker.reveal(marker.marks()[0]!.id);
    document.getElementById('p')!.remove();
    await Promise.resolve();
    expect(marker.marks()).toHaveLength(0);
    expect(popover()).toBeNull();
  });
});

describe('sameText', () => {
  it('takes a range over several list items as the text read with their breaks and bullets', () => {
    // The range holds the items' own text; the extracted text breaks them and opens each with "- ".
    expect(sameText('HeadacheDizzinessNausea', 'Headache\n- Dizziness\n- Nausea')).toBe(true);
    expect(sameText('Headache\n  Dizziness', 'Headache\n  - Dizziness')).toBe(true);
    // A hyphen inside a word is the page's own, and different words are different text.
    expect(sameText('BPC157 heals', 'BPC-157 heals')).toBe(false);
    expect(sameText('HeadacheDizziness', 'Headache\n- Nausea')).toBe(false);
  });
});
