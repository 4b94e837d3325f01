// The fixture editors both browser suites load (scripts/test-e2e.mjs, scripts/test-e2e-firefox.mjs).
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const e2e = path.join(root, 'tests/e2e');

/**
 * The real editor libraries the sites use, bundled into tests/e2e/fixtures/dist. Draft.js needs React 18,
 * which lives in the tests/e2e/editors workspace, so react/react-dom are aliased there.
 */
export async function buildFixtures() {
  const react18 = path.join(e2e, 'editors/node_modules');
  await build({
    entryPoints: ['draft.tsx', 'quill.ts', 'lexical.ts', 'tiptap.ts', 'reddit.ts', 'plain.ts'].map((f) => path.join(e2e, 'fixtures/src', f)),
    outdir: path.join(e2e, 'fixtures/dist'),
    bundle: true,
    format: 'iife',
    target: 'chrome120', // Firefox ESR 128+ runs these too
    jsx: 'automatic',
    logLevel: 'warning',
    alias: { react: path.join(react18, 'react'), 'react-dom': path.join(react18, 'react-dom') },
    define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
  });
}
