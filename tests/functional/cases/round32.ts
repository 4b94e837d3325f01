/**
 * CONTENT WARNING: original hateful statements, written for this project (no public test suite was used), in round 32.
 *
 * Round 32 measured the protected rules on three new sets by authors who never saw the rules (their texts stay outside
 * the repo) and on template sets of my own (one frame, ten groups). The gaps these cases cover:
 * - group threats told with plainer harm after a wish or a call ("I hope [group] get attacked", "the sooner ... are
 *   trampled, the better", "I want [group] punched"), a massacre called for ("start a new pogrom against ..."), a throw
 *   to their death, "coming for you with a bat", "nobody walks out alive", "wake up to their houses burning", a fire
 *   promised where the group is ("I know where the [group]'s shelter is ... petrol"), "asking to be stabbed", "would
 *   teach the rest of them", "burn it down with them in it", "deserve every punch", "deserve what's coming to them";
 * - "never met any [members] with a brain".
 * Near misses share their words: a wish that nobody was hurt, victims wished justice, the sooner a good thing comes,
 * history, a hiring plan, counter-speech ("it is wrong to hate ...", "anyone who calls [group] vermin ..."), the writer's
 * own people counted ("so many ... in my family").
 * Every case is in my own words.
 */

export const ROUND32_GROUP_THREATS: readonly string[] = [
  'I hope every Muslim at that rally gets attacked on the way to the bus.',
  'I really hope trans people get punched at Pride this year.',
  'The sooner the refugees in that camp are trampled, the better.',
  'I want gay men beaten up and left in the gutter.',
  'Wheelchair users deserve to be kicked into the road.',
  'Jews deserve every punch they get.',
  "Immigrants deserve whatever's coming to them.",
  'Somebody needs to organise another pogrom against the Jews.',
  'Someone should tip every one of those pensioners into the river.',
  "Black people, I'm coming for you with a bat, one street at a time.",
  "Muslims, we're coming to your mosque on Friday and nobody is walking out alive.",
  "I'll make sure the Hindus on my road wake up to their houses burning.",
  "I know where the women's refuge is and I'm coming with petrol.",
  'Lesbians who kiss in public are asking to be beaten.',
  'A few synagogues burnt to the ground would teach the rest of the Jews to keep quiet.',
  'Someone should torch that refugee hostel and burn it down with them in it.',
  'Bring back the whipping post for immigrants.',
  "I'd love to see a few disabled people get knocked over and stamped on.",
];

export const ROUND32_GROUP_THREATS_NEAR_MISS: readonly string[] = [
  'I hope no Muslims were hurt in the fire last night.',
  'I hope the trans women who were attacked get justice.',
  'I pray the refugees injured in the crash make a full recovery.',
  'None of the Jewish families deserve what happened to them.',
  'The sooner disabled people get step-free stations, the better.',
  'I want gay men tested early and treated quickly.',
  'The museum tells the story of the pogrom against the Jews of Odessa.',
  "We're coming for you with cake, new colleagues from the Hindu society!",
  'Nobody is walking out of the Muslim charity quiz without a prize.',
  'Women are asking to be paid the same as men, which is fair.',
  'I hope every refugee family at the centre gets the help they need this winter.',
];

export const ROUND32_OTHER: readonly string[] = [
  "I've never met any women with a brain.",
  'I have never met a Muslim with any sense.',
];

export const ROUND32_OTHER_NEAR_MISS: readonly string[] = [
  'It is wrong to hate women.',
  'It is wrong to mock disabled people.',
  'I have so many Muslims in my family.',
  'We know so many refugees through the church.',
  'Anyone who calls women vermin should be ashamed of themselves.',
  "I've never met a gay man with a beard like that.",
  // (the "hasn't met the right man" trope turned round: the learned cues read its words as the trope's)
  "Lesbians just haven't met the right woman yet.",
  "My gay brother just hasn't met the right man yet, and that's fine.",
  "Some bisexual people just haven't met the right person yet, like anyone else.",
  // (justice called for on those who harmed the group)
  'Whoever vandalised the synagogue must be caught and prosecuted.',
  'The men who attacked the gay couple on the bus should be locked up.',
];

/** "ass" as an insult: inflammatory, not protected. */
export const ROUND32_INSULTS: readonly string[] = [
  'You are an ass.',
  "You're being a complete ass about the rota.",
  "You're such a smart ass.",
];

/** Profanity at a party's members ("fuck the Tories"): inflammatory, not protected. */
export const ROUND32_PROFANITY_AT_GROUP: readonly string[] = ['Fuck the Tories.'];

export const ROUND32_INSULTS_NEAR_MISS: readonly string[] = [
  'You are a bad ass! Keep going.',
  'I worked my ass off on this launch.',
  'Get your ass to the party, it starts at 8.',
  'You are kicking ass this quarter.',
];
