/** Where the organisation's pack comes from, derived from the settings in force. */
import type { EffectiveSettings } from '@/utils/protocol/settings';
import { hostOf } from '@/utils/settings/endpoint-url';

export interface PackSourceConfig {
  /** empty: no organisation pack, builtin:default is in force */
  url: string;
  publicKeys: string[];
  /** a policy that names keys requires a signature even when none of its keys is usable */
  requireSignature: boolean;
  source: 'url' | 'options';
  /** host of the policy's packUrl or statsEndpoint, shown as "managed by" */
  managedBy?: string;
}

export function packSourceConfig(eff: EffectiveSettings): PackSourceConfig {
  const { settings, managed } = eff;
  return {
    url: settings.packUrl,
    publicKeys: settings.packPublicKeys,
    requireSignature: managed.packPublicKeys !== undefined || settings.packPublicKeys.length > 0,
    source: managed.packUrl !== undefined ? 'url' : 'options',
    managedBy: hostOf(managed.packUrl) ?? hostOf(managed.statsEndpoint),
  };
}
