import { createElement } from './create-element';
import type { Mark } from './mark-painter';
import { VERDICT_LABELS } from './verdict-labels';

/**
 * The keyboard path to the marks: highlights cannot take focus, so a list of buttons in
 * a shadow root (hidden until it holds focus) stands in for them. Tab reaches it after
 * the page's own content; focusing a button shows its mark, Enter opens the popover.
 */
export interface ClaimsNavigator {
  update(marks: readonly Mark[]): void;
}

const SNIPPET = 80; // characters of page text per button: enough to recognise the claim

export function createClaimsNavigator(
  doc: Document,
  options: {
    signal: AbortSignal;
    onFocus: (mark: Mark | null) => void;
    onOpen: (mark: Mark, button: HTMLElement) => void;
  },
): ClaimsNavigator {
  const el = (
    tag: 'nav' | 'ul' | 'li' | 'button' | 'p' | 'style',
    attrs: Record<string, string> = {},
    ...c: (string | Node)[]
  ) => createElement(doc, tag, attrs, ...c);
  const navHost = doc.createElement('evident-claims');
  navHost.setAttribute('data-evident-ui', '');
  // Closed: the buttons name each claim's verdict, which the page must not be able to read.
  const root = navHost.attachShadow({ mode: 'closed' });
  const list = el('ul');
  const nav = el('nav', { 'aria-label': 'Evident: health claims on this page' }, list);
  root.append(el('style', {}, NAVIGATOR_CSS), nav);
  let byButton = new Map<Element, Mark>();

  root.addEventListener('focusin', (e) => options.onFocus(byButton.get(e.target as Element) ?? null), {
    signal: options.signal,
  });
  root.addEventListener(
    'focusout',
    () => {
      if (!navHost.matches(':focus-within')) options.onFocus(null);
    },
    { signal: options.signal },
  );
  root.addEventListener(
    'click',
    (e) => {
      const button = e.target as HTMLElement;
      const mark = byButton.get(button);
      if (mark) options.onOpen(mark, button);
    },
    { signal: options.signal },
  );
  options.signal.addEventListener('abort', () => navHost.remove(), { once: true });

  return {
    update(marks) {
      byButton = new Map();
      const items = marks.map((mark, i) => {
        const text = mark.text.length > SNIPPET ? `${mark.text.slice(0, SNIPPET - 1)}…` : mark.text;
        const button = el(
          'button',
          { type: 'button', 'data-evident-mark': String(mark.id) },
          `Claim ${i + 1} of ${marks.length}, ${VERDICT_LABELS[mark.verdict]}: ${text}`,
        );
        byButton.set(button, mark);
        return el('li', {}, button);
      });
      list.replaceChildren(...items);
      if (marks.length === 0) navHost.remove();
      else if (!navHost.isConnected && !options.signal.aborted) doc.documentElement.appendChild(navHost);
    },
  };
}

const NAVIGATOR_CSS = `
:host { all: initial; }
nav {
  position: fixed;
  left: 8px;
  bottom: 8px;
  z-index: 2147483646;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip-path: inset(50%);
}
nav:focus-within {
  width: auto;
  height: auto;
  clip-path: none;
  max-width: min(420px, calc(100vw - 16px));
  background: #ffffff;
  color: #1f2937;
  border: 1px solid #94a3b8;
  border-radius: 8px;
  box-shadow: 0 6px 20px rgba(15, 23, 42, 0.25);
  font: 14px/1.4 system-ui, sans-serif;
}
ul { list-style: none; margin: 0; padding: 4px; }
/* Only the focused claim shows; the others stay in the Tab order, clipped out of sight. */
li:not(:focus-within) { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
button {
  font: inherit;
  color: inherit;
  text-align: left;
  background: transparent;
  border: 0;
  padding: 6px 8px;
  cursor: pointer;
}
button:focus-visible { outline: 2px solid #1d4ed8; border-radius: 4px; }
`;
