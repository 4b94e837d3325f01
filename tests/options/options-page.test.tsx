// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsApp } from '@/components/options/OptionsApp';
import { en } from '../history/support/i18n';
import { FakeSettingsClient } from '../history/support/settings';
import { policyClient } from './support/policy';

vi.mock('wxt/browser', async () => (await import('../history/support/i18n')).browserModule);

afterEach(cleanup);

const KEY = btoa(String.fromCharCode(...new Uint8Array(32).fill(7)));

async function renderOptions(client: FakeSettingsClient) {
  render(<OptionsApp client={client} />);
  await screen.findByText(en('sitesHeading'));
  return client;
}

const sets = (c: FakeSettingsClient) => c.calls.filter((x) => x.type === 'settings:set').map((x) => x.data);

describe('options page', () => {
  it('switches a site off and shows info findings inline', async () => {
    const client = await renderOptions(new FakeSettingsClient());
    fireEvent.click(screen.getByLabelText('LinkedIn'));
    fireEvent.click(screen.getByLabelText(en('showInfoInline')));
    await waitFor(() => expect(sets(client)).toEqual([{ sites: { linkedin: false } }, { showInfoInline: true }]));
    await waitFor(() => expect((screen.getByLabelText('LinkedIn') as HTMLInputElement).checked).toBe(false));
    expect(await screen.findByText(en('saved'))).toBeTruthy();
  });

  it('shows settings fixed by policy locked, with "managed by your organisation"', async () => {
    await renderOptions(
      new FakeSettingsClient({
        locked: ['historyTextMode', 'statsConsent', 'packUrl', 'packPublicKeys'],
        lockedSites: ['x'],
        managed: { packUrl: 'https://policy.example/pack.json', statsEndpoint: 'https://stats.example', statsConsent: true },
      }, { packUrl: 'https://policy.example/pack.json', statsEndpoint: 'https://stats.example', statsConsent: true }),
    );
    expect((screen.getByLabelText(/^X \(Twitter\)/) as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByLabelText('LinkedIn') as HTMLInputElement).disabled).toBe(false);
    expect((screen.getByRole('radio', { name: new RegExp(en('textModeNone')) }) as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByLabelText(new RegExp(en('statsConsentLabel'))) as HTMLInputElement).disabled).toBe(true);
    expect(screen.queryByLabelText(en('packUrlLabel'))).toBeNull();
    expect(screen.getByText(en('packManaged', 'https://policy.example/pack.json'))).toBeTruthy();
    expect(screen.getAllByText(en('managedByOrg')).length).toBeGreaterThanOrEqual(4);
  });

  it('rejects a bad retention with a clear message and keeps what was typed', async () => {
    const client = await renderOptions(new FakeSettingsClient());
    const input = screen.getByLabelText(en('retentionLabel')) as HTMLInputElement;
    fireEvent.change(input, { target: { value: '0' } });
    fireEvent.click(within(input.closest('form')!).getByText(en('save')));
    expect(await screen.findByText(en('retentionInvalid', 1, 3650))).toBeTruthy();
    expect(input.value).toBe('0');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(sets(client)).toEqual([]);
    fireEvent.change(input, { target: { value: '90' } });
    fireEvent.click(within(input.closest('form')!).getByText(en('save')));
    await waitFor(() => expect(sets(client)).toEqual([{ retentionDays: 90 }]));
  });

  it('purges expired history when it opens and when retention changes', async () => {
    const purge = vi.fn(async () => 0);
    const client = new FakeSettingsClient({}, { retentionDays: 30 });
    render(<OptionsApp client={client} purge={purge} />);
    await waitFor(() => expect(purge).toHaveBeenCalledWith(30));
    const input = screen.getByLabelText(en('retentionLabel'));
    fireEvent.change(input, { target: { value: '7' } });
    fireEvent.submit(input.closest('form')!);
    await waitFor(() => expect(purge).toHaveBeenLastCalledWith(7));
  });

  it('says so when the purge fails', async () => {
    const purge = vi.fn(() => Promise.reject(Object.assign(new Error('x'), { name: 'QuotaExceededError' })));
    render(<OptionsApp client={new FakeSettingsClient()} purge={purge} />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/no storage space/);
  });

  it('changes the history text mode and applies it to stored entries', async () => {
    const restrict = vi.fn(async () => 3);
    const client = new FakeSettingsClient();
    render(<OptionsApp client={client} restrictHistory={restrict} />);
    fireEvent.click(await screen.findByRole('radio', { name: new RegExp(en('textModeNone')) }));
    await waitFor(() => expect(sets(client)).toEqual([{ historyTextMode: 'none' }]));
    expect(await screen.findByText(en('textModeApplied', 3))).toBeTruthy();
    expect(restrict).toHaveBeenCalledWith('none');
  });

  it('does not touch stored entries when the background refuses the mode', async () => {
    const restrict = vi.fn(async () => 0);
    const client = new FakeSettingsClient();
    render(<OptionsApp client={client} restrictHistory={restrict} />);
    await screen.findByText(en('sitesHeading'));
    client.failNext = 'refused';
    fireEvent.click(screen.getByRole('radio', { name: new RegExp(en('textModeNone')) }));
    expect(await screen.findByText(en('saveFailed', 'refused'))).toBeTruthy();
    expect(restrict).not.toHaveBeenCalled();
  });

  it('validates the pack URL and keys before saving', async () => {
    const client = await renderOptions(new FakeSettingsClient());
    const url = screen.getByLabelText(en('packUrlLabel'));
    const keys = screen.getByLabelText(en('packKeysLabel'));
    const form = url.closest('form')!;
    fireEvent.change(url, { target: { value: 'http://evil.example/pack.json' } });
    fireEvent.submit(form);
    expect(await screen.findByText(en('packUrlInvalid'))).toBeTruthy();
    fireEvent.change(url, { target: { value: 'https://packs.example/acme.json' } });
    fireEvent.change(keys, { target: { value: `${KEY}\nnot-a-key` } });
    fireEvent.submit(form);
    expect(await screen.findByText(en('packKeysInvalid', 2))).toBeTruthy();
    expect(sets(client)).toEqual([]);
    fireEvent.change(keys, { target: { value: `${KEY}\n` } });
    fireEvent.submit(form);
    await waitFor(() => expect(sets(client)).toEqual([{ packUrl: 'https://packs.example/acme.json', packPublicKeys: [KEY] }]));
  });

  it('lists, removes and adds allow-list entries, and shows the refusal for rules that cannot be silenced', async () => {
    const client = new FakeSettingsClient({}, { allowList: [{ text: 'Falcon', ruleId: 'acme.codenames', addedAt: Date.UTC(2026, 10, 1) }] });
    client.unsilenceable.add('acme.slurs');
    await renderOptions(client);
    expect(screen.getByText(en('allowCannotSilence'))).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: en('allowRemoveLabel', 'Falcon') }));
    expect(await screen.findByText(en('allowEmptyList'))).toBeTruthy();

    const text = screen.getByLabelText(en('allowText'));
    fireEvent.change(text, { target: { value: 'brb' } });
    fireEvent.change(screen.getByLabelText(en('allowRuleOptional')), { target: { value: 'acme.slurs' } });
    fireEvent.submit(text.closest('form')!);
    expect(await screen.findByText(en('saveFailed', 'Rule acme.slurs cannot be silenced'))).toBeTruthy();
    expect((text as HTMLInputElement).value).toBe('brb');

    fireEvent.change(screen.getByLabelText(en('allowRuleOptional')), { target: { value: '' } });
    fireEvent.submit(text.closest('form')!);
    expect(await screen.findByRole('cell', { name: 'brb' })).toBeTruthy();
    expect(screen.getByRole('cell', { name: en('allowAllRules') })).toBeTruthy();
    expect(client.calls.filter((c) => c.type.startsWith('allowlist:')).map((c) => c.data)).toEqual([
      { text: 'Falcon', ruleId: 'acme.codenames' },
      { text: 'brb', ruleId: 'acme.slurs' },
      { text: 'brb', ruleId: '*' },
    ]);
  });

  it('says what went wrong when the background refuses a change, and keeps the page usable', async () => {
    const client = await renderOptions(new FakeSettingsClient());
    client.failNext = 'storage is full';
    fireEvent.click(screen.getByLabelText('Reddit'));
    expect(await screen.findByText(en('saveFailed', 'storage is full'))).toBeTruthy();
    expect((screen.getByLabelText('Reddit') as HTMLInputElement).checked).toBe(true);
  });

  it('reports policy problems and a settings read failure', async () => {
    await renderOptions(new FakeSettingsClient({ policyProblems: ['packUrl: http is only allowed for localhost'] }));
    expect(screen.getByText('packUrl: http is only allowed for localhost')).toBeTruthy();
    cleanup();
    const failing = new FakeSettingsClient();
    failing.failNext = 'No answer from the extension';
    render(<OptionsApp client={failing} />);
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', en('settingsLoadFailed', 'No answer from the extension'));
  });
});

describe('options page: what an admin configures (policy wins and locks, else set by hand)', () => {
  const statsSection = () => document.querySelector<HTMLElement>('[data-section="stats"]')!;
  const packSection = () => document.querySelector<HTMLElement>('[data-section="pack"]')!;
  const consentBox = () => within(statsSection()).getByRole('checkbox', { name: new RegExp(en('statsConsentLabel')) }) as HTMLInputElement;

  it('asks the person for consent when the policy says statsConsent: false', async () => {
    const client = await renderOptions(policyClient({ statsEndpoint: 'https://stats.acme.example', statsConsent: false }));
    expect(consentBox().disabled).toBe(false);
    expect(consentBox().checked).toBe(false);
    expect(screen.getByText(en('statsConsentUnanswered'))).toBeTruthy();
    expect(within(consentBox().closest('label')!).queryByText(en('managedByOrg'))).toBeNull();
    fireEvent.click(consentBox());
    await waitFor(() => expect(sets(client)).toEqual([{ statsConsent: true }]));
    // The page re-renders from the background's answer, which arrives after the request was recorded.
    await waitFor(() => expect(consentBox().checked).toBe(true));
    expect(screen.queryByText(en('statsConsentUnanswered'))).toBeNull();
  });

  it('locks consent only when the policy has obtained it (statsConsent: true)', async () => {
    await renderOptions(policyClient({ statsEndpoint: 'https://stats.acme.example', statsConsent: true }));
    expect(consentBox().disabled).toBe(true);
    expect(consentBox().checked).toBe(true);
    expect(within(consentBox().closest('label')!).getByText(en('managedByOrg'))).toBeTruthy();
  });

  it('names the effective stats endpoint, also when it was set by hand', async () => {
    await renderOptions(policyClient({}, { statsEndpoint: 'https://stats.hand.example/base' }));
    expect(within(statsSection()).getByText(en('statsEndpointSet', 'stats.hand.example'))).toBeTruthy();
  });

  it('sets the stats endpoint, token and pack refresh interval by hand, checking them first', async () => {
    const client = await renderOptions(policyClient({}));
    expect(within(statsSection()).getByText(en('statsNoEndpoint'))).toBeTruthy();
    const endpoint = screen.getByLabelText(en('statsEndpointLabel')) as HTMLInputElement;
    const token = screen.getByLabelText(en('statsTokenLabel')) as HTMLInputElement;
    expect(token.type).toBe('password');
    const form = endpoint.closest('form')!;

    fireEvent.change(endpoint, { target: { value: 'http://stats.example' } });
    fireEvent.submit(form);
    expect(await within(statsSection()).findByText(en('statsEndpointInvalid'))).toBeTruthy();
    expect(endpoint.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(endpoint, { target: { value: 'https://stats.example/base' } });
    fireEvent.change(token, { target: { value: 'has space' } });
    fireEvent.submit(form);
    expect(await within(statsSection()).findByText(en('statsTokenInvalid'))).toBeTruthy();
    expect(sets(client)).toEqual([]);

    fireEvent.change(token, { target: { value: 'hand-token-123' } });
    fireEvent.submit(form);
    await waitFor(() => expect(sets(client)).toEqual([{ statsEndpoint: 'https://stats.example/base', statsToken: 'hand-token-123' }]));
    // Saved, and not shown again; an empty token field keeps it.
    await waitFor(() => expect(token.value).toBe(''));
    expect(within(statsSection()).getByText(en('statsEndpointSet', 'stats.example'))).toBeTruthy();
    expect(screen.getByText(en('statsTokenHelpSaved'))).toBeTruthy();
    expect(document.body.innerHTML).not.toContain('hand-token-123');
    fireEvent.submit(form);
    await waitFor(() => expect(sets(client).at(-1)).toEqual({ statsEndpoint: 'https://stats.example/base' }));
    fireEvent.click(screen.getByRole('button', { name: en('statsTokenRemove') }));
    await waitFor(() => expect(sets(client).at(-1)).toEqual({ statsToken: '' }));
    expect(await screen.findByText(en('statsTokenHelpNone'))).toBeTruthy();

    const refresh = screen.getByLabelText(en('packRefreshLabel')) as HTMLInputElement;
    expect(refresh.value).toBe('360');
    fireEvent.change(refresh, { target: { value: '2' } });
    fireEvent.submit(refresh.closest('form')!);
    expect(await screen.findByText(en('packRefreshInvalid', 5, 10080))).toBeTruthy();
    expect(refresh.value).toBe('2');
    fireEvent.change(refresh, { target: { value: '60' } });
    fireEvent.submit(refresh.closest('form')!);
    await waitFor(() => expect(sets(client).at(-1)).toEqual({ packRefreshMinutes: 60 }));
  });

  it('shows stats endpoint, token and refresh interval set by policy locked, and never the token', async () => {
    const secret = 'S3cr3t-policy-token';
    await renderOptions(policyClient({ statsEndpoint: 'https://stats.acme.example/v', statsToken: secret, packRefreshMinutes: 120 }));
    expect(screen.queryByLabelText(en('statsEndpointLabel'))).toBeNull();
    expect(screen.queryByLabelText(en('statsTokenLabel'))).toBeNull();
    const endpointNote = within(statsSection()).getByText(en('statsEndpointManaged', 'https://stats.acme.example/v'));
    expect(within(endpointNote).getByText(en('managedByOrg'))).toBeTruthy();
    const tokenNote = within(statsSection()).getByText(en('statsTokenManaged'));
    expect(within(tokenNote).getByText(en('managedByOrg'))).toBeTruthy();

    const refresh = within(packSection()).getByLabelText(new RegExp(en('packRefreshLabel').replace(/[()]/g, '\\$&'))) as HTMLInputElement;
    expect(refresh.disabled).toBe(true);
    expect(refresh.value).toBe('120');
    expect(within(refresh.closest('form')!).getByText(en('managedByOrg'))).toBeTruthy();

    expect(document.body.innerHTML).not.toContain(secret);
    for (const input of document.querySelectorAll('input, textarea')) expect((input as HTMLInputElement).value).not.toContain(secret);
  });

  it('lets the person set an endpoint when the policy sets only the token, still hiding it', async () => {
    const client = await renderOptions(policyClient({ statsToken: 'policy-only-token' }));
    expect(screen.queryByLabelText(en('statsTokenLabel'))).toBeNull();
    expect(screen.getByText(en('statsTokenManaged'))).toBeTruthy();
    const endpoint = screen.getByLabelText(en('statsEndpointLabel'));
    fireEvent.change(endpoint, { target: { value: 'https://stats.example' } });
    fireEvent.submit(endpoint.closest('form')!);
    await waitFor(() => expect(sets(client)).toEqual([{ statsEndpoint: 'https://stats.example' }]));
    expect(document.body.innerHTML).not.toContain('policy-only-token');
  });

  it('locks only the sites the policy names, whatever else `locked` lists', async () => {
    await renderOptions(new FakeSettingsClient({ locked: ['sites'], lockedSites: ['x'] }, { sites: { x: false } }));
    const x = screen.getByLabelText(/^X \(Twitter\)/) as HTMLInputElement;
    expect(x.disabled).toBe(true);
    expect(x.checked).toBe(false);
    expect(within(x.closest('label')!).getByText(en('managedByOrg'))).toBeTruthy();
    const linkedin = screen.getByLabelText('LinkedIn') as HTMLInputElement;
    expect(linkedin.disabled).toBe(false);
    expect(within(linkedin.closest('label')!).queryByText(en('managedByOrg'))).toBeNull();
  });

  it('locks the sites of enabledSites/disabledSites as the background computes them', async () => {
    const client = await renderOptions(policyClient({ enabledSites: ['reddit'], disabledSites: ['x'] }));
    expect((screen.getByLabelText(/^X \(Twitter\)/) as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByLabelText(/^Reddit/) as HTMLInputElement).disabled).toBe(true);
    fireEvent.click(screen.getByLabelText('Bluesky'));
    await waitFor(() => expect(sets(client)).toEqual([{ sites: { reddit: true, x: false, bluesky: false } }]));
  });

  it('keeps the pack URL editable when the policy sets only the signing keys', async () => {
    const client = await renderOptions(policyClient({ packPublicKeys: [KEY] }));
    expect(screen.queryByLabelText(en('packKeysLabel'))).toBeNull();
    expect(within(screen.getByText(en('packKeysManaged'))).getByText(en('managedByOrg'))).toBeTruthy();
    const url = screen.getByLabelText(en('packUrlLabel'));
    fireEvent.change(url, { target: { value: 'https://packs.example/acme.json' } });
    fireEvent.submit(url.closest('form')!);
    await waitFor(() => expect(sets(client)).toEqual([{ packUrl: 'https://packs.example/acme.json' }]));
    expect(await screen.findByText(en('saved'))).toBeTruthy();
  });

  it('lists every policy problem with its reason', async () => {
    await renderOptions(
      policyClient({}, {}, ["policy 'statsEndpoint' ignored: 'http://stats.example' must use https (http only for localhost)", "policy 'statsToken' ignored: expected a non-empty printable ASCII string (value not shown)"]),
    );
    const list = screen.getByRole('list', { name: en('policyProblems') });
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      "policy 'statsEndpoint' ignored: 'http://stats.example' must use https (http only for localhost)",
      "policy 'statsToken' ignored: expected a non-empty printable ASCII string (value not shown)",
    ]);
  });
});
