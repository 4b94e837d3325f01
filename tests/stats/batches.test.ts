import { describe, expect, it } from 'vitest';
import { addEpisodeCounts } from '@/utils/stats/aggregate';
import { MAX_BATCH_BYTES, rollOverPastDays } from '@/utils/stats/batches';
import { EMPTY_STATS, type StatsState } from '@/utils/stats/stats-state';
import { PACK, at, finding, report } from './stats-fixtures';

let n = 0;
const deps = { uuid: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`, extensionVersion: '1.2.3' };

function withDays(...days: number[]): StatsState {
  let state = EMPTY_STATS;
  for (const d of days) state = addEpisodeCounts(state, report({ at: at(2026, 11, d) }), PACK).state;
  return state;
}

describe('rollOverPastDays', () => {
  it('batches whole past days only and keeps today open', () => {
    const state = rollOverPastDays(withDays(19, 20, 21), at(2026, 11, 21, 9), deps);
    expect(Object.keys(state.open)).toEqual(['2026-11-21']);
    expect(state.outbox).toHaveLength(1);
    const { batch, newestDay } = state.outbox[0]!;
    expect(newestDay).toBe('2026-11-20');
    expect(batch).toEqual({
      schema: 'draftguard.stats/1',
      batchId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      extensionVersion: '1.2.3',
      pack: { id: 'acme', version: '2026.11.1' },
      days: [
        { day: '2026-11-19', counts: [{ site: 'linkedin', category: 'confidential', ruleId: 'acme.codenames', severity: 'block', outcome: 'edited', n: 1 }] },
        { day: '2026-11-20', counts: [{ site: 'linkedin', category: 'confidential', ruleId: 'acme.codenames', severity: 'block', outcome: 'edited', n: 1 }] },
      ],
    });
  });

  it('sends nothing of today even at 23:59', () => {
    expect(rollOverPastDays(withDays(21), at(2026, 11, 21, 23, 59), deps).outbox).toEqual([]);
  });

  it('makes one batch per pack version', () => {
    let state = withDays(19);
    state = addEpisodeCounts(state, report({ at: at(2026, 11, 19) }), { ...PACK, version: '2026.11.2' }).state;
    const out = rollOverPastDays(state, at(2026, 11, 21), deps).outbox;
    expect(out.map((q) => q.batch.pack.version).sort()).toEqual(['2026.11.1', '2026.11.2']);
  });

  it('splits a huge day into batches under the size limit', () => {
    const ruleIds = Array.from({ length: 3000 }, (_, i) => `acme.rule-${i}`);
    const pack = { ...PACK, ruleIds: new Set(ruleIds) };
    const state = addEpisodeCounts(EMPTY_STATS, report({ findings: ruleIds.map((ruleId) => finding({ ruleId })) }), pack).state;
    const out = rollOverPastDays(state, at(2026, 11, 22), deps).outbox;
    expect(out.length).toBeGreaterThan(1);
    for (const q of out) expect(JSON.stringify(q.batch).length).toBeLessThanOrEqual(MAX_BATCH_BYTES);
    expect(out.flatMap((q) => q.batch.days.flatMap((d) => d.counts)).length).toBe(3000);
    expect(new Set(out.map((q) => q.batch.batchId)).size).toBe(out.length);
  });

  it('keeps at most 90 days: older open days and batches are dropped', () => {
    const old = rollOverPastDays(withDays(1), at(2026, 11, 2), deps);
    expect(old.outbox).toHaveLength(1);
    const later = rollOverPastDays(old, at(2027, 3, 1), deps);
    expect(later.outbox).toEqual([]);
    const openOld = rollOverPastDays(withDays(1), at(2027, 3, 1), deps);
    expect(openOld.outbox).toEqual([]);
    expect(openOld.open).toEqual({});
  });
});
