import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../cli/args';

const SPEC = { '--pack': { value: true, repeat: true }, '--no-default': {}, '--format': { value: true }, '-o': { value: true } } as const;

describe('parseArgs', () => {
  it('takes values after a space or an =, repeats where allowed, and keeps -- as the end of options', () => {
    const a = parseArgs(['--pack', 'a.yaml', '--pack=b.yaml', '--no-default', '-o', 'out.json', '--', '--format'], SPEC);
    expect(a.options.get('--pack')).toEqual(['a.yaml', 'b.yaml']);
    expect(a.options.has('--no-default')).toBe(true);
    expect(a.options.get('-o')).toEqual(['out.json']);
    expect(a.positionals).toEqual(['--format']);
  });

  it('reads a TEXT that starts with a dash (a bulleted draft, a negative number) as TEXT, not as an option', () => {
    expect(parseArgs(['- first point\n- second point'], SPEC).positionals).toEqual(['- first point\n- second point']);
    expect(parseArgs(['-5 degrees outside'], SPEC).positionals).toEqual(['-5 degrees outside']);
    expect(parseArgs(['-5'], SPEC).positionals).toEqual(['-5']);
    expect(parseArgs(['-'], SPEC).positionals).toEqual(['-']);
    expect(parseArgs(['—dash'], SPEC).positionals).toEqual(['—dash']);
  });

  it('refuses unknown options, missing values, values on flags and repeats of single options', () => {
    expect(() => parseArgs(['--colour'], SPEC)).toThrow(new UsageError('unknown option --colour'));
    expect(() => parseArgs(['-x'], SPEC)).toThrow(/unknown option -x/);
    expect(() => parseArgs(['--pack'], SPEC)).toThrow(/--pack needs a value/);
    expect(() => parseArgs(['--pack='], SPEC)).toThrow(/--pack needs a value/);
    expect(() => parseArgs(['--no-default=yes'], SPEC)).toThrow(/takes no value/);
    expect(() => parseArgs(['--format', 'json', '--format', 'text'], SPEC)).toThrow(/given twice/);
  });
});
