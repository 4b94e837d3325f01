/** Popup and background -> a tab's content script (owned by the content script). */
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
  /**
   * background: the policy or the pack in force changed; a page with the composer runtime loaded asks
   * for them again. `reloaded` is false where nothing had been loaded (the first focus loads them fresh).
   */
  'tab:policy-changed': { req: Record<string, never>; res: { reloaded: boolean } };
}
