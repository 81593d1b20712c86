import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'Evident',
    description: 'Checks health claims on peptide, hormone and wellness pages, on your device.',
    permissions: ['storage', 'tabs'],
  },
  webExt: { disabled: true },
});
