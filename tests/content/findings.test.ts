// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Finding } from '@/rules/types';
import { applyPersonalFilters, highestSeverity, sentenceAround, silenceKey, strictestOverride } from '@/utils/content/findings';
import { EpisodeTracker } from '@/utils/content/episode-tracker';

function finding(over: Partial<Finding>): Finding {
  return { ruleId: 'p.r', category: 'confidential', severity: 'warn', confidence: 1, start: 0, end: 4, match: 'word', message: 'm', ...over };
}

describe('personal filters', () => {
  const allow = [{ text: 'Bluebird', ruleId: 'p.code', addedAt: 0 }, { text: 'damn', ruleId: '*', addedAt: 0 }];

  it('drops allow-listed matches for their rule, or for every rule with *', () => {
    const fs = [finding({ ruleId: 'p.code', match: 'bluebird' }), finding({ ruleId: 'p.other', match: 'Bluebird' }), finding({ ruleId: 'p.x', match: 'Damn' })];
    expect(applyPersonalFilters(fs, allow, new Set()).map((f) => f.ruleId)).toEqual(['p.other']);
  });

  it('never silences a block rule whose override is reason or deny', () => {
    const fs = [finding({ ruleId: 'p.code', match: 'Bluebird', severity: 'block', override: 'deny' }), finding({ ruleId: 'p.code', match: 'Bluebird', severity: 'block', override: 'reason' })];
    const ignored = new Set(fs.map(silenceKey));
    expect(applyPersonalFilters(fs, allow, ignored)).toHaveLength(2);
    const allowed = finding({ ruleId: 'p.code', match: 'Bluebird', severity: 'block' });
    expect(applyPersonalFilters([allowed], [], new Set([silenceKey(allowed)]))).toEqual([]);
  });
});

describe('severity and override', () => {
  it('reports the highest severity, none when empty', () => {
    expect(highestSeverity([])).toBe('none');
    expect(highestSeverity([finding({ severity: 'info' }), finding({ severity: 'block' }), finding({ severity: 'warn' })])).toBe('block');
  });

  it('takes the strictest override among block findings only', () => {
    expect(strictestOverride([finding({ severity: 'warn', override: 'deny' })])).toBeNull();
    expect(strictestOverride([finding({ severity: 'block' }), finding({ severity: 'block', override: 'reason' })])).toBe('reason');
    expect(strictestOverride([finding({ severity: 'block', override: 'deny' }), finding({ severity: 'block', override: 'reason' })])).toBe('deny');
  });
});

describe('sentenceAround', () => {
  it('returns the sentence holding the match', () => {
    const text = 'First one. We launch Bluebird on Monday! Last.';
    const start = text.indexOf('Bluebird');
    expect(sentenceAround(text, start, start + 8)).toBe('We launch Bluebird on Monday!');
  });
});

describe('EpisodeTracker', () => {
  it('ends each finding as dismissed, edited, or with the episode (posted/discarded)', () => {
    const t = new EpisodeTracker();
    const a = finding({ ruleId: 'p.a', match: 'aaa' });
    const b = finding({ ruleId: 'p.b', match: 'bbb' });
    const c = finding({ ruleId: 'p.c', match: 'ccc' });
    t.update([a, b, c]);
    t.dismiss(c);
    t.update([b, c]); // a was edited away
    expect(t.hasFindings).toBe(true);
    const out = t.end('posted');
    expect(Object.fromEntries(out.map((f) => [f.ruleId, f.outcome]))).toEqual({ 'p.a': 'edited', 'p.b': 'posted', 'p.c': 'dismissed' });
    expect(t.hasFindings).toBe(false);
    t.update([a]);
    expect(t.end('discarded').map((f) => f.outcome)).toEqual(['discarded']);
  });
});
