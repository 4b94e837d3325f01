import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { insultFeatures, insultScore, modelWords, textWords } from '../../../rules/detectors/language/learned-insult';
import { LEARNED_INSULT_WEIGHTS } from '../../../rules/detectors/language/learned-insult-weights';
import { foldedView } from '../../../rules/engine/normalize';
import { dataset, featuresOf, render, THRESHOLD, train } from '../../../scripts/train-learned-insult';
import { getDetector } from '../../../rules/detectors/registry';
import { check, makeInput } from '../../functional/harness';
import { run } from './input';

const LEARNED = 'builtin.inflammatory.learned-insult';
const learned = (t: string) => check(t).filter((f) => f.ruleId === LEARNED);
const words = (t: string) => textWords({ text: t, folded: () => foldedView(t) }).words;

describe('learned insults (the last fallback for insults aimed at people)', () => {
  it('reads words, pairs and word classes; an @mention weighs nothing, a link and a number are one word each', () => {
    expect(words('@sam @lee you absolute clown, see https://x.example/a?b=1 for 3 reasons!')).toEqual(['AT', 'you', 'absolute', 'clown', 'see', 'URL', 'for', 'NUM', 'reasons', '!']);
    const f = insultFeatures(['AT', 'you', 'vile', 'clown', '?']);
    expect([...f]).toEqual(expect.arrayContaining(['^you', 'you', 'vile', 'C:adj', 'clown', 'C:noun', 'you_vile', 'you_C:adj', 'vile_clown', 'C:adj_C:noun', 'clown_?']));
    expect([...f].some((x) => x.includes('AT'))).toBe(false);
    // (evasion undone as the engine reads a draft: the masked word is the insult noun it hides)
    expect(words('what a m0r0n')).toContain('moron');
    expect(modelWords([])).toEqual([]);
  });

  // (checked on cases with a wide margin, so that retraining does not move them; how the model does on posts it never
  // saw is measured by `npm run eval`, section learned-insult)
  const INSULT = 'Our new mayor is a bought-and-paid-for crook.';

  it('scores words that weigh towards an insult above the threshold and ordinary posts below it', () => {
    const s = (t: string) => insultScore(featuresOf(t)).score;
    expect(s(INSULT)).toBeGreaterThan(LEARNED_INSULT_WEIGHTS.threshold + 2);
    expect(s('Our mayor opened the new library today.')).toBeLessThan(LEARNED_INSULT_WEIGHTS.threshold);
    expect(s('Thanks for the help, you absolute legend.')).toBeLessThan(LEARNED_INSULT_WEIGHTS.threshold);
  });

  it('fires on the sentence, names the words that weighed most, and only where it passes with its neighbours too', () => {
    const hits = run('language.learned-insult', INSULT);
    expect(hits).toHaveLength(1);
    expect(INSULT.slice(hits[0]!.start, hits[0]!.end)).toBe('Our new mayor is a bought-and-paid-for crook');
    expect(hits[0]!.fallback).toBe(true);
    expect(hits[0]!.explain).toMatch(/^learned cues \(score \d+\.\d\): words that weigh towards an insult aimed at someone, most /);
    // (a sentence of only mentions, links or marks has nothing to read)
    for (const t of ['?!', '@sam @lee', 'https://x.example/a !']) expect(run('language.learned-insult', t)).toEqual([]);
    // (a next sentence that weighs against it takes it back; one with nothing to say keeps it)
    const spec = getDetector('language.learned-insult');
    if (!spec) throw new Error('no detector');
    const withNext = (next: string) => spec.create({})(makeInput(INSULT, 0, undefined, next));
    expect(withNext('Kidding! Love you, thanks for the amazing birthday cake, happy birthday to the best mayor!')).toEqual([]);
    expect(withNext('Anyway.')).toHaveLength(1);
  });

  it('yields to every other rule: in the engine, a draft another rule flagged gets no learned finding', () => {
    expect(learned(INSULT)).toHaveLength(1);
    // another rule read the first sentence as an insult: the draft is flagged once, by that rule
    const both = check(`You are a complete idiot. ${INSULT}`);
    expect(both.some((f) => f.ruleId === 'builtin.inflammatory.insult')).toBe(true);
    expect(both.filter((f) => f.ruleId === LEARNED)).toEqual([]);
    // praise or a fond emoji beside the words stands the reading down
    const spec = getDetector('language.learned-insult');
    if (!spec) throw new Error('no detector');
    expect(spec.create({})(makeInput(`${INSULT} 😍`))).toEqual([]);
    expect(spec.create({})(makeInput(`${INSULT} Brilliant.`))).toEqual([]);
    // reported and negated insults, things and idioms stay quiet
    for (const t of ['He called me a clown in front of everyone and I am still upset.', "You're not stupid for asking.", 'This printer is a useless piece of junk.', 'Dude, that demo was sick.']) expect(learned(t)).toEqual([]);
  });

  it('keeps the committed weights exactly what scripts/train-learned-insult.ts produces', () => {
    const file = readFileSync(path.resolve(__dirname, '../../../rules/detectors/language/learned-insult-weights.ts'), 'utf8');
    expect(LEARNED_INSULT_WEIGHTS.threshold).toBe(THRESHOLD);
    expect(render(train(dataset()))).toBe(file);
  }, 60_000);
});
