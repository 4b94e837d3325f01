import { describe, expect, it } from 'vitest';
import { addEpisodeCounts, packKey } from '@/utils/stats/aggregate';
import { EMPTY_STATS } from '@/utils/stats/stats-state';
import { PACK, at, finding, report } from './stats-fixtures';

const cells = (state: typeof EMPTY_STATS, day: string) => state.open[day]?.[packKey(PACK.id, PACK.version)] ?? {};

describe('addEpisodeCounts', () => {
  it('counts each finding by site, category, rule, severity and outcome on the local day', () => {
    let state = EMPTY_STATS;
    state = addEpisodeCounts(state, report({ findings: [finding(), finding(), finding({ outcome: 'posted' })] }), PACK).state;
    state = addEpisodeCounts(state, report({ site: 'x', findings: [finding()] }), PACK).state;
    expect(cells(state, '2026-11-20')).toEqual({
      '["linkedin","confidential","acme.codenames","block","edited"]': 2,
      '["linkedin","confidential","acme.codenames","block","posted"]': 1,
      '["x","confidential","acme.codenames","block","edited"]': 1,
    });
  });

  it('counts an episode open across midnight as warned on the day it started', () => {
    const { state } = addEpisodeCounts(EMPTY_STATS, report({ startedAt: at(2026, 11, 20, 23, 50), at: at(2026, 11, 21, 0, 10), findings: [finding({ outcome: 'posted' })] }), PACK);
    expect(cells(state, '2026-11-20')).toEqual({ '["linkedin","confidential","acme.codenames","block","warned"]': 1 });
    expect(state.open['2026-11-21']).toBeUndefined();
  });

  it('keeps the reported outcome for an episode within one day', () => {
    const { state } = addEpisodeCounts(EMPTY_STATS, report({ startedAt: at(2026, 11, 20, 9), at: at(2026, 11, 20, 10) }), PACK);
    expect(Object.keys(cells(state, '2026-11-20'))).toEqual(['["linkedin","confidential","acme.codenames","block","edited"]']);
  });

  it.each([
    ['an unknown site', report({ site: 'https://www.linkedin.com/in/jane-doe' })],
    ['a rule not in the pack in force', report({ findings: [finding({ ruleId: 'acme.other' })] })],
    ['a rule id carrying text', report({ findings: [finding({ ruleId: 'acme.Jane Doe said Bluebird' })] })],
    ['a bad category', report({ findings: [finding({ category: 'secret' as never })] })],
    ['a bad severity', report({ findings: [finding({ severity: 'high' as never })] })],
    ['a bad outcome', report({ findings: [finding({ outcome: 'sent' as never })] })],
  ])('drops %s', (_name, r) => {
    const result = addEpisodeCounts(EMPTY_STATS, r, PACK);
    expect(result.counted).toBe(0);
    expect(result.state).toBe(EMPTY_STATS);
  });
});
