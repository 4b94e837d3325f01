/**
 * `npm run -s check -- [--pack FILE]... [--no-default] [--format text|json|jsonl]
 *                      [--min-severity info|warn|block] [TEXT]`  (../shared/spec/cli.md)
 */
import { createChecker } from '../rules/engine/checker';
import { SEVERITY_RANK, type Finding, type Severity } from '../rules/types';
import { oneOf, parseArgs, UsageError } from './args';
import { jsonLine, runBatch } from './jsonl';
import { loadPacks } from './load';
import { EXIT_FAILURE, EXIT_NEGATIVE, EXIT_OK, readStdin, runMain, write } from './run';
import { formatTextReport } from './text-report';

const USAGE =
  'usage: npm run -s check -- [--pack FILE]... [--no-default] [--format text|json|jsonl] [--min-severity info|warn|block] [TEXT]';

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, {
    '--pack': { value: true, repeat: true },
    '--no-default': {},
    '--format': { value: true },
    '--min-severity': { value: true },
    '--help': {},
  });
  if (args.options.has('--help')) {
    await write(USAGE + '\n');
    return EXIT_OK;
  }
  const format = oneOf('--format', args.options.get('--format')?.[0], ['text', 'json', 'jsonl'] as const, 'text');
  const minSeverity = oneOf('--min-severity', args.options.get('--min-severity')?.[0], ['info', 'warn', 'block'] as const, 'info');
  if (args.positionals.length > 1) throw new UsageError(`expected at most one TEXT (quote it), got ${args.positionals.length} arguments`);
  if (format === 'jsonl' && args.positionals.length) throw new UsageError('--format jsonl reads standard input; give no TEXT');

  // The pack is loaded (and refused) before any input is read, so a bad pack fails fast with status 2.
  const { compiled } = loadPacks(args.options.get('--pack') ?? [], !args.options.has('--no-default'));
  let checker = createChecker(compiled);
  const floor = SEVERITY_RANK[minSeverity as Severity];
  const check = (text: string): Finding[] => {
    try {
      return checker.check(text).filter((f) => SEVERITY_RANK[f.severity] >= floor);
    } catch (e) {
      // The checker keeps per-sentence caches: after a fault, the next text starts from a fresh one
      // (the pack itself stays compiled once).
      checker = createChecker(compiled);
      throw e;
    }
  };

  if (format === 'jsonl') {
    // The batch goes on past a line the engine fails on, but such a run has failed: report it, exit 2.
    const failures = await runBatch(process.stdin, check);
    for (const f of failures) {
      process.stderr.write(`check: ${f.message}\n${f.cause instanceof Error && f.cause.stack ? f.cause.stack + '\n' : ''}`);
    }
    return failures.length ? EXIT_FAILURE : EXIT_OK;
  }
  const text = args.positionals[0] ?? (await readStdin());
  const findings = check(text);
  await write(format === 'json' ? jsonLine({ findings }) + '\n' : formatTextReport(text, findings));
  return findings.length ? EXIT_NEGATIVE : EXIT_OK;
}

runMain('check', USAGE, () => main(process.argv.slice(2)));
