/**
 * Records whose write failed (quota, a blocked upgrade) wait here and are written with the next one, so
 * a failure is never silent and never loses the entry while the worker lives. Bounded: when full, the
 * oldest is dropped and counted, and the count is reported with the error.
 */
import type { EpisodeRecord } from './tables/episodes';
import type { StorageErrorKind } from './errors';

export const MAX_PENDING = 500;

export interface WriteStatus {
  pending: number;
  dropped: number;
  lastError?: { kind: StorageErrorKind; message: string; at: number };
}

const pending = new Map<string, EpisodeRecord>();
let dropped = 0;
let lastError: WriteStatus['lastError'];

export function queueRecords(records: readonly EpisodeRecord[]): void {
  for (const r of records) {
    pending.delete(r.id);
    pending.set(r.id, r);
  }
  while (pending.size > MAX_PENDING) {
    const oldest = pending.keys().next().value;
    if (oldest === undefined) break;
    pending.delete(oldest);
    dropped++;
  }
}

export function takePending(): EpisodeRecord[] {
  const all = [...pending.values()];
  pending.clear();
  return all;
}

export function recordWriteError(kind: StorageErrorKind, message: string, at = Date.now()): void {
  lastError = { kind, message, at };
}

export function clearWriteError(): void {
  lastError = undefined;
}

export function getWriteStatus(): WriteStatus {
  return { pending: pending.size, dropped, ...(lastError ? { lastError } : {}) };
}

export function resetPendingForTests(): void {
  pending.clear();
  dropped = 0;
  lastError = undefined;
}
