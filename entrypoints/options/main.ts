import { createElement } from '@/lib/dom/create-element';
import { toggle } from '@/lib/dom/popup-view';
import { getSettings, setEnabledEverywhere, setEnabledForSite, watchSettings } from '@/lib/extension/settings';

async function render() {
  const app = document.getElementById('app')!;
  const el = createElement.bind(null, document);
  const settings = await getSettings();
  const sites = settings.disabledSites.map((site) => {
    const button = el('button', { type: 'button' }, 'Turn on again');
    button.addEventListener('click', () => void setEnabledForSite(site, true));
    return el('li', {}, el('span', { class: 'site' }, site), ' ', button);
  });
  app.replaceChildren(
    el('h1', {}, 'Evident'),
    el(
      'p',
      { class: 'note' },
      'Evident reads pages on this device only: no page text, address or result leaves the browser.',
    ),
    toggle(document, 'everywhere', 'On everywhere', settings.enabled, false, (on) => void setEnabledEverywhere(on)),
    el('h2', {}, 'Sites where Evident is off'),
    sites.length > 0 ? el('ul', { class: 'sites' }, ...sites) : el('p', { class: 'note' }, 'None.'),
  );
}

watchSettings(() => void render(), new AbortController().signal);
void render();
