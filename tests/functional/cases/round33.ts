/**
 * CONTENT WARNING: original hateful statements, written for this project (no public test suite was used), in round 33.
 *
 * Round 33 probed the protected rules with explicit frames of my own (one frame, eight groups) and with a new helper's
 * social-media set (its text stays outside the repo). The gaps these cases cover:
 * - one member said to stand for all: "every [member] is a bigot", "every [member] man is a drunk" (the singulars of the
 *   plural labels), "every one of the [group] I have met is ...", "the [group] I worked with were ...";
 * - an identity before a trade and a person noun ("Pakistani cab drivers", "Chinese shop owners");
 * - a label whose adjective the lexicons do not know ("casteist bigots", "godless savages"), "a nation of drunks",
 *   "either a drunk or a thief";
 * - "all [group] are the same: ...";
 * - "show me a [member] and I'll show you a liar", "[group] should be ashamed of existing", "I wouldn't piss on a [member]
 *   if they were on fire", "the fewer [group] around, the better", "[group] deserve nothing but contempt", "being a
 *   [member] should be a crime".
 * Near misses share their words: one member who is something ("one of the agents is a killer"), a claim called racist,
 * verbs that report or flee ("called freaks", "fleeing murderers"), praise after the same frames, rights defended.
 * Every case is in my own words.
 */

export const ROUND33_EXPLICIT: readonly string[] = [
  'Every Sikh is a bigot underneath the turban.',
  'Every Polish man on that site is a drunk, without fail.',
  'Every single one of the Somalis I have met is a thief.',
  'The Romanians we hired last year were lazy and dishonest.',
  'Catholics are godless hypocrites.',
  'Nigerians are scheming fraudsters, the whole lot.',
  'Pakistanis are a nation of liars.',
  'Every Mexican is either a dealer or a thief.',
  'All Gypsies are the same: dirty, thieving and loud.',
  'Show me a feminist woman and I will show you a hypocrite.',
  'Autistic people should be ashamed of existing.',
  "I wouldn't piss on a lesbian if she was on fire.",
  'The fewer Chinese around here, the better.',
  'Bisexuals deserve nothing but scorn.',
  'Being transgender ought to be illegal.',
  'Being a Muslim in this country should be a crime.',
  'Every Jew I have ever known is a cheat.',
  'Old people are a race of whiners.',
  'Every Albanian I have dealt with is a crook.',
  'The fewer Roma in this town, the better for everyone.',
  'Pakistani cab drivers are all crooks.',
  'Somebody should teach those Chinese shop owners a lesson.',
];

export const ROUND33_EXPLICIT_NEAR_MISS: readonly string[] = [
  "So one of the border agents is a serial killer? That's the story tonight.",
  'One of the Sikh guys on my team is a brilliant drummer.',
  'Every Polish man on that site is a trained electrician.',
  'The Romanians we hired last year were reliable and kind.',
  'Someone told me "Nigerians are all scammers" and I told them that\'s racist rubbish.',
  'Trans people are called freaks every single day and it has to stop.',
  'Refugees are fleeing murderers and rapists; give them shelter.',
  'All our new starters are the same age this year.',
  'All immigrants are the same under the law.',
  'Show me an immigrant and I will show you a hard worker.',
  'Men who harass women should be ashamed of themselves.',
  'Being gay should never be a crime, anywhere.',
  'Being trans should not be illegal in any country.',
  'The fewer barriers disabled people face, the better.',
  'Disabled people deserve nothing but respect.',
  "Let me show you a clown trick my daughter learned.",
  'My uncle was a drunk for ten years and he is sober now.',
  'The Jewish accountant I know is a genius with numbers.',
  'Every Albanian I have worked with is a brilliant cook.',
  'Every Polish builder we hired was on time and tidy.',
  'Pakistani cab drivers kept the city moving during the strike.',
  'Black tie guests arrive at six; old school friends at seven.',
];

/** Insults with a label the lexicons lacked ("lawbreaker", "troglodyte"), said of a person (inflammatory). */
export const ROUND33_INSULTS: readonly string[] = [
  'The new landlord is a lawbreaker and a liar.',
  '@dana you absolute troglodyte, read the brief.',
  'Our mayor is a serial lawbreaker.',
  'You troglodytes in the comments need to log off.',
  'That councillor is a lawbreaker in a nice suit.',
];

export const ROUND33_INSULTS_NEAR_MISS: readonly string[] = [
  'The museum has a troglodyte dwelling carved into the cliff.',
  'Lawbreakers caught speeding near the school will be fined.',
  'The thief was caught on camera at the corner shop.',
  'I felt like a thief taking the last slice of cake.',
  'Let me show you a clown trick my daughter learned.',
  "I'll show you a shortcut through the car park.",
];
