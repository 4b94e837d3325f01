/** Pack files to a compiled pack, with compile errors traced back to the file that holds the rule. */
import { compilePack, type CompiledPack } from '../rules/engine/compile';
import { PackIssues } from '../rules/pack/issues';
import { resolvePack } from '../rules/pack/resolve';
import { PackError, type AllowEntry, type PackSource, type ResolvedPack } from '../rules/types';
import { decodeUtf8, readInput, readPackFile } from './files';
import { withLines } from '../rules/pack/locate';

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

/** Compile problems reported after the first one: enough to fix a pack in one pass, bounded in cost. */
const MAX_COMPILE_ERRORS = 50;

/**
 * Compiles the pack; on failure, compiles each rule alone to report every rule that does not compile
 * (the compiler stops at the first), each with the file that holds it.
 */
export function compileNamingFile(resolved: ResolvedPack, sources: readonly { file: string; pack: PackSource }[]): CompiledPack {
  try {
    return compilePack(resolved);
  } catch (first) {
    if (!(first instanceof PackError)) throw first;
    const errors: PackError[] = [];
    for (const rule of resolved.rules) {
      if (errors.length >= MAX_COMPILE_ERRORS) break;
      try {
        compilePack({ ...resolved, rules: [rule], allow: [] });
      } catch (e) {
        if (e instanceof PackError) errors.push(withFile(e, resolved, sources));
        else throw e;
      }
    }
    // The pack-wide allow list compiles apart from the rules: its problems are reported with theirs.
    try {
      compilePack({ ...resolved, rules: [] });
    } catch (e) {
      if (!(e instanceof PackError)) throw e;
      errors.push(withFile(e, resolved, sources));
    }
    if (!errors.length) errors.push(withFile(first, resolved, sources));
    if (errors.length === 1) throw errors[0];
    throw new PackIssues(
      errors.map((e) => ({ message: bareMessage(e), ruleId: e.details.ruleId, field: e.details.field, file: e.details.file })),
    );
  }
}

function bareMessage(e: PackError): string {
  const prefix = PackError.format('', e.details);
  return prefix && e.message.startsWith(prefix) ? e.message.slice(prefix.length) : e.message;
}

/** The compiler names an `allow`/`exceptions` regex entry's field as a rule's (`pattern`); authors wrote `regex`. */
function authoredField(field: string | undefined): string | undefined {
  return field?.replace(/^((?:allow|exceptions)\[\d+\])\.pattern$/, '$1.regex');
}

/**
 * The compiler knows rules, not files: find the file that holds the rule (the last one, as later wins).
 * A problem in the pack-wide allow list names the file whose `allow` holds the entry.
 */
function withFile(e: PackError, resolved: ResolvedPack, sources: readonly { file: string; pack: PackSource }[]): PackError {
  const field = authoredField(e.details.field);
  if (field !== e.details.field) return withFile(new PackError(bareMessage(e), { ...e.details, field }), resolved, sources);
  if (e.details.file) return e;
  const ruleId = e.details.ruleId;
  const allowAt = ruleId === undefined ? /^allow\[(\d+)\](.*)$/.exec(field ?? '') : null;
  if (allowAt) {
    // The merged allow list is the union of every pack's: find the file and the entry's index there.
    const entry = resolved.allow[Number(allowAt[1])];
    const same = (a: AllowEntry) => (typeof a === 'string' || typeof entry === 'string' ? a === entry : a.regex === entry?.regex && a.flags === entry?.flags);
    for (const s of [...sources].reverse()) {
      const index = s.pack.allow?.findIndex(same) ?? -1;
      if (index >= 0) return new PackError(bareMessage(e), { ...e.details, file: s.file, field: `allow[${index}]${allowAt[2] ?? ''}` });
    }
  }
  const rule = ruleId === undefined ? undefined : resolved.rules.find((r) => r.ruleId === ruleId || r.id === ruleId);
  const source = rule ? [...sources].reverse().find((s) => s.pack.id === rule.packId) : sources.length === 1 ? sources[0] : undefined;
  const file = source?.file ?? (rule ? `built-in pack ${rule.packId}` : undefined);
  if (!file) return e;
  return new PackError(source ? withLine(bareMessage(e), source, rule?.id, field) : bareMessage(e), { ...e.details, file });
}

/**
 * The compiler works on data without positions; the rule and field it names are followed down the
 * file's text (as validation does) so the author gets the line too. Best effort: an unreadable file
 * leaves the message as it was.
 */
function withLine(message: string, source: { file: string; pack: PackSource }, ruleId: string | undefined, field: string | undefined): string {
  let text: string;
  try {
    text = decodeUtf8(readInput(source.file), source.file);
  } catch {
    return message;
  }
  const [located] = withLines(text, source.pack, [{ message, ruleId, field }]);
  return located?.message ?? message;
}
