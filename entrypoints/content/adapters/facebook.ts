import { defineSiteAdapter } from './define';

/**
 * Facebook: Lexical (`[data-lexical-editor="true"]`, role textbox). Pages: the "Create post" dialog
 * (button labelled "Post"), comment boxes (sent with Enter), Messenger on facebook.com (Enter).
 * Test URLs: https://www.facebook.com/, a post's comments, https://www.facebook.com/messages/
 */
export default defineSiteAdapter({
  id: 'facebook',
  label: 'Facebook',
  editor: 'Lexical',
  hosts: ['facebook.com', '*.facebook.com'],
  composerSelector: '[data-lexical-editor="true"][contenteditable="true"]',
  postButtonSelector: '[aria-label="Post"][role="button"], [aria-label="Comment"][role="button"], [aria-label="Press Enter to send"][role="button"]',
  postButtonTexts: ['Post'],
  submitKeys: ['enter'],
  suggestionMode: 'insert',
});
