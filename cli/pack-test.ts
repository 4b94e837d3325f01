/** `pack test [FILE]`: runs rules' examples; exit 1 when one fails, printing each failure. */
import { runExamples } from '../rules/pack/examples';
import type { ParsedArgs } from './args';
import { loadPacks } from './load';
import { EXIT_NEGATIVE, EXIT_OK } from './run';

export async function testCommand(args: ParsedArgs): Promise<number> {
  const file = args.positionals[0];
  // With a FILE: that pack's own examples, with the built-in default in force as in the browser (an admin
  // answers for their rules, not for the built-ins). Without: every built-in rule's examples.
  const { sources, resolved, compiled } = loadPacks(file ? [file] : [], true);
  const packId = sources[0]?.pack.id;
  const only = packId === undefined ? undefined : (ruleId: string) => resolved.rules.some((r) => r.ruleId === ruleId && r.packId === packId);
  const { passed, failures } = runExamples(resolved, compiled, only ? { only } : {});
  for (const f of failures) {
    process.stdout.write(`FAIL ${f.ruleId} ${f.kind}: ${JSON.stringify(f.text)}\n     ${f.kind === 'flag' ? 'expected a finding of this rule, got' : 'expected none of this rule, got'}: ${f.got}\n`);
  }
  const total = passed + failures.length;
  const what = file ?? 'built-in packs';
  process.stdout.write(
    total === 0 ? `${what}: no examples to run\n` : `${what}: ${passed} of ${total} example${total === 1 ? '' : 's'} passed${failures.length ? `, ${failures.length} failed` : ''}\n`,
  );
  return failures.length ? EXIT_NEGATIVE : EXIT_OK;
}
