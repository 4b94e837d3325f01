/**
 * The batches the extension really builds (utils/stats, another owner's code) must pass this server's
 * validation: a mismatch would leave every browser retrying a batch the server refuses.
 */
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { dayOf } from '../../server/dates';
import { validateStats } from '../../server/stats-schema';
import { rollOverPastDays } from '../../utils/stats/batches';
import { addEpisodeCounts } from '../../utils/stats/aggregate';
import { parsePack } from '../../rules/pack/parse';
import { EMPTY_STATS, type StatsState } from '../../utils/stats/stats-state';

describe('extension batches against the server schema', () => {
  it('accepts every batch the extension makes of past days, including a day split across batches', () => {
    const now = Date.now();
    const day = (back: number) => dayOf(now - back * 86_400_000);
    const cell = (site: string, rule: string, outcome: string) => JSON.stringify([site, 'confidential', rule, 'block', outcome]);
    const big: Record<string, number> = {};
    for (let i = 0; i < 3_000; i++) big[cell('linkedin', `acme.rule-${i}`, 'dismissed')] = 1 + (i % 9);
    const state: StatsState = {
      ...EMPTY_STATS,
      open: {
        [day(3)]: { [JSON.stringify(['acme', '2026.11.2'])]: { [cell('x', 'acme.codenames', 'edited')]: 3 } },
        [day(2)]: { [JSON.stringify(['acme', '2026.11.2'])]: big, [JSON.stringify(['builtin', '0.1.0'])]: { [cell('reddit', 'builtin.pii.email', 'posted')]: 1 } },
      },
    };
    const out = rollOverPastDays(state, now, { uuid: () => crypto.randomUUID(), extensionVersion: '0.1.0' });
    expect(out.outbox.length).toBeGreaterThan(2);
    let rows = 0;
    for (const { batch } of out.outbox) {
      expect(Buffer.byteLength(JSON.stringify(batch))).toBeLessThanOrEqual(256 * 1024);
      const r = validateStats(JSON.parse(JSON.stringify(batch)), { today: dayOf(now), retentionDays: 400 });
      expect(r.ok ? 'ok' : r.error).toBe('ok');
      if (r.ok) rows += r.batch.rows.length;
    }
    expect(rows).toBe(3_002);
  });

  it('accepts what the pack format allows: 100-character ids and any version text up to 100 characters', () => {
    const packId = 'a'.repeat(100);
    const ruleId = `${packId}.${'r'.repeat(100)}`;
    const version = 'Winter edition — 2026.11 (ünïcode, spaces)'.padEnd(100, '+');
    const pack = parsePack(
      JSON.stringify({ format: 'draftguard/pack@1', id: packId, name: 'n', version, rules: [{ id: 'r'.repeat(100), kind: 'terms', category: 'confidential', severity: 'block', terms: ['x'], message: 'm' }] }),
    );
    expect(`${pack.id}.${pack.rules[0]!.id}`).toBe(ruleId);
    const now = Date.now();
    const { state } = addEpisodeCounts(
      EMPTY_STATS,
      { episodeId: 'e', at: now - 2 * 86_400_000, site: 'x', packId, packVersion: version, text: '', findings: [{ ruleId, category: 'confidential', severity: 'block', confidence: 1, start: 0, end: 1, message: 'm', outcome: 'posted' }] },
      { id: packId, version, ruleIds: new Set([ruleId]) },
    );
    const out = rollOverPastDays(state, now, { uuid: () => crypto.randomUUID(), extensionVersion: '0.1.0' });
    expect(out.outbox).toHaveLength(1);
    const r = validateStats(JSON.parse(JSON.stringify(out.outbox[0]!.batch)), { today: dayOf(now), retentionDays: 400 });
    expect(r.ok ? r.batch.rows.map((x) => [x.ruleId, x.packVersion, x.n]) : r.error).toEqual([[ruleId, version, 1]]);
  });
});
