/**
 * The learned-cues fallback (rules/detectors/language/insinuation/learned-cues.ts) in five-fold cross-validation over
 * its own training data: each example is scored by a model trained without it. The functional suite scores the model
 * in-sample (its cases are training data), so this is the honest measure of what it does on new sentences: how many
 * attacks it scores above the threshold, and how many must-not-fire cases (the hard near misses) it would fire on if no
 * rule read them first.
 */
import { crossValidate, dataset, THRESHOLD } from '../../scripts/train-learned-cues';
import type { EvalSection } from '../report';

export async function evaluate(): Promise<EvalSection[]> {
  const examples = dataset();
  const cv = crossValidate(examples);
  return [
    {
      title: `learned cues: five-fold cross-validation over their training data (threshold ${THRESHOLD})`,
      rows: [
        { label: 'attacks vs hard near misses', confusion: { tp: cv.attacksFired, fn: cv.attacks - cv.attacksFired, fp: cv.hardFired, tn: cv.hard - cv.hardFired }, note: 'positive = scored above the threshold' },
        { label: 'other non-attacks (workplace posts, read sets, plain mentions)', confusion: { tp: 0, fn: 0, fp: cv.otherFired, tn: cv.other - cv.otherFired } },
      ],
      notes: [
        `${examples.length} examples that name a group (functional cases, workplace posts, tests/corpus/learned-cues)`,
        'recall here counts attacks the rules already catch too: the model only reads sentences no rule read',
      ],
    },
  ];
}
