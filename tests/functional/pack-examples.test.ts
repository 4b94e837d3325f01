import { describe, expect, it } from 'vitest';
import { INFLAMMATORY_PACK } from '../../rules/packs/inflammatory';
import { PROTECTED_PACK } from '../../rules/packs/protected';
import { check } from './harness';

const rules = [INFLAMMATORY_PACK, PROTECTED_PACK].flatMap((p) => p.rules.map((r) => ({ id: `${p.id}.${r.id}`, rule: r })));

describe('built-in language packs: rule examples', () => {
  it('keeps the pack ids and the shouting rule id the spec names', () => {
    expect(INFLAMMATORY_PACK.id).toBe('builtin.inflammatory');
    expect(PROTECTED_PACK.id).toBe('builtin.protected');
    expect(rules.map((r) => r.id)).toContain('builtin.inflammatory.shouting');
    expect(rules.find((r) => r.id === 'builtin.inflammatory.shouting')?.rule.severity).toBe('info');
  });

  it.each(rules.map((r) => [r.id, r.rule] as const))('%s has examples of both kinds, and they pass', (id, rule) => {
    const flag = rule.examples?.flag ?? [];
    const pass = rule.examples?.pass ?? [];
    expect(flag.length).toBeGreaterThan(0);
    expect(pass.length).toBeGreaterThan(0);
    for (const t of flag) expect(check(t).some((f) => f.ruleId === id), `should flag: ${t}`).toBe(true);
    for (const t of pass) expect(check(t).some((f) => f.ruleId === id), `should pass: ${t}`).toBe(false);
  });

  it('never repeats a slur in a protected message (no {match})', () => {
    for (const r of PROTECTED_PACK.rules) expect(r.message).not.toContain('{match}');
  });

  it('tags every protected finding with the characteristic it attacks', () => {
    const f = check('Immigrants are vermin.').find((x) => x.ruleId === 'builtin.protected.group-attack');
    expect(f?.tags).toContain('origin');
    const s = check('Those f4gg0ts should stay away.').find((x) => x.ruleId === 'builtin.protected.slur');
    expect(s?.tags).toEqual(expect.arrayContaining(['slur', 'sexual-orientation']));
  });
});
