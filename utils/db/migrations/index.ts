import type { Migration } from './migration';

// The file system is the registry: every `vNNN.ts` here is a schema version.
const modules = import.meta.glob<{ migration: Migration }>('./v[0-9][0-9][0-9].ts', { eager: true });

export const MIGRATIONS: readonly Migration[] = Object.entries(modules)
  .map(([path, mod]) => {
    const fromName = Number(/v(\d{3})\.ts$/.exec(path)?.[1]);
    if (mod.migration.version !== fromName) throw new Error(`${path} declares version ${mod.migration.version}`);
    return mod.migration;
  })
  .sort((a, b) => a.version - b.version);

export const LATEST_VERSION = MIGRATIONS.at(-1)?.version ?? 0;

export type { Migration } from './migration';
