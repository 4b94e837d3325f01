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
  ])('flags %j: asking for agreement, a consensus claim or the writer\'s own words', (text) => {
    expect(protectedFindings(text)).not.toEqual([]);
  });

  it.each([
    'I never said immigrants are ruining this country.',
    'My uncle always said women are worse drivers, and it drove me mad.',
    'Some people agree that Muslims are violent, which is sad.',
    'Nobody agrees that gay people are disgusting.',
    "It's wrong to think that Mexicans are lazy.",
  ])('does not flag %j: denied, reported or rejected', (text) => {
    expect(protectedFindings(text)).toEqual([]);
  });
});
