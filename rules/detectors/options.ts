/** Shared option checks for DetectorSpec.validateOptions: unknown keys are refused, naming the option. */

/** An error naming the first key of `options` that is not in `known`, or null. */
export function unknownOption(options: Record<string, unknown>, known: readonly string[]): string | null {
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) {
      return known.length
        ? `unknown option '${key}' (this detector takes: ${known.join(', ')})`
        : `unknown option '${key}' (this detector takes no options)`;
    }
  }
  return null;
}

/** validateOptions for a detector that takes no options. */
export function noOptions(options: Record<string, unknown>): string | null {
  return unknownOption(options, []);
}
