import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getDb, resetDbForTests } from '@/utils/db/app-db';
import {
  countEpisodes, deleteAll, deleteEpisode, exportCsv, exportJson, getEpisode, getWriteStatus, HistoryStorageError,
  InvalidEpisodeError, listEpisodes, purgeExpired, restrictStoredText, retryPendingWrites, storeEpisode,
} from '@/utils/db/episodes';
import { resetPendingForTests } from '@/utils/db/pending-writes';
import { MASK } from '@/utils/history/mask';
import { reportFor } from '../history/support/reports';

const DAY = 86_400_000;

beforeEach(async () => {
  fakeBrowser.reset();
  resetPendingForTests();
  await resetDbForTests();
});
afterEach(() => vi.restoreAllMocks());

describe('storeEpisode', () => {
  it('masks the draft by default and is idempotent on episodeId', async () => {
    const report = reportFor('Project Falcon ships Friday', [{ match: 'Project Falcon' }], { episodeId: 'e1', overrideReason: 'Project Falcon is public' });
    await storeEpisode(report, 'masked');
    await storeEpisode(report, 'masked');
    expect(await countEpisodes()).toBe(1);
    const stored = await getEpisode('e1');
    expect(stored?.text).toBe(`${MASK} ships Friday`);
    expect(stored?.findings[0]).toMatchObject({ start: 0, end: MASK.length, message: `"${MASK}" is an internal codename` });
    expect(stored?.overrideReason).toBe(`${MASK} is public`);
    expect(JSON.stringify(stored)).not.toContain('Falcon');
    expect(stored).toMatchObject({ outcome: 'posted', categories: ['confidential'], severity: 'block', textMode: 'masked' });
  });

  it('keeps no text in none mode and everything in full mode', async () => {
    await storeEpisode(reportFor('call 555-0100 now', [{ match: '555-0100' }], { episodeId: 'n' }), 'none');
    await storeEpisode(reportFor('call 555-0100 now', [{ match: '555-0100' }], { episodeId: 'f' }), 'full');
    const none = await getEpisode('n');
    expect(none?.text).toBeNull();
    expect(JSON.stringify(none)).not.toContain('555-0100');
    expect((await getEpisode('f'))?.text).toBe('call 555-0100 now');
  });

  it('refuses a malformed report with an error naming the field, and writes nothing', async () => {
    const bad = reportFor('abc', [{ match: 'abc' }]);
    bad.findings[0]!.end = 99;
    await expect(storeEpisode(bad, 'masked')).rejects.toThrow(InvalidEpisodeError);
    await expect(storeEpisode(bad, 'masked')).rejects.toThrow(/findings\[0\]\.end/);
    expect(await countEpisodes()).toBe(0);
  });

  it('does not store an episode without findings', async () => {
    await storeEpisode(reportFor('fine', []), 'masked');
    expect(await countEpisodes()).toBe(0);
  });

  it('queues a record when the quota is exceeded, says so, and writes it on the next try', async () => {
    const table = getDb().episodes;
    const quota = new DOMException('full', 'QuotaExceededError');
    const spy = vi.spyOn(table, 'bulkPut').mockRejectedValueOnce(quota);
    const err = await storeEpisode(reportFor('secret sauce', [{ match: 'secret' }], { episodeId: 'q1' }), 'masked').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HistoryStorageError);
    expect((err as HistoryStorageError).kind).toBe('quota');
    expect((err as Error).message).toMatch(/no storage space/);
    expect(getWriteStatus()).toMatchObject({ pending: 1, lastError: { kind: 'quota' } });
    expect(await countEpisodes()).toBe(0);

    spy.mockRestore();
    await storeEpisode(reportFor('another secret', [{ match: 'secret' }], { episodeId: 'q2' }), 'masked');
    expect((await listEpisodes()).map((r) => r.id).sort()).toEqual(['q1', 'q2']);
    expect(getWriteStatus()).toEqual({ pending: 0, dropped: 0 });
  });

  it('retryPendingWrites flushes the queue', async () => {
    vi.spyOn(getDb().episodes, 'bulkPut').mockRejectedValueOnce(Object.assign(new Error('closed'), { name: 'DatabaseClosedError' }));
    await expect(storeEpisode(reportFor('x secret', [{ match: 'secret' }], { episodeId: 'r1' }), 'masked')).rejects.toMatchObject({ kind: 'closed' });
    expect(await retryPendingWrites()).toBe(0);
    expect(await getEpisode('r1')).toBeDefined();
  });
});

describe('retention and deletion', () => {
  it('purges only episodes older than the retention period', async () => {
    const now = Date.UTC(2026, 10, 25);
    for (const [id, age] of [['old', 31], ['edge', 30], ['new', 1]] as const) {
      await storeEpisode(reportFor('a secret', [{ match: 'secret' }], { episodeId: id, at: now - age * DAY - (id === 'edge' ? -1 : 0) }), 'masked');
    }
    expect(await purgeExpired(30, now)).toBe(1);
    expect((await listEpisodes()).map((r) => r.id)).toEqual(['new', 'edge']);
    await expect(purgeExpired(Number.NaN, now)).rejects.toThrow(RangeError);
  });

  it('deletes one and all', async () => {
    await storeEpisode(reportFor('a secret', [{ match: 'secret' }], { episodeId: 'a' }), 'masked');
    await storeEpisode(reportFor('b secret', [{ match: 'secret' }], { episodeId: 'b' }), 'masked');
    await deleteEpisode('a');
    expect((await listEpisodes()).map((r) => r.id)).toEqual(['b']);
    await deleteAll();
    expect(await countEpisodes()).toBe(0);
  });
});

describe('listing and export', () => {
  beforeEach(async () => {
    await storeEpisode(reportFor('=cmd secret', [{ match: 'secret' }], { episodeId: 'x1', site: 'x', at: 3000 }), 'masked');
    await storeEpisode(reportFor('you fools', [{ match: 'fools', category: 'inflammatory', severity: 'warn', outcome: 'edited', message: 'Insult' }], { episodeId: 'l1', site: 'linkedin', at: 2000 }), 'full');
    await storeEpisode(reportFor('a secret', [{ match: 'secret' }], { episodeId: 'x0', site: 'x', at: 1000 }), 'masked');
  });

  it('lists newest first, with filters and a limit', async () => {
    expect((await listEpisodes()).map((r) => r.id)).toEqual(['x1', 'l1', 'x0']);
    expect((await listEpisodes({}, 2)).map((r) => r.id)).toEqual(['x1', 'l1']);
    expect((await listEpisodes({ site: 'x' })).map((r) => r.id)).toEqual(['x1', 'x0']);
    expect((await listEpisodes({ category: 'inflammatory' })).map((r) => r.id)).toEqual(['l1']);
    expect((await listEpisodes({ outcome: 'edited' })).map((r) => r.id)).toEqual(['l1']);
    expect((await listEpisodes({ from: 1500, to: 3000 })).map((r) => r.id)).toEqual(['l1']);
    expect((await listEpisodes({ search: 'FOOLS' })).map((r) => r.id)).toEqual(['l1']);
    expect((await listEpisodes({ search: 'secret' })).map((r) => r.id)).toEqual([]);
  });

  it('exports JSON with the schema and every stored episode', async () => {
    const parsed = JSON.parse(await exportJson({}, Date.UTC(2026, 0, 1))) as { schema: string; exportedAt: string; episodes: { id: string }[] };
    expect(parsed.schema).toBe('draftguard.history/1');
    expect(parsed.exportedAt).toBe('2026-01-01T00:00:00.000Z');
    expect(parsed.episodes.map((e) => e.id)).toEqual(['x1', 'l1', 'x0']);
  });

  it('exports CSV one row per finding, formula-safe', async () => {
    const csv = await exportCsv({ site: 'x' });
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^episodeId,time,site/);
    expect(lines[1]).toContain(`'=cmd ${MASK}`);
    expect(csv).not.toContain('secret');
  });
});

describe('queued writes across a service-worker restart', () => {
  it('mirrors the queue to storage.session and restores it in a new instance', async () => {
    const { browser } = await import('wxt/browser');
    vi.spyOn(getDb().episodes, 'bulkPut').mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    await expect(storeEpisode(reportFor('a secret', [{ match: 'secret' }], { episodeId: 's1' }), 'masked')).rejects.toThrow(HistoryStorageError);
    const saved = (await browser.storage.session.get('draftguard.history.pending'))['draftguard.history.pending'] as { records: { id: string; text: string }[] };
    expect(saved.records.map((r) => [r.id, r.text])).toEqual([['s1', `a ${MASK}`]]);

    // A new worker instance: the in-memory queue is gone, the session mirror is not.
    resetPendingForTests();
    expect(getWriteStatus().pending).toBe(0);
    expect(await retryPendingWrites()).toBe(0);
    expect(await getEpisode('s1')).toMatchObject({ text: `a ${MASK}` });
    const after = (await browser.storage.session.get('draftguard.history.pending'))['draftguard.history.pending'] as { records: unknown[] };
    expect(after.records).toEqual([]);
  });
});

describe('restrictStoredText', () => {
  it('masks full entries and drops text for "none", leaving stricter entries alone', async () => {
    await storeEpisode(reportFor('Project Falcon ships', [{ match: 'Project Falcon' }], { episodeId: 'full', overrideReason: 'Project Falcon is public' }), 'full');
    await storeEpisode(reportFor('call 555-0100', [{ match: '555-0100' }], { episodeId: 'masked' }), 'masked');
    await storeEpisode(reportFor('a secret', [{ match: 'secret' }], { episodeId: 'none' }), 'none');

    expect(await restrictStoredText('masked')).toBe(1);
    const masked = await getEpisode('full');
    expect(masked).toMatchObject({ textMode: 'masked', text: `${MASK} ships`, overrideReason: `${MASK} is public` });
    expect(masked?.findings[0]).toMatchObject({ start: 0, end: MASK.length, message: `"${MASK}" is an internal codename` });

    expect(await restrictStoredText('none')).toBe(2);
    for (const r of await listEpisodes()) expect(r).toMatchObject({ textMode: 'none', text: null });
    expect(JSON.stringify(await listEpisodes())).not.toMatch(/Falcon|555-0100|secret/);

    expect(await restrictStoredText('full')).toBe(0);
  });
});
