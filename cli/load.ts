/** Pack files to a compiled pack, with compile errors traced back to the file that holds the rule. */
import { compilePack, type CompiledPack } from '../rules/engine/compile';
import { resolvePack } from '../rules/pack/resolve';
import { PackError, type PackSource, type ResolvedPack } from '../rules/types';
import { readPackFile } from './files';

export interface LoadedPack {
  sources: { file: string; pack: PackSource }[];
  resolved: ResolvedPack;
  compiled: CompiledPack;
}

export function loadPacks(files: readonly string[], includeDefault: boolean): LoadedPack {
  const sources = files.map((file) => ({ file, pack: readPackFile(file) }));
  const resolved = resolvePack(
    sources.map((s) => s.pack),
    { includeDefault },
  );
  return { sources, resolved, compiled: compileNamingFile(resolved, sources) };
}

export function compileNamingFile(resolved: ResolvedPack, sources: readonly { file: string; pack: PackSource }[]): CompiledPack {
  try {
    return compilePack(resolved);
  } catch (e) {
    if (!(e instanceof PackError) || e.details.file) throw e;
    const ruleId = e.details.ruleId;
    const rule = ruleId === undefined ? undefined : resolved.rules.find((r) => r.ruleId === ruleId || r.id === ruleId);
    const source = rule ? [...sources].reverse().find((s) => s.pack.id === rule.packId) : undefined;
    const file = source?.file ?? (rule ? `built-in pack ${rule.packId}` : undefined);
    if (!file) throw e;
    // Re-raised with the file named; the message without the old location prefix.
    const prefix = PackError.format('', e.details);
    const bare = prefix && e.message.startsWith(prefix) ? e.message.slice(prefix.length) : e.message;
    throw new PackError(bare, { ...e.details, file });
  }
}
