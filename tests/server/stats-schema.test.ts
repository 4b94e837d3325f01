/* eslint-disable @typescript-eslint/no-explicit-any -- each case breaks the batch in a way its type would forbid */
import { describe, expect, it } from 'vitest';
import { MAX_ROWS_PER_BATCH, validateStats } from '../../server/stats-schema';
import { batch } from './helpers';

const today = '2026-11-25';
const ctx = { today, retentionDays: 400 };

function mutate(f: (b: Record<string, any>) => void): Record<string, unknown> {
  const b = batch({ batchId: '5B0C3D0E-6A4F-4C39-9A8E-2F1D7A1C9B44', day: '2026-11-22' }) as Record<string, any>;
  f(b);
  return b;
}

describe('validateStats', () => {
  it('accepts the contract example and flattens it into rows carrying day and pack version', () => {
    const r = validateStats(mutate(() => {}), ctx);
    expect(r).toEqual({
      ok: true,
      batch: {
        batchId: '5b0c3d0e-6a4f-4c39-9a8e-2f1d7a1c9b44',
        extensionVersion: '1.0.0',
        packId: 'acme',
        packVersion: '2026.11.2',
        rows: [{ day: '2026-11-22', site: 'linkedin', category: 'confidential', ruleId: 'acme.codenames', severity: 'block', outcome: 'edited', packVersion: '2026.11.2', n: 3 }],
      },
    });
  });

  it('accepts a day with no counts, n = 0, and every outcome', () => {
    for (const outcome of ['edited', 'posted', 'dismissed', 'discarded', 'warned']) {
      expect(validateStats(mutate((b) => (b.days[0].counts[0].outcome = outcome)), ctx).ok).toBe(true);
    }
    expect(validateStats(mutate((b) => (b.days[0].counts[0].n = 0)), ctx).ok).toBe(true);
    expect(validateStats(mutate((b) => (b.days[0].counts = [])), ctx).ok).toBe(true);
  });

  const cases: [string, (b: Record<string, any>) => void, string][] = [
    ['not an object', (b) => Object.keys(b).forEach((k) => delete b[k]), 'schema'],
    ['unknown schema', (b) => (b.schema = 'draftguard.stats/2'), 'schema'],
    ['extra top-level field', (b) => (b.userId = 'alice'), 'userId'],
    ['missing batchId', (b) => delete b.batchId, 'batchId'],
    ['batchId not a UUID', (b) => (b.batchId = 'batch-1'), 'batchId'],
    ['batchId a number', (b) => (b.batchId = 7), 'batchId'],
    ['extensionVersion with spaces', (b) => (b.extensionVersion = '1.0 beta'), 'extensionVersion'],
    ['pack not an object', (b) => (b.pack = 'acme'), 'pack'],
    ['extra pack field', (b) => (b.pack.url = 'https://x'), 'pack.url'],
    ['bad pack id', (b) => (b.pack.id = 'Acme Corp'), 'pack.id'],
    ['empty pack version', (b) => (b.pack.version = ''), 'pack.version'],
    ['blank pack version', (b) => (b.pack.version = '   '), 'pack.version'],
    ['pack version with a newline', (b) => (b.pack.version = '1.0\nX-Injected: 1'), 'pack.version'],
    ['pack version over 100 characters', (b) => (b.pack.version = 'v'.repeat(101)), 'pack.version'],
    ['days not an array', (b) => (b.days = {}), 'days'],
    ['no days', (b) => (b.days = []), 'days'],
    ['too many days', (b) => (b.days = Array.from({ length: 93 }, () => b.days[0])), 'days'],
    ['extra day field', (b) => (b.days[0].url = 'https://x'), 'days[0].url'],
    ['bad day format', (b) => (b.days[0].day = '22/11/2026'), 'days[0].day'],
    ['impossible date', (b) => (b.days[0].day = '2026-02-30'), 'days[0].day'],
    ['day in the future', (b) => (b.days[0].day = '2026-11-28'), 'days[0].day'],
    ['malformed count on a day past retention', (b) => ((b.days[0].day = '2025-10-20'), (b.days[0].counts[0].n = -1)), 'days[0].counts[0].n'],
    ['counts not an array', (b) => (b.days[0].counts = 3), 'days[0].counts'],
    ['too many rows', (b) => (b.days[0].counts = Array.from({ length: MAX_ROWS_PER_BATCH + 1 }, () => b.days[0].counts[0])), 'days[0].counts'],
    ['extra count field (text)', (b) => (b.days[0].counts[0].text = 'Project Bluebird'), 'days[0].counts[0].text'],
    ['missing n', (b) => delete b.days[0].counts[0].n, 'days[0].counts[0].n'],
    ['negative n', (b) => (b.days[0].counts[0].n = -1), 'days[0].counts[0].n'],
    ['fractional n', (b) => (b.days[0].counts[0].n = 1.5), 'days[0].counts[0].n'],
    ['n as a string', (b) => (b.days[0].counts[0].n = '3'), 'days[0].counts[0].n'],
    ['huge n', (b) => (b.days[0].counts[0].n = 1e12), 'days[0].counts[0].n'],
    ['unknown category', (b) => (b.days[0].counts[0].category = 'spam'), 'days[0].counts[0].category'],
    ['unknown severity', (b) => (b.days[0].counts[0].severity = 'critical'), 'days[0].counts[0].severity'],
    ['unknown outcome', (b) => (b.days[0].counts[0].outcome = 'ignored'), 'days[0].counts[0].outcome'],
    ['ruleId without a pack prefix', (b) => (b.days[0].counts[0].ruleId = 'codenames'), 'days[0].counts[0].ruleId'],
    ['site with a URL', (b) => (b.days[0].counts[0].site = 'https://linkedin.com/in/alice'), 'days[0].counts[0].site'],
    ['__proto__ key', (b) => Object.defineProperty(b.pack, '__proto__', { value: {}, enumerable: true }), 'pack.__proto__'],
  ];

  it.each(cases)('refuses %s, naming %s', (_name, f, field) => {
    const r = validateStats(mutate(f), ctx);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.startsWith(`${field}:`), r.error).toBe(true);
  });

  it('refuses a body that is not an object at all', () => {
    for (const body of [null, 3, 'x', []]) {
      const r = validateStats(body, ctx);
      expect(r).toEqual({ ok: false, error: 'body: expected a JSON object' });
    }
  });

  it('accepts the oldest retained day and tomorrow (UTC+ time zones), and not the day before or after', () => {
    const withRecentDay = (day: string) => mutate((b) => b.days.push({ ...b.days[0], day }));
    const days = (day: string) => {
      const r = validateStats(withRecentDay(day), ctx);
      return r.ok ? [...new Set(r.batch.rows.map((x) => x.day))] : r.error;
    };
    expect(days('2025-10-21')).toEqual(['2026-11-22', '2025-10-21']);
    // past retention: not an error (the batch's recent days still count), but never stored
    expect(days('2025-10-20')).toEqual(['2026-11-22']);
    expect(validateStats(mutate((b) => (b.days[0].day = '2026-11-26')), ctx).ok).toBe(true);
    expect(validateStats(mutate((b) => (b.days[0].day = '2026-11-27')), ctx).ok).toBe(false);
  });

  it('refuses a batch whose newest day is older than the batch-id window (only a forgotten re-send can be)', () => {
    // 99 days back is still inside the window; 100 days back is not.
    expect(validateStats(mutate((b) => (b.days[0].day = '2026-08-18')), ctx).ok).toBe(true);
    expect(validateStats(mutate((b) => (b.days[0].day = '2026-08-17')), ctx)).toEqual({
      ok: false,
      error: 'days: every day is more than 99 days old (browsers keep batches at most 90 days)',
    });
  });
});
