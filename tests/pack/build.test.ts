import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildPack, canonicalJson, guessableTerms } from '../../rules/pack/build';
import { parsePack, validatePackObject } from '../../rules/pack/parse';
import type { TermsRule } from '../../rules/types';
import { asPack, issuesOf, rule } from './helpers';

describe('canonicalJson', () => {
  it('sorts keys at every depth, keeps array order and has no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: 'x y' } })).toBe('{"a":{"c":"x y","d":[3,{"y":2,"z":1}]},"b":1}');
  });

  it('is the same text however the object was built, and round-trips through JSON.parse', () => {
    const a = { id: 'p', rules: [{ x: 1, y: null }], name: 'é "q"' };
    const b = { name: 'é "q"', rules: [{ y: null, x: 1 }], id: 'p' };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(JSON.parse(canonicalJson(a))).toEqual(a);
  });

  it('drops undefined members and refuses values JSON cannot hold', () => {
    expect(canonicalJson({ a: undefined, b: 2 })).toBe('{"b":2}');
    expect(() => canonicalJson(Number.NaN)).toThrow(/no JSON form/);
    expect(() => canonicalJson({ a: Infinity })).toThrow(/no JSON form/);
  });
});

describe('buildPack', () => {
  const src = asPack({
    rules: [
      rule({ id: 'codes', terms: ['Project Bluebird', 'Kestrel AI'], examples: { flag: ['x'], pass: ['y'] }, suggestions: ['our upcoming product'] }),
      rule({ id: 'exact', terms: ['Osprey'], caseSensitive: true, evasion: false }),
      rule({ id: 'clear', terms: ['Acme Cloud'], hash: false }),
      rule({ id: 'loud', category: 'inflammatory', terms: ['idiot'], examples: { flag: ['you idiot'] } }),
    ],
  });

  it('hashes confidential terms with one salt, keeps caseSensitive/evasion, drops examples and hash', () => {
    const built = buildPack(src, { salt: 'fixed-salt' });
    const [codes, exact, clear, loud] = built.rules as TermsRule[];
    expect(codes?.terms).toBeUndefined();
    expect(codes?.examples).toBeUndefined();
    expect(codes?.hashed).toMatchObject({ salt: 'fixed-salt', maxWords: 2 });
    expect(codes?.hashed?.hashes.length).toBeGreaterThanOrEqual(2);
    expect(codes?.hashed?.hashes.every((h) => /^[0-9a-f]{64}$/.test(h))).toBe(true);
    expect(exact).toMatchObject({ caseSensitive: true, evasion: false, hashed: { salt: 'fixed-salt' } });
    expect(clear).toMatchObject({ terms: ['Acme Cloud'], hash: false });
    expect(clear?.hashed).toBeUndefined();
    expect(loud).toMatchObject({ terms: ['idiot'], examples: { flag: ['you idiot'] } });
    // what the browser receives must itself be a valid pack
    expect(validatePackObject(JSON.parse(canonicalJson(built))).rules).toHaveLength(4);
    expect(src.rules[0]).toHaveProperty('terms');
  });

  it('is reproducible with a given salt and different with a random one', () => {
    expect(canonicalJson(buildPack(src, { salt: 's' }))).toBe(canonicalJson(buildPack(src, { salt: 's' })));
    const a = buildPack(src).rules[0] as TermsRule;
    const b = buildPack(src).rules[0] as TermsRule;
    expect(a.hashed?.salt).toMatch(/^[0-9a-f]{32}$/);
    expect(a.hashed?.salt).not.toBe(b.hashed?.salt);
    expect(a.hashed?.hashes).not.toEqual(b.hashed?.hashes);
  });

  it('hashes case-sensitive terms differently from case-insensitive ones', () => {
    const one = (caseSensitive: boolean) => (buildPack(asPack({ rules: [rule({ terms: ['Kestrel'], caseSensitive })] }), { salt: 's' }).rules[0] as TermsRule).hashed?.hashes;
    expect(one(true)).not.toEqual(one(false));
  });

  it('leaves no clear term in the output', () => {
    const text = canonicalJson(buildPack(src, { salt: 's' })).toLowerCase();
    for (const t of ['bluebird', 'kestrel', 'osprey']) expect(text).not.toContain(t);
    expect(text).toContain('acme cloud');
  });

  it('refuses an id, message, note or suggestion that names a hashed term, case-insensitively', () => {
    const leaky = asPack({
      rules: [
        rule({ id: 'bluebird-watch', terms: ['bluebird'], message: "Don't mention Bluebird", note: 'BLUEBIRD is secret', suggestions: ['not #ProjectBluebird'] }),
        rule({ id: 'other', category: 'inflammatory', terms: ['x'], message: 'fine', examples: { flag: ['about bluebirds'] } }),
      ],
    });
    const got = issuesOf(() => buildPack(leaky, { file: 'p.yaml' }));
    expect(got.map((i) => `${i.ruleId}:${i.field}`)).toEqual(['bluebird-watch:id', 'bluebird-watch:message', 'bluebird-watch:note', 'bluebird-watch:suggestions[0]', 'other:examples.flag[0]']);
    expect(got[0]?.file).toBe('p.yaml');
    expect(got[1]?.message).toMatch(/hashed term 'bluebird'/);
  });

  it('refuses a hashed term anywhere else it would travel in clear: allow, exceptions, tags, other rules, patterns, ids', () => {
    const leaky = asPack({
      publisher: 'Bluebird Labs',
      disable: ['acme.bluebird-v1'],
      overrides: { 'acme.other': { note: 'no #ProjectBluebird here' } },
      allow: ['Bluebird Cafe', { regex: 'bluebird-\\d+' }],
      rules: [
        rule({ id: 'codes', terms: ['Project Bluebird', 'Bluebird'], exceptions: ['Bluebird Cafe'], tags: ['bluebird'] }),
        rule({ id: 'other', category: 'inflammatory', terms: ['bluebirds', 'fine'] }),
        { id: 'rx', kind: 'regex', category: 'confidential', severity: 'info', message: 'm', pattern: '\\bproject[- ]bluebird\\b', keywords: ['bluebird'] },
        { id: 'ph', kind: 'phrase', category: 'confidential', severity: 'info', message: 'm', match: 'launch of bluebird' },
      ],
    });
    expect(issuesOf(() => buildPack(leaky, { salt: 's' })).map((i) => `${i.ruleId ?? '-'}:${i.field}`).sort()).toEqual([
      '-:allow[0]',
      '-:allow[1].regex',
      '-:disable[0]',
      '-:publisher',
      'acme.other:overrides.note',
      'codes:exceptions[0]',
      'codes:tags[0]',
      'other:terms[0]',
      'ph:match',
      'rx:keywords[0]',
      'rx:pattern',
    ]);
    // the rule's own vocabulary (kind, category, severity...) and the hashes are not texts that can leak
    expect(() => buildPack(asPack({ rules: [rule({ terms: ['block'], message: 'Say it another way' })] }), { salt: 's' })).not.toThrow();
  });

  it('refuses a hashed term longer than the engine hashes (8 words), naming the term, instead of building a pack that cannot load', () => {
    const long = 'one two three four five six seven eight nine';
    expect(issuesOf(() => buildPack(asPack({ rules: [rule({ terms: ['Bluebird', long] })] }), { salt: 's' }))).toEqual([
      expect.objectContaining({ ruleId: 'r1', field: 'terms[1]', message: expect.stringMatching(/has 9 words; a hashed term has at most 8 .*hash: false/) }),
    ]);
    const eight = 'one two three four five six seven eight';
    const built = buildPack(asPack({ rules: [rule({ terms: [eight] })] }), { salt: 's' });
    expect((built.rules[0] as TermsRule).hashed?.maxWords).toBe(8);
    expect(validatePackObject(JSON.parse(canonicalJson(built))).rules).toHaveLength(1);
    // kept in clear, a long term is fine
    expect(() => buildPack(asPack({ rules: [rule({ terms: [long], hash: false })] }))).not.toThrow();
  });

  it('names the term that has nothing to hash', () => {
    expect(issuesOf(() => buildPack(asPack({ rules: [rule({ terms: ['Bluebird', '!!!'] })] }), { salt: 's' }))).toEqual([
      expect.objectContaining({ ruleId: 'r1', field: 'terms[1]', message: expect.stringMatching(/'!!!' has no letters or digits/) }),
    ]);
  });

  it('does not refuse short terms inside longer innocent words', () => {
    const p = asPack({ rules: [rule({ terms: ['AI'], message: 'Maintain discretion about unreleased work' })] });
    expect(() => buildPack(p)).not.toThrow();
  });

  it('hashes a non-confidential rule only when it asks with hash: true', () => {
    const p = asPack({ rules: [rule({ id: 'asked', category: 'inflammatory', terms: ['slurword'], hash: true }), rule({ id: 'not', category: 'inflammatory', terms: ['other'] })] });
    const [asked, not] = buildPack(p, { salt: 's' }).rules as TermsRule[];
    expect(asked?.terms).toBeUndefined();
    expect(asked?.hashed?.hashes.length).toBeGreaterThan(0);
    expect(not?.terms).toEqual(['other']);
  });

  it('lists the hashed terms short enough to guess, for the build warning', () => {
    expect(guessableTerms(src)).toEqual([{ ruleId: 'exact', terms: ['Osprey'] }]);
  });

  it('refuses the spec example as written: the rule id codename-kestrel names its own codename', () => {
    const acme = parsePack(readFileSync(new URL('../fixtures/packs/acme.yaml', import.meta.url), 'utf8'));
    expect(issuesOf(() => buildPack(acme))).toEqual([expect.objectContaining({ ruleId: 'codename-kestrel', field: 'id' })]);
  });
});

describe('buildPack with evasion: false', () => {
  it('hashes the term as written, so the built pack matches exactly what the clear one matches', async () => {
    const { resolvePack } = await import('../../rules/pack/resolve');
    const { compilePack } = await import('../../rules/engine/compile');
    const { createChecker } = await import('../../rules/engine/checker');
    const clear = asPack({ rules: [rule({ id: 'model', terms: ['B00M'], evasion: false })] });
    const built = buildPack(clear, { salt: 'fixed-salt' });
    const ids = (pack: typeof clear, text: string) =>
      createChecker(compilePack(resolvePack([pack], { includeDefault: false }))).check(text).map((f) => f.ruleId);
    for (const text of ['The B00M release', 'The boom release', 'The b00m release']) {
      expect(ids(built, text), text).toEqual(ids(clear, text));
    }
    expect(ids(built, 'The B00M release')).toHaveLength(1);
  });
});
