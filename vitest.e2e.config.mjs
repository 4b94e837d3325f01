// Browser tests: Playwright driving Debian's Chromium with the test build (scripts/test-e2e.mjs builds it).
// One file at a time: two shared CPU cores, and each file launches its own browser.
// (.mjs rather than .ts: the lint project service only picks up untyped config files at the root.)
import { defineConfig } from 'vitest/config';
import path from 'node:path';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['tests/e2e/specs/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    retry: 0,
  },
});
