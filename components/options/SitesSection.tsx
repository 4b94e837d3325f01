import { t } from '@/components/ui/i18n';
import { LockedNote } from '@/components/ui/LockedNote';
import type { SectionProps } from './section-props';
import { SITE_IDS, siteName } from './sites';

export function SitesSection({ eff, save }: SectionProps) {
  const { sites } = eff.settings;
  const ids = [...new Set<string>([...SITE_IDS, ...Object.keys(sites)])];
  // Policy fixes sites one by one (`enabledSites`/`disabledSites`); the others stay the person's choice.
  const { lockedSites } = eff;
  return (
    <fieldset>
      <legend>{t('sitesHeading')}</legend>
      <p className="muted">{t('sitesHelp')}</p>
      {ids.map((id) => {
        const locked = lockedSites.includes(id);
        return (
          <label key={id} className="check" data-site={id}>
            <input type="checkbox" checked={sites[id] ?? true} disabled={locked} onChange={(e) => void save({ sites: { ...sites, [id]: e.target.checked } })} />
            {siteName(id)}
            {locked && <LockedNote />}
          </label>
        );
      })}
    </fieldset>
  );
}
