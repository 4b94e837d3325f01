import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '@/entrypoints/background/index';
import { installTestHook, type DraftGuardTestHook } from '@/entrypoints/background/test-hook';
import { ALARM } from '@/entrypoints/background/alarms';
import { createHandlers } from '@/entrypoints/background/handlers';
import { USER_HOSTS_SCRIPT_ID, type RegisteredScript } from '@/entrypoints/background/content-script-registration';
import type { BackgroundDeps } from '@/entrypoints/background/services';
import type { BackgroundProtocol, MessageType, ProtocolResult, Req, Res } from '@/utils/protocol';
import type { EpisodeReport } from '@/utils/protocol/episodes';
import type { ManagedArea } from '@/utils/settings/managed-policy';
import { lastPolicyItem } from '@/utils/settings/known-policy';
import { packUpdateStateItem } from '@/utils/pack-update/pack-state';
import { PACK_URL, orgPack, scriptedServer } from '../pack-update/fixtures';

const STATS = 'https://stats.acme.example';
let clock = 0;

function setup(managedArea?: ManagedArea) {
  const server = scriptedServer();
  server.routes.set(PACK_URL, { status: 200, body: JSON.stringify(orgPack()), headers: { etag: '"1"' } });
  server.routes.set(`${STATS}/v1/stats`, { status: 202 });
  const registered: RegisteredScript[] = [];
  const granted = new Set<string>();
  const stored: { report: EpisodeReport; mode: string }[] = [];
  const purged: number[] = [];
  const deps: BackgroundDeps = {
    fetch: server.fetch,
    now: () => clock,
    random: () => 0.5,
    uuid: () => crypto.randomUUID(),
    extensionVersion: '9.9.9',
    scripting: {
      getRegisteredContentScripts: async (f) => registered.filter((r) => !f?.ids || f.ids.includes(r.id)),
      registerContentScripts: async (scripts) => void registered.push(...scripts),
      unregisterContentScripts: async (f) => {
        for (let i = registered.length - 1; i >= 0; i--) if (!f?.ids || f.ids.includes(registered[i]!.id)) registered.splice(i, 1);
      },
      hasHostPermission: async (p) => granted.has(p),
    },
    history: {
      storeEpisode: async (report, mode) => void stored.push({ report, mode }),
      purgeExpired: async (days) => (purged.push(days), 0),
      retryPendingWrites: async () => 0,
    },
    openWelcome: vi.fn(async () => {}),
    notifyTabs: vi.fn(async () => {}),
    ...(managedArea ? { managedArea } : {}),
  };
  const bg = startBackground(deps);
  async function send<K extends MessageType<BackgroundProtocol>>(type: K, data: Req<BackgroundProtocol, K>): Promise<Res<BackgroundProtocol, K>> {
    const result = (await fakeBrowser.runtime.sendMessage({ draftguard: 1, type, data })) as ProtocolResult<Res<BackgroundProtocol, K>>;
    if (!result.ok) throw new Error(result.error);
    return result.value;
  }
  return { server, deps, bg, send, registered, granted, stored, purged };
}

beforeEach(() => {
  fakeBrowser.reset();
  // fakeBrowser has no permissions API; the background only listens to it
  for (const ev of ['onAdded', 'onRemoved'] as const) vi.spyOn(fakeBrowser.permissions[ev], 'addListener').mockImplementation(() => {});
  clock = new Date(2026, 10, 20, 10).getTime();
});

const policy = (extra: Record<string, unknown> = {}) => fakeBrowser.storage.managed.set({ packUrl: PACK_URL, statsEndpoint: STATS, statsConsent: true, ...extra });

describe('background', () => {
  it('serves builtin:default before any organisation pack has loaded', async () => {
    const { send } = setup();
    const { pack, status } = await send('pack:get', {});
    expect(status.source).toBe('builtin');
    expect(pack.id).toBe('builtin');
    expect(await send('pack:status', {})).toEqual(status);
  });

  it('on first install: opens the welcome page, schedules alarms, loads the policy pack', async () => {
    await policy({ packRefreshMinutes: 30 });
    const { bg, send, deps, purged } = setup();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await bg.tasks.idle();
    expect(deps.openWelcome).toHaveBeenCalledTimes(1);
    expect((await fakeBrowser.alarms.get(ALARM.packRefresh))?.periodInMinutes).toBe(30);
    expect(await fakeBrowser.alarms.get(ALARM.statsSync)).toBeDefined();
    expect(await fakeBrowser.alarms.get(ALARM.historyPurge)).toBeDefined();
    expect(purged).toEqual([30]);
    const { pack, status } = await send('pack:get', {});
    expect(pack.id).toBe('acme');
    expect(status).toMatchObject({ source: 'url', managedBy: 'packs.acme.example' });
  });

  it('does not open the welcome page on update', async () => {
    const { bg, deps } = setup();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', temporary: false });
    await bg.tasks.idle();
    expect(deps.openWelcome).not.toHaveBeenCalled();
  });

  it('refreshes the pack on its alarm and when the policy changes', async () => {
    const { bg, server } = setup();
    await policy();
    await bg.tasks.idle();
    expect(server.requests.filter((r) => r.url === PACK_URL)).toHaveLength(1);
    await fakeBrowser.alarms.onAlarm.trigger({ name: ALARM.packRefresh, scheduledTime: clock });
    await bg.tasks.idle();
    const gets = server.requests.filter((r) => r.url === PACK_URL);
    expect(gets).toHaveLength(2);
    expect(gets[1]!.headers['if-none-match']).toBe('"1"');
  });

  it('refuses locked settings and unsilenceable rules over the protocol', async () => {
    await policy();
    const { bg, send } = setup();
    await bg.tasks.startUp();
    await expect(send('settings:set', { packUrl: 'https://other.example/p' })).rejects.toThrow(/set by your organisation's policy/);
    await expect(send('allowlist:add', { text: 'Kestrel', ruleId: 'acme.no-silence' })).rejects.toThrow(/cannot be silenced/);
    const eff = await send('allowlist:add', { text: 'Bluebird', ruleId: 'acme.codenames' });
    expect(eff.settings.allowList.map((e) => e.text)).toEqual(['Bluebird']);
    expect((await send('settings:get', {})).locked).toContain('packUrl');
  });

  it('stores episodes with the history mode and counts them for stats, sent after the day ends', async () => {
    await policy();
    const { bg, send, stored, server } = setup();
    await bg.tasks.startUp();
    await bg.services.settings.set({ historyTextMode: 'none' }, { fromExtensionPage: true });
    const report: EpisodeReport = {
      episodeId: 'ep-1',
      at: clock,
      site: 'linkedin',
      packId: 'acme',
      packVersion: '2026.11.1',
      text: 'Bluebird is coming',
      findings: [{ ruleId: 'acme.codenames', category: 'confidential', severity: 'block', confidence: 1, start: 0, end: 8, message: 'm', outcome: 'edited' }],
    };
    expect(await send('episode:report', report)).toEqual({ stored: true });
    expect(stored).toHaveLength(1);
    expect(stored[0]!.mode).toBe('none');

    clock = new Date(2026, 10, 21, 1).getTime();
    await fakeBrowser.alarms.onAlarm.trigger({ name: ALARM.statsSync, scheduledTime: clock });
    await bg.tasks.idle();
    const posts = server.requests.filter((r) => r.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(JSON.parse(posts[0]!.body!)).toMatchObject({ extensionVersion: '9.9.9', pack: { id: 'acme' }, days: [{ day: '2026-11-20', counts: [{ n: 1, outcome: 'edited' }] }] });
  });

  it('schedules a retry alarm for the backoff when sending fails', async () => {
    await policy();
    const { bg, send, server } = setup();
    await bg.tasks.startUp();
    const finding = { ruleId: 'acme.codenames', category: 'confidential', severity: 'block', confidence: 1, start: 0, end: 8, message: 'm', outcome: 'posted' } as const;
    await send('episode:report', { episodeId: 'ep-2', at: clock, site: 'x', packId: 'acme', packVersion: '2026.11.1', text: 'Bluebird', findings: [finding] });
    server.routes.set(`${STATS}/v1/stats`, { status: 503 });
    clock = new Date(2026, 10, 21, 1).getTime();
    await bg.tasks.syncStats();
    const state = await bg.services.stats.state();
    expect(state.outbox).toHaveLength(1);
    expect(state.notBefore).toBeGreaterThan(clock);
    expect((await fakeBrowser.alarms.get(ALARM.statsRetry))?.scheduledTime).toBe(state.notBefore);
  });

  it('stores the episode in history even when counting it for stats fails', async () => {
    await policy();
    const { bg, send, stored } = setup();
    await bg.tasks.startUp();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(bg.services.stats, 'record').mockRejectedValue(new Error('storage quota exceeded'));
    const finding = { ruleId: 'acme.codenames', category: 'confidential', severity: 'block', confidence: 1, start: 0, end: 8, message: 'm', outcome: 'posted' } as const;
    expect(await send('episode:report', { episodeId: 'ep-3', at: clock, site: 'x', packId: 'acme', packVersion: '2026.11.1', text: 'Bluebird', findings: [finding] })).toEqual({ stored: true });
    expect(stored.map((e) => e.report.episodeId)).toEqual(['ep-3']);
    expect(warn).toHaveBeenCalledWith('[draftguard] stats: episode not counted:', 'storage quota exceeded');
    warn.mockRestore();
  });

  it('sends to a stats endpoint set by hand in the options page (no policy), with its token', async () => {
    const { bg, send, server } = setup();
    server.routes.set('http://localhost:8787/v1/stats', { status: 202 });
    // as the options page sends it (the fake runtime cannot pose as an extension page)
    await createHandlers(bg.services, bg.tasks)['settings:set'](
      { statsEndpoint: 'http://localhost:8787', statsToken: 'hand-token', statsConsent: true, packRefreshMinutes: 45 },
      { fromExtensionPage: true },
    );
    await bg.tasks.idle();
    expect((await fakeBrowser.alarms.get(ALARM.packRefresh))?.periodInMinutes).toBe(45);
    const finding = { ruleId: 'builtin.pii.email', category: 'confidential', severity: 'warn', confidence: 1, start: 0, end: 8, message: 'm', outcome: 'edited' } as const;
    const { pack } = await send('pack:get', {});
    const rule = pack.rules[0]!;
    await send('episode:report', { episodeId: 'ep-h', at: clock, site: 'x', packId: pack.id, packVersion: pack.version, text: 'text-of-8', findings: [{ ...finding, ruleId: rule.ruleId, category: rule.category, severity: rule.severity }] });
    clock = new Date(2026, 10, 21, 1).getTime();
    await bg.tasks.syncStats();
    const posts = server.requests.filter((r) => r.method === 'POST');
    expect(posts.map((p) => [p.url, p.headers.authorization])).toEqual([['http://localhost:8787/v1/stats', 'Bearer hand-token']]);
  });

  it('refuses a malformed episode report with the field named', async () => {
    const { send, stored } = setup();
    await expect(send('episode:report', { episodeId: 'x', at: 1, site: 'x', packId: 'p', packVersion: '1', text: 'hi', findings: 'no' } as never)).rejects.toThrow(/findings/);
    expect(stored).toEqual([]);
  });

  it('registers the content script for added hosts the person granted, and keeps it in sync', async () => {
    const { send, registered, granted, bg } = setup();
    granted.add('*://forum.example.org/*');
    await send('settings:set', { genericHosts: ['forum.example.org', 'other.example.net'], mastodonHosts: ['toot.example:8443'] });
    expect(registered).toEqual([expect.objectContaining({ id: USER_HOSTS_SCRIPT_ID, matches: ['*://forum.example.org/*'], js: ['content-scripts/content.js'] })]);
    granted.add('*://toot.example/*');
    await bg.tasks.syncScripts();
    expect(registered[0]!.matches).toEqual(['*://forum.example.org/*', '*://toot.example/*']);
    await send('settings:set', { genericHosts: [], mastodonHosts: [] });
    expect(registered).toEqual([]);
  });

  it('restricts pack:refresh to extension pages', async () => {
    const { send } = setup();
    await expect(send('pack:refresh', {})).rejects.toThrow(/only available to the extension pages/);
  });
});

describe('test hook', () => {
  it('installs a test pack on top of the built-in default that pack:get then returns', async () => {
    const { bg, send } = setup();
    await installTestHook(bg.services, bg.tasks);
    const hook = (globalThis as { __draftguardTest?: DraftGuardTestHook }).__draftguardTest!;
    await hook.setPackSource(orgPack({ id: 'e2e' }));
    const { pack } = await send('pack:get', {});
    expect(pack.rules.some((r) => r.ruleId === 'e2e.codenames')).toBe(true);
    // a new worker (same session) still has it
    const again = setup();
    await installTestHook(again.bg.services, again.bg.tasks);
    expect((await again.bg.services.packs.get()).pack.rules.some((r) => r.ruleId === 'e2e.codenames')).toBe(true);
    await hook.setPackSource(null);
    expect((await bg.services.packs.get()).status.source).toBe('builtin');
  });
});

/**
 * Chrome answers storage.managed only ~4 s after the browser starts. A managed area whose reads all wait
 * for `open()` stands in for it: controlled by the test, never by a clock.
 */
function slowManagedArea(initial: Record<string, unknown>) {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  let policy = initial;
  let reads = 0;
  const area: ManagedArea = {
    get: async () => {
      reads++;
      await gate;
      return policy;
    },
  };
  return {
    area,
    reads: () => reads,
    /** Chrome's policy service is ready: every read so far, and every later one, answers `answer` */
    open(answer: Record<string, unknown> = policy) {
      policy = answer;
      open();
    },
  };
}

/** Lets every queued promise and fake-storage callback run (no time passes; nothing is timed). */
async function drain(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}

/** What the last session left in storage.local: its policy, and the pack that policy loaded. */
async function lastSession(policy: Record<string, unknown>) {
  await lastPolicyItem.setValue({ policy, problems: [] });
  await packUpdateStateItem.setValue({
    lastGood: { text: JSON.stringify(orgPack()), url: PACK_URL, etag: '"1"', packId: 'acme', serial: 5, loadedAt: clock - 1000, signed: false, source: 'url' },
    lastCheckedAt: clock - 1000,
  });
}

describe('managed policy at browser start (answers from the last known policy)', () => {
  it('answers pack:get and settings:get from the cached policy before the managed read resolves, and acts only on the live one', async () => {
    await lastSession({ packUrl: PACK_URL, disabledSites: ['reddit'] });
    const managed = slowManagedArea({ packUrl: PACK_URL, disabledSites: ['reddit'] });
    const { send, bg, server, deps } = setup(managed.area);
    await fakeBrowser.runtime.onStartup.trigger();

    // The managed read has been asked for and has not answered, yet the page gets its pack and settings.
    const { pack, status } = await send('pack:get', {});
    const settings = await send('settings:get', {});
    expect(managed.reads()).toBeGreaterThan(0);
    expect(pack.id).toBe('acme');
    expect(status).toMatchObject({ source: 'url', managedBy: 'packs.acme.example' });
    expect(settings.locked).toContain('packUrl');
    expect(settings.settings.sites.reddit).toBe(false);
    expect((await send('pack:status', {})).packId).toBe('acme');

    // Nothing acts on the cached policy: no pack fetch, and settings writes wait for the live policy.
    const write = send('settings:set', { showInfoInline: true });
    let written = false;
    void write.then(() => (written = true));
    await drain();
    expect(server.requests).toEqual([]);
    expect(written).toBe(false);

    managed.open(); // the same policy as last time: nothing to re-apply
    await write;
    await bg.tasks.idle();
    expect(server.requests.filter((r) => r.url === PACK_URL)).toHaveLength(1); // start-up's own refresh
    expect(deps.notifyTabs).not.toHaveBeenCalled();
  });

  it('applies a live policy that differs from the cached one as a policy change: re-fetches the pack, tells the tabs, and the live policy wins', async () => {
    await lastSession({ packUrl: PACK_URL });
    // Tightened while the browser was closed: a signed pack is now required, and X is switched off.
    const KEY = 'A'.repeat(43) + '=';
    const managed = slowManagedArea({ packUrl: PACK_URL });
    const { send, bg, server, deps } = setup(managed.area);

    expect((await send('pack:get', {})).pack.id).toBe('acme');
    expect((await send('settings:get', {})).settings.sites.x).toBeUndefined();

    managed.open({ packUrl: PACK_URL, packPublicKeys: [KEY], disabledSites: ['x'] });
    await drain();
    await bg.tasks.idle();

    // re-fetched under the live policy (pack and its signature), as on any policy change
    expect(server.requests.map((r) => r.url)).toEqual([PACK_URL, `${PACK_URL}.sig`]);
    // tabs told at once and again after the re-fetch
    expect(deps.notifyTabs).toHaveBeenCalledTimes(2);
    // the unsigned pack of the last session no longer counts, and X is off and locked
    const { pack, status } = await send('pack:get', {});
    expect(pack.id).toBe('builtin');
    expect(status.lastError?.reason).toMatch(/signature/);
    const settings = await send('settings:get', {});
    expect(settings.settings.sites.x).toBe(false);
    expect(settings.lockedSites).toEqual(['x']);
    // and the next start begins from the live policy
    expect(await lastPolicyItem.getValue()).toEqual({ policy: { packUrl: PACK_URL, packPublicKeys: [KEY], disabledSites: ['x'] }, problems: [] });
  });

  it('with no cached policy (the first start ever), waits for the managed read as before', async () => {
    const managed = slowManagedArea({ packUrl: PACK_URL });
    const { send, bg, deps } = setup(managed.area);
    const answer = send('pack:get', {});
    const settings = send('settings:get', {});
    let answered = false;
    void Promise.race([answer, settings]).then(() => (answered = true));
    await drain();
    expect(managed.reads()).toBeGreaterThan(0);
    expect(answered).toBe(false);

    managed.open();
    expect((await answer).status).toMatchObject({ managedBy: 'packs.acme.example' });
    expect((await settings).locked).toContain('packUrl');
    await bg.tasks.idle();
    expect(deps.notifyTabs).not.toHaveBeenCalled();
    expect(await lastPolicyItem.getValue()).toEqual({ policy: { packUrl: PACK_URL }, problems: [] });
  });
});
