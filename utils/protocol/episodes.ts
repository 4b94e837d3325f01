/** Composer episodes reported by the content script for history and stats (owned by the background). */
import type { Category, Severity } from '@/rules/types';

/** admin-endpoint.md: how each finding ended */
export type Outcome = 'edited' | 'posted' | 'dismissed' | 'discarded' | 'warned';

export interface EpisodeFinding {
  ruleId: string;
  category: Category;
  severity: Severity;
  confidence: number;
  start: number;
  end: number;
  message: string;
  outcome: Outcome;
  /**
   * The matched text as it was seen. Used only to redact it from the stored text, message and reason
   * (a finding edited away no longer has a span in the final text); never stored itself.
   */
  match?: string;
}

/** One composer episode that had findings, sent when it ends (posted, discarded, or left). */
export interface EpisodeReport {
  /** random id chosen by the content script, so a re-sent report is stored once */
  episodeId: string;
  /** when the episode ended (ms since epoch) */
  at: number;
  /**
   * when its first finding was shown. Stats count an episode that spans midnight as `warned` on the day
   * it started (the composer was still open when that day ended); see utils/stats/aggregate.ts.
   */
  startedAt?: number;
  site: string;
  packId: string;
  packVersion: string;
  /** the draft as it was at the end; the background masks or drops it per the person's setting */
  text: string;
  findings: EpisodeFinding[];
  overrideReason?: string;
}

export interface EpisodeMessages {
  'episode:report': { req: EpisodeReport; res: { stored: boolean } };
}
