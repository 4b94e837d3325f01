import { PackError, type PackSource, type Rule } from '../../rules/types';
import { PackIssues } from '../../rules/pack/issues';

export function rule(over: Partial<Rule> & Record<string, unknown> = {}): Record<string, unknown> {
  return { id: 'r1', kind: 'terms', category: 'confidential', severity: 'block', message: 'm', terms: ['Bluebird'], ...over };
}

export function pack(over: Record<string, unknown> = {}): Record<string, unknown> {
  return { format: 'draftguard/pack@1', id: 'acme', name: 'Acme', version: '1', rules: [rule()], ...over };
}

export function asPack(over: Record<string, unknown> = {}): PackSource {
  return pack(over) as unknown as PackSource;
}

/** The issues a call throws, as {ruleId, field, message}; fails the test when it does not throw. */
export function issuesOf(fn: () => unknown): { ruleId?: string; field?: string; message: string; file?: string }[] {
  try {
    fn();
  } catch (e) {
    if (!(e instanceof PackError)) throw e;
    const list = e instanceof PackIssues ? e.issues : [e];
    return list.map((i) => ({ ...i.details, message: i.message }));
  }
  throw new Error('expected a PackError, but nothing was thrown');
}
