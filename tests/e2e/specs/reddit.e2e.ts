import { siteSuite } from '../suites/composer-suite';

// The editor is two shadow roots deep; Playwright's CSS locators pierce open shadow roots.
siteSuite({
  site: 'reddit',
  kind: 'contenteditable',
  composer: 'comment',
  modEnter: true,
  editor: (page) => page.locator('shreddit-composer [contenteditable="true"]'),
  postButton: (page) => page.locator('button[slot="submit-button"]'),
});
