import { defineConfig } from 'wxt';
import { SOCIAL_MATCHES } from './entrypoints/content/matches';

// Host permissions are limited to the site adapters' hosts; any other site is an optional permission the
// person grants from the popup ("enable on this site"), never requested up front.
export const SOCIAL_HOSTS: readonly string[] = SOCIAL_MATCHES;

// `wxt build --mode test` (scripts/test-e2e.mjs) writes to .output-test so a test build never ships, and
// keeps the service worker's test hook (import.meta.env.MODE === 'test'). WXT 0.21 has no -o option.
const argv = process.argv.join(' ');
const TEST_BUILD = /(?:--mode|-m)[= ]test\b/.test(argv);

export default defineConfig({
  // DRAFTGUARD_TEST_OUTDIR: a private test build, so engineers sharing one working tree do not race
  outDir: TEST_BUILD ? (process.env.DRAFTGUARD_TEST_OUTDIR ?? '.output-test') : '.output',
  // Manifest V3 for Firefox too (WXT's default there is MV2): the same scripting API, host permissions
  // and web-accessible-resource format everywhere. Firefox 128+ (gecko strict_min_version below).
  manifestVersion: 3,
  modules: ['@wxt-dev/module-react'],
  imports: false,
  hooks: {
    // WXT reads an entrypoint named `history` as a replacement for the browser's own History page; the
    // page contract wants our flagged-draft history at history.html without taking over chrome://history.
    'build:manifestGenerated': (_wxt, manifest) => {
      const overrides = manifest.chrome_url_overrides;
      if (overrides?.history) {
        delete overrides.history;
        if (Object.keys(overrides).length === 0) delete manifest.chrome_url_overrides;
      }
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'activeTab', 'scripting'],
    // test builds also hold the fixture sites for the generic adapter and an added Mastodon instance, so the
    // suite can enable them without a permission prompt
    host_permissions: TEST_BUILD ? [...SOCIAL_HOSTS, '*://forum.example.com/*', '*://social.example.org/*'] : [...SOCIAL_HOSTS],
    optional_host_permissions: ['*://*/*'],
    storage: { managed_schema: 'managed_schema.json' },
    // The always-injected script loads the composer runtime with import() on the first focus of a compose
    // box (docs/content-script-performance.md); import() from a content script needs the file to be web
    // accessible. Any page may carry a composer once the person enables it, hence <all_urls>.
    web_accessible_resources: [{ resources: ['content-scripts/composer.js'], matches: ['<all_urls>'] }],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'draftguard@draftguard.example',
              strict_min_version: '128.0',
              // Nothing is collected by default; daily counts go to the organisation's endpoint only with consent.
              data_collection_permissions: { required: ['none'], optional: ['technicalAndInteraction'] },
            },
          },
        }
      : {}),
  }),
});
