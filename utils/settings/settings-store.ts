/**
 * The person's settings in storage.local and the operations the background offers on them. Every write
 * is checked against the policy's locks, so a locked value cannot be changed from any page.
 */
import { storage } from 'wxt/utils/storage';
import type { EffectiveSettings, Settings } from '@/utils/protocol/settings';
import type { ResolvedRule } from '@/rules/types';
import { DEFAULT_SETTINGS } from './defaults';
import { effectiveSettings } from './effective';
import { readManagedPolicy, type ManagedArea, type ParsedPolicy } from './managed-policy';
import { createKnownPolicy } from './known-policy';
import { createSerialQueue } from './serial-queue';
import { validateSettingsPatch } from './validate-patch';

export const personalSettingsItem = storage.defineItem<Partial<Settings>>('local:settings', { fallback: {} });

/** Keys only the extension's own pages may change: a content script runs next to untrusted pages. */
const EXTENSION_PAGE_ONLY: readonly (keyof Settings)[] = [
  'packUrl',
  'packPublicKeys',
  'statsConsent',
  'statsEndpoint',
  'statsToken',
  'packRefreshMinutes',
  'historyTextMode',
  'retentionDays',
];
const MAX_ALLOW_TEXT = 200;

export interface SettingsStoreDeps {
  managedArea?: ManagedArea;
  now?: () => number;
  /** the rule of the pack in force with this id, for allowlist:add */
  findRule: (ruleId: string) => Promise<ResolvedRule | undefined>;
}

export function createSettingsStore(deps: SettingsStoreDeps) {
  const now = deps.now ?? Date.now;
  const serial = createSerialQueue();
  let lastProblems = '';

  async function readPersonal(): Promise<Settings> {
    const stored = await personalSettingsItem.getValue();
    return { ...DEFAULT_SETTINGS, ...stored };
  }

  async function readPolicy(): Promise<ParsedPolicy> {
    const parsed = await readManagedPolicy(deps.managedArea);
    const problems = parsed.problems.join('\n');
    if (problems && problems !== lastProblems) console.warn('[draftguard] managed policy:\n' + problems);
    lastProblems = problems;
    return parsed;
  }

  const policies = createKnownPolicy(readPolicy);

  /** The settings in force under the live policy: waits for the browser's policy at start-up. */
  async function get(): Promise<EffectiveSettings> {
    const [personal, { policy, problems }] = await Promise.all([readPersonal(), policies.live()]);
    return effectiveSettings(personal, policy, problems);
  }

  /**
   * The settings to answer a page with: under the last known policy while the browser's first answer is
   * pending (see known-policy.ts). Never for decisions: locks, the pack source and stats use `get()`.
   */
  async function getKnown(): Promise<EffectiveSettings> {
    const [personal, { policy, problems }] = await Promise.all([readPersonal(), policies.known()]);
    return effectiveSettings(personal, policy, problems);
  }

  async function set(patch: unknown, sender: { fromExtensionPage: boolean } = { fromExtensionPage: true }): Promise<EffectiveSettings> {
    const changes = validateSettingsPatch(patch);
    return serial(async () => {
      const current = await get();
      for (const key of Object.keys(changes) as (keyof Settings)[]) {
        if (current.locked.includes(key)) throw new Error(`settings: '${key}' is set by your organisation's policy and cannot be changed`);
        if (!sender.fromExtensionPage && EXTENSION_PAGE_ONLY.includes(key)) throw new Error(`settings: '${key}' can only be changed from the extension's own pages`);
      }
      const next: Settings = { ...(await readPersonal()), ...changes };
      if (changes.sites) {
        const lockedChanged = current.lockedSites.filter((id) => id in changes.sites! && changes.sites![id] !== current.settings.sites[id]);
        if (lockedChanged.length) throw new Error(`settings: site(s) ${lockedChanged.join(', ')} are set by your organisation's policy`);
        next.sites = { ...next.sites };
        for (const id of current.lockedSites) delete next.sites[id];
      }
      await personalSettingsItem.setValue(next);
      return get();
    });
  }

  async function addToAllowList(req: unknown): Promise<EffectiveSettings> {
    const { text, ruleId } = (req ?? {}) as { text?: unknown; ruleId?: unknown };
    if (typeof text !== 'string' || !text.trim() || text.length > MAX_ALLOW_TEXT) throw new Error(`allow-list: 'text' must be 1 to ${MAX_ALLOW_TEXT} characters`);
    if (typeof ruleId !== 'string' || !ruleId) throw new Error("allow-list: 'ruleId' must be a rule id or '*'");
    // '*' entries are accepted; the engine still never lets them silence a rule whose override is not allow.
    if (ruleId !== '*') {
      const rule = await deps.findRule(ruleId);
      if (!rule) throw new Error(`allow-list: rule '${ruleId}' is not in the pack in force`);
      if (rule.override && rule.override !== 'allow') {
        throw new Error(`allow-list: rule '${ruleId}' cannot be silenced (your organisation set it to '${rule.override}')`);
      }
    }
    const entryText = text.trim();
    return serial(async () => {
      const personal = await readPersonal();
      if (!personal.allowList.some((e) => e.text === entryText && e.ruleId === ruleId)) {
        await personalSettingsItem.setValue({ ...personal, allowList: [...personal.allowList, { text: entryText, ruleId, addedAt: now() }] });
      }
      return get();
    });
  }

  async function removeFromAllowList(req: unknown): Promise<EffectiveSettings> {
    const { text, ruleId } = (req ?? {}) as { text?: unknown; ruleId?: unknown };
    return serial(async () => {
      const personal = await readPersonal();
      const allowList = personal.allowList.filter((e) => !(e.text === text && e.ruleId === ruleId));
      if (allowList.length !== personal.allowList.length) await personalSettingsItem.setValue({ ...personal, allowList });
      return get();
    });
  }

  return { get, getKnown, set, addToAllowList, removeFromAllowList, onCachedPolicyReplaced: policies.onReplaced };
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;
