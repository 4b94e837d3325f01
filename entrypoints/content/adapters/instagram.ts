import { defineSiteAdapter } from './define';

/**
 * Instagram: Lexical for captions and DMs (`[data-lexical-editor="true"]`), a textarea for comments
 * ("Add a comment…"). Pages: the create-post caption step ("Share"), a post's comments ("Post"),
 * instagram.com/direct (Enter sends).
 * Test URLs: https://www.instagram.com/, https://www.instagram.com/direct/inbox/
 */
export default defineSiteAdapter({
  id: 'instagram',
  label: 'Instagram',
  editor: 'Lexical (captions, DMs); textarea (comments)',
  hosts: ['instagram.com', '*.instagram.com'],
  composerSelector: '[data-lexical-editor="true"][contenteditable="true"], textarea[aria-label^="Add a comment"]',
  postButtonSelector: 'form [type="submit"]',
  postButtonTexts: ['Post', 'Share'],
  submitKeys: ['enter'],
  suggestionMode: 'insert',
});
