/** The built-in packs, by the name a pack uses in `extends`. */
import type { BuiltinPackId, PackSource } from '../types';
import { SECRETS_PACK } from './secrets';
import { PII_PACK } from './pii';
import { INFLAMMATORY_PACK } from './inflammatory';
import { PROTECTED_PACK } from './protected';

/** `builtin:default` is the four family packs, in this order. */
export const BUILTIN_FAMILIES = {
  'builtin:secrets': SECRETS_PACK,
  'builtin:pii': PII_PACK,
  'builtin:inflammatory': INFLAMMATORY_PACK,
  'builtin:protected': PROTECTED_PACK,
} as const satisfies Record<Exclude<BuiltinPackId, 'builtin:default'>, PackSource>;

export function builtinPacks(id: BuiltinPackId): PackSource[] {
  if (id === 'builtin:default') return Object.values(BUILTIN_FAMILIES);
  return [BUILTIN_FAMILIES[id]];
}

export function isBuiltinPackId(id: string): id is BuiltinPackId {
  return id === 'builtin:default' || Object.hasOwn(BUILTIN_FAMILIES, id);
}
