import { defineSiteAdapter } from './define';

/**
 * YouTube comments: a contenteditable `#contenteditable-root` that is only created after the person
 * clicks the "Add a comment…" placeholder, inside `ytd-commentbox`; replies use the same box. Sent with
 * `#submit-button`; no keyboard shortcut. Found on focusin, never by a scan at load.
 * Test URLs: https://www.youtube.com/watch?v=…
 */
export default defineSiteAdapter({
  id: 'youtube',
  label: 'YouTube',
  editor: 'contenteditable (created on click)',
  hosts: ['youtube.com', '*.youtube.com'],
  composerSelector: '#contenteditable-root[contenteditable="true"], ytd-commentbox [contenteditable="true"]',
  postButtonSelector: '#submit-button button, #submit-button',
  submitKeys: [],
  suggestionMode: 'insert',
});
