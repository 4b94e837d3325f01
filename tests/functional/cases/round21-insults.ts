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
];
