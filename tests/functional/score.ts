/** Scores the functional suite: a case passes when the reported category set equals the expected one. */
import type { Category } from '../../rules/types';
import { INFLAMMATORY_BEHAVIOURS } from './cases/inflammatory';
import { PROTECTED_BEHAVIOURS } from './cases/protected';
import type { Behaviour, FunctionalCase } from './cases/types';
import { check, type HarnessFinding } from './harness';

export const BEHAVIOURS: readonly Behaviour[] = [...INFLAMMATORY_BEHAVIOURS, ...PROTECTED_BEHAVIOURS];

export interface CaseResult {
  case: FunctionalCase;
  got: Category[];
  ok: boolean;
  findings: HarnessFinding[];
}

export interface BehaviourResult {
  behaviour: Behaviour;
  results: CaseResult[];
  passed: number;
  accuracy: number;
}

export function reported(findings: readonly HarnessFinding[], countInfo: boolean): Category[] {
  const cats = new Set<Category>();
  // only the two language categories: a case is about them, whatever other packs notice
  for (const f of findings) if ((countInfo || f.severity !== 'info') && f.category !== 'confidential') cats.add(f.category);
  return [...cats].sort();
}

export function scoreBehaviour(b: Behaviour, run: (text: string) => HarnessFinding[] = check): BehaviourResult {
  const results = b.cases.map((c) => {
    const findings = run(c.text);
    const got = reported(findings, b.countInfo === true);
    const want = [...c.expect].sort();
    return { case: c, got, ok: got.length === want.length && got.every((g, i) => g === want[i]), findings };
  });
  const passed = results.filter((r) => r.ok).length;
  return { behaviour: b, results, passed, accuracy: passed / results.length };
}
