/**
 * The history storage API. The background calls storeEpisode on `episode:report` and purgeExpired on
 * start-up and daily; the history page reads and deletes directly (same extension origin).
 */
import type { EpisodeReport } from '@/utils/protocol/episodes';
import type { HistoryTextMode } from '@/utils/protocol/settings';
import { toRecord } from '@/utils/history/record';
import { applyFilter, isEmptyFilter, type HistoryFilter } from '@/utils/history/filter';
import { toCsv, toJson } from '@/utils/history/export';
import { getDb } from './app-db';
import type { EpisodeRecord } from './tables/episodes';
import { toStorageError } from './errors';
import { getWriteStatus, queueRecords, recordWriteError, restorePending, settlePending, takePending, type WriteStatus } from './pending-writes';

export type { EpisodeRecord, StoredFinding } from './tables/episodes';
export type { HistoryFilter } from '@/utils/history/filter';
export { HistoryStorageError } from './errors';
export { InvalidEpisodeError } from '@/utils/history/validate-report';
export { toRecord };
export { getWriteStatus, type WriteStatus };

const DAY_MS = 86_400_000;

async function write(records: EpisodeRecord[]): Promise<void> {
  await restorePending();
  const batch = [...takePending(), ...records];
  if (batch.length === 0) return;
  try {
    await getDb().episodes.bulkPut(batch);
  } catch (err) {
    const e = toStorageError(err);
    recordWriteError(e.kind, e.message);
    await queueRecords(batch);
    throw e;
  }
  await settlePending();
}

/**
 * Store one episode, masked per `mode` before anything is written. Idempotent on episodeId (a re-sent
 * report overwrites its own record). An episode without findings is not stored. Throws
 * InvalidEpisodeError for a malformed report, HistoryStorageError when the write fails (the masked
 * record is then queued and written with the next store or retryPendingWrites()).
 */
export async function storeEpisode(report: EpisodeReport, mode: HistoryTextMode): Promise<void> {
  const record = toRecord(report, mode);
  await write(record ? [record] : []);
}

/** Write what earlier failures left queued; returns how many are still waiting. */
export async function retryPendingWrites(): Promise<number> {
  await write([]);
  return getWriteStatus().pending;
}

/** Delete episodes older than `retentionDays`; returns how many were deleted. */
export async function purgeExpired(retentionDays: number, now: number = Date.now()): Promise<number> {
  if (!Number.isFinite(retentionDays) || retentionDays < 0) throw new RangeError(`retentionDays must be a number of days >= 0, got ${retentionDays}`);
  return getDb().episodes.where('at').below(now - retentionDays * DAY_MS).delete();
}

/** Newest first. */
export async function listEpisodes(filter: HistoryFilter = {}, limit?: number): Promise<EpisodeRecord[]> {
  const newestFirst = getDb().episodes.orderBy('at').reverse();
  if (isEmptyFilter(filter)) return limit === undefined ? newestFirst.toArray() : newestFirst.limit(limit).toArray();
  const all = applyFilter(await newestFirst.toArray(), filter);
  return limit === undefined ? all : all.slice(0, limit);
}

export function countEpisodes(): Promise<number> {
  return getDb().episodes.count();
}

export function getEpisode(id: string): Promise<EpisodeRecord | undefined> {
  return getDb().episodes.get(id);
}

export function deleteEpisode(id: string): Promise<void> {
  return getDb().episodes.delete(id);
}

export function deleteAll(): Promise<void> {
  return getDb().episodes.clear();
}

export async function exportJson(filter: HistoryFilter = {}, now = Date.now()): Promise<string> {
  return toJson(await listEpisodes(filter), now);
}

export async function exportCsv(filter: HistoryFilter = {}): Promise<string> {
  return toCsv(await listEpisodes(filter));
}

const STRICTNESS: Record<HistoryTextMode, number> = { full: 0, masked: 1, none: 2 };

/**
 * Applies a stricter text mode to what is already stored (full -> masked -> none), so choosing "masked"
 * or "no text" also covers older entries. A looser mode changes nothing: masked text cannot be unmasked.
 * Returns how many entries were rewritten.
 */
export async function restrictStoredText(mode: HistoryTextMode): Promise<number> {
  const db = getDb();
  return db.transaction('rw', db.episodes, async () => {
    let changed = 0;
    await db.episodes
      .filter((r) => STRICTNESS[r.textMode] < STRICTNESS[mode])
      .modify((r) => {
        const again = toRecord({ episodeId: r.id, at: r.at, site: r.site, packId: r.packId, packVersion: r.packVersion, text: r.text ?? '', findings: r.findings, ...(r.overrideReason !== undefined ? { overrideReason: r.overrideReason } : {}) }, mode);
        if (!again) return;
        r.textMode = mode;
        r.text = again.text;
        r.findings = again.findings;
        if (again.overrideReason !== undefined) r.overrideReason = again.overrideReason;
        changed++;
      });
    return changed;
  });
}
