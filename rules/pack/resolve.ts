/**
 * Merges the packs in force into one list of rules: the built-ins a pack `extends` (each at most once),
 * then the packs in order, later ones winning. `disable` and `overrides` name rules by their full id; an
 * unknown id is only a warning, because built-in rules come and go between versions and an organisation's
 * pack must not stop loading when one does.
 */
import { builtinPacks, isBuiltinPackId } from '../packs/index';
import type { AllowEntry, BuiltinPackId, PackSource, ResolvedPack, ResolvedRule, Rule } from '../types';

export interface ResolveOptions {
  /** put `builtin:default` first, as the command line and the extension do (default true) */
  includeDefault?: boolean;
}

const DEFAULT_NAME = 'DraftGuard default';

export function resolvePack(packs: readonly PackSource[], opts: ResolveOptions = {}): ResolvedPack {
  const chain = expandChain(packs, opts.includeDefault ?? true);
  const warnings: string[] = [];
  const rules = new Map<string, ResolvedRule>();
  for (const pack of chain) {
    for (const rule of pack.rules) {
      const ruleId = `${pack.id}.${rule.id}`;
      if (rules.has(ruleId)) warnings.push(`pack '${pack.id}': rule '${ruleId}' replaces a rule of the same id from an earlier pack`);
      rules.delete(ruleId); // so the replacement takes the later position, as it came later
      rules.set(ruleId, toResolved(rule, pack, ruleId));
    }
  }
  for (const pack of chain) {
    for (const id of pack.disable ?? []) {
      const rule = rules.get(id);
      if (rule) rules.set(id, { ...rule, enabled: false });
      else warnings.push(`pack '${pack.id}', disable: no rule '${id}' (ignored)${hint(id, rules)}`);
    }
    for (const [id, change] of Object.entries(pack.overrides ?? {})) {
      const rule = rules.get(id);
      if (rule) rules.set(id, { ...rule, ...change } as ResolvedRule);
      else warnings.push(`pack '${pack.id}', overrides: no rule '${id}' (ignored)${hint(id, rules)}`);
    }
  }

  const meta = [...chain].reverse().find((p) => !builtinIds.has(p.id)) ?? chain.at(-1);
  const onlyBuiltins = chain.every((p) => builtinIds.has(p.id));
  return {
    id: onlyBuiltins ? 'builtin' : (meta?.id ?? 'builtin'),
    name: onlyBuiltins ? DEFAULT_NAME : (meta?.name ?? DEFAULT_NAME),
    version: meta?.version ?? '0',
    ...(meta?.serial !== undefined && !onlyBuiltins ? { serial: meta.serial } : {}),
    ...(meta?.publisher !== undefined && !onlyBuiltins ? { publisher: meta.publisher } : {}),
    ...(meta?.policyUrl !== undefined && !onlyBuiltins ? { policyUrl: meta.policyUrl } : {}),
    lang: meta?.lang ?? 'en',
    // A disabled rule is dropped here so no later stage (compile, examples, UI lists) has to remember it.
    rules: [...rules.values()].filter((r) => r.enabled !== false),
    allow: unionAllow(chain),
    warnings,
  };
}

/** Rules are named by their full id; an author who wrote the bare rule id is shown the full one. */
function hint(id: string, rules: ReadonlyMap<string, ResolvedRule>): string {
  const full = [...rules.keys()].filter((k) => k.endsWith(`.${id}`));
  return full.length ? `; ids take their pack prefix: did you mean ${full.map((k) => `'${k}'`).join(' or ')}?` : '';
}

const builtinIds = new Set(builtinPacks('builtin:default').map((p) => p.id));

/** The packs to merge, in order, each built-in once however many times it is named. */
function expandChain(packs: readonly PackSource[], includeDefault: boolean): PackSource[] {
  const chain: PackSource[] = [];
  const seen = new Set<PackSource>();
  const add = (p: PackSource) => {
    if (seen.has(p)) return;
    seen.add(p);
    chain.push(p);
  };
  const addBuiltin = (id: BuiltinPackId) => builtinPacks(id).forEach(add);
  if (includeDefault) addBuiltin('builtin:default');
  for (const pack of packs) {
    // parsePack has refused other names; a pack built in code could still carry one.
    for (const name of pack.extends ?? []) if (isBuiltinPackId(name)) addBuiltin(name);
    add(pack);
  }
  return chain;
}

function toResolved(rule: Rule, pack: PackSource, ruleId: string): ResolvedRule {
  return { ...rule, ruleId, packId: pack.id, ...(pack.policyUrl !== undefined ? { policyUrl: pack.policyUrl } : {}) };
}

function unionAllow(chain: readonly PackSource[]): AllowEntry[] {
  const seen = new Set<string>();
  const out: AllowEntry[] = [];
  for (const pack of chain) {
    for (const entry of pack.allow ?? []) {
      const key = typeof entry === 'string' ? `s:${entry}` : `r:${entry.flags ?? ''}:${entry.regex}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(entry);
    }
  }
  return out;
}
