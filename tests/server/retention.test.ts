import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../server/app';
import { DEFAULTS } from '../../server/config';
import { addDays } from '../../server/dates';
import { request } from '../../server/loopback-client';
import { purgePlan } from '../../server/retention';
import { batch, postStats, summary, tempDir } from './helpers';

const apps: App[] = [];
let dir: string | null = null;
afterEach(async () => {
  for (const a of apps.splice(0)) await a.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  dir = null;
});

/** A server whose clock reads `today` at noon UTC, on a db file that survives restarts. */
async function start(db: string, clock: { today: string }, retentionDays = 30): Promise<string> {
  const app = createApp(
    { ...DEFAULTS, port: 0, db, minCount: 0, retentionDays },
    { now: () => Date.parse(`${clock.today}T12:00:00Z`), log: () => {} },
  );
  apps.push(app);
  return `http://127.0.0.1:${(await app.listen()).port}`;
}

describe('retention', () => {
  it('leaves days older than --retention-days out of an accepted batch, and still counts its recent days', async () => {
    dir = tempDir();
    const clock = { today: '2026-11-25' };
    const url = await start(path.join(dir, 'stats.db'), clock);
    // A browser back after 31 days offline: one batch, one expired day and one recent day.
    const b = batch({ day: '2026-10-25' });
    (b.days as unknown[]).push({ day: '2026-11-20', counts: [{ site: 'x', category: 'confidential', ruleId: 'acme.codenames', severity: 'block', outcome: 'posted', n: 2 }] });
    const r = await postStats(url, b);
    expect(r.status).toBe(202);
    expect((await summary(url, '?from=2026-10-01&to=2026-11-25')).rows.map((x) => [x.day, x.n])).toEqual([['2026-11-20', 2]]);
    // the same batch again is a duplicate, not a second count
    expect((await postStats(url, b)).status).toBe(200);
    expect((await summary(url, '?from=2026-10-01&to=2026-11-25')).rows.map((x) => [x.day, x.n])).toEqual([['2026-11-20', 2]]);
    // still malformed is still 400, expired or not
    const bad = batch({ day: '2026-10-25', counts: [{ n: -1 }] });
    expect((await postStats(url, bad)).status).toBe(400);
  });

  it('deletes expired days on start-up and on the periodic purge, and a re-sent expired batch is not recounted', async () => {
    dir = tempDir();
    const db = path.join(dir, 'stats.db');
    const clock = { today: '2026-11-25' };
    let url = await start(db, clock);
    const old = batch({ day: '2026-10-27' });
    const recent = batch({ day: '2026-11-20' });
    expect((await postStats(url, old)).status).toBe(202);
    expect((await postStats(url, recent)).status).toBe(202);

    // Two days later 2026-10-27 is past 30 days; the periodic purge (run directly here) deletes it.
    clock.today = '2026-11-27';
    expect(apps[0]!.purge().counts).toBe(1);
    expect((await summary(url, '?from=2026-10-01&to=2026-11-27')).rows.map((x) => x.day)).toEqual(['2026-11-20']);
    expect((await postStats(url, old)).status).toBe(200);
    expect((await summary(url, '?from=2026-10-01&to=2026-11-27')).rows.map((x) => x.day)).toEqual(['2026-11-20']);

    // Restarted 25 days later: the start-up purge takes 2026-11-20 too.
    await apps.shift()!.close();
    clock.today = '2026-12-22';
    url = await start(db, clock);
    expect((await summary(url, '?from=2026-10-01&to=2026-12-22')).rows).toEqual([]);
    // a 2xx (the browser may drop it), and nothing stored again: its days are all past retention
    const again = await postStats(url, recent);
    expect(again.status).toBe(200);
    expect((await summary(url, '?from=2026-10-01&to=2026-12-22')).rows).toEqual([]);
  });

  it('keeps a batch id while its days can still be accepted, so a late re-send is a duplicate', async () => {
    dir = tempDir();
    const clock = { today: '2026-11-25' };
    const url = await start(path.join(dir, 'stats.db'), clock, 1);
    // Received on the 25th holding the 26th (a browser ahead of UTC), re-sent on the 27th.
    const ahead = batch({ day: '2026-11-26' });
    expect((await postStats(url, ahead)).status).toBe(202);
    clock.today = '2026-11-27';
    apps[0]!.purge();
    expect((await postStats(url, ahead)).status).toBe(200);
    const s = await request(`${url}/v1/summary?from=2026-11-26&to=2026-11-26`);
    expect((JSON.parse(s.body) as { rows: { n: number }[] }).rows.map((r) => r.n)).toEqual([3]);
  });
});

describe('batch-id window', () => {
  it('forgets batch ids after 100 days while counts stay, and refuses the re-send that could then double count', async () => {
    dir = tempDir();
    const clock = { today: '2026-11-25' };
    const url = await start(path.join(dir, 'stats.db'), clock, 400);
    const b = batch({ day: '2026-11-24' });
    expect((await postStats(url, b)).status).toBe(202);
    // 99 days after the batch's day its id is still kept, and a re-send is a duplicate.
    clock.today = addDays('2026-11-24', 99);
    expect(apps[0]!.purge()).toEqual({ counts: 0, batches: 0 });
    expect((await postStats(url, b)).status).toBe(200);
    clock.today = addDays('2026-11-25', 101);
    expect(apps[0]!.purge()).toEqual({ counts: 0, batches: 1 });
    const again = await postStats(url, b);
    expect(again.status).toBe(400);
    expect((JSON.parse(again.body) as { error: string }).error).toMatch(/^days: /);
    const s = await summary(url, '?from=2026-11-24&to=2026-11-24');
    expect(s.rows.map((r) => r.n)).toEqual([3]);
  });

  it('a re-send whose id was purged with its days is acknowledged and stores nothing', async () => {
    dir = tempDir();
    const clock = { today: '2026-11-25' };
    const url = await start(path.join(dir, 'stats.db'), clock, 30);
    const b = batch({ day: '2026-11-24' });
    expect((await postStats(url, b)).status).toBe(202);
    clock.today = '2027-01-20';
    expect(apps[0]!.purge()).toEqual({ counts: 1, batches: 1 });
    expect((await postStats(url, b)).status).toBe(202);
    expect((await summary(url, '?from=2026-11-01&to=2027-01-20')).rows).toEqual([]);
  });

  it('plans purges so that ids outlive the counts they could re-add', () => {
    expect(purgePlan('2026-11-25', 400)).toEqual({ countsBefore: '2025-10-21', batchIdsBefore: '2026-08-17' });
    expect(purgePlan('2026-11-25', 30)).toEqual({ countsBefore: '2026-10-26', batchIdsBefore: '2026-10-25' });
  });
});

describe('dates', () => {
  it('counts back across month and leap-year ends', () => {
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});
