import { siteSuite } from '../suites/composer-suite';

siteSuite({
  site: 'youtube',
  kind: 'contenteditable',
  composer: 'comment',
  // the box is created by this click, then focused: the adapter must find it on focusin
  prepare: async (page) => {
    await page.locator('#placeholder-area').click();
    await page.locator('#contenteditable-root').waitFor();
  },
  editor: (page) => page.locator('#contenteditable-root'),
  postButton: (page) => page.locator('#submit-button button'),
});
