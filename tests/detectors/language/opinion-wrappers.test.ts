import { describe, expect, it } from 'vitest';
import { check } from '../../functional/harness';

const protectedFindings = (text: string) => check(text).filter((f) => f.category === 'protected' && f.severity !== 'info');

describe('opinion wrappers: the writer\'s own view, or someone else\'s', () => {
  it.each([
    'Am I the only one who thinks immigrants are ruining this country?',
    "I've always said women are worse drivers.",
    "I'd argue that Muslims are violent.",
    'Most people agree that gay people are disgusting.',
    'Am I wrong to think that Mexicans are lazy?',
    'Anyone else who feels like trans people are mentally ill?',
    'We keep saying immigrants are ruining this country.',
    'Mark my words: immigrants will ruin this country.',
    "People keep saying Mexicans are lazy, and honestly? They're not wrong.",
    'They say Muslims are violent. Hard to disagree.',
    'My uncle says women can\'t lead, and he has a point.',
    "Is it racist to say Somalis don't work?",
    'Is it sexist to think women are too emotional to lead?',
    'Am I racist for thinking Mexicans are lazy?',
  ])('flags %j: asking for agreement, a consensus claim or the writer\'s own words', (text) => {
    expect(protectedFindings(text)).not.toEqual([]);
  });

  it.each([
    'I never said immigrants are ruining this country.',
    'My uncle always said women are worse drivers, and it drove me mad.',
    'Some people agree that Muslims are violent, which is sad.',
    'Nobody agrees that gay people are disgusting.',
    "It's wrong to think that Mexicans are lazy.",
    "People say immigrants are criminals. They're wrong.",
    'My uncle says women can\'t lead. Ugh.',
    "Is it racist to say 'Somalis don't work'? Yes, obviously.",
    "It is racist to say Somalis don't work.",
  ])('does not flag %j: denied, reported or rejected', (text) => {
    expect(protectedFindings(text)).toEqual([]);
  });
});

describe('quotations talked about in a sentence of the writer\'s own', () => {
  it.each([
    '"Disabled people are a burden" is the ugliest sentence I read this week.',
    'The "gay people are groomers" crowd is back.',
    '"Old people are useless"? My 80-year-old mum runs a charity.',
    'Kids at school told my son "Mexicans are rapists". We reported it.',
    'Imagine thinking "immigrants are vermin" is a normal thing to say.',
  ])('does not flag %j', (text) => {
    expect(protectedFindings(text)).toEqual([]);
  });

  it.each([
    '"Muslims are terrorists."',
    'My honest view: "immigrants are vermin".',
    'I told them "women are inferior" and I meant it.',
  ])('still flags %j: the quotation is the whole post, endorsed, or the writer\'s own words', (text) => {
    expect(protectedFindings(text)).not.toEqual([]);
  });
});

describe("a claim the group makes, and the writer's answer after 'but'", () => {
  const confidence = (text: string) => Math.max(0, ...protectedFindings(text).map((f) => f.confidence));
  it('keeps the confidence of what the writer says after the claim ends', () => {
    expect(confidence("Jews claim they've been persecuted, but they run all the banks and media.")).toBeGreaterThanOrEqual(0.6);
    expect(confidence("Roma families say they're only passing through, really they're thieves on the move.")).toBeGreaterThanOrEqual(0.6);
  });

  it('still lowers an attack inside a claim the writer reports and then answers', () => {
    expect(confidence('People say trans women are dangerous, but they are just living their lives.')).toBeLessThan(0.5);
    expect(confidence('He said Muslims are terrorists but I disagree.')).toBeLessThan(0.5);
  });
});
