/**
 * The settings in force: the person's own settings overlaid by the enterprise policy.
 *
 * Which policy values lock what (admin-endpoint.md leaves the detail to us):
 * - `packUrl` / `packPublicKeys`: the organisation's pack distribution is one unit, so a policy `packUrl`
 *   locks both (keys default to none), and policy keys alone lock the keys. People cannot swap the pack.
 * - `statsConsent: true`: the organisation has obtained consent, so consent is on and locked. `false` or
 *   absent means the person is asked, and their own answer counts.
 * - `enabledSites` / `disabledSites`: with `lockSettings`, those sites are fixed (`lockedSites`); without
 *   it they are the organisation's defaults and a person's explicit per-site choice wins.
 */
import type { EffectiveSettings, ManagedPolicy, Settings } from '@/utils/protocol/settings';

export function effectiveSettings(personal: Settings, policy: ManagedPolicy, policyProblems: string[] = []): EffectiveSettings {
  const settings: Settings = { ...personal, sites: { ...personal.sites } };
  const locked: (keyof Settings)[] = [];

  if (policy.packUrl !== undefined) {
    settings.packUrl = policy.packUrl;
    settings.packPublicKeys = policy.packPublicKeys ?? [];
    locked.push('packUrl', 'packPublicKeys');
  } else if (policy.packPublicKeys !== undefined) {
    settings.packPublicKeys = policy.packPublicKeys;
    locked.push('packPublicKeys');
  }
  if (policy.statsConsent === true) {
    settings.statsConsent = true;
    locked.push('statsConsent');
  }

  const policySites: Record<string, boolean> = {};
  for (const id of policy.enabledSites ?? []) policySites[id] = true;
  // disabled wins over enabled when an admin lists a site in both: the cautious reading
  for (const id of policy.disabledSites ?? []) policySites[id] = false;
  const lockedSites = policy.lockSettings ? Object.keys(policySites) : [];
  settings.sites = policy.lockSettings ? { ...personal.sites, ...policySites } : { ...policySites, ...personal.sites };

  return { settings, locked, lockedSites, managed: policy, policyProblems };
}
