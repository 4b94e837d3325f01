import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePack, validatePackObject } from '../../rules/pack/parse';
import { PackIssues } from '../../rules/pack/issues';
import { PackError } from '../../rules/types';
import { issuesOf, pack, rule } from './helpers';

const acmeText = readFileSync(new URL('../fixtures/packs/acme.yaml', import.meta.url), 'utf8');

describe('parsePack', () => {
  it('reads the spec example verbatim with every field typed as written', () => {
    const p = parsePack(acmeText, 'acme.yaml');
    expect(p.id).toBe('acme');
    expect(p.version).toBe('2026.11.2');
    expect(p.serial).toBe(42);
    expect(p.extends).toEqual(['builtin:default']);
    expect(p.overrides).toEqual({ 'builtin.inflammatory.shouting': { severity: 'info' } });
    expect(p.rules.map((r) => `${r.id}:${r.kind}`)).toEqual(['codenames:terms', 'codename-kestrel:terms', 'internal-hosts:regex', 'financial-results:phrase']);
    const kestrel = p.rules[1];
    expect(kestrel?.kind === 'terms' && kestrel.caseSensitive).toBe(true);
  });

  it('reads JSON too, including a JSON file with a byte order mark', () => {
    const json = JSON.stringify(pack());
    expect(parsePack(json).id).toBe('acme');
    expect(parsePack('\ufeff' + json).id).toBe('acme');
  });

  it('names the file on YAML syntax errors, duplicate keys and custom tags', () => {
    for (const text of ['format: [unclosed', 'id: a\nid: b\n', 'format: !!binary aGVsbG8=\n', 'id: !js/function "x"\n']) {
      const [first] = issuesOf(() => parsePack(text, 'p.yaml'));
      expect(first?.file).toBe('p.yaml');
      expect(first?.message).toMatch(/not valid YAML/);
    }
  });

  it('refuses a JSON pack with a duplicate key, as YAML does, naming the file, rule, field and line', () => {
    const json = [
      '{',
      '  "format": "draftguard/pack@1", "id": "acme", "name": "A", "version": "1",',
      '  "overrides": {"builtin.pii.phone": {"severity": "info", "severity": "block"}},',
      '  "rules": [',
      '    {"id": "a", "kind": "terms", "category": "confidential", "severity": "block", "message": "m", "terms": ["x"]},',
      '    {"id": "b", "kind": "terms", "category": "confidential", "severity": "block", "message": "m",',
      '     "terms": ["x"], "examples": {"flag": ["x"], "flag": ["y"]}, "terms": ["y"]},',
      '    {"id": "c", "id": "d", "kind": "terms", "category": "confidential", "severity": "block", "message": "m", "terms": ["x"]},',
      '    {"kind": "terms", "category": "confidential", "severity": "block", "message": "m", "terms": ["x"], "message": "n"}',
      '  ],',
      '  "name": "B"',
      '}',
    ].join('\n');
    const got = issuesOf(() => parsePack(json, 'acme.json'));
    expect(got.map((i) => `${i.file} ${i.ruleId ?? '-'}/${i.field} ${/: duplicate key '([^']+)'.*\(line (\d+)\)$/.exec(i.message)?.slice(1).join('@')}`)).toEqual([
      "acme.json builtin.pii.phone/overrides.severity severity@3",
      'acme.json b/examples.flag flag@7',
      'acme.json b/terms terms@7',
      // the duplicated key is the id itself: which id would be meant? Named by place, as validation does.
      'acme.json rules[2]/id id@8',
      'acme.json rules[3]/message message@9',
      'acme.json -/name name@11',
    ]);
    expect(() => parsePack(json, 'acme.json')).toThrow("acme.json, rule 'b', field 'terms': duplicate key 'terms'");
    // once the duplicates are gone (as JSON.parse reads it), validation speaks: the last rule has no id
    expect(issuesOf(() => parsePack(JSON.stringify(JSON.parse(json)), 'acme.json')).map((i) => `${i.ruleId}/${i.field}`)).toEqual(['rules[3]/id']);
  });

  it('names a rule whose id an earlier rule already uses by its place', () => {
    const r = '{"id": "a", "kind": "terms", "category": "confidential", "severity": "block", "message": "m", "terms": ["x"]}';
    const json = `{"format": "draftguard/pack@1", "id": "acme", "name": "A", "version": "1", "rules": [${r}, ${r.replace('"terms": ["x"]', '"tags": [], "tags": [], "terms": ["y"]')}]}`;
    expect(issuesOf(() => parsePack(json))).toMatchObject([{ ruleId: 'rules[1]', field: 'tags', message: expect.stringMatching(/: duplicate key 'tags': .*\(line 1\)$/) }]);
  });

  it('checks a 5 MB built pack for duplicate keys in one pass', () => {
    const rules = Array.from({ length: 7500 }, (_, i) => ({ ...rule({ id: `r${i}` }), terms: undefined, hashed: { salt: 's', hashes: Array.from({ length: 8 }, (_, j) => (i * 8 + j).toString(16).padStart(64, '0')), maxWords: 2 } }));
    const text = JSON.stringify(pack({ rules }));
    expect(text.length).toBeGreaterThan(4.5 * 1024 * 1024);
    expect(parsePack(text).rules).toHaveLength(7500);
    const last = text.lastIndexOf('"maxWords"');
    const dup = text.slice(0, last) + '"maxWords": 3, ' + text.slice(last);
    expect(issuesOf(() => parsePack(dup))).toMatchObject([{ ruleId: 'r7499', field: 'hashed.maxWords' }]);
  });

  it('refuses many aliases (billion laughs) instead of expanding them', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
    const [first] = issuesOf(() => parsePack(lines.join('\n')));
    expect(first?.message).toMatch(/alias/i);
  });

  it('adds the line of each problem, in YAML and in JSON', () => {
    const yaml = [
      'format: draftguard/pack@1',
      'id: acme',
      'name: A',
      "version: '1'",
      'rules:',
      '  - id: a',
      '    kind: terms',
      '    category: confidential',
      '    severity: block',
      '    message: m',
      "    terms: [ok, '']",
      '  - id: a',
      '    kind: regex',
      '    category: confidential',
      '    severity: block',
      '    message: m',
      "    pattern: '(a)'",
      '    group: 3',
      '    severty: warn',
    ].join('\n');
    expect(issuesOf(() => parsePack(yaml)).map((i) => `${i.ruleId}/${i.field} ${/\(line (\d+)\)$/.exec(i.message)?.[1]}`)).toEqual([
      'a/terms[1] 11',
      // the second rule with id 'a' is named by its place, so no message is ambiguous
      'rules[1]/id 12',
      'rules[1]/severty 19',
      'rules[1]/group 18',
    ]);
    const json = '{\n"format": "draftguard/pack@1",\n"id": "acme",\n"name": "A",\n"version": 1,\n"rules": []\n}';
    expect(issuesOf(() => parsePack(json))[0]?.message).toMatch(/field 'version': .*\(line 5\)$/);
  });

  it('refuses a 50 MB text at once, before parsing it', () => {
    const huge = 'a'.repeat(50 * 1024 * 1024);
    const [first] = issuesOf(() => parsePack(huge, 'big.yaml'));
    expect(first?.message).toMatch(/pack too large \(50\.0 MB; at most 5\.0 MB\)/);
    expect(first?.file).toBe('big.yaml');
  });

  it('throws a PackError whose message lists every problem', () => {
    const bad = `format: draftguard/pack@1\nid: acme\nname: A\nversion: '1'\nrules:\n  - {id: a, kind: terms, category: x, severity: block, message: m, terms: [t]}\n  - {id: b, kind: terms, category: confidential, severity: loud, message: m, terms: [t]}\n`;
    let caught: unknown;
    try {
      parsePack(bad, 'f.yaml');
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(PackError);
    expect(caught).toBeInstanceOf(PackIssues);
    const e = caught as PackIssues;
    expect(e.details).toEqual({ file: 'f.yaml', ruleId: 'a', field: 'category' });
    expect(e.message).toContain("f.yaml, rule 'a', field 'category'");
    expect(e.message).toContain("f.yaml, rule 'b', field 'severity'");
  });
});

describe('validatePackObject', () => {
  const one = (p: unknown) => issuesOf(() => validatePackObject(p, 'f.yaml'));

  it('accepts a minimal pack and each rule kind', () => {
    const rules = [
      rule(),
      rule({ id: 'h', terms: undefined, hashed: { salt: 's', hashes: ['a'.repeat(64)], maxWords: 2 } }),
      { id: 'x', kind: 'regex', category: 'confidential', severity: 'warn', message: 'm', pattern: '(a)(b)', flags: 'iu', keywords: ['ab'], group: 2, validate: 'entropy:3.5' },
      { id: 'p', kind: 'phrase', category: 'inflammatory', severity: 'warn', message: 'm', match: ['someone should #Violent him'] },
      { id: 'd', kind: 'detector', category: 'confidential', severity: 'block', message: 'm', detector: 'pii.email', options: { x: 1 } },
    ];
    expect(validatePackObject(pack({ rules })).rules).toHaveLength(5);
    expect(validatePackObject(pack({ rules: [] })).rules).toEqual([]);
  });

  it('requires the pack fields and checks their types', () => {
    const got = one({ rules: [] });
    expect(got.map((i) => i.field)).toEqual(['format', 'id', 'name', 'version']);
    expect(one(pack({ version: 1.5 }))[0]?.message).toMatch(/expected a text, got the number 1.5 \(put it in quotes/);
    expect(one(pack({ rules: 'none' }))[0]).toMatchObject({ field: 'rules' });
    expect(one('just text')[0]?.message).toMatch(/expected a pack/);
  });

  it('names a format mismatch', () => {
    expect(one(pack({ format: 'draftguard/pack@2' }))[0]).toMatchObject({ field: 'format', message: expect.stringMatching(/expected 'draftguard\/pack@1'/) });
  });

  it('checks id syntax for packs and rules', () => {
    expect(one(pack({ id: 'Acme_Corp' }))[0]).toMatchObject({ field: 'id' });
    expect(one(pack({ rules: [rule({ id: 'Bad Id' })] }))[0]).toMatchObject({ ruleId: 'Bad Id', field: 'id' });
  });

  it('rejects unknown fields at pack and rule level, suggesting the near miss', () => {
    const got = one(pack({ rulez: [], rules: [rule({ severty: 'block' })] }));
    expect(got[0]).toMatchObject({ field: 'rulez', message: expect.stringMatching(/did you mean 'rules'/) });
    expect(got[1]).toMatchObject({ ruleId: 'r1', field: 'severty', message: expect.stringMatching(/did you mean 'severity'/) });
  });

  it('allows kind-specific fields only on their kind', () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [rule({ pattern: 'x' }), 'pattern', 'regex'],
      [rule({ kind: 'regex', terms: undefined, pattern: 'x', caseSensitive: true }), 'caseSensitive', 'terms'],
      [rule({ kind: 'phrase', terms: undefined, match: 'x', detector: 'secrets' }), 'detector', 'detector'],
      [rule({ kind: 'detector', terms: undefined, detector: 'secrets', match: 'x' }), 'match', 'phrase'],
      [rule({ kind: 'regex', terms: undefined, pattern: 'x', hash: false }), 'hash', 'terms'],
    ];
    for (const [r, field, owner] of cases) {
      expect(one(pack({ rules: [r] }))).toEqual([expect.objectContaining({ ruleId: 'r1', field, message: expect.stringContaining(`only allowed on ${owner} rules`) })]);
    }
  });

  it('names the index when a rule has no id, and finds duplicate ids', () => {
    const got = one(pack({ rules: [rule({ id: undefined }), rule({ id: 'a' }), rule({ id: 'a' })] }));
    expect(got[0]).toMatchObject({ ruleId: 'rules[0]', field: 'id' });
    expect(got[1]).toMatchObject({ ruleId: 'rules[2]', field: 'id', message: expect.stringMatching(/duplicate rule id 'a' \(already used by rules\[1\]\)/) });
  });

  it('refuses empty terms, empty strings in terms and non-text terms', () => {
    expect(one(pack({ rules: [rule({ terms: [] })] }))[0]).toMatchObject({ field: 'terms', message: expect.stringMatching(/empty list/) });
    expect(one(pack({ rules: [rule({ terms: ['ok', '  '] })] }))[0]).toMatchObject({ field: 'terms[1]' });
    expect(one(pack({ rules: [rule({ terms: ['ok', 3] })] }))[0]).toMatchObject({ field: 'terms[1]', message: expect.stringMatching(/the number 3 \(put it in quotes/) });
    // `terms: [007]` is the number 7 in YAML: the message says how to keep the codename as written
    expect(issuesOf(() => parsePack("format: draftguard/pack@1\nid: a\nname: A\nversion: '1'\nrules:\n  - {id: r, kind: terms, category: confidential, severity: block, message: m, terms: [007]}\n"))[0]?.message).toMatch(
      /rule 'r', field 'terms\[0\]': expected a text, got the number 7 \(put it in quotes to keep it a text\) \(line 6\)$/,
    );
    expect(one(pack({ rules: [rule({ terms: undefined })] }))[0]).toMatchObject({ field: 'terms', message: expect.stringMatching(/missing/) });
  });

  it('checks severity, category, override, minConfidence, enabled', () => {
    const got = one(pack({ rules: [rule({ severity: 'high', category: 'secret', override: 'never', minConfidence: 1.5, enabled: 'yes' } as never)] }));
    expect(got.map((i) => i.field).sort()).toEqual(['category', 'enabled', 'minConfidence', 'override', 'severity']);
    expect(one(pack({ rules: [rule({ minConfidence: -0.1 })] }))[0]).toMatchObject({ field: 'minConfidence' });
  });

  it('checks extends names, serial, urls and lang', () => {
    expect(one(pack({ extends: ['builtin:pii', 'builtin:everything'] }))[0]).toMatchObject({ field: 'extends[1]' });
    expect(one(pack({ serial: 2.5 }))[0]).toMatchObject({ field: 'serial' });
    expect(one(pack({ serial: -1 }))[0]).toMatchObject({ field: 'serial' });
    expect(one(pack({ serial: '42' }))[0]).toMatchObject({ field: 'serial' });
    expect(one(pack({ policyUrl: 'javascript:alert(1)' }))[0]).toMatchObject({ field: 'policyUrl' });
    expect(one(pack({ lang: 'english please' }))[0]).toMatchObject({ field: 'lang' });
  });

  it('checks regex rules: syntax, flags, group and validators', () => {
    const rx = (o: Record<string, unknown>) => rule({ kind: 'regex', terms: undefined, pattern: 'a(b)', ...o });
    expect(one(pack({ rules: [rx({ pattern: '(a' })] }))[0]).toMatchObject({ field: 'pattern', message: expect.stringMatching(/not a valid JavaScript regular expression/) });
    expect(one(pack({ rules: [rx({ flags: 'g' })] }))[0]).toMatchObject({ field: 'flags' });
    expect(one(pack({ rules: [rx({ flags: 'ii' })] }))[0]).toMatchObject({ field: 'flags' });
    expect(one(pack({ rules: [rx({ group: 2 })] }))[0]).toMatchObject({ field: 'group', message: expect.stringMatching(/1 capture group/) });
    expect(one(pack({ rules: [rx({ validate: 'md5' })] }))[0]).toMatchObject({ field: 'validate' });
    expect(one(pack({ rules: [rx({ keywords: [''] })] }))[0]).toMatchObject({ field: 'keywords[0]' });
  });

  it('checks hashed terms, examples, overrides and allow entries', () => {
    expect(one(pack({ rules: [rule({ hashed: { salt: 's', hashes: ['x'], maxWords: 1 } })] }))[0]).toMatchObject({ field: 'hashed' });
    expect(one(pack({ rules: [rule({ terms: undefined, hashed: { salt: 's', hashes: ['XYZ'], maxWords: 1 } })] }))[0]).toMatchObject({ field: 'hashed.hashes[0]' });
    expect(one(pack({ rules: [rule({ terms: undefined, hashed: { salt: 's', hashes: ['a'.repeat(64)], maxWords: 0 } })] }))[0]).toMatchObject({ field: 'hashed.maxWords' });
    // the engine hashes n-grams of at most 8 words: a larger maxWords would pass here and fail to load
    expect(one(pack({ rules: [rule({ terms: undefined, hashed: { salt: 's', hashes: ['a'.repeat(64)], maxWords: 9 } })] }))[0]).toMatchObject({
      field: 'hashed.maxWords',
      message: expect.stringMatching(/from 1 to 8, got the number 9/),
    });
    expect(one(pack({ rules: [rule({ examples: { flag: ['x'], fail: ['y'] } as never })] }))[0]).toMatchObject({ field: 'examples.fail' });
    expect(one(pack({ overrides: { 'builtin.pii.phone': { severity: 'loud' } } }))[0]).toMatchObject({ ruleId: 'builtin.pii.phone', field: 'overrides.severity' });
    expect(one(pack({ overrides: { 'builtin.pii.phone': { pattern: 'x' } } }))[0]).toMatchObject({ field: 'overrides.pattern' });
    expect(one(pack({ allow: ['ok', { regex: '(' }] }))[0]).toMatchObject({ field: 'allow[1].regex' });
    expect(one(pack({ allow: [{ regex: 'a', flag: 'i' }] }))[0]).toMatchObject({ field: 'allow[0].flag' });
    expect(one(pack({ rules: [rule({ exceptions: [''] })] }))[0]).toMatchObject({ ruleId: 'r1', field: 'exceptions[0]' });
  });

  it('refuses detector options nested deeper than a few levels (nothing downstream may overflow the stack)', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 20_000; i++) deep = { a: deep };
    const det = (options: unknown) => ({ id: 'd', kind: 'detector', category: 'confidential', severity: 'info', message: 'm', detector: 'pii.email', options });
    expect(one(pack({ rules: [det(deep)] }))).toEqual([expect.objectContaining({ ruleId: 'd', field: 'options', message: expect.stringMatching(/nested more than 8 levels/) })]);
    expect(() => validatePackObject(pack({ rules: [det({ a: { b: [1, { c: 2 }] } })] }))).not.toThrow();
  });

  it('is not fooled by inherited property names', () => {
    expect(one(pack({ extends: ['toString'] }))[0]).toMatchObject({ field: 'extends[0]' });
    const proto = issuesOf(() => parsePack('{"format":"draftguard/pack@1","id":"a","name":"A","version":"1","rules":[],"__proto__":{"x":1}}'));
    expect(proto[0]).toMatchObject({ field: '__proto__', message: expect.stringMatching(/unknown field/) });
    expect(issuesOf(() => parsePack("format: draftguard/pack@1\nid: a\nname: A\nversion: '1'\n__proto__: {x: 1}\nrules: []\n"))[0]).toMatchObject({ field: '__proto__' });
  });

  it('refuses over 20,000 rules or 200,000 terms without checking them one by one', () => {
    const many = Array.from({ length: 20_001 }, () => ({}));
    expect(one(pack({ rules: many }))).toEqual([expect.objectContaining({ field: 'rules', message: expect.stringMatching(/too many rules \(20001; at most 20000\)/) })]);
    const terms = Array.from({ length: 200_001 }, (_, i) => `t${i}`);
    expect(one(pack({ rules: [rule({ terms })] }))).toEqual([expect.objectContaining({ field: 'rules', message: expect.stringMatching(/too many terms/) })]);
  });
});
