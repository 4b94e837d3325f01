#!/usr/bin/env -S npx tsx
/**
 * Regenerates the README screenshots with the browser-test harness (tests/e2e/harness.ts):
 *   docs/images/warning-ui.png  the X fixture (Draft.js) with a blocked draft and the findings panel open
 *   docs/images/history.png     history.html with a few flagged episodes, one opened, and the weekly chart
 *
 *   npx tsx scripts/screenshots.ts
 *   DRAFTGUARD_SKIP_BUILD=1 npx tsx scripts/screenshots.ts      reuse the last build in the output folder
 *   DRAFTGUARD_TEST_OUTDIR=DIR npx tsx scripts/screenshots.ts   build the test extension into DIR
 *                                                             (default: <tmp>/draftguard-screenshots)
 *
 * Not part of `npm test`. One headless Chromium, closed at the end (also on failure).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import type { PackSource } from '@/rules/types';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.resolve(process.env.DRAFTGUARD_TEST_OUTDIR ?? path.join(tmpdir(), 'draftguard-screenshots'));
process.env.DRAFTGUARD_EXTENSION_DIR ??= path.join(outDir, 'chrome-mv3-test');
const imagesDir = path.join(root, 'docs/images');

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, env });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status ?? r.signal})`);
}

if (!process.env.DRAFTGUARD_SKIP_BUILD) run('npx', ['wxt', 'build', '--mode', 'test'], { ...process.env, DRAFTGUARD_TEST_OUTDIR: outDir });
if (!existsSync(path.join(root, 'tests/e2e/fixtures/dist/draft.js'))) {
  throw new Error('The fixture editors are not bundled yet (tests/e2e/fixtures/dist): run `npm run test:e2e` once.');
}

// Imported after DRAFTGUARD_EXTENSION_DIR is set: the harness reads it when it loads.
const { confirmDialog, launch, openExtensionPage, openFixture, posts, setTestPack, storedEpisodes, typeInto, waitForBadge } = await import('../tests/e2e/harness');

/** A small company pack on top of the built-in ones: an internal codename, and one that needs a reason. */
const PACK: PackSource = {
  format: 'draftguard/pack@1',
  id: 'acme.comms',
  name: 'Acme communications policy',
  version: '2.3.0',
  policyUrl: 'https://intranet.acme.example/policies/social-media',
  rules: [
    {
      id: 'codename',
      kind: 'terms',
      category: 'confidential',
      severity: 'block',
      terms: ['Bluebird'],
      hash: false,
      message: "'{match}' is an internal codename.",
      note: 'Unreleased projects are never named in public, not even as a teaser.',
      suggestions: ['our new product'],
    },
    {
      id: 'pricing',
      kind: 'terms',
      category: 'confidential',
      severity: 'block',
      override: 'reason',
      terms: ['Kestrel pricing'],
      hash: false,
      message: "'{match}' is not public yet.",
      note: 'Pricing is announced by Corporate Communications; post it only with their approval.',
    },
  ],
};

const X_HOME = '[data-testid="tweetTextarea_0"]';
const X_HOME_POST = '[data-testid="tweetButtonInline"]';
const X_REPLY = '[data-testid="tweetTextarea_1"]';

function report(file: string): void {
  console.log(`wrote ${path.relative(root, file)} (${Math.round(statSync(file).size / 1024)} KB)`);
}

async function lightPage(page: Page): Promise<void> {
  await page.setViewportSize({ width: 1200, height: 800 });
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
}

/** Posts what is in the X home composer, through the confirm dialog when DraftGuard holds the post. */
async function postOnX(page: Page, reason?: string): Promise<void> {
  const before = (await posts(page)).length;
  await page.locator(X_HOME_POST).click();
  const dialog = confirmDialog(page);
  await page.waitForTimeout(300);
  if (await dialog.count()) {
    if (reason) await dialog.locator('[data-field="reason"]').fill(reason);
    await dialog.locator('[data-action="post"]').click();
  }
  await page.waitForFunction((n) => (window as unknown as { __fixture: { posts: unknown[] } }).__fixture.posts.length > n, before);
  // X empties the composer once the post is out; the fixture does not, so do it as the site would.
  await clearEditor(page, X_HOME);
  await waitForBadge(page, { count: 0, severity: 'none' });
}

async function clearEditor(page: Page, selector: string): Promise<void> {
  await page.locator(selector).click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
}

const ext = await launch();
try {
  await setTestPack(ext, PACK);
  mkdirSync(imagesDir, { recursive: true });

  // ---- 1. the warning UI ------------------------------------------------------------------------------
  {
    const page = await openFixture(ext, 'x');
    await lightPage(page);
    // Something for the reader to recognise as X: the fixture page itself is bare.
    await page.addStyleTag({
      content: `body{margin:0;background:#f7f9f9;font-family:system-ui,sans-serif}
        main{padding:24px 32px}
        .composer{background:#fff;border:1px solid #cfd9de;border-radius:16px;padding:14px 16px;margin:0 0 16px;width:560px}
        .composer [role=group]{display:flex;margin-top:10px}
        .composer button{background:#1d9bf0;color:#fff;border:0;border-radius:999px;padding:7px 18px;font-weight:700;font-size:15px}
        .public-DraftEditor-content{min-height:72px;font:17px/1.45 system-ui,sans-serif;color:#0f1419}
        [role=dialog][aria-label=Reply]{display:none}`,
    });
    await typeInto(page, page.locator(X_HOME), 'Sneak peek: Bluebird ships next month, and @dana is a clown for doubting it.');
    await waitForBadge(page, { count: 2, severity: 'block', site: 'x' }, 15_000);
    await page.locator('draftguard-badge button.dot').first().click();
    await page.locator('draftguard-badge .panel:not([hidden])').first().waitFor();
    await page.mouse.move(1100, 700); // no hover state on the badge
    await page.waitForTimeout(200);
    const composer = await page.locator('.composer').first().boundingBox();
    const panel = await page.locator('draftguard-badge .panel').first().boundingBox();
    if (!composer || !panel) throw new Error('composer or panel not on screen');
    const left = 0;
    const top = 0;
    const right = Math.min(1200, Math.max(composer.x + composer.width, panel.x + panel.width) + 32);
    const bottom = Math.min(800, Math.max(composer.y + composer.height, panel.y + panel.height) + 24);
    const file = path.join(imagesDir, 'warning-ui.png');
    await page.screenshot({ path: file, clip: { x: left, y: top, width: right - left, height: bottom - top } });
    report(file);
    // closing a page with a flagged draft in it records a discarded episode: empty it first
    await clearEditor(page, X_HOME);
    await waitForBadge(page, { count: 0, severity: 'none' });
    await page.close();
  }

  // ---- 2. history: a few episodes, made the way a person makes them -----------------------------------
  {
    const page = await openFixture(ext, 'x');
    await lightPage(page);
    const home = page.locator(X_HOME);

    // posted anyway: a codename and an insult
    await typeInto(page, home, 'Sneak peek: Bluebird ships next month, and @dana is a clown for doubting it.');
    await waitForBadge(page, { count: 2, severity: 'block' }, 15_000);
    await postOnX(page);

    // edited: the codename taken out before posting
    await typeInto(page, home, 'Bluebird beta invites go out on Friday!');
    await waitForBadge(page, { count: 1, severity: 'block' });
    await clearEditor(page, X_HOME);
    await typeInto(page, home, 'Beta invites for our new product go out on Friday!');
    await waitForBadge(page, { count: 0, severity: 'none' });
    await postOnX(page);

    // posted with a reason
    await typeInto(page, home, 'Kestrel pricing goes live on Monday: 20% off for early customers.');
    await waitForBadge(page, { count: 1, severity: 'block' });
    await postOnX(page, 'Approved by Corporate Communications (ticket COMMS-4411)');

    // a warning, posted
    await typeInto(page, home, 'Honestly our competitors are morons, their release was a mess.');
    await waitForBadge(page, { count: 1, severity: 'warn' });
    await postOnX(page);

    // dismissed: "Not a problem" on an insult the person disagrees with
    await typeInto(page, home, 'You are a complete idiot if you still plan launches in spreadsheets.');
    await waitForBadge(page, { count: 1, severity: 'warn' });
    await page.locator('draftguard-badge button.dot').first().click();
    await page.locator('draftguard-badge [data-action="not-a-problem"]').first().click();
    await waitForBadge(page, { count: 0, severity: 'none' });
    await postOnX(page);

    // discarded: a reply left behind when the person moves to another page of the site
    await typeInto(page, page.locator(X_REPLY), '@sam you are a liar and everyone on the Bluebird team knows it');
    await page.waitForFunction(() => [...document.querySelectorAll('draftguard-badge')].some((b) => b.getAttribute('data-severity') === 'block'));
    await page.evaluate(() => (window as unknown as { __navigate(p: string): void }).__navigate('/messages'));
    await page.waitForTimeout(2500); // the runtime notices removed composers once a second

    const expected = 6;
    for (let i = 0; i < 40 && (await storedEpisodes(ext)).length < expected; i++) await page.waitForTimeout(250);
    const episodes = await storedEpisodes(ext);
    console.log(`episodes: ${episodes.map((e) => `${e.site}/${e.outcome}`).join(', ')}`);
    await page.close();

    const history = await openExtensionPage(ext, 'history.html');
    await lightPage(history);
    // All of these happened a minute ago; spread them over the last few weeks so the weekly chart has a
    // shape. Only `at` changes (the episodes are the ones the extension stored), and all stay within the
    // default 30-day retention.
    const daysAgo = [1, 5, 9, 13, 17, 23];
    await history.evaluate(
      async ({ ids, days }) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const req = indexedDB.open('draftguard');
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction('episodes', 'readwrite');
          const store = tx.objectStore('episodes');
          ids.forEach((id, i) => {
            const get = store.get(id);
            get.onsuccess = () => {
              const rec = get.result as { at: number; startedAt?: number };
              const shift = days[i % days.length]! * 86_400_000 + (i * 37 + 95) * 60_000;
              rec.at -= shift;
              if (rec.startedAt !== undefined) rec.startedAt -= shift;
              store.put(rec);
            };
          });
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
        db.close();
      },
      // newest first: the last episode made is the most recent one
      { ids: [...episodes].sort((a, b) => b.at - a.at).map((e) => e.id), days: daysAgo },
    );
    await history.reload();
    await history.waitForSelector('li[data-site] button');
    await history.waitForFunction(() => document.querySelector('.chart svg rect') !== null);
    // open the codename + insult draft, whose matched text is masked in the detail
    const target = history.locator('li[data-site="x"][data-outcome="posted"] button', { hasText: 'Sneak peek' }).first();
    await ((await target.count()) ? target : history.locator('li[data-site] button').first()).click();
    await history.locator('section.detail').waitFor();
    await history.mouse.move(1190, 10);
    await history.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const file = path.join(imagesDir, 'history.png');
    // The whole page in one viewport (a full-page capture would leave room for a scrollbar it then hides).
    const height = await history.evaluate(() => document.documentElement.scrollHeight);
    await history.setViewportSize({ width: 1200, height });
    await history.screenshot({ path: file });
    report(file);
    await history.close();
  }
} finally {
  await ext.close();
}
