/**
 * Trains the learned-insult fallback (rules/detectors/language/learned-insult.ts) and writes its weights.
 *
 *   npx tsx scripts/train-learned-insult.ts          write learned-insult-weights.ts and print the cross-validation
 *   npx tsx scripts/train-learned-insult.ts --check  only print the cross-validation
 *
 * Data, all the project's own: the functional cases (a case expecting `inflammatory` is an insult; a case expecting
 * nothing is not; a case expecting `protected` alone is left out, as a generalisation about a group is the protected
 * rules' to judge and the fallback yields to them), the workplace posts (not insults) and tests/corpus/learned-insult:
 * social-media posts and replies written for this project by authors who never saw the rules, insults beside
 * non-insults on the same topics. Deterministic (a seeded shuffle), so the unit test can check the committed weights.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldedView } from '../rules/engine/normalize';
import { insultFeatures, textWords } from '../rules/detectors/language/learned-insult';
import { learner, type Example, type TrainSettings } from './logistic';
import { ownCases } from './own-cases';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(root, 'rules/detectors/language/learned-insult-weights.ts');
const CORPUS = path.join(root, 'tests/corpus/learned-insult');

/** Where the finding fires: chosen from the cross-validation below (about 2% of the hard near misses). */
export const THRESHOLD = 3;
/** L2 strength, passes, first step and its decay per pass; weights under `prune` are left out of the table. */
const SETTINGS: TrainSettings = { lambda: 0.01, epochs: 10, rate: 0.5, decay: 0.7, prune: 0.5, bags: 10 };

/** The features of a whole text, as the detector reads a draft. */
export function featuresOf(text: string): Set<string> {
  return insultFeatures(textWords({ text, folded: () => foldedView(text) }).words);
}

export function dataset(): Example[] {
  const out: Example[] = [];
  for (const c of ownCases(CORPUS)) {
    let label: 0 | 1;
    let hard: boolean;
    if (c.expect) {
      // (a case expecting `protected` alone is the protected rules' to judge, and left out)
      if (c.expect.includes('inflammatory')) [label, hard] = [1, false];
      else if (c.expect.includes('protected')) continue;
      else [label, hard] = [0, c.mustNotFire === true];
    } else [label, hard] = [c.label ?? 0, c.label === 0 && c.hard === true];
    out.push({ text: c.text, label, source: c.source, hard, features: featuresOf(c.text) });
  }
  return out;
}

const LEARNER = learner({
  settings: SETTINGS,
  threshold: THRESHOLD,
  script: 'scripts/train-learned-insult.ts',
  reader: 'learned-insult.ts',
  exportName: 'LEARNED_INSULT_WEIGHTS',
  out: OUT,
  names: { examples: 'examples', positives: 'insults', negatives: 'non-insults' },
});

export const { train, render, crossValidate } = LEARNER;

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) LEARNER.main(dataset);
