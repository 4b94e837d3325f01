import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDB } from '@/utils/db/app-db';
import { MIGRATIONS, LATEST_VERSION } from '@/utils/db/migrations';
import { getDbStatus, onDbStatusChange, setDbStatus, type DbState } from '@/utils/db/status';

afterEach(() => setDbStatus({ state: 'ok' }));

describe('database status across tabs', () => {
  it('an older page closes its connection when another one upgrades, and says so', async () => {
    const name = 'status-upgrade';
    const seen: DbState[] = [];
    const off = onDbStatusChange((s) => seen.push(s.state));
    const oldTab = new AppDB(name, MIGRATIONS.filter((m) => m.version === 1));
    await oldTab.open();
    const newTab = new AppDB(name);
    await newTab.open();
    expect(newTab.verno).toBe(LATEST_VERSION);
    expect(seen).toContain('upgraded-elsewhere');
    expect(oldTab.isOpen()).toBe(false);
    off();
    newTab.close();
    await Dexie.delete(name);
  });

  it('reports a blocked upgrade while another connection will not let go, then completes', async () => {
    const name = 'status-blocked';
    // A connection at version 1 that ignores versionchange, like a tab from an old build.
    const stubborn = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name, 10);
      req.onupgradeneeded = () => req.result.createObjectStore('episodes', { keyPath: 'id' });
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const db = new AppDB(name);
    const opening = db.open();
    await new Promise<void>((resolve) => {
      const off = onDbStatusChange((s) => {
        if (s.state === 'blocked') {
          off();
          resolve();
        }
      });
    });
    expect(getDbStatus().state).toBe('blocked');
    stubborn.close();
    await opening;
    expect(db.verno).toBe(LATEST_VERSION);
    expect(getDbStatus().state).toBe('ok');
    db.close();
    await Dexie.delete(name);
  });
});
