/** Settings and personal controls (owned by the background's settings module). */
export type HistoryTextMode = 'masked' | 'none' | 'full';

export interface Settings {
  /** site adapter id -> on/off; adapters absent here use their default */
  sites: Record<string, boolean>;
  /** hosts the person enabled for the generic adapter (with an optional permission) */
  genericHosts: string[];
  /** Mastodon instances the person added besides the default ones */
  mastodonHosts: string[];
  showInfoInline: boolean;
  historyTextMode: HistoryTextMode;
  retentionDays: number;
  /** the person's own answer; null = not asked yet */
  statsConsent: boolean | null;
  /** pack source when no enterprise policy sets one */
  packUrl: string;
  packPublicKeys: string[];
  /**
   * admin-endpoint.md: what an admin configures "by hand in the options page when no policy is set".
   * Optional (added later): absent means unset. A policy value of the same name wins and locks them.
   */
  statsEndpoint?: string;
  /** sent as `Authorization: Bearer <token>` to `statsEndpoint` */
  statsToken?: string;
  /** how often to look for a new pack; default 360 */
  packRefreshMinutes?: number;
  /** personal allow-list: "not a problem" words, each for one rule or all ('*') */
  allowList: { text: string; ruleId: string; addedAt: number }[];
  welcomeSeen: boolean;
}

/** The settings in force, with the keys an enterprise policy set (shown locked). */
export interface EffectiveSettings {
  settings: Settings;
  /** keys of Settings fixed by policy */
  locked: (keyof Settings)[];
  /** site ids whose on/off the policy fixes (`enabledSites`/`disabledSites`; with or without `lockSettings`) */
  lockedSites: string[];
  /** why policy values were ignored (wrong type, http URL...), for the options page */
  policyProblems: string[];
  /** the managed policy as read (empty when none) */
  managed: ManagedPolicy;
}

/** ../shared/spec/admin-endpoint.md: what an admin configures. */
export interface ManagedPolicy {
  packUrl?: string;
  packPublicKeys?: string[];
  packRefreshMinutes?: number;
  statsEndpoint?: string;
  statsToken?: string;
  statsConsent?: boolean;
  enabledSites?: string[];
  disabledSites?: string[];
  lockSettings?: boolean;
}

export interface SettingsMessages {
  'settings:get': { req: Record<string, never>; res: EffectiveSettings };
  /** change what the person may change; locked keys are refused with an error */
  'settings:set': { req: Partial<Settings>; res: EffectiveSettings };
  /** "not a problem": refused for a rule whose override is not `allow` */
  'allowlist:add': { req: { text: string; ruleId: string }; res: EffectiveSettings };
  'allowlist:remove': { req: { text: string; ruleId: string }; res: EffectiveSettings };
}
