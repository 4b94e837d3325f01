/**
 * The settings in force: the person's own settings overlaid by the enterprise policy.
 *
 * admin-endpoint.md: "Policy values win and lock the matching options", and `lockSettings`: "people
 * cannot change what the policy sets". So every value the policy sets wins and is locked, with or
 * without `lockSettings` (which only states the same; `false` does not unlock anything). In detail:
 * - `packUrl` / `packPublicKeys`: the organisation's pack distribution is one unit, so a policy `packUrl`
 *   locks both (keys default to none), and policy keys alone lock the keys. People cannot swap the pack.
 * - `statsEndpoint` / `statsToken`: as for the pack, a policy endpoint locks both (the token defaults to
 *   none); `packRefreshMinutes` locks the person's interval.
 * - `statsConsent: true`: the organisation has obtained consent, so consent is on and locked. `false` or
 *   absent means the person is asked, and their own answer counts.
 * - `enabledSites` / `disabledSites`: the sites they name are on or off as the policy says and are
 *   locked (`lockedSites`); sites the policy does not name stay the person's choice.
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
  // Stats destination and credentials are one unit too: a policy endpoint never gets a person's token.
  if (policy.statsEndpoint !== undefined) {
    settings.statsEndpoint = policy.statsEndpoint;
    settings.statsToken = policy.statsToken;
    locked.push('statsEndpoint', 'statsToken');
  } else if (policy.statsToken !== undefined) {
    settings.statsToken = policy.statsToken;
    locked.push('statsToken');
  }
  if (policy.packRefreshMinutes !== undefined) {
    settings.packRefreshMinutes = policy.packRefreshMinutes;
    locked.push('packRefreshMinutes');
  }
  if (policy.statsConsent === true) {
    settings.statsConsent = true;
    locked.push('statsConsent');
  }

  const policySites: Record<string, boolean> = {};
  for (const id of policy.enabledSites ?? []) policySites[id] = true;
  // disabled wins over enabled when an admin lists a site in both: the cautious reading
  for (const id of policy.disabledSites ?? []) policySites[id] = false;
  const lockedSites = Object.keys(policySites);
  settings.sites = { ...personal.sites, ...policySites };

  return { settings, locked, lockedSites, managed: policy, policyProblems };
}
