/**
 * CONTENT WARNING: original insults, written for this file (no public test suite was used) after a probe of 40 insults in
 * everyday shapes found these missed: an insulting adjective the "you ... [noun]" shape did not know ("you useless hack"),
 * a thing likened to its owner ("as useless as you are"), mock thanks ("thanks for being such a liar"), and the
 * "piss-up in a brewery" idiom typed with a hyphen.
 *
 * The near-misses: real thanks, compliments in the same frames, and the same adjectives on things.
 */
export const ROUND21_INSULTS = [
  'I hope you get fired, you useless hack.',
  'Sit down, you clueless lot.',
  '@kerry you spineless weasel',
  'Your presentation was as useless as you are.',
  'That tweet is as fake as you are, @rob.',
  'Thanks for being such a liar, Dan.',
  'Cheers for being useless, Mark.',
  "Our manager couldn't organise a piss-up in a brewery.",
  'Get off the pitch, you talentless fraud.',
  '@mo you incompetent clown, the build is broken again',
  'Sit down and be quiet, you gutless coward.',
  'Move, you clueless idiot.',
  '@vic you useless lump, where is the report?',
  'Your excuses are as pathetic as you are.',
  'That haircut is as ugly as you are, Tom.',
  'His article was as stupid as he is.',
  'Thanks for being such a hypocrite, @jay.',
  'Cheers for being a total creep at the party, Ed.',
  'Thanks for being such a coward when it mattered.',
  'Kudos for being the biggest idiot in the thread.',
];

export const ROUND21_INSULTS_NEAR_MISS = [
  'Thanks for being so patient with us this week.',
  'Thanks for being a legend, Dan.',
  'This cake is as sweet as you are.',
  'Are you useless at cooking too? Same here lol',
  'My useless umbrella broke again.',
  "I'm not as tall as he is.",
  'Congrats on being the first woman to lead the lab!',
  'The brewery is organising a beer festival in May.',
  'Thanks for being such a star this week, @jay.',
  'Cheers for being the best host, Ed!',
  'Thanks for being so honest with me.',
  'The old printer is as useless as ever.',
  'This coffee is as strong as you are, mum.',
  'My talentless attempt at painting, enjoy lol',
  'I feel so useless when I can not help.',
  'The instructions were clueless about left-handed users.',
  'Are you clueless about tax returns too? Same.',
  'He is as tall as you are.',
  'Sit down, you legend, you earned it.',
  'A gutless performance from us today, we go again next week.',
  'This damn lawn mower is a useless piece of crap.',
];
