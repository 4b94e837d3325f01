import { useState } from 'react';
import type { Settings } from '@/utils/protocol/settings';
import { t, type MessageKey } from '@/components/ui/i18n';
import { LockedNote } from '@/components/ui/LockedNote';
import type { SectionProps } from './section-props';
import { checkStatsEndpoint, checkStatsToken } from './validate';

function host(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/**
 * Counts for the organisation (admin-endpoint.md). The effective settings already carry the policy's
 * values, and `locked` says which of them the policy fixed: that is the only test of "set by policy".
 * - consent: locked only when the policy says `statsConsent: true` (consent obtained by the
 *   organisation); otherwise the person answers, whatever else the policy says.
 * - endpoint and token: set here by hand unless the policy sets them. A token is never shown, and one
 *   set by policy is not even put into the page.
 */
export function StatsSection({ eff, save }: SectionProps) {
  const s = eff.settings;
  const endpoint = s.statsEndpoint ?? '';
  const consentLocked = eff.locked.includes('statsConsent');
  const endpointLocked = eff.locked.includes('statsEndpoint');
  const tokenLocked = eff.locked.includes('statsToken');
  const tokenSaved = !tokenLocked && (s.statsToken ?? '') !== '';

  const [endpointInput, setEndpointInput] = useState(endpoint);
  const [tokenInput, setTokenInput] = useState('');
  const [error, setError] = useState<{ field: 'endpoint' | 'token'; key: MessageKey } | null>(null);

  const submit = async () => {
    const patch: Partial<Settings> = {};
    if (!endpointLocked) {
      const problem = checkStatsEndpoint(endpointInput);
      if (problem) return setError({ field: 'endpoint', key: problem });
      patch.statsEndpoint = endpointInput.trim();
    }
    if (!tokenLocked && tokenInput !== '') {
      const problem = checkStatsToken(tokenInput);
      if (problem) return setError({ field: 'token', key: problem });
      patch.statsToken = tokenInput;
    }
    setError(null);
    if (await save(patch)) setTokenInput('');
  };

  return (
    <fieldset data-section="stats">
      <legend>{t('statsHeading')}</legend>
      <p data-stats={endpoint ? 'endpoint' : 'none'}>{endpoint ? t('statsEndpointSet', host(endpoint)) : t('statsNoEndpoint')}</p>
      <label className="check">
        <input
          type="checkbox"
          checked={s.statsConsent === true}
          disabled={consentLocked}
          aria-describedby={!consentLocked && s.statsConsent === null ? 'stats-consent-unanswered' : undefined}
          onChange={(e) => void save({ statsConsent: e.target.checked })}
        />
        {t('statsConsentLabel')}
        {consentLocked && <LockedNote />}
      </label>
      {!consentLocked && s.statsConsent === null && (
        <p id="stats-consent-unanswered" className="muted" data-consent="unanswered">
          {t('statsConsentUnanswered')}
        </p>
      )}
      <fieldset>
        <legend>{t('statsSetupLegend')}</legend>
        {!(endpointLocked && tokenLocked) && <p className="muted">{t('statsSetupHelp')}</p>}
        {endpointLocked && (
          <p data-field="stats-endpoint">
            {t('statsEndpointManaged', endpoint)}
            <LockedNote />
          </p>
        )}
        {tokenLocked && (
          <p data-field="stats-token">
            {/* Whether the policy holds a token is said; its value never reaches the page. */}
            {(s.statsToken ?? '') !== '' ? t('statsTokenManaged') : t('statsTokenManagedNone')}
            <LockedNote />
          </p>
        )}
        {!(endpointLocked && tokenLocked) && (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void submit();
            }}
          >
            {!endpointLocked && (
              <div className="field">
                <label htmlFor="stats-endpoint">{t('statsEndpointLabel')}</label>
                <input
                  id="stats-endpoint"
                  type="url"
                  value={endpointInput}
                  onChange={(e) => setEndpointInput(e.target.value)}
                  aria-invalid={error?.field === 'endpoint'}
                  aria-describedby="stats-error"
                />
              </div>
            )}
            {!tokenLocked && (
              <div className="field">
                <label htmlFor="stats-token">{t('statsTokenLabel')}</label>
                <input
                  id="stats-token"
                  type="password"
                  autoComplete="off"
                  spellCheck={false}
                  value={tokenInput}
                  onChange={(e) => setTokenInput(e.target.value)}
                  aria-invalid={error?.field === 'token'}
                  aria-describedby="stats-token-help stats-error"
                />
                <span id="stats-token-help" className="muted">
                  {tokenSaved ? t('statsTokenHelpSaved') : t('statsTokenHelpNone')}
                </span>
              </div>
            )}
            <p id="stats-error" className="error" aria-live="polite">
              {error ? t(error.key) : ''}
            </p>
            <div className="toolbar">
              <button type="submit">{t('save')}</button>
              {tokenSaved && (
                <button type="button" onClick={() => void save({ statsToken: '' })}>
                  {t('statsTokenRemove')}
                </button>
              )}
            </div>
          </form>
        )}
      </fieldset>
    </fieldset>
  );
}
