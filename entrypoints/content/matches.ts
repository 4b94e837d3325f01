/**
 * Match patterns of the always-injected script: every built-in site adapter's hosts. The generic adapter
 * and Mastodon instances the person adds are registered at runtime by the background, with the same
 * script file (content-scripts/content.js).
 */
import { ADAPTERS, SITE_IDS } from './adapters';
import { toMatchPatterns } from './adapters/define';

export const SOCIAL_MATCHES: string[] = SITE_IDS.flatMap((id) => toMatchPatterns(ADAPTERS[id].hosts));
