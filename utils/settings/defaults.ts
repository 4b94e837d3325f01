import type { Settings } from '@/utils/protocol/settings';

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  sites: {},
  genericHosts: [],
  mastodonHosts: [],
  showInfoInline: false,
  historyTextMode: 'masked',
  retentionDays: 30,
  statsConsent: null,
  packUrl: '',
  packPublicKeys: [],
  allowList: [],
  welcomeSeen: false,
});

/** admin-endpoint.md: how often to look for a new pack when the policy does not say. */
export const DEFAULT_PACK_REFRESH_MINUTES = 360;
/** The smallest refresh interval we accept: a lower value would hammer the admin's server. */
export const MIN_PACK_REFRESH_MINUTES = 5;
/** A week: beyond that a pack fix would take too long to reach browsers. Only for the options page. */
export const MAX_PACK_REFRESH_MINUTES = 7 * 24 * 60;
