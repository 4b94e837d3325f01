/**
 * `npm run load -- [--url http://127.0.0.1:PORT] [--token T] [--admin-token T] [--batches 20000]
 *                  [--concurrency 50] [--duplicates 0.1] [--max-seconds 300]`
 *
 * Load and exactly-once check against loopback only. Without --url it starts its own server (a child
 * process on a temporary database, --min-count 0) and removes it afterwards. Batches carry a pack
 * version unique to the run, so a server holding other data can be checked too (with --min-count 0 or
 * 1, since suppressed cells cannot be compared).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { addDays, dayOf } from './dates';
import { assertLoopback, request } from './loopback-client';
import { startServerProcess, type ServerProcess } from './server-process';

interface Options {
  url?: string;
  token?: string;
  adminToken?: string;
  batches: number;
  concurrency: number;
  duplicates: number;
  maxSeconds: number;
}

const LIMITS = { batches: 200_000, concurrency: 500, maxSeconds: 1_800 };

function parse(argv: string[]): Options {
  const o: Options = { batches: 20_000, concurrency: 50, duplicates: 0.1, maxSeconds: 300 };
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i]!;
    const v = argv[++i];
    if (v === undefined) throw new Error(`${name}: missing value`);
    const num = (max: number) => {
      const n = Number(v);
      if (!Number.isFinite(n) || n <= 0 || n > max) throw new Error(`${name}: expected a number in (0, ${max}]`);
      return n;
    };
    switch (name) {
      case '--url': o.url = assertLoopback(v).origin; break;
      case '--token': o.token = v; break;
      case '--admin-token': o.adminToken = v; break;
      case '--batches': o.batches = Math.floor(num(LIMITS.batches)); break;
      case '--concurrency': o.concurrency = Math.floor(num(LIMITS.concurrency)); break;
      case '--duplicates': o.duplicates = num(0.9); break;
      case '--max-seconds': o.maxSeconds = num(LIMITS.maxSeconds); break;
      default: throw new Error(`unknown option ${name}`);
    }
  }
  return o;
}

const SITES = ['linkedin', 'x', 'facebook', 'instagram', 'reddit', 'bluesky', 'mastodon', 'youtube'];
const OUTCOMES = ['edited', 'posted', 'dismissed', 'discarded', 'warned'];
const RULES: [string, string, string][] = [];
for (const [cat, sev, names] of [
  ['confidential', 'block', ['acme.codenames', 'acme.internal-hosts', 'builtin.secrets.aws-key', 'builtin.secrets.private-key', 'builtin.pii.card']],
  ['confidential', 'warn', ['acme.financial-results', 'builtin.pii.email', 'builtin.pii.phone', 'acme.customers', 'acme.roadmap']],
  ['inflammatory', 'warn', ['builtin.inflammatory.insult', 'builtin.inflammatory.threat', 'builtin.inflammatory.profanity', 'acme.competitors']],
  ['inflammatory', 'info', ['builtin.inflammatory.shouting', 'builtin.inflammatory.sarcasm']],
  ['protected', 'block', ['builtin.protected.slur', 'builtin.protected.dehumanising']],
  ['protected', 'warn', ['builtin.protected.generalisation', 'builtin.protected.stereotype']],
] as const) {
  for (const n of names) RULES.push([cat, sev, n]);
}

function pick<T>(xs: readonly T[]): T {
  return xs[Math.floor(Math.random() * xs.length)]!;
}

interface Planned {
  body: string;
  rows: { key: string; n: number }[];
}

/** A realistic browser day: a handful of cells over one to three recent days. */
function makeBatch(packVersion: string, today: string): Planned {
  const rows: Planned['rows'] = [];
  const dayOffsets = [...new Set(Array.from({ length: 1 + Math.floor(Math.random() * 3) }, () => 1 + Math.floor(Math.random() * 7)))];
  const days = dayOffsets.map((off) => {
    const day = addDays(today, -off);
    const counts = Array.from({ length: 1 + Math.floor(Math.random() * 6) }, () => {
      const [category, severity, ruleId] = pick(RULES);
      const c = { site: pick(SITES), category, ruleId, severity, outcome: pick(OUTCOMES), n: 1 + Math.floor(Math.random() * 5) };
      rows.push({ key: [day, c.site, category, ruleId, severity, c.outcome].join('|'), n: c.n });
      return c;
    });
    return { day, counts };
  });
  const body = JSON.stringify({ schema: 'draftguard.stats/1', batchId: crypto.randomUUID(), extensionVersion: '1.0.0', pack: { id: 'acme', version: packVersion }, days });
  return { body, rows };
}

/**
 * CPU seconds the server process has used (Linux /proc; null elsewhere). On a shared machine wall-clock
 * throughput depends on the neighbours; CPU per batch does not, so both are printed.
 */
function cpuSeconds(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the whole line, in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function run(o: Options, url: string, serverPid?: number): Promise<boolean> {
  const today = dayOf(Date.now());
  const packVersion = `load-${crypto.randomUUID().slice(0, 8)}`;
  const unique = Math.round(o.batches * (1 - o.duplicates));
  const planned = Array.from({ length: unique }, () => makeBatch(packVersion, today));
  const acked: number[] = [];
  const ackedSet = new Set<number>();
  const latencies: number[] = [];
  let sent = 0;
  let nextUnique = 0;
  let resends = 0;
  let badDuplicates = 0;
  let failures = 0;
  let throttled = 0;
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (o.token) headers.Authorization = `Bearer ${o.token}`;
  const agent = new http.Agent({ keepAlive: true, maxSockets: o.concurrency });
  const deadline = Date.now() + o.maxSeconds * 1000;

  async function send(i: number): Promise<number> {
    for (let attempt = 0; attempt < 20; attempt++) {
      const t0 = performance.now();
      try {
        const r = await request(`${url}/v1/stats`, { method: 'POST', headers, body: planned[i]!.body, agent });
        latencies.push(performance.now() - t0);
        if (r.status === 429) {
          throttled++;
          await new Promise((res) => setTimeout(res, 50 * (attempt + 1)));
          continue;
        }
        return r.status;
      } catch {
        await new Promise((res) => setTimeout(res, 50 * (attempt + 1)));
      }
    }
    return 0;
  }

  const cpuBefore = cpuSeconds(serverPid);
  const started = performance.now();
  const worker = async () => {
    while (sent < o.batches && Date.now() < deadline) {
      const slot = sent++;
      // Every tenth send (by default) re-sends a batch already acknowledged: it must come back 200.
      const resend = acked.length > 0 && resends < o.batches - unique && (slot % Math.round(1 / o.duplicates) === 0 || nextUnique >= unique);
      if (resend) {
        resends++;
        const status = await send(pick(acked));
        if (status !== 200) badDuplicates++;
        continue;
      }
      if (nextUnique >= unique) break;
      const i = nextUnique++;
      const status = await send(i);
      if (status === 202 || status === 200) {
        if (!ackedSet.has(i)) {
          ackedSet.add(i);
          acked.push(i);
        }
      } else failures++;
    }
  };
  await Promise.all(Array.from({ length: o.concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  const cpuAfter = cpuSeconds(serverPid);
  agent.destroy();

  const expected = new Map<string, number>();
  for (const i of acked) for (const r of planned[i]!.rows) expected.set(r.key, (expected.get(r.key) ?? 0) + r.n);
  const summaryHeaders: Record<string, string> = o.adminToken ? { Authorization: `Bearer ${o.adminToken}` } : {};
  const s = await request(`${url}/v1/summary?from=${addDays(today, -8)}&to=${today}`, { headers: summaryHeaders });
  if (s.status !== 200) throw new Error(`summary answered ${s.status}: ${s.body}`);
  const summary = JSON.parse(s.body) as { minCount: number; rows: { day: string; site: string; category: string; ruleId: string; severity: string; outcome: string; packVersion: string; n: number }[] };
  const got = new Map<string, number>();
  for (const r of summary.rows) {
    if (r.packVersion !== packVersion) continue;
    const key = [r.day, r.site, r.category, r.ruleId, r.severity, r.outcome].join('|');
    got.set(key, (got.get(key) ?? 0) + r.n);
  }
  let mismatched = 0;
  for (const key of new Set([...expected.keys(), ...got.keys()])) {
    // With --min-count 1 a cell can only be held back when it is 0, which is never stored.
    if ((expected.get(key) ?? 0) !== (got.get(key) ?? 0)) mismatched++;
  }
  const sentTotal = [...expected.values()].reduce((a, b) => a + b, 0);
  const countedTotal = [...got.values()].reduce((a, b) => a + b, 0);
  latencies.sort((a, b) => a - b);
  const ok = mismatched === 0 && badDuplicates === 0 && summary.minCount <= 1;
  const requests = acked.length + resends;
  process.stdout.write(
    [
      `batches sent:      ${requests} (${acked.length} unique acknowledged, ${resends} re-sent duplicates, ${failures} failed, ${throttled} answered 429 and retried)`,
      `throughput:        ${(requests / seconds).toFixed(0)} batches/s over ${seconds.toFixed(1)} s with ${o.concurrency} concurrent clients`,
      cpuBefore !== null && cpuAfter !== null
        ? `server CPU:        ${(cpuAfter - cpuBefore).toFixed(2)} s, ${((1e6 * (cpuAfter - cpuBefore)) / Math.max(1, acked.length + resends)).toFixed(0)} µs per batch (${((acked.length + resends) / Math.max(0.01, cpuAfter - cpuBefore)).toFixed(0)} batches per CPU-second)`
        : '',
      `latency:           p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms`,
      `duplicates:        ${resends - badDuplicates} of ${resends} re-sends answered 200 (already counted)`,
      `findings:          sent ${sentTotal} over acknowledged unique batches, summary counts ${countedTotal} in ${got.size} cells`,
      summary.minCount > 1 ? `cannot verify: the server suppresses cells under ${summary.minCount}; run it with --min-count 0 or 1` : '',
      `exactly-once:      ${ok ? 'PASS' : `FAIL (${mismatched} cells differ, ${badDuplicates} duplicates not answered 200)`}`,
    ]
      .filter(Boolean)
      .join('\n') + '\n',
  );
  return ok;
}

async function main(): Promise<void> {
  let o: Options;
  try {
    o = parse(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`load: ${(e as Error).message}\n`);
    process.exitCode = 2;
    return;
  }
  let server: ServerProcess | null = null;
  let dir: string | null = null;
  try {
    let url = o.url;
    if (!url) {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'draftguard-load-'));
      server = await startServerProcess(['--db', path.join(dir, 'stats.db'), '--min-count', '0', '--max-in-flight', String(Math.max(256, o.concurrency * 2))]);
      url = server.url;
      process.stdout.write(`started a server at ${url} on a temporary database\n`);
    }
    const ok = await run(o, url, server?.child.pid);
    process.exitCode = ok ? 0 : 1;
  } finally {
    if (server) await server.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`load: ${(e as Error).message}\n`);
  process.exitCode = 1;
});
