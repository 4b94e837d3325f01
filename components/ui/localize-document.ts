import { browser } from 'wxt/browser';
import { t, type MessageKey } from './i18n';

/** The page title and language come from the same catalogue as the rest of the page. */
export function localizeDocument(titleKey: MessageKey): void {
  document.title = t(titleKey);
  const lang = (browser.i18n.getMessage as unknown as (name: string) => string)('@@ui_locale');
  if (lang) document.documentElement.lang = lang.replace('_', '-');
  const dir = (browser.i18n.getMessage as unknown as (name: string) => string)('@@bidi_dir');
  if (dir === 'rtl') document.documentElement.dir = 'rtl';
}
