/**
 * Enterprise policy, end to end: Debian's Chromium reads a real managed policy file
 * (/etc/chromium/policies/managed, so this needs root) that points the test extension at the reference
 * server on loopback. Checks that the signed pack is fetched, verified and enforced on a fixture page,
 * that a tampered and a downgraded pack are refused with the last good one kept, and that a stats batch
 * arrives. Skipped (with the reason) when not root or when there is no server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Worker } from 'playwright-core';
import { EXTENSION_DIR, launch, openFixture, confirmDialog, typeInto, type Launched } from '../harness';
import { startServerProcess, type ServerProcess } from '@/server/server-process';
import { generateKeyPair, signBytes } from '@/rules/pack/signature';
import type { PackSource } from '@/rules/types';
import type { PackStatus } from '@/utils/protocol/pack';

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = path.join(POLICY_DIR, 'draftguard-test.json');
const isRoot = process.getuid?.() === 0;

/** Chromium names an unpacked extension without a manifest `key` after the SHA-256 of its real path. */
function unpackedExtensionId(dir: string): string {
  const hex = crypto.createHash('sha256').update(fs.realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

function pack(serial: number, version: string): PackSource {
  return {
    format: 'draftguard/pack@1',
    id: 'acme',
    name: 'Acme e2e policy',
    version,
    serial,
    rules: [{ id: 'codenames', kind: 'terms', category: 'confidential', severity: 'block', terms: ['Bluebird'], hash: false, message: "'{match}' is an internal codename." }],
  };
}

interface Hook {
  refreshPack(): Promise<PackStatus>;
  getPack(): Promise<{ status: PackStatus }>;
  getStats(): Promise<{ open: Record<string, unknown>; outbox: unknown[]; lastError?: unknown; lastSentAt?: number }>;
  flushStats(opts?: { now?: number }): Promise<{ outbox: unknown[]; lastError?: unknown; lastSentAt?: number }>;
}

/** Calls one method of the test hook in the service worker (no eval there: MV3's CSP forbids it). */
async function hook<K extends keyof Hook>(sw: Worker, method: K, arg?: unknown): Promise<Awaited<ReturnType<Hook[K]>>> {
  return sw.evaluate(
    async ([m, a]) => {
      const h = (globalThis as unknown as { __draftguardTest?: Record<string, (x?: unknown) => Promise<unknown>> }).__draftguardTest;
      if (!h) throw new Error('__draftguardTest missing: not a test build');
      return h[m]!(a);
    },
    [method, arg] as const,
  ) as Promise<Awaited<ReturnType<Hook[K]>>>;
}

describe.skipIf(!isRoot)('managed policy (Chromium policy file + reference server)', () => {
  let dir: string;
  let server: ServerProcess;
  let browser: Launched | undefined;
  let keys: { publicKey: string; privateKey: string };
  let packFile: string;

  async function publish(p: PackSource, opts: { tamper?: boolean } = {}) {
    const text = JSON.stringify(p);
    const sig = await signBytes(keys.privateKey, new TextEncoder().encode(text));
    fs.writeFileSync(packFile, opts.tamper ? text.replace('Bluebird', 'Bluebirb') : text);
    fs.writeFileSync(`${packFile}.sig`, sig);
  }

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'draftguard-managed-'));
    packFile = path.join(dir, 'pack.json');
    keys = await generateKeyPair();
    await publish(pack(10, 'v10'));
    server = await startServerProcess(['--pack', packFile, '--db', path.join(dir, 'stats.db'), '--min-count', '1']);
    const id = unpackedExtensionId(EXTENSION_DIR);
    fs.mkdirSync(POLICY_DIR, { recursive: true });
    const rotated = (await generateKeyPair()).publicKey;
    fs.writeFileSync(
      POLICY_FILE,
      JSON.stringify({
        '3rdparty': {
          extensions: {
            [id]: { packUrl: `${server.url}/v1/pack`, packPublicKeys: [rotated, keys.publicKey], statsEndpoint: server.url, statsConsent: true, packRefreshMinutes: 60 },
          },
        },
      }),
    );
    browser = await launch();
    expect(browser.extensionId).toBe(id);
    // The harness answers every http(s) request itself (fixtures, nothing leaves the machine), the
    // service worker's included; let requests to our own loopback server through. Later routes win.
    const origin = new URL(server.url).origin;
    await browser.context.route((url) => url.origin === origin, (route) => route.continue());
  });

  afterAll(async () => {
    fs.rmSync(POLICY_FILE, { force: true });
    await browser?.close();
    await server?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  /** The policy can reach the extension a little after start-up; refresh until the pack is in force. */
  async function waitForOrgPack(sw: Worker): Promise<PackStatus> {
    let status: PackStatus | undefined;
    for (let i = 0; i < 50; i++) {
      status = await hook(sw, 'refreshPack');
      if (status.source === 'url') return status;
      await new Promise((r) => setTimeout(r, 200));
    }
    const managed = await sw.evaluate(() => (globalThis as unknown as { chrome: { storage: { managed: { get(): Promise<unknown> } } } }).chrome.storage.managed.get());
    throw new Error(`the organisation pack never loaded: status ${JSON.stringify(status)}; storage.managed ${JSON.stringify(managed)}`);
  }

  it('fetches, verifies and enforces the signed pack from the policy', async () => {
    const sw = await browser!.serviceWorker();
    const status = await waitForOrgPack(sw);
    expect(status).toMatchObject({ packId: 'acme', version: 'v10', serial: 10, managedBy: new URL(server.url).host });
    expect(status.lastError).toBeUndefined();
    // unchanged on the server: a conditional GET answered 304 keeps the pack as loaded
    const again = await hook(sw, 'refreshPack');
    expect(again).toMatchObject({ version: 'v10', loadedAt: status.loadedAt });
    expect(again.lastCheckedAt).toBeGreaterThanOrEqual(status.lastCheckedAt!);
    expect(again.lastError).toBeUndefined();

    const page = await openFixture(browser!, 'x');
    await typeInto(page, page.locator('[data-testid="tweetTextarea_0"]'), 'Launching Bluebird soon');
    await page.waitForFunction(() => [...document.querySelectorAll('draftguard-badge')].some((b) => b.getAttribute('data-severity') === 'block'));
    // post anyway: the episode is reported and counted for stats
    await page.locator('[data-testid="tweetButtonInline"]').click();
    await confirmDialog(page).locator('[data-action="post"]').click();
    await page.close();
  });

  it('refuses a tampered pack and keeps the last good one', async () => {
    const sw = await browser!.serviceWorker();
    await publish(pack(11, 'v11'), { tamper: true });
    const status = await hook(sw, 'refreshPack');
    expect(status).toMatchObject({ version: 'v10', serial: 10, source: 'url' });
    expect(status.lastError?.reason).toMatch(/signature does not match/);
  });

  it('refuses a correctly signed but older pack (downgrade)', async () => {
    const sw = await browser!.serviceWorker();
    await publish(pack(9, 'v9'));
    const status = await hook(sw, 'refreshPack');
    expect(status).toMatchObject({ version: 'v10', serial: 10 });
    expect(status.lastError?.reason).toMatch(/downgrade/);
  });

  it('sends the counts of a finished day to the stats endpoint', async () => {
    const sw = await browser!.serviceWorker();
    // the episode report from the first test arrives asynchronously
    for (let i = 0; i < 50 && Object.keys((await hook(sw, 'getStats')).open).length === 0; i++) await new Promise((r) => setTimeout(r, 100));
    const tomorrow = Date.now() + 24 * 60 * 60 * 1000;
    const state = await hook(sw, 'flushStats', { now: tomorrow });
    expect(state.lastError).toBeUndefined();
    expect(state.outbox).toEqual([]);
    expect(state.lastSentAt).toBeGreaterThan(0);

    const from = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
    const to = new Date(tomorrow + 86_400_000).toISOString().slice(0, 10);
    const summary = (await (await fetch(`${server.url}/v1/summary?from=${from}&to=${to}`)).json()) as { rows: { ruleId: string; site: string; outcome: string; n: number }[] };
    expect(summary.rows).toContainEqual(expect.objectContaining({ ruleId: 'acme.codenames', site: 'x', n: 1 }));
  });
});
