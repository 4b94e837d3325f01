/**
 * Loads the composer runtime (content-scripts/composer.js) on first use. Both scripts run in the same
 * isolated world, so the runtime hands itself over through a global the page cannot see.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { RUNTIME_GLOBAL, type ComposerRuntime } from '@/utils/content/runtime-contract';

let pending: Promise<ComposerRuntime | null> | null = null;

export function loadedRuntime(): ComposerRuntime | null {
  return ((globalThis as Record<string, unknown>)[RUNTIME_GLOBAL] as ComposerRuntime | undefined) ?? null;
}

export function loadRuntime(ctx: ContentScriptContext): Promise<ComposerRuntime | null> {
  const existing = loadedRuntime();
  if (existing) return Promise.resolve(existing);
  pending ??= import(/* @vite-ignore */ browser.runtime.getURL('/content-scripts/composer.js')).then(
    () => (ctx.isValid ? loadedRuntime() : null),
    (err: unknown) => {
      pending = null;
      console.warn('[DraftGuard] could not load the composer runtime', err);
      return null;
    },
  );
  return pending;
}
