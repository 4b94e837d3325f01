import { describe, expect, it, vi } from 'vitest';
import { parseManagedPolicy, readManagedPolicy } from '@/utils/settings/managed-policy';
import { endpointUrlProblem } from '@/utils/settings/endpoint-url';

const KEY = 'A'.repeat(43) + '=';

describe('endpointUrlProblem', () => {
  it.each(['https://a.example/pack', 'http://localhost:8787/v1/pack', 'http://127.0.0.1/x', 'http://[::1]:8080/x'])('accepts %s', (u) => {
    expect(endpointUrlProblem(u)).toBeNull();
  });
  it.each([
    ['http://a.example/pack', /must use https/],
    ['http://localhost.evil.example/', /must use https/],
    ['ftp://a.example/', /must use https/],
    ['javascript:alert(1)', /must use https/],
    ['not a url', /not a valid URL/],
    ['https://user:pw@a.example/', /credentials/],
    ['https://a.example/pack#v2', /#fragment/],
  ])('refuses %s', (u, why) => {
    expect(endpointUrlProblem(u)).toMatch(why);
  });
});

describe('parseManagedPolicy', () => {
  it('keeps every well-typed key of the contract', () => {
    const raw = {
      packUrl: 'https://p.example/v1/pack',
      packPublicKeys: [KEY],
      packRefreshMinutes: 60,
      statsEndpoint: 'https://s.example',
      statsToken: 'tok-123',
      statsConsent: true,
      enabledSites: ['x'],
      disabledSites: ['reddit'],
      lockSettings: true,
    };
    expect(parseManagedPolicy(raw)).toEqual({ policy: raw, problems: [] });
  });

  it('ignores wrong types and http URLs, naming each key', () => {
    const { policy, problems } = parseManagedPolicy({
      packUrl: 'http://p.example/pack',
      statsEndpoint: 42,
      packRefreshMinutes: 1.5,
      statsConsent: 'yes',
      lockSettings: 1,
      enabledSites: 'x',
      statsToken: 'has space',
    });
    expect(policy).toEqual({});
    for (const key of ['packUrl', 'statsEndpoint', 'packRefreshMinutes', 'statsConsent', 'lockSettings', 'enabledSites', 'statsToken']) {
      expect(problems.some((p) => p.includes(`'${key}'`))).toBe(true);
    }
  });

  it('never echoes a refused statsToken (problems reach the console and the options page)', () => {
    const { policy, problems } = parseManagedPolicy({ statsToken: 'secret token-value' });
    expect(policy.statsToken).toBeUndefined();
    expect(problems).toEqual(["policy 'statsToken' ignored: expected a non-empty printable ASCII string (value not shown)"]);
  });

  it('refuses an http statsEndpoint (only loopback may be http)', () => {
    const { policy, problems } = parseManagedPolicy({ statsEndpoint: 'http://stats.acme.example' });
    expect(policy.statsEndpoint).toBeUndefined();
    expect(problems).toEqual(["policy 'statsEndpoint' ignored: 'http://stats.acme.example' must use https (http only for localhost)"]);
    expect(parseManagedPolicy({ statsEndpoint: 'http://localhost:8787' }).policy.statsEndpoint).toBe('http://localhost:8787');
  });

  it('keeps a key list that holds no valid key, so signatures stay required', () => {
    const { policy, problems } = parseManagedPolicy({ packPublicKeys: ['short', KEY + 'x'] });
    expect(policy.packPublicKeys).toEqual([]);
    expect(problems.join('\n')).toMatch(/no valid key/);
  });

  it('drops only the invalid keys of a mixed list', () => {
    expect(parseManagedPolicy({ packPublicKeys: ['bad', KEY] }).policy.packPublicKeys).toEqual([KEY]);
  });
});

describe('readManagedPolicy', () => {
  it("treats Chrome's {} as no policy", async () => {
    expect(await readManagedPolicy({ get: async () => ({}) })).toEqual({ policy: {}, problems: [] });
  });

  it("treats Firefox's 'Managed storage manifest not found' as no policy", async () => {
    const area = { get: vi.fn(async () => Promise.reject(new Error('Managed storage manifest not found'))) };
    expect(await readManagedPolicy(area)).toEqual({ policy: {}, problems: [] });
  });

  it('reports other read failures without throwing', async () => {
    const { policy, problems } = await readManagedPolicy({ get: async () => Promise.reject(new Error('boom')) });
    expect(policy).toEqual({});
    expect(problems).toEqual(['managed policy could not be read: boom']);
  });
});
