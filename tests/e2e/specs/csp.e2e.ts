/**
 * The real sites send strict Content-Security-Policies; the runtime is loaded with import() from the
 * content script and the highlight styles go into the page. Both must survive a strict policy.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PACK, confirmDialog, highlightTexts, launch, openFixture, setPageCsp, setTestPack, typeInto, waitForBadge, type Launched } from '../harness';

describe('under a strict Content-Security-Policy', () => {
  let ext: Launched;
  beforeAll(async () => {
    setPageCsp('x.com', "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; connect-src 'self'");
    ext = await launch();
    await setTestPack(ext, TEST_PACK);
  });
  afterAll(async () => {
    setPageCsp('x.com', null);
    await ext?.close();
  });

  it('loads the runtime, checks, highlights and holds the post', async () => {
    const page = await openFixture(ext, 'x');
    // the policy is in force: the page itself cannot run an inline script
    const inlineRan = await page.evaluate(() => {
      const el = document.createElement('script');
      el.textContent = 'window.__inlineRan = true';
      document.head.append(el);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan ?? false;
    });
    expect(inlineRan).toBe(false);
    await typeInto(page, page.locator('[data-testid="tweetTextarea_0"]'), 'Launching Bluebird');
    await waitForBadge(page, { count: 1, severity: 'block', site: 'x' });
    expect(await highlightTexts(page, 'draftguard-block')).toEqual(['Bluebird']);
    // the ::highlight() rule applies: the matched text is drawn with our underline colour
    const styled = await page.evaluate(() => {
      const text = document.querySelector('[data-testid="tweetTextarea_0"] [data-text]')!;
      return getComputedStyle(text, '::highlight(draftguard-block)').textDecorationColor;
    });
    expect(styled).toBe('rgb(208, 25, 29)');
    await page.locator('[data-testid="tweetButtonInline"]').click();
    await expect.poll(() => confirmDialog(page).count()).toBe(1);
    await page.close();
  });
});
