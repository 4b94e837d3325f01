/** Export formats. Both carry only what is stored, so masked history stays masked when exported. */
import type { EpisodeRecord } from '@/utils/db/tables/episodes';

export const EXPORT_SCHEMA = 'draftguard.history/1';

export function toJson(records: readonly EpisodeRecord[], exportedAt = Date.now()): string {
  return JSON.stringify({ schema: EXPORT_SCHEMA, exportedAt: new Date(exportedAt).toISOString(), episodes: records }, null, 2);
}

/**
 * One CSV cell: RFC 4180 quoting, and a leading quote on anything a spreadsheet would run as a formula
 * (OWASP CSV injection: = + - @, and tab / carriage return which some apps strip before parsing).
 */
export function csvCell(value: string | number | undefined | null): string {
  let s = value === undefined || value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export const CSV_COLUMNS = [
  'episodeId', 'time', 'site', 'packId', 'packVersion', 'episodeOutcome', 'textMode',
  'ruleId', 'category', 'severity', 'confidence', 'start', 'end', 'findingOutcome', 'message', 'overrideReason', 'text',
] as const;

/** One row per finding (a spreadsheet can then count by rule); episode fields repeat on each row. */
export function toCsv(records: readonly EpisodeRecord[]): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const r of records) {
    for (const f of r.findings) {
      rows.push(
        [
          r.id, new Date(r.at).toISOString(), r.site, r.packId, r.packVersion, r.outcome, r.textMode,
          f.ruleId, f.category, f.severity, f.confidence, f.start, f.end, f.outcome, f.message, r.overrideReason, r.text,
        ]
          .map(csvCell)
          .join(','),
      );
    }
  }
  return rows.join('\r\n') + '\r\n';
}
