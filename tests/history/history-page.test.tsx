// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HistoryApp } from '@/components/history/HistoryApp';
import { dexieHistoryStore } from '@/components/history/history-store';
import { resetDbForTests } from '@/utils/db/app-db';
import { storeEpisode } from '@/utils/db/episodes';
import { resetPendingForTests } from '@/utils/db/pending-writes';
import { setDbStatus } from '@/utils/db/status';
import { MASK } from '@/utils/history/mask';
import { en } from './support/i18n';
import { FakeSettingsClient } from './support/settings';
import { reportFor } from './support/reports';
import { makeRecords, memoryStore } from './support/records';

vi.mock('wxt/browser', async () => (await import('./support/i18n')).browserModule);

const NOW = Date.UTC(2026, 10, 25, 12);
const DAY = 86_400_000;

beforeEach(async () => {
  resetPendingForTests();
  await resetDbForTests();
});
afterEach(() => {
  cleanup();
  setDbStatus({ state: 'ok' });
});

const entries = () => [...document.querySelectorAll<HTMLElement>('li[data-site][data-outcome]')];

async function seed() {
  await storeEpisode(reportFor('Project Falcon launches Monday', [{ match: 'Project Falcon', outcome: 'posted' }], { episodeId: 'falcon', site: 'x', at: NOW - DAY }), 'masked');
  await storeEpisode(
    reportFor('you absolute idiots, honestly', [{ match: 'idiots', category: 'inflammatory', severity: 'warn', outcome: 'edited', message: 'Insult: "idiots"' }], { episodeId: 'idiots', site: 'linkedin', at: NOW - 2 * DAY }),
    'masked',
  );
  await storeEpisode(reportFor('old secret token', [{ match: 'secret token' }], { episodeId: 'old', site: 'reddit', at: NOW - 40 * DAY }), 'masked');
}

function renderPage(settings = new FakeSettingsClient({}, { retentionDays: 30 }), store = dexieHistoryStore, download = vi.fn()) {
  render(<HistoryApp store={store} settings={settings} download={download} now={() => NOW} />);
  return { settings, download };
}

describe('history page', () => {
  it('purges expired entries on open and lists the rest with data-site and data-outcome', async () => {
    await seed();
    renderPage();
    await screen.findByText(en('historyCount', 2, 2));
    expect(entries().map((e) => [e.dataset.site, e.dataset.outcome])).toEqual([
      ['x', 'posted'],
      ['linkedin', 'edited'],
    ]);
    expect(screen.getByText(en('purgedNotice', 1, 30))).toBeTruthy();
    expect(document.body.textContent).not.toContain('Falcon');
    expect(document.body.textContent).not.toContain('idiots');
  });

  it('filters by site, outcome and search', async () => {
    await seed();
    renderPage();
    await screen.findByText(en('historyCount', 2, 2));
    fireEvent.change(screen.getByLabelText(en('filterSite')), { target: { value: 'linkedin' } });
    expect(entries().map((e) => e.dataset.site)).toEqual(['linkedin']);
    fireEvent.click(screen.getByText(en('filterClear')));
    fireEvent.change(screen.getByLabelText(en('filterOutcome')), { target: { value: 'posted' } });
    expect(entries().map((e) => e.dataset.outcome)).toEqual(['posted']);
    fireEvent.click(screen.getByText(en('filterClear')));
    fireEvent.change(screen.getByLabelText(en('filterSearch')), { target: { value: 'HONESTLY' } });
    expect(entries().map((e) => e.dataset.site)).toEqual(['linkedin']);
    fireEvent.change(screen.getByLabelText(en('filterSearch')), { target: { value: 'nothing like this' } });
    expect(screen.getByText(en('historyNoMatch'))).toBeTruthy();
  });

  it('shows the masked draft with its findings highlighted and explained', async () => {
    await seed();
    renderPage();
    await screen.findByText(en('historyCount', 2, 2));
    fireEvent.click(within(entries()[1]!).getByRole('button'));
    const detail = screen.getByRole('region', { name: /LinkedIn/ });
    await waitFor(() => expect(document.activeElement).toBe(within(detail).getByRole('heading', { level: 2 })));
    const marks = detail.querySelectorAll('mark.finding');
    expect(marks).toHaveLength(1);
    expect(marks[0]?.textContent).toBe(`${MASK}1`);
    expect(marks[0]?.getAttribute('data-severity')).toBe('warn');
    expect(detail.textContent).toContain(`Insult: "${MASK}"`);
    expect(detail.textContent).toContain(en('outcomeEditedHelp'));
  });

  it('deletes one entry, then all after confirmation', async () => {
    await seed();
    renderPage();
    await screen.findByText(en('historyCount', 2, 2));
    fireEvent.click(within(entries()[0]!).getByRole('button'));
    fireEvent.click(screen.getByText(en('deleteOne')));
    await screen.findByText(en('historyCount', 1, 1));
    fireEvent.click(screen.getByText(en('deleteAll')));
    expect(entries()).toHaveLength(1);
    fireEvent.click(screen.getByText(en('deleteAllConfirm')));
    await screen.findByText(en('historyEmpty'));
    expect(await dexieHistoryStore.listAll()).toEqual([]);
  });

  it('exports the shown entries as CSV and JSON', async () => {
    await seed();
    const { download } = renderPage();
    await screen.findByText(en('historyCount', 2, 2));
    fireEvent.click(screen.getByText(en('exportCsv')));
    fireEvent.click(screen.getByText(en('exportJson')));
    expect(download).toHaveBeenCalledTimes(2);
    const [csvName, csvMime, csv] = download.mock.calls[0] as [string, string, string];
    expect(csvName).toBe('draftguard-history-2026-11-25.csv');
    expect(csvMime).toBe('text/csv');
    expect(csv.trimEnd().split('\r\n')).toHaveLength(3);
    const json = JSON.parse((download.mock.calls[1] as [string, string, string])[2]) as { episodes: { id: string }[] };
    expect(json.episodes.map((e) => e.id)).toEqual(['falcon', 'idiots']);
  });

  it('renders only a window of 10,000 entries and moves with the keyboard', async () => {
    const store = memoryStore(makeRecords(10_000));
    renderPage(new FakeSettingsClient(), store);
    await screen.findByText(en('historyCount', (10_000).toLocaleString(), (10_000).toLocaleString()), {}, { timeout: 15_000 });
    const rendered = entries();
    expect(rendered.length).toBeGreaterThan(5);
    expect(rendered.length).toBeLessThan(40);
    expect(rendered[0]?.getAttribute('aria-setsize')).toBe('10000');
    // (focus the first row as it is now and press from there: a late re-render may replace the row first captured)
    const firstButton = (): HTMLElement => within(entries()[0]!).getByRole('button');
    await waitFor(() => {
      firstButton().focus();
      expect(document.activeElement).toBe(firstButton());
    }, { timeout: 15_000 });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    // generous waits: with 10,000 entries the window re-renders slowly when the whole suite shares two cores
    await waitFor(() => expect(document.activeElement?.closest('li')?.getAttribute('aria-posinset')).toBe('2'), { timeout: 15_000 });
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    await waitFor(() => expect(document.activeElement?.closest('li')?.getAttribute('aria-posinset')).toBe('10000'), { timeout: 15_000 });
  }, 60_000);

  it('shows the weekly chart with a table alternative', async () => {
    await seed();
    renderPage();
    await screen.findByText(en('historyCount', 2, 2));
    const chart = screen.getByRole('img', { name: en('chartHeading') });
    expect(chart.querySelectorAll('rect[data-series]').length).toBeGreaterThan(0);
    const table = screen.getByRole('table', { hidden: true });
    expect(within(table).getByRole('columnheader', { name: en('categoryConfidential'), hidden: true })).toBeTruthy();
    fireEvent.click(screen.getByLabelText(en('chartByOutcome')));
    expect(within(screen.getByRole('table', { hidden: true })).getByRole('columnheader', { name: en('outcomePosted'), hidden: true })).toBeTruthy();
  });

  it('says clearly when storage fails or another tab blocks the database, and keeps what it has', async () => {
    const store = memoryStore(makeRecords(3));
    store.deleteOne = () => Promise.reject(Object.assign(new Error('full'), { name: 'QuotaExceededError' }));
    renderPage(new FakeSettingsClient(), store);
    await screen.findByText(en('historyCount', 3, 3));
    fireEvent.click(within(entries()[0]!).getByRole('button'));
    fireEvent.click(screen.getByText(en('deleteOne')));
    expect((await screen.findAllByRole('alert')).some((a) => /no storage space/.test(a.textContent ?? ''))).toBe(true);
    expect(entries()).toHaveLength(3);
    act(() => setDbStatus({ state: 'blocked' }));
    expect(screen.getByText(en('dbBlocked'))).toBeTruthy();
  });

  it('still lists history when the background does not answer, and says so', async () => {
    await seed();
    const settings = new FakeSettingsClient();
    settings.failNext = 'No answer from the extension';
    renderPage(settings);
    await screen.findByText(en('historyCount', 3, 3));
    expect(screen.getAllByRole('alert').some((a) => a.textContent?.includes('No answer from the extension'))).toBe(true);
  });
});
