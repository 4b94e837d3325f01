import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { request } from '../../server/loopback-client';
import { batch, postStats, startApp, total, TOKEN, type Running } from './helpers';

let running: Running | null = null;
afterEach(async () => {
  await running?.stop();
  running = null;
});

describe('POST /v1/stats', () => {
  it('answers 202 for a new batch, 200 for the same batchId again, and counts it once', async () => {
    running = await startApp();
    const b = batch({ counts: [{ n: 3 }, { outcome: 'dismissed', n: 2 }] });
    const first = await postStats(running.url, b);
    expect(first.status).toBe(202);
    expect(JSON.parse(first.body)).toEqual({ status: 'accepted', batchId: b.batchId });
    const again = await postStats(running.url, b);
    expect(again.status).toBe(200);
    expect(JSON.parse(again.body)).toEqual({ status: 'duplicate', batchId: b.batchId });
    // The same id in upper case is the same batch.
    const upper = await postStats(running.url, { ...b, batchId: String(b.batchId).toUpperCase() });
    expect(upper.status).toBe(200);
    expect(await total(running.url)).toBe(5);
  });

  it('adds counts of different batches in the same cell', async () => {
    running = await startApp();
    expect((await postStats(running.url, batch({ counts: [{ n: 3 }] }))).status).toBe(202);
    expect((await postStats(running.url, batch({ counts: [{ n: 4 }] }))).status).toBe(202);
    const r = await request(`${running.url}/v1/summary`);
    const rows = (JSON.parse(r.body) as { rows: { n: number }[] }).rows;
    expect(rows).toHaveLength(1);
    expect(rows[0]!.n).toBe(7);
  });

  it.each([
    ['malformed JSON', '{"schema": "draftguard.stats/1",', 'body'],
    ['a JSON array', '[]', 'body'],
    ['an extra field', JSON.stringify({ ...batch(), url: 'https://www.linkedin.com/feed' }), 'url'],
    ['a fractional count', JSON.stringify(batch({ counts: [{ n: 0.5 }] })), 'days[0].counts[0].n'],
    ['a bad batchId', JSON.stringify(batch({ batchId: 'not-a-uuid' })), 'batchId'],
  ])('answers 400 naming the field and stores nothing, for %s', async (_name, body, field) => {
    running = await startApp();
    const r = await postStats(running.url, body);
    expect(r.status).toBe(400);
    const error = (JSON.parse(r.body) as { error: string }).error;
    expect(error.startsWith(`${field}:`), error).toBe(true);
    expect(await total(running.url)).toBe(0);
  });

  it('answers 400 for a body that is not declared as JSON', async () => {
    running = await startApp();
    const r = await postStats(running.url, batch(), { 'Content-Type': 'text/plain' });
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body)).toEqual({ error: 'Content-Type: expected application/json' });
    expect(await total(running.url)).toBe(0);
  });

  it('answers 413 for a body over 256 KiB after reading it, and stores nothing', async () => {
    running = await startApp();
    const big = JSON.stringify({ ...batch(), padding: 'x'.repeat(300 * 1024) });
    const r = await postStats(running.url, big);
    expect(r.status).toBe(413);
    expect((JSON.parse(r.body) as { error: string }).error).toMatch(/^body: larger than 262144 bytes/);
    expect(await total(running.url)).toBe(0);
  });

  it('answers 413 to a body sent in chunks without a length (the client still sees the answer)', async () => {
    running = await startApp();
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(`${running!.url}/v1/stats`, { method: 'POST', headers: { 'Content-Type': 'application/json' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      for (let i = 0; i < 40; i++) req.write('x'.repeat(10 * 1024));
      req.end();
    });
    expect(status).toBe(413);
    expect(await total(running.url)).toBe(0);
  });

  it('with --token: 401 without it or with a wrong one, 202 with it, nothing stored on 401', async () => {
    running = await startApp({ token: TOKEN });
    const b = batch();
    const none = await postStats(running.url, b);
    expect(none.status).toBe(401);
    expect(none.headers['www-authenticate']).toBe('Bearer');
    expect((await postStats(running.url, b, { Authorization: `Bearer ${TOKEN}x` })).status).toBe(401);
    expect((await postStats(running.url, b, { Authorization: `Bearer ${TOKEN.slice(0, -1)}` })).status).toBe(401);
    expect((await postStats(running.url, b, { Authorization: TOKEN })).status).toBe(401);
    expect(await total(running.url)).toBe(0);
    expect((await postStats(running.url, b, { Authorization: `Bearer ${TOKEN}` })).status).toBe(202);
    expect(await total(running.url)).toBe(3);
  });

  it('answers 429 with Retry-After when too many requests are in flight, and stores nothing for it', async () => {
    running = await startApp({ maxInFlight: 1 });
    const taken = new Promise<void>((resolve) => running!.app.server.once('request', () => resolve()));
    // Hold the only slot: headers sent, body not finished.
    const held = http.request(`${running.url}/v1/stats`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Length': '100000' } });
    held.on('error', () => {});
    held.write('{');
    await taken;
    const r = await postStats(running.url, batch());
    expect(r.status).toBe(429);
    expect(r.headers['retry-after']).toBe('1');
    expect(JSON.parse(r.body)).toEqual({ error: 'overloaded, retry later' });
    held.destroy();
    // The slot frees when the server sees the held connection close; bounded wait by count.
    let probe = await request(`${running.url}/healthz`);
    for (let i = 0; i < 200 && probe.status === 429; i++) probe = await request(`${running.url}/healthz`);
    expect(probe.status).toBe(200);
    expect(await total(running.url)).toBe(0);
    expect((await postStats(running.url, batch())).status).toBe(202);
    expect(await total(running.url)).toBe(3);
  });

  it('refuses other methods with 405 and an Allow header', async () => {
    running = await startApp();
    const get = await request(`${running.url}/v1/stats`);
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe('POST, OPTIONS');
  });

  it('grants CORS to extension origins only', async () => {
    running = await startApp({ token: TOKEN });
    const ext = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
    const pre = await request(`${running.url}/v1/stats`, { method: 'OPTIONS', headers: { Origin: ext, 'Access-Control-Request-Method': 'POST' } });
    expect(pre.status).toBe(204);
    expect(pre.headers['access-control-allow-origin']).toBe(ext);
    expect(pre.headers['access-control-allow-headers']).toContain('Authorization');
    const moz = await postStats(running.url, batch(), { Origin: 'moz-extension://1b2c3d4e-0000-4000-8000-000000000000', Authorization: `Bearer ${TOKEN}` });
    expect(moz.status).toBe(202);
    expect(moz.headers['access-control-allow-origin']).toBe('moz-extension://1b2c3d4e-0000-4000-8000-000000000000');
    // Errors carry it too, or the extension could not read why it was refused.
    const refused = await postStats(running.url, batch(), { Origin: ext });
    expect(refused.status).toBe(401);
    expect(refused.headers['access-control-allow-origin']).toBe(ext);
    // A web page gets no grant: its browser will neither send the batch nor let it read the pack.
    const page = await request(`${running.url}/v1/stats`, { method: 'OPTIONS', headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' } });
    expect(page.headers['access-control-allow-origin']).toBeUndefined();
    expect(page.headers['access-control-allow-methods']).toBeUndefined();
    expect(page.headers.vary).toBe('Origin');
  });

  it('answers 404 for an unknown path and 200 ok on /healthz', async () => {
    running = await startApp();
    expect((await request(`${running.url}/nope`)).status).toBe(404);
    const h = await request(`${running.url}/healthz`);
    expect(h.status).toBe(200);
    expect(h.body).toBe('ok\n');
  });
});
