/** The toolbar popup, opened in a tab and pointed at the fixture's tab (`popup.html?tab=<id>`). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_URLS, TEST_PACK, launch, openFixture, openPopupFor, setTestPack, tabIdOf, typeInto, waitForBadge, type Launched } from '../harness';

describe('popup', () => {
  let ext: Launched;
  beforeAll(async () => {
    ext = await launch();
    await setTestPack(ext, TEST_PACK);
  });
  afterAll(async () => ext?.close());

  it("shows the pack in force, the site switch and the current draft's findings", async () => {
    const page = await openFixture(ext, 'x');
    await typeInto(page, page.locator('[data-testid="tweetTextarea_0"]'), 'Bluebird and rubbish');
    await waitForBadge(page, { count: 2, severity: 'block' });
    const popup = await openPopupFor(ext, await tabIdOf(ext, FIXTURE_URLS.x));
    await popup.locator('[data-field="pack-name"]').waitFor();
    expect(await popup.locator('[data-field="pack-name"]').innerText()).toBe('E2E test pack');
    expect(await popup.locator('[data-field="pack-version"]').innerText()).toBe('1.0.0');
    expect(await popup.locator('[data-field="site-enabled"]').isChecked()).toBe(true);
    await popup.locator('[data-section="findings"] .finding').first().waitFor();
    const rules = await popup.locator('[data-section="findings"] .finding').evaluateAll((els) => els.map((e) => e.getAttribute('data-rule-id')).sort());
    expect(rules).toEqual(['e2e.codename', 'e2e.warn-term']);
    await popup.close();
    await page.close();
  });

  it('switching the site off stops checking there', async () => {
    const page = await openFixture(ext, 'linkedin');
    const popup = await openPopupFor(ext, await tabIdOf(ext, FIXTURE_URLS.linkedin));
    await popup.locator('[data-field="site-enabled"]').waitFor();
    await popup.locator('[data-field="site-enabled"]').click(); // controlled: the state follows the saved setting
    await expect.poll(() => popup.locator('[data-field="site-enabled"]').isChecked()).toBe(false);
    await popup.close();
    await page.reload();
    await typeInto(page, page.locator('[data-fixture-quill="post"] .ql-editor'), 'Bluebird');
    await page.waitForTimeout(4000); // the pack loads on first focus; then nothing may appear
    expect(await page.locator('draftguard-badge').count()).toBe(0);
    await page.close();
  });

  it('"Check this page" checks the article and lists findings with their sentence', async () => {
    const page = await openFixture(ext, 'generic');
    const popup = await openPopupFor(ext, await tabIdOf(ext, FIXTURE_URLS.generic));
    await popup.locator('[data-action="check-page"]').click();
    const result = popup.locator('[data-field="check-result"]');
    await result.waitFor({ timeout: 15_000 });
    const item = result.locator('.finding[data-rule-id="e2e.codename"]');
    expect(await item.count()).toBe(1);
    expect(await item.locator('.sentence').innerText()).toBe('We can say that Bluebird is coming in the spring.');
    // the text stayed in the page: nothing about it reached the page's own storage
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([0, 0, '']);
    await popup.close();
    await page.close();
  });
});
