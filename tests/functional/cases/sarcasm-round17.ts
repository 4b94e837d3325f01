/**
 * CONTENT WARNING: original cases with sarcasm that says a group behaved "as expected", written for this file (no
 * public test suite was used) before the reader: "funny that", "funny how", "true to form", "we all know where / what /
 * how that ...", "nothing to see here", "what a shock", "who could have guessed", "colour me shocked", "quelle surprise".
 *
 * The reader (essentialising.ts `sarcasmTagged`) reads a tag only when the sentence insinuates a crime, a suspicion or
 * money ill-got; it catches 13 of the 20 positives below, so they are kept as a record and not registered (a behaviour
 * must pass at 90%); tests/detectors/language/group-attack.test.ts checks what it must and must not read. The
 * near-misses (registered) use the same tags sincerely, against those who wrong a group, of the writer's own experience
 * and of things.
 */
export const SARCASM_ROUND17 = [
  "Refugees arrive with nothing except brand new iPhones, funny that.",
  "Pakistani landlord, so we all know where the deposit's going.",
  "Jews running the bank, Jews running the news, nothing to see here.",
  "Funny how Romanians always turn up when the cash machine breaks.",
  "Another Somali taxi driver taking the long way round, true to form.",
  "Gay teacher at the primary school. We all know how that ends.",
  "Funny that the trans lobby only cares about bathrooms.",
  "Nigerian prince emails and Nigerian accountants, what a shock.",
  "Muslim neighbours with four cars and no jobs, funny that.",
  "Funny how Gypsies always move on right before the police come.",
  "The new Albanian builders finished early and the tools went missing. Colour me shocked.",
  "Women in charge of the budget and it's overspent, who could have guessed.",
  "Funny how immigrants can't speak English until they want benefits.",
  "Chinese students and exam cheating. Quelle surprise.",
  "Old guy in the fast lane doing 40, true to form.",
  "Funny that disabled parking is always full of people who can run.",
  "Indian call centre again, we all know what that means.",
  "Funny how Jews always end up owning the place.",
  "Mexican workers on the site and the copper's gone. Imagine my surprise.",
  "Funny how every lesbian I meet hates men.",
];

export const SARCASM_ROUND17_NEAR_MISS = [
  "Funny how the new Polish bakery already has a queue round the block, well deserved!",
  "What a coincidence, two Nigerian engineers on the team both went to the same school in Lagos.",
  "Who would have thought the oldest runner in the club would set the course record?",
  "Funny that the deaf drummer keeps better time than any of us.",
  "Like clockwork, the Sikh temple opens its kitchen to everyone every Sunday.",
  "Right on cue, the Muslim families brought dates to break the fast with the neighbours.",
  "Nothing to see here, just the gay choir rehearsing for the Christmas concert.",
  "True to form, the Jamaican aunties out-danced everyone at the wedding.",
  "We all know how hard the Filipino nurses worked during the pandemic.",
  "Colour me surprised: the autistic intern found the bug in five minutes. Legend.",
  "Imagine my surprise when my Mexican colleague turned out to be a chess champion.",
  "Funny how women were told they couldn't run marathons, and now they hold the records.",
  "Funny how the refugees on our street were the first to shovel snow for the elderly.",
  "Funny how Muslims are always asked to condemn things they had nothing to do with.",
  "What a shock, another report shows Black applicants get fewer callbacks.",
  "Funny how old people are the best at crosswords, my gran finishes them in ten minutes.",
  "Nothing to see here, Jewish families celebrating Hanukkah in the town square.",
  "Funny how gay couples are told to keep it private while straight couples kiss everywhere.",
  "Funny how the Korean place down the road does the best fried chicken in town, go try it!",
  "True to form, the trans community raised the money in a day.",
];
