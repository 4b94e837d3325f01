/** axe-core on what DraftGuard draws in a page: the badge, its findings panel and the confirm step. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { TEST_PACK, confirmDialog, launch, openFixture, setTestPack, typeInto, waitForBadge, type Launched } from '../harness';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: unknown }[];
}

/** Violations inside our own shadow roots (the page around them is the fixture's business). */
async function axeOn(page: Page, host: string, inner: string): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(
    async ([h, i]) => {
      const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: AxeViolation[]; passes: unknown[] }> } }).axe;
      const result = await axe.run({ include: [{ fromShadowDom: [h, i] }] }, {});
      // a context that matched nothing would pass vacuously
      if (result.passes.length === 0) throw new Error(`axe checked nothing in ${h} ${i}`);
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => ({ target: n.target })) }));
    },
    [host, inner] as const,
  );
}

describe('accessibility of the in-page UI', () => {
  let ext: Launched;
  beforeAll(async () => {
    ext = await launch();
    await setTestPack(ext, TEST_PACK);
  });
  afterAll(async () => ext?.close());

  it('the badge and its open panel have no axe violations', async () => {
    const page = await openFixture(ext, 'x');
    await typeInto(page, page.locator('[data-testid="tweetTextarea_0"]'), 'Bluebird is rubbish');
    await waitForBadge(page, { count: 2, severity: 'block' });
    const label = await page.locator('draftguard-badge button.dot').getAttribute('aria-label');
    expect(label).toBe('DraftGuard: 2 findings, open the list');
    expect(await page.locator('draftguard-badge [aria-live="polite"]').textContent()).toBe('2 DraftGuard findings');
    await page.locator('draftguard-badge button.dot').click();
    expect(await axeOn(page, 'draftguard-badge', '.panel')).toEqual([]);
    expect(await axeOn(page, 'draftguard-badge', 'button.dot')).toEqual([]);
    await page.close();
  });

  it('the confirm step has no axe violations and starts on the safe choice', async () => {
    const page = await openFixture(ext, 'x');
    await typeInto(page, page.locator('[data-testid="tweetTextarea_0"]'), 'Kestrel');
    await waitForBadge(page, { count: 1, severity: 'block' });
    await page.locator('[data-testid="tweetButtonInline"]').click();
    await confirmDialog(page).locator('.dialog').waitFor();
    expect(await confirmDialog(page).evaluate((h) => h.shadowRoot!.activeElement?.getAttribute('data-action'))).toBe('edit');
    expect(await axeOn(page, 'draftguard-confirm', '.dialog')).toEqual([]);
    await page.close();
  });
});
