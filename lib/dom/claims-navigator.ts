import { createElement } from './create-element';
import type { Mark } from './mark-painter';
import { attachUiRoot } from './ui-root';
import { VERDICT_LABELS, VERDICT_ORDER } from './verdict-labels';

/**
 * The keyboard and screen-reader path to the marks. Highlights cannot take focus, so an
 * Evident landmark placed just before the page's <body> (first in Tab order) stands in for
 * them: one "go to the claims" control, then one button per claim named by its verdict
 * and text. Inside the list, Tab and the arrow keys move from claim to claim (the page's
 * own Tab order is not lengthened by one stop per claim), Home and End go to the first and
 * the last; Tab past the last claim goes on into the page. Focusing a claim shows its mark;
 * Enter opens the popover. A polite live region says once per settled scan how many claims
 * were found.
 *
 * A page of thousands of claims (a 5 MB article has 12,000) is listed a window of them at a
 * time, around the current one: every claim is still in the list's reach, by the same keys,
 * but the page does not hold (and Chromium does not style and lay out) a button for each.
 */
export interface ClaimsNavigator {
  /**
   * Puts the (empty, hidden) landmark and its live region in the page ahead of the first
   * claims, while the page is being read: see `announce`. Taken out again when the scan settles
   * with no claim (a page without any is left as it was).
   */
  prepare(): void;
  update(marks: readonly Mark[]): void;
  /** Called whenever a scan step ends; speaks only when the scan has settled on a new count. */
  announce(marks: readonly Mark[], scanning: boolean): void;
}

const SNIPPET = 80; // characters of page text per button: enough to recognise the claim
/**
 * The most claims listed at once: every claim of a typical article (the seed pages have
 * 10–90); past this, a window around the current claim (12,000 buttons cost a 5 MB article
 * over a second of style and layout in one task, and building them a 90 ms task of script).
 */
export const LIST_WINDOW = 200;
/**
 * NVDA and VoiceOver miss changes to a live region added in the same task: its words go in only
 * once the region has been in the page for a rendered frame (or this long, where frames do not
 * come: a hidden tab). The region is put in the page while the page is read (`prepare`), so by
 * the time the claims come it is there, and the count is spoken in the same task as the marks are
 * painted: the same frame. (Said 250 ms later, the words cost a seed page a frame of their own,
 * 3–4 ms: once a page has highlights, Chromium repaints every highlighted text on any change to
 * the document, the live region's text included.)
 */
const SPEAK_AFTER_MS = 250;

export function createClaimsNavigator(
  doc: Document,
  options: {
    signal: AbortSignal;
    onFocus: (mark: Mark | null) => void;
    onOpen: (mark: Mark, button: HTMLElement) => void;
  },
): ClaimsNavigator {
  const el = createElement.bind(null, doc);
  const navHost = doc.createElement('evident-claims');
  navHost.setAttribute('data-evident-ui', '');
  // Closed: the buttons name each claim's verdict, which the page must not be able to read.
  const root = attachUiRoot(navHost);
  const skip = el('button', { type: 'button', class: 'skip' });
  const list = el('ul');
  const nav = el('nav', { 'aria-label': 'Evident: health claims on this page' }, skip, list);
  nav.hidden = true;
  const status = el('div', { role: 'status', 'aria-live': 'polite', class: 'status' });
  root.append(el('style', {}, NAVIGATOR_CSS), nav, status);
  /** One claim's list item, copied for each claim: `<li><button type="button" tabindex="-1"><span>`. */
  const itemTemplate = el('li', {}, el('button', { type: 'button', tabindex: '-1' }, el('span')));
  let byButton = new Map<Element, Mark>();
  let buttons: HTMLButtonElement[] = [];
  /** Every claim, in page order; `buttons` are those from `first` on. */
  let all: readonly Mark[] = [];
  let first = 0;
  let announced = 0;
  /** What the listed buttons say (each one's mark and verdict, and the count of all): `render` rebuilds only when it would differ. */
  let listed: { mark: Mark; kind: string }[] = [];
  let listedOf = 0;
  const kindOf = (m: Mark) => `${m.verdict}${m.unreviewed ? '?' : ''}`;

  /**
   * Lists the window of claims that starts at `start`. A page that changes (an ad, a
   * carousel, a counter) calls this on every mutation; when the window would list the same
   * claims with the same words, the buttons stay: rebuilding them restyles and repaints a page
   * whose highlights make every paint cost milliseconds.
   */
  const render = (start: number) => {
    const shown = all.slice(start, start + LIST_WINDOW);
    if (
      start === first &&
      buttons.length === shown.length &&
      listed.length === shown.length &&
      listedOf === all.length &&
      shown.every((m, k) => listed[k]!.mark === m && listed[k]!.kind === kindOf(m))
    )
      return;
    listed = shown.map((mark) => ({ mark, kind: kindOf(mark) }));
    listedOf = all.length;
    first = start;
    byButton = new Map();
    const windowed = all.length > LIST_WINDOW;
    const items: HTMLLIElement[] = [];
    buttons = shown.map((mark, k) => {
      const text = mark.text.length > SNIPPET ? `${mark.text.slice(0, SNIPPET - 1)}…` : mark.text;
      const label =
        `Claim ${start + k + 1} of ${all.length}, ${VERDICT_LABELS[mark.verdict]}` +
        `${mark.unreviewed ? ' (not reviewed individually)' : ''}: ${text}`;
      // Named by its label; its words are laid out only while it has focus (NAVIGATOR_CSS):
      // laying out a seed page's 60 unseen buttons' text cost the page's first painted frame
      // with marks 2-3 ms, and the label keeps every one a named button for a screen reader.
      // Each item is a copy of one made once (a seed page's 70 items built one element and one
      // attribute at a time cost the task that paints the first marks about a millisecond).
      const item = itemTemplate.cloneNode(true) as HTMLLIElement;
      const button = item.firstChild as HTMLButtonElement;
      button.setAttribute('data-evident-mark', String(mark.id));
      button.setAttribute('aria-label', label);
      button.firstChild!.textContent = label;
      // A window says where it sits in the whole list, as a list of every claim would.
      if (windowed) {
        item.setAttribute('aria-posinset', String(start + k + 1));
        item.setAttribute('aria-setsize', String(all.length));
      }
      items.push(item);
      byButton.set(button, mark);
      return button;
    });
    list.replaceChildren(...items);
  };
  /** The window that holds claim `index`, with it in the middle where the list allows. */
  const windowAround = (index: number) => Math.max(0, Math.min(index - LIST_WINDOW / 2, all.length - LIST_WINDOW));
  /** Focuses claim `index` of all of them, listing its window first if it is not listed. */
  const focusClaim = (index: number) => {
    if (index < first || index >= first + buttons.length) render(windowAround(index));
    buttons[index - first]?.focus();
  };
  const { signal } = options;

  root.addEventListener('focusin', (e) => options.onFocus(byButton.get(e.target as Element) ?? null), { signal });
  root.addEventListener(
    'focusout',
    () => {
      // Decided once focus has landed: focus going into the popover the claim opened (or
      // any Evident UI) keeps the claim shown as the current one.
      setTimeout(() => {
        const now = doc.activeElement;
        if (!(now instanceof Element && now.hasAttribute('data-evident-ui'))) options.onFocus(null);
      }, 0);
    },
    { signal },
  );
  skip.addEventListener('click', () => focusClaim(0), { signal });
  list.addEventListener(
    'click',
    (e) => {
      const button = (e.target as Element).closest('button');
      const mark = button && byButton.get(button);
      if (mark) options.onOpen(mark, button);
    },
    { signal },
  );
  list.addEventListener(
    'keydown',
    (e) => {
      const at = buttons.indexOf(e.target as HTMLButtonElement);
      if (at === -1) return;
      const next = nextClaim(e as KeyboardEvent, first + at, all.length);
      if (next === null) return; // not a key of the list's, or Tab on into the page
      e.preventDefault();
      if (next < 0) skip.focus();
      else focusClaim(next);
    },
    { signal },
  );
  // Just before <body>: first in Tab order, yet outside the content the page's scripts render.
  // Only once the page has a claim: a page without any is left exactly as it was.
  /** The live region has been in the page for a rendered frame: words put in it now are spoken. */
  let regionReady = false;
  /** What is to be said once the region is ready. */
  let unsaid: string | null = null;
  let speaking: ReturnType<typeof setTimeout> | undefined;
  let framed = 0;
  const win = doc.defaultView;
  const speak = () => {
    if (unsaid !== null) status.textContent = unsaid;
    unsaid = null;
  };
  /** Stops waiting for the region's first frame. */
  const stopWaiting = () => {
    clearTimeout(speaking);
    if (framed) win?.cancelAnimationFrame(framed);
    framed = 0;
  };
  const ready = () => {
    stopWaiting();
    if (!navHost.isConnected) return;
    regionReady = true;
    speak();
  };
  const connect = () => {
    if (navHost.isConnected || signal.aborted) return;
    const html = doc.documentElement;
    if (doc.body?.parentNode === html) html.insertBefore(navHost, doc.body);
    else html.appendChild(navHost);
    regionReady = false;
    // Ready in the task after the next frame's callbacks (the frame that renders the region),
    // or after SPEAK_AFTER_MS where no frame comes.
    stopWaiting();
    speaking = setTimeout(ready, SPEAK_AFTER_MS);
    if (win && typeof win.requestAnimationFrame === 'function')
      framed = win.requestAnimationFrame(() => {
        framed = 0;
        setTimeout(ready, 0);
      });
  };
  const disconnect = () => {
    stopWaiting();
    regionReady = false;
    unsaid = null;
    navHost.remove();
  };
  signal.addEventListener('abort', disconnect, { once: true });

  return {
    prepare: connect,
    update(marks) {
      const at = buttons.indexOf(focusedIn(root) as HTMLButtonElement);
      const focused = at === -1 ? -1 : first + at;
      all = marks;
      // The window stays where the reader left it, or moves to keep the focused claim listed.
      render(focused === -1 ? Math.max(0, Math.min(first, marks.length - LIST_WINDOW)) : windowAround(focused));
      const skipText = `Evident: ${countText(marks)} on this page. Go to the claims`;
      if (skip.textContent !== skipText) skip.textContent = skipText;
      if (nav.hidden !== (marks.length === 0)) nav.hidden = marks.length === 0;
      if (marks.length > 0) connect();
      // A claim removed under the keyboard (dismissed, rewritten) hands focus to its neighbour.
      if (focused !== -1 && !root.activeElement) {
        if (focused < marks.length) focusClaim(focused);
        else if (marks.length > 0) focusClaim(marks.length - 1);
        else skip.focus();
      }
    },
    announce(marks, scanning) {
      if (scanning || !navHost.isConnected) return;
      // Put in the page ahead of claims that did not come: taken out again.
      if (marks.length === 0 && announced === 0) return disconnect();
      if (marks.length === announced) return;
      announced = marks.length;
      unsaid =
        marks.length === 0
          ? 'Evident: no health claims marked on this page now.'
          : `Evident found ${countText(marks)} on this page: ${byVerdict(marks)}. ` +
            'The Evident claims list is first in the Tab order.';
      // A live region that has just been added is not yet watched by every screen reader:
      // the words go in once it has been in the page for a frame.
      if (regionReady) speak();
    },
  };
}

/**
 * The claim a key in the list goes to, as an index into all claims (-1: back to the skip
 * control), or null when the key is not the list's: Tab/Shift+Tab and the arrow keys step,
 * Home and End go to the ends; Tab past the last claim is left to the browser (on into the page).
 */
export function nextClaim(e: Pick<KeyboardEvent, 'key' | 'shiftKey'>, current: number, total: number): number | null {
  if (e.key === 'Home') return 0;
  if (e.key === 'End') return total - 1;
  const forward = (e.key === 'Tab' && !e.shiftKey) || e.key === 'ArrowDown';
  const back = (e.key === 'Tab' && e.shiftKey) || e.key === 'ArrowUp';
  if (!forward && !back) return null;
  const next = current + (forward ? 1 : -1);
  if (next < total) return next;
  return e.key === 'Tab' ? null : current; // ArrowDown on the last claim stays there
}

function countText(marks: readonly Mark[]): string {
  return `${marks.length} health ${marks.length === 1 ? 'claim' : 'claims'}`;
}

function byVerdict(marks: readonly Mark[]): string {
  return VERDICT_ORDER.map((v) => [v, marks.filter((m) => m.verdict === v).length] as const)
    .filter(([, n]) => n > 0)
    .map(([v, n]) => `${n} ${VERDICT_LABELS[v].toLowerCase()}`)
    .join(', ');
}

const NAVIGATOR_CSS = `
:host { all: initial !important; display: block !important; position: fixed !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important; overflow: visible !important; z-index: 2147483646 !important; }
.status { position: fixed; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
nav[hidden] { display: none; }
nav { position: fixed; left: 8px; top: 8px; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
nav:focus-within {
  width: auto;
  height: auto;
  clip-path: none;
  max-width: min(460px, calc(100vw - 16px));
  background: #ffffff;
  color: #1f2937;
  border: 2px solid #1d4ed8;
  border-radius: 8px;
  box-shadow: 0 6px 20px rgba(15, 23, 42, 0.25);
  font: 14px/1.4 system-ui, sans-serif;
}
ul { list-style: none; margin: 0; padding: 0 4px 4px; }
/* Only the focused control shows; the others stay reachable, clipped out of sight. (Each one
   clipped only while the list has focus: the rest of the time the whole list is, and 70 claims
   positioned and clipped one by one cost the frame that adds them ~0.5 ms of style, layout and
   pre-paint, for the same pixels and the same accessibility tree.) */
nav:focus-within li:not(:focus-within), nav:focus-within:not(:has(.skip:focus)) .skip { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
li:not(:focus-within) span { display: none; }
button { font: inherit; color: inherit; text-align: left; background: transparent; border: 0; padding: 6px 8px; cursor: pointer; }
button:focus-visible { outline: 2px solid #1d4ed8; border-radius: 4px; }
@media (forced-colors: active) {
  nav:focus-within { background: Canvas; color: CanvasText; border-color: Highlight; }
  button:focus-visible { outline-color: Highlight; }
}
`;

/**
 * The focused element inside `root`, or null. Reading `activeElement` of a shadow root whose
 * focused node the page has just removed throws in some DOM implementations (happy-dom);
 * a missing focus is the right answer there.
 */
function focusedIn(root: ShadowRoot): Element | null {
  try {
    return root.activeElement;
  } catch {
    return null;
  }
}
