/**
 * OLID v1.0 training set (../shared/data/olid-train, read at evaluation time, never copied).
 * OFF+TIN (targeted insult or threat) → inflammatory positive; NOT → negative; "inflammatory" is any
 * inflammatory or protected finding (targeted group insults are both). OFF+UNT (untargeted profanity)
 * is reported apart: by design it should mostly not be flagged.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { check, runnerNote } from '../../tests/functional/harness';
import type { Confusion, EvalSection } from '../report';
import { DATA_DIR, categoriesOf } from './davidson';

const empty = (): Confusion => ({ tp: 0, fp: 0, fn: 0, tn: 0 });

export async function evaluate(): Promise<EvalSection[]> {
  const file = path.join(DATA_DIR, 'olid-train', 'olid-training-v1.0.tsv');
  const lines = readFileSync(file, 'utf8').split('\n').slice(1).filter((l) => l.trim());
  const main = empty();
  const unt = empty();
  const byTarget = new Map<string, Confusion>();
  const fpRules = new Map<string, number>();
  for (const line of lines) {
    const [, tweet = '', a, b, c] = line.split('\t');
    const findings = check(tweet);
    const cats = categoriesOf(findings);
    const flagged = cats.has('inflammatory') || cats.has('protected');
    if (a === 'NOT') {
      if (flagged) {
        main.fp++;
        for (const f of findings) if (f.severity !== 'info') fpRules.set(f.ruleId, (fpRules.get(f.ruleId) ?? 0) + 1);
      } else main.tn++;
    } else if (a === 'OFF' && b === 'TIN') {
      if (flagged) main.tp++;
      else main.fn++;
      const t = byTarget.get(c ?? '') ?? empty();
      if (flagged) t.tp++;
      else t.fn++;
      byTarget.set(c ?? '', t);
    } else if (a === 'OFF' && b === 'UNT') {
      // untargeted profanity: counted as negatives for "flag rate" (fp = flagged)
      if (flagged) unt.fp++;
      else unt.tn++;
    }
  }
  const top = [...fpRules.entries()].sort((x, y) => y[1] - x[1]).slice(0, 6).map(([k, v]) => `${k} ${v}`).join(', ');
  return [
    {
      title: 'OLID training set (targeted insults and threats in tweets)',
      rows: [
        { label: 'inflammatory: OFF+TIN vs NOT', confusion: main },
        ...[...byTarget.entries()].sort().map(([k, v]) => ({ label: `  recall, target ${k}`, confusion: v })),
        { label: 'OFF+UNT flagged (untargeted profanity)', confusion: unt, note: 'FP here = untargeted profanity that got a finding; by design mostly not flagged' },
      ],
      notes: [
        runnerNote(),`false alarms on NOT by rule: ${top || 'none'}`, 'labels are noisy crowd labels; GRP mixes protected and political groups'],
    },
  ];
}
