import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// Unit and integrity tests: pure logic and the committed geodata, no browser.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integrity/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    reporters: ['default', './tests/support/file-times-reporter.ts'],
  },
});
