import { defineSiteAdapter } from './define';

/**
 * Bluesky: TipTap on ProseMirror (`.ProseMirror`). Pages: the composer dialog for posts, replies and
 * quotes (`composerPublishBtn`), sent with the button or Ctrl/Cmd+Enter. DMs use a plain textarea.
 * Test URLs: https://bsky.app/, https://bsky.app/messages
 */
export default defineSiteAdapter({
  id: 'bluesky',
  label: 'Bluesky',
  editor: 'TipTap / ProseMirror',
  hosts: ['bsky.app'],
  composerSelector: '.ProseMirror[contenteditable="true"], textarea[data-testid="messageInput"]',
  postButtonSelector: '[data-testid="composerPublishBtn"], [data-testid="messageInputSendButton"]',
  submitKeys: ['mod+enter'],
  suggestionMode: 'insert',
});
