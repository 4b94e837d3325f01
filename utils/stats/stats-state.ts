/** Stats kept in storage.local so counts and unsent batches survive browser restarts. */
import { storage } from 'wxt/utils/storage';
import type { Category, Severity } from '@/rules/types';
import type { Outcome } from '@/utils/protocol/episodes';

/** admin-endpoint.md, POST /v1/stats */
export interface StatsCount {
  site: string;
  category: Category;
  ruleId: string;
  severity: Severity;
  outcome: Outcome;
  n: number;
}

export interface StatsBatch {
  schema: 'draftguard.stats/1';
  batchId: string;
  extensionVersion: string;
  pack: { id: string; version: string };
  days: { day: string; counts: StatsCount[] }[];
}

export interface QueuedBatch {
  batch: StatsBatch;
  /** the latest day it holds: batches older than the 90-day bound are dropped */
  newestDay: string;
}

/** `cells` key: JSON [site, category, ruleId, severity, outcome]; `packs` key: JSON [id, version]. */
export type DayCounts = Record<string, Record<string, number>>;

export interface StatsState {
  /** local day -> pack key -> cell key -> count; days not yet turned into batches */
  open: Record<string, DayCounts>;
  outbox: QueuedBatch[];
  /** failed attempts in a row, for the backoff */
  attempts: number;
  /** do not try to send before this time (ms) */
  notBefore: number;
  lastError?: { at: number; reason: string };
  lastSentAt?: number;
}

export const EMPTY_STATS: StatsState = { open: {}, outbox: [], attempts: 0, notBefore: 0 };

export const statsStateItem = storage.defineItem<StatsState>('local:stats', { fallback: EMPTY_STATS });
