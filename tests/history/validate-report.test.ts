import { describe, expect, it } from 'vitest';
import { InvalidEpisodeError, validateReport } from '@/utils/history/validate-report';
import { reportFor } from './support/reports';

describe('validateReport', () => {
  const good = () => reportFor('Project Falcon ships', [{ match: 'Falcon' }], { startedAt: Date.UTC(2026, 10, 20, 11) });

  it('keeps the known fields (the match only for redaction) and drops anything else', () => {
    const base = good();
    const raw = { ...base, extra: 'x', findings: [{ ...base.findings[0]!, match: 'Falcon', explain: 'term' }] };
    const report = validateReport(raw);
    // `match` survives validation so masking can redact a finding edited away; maskEpisode never stores it.
    expect(report).toEqual({ ...base, findings: [{ ...base.findings[0]!, match: 'Falcon' }] });
    expect(JSON.stringify(report.findings)).not.toContain('"explain"');
    expect(() => validateReport({ ...base, findings: [{ ...base.findings[0]!, match: 42 }] })).toThrow(InvalidEpisodeError);
  });

  it.each([
    ['episodeId', (r: Record<string, unknown>) => (r.episodeId = '')],
    ['at', (r: Record<string, unknown>) => (r.at = 'yesterday')],
    ['findings', (r: Record<string, unknown>) => (r.findings = 'none')],
    ['findings[0].category', (r: Record<string, unknown>) => ((r.findings as Record<string, unknown>[])[0]!.category = 'rude')],
    ['findings[0].outcome', (r: Record<string, unknown>) => ((r.findings as Record<string, unknown>[])[0]!.outcome = 'sent')],
    ['findings[0].confidence', (r: Record<string, unknown>) => ((r.findings as Record<string, unknown>[])[0]!.confidence = 2)],
    ['findings[0].start', (r: Record<string, unknown>) => ((r.findings as Record<string, unknown>[])[0]!.start = -1)],
    ['findings[0].end', (r: Record<string, unknown>) => ((r.findings as Record<string, unknown>[])[0]!.end = 1000)],
    ['startedAt', (r: Record<string, unknown>) => (r.startedAt = (r.at as number) + 1)],
    ['overrideReason', (r: Record<string, unknown>) => (r.overrideReason = 42)],
  ])('refuses a bad %s, naming it', (field, spoil) => {
    const raw = structuredClone(good()) as unknown as Record<string, unknown>;
    spoil(raw);
    let caught: unknown;
    try {
      validateReport(raw);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(InvalidEpisodeError);
    expect((caught as InvalidEpisodeError).field).toBe(field);
    expect((caught as Error).message).toContain(`${field}:`);
  });
});
