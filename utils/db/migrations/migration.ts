import type { Transaction } from 'dexie';

/**
 * One schema version. Adding version N is two files (Read Frog's habit): `migrations/v00N.ts` exporting
 * `migration`, and `tests/db/fixtures/v00N.json` holding the v00(N-1) fixture's records as version N
 * stores them. tests/db/migrations.test.ts finds both and checks the upgrade; nothing else changes.
 */
export interface Migration {
  version: number;
  /** Dexie `stores()` spec for this version (only tables that change need to be listed) */
  stores: Record<string, string | null>;
  /** rewrites records written by the previous version */
  upgrade?: (tx: Transaction) => Promise<unknown>;
}
