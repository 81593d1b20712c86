import { createElement } from './create-element';
import type { Mark, MarkPainter } from './mark-painter';
import { attachUiRoot } from './ui-root';
import { VERDICT_ICONS, VERDICT_LABELS } from './verdict-labels';

/** The attribute on <html> that marks.css turns into a pointer cursor while the mouse is over a mark. */
export const OVER_MARK_ATTR = 'data-evident-over-mark';
const SHOW_AFTER_MS = 350; // a pointer passing over a mark while reading should not flash a hint
const HIDE_AFTER_MS = 400; // time to move from the mark onto the hint

/**
 * Shows that marks are clickable: highlights have no element to carry a cursor, so the
 * mark under the mouse is found by hit-testing and the cursor set through an attribute.
 * A mouse that rests on a mark gets a small hint above it ("✕ False · details"), which is
 * also a button: the way to open a claim that sits inside a link, where a click follows
 * the link. Mouse only; keyboard users have the claims list.
 */
export function watchMarkHover(
  doc: Document,
  options: {
    signal: AbortSignal;
    /** The painter now in use (a page that tampers with highlights gets a wrapping one). */
    painter: () => MarkPainter;
    marks: () => readonly Mark[];
    onOpen: (mark: Mark) => void;
  },
): void {
  const { signal } = options;
  const html = doc.documentElement;
  let current: Mark | null = null;
  let hint: { host: HTMLElement; button: HTMLButtonElement; mark: Mark } | null = null;
  let frame = 0;
  let last: PointerEvent | null = null;
  let showTimer: ReturnType<typeof setTimeout> | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;

  const removeHint = () => {
    hint?.host.remove();
    hint = null;
  };
  const showHint = (mark: Mark, x: number, y: number) => {
    removeHint();
    const host = doc.createElement('evident-hint');
    host.setAttribute('data-evident-ui', '');
    host.setAttribute('popover', 'manual');
    const root = attachUiRoot(host);
    const button = createElement(
      doc,
      'button',
      { type: 'button', tabindex: '-1' },
      createElement(doc, 'span', { 'aria-hidden': 'true' }, VERDICT_ICONS[mark.verdict]),
      ` ${VERDICT_LABELS[mark.verdict]} · details`,
    );
    root.append(createElement(doc, 'style', {}, HINT_CSS), button);
    button.addEventListener('click', () => {
      removeHint();
      options.onOpen(mark);
    });
    button.addEventListener('pointerenter', () => clearTimeout(hideTimer));
    button.addEventListener('pointerleave', () => scheduleHide());
    html.appendChild(host);
    if (typeof host.showPopover === 'function') host.showPopover();
    // Above the line under the pointer, so it covers neither the words read nor the mark.
    const line = Array.from(mark.range.getClientRects()).find((r) => y >= r.top - 2 && y <= r.bottom + 2);
    const top = (line?.top ?? y) - button.offsetHeight - 4;
    const win = doc.defaultView!;
    button.style.top = `${Math.round(top < 0 ? (line?.bottom ?? y) + 4 : top)}px`;
    button.style.left = `${Math.round(Math.min(Math.max(4, x - 20), win.innerWidth - button.offsetWidth - 4))}px`;
    hint = { host, button, mark };
  };
  const scheduleHide = () => {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(() => {
      if (!current || current !== hint?.mark) removeHint();
    }, HIDE_AFTER_MS);
  };

  const check = () => {
    frame = 0;
    const e = last;
    if (!e) return;
    const marks = options.marks();
    const mark = marks.length > 0 ? options.painter().markAt(e, marks) : null;
    if (mark === current) return;
    current = mark;
    html.toggleAttribute(OVER_MARK_ATTR, mark !== null);
    clearTimeout(showTimer);
    if (mark) {
      const { clientX, clientY } = e;
      showTimer = setTimeout(() => {
        if (current === mark && hint?.mark !== mark && !doc.querySelector('evident-popover'))
          showHint(mark, clientX, clientY);
      }, SHOW_AFTER_MS);
    } else scheduleHide();
  };

  doc.addEventListener(
    'pointermove',
    (e) => {
      if (e.pointerType !== 'mouse') return;
      if (e.composedPath().some((t) => t instanceof Element && t.localName === 'evident-hint')) return;
      if (current === null && options.marks().length === 0) return; // nothing to find: no work per move
      last = e;
      const win = doc.defaultView;
      if (!frame) frame = win ? win.requestAnimationFrame(check) : (setTimeout(check, 16) as unknown as number);
    },
    { signal, passive: true },
  );
  // Scrolling moves the text under a resting pointer; the hint would point at the wrong words.
  doc.addEventListener('scroll', () => removeHint(), { signal, capture: true, passive: true });
  doc.addEventListener(
    'pointerdown',
    (e) => {
      if (hint && !e.composedPath().includes(hint.host)) removeHint();
    },
    { signal, capture: true },
  );
  signal.addEventListener(
    'abort',
    () => {
      clearTimeout(showTimer);
      clearTimeout(hideTimer);
      removeHint();
      html.removeAttribute(OVER_MARK_ATTR);
    },
    { once: true },
  );
}

const HINT_CSS = `
:host { all: initial !important; display: block !important; position: fixed !important; inset: 0 !important; width: 100% !important; height: 100% !important; margin: 0 !important; padding: 0 !important; border: 0 !important; background: transparent !important; pointer-events: none !important; overflow: visible !important; z-index: 2147483647 !important; }
button {
  position: absolute;
  pointer-events: auto;
  font: 600 12px/1.2 system-ui, sans-serif;
  color: #ffffff;
  background: #1f2937;
  border: 1px solid #ffffff;
  border-radius: 6px;
  padding: 3px 8px;
  cursor: pointer;
  box-shadow: 0 2px 8px rgba(15, 23, 42, 0.3);
  white-space: nowrap;
}
@media (forced-colors: active) { button { color: ButtonText; background: ButtonFace; border-color: ButtonText; } }
`;
