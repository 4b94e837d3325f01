import { t } from '@/components/ui/i18n';
import { LockedNote } from '@/components/ui/LockedNote';
import type { SectionProps } from './section-props';

function host(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

export function StatsSection({ eff, save }: SectionProps) {
  const endpoint = eff.managed.statsEndpoint;
  const locked = eff.locked.includes('statsConsent') || eff.managed.statsConsent !== undefined;
  return (
    <fieldset>
      <legend>{t('statsHeading')}</legend>
      <p>{endpoint ? t('statsEndpointSet', host(endpoint)) : t('statsNoEndpoint')}</p>
      <label className="check">
        <input type="checkbox" checked={eff.settings.statsConsent === true} disabled={locked} onChange={(e) => void save({ statsConsent: e.target.checked })} />
        {t('statsConsentLabel')}
        {locked && <LockedNote />}
      </label>
    </fieldset>
  );
}
