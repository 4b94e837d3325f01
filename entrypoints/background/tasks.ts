/** The background's periodic and start-up work, each step isolated so one failure does not stop the rest. */
import { ALARM, HISTORY_PURGE_MINUTES, STATS_SYNC_MINUTES, ensurePeriodicAlarm, scheduleStatsRetry } from './alarms';
import { syncUserHostScripts } from './content-script-registration';
import { packRefreshMinutes, type Services } from './services';

export function createTasks(s: Services) {
  // Event listeners start tasks without awaiting them; `idle()` lets tests (and the test hook) wait.
  const inFlight = new Set<Promise<void>>();
  function guarded(what: string, step: () => Promise<unknown>): Promise<void> {
    const run = (async () => {
      try {
        await step();
      } catch (err) {
        console.warn(`[draftguard] ${what} failed:`, err);
      }
    })();
    inFlight.add(run);
    void run.finally(() => inFlight.delete(run));
    return run;
  }
  async function idle(): Promise<void> {
    while (inFlight.size) await Promise.all([...inFlight]);
  }

  const refreshPack = () => guarded('pack refresh', () => s.packs.refresh());

  const syncStats = (opts?: { now?: number; ignoreBackoff?: boolean }) =>
    guarded('stats sync', async () => {
      const state = await s.stats.sync(opts);
      if (state.outbox.length && state.notBefore) await scheduleStatsRetry(state.notBefore, s.deps.now());
    });

  const purgeHistory = () =>
    guarded('history purge', async () => {
      const { settings } = await s.settings.get();
      await s.deps.history.purgeExpired(settings.retentionDays, s.deps.now());
      await s.deps.history.retryPendingWrites();
    });

  const syncScripts = () =>
    guarded('content script registration', async () => {
      const { settings } = await s.settings.get();
      await syncUserHostScripts(settings, s.deps.scripting);
    });

  const scheduleAlarms = () =>
    guarded('alarm scheduling', async () => {
      await ensurePeriodicAlarm(ALARM.packRefresh, packRefreshMinutes(await s.settings.get()));
      await ensurePeriodicAlarm(ALARM.statsSync, STATS_SYNC_MINUTES);
      await ensurePeriodicAlarm(ALARM.historyPurge, HISTORY_PURGE_MINUTES);
    });

  const onAlarm = (name: string) =>
    guarded(`alarm ${name}`, async () => {
      if (name === ALARM.packRefresh) await refreshPack();
      else if (name === ALARM.statsSync || name === ALARM.statsRetry) await syncStats();
      else if (name === ALARM.historyPurge) await purgeHistory();
    });

  /** Browser start, install and update: everything once. */
  const startUp = () =>
    guarded('start-up', async () => {
      await scheduleAlarms();
      await Promise.all([refreshPack(), syncStats(), purgeHistory(), syncScripts()]);
    });

  const notifyTabs = () => guarded('tab notification', () => s.deps.notifyTabs());

  /**
   * The policy changed: Chrome tells us, or the first managed read after start-up differs from the
   * cached policy pages were answered from (Firefox only re-reads policy on restart). Tabs are told at
   * once (site on/off and locks apply without waiting for the network) and again once the pack for the
   * new policy has been fetched.
   */
  const onPolicyChanged = () =>
    guarded('policy change', async () => {
      await scheduleAlarms();
      await notifyTabs();
      await Promise.all([refreshPack(), syncStats(), syncScripts()]);
      await notifyTabs();
    });

  return { guarded, refreshPack, syncStats, purgeHistory, syncScripts, scheduleAlarms, onAlarm, startUp, onPolicyChanged, idle };
}

export type Tasks = ReturnType<typeof createTasks>;
