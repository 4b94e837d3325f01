import { CATEGORIES, SEVERITIES } from '@/rules/types';
import type { EpisodeRecord, StoredFinding } from '@/utils/db/tables/episodes';
import { OUTCOMES, episodeOutcome, findingCategories, highestSeverity } from '@/utils/history/outcome';
import type { HistoryStore } from '@/components/history/history-store';

const SITES = ['x', 'linkedin', 'reddit', 'bluesky', 'mastodon'];

/** `n` masked records, one per hour back from `newest`, cycling through sites, categories and outcomes. */
export function makeRecords(n: number, newest = Date.UTC(2026, 10, 25, 12)): EpisodeRecord[] {
  return Array.from({ length: n }, (_, i) => {
    const findings: StoredFinding[] = [
      { ruleId: `acme.rule${i % 7}`, category: CATEGORIES[i % 3]!, severity: SEVERITIES[(i + 1) % 3]!, confidence: 0.9, start: 5, end: 8, message: `Finding ${i}`, outcome: OUTCOMES[i % 5]! },
    ];
    return {
      id: `rec-${String(i).padStart(5, '0')}`,
      at: newest - i * 3_600_000,
      site: SITES[i % SITES.length]!,
      packId: 'acme',
      packVersion: '1.0.0',
      textMode: 'masked',
      text: `Note ••• number ${i} about the launch`,
      findings,
      outcome: episodeOutcome(findings),
      categories: findingCategories(findings),
      severity: highestSeverity(findings),
    };
  });
}

/** A HistoryStore over an array, for tests and the benchmark that need thousands of records fast. */
export function memoryStore(records: EpisodeRecord[]): HistoryStore & { records: EpisodeRecord[] } {
  const store = {
    records: [...records].sort((a, b) => b.at - a.at),
    listRecent: async (limit: number) => store.records.slice(0, limit),
    listAll: async () => [...store.records],
    deleteOne: async (id: string) => {
      store.records = store.records.filter((r) => r.id !== id);
    },
    deleteAll: async () => {
      store.records = [];
    },
    purge: async () => 0,
  };
  return store;
}
