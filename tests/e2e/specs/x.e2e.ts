import { siteSuite } from '../suites/composer-suite';

siteSuite({
  site: 'x',
  kind: 'contenteditable',
  composer: 'home',
  modEnter: true,
  editor: (page) => page.locator('[data-testid="tweetTextarea_0"]'),
  postButton: (page) => page.locator('[data-testid="tweetButtonInline"]'),
});
