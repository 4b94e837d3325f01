import { useState } from 'react';
import { ADAPTERS, type SiteId } from '@/entrypoints/content/adapters';
import type { EffectiveSettings } from '@/utils/protocol/settings';
import type { TabFindings } from '@/utils/protocol/tab';
import type { CurrentTab, PopupClient } from './popup-client';

interface Props {
  client: PopupClient;
  tab: CurrentTab;
  settings: EffectiveSettings;
  findings: TabFindings | null;
  onChange(settings: EffectiveSettings): void;
}

/**
 * On/off for the site of the current tab. Sites without a built-in adapter can be enabled here: the
 * optional host permission is requested in the click handler itself (a user gesture), never up front.
 */
export function SiteSection({ client, tab, settings, findings, onChange }: Props) {
  const [error, setError] = useState<string | null>(null);
  const site = (findings?.site ?? null) as SiteId | null;
  const s = settings.settings;
  const hostOnly = tab.host.replace(/:\d+$/, '');
  const locked = settings.locked.includes('sites') || (site !== null && settings.lockedSites.includes(site));
  const web = /^https?:/.test(tab.url);

  const update = (patch: Parameters<PopupClient['setSettings']>[0]) =>
    client.setSettings(patch).then(onChange, (err: unknown) => setError(err instanceof Error ? err.message : String(err)));

  /** permission first, synchronously inside the click; then the setting */
  const enableHost = (key: 'genericHosts' | 'mastodonHosts') => {
    const asked = client.requestHost(tab.host);
    void asked.then((granted) => {
      if (!granted) {
        setError('DraftGuard needs permission to read what you type on this site.');
        return;
      }
      void update({ [key]: [...new Set([...s[key], hostOnly])] });
    });
  };

  if (!web) return null;
  const enabledHere = site === 'generic' ? s.genericHosts.includes(hostOnly) : site ? s.sites[site] !== false : false;

  return (
    <section className="card" aria-labelledby="site-h" data-section="site">
      <h2 id="site-h">This site</h2>
      {findings?.mastodonApp && !s.mastodonHosts.includes(hostOnly) ? (
        <button type="button" data-action="add-mastodon" onClick={() => enableHost('mastodonHosts')}>
          Add this Mastodon instance ({hostOnly})
        </button>
      ) : site && site !== 'generic' ? (
        <label className="toggle">
          <input
            type="checkbox"
            data-field="site-enabled"
            checked={enabledHere}
            disabled={locked}
            onChange={(e) => void update({ sites: { ...s.sites, [site]: e.target.checked } })}
          />
          Check my drafts on {ADAPTERS[site].label}
        </label>
      ) : enabledHere ? (
        <label className="toggle">
          <input type="checkbox" data-field="site-enabled" checked onChange={() => void update({ genericHosts: s.genericHosts.filter((h) => h !== hostOnly) })} />
          Check my drafts on {hostOnly}
        </label>
      ) : (
        <button type="button" data-action="enable-site" onClick={() => enableHost('genericHosts')}>
          Enable on this site ({hostOnly})
        </button>
      )}
      {locked && <p className="muted small">Set by your organisation.</p>}
      {error && (
        <p className="failure" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
