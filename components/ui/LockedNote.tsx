import { t } from './i18n';

/** Shown next to a setting fixed by enterprise policy. */
export function LockedNote({ id }: { id?: string }) {
  return (
    <span className="locked" id={id} data-locked="true">
      <span aria-hidden="true">🔒</span>
      {t('managedByOrg')}
    </span>
  );
}
