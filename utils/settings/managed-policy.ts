/**
 * The enterprise policy (admin-endpoint.md), read from storage.managed and validated key by key: a value
 * of the wrong type is ignored (and said why) rather than trusted or allowed to break the extension.
 */
import { browser } from 'wxt/browser';
import type { ManagedPolicy } from '@/utils/protocol/settings';
import { endpointUrlProblem } from './endpoint-url';
import { MIN_PACK_REFRESH_MINUTES } from './defaults';

export interface ParsedPolicy {
  policy: ManagedPolicy;
  /** one line per ignored value, naming the key */
  problems: string[];
  /** the browser failed to answer (not "no policy"): nothing to remember for the next start */
  unreadable?: true;
}

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
const ED25519_KEY_B64 = /^[A-Za-z0-9+/]{43}=$/;

export { MIN_PACK_REFRESH_MINUTES } from './defaults';

export function parseManagedPolicy(raw: unknown): ParsedPolicy {
  const policy: ManagedPolicy = {};
  const problems: string[] = [];
  if (raw == null) return { policy, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { policy, problems: ['managed policy is not an object'] };
  const r = raw as Record<string, unknown>;
  const bad = (key: string, expected: string) => problems.push(`policy '${key}' ignored: expected ${expected}, got ${JSON.stringify(r[key])}`);

  for (const key of ['packUrl', 'statsEndpoint'] as const) {
    const v = r[key];
    if (v === undefined) continue;
    if (typeof v !== 'string' || !v.trim()) {
      bad(key, 'a URL string');
      continue;
    }
    const problem = endpointUrlProblem(v.trim());
    if (problem) problems.push(`policy '${key}' ignored: ${problem}`);
    else policy[key] = v.trim();
  }
  if (r.packPublicKeys !== undefined) {
    const v = r.packPublicKeys;
    if (!isStringArray(v)) bad('packPublicKeys', 'an array of base64 strings');
    else {
      const keys = v.map((k) => k.trim()).filter((k) => ED25519_KEY_B64.test(k));
      if (keys.length !== v.length) problems.push(`policy 'packPublicKeys': ${v.length - keys.length} value(s) are not base64 of 32 bytes and were ignored`);
      // Kept even when empty: a list the admin set must still mean "only signed packs" (see
      // packSourceConfig), never silently switch signature checking off.
      policy.packPublicKeys = keys;
      if (!keys.length) problems.push(`policy 'packPublicKeys' holds no valid key: no pack can load until it is fixed`);
    }
  }
  if (r.packRefreshMinutes !== undefined) {
    const v = r.packRefreshMinutes;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < MIN_PACK_REFRESH_MINUTES) bad('packRefreshMinutes', `an integer >= ${MIN_PACK_REFRESH_MINUTES}`);
    else policy.packRefreshMinutes = v;
  }
  if (r.statsToken !== undefined) {
    const v = r.statsToken;
    // The token goes into an HTTP header: anything outside visible ASCII would make fetch throw later.
    // Its value is never echoed: problems go to the console and the options page.
    if (typeof v !== 'string' || !/^[\x21-\x7e]+$/.test(v)) problems.push(`policy 'statsToken' ignored: expected a non-empty printable ASCII string (value not shown)`);
    else policy.statsToken = v;
  }
  for (const key of ['statsConsent', 'lockSettings'] as const) {
    const v = r[key];
    if (v === undefined) continue;
    if (typeof v !== 'boolean') bad(key, 'true or false');
    else policy[key] = v;
  }
  for (const key of ['enabledSites', 'disabledSites'] as const) {
    const v = r[key];
    if (v === undefined) continue;
    if (!isStringArray(v)) bad(key, 'an array of site ids');
    else policy[key] = v;
  }
  return { policy, problems };
}

/** The part of browser.storage.managed we use, so tests can stand in for Chrome's and Firefox's. */
export interface ManagedArea {
  get(keys?: null): Promise<Record<string, unknown>>;
}

/**
 * Chrome answers `{}` when no policy is set; Firefox throws ("Managed storage manifest not found") and
 * some builds have no storage.managed at all. All of these mean "no policy". Firefox also caches the
 * policy until the browser restarts, so a changed policies.json shows only after a restart there.
 */
export async function readManagedPolicy(area: ManagedArea | undefined = browser.storage?.managed as ManagedArea | undefined): Promise<ParsedPolicy> {
  if (!area) return { policy: {}, problems: [] };
  let raw: unknown;
  try {
    raw = await area.get(null);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (/manifest not found|not (?:available|supported)/i.test(message)) return { policy: {}, problems: [] };
    return { policy: {}, problems: [`managed policy could not be read: ${message}`], unreadable: true };
  }
  return parseManagedPolicy(raw);
}
