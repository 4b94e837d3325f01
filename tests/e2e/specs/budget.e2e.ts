/**
 * The content-script budget (docs/content-script-performance.md), measured in the browser and printed.
 * Assertions use generous bounds only: the figures are for reading, the bounds catch regressions by an
 * order of magnitude (two shared CPU cores make finer bounds flaky).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, ROOT, TEST_PACK, launch, openFixture, setTestPack, typeInto, waitForBadge, type Launched } from '../harness';

function sizes(dir: string) {
  const file = (f: string) => {
    const p = path.join(dir, 'content-scripts', f);
    return existsSync(p) ? { bytes: statSync(p).size, gzip: gzipSync(readFileSync(p)).length } : null;
  };
  return { content: file('content.js'), composer: file('composer.js') };
}

async function marks(page: Page): Promise<string[]> {
  return page.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name).filter((n) => n.startsWith('draftguard:')));
}

/** Long tasks and heap while typing ~2,000 characters in bursts, pausing so every burst is checked. */
async function typeLongDraft(page: Page, withPauses: boolean): Promise<{ longTasks: number[]; loadTasks: number[]; chars: number }> {
  // the first focus loads the runtime and compiles the pack: measured apart from typing
  await page.evaluate(() => {
    const w = window as unknown as { __loadTasks: number[] };
    w.__loadTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__loadTasks.push(Math.round(e.duration));
    }).observe({ type: 'longtask', buffered: false });
  });
  await page.locator('[data-testid="tweetTextarea_0"]').click();
  await page.waitForTimeout(4000);
  const loadTasks = await page.evaluate(() => (window as unknown as { __loadTasks: number[] }).__loadTasks);
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push(Math.round(e.duration));
    }).observe({ type: 'longtask', buffered: false });
  });
  const sentence = 'We shipped the quarterly update today and the team is proud of it, thanks all. ';
  let chars = 0;
  while (chars < 2000) {
    await page.keyboard.type(sentence);
    chars += sentence.length;
    if (withPauses) await page.waitForTimeout(350);
  }
  await page.waitForTimeout(600);
  return { longTasks: await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks), loadTasks, chars };
}

describe('content-script budget', () => {
  let ext: Launched;
  let reference: Launched;
  beforeAll(async () => {
    ext = await launch();
    await setTestPack(ext, TEST_PACK);
    reference = await launch({ extension: false });
  });
  afterAll(async () => {
    await ext?.close();
    await reference?.close();
  });

  it('injects only the small script until a composer is focused', async () => {
    const prod = path.join(ROOT, '.output/chrome-mv3');
    const measured = { production: sizes(prod), test: sizes(EXTENSION_DIR) };
    console.log('[budget] script sizes (bytes, gzip):', JSON.stringify(measured));
    const initial = measured.production.content ?? measured.test.content;
    expect(initial).not.toBeNull();
    // written budget: 16 KB minified; the test build is not minified, hence the looser bound there
    expect(initial!.bytes).toBeLessThan(measured.production.content ? 16_000 : 48_000);

    const page = await openFixture(ext, 'x');
    await page.waitForTimeout(500);
    expect(await marks(page)).toEqual([]); // nothing asked for the pack, so the runtime did not load
    await page.locator('[data-testid="tweetTextarea_0"]').click();
    await expect.poll(() => marks(page), { timeout: 15_000 }).toContain('draftguard:policy-compiled');
    const timing = await page.evaluate(() => {
      const get = (n: string) => performance.getEntriesByName(`draftguard:${n}`)[0]?.startTime ?? NaN;
      return { packMessageMs: Math.round(get('policy-received') - get('policy-requested')), compileMs: Math.round(get('policy-compiled') - get('policy-received')) };
    });
    console.log('[budget] first focus: pack message and compile (ms):', JSON.stringify(timing));
    await page.close();
  });

  it('updates the badge within 500 ms of the last keystroke', async () => {
    const page = await openFixture(ext, 'x');
    await typeInto(page, page.locator('[data-testid="tweetTextarea_0"]'), 'warming up ');
    await waitForBadge(page, { count: 0, severity: 'none' });
    await page.evaluate(() => {
      const w = window as unknown as { __lastKey: number; __badgeAt: number[] };
      w.__badgeAt = [];
      window.addEventListener('keydown', () => (w.__lastKey = performance.now()), true);
      const badge = document.querySelector('draftguard-badge')!;
      new MutationObserver(() => w.__badgeAt.push(performance.now() - w.__lastKey)).observe(badge, { attributes: true, attributeFilter: ['data-count'] });
    });
    const latencies: number[] = [];
    for (const word of ['Bluebird ', 'rubbish ', 'Kestrel ', 'Falcon ', 'basically ']) {
      const before = await page.evaluate(() => (window as unknown as { __badgeAt: number[] }).__badgeAt.length);
      await page.keyboard.type(word);
      await page.waitForFunction((n) => (window as unknown as { __badgeAt: number[] }).__badgeAt.length > n, before, { timeout: 3000 });
      latencies.push(await page.evaluate(() => Math.round((window as unknown as { __badgeAt: number[] }).__badgeAt.at(-1)!)));
    }
    console.log('[budget] last keystroke -> badge update (ms):', latencies.join(', '));
    expect(Math.max(...latencies)).toBeLessThan(1500);
    await page.close();
  });

  it('adds no long task while typing 2,000 characters (compared with the site alone)', async () => {
    const withExt = await openFixture(ext, 'x');
    const alone = await openFixture(reference, 'x');
    const a = await typeLongDraft(withExt, true);
    const b = await typeLongDraft(alone, true);
    const heap = await withExt.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? null);
    const heapAlone = await alone.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? null);
    console.log(`[budget] first focus (runtime load + pack compile): long tasks [${a.loadTasks.join(', ')}] ms`);
    console.log(`[budget] ${a.chars} chars typed: long tasks with extension [${a.longTasks.join(', ')}], site alone [${b.longTasks.join(', ')}]`);
    console.log(`[budget] JS heap after typing: with extension ${heap}, site alone ${heapAlone}`);
    const over = (xs: number[]) => xs.filter((d) => d > 50).length;
    expect(over(a.longTasks)).toBeLessThanOrEqual(over(b.longTasks) + 1);
    await withExt.close();
    await alone.close();
  }, 180_000);
});
