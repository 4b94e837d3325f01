import { PACK_FORMAT, type PackSource } from '../types';

/**
 * builtin:inflammatory: language aimed at people. Every rule needs a person as the target, so criticism
 * of things, profanity not aimed at anyone and figures of speech pass. Documented rule by rule in
 * docs/default-pack/inflammatory.md.
 */
export const INFLAMMATORY_PACK: PackSource = {
  format: PACK_FORMAT,
  id: 'builtin.inflammatory',
  name: 'DraftGuard built-in: inflammatory',
  version: '0.2.0',
  lang: 'en',
  rules: [
    {
      id: 'insult',
      kind: 'detector',
      detector: 'language.insult',
      category: 'inflammatory',
      severity: 'warn',
      tags: ['insult'],
      message: 'This reads as an insult aimed at someone.',
      note: 'Name-calling and profanity aimed at a person (you, an @mention, a named or described person, a group of people) is read as a personal attack and reflects on you and the company. Criticise the decision or the work, not the person.',
      examples: {
        flag: [
          'You are a complete idiot.',
          '@dana what a f***ing moron',
          'Our CEO is a clown and everyone knows it.',
          'Honestly our competitors are morons.',
          'Fuck you, Mark.',
        ],
        pass: [
          'This printer is useless.',
          'Holy shit, we actually shipped it!',
          "I'm such an idiot, I forgot my badge again.",
          'This f***ing bug took all week.',
          'The clown show at the offsite was a hit with the kids.',
        ],
      },
    },
    {
      id: 'profanity-in-reply',
      kind: 'detector',
      detector: 'language.reply-profanity',
      category: 'inflammatory',
      severity: 'warn',
      tags: ['profanity'],
      message: 'Swearing in a reply reads as swearing at the person you reply to.',
      note: 'A post that opens with an @mention is read as addressed to them; profanity in it lands on them. Cheering ("hell yes", "fuck yeah") is fine.',
      examples: {
        flag: ['@sam this is total bullshit', '@dana shit take, honestly'],
        pass: ['@sam fuck yeah, we shipped it!', 'Holy shit, we hit our numbers!', '@dana thanks for the help today'],
      },
    },
    {
      id: 'insult-in-reply',
      kind: 'detector',
      detector: 'language.reply-profanity',
      options: { words: 'insults' },
      category: 'inflammatory',
      severity: 'warn',
      tags: ['insult'],
      message: 'An insulting word in a reply reads as aimed at the person you reply to.',
      note: 'In a reply, "pathetic" or "liar" lands on the person addressed or someone named, even without "you are". Criticising a thing ("this build is broken") is fine.',
      examples: {
        flag: ['@sam pathetic. Just pathetic.', '@dana typical liar'],
        pass: ['@sam this build is stupid, sorry', "@dana I'm such an idiot, thanks for catching it", '@lee not stupid at all, great question'],
      },
    },
    {
      id: 'threat',
      kind: 'detector',
      detector: 'language.threat',
      category: 'inflammatory',
      severity: 'block',
      override: 'reason',
      tags: ['threat'],
      message: 'This reads as a threat or a wish for someone to be harmed.',
      note: 'Threats, calls to hurt someone and wishing harm on a person are never acceptable, even as a joke: readers cannot tell.',
      examples: {
        flag: ["I'm going to punch him in the face.", 'Someone should shoot that guy.', 'I hope you die.', 'kys', "Let's beat him up after the game."],
        pass: ['This bug is killing me.', 'Shoot me a message when you land.', 'We crushed our goals this quarter.', "I'm dying to see the new office.", 'Our new search is a killer feature.'],
      },
    },
    {
      id: 'slur-at-person',
      kind: 'detector',
      detector: 'language.slur',
      options: { aim: 'person' },
      category: 'inflammatory',
      severity: 'block',
      tags: ['slur', 'insult'],
      message: 'A slur aimed at someone: a personal attack on who they are.',
      note: 'A slur thrown at a person is both an attack on a protected characteristic and a personal insult; the protected rule reports the slur itself.',
      examples: {
        flag: ['@jo you f a g g o t', 'Shut up you stupid tranny.'],
        pass: ['He called me a faggot at school and it still hurts.', 'Fancy a fag break?'],
      },
    },
    {
      id: 'identity-attack-at-person',
      kind: 'detector',
      detector: 'language.group-attack',
      options: { aim: 'person' },
      category: 'inflammatory',
      severity: 'warn',
      tags: ['insult'],
      message: "This attacks someone for who they are.",
      note: "Telling someone to 'go back' where they came from, or insulting them with their identity, is a personal attack as well as an attack on a protected characteristic.",
      examples: {
        flag: ['@sam go back to your own country', 'You stupid immigrant.', 'You people should be banned from this country.', 'Learn English.', 'Women like you should stay in the kitchen.', 'Nobody asked you, immigrant.', '@sam your religion is a cancer', '@ravi typical woman, can\'t even read a chart'],
        pass: ['Go back to the office after lunch.', 'Our immigrant founders built this company.', 'I want to learn English this year.', 'Your kind words mean a lot.', '@sam your religion is beautiful, thanks for sharing', 'Go back to the main menu, @sam.'],
      },
    },
    {
      id: 'shouting',
      kind: 'detector',
      detector: 'shouting',
      category: 'inflammatory',
      severity: 'info',
      tags: ['shouting'],
      message: 'Long stretches in capitals read as shouting.',
      note: 'All caps makes a post read as angry; use it for a word or two, not whole sentences. Write it in sentence case and emphasise one word.',
      examples: {
        flag: ['THIS IS THE WORST SERVICE I HAVE EVER HAD', 'I cannot believe it. WHY DOES NOBODY EVER ANSWER THEIR PHONE'],
        pass: ['Our API and SDK now run on AWS.', 'GO TEAM! Proud of you all.'],
      },
    },
  ],
};
