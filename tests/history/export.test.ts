import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '@/utils/history/export';
import type { EpisodeRecord } from '@/utils/db/tables/episodes';

/** A minimal RFC 4180 parser, to check the CSV reads back as written. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\r' && csv[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += c;
  }
  return rows;
}

describe('CSV', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(0.5)).toBe('0.5');
    expect(csvCell(undefined)).toBe('');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    for (const s of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '=HYPERLINK("http://e")']) expect(csvCell(s).replace(/^"/, '').startsWith("'")).toBe(true);
    expect(csvCell('plain')).toBe('plain');
  });

  it('round-trips through a CSV parser', () => {
    const record: EpisodeRecord = {
      id: 'e,1', at: Date.UTC(2026, 10, 1), site: 'x', packId: 'acme', packVersion: '1', textMode: 'full',
      text: 'line one\nline "two", =3', overrideReason: '@me',
      findings: [{ ruleId: 'r', category: 'inflammatory', severity: 'warn', confidence: 0.7, start: 0, end: 4, message: 'm, "q"', outcome: 'posted' }],
      outcome: 'posted', categories: ['inflammatory'], severity: 'warn',
    };
    const rows = parseCsv(toCsv([record]));
    expect(rows).toHaveLength(2);
    const header = rows[0]!;
    const cell = (name: string) => rows[1]![header.indexOf(name)];
    expect(cell('episodeId')).toBe('e,1');
    expect(cell('time')).toBe('2026-11-01T00:00:00.000Z');
    expect(cell('text')).toBe('line one\nline "two", =3');
    expect(cell('message')).toBe('m, "q"');
    expect(cell('overrideReason')).toBe("'@me");
    expect(cell('findingOutcome')).toBe('posted');
  });
});
