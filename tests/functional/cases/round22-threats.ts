/**
 * CONTENT WARNING: original threats, written for this file (no public test suite was used), after a probe of this
 * project's own found the reader pictured injured, its nerve taken with it, missed: "you won't be so brave with a broken
 * jaw", "let's see how tough you are with your teeth knocked out". The near-misses: courage after an accident told in the
 * past, sport and recovery, get-well wishes, and the same dares about exams, chess and the gym.
 */
export const ROUND22_INJURY_PICTURED = [
  "Bet you won't be so brave with a broken jaw.",
  "You won't be laughing with a broken nose.",
  "Let's see how tough you are with your teeth knocked out.",
  "You won't be so mouthy with your jaw wired shut.",
  "You won't be so smug with a black eye, mate.",
  "Let's see how funny you are with a broken jaw.",
  "You wouldn't be so cocky with a broken nose.",
  "@dan you won't be talking so much with a fat lip.",
  "You won't be smiling with your teeth knocked out.",
  "Keep it up, you won't be so clever with a broken arm.",
  "See how brave you are with a broken nose, loudmouth.",
  "You won't be so loud with a busted lip.",
  "Let's see how tough he is with a broken jaw.",
  "You won't be as tough with two broken legs.",
  "You won't be so chatty with your jaw wired.",
  "She won't be so pretty with a broken nose, tell her that.",
  "You won't be laughing much with no teeth.",
  "Bet you'd not be so brave with a broken jaw.",
  "You won't be so confident with a broken nose, trust me.",
  "Let's see how smart you are with a split lip.",
];

export const ROUND22_INJURY_PICTURED_NEAR_MISS = [
  "She was so brave with a broken leg, what a champ.",
  "You won't be laughing with a broken nose, so wear a helmet on that bike.",
  "Honestly you won't be smiling much with a broken jaw, get well soon mate, soup for a month lol",
  "Let's see how brave you are with a black eye in the photos tomorrow haha, hope the swelling goes down",
  "You won't be so confident with a broken arm on the slopes, take it easy.",
  "My son was so brave with his broken arm at the hospital.",
  "You won't be so tired once the jet lag wears off.",
  "He played the whole match with a broken nose, legend.",
  "You won't be laughing after you see the electricity bill.",
  "Let's see how tough you are at the gym tomorrow!",
  "You won't be so smug when I beat you at chess again.",
  "She finished the marathon with a broken toe, incredible.",
  "You won't be so brave on the rollercoaster with a full stomach lol.",
  "See how tough you are after leg day.",
  "You won't be talking much at the dentist with your jaw numb.",
  "The boxer was still smiling with a broken nose after the fight.",
  "You'll be eating soup for a week with that broken jaw, get well soon.",
  "Let's see how funny you are at the open mic night!",
  "I broke my nose playing rugby and I'm still smiling.",
  "You won't be so cocky when the exam results come out.",
];
