/**
 * Every string the extension pages show comes from public/_locales/<lang>/messages.json through this
 * helper, so a translation is one new messages.json. MessageKey is derived from the English catalogue,
 * so a key missing from it fails to compile (and tests/options/i18n.test.ts checks the files too).
 */
import { browser } from 'wxt/browser';

type Catalogue = typeof import('@/public/_locales/en/messages.json');
export type MessageKey = keyof Catalogue & string;

// WXT regenerates getMessage's typed overloads only on `wxt prepare`; MessageKey already checks names.
type GetMessage = (name: string, substitutions?: string | string[]) => string;

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const get = browser.i18n.getMessage as unknown as GetMessage;
  const text = get(key, substitutions.map(String));
  // An empty answer means the key is missing from the locale: show the key rather than a blank.
  return text || key;
}
