// @vitest-environment node
/** Whether the runtime watches composers on a page, from the effective settings. */
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '@/entrypoints/content/adapters';
import { isSiteEnabled } from '@/entrypoints/composer.content/runtime';
import type { EffectiveSettings, Settings } from '@/utils/protocol/settings';

function eff(over: Partial<Settings> = {}, managed: EffectiveSettings['managed'] = {}): EffectiveSettings {
  const settings: Settings = {
    sites: {}, genericHosts: [], mastodonHosts: [], showInfoInline: false, historyTextMode: 'masked', retentionDays: 30,
    statsConsent: null, packUrl: '', packPublicKeys: [], allowList: [], welcomeSeen: true, ...over,
  };
  return { settings, locked: [], lockedSites: [], policyProblems: [], managed };
}

describe('isSiteEnabled', () => {
  it('social sites are on unless the person or the policy turns them off', () => {
    expect(isSiteEnabled(ADAPTERS.x, eff(), 'x.com')).toBe(true);
    expect(isSiteEnabled(ADAPTERS.x, eff({ sites: { x: false } }), 'x.com')).toBe(false);
    expect(isSiteEnabled(ADAPTERS.x, eff({}, { disabledSites: ['x'] }), 'x.com')).toBe(false);
    expect(isSiteEnabled(ADAPTERS.x, eff({ sites: { x: false } }, { enabledSites: ['x'] }), 'x.com')).toBe(true);
  });

  it('the generic adapter runs only on hosts the person enabled', () => {
    expect(isSiteEnabled(ADAPTERS.generic, eff(), 'forum.example.com')).toBe(false);
    expect(isSiteEnabled(ADAPTERS.generic, eff({ genericHosts: ['forum.example.com'] }), 'forum.example.com')).toBe(true);
  });

  it('Mastodon runs on the default instances and on instances the person added', () => {
    expect(isSiteEnabled(ADAPTERS.mastodon, eff(), 'fosstodon.org')).toBe(true);
    expect(isSiteEnabled(ADAPTERS.mastodon, eff(), 'social.example.org')).toBe(false);
    expect(isSiteEnabled(ADAPTERS.mastodon, eff({ mastodonHosts: ['social.example.org'] }), 'social.example.org')).toBe(true);
  });
});
