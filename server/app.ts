/**
 * The reference admin endpoint as an http.Server: pack distribution, stats ingestion, the summary and
 * the dashboard. Node's http module only, so an admin runs it with nothing beyond the project itself.
 */
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { adminAccess, ingestAccess } from './access';
import { readBody } from './body';
import { CORS_PATHS, corsHeaders, preflightHeaders } from './cors';
import type { ServerConfig } from './config';
import { renderDashboard } from './dashboard';
import { dayOf } from './dates';
import { CommitQueue } from './commit-queue';
import { FileSource, matchesIfNoneMatch } from './pack-file';
import { purgePlan } from './retention';
import { validateStats } from './stats-schema';
import { StatsStore } from './stats-store';
import { parseRange, summarize } from './summary';

export interface App {
  server: http.Server;
  store: StatsStore;
  /** resolves with the bound address once listening */
  listen(): Promise<AddressInfo>;
  /** stops accepting, lets requests in flight finish (bounded), closes the database */
  close(): Promise<void>;
  /** deletes days past retention now (also run at start and every hour) */
  purge(): { counts: number; batches: number };
}

export interface AppOptions {
  /** the clock, replaceable so tests can move days without waiting for them */
  now?: () => number;
  log?: (line: string) => void;
  /** how long close() waits for requests in flight before cutting connections */
  shutdownGraceMs?: number;
}

const PURGE_EVERY_MS = 60 * 60 * 1000;
const RETRY_AFTER_SECONDS = 1;

const BASE_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};
const API_HEADERS = {
  ...BASE_HEADERS,
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
};
type Headers = Record<string, string>;

function send(res: http.ServerResponse, status: number, body: string | Buffer, headers: Headers, head = false): void {
  if (res.headersSent) return;
  const buf = typeof body === 'string' ? Buffer.from(body) : body;
  res.writeHead(status, { ...headers, 'Content-Length': String(buf.length) });
  res.end(head ? undefined : buf);
}

function json(res: http.ServerResponse, status: number, value: unknown, extra: Headers = {}): void {
  send(res, status, `${JSON.stringify(value)}\n`, { ...API_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...extra });
}

function methodNotAllowed(res: http.ServerResponse, allow: string): void {
  json(res, 405, { error: `method not allowed; use ${allow}` }, { Allow: allow });
}

export function createApp(config: ServerConfig, options: AppOptions = {}): App {
  const now = options.now ?? Date.now;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const store = new StatsStore(config.db);
  const pack = config.pack ? new FileSource(config.pack) : null;
  const sig = config.pack ? new FileSource(`${config.pack}.sig`) : null;
  const commits = new CommitQueue(store, () => dayOf(now()));
  let inFlight = 0;
  let closing = false;

  const today = () => dayOf(now());

  function purge() {
    return store.purge(purgePlan(today(), config.retentionDays));
  }

  function serveFile(req: http.IncomingMessage, res: http.ServerResponse, source: FileSource | null, type: string): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') return methodNotAllowed(res, 'GET, HEAD');
    const file = source?.read() ?? null;
    if (!file) return json(res, 404, { error: source ? 'not found' : 'no pack configured (--pack)' });
    // no-cache: keep a copy but revalidate every time, so a replaced pack is seen at the next refresh.
    const headers = { ...API_HEADERS, ETag: file.etag, 'Cache-Control': 'no-cache' };
    if (matchesIfNoneMatch(req.headers['if-none-match'], file.etag)) return send(res, 304, '', headers, true);
    send(res, 200, file.body, { ...headers, 'Content-Type': type }, req.method === 'HEAD');
  }

  async function postStats(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (!ingestAccess(req, config.token)) {
      return json(res, 401, { error: 'Authorization: missing or wrong token' }, { 'WWW-Authenticate': 'Bearer' });
    }
    const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/json') return json(res, 400, { error: 'Content-Type: expected application/json' });
    const body = await readBody(req, config.bodyLimitBytes);
    if (body.kind === 'aborted') return;
    if (body.kind === 'too-large') {
      return json(res, 413, { error: `body: larger than ${config.bodyLimitBytes} bytes` }, body.drained ? {} : { Connection: 'close' });
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.body.toString('utf8'));
    } catch {
      return json(res, 400, { error: 'body: malformed JSON' });
    }
    const result = validateStats(parsed, { today: today(), retentionDays: config.retentionDays });
    if (!result.ok) return json(res, 400, { error: result.error });
    let outcome;
    try {
      outcome = await commits.submit(result.batch);
    } catch (e) {
      // Disk full, database locked by a backup: nothing was stored, and the browser will retry.
      log(`stats: could not store batch: ${(e as Error).message}`);
      return json(res, 503, { error: 'storage unavailable, retry later' }, { 'Retry-After': '30' });
    }
    const status = outcome === 'accepted' ? 202 : 200;
    json(res, status, { status: outcome, batchId: result.batch.batchId });
  }

  function admin(req: http.IncomingMessage, res: http.ServerResponse, html: boolean): boolean {
    const access = adminAccess(req, config.adminToken);
    if (access === 'ok') return true;
    if (access === 'forbidden') {
      json(res, 403, { error: 'this server has no --admin-token, so it answers only on this machine' });
    } else {
      // Basic lets a browser prompt for the admin token (as the password) when opening the dashboard.
      json(res, 401, { error: 'Authorization: admin token required' }, { 'WWW-Authenticate': html ? 'Basic realm="DraftGuard admin", charset="UTF-8"' : 'Bearer' });
    }
    return false;
  }

  function getSummary(req: http.IncomingMessage, res: http.ServerResponse, url: URL, html: boolean): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') return methodNotAllowed(res, 'GET, HEAD');
    if (!admin(req, res, html)) return;
    const range = parseRange(url.searchParams, today());
    if (!range.ok) return json(res, 400, { error: range.error });
    const summary = summarize(store, range.from, range.to, config.minCount);
    if (!html) return json(res, 200, summary);
    const nonce = crypto.randomBytes(16).toString('base64');
    const page = renderDashboard({ summary, nonce, summaryHref: `/v1/summary?from=${range.from}&to=${range.to}` });
    send(
      res,
      200,
      page,
      {
        ...BASE_HEADERS,
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-store',
        'Content-Security-Policy': `default-src 'none'; style-src 'nonce-${nonce}'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`,
        'X-Frame-Options': 'DENY',
      },
      req.method === 'HEAD',
    );
  }

  async function route(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      return json(res, 400, { error: 'url: malformed' });
    }
    const p = url.pathname;
    if (CORS_PATHS.has(p) && req.method === 'OPTIONS') return send(res, 204, '', { ...BASE_HEADERS, ...preflightHeaders(req) });
    switch (p) {
      case '/healthz':
        if (req.method !== 'GET' && req.method !== 'HEAD') return methodNotAllowed(res, 'GET, HEAD');
        return send(res, 200, 'ok\n', { ...API_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }, req.method === 'HEAD');
      case '/v1/pack':
        return serveFile(req, res, pack, 'application/json; charset=utf-8');
      case '/v1/pack.sig':
        return serveFile(req, res, sig, 'text/plain; charset=utf-8');
      case '/v1/stats':
        if (req.method !== 'POST') return methodNotAllowed(res, 'POST, OPTIONS');
        return postStats(req, res);
      case '/v1/summary':
        return getSummary(req, res, url, false);
      case '/':
        return getSummary(req, res, url, true);
      default:
        return json(res, 404, { error: 'not found' });
    }
  }

  const server = http.createServer((req, res) => {
    if (closing) res.setHeader('Connection', 'close');
    // Set before anything else, so every answer on these paths carries them, errors and 429 included.
    if (CORS_PATHS.has((req.url ?? '/').split('?')[0]!)) {
      for (const [k, v] of Object.entries(corsHeaders(req))) res.setHeader(k, v);
    }
    // Overload shedding: past the limit a request costs one small answer, never a body read or a commit.
    if (inFlight >= config.maxInFlight) {
      return json(res, 429, { error: 'overloaded, retry later' }, { 'Retry-After': String(RETRY_AFTER_SECONDS) });
    }
    inFlight++;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      inFlight--;
      if (closing && inFlight === 0) idle?.();
    };
    res.on('finish', finish);
    res.on('close', finish);
    route(req, res).catch((e: unknown) => {
      log(`internal error on ${req.method} ${req.url?.split('?')[0]}: ${(e as Error)?.stack ?? String(e)}`);
      if (!res.headersSent) json(res, 500, { error: 'internal error' });
      else res.destroy();
    });
  });
  // Slow or stalled clients must not hold a slot for long.
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  server.keepAliveTimeout = 5_000;

  let idle: (() => void) | null = null;
  let purgeTimer: NodeJS.Timeout | null = null;

  function runPurge(): void {
    try {
      const r = purge();
      if (r.counts > 0 || r.batches > 0) log(`retention: deleted ${r.counts} cells and ${r.batches} batch ids older than ${config.retentionDays} days`);
    } catch (e) {
      log(`retention: purge failed: ${(e as Error).message}`);
    }
  }

  return {
    server,
    store,
    purge,
    listen() {
      runPurge();
      purgeTimer = setInterval(runPurge, PURGE_EVERY_MS);
      purgeTimer.unref();
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.port, config.host, () => {
          server.off('error', reject);
          resolve(server.address() as AddressInfo);
        });
      });
    },
    async close() {
      if (closing) return;
      closing = true;
      if (purgeTimer) clearInterval(purgeTimer);
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      if (inFlight > 0) {
        await new Promise<void>((resolve) => {
          idle = resolve;
          setTimeout(resolve, options.shutdownGraceMs ?? 10_000).unref();
        });
      }
      server.closeAllConnections();
      await closed;
      await commits.settled();
      store.close();
    },
  };
}
