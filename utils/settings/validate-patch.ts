/** Checks a `settings:set` request field by field; the error names the field and what was expected. */
import type { HistoryTextMode, Settings } from '@/utils/protocol/settings';
import { endpointUrlProblem } from './endpoint-url';
import { MAX_PACK_REFRESH_MINUTES, MIN_PACK_REFRESH_MINUTES } from './defaults';

const HISTORY_MODES: readonly HistoryTextMode[] = ['masked', 'none', 'full'];
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9-]{2,}(?::\d{1,5})?$|^localhost(?::\d{1,5})?$/;
const ED25519_KEY_B64 = /^[A-Za-z0-9+/]{43}=$/;
export const MAX_RETENTION_DAYS = 3650;

class SettingError extends Error {
  constructor(field: string, expected: string) {
    super(`settings: field '${field}' must be ${expected}`);
  }
}

function hosts(field: string, v: unknown): string[] {
  if (!Array.isArray(v)) throw new SettingError(field, 'a list of host names');
  const out = new Set<string>();
  for (const h of v) {
    const host = typeof h === 'string' ? h.trim().toLowerCase() : '';
    if (!HOST.test(host)) throw new SettingError(field, `a list of host names ('${String(h)}' is not one)`);
    out.add(host);
  }
  return [...out];
}

/** Returns the patch with normalised values, or throws naming the first bad field. */
export function validateSettingsPatch(patch: unknown): Partial<Settings> {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) throw new Error('settings: expected an object of settings to change');
  const out: Partial<Settings> = {};
  for (const [key, v] of Object.entries(patch as Record<string, unknown>)) {
    switch (key as keyof Settings) {
      case 'sites': {
        if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new SettingError(key, 'an object of site id -> true/false');
        const sites: Record<string, boolean> = {};
        for (const [id, on] of Object.entries(v)) {
          if (typeof on !== 'boolean') throw new SettingError(`sites.${id}`, 'true or false');
          sites[id] = on;
        }
        out.sites = sites;
        break;
      }
      case 'genericHosts':
        out.genericHosts = hosts(key, v);
        break;
      case 'mastodonHosts':
        out.mastodonHosts = hosts(key, v);
        break;
      case 'showInfoInline':
      case 'welcomeSeen':
        if (typeof v !== 'boolean') throw new SettingError(key, 'true or false');
        out[key as 'showInfoInline' | 'welcomeSeen'] = v;
        break;
      case 'historyTextMode':
        if (!HISTORY_MODES.includes(v as HistoryTextMode)) throw new SettingError(key, `one of ${HISTORY_MODES.join(', ')}`);
        out.historyTextMode = v as HistoryTextMode;
        break;
      case 'retentionDays':
        if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > MAX_RETENTION_DAYS) throw new SettingError(key, `a whole number of days from 1 to ${MAX_RETENTION_DAYS}`);
        out.retentionDays = v;
        break;
      case 'statsConsent':
        if (v !== null && typeof v !== 'boolean') throw new SettingError(key, 'true, false or null');
        out.statsConsent = v;
        break;
      case 'packUrl': {
        if (typeof v !== 'string') throw new SettingError(key, 'a URL or empty');
        const url = v.trim();
        const problem = url ? endpointUrlProblem(url) : null;
        if (problem) throw new SettingError(key, `an https URL (${problem})`);
        out.packUrl = url;
        break;
      }
      case 'statsEndpoint': {
        if (typeof v !== 'string') throw new SettingError(key, 'a URL or empty');
        const url = v.trim();
        const problem = url ? endpointUrlProblem(url) : null;
        if (problem) throw new SettingError(key, `an https URL (${problem})`);
        out.statsEndpoint = url;
        break;
      }
      case 'statsToken':
        // It goes into an HTTP header: anything outside visible ASCII would make every send fail.
        if (typeof v !== 'string' || (v !== '' && !/^[\x21-\x7e]+$/.test(v))) throw new SettingError(key, 'printable ASCII without spaces, or empty');
        out.statsToken = v;
        break;
      case 'packRefreshMinutes':
        if (typeof v !== 'number' || !Number.isInteger(v) || v < MIN_PACK_REFRESH_MINUTES || v > MAX_PACK_REFRESH_MINUTES) {
          throw new SettingError(key, `a whole number of minutes from ${MIN_PACK_REFRESH_MINUTES} to ${MAX_PACK_REFRESH_MINUTES}`);
        }
        out.packRefreshMinutes = v;
        break;
      case 'packPublicKeys':
        if (!Array.isArray(v) || !v.every((k) => typeof k === 'string' && ED25519_KEY_B64.test(k.trim()))) {
          throw new SettingError(key, 'a list of Ed25519 public keys (base64 of 32 bytes)');
        }
        out.packPublicKeys = v.map((k: string) => k.trim());
        break;
      case 'allowList':
        // Adding goes through allowlist:add, which refuses rules that may not be silenced.
        throw new Error("settings: 'allowList' is changed with allowlist:add and allowlist:remove");
      default:
        throw new Error(`settings: unknown field '${key}'`);
    }
  }
  return out;
}
