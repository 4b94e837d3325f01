/** Alarm names and periods. MV3 service workers sleep; alarms are what wakes them for periodic work. */
import { browser } from 'wxt/browser';

export const ALARM = {
  packRefresh: 'draftguard:pack-refresh',
  statsSync: 'draftguard:stats-sync',
  statsRetry: 'draftguard:stats-retry',
  historyPurge: 'draftguard:history-purge',
} as const;

/** Hourly: a past day is batched within an hour of midnight, and backoff retries between hours use statsRetry. */
export const STATS_SYNC_MINUTES = 60;
export const HISTORY_PURGE_MINUTES = 24 * 60;

/** Creates the alarm unless one with the same period exists, so waking the worker does not reset its timer. */
export async function ensurePeriodicAlarm(name: string, periodInMinutes: number): Promise<void> {
  const existing = await browser.alarms.get(name);
  if (existing?.periodInMinutes === periodInMinutes) return;
  await browser.alarms.create(name, { periodInMinutes, delayInMinutes: periodInMinutes });
}

/** One-shot wake-up for a stats retry; `when` in ms since epoch. */
export async function scheduleStatsRetry(when: number, now: number): Promise<void> {
  if (when <= now) return;
  await browser.alarms.create(ALARM.statsRetry, { when });
}
