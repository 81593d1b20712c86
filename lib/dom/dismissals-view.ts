import { createElement } from './create-element';
import { VERDICT_LABELS } from './verdict-labels';
import type { Verdict } from '../core/claim-types';

/** One dismissal as the options page lists it. */
export interface DismissalRow {
  key: string;
  claimId: string;
  verdict: Verdict;
  exact: string;
  dismissedAt: string;
}

export interface DismissalActions {
  forget(key: string): void;
  forgetAll(): void;
  /** The JSON file's text, for the reader to save and send by hand if they choose. */
  exportJson(): string;
}

/**
 * The options page's "Marks you dismissed" section: each wrong match the reader dismissed
 * ("Not this claim"), a way to show it again, and an export as a JSON file. Nothing here
 * is sent anywhere; the export is a download the reader makes.
 */
export function renderDismissals(section: HTMLElement, rows: readonly DismissalRow[], actions: DismissalActions): void {
  const doc = section.ownerDocument;
  const el = createElement.bind(null, doc);
  const parts: (HTMLElement | string)[] = [
    el('h2', { id: 'evident-dismissals-title' }, 'Marks you dismissed'),
    el(
      'p',
      { class: 'note' },
      'Claims you marked “Not this claim”. They stay on this device: Evident sends nothing. ' +
        'Export them to report wrong matches by hand; the file holds the marked text and the claim, and no page address.',
    ),
  ];
  if (rows.length === 0) {
    parts.push(el('p', { class: 'note' }, 'None.'));
  } else {
    const list = el('ul', { class: 'sites dismissals' });
    for (const row of rows) {
      const forget = el('button', { type: 'button', 'aria-label': `Show again: ${row.exact}` }, 'Show again');
      forget.addEventListener('click', () => actions.forget(row.key));
      list.append(
        el(
          'li',
          {},
          el('span', { class: 'quote' }, `“${row.exact}”`),
          ' ',
          el(
            'span',
            { class: 'note' },
            `${VERDICT_LABELS[row.verdict]} · ${row.claimId} · ${row.dismissedAt.slice(0, 10)}`,
          ),
          ' ',
          forget,
        ),
      );
    }
    const exportButton = el('button', { type: 'button', class: 'export-dismissals' }, 'Export as JSON');
    exportButton.addEventListener('click', () => download(doc, actions.exportJson()));
    const clear = el('button', { type: 'button', class: 'clear-dismissals' }, 'Clear all');
    clear.addEventListener('click', () => actions.forgetAll());
    parts.push(list, el('p', { class: 'actions' }, exportButton, ' ', clear));
  }
  section.replaceChildren(...parts);
}

function download(doc: Document, json: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const a = createElement(doc, 'a', { href: url, download: 'evident-wrong-matches.json' });
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
