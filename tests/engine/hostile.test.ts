import { describe, expect, it } from 'vitest';
import { buildHashedTerms } from '../../rules/engine/hashed-terms';
import { CODENAMES, checkerFor, rule } from './helpers';

const rules = [
  ...CODENAMES,
  rule({ id: 'host', kind: 'regex', pattern: '\\b[a-z0-9.-]+\\.acme-internal\\.net\\b', flags: 'i' }),
  rule({ id: 'any-num', kind: 'regex', pattern: '\\d{4,}' }),
  rule({ id: 'words', kind: 'regex', pattern: '(?:\\w+\\s){2}secret' }),
  rule({ id: 'fin', kind: 'phrase', match: '(revenue|profit) .{0,3} #Money' }),
  rule({ id: 'rude', kind: 'terms', category: 'inflammatory', terms: ['ass', 'sex'] }),
];

describe('hostile input against hashed terms', () => {
  const hashed = checkerFor([rule({ id: 'h', kind: 'terms', hashed: buildHashedTerms(['Project Bluebird', 'Kestrel'], { caseSensitive: false, salt: 's' }) })]);
  it.each([
    ['camelCase 100k', 'aB'.repeat(50_000)],
    ['one letter 100k', 'a'.repeat(100_000)],
    ['leet 100k', 'a1'.repeat(50_000)],
    ['many words', 'word '.repeat(20_000)],
  ])('%s', (_name, text) => {
    expect(hashed.check(`${text} Project Bluebird`).map((f) => f.match)).toEqual(['Project Bluebird']);
  });
});

describe('hostile input terminates with a sane answer', () => {
  const c = checkerFor(rules);
  const sane = (text: string): void => {
    const found = c.check(text);
    expect(Array.isArray(found)).toBe(true);
    for (const f of found) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(f.start, f.end)).toBe(f.match);
    }
  };

  it('1 MB of text', () => {
    const sentence = 'Our team shipped the Bluebird update to db1.acme-internal.net and profit rose $5 million. ';
    const text = sentence.repeat(Math.ceil(1_000_000 / sentence.length)).slice(0, 1_000_000);
    const found = c.check(text);
    expect(found.filter((f) => f.ruleId === 'acme.codenames').length).toBeGreaterThan(10_000);
    sane(text.slice(0, 5000));
  });
  it('a single 100,000-character word', () => {
    sane('a'.repeat(100_000));
    sane('ab'.repeat(50_000));
    sane(`${'x'.repeat(100_000)} Bluebird`);
    expect(c.check(`${'x'.repeat(100_000)} Bluebird`).map((f) => f.match)).toEqual(['Bluebird']);
  });
  it('one letter spelled out 50,000 times', () => {
    sane('a '.repeat(50_000));
    sane('b.'.repeat(50_000));
  });
  it('lone surrogates and control characters', () => {
    sane('\uD800Bluebird\uDC00 \uDFFF\uD800\u0000\u0001\u001B[31m ass \u007F');
    expect(c.check('\uD800Bluebird\uDC00').map((f) => f.match)).toEqual(['Bluebird']);
  });
  it('phrase parsing of odd sentences', () => {
    sane('revenue \uD800 $5 \u0000\u0001 million \uDFFF profit 9\u200B9 \u202E $3');
    sane(`profit $${'9'.repeat(5000)} revenue ${'$'.repeat(2000)}`);
  });
  it('only zero-width characters', () => {
    expect(c.check('\u200B\u200C\u200D\uFEFF'.repeat(10_000))).toEqual([]);
    expect(c.check('')).toEqual([]);
  });
  it('a pathological near-miss for a polynomial pattern', () => {
    sane(`${'word '.repeat(20_000)}secre`);
  });
  it('digits and leet symbols everywhere', () => {
    sane('1'.repeat(100_000));
    sane('$@!|'.repeat(25_000));
    sane('a1'.repeat(50_000));
  });
  it('rejects a non-string draft clearly', () => {
    expect(() => c.check(undefined as unknown as string)).toThrow(/string/);
  });
});
