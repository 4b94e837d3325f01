/**
 * Findings per week, by category and by outcome, for the history chart. Weeks start on Monday at local
 * midnight (the person reads the chart in their own time zone); empty weeks between the first and the
 * last are kept so the time axis is even.
 */
import { CATEGORIES, type Category } from '@/rules/types';
import type { Outcome } from '@/utils/protocol/episodes';
import type { EpisodeRecord } from '@/utils/db/tables/episodes';
import { OUTCOMES } from './outcome';

export interface WeekBucket {
  /** local midnight of the week's Monday, ms since epoch */
  week: number;
  total: number;
  byCategory: Record<Category, number>;
  byOutcome: Record<Outcome, number>;
}

export function weekStart(ms: number): number {
  const d = new Date(ms);
  d.setHours(0, 0, 0, 0);
  d.setDate(d.getDate() - ((d.getDay() + 6) % 7));
  return d.getTime();
}

function nextWeek(week: number): number {
  const d = new Date(week);
  d.setDate(d.getDate() + 7);
  return d.getTime();
}

function emptyBucket(week: number): WeekBucket {
  return {
    week,
    total: 0,
    byCategory: Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>,
    byOutcome: Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>,
  };
}

/** The last `maxWeeks` weeks that have data or lie between weeks that do, oldest first. */
export function weeklyCounts(records: readonly EpisodeRecord[], maxWeeks = 12): WeekBucket[] {
  const buckets = new Map<number, WeekBucket>();
  for (const r of records) {
    const week = weekStart(r.at);
    let b = buckets.get(week);
    if (!b) buckets.set(week, (b = emptyBucket(week)));
    for (const f of r.findings) {
      b.total++;
      b.byCategory[f.category]++;
      b.byOutcome[f.outcome]++;
    }
  }
  if (buckets.size === 0) return [];
  const weeks = [...buckets.keys()].sort((a, b) => a - b);
  const out: WeekBucket[] = [];
  for (let w = weeks[0]!; w <= weeks.at(-1)!; w = nextWeek(w)) out.push(buckets.get(w) ?? emptyBucket(w));
  return out.slice(-maxWeeks);
}
