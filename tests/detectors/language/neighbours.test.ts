import { describe, expect, it } from 'vitest';
import { findGroups, neighbourGroups } from '../../../rules/detectors/language/find-groups';
import { tokenize } from '../../../rules/detectors/language/tokens';
import { getDetector } from '../../../rules/detectors/registry';
import { INFLAMMATORY_PACK } from '../../../rules/packs/inflammatory';
import { PROTECTED_PACK } from '../../../rules/packs/protected';
import type { DetectorInput } from '../../../rules/types';
import { makeInput } from '../../functional/harness';
import { matches } from './input';

/** An input that counts how often the detector reads its neighbouring sentences. */
function watched(text: string, prev: string, next: string): { input: DetectorInput; reads: { prev: number; next: number } } {
  const base = makeInput(text);
  const reads = { prev: 0, next: 0 };
  const input: DetectorInput = {
    text,
    offset: 0,
    get prev() {
      reads.prev++;
      return prev;
    },
    get next() {
      reads.next++;
      return next;
    },
    folded: base.folded,
    nlp: base.nlp,
  };
  return { input, reads };
}

function readsOf(detector: string, options: Record<string, unknown>, text: string): { prev: number; next: number } {
  const spec = getDetector(detector);
  if (!spec) throw new Error(`no detector ${detector}`);
  const { input, reads } = watched(text, 'We hired some Mexicans.', 'See you tomorrow.');
  spec.create(options)(input);
  return reads;
}

describe('neighbouring sentences', () => {
  it('resolves a pronoun against whichever previous sentence it is given, however often it is asked', () => {
    const flags = (prev: string) => matches('language.group-attack', 'They are all criminals.', {}, 0.5, prev).length > 0;
    expect(flags('We hired some Mexicans.')).toBe(true);
    expect(flags('We hired some contractors.')).toBe(false);
    expect(flags('We hired some Mexicans.')).toBe(true);
    expect(flags('We hired some contractors.')).toBe(false);
  });

  it('keeps answering correctly after more distinct previous sentences than it remembers', () => {
    const first = neighbourGroups('We hired some Mexicans.');
    expect(first.map((g) => g.characteristic)).toEqual(['origin']);
    for (let i = 0; i < 200; i++) neighbourGroups(`Sprint ${i} planning is on Monday.`);
    expect(neighbourGroups('We hired some Mexicans.')).toEqual(first);
    expect(neighbourGroups('We hired some contractors.')).toEqual([]);
    expect(neighbourGroups(undefined)).toEqual([]);
  });

  it('reads the previous sentence only for a pronoun that may point back, and never the next one', () => {
    for (const [detector, options] of [['language.group-attack', {}], ['language.group-attack', { aim: 'person' }], ['language.insult', {}], ['language.threat', {}], ['language.slur', {}]] as const) {
      expect(readsOf(detector, options, 'Immigrants are vermin and idiots.'), detector).toEqual({ prev: 0, next: 0 });
    }
    expect(readsOf('language.group-attack', {}, 'They are all criminals.').prev).toBeGreaterThan(0);
    expect(readsOf('language.insult', {}, 'They are all idiots.').prev).toBeGreaterThan(0);
    // the person-aimed rule never resolves pronouns, so it has no reason to look back
    expect(readsOf('language.group-attack', { aim: 'person' }, 'They are all criminals.')).toEqual({ prev: 0, next: 0 });
  });
});

describe('findGroups', () => {
  const groups = (text: string) => findGroups(tokenize(makeInput(text))).map((g) => [g.from, g.to, g.characteristic, g.weak]);
  it('prefers the longest term at a word, and takes a second identity adjective before the person noun', () => {
    expect(groups('Black trans women are great.')).toEqual([[0, 2, 'race', false]]);
    expect(groups('trans women and older workers')).toEqual([[0, 1, 'gender-identity', false], [3, 4, 'age', false]]);
    expect(groups('people of color')).toEqual([[0, 2, 'race', false]]);
    expect(groups('the French market and black coffee')).toEqual([]);
    expect(groups('the French')).toEqual([[1, 1, 'origin', true]]);
  });

  const characteristics = (text: string) => findGroups(tokenize(makeInput(text))).map((g) => g.characteristic);
  it('knows groups by nationality, faith, condition and age beyond the most common words', () => {
    const cases: [string, string][] = [
      ['Eritreans moved in next door.', 'origin'], ['Kurds and Serbs', 'origin'], ['a Somali would never', 'origin'], ['an Iraqi did it', 'origin'],
      ['people from the Middle East', 'origin'], ['families from third world countries', 'origin'], ['Eastern Europeans', 'origin'],
      ['sudanese people', 'origin'], ['Baptists', 'religion'], ['people of faith', 'religion'],
      ["Jehovah's Witnesses", 'religion'], ['hasidic jews', 'religion'], ['an atheist will', 'religion'], ['paraplegics', 'disability'],
      ['people with learning disabilities', 'disability'], ['people in wheelchairs', 'disability'], ['bipolar people', 'disability'],
      ['anyone over 60', 'age'], ['people over fifty', 'age'], ['the over-50s are', 'age'], ['The old should retire.', 'age'], ['geezers', 'age'],
      ['a lesbian would', 'sexual-orientation'], ['pansexuals', 'sexual-orientation'], ['same-sex couples', 'sexual-orientation'],
      ['a transwoman', 'gender-identity'], ['intersex people', 'gender-identity'], ['housewives', 'gender'], ['lady drivers', 'gender'],
      ['Caucasians', 'race'], ['ethnic minorities', 'race'], ['Pacific Islanders', 'race'], ['people who are gay', 'sexual-orientation'],
    ];
    for (const [text, c] of cases) expect(characteristics(text), text).toContain(c);
  });

  it('reads an identity adjective before a role ("a female pilot", "a gay babysitter"), not "old" meaning former', () => {
    for (const [text, c] of [['a female pilot', 'gender'], ['a black surgeon', 'race'], ['a gay babysitter', 'sexual-orientation'], ['an old cashier', 'age'], ['a deaf receptionist', 'disability']] as const) {
      expect(characteristics(text), text).toContain(c);
    }
    expect(characteristics('my old boss was great')).toEqual([]);
    expect(characteristics('our old clients came back')).toEqual([]);
  });

  it('names a group without its word: a relative clause, a trait, a coded name, or an identity said of people', () => {
    const cases: [string, string][] = [
      ['guys who like guys', 'sexual-orientation'], ['women who date women', 'sexual-orientation'], ["people who weren't born here", 'origin'],
      ['anyone not born in this country', 'origin'], ['people who came on boats', 'origin'], ['someone who grew up in the hood', 'race'],
      ['people with dark skin', 'race'], ['anyone with pronouns in their bio', 'gender-identity'], ['the fairer sex', 'gender'],
      ['churchgoers', 'religion'], ['the Windrush lot', 'origin'], ['folks with disabilities', 'disability'],
      ['The new neighbours are Pakistani.', 'origin'], ['My neighbour is Nigerian, by the way.', 'origin'],
    ];
    for (const [text, c] of cases) expect(characteristics(text), text).toContain(c);
    // the other sex is no orientation, a party is no origin, and an identity said of a thing or an age names no people
    expect(characteristics('men who like women')).not.toContain('sexual-orientation');
    for (const text of ['people who came to the party', 'the car is German', 'my boss is old']) expect(characteristics(text), text).toEqual([]);
  });

  it('does not read a thing, a language or a legal age as a group', () => {
    for (const text of ['the English version', 'Portuguese wine', 'Greek yogurt', 'the old version is slow', 'anyone over 18 can vote', 'people from the marketing team', 'this is fine', 'Thai food', 'the Dutch team won', 'a Somali restaurant']) {
      expect(characteristics(text), text).toEqual([]);
    }
  });
});

describe('suggestions of the built-in language rules', () => {
  it('are replacement texts or absent, never advice (the UI offers each as "Replace with ...")', () => {
    for (const rule of [...INFLAMMATORY_PACK.rules, ...PROTECTED_PACK.rules]) {
      // a detector's match has no fixed replacement: advice belongs in the note
      expect(rule.suggestions, rule.id).toBeUndefined();
      expect(rule.note, rule.id).toBeTruthy();
    }
  });
});
