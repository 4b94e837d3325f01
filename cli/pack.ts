/**
 * `npm run -s pack -- validate|test|build|keygen|sign|verify ...`  (../shared/spec/cli.md)
 * Each command loads only what it needs, so keygen/sign/verify start without the engine or YAML.
 */
import { parseArgs, UsageError, type ParsedArgs } from './args';
import { runMain } from './run';

const USAGE = [
  'usage: npm run -s pack -- validate FILE',
  '       npm run -s pack -- test [FILE]',
  '       npm run -s pack -- build IN -o OUT',
  '       npm run -s pack -- keygen -o KEYFILE',
  '       npm run -s pack -- sign FILE --key KEYFILE',
  '       npm run -s pack -- verify FILE --pub PUBKEY [--pub PUBKEY]...',
].join('\n');

type Command = (args: ParsedArgs) => Promise<number>;

const COMMANDS: Record<string, { options: Record<string, { value?: boolean; repeat?: boolean }>; positionals: [number, number]; run: () => Promise<Command> }> = {
  validate: { options: {}, positionals: [1, 1], run: async () => (await import('./pack-validate')).validateCommand },
  test: { options: {}, positionals: [0, 1], run: async () => (await import('./pack-test')).testCommand },
  build: { options: { '-o': { value: true } }, positionals: [1, 1], run: async () => (await import('./pack-build')).buildCommand },
  keygen: { options: { '-o': { value: true } }, positionals: [0, 0], run: async () => (await import('./pack-keys')).keygenCommand },
  sign: { options: { '--key': { value: true } }, positionals: [1, 1], run: async () => (await import('./pack-keys')).signCommand },
  verify: { options: { '--pub': { value: true, repeat: true } }, positionals: [1, 1], run: async () => (await import('./pack-keys')).verifyCommand },
};

const REQUIRED: Record<string, string> = { build: '-o', keygen: '-o', sign: '--key', verify: '--pub' };

async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--help' || name === 'help') {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (name === undefined) throw new UsageError('missing command');
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) throw new UsageError(`unknown command '${name}'`);
  const args = parseArgs(rest, command.options);
  const [min, max] = command.positionals;
  if (args.positionals.length < min || args.positionals.length > max) {
    throw new UsageError(`${name}: expected ${min === max ? min : `${min} to ${max}`} file argument${max === 1 ? '' : 's'}, got ${args.positionals.length}`);
  }
  const required = REQUIRED[name];
  if (required && !args.options.has(required)) throw new UsageError(`${name}: ${required} is required`);
  return (await command.run())(args);
}

runMain('pack', USAGE, () => main(process.argv.slice(2)));
