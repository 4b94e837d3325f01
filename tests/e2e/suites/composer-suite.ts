/**
 * The shared browser suite every site runs: a few lines per site in tests/e2e/specs/<site>.e2e.ts.
 * It types into the real editor library on a fixture page served at the site's real address and checks
 * the page contract: badge attributes, highlight ranges, the editor left untouched (compared with a run
 * without the extension), the post held for a block finding, overrides, and the keyboard shortcut.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { ADAPTERS } from '@/entrypoints/content/adapters';
import {
  TEST_PACK, badgeStates, confirmDialog, editorSnapshot, highlightTexts, launch, openFixture, posts, setTestPack, typeInto, waitForBadge,
  type EditorSnapshot, type FixtureSite, type Launched,
} from '../harness';

export interface SiteCase {
  site: FixtureSite;
  /** the editor the person types into */
  editor(page: Page): Locator;
  /** the site's own post button for that editor */
  postButton(page: Page): Locator;
  /** the fixture's name for that composer (what it records when it posts) */
  composer: string;
  /** the site posts with Ctrl+Enter */
  modEnter?: boolean;
  /** textareas are drawn with overlay boxes, contenteditables with CSS highlights */
  kind: 'contenteditable' | 'textarea';
  /** e.g. YouTube: the box exists only after a click */
  prepare?(page: Page): Promise<void>;
  /** e.g. the generic adapter: switched on for the fixture's host before the suite runs */
  enable?(launched: Launched): Promise<void>;
}

const DRAFT = 'Launching Bluebird soon, the old one was rubbish';

/** Draft.js gives every block a random key: the same text typed twice differs only there. */
function normalise(s: EditorSnapshot): EditorSnapshot {
  return { ...s, html: s.html.replace(/data-offset-key="[^"]*"/g, '').replace(/data-block-key="[^"]*"/g, '').replace(/data-editor="[^"]*"/g, '') };
}

export function siteSuite(c: SiteCase): void {
  describe(`${c.site}: composer`, () => {
    let ext: Launched;
    let reference: Launched;

    beforeAll(async () => {
      ext = await launch();
      await setTestPack(ext, TEST_PACK);
      await c.enable?.(ext);
      reference = await launch({ extension: false });
    });
    afterAll(async () => {
      await ext?.close();
      await reference?.close();
    });

    async function open(l: Launched): Promise<Page> {
      const page = await openFixture(l, c.site);
      await c.prepare?.(page);
      return page;
    }

    async function typeDraft(page: Page, text: string): Promise<void> {
      await typeInto(page, c.editor(page), text);
    }

    it('shows a badge with the count and highest severity, and marks exactly the matched text', async () => {
      const page = await open(ext);
      await typeDraft(page, DRAFT);
      await waitForBadge(page, { count: 2, severity: 'block', site: c.site });
      const states = await badgeStates(page);
      expect(states).toContainEqual({ count: 2, severity: 'block', site: c.site });
      if (c.kind === 'contenteditable') {
        expect(await highlightTexts(page, 'draftguard-block')).toEqual(['Bluebird']);
        expect(await highlightTexts(page, 'draftguard-warn')).toEqual(['rubbish']);
        expect(await highlightTexts(page, 'draftguard-info')).toEqual([]);
      } else {
        const boxes = await page.$$eval('draftguard-overlay', (hosts) => hosts.flatMap((h) => [...h.shadowRoot!.querySelectorAll('.box')].map((b) => b.getAttribute('data-severity'))));
        expect(boxes.sort()).toEqual(['block', 'warn']);
      }
      await page.close();
    });

    it('leaves the editor text, DOM and selection exactly as the site alone leaves them', async () => {
      const page = await open(ext);
      const plain = await open(reference);
      await typeDraft(page, DRAFT);
      await typeDraft(plain, DRAFT);
      await waitForBadge(page, { count: 2, severity: 'block' });
      const [withExt, without] = [normalise(await editorSnapshot(c.editor(page))), normalise(await editorSnapshot(c.editor(plain)))];
      expect(withExt).toEqual(without);
      expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual(
        await plain.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie]),
      );
      await page.close();
      await plain.close();
    });

    it('holds the post for a block finding; "edit" posts nothing, "post" posts exactly once', async () => {
      const page = await open(ext);
      await typeDraft(page, DRAFT);
      await waitForBadge(page, { count: 2, severity: 'block' });
      await c.postButton(page).click();
      await expect.poll(() => confirmDialog(page).count()).toBe(1);
      expect(await posts(page)).toEqual([]);
      await confirmDialog(page).locator('[data-action="edit"]').click();
      expect(await confirmDialog(page).count()).toBe(0);
      expect(await posts(page)).toEqual([]);

      await c.postButton(page).click();
      await confirmDialog(page).locator('[data-action="post"]').click();
      await expect.poll(() => posts(page)).toHaveLength(1);
      expect((await posts(page))[0]!.composer).toBe(c.composer);
      expect((await posts(page))[0]!.text).toContain('Bluebird');
      await page.waitForTimeout(300);
      expect(await posts(page)).toHaveLength(1);
      await page.close();
    });

    it('a warning never stops the post', async () => {
      const page = await open(ext);
      await typeDraft(page, 'That was rubbish');
      await waitForBadge(page, { count: 1, severity: 'warn' });
      await c.postButton(page).click();
      await expect.poll(() => posts(page)).toHaveLength(1);
      expect(await confirmDialog(page).count()).toBe(0);
      await page.close();
    });

    it('override "reason": posting waits for a reason; override "deny": no way to post', async () => {
      const page = await open(ext);
      await typeDraft(page, 'Kestrel is here');
      await waitForBadge(page, { count: 1, severity: 'block' });
      await c.postButton(page).click();
      const post = confirmDialog(page).locator('[data-action="post"]');
      await expect.poll(() => post.isDisabled()).toBe(true);
      await confirmDialog(page).locator('[data-field="reason"]').fill('Approved by legal on 12 Nov');
      expect(await post.isDisabled()).toBe(false);
      await post.click();
      await expect.poll(() => posts(page)).toHaveLength(1);
      await page.close();

      const denied = await open(ext);
      await typeDraft(denied, 'Falcon is here');
      await waitForBadge(denied, { count: 1, severity: 'block' });
      await c.postButton(denied).click();
      await expect.poll(() => confirmDialog(denied).count()).toBe(1);
      expect(await confirmDialog(denied).locator('[data-action="post"]').count()).toBe(0);
      expect(await confirmDialog(denied).locator('[data-action="edit"]').count()).toBe(1);
      expect(await posts(denied)).toEqual([]);
      await denied.close();
    });

    if (ADAPTERS[c.site].suggestionMode === 'insert') {
      it("applies a suggestion through the editor's own input path, so its model has the new text", async () => {
        const page = await open(ext);
        await typeDraft(page, 'Soon: Bluebird, really');
        await waitForBadge(page, { count: 1, severity: 'block' });
        await page.locator('draftguard-badge button.dot').click();
        await page.locator('draftguard-badge [data-action="suggest"]').click();
        await waitForBadge(page, { count: 0, severity: 'none' });
        // what the site itself would post (its editor's state), not only the DOM
        const text = await page.evaluate((name) => (window as unknown as { __fixture: { texts: Record<string, () => string> } }).__fixture.texts[name]!(), c.composer);
        expect(text).toBe('Soon: our new product, really');
        await page.close();
      });
    }

    if (c.modEnter) {
      it('holds Ctrl+Enter too, and replays it once after "post"', async () => {
        const page = await open(ext);
        await typeDraft(page, DRAFT);
        await waitForBadge(page, { count: 2, severity: 'block' });
        await page.keyboard.press('Control+Enter');
        await expect.poll(() => confirmDialog(page).count()).toBe(1);
        expect(await posts(page)).toEqual([]);
        await confirmDialog(page).locator('[data-action="post"]').click();
        await expect.poll(() => posts(page)).toHaveLength(1);
        await page.waitForTimeout(300);
        expect(await posts(page)).toHaveLength(1);
        await page.close();
      });
    }
  });
}
