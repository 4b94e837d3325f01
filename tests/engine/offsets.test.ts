import { describe, expect, it } from 'vitest';
import { compilePack, createChecker, resolvePack, type PackSource } from '../../rules/index';
import { CODENAMES, checkerFor, rule } from './helpers';
import { seededRandom } from '../support/seeded-random';

const PACK: PackSource = {
  format: 'draftguard/pack@1',
  id: 'acme',
  name: 'Acme',
  version: '1',
  rules: [
    ...CODENAMES.map(({ ruleId: _r, packId: _p, ...r }) => r),
    { id: 'hosts', kind: 'regex', category: 'confidential', severity: 'block', pattern: '\\b[a-z0-9.-]+\\.acme-internal\\.net\\b', flags: 'i', message: 'host' },
    { id: 'money', kind: 'phrase', category: 'confidential', severity: 'warn', match: '(revenue|earnings|profit|sales) .{0,3} #Money', message: 'money' },
  ],
} as PackSource;

const prng = seededRandom;

const NOISE = ['😀', '👍🏽', '𝐁', '\u0301', 'e\u0301', '\u200b', '\u200d', '\u200f', 'שלום', 'مرحبا', ' ', ', ', '. ', '\n', '!', '🇫🇷', '#', '-', ''];
const CORES = [
  'Project Bluebird', '#ProjectBluebird', 'B1uebird', 'Kestrel', 'Kestrel AI', 'revenue was $4m,', 'profit of 5 million dollars',
  'db1.acme-internal.net', 'jane.doe@example.com', 'FUCK THIS', 'AKIAIOSFODNN7EXAMPLE', 'call 555-123-4567', 'bluuuuebird', 'b l u e b i r d',
];

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
const onBoundary = (s: string, i: number): boolean => !(i > 0 && i < s.length && isHigh(s.charCodeAt(i - 1)) && isLow(s.charCodeAt(i)));

describe('finding offsets', () => {
  it('a phrase match never ends inside a surrogate pair', () => {
    const c = checkerFor([rule({ id: 'money', kind: 'phrase', match: '(revenue|earnings|profit|sales) .{0,3} #Money' } as never)]);
    const text = '😀revenue was $4m, 😀';
    const found = c.check(text);
    expect(found.map((f) => f.match)).toEqual(['revenue was $4m']);
    for (const f of found) {
      expect(onBoundary(text, f.start) && onBoundary(text, f.end)).toBe(true);
      expect(f.match).toBe(text.slice(f.start, f.end));
    }
  });

  it('every rule kind: start/end on code-point boundaries and match === text.slice(start, end)', () => {
    const checker = createChecker(compilePack(resolvePack([PACK])));
    const rand = prng(20261125);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
    let total = 0;
    for (let n = 0; n < 300; n++) {
      let text = '';
      const parts = 1 + Math.floor(rand() * 4);
      for (let k = 0; k < parts; k++) {
        text += pick(NOISE) + pick(NOISE) + pick(CORES) + pick(NOISE) + pick(NOISE);
        if (rand() < 0.5) text += ' ';
      }
      for (const f of checker.check(text)) {
        total++;
        expect({ text, f, ok: onBoundary(text, f.start) && onBoundary(text, f.end) && f.start < f.end }).toEqual({ text, f, ok: true });
        expect(f.match).toBe(text.slice(f.start, f.end));
      }
    }
    expect(total).toBeGreaterThan(100);
  });
});
