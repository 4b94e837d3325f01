/**
 * Firefox smoke suite: the Firefox MV3 test build in Debian's firefox-esr, on fixture pages served at
 * the real site addresses, checked through the page contract: the badge's count, severity and site, the
 * CSS highlights (contenteditable) or overlay boxes (textarea), and the confirm holding a post with a
 * block finding. The full per-site suite runs in Chromium (tests/e2e/specs).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { TEST_PACK, type FixtureSite } from '../harness';
import {
  badgeStates, clickConfirm, confirmActions, confirmCount, highlightTexts, launchFirefox, openFixture, overlayBoxes, posts, typeInto, waitForBadge,
  type FirefoxLaunched,
} from './harness';

interface SiteCase {
  site: FixtureSite;
  kind: 'contenteditable' | 'textarea';
  editor: string;
  postButton: string;
  /** the fixture's name for that composer (what it records when it posts) */
  composer: string;
  modEnter?: boolean;
}

const CASES: SiteCase[] = [
  { site: 'x', kind: 'contenteditable', editor: '[data-testid="tweetTextarea_0"]', postButton: '[data-testid="tweetButtonInline"]', composer: 'home', modEnter: true },
  { site: 'linkedin', kind: 'contenteditable', editor: '[data-fixture-quill="post"] .ql-editor', postButton: '.share-actions__primary-action', composer: 'post' },
  { site: 'mastodon', kind: 'textarea', editor: '.compose-form textarea', postButton: '.compose-form__submit button[type="submit"]', composer: 'post', modEnter: true },
];

const DRAFT = 'Launching Bluebird soon, the old one was rubbish';

let ff: FirefoxLaunched;
beforeAll(async () => {
  ff = await launchFirefox(TEST_PACK);
});
afterAll(async () => ff?.close());

async function waitForConfirm(page: Page, n: number): Promise<void> {
  await expect.poll(() => confirmCount(page)).toBe(n);
}

it('runs in Firefox ESR and fetches the pack named by the managed-storage policy', async () => {
  expect(ff.version).toMatch(/^firefox\//i);
  await expect.poll(() => ff.packFetches()).toBeGreaterThan(0);
});

describe.each(CASES)('$site in Firefox', (c) => {
  it('shows a badge with the count, highest severity and site, and marks exactly the matched text', async () => {
    const page = await openFixture(ff, c.site);
    await typeInto(page, c.editor, DRAFT);
    await waitForBadge(page, { count: 2, severity: 'block', site: c.site });
    expect(await badgeStates(page)).toContainEqual({ count: 2, severity: 'block', site: c.site });
    if (c.kind === 'contenteditable') {
      expect(await highlightTexts(page, 'draftguard-block')).toEqual(['Bluebird']);
      expect(await highlightTexts(page, 'draftguard-warn')).toEqual(['rubbish']);
      expect(await highlightTexts(page, 'draftguard-info')).toEqual([]);
    } else {
      await expect.poll(() => overlayBoxes(page)).toEqual(['block', 'warn']);
    }
    await page.close();
  });

  it('holds the post for a block finding; "edit" posts nothing, "post" posts exactly once', async () => {
    const page = await openFixture(ff, c.site);
    await typeInto(page, c.editor, DRAFT);
    await waitForBadge(page, { count: 2, severity: 'block', site: c.site });
    await page.locator(c.postButton).click();
    await waitForConfirm(page, 1);
    expect(await confirmActions(page)).toEqual(['edit', 'post']);
    expect(await posts(page)).toEqual([]);

    await clickConfirm(page, 'edit');
    await waitForConfirm(page, 0);
    expect(await posts(page)).toEqual([]);

    await page.locator(c.postButton).click();
    await waitForConfirm(page, 1);
    await clickConfirm(page, 'post');
    await expect.poll(() => posts(page)).toHaveLength(1);
    await waitForConfirm(page, 0);
    const sent = await posts(page);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.composer).toBe(c.composer);
    expect(sent[0]!.text).toContain('Bluebird');
    await page.close();
  });

  it('a warning alone never stops the post', async () => {
    const page = await openFixture(ff, c.site);
    await typeInto(page, c.editor, 'That was rubbish');
    await waitForBadge(page, { count: 1, severity: 'warn', site: c.site });
    await page.locator(c.postButton).click();
    await expect.poll(() => posts(page)).toHaveLength(1);
    expect(await confirmCount(page)).toBe(0);
    await page.close();
  });

  if (c.modEnter) {
    it('holds Ctrl+Enter too, and replays it after "post"', async () => {
      const page = await openFixture(ff, c.site);
      await typeInto(page, c.editor, DRAFT);
      await waitForBadge(page, { count: 2, severity: 'block', site: c.site });
      await page.keyboard.down('Control');
      await page.keyboard.press('Enter');
      await page.keyboard.up('Control');
      await waitForConfirm(page, 1);
      expect(await posts(page)).toEqual([]);
      await clickConfirm(page, 'post');
      await expect.poll(() => posts(page)).toHaveLength(1);
      await waitForConfirm(page, 0);
      expect(await posts(page)).toHaveLength(1);
      await page.close();
    });
  }
});
