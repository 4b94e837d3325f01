import { defineSiteAdapter } from './define';

/**
 * Mastodon: a plain textarea (`.autosuggest-textarea__textarea` in `.compose-form`). Pages: the
 * compose column, the reply and quote modal; sent with "Post"/"Publish" or Ctrl/Cmd+Enter.
 * The largest instances are covered by default; any other instance is recognised as the Mastodon web
 * app (`#mastodon` root) and the person can add it from the popup.
 * Test URLs: https://mastodon.social/home, https://fosstodon.org/publish
 */
export const MASTODON_DEFAULT_HOSTS = [
  'mastodon.social',
  'mastodon.online',
  'mstdn.social',
  'mas.to',
  'fosstodon.org',
  'hachyderm.io',
  'infosec.exchange',
] as const;

export default defineSiteAdapter({
  id: 'mastodon',
  label: 'Mastodon',
  editor: 'textarea',
  hosts: MASTODON_DEFAULT_HOSTS,
  composerSelector: '.compose-form textarea, textarea.autosuggest-textarea__textarea',
  postButtonSelector: '.compose-form__publish button[type="submit"], .compose-form__submit button[type="submit"], .compose-form button[type="submit"]',
  submitKeys: ['mod+enter'],
  suggestionMode: 'insert',
});

/** The Mastodon web app's markers, so an instance not in the list can be recognised. */
export function looksLikeMastodon(doc: Document): boolean {
  return Boolean(doc.querySelector('#mastodon[data-props], body.app-body #mastodon, script#initial-state'));
}
