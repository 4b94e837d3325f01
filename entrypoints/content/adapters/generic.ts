import { defineSiteAdapter } from './define';

/**
 * Any other site the person enables from the popup (optional host permission asked at that click):
 * textareas and contenteditables; the enclosing form's submit button is the post button.
 * Test URLs: any site with a textarea, after "Enable on this site"
 */
export default defineSiteAdapter({
  id: 'generic',
  label: 'Other sites (enabled by you)',
  editor: 'textarea / contenteditable',
  hosts: [],
  composerSelector: 'textarea, [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]',
  postButtonSelector: 'form button[type="submit"], form button:not([type]), form input[type="submit"]',
  submitKeys: ['mod+enter'],
  suggestionMode: 'insert',
});
