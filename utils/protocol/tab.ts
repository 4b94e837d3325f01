/** Popup -> content script of the current tab (owned by the content script). */
import type { Finding } from '@/rules/types';

export interface TabFindings {
  site: string | null;
  enabled: boolean;
  composers: { findings: Finding[] }[];
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
