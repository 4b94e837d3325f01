#!/usr/bin/env node
// `npm run test:e2e:firefox [-- <vitest filters>]`: builds the Firefox test extension (`wxt build -b firefox
// --mode test`), bundles the fixture editors, then runs tests/e2e/firefox with vitest in Debian's
// firefox-esr (tests/e2e/README.md, "Firefox").
//   DRAFTGUARD_SKIP_BUILD=1      reuse the last build
//   DRAFTGUARD_TEST_OUTDIR=DIR   build into DIR instead of .output-test (engineers sharing a tree)
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { buildFixtures } from './e2e-fixtures.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

if (process.env.DRAFTGUARD_TEST_OUTDIR && !process.env.DRAFTGUARD_FIREFOX_EXTENSION_DIR) {
  process.env.DRAFTGUARD_FIREFOX_EXTENSION_DIR = path.join(path.resolve(process.env.DRAFTGUARD_TEST_OUTDIR), 'firefox-mv3-test');
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (!process.env.DRAFTGUARD_SKIP_BUILD) run('npx', ['wxt', 'build', '-b', 'firefox', '--mode', 'test']);
await buildFixtures();
run('npx', ['vitest', 'run', '--config', 'tests/e2e/firefox/vitest.config.ts', ...process.argv.slice(2)]);
