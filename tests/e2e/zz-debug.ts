import { launch, openFixture, setTestPack, TEST_PACK, typeInto } from './harness';
const l = await launch();
try {
  await setTestPack(l, TEST_PACK);
  const page = await openFixture(l, 'x');
  const t0 = Date.now();
  await typeInto(page, page.locator('[data-testid="tweetTextarea_0"]'), 'Hello Bluebird');
  const t1 = Date.now();
  for (let i = 0; i < 40; i++) {
    const b = await page.$$eval('draftguard-badge', (els) => els.map((e) => e.getAttribute('data-count') + e.getAttribute('data-severity')));
    console.log(Date.now() - t1, JSON.stringify(b));
    if (b.length && b[0] !== '0none') break;
    await page.waitForTimeout(250);
  }
  await typeInto(page, page.locator('[data-testid="tweetTextarea_0"]'), ' and rubbish');
  const t2 = Date.now();
  for (let i = 0; i < 40; i++) {
    const b = await page.$$eval('draftguard-badge', (els) => els.map((e) => e.getAttribute('data-count') + e.getAttribute('data-severity')));
    if (b[0] === '2block') { console.log('second', Date.now() - t2); break; }
    await page.waitForTimeout(20);
  }
  console.log(await page.evaluate(() => [...(CSS.highlights.get('draftguard-block') ?? [])].map((r) => (r as Range).toString())));
  console.log(await page.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name + ' ' + Math.round(m.startTime))));
  console.log('typing took', t1 - t0);
} finally { await l.close(); }
