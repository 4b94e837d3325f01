import { siteSuite } from '../suites/composer-suite';

siteSuite({
  site: 'facebook',
  kind: 'contenteditable',
  composer: 'post',
  editor: (page) => page.locator('[data-lexical-editor="true"]'),
  postButton: (page) => page.locator('[aria-label="Post"][role="button"]'),
});
