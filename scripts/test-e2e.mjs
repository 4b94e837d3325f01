#!/usr/bin/env node
// `npm run test:e2e [-- <vitest filters>]`: builds the test extension (MODE=test, with the service
// worker's test hook), bundles the fixture editors, then runs tests/e2e/specs with vitest.
// DRAFTGUARD_SKIP_BUILD=1 reuses the last build.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildFixtures } from '../tests/e2e/build-fixtures.mjs';

// DRAFTGUARD_TEST_OUTDIR=/tmp/x builds there instead of .output-test (the harness follows).
if (process.env.DRAFTGUARD_TEST_OUTDIR && !process.env.DRAFTGUARD_EXTENSION_DIR) {
  process.env.DRAFTGUARD_EXTENSION_DIR = path.join(path.resolve(process.env.DRAFTGUARD_TEST_OUTDIR), 'chrome-mv3-test');
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: false });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (!process.env.DRAFTGUARD_SKIP_BUILD) run('npx', ['wxt', 'build', '--mode', 'test']);
await buildFixtures();
run('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)]);
