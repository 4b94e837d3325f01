/** Every background message, one handler each (BackgroundHandlers is a total record). */
import type { BackgroundHandlers } from '@/utils/protocol';
import type { EffectiveSettings, Settings } from '@/utils/protocol/settings';
import { validateReport } from '@/utils/history/validate-report';
import { HistoryStorageError } from '@/utils/db/errors';
import type { Services } from './services';
import type { Tasks } from './tasks';

const PACK_KEYS: readonly (keyof Settings)[] = ['packUrl', 'packPublicKeys'];
const HOST_KEYS: readonly (keyof Settings)[] = ['genericHosts', 'mastodonHosts', 'sites'];

export function createHandlers(s: Services, tasks: Tasks): BackgroundHandlers {
  async function afterSettingsChange(patch: object, before: EffectiveSettings): Promise<void> {
    const keys = Object.keys(patch) as (keyof Settings)[];
    if (keys.some((k) => PACK_KEYS.includes(k))) await tasks.refreshPack();
    if (keys.some((k) => HOST_KEYS.includes(k))) await tasks.syncScripts();
    if ((keys.includes('statsConsent') && before.settings.statsConsent === true) || keys.includes('statsEndpoint') || keys.includes('statsToken')) await tasks.syncStats();
    if (keys.includes('packRefreshMinutes')) await tasks.scheduleAlarms();
    if (keys.includes('retentionDays')) await tasks.purgeHistory();
  }

  return {
    // Answers to pages use the last known policy, so a page does not wait for Chrome's policy service at
    // start-up; once the live policy answers and differs, tabs are told (tasks.onPolicyChanged).
    'pack:get': () => s.packs.getKnown(),
    'pack:status': () => s.packs.knownStatus(),
    'pack:refresh': (_req, sender) => {
      // Only the extension's pages may make the browser hit the organisation's server on demand.
      if (!sender.fromExtensionPage) throw new Error('pack:refresh is only available to the extension pages');
      return s.packs.refresh();
    },
    'settings:get': () => s.settings.getKnown(),
    'settings:set': async (patch, sender) => {
      const before = await s.settings.get();
      const after = await s.settings.set(patch, sender);
      await afterSettingsChange(patch, before);
      return after;
    },
    'allowlist:add': (req) => s.settings.addToAllowList(req),
    'allowlist:remove': (req) => s.settings.removeFromAllowList(req),
    'episode:report': async (raw) => {
      const report = validateReport(raw);
      const startedAt = (raw as { startedAt?: unknown }).startedAt;
      if (typeof startedAt === 'number') report.startedAt = startedAt;
      const [{ pack }, { settings }] = await Promise.all([s.packs.get(), s.settings.get()]);
      try {
        await s.stats.record(report, { id: pack.id, version: pack.version, ruleIds: new Set(pack.rules.map((r) => r.ruleId)) });
      } catch (err) {
        // Counts are optional; the person's own history of the episode is not. Never lose it to stats.
        console.warn('[draftguard] stats: episode not counted:', err instanceof Error ? err.message : String(err));
      }
      try {
        await s.deps.history.storeEpisode(report, settings.historyTextMode);
      } catch (err) {
        // The history module keeps the masked record and writes it later; the report is not lost.
        if (err instanceof HistoryStorageError) return { stored: false };
        throw err;
      }
      return { stored: true };
    },
  };
}
