import { describe, expect, it } from 'vitest';
import { matches, run } from './input';

describe('language.contempt', () => {
  it('reads hostile questions aimed at a person, and highlights the question', () => {
    expect(matches('language.contempt', 'Who the hell do you think you are?')).toEqual(['Who the hell do you think you are']);
    expect(matches('language.contempt', 'What is wrong with you?')).toEqual(['What is wrong with you']);
    expect(matches('language.contempt', 'How brainwashed can you be?')).toEqual(['How brainwashed can you']);
    expect(run('language.contempt', 'What the hell are you talking about?')[0]?.explain).toMatch(/hostile question aimed at someone/);
  });

  it('leaves the same frames about things, oneself or admiration alone', () => {
    expect(matches('language.contempt', 'What the hell happened to the build?')).toEqual([]);
    expect(matches('language.contempt', 'Who do you think will win the hackathon?')).toEqual([]);
    expect(matches('language.contempt', 'Who does he think he is, looking so beautiful?')).toEqual([]);
    expect(matches('language.contempt', 'Shame on me for missing the standup.')).toEqual([]);
    expect(matches('language.contempt', 'What is wrong with this printer?')).toEqual([]);
  });

  it('reads calls to punish a person but not things', () => {
    expect(matches('language.contempt', 'Lock her up!')).toEqual(['Lock her up']);
    expect(matches('language.contempt', 'He should be jailed for this.')).toEqual(['He should be jailed']);
    expect(matches('language.contempt', 'The old endpoint should be removed.')).toEqual([]);
    expect(matches('language.contempt', 'The battery should be charged overnight.')).toEqual([]);
    expect(run('language.contempt', 'She belongs in prison.')[0]?.tags).toEqual(['threat']);
  });

  it('reads animal names and mental-illness labels given to a person, not compounds or care', () => {
    expect(matches('language.contempt', 'Our new VP is a snake.')).toEqual(['VP is a snake']);
    expect(matches('language.contempt', 'He is a dog person.')).toEqual([]);
    expect(matches('language.contempt', "She's a beast on the court.")).toEqual([]);
    expect(matches('language.contempt', 'He is clearly mentally unstable.')).toHaveLength(1);
    expect(matches('language.contempt', 'My brother is mentally ill and doing well.')).toEqual([]);
  });

  it('leaves contempt for a protected group to the protected rules', () => {
    expect(matches('language.contempt', 'Immigrants should be deported.')).toEqual([]);
    expect(matches('language.contempt', 'Muslims are pigs.')).toEqual([]);
  });

  it('lowers confidence when the words are quoted to condemn them', () => {
    const [plain] = run('language.contempt', 'Lock her up!');
    const [quoted] = run('language.contempt', 'Chanting "lock her up" at a rally is disgusting.');
    expect(plain?.confidence).toBeGreaterThan(0.5);
    // lowered below the plain reading, or gone altogether
    expect(quoted?.confidence ?? 0).toBeLessThan(plain?.confidence ?? 0);
  });

  it('leaves reports of facts, ordinary verbs and excitement alone (review findings)', () => {
    for (const t of [
      'Write the test scripts first, then execute them nightly.', 'Grab the posters and hang them in the break room.',
      'Our former CFO has been charged with fraud.', 'The team should be fired up for the launch!', 'Customers should be charged for the premium tier.',
      'Who do you think you are going to invite to the offsite?', 'What the heck are you doing this weekend?',
      'Why the hell did you not tell me about this amazing offer?', 'How low can you go? Limbo night on Friday!',
      'He has no clue how proud we are of him.', 'Shame on Google for killing Reader.', 'Our CEO is the GOAT.',
      'Sam is mentally ill and needs our support, please donate.', '@dana @sam @lee @kim @max 🤡🤡 team photo day!', 'Happy clown day to you 🤡',
    ]) expect(matches('language.contempt', t), t).toEqual([]);
  });

  it('is not softened by condemning words that are part of the attack', () => {
    expect(matches('language.contempt', 'Your behaviour is shameful, shame on you @sam.')).toEqual(['shame on you']);
    expect(matches('language.contempt', 'He is such a pig, sexist comments all day.')).toEqual(['He is such a pig']);
  });

  it('highlights the whole subject and each emoji with its skin tone', () => {
    expect(matches('language.contempt', 'Our CEO truly is dead to me')).toEqual(['Our CEO truly is dead to me']);
    expect(matches('language.contempt', '@sam 🖕🏿')).toEqual(['🖕🏿']);
  });
});

describe('language.contempt: losing one\'s mind, and "how vile they can be"', () => {
  it('reads a person or group said to be losing their mind, not oneself', () => {
    expect(matches('language.contempt', 'He is losing his mind.')).toEqual(['He is losing his mind']);
    expect(matches('language.contempt', 'Why are critics losing their minds over this?')).toEqual(['critics losing their minds']);
    expect(matches('language.contempt', 'I am losing my mind with this spreadsheet.')).toEqual([]);
    expect(matches('language.contempt', 'We are losing our minds over the launch, in a good way.')).toEqual([]);
  });

  it('reads the exclamation "how [quality] they can be", not a question about health or things', () => {
    expect(matches('language.contempt', 'They keep showing how vile they can be.')).toEqual(['how vile they can be']);
    expect(matches('language.contempt', 'Everyone saw how petty he is.')).toEqual(['how petty he is']);
    expect(matches('language.contempt', 'I did not know how sick he is.')).toEqual([]);
    expect(matches('language.contempt', 'You know how petty they can be about parking spots.')).toEqual([]);
    expect(matches('language.contempt', 'How corrupt is this file?')).toEqual([]);
  });
});

