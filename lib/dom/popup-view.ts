import type { Verdict } from '../core/claim-types';
import { createElement } from './create-element';
import { VERDICT_COLORS, VERDICT_LABELS, VERDICT_ORDER } from './verdict-labels';

export interface PopupState {
  /** The tab's site; "" when the page has none (browser pages, files). */
  host: string;
  /** False when the page cannot be read (no content script there). */
  reachable: boolean;
  siteOn: boolean;
  everywhereOn: boolean;
  scanning: boolean;
  claims: readonly { markId: number; verdict: Verdict; text: string }[];
}

export interface PopupActions {
  reveal(markId: number): void;
  setSite(on: boolean): void;
  setEverywhere(on: boolean): void;
}

/** Draws the toolbar popup: the page's claims by verdict, then the two switches. */
export function renderPopup(root: HTMLElement, state: PopupState, actions: PopupActions): void {
  const doc = root.ownerDocument;
  const el = createElement.bind(null, doc);
  const parts: HTMLElement[] = [el('h1', {}, 'Evident')];

  if (!state.reachable) {
    parts.push(el('p', { class: 'note' }, 'Evident cannot read this page.'));
  } else if (!state.siteOn || !state.everywhereOn) {
    parts.push(el('p', { class: 'note' }, 'Evident is off for this page.'));
  } else if (state.claims.length === 0) {
    parts.push(
      el('p', { class: 'note' }, state.scanning ? 'Reading the page…' : 'No health claims found on this page.'),
    );
  } else {
    const counts = VERDICT_ORDER.map((v) => [v, state.claims.filter((c) => c.verdict === v).length] as const).filter(
      ([, n]) => n > 0,
    );
    const n = state.claims.length;
    parts.push(
      el('p', { class: 'total' }, `${n} ${n === 1 ? 'claim' : 'claims'} on this page`),
      el(
        'ul',
        { class: 'counts', 'aria-label': 'Claims by verdict' },
        ...counts.map(([v, count]) => chip(doc, v, `${count} ${VERDICT_LABELS[v].toLowerCase()}`)),
      ),
    );
    const list = el('ol', { class: 'claims' });
    for (const verdict of VERDICT_ORDER) {
      for (const c of state.claims.filter((x) => x.verdict === verdict)) {
        const button = el(
          'button',
          { type: 'button', 'data-evident-mark': String(c.markId) },
          el('span', { class: `verdict verdict-${verdict}` }, VERDICT_LABELS[verdict]),
          el('span', { class: 'text' }, c.text),
        );
        button.querySelector<HTMLElement>('.verdict')!.style.backgroundColor = VERDICT_COLORS[verdict];
        button.addEventListener('click', () => actions.reveal(c.markId));
        list.append(el('li', {}, button));
      }
    }
    parts.push(list);
  }

  const siteLabel = state.host ? `On for ${state.host}` : 'On for this site';
  parts.push(
    el(
      'div',
      { class: 'switches' },
      toggle(doc, 'site', siteLabel, state.siteOn, !state.host, actions.setSite),
      toggle(doc, 'everywhere', 'On everywhere', state.everywhereOn, false, actions.setEverywhere),
    ),
  );
  root.replaceChildren(...parts);
}

function chip(doc: Document, verdict: Verdict, text: string): HTMLElement {
  const li = createElement(doc, 'li', { class: `chip verdict-${verdict}` }, text);
  li.style.borderColor = VERDICT_COLORS[verdict];
  return li;
}

/** A labelled checkbox with switch semantics. */
export function toggle(
  doc: Document,
  name: string,
  label: string,
  checked: boolean,
  disabled: boolean,
  onChange: (on: boolean) => void,
): HTMLElement {
  const input = createElement(doc, 'input', { type: 'checkbox', role: 'switch', name, id: `evident-${name}` });
  input.checked = checked;
  input.disabled = disabled;
  input.addEventListener('change', () => onChange(input.checked));
  return createElement(doc, 'label', { class: 'switch', for: `evident-${name}` }, input, ' ', label);
}
