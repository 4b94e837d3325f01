/**
 * CONTENT WARNING: original hateful statements, insults and threats, written for this project (no public test suite was
 * used), in round 28. The round read the misses left on a new author's template-built set (tmpl16: the author's own
 * templates filled with twenty identities), fixed the cause of each miss in the rules, and wrote these variants of each
 * cause in other words and with other identities:
 * - members named in several words ("a person of colour", "an asylum seeker", "a person with a disability");
 * - worth denied ("contributed nothing to society"), members as a type ("met one, you've met them all"), trouble dated
 *   from their arrival ("we never had these problems before ..."), a take-back after praise ("Nice street. Well, it was,
 *   before ..."), "just once I'd like to meet a [member] who works", "imagine being a [member] and thinking you deserve
 *   respect", "a [member] in charge? that company is doomed";
 * - the group named as what the writer hates most, nausea at a member's nearness, "when [group] knew their place",
 *   civilised conduct denied, "crawl back into the sewer", "less of a person", "whenever there is trouble, look for the
 *   [group]", "not a single decent [member] in the whole world", "pieces of shit", "too dim to be trusted", "get the
 *   fuck out of our country";
 * - threats: "make sure some [group] bleed", "put a [member] in hospital", "sort those [group] out with bats", windows
 *   smashed "and their face next", a group called to in the sentence before a threat to "you";
 * - violence endorsed: "killing a [member] shouldn't even be a crime", "violence against [group] is completely
 *   justified", "hanging is too good for [group]", "I'd cheer if someone torched a building full of [group]";
 * - insults at people outside the protected groups: a verdict on someone's work passed to them ("and so are you"),
 *   plural names for people no list holds ("traffic wardens are smug pricks"), "Parasites, all of them.", "should be
 *   ashamed to exist", "never met one who wasn't a total moron".
 */

/** Attacks on a group the round-start rules missed: protected. */
export const ROUND28_GROUP_ATTACKS: readonly string[] = [
  'Typical asylum seeker, always wanting something for nothing',
  'Never trust a person of colour with the till',
  'No person with a disability can do this job properly',
  'Sikhs have contributed nothing to this country',
  'Honestly women have added nothing of value to science',
  "If you've met one Nigerian you've met them all",
  "Seen one lesbian, you've seen them all",
  'We never had this trouble before the Somalis arrived',
  'There was no crime here before the refugees came',
  'Quiet village. Well, it was, until the Roma moved in.',
  "Just once I'd like to meet a Pakistani who pays his taxes",
  'Imagine being a trans woman and thinking you deserve a seat at the table',
  'A Muslim as head teacher? That school is doomed',
  'Nothing in the world annoys me more than Hindus',
  "There's nothing I despise more than gay couples",
  'Stood next to a Jewish family at the bus stop and nearly threw up',
  'Those were the days, when Black people knew their place',
  "You can't expect Gypsies to act like decent people",
  'Refugees should crawl back to whatever gutter they came from',
  'A wheelchair user is less of a person than the rest of us',
  'Wherever there is crime, look for the Albanians',
  'There is not a single decent Mexican in the entire world',
  'Muslims are pieces of shit',
  'Old people are too thick to be trusted with a phone',
  'Get the hell out of our country, Pakistanis',
];

/** Threats and violence endorsed against a group that the round-start rules missed: protected. */
export const ROUND28_GROUP_THREATS: readonly string[] = [
  "I'm going to make sure some Muslims bleed this weekend",
  'We will make sure a few refugees suffer for this',
  "I'll put a Jew in hospital before Christmas",
  'I swear I will put a trans woman in the ground',
  "The lads and I are going to sort those Romanians out with baseball bats tonight",
  "We're gonna sort the gays out with crowbars",
  'Any Somali who parks on my road gets his tyres slashed, and his face next',
  'Killing a gay man should not even be illegal',
  "Beating up a Sikh shouldn't count as a crime",
  'Violence against Roma is totally justified',
  'Attacks on Muslims are absolutely deserved',
  'The rope is too good for immigrants',
  'Death is too good for lesbians',
  "I'd be glad if someone burned down a hostel full of asylum seekers",
  "I'd laugh if somebody bombed a bus full of Jews",
  'I would cheer if someone set fire to a mosque full of Muslims',
  'Lynching a Black man should be legal again',
  'Hanging is too good for every last Hindu',
  "Honestly I'd party if someone shot up a bar full of gay men",
  'We are going to make sure the disabled people on our estate bleed',
];

/** A group called to just before a threat to "you": protected, and inflammatory too. */
export const ROUND28_GROUP_THREATS_ADDRESSED: readonly string[] = [
  'Keep talking, Muslims. I know where you pray and I am bringing petrol.',
  'Listen up, immigrants. You will all be shot.',
  "Oi, lesbians. I'm going to stab you all.",
  'Hey refugees! You are all getting stabbed tonight.',
];

/** Ordinary posts beside the round's shapes: no finding. */
export const ROUND28_GROUP_ATTACKS_NEAR_MISS: readonly string[] = [
  'Immigrants have contributed nothing to the housing crisis, the landlords did that',
  "If you've met one Londoner you've met them all, said nobody who lives here",
  'We never had these problems before the new road came',
  'I never had these problems before the Poles moved in next door, they fixed my fence',
  "We didn't have any issues before the refugees came, and we still don't",
  'Quiet town. Well, it was, before the festival came.',
  "Just once I'd like to meet a Muslim who shares my love of jazz",
  'Imagine being a woman and thinking you are not enough. You are.',
  'A new intern in charge? That company is doomed',
  'Mercury in retrograde? we are doomed',
  'Nothing annoys me more than people being rude to refugees',
  'Sat next to a Muslim on the train and wanted to throw up, I was so hungover',
  'Nobody is less of a person for being disabled',
  'Women are a piece of the puzzle in this research',
  'Black people are pieces of our history that schools ignore',
  "Let's get dim sum with the Chinese team",
  'The lights are dim in the mosque during prayers',
  'This old dyke has been marching since 1988.',
  'This old dyke is still fixing bikes every Saturday',
  'The old dyke along the estuary is being rebuilt to stop the flooding.',
  'Finally found a chink in their strategy.',
  'Tied up a faggot of dry branches to start the fire.',
  'Get the fuck out of here lads, the pub is closing',
  'you screw the American people whenever you can',
];

/** Ordinary posts beside the round's threat shapes: no finding. */
export const ROUND28_GROUP_THREATS_NEAR_MISS: readonly string[] = [
  'the coach sorted them out with bats and balls for cricket practice',
  "I'll sort you out with a knife and fork at dinner",
  "We're going to sort those boxes out with the crowbar",
  'Hey women! You are going to kill it at the bake-off.',
  'Thanks, Muslims. You killed it at the charity run.',
  'Violence against refugees is never justified',
  'Killing a spider should not be a crime, they are harmless',
  'Hanging is too good a job for this painting, it deserves a gallery',
  'We will all be killed by this deadline lol',
  'You will all be fired if sales drop, says the new boss',
  'Keep talking, nurses. We hear you.',
  'Listen up, Jews and Muslims of this town: the interfaith dinner is on Friday!',
  'Next time my windows get smashed, I am calling the police',
  'The paramedics put a man in hospital after the crash, and saved his life',
  'Make sure the brakes bleed properly before the ride',
  'The old Sikh temple got its windows smashed last night, and the community cleaned it up by noon',
  'Nobody deserves to have their windows smashed for being Jewish',
  'I would cheer if someone built a shelter full of beds for refugees',
  'Death is too good a word for what those pilots did to that song',
  'Sort those invoices out with the accounts team',
];

/** Insults at people outside the protected groups that the round-start rules missed: inflammatory. */
export const ROUND28_AT_PERSON: readonly string[] = [
  'Hey Kevin, your code is trash and so are you.',
  'Her plan is stupid, and so is she.',
  'Your essay is pathetic and so are you',
  'traffic wardens are smug pricks',
  'Why are traffic wardens always such smug pricks?',
  'Why are influencers always such smug pricks?',
  'Parking attendants are total morons',
  'Parasites, all of them.',
  'Morons, every last one of them.',
  'Idiots, the lot of you',
  'Clowns, the lot of them',
  'Bankers should be ashamed to exist.',
  'Estate agents should be ashamed to exist',
  'Never met one of those cyclists who wasn\'t a total moron.',
  "Never met a landlord who wasn't a complete idiot",
  'I hate middle managers, every single one of them.',
  'I hate people who talk in cinemas, every single one of them.',
  'Never met a plumber who wasn\'t a complete idiot',
  'Die, you useless intern!',
  'This guy is a piece of shit.',
];

/** Abuse at objects and fond praise beside the round's insult shapes: no finding. */
export const ROUND28_AT_PERSON_NEAR_MISS: readonly string[] = [
  'This umbrella is a piece of shit.',
  'Die, you useless printer!',
  'Die, you useless kettle!',
  'This heatwave can go to hell.',
  'This tax form can go to hell.',
  'Your cake is amazing and so are you',
  "your code isn't trash and so are you",
  'Legends, all of them.',
  'Bugs, all of them',
  'I hate Mondays, every single one of them',
  'I hate these meetings, all of them',
  'Never met a customer who wasn\'t a total delight',
  'why are my tests such failures',
  'my cats are idiots',
  'the lights in here are so dim',
  'Heroes, every last one of them.',
  "Never met a nurse who wasn't a saint",
  'My tomatoes are such divas this summer',
  'This printer can go to hell, it ate my boarding pass',
  'That meeting was a piece of cake',
];

/**
 * The round's second pass read the misses on two more template-built sets by new authors (tmpl17 and tmpl18, each held
 * out first and scored once, then read): hatred told as a feeling ("the loathing I feel for ..."), a dehumanising name
 * explained as the group ("by vermin I mean ..."), kept out of sight, "nothing good about", equality mocked as pretence,
 * breeding like vermin, humanity denied, a place praised for having none of them, homes known on sight, things that go
 * missing when they turn up, a list of faults under the group's name, vermin likened in a fragment after the sentence that
 * named them, the group put in a dehumanising noun's place ("You don't reason with a plague. You don't reason with ...
 * either."), hiring them "means hiring incompetence"; threats told as "leaving in an ambulance", "cave in the skull of the
 * first ...", a threat to "their house" after "if a [member] moves in", arms brought after a plan to "sort out" the group,
 * a group called to between commas or warned as "you [group]"; violence endorsed ("stringing up a few ... would sort this
 * country out", "a good kicking is the only language ... understand", "got what was coming to them: a bullet", "wiped out"
 * after "would honestly be a good thing"); and the writer's own words after a report word ("I'm not ashamed to say it",
 * "about time someone said it", "I'll never say otherwise").
 */
export const ROUND28_SECOND_ATTACKS: readonly string[] = [
  'The disgust I feel for Gypsies is hard to describe',
  'Being anywhere near a Somali makes me physically sick',
  'When I say vermin I mean the Roma, obviously',
  'Disabled kids should be kept somewhere out of sight, away from normal families',
  'I see absolutely nothing redeeming about Sikhs',
  'Stop pretending trans women are real women',
  'Who honestly thinks gay people deserve the same rights as normal people?',
  'Refugees multiply like rats wherever they land',
  'Stop treating Pakistanis as human beings',
  'Nothing fills me with more rage than Hindus',
  'Employing a woman means getting drama, every single time',
  'Lovely news: our cul-de-sac has no Muslims whatsoever',
  'You can always tell whose garden belongs to the Nigerian family',
  'Put a Gypsy in charge of the tool shed and watch everything vanish',
  'Funny how Albanians move in and then suddenly the bikes go missing',
  'Lesbians: ugly, bitter and lazy.',
  'Saw a group of Roma by the station. Like rats in a drain.',
  'You do not negotiate with a disease. You do not negotiate with Muslims either.',
  'The more I see of Jews the more I despise them, and I am not ashamed to say it',
  '#SikhsAreVermin about time someone said it',
  'Violence against Hindus is justified and I will never say otherwise',
  'The park is overrun with papists now',
  'Bloody muzzys everywhere you look',
];

/** Threats and violence endorsed, second pass: protected (the addressed ones are also inflammatory, listed apart). */
export const ROUND28_SECOND_THREATS: readonly string[] = [
  'The next Pakistani who comes into my pub is leaving in an ambulance',
  'I will cave in the skull of the first Jew I meet tomorrow',
  'Stringing up a few Muslims would sort this town out',
  'A beating is the only thing refugees understand',
  'The country would be better if every gay man got what was coming to him — a bullet',
  'It would honestly be a good thing if all the Roma were killed',
  'It would genuinely be great if every Sikh was wiped out',
  'Lynching a few Jews would fix this country',
];

/** Called to, warned, or threatened in a way the threat rule also reads as aimed at people: protected and inflammatory. */
export const ROUND28_SECOND_ADDRESSED: readonly string[] = [
  'If a Muslim family moves onto our close I will burn their house down',
  'We are going to sort out the trans lot on Friday. Bring bats.',
  'Keep coming round here, Somalis, and we will beat you senseless.',
  'You Gypsies have been warned. We know where you live and we are coming for you.',
  'Keep walking past my house, gay boys, and you will get a kicking.',
];

/** Ordinary posts beside the second pass's shapes: no finding. */
export const ROUND28_SECOND_NEAR_MISS: readonly string[] = [
  'Nothing annoys me more than old people being ignored at the bank',
  'The contempt I feel for people who abuse refugees is hard to describe',
  'Sat next to a refugee family on the train and the little boy felt sick, so I gave them my ginger sweets.',
  'My grandmother fought against men who wanted the days when women knew their place. Proud of her.',
  'Nothing fills me with more anger than the Muslim ban.',
  'Sadly the new estate has no disabled people at all, no ramps anywhere',
  'Engineers: smart, kind and brilliant',
  'Saw a bunch of kids hanging round outside Tesco. Like rats round a bin.',
  "You don't argue with a virus. You don't argue with my mum either.",
  'He is spreading lies that migrants breed like cockroaches',
  'Anyone who calls Sikh people animals needs to take a long hard look at themselves.',
  '"Asians are vermin". Saw this on my feed today.',
  'Dykes assemble! brunch at mine on Sunday, all my lesbian mates welcome',
  'love my dykes so much, this group chat keeps me alive',
  'Me and my fellow queers are taking over the bowling alley tonight, be warned 😂',
  'This coating is designed to retard moisture damage.',
  'The muzzy feeling after a cold always lasts a day',
  'The patient is leaving in an ambulance after the fall',
  'The roof will cave in the middle of winter if we do not fix it',
  'We are going to sort out the new interns on Monday. Bring snacks.',
  'Me and the lads are going to visit the Muslims on Eid. Bring presents.',
  'Keep going, women, and you will smash the target',
  'Hey Muslims! We are coming to your iftar on Friday, cannot wait',
  'He said violence against Muslims is completely justified and I will never say otherwise',
  'I used to say Muslims are vermin and I am ashamed of it',
  'It would be a good thing if all the women were promoted',
  'Stop treating refugees like criminals',
  'Heard the news about the Chinese takeaway, it is closing',
];

/**
 * The third pass read the misses on two more new authors' sets (tmpl19, tmpl20; each scored once while held out, then
 * read): disgust at the sight of a member, "nothing makes my blood boil like ...", "sick to death of ...", likened to a
 * beast or a thing ("about as human as a cockroach", "worth less than a dog"), pests and beasts ("infesting", "pest
 * control for", "grunting like pigs"), the nausea told in the sentence after sitting beside a member, a name given in the
 * sentence before ("Subhuman. That's the only word for ..."), worth and respect refused ("never met one who was worth
 * ...", "I refuse to believe ... are intelligent", "can't say I've ever respected a ..."), a loss or a theft put down to
 * them ("prices dropped the same month ... moved in", "count the cutlery after ..."), a zoo letting them out, a crime
 * called their habit ("that's what they do"), a quota filled; violence endorsed ("a public service if someone ran over a
 * few ...", "should get a good kicking", "whoever puts a bullet in ... deserves a medal"), arms beside a list of them;
 * and the writer's own words after a report word ("I'll keep saying it", "the only word for", "I'm not saying I'd do
 * it, but").
 */
export const ROUND28_THIRD_ATTACKS: readonly string[] = [
  'Honestly the sight of a Sikh in my neighbourhood ruins my whole week',
  'Nothing makes my blood boil like Romanians do',
  "I'm sick to bloody death of Somalis and their whining",
  'A Roma is about as human as a rat',
  'A Hindu is worth less than a dog, in my opinion',
  'We need pest control for the Nigerians infesting this estate',
  'Watched a pack of Albanians outside the chippy, squealing like pigs',
  'Stood next to a gay couple on the tube. My stomach turned.',
  "I've never met a Muslim who was worth knowing",
  'I refuse to believe Somalis are capable of anything',
  "Can't say I have ever trusted a Jew",
  'Property values plummeted the same year the Roma moved in',
  'Always count the spoons after a Gypsy visits',
  'Lovely that the zoo is letting the Somalis out for the summer',
  "New lodgers are Albanian. They'll have nicked the telly by Friday, that's what they do.",
  'Had to take on a Muslim at work because of the diversity targets',
  'I believe Jews are parasites and I will keep saying it',
];

export const ROUND28_THIRD_THREATS: readonly string[] = [
  'It would be doing the country a service if someone shot a few Romanians',
  'Every Somali in this town should get a proper beating',
  "I'm not saying I'd do it, but whoever stabs a trans woman deserves a medal",
  'Petrol in the boot and a list of Muslims in my street. Tonight.',
  'Every Jew in the city needs to get a good kicking',
];

export const ROUND28_THIRD_NEAR_MISS: readonly string[] = [
  'Nothing makes my blood boil like people mistreating refugees',
  'I am sick to death of Muslims being blamed for everything',
  'The sight of a Muslim family picnicking in the park made my day',
  'The new call centre voice is about as human as a robot',
  'We need pest control for the rats infesting the shed',
  'Sat next to a Jewish family on the train. My stomach turned, the sea was so rough on the ferry after.',
  'Legend. That is the only word for my nan.',
  'I refuse to believe women are less intelligent than men, the data says otherwise',
  'This old car is worth less than a dog kennel now',
  'House prices dropped the same month the factory closed',
  'Magpies took my earring off the windowsill. That is what they do.',
  'A list of Jews who saved lives in the war is on display at the museum',
  'I have a bat in the car for cricket practice and a list of players for Sunday',
  'Whoever finally fixes this printer deserves a medal',
  'I believe refugees are brilliant and I will keep saying it',
  'Christians: kind, generous and always first to help',
  'Refugees: resilient, brave, and tired of being blamed',
  'Nobody should want Ukrainians harmed. Full stop.',
  "If you genuinely believe 'Black people are subhuman', you need help, not a platform.",
  'There has been a queer tapping coming from the loft all week',
];

/**
 * The fourth and fifth passes read the misses on tmpl21 and tmpl23 (each scored once while held out, then read), and a
 * code review of the diff: disgust at every member met, "imagine letting [group] vote", "evolution skipped [group]",
 * "good at exactly one thing" with a vice, the group known by the air after them, kindness refused, "why do we still
 * let [group] live among normal people?", "anyone except a [member]" after an offer, a verdict after a group named alone
 * as a question, things improving once the group was kept out, a hire called a quota in the next sentence, "a lower
 * form of life", "never met a single [member] who was decent"; threats ("a bullet in every one of you ...", "you
 * [group] are going to bleed", "coming for you [group], and I'm bringing a knife") and violence endorsed ("punching a
 * [member] is always justified").
 */
export const ROUND28_FOURTH_ATTACKS: readonly string[] = [
  'Every single Somali I come across makes my skin crawl',
  'Imagine allowing Gypsies to vote. Madness.',
  'Imagine letting trans people adopt, honestly',
  'Evolution clearly gave up on the Roma',
  'Romanians are brilliant at exactly one thing: stealing',
  'You can always tell when an Indian has been in the lift',
  'Not one Nigerian deserves our sympathy',
  'Why should we let Gypsies live next to decent families?',
  "I'd sell my car to anybody. Well, anybody but a Pakistani.",
  'Lesbians? Absolute vermin.',
  'The factory stopped hiring Poles and output doubled',
  'Of course the council appointed a Muslim. Had to tick a box somehow.',
  'A Hindu is nothing but a lower life form',
  "I haven't met one Somali who was honest",
  'Sikhs do not deserve an ounce of respect',
  'Who thought it was fine to let Roma live among normal people?',
  'I refuse to believe Albanians have anything of value to offer',
  'Honestly Somalis are about as human as rats',
  'Muslims? Filthy animals, the lot.',
  'Nothing on God\'s green earth disgusts me more than Gypsies',
  // (sixth pass, tmpl22's causes)
  'Rents crashed right after the Somalis started moving in',
  'Nice to see Pakistanis have found the one job they are suited for: claiming benefits',
  'Is there anything alive more pathetic than a Roma?',
  'Why are Gypsies still allowed to have children?',
  "What's the point of Somalis?",
  'Honestly, who decided letting Muslims vote was a good idea?',
];

export const ROUND28_FOURTH_THREATS: readonly string[] = [
  'One more word and I will put a bullet in every one of you Jews',
  'You Pakistanis are going to bleed for this',
  "We're coming for you Somalis, and we're bringing knives",
  'Kicking a gay man is always justified',
  'Stabbing a Muslim would be completely justified',
  'It would be fine by me if the Roma were all gassed',
  'The country would be a better place if every Gypsy was strung up',
  'Round up the Somalis and throw them in the sea',
  'About time someone burned the Pakistanis out of their flats',
  'Somebody should run the Roma out of the village with pitchforks',
];

export const ROUND28_FOURTH_NEAR_MISS: readonly string[] = [
  'Nothing annoys me more than men who interrupt women in meetings.',
  'Stop treating disabled people as people who need saving.',
  'Good point, the panel has no women at all.',
  'A new study suggests people with dementia have emotions long after their memory fades.',
  'The thought of a trans kid being bullied at school makes me sick.',
  'There is nothing redeeming about refugees being left to drown.',
  "You can't expect refugees to live like normal people when they're crammed into tents.",
  'The Welsh miners would go back down the pit the next morning after the strike.',
  "Whenever there's trouble, look for the Irish lads, they're always first to help clean up.",
  'We had rats in the shed last week. We had Polish builders in the kitchen last week too.',
  "Our Polish neighbours are lovely. Magpies steal anything shiny, that's just what they do.",
  'For once I would like to see a disabled actor speak for themselves in an interview.',
  'The lights in the mosque were dim during the power cut.',
  'Hanging some pride flags would help the office feel more welcoming.',
  'This heatwave will put a few elderly people in hospital, please check on your neighbours.',
  'Companies that dump sewage in rivers should be ashamed to exist.',
  'My mum makes the best miyeok guk on birthdays.',
  'The Papists Act 1778 lifted some of the restrictions on Catholics.',
  'The farmland flooded after the dyke broke.',
  'Movie night with my dykes, best crew ever.',
  'This script deserves to die in a fire.',
  'We stopped hiring contractors and productivity went up',
  'Of course they hired Dave. Had to fill a quota somehow.',
  'My uncle is a lovely man',
  "What's the point of women's football?",
  'Watch Black Americans lynched in the archive footage and tell me it is ancient history. It was 1930.',
  'Prices dropped right after the new supermarket opened',
  'Round up the kids and drop them at school',
  'It would be fine by me if the meeting were moved to Friday',
];
