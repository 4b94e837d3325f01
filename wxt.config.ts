import { defineConfig } from 'wxt';

// Host permissions are limited to the listed social sites; any other site is an optional permission the
// person grants from the popup ("enable on this site"), never requested up front.
export const SOCIAL_HOSTS = [
  '*://*.x.com/*',
  '*://x.com/*',
  '*://*.twitter.com/*',
  '*://*.linkedin.com/*',
  '*://*.facebook.com/*',
  '*://*.instagram.com/*',
  '*://*.threads.net/*',
  '*://*.threads.com/*',
  '*://*.reddit.com/*',
  '*://bsky.app/*',
  '*://mastodon.social/*',
  '*://*.youtube.com/*',
];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'activeTab', 'scripting'],
    host_permissions: SOCIAL_HOSTS,
    optional_host_permissions: ['*://*/*'],
    storage: { managed_schema: 'managed_schema.json' },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'draftguard@draftguard.example', strict_min_version: '128.0' } } }
      : {}),
  }),
});
