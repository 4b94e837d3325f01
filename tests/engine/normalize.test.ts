import { describe, expect, it } from 'vitest';
import { foldChars } from '../../rules/engine/unicode-fold';
import { foldedView, normalizeTerm, sliceView } from '../../rules/engine/normalize';
import { splitSentences } from '../../rules/engine/sentences';
import { buildWordStream } from '../../rules/engine/tokens';

const SAMPLES = [
  'Plain ASCII text, with punctuation!',
  'İstanbul straße ǅ ﬁ Ⅻ',
  'Вluebird ｂｌｕｅｂｉｒｄ 𝐁𝐥𝐮𝐞𝐛𝐢𝐫𝐝 ß',
  'e\u0301te\u0301 cafe\u0301 👍🏽 👨‍👩‍👧 🇫🇷',
  'שלום עולם مرحبا بالعالم \u202Ekcab\u202C',
  'zero\u200Bwidth\u200D joiner\uFEFF soft\u00ADhyphen',
  'lone \uD800 high, lone \uDC00 low, \uDC00\uD800 reversed',
  '\u0000\u0007 control \u001F chars \r\n tab\t',
];

describe('foldChars', () => {
  it.each(SAMPLES)('maps every folded char back onto whole original characters: %s', (text) => {
    const f = foldChars(text);
    expect(f.lower.length).toBe(f.cased.length);
    expect(f.start.length).toBe(f.lower.length + 1);
    for (let i = 0; i < f.lower.length; i++) {
      const s = f.start[i]!;
      const e = f.end[i]!;
      expect(s).toBeGreaterThanOrEqual(i === 0 ? 0 : f.end[i - 1]!);
      expect(e).toBeGreaterThan(s);
      // never inside a surrogate pair
      for (const edge of [s, e]) {
        if (edge > 0 && edge < text.length) {
          const pairSplit = (text.charCodeAt(edge) & 0xfc00) === 0xdc00 && (text.charCodeAt(edge - 1) & 0xfc00) === 0xd800;
          expect(pairSplit).toBe(false);
        }
      }
    }
    expect(f.start[f.lower.length]).toBe(text.length);
  });

  it('folds case per code point without changing length (İ is one unit)', () => {
    const f = foldChars('İSTANBUL');
    expect(f.lower).toBe('istanbul');
    expect(f.cased).toBe('ISTANBUL');
  });

  it('undoes look-alikes, fullwidth, mathematical letters and accents', () => {
    expect(foldChars('Вluebird').lower).toBe('bluebird');
    expect(foldChars('ｂｌｕｅ').lower).toBe('blue');
    expect(foldChars('𝐁𝐥𝐮𝐞').lower).toBe('blue');
    expect(foldChars('crème brûlée').lower).toBe('creme brulee');
    expect(foldChars('αβ').lower).toBe('ab');
  });

  it('drops zero-width characters and keeps combining marks inside the span of their letter', () => {
    const text = 'cafe\u0301!';
    const f = foldChars(text);
    expect(f.lower).toBe('cafe!');
    expect(f.end[3]).toBe(5); // 'e' plus its accent
    expect(foldChars('a\u200Bb\u200Dc\uFEFF').lower).toBe('abc');
  });
});

describe('word stream', () => {
  it('reads leetspeak only inside words with letters', () => {
    const ws = buildWordStream(foldChars('B1uebird sold 2026 units'), true);
    expect(ws.tokenCount).toBe(4);
    expect(ws.tokLeet[0]).toBe(1);
    expect(ws.tokLeet[2]).toBe(0);
  });

  it('joins single letters split by one repeated separator', () => {
    expect(normalizeTerm('p.r.o.j.e.c.t b-l-u-e', { caseSensitive: false })).toBe('project blue');
    expect(normalizeTerm('b l u e b i r d', { caseSensitive: false })).toBe('bluebird');
    expect(normalizeTerm('I am a cat', { caseSensitive: false })).toBe('i am a cat');
  });
});

describe('normalizeTerm', () => {
  it('folds case unless caseSensitive', () => {
    expect(normalizeTerm('Kestrel AI', { caseSensitive: false })).toBe('kestrel ai');
    expect(normalizeTerm('Kestrel AI', { caseSensitive: true })).toBe('Kestrel AI');
  });
  it('reads leet as its first letter, caps stretched runs at two, splits on separators', () => {
    expect(normalizeTerm('B1uebird', { caseSensitive: false })).toBe('biuebird');
    expect(normalizeTerm('blueeeebird', { caseSensitive: false })).toBe('blueebird');
    expect(normalizeTerm('project_bluebird', { caseSensitive: false })).toBe('project bluebird');
    expect(normalizeTerm('  #Project   Bluebird ', { caseSensitive: false })).toBe('project bluebird');
  });
  it('keeps letters as typed with evasion off', () => {
    expect(normalizeTerm('B1uebird', { caseSensitive: false, evasion: false })).toBe('b1uebird');
  });
  it('gives an empty string for a term without letters or digits', () => {
    expect(normalizeTerm(' -- ', { caseSensitive: false })).toBe('');
  });
});

describe('foldedView (detector input)', () => {
  it('maps each char of the view back to the original', () => {
    const text = 'Call Вob at s.e.c.r.e.t h0tline!';
    const v = foldedView(text);
    expect(v.text).toContain('bob');
    expect(v.text).toContain('secret');
    expect(v.text).toContain('hotline');
    expect(v.map.length).toBe(v.text.length + 1);
    const i = v.text.indexOf('secret');
    expect(text.slice(v.map[i]!, v.map[i + 6 - 1]! + 1)).toBe('s.e.c.r.e.t');
  });
});

describe('normalizeTerm fast path', () => {
  it('agrees with the full normalisation on plain ASCII terms', () => {
    // a trailing '.' forces the full path without changing the words
    for (const term of ['Project Bluebird', 'Kestrel AI', 'Bluueeeebird', '  spaced   out  ', 'Coffee', 'ab cd ef']) {
      for (const caseSensitive of [false, true]) {
        for (const evasion of [false, true]) {
          expect(normalizeTerm(term, { caseSensitive, evasion })).toBe(normalizeTerm(`${term}.`, { caseSensitive, evasion }));
        }
      }
    }
  });
});

describe('sliceView', () => {
  it.each([
    'Call Вob at s.e.c.r.e.t h0tline! Then B1uebird. 👍🏽 Next\nline with zero\u200Bwidth.',
    'שלום Bluebird. مرحبا? e\u0301te\u0301 ok… $hit happens!',
  ])('gives each sentence the view it would get on its own: %j', (text) => {
    const whole = foldedView(text);
    for (const s of splitSentences(text)) {
      expect(sliceView(whole, s.start, s.end)).toEqual(foldedView(text.slice(s.start, s.end)));
    }
  });
});

describe('sentence splitting', () => {
  const parts = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));
  it('does not end a sentence at a title before a name or at "no." before a number', () => {
    // (a threat that names its target's house number, "the lads at no. 14 ... Next time I'm ...", must keep the
    // group and the threat in neighbouring sentences)
    expect(parts('Mr. Khan and Dr. Osei came. Then we left.')).toEqual(['Mr. Khan and Dr. Osei came.', 'Then we left.']);
    expect(parts('The couple at no. 14 moved in. They are lovely.')).toEqual(['The couple at no. 14 moved in.', 'They are lovely.']);
    expect(parts('Arsenal vs. Spurs tonight. Pints at six.')).toEqual(['Arsenal vs. Spurs tonight.', 'Pints at six.']);
  });
  it('still ends a sentence at "no." before a word, and at a title word before lower case', () => {
    expect(parts('It was no. Not at all.')).toEqual(['It was no.', 'Not at all.']);
    expect(parts('Ask the dr. he knows.')).toEqual(['Ask the dr.', 'he knows.']);
  });
});
