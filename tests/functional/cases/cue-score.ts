/**
 * The cue score (insinuation/cue-score.ts): implicit derogation in wordings no frame was written for, caught because a
 * protected group, something bad and a generalising or knowing marker meet in one sentence (or a sentence and a short
 * follow-up); and the same cue words with a veto (sympathy, news, counter-speech, praise, the writer's own people, the
 * group in a victim's place) or without a protected group, which must pass.
 */
export const CUE_SCORE_FLAGGED: readonly string[] = [
  "Ever since the Albanians took over the car wash, every other car comes out scratched and they still charge double, figures.",
  "The Ghanaians upstairs, honestly, every weekend it is shouting till 3am.",
  "Lithuanians at the depot and yet another pallet went missing. Surprise surprise.",
  "Sikh taxi firm again, rip you off every single time.",
  "Funny how the Moroccans always seem to have cash for new cars but never pay rent on time.",
  "Pensioners again hogging the only lift and holding everyone up, every morning without fail.",
  "Wherever the Tamils open a shop, the street goes downhill within a year.",
  "Keep the Eritreans well away from the new estate, just saying.",
  "Gay bloke moved in next door and of course the parties and the noise started.",
  "Another Hindu wedding on our road, so obviously the car park is full and the racket goes on till midnight.",
  "Deaf lads in the canteen again, messy as always.",
  "Of course it was Sudanese kids tagging the underpass, typical.",
  "The Yemenis down the road always leave the bins overflowing, no surprise there, just saying.",
  "Gen Z interns again, useless as ever.",
  "Colombians on the site and the tools go missing, every time.",
  "Jamaicans at the party again, so obviously there were fights outside.",
  "The Kurds opened another barbers. Money laundering front, obviously.",
  "Old codgers at the bank again, holding up the queue as usual.",
  "Chechens moved onto the estate and now nobody lets their kids out after dark, no wonder.",
  "Another Pakistani cab driver, another dodgy meter. Every time.",
  "Autistic kids in the play area again, screaming the place down as always.",
  "Lesbians running the book club now, so of course it has turned into a man-hating agenda.",
];

export const CUE_SCORE_NEAR_MISSES: readonly string[] = [
  // sympathy, harm done to the group, news
  "Bulgarian workers on the night shift are always underpaid and nobody cares.",
  "Every time a Somali shop is vandalised the police shrug it off.",
  "Roma families are always the first to be blamed when something goes missing.",
  "Gay couples are still attacked on the high street every weekend, it is a disgrace.",
  "Pensioners are scammed every single day by fake bank calls.",
  "Refugees are always housed in the worst hotels, with broken heating and mould.",
  "Disabled people again left stranded because the lift at the station is broken.",
  "Trans teenagers are targeted again and again online, the report found.",
  // counter-speech and quoted stereotypes
  "The idea that Romanians always steal is a lazy stereotype.",
  "People who say Muslims are always violent have never met one.",
  "Saying immigrants ruined the high street is nonsense, online shopping did.",
  "That old line about women being bad drivers again? Tired.",
  // praise, the writer's own people
  "Our Nigerian neighbours always bring round food, best street ever.",
  "My Polish colleagues are always the first in and the last out.",
  "As a gay man, I always get asked about the noise of the Pride parade, and I love it.",
  // the same cue words about things or non-protected groups
  "Typical Monday, the coffee machine is broken again and the queue is a mess.",
  "The high street went downhill when the bank closed and the rents went up, no wonder.",
  "Of course the landlord never fixes anything, every time.",
  "Football fans always leave the station filthy after a match.",
  "Seagulls again, stealing chips off everyone at the seafront, every single time.",
  // a verdict reversed or denied
  "Ever since the Syrian bakery opened, the street has improved, no wonder the rents went up.",
  "Of course the thief was not Nigerian, the police caught a local man.",
  "Things went downhill for Afghan interpreters once the troops left.",
  "The Italian team is always loud after a win, lovely scenes.",
  // review 10: given for free, the group as a crime's target or as the speaker, a business's own decline, the writer doing the same
  "Every weekend the Sikh temple feeds hundreds for free.",
  "Scammers always target elderly people. Keep an eye on your parents.",
  "Every single Jewish deli in this city is closing, rents went through the roof.",
  "The gay couple next door always have their music on too loud, but so do I.",
  "Lock up your bikes, thieves are active on campus, says the Jewish student society.",
];
