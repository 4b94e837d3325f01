/**
 * What is deleted when, and why a deleted batch id can never let a re-sent batch be counted twice.
 *
 * Counts are kept --retention-days. Batch ids are only needed while a browser may still re-send (a
 * lost 2xx), and the extension drops any batch whose newest day is more than 90 days old; keeping every
 * id for 400 days would make ids, not counts, most of the database. So ids are kept for
 * DEDUPE_WINDOW_DAYS (or the retention period, if shorter), and ingestion refuses what could only be a
 * re-send of a forgotten batch:
 *
 * - a batch holds days no later than the day after it arrived (the validator's clock slack);
 * - an id received on day R is deleted once R < today - DEDUPE_WINDOW_DAYS, so such a batch's newest
 *   day is at most today - DEDUPE_WINDOW_DAYS, and a batch whose newest day is that old is refused;
 * - an id deleted for retention (R + 1 < retention cutoff) has all its days before the cutoff, and
 *   days before the cutoff are never stored (ingestion leaves them out of an accepted batch).
 */
import { addDays, retentionCutoff } from './dates';

/** Longer than the extension's 90-day bound, with margin for clocks and time zones. */
export const DEDUPE_WINDOW_DAYS = 100;

/** A batch whose newest day is before this is refused (see above). */
export function oldestAcceptedNewestDay(today: string): string {
  return addDays(today, -(DEDUPE_WINDOW_DAYS - 1));
}

export interface PurgePlan {
  /** counts of days before this are deleted */
  countsBefore: string;
  /** batch ids received before this are deleted */
  batchIdsBefore: string;
}

export function purgePlan(today: string, retentionDays: number): PurgePlan {
  const countsBefore = retentionCutoff(today, retentionDays);
  const byRetention = addDays(countsBefore, -1);
  const byWindow = addDays(today, -DEDUPE_WINDOW_DAYS);
  return { countsBefore, batchIdsBefore: byRetention > byWindow ? byRetention : byWindow };
}
