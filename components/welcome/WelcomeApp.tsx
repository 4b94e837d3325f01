/**
 * First-run page: what DraftGuard checks, that the draft stays on the device, what is counted for the
 * organisation (only with a stats endpoint, set by policy or in Options), and the consent question
 * unless policy has answered it (`statsConsent: true`, which the background reports as locked).
 */
import type { SettingsClient } from '@/components/ui/settings-client';
import { t } from '@/components/ui/i18n';
import { Banner } from '@/components/ui/Banner';
import { PageNav } from '@/components/ui/PageNav';
import { useSettings } from '@/components/options/use-settings';

function host(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

export function WelcomeApp({ client }: { client: SettingsClient }) {
  const { eff, loadError, status, save } = useSettings(client);
  // The effective endpoint: the policy's, or the one set by hand in Options.
  const endpoint = eff?.settings.statsEndpoint;
  // Only `statsConsent: true` answers for the person (the organisation obtained consent), and the
  // background says so by locking it; anything else means the person is asked.
  const policyAnswered = eff?.locked.includes('statsConsent') ?? false;
  const consent = eff?.settings.statsConsent ?? null;

  return (
    <main className="page welcome">
      <PageNav current="welcome" />
      <h1>{t('welcomeTitle')}</h1>
      <p>{t('welcomeIntro')}</p>
      <h2>{t('welcomeChecksHeading')}</h2>
      <ul>
        <li>{t('welcomeChecksConfidential')}</li>
        <li>{t('welcomeChecksInflammatory')}</li>
        <li>{t('welcomeChecksProtected')}</li>
      </ul>
      <p>{t('welcomeHowItWorks')}</p>
      <h2>{t('welcomePrivacyHeading')}</h2>
      <p>
        <strong>{t('welcomeNeverLeaves')}</strong>
      </p>
      <p>{t('welcomeHistory')}</p>

      <h2>{t('welcomeCountedHeading')}</h2>
      {loadError && <Banner>{loadError}</Banner>}
      {!eff && !loadError && <p role="status">{t('loading')}</p>}
      {eff && !endpoint && <p data-stats="none">{t('welcomeNothingCounted')}</p>}
      {eff && endpoint && (
        <>
          <p data-stats="endpoint">{t('welcomeCounted', host(endpoint))}</p>
          {policyAnswered ? (
            <p data-consent="policy">{t('welcomeConsentPolicyYes')}</p>
          ) : (
            <fieldset data-consent="ask">
              <legend>{t('welcomeConsentQuestion')}</legend>
              <p className="muted">{t('welcomeConsentHelp')}</p>
              <div className="toolbar">
                <button type="button" className={consent === true ? 'primary' : ''} aria-pressed={consent === true} onClick={() => void save({ statsConsent: true })}>
                  {t('welcomeConsentYes')}
                </button>
                <button type="button" className={consent === false ? 'primary' : ''} aria-pressed={consent === false} onClick={() => void save({ statsConsent: false })}>
                  {t('welcomeConsentNo')}
                </button>
              </div>
            </fieldset>
          )}
        </>
      )}
      <p>
        <a href="options.html">{t('welcomeOpenOptions')}</a>
      </p>
      {eff && !eff.locked.includes('welcomeSeen') && !eff.settings.welcomeSeen && (
        <button type="button" className="primary" onClick={() => void save({ welcomeSeen: true })}>
          {t('welcomeDone')}
        </button>
      )}
      <p role="status" aria-live="polite" className={status?.kind === 'error' ? 'error' : 'muted'}>
        {status?.text ?? ''}
      </p>
    </main>
  );
}
