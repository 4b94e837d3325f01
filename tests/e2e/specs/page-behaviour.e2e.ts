/**
 * Behaviour that is the same on every site, exercised on X (Draft.js) where the site demands the most:
 * several composers at once, SPA navigation, the findings panel, suggestions, personal filters, info
 * findings, and the episode report.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PACK, badgeStates, storedEpisodes, confirmDialog, highlightTexts, launch, openFixture, posts, setTestPack, typeInto, waitForBadge, type Launched } from '../harness';

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

  it('holds a post made at once after typing, before the first check (and while the pack loads)', async () => {
    const page = await openFixture(ext, 'x');
    await typeInto(page, page.locator('[data-testid="tweetTextarea_0"]'), 'Bluebird');
    await page.locator('[data-testid="tweetButtonInline"]').click();
    await expect.poll(() => confirmDialog(page).count(), { timeout: 10_000 }).toBe(1);
    expect(await posts(page)).toEqual([]);
    await confirmDialog(page).locator('[data-action="post"]').click();
    await expect.poll(() => posts(page)).toHaveLength(1);
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

  it('reports how each finding ended when the episode ends (posted, edited, dismissed)', async () => {
    const page = await openFixture(ext, 'x');
    const editor = page.locator('[data-testid="tweetTextarea_0"]');
    await typeInto(page, editor, 'Kestrel');
    await waitForBadge(page, { count: 1, severity: 'block' });
    for (let i = 0; i < 'Kestrel'.length; i++) await page.keyboard.press('Backspace');
    await waitForBadge(page, { count: 0, severity: 'none' });
    await page.keyboard.type('Bluebird is basically fine');
    await waitForBadge(page, { count: 2, severity: 'block' });
    await page.locator('draftguard-badge button.dot').click();
    await page.locator('draftguard-badge .item[data-rule-id="e2e.info-term"] [data-action="not-a-problem"]').click();
    await waitForBadge(page, { count: 1, severity: 'block' });
    const known = new Set((await storedEpisodes(ext)).map((e) => e.id));
    await page.locator('[data-testid="tweetButtonInline"]').click();
    await confirmDialog(page).locator('[data-action="post"]').click();
    await expect.poll(() => posts(page)).toHaveLength(1);
    const fresh = async () => (await storedEpisodes(ext)).filter((e) => !known.has(e.id) && e.site === 'x');
    await expect.poll(async () => (await fresh()).length, { timeout: 5000 }).toBe(1);
    const [episode] = await fresh();
    expect(Object.fromEntries(episode!.findings.map((f) => [f.ruleId, f.outcome]))).toEqual({
      'e2e.codename': 'posted',
      'e2e.info-term': 'dismissed',
      'e2e.reason-term': 'edited',
    });
    await page.close();
  });

  it('keeps the override reason with the episode, and reports an abandoned draft as discarded', async () => {
    const page = await openFixture(ext, 'x');
    const known = new Set((await storedEpisodes(ext)).map((e) => e.id));
    await typeInto(page, page.locator('[data-testid="tweetTextarea_0"]'), 'Kestrel launch');
    await waitForBadge(page, { count: 1, severity: 'block' });
    await page.locator('[data-testid="tweetButtonInline"]').click();
    await confirmDialog(page).locator('[data-field="reason"]').fill('Cleared with legal');
    await confirmDialog(page).locator('[data-action="post"]').click();
    await expect.poll(() => posts(page)).toHaveLength(1);
    await typeInto(page, page.locator('[data-testid="tweetTextarea_1"]'), 'Bluebird draft');
    await waitForBadge(page, { count: 1, severity: 'block' });
    // the person leaves for another view: the composer is removed without posting
    await page.evaluate(() => (window as unknown as { __navigate(p: string): void }).__navigate('/messages'));
    const fresh = async () => (await storedEpisodes(ext)).filter((e) => !known.has(e.id) && e.site === 'x');
    await expect.poll(async () => (await fresh()).length, { timeout: 5000 }).toBe(2);
    const [posted, discarded] = await fresh();
    expect(posted!.overrideReason).toBe('Cleared with legal');
    expect(posted!.findings.map((f) => f.outcome)).toEqual(['posted']);
    expect(discarded!.findings.map((f) => `${f.ruleId}:${f.outcome}`)).toEqual(['e2e.codename:discarded']);
    await page.close();
  });

  it('draws overlay boxes in its own shadow root where the Highlight API is missing', async () => {
    const page = await openFixture(ext, 'x');
    await page.evaluate(() => document.documentElement.setAttribute('data-draftguard-test-no-highlight-api', ''));
    await typeInto(page, page.locator('[data-testid="tweetTextarea_0"]'), 'Launching Bluebird now');
    await waitForBadge(page, { count: 1, severity: 'block' });
    expect(await highlightTexts(page, 'draftguard-block')).toEqual([]);
    const boxes = await page.$$eval('draftguard-overlay', (hosts) =>
      hosts.flatMap((h) => [...h.shadowRoot!.querySelectorAll('.box')].map((b) => ({ severity: b.getAttribute('data-severity'), ...b.getBoundingClientRect().toJSON() }))),
    );
    expect(boxes).toHaveLength(1);
    // the box sits on the word: compare with the word's own rectangle in the editor
    const word = await page.evaluate(() => {
      const el = document.querySelector('[data-testid="tweetTextarea_0"] [data-text]')!.firstChild as Text;
      const r = document.createRange();
      r.setStart(el, el.data.indexOf('Bluebird'));
      r.setEnd(el, el.data.indexOf('Bluebird') + 8);
      return r.getBoundingClientRect().toJSON();
    });
    expect(boxes[0]!.severity).toBe('block');
    expect(Math.abs(boxes[0]!.left - word.left)).toBeLessThan(1);
    expect(Math.abs(boxes[0]!.width - word.width)).toBeLessThan(1);
    expect(await page.locator('draftguard-overlay').evaluate((h) => h.parentElement === document.body)).toBe(true);
    await page.close();
  });
});
