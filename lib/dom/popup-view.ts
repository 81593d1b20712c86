import type { Verdict } from '../core/claim-types';
import { createElement } from './create-element';
import { VERDICT_COLORS, VERDICT_ICONS, VERDICT_LABELS, VERDICT_ORDER } from './verdict-labels';

export interface PopupState {
  /** The tab's site; "" when the page has none (browser pages, files). */
  host: string;
  /** False when the page cannot be read (no content script there). */
  reachable: boolean;
  siteOn: boolean;
  everywhereOn: boolean;
  /** The reader hid the marks on this page only. */
  hidden: boolean;
  scanning: boolean;
  claims: readonly { markId: number; verdict: Verdict; text: string }[];
  /** The keyboard shortcut that turns the site off and on, as the browser has it ("" if none). */
  shortcut: string;
}

export interface PopupActions {
  reveal(markId: number): void;
  setSite(on: boolean): void;
  setEverywhere(on: boolean): void;
  setHidden(hidden: boolean): void;
}

export interface PopupView {
  /** Brings the popup up to date in place; `said` is spoken once (the change just made), never the whole popup. */
  update(state: PopupState, said?: string): void;
}

/**
 * The toolbar popup: the page's claims by verdict, then the switches. Built once; every
 * update changes what changed in place, so a switch toggled from the keyboard keeps focus
 * and only a short status line (the live region) is spoken.
 */
export function createPopupView(root: HTMLElement, actions: PopupActions): PopupView {
  const doc = root.ownerDocument;
  const el = createElement.bind(null, doc);
  const page = el('section', { class: 'page', 'aria-label': 'This page' });
  const site = switchParts(doc, 'site', 'On for this site', false, false, (on) => actions.setSite(on));
  const everywhere = switchParts(doc, 'everywhere', 'On everywhere', false, false, (on) => actions.setEverywhere(on));
  const hide = el('button', { type: 'button', class: 'hide', 'aria-pressed': 'false' }, 'Hide marks on this page');
  hide.addEventListener('click', () => actions.setHidden(hide.getAttribute('aria-pressed') !== 'true'));
  const siteHint = el('p', { class: 'hint', id: 'evident-site-hint' });
  const shortcut = el('p', { class: 'hint shortcut' });
  const status = el('p', { class: 'status', role: 'status' });
  root.replaceChildren(
    el('h1', {}, 'Evident'),
    page,
    el('div', { class: 'switches' }, site.label, siteHint, everywhere.label, hide, shortcut),
    status,
  );
  site.input.setAttribute('aria-describedby', 'evident-site-hint');
  let drawn = '';

  return {
    update(state, said) {
      const effective = state.siteOn && state.everywhereOn;
      site.text.textContent = state.host ? `On for ${state.host}` : 'On for this site';
      site.input.checked = effective;
      site.input.disabled = !state.host;
      siteHint.textContent = !state.everywhereOn
        ? 'Evident is off everywhere: turning it on here turns it on everywhere else too, except sites you turned off.'
        : '';
      everywhere.input.checked = state.everywhereOn;
      hide.hidden = !state.reachable || !effective;
      hide.setAttribute('aria-pressed', String(state.hidden));
      hide.textContent = state.hidden ? 'Show marks on this page' : 'Hide marks on this page';
      shortcut.textContent = state.shortcut ? `${state.shortcut} turns Evident off or on for this site.` : '';
      // The page part is redrawn only when what it says changed, so focus on a claim stays put.
      const key = JSON.stringify([state.reachable, effective, state.hidden, state.scanning, state.claims, state.host]);
      if (key !== drawn) {
        drawn = key;
        page.replaceChildren(...pagePart(doc, state, effective, actions));
      }
      if (said !== undefined) status.textContent = said;
    },
  };
}

function pagePart(doc: Document, state: PopupState, effective: boolean, actions: PopupActions): HTMLElement[] {
  const el = createElement.bind(null, doc);
  if (!state.reachable) return [el('p', { class: 'note' }, 'Evident cannot read this page.')];
  if (!state.everywhereOn) return [el('p', { class: 'note' }, 'Evident is off everywhere.')];
  if (!effective) return [el('p', { class: 'note' }, `Evident is off for ${state.host || 'this site'}.`)];
  if (state.hidden)
    return [el('p', { class: 'note' }, 'Marks are hidden on this page until you reload it or leave it.')];
  if (state.claims.length === 0)
    return [el('p', { class: 'note' }, state.scanning ? 'Reading the page…' : 'No health claims found on this page.')];
  const counts = VERDICT_ORDER.map((v) => [v, state.claims.filter((c) => c.verdict === v).length] as const).filter(
    ([, n]) => n > 0,
  );
  const n = state.claims.length;
  const list = el('ol', { class: 'claims' });
  for (const verdict of VERDICT_ORDER) {
    for (const c of state.claims.filter((x) => x.verdict === verdict)) {
      const chip = el(
        'span',
        { class: `verdict verdict-${verdict}` },
        el('span', { 'aria-hidden': 'true' }, `${VERDICT_ICONS[verdict]} `),
        VERDICT_LABELS[verdict],
      );
      chip.style.backgroundColor = VERDICT_COLORS[verdict];
      const button = el(
        'button',
        { type: 'button', 'data-evident-mark': String(c.markId) },
        chip,
        el('span', { class: 'text' }, c.text),
      );
      button.addEventListener('click', () => actions.reveal(c.markId));
      list.append(el('li', {}, button));
    }
  }
  return [
    el('p', { class: 'total' }, `${n} ${n === 1 ? 'claim' : 'claims'} on this page`),
    el(
      'ul',
      { class: 'counts', 'aria-label': 'Claims by verdict' },
      ...counts.map(([v, count]) => chip(doc, v, `${count} ${VERDICT_LABELS[v].toLowerCase()}`)),
    ),
    list,
  ];
}

function chip(doc: Document, verdict: Verdict, text: string): HTMLElement {
  const li = createElement(doc, 'li', { class: `chip verdict-${verdict}` }, `${VERDICT_ICONS[verdict]} ${text}`);
  li.style.borderColor = VERDICT_COLORS[verdict];
  return li;
}

/** A labelled checkbox with switch semantics; `text` is the label's words, to change in place. */
function switchParts(
  doc: Document,
  name: string,
  label: string,
  checked: boolean,
  disabled: boolean,
  onChange: (on: boolean) => void,
): { label: HTMLElement; input: HTMLInputElement; text: HTMLElement } {
  const input = createElement(doc, 'input', { type: 'checkbox', role: 'switch', name, id: `evident-${name}` });
  input.checked = checked;
  input.disabled = disabled;
  input.addEventListener('change', () => onChange(input.checked));
  const text = createElement(doc, 'span', {}, label);
  return {
    label: createElement(doc, 'label', { class: 'switch', for: `evident-${name}` }, input, ' ', text),
    input,
    text,
  };
}

/** A labelled checkbox with switch semantics (the options page's). */
export const toggle = (...args: Parameters<typeof switchParts>): HTMLElement => switchParts(...args).label;
