/**
 * A stand-in for browser.i18n with the same substitution rules as browsers use
 * ($name$ placeholders whose content is $1..$9), reading the real English catalogue.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

export const catalogue = JSON.parse(readFileSync(join(import.meta.dirname, '../../../public/_locales/en/messages.json'), 'utf8')) as Catalogue;

export function getMessage(name: string, substitutions?: string | string[]): string {
  const entry = catalogue[name];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const fill = (s: string) => s.replace(/\$(\d)/g, (_, d: string) => subs[Number(d) - 1] ?? '');
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => {
    const p = entry.placeholders?.[name.toLowerCase()];
    return p ? fill(p.content) : whole;
  });
}

/**
 * Component tests replace `wxt/browser` with this (vi.mock): in a jsdom environment the real WXT fake
 * browser pulls in esbuild, which refuses jsdom's TextEncoder. The pages use only i18n from it.
 */
export const browserModule = { browser: { i18n: { getMessage }, runtime: { id: 'draftguard-test' } } };

/** The English text of a key, with substitutions, for assertions. */
export function en(name: string, ...subs: (string | number)[]): string {
  const text = getMessage(name, subs.map(String));
  if (!text) throw new Error(`no message ${name}`);
  return text;
}
