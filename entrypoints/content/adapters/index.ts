/**
 * The site adapter registry. A total Record, so a SiteId without an adapter fails to compile;
 * tests/content/registry.test.ts checks that every adapter file is listed here, has a fixture page,
 * a browser suite and a row in docs/sites.md.
 */
import type { SiteAdapter, SiteId } from './define';
import { hostMatches } from './define';
import x from './x';
import linkedin from './linkedin';
import facebook from './facebook';
import instagram from './instagram';
import threads from './threads';
import bluesky from './bluesky';
import reddit from './reddit';
import mastodon, { looksLikeMastodon } from './mastodon';
import youtube from './youtube';
import generic from './generic';

export type { SiteAdapter, SiteId } from './define';

export const ADAPTERS: Readonly<Record<SiteId, SiteAdapter>> = {
  x,
  linkedin,
  facebook,
  instagram,
  threads,
  bluesky,
  reddit,
  mastodon,
  youtube,
  generic,
};

export const SITE_IDS = Object.keys(ADAPTERS) as SiteId[];

/**
 * The adapter for a page. Hosts outside the built-in lists are there because the person added them
 * (a Mastodon instance or a generic site), so the page itself tells which one.
 */
export function adapterForPage(host: string, doc: Document): SiteAdapter {
  for (const id of SITE_IDS) {
    const adapter = ADAPTERS[id];
    if (hostMatches(host, adapter.hosts)) return adapter;
  }
  return looksLikeMastodon(doc) ? ADAPTERS.mastodon : ADAPTERS.generic;
}
