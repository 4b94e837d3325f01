import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { request } from '../../server/loopback-client';
import { batch, postStats, startApp, type Running } from './helpers';

let running: Running | null = null;
afterEach(async () => {
  await running?.stop();
  running = null;
});

describe('errors and shutdown', () => {
  it('answers an internal failure without a stack trace, and a failed commit with 503 Retry-After', async () => {
    const logged: string[] = [];
    running = await startApp({}, { log: (l) => logged.push(l) });
    // A closed database stands in for any unexpected failure below the HTTP layer.
    running.app.store.close();
    const summary = await request(`${running.url}/v1/summary`);
    expect(summary.status).toBe(500);
    expect(summary.body).toBe('{"error":"internal error"}\n');
    const post = await postStats(running.url, batch());
    expect(post.status).toBe(503);
    expect(post.headers['retry-after']).toBe('30');
    expect(post.body).not.toMatch(/at |\.ts|sqlite/i);
    // The detail goes to the server's log instead.
    expect(logged.join('\n')).toMatch(/database connection is not open/);
  });

  it('sends security headers on API answers too', async () => {
    running = await startApp();
    const r = await request(`${running.url}/v1/summary`);
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(r.headers['cache-control']).toBe('no-store');
  });

  it('on close, finishes a request already in flight before closing the database', async () => {
    running = await startApp();
    const taken = new Promise<void>((resolve) => running!.app.server.once('request', () => resolve()));
    const body = JSON.stringify(batch());
    let closed: Promise<void> | null = null;
    const reply = new Promise<number>((resolve, reject) => {
      const req = http.request(`${running!.url}/v1/stats`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)) } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.write(body.slice(0, 10));
      void taken.then(() => {
        // Shutdown starts while the body is half sent; the rest follows.
        closed = running!.app.close();
        req.end(body.slice(10));
      });
    });
    expect(await reply).toBe(202);
    await closed;
    // New connections are refused once closed.
    await expect(request(`${running.url}/healthz`)).rejects.toThrow();
  });
});
