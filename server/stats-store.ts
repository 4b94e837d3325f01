/**
 * The embedded database: counts keyed by every summary dimension, and the batch ids already counted.
 *
 * Durability: WAL with synchronous=FULL. A 2xx tells the browser it may delete its copy of the batch,
 * so a commit we acknowledged must survive a power cut or an OS crash, not only a process crash; in WAL
 * mode NORMAL may roll back the last commits on power loss, FULL syncs the WAL on every commit. The
 * cost is one fsync per commit, which group commit (commit-queue.ts) spreads over many batches.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { PurgePlan } from './retention';
import type { CountRow, StatsBatch } from './stats-schema';

export type IngestResult = 'accepted' | 'duplicate';

export interface SummaryRow {
  day: string;
  site: string;
  category: string;
  ruleId: string;
  severity: string;
  outcome: string;
  packVersion: string;
  n: number;
}

const SCHEMA_VERSION = 1;

export class StatsStore {
  private readonly db: Database.Database;
  private readonly insertBatch: Database.Statement<[string, string]>;
  private readonly upsertCount: Database.Statement<[string, string, string, string, string, string, string, number]>;
  private readonly selectRange: Database.Statement<[string, string], SummaryRow>;
  private readonly ingestTx: (batches: readonly StatsBatch[], receivedDay: string) => IngestResult[];

  constructor(file: string) {
    if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    // A second process on the same file (a backup, an admin's sqlite3 shell) briefly holds the lock.
    this.db.pragma('busy_timeout = 5000');
    this.migrate();
    this.insertBatch = this.db.prepare('INSERT OR IGNORE INTO batches (batch_id, received_day) VALUES (?, ?)');
    this.upsertCount = this.db.prepare(
      `INSERT INTO counts (day, site, category, rule_id, severity, outcome, pack_version, n)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (day, site, category, rule_id, severity, outcome, pack_version) DO UPDATE SET n = n + excluded.n`,
    );
    this.selectRange = this.db.prepare(
      `SELECT day, site, category, rule_id AS ruleId, severity, outcome, pack_version AS packVersion, n
       FROM counts WHERE day BETWEEN ? AND ?
       ORDER BY day, site, category, rule_id, severity, outcome, pack_version`,
    );
    // A batch id and its counts commit together or not at all: that is what makes a retry safe. Several
    // batches may share the transaction (group commit); a repeated id inside it is caught the same way.
    this.ingestTx = this.db.transaction((batches: readonly StatsBatch[], receivedDay: string): IngestResult[] =>
      batches.map((batch) => {
        if (this.insertBatch.run(batch.batchId, receivedDay).changes === 0) return 'duplicate';
        for (const r of batch.rows) this.addRow(r);
        return 'accepted';
      }),
    );
  }

  private migrate(): void {
    const version = this.db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) throw new Error(`database schema ${version} is newer than this server (${SCHEMA_VERSION})`);
    if (version === SCHEMA_VERSION) return;
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS batches (
        batch_id TEXT PRIMARY KEY,
        received_day TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS batches_by_received_day ON batches (received_day);
      CREATE TABLE IF NOT EXISTS counts (
        day TEXT NOT NULL,
        site TEXT NOT NULL,
        category TEXT NOT NULL,
        rule_id TEXT NOT NULL,
        severity TEXT NOT NULL,
        outcome TEXT NOT NULL,
        pack_version TEXT NOT NULL,
        n INTEGER NOT NULL CHECK (n >= 0),
        PRIMARY KEY (day, site, category, rule_id, severity, outcome, pack_version)
      ) WITHOUT ROWID;
      PRAGMA user_version = ${SCHEMA_VERSION};
    `);
  }

  private addRow(r: CountRow): void {
    // A zero adds nothing, and storing it would only create a cell to suppress.
    if (r.n === 0) return;
    this.upsertCount.run(r.day, r.site, r.category, r.ruleId, r.severity, r.outcome, r.packVersion, r.n);
  }

  /** Commits every batch in one transaction (one fsync); the results are in the same order. */
  ingest(batches: readonly StatsBatch[], receivedDay: string): IngestResult[] {
    return this.ingestTx(batches, receivedDay);
  }

  range(from: string, to: string): SummaryRow[] {
    return this.selectRange.all(from, to);
  }

  /** Deletes old counts and batch ids; retention.ts says why the two limits differ. */
  purge(plan: PurgePlan): { counts: number; batches: number } {
    const tx = this.db.transaction(() => ({
      counts: this.db.prepare('DELETE FROM counts WHERE day < ?').run(plan.countsBefore).changes,
      batches: this.db.prepare('DELETE FROM batches WHERE received_day < ?').run(plan.batchIdsBefore).changes,
    }));
    return tx();
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
