import { claimReviewExportSection } from '@/lib/dom/claim-review-download';
import { createElement } from '@/lib/dom/create-element';
import { toggle } from '@/lib/dom/popup-view';
import { mountDismissals } from './dismissals';
import type { PackSummary } from '@/lib/extension/claim-packs';
import { sendToBackground } from '@/lib/extension/messages';
import {
  getSettings,
  setEnabledEverywhere,
  setEnabledForSite,
  setVerdictShown,
  watchSettings,
} from '@/lib/extension/settings';
import { VERDICTS } from '@/lib/core/claim-types';
import { VERDICT_LABELS } from '@/lib/dom/verdict-labels';

const el = createElement.bind(null, document);
/** Problems from the last import, kept across re-renders until the next import. */
let importProblems: string[] = [];
let importNote = '';

async function importFile(file: File) {
  const text = await file.text();
  const r = await sendToBackground('import-claim-pack', { name: file.name, text });
  importProblems = r.ok ? [] : r.problems;
  importNote = r.ok ? `Imported ${file.name}.` : `${file.name} was not imported; nothing changed.`;
  await render();
}

function packItem(pack: PackSummary) {
  const remove = el('button', { type: 'button' }, 'Remove');
  remove.addEventListener('click', () => void sendToBackground('remove-claim-pack', { name: pack.name }).then(render));
  const status =
    pack.problems.length > 0
      ? el('ul', { class: 'problems' }, ...pack.problems.map((p) => el('li', {}, p)))
      : el(
          'span',
          { class: 'note' },
          ` ${pack.claims} claim${pack.claims === 1 ? '' : 's'} on ${pack.topics.join(', ')}`,
        );
  return el('li', {}, el('span', { class: 'site' }, pack.name), ' ', remove, status);
}

async function render() {
  const app = document.getElementById('app')!;
  // The page is drawn again on every change: the switch just used keeps the keyboard focus.
  const focused = document.activeElement?.id;
  const [settings, packs] = await Promise.all([getSettings(), sendToBackground('list-claim-packs', {})]);
  const sites = settings.disabledSites.map((site) => {
    const button = el('button', { type: 'button' }, 'Turn on again');
    button.addEventListener('click', () => void setEnabledForSite(site, true));
    return el('li', {}, el('span', { class: 'site' }, site), ' ', button);
  });
  const input = createElement(document, 'input', {
    type: 'file',
    accept: '.json,.jsonld,application/json,application/ld+json',
    id: 'pack-file',
  });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) void importFile(file);
  });
  app.replaceChildren(
    el('h1', {}, 'Evident'),
    el(
      'p',
      { class: 'note' },
      'Evident reads pages on this device only: no page text, address or result leaves the browser.',
    ),
    toggle(document, 'everywhere', 'On everywhere', settings.enabled, false, (on) => void setEnabledEverywhere(on)),
    el('h2', {}, 'Claims to mark'),
    el(
      'p',
      { class: 'note' },
      'Evident marks claims of every verdict. Turn a verdict off to leave its claims unmarked on every site; they are left out of the badge count and the claims list too.',
    ),
    el(
      'div',
      { class: 'verdicts', role: 'group', 'aria-label': 'Claims to mark' },
      ...VERDICTS.map((v) =>
        toggle(
          document,
          `verdict-${v}`,
          VERDICT_LABELS[v],
          !settings.hiddenVerdicts.includes(v),
          false,
          (on) => void setVerdictShown(v, on),
        ),
      ),
    ),
    el('h2', {}, 'Sites where Evident is off'),
    sites.length > 0 ? el('ul', { class: 'sites' }, ...sites) : el('p', { class: 'note' }, 'None.'),
    el('h2', {}, 'Claims packs'),
    el(
      'p',
      { class: 'note' },
      'Add your own claims: a JSON file in the format of Evident’s claims/*.json (one topic, a list of topics, or { "topics": [...] }), or schema.org ClaimReview JSON-LD as fact-checkers publish it. A file with any problem is refused whole.',
    ),
    el('label', { for: 'pack-file' }, 'Import a pack: '),
    input,
    el('p', { role: 'status', class: 'note' }, importNote),
    importProblems.length > 0
      ? el('ul', { class: 'problems', role: 'alert' }, ...importProblems.map((p) => el('li', {}, p)))
      : '',
    packs.length > 0 ? el('ul', { class: 'sites' }, ...packs.map(packItem)) : el('p', { class: 'note' }, 'No packs.'),
    claimReviewExportSection(document, () => sendToBackground('export-claim-reviews', {})),
  );
  if (focused) document.getElementById(focused)?.focus();
}

watchSettings(() => void render(), new AbortController().signal);
void render();
mountDismissals(document.getElementById('dismissals')!);
