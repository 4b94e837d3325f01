/**
 * The history database. It lives in the extension's origin: the background and the extension pages open
 * it; content scripts never do (their IndexedDB would belong to the website).
 */
import Dexie, { type Table } from 'dexie';
import { MIGRATIONS, type Migration } from './migrations';
import type { EpisodeRecord } from './tables/episodes';
import { setDbStatus } from './status';

export const DB_NAME = 'draftguard';

export class AppDB extends Dexie {
  episodes!: Table<EpisodeRecord, string>;

  constructor(name: string = DB_NAME, migrations: readonly Migration[] = MIGRATIONS) {
    super(name);
    for (const m of migrations) {
      const version = this.version(m.version).stores(m.stores);
      if (m.upgrade) version.upgrade(m.upgrade);
    }
    // Dexie's own handlers still run (they close this connection so the other one can upgrade, then
    // reopen on next use); these only tell the page what is going on.
    this.on('blocked', () => setDbStatus({ state: 'blocked' }));
    this.on('versionchange', (ev) => {
      setDbStatus({ state: ev.newVersion ? 'upgraded-elsewhere' : 'deleted-elsewhere' });
    });
    this.on('ready', () => setDbStatus({ state: 'ok' }));
  }
}

let instance: AppDB | undefined;

export function getDb(): AppDB {
  instance ??= new AppDB();
  return instance;
}

/** Tests: close and delete the database so each test starts empty. */
export async function resetDbForTests(): Promise<void> {
  const db = getDb();
  db.close();
  await Dexie.delete(db.name);
  instance = new AppDB(db.name);
}
