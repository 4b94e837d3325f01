/**
 * Turns an episode report into counts. Only closed vocabularies pass: the site must be an adapter id,
 * the rule must be `<pack id>.<rule id>` shaped AND a rule of the pack in force, and category, severity
 * and outcome must be enum values. The report's text, offsets, messages, URL and reason are never read.
 *
 * Which day, and `warned`: each finding counts once. An episode counts on the local day it started
 * (`startedAt`, else `at`). When it ended on a later local day than it started, the composer was still
 * open when its first day ended, so its findings count as `warned` on that first day whatever happened
 * after midnight (admin-endpoint.md: "shown, and the composer was still open when the day ended").
 * A content script may also report `warned` itself for a finding it never saw resolved.
 */
import type { EpisodeReport } from '@/utils/protocol/episodes';
import { localDay } from './local-day';
import type { StatsState } from './stats-state';
import { isCategory, isOutcome, isRuleIdShaped, isSeverity, isSiteId } from './stats-vocabulary';

export interface PackInForceForStats {
  id: string;
  version: string;
  ruleIds: ReadonlySet<string>;
}

export const packKey = (id: string, version: string) => JSON.stringify([id, version]);

/** Adds a report's findings to `state.open` (mutates a copy and returns it) and says how many counted. */
export function addEpisodeCounts(state: StatsState, report: EpisodeReport, pack: PackInForceForStats): { state: StatsState; counted: number } {
  if (!isSiteId(report.site) || !Array.isArray(report.findings)) return { state, counted: 0 };
  const end = typeof report.at === 'number' && Number.isFinite(report.at) ? report.at : NaN;
  if (Number.isNaN(end)) return { state, counted: 0 };
  const start = typeof report.startedAt === 'number' && Number.isFinite(report.startedAt) && report.startedAt <= end ? report.startedAt : end;
  const day = localDay(start);
  const spansMidnight = day !== localDay(end);

  const open = { ...state.open };
  const dayCounts = { ...(open[day] ?? {}) };
  const pk = packKey(pack.id, pack.version);
  const cells = { ...(dayCounts[pk] ?? {}) };
  let counted = 0;
  for (const f of report.findings) {
    const outcome = spansMidnight ? 'warned' : f.outcome;
    if (!isRuleIdShaped(f.ruleId) || !pack.ruleIds.has(f.ruleId)) continue;
    if (!isCategory(f.category) || !isSeverity(f.severity) || !isOutcome(outcome)) continue;
    const key = JSON.stringify([report.site, f.category, f.ruleId, f.severity, outcome]);
    cells[key] = (cells[key] ?? 0) + 1;
    counted++;
  }
  if (!counted) return { state, counted };
  dayCounts[pk] = cells;
  open[day] = dayCounts;
  return { state: { ...state, open }, counted };
}
