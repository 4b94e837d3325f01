import type { EpisodeRecord } from '@/utils/db/tables/episodes';
import { t } from '@/components/ui/i18n';
import { siteName } from '@/components/options/sites';
import { categoryLabel, formatTime, outcomeLabel, severityLabel } from './labels';

const PREVIEW = 90;

export function EpisodeRow({ record, selected, focusable, onSelect }: { record: EpisodeRecord; selected: boolean; focusable: boolean; onSelect(id: string): void }) {
  const preview = record.text === null ? t('rowNoText') : record.text.length > PREVIEW ? `${record.text.slice(0, PREVIEW)}…` : record.text;
  return (
    <button type="button" className="row" aria-pressed={selected} tabIndex={focusable ? 0 : -1} onClick={() => onSelect(record.id)}>
      <span className="row-meta">
        <span>{formatTime(record.at)}</span>
        <span>{siteName(record.site)}</span>
        <span className={`sev-${record.severity}`}>{severityLabel(record.severity)}</span>
        <span className={`outcome outcome-${record.outcome}`}>{outcomeLabel(record.outcome)}</span>
        <span className="muted">{record.categories.map(categoryLabel).join(', ')}</span>
      </span>
      <span className="row-text">{preview}</span>
    </button>
  );
}
