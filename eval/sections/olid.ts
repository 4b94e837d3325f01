/**
 * OLID v1.0 training set (../shared/data/olid-train, read at evaluation time, never copied).
 * OFF+TIN (targeted insult or threat) → inflammatory positive; NOT → negative; "inflammatory" is any
 * inflammatory or protected finding (targeted group insults are both). OFF+UNT (untargeted profanity)
 * is reported apart: by design it should mostly not be flagged.
 *
 * Split by id parity: even ids are the dev half (the only half used when tuning rules), odd ids the
 * held-out half (never read while tuning). The held-out row is the honest figure.
 * DG_OLID_DUMP=<file> writes the dev half's misses and false alarms there (never the held-out half).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { check, runnerNote } from '../../tests/functional/harness';
import type { Confusion, EvalRow, EvalSection } from '../report';
import { DATA_DIR, categoriesOf } from './davidson';

const empty = (): Confusion => ({ tp: 0, fp: 0, fn: 0, tn: 0 });

interface Half {
  main: Confusion;
  /** the same, counting info findings too: what `check` reports at its default --min-severity info */
  anySeverity: Confusion;
  unt: Confusion;
  byTarget: Map<string, Confusion>;
  fpRules: Map<string, number>;
}

const half = (): Half => ({ main: empty(), anySeverity: empty(), unt: empty(), byTarget: new Map(), fpRules: new Map() });

export async function evaluate(): Promise<EvalSection[]> {
  const file = path.join(DATA_DIR, 'olid-train', 'olid-training-v1.0.tsv');
  const lines = readFileSync(file, 'utf8').split('\n').slice(1).filter((l) => l.trim());
  const halves = { dev: half(), held: half() };
  const dumpFile = process.env.DG_OLID_DUMP;
  const dump: string[] = [];
  for (const line of lines) {
    const [id = '', tweet = '', a, b, c] = line.replace(/\r$/, '').split('\t');
    const isDev = Number(id) % 2 === 0;
    const h = isDev ? halves.dev : halves.held;
    const findings = check(tweet);
    const cats = categoriesOf(findings);
    const flagged = cats.has('inflammatory') || cats.has('protected');
    const flaggedAny = findings.some((f) => f.category === 'inflammatory' || f.category === 'protected');
    if (a === 'NOT') h.anySeverity[flaggedAny ? 'fp' : 'tn']++;
    else if (a === 'OFF' && b === 'TIN') h.anySeverity[flaggedAny ? 'tp' : 'fn']++;
    if (a === 'NOT') {
      if (flagged) {
        h.main.fp++;
        for (const f of findings) if (f.severity !== 'info') h.fpRules.set(f.ruleId, (h.fpRules.get(f.ruleId) ?? 0) + 1);
        if (isDev && dumpFile) dump.push(`FP\t${findings.map((f) => `${f.ruleId}:${f.match}`).join(' | ')}\t${tweet}`);
      } else h.main.tn++;
    } else if (a === 'OFF' && b === 'TIN') {
      if (flagged) h.main.tp++;
      else {
        h.main.fn++;
        if (isDev && dumpFile) dump.push(`FN ${c}\t${tweet}`);
      }
      const t = h.byTarget.get(c ?? '') ?? empty();
      if (flagged) t.tp++;
      else t.fn++;
      h.byTarget.set(c ?? '', t);
    } else if (a === 'OFF' && b === 'UNT') {
      // untargeted profanity: counted as negatives for "flag rate" (fp = flagged)
      if (flagged) h.unt.fp++;
      else h.unt.tn++;
    }
  }
  if (dumpFile) writeFileSync(dumpFile, dump.join('\n') + '\n');
  const rows = (name: string, h: Half): EvalRow[] => [
    { label: `${name}: inflammatory OFF+TIN vs NOT`, confusion: h.main },
    { label: `  ${name}, info findings counted too`, confusion: h.anySeverity, note: 'what `check` reports at its default --min-severity info (info: shouting, reclaimed-slur notes)' },
    ...[...h.byTarget.entries()].sort().map(([k, v]) => ({ label: `  ${name} recall, target ${k}`, confusion: v })),
    { label: `  ${name} OFF+UNT flagged`, confusion: h.unt, note: 'FP here = untargeted profanity that got a finding; by design mostly not flagged' },
  ];
  const top = (h: Half) =>
    [...h.fpRules.entries()]
      .sort((x, y) => y[1] - x[1])
      .slice(0, 6)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ') || 'none';
  return [
    {
      title: 'OLID training set (targeted insults and threats in tweets), split by id parity',
      rows: [...rows('held (odd ids)', halves.held), ...rows('dev (even ids)', halves.dev)],
      notes: [
        runnerNote(),
        'dev = even ids, the only half looked at while tuning; held = odd ids, never inspected: the held row is the honest figure',
        `false alarms on NOT by rule, held: ${top(halves.held)}`,
        `false alarms on NOT by rule, dev: ${top(halves.dev)}`,
        'labels are noisy crowd labels; GRP mixes protected and political groups',
      ],
    },
  ];
}
