import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createSettingsStore } from '@/utils/settings/settings-store';
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

  it('uses policy site lists as defaults, or fixes them with lockSettings', async () => {
    const s1 = store({ disabledSites: ['reddit'] });
    await s1.set({ sites: { reddit: true } }, page);
    expect((await s1.get()).settings.sites.reddit).toBe(true);

    const s2 = store({ disabledSites: ['reddit'], enabledSites: ['x'], lockSettings: true });
    const eff = await s2.get();
    expect(eff.settings.sites).toMatchObject({ reddit: false, x: true });
    expect(eff.lockedSites.sort()).toEqual(['reddit', 'x']);
    await expect(s2.set({ sites: { reddit: true } }, page)).rejects.toThrow(/reddit are set by your organisation/);
    await s2.set({ sites: { linkedin: false } }, page);
    expect((await s2.get()).settings.sites).toMatchObject({ reddit: false, linkedin: false });
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
