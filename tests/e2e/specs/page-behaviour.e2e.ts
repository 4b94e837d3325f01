/**
 * Behaviour that is the same on every site, exercised on X (Draft.js) where the site demands the most:
 * several composers at once, SPA navigation, the findings panel, suggestions, personal filters, info
 * findings, and the episode report.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PACK, badgeStates, confirmDialog, highlightTexts, launch, openFixture, posts, setTestPack, typeInto, waitForBadge, type Launched } from '../harness';

describe('on the page', () => {
  let ext: Launched;
  beforeAll(async () => {
    ext = await launch();
    await setTestPack(ext, TEST_PACK);
  });
  afterAll(async () => ext?.close());

  it('watches several composers at once, each with its own badge, and guards each post button', async () => {
    const page = await openFixture(ext, 'x');
    await typeInto(page, page.locator('[data-testid="tweetTextarea_0"]'), 'Bluebird here');
    await typeInto(page, page.locator('[data-testid="tweetTextarea_1"]'), 'that is rubbish');
    await waitForBadge(page, { count: 1, severity: 'block', site: 'x' });
    await waitForBadge(page, { count: 1, severity: 'warn', site: 'x' });
    expect(await page.locator('draftguard-badge').count()).toBe(2);
    expect(await highlightTexts(page, 'draftguard-block')).toEqual(['Bluebird']);
    expect(await highlightTexts(page, 'draftguard-warn')).toEqual(['rubbish']);
    // the reply has only a warning: its post goes through; the home composer's is held
    await page.locator('[data-testid="tweetButton"]').click();
    await expect.poll(() => posts(page)).toEqual([{ composer: 'reply', text: 'that is rubbish' }]);
    await page.locator('[data-testid="tweetButtonInline"]').click();
    await expect.poll(() => confirmDialog(page).count()).toBe(1);
    await page.close();
  });

  it('follows SPA navigation to a new composer (history.pushState)', async () => {
    const page = await openFixture(ext, 'x');
    await typeInto(page, page.locator('[data-testid="tweetTextarea_0"]'), 'Bluebird');
    await waitForBadge(page, { count: 1, severity: 'block' });
    await page.evaluate(() => (window as unknown as { __navigate(p: string): void }).__navigate('/messages/123'));
    await page.locator('[data-testid="dmComposerTextInput"]').waitFor();
    // the old composer is gone: its badge goes with it (swept within about a second)
    await expect.poll(() => page.locator('draftguard-badge').count(), { timeout: 5000 }).toBe(0);
    await typeInto(page, page.locator('[data-testid="dmComposerTextInput"]'), 'Kestrel news');
    await waitForBadge(page, { count: 1, severity: 'block', site: 'x' });
    await page.locator('[data-testid="dmComposerSendButton"]').click();
    await expect.poll(() => confirmDialog(page).count()).toBe(1);
    await page.close();
  });

  it('opens the findings panel with the keyboard, explains the finding, and "ignore once" clears it', async () => {
    const page = await openFixture(ext, 'x');
    await typeInto(page, page.locator('[data-testid="tweetTextarea_0"]'), 'Launching Bluebird');
    await waitForBadge(page, { count: 1, severity: 'block' });
    await page.keyboard.press('Alt+Shift+KeyD');
    const panel = page.locator('draftguard-badge .panel');
    await panel.waitFor();
    const text = await panel.innerText();
    expect(text).toContain("'Bluebird' is an internal codename.");
    expect(text).toContain('Unreleased projects are not named in public.');
    expect(await page.locator('draftguard-badge [data-action="ignore-once"]').count()).toBe(1);
    await page.locator('draftguard-badge [data-action="ignore-once"]').click();
    await waitForBadge(page, { count: 0, severity: 'none' });
    expect(await highlightTexts(page, 'draftguard-block')).toEqual([]);
    // Escape closes the panel and gives the draft its focus back
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('tweetTextarea_0');
    await page.close();
  });

  it('never offers "ignore once" or "not a problem" for a rule whose override is not allow', async () => {
    const page = await openFixture(ext, 'x');
    await typeInto(page, page.locator('[data-testid="tweetTextarea_0"]'), 'Falcon');
    await waitForBadge(page, { count: 1, severity: 'block' });
    await page.locator('draftguard-badge button.dot').click();
    await page.locator('draftguard-badge .panel .item').waitFor();
    expect(await page.locator('draftguard-badge [data-action="ignore-once"]').count()).toBe(0);
    expect(await page.locator('draftguard-badge [data-action="not-a-problem"]').count()).toBe(0);
    await page.close();
  });

  it('applies a suggestion through the editor, so the editor keeps its own state', async () => {
    const page = await openFixture(ext, 'x');
    await typeInto(page, page.locator('[data-testid="tweetTextarea_0"]'), 'Soon: Bluebird!');
    await waitForBadge(page, { count: 1, severity: 'block' });
    await page.locator('draftguard-badge button.dot').click();
    await page.locator('draftguard-badge [data-action="suggest"]').click();
    await waitForBadge(page, { count: 0, severity: 'none' });
    // Draft.js's own state (what it would post) has the replacement, not only the DOM
    const text = await page.evaluate(() => (window as unknown as { __fixture: { texts: Record<string, () => string> } }).__fixture.texts.home!());
    expect(text).toBe('Soon: our new product!');
    await page.close();
  });

  it('"not a problem" adds the match to the personal allow-list, which later drafts honour', async () => {
    const page = await openFixture(ext, 'x');
    await typeInto(page, page.locator('[data-testid="tweetTextarea_0"]'), 'this is rubbish');
    await waitForBadge(page, { count: 1, severity: 'warn' });
    await page.locator('draftguard-badge button.dot').click();
    await page.locator('draftguard-badge [data-action="not-a-problem"]').click();
    await waitForBadge(page, { count: 0, severity: 'none' });
    await page.close();
    const again = await openFixture(ext, 'x');
    await typeInto(again, again.locator('[data-testid="tweetTextarea_0"]'), 'rubbish Bluebird');
    await waitForBadge(again, { count: 1, severity: 'block' });
    await again.close();
  });

  it('counts info findings on the badge but draws them only when settings say so', async () => {
    const page = await openFixture(ext, 'x');
    await typeInto(page, page.locator('[data-testid="tweetTextarea_0"]'), 'basically fine');
    await waitForBadge(page, { count: 1, severity: 'info' });
    expect(await highlightTexts(page, 'draftguard-info')).toEqual([]);
    expect((await badgeStates(page))[0]).toEqual({ count: 1, severity: 'info', site: 'x' });
    await page.close();
  });
});
