// CONTENT WARNING: slurs and disguised spellings, as the tests of a slur detector must hold.
import { describe, expect, it } from 'vitest';
import { getDetector } from '../../../rules/detectors/registry';
import { matches, run } from './input';

describe('language.slur', () => {
  it('finds a slur and points at the original text', () => {
    expect(matches('language.slur', 'Look at those f4gg0ts.')).toEqual(['f4gg0ts']);
  });

  it('reads slurs added on review, and "q" written for "g", but not ordinary words with a "q"', () => {
    for (const w of ['jewboy', 'shirtlifter', 'spakka', 'boong', 'faqqot', 'niqqers', 'raqhead']) expect(matches('language.slur', `look at that ${w} there`)).toEqual([w]);
    expect(matches('language.slur', 'the queen met Iraqi and Qatari students')).toEqual([]);
  });

  it('reads a slur glued to up to three words before it', () => {
    expect(matches('language.slur', 'youstupidfaggot')).toEqual(['youstupidfaggot']);
    expect(matches('language.slur', 'ufuckingfag')).toEqual(['ufuckingfag']);
    expect(matches('language.slur', 'yourself and ugliest and dirtydancing')).toEqual([]);
  });

  it('reads swapped, deleted, stretched, spaced, glued and look-alike spellings', () => {
    expect(matches('language.slur', 'those niggre over there')).toHaveLength(1);
    expect(matches('language.slur', 'what a retrd')).toHaveLength(1);
    expect(matches('language.slur', 'faaaaggot')).toHaveLength(1);
    expect(matches('language.slur', 'you t r a n n y')).toEqual(['t r a n n y']);
    expect(matches('language.slur', 'shut up stupidfaggot')).toEqual(['stupidfaggot']);
    expect(matches('language.slur', 'a kіkе again')).toHaveLength(1);
  });

  it('spares ordinary words one letter away and homonyms in their ordinary sense', () => {
    expect(matches('language.slur', 'Niger and Nigeria share a border.')).toEqual([]);
    expect(matches('language.slur', 'The white paper is out.')).toEqual([]);
    expect(matches('language.slur', 'Going out for a fag break.')).toEqual([]);
    expect(matches('language.slur', 'My car needs a new tranny, the gearbox slips.')).toEqual([]);
    expect(matches('language.slur', 'Cheese and crackers for the meeting.')).toEqual([]);
    expect(matches('language.slur', 'That would cripple our economy.')).toEqual([]);
    expect(matches('language.slur', 'Among the best teams.')).toEqual([]);
  });

  it('keeps quoted, reported and reclaimed uses with lower confidence and says why', () => {
    const reported = run('language.slur', 'He called me a faggot at school.');
    expect(reported).toHaveLength(1);
    expect(reported[0]?.confidence).toBeLessThan(0.5);
    expect(reported[0]?.explain).toMatch(/reported/);
    const reclaimed = run('language.slur', "I'm a proud dyke.");
    expect(reclaimed[0]?.confidence).toBeLessThan(0.5);
    expect(reclaimed[0]?.explain).toMatch(/reclaimed/);
  });

  it('in reclaimed mode reports only self-identification', () => {
    expect(matches('language.slur', "I'm a proud dyke.", { reclaimed: true })).toEqual(['dyke']);
    expect(matches('language.slur', 'Those dykes are loud.', { reclaimed: true })).toEqual([]);
  });

  it("with aim 'person' reports only slurs thrown at someone", () => {
    expect(matches('language.slur', 'You are a faggot.', { aim: 'person' })).toEqual(['faggot']);
    expect(matches('language.slur', 'Those faggots moved in.', { aim: 'person' })).toEqual([]);
  });

  it('tags the characteristic and validates its options', () => {
    expect(run('language.slur', 'a wetback')[0]?.tags).toEqual(['slur', 'origin']);
    const spec = getDetector('language.slur');
    expect(spec?.validateOptions?.({ aim: 'everyone' })).toMatch(/aim/);
    expect(spec?.validateOptions?.({ aim: 'person' })).toBeNull();
  });

  it('reads hate posted as a joke, a meme or a repost as posted, unless the sentence pushes back on it', () => {
    expect(matches('language.slur', "Here's a meme for you: spics everywhere.")).toHaveLength(1);
    expect(matches('language.slur', 'Joke of the day: what do you call a paki with a job?')).toHaveLength(1);
    expect(matches('language.slur', 'Enough with the jokes calling people faggots.')).toEqual([]);
  });

  it('keeps a reported slur low unless the writer endorses the report', () => {
    expect(matches('language.slur', 'My uncle always said niggers are lazy and he was right.')).toHaveLength(1);
    expect(matches('language.slur', 'He called me a faggot at school and it still hurts.')).toEqual([]);
  });

  it('reads multi-word slurs in the plural, and not their ordinary neighbours', () => {
    expect(matches('language.slur', 'Camel jockeys go home.')).toEqual(['Camel jockeys']);
    expect(matches('language.slur', 'jungle bunnies everywhere')).toEqual(['jungle bunnies']);
    expect(matches('language.slur', 'Those dune coons again.')).toEqual(['dune coons']);
    expect(matches('language.slur', 'The monkeys at the zoo were loud.')).toEqual([]);
    expect(matches('language.slur', 'We hiked the dunes at sunrise.')).toEqual([]);
  });
});

