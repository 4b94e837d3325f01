/**
 * The project's functional suite (tests/functional/cases), HateCheck-style: accuracy per behaviour.
 * "flag" behaviours are positives (TP when the expected categories are reported exactly); "pass"
 * behaviours are negatives (TN when nothing beyond the expected categories is reported).
 */
import { runnerNote } from '../../tests/functional/harness';
import { BEHAVIOURS, scoreBehaviour } from '../../tests/functional/score';
import type { EvalRow, EvalSection } from '../report';

export async function evaluate(): Promise<EvalSection[]> {
  const sections: EvalSection[] = [];
  let ok = 0;
  let all = 0;
  let worst = { id: '', acc: 1 };
  for (const family of ['inflammatory', 'protected'] as const) {
    const rows: EvalRow[] = [];
    for (const b of BEHAVIOURS.filter((x) => x.family === family)) {
      const r = scoreBehaviour(b);
      ok += r.passed;
      all += r.results.length;
      if (r.accuracy < worst.acc) worst = { id: b.id, acc: r.accuracy };
      const wrong = r.results.length - r.passed;
      const confusion = b.polarity === 'flag' ? { tp: r.passed, fn: wrong, fp: 0, tn: 0 } : { tp: 0, fn: 0, fp: wrong, tn: r.passed };
      const miss = r.results.find((x) => !x.ok);
      rows.push({ label: `${b.polarity === 'flag' ? 'F' : 'P'} ${b.id}`, confusion, note: miss ? `e.g. wrong: "${miss.case.text}" → [${miss.got.join(', ')}]` : undefined });
    }
    sections.push({ title: `functional suite: ${family} behaviours (accuracy column = per-behaviour accuracy)`, rows });
  }
  const last = sections[sections.length - 1];
  if (last) {
    last.notes = [
      runnerNote(),
      `overall accuracy ${((ok / all) * 100).toFixed(1)}% over ${all} original cases; lowest behaviour ${worst.id} ${(worst.acc * 100).toFixed(0)}%`,
      'F = must flag (expected categories exactly), P = must not fire (or not beyond the expected category)',
      'the cases were written by the detector author: treat these numbers as a regression floor, not as held-out accuracy',
    ];
  }
  return sections;
}
