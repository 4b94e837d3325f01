/**
 * The composer runtime, built as its own script and loaded by the always-injected content script on the
 * first focus of a compose box (see entrypoints/content/runtime-loader.ts). Not in the manifest's
 * content_scripts: its size is paid only where someone writes.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { SOCIAL_MATCHES } from '@/entrypoints/content/matches';
import { RUNTIME_GLOBAL } from '@/utils/content/runtime-contract';
import { createRuntime } from './runtime';

export default defineContentScript({
  matches: SOCIAL_MATCHES,
  registration: 'runtime',
  main(ctx) {
    const g = globalThis as Record<string, unknown>;
    if (g[RUNTIME_GLOBAL]) return;
    g[RUNTIME_GLOBAL] = createRuntime(ctx);
    ctx.onInvalidated(() => {
      delete g[RUNTIME_GLOBAL];
    });
  },
});
