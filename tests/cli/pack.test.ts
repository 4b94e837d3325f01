import { createPublicKey, verify as cryptoVerify } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { base64ToBytes } from '../../rules/pack/base64';
import { canonicalJson } from '../../rules/pack/canonical-json';
import { batchFindings, findingsOf, fixture, runCli, scratch, type JsonFinding } from './run-cli';

// Each test spawns real processes on a machine shared with other builds: allow for a slow start.
vi.setConfig({ testTimeout: 120_000 });

const tmp = scratch();
afterAll(() => tmp.cleanup());

const USAGE = 'usage: npm run -s pack -- validate FILE';

describe('pack validate', () => {
  it('accepts the spec example and says what is in force', async () => {
    const r = await runCli('pack', ['validate', fixture('acme.yaml')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/acme\.yaml: valid pack 'acme' version 2026\.11\.2: 4 rules/);
  });

  it('prints unknown ids in disable/overrides as warnings and still exits 0', async () => {
    const file = tmp.file('warn.yaml', "format: draftguard/pack@1\nid: w\nname: W\nversion: '1'\ndisable: [builtin.gone.rule]\noverrides: {w.nope: {severity: info}}\nrules: []\n");
    const r = await runCli('pack', ['validate', file]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("warning: " + file + ": pack 'w', disable: no rule 'builtin.gone.rule' (ignored)");
    expect(r.stderr).toContain("overrides: no rule 'w.nope'");
  });

  it('exits 2 listing every schema problem, and on compile errors', async () => {
    const file = tmp.file('two.yaml', "format: draftguard/pack@1\nid: t\nname: T\nversion: '1'\nrules:\n  - {id: a, kind: terms, category: confidential, severity: block, message: m, terms: ['']}\n  - {id: b, kind: regex, category: secret, severity: block, message: m, pattern: x}\n");
    const r = await runCli('pack', ['validate', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}, rule 'a', field 'terms[0]'`);
    expect(r.stderr).toContain(`${file}, rule 'b', field 'category'`);
    const cat = tmp.file(
      'cat.yaml',
      "format: draftguard/pack@1\nid: c\nname: C\nversion: '1'\nrules:\n" +
        "  - {id: evil, kind: regex, category: confidential, severity: block, message: m, pattern: '(x+x+)+y'}\n" +
        "  - {id: fine, kind: terms, category: confidential, severity: block, message: m, terms: [ok]}\n" +
        "  - {id: nodet, kind: detector, category: confidential, severity: block, message: m, detector: no.such.thing}\n",
    );
    const c = await runCli('pack', ['validate', cat]);
    expect(c.code).toBe(2);
    // the compiler stops at its first error; validate still reports every rule that does not compile
    expect(c.stderr).toMatch(/^pack: 2 problems:\n/);
    // compile errors carry the line of the rule's field, like schema errors
    expect(c.stderr).toMatch(new RegExp(`${cat.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, rule 'c.evil', field 'pattern': .*\\(line 6\\)`));
    expect(c.stderr).toMatch(/rule 'c.nodet', field 'detector': .*\(line 8\)/);
  });

  it('exits 2 on a JSON pack with a duplicate key (JSON.parse would keep the last), naming file, rule, field and line', async () => {
    const rule = '"kind": "terms", "category": "confidential", "severity": "block", "message": "m", "terms": ["Bluebird"]';
    const file = tmp.file(
      'dup.json',
      `{\n  "format": "draftguard/pack@1",\n  "id": "d",\n  "name": "D",\n  "version": "1",\n  "rules": [\n` +
        `    {"id": "a", ${rule}},\n    {"id": "b", ${rule},\n     "severity": "info"}\n  ]\n}\n`,
    );
    const r = await runCli('pack', ['validate', file]);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toBe(`pack: ${file}, rule 'b', field 'severity': duplicate key 'severity': JSON keeps only the last one, so remove or rename the other (line 9)\n`);
    // the same pack in YAML was already refused (uniqueKeys); both formats now agree
    const yaml = tmp.file('dup.yaml', "format: draftguard/pack@1\nid: d\nname: D\nversion: '1'\nrules:\n  - {id: b, kind: terms, category: confidential, severity: block, message: m, terms: [x], severity: info}\n");
    expect(await runCli('pack', ['validate', yaml])).toMatchObject({ code: 2, stderr: expect.stringContaining(yaml) });
  });

  it('exits 2 with a usage line on bad usage', async () => {
    const cases = [[], ['frobnicate'], ['build', fixture('acme.yaml')], ['test', 'a', 'b']];
    const results = await Promise.all(cases.map((args) => runCli('pack', args)));
    results.forEach((r, i) => {
      expect(r.code, cases[i]?.join(' ')).toBe(2);
      expect(r.stderr).toContain(USAGE);
    });
  });
});

describe('pack test', () => {
  it('passes the spec example examples', async () => {
    const r = await runCli('pack', ['test', fixture('acme.yaml')]);
    expect(r.stdout).toMatch(/3 of 3 examples passed\n$/);
    expect(r.code).toBe(0);
  });

  it('exits 1 and prints each failing example with what was found', async () => {
    const r = await runCli('pack', ['test', fixture('failing-examples.yaml')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('FAIL wrong.osprey flag: "Nothing to see here"\n     expected a finding of this rule, got: no finding');
    expect(r.stdout).toMatch(/FAIL wrong\.osprey pass: "Osprey launches on Monday"\n {5}expected none of this rule, got: wrong\.osprey on "Osprey" \[0-6\]/);
    expect(r.stdout).toMatch(/0 of 2 examples passed, 2 failed\n$/);
  });

  it('runs the built-in packs without a FILE, exiting as its report says', async () => {
    const r = await runCli('pack', ['test']);
    expect(r.stdout).toMatch(/^built-in packs: (no examples to run|\d+ of \d+ examples passed(, \d+ failed)?)$/m);
    expect(r.code).toBe(/FAIL /.test(r.stdout) ? 1 : 0);
  });
});

describe('pack build', () => {
  it('refuses the spec example as written, naming rule codename-kestrel and field id', async () => {
    const r = await runCli('pack', ['build', fixture('acme.yaml'), '-o', `${tmp.dir}/never.json`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/acme\.yaml, rule 'codename-kestrel', field 'id': mentions the hashed term 'Kestrel'/);
    expect(existsSync(`${tmp.dir}/never.json`)).toBe(false);
  });

  const built = `${tmp.dir}/acme.json`;
  it('writes canonical JSON with no codename in clear, which validates', async () => {
    const r = await runCli('pack', ['build', fixture('acme-build.yaml'), '-o', built]);
    expect(r.code).toBe(0);
    // short codenames are hashed, but the admin is told they can be guessed
    expect(r.stderr).toContain(`rule 'codenames': 1 hashed term of 8 letters or fewer ("Bluebird") can be recovered from the hashes by brute force`);
    expect(r.stderr).toContain(`rule 'codename-cased': 1 hashed term`);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(2);
    expect(r.stdout).toMatch(/built .*acme\.json: 4 rules, terms of 2 hashed/);
    const text = readFileSync(built, 'utf8');
    expect(canonicalJson(JSON.parse(text))).toBe(text);
    for (const codename of ['bluebird', 'kestrel', 'B1uebird']) expect(text.toLowerCase()).not.toContain(codename.toLowerCase());
    expect(text).toContain('acme-internal'); // the host rule is a regex and stays readable
    expect((await runCli('pack', ['validate', built])).code).toBe(0);
  });

  it('the built (hashed) pack catches the same forms as the clear one, and stays silent alike', async () => {
    const texts = [
      'Counting down to the #ProjectBluebird reveal',
      'B1uebird is coming',
      'the project-bluebird repo',
      'Kestrel AI beats everything',
      'Kestrel ships next week',
      'a kestrel hovered over the field',
      'A blue bird sat on the fence',
      'Blue birds are lovely this spring',
    ];
    const key = (fs: JsonFinding[]) => fs.map((f) => `${f.ruleId}@${f.start}-${f.end}`).sort();
    const clear = (await batchFindings(['--no-default', '--pack', fixture('acme-build.yaml')], texts)).map(key);
    const hashed = (await batchFindings(['--no-default', '--pack', built], texts)).map(key);
    expect(hashed).toEqual(clear);
    // and the forms are really caught (not two empty answers agreeing)
    expect(clear.slice(0, 5).every((k) => k.length > 0)).toBe(true);
    expect(clear.slice(5)).toEqual([[], [], []]);
    expect((await findingsOf(['--no-default', '--pack', built], 'B1uebird is coming')).map((f) => f.ruleId)).toEqual(['acme.codenames']);
  });

  it('exits 2 when OUT cannot be written, leaving no temporary file behind', async () => {
    const dir = `${tmp.dir}/out-dir`;
    mkdirSync(dir);
    const r = await runCli('pack', ['build', fixture('acme-build.yaml'), '-o', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${dir}: cannot write (is a directory)`);
    expect(readdirSync(tmp.dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('draws a new salt for each build', async () => {
    const again = `${tmp.dir}/acme2.json`;
    expect((await runCli('pack', ['build', fixture('acme-build.yaml'), '-o', again])).code).toBe(0);
    expect(readFileSync(again, 'utf8')).not.toBe(readFileSync(built, 'utf8'));
  });
});

describe('pack keygen / sign / verify', () => {
  const key = `${tmp.dir}/signing.json`;
  let publicKey = '';

  it('keygen writes a 0600 key file and prints the public key', async () => {
    const r = await runCli('pack', ['keygen', '-o', key]);
    expect(r.code).toBe(0);
    publicKey = r.stdout.trim();
    expect(base64ToBytes(publicKey)?.length).toBe(32);
    expect(statSync(key).mode & 0o777).toBe(0o600);
    const k = JSON.parse(readFileSync(key, 'utf8')) as { publicKey: string; privateKey: string };
    expect(k.publicKey).toBe(publicKey);
    expect(base64ToBytes(k.privateKey)?.length).toBeGreaterThan(32);
  });

  it('keygen refuses to overwrite a key file', async () => {
    const r = await runCli('pack', ['keygen', '-o', key]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/already exists/);
  });

  it('signs, verifies with a key file or the bare key, and fails verify after tampering', async () => {
    const file = tmp.file('pack.json', '{"format":"draftguard/pack@1","id":"s","name":"S","rules":[],"serial":3,"version":"1"}');
    expect((await runCli('pack', ['verify', file, '--pub', key])).code).toBe(1); // no .sig yet
    const s = await runCli('pack', ['sign', file, '--key', key]);
    expect(s.code).toBe(0);
    expect(base64ToBytes(readFileSync(`${file}.sig`, 'utf8'))?.length).toBe(64);
    // an independent Ed25519 implementation (node:crypto) accepts the signature over the file's exact bytes
    const spki = Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), Buffer.from(publicKey, 'base64')]);
    const nodeKey = createPublicKey({ key: spki, format: 'der', type: 'spki' });
    expect(cryptoVerify(null, readFileSync(file), nodeKey, Buffer.from(readFileSync(`${file}.sig`, 'utf8'), 'base64'))).toBe(true);
    expect(cryptoVerify(null, Buffer.concat([readFileSync(file), Buffer.from(' ')]), nodeKey, Buffer.from(readFileSync(`${file}.sig`, 'utf8'), 'base64'))).toBe(false);
    expect(await runCli('pack', ['verify', file, '--pub', key])).toMatchObject({ code: 0, stdout: `${file}: valid signature\n` });
    expect((await runCli('pack', ['verify', file, '--pub', publicKey])).code).toBe(0);
    const pubFile = tmp.file('pub.txt', `${publicKey}\n`);
    expect((await runCli('pack', ['verify', file, '--pub', pubFile])).code).toBe(0);

    const other = await runCli('pack', ['keygen', '-o', `${tmp.dir}/other.json`]);
    expect((await runCli('pack', ['verify', file, '--pub', other.stdout.trim()])).code).toBe(1);
    expect((await runCli('pack', ['verify', file, '--pub', other.stdout.trim(), '--pub', publicKey])).code).toBe(0);

    writeFileSync(file, readFileSync(file, 'utf8').replace('"S"', '"T"'));
    const t = await runCli('pack', ['verify', file, '--pub', key]);
    expect(t.code).toBe(1);
    expect(t.stdout).toMatch(/INVALID signature/);
  });

  it('sign refuses a pack without serial (browsers refuse such a signed pack), writing no .sig', async () => {
    const file = tmp.file('noserial.json', '{"format":"draftguard/pack@1","id":"s","name":"S","rules":[],"version":"1"}');
    const r = await runCli('pack', ['sign', file, '--key', key]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}: field 'serial': missing; a signed pack must carry a serial`);
    expect(existsSync(`${file}.sig`)).toBe(false);
  });

  it('verify answers 1 (invalid) for an empty or oversized .sig, not 2', async () => {
    const file = tmp.file('p3.json', '{}');
    tmp.file('p3.json.sig', '');
    expect((await runCli('pack', ['verify', file, '--pub', key])).code).toBe(1);
    tmp.file('p3.json.sig', 'A'.repeat(100_000));
    const r = await runCli('pack', ['verify', file, '--pub', key]);
    expect(r).toMatchObject({ code: 1, stderr: '' });
    expect(r.stdout).toMatch(/INVALID signature/);
  });

  it('exits 2 on a PUBKEY that is neither a key nor a file, and on a broken key file', async () => {
    const file = tmp.file('p2.json', '{}');
    expect((await runCli('pack', ['verify', file, '--pub', 'not-a-key'])).code).toBe(2);
    const broken = tmp.file('broken-key.json', '{"privateKey": "AAAA"}');
    const r = await runCli('pack', ['sign', file, '--key', broken]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/field 'privateKey'/);
  });
});
