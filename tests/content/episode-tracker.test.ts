import { describe, expect, it } from 'vitest';
import { EpisodeTracker } from '@/utils/content/episode-tracker';
import type { Finding } from '@/rules/types';

const finding = (match: string, start: number): Finding => ({
  ruleId: 'acme.codenames', category: 'confidential', severity: 'block', confidence: 1,
  start, end: start + match.length, match, message: `'${match}' is an internal codename.`,
});

describe('EpisodeTracker', () => {
  it('reports a finding edited away with an empty span and the match it had, not its stale offsets', () => {
    const t = new EpisodeTracker(() => 1000);
    t.update([finding('Bluebird', 12)]);
    t.update([]);
    const [f] = t.end('posted');
    expect(f).toMatchObject({ outcome: 'edited', start: 0, end: 0, match: 'Bluebird' });
  });

  it('keeps the span of a finding still present when the episode ends', () => {
    const t = new EpisodeTracker(() => 1000);
    t.update([finding('Kestrel', 4)]);
    const [f] = t.end('posted');
    expect(f).toMatchObject({ outcome: 'posted', start: 4, end: 11, match: 'Kestrel' });
  });
});
