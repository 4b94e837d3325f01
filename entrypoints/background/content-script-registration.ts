/**
 * The always-injected content script (content-scripts/content.js) is declared for the built-in social
 * sites; hosts the person adds (generic adapter, extra Mastodon instances) get it through a dynamic
 * registration kept in step with settings. A host is registered only while the person has granted its
 * optional host permission, since the script could not run there otherwise.
 */
import type { Browser } from 'wxt/browser';
import type { Settings } from '@/utils/protocol/settings';

export const USER_HOSTS_SCRIPT_ID = 'draftguard-user-hosts';
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';

export type RegisteredScript = Browser.scripting.RegisteredContentScript;

/** The parts of browser.scripting / browser.permissions used here, injectable for tests. */
export interface ScriptingApi {
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<RegisteredScript[]>;
  registerContentScripts(scripts: RegisteredScript[]): Promise<void>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
  hasHostPermission(pattern: string): Promise<boolean>;
}

/** Match patterns ignore ports, so `localhost:8080` becomes `*://localhost/*`. */
export function hostPattern(host: string): string {
  return `*://${host.replace(/:\d+$/, '')}/*`;
}

export function wantedMatches(settings: Pick<Settings, 'genericHosts' | 'mastodonHosts' | 'sites'>): string[] {
  const hosts = [
    ...(settings.sites.generic === false ? [] : settings.genericHosts),
    ...(settings.sites.mastodon === false ? [] : settings.mastodonHosts),
  ];
  return [...new Set(hosts.map(hostPattern))].sort();
}

export async function syncUserHostScripts(settings: Pick<Settings, 'genericHosts' | 'mastodonHosts' | 'sites'>, api: ScriptingApi): Promise<string[]> {
  const granted: string[] = [];
  for (const pattern of wantedMatches(settings)) if (await api.hasHostPermission(pattern)) granted.push(pattern);
  const [existing] = await api.getRegisteredContentScripts({ ids: [USER_HOSTS_SCRIPT_ID] });
  const same = existing && JSON.stringify([...(existing.matches ?? [])].sort()) === JSON.stringify(granted);
  if (same || (!existing && !granted.length)) return granted;
  if (existing) await api.unregisterContentScripts({ ids: [USER_HOSTS_SCRIPT_ID] });
  if (granted.length) {
    await api.registerContentScripts([
      { id: USER_HOSTS_SCRIPT_ID, matches: granted, js: [CONTENT_SCRIPT_FILE], runAt: 'document_idle', allFrames: false, persistAcrossSessions: true },
    ]);
  }
  return granted;
}
