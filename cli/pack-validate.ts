/** `pack validate FILE`: schema, merge and compile checks; warnings are printed but do not fail. */
import type { ParsedArgs } from './args';
import { loadPacks } from './load';
import { EXIT_OK } from './run';

export async function validateCommand(args: ParsedArgs): Promise<number> {
  const file = args.positionals[0] ?? '';
  // On top of the built-in default, as the extension loads an organisation pack and as `check` does.
  const { sources, resolved } = loadPacks([file], true);
  const pack = sources[0]?.pack;
  for (const w of resolved.warnings) process.stderr.write(`warning: ${file}: ${w}\n`);
  const own = pack?.rules.length ?? 0;
  const hashed = pack?.rules.filter((r) => r.kind === 'terms' && r.hashed).length ?? 0;
  process.stdout.write(
    `${file}: valid pack '${pack?.id}' version ${pack?.version}: ${own} rule${own === 1 ? '' : 's'}` +
      `${hashed ? ` (${hashed} hashed)` : ''}, ${resolved.rules.length} in force with the built-in default` +
      `${resolved.warnings.length ? `, ${resolved.warnings.length} warning${resolved.warnings.length === 1 ? '' : 's'}` : ''}\n`,
  );
  return EXIT_OK;
}
