import { siteSuite } from '../suites/composer-suite';

// The caption (Lexical) and the comment box (textarea) are both Instagram composers.
siteSuite({
  site: 'instagram',
  kind: 'contenteditable',
  composer: 'caption',
  editor: (page) => page.locator('[data-lexical-editor="true"]'),
  postButton: (page) => page.getByRole('button', { name: 'Share', exact: true }),
});
siteSuite({
  site: 'instagram',
  kind: 'textarea',
  composer: 'comment',
  editor: (page) => page.locator('textarea[aria-label^="Add a comment"]'),
  postButton: (page) => page.getByRole('button', { name: 'Post', exact: true }),
});
