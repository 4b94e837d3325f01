import { useEffect, useState } from 'react';
import type { PackStatus } from '@/utils/protocol/pack';
import type { SettingsClient } from '@/components/ui/settings-client';
import { t, type MessageKey } from '@/components/ui/i18n';
import { LockedNote } from '@/components/ui/LockedNote';
import type { SectionProps } from './section-props';
import { checkPackUrl, parseKeys } from './validate';

export function PackSection({ eff, save, client }: SectionProps & { client: SettingsClient }) {
  const managed = eff.managed.packUrl !== undefined || eff.locked.includes('packUrl');
  const [url, setUrl] = useState(eff.settings.packUrl);
  const [keys, setKeys] = useState(eff.settings.packPublicKeys.join('\n'));
  const [error, setError] = useState<{ key: MessageKey; line?: number } | null>(null);
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
    const parsed = parseKeys(keys);
    if (!parsed.ok) return setError({ key: parsed.error, line: parsed.line });
    setError(null);
    await save({ packUrl: url.trim(), packPublicKeys: parsed.value });
  };

  return (
    <fieldset>
      <legend>{t('packHeading')}</legend>
      {status && <p className="muted">{t('packInForce', status.name, status.version)}</p>}
      {managed ? (
        <p>
          {t('packManaged', eff.managed.packUrl ?? '')}
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
          <div className="field">
            <label htmlFor="pack-keys">{t('packKeysLabel')}</label>
            <textarea id="pack-keys" rows={3} value={keys} onChange={(e) => setKeys(e.target.value)} aria-invalid={error?.key === 'packKeysInvalid'} aria-describedby="pack-error" />
          </div>
          <p id="pack-error" className={error ? 'error' : 'muted'}>
            {error ? t(error.key, error.line ?? 0) : t('packHelp')}
          </p>
          <button type="submit">{t('save')}</button>
        </form>
      )}
    </fieldset>
  );
}
