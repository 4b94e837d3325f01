/** A small, strict argument parser: unknown options are usage errors, never ignored. */

export class UsageError extends Error {
  override name = 'UsageError';
}

export interface OptionSpec {
  /** takes a value (`--pack FILE` or `--pack=FILE`) */
  value?: boolean;
  /** may be given several times; values are collected in order */
  repeat?: boolean;
}

export interface ParsedArgs {
  options: Map<string, string[]>;
  positionals: string[];
}

export function parseArgs(argv: readonly string[], spec: Readonly<Record<string, OptionSpec>>): ParsedArgs {
  const options = new Map<string, string[]>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    // Only `-x` / `--name[=value]` is an option: a TEXT such as '- first point' or '-5 degrees' is not.
    if (!/^--?[A-Za-z][\w-]*(=|$)/.test(arg)) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const s = spec[name];
    if (!s) throw new UsageError(`unknown option ${name}`);
    let value = 'true';
    if (s.value) {
      const next = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (next === undefined || next === '') throw new UsageError(`${name} needs a value`);
      value = next;
    } else if (eq > 0) {
      throw new UsageError(`${name} takes no value`);
    }
    const prev = options.get(name);
    if (prev && !s.repeat) throw new UsageError(`${name} given twice`);
    options.set(name, [...(prev ?? []), value]);
  }
  return { options, positionals };
}

export function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${name} must be one of ${allowed.join(', ')}, got '${value}'`);
}
