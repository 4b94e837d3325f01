import { useState } from 'react';
import type { EffectiveSettings } from '@/utils/protocol/settings';
import type { SettingsClient } from '@/components/ui/settings-client';
import { t } from '@/components/ui/i18n';
import { LockedNote } from '@/components/ui/LockedNote';
import { formatDay } from '@/components/history/labels';

interface Props {
  eff: EffectiveSettings;
  client: SettingsClient;
  run(change: () => Promise<EffectiveSettings>): Promise<boolean>;
}

/**
 * The personal "not a problem" list. The background refuses entries for rules whose override is not
 * `allow` (such rules cannot be silenced), and its error is shown here as it comes.
 */
export function AllowListSection({ eff, client, run }: Props) {
  const locked = eff.locked.includes('allowList');
  const [text, setText] = useState('');
  const [ruleId, setRuleId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const entries = eff.settings.allowList;

  const add = async () => {
    if (text.trim() === '') return setError(t('allowEmpty'));
    setError(null);
    if (await run(() => client.allowlistAdd({ text: text.trim(), ruleId: ruleId.trim() || '*' }))) {
      setText('');
      setRuleId('');
    }
  };

  return (
    <fieldset>
      <legend>
        {t('allowHeading')}
        {locked && <LockedNote />}
      </legend>
      <p className="muted">{t('allowHelp')}</p>
      <p className="muted">{t('allowCannotSilence')}</p>
      {entries.length === 0 ? (
        <p>{t('allowEmptyList')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('allowText')}</th>
              <th scope="col">{t('allowRule')}</th>
              <th scope="col">{t('allowAdded')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('allowActions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={`${e.ruleId}\u0000${e.text}`}>
                <td>{e.text}</td>
                <td>{e.ruleId === '*' ? t('allowAllRules') : e.ruleId}</td>
                <td>{formatDay(e.addedAt)}</td>
                <td>
                  <button type="button" disabled={locked} aria-label={t('allowRemoveLabel', e.text)} onClick={() => void run(() => client.allowlistRemove({ text: e.text, ruleId: e.ruleId }))}>
                    {t('allowRemove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!locked && (
        <form
          className="toolbar"
          onSubmit={(e) => {
            e.preventDefault();
            void add();
          }}
        >
          <label className="field">
            {t('allowText')}
            <input value={text} onChange={(e) => setText(e.target.value)} aria-invalid={error !== null} aria-describedby="allow-error" />
          </label>
          <label className="field">
            {t('allowRuleOptional')}
            <input value={ruleId} onChange={(e) => setRuleId(e.target.value)} placeholder="*" />
          </label>
          <button type="submit">{t('allowAdd')}</button>
          <span id="allow-error" className="error">
            {error ?? ''}
          </span>
        </form>
      )}
    </fieldset>
  );
}
