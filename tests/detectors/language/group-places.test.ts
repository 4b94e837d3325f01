import { describe, expect, it } from 'vitest';
import { findGroups } from '../../../rules/detectors/language/find-groups';
import { attackerPraised, groupPlaces, mayHarmPlace, threatAtPlace } from '../../../rules/detectors/language/group-places';
import { tokenize } from '../../../rules/detectors/language/tokens';
import { makeInput } from '../../functional/harness';
import { matches } from './input';

const tokensOf = (text: string) => tokenize(makeInput(text));
/** The words of each place the sentence names, with the characteristic its people share. */
function places(text: string): string[] {
  const tokens = tokensOf(text);
  return groupPlaces(tokens).map((g) => `${tokens.slice(g.from, g.to + 1).map((t) => t.w).join(' ')}:${g.characteristic}`);
}

describe('groupPlaces', () => {
  it('reads places that name their people', () => {
    expect(places('heading to the mosque')).toEqual(['mosque:religion']);
    expect(places('outside the gay bar on Fifth')).toEqual(['gay bar:sexual-orientation']);
    expect(places('the Pakistani corner shop')).toEqual(['pakistani corner shop:origin']);
    expect(places('the care home on the hill')).toEqual(['care home:age']);
    expect(places('the disability day centre')).toEqual(['disability day centre:disability']);
    expect(places("the women's shelter")).toEqual(["women 's shelter:gender"]);
    expect(places('the Eid crowd in the park')).toEqual(['eid crowd:religion']);
    expect(places('Friday prayers')).toEqual(['friday prayers:religion']);
    expect(places('a walk through Chinatown')).toEqual(['chinatown:origin']);
  });

  it('leaves places of no group alone', () => {
    expect(places('the old school on the hill')).toEqual([]);
    expect(places('the black market for tickets')).toEqual([]);
    expect(places('the White House lawn')).toEqual([]);
    expect(places('gay people go to the bar on Fridays')).toEqual([]);
    expect(places('the coffee shop on the corner')).toEqual([]);
    expect(places('the special unit will storm the building')).toEqual([]);
  });
});

describe('threatAtPlace', () => {
  const read = (text: string) => {
    const tokens = tokensOf(text);
    return threatAtPlace(tokens, groupPlaces(tokens))?.explain ?? null;
  };

  it('reads harm planned at the place with the writer stance', () => {
    expect(read('Sunday morning I walk into that gurdwara and open fire.')).toMatch(/open fire/);
    expect(read('The Polish shop gets a petrol bomb this weekend.')).toMatch(/petrol bomb/);
    expect(read('Heading to the Hindu temple tomorrow with my shotgun loaded.')).toMatch(/shotgun/);
    expect(read('Why has nobody firebombed the Pakistani takeaway yet?')).toMatch(/firebombed/);
    expect(read('Put something in the water at the retirement village.')).toMatch(/something in the water/);
    expect(read('Hope an earthquake flattens every synagogue in the state.')).toMatch(/disaster/);
  });

  it('stands down for reports, grief, negation and everyday uses', () => {
    expect(read('A gunman opened fire at the gurdwara last night, police say.')).toBeNull();
    expect(read('Thinking of everyone at the gay nightclub tonight, a year on from the shooting.')).toBeNull();
    expect(read('Nobody should ever firebomb the Pakistani takeaway.')).toBeNull();
    expect(read('We need two lads with jerry cans of drinking water for the Eid picnic.')).toBeNull();
    expect(read('Bring matches for the diyas, the Diwali party at the temple starts at six.')).toBeNull();
    expect(read('The storm missed the black church, thank god, everyone is safe.')).toBeNull();
    expect(read('Is it legal to carry a gun into the Hindu temple in your state?')).toBeNull();
  });

  it('gates on words of harm, arms or a disaster wished', () => {
    expect(mayHarmPlace(tokensOf('The Chinese supermarket sells the best rice cookers.'))).toBe(false);
    expect(mayHarmPlace(tokensOf('Torch the Chinese supermarket.'))).toBe(true);
  });
});

describe('attackerPraised', () => {
  const praised = (text: string) => {
    const tokens = tokensOf(text);
    return attackerPraised(tokens, findGroups(tokens))?.explain ?? null;
  };

  it('reads praise of an attacker named with the group or its place', () => {
    expect(praised('The mosque gunman was a hero.')).toMatch(/was a hero/);
    expect(praised('Whoever torched the refugee centre deserves a medal.')).toMatch(/medal/);
    expect(praised('The Christchurch gunman is a saint to me.')).toMatch(/saint/);
    expect(praised('Shame he didn’t finish the job at the black church.')).toMatch(/finish/);
  });

  it('stands down when the praise is denied, quoted or the attacker condemned', () => {
    expect(praised('The mosque gunman was a coward and a terrorist, not a hero.')).toBeNull();
    expect(praised('Calling the synagogue bomber a hero is sick.')).toBeNull();
    expect(praised('The man who torched the refugee centre got fifteen years in prison.')).toBeNull();
    expect(praised('Whoever shot this video of the Pride parade is a legend.')).toBeNull();
    // (no group, place or city of a massacre: an attacker of no protected group)
    expect(praised('The bank robber was a legend.')).toBeNull();
  });
});

describe('the group-attack rule on places', () => {
  it('reads a place named in the sentence before', () => {
    expect(matches('language.group-attack', 'We go in at midnight with petrol.', {}, 0.5, 'The migrant hostel on Bridge Street.')).toHaveLength(1);
    expect(matches('language.group-attack', 'We go in at midnight with petrol.', {}, 0.5, 'The garden shed on Bridge Street.')).toHaveLength(0);
  });

  it('reads praise after an attacker named in the sentence before', () => {
    expect(matches('language.group-attack', 'Absolute legend.', {}, 0.5, 'The guy who shot up the gay club?')).toHaveLength(1);
  });

  it('does not open a place sentence to the other frames', () => {
    expect(matches('language.group-attack', 'The Jewish bakery torched the meringues again and they were perfect.')).toHaveLength(0);
  });
});
