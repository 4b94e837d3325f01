import type { SettingsClient } from '@/components/ui/settings-client';
import type { EffectiveSettings, Settings } from '@/utils/protocol/settings';

export function defaultSettings(over: Partial<Settings> = {}): Settings {
  return {
    sites: {}, genericHosts: [], mastodonHosts: [], showInfoInline: false, historyTextMode: 'masked', retentionDays: 30,
    statsConsent: null, packUrl: '', packPublicKeys: [], allowList: [], welcomeSeen: false, ...over,
  };
}

/** An in-memory background: enforces locked keys and the allow-list rule like the real one is asked to. */
export class FakeSettingsClient implements SettingsClient {
  eff: EffectiveSettings;
  calls: { type: string; data: unknown }[] = [];
  /** rule ids whose override is not `allow` */
  unsilenceable = new Set<string>();
  failNext: string | null = null;

  constructor(eff: Partial<EffectiveSettings> = {}, settings: Partial<Settings> = {}) {
    this.eff = { settings: defaultSettings(settings), locked: [], lockedSites: [], policyProblems: [], managed: {}, ...eff };
  }

  private answer(): EffectiveSettings {
    if (this.failNext) {
      const msg = this.failNext;
      this.failNext = null;
      throw new Error(msg);
    }
    return structuredClone(this.eff);
  }

  async get() {
    this.calls.push({ type: 'settings:get', data: {} });
    return this.answer();
  }

  async set(patch: Partial<Settings>) {
    this.calls.push({ type: 'settings:set', data: patch });
    const locked = Object.keys(patch).filter((k) => this.eff.locked.includes(k as keyof Settings));
    if (locked.length) throw new Error(`${locked.join(', ')} is managed by your organisation`);
    const res = this.answer();
    this.eff = { ...this.eff, settings: { ...this.eff.settings, ...patch } };
    return { ...res, settings: { ...res.settings, ...patch } };
  }

  async allowlistAdd(entry: { text: string; ruleId: string }) {
    this.calls.push({ type: 'allowlist:add', data: entry });
    if (this.unsilenceable.has(entry.ruleId)) throw new Error(`Rule ${entry.ruleId} cannot be silenced`);
    this.answer();
    this.eff.settings.allowList = [...this.eff.settings.allowList, { ...entry, addedAt: 0 }];
    return structuredClone(this.eff);
  }

  async allowlistRemove(entry: { text: string; ruleId: string }) {
    this.calls.push({ type: 'allowlist:remove', data: entry });
    this.answer();
    this.eff.settings.allowList = this.eff.settings.allowList.filter((e) => e.text !== entry.text || e.ruleId !== entry.ruleId);
    return structuredClone(this.eff);
  }

  async packStatus() {
    return { source: 'builtin' as const, packId: 'builtin:default', name: 'Default', version: '1.0.0' };
  }
}
