/** Targeted insults without a name-calling noun, contemptuous commands, and when prev is read. */
import { describe, expect, it } from 'vitest';
import { getDetector } from '../../../rules/detectors/registry';
import { check, makeInput } from '../../functional/harness';
import { matches } from './input';

describe('language.insult: insulting predicates of a person', () => {
  it('flags evaluative words predicated of the reader, an @mention or a named person', () => {
    expect(matches('language.insult', 'You are an embarrassment to this company.')).toHaveLength(1);
    expect(matches('language.insult', '@sam you are ridiculous')).toHaveLength(1);
    expect(matches('language.insult', 'Dana is the worst.')).toHaveLength(1);
    expect(matches('language.insult', 'He is lying again.')).toHaveLength(1);
    expect(matches('language.insult', 'He is such an A-Hole.')).toHaveLength(1);
  });

  it('leaves things, collective subjects, negations and "worst" without "the" alone', () => {
    expect(matches('language.insult', 'The traffic was terrible today.')).toEqual([]);
    expect(matches('language.insult', 'The team was awful in the first half.')).toEqual([]);
    expect(matches('language.insult', 'You are not ridiculous at all.')).toEqual([]);
    expect(matches('language.insult', 'He is lying down after the run.')).toEqual([]);
    expect(matches('language.insult', 'She is worst at mornings, like me.')).toEqual([]);
  });
});

describe('language.insult: insulting adjectives on people', () => {
  it('flags them on a role noun or a people group when aimed', () => {
    expect(matches('language.insult', 'He is a corrupt politician.')).toHaveLength(1);
    expect(matches('language.insult', '@sam crazy liberals')).toHaveLength(1);
    expect(matches('language.insult', 'What a lying president.')).toHaveLength(1);
  });

  it('leaves fond and ordinary senses alone', () => {
    expect(matches('language.insult', '@chris you crazy man, you actually ran the whole marathon.')).toEqual([]);
    expect(matches('language.insult', 'Our insane developers pulled an all-nighter again!')).toEqual([]);
    expect(matches('language.insult', 'Those sick kids need our help.')).toEqual([]);
    expect(matches('language.insult', 'Our criminal lawyer was great.')).toEqual([]);
  });
});

describe('language.insult: contemptuous commands and dismissals', () => {
  it('flags them when they open the sentence and end the clause', () => {
    expect(matches('language.insult', 'Get lost.')).toHaveLength(1);
    expect(matches('language.insult', '@sam go away, clown')).not.toEqual([]);
    expect(matches('language.insult', 'Crawl back under your rock.')).toHaveLength(1);
    expect(matches('language.insult', '@sam nobody likes you')).toHaveLength(1);
    expect(matches('language.insult', '@sam Fool!')).toHaveLength(1);
  });

  it('leaves ordinary uses alone', () => {
    expect(matches('language.insult', 'Go away for the weekend, you deserve it.')).toEqual([]);
    expect(matches('language.insult', 'Shut up and take my money!')).toEqual([]);
    expect(matches('language.insult', 'Get lost in a good book this summer.')).toEqual([]);
    expect(matches('language.insult', 'We grow up fast in this industry.')).toEqual([]);
    expect(matches('language.insult', '@sam Joke of the day: why did the build fail?')).toEqual([]);
  });
});

describe('neighbouring sentences', () => {
  /** An input whose prev getter records whether it was read. */
  function spy(text: string, prev: string) {
    const input = makeInput(text, 0, prev);
    let read = false;
    Object.defineProperty(input, 'prev', { get: () => ((read = true), prev) });
    return { input, wasRead: () => read };
  }

  it.each(['language.insult', 'language.group-attack'])('%s reads prev only when a pronoun may point back into it', (id) => {
    const run = getDetector(id)!.create({});
    const plain = spy('You are an idiot and the release slipped.', 'Immigrants arrived yesterday.');
    run(plain.input);
    expect(plain.wasRead()).toBe(false);
    const pronoun = spy('They are vermin.', 'Immigrants arrived yesterday.');
    run(pronoun.input);
    expect(pronoun.wasRead()).toBe(true);
  });

  it('still resolves a pronoun to a group named in the previous sentence, through the engine', () => {
    expect(check('I met some immigrants. They are vermin.').some((f) => f.category === 'protected')).toBe(true);
  });
});

describe('harness', () => {
  it('runs the real engine and lets its errors through', () => {
    expect(() => check(42 as unknown as string)).toThrow(TypeError);
  });
});
