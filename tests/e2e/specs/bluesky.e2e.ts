import { siteSuite } from '../suites/composer-suite';

siteSuite({
  site: 'bluesky',
  kind: 'contenteditable',
  composer: 'post',
  modEnter: true,
  editor: (page) => page.locator('.ProseMirror'),
  postButton: (page) => page.locator('[data-testid="composerPublishBtn"]'),
});
