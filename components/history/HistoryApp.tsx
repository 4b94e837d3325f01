/**
 * The flagged-draft history page. The newest entries are read first (a bounded query) and drawn at once;
 * then expired entries are purged and the rest loaded for filters, search and the chart.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { EpisodeRecord } from '@/utils/db/tables/episodes';
import { applyFilter, sitesOf, type HistoryFilter } from '@/utils/history/filter';
import { weeklyCounts } from '@/utils/history/weekly';
import { toCsv, toJson } from '@/utils/history/export';
import { getDbStatus, onDbStatusChange, type DbStatus } from '@/utils/db/status';
import { toStorageError } from '@/utils/db/errors';
import { t } from '@/components/ui/i18n';
import { Banner } from '@/components/ui/Banner';
import { PageNav } from '@/components/ui/PageNav';
import { VirtualList } from '@/components/ui/VirtualList';
import type { SettingsClient } from '@/components/ui/settings-client';
import type { HistoryStore } from './history-store';
import { FilterBar } from './FilterBar';
import { EpisodeRow } from './EpisodeRow';
import { EpisodeDetail } from './EpisodeDetail';
import { WeeklyChart, type ChartMode } from './WeeklyChart';
import { downloadText } from './download';

export const FIRST_SCREEN = 40;
export const ROW_HEIGHT = 64;
/** performance mark set when the first rows are on screen: the 10,000-record budget is measured from it */
export const FIRST_SCREEN_MARK = 'draftguard-history-first-screen';
/** performance mark set when the newest entries have been read (splits database time from rendering) */
export const FIRST_READ_MARK = 'draftguard-history-first-read';

export interface HistoryAppProps {
  store: HistoryStore;
  settings: SettingsClient;
  listHeight?: number;
  download?: typeof downloadText;
  now?: () => number;
}

function errorText(err: unknown): string {
  const e = toStorageError(err);
  return e.kind === 'unknown' ? t('errorGeneric', err instanceof Error ? err.message : String(err)) : e.message;
}

export function HistoryApp({ store, settings, listHeight = 560, download = downloadText, now = Date.now }: HistoryAppProps) {
  const [records, setRecords] = useState<EpisodeRecord[] | null>(null);
  const [complete, setComplete] = useState(false);
  const [filter, setFilter] = useState<HistoryFilter>({});
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [confirmAll, setConfirmAll] = useState(false);
  const [chartMode, setChartMode] = useState<ChartMode>('category');
  const [dbStatus, setDbStatus] = useState<DbStatus>(getDbStatus());

  const firstScreenMarked = useRef(false);
  // Layout effect: runs when the first rows are in the DOM, before the browser paints them, so later
  // work (reading the other entries) cannot delay the mark.
  useLayoutEffect(() => {
    if (records === null || firstScreenMarked.current) return;
    firstScreenMarked.current = true;
    performance.mark(FIRST_SCREEN_MARK, { detail: { rows: records.length } });
  }, [records]);

  const fail = useCallback((err: unknown) => setErrors((e) => [...e, errorText(err)]), []);

  useEffect(() => onDbStatusChange(setDbStatus), []);

  useEffect(() => {
    let cancelled = false;
    const load = async () => {
      try {
        const recent = await store.listRecent(FIRST_SCREEN);
        performance.mark(FIRST_READ_MARK);
        if (!cancelled) setRecords((r) => r ?? recent);
      } catch (err) {
        if (!cancelled) fail(err);
      }
      // Purge before the full read, so the page never shows what retention already removed.
      try {
        const { settings: s } = await settings.get();
        const removed = await store.purge(s.retentionDays);
        if (!cancelled && removed > 0) setNotice(t('purgedNotice', removed, s.retentionDays));
      } catch (err) {
        if (!cancelled) fail(err);
      }
      try {
        const all = await store.listAll();
        if (!cancelled) {
          setRecords(all);
          setComplete(true);
        }
      } catch (err) {
        if (!cancelled) fail(err);
      }
    };
    void load();
    return () => {
      cancelled = true;
    };
  }, [store, settings, fail]);

  const filtered = useMemo(() => (records ? applyFilter(records, filter) : []), [records, filter]);
  const sites = useMemo(() => (records ? sitesOf(records) : []), [records]);
  const buckets = useMemo(() => (complete ? weeklyCounts(filtered) : []), [complete, filtered]);
  const selected = useMemo(() => filtered.find((r) => r.id === selectedId) ?? null, [filtered, selectedId]);

  const focusDetail = useRef(false);
  const select = (id: string) => {
    setSelectedId(id);
    focusDetail.current = true;
  };
  useEffect(() => {
    // Move focus to the detail once it is drawn, so keyboard and screen-reader users land on what they opened.
    if (!focusDetail.current || !selected) return;
    focusDetail.current = false;
    document.getElementById('detail-heading')?.focus();
  }, [selected]);

  const deleteOne = async (id: string) => {
    try {
      await store.deleteOne(id);
      setRecords((rs) => rs?.filter((r) => r.id !== id) ?? rs);
      setSelectedId(null);
      setNotice(t('deletedOne'));
    } catch (err) {
      fail(err);
    }
  };

  const deleteAll = async () => {
    setConfirmAll(false);
    try {
      await store.deleteAll();
      setRecords([]);
      setSelectedId(null);
      setNotice(t('deletedAll'));
    } catch (err) {
      fail(err);
    }
  };

  const stamp = new Date(now()).toISOString().slice(0, 10);

  return (
    <main className="page">
      <PageNav current="history" />
      <h1>{t('historyTitle')}</h1>
      <p className="muted">{t('historyIntro')}</p>
      {dbStatus.state === 'blocked' && <Banner>{t('dbBlocked')}</Banner>}
      {(dbStatus.state === 'upgraded-elsewhere' || dbStatus.state === 'deleted-elsewhere') && <Banner>{t('dbChanged')}</Banner>}
      {errors.map((e, i) => (
        <Banner key={i}>{e}</Banner>
      ))}
      {notice && <Banner kind="info">{notice}</Banner>}

      <FilterBar filter={filter} sites={sites} onChange={setFilter} />
      <div className="toolbar">
        <span role="status" aria-live="polite">
          {records === null ? t('loading') : complete ? t('historyCount', filtered.length.toLocaleString(), records.length.toLocaleString()) : t('historyLoadingMore', filtered.length.toLocaleString())}
        </span>
        <button type="button" disabled={!complete || filtered.length === 0} onClick={() => download(`draftguard-history-${stamp}.json`, 'application/json', toJson(filtered, now()))}>
          {t('exportJson')}
        </button>
        <button type="button" disabled={!complete || filtered.length === 0} onClick={() => download(`draftguard-history-${stamp}.csv`, 'text/csv', toCsv(filtered))}>
          {t('exportCsv')}
        </button>
        {confirmAll ? (
          <>
            <button type="button" className="danger" onClick={() => void deleteAll()}>
              {t('deleteAllConfirm')}
            </button>
            <button type="button" onClick={() => setConfirmAll(false)}>
              {t('cancel')}
            </button>
          </>
        ) : (
          <button type="button" className="danger" disabled={!records?.length} onClick={() => setConfirmAll(true)}>
            {t('deleteAll')}
          </button>
        )}
      </div>

      <div className="history-layout">
        <div>
          {records !== null && filtered.length === 0 ? (
            <p>{records.length === 0 ? t('historyEmpty') : t('historyNoMatch')}</p>
          ) : (
            <VirtualList
              // A new filter starts at the top of its own list.
              key={JSON.stringify(filter)}
              items={filtered}
              rowHeight={ROW_HEIGHT}
              height={listHeight}
              label={t('historyListLabel')}
              getKey={(r) => r.id}
              rowProps={(r) => ({ 'data-site': r.site, 'data-outcome': r.outcome, 'data-episode-id': r.id, className: 'history-entry' })}
              renderRow={(r, _i, focusable) => <EpisodeRow record={r} selected={r.id === selectedId} focusable={focusable} onSelect={select} />}
            />
          )}
        </div>
        <div>{selected ? <EpisodeDetail record={selected} onDelete={(id) => void deleteOne(id)} /> : <p className="muted">{t('detailNone')}</p>}</div>
      </div>

      <WeeklyChart buckets={buckets} mode={chartMode} onModeChange={setChartMode} />
    </main>
  );
}
