/**
 * Wires the background's parts together. Everything that touches the outside world (fetch, clock,
 * randomness, managed storage, scripting) comes in through `BackgroundDeps`, so tests drive the same code.
 */
import type { EffectiveSettings } from '@/utils/protocol/settings';
import type { EpisodeReport } from '@/utils/protocol/episodes';
import type { HistoryTextMode } from '@/utils/protocol/settings';
import { createSettingsStore } from '@/utils/settings/settings-store';
import type { ManagedArea } from '@/utils/settings/managed-policy';
import { DEFAULT_PACK_REFRESH_MINUTES } from '@/utils/settings/defaults';
import { createPackUpdater } from '@/utils/pack-update/pack-updater';
import { packSourceConfig } from '@/utils/pack-update/pack-source-config';
import { createStats, type StatsConfig } from '@/utils/stats/stats-service';
import type { ScriptingApi } from './content-script-registration';

export interface HistoryApi {
  storeEpisode(report: EpisodeReport, mode: HistoryTextMode): Promise<void>;
  purgeExpired(retentionDays: number, now?: number): Promise<number>;
  /** writes episodes an earlier storage failure left queued in memory */
  retryPendingWrites(): Promise<number>;
}

export interface BackgroundDeps {
  fetch: typeof fetch;
  now: () => number;
  random: () => number;
  uuid: () => string;
  extensionVersion: string;
  managedArea?: ManagedArea;
  scripting: ScriptingApi;
  history: HistoryApi;
  openWelcome: () => Promise<void>;
  /** tells every tab's content script that the policy or pack in force changed (tab:policy-changed) */
  notifyTabs: () => Promise<void>;
}

/** The settings in force carry the policy's values when it sets them, else the options page's. */
export function statsConfig(eff: EffectiveSettings): StatsConfig {
  const { statsConsent, statsEndpoint, statsToken } = eff.settings;
  return { consent: statsConsent === true, endpoint: statsEndpoint || undefined, token: statsToken || undefined };
}

export function packRefreshMinutes(eff: EffectiveSettings): number {
  return eff.settings.packRefreshMinutes ?? DEFAULT_PACK_REFRESH_MINUTES;
}

export function createServices(deps: BackgroundDeps) {
  // settings and packs refer to each other (allowlist:add looks rules up; the pack URL is a setting),
  // so each reaches the other through a closure rather than at construction.
  const packs = createPackUpdater({
    fetch: deps.fetch,
    now: deps.now,
    config: async () => packSourceConfig(await settings.get()),
    knownConfig: async () => packSourceConfig(await settings.getKnown()),
  });
  const settings = createSettingsStore({ managedArea: deps.managedArea, now: deps.now, findRule: (id) => packs.findRule(id) });
  const stats = createStats({
    config: async () => statsConfig(await settings.get()),
    fetch: deps.fetch,
    now: deps.now,
    random: deps.random,
    uuid: deps.uuid,
    extensionVersion: deps.extensionVersion,
  });
  return { deps, settings, packs, stats };
}

export type Services = ReturnType<typeof createServices>;
