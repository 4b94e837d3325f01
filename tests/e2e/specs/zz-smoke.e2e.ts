import { it, expect } from 'vitest';
import { launch, openFixture, setTestPack, TEST_PACK, typeInto } from '../harness';
it('smoke', async () => {
  const l = await launch();
  try {
    await setTestPack(l, TEST_PACK);
    l.context.on('console', (m) => console.log('CONSOLE', m.type(), m.text()));
    l.context.on('weberror', (e) => console.log('WEBERR', e.error()));
    const page = await openFixture(l, 'x');
    await typeInto(page, page.locator('[data-testid="tweetTextarea_0"]'), 'Hello Bluebird');
    await page.waitForTimeout(1500);
    const b = await page.$$eval('draftguard-badge', (els) => els.map((e) => e.outerHTML));
    console.log(b, page.url());
    expect(b.length).toBe(1);
  } finally { await l.close(); }
});
