import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { builtinPacks } from '../../rules/packs/index';
import { findingsOf, fixture, ROOT, runCli, scratch, type JsonFinding } from './run-cli';

const ACME = ['--pack', fixture('acme.yaml')];
// Each test spawns real processes on a machine shared with other builds: allow for a slow start.
vi.setConfig({ testTimeout: 120_000 });

const tmp = scratch();
afterAll(() => tmp.cleanup());

/** A built-in rule's own flag example, when the built-in packs have one yet. */
const builtinSample = builtinPacks('builtin:default')
  .flatMap((p) => p.rules.map((r) => ({ ruleId: `${p.id}.${r.id}`, text: r.examples?.flag?.[0], enabled: r.enabled !== false })))
  .find((r) => r.text !== undefined && r.enabled);

const ids = (fs: JsonFinding[]) => fs.map((f) => f.ruleId);

describe('check --format json', () => {
  it('reports a codename with its rule, category, severity and exact offsets; exit 1', async () => {
    const text = 'Counting down to the #ProjectBluebird reveal';
    const r = await runCli('check', ['--format', 'json', ...ACME, text]);
    expect(r.code).toBe(1);
    const { findings } = JSON.parse(r.stdout) as { findings: JsonFinding[] };
    const f = findings.find((x) => x.ruleId === 'acme.codenames');
    expect(f).toMatchObject({ category: 'confidential', severity: 'block' });
    expect(text.slice(f!.start, f!.end)).toBe(f!.match);
    expect(f!.match).toContain('ProjectBluebird');
    expect(f!.message).toBe(`'${f!.match}' is an internal codename.`);
  });

  it('prints {"findings": []} and exits 0 on ordinary text, read from standard input', async () => {
    const r = await runCli('check', ['--format', 'json', ...ACME], 'A blue bird sat on the fence.\n');
    expect(r).toMatchObject({ code: 0, stdout: '{"findings":[]}\n' });
  });

  it('--min-severity drops findings below it and sets the exit status from what is left', async () => {
    const text = 'Q3 revenue was $4.2 million, a record for the #ProjectBluebird team';
    const all = await findingsOf(ACME, text);
    expect(ids(all)).toEqual(expect.arrayContaining(['acme.financial-results', 'acme.codenames']));
    const blockOnly = await findingsOf([...ACME, '--min-severity', 'block'], text);
    expect(blockOnly.length).toBeGreaterThan(0);
    expect(blockOnly.every((f) => f.severity === 'block')).toBe(true);
    const warnOnly = await runCli('check', ['--format', 'json', ...ACME, '--min-severity', 'block', 'Q3 revenue was $4.2 million']);
    expect(warnOnly).toMatchObject({ code: 0, stdout: '{"findings":[]}\n' });
    expect((await runCli('check', [...ACME, '--min-severity', 'warn', 'Q3 revenue was $4.2 million'])).code).toBe(1);
  });

  it('--no-default with no pack has no rules at all', async () => {
    const r = await runCli('check', ['--no-default', '--format', 'json', builtinSample?.text ?? 'my password is hunter2']);
    expect(r).toMatchObject({ code: 0, stdout: '{"findings":[]}\n' });
  });

  it.skipIf(!builtinSample)('includes the built-in default unless --no-default, and once when a pack extends it too', async () => {
    const text = builtinSample?.text ?? '';
    const count = (fs: JsonFinding[]) => fs.filter((f) => f.ruleId === builtinSample?.ruleId).length;
    const [byDefault, none, viaExtends, both] = await findingsUnder([[], ['--no-default'], ['--no-default', ...ACME], ACME], text);
    expect(count(byDefault!)).toBeGreaterThan(0);
    expect(none).toEqual([]);
    expect(count(viaExtends!)).toBe(count(byDefault!));
    expect(count(both!)).toBe(count(byDefault!));
  });
});

/** One text under several argument lists. */
function findingsUnder(argLists: string[][], text: string): Promise<JsonFinding[][]> {
  return Promise.all(argLists.map((args) => findingsOf(args, text)));
}

describe('check --format text', () => {
  it('prints position, rule and message, the source line and carets under the match', async () => {
    const text = 'Launch day!\nB1uebird is coming';
    const [f] = await findingsOf(ACME, text);
    const r = await runCli('check', [...ACME, text]);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    const head = lines.findIndex((l) => l.includes('acme.codenames'));
    expect(lines[head]).toMatch(new RegExp(`^2:${f!.start - 12 + 1}\\s+block\\s+confidential\\s+acme\\.codenames\\s+'B1uebird' is an internal codename\\.`));
    expect(lines[head + 1]).toBe('    B1uebird is coming');
    expect(lines[head + 2]).toBe(`    ${' '.repeat(f!.start - 12)}${'^'.repeat(f!.end - f!.start)}`);
    expect(r.stdout).toMatch(/1 finding \(1 block\)\n$/);
  });

  it('says "no findings" and exits 0 when clean', async () => {
    expect(await runCli('check', [...ACME, 'Lovely weather today'])).toMatchObject({ code: 0, stdout: 'no findings\n' });
  });
});

describe('check --format jsonl', () => {
  it('answers every line in order, reports bad lines and goes on; exit 0', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'B1uebird is coming' }),
      '{not json',
      JSON.stringify({ id: 7, text: 'A kestrel hovered over the field' }),
      JSON.stringify({ id: 'no-text' }),
      '',
      JSON.stringify({ id: 'c', text: 'Kestrel ships next week' }),
    ].join('\n');
    const r = await runCli('check', ['--format', 'jsonl', ...ACME], input + '\n');
    expect(r.code).toBe(0);
    const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out).toHaveLength(6);
    expect(out[0]).toMatchObject({ id: 'a', findings: [expect.objectContaining({ ruleId: 'acme.codenames', match: 'B1uebird' })] });
    expect(out[1]).toMatchObject({ id: null, line: 2, error: expect.stringMatching(/not valid JSON/) });
    expect(out[2]).toEqual({ id: 7, findings: [] });
    expect(out[3]).toMatchObject({ id: 'no-text', line: 4, error: expect.stringMatching(/field 'text'/) });
    expect(out[4]).toMatchObject({ id: null, line: 5 });
    expect(out[5]).toMatchObject({ id: 'c', findings: [expect.objectContaining({ ruleId: 'acme.codename-kestrel', match: 'Kestrel' })] });
  });

  it('refuses TEXT with jsonl (it reads standard input)', async () => {
    const r = await runCli('check', ['--format', 'jsonl', 'text']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^check: .*jsonl.*\nusage: npm run -s check/);
  });
});

describe('check usage and bad packs', () => {
  it('exits 2 with a usage line on bad options', async () => {
    const cases = [['--format', 'xml', 'x'], ['--colour', 'x'], ['one', 'two']];
    const results = await Promise.all(cases.map((args) => runCli('check', args)));
    results.forEach((r, i) => {
      expect(r.code, cases[i]?.join(' ')).toBe(2);
      expect(r.stderr).toContain('usage: npm run -s check --');
    });
  });

  const head = "format: draftguard/pack@1\nid: bad\nname: Bad\nversion: '1'\nrules:\n";
  const bad: [string, string, RegExp][] = [
    ['wrong-type.yaml', `${head}  - {id: r1, kind: terms, category: confidential, severity: 3, message: m, terms: [x]}\n`, /rule 'r1', field 'severity': expected one of info, warn, block, got the number 3/],
    ['duplicate.yaml', `${head}  - {id: r1, kind: terms, category: confidential, severity: block, message: m, terms: [x]}\n  - {id: r1, kind: terms, category: confidential, severity: block, message: m, terms: [y]}\n`, /rule 'rules\[1\]', field 'id': duplicate rule id 'r1'/],
    ['empty-terms.yaml', `${head}  - {id: r1, kind: terms, category: confidential, severity: block, message: m, terms: []}\n`, /rule 'r1', field 'terms': expected at least one entry/],
    ['bad-regex.yaml', `${head}  - {id: r1, kind: regex, category: confidential, severity: block, message: m, pattern: '[a-'}\n`, /rule 'r1', field 'pattern': not a valid JavaScript regular expression/],
    ['catastrophic.yaml', `${head}  - {id: r1, kind: regex, category: confidential, severity: block, message: m, pattern: '(a+)+$'}\n`, /rule '(bad\.)?r1', field 'pattern'/],
    ['unknown-field.yaml', `${head}  - {id: r1, kind: terms, category: confidential, severity: block, message: m, terms: [x], severty: warn}\n`, /rule 'r1', field 'severty': unknown field/],
    ['unknown-detector.yaml', `${head}  - {id: r1, kind: detector, category: confidential, severity: block, message: m, detector: no.such.detector}\n`, /rule '(bad\.)?r1', field 'detector'/],
  ];
  for (const [name, text, expected] of bad) {
    it(`exits 2 naming the file, rule and field: ${name}`, async () => {
      const file = tmp.file(name, text);
      const r = await runCli('check', ['--pack', file, 'some text']);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(file);
      expect(r.stderr).toMatch(expected);
    });
  }

  it('reports a bad allow-list regex with the rule errors, under the field and file the author wrote', async () => {
    const file = tmp.file(
      'bad-allow.yaml',
      `format: draftguard/pack@1\nid: ba\nname: B\nversion: '1'\nallow:\n  - fine\n  - {regex: '(a|aa)+$'}\nrules:\n` +
        `  - {id: r1, kind: regex, category: confidential, severity: block, message: m, pattern: '(a+)+$'}\n`,
    );
    const r = await runCli('check', ['--pack', fixture('acme.yaml'), '--pack', file, 'x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^check: 2 problems:\n/);
    expect(r.stderr).toContain(`${file}, rule 'ba.r1', field 'pattern': refused`);
    // allow[1] of this file (the merged list also holds the acme pack's entries), and its field is 'regex'
    expect(r.stderr).toContain(`${file}, field 'allow[1].regex': refused`);
  });

  it('refuses a pack file that is not UTF-8, naming the line', async () => {
    const file = tmp.file('latin1.yaml', Buffer.concat([Buffer.from(`${head}  - {id: r1, kind: terms, category: confidential, severity: block, message: m, terms: [caf`), Buffer.from([0xe9]), Buffer.from(']}\n')]));
    const r = await runCli('check', ['--pack', file, 'café']);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toBe(`check: ${file}: not UTF-8 text (line 6); save it as UTF-8\n`);
  });

  it('refuses a 50 MB pack quickly without reading it', async () => {
    const file = tmp.file('huge.yaml', Buffer.alloc(50 * 1024 * 1024, 'a'));
    const r = await runCli('check', ['--pack', file, 'x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/pack too large \(50\.0 MB; at most 5\.0 MB\)/);
  });

  it('exits 2 on a pack file that does not exist', async () => {
    const r = await runCli('check', ['--pack', `${tmp.dir}/missing.yaml`, 'x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/missing\.yaml: cannot read \(no such file\)/);
  });
});

describe('check output into a closed pipe', () => {
  it('stops quietly when the reader goes away (| head), without a stack trace', async () => {
    const input = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: i, text: `line ${i} mentions B1uebird and the #ProjectBluebird launch` })).join('\n') + '\n';
    const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'cli/check.ts'), '--format', 'jsonl', '--pack', fixture('acme.yaml')], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdin.on('error', () => undefined); // the child may exit before reading all of it
    child.stdin.end(input);
    // read the first answer, then close our end of the pipe, as `head -1` does
    await new Promise<void>((done) => child.stdout.once('data', () => done()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
