/** Shared process plumbing for the commands: exit statuses, error printing, standard input. */
import { PackError } from '../rules/types';
import { UsageError } from './args';
import { InputError } from './files';

export const EXIT_OK = 0;
export const EXIT_NEGATIVE = 1;
export const EXIT_FAILURE = 2;

/** Runs a command; its resolved number is the exit status. Usage, input and pack errors exit 2. */
export function runMain(name: string, usage: string, main: () => Promise<number>): void {
  // A reader that stops early (`| head`) closes the pipe: that is the reader's choice, not a crash.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? EXIT_OK);
    process.stderr.write(`${name}: cannot write the output (${e.message})\n`);
    process.exit(EXIT_FAILURE);
  });
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      if (e instanceof UsageError) process.stderr.write(`${name}: ${e.message}\n${usage}\n`);
      else if (e instanceof PackError || e instanceof InputError) process.stderr.write(`${name}: ${e.message}\n`);
      else process.stderr.write(`${name}: unexpected error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = EXIT_FAILURE;
    },
  );
}

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** Writes respecting back-pressure, so a long batch into a slow pipe does not pile up in memory. */
export async function write(text: string): Promise<void> {
  if (process.stdout.write(text)) return;
  await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
}
