/** The server's settings and the command line that sets them (shared/spec/admin-endpoint.md). */
import path from 'node:path';

export interface ServerConfig {
  host: string;
  port: number;
  db: string;
  pack?: string;
  token?: string;
  adminToken?: string;
  minCount: number;
  retentionDays: number;
  /** requests being read or answered at once before new ones get 429 */
  maxInFlight: number;
  bodyLimitBytes: number;
}

export const DEFAULT_DB = path.join('server', 'data', 'stats.db');

export const DEFAULTS: ServerConfig = {
  host: '127.0.0.1',
  port: 8787,
  db: DEFAULT_DB,
  minCount: 5,
  retentionDays: 400,
  maxInFlight: 256,
  bodyLimitBytes: 256 * 1024,
};

export const USAGE = `Usage: npm run server -- [--port 8787] [--host 127.0.0.1] [--db FILE] [--pack FILE]
                         [--token TOKEN] [--admin-token TOKEN] [--min-count 5] [--retention-days 400]
                         [--max-in-flight 256]

Tokens may also come from the environment (DRAFTGUARD_TOKEN, DRAFTGUARD_ADMIN_TOKEN), which keeps
them out of the process list.`;

export class UsageError extends Error {}

function int(name: string, value: string, min: number, max: number): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`${name}: expected a whole number, got ${JSON.stringify(value)}`);
  const n = Number(value);
  if (n < min || n > max) throw new UsageError(`${name}: expected ${min} to ${max}, got ${n}`);
  return n;
}

function token(name: string, value: string): string {
  // Short tokens can be guessed; a browser-held ingestion token is long-lived, so make it strong.
  if (value.length < 16) throw new UsageError(`${name}: use at least 16 characters (e.g. openssl rand -base64 32)`);
  if (/\s/.test(value)) throw new UsageError(`${name}: must not contain spaces`);
  return value;
}

export function parseArgs(argv: readonly string[], env: NodeJS.ProcessEnv = {}): ServerConfig {
  const config: ServerConfig = { ...DEFAULTS };
  if (env.DRAFTGUARD_TOKEN) config.token = token('DRAFTGUARD_TOKEN', env.DRAFTGUARD_TOKEN);
  if (env.DRAFTGUARD_ADMIN_TOKEN) config.adminToken = token('DRAFTGUARD_ADMIN_TOKEN', env.DRAFTGUARD_ADMIN_TOKEN);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const value = (): string => {
      if (eq > 0) return arg.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${name}: missing value`);
      return v;
    };
    switch (name) {
      case '--port': config.port = int(name, value(), 0, 65535); break;
      case '--host': config.host = value(); break;
      case '--db': config.db = value(); break;
      case '--pack': config.pack = value(); break;
      case '--token': config.token = token(name, value()); break;
      case '--admin-token': config.adminToken = token(name, value()); break;
      case '--min-count': config.minCount = int(name, value(), 0, 1_000_000); break;
      case '--retention-days': config.retentionDays = int(name, value(), 1, 36_500); break;
      case '--max-in-flight': config.maxInFlight = int(name, value(), 1, 100_000); break;
      default: throw new UsageError(`unknown option ${arg}`);
    }
  }
  if (config.token !== undefined && config.token === config.adminToken) {
    // Every browser holds the ingestion token; if it also opened the summary, anyone could read it.
    throw new UsageError('--admin-token must differ from --token');
  }
  return config;
}
