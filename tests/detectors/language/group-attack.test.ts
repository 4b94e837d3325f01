import { describe, expect, it } from 'vitest';
import { matches, run } from './input';

const flags = (t: string, prev?: string) => matches('language.group-attack', t, {}, 0.5, prev).length > 0;

describe('language.group-attack', () => {
  it('flags generalisations, dehumanisation, exclusion and denied capacities', () => {
    expect(flags('Immigrants are vermin.')).toBe(true);
    expect(flags('Women are too emotional to lead.')).toBe(true);
    expect(flags('Muslims should be deported.')).toBe(true);
    expect(flags('Trans women are not real women.')).toBe(true);
    expect(flags("Old people can't learn new tools.")).toBe(true);
    expect(flags('Refugees steal our jobs.')).toBe(true);
    expect(flags('I hate gay people.')).toBe(true);
  });

  it('flags hate phrased as a question or an opinion', () => {
    expect(flags('Why are Black people so lazy?')).toBe(true);
    expect(flags('I think disabled people are a burden.')).toBe(true);
  });

  it('follows a pronoun back to a group in the previous sentence', () => {
    expect(flags('They are all criminals.', 'We hired some Mexicans.')).toBe(true);
    expect(flags('They are all criminals.', 'We hired some contractors.')).toBe(false);
  });

  it('leaves neutral, positive, negated and counter-speech mentions alone', () => {
    expect(flags('Our Muslim colleagues are hosting an iftar.')).toBe(false);
    expect(flags('Women are amazing engineers.')).toBe(false);
    expect(flags('Immigrants are not criminals.')).toBe(false);
    expect(flags("I don't think women are inferior.")).toBe(false);
    expect(flags('Saying immigrants are vermin is racist.')).toBe(false);
    expect(flags('Refugees are being deported this week.')).toBe(false);
    expect(flags('Old code should be deleted.')).toBe(false);
  });

  it('explains the kind of attack and tags the characteristic', () => {
    const [h] = run('language.group-attack', 'Jews are rats.');
    expect(h?.tags).toEqual(['religion', 'dehumanising']);
    expect(h?.explain).toMatch(/dehumanising/);
    const [c] = run('language.group-attack', 'Stop saying women are stupid.');
    expect(c?.confidence).toBeLessThan(0.5);
    expect(c?.explain).toMatch(/reported|condemned/);
  });

  it("with aim 'person' reports only attacks thrown at someone", () => {
    expect(matches('language.group-attack', '@sam go back to your country', { aim: 'person' })).toHaveLength(1);
    expect(matches('language.group-attack', 'Immigrants are vermin.', { aim: 'person' })).toEqual([]);
  });
});
