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

describe('language.insult: verdicts on a person, epithets, mockery and hedges', () => {
  it('reads more verdicts predicated of a person, with negative describing words before the head', () => {
    expect(matches('language.insult', 'You voted for it. You are complicit.')).toEqual(['You are complicit']);
    expect(matches('language.insult', 'Our mayor is unethical.')).toEqual(['Our mayor is unethical']);
    expect(matches('language.insult', 'She is a murderer!')).toEqual(['She is a murderer']);
    expect(matches('language.insult', "He's a flake, never on time.")).toEqual(["He's a flake"]);
    expect(matches('language.insult', 'She is just a spoiled brat.')).toEqual(['She is just a spoiled brat']);
    expect(matches('language.insult', "You're the embarrassment who got us banned.")).toEqual(["You're the embarrassment"]);
    expect(matches('language.insult', 'Our landlord is the absolute worse.')).toHaveLength(1);
    expect(matches('language.insult', 'Honestly she is nothing.')).toHaveLength(1);
  });

  it('leaves reports, things and ordinary uses of the same words alone', () => {
    expect(matches('language.insult', 'He is a convicted murderer, the court said.')).toEqual([]);
    expect(matches('language.insult', 'The traffic was worse today.')).toEqual([]);
    expect(matches('language.insult', 'He is worse at golf than me.')).toEqual([]);
    expect(matches('language.insult', 'It is nothing, do not worry.')).toEqual([]);
    expect(matches('language.insult', 'He is nothing like his brother.')).toEqual([]);
    expect(matches('language.insult', 'Our intern is in danger of missing the train.')).toEqual([]);
  });

  it('reads put-downs without an insulting noun: dumber than, full of it, low IQ', () => {
    expect(matches('language.insult', 'He is dumber than a box of rocks.')).toEqual(['He is dumber than']);
    expect(matches('language.insult', 'Our VP is full of shit.')).toEqual(['Our VP is full of shit']);
    expect(matches('language.insult', 'You are so full of hot air.')).toHaveLength(1);
    expect(matches('language.insult', 'Those people are very low IQ.')).toHaveLength(1);
    expect(matches('language.insult', 'The bus is full of tourists.')).toEqual([]);
    expect(matches('language.insult', 'This model is dumber than the last one.')).toEqual([]);
    expect(matches('language.insult', 'If he is dumber than that, we have a problem.')).toEqual([]);
  });

  it('reads an epithet fixed to a name, not in headlines or before ordinary words', () => {
    expect(matches('language.insult', 'Crooked Gerald strikes again.')).toEqual(['Crooked Gerald']);
    expect(matches('language.insult', 'Here comes lying Ted again.')).toEqual(['lying Ted']);
    expect(matches('language.insult', 'Lying Down Is Good For Your Back')).toEqual([]);
    expect(matches('language.insult', 'The dog is lying Down there.')).toEqual([]);
    expect(matches('language.insult', 'The corrupt code path is fixed.')).toEqual([]);
  });

  it('reads mockery and weak insults pointed at someone by "this", "that" or "what a ... he is"', () => {
    expect(matches('language.insult', 'Imagine being this dumb.')).toEqual(['Imagine being this dumb']);
    expect(matches('language.insult', '@sam imagine being so brainwashed')).toHaveLength(1);
    expect(matches('language.insult', 'The auditors are getting close to this crook.')).toEqual(['this crook']);
    expect(matches('language.insult', 'Why does anyone listen to that clown who runs the forum?')).toEqual(['that clown']);
    expect(matches('language.insult', 'What a joke he is.')).toEqual(['What a joke']);
    expect(matches('language.insult', 'What a clown you are.')).toEqual(['What a clown']);
    expect(matches('language.insult', 'Imagine being this happy on a Monday.')).toEqual([]);
    expect(matches('language.insult', 'That freak accident closed the road.')).toEqual([]);
    expect(matches('language.insult', 'This clown costume is a hit with the kids.')).toEqual([]);
    expect(matches('language.insult', 'What a joke this release is.')).toEqual([]);
  });

  it('reads political name-calling and glued profanity', () => {
    expect(matches('language.insult', 'You are a dumbocrat.')).toHaveLength(1);
    // "typical" points the name-calling at a kind of people in view
    expect(matches('language.insult', 'Typical rethuglicans, all of them.')).toHaveLength(1);
    expect(matches('language.insult', 'These demonrats are at it again.')).toHaveLength(1);
    expect(matches('language.insult', '@sam fuckoff')).toEqual(['fuckoff']);
    expect(matches('language.insult', 'Fck Gerald and his rules.')).toEqual(['Fck Gerald']);
    expect(matches('language.insult', 'He is a soy boy.')).toHaveLength(1);
    expect(matches('language.insult', 'She is human garbage.')).toHaveLength(1);
    expect(matches('language.insult', 'We ordered soy milk and a human resources handbook.')).toEqual([]);
  });

  it('reads insults with a camp word before them, after "typical/another", and exclaimed', () => {
    expect(matches('language.insult', 'liberal idiots everywhere')).toEqual(['liberal idiots']);
    expect(matches('language.insult', 'What a bunch of MAGA morons.')).toEqual(['What a bunch of MAGA morons']);
    expect(matches('language.insult', 'Those leftist idiots will never learn.')).toEqual(['Those leftist idiots']);
    expect(matches('language.insult', 'Typical idiot behaviour from the vendor.')).toEqual([]);
    expect(matches('language.insult', 'Typical Tory moron.')).toEqual(['Typical Tory moron']);
    expect(matches('language.insult', 'Another idiot just cut me off.')).toEqual(['Another idiot']);
    expect(matches('language.insult', 'Morons everywhere.')).toEqual(['Morons']);
    expect(matches('language.insult', 'I felt like a typical idiot at my first standup.')).toEqual([]);
    expect(matches('language.insult', 'More clowns at the circus this year!')).toEqual([]);
    expect(matches('language.insult', 'The right wing media covered the launch.')).toEqual([]);
  });

  it('does not read abuse of devices, apps and idioms as aimed at a person', () => {
    for (const text of ['The router is being a dick today.', 'My Xbox is an asshole.', 'Excel is a bitch sometimes.', 'Karma is a bitch.', 'The Wi-Fi is being a dick today.', 'Jira is a moron.']) {
      expect(matches('language.insult', text), text).toEqual([]);
    }
    expect(matches('language.insult', 'Kyle is being a dick today.')).toHaveLength(1);
    expect(matches('language.insult', 'The referee is an idiot.')).toHaveLength(1);
  });

  it('does not read a hypothetical or doubted predicate as an accusation', () => {
    expect(matches('language.insult', 'Maybe she is lying?')).toEqual([]);
    expect(matches('language.insult', 'Are you sure he is lying?')).toEqual([]);
    expect(matches('language.insult', 'Perhaps he is unhinged, perhaps tired.')).toEqual([]);
    expect(matches('language.insult', 'She is lying and everyone knows it.')).toHaveLength(1);
    expect(matches('language.reply-profanity', '@sam what if she is lying?', { words: 'insults' })).toEqual([]);
    expect(matches('language.reply-profanity', '@sam she is lying again', { words: 'insults' })).toEqual(['lying']);
  });
});


describe('language.insult: more ways an insult finds its target', () => {
  it('reads a pointing pronoun before people, a relative after a person-only word, and "stop being"', () => {
    expect(matches('language.insult', 'Those are whackos.')).toHaveLength(1);
    expect(matches('language.insult', 'Those are bugs.')).toEqual([]);
    expect(matches('language.insult', 'And this from the clown who lost the vote?')).toHaveLength(1);
    expect(matches('language.insult', 'The clown show was fun.')).toEqual([]);
    expect(matches('language.insult', 'Stop being a moron.')).toHaveLength(1);
  });

  it('reads public roles as subjects, a vocative name after a predicate to the reader, and "to" for "too"', () => {
    expect(matches('language.insult', 'The umpire is a clown.')).toHaveLength(1);
    expect(matches('language.insult', 'The pope is visiting Lisbon.')).toEqual([]);
    expect(matches('language.insult', 'You are a cheater, Casey!')).toHaveLength(1);
    // (round 27: "cheater" is an insulting name, so "he is a cheater" is an insult; a plain role with a name is not)
    expect(matches('language.insult', 'He is a cheater Casey.')).toHaveLength(1);
    expect(matches('language.insult', 'He is a teacher, Casey.')).toEqual([]);
    expect(matches('language.insult', 'You are just to brainwashed.')).toHaveLength(1);
    expect(matches('language.insult', 'He is to blame.')).toEqual([]);
  });

  it('reads "narrow-minded" however the hyphen is written, and an intensifier before the verdict', () => {
    expect(matches('language.insult', 'He is narrow-minded.')).toHaveLength(1);
    expect(matches('language.insult', 'She is small minded.')).toHaveLength(1);
    expect(matches('language.insult', 'The road is narrow.')).toEqual([]);
    expect(matches('language.insult', 'You are so damned unattractive.')).toHaveLength(1);
  });

  it('reads "[insult] like you" as aimed at the reader, and "like you said" as a report', () => {
    expect(matches('language.insult', 'Only an idiot like you would believe that.')).toHaveLength(1);
    expect(matches('language.insult', 'Crooks like him belong in jail.')).toHaveLength(1);
    expect(matches('language.insult', 'He was a clown like you said.')).toEqual([]);
  });
});
