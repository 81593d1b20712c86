// Layers (STYLE.md): lib/core is pure; lib/dom may use core; lib/extension may use core;
// entrypoints wire everything. The rules below make a wrong import a lint error.
import tseslint from 'typescript-eslint';

const browserGlobals = ['browser', 'chrome'].map((name) => ({
  name,
  message: 'Browser APIs belong in lib/extension or entrypoints.',
}));
const domGlobals = ['document', 'window', 'navigator', 'location', 'localStorage'].map((name) => ({
  name,
  message: 'lib/core is pure: no DOM. Take text in, give offsets out.',
}));

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'tmp/**', 'tests/e2e/artifacts/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['lib/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/dom/**', '**/extension/**', '**/cli/**'], message: 'lib/core may import only lib/core.' },
            {
              group: ['wxt', 'wxt/*', '#imports', 'webextension-polyfill', 'node:*'],
              message: 'lib/core runs anywhere: no WXT, browser or Node APIs.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...domGlobals, ...browserGlobals],
    },
  },
  {
    files: ['lib/dom/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/extension/**', '**/cli/**'], message: 'lib/dom may import only lib/core.' },
            {
              group: ['wxt/browser', '#imports', 'webextension-polyfill'],
              message: 'lib/dom takes no browser APIs; pass what it needs in.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...browserGlobals],
    },
  },
  {
    files: ['lib/extension/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/dom/**', '**/cli/**'], message: 'lib/extension may import only lib/core.' }] },
      ],
    },
  },
  {
    files: ['entrypoints/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/entrypoints/**', '../*/**'],
              message: 'Entrypoints do not import each other; share code through lib/.',
            },
          ],
        },
      ],
    },
  },
);
