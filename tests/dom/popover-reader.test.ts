// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClaimRecord } from '../../lib/core/claim-types';
import { openPopover, type Popover, type PopoverContent, type PopoverOptions } from '../../lib/dom/popover';
import { uiRootOf } from '../../lib/dom/ui-root';
import { DOM_RECORDS } from './sample-index';

let controller: AbortController;

beforeEach(() => {
  document.body.innerHTML =
    '<p>Before <button id="trigger">a button</button> zinc daily.</p><a id="after" href="#x">after</a>';
  controller = new AbortController();
});
afterEach(() => controller.abort());

const zinc = (changes: Partial<ClaimRecord> = {}): ClaimRecord => ({
  ...DOM_RECORDS.get('zinc-boosts-testosterone-without-deficiency')!,
  ...changes,
});

function open(
  record: ClaimRecord,
  options: Partial<PopoverOptions> = {},
  content: Partial<PopoverContent> = {},
): Popover {
  const range = document.createRange();
  range.selectNodeContents(document.querySelector('p')!);
  return openPopover(
    document,
    { verdict: record.verdict, record, pageText: 'zinc daily', reasons: ['the page says “zinc”'], ...content },
    range,
    { signal: controller.signal, ...options },
  );
}

const tab = (p: Popover, shiftKey = false) =>
  uiRootOf(p.host)!.activeElement!.dispatchEvent(
    new KeyboardEvent('keydown', { key: 'Tab', shiftKey, bubbles: true, composed: true, cancelable: true }),
  );
const focusedText = (p: Popover) => uiRootOf(p.host)!.activeElement?.textContent;

describe('the popover’s first view', () => {
  it('shows the verdict with its icon, one plain line and the top source, and keeps the rest behind More', () => {
    const p = open(zinc());
    const first = p.dialog.querySelector('#evident-first-view')!;
    expect(p.dialog.querySelector('.verdict')!.textContent).toBe('? Unsupported');
    expect(p.dialog.querySelector('.icon')!.getAttribute('aria-hidden')).toBe('true');
    expect(first.querySelector('.line')!.textContent).toBe(
      'In men with enough zinc, zinc did not change testosterone.',
    );
    expect(first.querySelector('.top-source')!.textContent).toBe('Source: A trial (Trial, 2009 · PMID 18985059)');
    const more = p.dialog.querySelector<HTMLButtonElement>('.more')!;
    const body = p.dialog.querySelector<HTMLElement>('.more-body')!;
    expect(body.hidden).toBe(true);
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(body.textContent).toContain('Research on it');
    expect(body.textContent).toContain('Why this matched');
    expect(body.textContent).toContain('Copy link to this claim');
    expect(body.querySelector('time')!.getAttribute('datetime')).toBe('2026-11-21');
    more.click();
    expect(body.hidden).toBe(false);
    expect(more.getAttribute('aria-expanded')).toBe('true');
  });

  it('says at once why the verdict shown is not the reviewed claim’s own, and says nothing when it is', () => {
    const why = 'the page states this as a possibility, which animal or cell studies make plausible';
    const p = open(zinc(), {}, { verdict: 'weak', asStated: why });
    const first = p.dialog.querySelector('#evident-first-view')!;
    expect(p.dialog.querySelector('.verdict')!.textContent).toBe('~ Weak evidence');
    expect(first.querySelector('.as-stated')!.textContent).toBe(`Judged as stated: ${why}.`);
    p.close();
    expect(open(zinc()).dialog.querySelector('.as-stated')).toBeNull();
  });

  it('does not repeat under More the summary sentence the first view already gives', () => {
    const p = open(
      zinc({ summary: 'In men with enough zinc, zinc did not change testosterone. Deficient men differ.' }),
    );
    expect(p.dialog.querySelector('.line')!.textContent).toBe(
      'In men with enough zinc, zinc did not change testosterone.',
    );
    expect(p.dialog.querySelector('.more-body .summary')!.textContent).toBe('Deficient men differ.');
  });

  it('sits in the top layer as a manual popover, in a closed shadow root', () => {
    const p = open(zinc());
    expect(p.host.getAttribute('popover')).toBe('manual');
    expect(p.host.shadowRoot).toBeNull();
    expect(uiRootOf(p.host)!.querySelector('style')!.textContent).toContain('all: initial !important');
  });

  it('offers “Not this claim” only when the caller can dismiss, and closes after it', () => {
    expect(open(zinc()).dialog.querySelector('.dismiss')).toBeNull();
    controller.abort();
    controller = new AbortController();
    const onDismiss = vi.fn();
    const p = open(zinc(), { onDismiss });
    p.dialog.querySelector<HTMLButtonElement>('.dismiss')!.click();
    expect(onDismiss).toHaveBeenCalledOnce();
    expect(p.host.isConnected).toBe(false);
  });
});

describe('focus in the open popover', () => {
  it('cycles with Tab from the last control back to the first, and Shift+Tab the other way', () => {
    const p = open(zinc());
    tab(p);
    expect(focusedText(p)).toBe('×');
    const seen: (string | null | undefined)[] = [];
    for (let i = 0; i < 6; i++) {
      tab(p);
      seen.push(focusedText(p));
    }
    // Close, the source link, its PMID, More: the hidden "More" part is skipped, then round again.
    expect(seen).toEqual(['A trial', 'PMID 18985059', 'More', '×', 'A trial', 'PMID 18985059']);
    tab(p, true);
    tab(p, true);
    expect(focusedText(p)).toBe('×');
    tab(p, true);
    expect(focusedText(p)).toBe('More');
    expect(document.activeElement).toBe(p.host);
  });

  it('reaches the controls under More once it is open', () => {
    const p = open(zinc());
    p.dialog.querySelector<HTMLButtonElement>('.more')!.click();
    const order: (string | null | undefined)[] = [];
    for (let i = 0; i < 12; i++) {
      tab(p);
      order.push(focusedText(p));
    }
    expect(order).toContain('Why this matched');
    expect(order).toContain('Copy link to this claim');
  });

  it('returns focus to the claim’s control on Escape', () => {
    const trigger = document.getElementById('trigger')!;
    trigger.focus();
    const onClose = vi.fn();
    const p = open(zinc(), { returnFocus: trigger, onClose });
    tab(p);
    uiRootOf(p.host)!.activeElement!.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
    );
    expect(p.host.isConnected).toBe(false);
    expect(document.activeElement).toBe(trigger);
    expect(onClose).toHaveBeenCalledOnce();
  });
});
