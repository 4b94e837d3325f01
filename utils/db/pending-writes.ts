/**
 * Records whose write failed (quota, a blocked upgrade) wait here and are written with the next one, so
 * a failure is never silent and never loses the entry. Bounded: when full, the oldest is dropped and
 * counted, and the count is reported with the error.
 *
 * The queue is mirrored to `storage.session`: an MV3 service worker is stopped when idle, and the
 * queue must outlive it. Session storage is held in memory by the browser and never written to disk,
 * which suits draft text (already masked per the person's setting) better than `storage.local`.
 */
import { browser } from 'wxt/browser';
import type { EpisodeRecord } from './tables/episodes';
import type { StorageErrorKind } from './errors';

export const MAX_PENDING = 500;
const SESSION_KEY = 'draftguard.history.pending';

export interface WriteStatus {
  pending: number;
  dropped: number;
  lastError?: { kind: StorageErrorKind; message: string; at: number };
}

interface Persisted {
  records: EpisodeRecord[];
  dropped: number;
  lastError?: WriteStatus['lastError'];
}

const pending = new Map<string, EpisodeRecord>();
let dropped = 0;
let lastError: WriteStatus['lastError'];
let restored: Promise<void> | undefined;

type SessionArea = { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };

function sessionArea(): SessionArea | undefined {
  // Absent outside the extension (tests of the pages) and in browsers without storage.session.
  return (browser as { storage?: { session?: SessionArea } }).storage?.session;
}

async function persist(): Promise<void> {
  const area = sessionArea();
  if (!area) return;
  const value: Persisted = { records: [...pending.values()], dropped, ...(lastError ? { lastError } : {}) };
  try {
    await area.set({ [SESSION_KEY]: value });
  } catch {
    // The in-memory queue still holds the records; the mirror is a second chance, not the first.
  }
}

/** Loads what a previous service-worker instance left queued (once per instance). */
export function restorePending(): Promise<void> {
  restored ??= (async () => {
    const area = sessionArea();
    if (!area) return;
    try {
      const saved = (await area.get(SESSION_KEY))[SESSION_KEY] as Persisted | undefined;
      if (!saved) return;
      for (const r of saved.records) if (!pending.has(r.id)) pending.set(r.id, r);
      dropped += saved.dropped;
      lastError ??= saved.lastError;
    } catch {
      // Nothing restorable; the current instance's queue is unaffected.
    }
  })();
  return restored;
}

export async function queueRecords(records: readonly EpisodeRecord[]): Promise<void> {
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
  await persist();
}

/** Removes and returns everything queued; call settlePending() or queueRecords() after the write. */
export function takePending(): EpisodeRecord[] {
  const all = [...pending.values()];
  pending.clear();
  return all;
}

export function recordWriteError(kind: StorageErrorKind, message: string, at = Date.now()): void {
  lastError = { kind, message, at };
}

/** After a successful write: nothing waits any more. */
export async function settlePending(): Promise<void> {
  lastError = undefined;
  await persist();
}

export function getWriteStatus(): WriteStatus {
  return { pending: pending.size, dropped, ...(lastError ? { lastError } : {}) };
}

export function resetPendingForTests(): void {
  pending.clear();
  dropped = 0;
  lastError = undefined;
  restored = undefined;
}
