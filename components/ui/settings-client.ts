/**
 * How the pages reach the background's settings. Components take a SettingsClient, so tests give them an
 * in-memory one and the pages give them this one.
 */
import { sendToBackground } from '@/utils/protocol';
import type { EffectiveSettings, Settings } from '@/utils/protocol/settings';
import type { PackStatus } from '@/utils/protocol/pack';

export interface SettingsClient {
  get(): Promise<EffectiveSettings>;
  set(patch: Partial<Settings>): Promise<EffectiveSettings>;
  allowlistAdd(entry: { text: string; ruleId: string }): Promise<EffectiveSettings>;
  allowlistRemove(entry: { text: string; ruleId: string }): Promise<EffectiveSettings>;
  packStatus(): Promise<PackStatus>;
}

export const backgroundSettingsClient: SettingsClient = {
  get: () => sendToBackground('settings:get', {}),
  set: (patch) => sendToBackground('settings:set', patch),
  allowlistAdd: (entry) => sendToBackground('allowlist:add', entry),
  allowlistRemove: (entry) => sendToBackground('allowlist:remove', entry),
  packStatus: () => sendToBackground('pack:status', {}),
};
