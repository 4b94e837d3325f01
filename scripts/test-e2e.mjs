#!/usr/bin/env node
// `npm run test:e2e [-- <vitest filters>]`: builds the test extension (MODE=test: the service worker's
// test hook is in), bundles the fixture editors, then runs tests/e2e/specs with vitest.
//   DRAFTGUARD_SKIP_BUILD=1      reuse the last build
//   DRAFTGUARD_TEST_OUTDIR=DIR   build into DIR instead of .output-test (engineers sharing a tree)
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { buildFixtures } from './e2e-fixtures.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

if (process.env.DRAFTGUARD_TEST_OUTDIR && !process.env.DRAFTGUARD_EXTENSION_DIR) {
  process.env.DRAFTGUARD_EXTENSION_DIR = path.join(path.resolve(process.env.DRAFTGUARD_TEST_OUTDIR), 'chrome-mv3-test');
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (!process.env.DRAFTGUARD_SKIP_BUILD) run('npx', ['wxt', 'build', '--mode', 'test']);
await buildFixtures();
run('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.mjs', ...process.argv.slice(2)]);
