import { describe, expect, it } from 'vitest';
import { unmask } from '../../../rules/detectors/language/tokens';
import { matches, run } from './input';

describe('language.insult', () => {
  it('flags insults aimed at the reader, a named or described person, or a group of people', () => {
    expect(matches('language.insult', 'You are an idiot.')).toEqual(['You are an idiot']);
    expect(matches('language.insult', 'Our CEO is a clown.')).toEqual(['Our CEO is a clown']);
    expect(matches('language.insult', '@dana what a moron')).toHaveLength(1);
    expect(matches('language.insult', 'Politicians are all liars.')).toHaveLength(1);
  });

  it('reads masked profanity', () => {
    expect(unmask('f***')).toBe('fuck');
    expect(unmask('b*tch')).toBe('bitch');
    expect(unmask('a**hole')).toBe('asshole');
    expect(unmask('A*B')).toBeNull();
    const [h] = run('language.insult', 'You f***ing idiot.');
    expect(h?.explain).toMatch(/masked/);
  });

  it('reads an adjective after "so"/"too" as predicated, whatever follows', () => {
    expect(matches('language.insult', 'You are so dumb the healer has to babysit you.')).toEqual(['You are so dumb']);
    expect(matches('language.insult', 'This code is so stupid the compiler gave up.')).toEqual([]);
    expect(matches('language.insult', 'I am so dumb the cat laughs at me.')).toEqual([]);
  });

  it('reads "you" with an insulting adjective and a noun as said to the reader, and sarcastic praise before an insult', () => {
    expect(matches('language.insult', 'You ignorant dupes.')).toEqual(['You ignorant dupes']);
    expect(matches('language.insult', 'Good job, asshole!')).toEqual(['asshole']);
    expect(matches('language.insult', 'Thank you, sorry folks, we are late.')).toEqual([]);
    expect(matches('language.insult', 'Good job, team!')).toEqual([]);
  });

  it('leaves things, oneself and unaimed profanity alone', () => {
    expect(matches('language.insult', 'This printer is useless.')).toEqual([]);
    expect(matches('language.insult', "I'm such an idiot, I forgot my badge.")).toEqual([]);
    expect(matches('language.insult', 'Holy shit, we shipped!')).toEqual([]);
    expect(matches('language.insult', 'The build system is a clown show.')).toEqual([]);
  });

  it('leaves generalisations about protected groups to the protected rules', () => {
    expect(matches('language.insult', 'Women are idiots.')).toEqual([]);
  });

  it('reads "they" with a word that judges people as people, but not a verdict on a performance', () => {
    expect(matches('language.insult', 'They are batshit crazy.')).toEqual(['They are batshit crazy']);
    expect(matches('language.insult', 'They are brainwashed.')).toHaveLength(1);
    expect(matches('language.insult', 'They were terrible today.')).toEqual([]);
    expect(matches('language.insult', 'They are crazy good at it.')).toEqual([]);
  });

  it('reads exclaimed weak insults that only name people, and the typo "his a"', () => {
    expect(matches('language.insult', 'What a fool.')).toEqual(['What a fool']);
    expect(matches('language.insult', 'What a fool I was.')).toEqual([]);
    expect(matches('language.insult', 'His a fraud.')).toHaveLength(1);
    expect(matches('language.insult', 'His a-game was great.')).toEqual([]);
  });

  it('reads one describing word after the article, but not a fond or past one', () => {
    expect(matches('language.insult', 'He is an obvious puppet.')).toHaveLength(1);
    expect(matches('language.insult', 'He is a good hack.')).toEqual([]);
    expect(matches('language.insult', 'She is a former criminal.')).toEqual([]);
  });

  it('reads mockery fixed to a camp of people, not sadness', () => {
    expect(matches('language.insult', 'Hysterical liberals again.')).toEqual(['Hysterical liberals']);
    expect(matches('language.insult', 'Another brainwashed leftist.')).toHaveLength(1);
    expect(matches('language.insult', 'Sad conservatives lost their farms.')).toEqual([]);
  });

  it('reads conduct compared to a child, madness wished on someone, and hatred declared', () => {
    expect(matches('language.insult', 'The senator is behaving like a toddler.')).toHaveLength(1);
    expect(matches('language.insult', 'I was acting like a child.')).toEqual([]);
    expect(matches('language.insult', 'Stop acting like a child.')).toEqual([]);
    expect(matches('language.insult', 'He needs serious psychiatric help.')).toHaveLength(1);
    expect(matches('language.insult', 'My mom needs her meds refilled.')).toEqual([]);
    expect(matches('language.insult', 'I despise you.')).toHaveLength(1);
    expect(matches('language.insult', 'I despise mondays.')).toEqual([]);
  });

  it('leaves an insult the speaker withholds', () => {
    expect(matches('language.insult', "I don't think he is a sociopath.")).toEqual([]);
    expect(matches('language.insult', "I'm not saying she is a liar.")).toEqual([]);
    expect(matches('language.insult', 'I think he is a sociopath.')).toHaveLength(1);
  });
});

describe('language.threat', () => {
  it('flags threats, incitement and wishing harm', () => {
    expect(matches('language.threat', "I'm going to punch him.")).toHaveLength(1);
    expect(matches('language.threat', 'Someone should shoot that guy.')).toHaveLength(1);
    expect(matches('language.threat', 'I hope you die.')).toHaveLength(1);
    expect(matches('language.threat', 'kys')).toHaveLength(1);
  });

  it('reads harm welcomed as a wish, but not a vote shot down or harm opposed', () => {
    expect(matches('language.threat', "I'm all for them getting themselves killed.")).toHaveLength(1);
    expect(matches('language.threat', "I'd love to see him get shot.")).toHaveLength(1);
    expect(matches('language.threat', "Can't wait to see the mods get beaten.")).toHaveLength(1);
    expect(matches('language.threat', 'I hope they all die.')).toHaveLength(1);
    expect(matches('language.threat', "I'm all for him getting shot down in the vote.")).toEqual([]);
    expect(matches('language.threat', 'I would not like to see them get hurt or killed.')).toEqual([]);
    expect(matches('language.threat', 'Nobody wants to see kids getting shot.')).toEqual([]);
  });

  it('reads "hopefully" as a wish like "hope", and keeps its ordinary uses apart', () => {
    expect(matches('language.threat', 'Hopefully he dies in his sleep.')).toHaveLength(1);
    expect(matches('language.threat', 'Hopefully she gets hit by a bus.')).toHaveLength(1);
    expect(matches('language.threat', 'Hopefully he gets the job.')).toEqual([]);
    expect(matches('language.threat', 'Hopefully the old server dies quietly.')).toEqual([]);
  });

  it('passes figures of speech', () => {
    for (const t of ['This bug is killing me.', 'Shoot me a message.', 'We crushed our goals.', "I'm dying to see it.", 'You killed it on stage!', 'Knock them dead!']) {
      expect(matches('language.threat', t), t).toEqual([]);
    }
  });
});

describe('language.reply-profanity', () => {
  it('flags swearing in a reply but not cheering or posts addressed to no one', () => {
    expect(matches('language.reply-profanity', '@sam this is bullshit')).toEqual(['bullshit']);
    expect(matches('language.reply-profanity', '@sam fuck yeah!')).toEqual([]);
    expect(matches('language.reply-profanity', 'this is bullshit')).toEqual([]);
  });

  it("with words 'insults' flags insulting words in a reply, not about oneself or a thing", () => {
    expect(matches('language.reply-profanity', '@sam pathetic liar', { words: 'insults' })).toEqual(['pathetic', 'liar']);
    expect(matches('language.reply-profanity', '@sam this build is stupid', { words: 'insults' })).toEqual([]);
    expect(matches('language.reply-profanity', "@sam I'm so stupid, thanks", { words: 'insults' })).toEqual([]);
    expect(matches('language.reply-profanity', 'pathetic liar', { words: 'insults' })).toEqual([]);
  });

  it('reads "suck" in a reply only of a person, and not a short word the spelling repair stretched', () => {
    expect(matches('language.reply-profanity', '@sam you really suck', { words: 'insults' })).toHaveLength(1);
    expect(matches('language.reply-profanity', '@sam the cameras suck in low light', { words: 'insults' })).toEqual([]);
    expect(matches('language.reply-profanity', '@sam see you tomorrow morn', { words: 'insults' })).toEqual([]);
    expect(matches('language.reply-profanity', "@sam I don't think he is a sociopath", { words: 'insults' })).toEqual([]);
    expect(matches('language.reply-profanity', '@sam you sycophant', { words: 'insults' })).toHaveLength(1);
  });
});
