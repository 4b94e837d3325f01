/** `GET /v1/summary`: the counts of a day range, with small cells held back. */
import { addDays, daysBetween, isDay } from './dates';
import type { StatsStore, SummaryRow } from './stats-store';

export interface Summary {
  from: string;
  to: string;
  minCount: number;
  suppressed: number;
  rows: SummaryRow[];
}

/** One answer stays a reasonable size: a year of days, the longest view an admin's report needs. */
export const MAX_RANGE_DAYS = 366;
export const DEFAULT_RANGE_DAYS = 30;

export type RangeResult = { ok: true; from: string; to: string } | { ok: false; error: string };

/** Both ends inclusive; when absent, the last DEFAULT_RANGE_DAYS days up to today. */
export function parseRange(params: URLSearchParams, today: string): RangeResult {
  const to = params.get('to') ?? today;
  if (!isDay(to)) return { ok: false, error: 'to: expected a date YYYY-MM-DD' };
  const from = params.get('from') ?? addDays(to, -(DEFAULT_RANGE_DAYS - 1));
  if (!isDay(from)) return { ok: false, error: 'from: expected a date YYYY-MM-DD' };
  if (from > to) return { ok: false, error: 'from: must not be after to' };
  if (daysBetween(from, to) >= MAX_RANGE_DAYS) return { ok: false, error: `from: range longer than ${MAX_RANGE_DAYS} days` };
  return { ok: true, from, to };
}

/**
 * Small-cell suppression: a cell counted fewer than minCount times could point at one person (the only
 * one in a small team who posts on a given site, say), so it is left out and only its existence counted.
 */
export function summarize(store: StatsStore, from: string, to: string, minCount: number): Summary {
  const rows: SummaryRow[] = [];
  let suppressed = 0;
  for (const row of store.range(from, to)) {
    if (row.n < minCount) suppressed++;
    else rows.push(row);
  }
  return { from, to, minCount, suppressed, rows };
}
