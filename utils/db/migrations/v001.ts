import type { Migration } from './migration';

/** v1: episodes keyed by episodeId, indexed by time (retention, newest-first list) and site. */
export const migration: Migration = {
  version: 1,
  stores: { episodes: 'id, at, site' },
};
