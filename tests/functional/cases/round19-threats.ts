/**
 * CONTENT WARNING: original threats, written for this file (no public test suite was used), after a dev set of threats in
 * distinct wordings (threats7) found these shapes missed: "the life out of", "curb stomp" and "sucker punch", broken hands
 * and wrists, "until she stops moving", "smoke" as slang for shooting, people named by an insult ("hang the traitors"),
 * fire set with people inside, every window of a place, hopes and regrets about someone's property, a death foretold to
 * the reader, a condition paid for by the family, waiting by someone's car, being followed home, a third person warned
 * off being alone, "make his life hell", "why hasn't anyone ...", weapons brought to a meeting, "check under your car",
 * a weapon emoji pointed at the reader, "say less" before a threat.
 *
 * The near-misses use the same words for hugs, barbecues, beekeeping, storms, smoking, school runs, lifts, hikes,
 * security guards, mechanics, mattresses, parties and games.
 */
export const ROUND19_THREATS = [
  "I'll squeeze the life out of you if you touch my car again.",
  'Gonna curb stomp that ref after the game.',
  "I'll sucker punch him the second he walks in.",
  'Somebody should break that councillor\'s wrists.',
  'I will break your hands so you never write about me again.',
  'Kick him until he stops moving.',
  "I'll smoke you and your cousins, watch.",
  "Let's shoot the traitors.",
  'Torch the place with them all inside.',
  "Someone ought to firebomb that office while they're inside.",
  "We're going to smash every window in your shop.",
  'Hope your van is insured, mate.',
  "I'd hate for your garage to go up in flames one night.",
  'That bakery of yours would burn real fast.',
  "Keep talking and you won't see another Christmas.",
  "You'll be picking your teeth up off the floor.",
  'If you go to the police, your family will pay for it.',
  "If he sacks me I'll be waiting for him outside his house.",
  "I've been following her home from work for weeks.",
  'The landlord better not walk to his car alone.',
  "Let's make her life a living hell.",
  "Why hasn't anyone punched this clown yet?",
  "I'm bringing my shotgun to the hearing tomorrow.",
  'You might want to start checking under your car.',
  '🔪👉 you',
  "Say less, I'm gonna stab him tonight.",
  'Is there no one willing to beat him up?',
  "Be a shame if you didn't make it to Friday.",
  "Would be awful if your tyres got slashed.",
  "I'm gonna choke the life out of that guy.",
];

export const ROUND19_THREATS_NEAR_MISS = [
  "Grandma will squeeze the life out of you with her hugs, be warned.",
  "We'll smoke you a brisket for the party, just bring drinks.",
  'They used smoke to calm the bees, we smoked them out of the old hive.',
  'Hope your house is insured, that storm is going to be nasty.',
  "If you keep smoking you won't see another birthday, my doctor said to me.",
  "I'll be waiting for you outside your house to give you a lift.",
  'Our kids better not walk home alone after dark, it is not safe.',
  'The new hire is bringing my gun to the range for cleaning.',
  'Check under your car for cats before you start it in winter.',
  'Sleep with one eye open? Not with this mattress.',
  'It would be a shame if you didn\'t come to the party.',
  'It would be terrible if you didn\'t make it to the wedding.',
  'That candle of yours would burn real quick next to the curtains.',
  'Kick the ball until it stops rolling.',
  'We are going to smash every record in the league this season.',
  "Let's shoot the trailer tomorrow at the studio.",
  "Taking my rifle to the gunsmith on Monday.",
  'I have been following you on LinkedIn for years, great posts!',
  'Make his life easier, send him the template.',
  'Why has nobody shared this thread yet?',
  'Say less, see you at lunch.',
  'Keep it up 🔥🔥',
  'Bring bats and gloves to softball practice.',
  'Hope your windows are insured, the hail is coming tonight.',
];
