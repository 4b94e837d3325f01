import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteSuite } from '../suites/composer-suite';
import { FIXTURE_URLS, TEST_PACK, enableGenericHost, launch, openFixture, openPopupFor, setTestPack, tabIdOf, typeInto, waitForBadge, waitForHostScript, type Launched } from '../harness';

const HOST = new URL(FIXTURE_URLS.generic).host;

describe('generic: before and after "Enable on this site"', () => {
  let ext: Launched;
  beforeAll(async () => {
    ext = await launch();
    await setTestPack(ext, TEST_PACK);
  });
  afterAll(async () => ext?.close());

  it('does nothing on a site the person has not enabled, then watches it once enabled from the popup', async () => {
    const page = await openFixture(ext, 'generic');
    await typeInto(page, page.locator('textarea[name="reply"]'), 'Bluebird');
    // give a wrongly injected script every chance to show up (the debounce is 300 ms)
    await page.waitForTimeout(1200);
    expect(await page.locator('draftguard-badge').count()).toBe(0);

    const popup = await openPopupFor(ext, await tabIdOf(ext, FIXTURE_URLS.generic));
    await popup.locator('[data-action="enable-site"]').click();
    await waitForHostScript(ext, HOST);
    await popup.close();

    await page.reload();
    await page.waitForFunction(() => (window as unknown as { __fixture?: { ready: boolean } }).__fixture?.ready === true);
    await typeInto(page, page.locator('textarea[name="reply"]'), 'Bluebird');
    await waitForBadge(page, { count: 1, severity: 'block', site: 'generic' });
  });

  it('skips fields that opt out (data-gramm="false") and password fields', async () => {
    const page = await openFixture(ext, 'generic');
    await typeInto(page, page.locator('textarea[name="notes"]'), 'Bluebird');
    await typeInto(page, page.locator('input[type="password"]'), 'Bluebird');
    await page.waitForTimeout(1200);
    expect(await page.locator('draftguard-badge').count()).toBe(0);
  });
});

siteSuite({
  site: 'generic',
  kind: 'textarea',
  composer: 'reply',
  modEnter: false,
  enable: (l) => enableGenericHost(l, HOST),
  editor: (page) => page.locator('textarea[name="reply"]'),
  postButton: (page) => page.locator('form.reply button[type="submit"]'),
});
