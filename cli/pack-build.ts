/** `pack build IN -o OUT`: canonical JSON with confidential terms hashed, checked before it is written. */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { buildPack, canonicalJson, GUESSABLE_TERM_LETTERS, guessableTerms } from '../rules/pack/build';
import { resolvePack } from '../rules/pack/resolve';
import { validatePackObject } from '../rules/pack/validate';
import type { ParsedArgs } from './args';
import { describeFsError, InputError, readPackFile } from './files';
import { compileNamingFile } from './load';
import { EXIT_OK } from './run';

export async function buildCommand(args: ParsedArgs): Promise<number> {
  const input = args.positionals[0] ?? '';
  const out = args.options.get('-o')?.[0] ?? '';
  const src = readPackFile(input);
  const built = buildPack(src, { file: input });
  // What the browser will read must load there: validate and compile the output, not just the input.
  const text = canonicalJson(validatePackObject(JSON.parse(canonicalJson(built)), out));
  compileNamingFile(resolvePack([built], { includeDefault: false }), [{ file: input, pack: built }]);
  for (const { ruleId, terms } of guessableTerms(src)) {
    process.stderr.write(
      `warning: ${input}, rule '${ruleId}': ${terms.length} hashed term${terms.length === 1 ? '' : 's'} of ${GUESSABLE_TERM_LETTERS} letters or fewer ` +
        `(${terms.map((t) => JSON.stringify(t)).join(', ')}) can be recovered from the hashes by brute force; hashing is not encryption\n`,
    );
  }
  if (src.serial === undefined) process.stderr.write(`warning: ${input}: no serial; a signed pack must carry one (field 'serial')\n`);
  const tmp = `${out}.tmp-${process.pid}`;
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, out);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw new InputError(`${out}: cannot write (${describeFsError(e)})`);
  }
  // buildPack keeps rule order, so a rule hashed by this build is one that had clear terms before.
  const hashed = built.rules.filter((r, i) => r.kind === 'terms' && r.hashed && src.rules[i]?.kind === 'terms' && 'terms' in (src.rules[i] ?? {})).length;
  process.stdout.write(`built ${out}: ${built.rules.length} rule${built.rules.length === 1 ? '' : 's'}, terms of ${hashed} hashed, ${Buffer.byteLength(text)} bytes\n`);
  return EXIT_OK;
}
