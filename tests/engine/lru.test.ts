import { describe, expect, it } from 'vitest';
import { Lru } from '../../rules/engine/lru';
import { splitSentences, MAX_SENTENCE } from '../../rules/engine/sentences';

describe('Lru', () => {
  it('keeps at most its capacity and forgets the least recently used', () => {
    const l = new Lru<string, number>(2);
    l.set('a', 1);
    l.set('b', 2);
    expect(l.get('a')).toBe(1);
    l.set('c', 3);
    expect(l.get('b')).toBeUndefined();
    expect(l.get('a')).toBe(1);
    expect(l.get('c')).toBe(3);
    expect(l.size).toBe(2);
  });
});

describe('splitSentences', () => {
  const parts = (t: string): string[] => splitSentences(t).map((s) => t.slice(s.start, s.end));
  it('splits after terminators followed by space and at line breaks, keeping offsets', () => {
    expect(parts('Hello there. How are you? Fine!  Ok… next\nline two')).toEqual(['Hello there.', 'How are you?', 'Fine!', 'Ok…', 'next', 'line two']);
    expect(parts('Version 2.0 is out. "Quoted." Then (this.) end')).toEqual(['Version 2.0 is out.', '"Quoted."', 'Then (this.)', 'end']);
  });
  it('numbers paragraphs across blank lines only', () => {
    const s = splitSentences('One. Two.\nThree.\n\nFour.');
    expect(s.map((x) => x.paragraph)).toEqual([0, 0, 0, 1]);
  });
  it('cuts very long runs at whitespace', () => {
    const t = 'word '.repeat(1000);
    const s = splitSentences(t);
    expect(s.length).toBeGreaterThan(4);
    for (const x of s) expect(x.end - x.start).toBeLessThanOrEqual(MAX_SENTENCE);
    expect(splitSentences('x'.repeat(5000)).length).toBe(5);
  });
  it('handles empty and whitespace-only text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\t ')).toEqual([]);
  });
});
