/**
 * Group commit. With synchronous=FULL every commit waits for an fsync (about a millisecond here, far
 * more on network storage), which would cap ingestion at one batch per fsync. Batches whose bodies
 * finish in the same event-loop turn are committed in one transaction instead, and each request is
 * answered only after that commit, so a 2xx still means "on disk".
 */
import type { StatsBatch } from './stats-schema';
import type { IngestResult, StatsStore } from './stats-store';

interface Pending {
  batch: StatsBatch;
  resolve(result: IngestResult): void;
  reject(error: unknown): void;
}

/** Bounds one transaction, so one commit never holds the event loop for long. */
export const MAX_GROUP = 256;

export class CommitQueue {
  private pending: Pending[] = [];
  private scheduled = false;
  commits = 0;

  constructor(
    private readonly store: StatsStore,
    private readonly receivedDay: () => string,
  ) {}

  submit(batch: StatsBatch): Promise<IngestResult> {
    return new Promise((resolve, reject) => {
      this.pending.push({ batch, resolve, reject });
      this.schedule();
    });
  }

  /**
   * Resolves once every submitted batch has been committed (or failed). Used at shutdown: a client may
   * have gone away while its batch waited, and the database must not close under a pending commit.
   */
  async settled(): Promise<void> {
    // Each flush is synchronous and takes up to MAX_GROUP batches, so this ends; the bound is a backstop.
    for (let turn = 0; turn < 10_000 && (this.scheduled || this.pending.length > 0); turn++) {
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    // setImmediate runs after pending I/O callbacks, so bodies that arrived meanwhile join the group.
    setImmediate(() => this.flush());
  }

  private flush(): void {
    this.scheduled = false;
    const group = this.pending.splice(0, MAX_GROUP);
    if (this.pending.length > 0) this.schedule();
    if (group.length === 0) return;
    let results: IngestResult[];
    try {
      results = this.store.ingest(
        group.map((p) => p.batch),
        this.receivedDay(),
      );
      this.commits++;
    } catch (e) {
      // The transaction rolled back as a whole: no batch of the group was stored.
      for (const p of group) p.reject(e);
      return;
    }
    group.forEach((p, i) => p.resolve(results[i]!));
  }
}
