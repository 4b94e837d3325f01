import { siteSuite } from '../suites/composer-suite';

siteSuite({
  site: 'linkedin',
  kind: 'contenteditable',
  composer: 'post',
  editor: (page) => page.locator('[data-fixture-quill="post"] .ql-editor'),
  postButton: (page) => page.locator('.share-actions__primary-action'),
});
