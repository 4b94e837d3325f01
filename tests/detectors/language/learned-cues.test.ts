import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { learnedFeatures, learnedScore, maskedWords, maskText } from '../../../rules/detectors/language/insinuation/learned-cues';
import { LEARNED_WEIGHTS } from '../../../rules/detectors/language/insinuation/learned-weights';
import { dataset, render, THRESHOLD, train } from '../../../scripts/train-learned-cues';
import { getDetector } from '../../../rules/detectors/registry';
import { makeInput } from '../../functional/harness';
import { run } from './input';

const explains = (t: string, prev?: string) => run('language.group-attack', t, {}, prev).filter((h) => h.confidence >= 0.5).map((h) => h.explain ?? '');

describe('learned cues (the last fallback of language.group-attack)', () => {
  it('masks each group mention as one GRP and counts words, pairs and the words near the group', () => {
    expect(maskedWords(['why', 'are', 'trans', 'people', 'so', 'loud', '?'], [{ from: 2, to: 3 }])).toEqual(['why', 'are', 'GRP', 'so', 'loud', '?']);
    expect(maskText('Our new intern is brilliant.')).toBeNull();
    const f = learnedFeatures(['why', 'are', 'GRP', 'so', 'loud', '?', '.']);
    expect([...f]).toEqual(expect.arrayContaining(['why', 'GRP', 'why_are', 'are_GRP', 'GRP_so', 'L2:why', 'R2:loud', 'R3:?']));
    // the pairs already hold the next word; a full stop counts for nothing
    expect(f.has('R1:so')).toBe(false);
    expect([...f].some((x) => x.includes('.'))).toBe(false);
  });

  // (the behaviour below is checked on a training case with a wide margin, so that retraining does not move it; how the
  // model does on sentences it never saw is measured by cross-validation: `npm run eval`, section learned-cues)
  const ATTACK = "I don't care what trans people do at home, I just don't want it in schools.";

  it('scores words that weigh towards an attack above the threshold and plain mentions below it', () => {
    const s = (t: string) => learnedScore(maskText(t) ?? []).score;
    expect(s(ATTACK)).toBeGreaterThan(LEARNED_WEIGHTS.threshold + 2);
    expect(s('Our trans colleagues organised the charity run.')).toBeLessThan(LEARNED_WEIGHTS.threshold);
    expect(s('I would love to hire another Muslim engineer.')).toBeLessThan(LEARNED_WEIGHTS.threshold);
  });

  it('fires only where nothing else read the sentence, and names the words that weighed most', () => {
    const e = explains(ATTACK);
    expect(e).toHaveLength(1);
    expect(e[0]).toMatch(/learned cues \(score \d+\.\d\): words that weigh towards an attack on the group, most '/);
    // a frame read this one, so the learned reading stands aside
    expect(explains('Women are vermin.').join(' ')).not.toContain('learned cues');
    expect(explains('Proud to be a trans woman in engineering.')).toEqual([]);
    // a group spoken to is not a group talked about
    expect(explains('You ladies always make my day.')).toEqual([]);
  });

  it('reads the sentences either side before firing: words that take it back, praise or prejudice named stand it down', () => {
    const spec = getDetector('language.group-attack');
    if (!spec) throw new Error('no detector');
    const learned = (next?: string) => spec.create({})(makeInput(ATTACK, 0, undefined, next)).filter((h) => (h.explain ?? '').includes('learned cues'));
    expect(learned()).toHaveLength(1);
    // (re-scored with the next sentence, whose words weigh against an attack)
    expect(learned('Our colleagues organised the charity run and the bake sale for the school library.')).toEqual([]);
    expect(learned('Which is wonderful.')).toEqual([]);
    expect(learned('My uncle said that for years; it is prejudice, plain and simple.')).toEqual([]);
    // (a next sentence with nothing to say keeps it)
    expect(learned('Anyway.')).toHaveLength(1);
  });

  it('keeps the committed weights exactly what scripts/train-learned-cues.ts produces', () => {
    const file = readFileSync(path.resolve(__dirname, '../../../rules/detectors/language/insinuation/learned-weights.ts'), 'utf8');
    expect(LEARNED_WEIGHTS.threshold).toBe(THRESHOLD);
    expect(render(train(dataset()))).toBe(file);
  }, 60_000);
});
