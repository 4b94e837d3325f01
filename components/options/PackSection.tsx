import { useEffect, useState } from 'react';
import type { Settings } from '@/utils/protocol/settings';
import type { PackStatus } from '@/utils/protocol/pack';
import type { SettingsClient } from '@/components/ui/settings-client';
import { t, type MessageKey } from '@/components/ui/i18n';
import { LockedNote } from '@/components/ui/LockedNote';
import type { SectionProps } from './section-props';
import { checkPackUrl, DEFAULT_PACK_REFRESH_MINUTES, MAX_PACK_REFRESH_MINUTES, MIN_PACK_REFRESH_MINUTES, parseKeys, parseRefreshMinutes } from './validate';

/**
 * The pack source and how often to look for a new pack. What the policy fixed is read from `locked`
 * alone, and shown with the effective value (the policy's, already overlaid by the background): a
 * policy `packUrl` locks the URL and the keys, policy keys alone lock only the keys.
 */
export function PackSection({ eff, save, client }: SectionProps & { client: SettingsClient }) {
  const urlLocked = eff.locked.includes('packUrl');
  const keysLocked = eff.locked.includes('packPublicKeys');
  const refreshLocked = eff.locked.includes('packRefreshMinutes');
  const [url, setUrl] = useState(eff.settings.packUrl);
  const [keys, setKeys] = useState(eff.settings.packPublicKeys.join('\n'));
  const [error, setError] = useState<{ key: MessageKey; line?: number } | null>(null);
  const [refresh, setRefresh] = useState(String(eff.settings.packRefreshMinutes ?? DEFAULT_PACK_REFRESH_MINUTES));
  const [refreshError, setRefreshError] = useState<MessageKey | null>(null);
  const [status, setStatus] = useState<PackStatus | null>(null);

  useEffect(() => {
    let cancelled = false;
    // The status is a nicety: a background without pack:status must not break the page.
    client.packStatus().then((s) => !cancelled && setStatus(s), () => undefined);
    return () => {
      cancelled = true;
    };
  }, [client]);

  const submit = async () => {
    const urlError = checkPackUrl(url);
    if (urlError) return setError({ key: urlError });
    const patch: Partial<Settings> = { packUrl: url.trim() };
    if (!keysLocked) {
      const parsed = parseKeys(keys);
      if (!parsed.ok) return setError({ key: parsed.error, line: parsed.line });
      patch.packPublicKeys = parsed.value;
    }
    setError(null);
    await save(patch);
  };

  const submitRefresh = async () => {
    const parsed = parseRefreshMinutes(refresh);
    if (!parsed.ok) return setRefreshError(parsed.error);
    setRefreshError(null);
    await save({ packRefreshMinutes: parsed.value });
  };

  return (
    <fieldset data-section="pack">
      <legend>{t('packHeading')}</legend>
      {status && <p className="muted">{t('packInForce', status.name, status.version)}</p>}
      {urlLocked ? (
        <p data-field="pack-url">
          {t('packManaged', eff.settings.packUrl)}
          <LockedNote />
        </p>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <div className="field">
            <label htmlFor="pack-url">{t('packUrlLabel')}</label>
            <input id="pack-url" type="url" value={url} onChange={(e) => setUrl(e.target.value)} aria-invalid={error?.key === 'packUrlInvalid'} aria-describedby="pack-error" />
          </div>
          {keysLocked ? (
            <p data-field="pack-keys">
              {t('packKeysManaged')}
              <LockedNote />
            </p>
          ) : (
            <div className="field">
              <label htmlFor="pack-keys">{t('packKeysLabel')}</label>
              <textarea id="pack-keys" rows={3} value={keys} onChange={(e) => setKeys(e.target.value)} aria-invalid={error?.key === 'packKeysInvalid'} aria-describedby="pack-error" />
            </div>
          )}
          <p id="pack-error" className={error ? 'error' : 'muted'}>
            {error ? t(error.key, error.line ?? 0) : t('packHelp')}
          </p>
          <button type="submit">{t('save')}</button>
        </form>
      )}
      <form
        className="field"
        onSubmit={(e) => {
          e.preventDefault();
          void submitRefresh();
        }}
      >
        <label htmlFor="pack-refresh">
          {t('packRefreshLabel')}
          {refreshLocked && <LockedNote />}
        </label>
        <span>
          <input
            id="pack-refresh"
            inputMode="numeric"
            value={refreshLocked ? String(eff.settings.packRefreshMinutes ?? DEFAULT_PACK_REFRESH_MINUTES) : refresh}
            disabled={refreshLocked}
            aria-invalid={refreshError !== null}
            aria-describedby="pack-refresh-help"
            onChange={(e) => setRefresh(e.target.value)}
            size={6}
          />{' '}
          {!refreshLocked && <button type="submit">{t('save')}</button>}
        </span>
        <span id="pack-refresh-help" className={refreshError ? 'error' : 'muted'}>
          {refreshError ? t(refreshError, MIN_PACK_REFRESH_MINUTES, MAX_PACK_REFRESH_MINUTES) : t('packRefreshHelp', DEFAULT_PACK_REFRESH_MINUTES)}
        </span>
      </form>
    </fieldset>
  );
}
