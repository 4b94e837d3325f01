/**
 * The batches the extension really builds (utils/stats, another owner's code) must pass this server's
 * validation: a mismatch would leave every browser retrying a batch the server refuses.
 */
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { dayOf } from '../../server/dates';
import { validateStats } from '../../server/stats-schema';
import { rollOverPastDays } from '../../utils/stats/batches';
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
});
