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
import { isSubmitKey, postButtonFor, postButtonInPath, replay, type SubmitGesture } from '@/entrypoints/composer.content/post-guard';

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
    // A post made while the runtime itself loads (a fast typist's first post after the first focus) is held here and
    // handed to the runtime, which checks it and holds or replays it; if the runtime cannot load, it is replayed at once,
    // so the site's own post always happens.
    let early: SubmitGesture | null = null;
    const onEarlyClick = (e: MouseEvent) => {
      const button = postButtonInPath(e.composedPath(), adapter);
      if (!button || early) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      early = { kind: 'click', button };
    };
    const onEarlyKey = (e: KeyboardEvent) => {
      const t = deepFocusTarget(e);
      const el = t && findComposer(t, adapter);
      if (!el || early || !isSubmitKey(e, adapter, postButtonFor(el, adapter) !== null)) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      early = { kind: 'key', init: { key: e.key, code: e.code, ctrlKey: e.ctrlKey, metaKey: e.metaKey, keyCode: 13, which: 13 } as KeyboardEventInit, target: t };
    };
    window.addEventListener('click', onEarlyClick, true);
    window.addEventListener('keydown', onEarlyKey, true);
    const stopEarly = (): void => {
      window.removeEventListener('click', onEarlyClick, true);
      window.removeEventListener('keydown', onEarlyKey, true);
    };
    ctx.onInvalidated(stopEarly);
    void loadRuntime(ctx).then((runtime) => {
      stopEarly();
      runtime?.start(adapter, composer);
      if (!early) return;
      if (runtime) runtime.submitEarly(composer, early);
      else replay(early);
    });
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
