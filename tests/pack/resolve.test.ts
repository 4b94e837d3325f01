import { describe, expect, it } from 'vitest';
import { resolvePack } from '../../rules/pack/resolve';
import { builtinPacks } from '../../rules/packs/index';
import { PACK_FORMAT, type PackSource, type Rule } from '../../rules/types';
import { asPack, rule } from './helpers';

const builtinRuleCount = builtinPacks('builtin:default').reduce((n, p) => n + p.rules.length, 0);
const piiRuleCount = builtinPacks('builtin:pii')[0]?.rules.length ?? 0;

/** A stand-in "built-in-like" pack that always has rules, so merging is observable either way. */
function base(): PackSource {
  return asPack({ id: 'base', name: 'Base', version: '7', policyUrl: 'https://base.example/policy', rules: [rule({ id: 'a' }), rule({ id: 'b', severity: 'warn' }), rule({ id: 'c' })] });
}

describe('resolvePack', () => {
  it('prefixes rule ids with the pack id and keeps each pack policyUrl for its rules', () => {
    const r = resolvePack([base(), asPack({ id: 'acme', policyUrl: 'https://acme.example/p', rules: [rule({ id: 'x', link: 'https://acme.example/x' })] })], { includeDefault: false });
    expect(r.rules.map((x) => x.ruleId)).toEqual(['base.a', 'base.b', 'base.c', 'acme.x']);
    expect(r.rules[0]).toMatchObject({ packId: 'base', policyUrl: 'https://base.example/policy', id: 'a' });
    expect(r.rules[3]).toMatchObject({ packId: 'acme', policyUrl: 'https://acme.example/p', link: 'https://acme.example/x' });
  });

  it('takes id, name, version, serial and policyUrl from the last pack', () => {
    const r = resolvePack([base(), asPack({ id: 'acme', name: 'Acme', version: '2026.1', serial: 9, policyUrl: 'https://acme.example/p', lang: 'en-GB' })]);
    expect(r).toMatchObject({ id: 'acme', name: 'Acme', version: '2026.1', serial: 9, policyUrl: 'https://acme.example/p', lang: 'en-GB' });
  });

  it('is "builtin" / "DraftGuard default" when only the built-ins are in force', () => {
    const r = resolvePack([]);
    expect(r).toMatchObject({ id: 'builtin', name: 'DraftGuard default', lang: 'en' });
    expect(r.rules).toHaveLength(builtinRuleCount);
    expect(r.serial).toBeUndefined();
    expect(resolvePack([], { includeDefault: false }).rules).toEqual([]);
  });

  it('includes a built-in once even when named by the default and by extends, several times', () => {
    const p = asPack({ extends: ['builtin:pii', 'builtin:default', 'builtin:pii'], rules: [] });
    const r = resolvePack([p, asPack({ id: 'other', extends: ['builtin:default'], rules: [] })], { includeDefault: true });
    const ids = r.rules.map((x) => x.ruleId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(builtinRuleCount);
    expect(resolvePack([asPack({ extends: ['builtin:pii'], rules: [] })], { includeDefault: false }).rules).toHaveLength(piiRuleCount);
    expect(r.warnings.filter((w) => w.includes('replaces'))).toEqual([]);
  });

  it('applies disable and overrides by full id; unknown ids are warnings, not errors', () => {
    const org = asPack({
      disable: ['base.a', 'builtin.nothing.here'],
      overrides: { 'base.b': { severity: 'block', message: 'changed', minConfidence: 0.8 }, 'base.zzz': { severity: 'info' } },
      rules: [],
    });
    const r = resolvePack([base(), org], { includeDefault: false });
    expect(r.rules.map((x) => x.ruleId)).toEqual(['base.b', 'base.c']);
    expect(r.rules[0]).toMatchObject({ severity: 'block', message: 'changed', minConfidence: 0.8 });
    expect(r.warnings).toEqual(["pack 'acme', disable: no rule 'builtin.nothing.here' (ignored)", "pack 'acme', overrides: no rule 'base.zzz' (ignored)"]);
  });

  it('shows the full id when disable or overrides names a rule by its bare id', () => {
    const r = resolvePack([base(), asPack({ disable: ['a'], overrides: { c: { severity: 'info' } }, rules: [] })], { includeDefault: false });
    expect(r.rules).toHaveLength(3);
    expect(r.warnings).toEqual([
      "pack 'acme', disable: no rule 'a' (ignored); ids take their pack prefix: did you mean 'base.a'?",
      "pack 'acme', overrides: no rule 'c' (ignored); ids take their pack prefix: did you mean 'base.c'?",
    ]);
  });

  it('lets a later pack re-enable what an earlier one disabled, and overrides win in order', () => {
    const first = asPack({ id: 'first', disable: ['base.c'], overrides: { 'base.a': { severity: 'info' } }, rules: [] });
    const second = asPack({ id: 'second', overrides: { 'base.c': { enabled: true }, 'base.a': { severity: 'warn' } }, rules: [] });
    const r = resolvePack([base(), first, second], { includeDefault: false });
    expect(r.rules.map((x) => x.ruleId)).toEqual(['base.a', 'base.b', 'base.c']);
    expect(r.rules[0]?.severity).toBe('warn');
  });

  it('drops rules authored with enabled: false', () => {
    const r = resolvePack([asPack({ rules: [rule({ id: 'on' }), rule({ id: 'off', enabled: false })] })], { includeDefault: false });
    expect(r.rules.map((x) => x.ruleId)).toEqual(['acme.on']);
  });

  it('unions allow lists without duplicates', () => {
    const r = resolvePack([asPack({ id: 'p1', allow: ['Acme Cloud', { regex: 'x+', flags: 'i' }] }), asPack({ id: 'p2', allow: ['Acme Cloud', 'careers@acme.com', { regex: 'x+', flags: 'i' }, { regex: 'x+' }] })], {
      includeDefault: false,
    });
    expect(r.allow).toEqual(['Acme Cloud', { regex: 'x+', flags: 'i' }, 'careers@acme.com', { regex: 'x+' }]);
  });

  it('does not modify the packs it is given', () => {
    const b = base();
    const snapshot = JSON.stringify(b);
    resolvePack([b, asPack({ overrides: { 'base.a': { severity: 'info' } }, disable: ['base.b'], rules: [] })], { includeDefault: false });
    expect(JSON.stringify(b)).toBe(snapshot);
  });

  it('a later pack with the same id replaces the earlier rule, with a warning', () => {
    const v1: PackSource = { format: PACK_FORMAT, id: 'acme', name: 'A', version: '1', rules: [rule({ id: 'x', message: 'old' }) as unknown as Rule] };
    const v2: PackSource = { ...v1, version: '2', rules: [rule({ id: 'x', message: 'new' }) as unknown as Rule] };
    const r = resolvePack([v1, v2], { includeDefault: false });
    expect(r.rules.map((x) => x.message)).toEqual(['new']);
    expect(r.warnings[0]).toMatch(/replaces/);
  });
});
