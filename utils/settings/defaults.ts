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
