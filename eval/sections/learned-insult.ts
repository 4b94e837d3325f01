/**
 * The learned-insult fallback (rules/detectors/language/learned-insult.ts): five-fold cross-validation over its own
 * training data, and what the whole engine does on a held-out set of social-media posts with and without the fallback
 * (tests/corpus/held-out, never trained on). The functional suite and the workplace posts score the model in-sample,
 * as they are training data.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { check, runnerNote } from '../../tests/functional/harness';
import { crossValidate, dataset, THRESHOLD } from '../../scripts/train-learned-insult';
import type { Confusion, EvalSection } from '../report';

const HELD = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../tests/corpus/held-out/social-insults-round33.jsonl');
const LEARNED = 'builtin.inflammatory.learned-insult';

export async function evaluate(): Promise<EvalSection[]> {
  const examples = dataset();
  const cv = crossValidate(examples);
  const without: Confusion = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const withIt: Confusion = { tp: 0, fp: 0, fn: 0, tn: 0 };
  let n = 0;
  for (const line of readFileSync(HELD, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { text: string; label: 0 | 1 };
    n++;
    const harm = check(r.text).filter((f) => f.severity !== 'info' && (f.category === 'inflammatory' || f.category === 'protected'));
    const count = (c: Confusion, flagged: boolean): void => {
      if (r.label === 1) c[flagged ? 'tp' : 'fn']++;
      else c[flagged ? 'fp' : 'tn']++;
    };
    count(without, harm.some((f) => f.ruleId !== LEARNED));
    count(withIt, harm.length > 0);
  }
  return [
    {
      title: `learned insults: five-fold cross-validation over their training data (threshold ${THRESHOLD}), and a held-out set`,
      rows: [
        { label: 'cv: insults vs hard near misses', confusion: { tp: cv.attacksFired, fn: cv.attacks - cv.attacksFired, fp: cv.hardFired, tn: cv.hard - cv.hardFired }, note: 'positive = scored above the threshold' },
        { label: 'cv: other non-insults (workplace, ordinary posts)', confusion: { tp: 0, fn: 0, fp: cv.otherFired, tn: cv.other - cv.otherFired } },
        { label: 'held-out social posts: the engine without the fallback', confusion: without },
        { label: 'held-out social posts: the engine with it', confusion: withIt, note: 'positive = any inflammatory or protected finding above info' },
      ],
      notes: [
        runnerNote(),
        `${examples.length} training examples (functional cases, workplace posts, tests/corpus/learned-insult); recall in cv counts insults the rules already catch too`,
        `held-out: ${n} posts in tests/corpus/held-out/social-insults-round33.jsonl, written by an author who never saw the rules, never trained on`,
      ],
    },
  ];
}
