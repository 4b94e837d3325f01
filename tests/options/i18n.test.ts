import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../history/support/i18n';

const ROOT = join(import.meta.dirname, '../..');
// The popup keeps its strings elsewhere (its own owner); these are the pages that use this catalogue.
const SOURCES = ['components/history', 'components/options', 'components/welcome', 'components/ui', 'entrypoints/history', 'entrypoints/options', 'entrypoints/welcome'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(name) ? [p] : [];
  });
}

/** Keys passed to t(), and message keys written as string literals in lookup tables (labels, errors). */
function usedKeys(): Map<string, string> {
  const used = new Map<string, string>();
  for (const file of SOURCES.flatMap((d) => files(join(ROOT, d)))) {
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) used.set(m[1]!, relative(ROOT, file));
    for (const m of src.matchAll(/(?:label|help|error|key):\s*'([A-Za-z0-9_]+)'/g)) used.set(m[1]!, relative(ROOT, file));
    for (const m of src.matchAll(/(?:MessageKey[^=]*=\s*\{)([^}]*)\}/g)) for (const k of m[1]!.matchAll(/'([A-Za-z0-9_]+)'/g)) used.set(k[1]!, relative(ROOT, file));
  }
  return used;
}

describe('browser i18n messages', () => {
  const localesDir = join(ROOT, 'public/_locales');

  it('has every key the pages use in the English catalogue', () => {
    const used = usedKeys();
    expect(used.size).toBeGreaterThan(50);
    const missing = [...used].filter(([k]) => !(k in catalogue)).map(([k, f]) => `${k} (${f})`);
    expect(missing).toEqual([]);
  });

  it('keeps the manifest keys', () => {
    expect(catalogue.extName?.message).toBe('DraftGuard');
    expect(catalogue.extDescription?.message).toBeTruthy();
  });

  it('declares every placeholder a message uses, each bound to $1..$9', () => {
    for (const [key, entry] of Object.entries(catalogue)) {
      const used = [...entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]!.toLowerCase());
      expect(Object.keys(entry.placeholders ?? {}).sort(), key).toEqual([...new Set(used)].sort());
      for (const p of Object.values(entry.placeholders ?? {})) expect(p.content, key).toMatch(/^\$[1-9]$/);
    }
  });

  it('has the same keys and placeholders in every locale', () => {
    for (const locale of readdirSync(localesDir)) {
      const other = JSON.parse(readFileSync(join(localesDir, locale, 'messages.json'), 'utf8')) as typeof catalogue;
      expect(Object.keys(other).sort(), locale).toEqual(Object.keys(catalogue).sort());
    }
  });
});
