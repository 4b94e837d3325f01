/**
 * The shape every site adapter fills in. Selectors are data so that a site redesign is a selector
 * update, not a rewrite. Helpers here are shared by the tiny always-injected script and the composer
 * runtime, so they must stay small and DOM-only.
 */

export type SiteId = 'x' | 'linkedin' | 'facebook' | 'instagram' | 'threads' | 'bluesky' | 'reddit' | 'mastodon' | 'youtube' | 'generic';

/** How the person sends from the keyboard: Ctrl/Cmd+Enter, or plain Enter (chat-like boxes). */
export type SubmitKey = 'mod+enter' | 'enter';

/** How the editor lets us replace a span: through its own input path, or only by copying. */
export type SuggestionMode = 'insert' | 'copy';

export interface SiteAdapter {
  id: SiteId;
  /** shown in the popup and docs */
  label: string;
  /** the editor library the site uses (docs/sites.md) */
  editor: string;
  /** host names the adapter covers by default ('*.' prefix = any subdomain) */
  hosts: readonly string[];
  /** the editable element itself: a contenteditable root or a textarea */
  composerSelector: string;
  /** post / send buttons; looked up in the composer's nearest ancestor that holds one */
  postButtonSelector: string;
  /** some sites label buttons only by text (Meta); matched case-insensitively, whole text */
  postButtonTexts?: readonly string[];
  submitKeys: readonly SubmitKey[];
  suggestionMode: SuggestionMode;
}

export function defineSiteAdapter<T extends SiteAdapter>(adapter: T): T {
  return adapter;
}

export function hostMatches(host: string, patterns: readonly string[]): boolean {
  const h = host.toLowerCase();
  return patterns.some((p) => (p.startsWith('*.') ? h === p.slice(2) || h.endsWith(p.slice(1)) : h === p));
}

/** Manifest match patterns for a list of hosts (both schemes, any path). */
export function toMatchPatterns(hosts: readonly string[]): string[] {
  return hosts.map((h) => `*://${h}/*`);
}
