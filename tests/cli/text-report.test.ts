import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { answerLine, jsonLine, runBatch } from '../../cli/jsonl';
import { caretLines, formatTextReport, LineIndex, locate } from '../../cli/text-report';
import type { Finding } from '../../rules/types';

const at = (text: string, match: string) => {
  const start = text.indexOf(match);
  return caretLines(text, start, start + match.length);
};

describe('caret lines', () => {
  it('puts carets under the match on its own line', () => {
    expect(at('first line\nsay Bluebird now', 'Bluebird')).toEqual(['say Bluebird now', '    ^^^^^^^^']);
    expect(locate('first line\r\nsay Bluebird now', 16)).toMatchObject({ line: 2, column: 5 });
  });

  it('copies tabs so the carets line up in a terminal', () => {
    expect(at('\tname:\tBluebird', 'Bluebird')).toEqual(['\tname:\tBluebird', '\t     \t^^^^^^^^']);
  });

  it('gives wide characters two cells and zero-width ones none, and counts columns in characters', () => {
    expect(at('漢字 Bluebird', 'Bluebird')).toEqual(['漢字 Bluebird', '     ^^^^^^^^']);
    expect(at('🎉 Bluebird', 'Bluebird')).toEqual(['🎉 Bluebird', '   ^^^^^^^^']);
    expect(at('cafe\u0301 Bluebird', 'Bluebird')).toEqual(['cafe\u0301 Bluebird', '     ^^^^^^^^']);
    expect(at('漢字 Bluebird', '漢字')[1]).toBe('^^^^');
    expect(locate('🎉 Bluebird', 3).column).toBe(3);
  });

  it('never prints control characters raw (a draft may hold terminal escapes)', () => {
    const [shown, carets] = at('\u001b[31mred Bluebird', 'Bluebird');
    expect(shown).toBe('\uFFFD[31mred Bluebird');
    expect(carets).toBe('         ^^^^^^^^');
  });

  it('shows a window of a long line around the match', () => {
    const text = `${'x'.repeat(500)} Bluebird ${'y'.repeat(500)}`;
    const [shown, carets] = at(text, 'Bluebird');
    expect(shown.length).toBeLessThan(140);
    expect(shown.startsWith('…')).toBe(true);
    expect(shown.endsWith('…')).toBe(true);
    expect(shown.slice(carets.indexOf('^'), carets.lastIndexOf('^') + 1)).toBe('Bluebird');
  });

  it('underlines a match that runs over a line break up to the end of its first line', () => {
    expect(at('a Blue\nbird b', 'Blue\nbird')).toEqual(['a Blue', '  ^^^^']);
  });
});

describe('positions on long texts (indexed once, not re-read per finding)', () => {
  /** The direct definition: count lines and code points from the start of the text. */
  function naive(text: string, start: number, end: number) {
    // (lastIndexOf with -1 would search from 0 and find a line break at offset 0 itself)
    const lineStart = start === 0 ? 0 : text.lastIndexOf('\n', start - 1) + 1;
    let lineEnd = text.indexOf('\n', start);
    if (lineEnd < 0) lineEnd = text.length;
    if (lineEnd > lineStart && text[lineEnd - 1] === '\r') lineEnd--;
    const line = text.slice(0, lineStart).split('\n').length;
    const column = [...text.slice(lineStart, start)].length + 1;
    const stop = Math.max(start + 1, Math.min(end, lineEnd));
    const before = [...text.slice(lineStart, start)];
    const after = [...text.slice(stop, lineEnd)];
    const head = before.length > 60 ? ['…', ...before.slice(-60)] : before;
    const tail = after.length > 60 ? [...after.slice(0, 60), '…'] : after;
    return { line, column, shown: [...head, ...text.slice(start, stop), ...tail].join('') };
  }

  it('gives the same line, column and window as counting from the start, around pairs, CRLF and long lines', () => {
    const pieces = ['a', 'bc ', '🎉', '漢', '\r\n', '\n', 'x'.repeat(70), '😀😀😀', 'e\u0301', ' '];
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 60; round++) {
      let text = '';
      for (let k = 0; k < 5 + rnd(80); k++) text += pieces[rnd(pieces.length)];
      const index = new LineIndex(text);
      for (let t = 0; t < 15; t++) {
        let start = rnd(text.length);
        if (/[\uDC00-\uDFFF]/.test(text[start] ?? '')) start--; // findings never start inside a pair
        let end = Math.min(text.length, start + 1 + rnd(12));
        if (/[\uDC00-\uDFFF]/.test(text[end] ?? '')) end++;
        const want = naive(text, start, end);
        const got = index.locate(start);
        expect([got.line, got.column], JSON.stringify({ text, start })).toEqual([want.line, want.column]);
        expect(caretLines(text, start, end, index)[0].replace(/\uFFFD/g, ''), JSON.stringify({ text, start, end })).toBe(want.shown.replace(/[\r\n]/g, ''));
      }
    }
  });
});

describe('formatTextReport', () => {
  const f: Finding = { ruleId: 'acme.codenames', category: 'confidential', severity: 'block', confidence: 0.9, start: 4, end: 12, match: 'Bluebird', message: "'Bluebird' is an internal codename.", note: 'Why.', suggestions: ['our upcoming product'] };
  it('prints one block per finding and a count', () => {
    expect(formatTextReport('say Bluebird', [f])).toBe(
      [
        "1:5  block  confidential  acme.codenames  'Bluebird' is an internal codename.  (confidence 0.90)",
        '    say Bluebird',
        '        ^^^^^^^^',
        '    why: Why.',
        '    try: our upcoming product',
        '1 finding (1 block)',
        '',
      ].join('\n'),
    );
    expect(formatTextReport('ok', [])).toBe('no findings\n');
  });

  it('keeps each finding on its lines: no control character of the match (in the message) or the pack reaches the terminal', () => {
    const text = 'key=\u001b[2Jsecret';
    const g: Finding = { ...f, start: 4, end: 14, match: text.slice(4, 14), message: `'${text.slice(4, 14)}' leaked\nnext`, note: 'a\rb' };
    const out = formatTextReport(text, [g]);
    expect([...out].filter((c) => c !== '\n' && /\p{Cc}/u.test(c))).toEqual([]);
    expect(out.split('\n')[0]).toBe("1:5  block  confidential  acme.codenames  '\uFFFD[2Jsecret' leaked\uFFFDnext  (confidence 0.90)");
    expect(out).toContain('    why: a\uFFFDb\n');
  });
});

describe('jsonl answers', () => {
  const check = (text: string): Finding[] => (text.includes('x') ? [{ ...({} as Finding), ruleId: 'r', start: 0, end: 1 }] : []);
  it('echoes the id, and names the line of bad input', () => {
    expect(JSON.parse(answerLine('{"id": [1, "a"], "text": "x"}', 1, check))).toMatchObject({ id: [1, 'a'], findings: [{ ruleId: 'r' }] });
    expect(JSON.parse(answerLine('{"text": "ok"}', 2, check))).toEqual({ id: null, findings: [] });
    expect(JSON.parse(answerLine('[1]', 3, check))).toMatchObject({ id: null, line: 3, error: expect.stringMatching(/expected an object/) });
    expect(JSON.parse(answerLine('{"id": "q", "text": 5}', 4, check))).toMatchObject({ id: 'q', line: 4, error: "field 'text': expected a string, got number" });
    expect(JSON.parse(answerLine('{', 5, check))).toMatchObject({ id: null, line: 5, error: expect.stringMatching(/^not valid JSON/) });
    expect(JSON.parse(answerLine('{"id": 6, "text": null}', 6, check))).toMatchObject({ id: 6, line: 6, error: "field 'text': expected a string, got null" });
  });
});

describe('jsonl batch', () => {
  const check = (text: string): Finding[] => {
    if (text === 'boom') throw new TypeError('engine bug');
    return text.includes('x') ? [{ ...({} as Finding), ruleId: 'r', start: 0, end: 1 }] : [];
  };
  const run = async (input: string) => {
    let out = '';
    const failures = await runBatch(Readable.from([input]), check, async (t) => {
      out += t;
    });
    return { lines: out.split('\n').slice(0, -1).map((l) => JSON.parse(l) as Record<string, unknown>), failures };
  };

  it('answers one line per input line, in order, past bad JSON and past an engine failure on one text', async () => {
    const { lines, failures } = await run('{"id":1,"text":"x"}\r\nnope\n\n{"id":2,"text":"boom"}\n{"id":3,"text":"ok"}');
    expect(lines).toEqual([
      { id: 1, findings: [expect.objectContaining({ ruleId: 'r' })] },
      { id: null, line: 2, error: expect.stringMatching(/^not valid JSON/) },
      { id: null, line: 3, error: expect.stringMatching(/^not valid JSON/) },
      { id: 2, line: 4, error: 'line 4: the engine failed on this text: engine bug' },
      { id: 3, findings: [] },
    ]);
    // the run reports the failure (check exits 2 on it), but only after answering every line
    expect(failures.map((f) => [f.line, f.id])).toEqual([[4, 2]]);
  });

  it('writes each answer on one line for any line reader: U+2028, U+2029 and NEL are escaped', () => {
    const id = 'a\u2028b\u2029c\u0085d\ne';
    const line = answerLine(JSON.stringify({ id, text: 'ok' }), 1, check);
    expect(line.split(/[\n\r\u0085\u2028\u2029]/)).toHaveLength(1);
    expect(line).toContain('a\\u2028b\\u2029c\\u0085d\\ne');
    expect(JSON.parse(line)).toEqual({ id, findings: [] });
    expect(jsonLine({ findings: [] })).toBe('{"findings":[]}');
  });

  it('reads a first line that starts with a byte order mark', async () => {
    const { lines, failures } = await run('\uFEFF{"id":"a","text":"x"}\n{"id":"b","text":"\uFEFFx"}\n');
    expect(lines.map((l) => [l.id, Array.isArray(l.findings)])).toEqual([
      ['a', true],
      ['b', true],
    ]);
    expect(failures).toEqual([]);
  });
});
