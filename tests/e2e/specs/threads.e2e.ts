import { siteSuite } from '../suites/composer-suite';

siteSuite({
  site: 'threads',
  kind: 'contenteditable',
  composer: 'post',
  modEnter: true,
  editor: (page) => page.locator('[data-lexical-editor="true"]'),
  postButton: (page) => page.locator('[aria-label="Post"][role="button"]'),
});
