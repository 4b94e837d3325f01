/**
 * The service worker: owns storage and the network. It answers the typed messages, keeps the pack in
 * force up to date, stores episodes and sends anonymised counts. No DOM here (lint-enforced).
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { sendToTab, serve } from '@/utils/protocol';
import type { BackgroundProtocol } from '@/utils/protocol';
import { purgeExpired, retryPendingWrites, storeEpisode } from '@/utils/db/episodes';
import { createServices, type BackgroundDeps } from './services';
import { createHandlers } from './handlers';
import { createTasks } from './tasks';
import type { ScriptingApi } from './content-script-registration';
import { installTestHook } from './test-hook';

const scripting: ScriptingApi = {
  getRegisteredContentScripts: (filter) => browser.scripting.getRegisteredContentScripts(filter),
  registerContentScripts: (scripts) => browser.scripting.registerContentScripts(scripts),
  unregisterContentScripts: (filter) => browser.scripting.unregisterContentScripts(filter),
  hasHostPermission: (pattern) => browser.permissions.contains({ origins: [pattern] }),
};

export function browserDeps(): BackgroundDeps {
  return {
    fetch: (input, init) => fetch(input, init),
    now: () => Date.now(),
    random: () => Math.random(),
    uuid: () => crypto.randomUUID(),
    extensionVersion: browser.runtime.getManifest().version,
    scripting,
    history: { storeEpisode, purgeExpired, retryPendingWrites },
    openWelcome: async () => {
      await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    },
    notifyTabs: async () => {
      const tabs = await browser.tabs.query({});
      // Most tabs have no content script of ours (or no composer runtime yet): their refusal is expected.
      await Promise.all(tabs.map((t) => (t.id === undefined ? undefined : sendToTab(t.id, 'tab:policy-changed', {}).catch(() => undefined))));
    },
  };
}

export function startBackground(deps: BackgroundDeps) {
  const services = createServices(deps);
  const tasks = createTasks(services);
  // Listeners are added synchronously: a worker woken by an event must find them on its first turn.
  serve<BackgroundProtocol>(createHandlers(services, tasks));
  browser.alarms.onAlarm.addListener((alarm) => void tasks.onAlarm(alarm.name));
  browser.runtime.onStartup.addListener(() => void tasks.startUp());
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void tasks.guarded('welcome page', deps.openWelcome);
    void tasks.startUp();
  });
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void tasks.onPolicyChanged();
  });
  // Pages answered from the cached policy at start-up learn the live one when it differs.
  services.settings.onCachedPolicyReplaced(() => void tasks.onPolicyChanged());
  browser.permissions?.onAdded?.addListener(() => void tasks.syncScripts());
  browser.permissions?.onRemoved?.addListener(() => void tasks.syncScripts());
  // Every wake: cheap, and repairs alarms the browser lost.
  void tasks.scheduleAlarms();
  return { services, tasks };
}

export default defineBackground(() => {
  const started = startBackground(browserDeps());
  // A static import (a service worker cannot import() at run time); the constant condition lets the
  // bundler drop the hook from production builds.
  if (import.meta.env.MODE === 'test') void installTestHook(started.services, started.tasks);
});
