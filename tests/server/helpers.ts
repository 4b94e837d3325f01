/** Shared set-up for the server tests: an in-process server on a free loopback port and a temp db. */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp, type App, type AppOptions } from '../../server/app';
import { DEFAULTS, type ServerConfig } from '../../server/config';
import { dayOf, addDays } from '../../server/dates';
import { request, type Reply } from '../../server/loopback-client';

export const TOKEN = 'ingest-token-0123456789';
export const ADMIN_TOKEN = 'admin-token-9876543210';

export interface Running {
  app: App;
  url: string;
  dir: string;
  stop(): Promise<void>;
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'draftguard-server-'));
}

export async function startApp(config: Partial<ServerConfig> = {}, options: AppOptions = {}): Promise<Running> {
  const dir = tempDir();
  const app = createApp({ ...DEFAULTS, port: 0, db: path.join(dir, 'stats.db'), minCount: 0, ...config }, { log: () => {}, ...options });
  const address = await app.listen();
  return {
    app,
    url: `http://127.0.0.1:${address.port}`,
    dir,
    async stop() {
      await app.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const yesterday = (): string => addDays(dayOf(Date.now()), -1);

export interface Count {
  site?: string;
  category?: string;
  ruleId?: string;
  severity?: string;
  outcome?: string;
  n?: number;
}

export function batch(opts: { batchId?: string; day?: string; counts?: Count[]; packVersion?: string } = {}): Record<string, unknown> {
  return {
    schema: 'draftguard.stats/1',
    batchId: opts.batchId ?? crypto.randomUUID(),
    extensionVersion: '1.0.0',
    pack: { id: 'acme', version: opts.packVersion ?? '2026.11.2' },
    days: [
      {
        day: opts.day ?? yesterday(),
        counts: (opts.counts ?? [{}]).map((c) => ({
          site: 'linkedin',
          category: 'confidential',
          ruleId: 'acme.codenames',
          severity: 'block',
          outcome: 'edited',
          n: 3,
          ...c,
        })),
      },
    ],
  };
}

export function postStats(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  return request(`${url}/v1/stats`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export interface SummaryBody {
  from: string;
  to: string;
  minCount: number;
  suppressed: number;
  rows: { day: string; site: string; category: string; ruleId: string; severity: string; outcome: string; packVersion: string; n: number }[];
}

export async function summary(url: string, query = '', headers: Record<string, string> = {}): Promise<SummaryBody> {
  const r = await request(`${url}/v1/summary${query}`, { headers });
  if (r.status !== 200) throw new Error(`summary answered ${r.status}: ${r.body}`);
  return JSON.parse(r.body) as SummaryBody;
}

/** Sum of n over every stored row: what "stores nothing" is checked against. */
export async function total(url: string, headers: Record<string, string> = {}): Promise<number> {
  const s = await summary(url, '', headers);
  return s.rows.reduce((a, r) => a + r.n, 0);
}
