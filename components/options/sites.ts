/** Site adapter ids (page-contract.md); `generic` is per host and managed from the popup. */
export const SITE_IDS = ['x', 'linkedin', 'facebook', 'instagram', 'threads', 'reddit', 'bluesky', 'mastodon', 'youtube'] as const;

const NAMES: Record<string, string> = {
  x: 'X (Twitter)', linkedin: 'LinkedIn', facebook: 'Facebook', instagram: 'Instagram', threads: 'Threads',
  reddit: 'Reddit', bluesky: 'Bluesky', mastodon: 'Mastodon', youtube: 'YouTube',
};

/** Brand names are not translated. */
export function siteName(id: string): string {
  return NAMES[id] ?? id;
}
