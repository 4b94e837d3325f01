import { defineSiteAdapter } from './define';

/**
 * Threads: Lexical (`[data-lexical-editor="true"]`). Pages: the new-thread dialog and inline replies,
 * both sent with a "Post" button or Ctrl/Cmd+Enter. threads.net redirects to threads.com.
 * Test URLs: https://www.threads.com/, a thread's reply box
 */
export default defineSiteAdapter({
  id: 'threads',
  label: 'Threads',
  editor: 'Lexical',
  hosts: ['threads.net', '*.threads.net', 'threads.com', '*.threads.com'],
  composerSelector: '[data-lexical-editor="true"][contenteditable="true"]',
  postButtonSelector: '[aria-label="Post"][role="button"]',
  postButtonTexts: ['Post'],
  submitKeys: ['mod+enter'],
  suggestionMode: 'insert',
});
