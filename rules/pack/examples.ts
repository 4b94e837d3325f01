/**
 * `pack test`: every rule's own examples, run through the real checker with the whole resolved pack in
 * force (so the pack's allow list and overrides count, as they will in the browser).
 */
import { createChecker } from '../engine/checker';
import type { CompiledPack } from '../engine/compile';
import type { Finding, ResolvedPack } from '../types';

export interface ExampleFailure {
  ruleId: string;
  kind: 'flag' | 'pass';
  text: string;
  /** what the checker found instead, in words */
  got: string;
}

export interface ExampleResult {
  passed: number;
  failures: ExampleFailure[];
}

export interface ExampleOptions {
  /** only the rules this returns true for (e.g. one pack's own rules); default all */
  only?: (ruleId: string) => boolean;
}

export function runExamples(resolved: ResolvedPack, compiled: CompiledPack, opts: ExampleOptions = {}): ExampleResult {
  const checker = createChecker(compiled);
  const result: ExampleResult = { passed: 0, failures: [] };
  for (const rule of resolved.rules) {
    if (!rule.examples || (opts.only && !opts.only(rule.ruleId))) continue;
    for (const kind of ['flag', 'pass'] as const) {
      for (const text of rule.examples[kind] ?? []) {
        const findings = checker.check(text);
        const own = findings.filter((f) => f.ruleId === rule.ruleId);
        const ok = kind === 'flag' ? own.length > 0 : own.length === 0;
        if (ok) result.passed++;
        else result.failures.push({ ruleId: rule.ruleId, kind, text, got: describeFindings(kind === 'flag' ? findings : own) });
      }
    }
  }
  return result;
}

function describeFindings(findings: readonly Finding[]): string {
  if (!findings.length) return 'no finding';
  return findings.map((f) => `${f.ruleId} on ${JSON.stringify(f.match)} [${f.start}-${f.end}]`).join('; ');
}
