// @vitest-environment jsdom
/**
 * The site-adapter registry against the disk (refined-github's features test): every adapter file is in
 * the registry under its own id, and has a fixture page, a browser suite and a row in docs/sites.md.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ADAPTERS, SITE_IDS } from '@/entrypoints/content/adapters';

const root = path.resolve(import.meta.dirname, '../..');
const adapterDir = path.join(root, 'entrypoints/content/adapters');
/** files in the folder that are not adapters */
const NOT_ADAPTERS = new Set(['index.ts', 'define.ts']);
const adapterFiles = readdirSync(adapterDir)
  .filter((f) => f.endsWith('.ts') && !NOT_ADAPTERS.has(f))
  .map((f) => f.replace(/\.ts$/, ''));
const sitesDoc = readFileSync(path.join(root, 'docs/sites.md'), 'utf8');

describe('site adapter registry', () => {
  it('lists exactly the adapter files, each under its own file name', () => {
    expect([...SITE_IDS].sort()).toEqual([...adapterFiles].sort());
    for (const id of SITE_IDS) expect(ADAPTERS[id].id).toBe(id);
  });

  it.each(adapterFiles)('%s has a fixture page, a browser suite and a docs/sites.md row', (id) => {
    expect(existsSync(path.join(root, 'tests/e2e/fixtures/pages', `${id}.html`)), `tests/e2e/fixtures/pages/${id}.html`).toBe(true);
    expect(existsSync(path.join(root, 'tests/e2e/specs', `${id}.e2e.ts`)), `tests/e2e/specs/${id}.e2e.ts`).toBe(true);
    expect(sitesDoc, `a row for \`${id}\` in docs/sites.md`).toMatch(new RegExp(`^\\|[^\\n]*\`${id}\`[^\\n]*\\|`, 'm'));
  });

  it.each(adapterFiles)('%s says which pages it covers and how to test it', (id) => {
    const source = readFileSync(path.join(adapterDir, `${id}.ts`), 'utf8');
    expect(source).toMatch(/Test URLs:/);
  });

  it('keeps the selectors valid CSS', () => {
    const doc = document;
    for (const id of SITE_IDS) {
      const a = ADAPTERS[id];
      expect(() => doc.querySelector(a.composerSelector), `${id} composerSelector`).not.toThrow();
      expect(() => doc.querySelector(a.postButtonSelector), `${id} postButtonSelector`).not.toThrow();
    }
  });
});
