/** Popup -> content script of the current tab (owned by the content script). */
import type { Finding } from '@/rules/types';

export interface TabFindings {
  site: string | null;
  enabled: boolean;
  composers: { findings: Finding[] }[];
  /** the page is a Mastodon instance the extension does not cover yet (the popup offers to add it) */
  mastodonApp?: boolean;
  /** why the page is not being checked, when enabled is false and a composer was focused */
  reason?: string;
}

export interface PageCheckResult {
  title: string;
  /** characters of article text checked */
  length: number;
  findings: (Finding & { sentence: string })[];
}

export interface TabMessages {
  'tab:findings': { req: Record<string, never>; res: TabFindings };
  'tab:check-page': { req: Record<string, never>; res: PageCheckResult };
}
