import { describe, expect, it } from 'vitest';
import { weekStart, weeklyCounts } from '@/utils/history/weekly';
import type { EpisodeRecord, StoredFinding } from '@/utils/db/tables/episodes';

const f = (category: StoredFinding['category'], outcome: StoredFinding['outcome']): StoredFinding => ({
  ruleId: 'r', category, severity: 'warn', confidence: 1, start: 0, end: 1, message: 'm', outcome,
});
const rec = (at: number, findings: StoredFinding[]): EpisodeRecord => ({
  id: String(at), at, site: 'x', packId: 'p', packVersion: '1', textMode: 'none', text: null, findings,
  outcome: 'posted', categories: [], severity: 'warn',
});

describe('weekly aggregation', () => {
  it('starts weeks on Monday at local midnight', () => {
    const wed = new Date(2026, 10, 25, 15, 30).getTime();
    expect(new Date(weekStart(wed))).toEqual(new Date(2026, 10, 23));
    const mon = new Date(2026, 10, 23, 0, 0).getTime();
    expect(weekStart(mon)).toBe(mon);
    const sun = new Date(2026, 10, 29, 23, 59).getTime();
    expect(new Date(weekStart(sun))).toEqual(new Date(2026, 10, 23));
  });

  it('counts findings by category and outcome, filling empty weeks', () => {
    const buckets = weeklyCounts([
      rec(new Date(2026, 10, 3).getTime(), [f('confidential', 'posted'), f('protected', 'edited')]),
      rec(new Date(2026, 10, 4).getTime(), [f('confidential', 'edited')]),
      rec(new Date(2026, 10, 19).getTime(), [f('inflammatory', 'dismissed')]),
    ]);
    expect(buckets.map((b) => new Date(b.week).getDate())).toEqual([2, 9, 16]);
    expect(buckets[0]).toMatchObject({ total: 3, byCategory: { confidential: 2, protected: 1, inflammatory: 0 }, byOutcome: { posted: 1, edited: 2 } });
    expect(buckets[1]?.total).toBe(0);
    expect(buckets[2]?.byOutcome.dismissed).toBe(1);
  });

  it('keeps only the last weeks asked for', () => {
    const recs = Array.from({ length: 20 }, (_, i) => rec(new Date(2026, 0, 5 + 7 * i).getTime(), [f('confidential', 'posted')]));
    const buckets = weeklyCounts(recs, 4);
    expect(buckets).toHaveLength(4);
    expect(buckets.at(-1)?.week).toBe(weekStart(recs.at(-1)!.at));
    expect(weeklyCounts([])).toEqual([]);
  });
});
