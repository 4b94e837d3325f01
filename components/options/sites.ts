import type { SiteId } from '@/utils/stats/stats-vocabulary';

/**
 * Site adapter ids (page-contract.md) shown as on/off switches; `generic` is per host and managed from
 * the popup. A plain list rather than the adapter registry, which would pull DOM code into this page;
 * tests/options/sites.test.ts keeps the two in step.
 */
export const SITE_IDS = ['x', 'linkedin', 'facebook', 'instagram', 'threads', 'reddit', 'bluesky', 'mastodon', 'youtube'] as const satisfies readonly SiteId[];

const NAMES: Record<string, string> = {
  x: 'X (Twitter)', linkedin: 'LinkedIn', facebook: 'Facebook', instagram: 'Instagram', threads: 'Threads',
  reddit: 'Reddit', bluesky: 'Bluesky', mastodon: 'Mastodon', youtube: 'YouTube',
};

/** Brand names are not translated. */
export function siteName(id: string): string {
  return NAMES[id] ?? id;
}
