/** History filters, applied in memory to records already read (newest first). */
import type { Category, Severity } from '@/rules/types';
import type { Outcome } from '@/utils/protocol/episodes';
import type { EpisodeRecord } from '@/utils/db/tables/episodes';

export interface HistoryFilter {
  site?: string;
  category?: Category;
  severity?: Severity;
  outcome?: Outcome;
  /** inclusive, ms since epoch */
  from?: number;
  /** exclusive, ms since epoch */
  to?: number;
  /** case-insensitive substring of the stored text, a message or a rule id */
  search?: string;
}

export function isEmptyFilter(f: HistoryFilter): boolean {
  return !f.site && !f.category && !f.severity && !f.outcome && f.from === undefined && f.to === undefined && !f.search?.trim();
}

export function matchesFilter(r: EpisodeRecord, f: HistoryFilter, needle = f.search?.trim().toLowerCase() ?? ''): boolean {
  if (f.site && r.site !== f.site) return false;
  if (f.category && !r.categories.includes(f.category)) return false;
  if (f.severity && !r.findings.some((x) => x.severity === f.severity)) return false;
  if (f.outcome && r.outcome !== f.outcome) return false;
  if (f.from !== undefined && r.at < f.from) return false;
  if (f.to !== undefined && r.at >= f.to) return false;
  if (needle) {
    const inText = r.text?.toLowerCase().includes(needle) ?? false;
    if (!inText && !r.findings.some((x) => x.message.toLowerCase().includes(needle) || x.ruleId.toLowerCase().includes(needle))) return false;
  }
  return true;
}

export function applyFilter(records: readonly EpisodeRecord[], f: HistoryFilter): EpisodeRecord[] {
  const needle = f.search?.trim().toLowerCase() ?? '';
  return records.filter((r) => matchesFilter(r, f, needle));
}

/** Distinct sites present, for the site filter's options. */
export function sitesOf(records: readonly EpisodeRecord[]): string[] {
  return [...new Set(records.map((r) => r.site))].sort();
}
