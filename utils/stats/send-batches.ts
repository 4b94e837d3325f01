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
 *   a day, and they age out with the 90-day bound;
 * - a redirect: not followed (a POST redirected with 301/302 becomes a GET, whose 2xx would drop a batch
 *   the endpoint never counted; and it could lead off https). Treated like a client error: the admin
 *   must set the final address as `statsEndpoint`.
 * Every request has a time limit, so a hung endpoint cannot hold the stats queue (and with it the
 * recording of new counts) for ever.
 */
import type { StatsState } from './stats-state';

export const BACKOFF_BASE_MS = 60_000;
export const BACKOFF_MAX_MS = 6 * 60 * 60_000;
export const CLIENT_ERROR_RETRY_MS = 24 * 60 * 60_000;
/** A Retry-After is honoured within these bounds: not a tight loop, not a stall of weeks. */
export const RETRY_AFTER_MIN_MS = 1_000;
export const RETRY_AFTER_MAX_MS = CLIENT_ERROR_RETRY_MS;
export const SEND_TIMEOUT_MS = 60_000;

export interface SendDeps {
  fetch: typeof fetch;
  now: () => number;
  random: () => number;
  endpoint: string;
  token?: string;
  /** the abort signal of one request; default: SEND_TIMEOUT_MS */
  timeoutSignal?: () => AbortSignal;
}

export function backoffDelay(attempts: number, random: () => number): number {
  const exp = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1));
  // "equal jitter": at least half the delay, so retries still back off, plus a random half
  return Math.round(exp / 2 + random() * (exp / 2));
}

export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  let ms: number;
  if (/^\d+$/.test(trimmed)) ms = Number(trimmed) * 1000;
  else {
    const date = Date.parse(trimmed);
    if (Number.isNaN(date)) return undefined;
    ms = date - now;
  }
  return Math.min(RETRY_AFTER_MAX_MS, Math.max(RETRY_AFTER_MIN_MS, ms));
}

/** `<statsEndpoint>/v1/stats`, keeping any path of the base (and not gluing the path onto a query). */
export function statsUrl(endpoint: string): string {
  const url = new URL(endpoint);
  url.pathname = url.pathname.replace(/\/+$/, '') + '/v1/stats';
  url.hash = '';
  return url.href;
}

const isRedirect = (res: Response) => res.type === 'opaqueredirect' || (res.status >= 300 && res.status < 400);

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
      const signal = (deps.timeoutSignal ?? (() => AbortSignal.timeout(SEND_TIMEOUT_MS)))();
      res = await deps.fetch(url, { method: 'POST', headers, body: JSON.stringify(batch), credentials: 'omit', cache: 'no-store', redirect: 'manual', signal });
      failure = isRedirect(res) ? `redirected (${res.status ? `HTTP ${res.status}` : 'HTTP 3xx'}): set statsEndpoint to the final address` : `HTTP ${res.status}`;
    } catch (err) {
      failure = `network error: ${err instanceof Error ? err.message : String(err)}`;
    }
    if (res && res.ok && !isRedirect(res)) {
      next = { ...next, outbox: next.outbox.slice(1), attempts: 0, notBefore: 0, lastSentAt: now, lastError: undefined };
      continue;
    }
    const attempts = next.attempts + 1;
    let delay = backoffDelay(attempts, deps.random);
    if (res?.status === 429) delay = retryAfterMs(res.headers.get('retry-after'), now) ?? delay;
    else if (res && ((res.status >= 400 && res.status < 500) || isRedirect(res))) delay = CLIENT_ERROR_RETRY_MS;
    if (res && !isRedirect(res)) failure += await res.text().then((t) => (t ? `: ${t.slice(0, 200)}` : ''), () => '');
    next = { ...next, attempts, notBefore: now + delay, lastError: { at: now, reason: failure } };
    break;
  }
  return next;
}
