import { siteSuite } from '../suites/composer-suite';

siteSuite({
  site: 'mastodon',
  kind: 'textarea',
  composer: 'post',
  modEnter: true,
  editor: (page) => page.locator('.compose-form textarea'),
  postButton: (page) => page.locator('.compose-form__submit button[type="submit"]'),
});
