// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WelcomeApp } from '@/components/welcome/WelcomeApp';
import { en } from '../history/support/i18n';
import { FakeSettingsClient } from '../history/support/settings';
import { policyClient } from '../options/support/policy';

vi.mock('wxt/browser', async () => (await import('../history/support/i18n')).browserModule);

afterEach(cleanup);

describe('welcome page', () => {
  it('says nothing is counted when the organisation has no stats endpoint, and asks nothing', async () => {
    render(<WelcomeApp client={new FakeSettingsClient()} />);
    expect(await screen.findByText(en('welcomeNothingCounted'))).toBeTruthy();
    expect(screen.getByText(en('welcomeNeverLeaves'))).toBeTruthy();
    expect(screen.queryByText(en('welcomeConsentQuestion'))).toBeNull();
  });

  it('asks for consent when an endpoint is set and policy has not answered, and saves the answer', async () => {
    const client = policyClient({ statsEndpoint: 'https://stats.acme.example/base' });
    render(<WelcomeApp client={client} />);
    expect(await screen.findByText(en('welcomeCounted', 'stats.acme.example'))).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: en('welcomeConsentNo') }));
    await waitFor(() => expect(screen.getByRole('button', { name: en('welcomeConsentNo') }).getAttribute('aria-pressed')).toBe('true'));
    fireEvent.click(screen.getByRole('button', { name: en('welcomeDone') }));
    await waitFor(() => expect(client.calls.filter((c) => c.type === 'settings:set').map((c) => c.data)).toEqual([{ statsConsent: false }, { welcomeSeen: true }]));
  });

  it('does not ask when the organisation has answered for the person', async () => {
    render(<WelcomeApp client={policyClient({ statsEndpoint: 'https://stats.example', statsConsent: true })} />);
    expect(await screen.findByText(en('welcomeConsentPolicyYes'))).toBeTruthy();
    expect(screen.queryByRole('button', { name: en('welcomeConsentYes') })).toBeNull();
  });

  it('asks when the policy says statsConsent: false (only true answers for the person)', async () => {
    const client = policyClient({ statsEndpoint: 'https://stats.acme.example', statsConsent: false });
    render(<WelcomeApp client={client} />);
    expect(await screen.findByText(en('welcomeConsentQuestion'))).toBeTruthy();
    expect(screen.queryByText(en('welcomeConsentPolicyYes'))).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: en('welcomeConsentYes') }));
    await waitFor(() => expect(screen.getByRole('button', { name: en('welcomeConsentYes') }).getAttribute('aria-pressed')).toBe('true'));
    expect(client.calls.filter((c) => c.type === 'settings:set').map((c) => c.data)).toEqual([{ statsConsent: true }]);
  });

  it('uses the effective stats endpoint, also one set by hand in Options', async () => {
    render(<WelcomeApp client={new FakeSettingsClient({}, { statsEndpoint: 'https://stats.hand.example/base' })} />);
    expect(await screen.findByText(en('welcomeCounted', 'stats.hand.example'))).toBeTruthy();
    expect(screen.queryByText(en('welcomeNothingCounted'))).toBeNull();
    expect(screen.getByText(en('welcomeConsentQuestion'))).toBeTruthy();
  });

  it('says nothing is counted when the person cleared a hand-set endpoint', async () => {
    render(<WelcomeApp client={new FakeSettingsClient({}, { statsEndpoint: '' })} />);
    expect(await screen.findByText(en('welcomeNothingCounted'))).toBeTruthy();
    expect(screen.queryByText(en('welcomeConsentQuestion'))).toBeNull();
  });
});
