import { describe, expect, it } from 'vitest';
import { Automaton } from '../../rules/engine/automaton';

function naive(patterns: string[], text: string): string[] {
  const out: string[] = [];
  patterns.forEach((p, id) => {
    for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) out.push(`${id}@${i + p.length}`);
  });
  return out.sort();
}

function scan(patterns: string[], text: string): string[] {
  const a = new Automaton();
  patterns.forEach((p) => a.add(p));
  a.build();
  const out: string[] = [];
  a.scan(text, (p, end) => out.push(`${p}@${end}`));
  return out.sort();
}

describe('Automaton', () => {
  it('finds every occurrence of every pattern, overlapping ones included', () => {
    const patterns = ['he', 'she', 'his', 'hers', 'e', 'sh'];
    const text = 'ushers shehis hershe';
    expect(scan(patterns, text)).toEqual(naive(patterns, text));
  });

  it('agrees with a naive search on random texts', () => {
    let seed = 7;
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const alpha = 'abc';
    const word = (len: number): string => Array.from({ length: len }, () => alpha[rnd(3)]).join('');
    for (let round = 0; round < 30; round++) {
      const patterns = [...new Set(Array.from({ length: 8 }, () => word(1 + rnd(4))))];
      const text = word(60);
      expect(scan(patterns, text)).toEqual(naive(patterns, text));
    }
  });

  it('works over non-ASCII code units and filters patterns', () => {
    const a = new Automaton();
    const x = a.add('שלום');
    a.add('👍');
    a.build();
    const hits: number[] = [];
    a.scan('אבג שלום 👍', (p) => hits.push(p), (p) => p === x);
    expect(hits).toEqual([x]);
    expect(a.lengthOf(x)).toBe(4);
  });

  it('agrees with a naive search in both forms: small (resolved transition table) and large (sparse edges)', () => {
    let seed = 11;
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const alpha = 'abcdefghijklmnopqrstuvwxyz0123é😀 ';
    const word = (len: number): string => Array.from({ length: len }, () => alpha[rnd(alpha.length)]).join('');
    // a few patterns fit the table; thousands of long ones (tens of thousands of states) do not
    for (const [count, min] of [[12, 1], [6000, 4]] as const) {
      const patterns = [...new Set(Array.from({ length: count }, () => word(min + rnd(6))))];
      for (let round = 0; round < 5; round++) {
        const text = word(400) + patterns[rnd(patterns.length)]! + word(20);
        expect(scan(patterns, text)).toEqual(naive(patterns, text));
      }
    }
  });

  it('refuses additions after build', () => {
    const a = new Automaton();
    a.add('x');
    a.build();
    expect(() => a.add('y')).toThrow();
  });
});
