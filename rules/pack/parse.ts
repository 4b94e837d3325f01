/**
 * Pack text (YAML or JSON) to a validated PackSource. The text is data from an admin or a server, so the
 * YAML reader is kept to plain data: the core schema (no custom or language tags), few aliases, no merge
 * keys, one document; anything else is an error rather than a silent guess.
 */
import { parseDocument } from 'yaml';
import type { PackSource } from '../types';
import { PackIssues } from './issues';
import { duplicateKeyIssues } from './json-duplicate-keys';
import { formatSize, MAX_PACK_CHARS, MAX_YAML_ALIASES } from './limits';
import { withLines } from './locate';
import { validatePackObject } from './validate';

export { validatePackObject } from './validate';

/** Parses and validates a pack; throws a PackError (PackIssues) naming the file, rule and field. */
export function parsePack(text: string, file?: string): PackSource {
  const parsed = parsePackText(text, file);
  try {
    return validatePackObject(parsed, file);
  } catch (e) {
    // Only on failure: positions cost a second read of the text, which a valid pack never pays.
    if (e instanceof PackIssues) throw new PackIssues(withLines(text, parsed, e.items), file);
    throw e;
  }
}

/** Text to plain data, with the size limit applied before any parsing. */
export function parsePackText(text: string, file?: string): unknown {
  if (text.length > MAX_PACK_CHARS) {
    throw new PackIssues([{ message: `pack too large (${formatSize(text.length)}; at most ${formatSize(MAX_PACK_CHARS)})` }], file);
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Built packs are JSON and can be megabytes: JSON.parse is ~50x faster than the YAML reader.
  if (/^\s*[{[]/.test(body)) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body) as unknown;
    } catch {
      // Not JSON after all (a YAML flow mapping, or broken JSON): the YAML reader gives a located error.
    }
    if (parsed !== undefined) {
      // JSON.parse keeps the last of two equal keys; the YAML reader refuses them, and so does JSON here.
      const duplicates = duplicateKeyIssues(body, parsed);
      if (duplicates.length) throw new PackIssues(duplicates, file);
      return parsed;
    }
  }
  const doc = parseDocument(body, { schema: 'core', resolveKnownTags: false, merge: false, uniqueKeys: true, prettyErrors: true, strict: true });
  const problems = [...doc.errors, ...doc.warnings];
  if (problems.length) {
    throw new PackIssues(
      problems.slice(0, 20).map((p) => ({ message: `not valid YAML or JSON: ${p.message.split('\n')[0]}` })),
      file,
    );
  }
  try {
    return doc.toJS({ maxAliasCount: MAX_YAML_ALIASES }) as unknown;
  } catch (e) {
    throw new PackIssues([{ message: `not valid YAML: ${e instanceof Error ? e.message : String(e)}` }], file);
  }
}
