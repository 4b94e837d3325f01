/** Turns pack sources into the resolved pack the content script compiles. */
import type { PackSource, ResolvedPack } from '@/rules/types';
import { resolvePack } from '@/rules/pack/resolve';
import { builtinPacks } from '@/rules/packs';

/** builtin:default, in force until an organisation pack has loaded. */
export function resolveBuiltinDefault(): ResolvedPack {
  return resolvePack(builtinPacks('builtin:default'));
}

/**
 * An organisation pack goes on top of builtin:default, as `npm run check` does without --no-default, so
 * what an admin tests with the command line is what browsers enforce. Built-in rules are switched off
 * with `disable`.
 */
export function resolveOrgPack(pack: PackSource): ResolvedPack {
  return resolvePack([pack], { includeDefault: true });
}

/** Test builds: the pack a test installs, on top of the built-in default (as the content tests expect). */
export function resolveTestPacks(packs: PackSource[]): ResolvedPack {
  return resolvePack(packs, { includeDefault: true });
}
