import { useEffect, useState } from 'react';
import { toStorageError } from '@/utils/db/errors';
import type { HistoryTextMode } from '@/utils/protocol/settings';
import type { SettingsClient } from '@/components/ui/settings-client';
import { t } from '@/components/ui/i18n';
import { Banner } from '@/components/ui/Banner';
import { PageNav } from '@/components/ui/PageNav';
import { useSettings } from './use-settings';
import { SitesSection } from './SitesSection';
import { HistorySection } from './HistorySection';
import { StatsSection } from './StatsSection';
import { PackSection } from './PackSection';
import { AllowListSection } from './AllowListSection';
import { LockedNote } from '@/components/ui/LockedNote';

export interface OptionsAppProps {
  client: SettingsClient;
  /** deletes history older than the retention period; run when the page opens and when retention changes */
  purge?: (retentionDays: number) => Promise<number>;
  /** applies a stricter history text mode to entries already stored */
  restrictHistory?: (mode: HistoryTextMode) => Promise<number>;
}

export function OptionsApp({ client, purge, restrictHistory }: OptionsAppProps) {
  const { eff, loadError, status, run, save, isLocked } = useSettings(client);
  const retentionDays = eff?.settings.retentionDays;
  const [purgeError, setPurgeError] = useState<string | null>(null);

  useEffect(() => {
    if (retentionDays === undefined || !purge) return;
    purge(retentionDays).then(
      () => setPurgeError(null),
      (err: unknown) => setPurgeError(toStorageError(err).message),
    );
  }, [retentionDays, purge]);
  return (
    <main className="page options">
      <PageNav current="options" />
      <h1>{t('optionsTitle')}</h1>
      {loadError && <Banner>{loadError}</Banner>}
      {purgeError && <Banner>{purgeError}</Banner>}
      {eff === null && !loadError && <p role="status">{t('loading')}</p>}
      {eff && (
        <>
          {eff.policyProblems.length > 0 && (
            <Banner kind="info">
              <span id="policy-problems-heading">{t('policyProblems')}</span>
              <ul aria-labelledby="policy-problems-heading" data-section="policy-problems">
                {eff.policyProblems.map((p, i) => (
                  <li key={i}>{p}</li>
                ))}
              </ul>
            </Banner>
          )}
          <SitesSection eff={eff} save={save} />
          <fieldset>
            <legend>{t('displayHeading')}</legend>
            <label className="check">
              <input
                type="checkbox"
                checked={eff.settings.showInfoInline}
                disabled={isLocked('showInfoInline')}
                onChange={(e) => void save({ showInfoInline: e.target.checked })}
              />
              {t('showInfoInline')}
              {isLocked('showInfoInline') && <LockedNote />}
            </label>
          </fieldset>
          <HistorySection eff={eff} save={save} restrictHistory={restrictHistory} />
          <StatsSection eff={eff} save={save} />
          <PackSection eff={eff} save={save} client={client} />
          <AllowListSection eff={eff} client={client} run={run} />
        </>
      )}
      <p role="status" aria-live="polite" className={status?.kind === 'error' ? 'error' : 'muted'}>
        {status?.text ?? ''}
      </p>
    </main>
  );
}
