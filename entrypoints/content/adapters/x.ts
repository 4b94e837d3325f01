import { defineSiteAdapter } from './define';

/**
 * X (Twitter): Draft.js. Several composers can be mounted at once (home timeline box, reply dialog,
 * quote dialog), each `[data-testid="tweetTextarea_N"]` on the `.public-DraftEditor-content` root.
 * Pages: x.com/home (inline composer), x.com/compose/post (dialog), a status page's reply box,
 * x.com/messages (DM composer, `dmComposerTextInput`, sent with `dmComposerSendButton`).
 * Ctrl/Cmd+Enter posts from the tweet composers.
 * Test URLs: https://x.com/home, https://x.com/compose/post, https://x.com/messages
 */
export default defineSiteAdapter({
  id: 'x',
  label: 'X',
  editor: 'Draft.js',
  hosts: ['x.com', '*.x.com', 'twitter.com', '*.twitter.com'],
  composerSelector: '[data-testid^="tweetTextarea_"][contenteditable], .public-DraftEditor-content[contenteditable], [data-testid="dmComposerTextInput"][contenteditable]',
  postButtonSelector: '[data-testid="tweetButton"], [data-testid="tweetButtonInline"], [data-testid="dmComposerSendButton"]',
  submitKeys: ['mod+enter'],
  suggestionMode: 'insert',
});
