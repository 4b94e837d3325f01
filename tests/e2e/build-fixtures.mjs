// Bundles the fixture editors (the real libraries the sites use) into tests/e2e/fixtures/dist.
// Draft.js needs React 18, which lives in the tests/e2e/editors workspace: react/react-dom are aliased there.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const src = path.join(here, 'fixtures/src');
const react18 = path.join(here, 'editors/node_modules');

export async function buildFixtures() {
  await build({
    entryPoints: ['draft.tsx', 'quill.ts', 'lexical.ts', 'tiptap.ts', 'reddit.ts', 'plain.ts'].map((f) => path.join(src, f)),
    outdir: path.join(here, 'fixtures/dist'),
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    jsx: 'automatic',
    minify: false,
    sourcemap: false,
    logLevel: 'warning',
    alias: { react: path.join(react18, 'react'), 'react-dom': path.join(react18, 'react-dom') },
    define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildFixtures();
