import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { AppDB } from '@/utils/db/app-db';
import { MIGRATIONS, LATEST_VERSION } from '@/utils/db/migrations';

const FIXTURES = join(import.meta.dirname, 'fixtures');

function fixture(version: number): Record<string, { id: string }[]> {
  return JSON.parse(readFileSync(join(FIXTURES, `v${String(version).padStart(3, '0')}.json`), 'utf8')) as Record<string, { id: string }[]>;
}

async function seedAt(name: string, version: number, data: Record<string, unknown[]>): Promise<void> {
  const old = new AppDB(name, MIGRATIONS.filter((m) => m.version <= version));
  await old.open();
  expect(old.verno).toBe(version);
  for (const [table, rows] of Object.entries(data)) await old.table(table).bulkAdd(rows);
  old.close();
}

describe('schema migrations', () => {
  it('numbers versions 1..N without gaps and has a fixture for each', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(Array.from({ length: LATEST_VERSION }, (_, i) => i + 1));
    const files = readdirSync(FIXTURES).filter((f) => /^v\d{3}\.json$/.test(f));
    expect(files.length).toBe(LATEST_VERSION);
  });

  // Each fixture vN holds the same records as v(N-1), as version N stores them.
  for (const m of MIGRATIONS.filter((x) => x.version > 1)) {
    it(`upgrades v${m.version - 1} data to v${m.version}`, async () => {
      const name = `migrate-${m.version}`;
      await seedAt(name, m.version - 1, fixture(m.version - 1));
      const db = new AppDB(name, MIGRATIONS.filter((x) => x.version <= m.version));
      await db.open();
      const expected = fixture(m.version);
      for (const [table, rows] of Object.entries(expected)) {
        const actual = await db.table(table).toArray();
        const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
        expect([...actual].sort(byId)).toEqual([...rows].sort(byId));
      }
      db.close();
      await Dexie.delete(name);
    });
  }

  it('v2 derives outcome, categories and severity, and indexes them', async () => {
    const name = 'migrate-v2-indexes';
    await seedAt(name, 1, fixture(1));
    const db = new AppDB(name, MIGRATIONS.filter((x) => x.version <= 2));
    const posted = await db.episodes.where('outcome').equals('posted').primaryKeys();
    expect(posted).toEqual(['ep-posted']);
    const protectedOnes = await db.episodes.where('categories').equals('protected').primaryKeys();
    expect(protectedOnes).toEqual(['ep-edited']);
    const blocks = await db.episodes.where('severity').equals('block').primaryKeys();
    expect(blocks.sort()).toEqual(['ep-edited', 'ep-posted']);
    db.close();
    await Dexie.delete(name);
  });
});
