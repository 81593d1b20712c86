import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Alias } from 'vite';
import { defineConfig } from 'wxt';
import { openClaimsDatabase } from './lib/cli/claims-dir';
import { COMMANDS } from './lib/extension/command-names';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Evident',
    description: 'Checks health claims on peptide, hormone and wellness pages, on your device.',
    // storage: the on/off switches. activeTab, not tabs: the popup needs only the site of
    // the tab whose button the reader clicked (its content script also reports it).
    // scripting, and host permissions for exactly the pages the content script already runs
    // on (so the install prompt is the same): the always-loaded script is small, and the
    // background runs the page marker in a page only once it names a topic.
    permissions: ['storage', 'activeTab', 'scripting'],
    host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: 'Evident' },
    // Alt+Shift+E turns Evident off or on for the site; hiding the marks has no default
    // key (browsers allow few), and can be given one in the browser's shortcut settings.
    commands: {
      'toggle-site': {
        suggested_key: { default: COMMANDS['toggle-site'].key },
        description: COMMANDS['toggle-site'].description,
      },
      'toggle-marks': { description: COMMANDS['toggle-marks'].description },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'evident@evident-extension.org',
          // 140: the CSS Custom Highlight API and data_collection_permissions.
          strict_min_version: '140.0',
          // Nothing leaves the browser (DESIGN.md): Evident collects no data at all.
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android reads data_collection_permissions from 142 on.
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  webExt: { disabled: true },
  hooks: {
    // The database ships inside the extension: a malformed claims file stops the build
    // with the file, claim id and field named, rather than shipping an Evident that marks nothing.
    'build:before': () => {
      openClaimsDatabase('claims');
    },
    // ...and ships as data beside the code: claims/*.json as they are, and their list, read by
    // the background at start (lib/extension/bundled-claims.ts).
    'build:publicAssets': (_, files) => {
      const names = readdirSync('claims')
        .filter((n) => n.endsWith('.json'))
        .sort();
      for (const name of names)
        files.push({ relativeDest: `claims/${name}`, contents: readFileSync(`claims/${name}`, 'utf8') });
      files.push({ relativeDest: 'claims/index.json', contents: JSON.stringify(names) });
    },
    // The always-loaded content script uses the browser's own promise-based API (Chrome MV3's
    // `chrome`, Firefox's `browser`) rather than webextension-polyfill, which every other bundle
    // keeps: half of the script's size, compiled and run in every page it starts in (issue 8).
    // Everything it calls (storage, runtime messages with sendResponse) is promise-based natively
    // in both; tests/e2e checks it in Chromium and Firefox.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.name === 'claims' && e.type === 'content-script')) return;
      const native: Alias = { find: /^wxt\/browser$/, replacement: fileURLToPath(import.meta.resolve('wxt/browser')) };
      const alias = config.resolve?.alias;
      const rest: Alias[] = Array.isArray(alias)
        ? (alias as Alias[])
        : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement: String(replacement) }));
      config.resolve = { ...config.resolve, alias: [native, ...rest] };
    },
  },
});
