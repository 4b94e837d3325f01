/**
 * Kills the server with SIGKILL while batches are being committed, restarts it on the same database,
 * and checks the exactly-once promise the browser relies on: every batch that got a 2xx is counted
 * once, none is counted twice, and re-sending the rest brings the totals to exactly what was sent.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { request } from '../../server/loopback-client';
import { startServerProcess, type ServerProcess } from '../../server/server-process';
import { batch, tempDir, yesterday } from './helpers';

const BATCHES = 2_000;
const KILL_AFTER_ACKS = 700;
const CONCURRENCY = 16;

let server: ServerProcess | null = null;
let dir: string | null = null;
afterEach(async () => {
  await server?.kill();
  server = null;
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  dir = null;
});

async function countsByRule(url: string, day: string): Promise<Map<string, number>> {
  const r = await request(`${url}/v1/summary?from=${day}&to=${day}`);
  expect(r.status).toBe(200);
  const body = JSON.parse(r.body) as { suppressed: number; rows: { ruleId: string; n: number }[] };
  expect(body.suppressed).toBe(0);
  const m = new Map<string, number>();
  for (const row of body.rows) m.set(row.ruleId, (m.get(row.ruleId) ?? 0) + row.n);
  return m;
}

describe('durability', () => {
  it('keeps every acknowledged batch exactly once across a SIGKILL, and retries complete the totals', { timeout: 120_000 }, async () => {
    dir = tempDir();
    const db = path.join(dir, 'stats.db');
    const day = yesterday();
    // One rule per batch, so the summary tells each batch's count apart.
    const batches = Array.from({ length: BATCHES }, (_, i) => {
      const body = JSON.stringify(batch({ batchId: crypto.randomUUID(), day, counts: [{ ruleId: `dur.b${i}`, n: (i % 7) + 1 }] }));
      return { ruleId: `dur.b${i}`, n: (i % 7) + 1, body };
    });
    const acked = new Set<number>();

    const first = await startServerProcess(['--db', db, '--min-count', '0']);
    server = first;
    const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
    let next = 0;
    let killed = false;
    const worker = async () => {
      while (!killed && next < BATCHES) {
        const i = next++;
        try {
          const r = await request(`${first.url}/v1/stats`, { method: 'POST', agent, headers: { 'Content-Type': 'application/json' }, body: batches[i]!.body });
          if (r.status === 202 || r.status === 200) acked.add(i);
          else throw new Error(`unexpected ${r.status}: ${r.body}`);
          if (acked.size === KILL_AFTER_ACKS && !killed) {
            killed = true;
            first.child.kill('SIGKILL');
          }
        } catch (e) {
          // After the kill, connection errors are the expected way a batch goes unacknowledged.
          if (!killed) throw e;
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    agent.destroy();
    await first.kill();
    expect(killed).toBe(true);
    expect(acked.size).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
    expect(acked.size).toBeLessThan(BATCHES);

    server = await startServerProcess(['--db', db, '--min-count', '0']);
    const afterCrash = await countsByRule(server.url, day);
    let committedUnacked = 0;
    batches.forEach((b, i) => {
      const got = afterCrash.get(b.ruleId) ?? 0;
      if (acked.has(i)) expect(got, `acknowledged batch ${i}`).toBe(b.n);
      else {
        expect([0, b.n], `unacknowledged batch ${i}`).toContain(got);
        if (got > 0) committedUnacked++;
      }
    });

    // The browser re-sends what it has no 2xx for: committed-but-unacknowledged ones come back 200.
    let duplicates = 0;
    for (let i = 0; i < BATCHES; i++) {
      if (acked.has(i)) continue;
      const r = await request(`${server.url}/v1/stats`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: batches[i]!.body });
      expect([200, 202]).toContain(r.status);
      if (r.status === 200) duplicates++;
    }
    expect(duplicates).toBe(committedUnacked);

    const final = await countsByRule(server.url, day);
    expect(final.size).toBe(BATCHES);
    for (const b of batches) expect(final.get(b.ruleId), b.ruleId).toBe(b.n);

    // SIGTERM is a clean shutdown.
    expect(await server.stop()).toBe(0);
  });
});
