import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createSettingsStore, personalSettingsItem } from '@/utils/settings/settings-store';
import { DEFAULT_SETTINGS } from '@/utils/settings/defaults';
import { resolvePack } from '@/rules/pack/resolve';
import { orgPack } from '../pack-update/fixtures';

const pack = resolvePack([orgPack()], { includeDefault: false });
const findRule = async (id: string) => pack.rules.find((r) => r.ruleId === id);
const page = { fromExtensionPage: true };
const contentScript = { fromExtensionPage: false };

function store(policy: Record<string, unknown> = {}) {
  return createSettingsStore({ findRule, now: () => 1234, managedArea: { get: async () => policy } });
}

beforeEach(() => fakeBrowser.reset());

describe('effective settings', () => {
  it('starts from the documented defaults with nothing locked', async () => {
    const eff = await store().get();
    expect(eff.settings).toEqual(DEFAULT_SETTINGS);
    expect(eff.settings).toMatchObject({ historyTextMode: 'masked', retentionDays: 30, showInfoInline: false, statsConsent: null });
    expect(eff.locked).toEqual([]);
  });

  it('overlays the policy and locks what it sets', async () => {
    const eff = await store({ packUrl: 'https://p.example/pack', statsConsent: true }).get();
    expect(eff.settings).toMatchObject({ packUrl: 'https://p.example/pack', packPublicKeys: [], statsConsent: true });
    expect(eff.locked.sort()).toEqual(['packPublicKeys', 'packUrl', 'statsConsent']);
  });

  it('does not lock consent when the organisation has not obtained it', async () => {
    const eff = await store({ statsConsent: false }).get();
    expect(eff.locked).not.toContain('statsConsent');
    expect(eff.settings.statsConsent).toBeNull();
  });

  it.each([undefined, true, false])('policy site lists win and are locked (lockSettings: %s)', async (lockSettings) => {
    // admin-endpoint.md: "Policy values win and lock the matching options".
    const s = store({ disabledSites: ['reddit'], enabledSites: ['x'], ...(lockSettings === undefined ? {} : { lockSettings }) });
    await personalSettingsItem.setValue({ sites: { reddit: true, x: false, linkedin: true } });
    const eff = await s.get();
    expect(eff.settings.sites).toMatchObject({ reddit: false, x: true, linkedin: true });
    expect(eff.lockedSites.sort()).toEqual(['reddit', 'x']);
    await expect(s.set({ sites: { reddit: true } }, page)).rejects.toThrow(/reddit are set by your organisation/);
    // sites the policy does not name stay the person's
    await s.set({ sites: { ...eff.settings.sites, linkedin: false } }, page);
    expect((await s.get()).settings.sites).toMatchObject({ reddit: false, x: true, linkedin: false });
  });

  it('locks the policy pack source and consent whatever lockSettings says', async () => {
    const eff = await store({ packUrl: 'https://p.example/pack', statsConsent: true, lockSettings: false }).get();
    expect(eff.locked.sort()).toEqual(['packPublicKeys', 'packUrl', 'statsConsent']);
  });

  it('reports ignored policy values', async () => {
    expect((await store({ packUrl: 'http://p.example' }).get()).policyProblems[0]).toMatch(/'packUrl' ignored/);
  });
});

describe('settings:set', () => {
  it('persists valid changes', async () => {
    const s = store();
    await s.set({ historyTextMode: 'none', retentionDays: 7, genericHosts: ['Forum.Example.org', 'forum.example.org'] }, page);
    expect((await store().get()).settings).toMatchObject({ historyTextMode: 'none', retentionDays: 7, genericHosts: ['forum.example.org'] });
  });

  it('refuses a locked key with a clear error and changes nothing', async () => {
    const s = store({ packUrl: 'https://p.example/pack' });
    await expect(s.set({ packUrl: 'https://evil.example/pack', showInfoInline: true }, page)).rejects.toThrow(
      "settings: 'packUrl' is set by your organisation's policy and cannot be changed",
    );
    expect((await s.get()).settings.showInfoInline).toBe(false);
  });

  it.each([
    [{ retentionDays: 0 }, /'retentionDays' must be a whole number/],
    [{ historyTextMode: 'all' }, /'historyTextMode' must be one of masked, none, full/],
    [{ packUrl: 'http://p.example' }, /'packUrl' must be an https URL/],
    [{ statsEndpoint: 'http://stats.example' }, /'statsEndpoint' must be an https URL .*must use https \(http only for localhost\)/],
    [{ statsEndpoint: 'https://stats.example/#x' }, /'statsEndpoint' must be an https URL .*#fragment/],
    [{ statsToken: 'has space' }, /'statsToken' must be printable ASCII/],
    [{ packRefreshMinutes: 1 }, /'packRefreshMinutes' must be a whole number of minutes from 5/],
    [{ genericHosts: ['https://x.example/path'] }, /'genericHosts'/],
    [{ sites: { x: 'on' } }, /'sites.x' must be true or false/],
    [{ allowList: [] }, /allowlist:add/],
    [{ colour: 'red' }, /unknown field 'colour'/],
  ])('refuses %j', async (patch, why) => {
    await expect(store().set(patch, page)).rejects.toThrow(why);
  });

  it('refuses privacy and pack settings from a content script', async () => {
    await expect(store().set({ statsConsent: true }, contentScript)).rejects.toThrow(/only be changed from the extension's own pages/);
    await expect(store().set({ showInfoInline: true }, contentScript)).resolves.toBeDefined();
  });
});

describe('stats endpoint and refresh by hand (options page, when no policy sets them)', () => {
  it('keeps an https or loopback endpoint, a token and an interval; only from extension pages', async () => {
    const s = store();
    const eff = await s.set({ statsEndpoint: ' http://localhost:8787 ', statsToken: 'tok-123', packRefreshMinutes: 60 }, page);
    expect(eff.settings).toMatchObject({ statsEndpoint: 'http://localhost:8787', statsToken: 'tok-123', packRefreshMinutes: 60 });
    for (const patch of [{ statsEndpoint: 'https://evil.example' }, { statsToken: 'x' }, { packRefreshMinutes: 5 }]) {
      await expect(s.set(patch, contentScript)).rejects.toThrow(/only be changed from the extension's own pages/);
    }
  });

  it("a policy endpoint wins, locks endpoint and token, and never gets the person's token", async () => {
    await store().set({ statsEndpoint: 'https://mine.example', statsToken: 'my-token', packRefreshMinutes: 60 }, page);
    const eff = await store({ statsEndpoint: 'https://stats.acme.example', packRefreshMinutes: 30 }).get();
    expect(eff.settings.statsEndpoint).toBe('https://stats.acme.example');
    expect(eff.settings.statsToken).toBeUndefined();
    expect(eff.settings.packRefreshMinutes).toBe(30);
    expect(eff.locked.sort()).toEqual(['packRefreshMinutes', 'statsEndpoint', 'statsToken']);
    await expect(store({ statsEndpoint: 'https://stats.acme.example' }).set({ statsEndpoint: '' }, page)).rejects.toThrow(/'statsEndpoint' is set by your organisation's policy/);
  });
});

describe('allow-list', () => {
  it('adds an entry for a rule whose override is allow, once', async () => {
    const s = store();
    await s.addToAllowList({ text: 'Bluebird', ruleId: 'acme.codenames' });
    const eff = await s.addToAllowList({ text: 'Bluebird', ruleId: 'acme.codenames' });
    expect(eff.settings.allowList).toEqual([{ text: 'Bluebird', ruleId: 'acme.codenames', addedAt: 1234 }]);
    expect((await s.removeFromAllowList({ text: 'Bluebird', ruleId: 'acme.codenames' })).settings.allowList).toEqual([]);
  });

  it.each([
    ['acme.no-silence', /cannot be silenced \(your organisation set it to 'deny'\)/],
    ['acme.with-reason', /cannot be silenced \(your organisation set it to 'reason'\)/],
    ['acme.unknown', /not in the pack in force/],
  ])('refuses %s', async (ruleId, why) => {
    const s = store();
    await expect(s.addToAllowList({ text: 'x', ruleId })).rejects.toThrow(why);
    expect((await s.get()).settings.allowList).toEqual([]);
  });

  it('refuses empty text', async () => {
    await expect(store().addToAllowList({ text: ' ', ruleId: '*' })).rejects.toThrow(/'text' must be 1 to 200/);
  });
});
