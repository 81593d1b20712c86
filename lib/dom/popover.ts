import type { ClaimRecord, Verdict } from '../core/claim-types';
import { textFragmentUrl } from '../core/text-fragment';
import { createElement } from './create-element';
import { trapFocus } from './focus-trap';
import { pageIsDark } from './page-theme';
import { FIRST_VIEW, MORE_VIEW, verdictChip } from './popover-sections';
import type { NumberCheckContent } from './popover-numbers';
import { placeCard } from './popover-position';
import { POPOVER_CSS } from './popover-style';
import { attachUiRoot } from './ui-root';
import { VERDICT_LABELS } from './verdict-labels';

/** What the popover shows: the claim's record (when known) and how the page said it. */
export interface PopoverContent extends NumberCheckContent {
  verdict: Verdict;
  record?: ClaimRecord;
  pageText: string;
  reasons: readonly string[];
  /** `vague-citation`: the page leans on an authority it does not name. */
  flags?: readonly string[];
  /** PMIDs, DOIs and links the page gives beside the claim. */
  pageSources?: readonly string[];
  /** Why the verdict shown is not the reviewed claim's own: how the page states it. */
  asStated?: string;
}

export interface PopoverOptions {
  signal: AbortSignal;
  /** Where focus goes when the popover closes (the claim's button when opened from the keyboard). */
  returnFocus?: HTMLElement | null;
  onClose?: () => void;
  /** "Not this claim": the reader says the mark is a wrong match; the popover then closes. */
  onDismiss?: () => void;
}

export interface Popover {
  readonly host: HTMLElement;
  readonly dialog: HTMLElement;
  close(): void;
  /** Moves the card beside `range`: the page re-rendered the claim's text, the popover stays open. */
  reanchor(range: Range): void;
}

/**
 * Opens the claim popover next to `anchor`. The host sits in the top layer (Popover API,
 * `popover="manual"`), so no page overlay or z-index can cover it, and its shadow root is
 * closed and reset (`all: initial !important`), so page CSS cannot restyle it and page
 * scripts cannot read the verdict. Focus moves into the card and stays there (Tab cycles);
 * Esc, the close button, a click elsewhere or `signal` close it, and focus goes back to
 * `returnFocus`.
 */
export function openPopover(doc: Document, content: PopoverContent, anchor: Range, options: PopoverOptions): Popover {
  const host = doc.createElement('evident-popover');
  host.setAttribute('data-evident-ui', '');
  host.setAttribute('popover', 'manual');
  host.setAttribute('data-evident-theme', pageIsDark(anchor) ? 'dark' : 'light');
  const root = attachUiRoot(host);
  const style = doc.createElement('style');
  style.textContent = POPOVER_CSS;
  const dialog = renderCard(doc, content, Boolean(options.onDismiss));
  root.append(style, dialog);
  doc.documentElement.appendChild(host);
  if (typeof host.showPopover === 'function') host.showPopover();
  let current = anchor;
  const place = () => placeCard(dialog, current);
  place();

  const teardown = new AbortController();
  const signal = AbortSignal.any([teardown.signal, options.signal]);
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    const active = doc.activeElement;
    const hadFocus = active === host || active === doc.body || active === null;
    teardown.abort();
    host.remove();
    // The caller un-highlights first; giving focus back to the claim's button then shows
    // that claim as the current one again.
    options.onClose?.();
    if (hadFocus && options.returnFocus?.isConnected) options.returnFocus.focus({ preventScroll: true });
  };
  signal.addEventListener('abort', close, { once: true });
  doc.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        close();
      }
    },
    { signal, capture: true },
  );
  root.addEventListener(
    'keydown',
    (e) => {
      if ((e as KeyboardEvent).key === 'Escape') close();
    },
    { signal },
  );
  trapFocus(root, dialog, signal);
  // A click outside closes; the click that opened us has finished dispatching by now.
  doc.addEventListener(
    'pointerdown',
    (e) => {
      if (!e.composedPath().includes(host)) close();
    },
    { signal, capture: true },
  );
  // The card follows its mark as the page scrolls (any scroller) or the window resizes.
  let frame = 0;
  const follow = () => {
    if (frame) return;
    const win = doc.defaultView;
    const run = () => {
      frame = 0;
      if (!closed) place();
    };
    frame = win ? win.requestAnimationFrame(run) : (setTimeout(run, 16) as unknown as number);
  };
  doc.addEventListener('scroll', follow, { signal, capture: true, passive: true });
  doc.defaultView?.addEventListener('resize', follow, { signal, passive: true });

  dialog.querySelector('.close')!.addEventListener('click', close, { signal });
  const more = dialog.querySelector<HTMLButtonElement>('.more')!;
  const moreBody = dialog.querySelector<HTMLElement>('.more-body')!;
  more.addEventListener(
    'click',
    () => {
      const open = moreBody.hidden;
      moreBody.hidden = !open;
      more.setAttribute('aria-expanded', String(open));
      more.textContent = open ? 'Less' : 'More';
      place();
    },
    { signal },
  );
  dialog.querySelector('.dismiss')?.addEventListener(
    'click',
    () => {
      options.onDismiss?.();
      close();
    },
    { signal },
  );
  dialog.querySelector('.copy-link')?.addEventListener(
    'click',
    () => {
      const url = textFragmentUrl(doc.defaultView?.location.href ?? '', content.pageText);
      const status = dialog.querySelector('.copy-status')!;
      const said = (text: string) => (status.textContent = text);
      void (doc.defaultView?.navigator.clipboard?.writeText(url) ?? Promise.reject(new Error('no clipboard'))).then(
        () => said(`Link copied (it opens this page at the claim): ${url}`),
        () => said(`Copy this link: ${url}`),
      );
    },
    { signal },
  );
  dialog.focus({ preventScroll: true });
  const reanchor = (range: Range) => {
    current = range;
    if (!closed) place();
  };
  return { host, dialog, close, reanchor };
}

/** The card: a compact first view (verdict, one plain line, the top source), the rest behind "More". */
function renderCard(doc: Document, content: PopoverContent, dismissable: boolean): HTMLElement {
  const el = createElement.bind(null, doc);
  const label = VERDICT_LABELS[content.verdict];
  const card = el('div', {
    class: 'card',
    role: 'dialog',
    'aria-label': `Evident: ${label} claim`,
    'aria-describedby': 'evident-first-view',
    tabindex: '-1',
  });
  card.append(
    el(
      'div',
      { class: 'head' },
      verdictChip(doc, content)!,
      el('span', { class: 'brand' }, 'Evident'),
      el('button', { class: 'close', type: 'button', 'aria-label': 'Close' }, '×'),
    ),
  );
  const first = el('div', { id: 'evident-first-view' });
  for (const section of FIRST_VIEW) {
    const part = section(doc, content);
    if (part) first.append(part);
  }
  const actions = el(
    'p',
    { class: 'actions' },
    el('button', { class: 'more', type: 'button', 'aria-expanded': 'false', 'aria-controls': 'evident-more' }, 'More'),
  );
  if (dismissable) actions.append(el('button', { class: 'dismiss', type: 'button' }, 'Not this claim'));
  const moreBody = el('div', { class: 'more-body', id: 'evident-more' });
  moreBody.hidden = true;
  for (const section of MORE_VIEW) {
    const part = section(doc, content);
    if (part) moreBody.append(part);
  }
  card.append(first, actions, moreBody);
  return card;
}
