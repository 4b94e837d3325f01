import { defineSiteAdapter } from './define';

/**
 * Reddit: `<shreddit-composer>`, a Lit web component whose contenteditable sits in nested shadow roots
 * (focus is reported on the host, so discovery follows composedPath()). Pages: the comment box under a
 * post, reddit.com/submit (post body). Sent with the form's submit button or Ctrl/Cmd+Enter.
 * Selection inside shadow roots is not reliably settable across browsers, so suggestions are copied.
 * Test URLs: https://www.reddit.com/r/test/comments/…, https://www.reddit.com/submit
 */
export default defineSiteAdapter({
  id: 'reddit',
  label: 'Reddit',
  editor: 'shreddit-composer (Lit web component, nested shadow roots)',
  hosts: ['reddit.com', '*.reddit.com'],
  composerSelector: 'shreddit-composer [contenteditable="true"], [contenteditable="true"][name="body"], textarea[name="body"]',
  postButtonSelector: 'button[type="submit"], [slot="submit-button"]',
  submitKeys: ['mod+enter'],
  suggestionMode: 'copy',
});
