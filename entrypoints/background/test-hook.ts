/**
 * Test builds only (`wxt build --mode test`): a handle on the service worker global that end-to-end
 * tests call through Playwright's serviceWorker.evaluate. Production bundles drop it: index.ts calls it only
 * under an `import.meta.env.MODE === 'test'` check, which the bundler folds to false.
 */
import { storage } from 'wxt/utils/storage';
import type { PackSource } from '@/rules/types';
import type { Services } from './services';
import type { Tasks } from './tasks';

// session storage: survives the worker being stopped between test steps, gone when the browser closes.
// Defined on use, so a production bundle keeps no trace of the module.
const testPackItem = () => storage.defineItem<PackSource[] | null>('session:testPackOverride', { fallback: null });

export interface DraftGuardTestHook {
  /** Installs a pack (resolved on top of builtin:default) that pack:get returns from then on. */
  setPackSource(pack: PackSource | PackSource[] | null): Promise<void>;
  getStats(): Promise<unknown>;
  /** Batches and sends now, ignoring backoff; `now` pretends the clock is later (to close today). */
  flushStats(opts?: { now?: number }): Promise<unknown>;
  refreshPack(): Promise<unknown>;
  getPack(): Promise<unknown>;
}

export async function installTestHook(s: Services, tasks: Tasks): Promise<void> {
  const hook: DraftGuardTestHook = {
    async setPackSource(pack) {
      const packs = pack === null ? null : Array.isArray(pack) ? pack : [pack];
      s.packs.setTestOverride(packs ?? undefined);
      await testPackItem().setValue(packs);
    },
    getStats: () => s.stats.state(),
    async flushStats(opts) {
      await tasks.syncStats({ now: opts?.now, ignoreBackoff: true });
      return s.stats.state();
    },
    refreshPack: () => s.packs.refresh(),
    getPack: () => s.packs.get(),
  };
  (globalThis as { __draftguardTest?: DraftGuardTestHook }).__draftguardTest = hook;
  const stored = await testPackItem().getValue();
  if (stored) s.packs.setTestOverride(stored);
}
