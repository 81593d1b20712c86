import type { ClaimRecord, Source, Verdict } from '../core/claim-types';
import { createElement } from './create-element';
import { POPOVER_CSS } from './popover-style';
import { renderNumberCheck, type NumberCheckContent } from './popover-numbers';
import { pageIsDark } from './page-theme';
import { isUnreviewed, unreviewedNote } from '../core/unreviewed-id';
import { textFragmentUrl } from '../core/text-fragment';
import { CERTAINTY_LABELS, EVIDENCE_LABELS, VERDICT_COLORS, VERDICT_LABELS, VERDICT_MEANINGS } from './verdict-labels';

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
}

export interface Popover {
  readonly host: HTMLElement;
  readonly dialog: HTMLElement;
  /** Moves the popover to a new range for the same claim (the page re-rendered the mark's text). */
  reanchor(anchor: Range): void;
  close(): void;
}

const GAP = 8; // px between the mark and the popover

/**
 * Opens the claim popover next to `anchor`, in a shadow root so page styles cannot reach
 * it. Every piece of page or database text goes in as text, never as HTML. Focus moves
 * into the dialog; Esc, the close button, a click elsewhere or `signal` close it, and
 * focus goes back to `returnFocus`.
 */
export function openPopover(
  doc: Document,
  content: PopoverContent,
  anchor: Range,
  options: { signal: AbortSignal; returnFocus?: HTMLElement | null; onClose?: () => void },
): Popover {
  const host = doc.createElement('evident-popover');
  host.setAttribute('data-evident-ui', '');
  host.setAttribute('data-evident-theme', pageIsDark(anchor) ? 'dark' : 'light');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = POPOVER_CSS;
  const dialog = renderDialog(doc, content);
  root.append(style, dialog);
  doc.documentElement.appendChild(host);
  place(dialog, anchor);

  const teardown = new AbortController();
  const signal = AbortSignal.any([teardown.signal, options.signal]);
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    const hadFocus = host.matches(':focus-within') || doc.activeElement === host || doc.activeElement === doc.body;
    teardown.abort();
    host.remove();
    if (hadFocus && options.returnFocus?.isConnected) options.returnFocus.focus({ preventScroll: true });
    options.onClose?.();
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
  // A click outside closes; the click that opened us has finished dispatching by now.
  doc.addEventListener(
    'pointerdown',
    (e) => {
      if (!e.composedPath().includes(host)) close();
    },
    { signal, capture: true },
  );
  dialog.querySelector('.close')!.addEventListener('click', close, { signal });
  const copy = dialog.querySelector<HTMLButtonElement>('.copy-link')!;
  copy.addEventListener(
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
  return { host, dialog, close, reanchor: (range) => place(dialog, range) };
}

function renderDialog(doc: Document, content: PopoverContent): HTMLElement {
  const el = createElement.bind(null, doc);
  const { record, verdict } = content;
  const label = VERDICT_LABELS[verdict];
  const dialog = el('div', { class: 'card', role: 'dialog', 'aria-label': `Evident: ${label} claim`, tabindex: '-1' });
  const chip = el('span', { class: 'verdict' }, label);
  chip.style.backgroundColor = VERDICT_COLORS[verdict];
  const close = el('button', { class: 'close', type: 'button', 'aria-label': 'Close' }, '×');
  dialog.append(el('div', { class: 'head' }, chip, el('span', { class: 'brand' }, 'Evident'), close));
  dialog.append(el('p', { class: 'meaning' }, VERDICT_MEANINGS[verdict]));
  if (record && isUnreviewed(record.id)) dialog.append(el('p', { class: 'unreviewed' }, unreviewedNote(record.id)));
  if (content.flags?.includes('vague-citation')) {
    dialog.append(
      el(
        'p',
        { class: 'flag' },
        'The page names no source a reader can check here. A checkable citation gives the study ' +
          '(authors, journal, year) and a PMID, DOI or link.',
      ),
    );
  }
  dialog.append(...renderNumberCheck(doc, content.numberCheck));
  if (record) {
    dialog.append(
      el(
        'dl',
        { class: 'facts' },
        el('dt', {}, 'Certainty'),
        el('dd', {}, CERTAINTY_LABELS[record.certainty]),
        el('dt', {}, 'Evidence'),
        el('dd', {}, EVIDENCE_LABELS[record.evidence]),
      ),
      el('p', { class: 'claim' }, el('span', { class: 'label' }, 'The claim: '), record.claim),
      el('p', { class: 'summary' }, record.summary),
    );
    if (record.sources.length > 0) {
      dialog.append(
        el('h3', {}, 'Sources'),
        el('ol', { class: 'sources' }, ...record.sources.map((s) => renderSource(doc, s))),
      );
    }
  } else {
    dialog.append(el('p', { class: 'summary' }, 'The details of this claim could not be loaded.'));
  }
  if (content.pageSources?.length) {
    dialog.append(
      el('h3', {}, 'Sources this page gives'),
      el(
        'ul',
        { class: 'sources' },
        ...content.pageSources.map((s) =>
          el(
            'li',
            {},
            s.startsWith('PMID ')
              ? link(doc, `https://pubmed.ncbi.nlm.nih.gov/${encodeURIComponent(s.slice(5))}/`, s)
              : s.startsWith('DOI ')
                ? link(doc, `https://doi.org/${s.slice(4)}`, s)
                : link(doc, s, s),
          ),
        ),
      ),
    );
  }
  dialog.append(
    el(
      'p',
      { class: 'actions' },
      el('button', { class: 'copy-link', type: 'button' }, 'Copy link to this claim'),
      el('span', { class: 'copy-status', role: 'status' }),
    ),
  );
  dialog.append(
    el(
      'details',
      { class: 'why' },
      el('summary', {}, 'Why this matched'),
      el('p', {}, el('span', { class: 'label' }, 'On this page: '), `“${content.pageText}”`),
      el('ul', {}, ...content.reasons.map((r) => el('li', {}, r))),
    ),
  );
  return dialog;
}

function renderSource(doc: Document, source: Source): HTMLElement {
  const el = createElement.bind(null, doc);
  const ids: (string | HTMLElement)[] = [String(source.year)];
  if (source.pmid)
    ids.push(
      ' · ',
      link(doc, `https://pubmed.ncbi.nlm.nih.gov/${encodeURIComponent(source.pmid)}/`, `PMID ${source.pmid}`),
    );
  if (source.doi) ids.push(' · ', link(doc, `https://doi.org/${source.doi}`, `DOI ${source.doi}`));
  return el('li', {}, link(doc, source.url, source.title), ' ', el('span', { class: 'ids' }, ...ids));
}

/** A link that opens in a new tab; a URL that is not http(s) is shown as plain text. */
function link(doc: Document, url: string, text: string): HTMLElement {
  if (!/^https?:\/\//i.test(url)) return createElement(doc, 'span', {}, text);
  return createElement(doc, 'a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, text);
}

/**
 * Below the mark's last line if it fits, else above its first, on whichever side has
 * more room; never over the mark itself (a card taller than the room scrolls inside).
 */
function place(dialog: HTMLElement, anchor: Range): void {
  const win = dialog.ownerDocument.defaultView!;
  const rects = Array.from(anchor.getClientRects());
  const first = rects[0] ?? anchor.getBoundingClientRect();
  const last = rects[rects.length - 1] ?? first;
  const width = dialog.offsetWidth;
  const height = dialog.offsetHeight;
  const roomBelow = win.innerHeight - last.bottom - 2 * GAP;
  const roomAbove = first.top - 2 * GAP;
  const below = roomBelow >= height || roomBelow >= roomAbove;
  const room = below ? roomBelow : roomAbove;
  const MIN_ROOM = 160; // px: less than this and the card is unusable; it may then overlap the page edge
  if (height > room) dialog.style.maxHeight = `${Math.max(MIN_ROOM, room)}px`;
  const shown = Math.min(height, Math.max(MIN_ROOM, room));
  const top = below ? last.bottom + GAP : first.top - GAP - shown;
  const left = Math.min(Math.max(GAP, first.left), Math.max(GAP, win.innerWidth - width - GAP));
  dialog.style.top = `${Math.round(top + win.scrollY)}px`;
  dialog.style.left = `${Math.round(left + win.scrollX)}px`;
}
