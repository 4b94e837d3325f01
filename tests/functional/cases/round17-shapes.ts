/**
 * CONTENT WARNING: original cases with insults, written for this file (no public test suite was used): a stance or degree
 * adverb between the copula and the insult ("you are simply an idiot", "he is clearly a fraud"), one describing word
 * before a strong insult with no article ("you are brainwashed idiots"), "can't fix stupid", "a stick up his ass", and
 * "piece of shit" misspelt.
 *
 * The near-misses put the same adverbs before praise or before the writer's own faults, describe things and plans, use a
 * verb or a place after the copula ("I'm coming, bitches" to friends is not read as an insult of oneself), and say people
 * are sick and tired of something, which is being fed up, not depraved.
 */
export const ROUND17_SHAPES = [
  'You are simply an idiot.',
  '@kim you are honestly a moron',
  "you're basically a fraud and everyone knows it",
  'he is clearly a liar',
  'She is obviously a hypocrite.',
  '@dev our CTO is definitely a clown',
  'you are seriously an asshole',
  'He is genuinely a creep, stay away from him.',
  'you are literally a joke of a manager',
  'he is certainly a crook',
  "@sam you're probably the biggest idiot on this site",
  'the new director is apparently a total moron',
  'you are brainwashed idiots, all of you',
  '@lee you are spineless cowards',
  'they are gutless cowards',
  'You are clueless morons.',
  "@jay you can't fix stupid.",
  'Some people, you cannot fix stupid',
  'Our manager has a stick up his ass about deadlines.',
  'she has a stick up her arse',
  '@ray you are a peace of shit',
  'he is a peice of crap',
  'Honestly you are frankly a disgrace',
  'you are deluded idiots',
  'Antifa is a domestic terrorist organization.',
  'liberals are a hate group',
  'Socialists are a cult.',
  'landlords are a criminal gang',
];

export const ROUND17_SHAPES_NEAR_MISS = [
  'You are simply the best, thank you!',
  "I'm honestly an idiot, I forgot the charger again.",
  'I am clearly a fool for coffee.',
  'The plan is clearly a joke, let us redo it.',
  'you are basically a legend for fixing that',
  'She is obviously a genius at SQL.',
  'he is definitely a monster on the court, what a game',
  'You are literally a lifesaver.',
  'That release was honestly a mess, my fault.',
  'I was coming home early anyway.',
  'We are back home, tired but happy.',
  'they are huge fans of the show',
  'People are sick and tired of delays on the line.',
  'Commuters are sick of the roadworks.',
  'the kids are sick with flu this week',
  'We can’t fix stupid bugs overnight, but we will fix them.',
  'The old printer simply is a piece of junk.',
  'Peace of mind for our customers is the goal.',
  'my dog has a stick up his nose, off to the vet',
  'They were made redundant last spring.',
  'The interns are overworked students, give them a break.',
  'our players are young athletes with big dreams',
  'she is scared of pigs, which is funny on a farm',
  'you are officially a parent now, congratulations!',
  'Liberals are not a hate group, whatever the pundits say.',
  'Our volunteers are a dedicated group of students.',
  'critics are a vocal group this season',
  'Cyclists are a growing group in the city.',
];
