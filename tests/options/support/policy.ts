/**
 * A FakeSettingsClient whose EffectiveSettings are computed by the background's own overlay
 * (utils/settings/effective.ts), so the pages are tested against what the background really sends for
 * a policy rather than a hand-written guess.
 */
import { effectiveSettings } from '@/utils/settings/effective';
import type { ManagedPolicy, Settings } from '@/utils/protocol/settings';
import { defaultSettings, FakeSettingsClient } from '../../history/support/settings';

export function policyClient(policy: ManagedPolicy, personal: Partial<Settings> = {}, problems: string[] = []): FakeSettingsClient {
  return new FakeSettingsClient(effectiveSettings(defaultSettings(personal), policy, problems));
}
