/** `npm run server -- …`: runs the reference admin endpoint until SIGTERM or SIGINT. */
import { createApp } from './app';
import { parseArgs, USAGE, UsageError } from './config';

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  let config;
  try {
    config = parseArgs(argv, process.env);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`draftguard server: ${e.message}\n\n${USAGE}\n`);
      process.exitCode = 2;
      return;
    }
    throw e;
  }
  const app = createApp(config);
  const address = await app.listen();
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  // Tests and scripts read this line to learn the port when started with --port 0.
  process.stdout.write(`listening on http://${host}:${address.port}\n`);
  process.stderr.write(
    `db ${config.db}; pack ${config.pack ?? '(none)'}; ingestion ${config.token ? 'needs --token' : 'open'}; ` +
      `summary ${config.adminToken ? 'needs --admin-token' : 'loopback only'}; min-count ${config.minCount}; retention ${config.retentionDays} days\n`,
  );

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`${signal}: finishing requests in flight, then closing the database\n`);
    app.close().then(
      () => process.exit(0),
      (e: unknown) => {
        process.stderr.write(`shutdown failed: ${(e as Error).message}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((e: unknown) => {
  const err = e as NodeJS.ErrnoException;
  process.stderr.write(`draftguard server: ${err.code === 'EADDRINUSE' ? 'the port is already in use' : err.message}\n`);
  process.exit(1);
});
