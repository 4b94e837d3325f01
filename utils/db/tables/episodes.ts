/**
 * The `episodes` table: one record per composer episode that had findings. The record is what is left
 * after masking (utils/history/mask.ts): with the default `masked` mode no matched text, and no message
 * quoting it, is ever written.
 */
import type { Category, Severity } from '@/rules/types';
import type { Outcome } from '@/utils/protocol/episodes';
import type { HistoryTextMode } from '@/utils/protocol/settings';

export interface StoredFinding {
  ruleId: string;
  category: Category;
  severity: Severity;
  confidence: number;
  /** UTF-16 offsets into the stored `text` (the masked text in `masked` mode) */
  start: number;
  end: number;
  /** the rule's message, with every matched text redacted unless the mode is `full` */
  message: string;
  outcome: Outcome;
}

export interface EpisodeRecord {
  /** the report's episodeId: storing a re-sent report overwrites the same record */
  id: string;
  at: number;
  site: string;
  packId: string;
  packVersion: string;
  textMode: HistoryTextMode;
  /** null in `none` mode */
  text: string | null;
  findings: StoredFinding[];
  overrideReason?: string;
  // Derived at write time (schema v2) so the pages can filter through indexes.
  /** the most decisive finding outcome (utils/history/outcome.ts) */
  outcome: Outcome;
  /** distinct categories of the findings (multi-entry index) */
  categories: Category[];
  /** the highest finding severity */
  severity: Severity;
}

export const EPISODES_TABLE = 'episodes';
