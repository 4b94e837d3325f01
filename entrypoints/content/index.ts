/**
 * The always-injected content script. It must stay small (docs/content-script-performance.md): it only
 * picks the site adapter, waits for a compose box to be focused, and then loads the composer runtime
 * (engine, pack, drawing) from content-scripts/composer.js. Nothing else runs on pages where nobody
 * writes.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { serve } from '@/utils/protocol';
import type { TabHandlers, TabProtocol } from '@/utils/protocol';
import { SOCIAL_MATCHES } from './matches';
import { adapterForPage } from './adapters';
import { hostMatches } from './adapters/define';
import { deepFocusTarget, findComposer } from '@/utils/content/composer-lookup';
import { loadRuntime, loadedRuntime } from './runtime-loader';

export default defineContentScript({
  matches: SOCIAL_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    startWatching(ctx);
  },
});

function startWatching(ctx: ContentScriptContext): void {
  // A second injection (the popup injects this script to check any page) must not double the work.
  const flag = '__draftguardContent';
  const g = globalThis as Record<string, unknown>;
  if (g[flag]) return;
  g[flag] = true;
  ctx.onInvalidated(() => {
    g[flag] = false;
  });

  const adapter = adapterForPage(location.hostname, document);

  const onFocus = (event: Event) => {
    const target = deepFocusTarget(event);
    if (!target) return;
    const composer = findComposer(target, adapter);
    if (!composer) return;
    window.removeEventListener('focusin', onFocus, true);
    void loadRuntime(ctx).then((runtime) => runtime?.start(adapter, composer));
  };
  // Capture phase on window: runs before the page's handlers and sees focus inside shadow roots.
  window.addEventListener('focusin', onFocus, true);
  ctx.onInvalidated(() => window.removeEventListener('focusin', onFocus, true));

  const handlers: TabHandlers = {
    'tab:findings': () => ({
      ...(loadedRuntime()?.findings() ?? { site: adapter.id, enabled: false, composers: [] }),
      // a Mastodon instance outside the default list: the popup offers to add it
      mastodonApp: adapter.id === 'mastodon' && !hostMatches(location.hostname, adapter.hosts),
    }),
    // Without the runtime nothing was loaded, and the first focus will load the policy as it is then.
    'tab:policy-changed': async () => ({ reloaded: (await loadedRuntime()?.reloadPolicy()) ?? false }),
    'tab:check-page': async () => {
      const runtime = await loadRuntime(ctx);
      if (!runtime) throw new Error('The checker could not be loaded on this page.');
      return runtime.checkPage();
    },
  };
  const listener = serve<TabProtocol>(handlers);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
