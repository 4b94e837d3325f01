import { CATEGORIES, SEVERITIES, type Category, type Severity } from '@/rules/types';
import type { Outcome } from '@/utils/protocol/episodes';
import type { HistoryFilter } from '@/utils/history/filter';
import { OUTCOMES } from '@/utils/history/outcome';
import { t } from '@/components/ui/i18n';
import { siteName } from '@/components/options/sites';
import { categoryLabel, outcomeLabel, severityLabel } from './labels';

interface Props {
  filter: HistoryFilter;
  sites: string[];
  onChange(filter: HistoryFilter): void;
}

/** `<input type=date>` speaks YYYY-MM-DD in local time; the filter speaks ms. */
function dayToMs(day: string, endOfDay: boolean): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return undefined;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + (endOfDay ? 1 : 0)).getTime();
}

function msToDay(ms: number | undefined, endOfDay: boolean): string {
  if (ms === undefined) return '';
  const d = new Date(endOfDay ? ms - 1 : ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function without<K extends keyof HistoryFilter>(f: HistoryFilter, key: K, value: HistoryFilter[K] | undefined | ''): HistoryFilter {
  const next = { ...f };
  if (value === undefined || value === '') delete next[key];
  else next[key] = value;
  return next;
}

export function FilterBar({ filter, sites, onChange }: Props) {
  return (
    <form className="filters" role="search" aria-label={t('filtersLabel')} onSubmit={(e) => e.preventDefault()}>
      <label className="field">
        {t('filterSearch')}
        <input type="search" value={filter.search ?? ''} onChange={(e) => onChange(without(filter, 'search', e.target.value))} />
      </label>
      <label className="field">
        {t('filterSite')}
        <select value={filter.site ?? ''} onChange={(e) => onChange(without(filter, 'site', e.target.value))}>
          <option value="">{t('filterAny')}</option>
          {sites.map((s) => (
            <option key={s} value={s}>
              {siteName(s)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {t('filterCategory')}
        <select value={filter.category ?? ''} onChange={(e) => onChange(without(filter, 'category', e.target.value as Category | ''))}>
          <option value="">{t('filterAny')}</option>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {categoryLabel(c)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {t('filterSeverity')}
        <select value={filter.severity ?? ''} onChange={(e) => onChange(without(filter, 'severity', e.target.value as Severity | ''))}>
          <option value="">{t('filterAny')}</option>
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {severityLabel(s)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {t('filterOutcome')}
        <select value={filter.outcome ?? ''} onChange={(e) => onChange(without(filter, 'outcome', e.target.value as Outcome | ''))}>
          <option value="">{t('filterAny')}</option>
          {OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {outcomeLabel(o)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {t('filterFrom')}
        <input type="date" value={msToDay(filter.from, false)} onChange={(e) => onChange(without(filter, 'from', dayToMs(e.target.value, false)))} />
      </label>
      <label className="field">
        {t('filterTo')}
        <input type="date" value={msToDay(filter.to, true)} onChange={(e) => onChange(without(filter, 'to', dayToMs(e.target.value, true)))} />
      </label>
      <button type="button" onClick={() => onChange({})}>
        {t('filterClear')}
      </button>
    </form>
  );
}
