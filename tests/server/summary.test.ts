import { afterEach, describe, expect, it } from 'vitest';
import { isLoopbackAddress } from '../../server/access';
import { request } from '../../server/loopback-client';
import { ADMIN_TOKEN, batch, postStats, startApp, summary, TOKEN, yesterday, type Running } from './helpers';

let running: Running | null = null;
afterEach(async () => {
  await running?.stop();
  running = null;
});

const basic = (password: string) => `Basic ${Buffer.from(`admin:${password}`).toString('base64')}`;

describe('GET /v1/summary', () => {
  it('answers exactly the contract shape, with cells under --min-count held back and counted', async () => {
    running = await startApp({ minCount: 5 });
    const day = yesterday();
    await postStats(
      running.url,
      batch({
        day,
        counts: [
          { ruleId: 'acme.codenames', outcome: 'edited', n: 5 },
          { ruleId: 'acme.codenames', outcome: 'dismissed', n: 4 },
          { ruleId: 'acme.internal-hosts', outcome: 'posted', n: 1 },
        ],
      }),
    );
    const s = await summary(running.url, `?from=${day}&to=${day}`);
    expect(s).toEqual({
      from: day,
      to: day,
      minCount: 5,
      suppressed: 2,
      rows: [{ day, site: 'linkedin', category: 'confidential', ruleId: 'acme.codenames', severity: 'block', outcome: 'edited', packVersion: '2026.11.2', n: 5 }],
    });
    // A later batch lifts the held-back cell over the threshold: suppression is on totals, not batches.
    await postStats(running.url, batch({ day, counts: [{ ruleId: 'acme.codenames', outcome: 'dismissed', n: 1 }] }));
    const after = await summary(running.url, `?from=${day}&to=${day}`);
    expect(after.suppressed).toBe(1);
    expect(after.rows.map((r) => [r.outcome, r.n])).toEqual([
      ['dismissed', 5],
      ['edited', 5],
    ]);
  });

  it('keeps to the requested days', async () => {
    running = await startApp();
    const day = yesterday();
    await postStats(running.url, batch({ day }));
    expect((await summary(running.url, `?from=${day}&to=${day}`)).rows).toHaveLength(1);
    expect((await summary(running.url, '?from=2026-01-01&to=2026-01-31')).rows).toHaveLength(0);
  });

  it.each([
    ['?from=2026-13-01&to=2026-12-01', 'from'],
    ['?from=2026-11-01&to=yesterday', 'to'],
    ['?from=2026-11-02&to=2026-11-01', 'from'],
    ['?from=2020-01-01&to=2026-11-01', 'from'],
  ])('answers 400 for %s naming %s', async (query, field) => {
    running = await startApp();
    const r = await request(`${running.url}/v1/summary${query}`);
    expect(r.status).toBe(400);
    expect((JSON.parse(r.body) as { error: string }).error.startsWith(`${field}:`)).toBe(true);
  });

  it('without --admin-token answers loopback only; a proxied request counts as remote', async () => {
    running = await startApp();
    expect((await request(`${running.url}/v1/summary`)).status).toBe(200);
    const proxied = await request(`${running.url}/v1/summary`, { headers: { 'X-Forwarded-For': '203.0.113.7' } });
    expect(proxied.status).toBe(403);
    expect((await request(`${running.url}/`, { headers: { Forwarded: 'for=203.0.113.7' } })).status).toBe(403);
  });

  it('with --admin-token needs it, even on loopback; the ingestion token never opens it', async () => {
    running = await startApp({ token: TOKEN, adminToken: ADMIN_TOKEN });
    const none = await request(`${running.url}/v1/summary`);
    expect(none.status).toBe(401);
    expect(none.headers['www-authenticate']).toBe('Bearer');
    expect((await request(`${running.url}/v1/summary`, { headers: { Authorization: `Bearer ${TOKEN}` } })).status).toBe(401);
    expect((await request(`${running.url}/v1/summary`, { headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } })).status).toBe(200);
    // And the admin token does not post stats.
    expect((await postStats(running.url, batch(), { Authorization: `Bearer ${ADMIN_TOKEN}` })).status).toBe(401);
    // The dashboard asks the browser for the admin token as a Basic password.
    const page = await request(`${running.url}/`);
    expect(page.status).toBe(401);
    expect(page.headers['www-authenticate']).toMatch(/^Basic realm=/);
    expect((await request(`${running.url}/`, { headers: { Authorization: basic(TOKEN) } })).status).toBe(401);
    expect((await request(`${running.url}/`, { headers: { Authorization: basic(ADMIN_TOKEN) } })).status).toBe(200);
  });

  it('recognises loopback addresses, IPv4-mapped ones included', () => {
    expect(['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1'].every(isLoopbackAddress)).toBe(true);
    expect(['10.0.0.1', '::ffff:10.0.0.1', '128.0.0.1', '', undefined, 'fe80::1'].some(isLoopbackAddress)).toBe(false);
  });
});

describe('GET / (dashboard)', () => {
  it('renders the suppressed data with charts, a strict CSP and no script', async () => {
    running = await startApp({ minCount: 2 });
    const day = yesterday();
    await postStats(
      running.url,
      batch({
        day,
        counts: [
          { ruleId: 'acme.codenames', outcome: 'edited', n: 6 },
          { ruleId: 'acme.codenames', outcome: 'dismissed', n: 2 },
          { ruleId: 'acme.secret-rule', site: 'x', outcome: 'posted', n: 1 },
        ],
      }),
    );
    const r = await request(`${running.url}/?from=${day}&to=${day}`);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    const csp = String(r.headers['content-security-policy']);
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).not.toMatch(/unsafe-inline|script-src/);
    const nonce = /style-src 'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeDefined();
    expect(r.body).toContain(`<style nonce="${nonce}">`);
    expect(r.headers['x-frame-options']).toBe('DENY');
    expect(r.body).not.toMatch(/<script|https?:\/\/(?!www\.w3)/);
    expect(r.body).toContain('<svg');
    expect(r.body).toContain('acme.codenames');
    // 2 of 8 codename findings were "not a problem".
    expect(r.body).toContain('25.0%');
    // The single x/secret-rule cell is under min-count 2: it must not appear anywhere on the page.
    expect(r.body).not.toContain('acme.secret-rule');
    expect(r.body).toContain('1 cell counted fewer than 2 times is held back');
  });

  it('escapes what browsers sent (a pack version may hold any printable character)', async () => {
    running = await startApp();
    const day = yesterday();
    expect((await postStats(running.url, batch({ day, packVersion: '<img src=x onerror=alert(1)>' }))).status).toBe(202);
    const r = await request(`${running.url}/?from=${day}&to=${day}`);
    expect(r.status).toBe(200);
    expect(r.body).not.toContain('<img');
    expect(r.body).toContain('&#60;img src=x onerror=alert(1)&#62;');
  });
});
