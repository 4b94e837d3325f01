import { describe, expect, it } from 'vitest';
import { check } from '../../functional/harness';

// Lexicons kept as plain objects must not answer for names every object inherits
const INHERITED = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', '__proto__', '__defineGetter__'];

describe('words that are names of inherited object properties', () => {
  it('are ordinary words: no finding, no failure', () => {
    for (const w of INHERITED) {
      // (in the places the readers look words up: a subject, a verb after a modal, a noun after "no", a topic, a category)
      const places = [`The ${w} of this class is broken.`, `Women in ${w} lower the bar.`.replace('lower the bar', 'are here'), `Why does ${w} return null?`, `I will ${w} him tomorrow.`, `Refugees never ${w} the forms.`, `There is no ${w} here.`, `What ${w} is the thief, I wonder?`, `Funny how ${w} always goes missing.`, `Send ${w} back.`];
      for (const text of places) {
        expect(check(text).filter((f) => f.severity !== 'info'), text).toEqual([]);
      }
    }
  });

  it('do not hide an insult or an attack in the same sentence', () => {
    expect(check('You are an idiot, constructor or not.').map((f) => f.ruleId)).toContain('builtin.inflammatory.insult');
    expect(check('Immigrants are vermin, toString or not.').map((f) => f.ruleId)).toContain('builtin.protected.group-attack');
  });
});
