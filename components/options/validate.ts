/** Checks for what a person types on the options page; each returns a message key or null. */
import type { MessageKey } from '@/components/ui/i18n';
import { endpointUrlProblem } from '@/utils/settings/endpoint-url';
import { MAX_PACK_REFRESH_MINUTES, MIN_PACK_REFRESH_MINUTES } from '@/utils/settings/defaults';

export { DEFAULT_PACK_REFRESH_MINUTES, MAX_PACK_REFRESH_MINUTES, MIN_PACK_REFRESH_MINUTES } from '@/utils/settings/defaults';

export const RETENTION_MIN = 1;
export const RETENTION_MAX = 3650;

export function parseRetention(input: string): { ok: true; value: number } | { ok: false; error: MessageKey } {
  const s = input.trim();
  if (!/^\d+$/.test(s)) return { ok: false, error: 'retentionInvalid' };
  const n = Number(s);
  if (n < RETENTION_MIN || n > RETENTION_MAX) return { ok: false, error: 'retentionInvalid' };
  return { ok: true, value: n };
}

/** admin-endpoint.md: https, or http only for localhost; no credentials or #fragment (as the background checks). */
function checkUrl(input: string, invalid: MessageKey): MessageKey | null {
  const s = input.trim();
  if (s === '') return null;
  return endpointUrlProblem(s) === null ? null : invalid;
}

/** Empty = use the built-in pack. */
export function checkPackUrl(input: string): MessageKey | null {
  return checkUrl(input, 'packUrlInvalid');
}

/** Empty = no stats endpoint: nothing leaves the browser. */
export function checkStatsEndpoint(input: string): MessageKey | null {
  return checkUrl(input, 'statsEndpointInvalid');
}

/** The token goes into an HTTP header: visible ASCII only, no spaces (empty is checked by the caller). */
export function checkStatsToken(input: string): MessageKey | null {
  return /^[\x21-\x7e]+$/.test(input) ? null : 'statsTokenInvalid';
}

export function parseRefreshMinutes(input: string): { ok: true; value: number } | { ok: false; error: MessageKey } {
  const s = input.trim();
  if (!/^\d+$/.test(s)) return { ok: false, error: 'packRefreshInvalid' };
  const n = Number(s);
  if (n < MIN_PACK_REFRESH_MINUTES || n > MAX_PACK_REFRESH_MINUTES) return { ok: false, error: 'packRefreshInvalid' };
  return { ok: true, value: n };
}

/** One key per line: base64 of a raw 32-byte Ed25519 public key. */
export function parseKeys(input: string): { ok: true; value: string[] } | { ok: false; error: MessageKey; line: number } {
  const keys = input.split(/\r?\n/).map((l) => l.trim());
  const value: string[] = [];
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    if (k === '') continue;
    let bytes = -1;
    if (/^[A-Za-z0-9+/]+={0,2}$/.test(k) && k.length % 4 === 0) {
      try {
        bytes = atob(k).length;
      } catch {
        bytes = -1;
      }
    }
    if (bytes !== 32) return { ok: false, error: 'packKeysInvalid', line: i + 1 };
    value.push(k);
  }
  return { ok: true, value };
}
