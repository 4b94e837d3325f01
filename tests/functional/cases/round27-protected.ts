/**
 * CONTENT WARNING: original hateful statements, insults and threats, written for this project (no public test suite was
 * used), in round 27. The round read the misses left on the ninth author's blind set (blind13, held out last round, now
 * a dev set) and on the targeted insults of the OLID dev half, fixed the cause of each miss in the rules, and wrote
 * these variants of each cause:
 * - a feeling told after the member's act ("every time a [member] walks in I feel contempt"), and a member named in the
 *   singular ("every wheelchair user", "no Arab can be trusted", "not a single [member] ...", "not one [member] ...");
 * - competence and conduct denied ("don't know how to queue"), gratitude denied, a search for one member without a fault
 *   ("is there a single [member] who isn't a thief?"), "deserved everything that happened to them", a death called for
 *   as a state ("should be hanging from trees"), "never produced anything civilised", "=" read as "is";
 * - a curse that opens a complaint about a group ("fucking [group] begging outside the station again");
 * - a person introduced by an identity alone in one sentence and branded in the next ("She's an abomination"), and a
 *   group pronoun after "my cousin came out as gay" or "my new flatmate is Nigerian";
 * - threats at a group or a person in shapes the grammar did not parse: "is getting punched", "gets my fist in his
 *   face", a van driven through "that [group] parade", "break the fingers of every ...", "going hunting for [group]",
 *   "bleed for what you said", "put him through a window", "won't walk again" on a catch, "say it to my face and see if
 *   you make it home", the reader's family tracked down, sabotage hinted at ("hope your brakes hold"), an ultimatum with
 *   a weapon, a weapon emoji beside a menacing phrase;
 * - insults in new words or spellings ("gobshite", "cheater", "inbred", "fck", "fkn"), "ur trash at this game",
 *   sarcastic praise that does not soften a fault word ("congrats, you useless clown"), an @handle whose parts are
 *   words ("@dan_writes"), and the reader's own words after an insult ("before you comment");
 * - slurs missing from the lexicon or run into a hashtag ("polack", "#polacksout").
 */

/** Attacks on a group the round-start rules missed: protected. */
export const ROUND27_GROUP_ATTACKS: readonly string[] = [
  'Every time a Muslim family moves onto our street I feel nothing but disgust',
  'whenever a gay couple sits near us on the bus I feel sick',
  'Nothing fills me with more contempt than a Sikh lecturing me about manners',
  'I resent every Somali in this town',
  'I resent every single wheelchair user in this building',
  'No Jew can be trusted with money',
  'No Nigerian can ever be trusted',
  'Not a single Romanian in this city is honest',
  'Not one Pakistani knows how to queue',
  'Mexicans do not know how to behave in public',
  "asylum seekers aren't grateful for anything we do for them",
  "Is there a single Roma in this country who isn't a thief?",
  "Name one Muslim who doesn't lie",
  'Black people should be hanging from lamp posts',
  'Gays ought to be rotting in prison',
  'Gypsies deserve whatever they get',
  'Muslims deserved everything that happened to them',
  'fucking Romanians begging outside the station again',
  'bloody immigrants clogging up A&E every winter',
  'Hindus have never produced anything original',
  'immigrants = parasites',
  'I will break the legs of any trans woman who uses the ladies',
  'going to drive my car straight through that Pride parade on Saturday',
  'the next gay guy who winks at me is getting punched',
  'any immigrant who knocks on my door gets my fist in his face',
  'we are going hunting for queers tonight',
  'polacks everywhere in this town now',
  '#polacksout',
  "My cousin came out as gay. they're all perverts",
  "My new flatmate is Nigerian. They're all scammers so I've hidden my bank cards.",
  'women are too emotional to lead and it is not sexist to say so',
  'trans freaks should stay home',
  'those gay weirdos at the bar again',
  'the disabled scroungers on our street',
  'Muslim scum everywhere you look in this town',
];

/** Ordinary posts beside those causes: nothing to flag. */
export const ROUND27_GROUP_ATTACKS_NEAR_MISS: readonly string[] = [
  'Every time a Muslim family moves onto our street I feel so welcome here',
  'every time a woman gets harassed at work I feel furious',
  'whenever a refugee is turned away I feel ashamed of this country',
  'I resent every cut to disability benefits',
  'No Jew should have to hide their kippah',
  'no Arab was injured in the raid, police said',
  'Not a single woman was on the shortlist, which is a disgrace',
  'many refugees do not know how to access legal aid',
  'older people do not know how to use the new app, so we run classes',
  'I have never met a refugee who was not grateful for the help',
  "Is there a single Black mother who isn't worried about her son?",
  "Name one woman who isn't tired of the pay gap",
  'Volunteers should be hanging the bunting by noon',
  'Jews did not deserve what happened to them',
  'bloody refugees being drowned in the channel and no one cares',
  'fucking landlords raising the rent again',
  'Put a faggot of hazel on the stove to keep the bothy warm',
  'a coon has been raiding the bins again 🦝',
  'pollack and chips for tea tonight',
  'My new flatmate is Nigerian. They are so kind.',
  "My cousin came out as gay. I'm so proud of them.",
  'Stop replying "women belong in the kitchen" to every post, it is sexist and boring',
  'I have never believed women are less capable than men',
  'the new app = a huge time saver',
  'Us autistic weirdos are meeting at the library on Saturday!',
  "I'm a queer freak and proud of it",
  'Stop calling them trans freaks, it is vile',
];

/** A person introduced by an identity, then branded: protected and inflammatory. */
export const ROUND27_IDENTITY_THEN_STIGMA: readonly string[] = [
  "There's a lesbian in my book club. She's an abomination.",
  "Our new GP is trans. He's a freak and I'm changing practice.",
  'you trans freak',
  'shut it you disabled freak',
];

/** Insults and threats at a person the round-start rules missed: inflammatory. */
export const ROUND27_AT_PERSON: readonly string[] = [
  '@dan_writes you are a talentless hack',
  "@amy_says you're a clueless fraud",
  'congrats on the job Steve, you useless clown',
  'ur trash at this game mate',
  'ur useless as a friend',
  'you absolute gobshite',
  'he is a cheater and everyone knows it',
  'you inbred muppet',
  'read the rules before you comment, you idiot',
  'you are gonna bleed for what you said',
  'I am going to put him through a window if he shows up',
  "if I catch him near my car again he won't walk again",
  'say it to my face and see if you make it home',
  "I'll find your kids' nursery, just watch",
  'I know what you drive. hope your brakes hold',
  'you have 48 hours to delete that post or I am coming round with a bat',
  'watch your back walking home tonight 🔪',
  'that ref is getting decked next time I see him',
  "I'll break the legs of the next guy who scratches my car",
  'fck you and your whole family',
  'fkn idiot, learn to drive',
];

/** Ordinary posts beside those causes: nothing to flag. */
export const ROUND27_AT_PERSON_NEAR_MISS: readonly string[] = [
  "Let's put the cable through the wall behind the desk",
  'If you keep smoking like that you will not see 60, please get help',
  'after the accident he will not walk again, the doctors say',
  'your trash at this point is overflowing',
  'your trash at the kerb was collected this morning',
  'congrats you lucky bastard',
  'put the elderly guests near the heaters',
  'my uncle is a nutter for fishing',
  'you have 30 days to pay the invoice or we add a late fee',
  'hope your brakes are ok after the service',
  'see if you can make it home before the rain',
  'the wrestler put him through a table on Raw last night',
  'the team is getting hit by injuries every week',
  'you are going to bleed a bit after the blood test, that is normal',
  '@sam_writes thanks for the lovely review!',
  'read it before you comment, please',
  "I'll find your kids' school on the map for you",
  'see you at the gym tonight 💪',
  'the gobstopper I bought was huge',
  'pay the fee within 24 hours to keep your booking',
];

/**
 * Second pass: a tenth author's threats (threats15, a dev set written by a helper this round) read for the cause of each
 * miss. Threats against a group in shapes the grammar did not parse, and violence endorsed: protected.
 */
export const ROUND27_GROUP_THREATS: readonly string[] = [
  "I'm going to glass the next Somali lad who looks at my girlfriend",
  "If they open another mosque here I'm going to start gunning down the Muslims who go to it",
  'Going to open fire on the Jewish school gates on Friday',
  "I'm going to start running over pensioners at the crossing outside Tesco",
  'Trans people at the bar on Queen St, we are coming saturday with bats',
  'Refugees in the Premier Inn, we are coming round with bats and bricks tonight',
  "Sikh temple on Elm Road, Sunday morning. I'll be the one with the jerry can.",
  "next lesbian who kisses her girlfriend in my cafe is getting her skull cracked",
  'Bring back lynching for Pakistanis',
  'Hitler had the right idea about the Roma',
  'Whoever burned down that mosque is a hero',
  'The guys who firebombed the refugee centre are legends',
  "I'd buy a pint for any lad who breaks a gay man's nose",
  'Lesbians need a good hiding',
  'Immigrants need a proper kicking to learn some respect',
  "I'd laugh if every Nigerian on that flight got blown up",
  "If someone bombed the Pride parade I wouldn't even be upset",
  'We would all be better off if the Roma were gassed',
  'Stoning gay people is the correct punishment',
  'It is time the English started killing the Poles',
];

/** Threats said to a group's members in the second person: protected and inflammatory. */
export const ROUND27_GROUP_THREATS_ADDRESSED: readonly string[] = [
  'Gay men in this town, pack up now, I start picking you off next week',
  "Women cyclists on my road beware, I'm ramming every one I see into the hedge this week",
  'Autistic kids in my son\'s class, I am going to stab you all one day',
];

/** Ordinary posts beside the second pass's threat shapes: nothing to flag. */
export const ROUND27_GROUP_THREATS_NEAR_MISS: readonly string[] = [
  "I'm going to glass the new shelves in the shop",
  "I'm going to pick you up from the mosque at 6",
  'The fire brigade will open fire hydrants on the estate for the kids',
  'The bus was running over an hour late for the pensioners',
  'We are coming saturday with cakes for the Pride picnic',
  'The lesbian and gay choir are coming round with mince pies tonight',
  "I'll be the one with the clipboard at the mosque open day",
  'Autistic kids in my class, you are all brilliant and I am proud of you',
  'My gran cracked her skull falling down the stairs last year, please fit rails',
  'History lesson today: the lynching of Emmett Till and why it still matters',
  'Hitler had no idea how badly the war would go, says the new documentary',
  'Whoever rebuilt that mosque after the fire is a hero',
  'The firefighters who saved the refugee centre are legends',
  "I'd buy a pint for anyone who fixes the Wi-Fi in this office",
  'This old rug needs a good beating on the line',
  "I'd laugh if every flight to Lagos got delayed again, typical January",
  "If someone renovated that gay bar I'd be thrilled",
  'We would all be better off if the trains ran on time',
  'Stoning fruit for jam is the correct method, my nan swears by it',
  'It is time the English started learning Polish, our neighbours are lovely',
];

/** Threats at a person in shapes the grammar did not parse (second pass): inflammatory. */
export const ROUND27_PERSON_THREATS: readonly string[] = [
  "I'm going to strangle my housemate in his sleep",
  'First one through my door gets the shotgun, both barrels',
  "You won't drive home in one piece tonight, ref",
  'One more snide message and I am bringing the knife to the office',
  "I'm kicking your door in, and you with it",
  "I'm setting the dogs on you if you come back",
  'The landlord is going to have a nasty fall down the stairs, mark my words',
  "you'll be six feet under by Christmas",
  'I loosened something on your car this morning. Drive safe 😉',
  "I'll drag you out by your hair and you'll wish you'd paid",
  'keep ignoring my calls, see what happens. I know your shift ends at 10.',
  'Watch your back when you leave the station tonight',
  "Going to strangle my flatmate when he gets in tonight",
  'Whoever keyed my car, the first one I catch gets the shotgun',
  "That ref won't make it home alive after tonight's decision",
  'One more late payment excuse and I am bringing the bat round to your flat',
  "I'm kicking the landlord's door in, and him with it",
  "We're setting the dogs on him when he comes for the rent",
  'Your ex is going to have a nasty accident on those stairs, mark my words',
  "he'll be six feet under before the trial, mark my words",
  'I tampered with your brakes last night',
  "Bailiffs coming tomorrow? First one through the door gets both barrels.",
];

/** Ordinary posts beside the person shapes: nothing to flag. */
export const ROUND27_PERSON_THREATS_NEAR_MISS: readonly string[] = [
  'First one through the door gets the biggest slice of cake',
  "You won't drive home in one piece if you skip the MOT, get those brakes checked",
  'One more email and I am bringing biscuits to the office, it has been a week',
  "I'm setting the table for you, come back soon",
  'Gran had a nasty fall down the stairs last week, she is on the mend',
  'The dog is six feet under the apple tree, rest easy old boy',
  'I loosened the strings on your guitar so the neck does not warp',
  'Drag the file by its corner to resize it',
  'Your shift ends at 10, so I will pick you up after',
  'Watch your back when you lift the boxes, bend your knees',
  'The mechanic loosened something on your car so the wheel could come off, it is fixed now',
  "If you drink you won't drive home in one piece, book a taxi",
  'Black ice tonight, be careful or you will not get home in one piece',
  'The firefighters kicked the door in and got the family out, heroes',
  'Sheepdog trials this weekend, watch them set the dogs on the flock',
  'Grandad had a nasty fall on the ice, sending love',
  'Six Feet Under is still the best TV finale ever made',
  'The stylist joked she would drag me out by my hair if I fidgeted, love her',
  "Your shift ends at 6, I'll have dinner ready",
  'Something is waiting for you on your desk, happy birthday!',
];

/**
 * Third pass: implicit devices from a helper-written dev set (impl15) that carry over between writers: members treated as
 * interchangeable, an identity named beside an emoji that sneers, a gain called a quota filled. Protected.
 */
export const ROUND27_IMPLICIT_DEVICES: readonly string[] = [
  "Seen one Romanian, you've seen them all",
  'Met the new Somali interns today. Honestly they are all a bit samey',
  'Another two Nigerian nurses on the ward, we will have to number them',
  'Asked the trans people in the group chat and got the identical script, like they all came off the same production line',
  'Chinese students in my seminar all look the same to me',
  'Deaf people are interchangeable, ask one and you have asked them all',
  'Gay couple moved in across the road 🤢',
  'Muslim family moved in across the road 🤮',
  'New Jewish landlord just bought the whole block 💰💰',
  'Jewish bankers at it again 🤑🤑',
  'Muslim lad joined our five-a-side 💣',
  'Arab family on the plane with us 🧨😬',
  'Black players warming up 🐒🐒',
  'Nigerian fans at the stadium 🍌🐵',
  'Romanian family moved in next door 🔒🔒🔒',
  'Trans woman hosting the panel tonight 🤡',
  'Non-binary teacher at the school now 🤡🤡',
  'Another woman on the board this year. Wonder which quota she was filling',
  'Black actor cast as the new Bond. Tickbox casting, as usual.',
  'Another female partner this year. Must be the diversity target',
  "My Pakistani neighbour is sound, he doesn't stink the street out with curry like the others",
  'Our Polish cleaner is a gem, nothing like the ones you normally get',
  "He's Muslim but honestly really decent, not what you'd expect",
  'My new manager is a woman but she is one of the sensible ones',
];

/** Ordinary posts beside those devices: nothing to flag. */
export const ROUND27_IMPLICIT_DEVICES_NEAR_MISS: readonly string[] = [
  "Seen one episode of that show, you've seen them all",
  'The new laptops all look the same to me, which one is mine',
  'Met the new Somali interns today, all brilliant, can not wait to work with them',
  'Our Jewish community raised 💰 for the food bank, thank you all',
  'Muslim comedian absolutely bombed on stage 💣 lol, the crowd was dead',
  'Gay couple next door cooked for the whole street 😍',
  'Black players warming up, what a squad 🔥',
  'Ate the Nigerian jollof after a night out 🤢 never again, my fault not the food',
  'Romanian family moved in next door, lovely people 🥰',
  'Trans woman hosting the panel tonight, so excited 🎉',
  'The clown at the Muslim kids party was brilliant 🤡',
  'Another woman on the board this year, brilliant, she earned it',
  'Jewish bakery has the best challah in town 🤑 worth every penny',
  'We have to number the boxes before the move',
  'These flats are all identical inside, it is a bit eerie',
  'Deaf awareness week: ask one deaf colleague what helps, every team is different',
  'Arab film festival opening night 🎬',
  'Padlock the bikes 🔒🔒 thieves about in the car park',
  'Which quota system does the EU use for fishing?',
  'It was their turn to host the Christmas party this year',
  'My new puppy is lovely, nothing like the others in the litter',
  'Our Filipino nurse is lovely, just like the others on the ward',
  'The Muslim family next door are lovely, nothing like the rumours said',
  'Gay, straight, bi, they are all the same to me when hiring, skills first',
];
