/**
 * CONTENT WARNING: original hateful statements and threats, written for this project (no public test suite was used), in
 * round 25. The round read the misses left on three earlier authors' blind sets (now dev sets) for root causes rather
 * than phrases, and these are the writer's own variants of each cause:
 * - "get out" read as an auxiliary plus a particle, so "[group] should get out of my country" was never an exclusion;
 * - "deserve" with a killing or with nothing ("[group] deserve another holocaust", "They deserve nothing.");
 * - a one-person member after "the", "next" or "another" ("the lesbian upstairs", "next Arab who ..."), and a person named
 *   by a slur as the target of a threat ("kill the dyke upstairs");
 * - a reclaimed-use reading that took "I'm going to kill the dyke" for self-identification;
 * - a threat at a group the sentence calls to ("Watch out lesbians, we'll teach you a lesson"), a threat word the group
 *   threat reader's prefilter lacked ("breaking his jaw"), third-person violent verbs ("beats the shit out of"), an attack on
 *   a place of worship planned for prayer time;
 * - disguised slurs that an everyday sense had excused ("c00ns", "dyk3s at the march"), slurs run together with other words
 *   ("allfaggotsout"), a 'z' plural on a misspelling, gendered insults used as a name for women ("b!tches belong in ...");
 * - use/mention slips: "in the comments" and "not a word of English" read as reports, "put into words", "idc what anyone
 *   says", "sick of being told";
 * - a feeling read past a phrase describing the group ("[group] in my neighbourhood fill me with rage");
 * - veiled threats at a person made of two menacing ideas (threat-families.ts);
 * - in-group uses of reclaimed slurs the round-start rules flagged ("old dyke here", "me and the other fags at brunch").
 */

/** Exclusion, deserved harm and threats at members: protected (a threat at a person named by a group is also inflammatory). */
export const ROUND25_EXCLUSION: readonly string[] = [
  'Muslims should get out of my country.',
  'honestly polish people need to get the hell out of our town',
  'Refugees get out of our country!',
  'Somalis should get lost, nobody invited them',
  'Trans people need to get out of our schools now',
  'Jews deserve another holocaust',
  'Gypsies deserve a good beating, every last one',
  'Black people deserve death',
  'Immigrants keep demanding more benefits. They deserve nothing.',
  'Hindus need to get out of this country asap',
];

export const ROUND25_EXCLUSION_NEAR_MISS: readonly string[] = [
  'Women should get out and vote on Thursday.',
  'Refugees had to get out of Syria with nothing but the clothes they wore.',
  'Old people should get out more, the day centre has a great dance class.',
  'Get out there and vote, ladies! Polls close at 10',
  'Refugees, get out to the job fair on Thursday, loads of employers are coming',
  'Nobody deserves death threats for their faith.',
  'Muslims deserve nothing but respect from this council.',
  'Refugees deserve nothing less than dignity.',
  'Holocaust survivors deserve our attention while they are still with us.',
  'Every Arab deserves a chance at the interview.',
  'Nobody deserves to die alone, that is why we started the hospice visiting scheme.',
];

export const ROUND25_MEMBER_THREATS: readonly string[] = [
  "I'm going to kill the lesbian who lives upstairs",
  'I will stab the Pakistani who runs the corner shop',
  'hope someone beats the shit out of those gay lads',
  'I will blow up that synagogue during Saturday prayers.',
];

/** Threats the threat rule also reads as aimed at people (a member's "his", the group called "you", "deserves a bullet"): both. */
export const ROUND25_MEMBER_THREATS_AT_PEOPLE: readonly string[] = [
  'Every Arab deserves a bullet',
  'Each Mexican deserves the noose',
  'Next Somali who looks at me funny, I am breaking his jaw.',
  'Watch out Muslims, me and the boys are going to teach you a lesson you will never forget.',
];

export const ROUND25_MEMBER_THREATS_NEAR_MISS: readonly string[] = [
  'The lesbian couple next door beat us at the pub quiz again.',
  'My nan beats the Germans at chess every single time.',
  'Ladies, you are going to smash it at the netball final tomorrow!',
  'We will be at the mosque during Friday prayers to hand out food parcels.',
  'The synagogue was attacked during Saturday prayers in 2019; we remember the victims.',
  'The Pakistani lad who runs the corner shop gave my kids free sweets.',
  'Next Somali family to move in gets a welcome hamper from the residents association.',
  'Muslims get out early on Eid morning to beat the queues at the mosque.',
  'The next Indian restaurant we try has to beat the one on King Street.',
  'Jewish families had to get out of Vienna in 1938 with nothing.',
];

/** A person named by a slur as the target of a threat, and a gendered insult at the people in view: both categories. */
export const ROUND25_SLUR_TARGETS: readonly string[] = [
  'the bitches in this office cannot do anything right',
  "I'm going to kill the dyke who lives upstairs",
  'I will stab that faggot next time I see him',
];

/** Disguised and run-together slurs, and gendered insults used as a name for women: protected. */
export const ROUND25_SPELLINGS: readonly string[] = [
  'c00ns all over the high street again',
  'dyk3s at the march screaming their heads off',
  'sp1cs on the building site, not a word of English anywhere',
  'typical tr@nny meltdown in the comments lol',
  'allfaggotsout of our schools',
  '#deportthepakis before it is too late',
  'raghedz out of europe',
  'b!tches belong in the kitchen',
  'hoes are all the same, gold diggers',
  'w0gs everywhere on the tube this morning',
  '#sendthepakisback',
  'n1ggers at the bus stop again, great',
  'k1kes running the banks again',
  '#banallthetrannies',
];

export const ROUND25_SPELLINGS_NEAR_MISS: readonly string[] = [
  'Had faggots and mash for tea, proper comfort food.',
  'just nipped outside for a fag, back in 5',
  'What a queer little house, all crooked windows and tiny doors.',
  'RT: *spits out animal cracker* this does not even taste like hippo',
  'My gamer tag is C00lDude99, add me',
  'Love you bitches, best night ever',
  'he called me a tranny in the comments and I reported him',
  'spic is a horrible word and nobody should use it',
  'The Dutch built dykes to hold back the sea for centuries.',
  'Spic and span by Sunday, the in-laws are coming.',
];

/** Feelings and attributes the round's context fixes let through: protected. */
export const ROUND25_FEELINGS: readonly string[] = [
  'Black people in my street fill me with rage every single day',
  'Gay couples kissing on the bus make my skin crawl',
  'Cannot put into words how much I loathe Romanians.',
  'idc what anyone says, deaf people irritate the hell out of me',
  "trans people are gross and I'm sick of being told I have to pretend otherwise",
  'Old people at the post office make my blood boil',
  'Jews on my street make me sick',
];

export const ROUND25_FEELINGS_NEAR_MISS: readonly string[] = [
  'The women on my team are exhausted. They are too emotional for words after the award!',
  'Refugees being turned away at the border makes me furious',
  'Muslims in my street make me so happy at Eid, the food is incredible',
  'Cannot put into words how much I love my Nigerian in-laws.',
];

/** Veiled threats at a person made of two menacing ideas: inflammatory. */
export const ROUND25_VEILED_AT_PERSON: readonly string[] = [
  "You're going to regret this when I'm standing behind you with a knife.",
  "You won't be safe after what you posted. Not at work, not anywhere.",
  'your wife will be planning your funeral soon if you keep this up',
  "see you after work, bring a first aid kit because you're going to need it",
  "I'll be waiting outside your house at 6. bring your mates, you'll need them",
  'better hope I never find out your address',
  "count your days, you've got very few left",
  'say that to my face and see what happens, I will put you in hospital',
  'Keep posting about my family and see what happens. I know where you live.',
  "You'll regret this. I've got a bat in the boot and all night.",
  "I found your address. You won't feel safe in that flat again.",
  'Your mum will be picking you up from intensive care if you keep this up.',
  'bring a helmet tomorrow, you are going to need it after what you said about me',
  'Tick tock. Your days are numbered, mate.',
  "I'll be outside your work at 5 with a crowbar. Your call.",
  "After what you wrote about my sister you won't be safe anywhere in this town.",
  'Enjoy your little walks home while you can. I know your route.',
  "You'll pay for that comment. Hope your insurance covers broken ribs.",
  'see you after your shift. bring stitches money, you will need it.',
  "One more word about my brother and you'll be eating through a straw.",
];

export const ROUND25_VEILED_AT_PERSON_NEAR_MISS: readonly string[] = [
  'lock your door tonight, there were break-ins on our street',
  "you'll find out what happens when you forget to save your essay before the laptop dies. back up your work!",
  "You won't regret coming to the hospital fundraiser, the cake alone is worth it.",
  'See you at your grandad\'s funeral on Friday, I will bring flowers.',
  "Bring an umbrella to the match, you'll need it.",
  'We know your address, the taxi will pick you up at 7',
  'Count your days off before you book the holiday.',
  'I will be waiting outside your office at 5 with your birthday cake!',
  "You'll regret skipping the first aid course, it was brilliant.",
  'Your nan is out of intensive care and asking for you, come soon.',
  "I know where you live now, I'll drop the casserole round tomorrow.",
  'Bring a knife for the birthday cake, you will need it, mine is blunt.',
  "You won't feel safe on that ladder without someone holding it.",
  "Enjoy the sunshine while you can, rain's coming on Friday.",
  'Tick tock, your library books are due back tomorrow!',
  "After what you said about the band, you'll need to come to the gig and see for yourself.",
  'Wear your helmet, you will need it on that trail.',
  "Your days as a student are numbered, enjoy it while you can!",
  'I found your address in my old phone, sending you a Christmas card.',
  'See you at the hospital tonight, visiting hours end at 8.',
];

/** In-group uses of reclaimed slurs: at most an info note, never protected. */
export const ROUND25_RECLAIMED: readonly string[] = [
  'old dyke here, out since 1985 and still marching',
  'me and the other fags at brunch having the best time of our lives',
  'just a lil tranny living her best life, mind your business',
  'Dyke March on Saturday! All the dykes and our allies welcome',
  'This homo is going to Pride in a sequin jacket',
  "I'm a proud Paki and my dad's shop fed half the street",
  'Dykes on Bikes were the loudest cheer of the whole parade',
];

/**
 * The round's second pass over the dev sets: a pronoun for a group as the plain subject of "are" read by the last resort
 * ("They're hypocritical scum"), "beneath us", "why can't they just disappear?", "what is it about [group] that makes them
 * so ...", a fault followed by "and ... people" no longer taken for praise, confinement ("put [group] in camps", "should be
 * put back in chains"), "pull the plug on", "finish the job with", boats named by who is in them, acid called for, arms
 * taken to a group's place in more words ("waiting outside the pride event with my knife"). Protected.
 */
export const ROUND25_SECOND_PASS: readonly string[] = [
  "Sikhs love lecturing everyone. They're hypocritical scum.",
  "I share an office with three Poles. They're soulless robots.",
  "Lesbians were on the news again. Why can't they just disappear?",
  "Women think they are our equals. They're beneath us.",
  'Hindus are beneath decent people.',
  'What is it about Somalis that makes them all so violent?',
  'Romanians are terrible drivers and rude people.',
  'Old people are useless drivers and selfish people.',
  'Someone should put all the gays in camps.',
  'Muslims should be put in cages.',
  'Lock every migrant in a cage.',
  'somebody needs to pull the plug on all the disabled',
  'someone needs to finish the job on the Roma',
  'Migrant boats should be sunk on sight.',
  'Trans women who lie should have acid thrown in their faces.',
  "I'll be waiting outside the mosque on Friday with a machete.",
  'Showing up at the gay bar tonight with petrol.',
  "We're visiting the care home with crowbars tonight.",
  'Someone needs to put women back in their place with a belt.',
  'Black people should be put back in chains.',
  "I'm going to personally beat the next lesbian I see at the gym",
  "I'm going to make that Somali family on my road disappear",
  "I'll make sure the pensioners on my floor freeze this winter",
  "I'm going to make sure every Muslim girl in this school is too scared to walk home",
  'We will sink every migrant boat we find',
];

export const ROUND25_SECOND_PASS_NEAR_MISS: readonly string[] = [
  'Italians are loud and lovely people.',
  'Refugees arrived in town last night. They are terrified.',
  'The flat below us is empty again.',
  "My cousins have been here a week. Why can't they just leave already?",
  'What is it about Italians that makes them such good cooks?',
  "Put the kids in the car, we're late.",
  'We put all the new immigrants in touch with the job centre.',
  'The navy must stop sinking migrant boats, it is a war crime.',
  'Another migrant boat capsized, 40 dead. Heartbreaking.',
  "I'll be waiting outside the mosque with a knife and fork for the Eid feast.",
  "We'll be visiting the care home with flowers this weekend.",
  'Standing outside the synagogue with the security team tonight.',
  "Pull the plug on the project, it's over budget.",
  'We need to finish the job with the kitchen tiles this weekend.',
  'The refugee boats were rescued by the coastguard.',
  'Migrant boats keep arriving in Kent, the lifeboat crews are exhausted.',
  'Women in my family are loud and proud people.',
  'Disabled people are brilliant athletes and lovely people.',
  'Muslims in my town are kind neighbours and generous people.',
  'The Irish lads next door threw a party. They were loud but lovely.',
  "I'm going to beat the next Scot I play at chess.",
  "I'll make sure the pensioners in my building get their heating fixed.",
  "Magic show tonight, I'll make the kids disappear lol",
];

/**
 * The round's third pass, on the dev sets' implicit misses with a general hook: a home let or sold to a group refused, a
 * member kept out of the family ("don't want my daughter bringing home a [member]"), "I'd rather [group] didn't teach ...",
 * "I'm not racist, I just ...", "don't leave [group] alone with your kids", "[group] should stop voting", decline dated to an
 * arrival in the sentence after the nostalgia, "not saying all [group] are X but ..." with the claim reversed, and the
 * sarcasm readers of insinuation/round25-readers.ts. Protected.
 */
export const ROUND25_THIRD_PASS: readonly string[] = [
  "I'd never rent my spare room to Nigerians, just being honest.",
  "I won't sell my house to Pakistanis, end of.",
  "I just don't want my son bringing home a Muslim girl.",
  "I'm not homophobic, I just don't want my daughter dating a trans guy.",
  "Nothing against lesbians but I'd rather they didn't coach my daughter's team.",
  "Trans people are lovely! Just don't leave them alone with your kids.",
  "Never leave the Roma alone with your handbag or your children.",
  'Old people should stop voting.',
  'Boomers had their go, time for them to stop voting.',
  'Disabled people should stop having kids.',
  'Remember when this street was quiet? Before all the Somalis moved in.',
  "Not saying all Mexicans are criminals but all the criminals round here seem to have something in common.",
  'Female surgeon? Sure, if you want the operation to fail.',
  'Equal rights for trans people? Sure, once they stop being mentally ill.',
  'Another Muslim on the news tonight. Shocking, I know.',
  'They let old people drive now? Bold choice.',
  "Asian drivers. That's the whole joke.",
  "Just once I'd like to see a Scottish guy buy a round.",
  "He's Black so obviously he got the scholarship purely on merit 🙄",
  "What is it about Albanians that makes them so aggressive?",
];

export const ROUND25_THIRD_PASS_NEAR_MISS: readonly string[] = [
  'We rent our flat to Indian students every year, lovely tenants.',
  "I'd never rent my flat to smokers, the smell never comes out.",
  "I don't want my daughter dating a guy who doesn't respect her.",
  "I'd rather the refugees at the centre didn't have to wait so long for a decision.",
  "Don't leave the kids alone with the birthday cake.",
  'My gay neighbours babysit. I never worry leaving them alone with my kids.',
  'Old people should stop driving at night if their eyesight is bad.',
  'Women should stop working so hard and rest this weekend.',
  'Immigrants should stop coming on small boats, it is far too dangerous.',
  'Remember when the high street had a bakery? Before the big supermarket opened.',
  "Want a lift to the airport? Sure, if you want it at 5am.",
  'Can I bring my gay friends to the party? Sure, once they RSVP.',
  'My mum started a bakery at 70. Shocking, I know.',
  'Muslim women face abuse on the tube every day. Shocking, I know.',
  "She's the first Black woman to make partner, purely on merit, congrats!",
  "Just once I'd like to see a Black woman on the cover of this magazine.",
  "I'm not racist, I just never noticed how much my own jokes hurt people until now.",
  'Why can\'t the school just let the Muslim kids have a quiet room to pray?',
  'Equal pay for women? Sure, and about time too.',
  'They let disabled people park free at the hospital now? Great idea, should have happened years ago.',
];

/** The reader's fault held up to be pitied ("imagine being as stupid as you"): inflammatory. */
export const ROUND25_IMAGINE_BEING: readonly string[] = [
  'imagine being as stupid as you, must be exhausting',
  'Imagine being as boring and thick as you are.',
  'imagine being as thick as you lol',
  'Imagine being so dull and spineless as you are',
];
