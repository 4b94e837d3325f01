import type { Migration } from './migration';
import type { EpisodeRecord, StoredFinding } from '../tables/episodes';
import { episodeOutcome, findingCategories, highestSeverity } from '@/utils/history/outcome';

type V1Record = Omit<EpisodeRecord, 'outcome' | 'categories' | 'severity'>;

/**
 * v2: derive the episode's outcome, categories and highest severity from its findings and index them,
 * so the history filters and the weekly chart do not scan every record's findings.
 */
export const migration: Migration = {
  version: 2,
  stores: { episodes: 'id, at, site, outcome, *categories, severity' },
  upgrade: (tx) =>
    tx
      .table<V1Record & Partial<EpisodeRecord>, string>('episodes')
      .toCollection()
      .modify((record) => {
        const findings: StoredFinding[] = Array.isArray(record.findings) ? record.findings : [];
        record.outcome = episodeOutcome(findings);
        record.categories = findingCategories(findings);
        record.severity = highestSeverity(findings);
      }),
};
