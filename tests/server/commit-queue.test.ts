import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CommitQueue } from '../../server/commit-queue';
import type { StatsBatch } from '../../server/stats-schema';
import { StatsStore } from '../../server/stats-store';
import { tempDir } from './helpers';

let dir: string | null = null;
let store: StatsStore | null = null;
afterEach(() => {
  store?.close();
  store = null;
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  dir = null;
});

function open(): StatsStore {
  dir = tempDir();
  store = new StatsStore(path.join(dir, 'stats.db'));
  return store;
}

const row = { day: '2026-11-24', site: 'x', category: 'confidential', ruleId: 'acme.codenames', severity: 'block', outcome: 'edited', packVersion: '1' } as const;
const mk = (id: string, n: number): StatsBatch => ({ batchId: id, extensionVersion: '1.0.0', packId: 'acme', packVersion: '1', rows: [{ ...row, n }] });
const ID = (k: number) => `00000000-0000-4000-8000-${String(k).padStart(12, '0')}`;

describe('CommitQueue', () => {
  it('commits batches submitted together in one transaction, catching a repeated id inside it', async () => {
    const s = open();
    const q = new CommitQueue(s, () => '2026-11-25');
    const results = await Promise.all([q.submit(mk(ID(1), 2)), q.submit(mk(ID(2), 3)), q.submit(mk(ID(1), 2))]);
    expect(results).toEqual(['accepted', 'accepted', 'duplicate']);
    expect(q.commits).toBe(1);
    expect(s.range('2026-11-24', '2026-11-24').map((r) => r.n)).toEqual([5]);
  });

  it('stores nothing of a group whose transaction fails, and rejects every request in it', async () => {
    const s = open();
    const q = new CommitQueue(s, () => '2026-11-25');
    // A negative count never passes validation; here it stands in for any failure inside the commit.
    const results = await Promise.allSettled([q.submit(mk(ID(1), 2)), q.submit(mk(ID(2), -1))]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(s.range('2026-11-24', '2026-11-24')).toEqual([]);
    // Nor was the good batch's id kept: its retry is counted.
    expect(await q.submit(mk(ID(1), 2))).toBe('accepted');
    expect(s.range('2026-11-24', '2026-11-24').map((r) => r.n)).toEqual([2]);
  });
});

describe('CommitQueue.settled', () => {
  it('waits for batches submitted but not yet committed', async () => {
    const s = open();
    const q = new CommitQueue(s, () => '2026-11-25');
    const pending = q.submit(mk(ID(1), 4));
    await q.settled();
    expect(q.commits).toBe(1);
    expect(s.range('2026-11-24', '2026-11-24').map((r) => r.n)).toEqual([4]);
    expect(await pending).toBe('accepted');
  });
});
