/**
 * Turns whole past days into batches and keeps the outbox bounded. Only days before today (local) are
 * batched: today's counts are still growing and are sent after the day ends.
 */
import type { Category, Severity } from '@/rules/types';
import type { Outcome } from '@/utils/protocol/episodes';
import { localDay, localDayMinus } from './local-day';
import type { QueuedBatch, StatsBatch, StatsCount, StatsState } from './stats-state';

/** admin-endpoint.md keeps at most 90 days of batches. */
export const MAX_DAYS_KEPT = 90;
/** The endpoint refuses bodies over 256 KiB; stay well below, whatever the number of rules. */
export const MAX_BATCH_BYTES = 192 * 1024;
/** `{"day":"YYYY-MM-DD","counts":[]},` and a margin */
const DAY_OVERHEAD = 40;

export interface BatchDeps {
  uuid: () => string;
  extensionVersion: string;
}

function countsOf(cells: Record<string, number>): StatsCount[] {
  const counts: StatsCount[] = [];
  for (const [key, n] of Object.entries(cells)) {
    const [site, category, ruleId, severity, outcome] = JSON.parse(key) as [string, Category, string, Severity, Outcome];
    if (Number.isInteger(n) && n > 0) counts.push({ site, category, ruleId, severity, outcome, n });
  }
  return counts;
}

/** Splits one pack's days into batches under MAX_BATCH_BYTES (a huge day may span several batches: the endpoint sums). */
function packBatches(pack: { id: string; version: string }, days: { day: string; counts: StatsCount[] }[], deps: BatchDeps): QueuedBatch[] {
  const out: QueuedBatch[] = [];
  const empty = (): StatsBatch => ({ schema: 'draftguard.stats/1', batchId: deps.uuid(), extensionVersion: deps.extensionVersion, pack, days: [] });
  let batch = empty();
  let size = JSON.stringify(batch).length;
  const flush = () => {
    if (batch.days.length) out.push({ batch, newestDay: batch.days.at(-1)!.day });
    batch = empty();
    size = JSON.stringify(batch).length;
  };
  for (const { day, counts } of days) {
    let entry: { day: string; counts: StatsCount[] } | undefined;
    for (const count of counts) {
      const cost = JSON.stringify(count).length + 1;
      if (size + cost + DAY_OVERHEAD > MAX_BATCH_BYTES && batch.days.length) {
        flush();
        entry = undefined;
      }
      if (!entry) {
        entry = { day, counts: [] };
        batch.days.push(entry);
        size += DAY_OVERHEAD;
      }
      entry.counts.push(count);
      size += cost;
    }
  }
  flush();
  return out;
}

/** Moves every whole past day from `open` into the outbox and drops what is older than the bound. */
export function rollOverPastDays(state: StatsState, now: number, deps: BatchDeps): StatsState {
  const today = localDay(now);
  const oldestKept = localDayMinus(now, MAX_DAYS_KEPT);
  const open: StatsState['open'] = {};
  const byPack = new Map<string, { day: string; counts: StatsCount[] }[]>();
  for (const day of Object.keys(state.open).sort()) {
    const perPack = state.open[day]!;
    if (day >= today) {
      open[day] = perPack;
      continue;
    }
    if (day < oldestKept) continue;
    for (const [pk, cells] of Object.entries(perPack)) {
      const counts = countsOf(cells);
      if (counts.length) byPack.set(pk, [...(byPack.get(pk) ?? []), { day, counts }]);
    }
  }
  const added: QueuedBatch[] = [];
  for (const [pk, days] of byPack) {
    const [id, version] = JSON.parse(pk) as [string, string];
    added.push(...packBatches({ id, version }, days, deps));
  }
  const outbox = [...state.outbox, ...added].filter((q) => q.newestDay >= oldestKept);
  return { ...state, open, outbox };
}
