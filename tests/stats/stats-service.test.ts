import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createStats, type StatsConfig } from '@/utils/stats/stats-service';
import { BACKOFF_BASE_MS, CLIENT_ERROR_RETRY_MS, RETRY_AFTER_MIN_MS, backoffDelay, retryAfterMs, sendBatches, statsUrl } from '@/utils/stats/send-batches';
import { statsStateItem } from '@/utils/stats/stats-state';
import { SITE_IDS, OUTCOMES } from '@/utils/stats/stats-vocabulary';
import { CATEGORIES, SEVERITIES } from '@/rules/types';
import { scriptedServer } from '../pack-update/fixtures';
import { PACK, at, finding, report } from './stats-fixtures';

const ENDPOINT = 'https://stats.acme.example/base/';
const POST_URL = 'https://stats.acme.example/base/v1/stats';
let clock = 0;

function setup(config: Partial<StatsConfig> = {}) {
  const server = scriptedServer();
  const cfg: StatsConfig = { consent: true, endpoint: ENDPOINT, token: 'tok', ...config };
  let id = 0;
  const stats = createStats({
    config: async () => cfg,
    fetch: server.fetch,
    now: () => clock,
    random: () => 0.5,
    uuid: () => `11111111-2222-4333-8444-${String(++id).padStart(12, '0')}`,
    extensionVersion: '1.0.0',
  });
  return { server, cfg, stats };
}

beforeEach(() => {
  fakeBrowser.reset();
  clock = at(2026, 11, 20, 10);
});

describe('consent and endpoint', () => {
  it('counts and sends nothing without consent', async () => {
    const { stats, server } = setup({ consent: false });
    expect(await stats.record(report(), PACK)).toBe(0);
    clock = at(2026, 11, 21, 10);
    await stats.sync();
    expect(server.requests).toEqual([]);
    expect(await statsStateItem.getValue()).toMatchObject({ open: {}, outbox: [] });
  });

  it('counts nothing without an endpoint, or with an http one', async () => {
    expect(await setup({ endpoint: undefined }).stats.record(report(), PACK)).toBe(0);
    expect(await setup({ endpoint: 'http://stats.example' }).stats.record(report(), PACK)).toBe(0);
  });

  it('deletes unsent counts when consent is withdrawn', async () => {
    const s = setup();
    await s.stats.record(report(), PACK);
    s.cfg.consent = false;
    await s.stats.sync();
    expect(await statsStateItem.getValue()).toMatchObject({ open: {}, outbox: [] });
  });
});

describe('sending', () => {
  it('posts past days with the token, and a 2xx removes the batch', async () => {
    const s = setup();
    await s.stats.record(report(), PACK);
    s.server.routes.set(POST_URL, { status: 202 });
    await s.stats.sync();
    expect(s.server.requests).toEqual([]); // today is not over
    clock = at(2026, 11, 21, 0, 30);
    const state = await s.stats.sync();
    expect(s.server.requests).toHaveLength(1);
    const req = s.server.requests[0]!;
    expect(req).toMatchObject({ url: POST_URL, method: 'POST', headers: { authorization: 'Bearer tok', 'content-type': 'application/json' } });
    expect(JSON.parse(req.body!)).toMatchObject({ schema: 'draftguard.stats/1', pack: { id: 'acme', version: '2026.11.1' }, days: [{ day: '2026-11-20' }] });
    expect(state).toMatchObject({ outbox: [], attempts: 0, lastSentAt: clock });
  });

  it('keeps counts across a restart (a new service instance)', async () => {
    await setup().stats.record(report(), PACK);
    const s = setup();
    s.server.routes.set(POST_URL, { status: 200 });
    clock = at(2026, 11, 22);
    await s.stats.sync();
    expect(s.server.requests).toHaveLength(1);
  });

  it('retries a failed batch with the same batchId after a backoff, and not before', async () => {
    const s = setup();
    await s.stats.record(report(), PACK);
    s.server.routes.set(POST_URL, null);
    clock = at(2026, 11, 21, 9);
    let state = await s.stats.sync();
    expect(state.outbox).toHaveLength(1);
    expect(state.attempts).toBe(1);
    expect(state.notBefore).toBe(clock + backoffDelay(1, () => 0.5));
    expect(state.lastError?.reason).toMatch(/network error/);

    clock = state.notBefore - 1;
    await s.stats.sync();
    expect(s.server.requests).toHaveLength(1);

    s.server.routes.set(POST_URL, { status: 503 });
    clock = state.notBefore;
    state = await s.stats.sync();
    expect(state.attempts).toBe(2);
    expect(state.notBefore - clock).toBe(backoffDelay(2, () => 0.5));

    s.server.routes.set(POST_URL, { status: 200 });
    clock = state.notBefore;
    state = await s.stats.sync();
    expect(state.outbox).toEqual([]);
    const ids = s.server.requests.map((r) => JSON.parse(r.body!).batchId);
    expect(new Set(ids).size).toBe(1);
  });

  it('honours Retry-After on 429', async () => {
    const s = setup();
    await s.stats.record(report(), PACK);
    s.server.routes.set(POST_URL, { status: 429, headers: { 'retry-after': '120' } });
    clock = at(2026, 11, 21, 9);
    const state = await s.stats.sync();
    expect(state.notBefore).toBe(clock + 120_000);
    expect(state.outbox).toHaveLength(1);
  });

  it('keeps a batch refused with another 4xx and retries it a day later', async () => {
    const s = setup();
    await s.stats.record(report(), PACK);
    s.server.routes.set(POST_URL, { status: 401, body: '{"error":"bad token"}' });
    clock = at(2026, 11, 21, 9);
    const state = await s.stats.sync();
    expect(state.outbox).toHaveLength(1);
    expect(state.notBefore).toBe(clock + CLIENT_ERROR_RETRY_MS);
    expect(state.lastError?.reason).toBe('HTTP 401: {"error":"bad token"}');
  });
});

describe('backoff helpers', () => {
  it('doubles from one minute, with jitter between half and all of the delay, capped', () => {
    expect(backoffDelay(1, () => 0)).toBe(BACKOFF_BASE_MS / 2);
    expect(backoffDelay(1, () => 1)).toBe(BACKOFF_BASE_MS);
    expect(backoffDelay(3, () => 1)).toBe(4 * BACKOFF_BASE_MS);
    expect(backoffDelay(50, () => 1)).toBe(6 * 60 * 60_000);
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    expect(retryAfterMs('30', 0)).toBe(30_000);
    expect(retryAfterMs('Wed, 21 Oct 2026 07:28:00 GMT', Date.parse('Wed, 21 Oct 2026 07:27:00 GMT'))).toBe(60_000);
    expect(retryAfterMs('soon', 0)).toBeUndefined();
    expect(retryAfterMs(null, 0)).toBeUndefined();
  });

  it('keeps Retry-After between a second and a day (no tight loop, no stall of weeks)', () => {
    expect(retryAfterMs('0', 0)).toBe(RETRY_AFTER_MIN_MS);
    expect(retryAfterMs('Wed, 21 Oct 2020 07:28:00 GMT', Date.parse('Wed, 21 Oct 2026 07:27:00 GMT'))).toBe(RETRY_AFTER_MIN_MS);
    expect(retryAfterMs(String(90 * 24 * 3600), 0)).toBe(CLIENT_ERROR_RETRY_MS);
  });

  it('builds <statsEndpoint>/v1/stats without gluing the path onto a query or fragment', () => {
    expect(statsUrl('https://s.example')).toBe('https://s.example/v1/stats');
    expect(statsUrl('https://s.example/base//')).toBe('https://s.example/base/v1/stats');
    expect(statsUrl('https://s.example/base?tenant=acme')).toBe('https://s.example/base/v1/stats?tenant=acme');
    expect(statsUrl('https://s.example/base#x')).toBe('https://s.example/base/v1/stats');
  });
});

describe('what counts as acknowledged', () => {
  it('does not follow a redirect, and keeps the batch (a 302 would turn the POST into a GET whose 2xx drops it)', async () => {
    const s = setup();
    await s.stats.record(report(), PACK);
    s.server.routes.set(POST_URL, { status: 302, headers: { location: 'http://elsewhere.example/ok' } });
    clock = at(2026, 11, 21, 9);
    const state = await s.stats.sync();
    expect(s.server.requests).toHaveLength(1);
    expect(state.outbox).toHaveLength(1);
    expect(state.notBefore).toBe(clock + CLIENT_ERROR_RETRY_MS);
    expect(state.lastError?.reason).toBe('redirected (HTTP 302): set statsEndpoint to the final address');
  });

  it("treats a browser's opaque redirect (redirect: 'manual') the same way", async () => {
    const opaque = Response.error();
    Object.defineProperty(opaque, 'type', { value: 'opaqueredirect' });
    const inits: RequestInit[] = [];
    const state = await sendBatches(
      { open: {}, outbox: [{ batch: { schema: 'draftguard.stats/1', batchId: 'b', extensionVersion: '1', pack: { id: 'acme', version: '1' }, days: [] }, newestDay: '2026-11-20' }], attempts: 0, notBefore: 0 },
      {
        fetch: async (_u, init) => {
          inits.push(init!);
          return opaque;
        },
        now: () => 0,
        random: () => 0.5,
        endpoint: ENDPOINT,
      },
    );
    expect(inits[0]).toMatchObject({ redirect: 'manual', credentials: 'omit' });
    expect(inits[0]!.signal).toBeInstanceOf(AbortSignal);
    expect(state.outbox).toHaveLength(1);
    expect(state.lastError?.reason).toMatch(/^redirected/);
  });

  it('a timed-out request keeps the batch and backs off', async () => {
    const aborted = AbortSignal.abort(new DOMException('The operation timed out.', 'TimeoutError'));
    const state = await sendBatches(
      { open: {}, outbox: [{ batch: { schema: 'draftguard.stats/1', batchId: 'b', extensionVersion: '1', pack: { id: 'acme', version: '1' }, days: [] }, newestDay: '2026-11-20' }], attempts: 0, notBefore: 0 },
      {
        fetch: async (_u, init) => {
          init?.signal?.throwIfAborted();
          return new Response(null, { status: 202 });
        },
        now: () => 0,
        random: () => 0.5,
        endpoint: ENDPOINT,
        timeoutSignal: () => aborted,
      },
    );
    expect(state.outbox).toHaveLength(1);
    expect(state).toMatchObject({ attempts: 1, notBefore: backoffDelay(1, () => 0.5), lastError: { reason: 'network error: The operation timed out.' } });
  });
});

describe('what a batch can hold', () => {
  const SENTINELS = ['SENTINEL-TEXT', 'SENTINEL-MSG', 'sentinel-path', 'SENTINEL-REASON', 'SENTINEL-EPISODE', 'jane.doe'];

  it('never carries text, matched text, messages, URLs, reasons or ids, only the allowed vocabulary', async () => {
    const s = setup();
    s.server.routes.set(POST_URL, { status: 202 });
    const reports = [
      report({
        episodeId: 'SENTINEL-EPISODE',
        text: 'SENTINEL-TEXT Bluebird jane.doe@acme.example',
        overrideReason: 'SENTINEL-REASON',
        findings: [
          finding({ message: 'SENTINEL-MSG' }),
          finding({ ruleId: 'builtin.pii.email', category: 'confidential', severity: 'warn', outcome: 'dismissed' }),
          finding({ ruleId: 'acme.SENTINEL-TEXT' }),
          finding({ ruleId: 'jane.doe@acme.example' }),
        ],
      }),
      report({ site: 'https://www.linkedin.com/in/sentinel-path' }),
      report({ site: 'generic', packId: 'SENTINEL-TEXT', packVersion: 'SENTINEL-TEXT' }),
    ];
    for (const r of reports) await s.stats.record(r, PACK);
    clock = at(2026, 11, 21, 9);
    await s.stats.sync();
    expect(s.server.requests).toHaveLength(1);
    const body = s.server.requests[0]!.body!;
    for (const sentinel of SENTINELS) expect(body.toLowerCase()).not.toContain(sentinel.toLowerCase());

    const batch = JSON.parse(body) as Record<string, unknown>;
    expect(Object.keys(batch).sort()).toEqual(['batchId', 'days', 'extensionVersion', 'pack', 'schema']);
    expect(batch.pack).toEqual({ id: 'acme', version: '2026.11.1' });
    const days = batch.days as { day: string; counts: Record<string, unknown>[] }[];
    const counts = days.flatMap((d) => {
      expect(Object.keys(d).sort()).toEqual(['counts', 'day']);
      expect(d.day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      return d.counts;
    });
    expect(counts.length).toBe(3);
    for (const c of counts) {
      expect(Object.keys(c).sort()).toEqual(['category', 'n', 'outcome', 'ruleId', 'severity', 'site']);
      expect(SITE_IDS).toContain(c.site);
      expect(CATEGORIES).toContain(c.category);
      expect(SEVERITIES).toContain(c.severity);
      expect(OUTCOMES).toContain(c.outcome);
      expect(PACK.ruleIds.has(c.ruleId as string)).toBe(true);
      expect(Number.isInteger(c.n) && (c.n as number) > 0).toBe(true);
    }
  });
});
