/**
 * Davidson et al. 2017 (../shared/data/davidson2017, read at evaluation time, never copied).
 * class 0 (hate) → protected positive; class 2 (neither) → negative for both; class 1 (offensive) →
 * recall of "offensive" = any inflammatory or protected finding, and of each category apart. The
 * vote counts give a stricter gold: hate by every coder against neither by every coder.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { check, runnerNote, type HarnessFinding } from '../../tests/functional/harness';
import type { Confusion, EvalSection } from '../report';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DATA_DIR = path.resolve(repoRoot, '..', 'shared', 'data');

/** RFC 4180 rows (quoted fields may hold commas, quotes and newlines). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Tweets carry HTML entities (&amp;, &#8220;); decode them as a browser would show the text. */
export function decodeEntities(s: string): string {
  return s
    .replace(/&#(\d+);?/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}

const empty = (): Confusion => ({ tp: 0, fp: 0, fn: 0, tn: 0 });

export function categoriesOf(findings: readonly HarnessFinding[]): Set<string> {
  return new Set(findings.filter((f) => f.severity !== 'info').map((f) => f.category));
}

export async function evaluate(): Promise<EvalSection[]> {
  const file = path.join(DATA_DIR, 'davidson2017', 'labeled_data.csv');
  const rows = parseCsv(readFileSync(file, 'utf8'));
  const header = rows.shift() ?? [];
  const col = (name: string) => header.indexOf(name);
  const [cCount, cHate, cNeither, cClass, cTweet] = ['count', 'hate_speech', 'neither', 'class', 'tweet'].map(col) as [number, number, number, number, number];

  const prot = empty();
  const strict = empty();
  const offensiveAny = empty();
  const offensiveInf = empty();
  const offensiveProt = empty();
  const anyOnNeither = empty();
  const fnRules = new Map<string, number>();
  const fpRules = new Map<string, number>();
  for (const r of rows) {
    if (r.length < header.length) continue;
    const cls = r[cClass];
    const text = decodeEntities(r[cTweet] ?? '');
    const findings = check(text);
    const cats = categoriesOf(findings);
    const isProt = cats.has('protected');
    const isAny = isProt || cats.has('inflammatory');
    const count = Number(r[cCount]);
    if (cls === '0' || cls === '2') {
      const pos = cls === '0';
      if (pos && isProt) prot.tp++;
      else if (pos) prot.fn++;
      else if (isProt) {
        prot.fp++;
        for (const f of findings) if (f.category === 'protected') fpRules.set(f.ruleId, (fpRules.get(f.ruleId) ?? 0) + 1);
      } else prot.tn++;
      if (!pos) {
        if (isAny) anyOnNeither.fp++;
        else anyOnNeither.tn++;
      }
      const unanimous = pos ? Number(r[cHate]) === count : Number(r[cNeither]) === count;
      if (unanimous) {
        if (pos && isProt) strict.tp++;
        else if (pos) strict.fn++;
        else if (isProt) strict.fp++;
        else strict.tn++;
      }
      if (pos && !isProt) for (const f of findings) fnRules.set(`${f.category}:${f.ruleId}`, (fnRules.get(`${f.category}:${f.ruleId}`) ?? 0) + 1);
    } else if (cls === '1') {
      if (isAny) offensiveAny.tp++;
      else offensiveAny.fn++;
      if (cats.has('inflammatory')) offensiveInf.tp++;
      else offensiveInf.fn++;
      if (isProt) offensiveProt.tp++;
      else offensiveProt.fn++;
    }
  }
  const top = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([k, v]) => `${k} ${v}`).join(', ') || 'none';
  return [
    {
      title: 'davidson2017 (hate / offensive / neither tweets)',
      rows: [
        { label: 'protected: class 0 vs class 2', confusion: prot },
        { label: 'protected: unanimous hate vs unanimous neither', confusion: strict, note: 'stricter gold from the vote counts' },
        { label: 'offensive recall: class 1, any finding', confusion: offensiveAny, note: 'recall only (no negatives in this row)' },
        { label: 'offensive recall: class 1, inflammatory', confusion: offensiveInf },
        { label: 'offensive recall: class 1, protected', confusion: offensiveProt },
        { label: 'any finding on class 2 (false alarms)', confusion: anyOnNeither, note: 'FP = class-2 tweets with any warn/block finding' },
      ],
      notes: [
        runnerNote(),
        `protected false alarms on class 2 by rule: ${top(fpRules)}`,
        `class-0 misses that got another finding: ${top(fnRules)}`,
        'class 0 is noisy: many "hate" votes target people for non-protected reasons; class 1 holds much untargeted profanity, which by design is not flagged.',
      ],
    },
  ];
}
