import { createElement } from './create-element';

/** The file name of an export: the date, so two exports do not overwrite each other in Downloads. */
export const exportFileName = (now: Date) => `evident-claims-${now.toISOString().slice(0, 10)}.jsonld`;

/**
 * The options page's "Export as ClaimReview" section. `load` gives the installed database
 * (bundled claims and packs) as ClaimReview items; the file is made on the device and handed
 * to the browser's downloads through a Blob URL, so nothing goes over the network.
 */
export function claimReviewExportSection(doc: Document, load: () => Promise<unknown[]>): HTMLElement {
  const el = createElement.bind(null, doc);
  const button = createElement(
    doc,
    'button',
    { type: 'button', class: 'export-claim-reviews' },
    'Export as ClaimReview JSON-LD',
  );
  const status = el('p', { role: 'status', class: 'note' });
  button.addEventListener('click', () => {
    button.disabled = true;
    status.textContent = 'Preparing the file…';
    load()
      .then((items) => {
        const blob = new Blob([`${JSON.stringify(items, null, 2)}\n`], { type: 'application/ld+json' });
        const url = URL.createObjectURL(blob);
        const link = createElement(doc, 'a', { href: url, download: exportFileName(new Date()) });
        doc.body.append(link);
        link.click();
        link.remove();
        // The download has its own copy once started; the URL is released a moment later.
        setTimeout(() => URL.revokeObjectURL(url), 60_000);
        status.textContent = `Exported ${items.length} claim${items.length === 1 ? '' : 's'} as ${link.download}.`;
      })
      .catch((err: unknown) => {
        status.textContent = `The export failed: ${(err as Error).message ?? String(err)}. Nothing was written.`;
      })
      .finally(() => (button.disabled = false));
  });
  return el(
    'section',
    { class: 'claim-review-export' },
    el('h2', {}, 'Export'),
    el(
      'p',
      { class: 'note' },
      'Every claim Evident has installed (its own and your packs) as schema.org ClaimReview JSON-LD, the format fact-checkers publish. The file is made on this device.',
    ),
    button,
    status,
  );
}
