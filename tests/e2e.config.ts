import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// The built site: build-output tests (tests/build/, files of dist/ read without a browser) and
// end-to-end tests (tests/e2e/, dist/ served on loopback and driven in Debian's Chromium). One static
// server and two browsers are started once for the run (tests/e2e/support/global-setup.ts), and two
// test files run at a time: no test depends on timing, only on states it waits for.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // expect.poll waits on the page (a fetch, a frame); its default of 1 s failed under CI load (the
    // offline control's size, fetched after the panel opens). A wait, not a time limit on the product.
    expect: { poll: { timeout: 30_000 } },
    reporters: ['default', './tests/support/file-times-reporter.ts'],
  },
});
