import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// tests/core and tests/claims run in node; tests/dom and tests/extension say
// `// @vitest-environment happy-dom` at their top. Playwright's e2e run is not vitest's.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'node',
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    // Tests assert behaviour, not speed: the CLI tests start a process that loads the whole
    // database, which on a busy two-core machine can take longer than vitest's 5 s default.
    testTimeout: 60_000,
  },
});
