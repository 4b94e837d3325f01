/** A report becomes a stored record here: validated, masked per the person's setting, indexed fields derived. */
import type { EpisodeReport } from '@/utils/protocol/episodes';
import type { HistoryTextMode } from '@/utils/protocol/settings';
import type { EpisodeRecord } from '@/utils/db/tables/episodes';
import { maskEpisode } from './mask';
import { validateReport } from './validate-report';
import { episodeOutcome, findingCategories, highestSeverity } from './outcome';

/** Validate, mask per `mode`, and derive the indexed fields. Null when there is nothing to keep. */
export function toRecord(input: EpisodeReport, mode: HistoryTextMode): EpisodeRecord | null {
  const report = validateReport(input);
  if (report.findings.length === 0) return null;
  const masked = maskEpisode(report, mode);
  return {
    id: report.episodeId,
    at: report.at,
    site: report.site,
    packId: report.packId,
    packVersion: report.packVersion,
    textMode: mode,
    text: masked.text,
    findings: masked.findings,
    ...(masked.overrideReason !== undefined ? { overrideReason: masked.overrideReason } : {}),
    outcome: episodeOutcome(masked.findings),
    categories: findingCategories(masked.findings),
    severity: highestSeverity(masked.findings),
  };
}
