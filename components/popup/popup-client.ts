/**
 * Everything the popup asks of the browser, behind one interface so the components are testable and the
 * browser calls are in one place. The current tab is the active tab of the popup's window; tests open
 * popup.html in a tab of its own and name the tab to inspect with `?tab=<id>`.
 */
import { browser } from 'wxt/browser';
import { sendToBackground, sendToTab } from '@/utils/protocol';
import type { PackStatus } from '@/utils/protocol/pack';
import type { EffectiveSettings, Settings } from '@/utils/protocol/settings';
import type { PageCheckResult, TabFindings } from '@/utils/protocol/tab';

export interface CurrentTab {
  id: number;
  url: string;
  host: string;
}

export interface PopupClient {
  currentTab(): Promise<CurrentTab | null>;
  packStatus(): Promise<PackStatus>;
  settings(): Promise<EffectiveSettings>;
  setSettings(patch: Partial<Settings>): Promise<EffectiveSettings>;
  /** null when no content script answers on the tab (a site DraftGuard does not cover) */
  tabFindings(tabId: number): Promise<TabFindings | null>;
  checkPage(tabId: number): Promise<PageCheckResult>;
  /** asks for the optional host permission; must run inside the click handler (user gesture) */
  requestHost(host: string): Promise<boolean>;
  openHistory(): Promise<void>;
}

const CONTENT_SCRIPT = '/content-scripts/content.js';

async function ensureContentScript(tabId: number): Promise<void> {
  try {
    await sendToTab(tabId, 'tab:findings', {});
  } catch {
    // activeTab (the person opened the popup on this tab) lets us inject on any page, once
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
  }
}

export const browserPopupClient: PopupClient = {
  async currentTab() {
    const forced = Number(new URLSearchParams(location.search).get('tab'));
    const tab = forced ? await browser.tabs.get(forced) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    if (!tab?.id || !tab.url) return null;
    let host = '';
    try {
      host = new URL(tab.url).host;
    } catch {
      host = '';
    }
    return { id: tab.id, url: tab.url, host };
  },
  packStatus: () => sendToBackground('pack:status', {}),
  settings: () => sendToBackground('settings:get', {}),
  setSettings: (patch) => sendToBackground('settings:set', patch),
  async tabFindings(tabId) {
    try {
      return await sendToTab(tabId, 'tab:findings', {});
    } catch {
      // No script there yet: with activeTab, inject the small one to learn what the page is (a Mastodon
      // instance the person may add, say). It stays idle: the site is not enabled.
      try {
        await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
        return await sendToTab(tabId, 'tab:findings', {});
      } catch {
        return null;
      }
    }
  },
  async checkPage(tabId) {
    await ensureContentScript(tabId);
    return sendToTab(tabId, 'tab:check-page', {});
  },
  requestHost: (host) => browser.permissions.request({ origins: [`*://${host.replace(/:\d+$/, '')}/*`] }),
  async openHistory() {
    await browser.tabs.create({ url: browser.runtime.getURL('/history.html') });
  },
};
