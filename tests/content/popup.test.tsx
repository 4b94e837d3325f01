// @vitest-environment jsdom
/** The popup against a fake client: what it shows, and that a site permission is asked only on click. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { PopupApp } from '@/components/popup/PopupApp';
import type { PopupClient } from '@/components/popup/popup-client';
import type { EffectiveSettings, Settings } from '@/utils/protocol/settings';
import type { PackStatus } from '@/utils/protocol/pack';
import type { TabFindings } from '@/utils/protocol/tab';
import { DEFAULT_SETTINGS } from '@/utils/settings/defaults';

afterEach(cleanup);

const SETTINGS: Settings = { ...DEFAULT_SETTINGS, welcomeSeen: true };

function client(over: { status?: Partial<PackStatus>; findings?: TabFindings | null; host?: string } = {}): PopupClient & { calls: string[] } {
  const calls: string[] = [];
  let settings: EffectiveSettings = { settings: SETTINGS, locked: [], lockedSites: [], policyProblems: [], managed: {} };
  const host = over.host ?? 'forum.example.com';
  return {
    calls,
    currentTab: async () => ({ id: 7, url: `https://${host}/t/1`, host }),
    packStatus: async () => ({ source: 'url', packId: 'acme', name: 'Acme policy', version: '2026.11.2', ...over.status }),
    settings: async () => settings,
    setSettings: async (patch) => {
      calls.push(`set:${JSON.stringify(patch)}`);
      settings = { ...settings, settings: { ...settings.settings, ...patch } };
      return settings;
    },
    tabFindings: async () => (over.findings === undefined ? null : over.findings),
    checkPage: async () => ({ title: 't', length: 0, findings: [] }),
    requestHost: vi.fn(async (h: string) => {
      calls.push(`request:${h}`);
      return true;
    }),
    openHistory: async () => undefined,
  };
}

describe('PopupApp', () => {
  it('names the pack, says who manages it and when an update failed', async () => {
    const c = client({ status: { managedBy: 'policy.acme.example', lastError: { at: Date.UTC(2026, 10, 25, 9), reason: 'signature does not match' } } });
    render(<PopupApp client={c} />);
    expect(await screen.findByText('Acme policy')).toBeTruthy();
    expect(screen.getByText('2026.11.2')).toBeTruthy();
    expect(screen.getByText(/Managed by your organisation \(policy\.acme\.example\)/)).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toMatch(/signature does not match/);
  });

  it('asks for the site permission only when "Enable on this site" is clicked, then saves the host', async () => {
    const c = client();
    render(<PopupApp client={c} />);
    const button = await screen.findByRole('button', { name: /Enable on this site/ });
    expect(c.calls).toEqual([]);
    fireEvent.click(button);
    await waitFor(() => expect(c.calls).toEqual(['request:forum.example.com', 'set:{"genericHosts":["forum.example.com"]}']));
  });

  it("lists the current drafts' findings", async () => {
    const findings: TabFindings = {
      site: 'x',
      enabled: true,
      composers: [{ findings: [{ ruleId: 'acme.codenames', category: 'confidential', severity: 'block', confidence: 1, start: 0, end: 8, match: 'Bluebird', message: "'Bluebird' is an internal codename." }] }],
    };
    render(<PopupApp client={client({ findings, host: 'x.com' })} />);
    expect(await screen.findByText(/is an internal codename/)).toBeTruthy();
    expect((screen.getByRole('checkbox') as HTMLInputElement).checked).toBe(true);
  });
});
