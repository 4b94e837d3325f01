/** What the history page needs from storage; the page uses the Dexie API, tests may pass another. */
import * as episodes from '@/utils/db/episodes';
import type { EpisodeRecord } from '@/utils/db/tables/episodes';

export interface HistoryStore {
  listRecent(limit: number): Promise<EpisodeRecord[]>;
  listAll(): Promise<EpisodeRecord[]>;
  deleteOne(id: string): Promise<void>;
  deleteAll(): Promise<void>;
  purge(retentionDays: number): Promise<number>;
}

export const dexieHistoryStore: HistoryStore = {
  listRecent: (limit) => episodes.listEpisodes({}, limit),
  listAll: () => episodes.listEpisodes(),
  deleteOne: (id) => episodes.deleteEpisode(id),
  deleteAll: () => episodes.deleteAll(),
  purge: (days) => episodes.purgeExpired(days),
};
