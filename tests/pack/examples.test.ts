import { describe, expect, it } from 'vitest';
import { compilePack } from '../../rules/engine/compile';
import { runExamples } from '../../rules/pack/examples';
import { resolvePack } from '../../rules/pack/resolve';
import { asPack, rule } from './helpers';

function run(rules: Record<string, unknown>[], extra: Record<string, unknown> = {}, only?: (id: string) => boolean) {
  const resolved = resolvePack([asPack({ rules, ...extra })], { includeDefault: false });
  return runExamples(resolved, compilePack(resolved), only ? { only } : {});
}

describe('runExamples', () => {
  it('counts examples that hold', () => {
    expect(run([rule({ terms: ['Osprey'], examples: { flag: ['Osprey is coming', 'the #Osprey launch'], pass: ['a fish hawk over the lake'] } })])).toEqual({
      passed: 3,
      failures: [],
    });
  });

  it('a flag example needs a finding of that very rule, not of another', () => {
    const got = run([rule({ id: 'a', terms: ['Osprey'], examples: { flag: ['Heron news'] } }), rule({ id: 'b', terms: ['Heron'] })]);
    expect(got.passed).toBe(0);
    expect(got.failures).toEqual([{ ruleId: 'acme.a', kind: 'flag', text: 'Heron news', got: 'acme.b on "Heron" [0-5]' }]);
  });

  it('a pass example fails on a finding of that rule only', () => {
    const got = run([rule({ id: 'a', terms: ['Osprey'], examples: { pass: ['Osprey and Heron'] } }), rule({ id: 'b', terms: ['Heron'], examples: { pass: ['Osprey only'] } })]);
    expect(got.passed).toBe(1);
    expect(got.failures).toEqual([{ ruleId: 'acme.a', kind: 'pass', text: 'Osprey and Heron', got: 'acme.a on "Osprey" [0-6]' }]);
  });

  it('runs with the pack allow list in force, and only the rules asked for', () => {
    const rules = [rule({ id: 'a', terms: ['Osprey'], examples: { flag: ['Osprey Cloud is public'] } }), rule({ id: 'b', terms: ['Heron'], examples: { flag: ['no heron'] } })];
    const got = run(rules, { allow: ['Osprey Cloud'] }, (id) => id === 'acme.a');
    expect(got.failures.map((f) => f.ruleId)).toEqual(['acme.a']);
    expect(got.failures[0]?.got).toBe('no finding');
  });
});
