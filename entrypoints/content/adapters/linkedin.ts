import { defineSiteAdapter } from './define';

/**
 * LinkedIn: Quill (`.ql-editor`). Pages: the feed's "Start a post" dialog (`share-actions__primary-action`),
 * comment boxes under posts (`comments-comment-box__submit-button`), messaging (`msg-form__send-button`).
 * No Ctrl/Cmd+Enter shortcut for posts; messaging sends on Enter only when the person turned that on,
 * so only the buttons are guarded.
 * Test URLs: https://www.linkedin.com/feed/, https://www.linkedin.com/messaging/
 */
export default defineSiteAdapter({
  id: 'linkedin',
  label: 'LinkedIn',
  editor: 'Quill',
  hosts: ['linkedin.com', '*.linkedin.com'],
  composerSelector: '.ql-editor[contenteditable]',
  postButtonSelector: '.share-actions__primary-action, .comments-comment-box__submit-button, .comments-comment-box__submit-button--cr, .msg-form__send-button',
  submitKeys: [],
  suggestionMode: 'insert',
});
