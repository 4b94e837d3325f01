import { describe, expect, it } from 'vitest';
import { matches, run } from './input';

const coded = (t: string) => matches('language.coded', t);

describe('language.coded', () => {
  it('reads the antisemitic echo around a name, but not emphasis or nested brackets', () => {
    expect(coded('Of course (((Soros))) is behind it.')).toEqual(['(((Soros)))']);
    expect(run('language.coded', '(((globalists))) control the banks')[0]?.tags).toEqual(['coded', 'religion']);
    expect(coded('(((LISTEN PLEASE))) this matters')).toEqual([]);
    expect(coded('see the notes (((a)))')).toEqual([]);
    expect(coded('Sending virtual (((hugs))) to everyone affected by the storm.')).toEqual([]);
    expect(coded('Sending hugs (((Sam)))')).toEqual([]);
  });

  it('reads neo-Nazi slogans, and numbers only next to white-power words', () => {
    expect(coded('The day of the rope is coming.')).toEqual(['day of the rope']);
    expect(coded('6MWE')).toEqual(['6MWE']);
    expect(coded('ZOG controls the media')).toEqual(['ZOG']);
    expect(coded('1488 brothers, sieg heil')).toEqual(['1488']);
    expect(coded('Ticket 1488 is fixed.')).toEqual([]);
    expect(coded('We have 88 employees in 14 offices.')).toEqual([]);
    expect(coded('zog the dragon is my favourite character')).toEqual([]);
    expect(coded('HH at 5pm on Friday, 14 of us confirmed!')).toEqual([]);
    expect(coded("Robert Reich's talk drew 88 attendees.")).toEqual([]);
    // offsets survive text whose lower case is longer ("İ")
    expect(coded('İstanbul team: day of the rope')).toEqual(['day of the rope']);
    // reporting in another sentence does not soften the code
    expect(coded("The day of the rope is coming. My manager said it's fine.")).toEqual(['day of the rope']);
  });

  it('reads monkey emoji thrown at someone, not in a story or as an everyday "oops"', () => {
    expect(coded('@marcus 🐒🐒🐒')).toEqual(['🐒🐒🐒']);
    expect(matches('language.coded', '@marcus you 🐒', { aim: 'person' })).toEqual(['🐒']);
    expect(coded('Look at you 🦍 gym gains!')).toEqual([]);
    expect(coded('We saw a 🐒 at the zoo today with the kids, so fun!')).toEqual([]);
    expect(coded('@sam great game 🐵🙈')).toEqual([]);
  });

  it('lowers confidence when the code is named to condemn it', () => {
    const [h] = run('language.coded', 'Writing someone\'s name as (((name))) is antisemitic and disgusting.');
    expect(h?.confidence ?? 0).toBeLessThan(0.5);
  });

  it('with aim: person, reports only codes thrown at someone', () => {
    expect(matches('language.coded', 'The day of the rope is coming.', { aim: 'person' })).toEqual([]);
  });
});
