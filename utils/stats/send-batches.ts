/**
 * Posts queued batches to `<statsEndpoint>/v1/stats`, oldest first, and decides when to try again.
 *
 * A batch leaves the outbox only on a 2xx (202 accepted, 200 already counted: the batchId makes a resend
 * harmless). Everything else keeps it:
 * - network errors and 5xx: exponential backoff from 1 minute, doubling to at most 6 hours, with jitter
 *   so a fleet of browsers does not retry in step;
 * - 429: not before its Retry-After (seconds or an HTTP date), else the backoff;
 * - other 4xx (401 wrong token, 400 malformed, 413 too large): kept too, because the fix is usually on
 *   the server side (a token or a schema update) and the contract says nothing un-acknowledged is
 *   dropped; they are retried at the longest interval (24 hours) so a misconfiguration costs one request
 *   a day, and they age out with the 90-day bound.
 */
import type { StatsState } from './stats-state';

export const BACKOFF_BASE_MS = 60_000;
export const BACKOFF_MAX_MS = 6 * 60 * 60_000;
export const CLIENT_ERROR_RETRY_MS = 24 * 60 * 60_000;

export interface SendDeps {
  fetch: typeof fetch;
  now: () => number;
  random: () => number;
  endpoint: string;
  token?: string;
}

export function backoffDelay(attempts: number, random: () => number): number {
  const exp = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1));
  // "equal jitter": at least half the delay, so retries still back off, plus a random half
  return Math.round(exp / 2 + random() * (exp / 2));
}

export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export function statsUrl(endpoint: string): string {
  return endpoint.replace(/\/+$/, '') + '/v1/stats';
}

/** Sends what is due. Returns the new state; never throws. */
export async function sendBatches(state: StatsState, deps: SendDeps): Promise<StatsState> {
  let next: StatsState = { ...state, outbox: [...state.outbox] };
  const url = statsUrl(deps.endpoint);
  while (next.outbox.length) {
    const now = deps.now();
    if (now < next.notBefore) break;
    const { batch } = next.outbox[0]!;
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (deps.token) headers.Authorization = `Bearer ${deps.token}`;
    let res: Response | undefined;
    let failure: string;
    try {
      res = await deps.fetch(url, { method: 'POST', headers, body: JSON.stringify(batch), credentials: 'omit', cache: 'no-store' });
      failure = `HTTP ${res.status}`;
    } catch (err) {
      failure = `network error: ${err instanceof Error ? err.message : String(err)}`;
    }
    if (res && res.ok) {
      next = { ...next, outbox: next.outbox.slice(1), attempts: 0, notBefore: 0, lastSentAt: now, lastError: undefined };
      continue;
    }
    const attempts = next.attempts + 1;
    let delay = backoffDelay(attempts, deps.random);
    if (res?.status === 429) delay = retryAfterMs(res.headers.get('retry-after'), now) ?? delay;
    else if (res && res.status >= 400 && res.status < 500) delay = CLIENT_ERROR_RETRY_MS;
    if (res) failure += await res.text().then((t) => (t ? `: ${t.slice(0, 200)}` : ''), () => '');
    next = { ...next, attempts, notBefore: now + delay, lastError: { at: now, reason: failure } };
    break;
  }
  return next;
}
