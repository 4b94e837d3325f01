import type { EpisodeFinding, EpisodeReport } from '@/utils/protocol/episodes';
import type { PackInForceForStats } from '@/utils/stats/aggregate';

/** Local time, so the expected local days hold in any time zone. */
export const at = (y: number, m: number, d: number, h = 12, min = 0) => new Date(y, m - 1, d, h, min).getTime();

export const PACK: PackInForceForStats = { id: 'acme', version: '2026.11.1', ruleIds: new Set(['acme.codenames', 'acme.hosts', 'builtin.pii.email']) };

export function finding(over: Partial<EpisodeFinding> = {}): EpisodeFinding {
  return { ruleId: 'acme.codenames', category: 'confidential', severity: 'block', confidence: 1, start: 0, end: 8, message: 'm', outcome: 'edited', ...over };
}

export function report(over: Partial<EpisodeReport> = {}): EpisodeReport {
  return { episodeId: 'e1', at: at(2026, 11, 20), site: 'linkedin', packId: 'acme', packVersion: '2026.11.1', text: 'Bluebird soon', findings: [finding()], ...over };
}
