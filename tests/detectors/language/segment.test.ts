import { describe, expect, it } from 'vitest';
import { segment } from '../../../rules/detectors/language/segment';
import { matches } from './input';

const run = (text: string) => matches('language.group-attack', text, {}, 0.5);

describe('language/segment: text glued without spaces', () => {
  it('splits into the fewest known words', () => {
    expect(segment('allmuslimsareterrorists')).toEqual(['all', 'muslims', 'are', 'terrorists']);
    expect(segment('womenarestupid')).toEqual(['women', 'are', 'stupid']);
    expect(segment('transportation')).toBeNull();
  });

  it('reads a glued attack as a sentence', () => {
    expect(run('allmuslimsareterrorists').length).toBe(1);
    expect(run('#refugeesshouldbedeported').length).toBe(1);
  });

  it('leaves long words and hashtags alone', () => {
    for (const t of ['#internationalwomensday', 'Counterterrorism experts spoke.', 'The #womenintech meetup', 'Internationalisation is done.']) {
      expect(run(t), t).toEqual([]);
    }
  });

  it('reads an attack with one space dropped next to the group or the attack word', () => {
    for (const t of ['Women arestupid.', 'I hatewomen.', 'blackpeople are animals', 'deport allrefugees', 'Trans peopleare freaks', 'Killalljews']) {
      expect(run(t).length, t).toBe(1);
    }
  });

  it('reads glued frames of place, entry and illness', () => {
    for (const t of ['womenbelonginthekitchen', 'noblacksallowed', 'transwomenarementallyill']) expect(run(t).length, t).toBe(1);
    for (const t of ['#mentalhealthmatters', 'kitchenware', 'illustrations', 'Welcome to #womenbelonginstem']) expect(run(t), t).toEqual([]);
  });

  it('keeps ordinary words that happen to split into known words', () => {
    for (const t of ['Christiana is a lazy Sunday kind of town.', 'My therapist says women are strong.', 'Our chairwoman opened the meeting.', 'Gaypeople are welcome here', 'Welcome to our allwomen hackathon']) {
      expect(run(t), t).toEqual([]);
    }
  });

  it('lets the insult rule see the glued group, so a group attack is not read as a personal insult', () => {
    expect(matches('language.insult', 'Gaypeople are disgusting')).toEqual([]);
  });
});
