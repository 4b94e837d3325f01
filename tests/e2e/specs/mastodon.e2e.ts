import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteSuite } from '../suites/composer-suite';
import { TEST_PACK, launch, openFixture, openPopupFor, posts, serveFixtureAt, setTestPack, tabIdOf, typeInto, waitForBadge, waitForHostScript, type Launched } from '../harness';

const HOST = 'social.example.org';

siteSuite({
  site: 'mastodon',
  kind: 'textarea',
  composer: 'post',
  modEnter: true,
  editor: (page) => page.locator('.compose-form textarea'),
  postButton: (page) => page.locator('.compose-form__submit button[type="submit"]'),
});

describe('mastodon: an instance outside the default list', () => {
  let ext: Launched;
  beforeAll(async () => {
    serveFixtureAt(HOST, 'mastodon');
    ext = await launch();
    await setTestPack(ext, TEST_PACK);
  });
  afterAll(async () => ext?.close());

  it('is recognised as Mastodon and added from the popup', async () => {
    const page = await openFixture(ext, 'mastodon', `https://${HOST}/home`);
    const popup = await openPopupFor(ext, await tabIdOf(ext, `https://${HOST}/`));
    await popup.locator('[data-action="add-mastodon"]').click();
    await waitForHostScript(ext, HOST);
    await popup.close();
    await page.reload();
    await page.waitForFunction(() => (window as unknown as { __fixture?: { ready: boolean } }).__fixture?.ready === true);
    await typeInto(page, page.locator('.compose-form textarea'), 'Bluebird');
    await waitForBadge(page, { count: 1, severity: 'block', site: 'mastodon' });
    await page.close();
  });
});

describe('mastodon: after posting', () => {
  let ext: Launched;
  beforeAll(async () => {
    ext = await launch();
    await setTestPack(ext, TEST_PACK);
  });
  afterAll(async () => ext?.close());

  it('notices the box emptied from script and clears the badge', async () => {
    const page = await openFixture(ext, 'mastodon');
    await typeInto(page, page.locator('.compose-form textarea'), 'That was rubbish');
    await waitForBadge(page, { count: 1, severity: 'warn' });
    await page.locator('.compose-form__submit button').click();
    await expect.poll(() => posts(page)).toHaveLength(1);
    expect(await page.locator('.compose-form textarea').inputValue()).toBe('');
    await waitForBadge(page, { count: 0, severity: 'none' }, 5000);
    await page.close();
  });
});
