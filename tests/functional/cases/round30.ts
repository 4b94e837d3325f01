/**
 * CONTENT WARNING: original threats and insults, written for this project (no public test suite was used), in round 30.
 *
 * Threats to people outside the protected groups. New held-out sets showed these were the weakest part of the threat rule:
 * a call for violence against a class of people or a role ("bankers should be strung up", "someone should put a bullet in
 * that tech billionaire") was caught less than one time in five, and a threat to one person in a comment section's own
 * words ("hope you like hospital food", "you're leaving in an ambulance") about four times in ten. The readers are
 * rules/detectors/language/threat-at-people.ts (the protected rules' backstop, aimed at people) and new shapes in
 * threat-shapes.ts. Every case below is written in my own words; no set author's text is here.
 *
 * Insults at a camp the lists do not name, after describing words ("flat-earthers are smug little cranks").
 */

/** Violence called for against people outside the protected groups: inflammatory. */
export const ROUND30_PEOPLE_CALLS: readonly string[] = [
  'Every landlord who raised rents this winter should be strung up outside the town hall.',
  'Fund managers should all be lined up against a wall, honestly.',
  'The whole board should be taken out back and shot for this.',
  'Those ministers deserve to be dragged out and beaten.',
  'Every councillor who voted for the cuts deserves a bullet.',
  'Crypto bros who rugged their fans should be hanging from lampposts.',
  'String up the lot of them, every last one in parliament.',
  'Line the entire cabinet up against the wall and be done.',
  'Somebody should just put a bullet in that media mogul.',
  'Bring back the gallows for corrupt bankers.',
  'Bring back public floggings, starting with every estate agent in town.',
  'Nothing would please me more than seeing that landlord set alight.',
  'Paparazzi who chase the kids deserve a proper kicking.',
  'The cowboy builders on our road need dragging out and hanging.',
  'Lobbyists who wrote that bill need a good hiding.',
  'Whoever dumped the rubbish in the woods deserves to have both hands broken.',
  'Ticket scalpers deserve a boot in the teeth.',
  'Every tax dodger in the city deserves a noose.',
  'Fair play to whoever thumped that councillor, hero.',
  'About time someone punched that shock jock.',
  'Dodgy car dealers should be castrated, simple as.',
  'Every politician who lied about the war should swing from a rope.',
  'Those bosses who cut the pensions deserve to get their teeth kicked in.',
  'The fraudsters who robbed my gran should be found and beaten within an inch of their lives.',
];

/** Threats to one person in a comment section's own words: inflammatory. */
export const ROUND30_PERSON_SHAPES: readonly string[] = [
  "Hope you like hospital food, Gaz, cos that's your diet after Friday.",
  "@tomasz you're dead when I catch you outside.",
  "your dead when i see u mate",
  "Post that again and I'm putting two in your head.",
  "Ref, you're leaving this pitch on a stretcher next week.",
  "He won't be walking out of that pub in one piece tonight.",
  "Go on, tag my ex again and see what happens to your face.",
  "Lovely motor, Dean. Be a shame if the brakes failed on the bypass.",
  "Shame if something happened to your kids on the walk home.",
  "You'll choke on your own blood if you say my name again.",
  "I'd sleep with one eye open if I were you, Kev.",
  "The next idiot who parks across my gate is getting a slap.",
  "Next person to touch my bike gets a kicking, no warning.",
  "You're lucky I don't come over there and knock you out.",
  "He's lucky I didn't break his jaw at the party.",
  "The next one who knocks on my door gets a spade across the head.",
  "That landlord's getting a proper kicking when I find him.",
  "you're leaving the car park in an ambulance, count on it",
  "she's dead the moment I find her",
  "Keep it up and see what happens to your windows.",
];

/** The same words for care, sport, games, kitchens, decorations, films and policy: nothing. */
export const ROUND30_NEAR_MISS: readonly string[] = [
  'Hope you like hospital food! Get well soon, we miss you at work x',
  'The fairy lights should be strung up along the fence by Friday.',
  'Whoever designed this form should be taken out back and shot, what a mess.',
  'That font should be taken out back and shot.',
  "Try this stretch for a week and see what happens to your back pain.",
  'We got a proper kicking on Saturday, 4-0, the lads were gutted.',
  'The players deserve a beating drum section in the stands.',
  "You're lucky I don't charge you for the extra hour, I'm a soft touch.",
  'Cyclists, watch your backs on the canal path, the bridge is slippy after rain.',
  'Would love to see the old ref hanging up his whistle after such a career.',
  'In the play the twins are jealous fools, which drives the plot.',
  'Any journalist who investigates this will be killed, that is how the regime works.',
  "The next person who brings cake to standup gets a gold star.",
  'Shame if the rain spoils the fete, the kids have worked so hard.',
  'Bring back the old pub quiz, starting with the music round.',
  'Murderers should face life in prison, not early release.',
  'Hunt down the best bargains this weekend, the sale ends Sunday.',
  'Our landlord is lovely, he fixed the boiler the same day.',
  "I'd be careful on the roads tonight if I were you, it's icy.",
  'The villain in chapter six gets shot in the end and I cried.',
  'We need a good hiding place for the Easter eggs this year.',
  'Put the lot of them against the wall, the frames look better there.',
  'Hang them all in the hallway, the prints are gorgeous.',
  "Crypto bros are everywhere at this conference, it's a lot.",
];

/** A camp no list names, called a name after describing words of its own: inflammatory. */
export const ROUND30_UNLISTED_CAMPS: readonly string[] = [
  'Flat-earthers are smug little cranks.',
  'Landlubbers are gullible morons.',
  'Moderators are power-tripping losers.',
  'Brexiteers are deluded idiots.',
  'Remainers are whiny entitled crybabies.',
  'Crypto bros are insufferable narcissists.',
  'Lobbyists are greedy spineless cowards.',
  'Pundits are overpaid clueless clowns and always were.',
  'Influencers are vapid talentless parasites.',
  'Streamers are lazy entitled losers.',
  'Podcasters are smug self-important bores.',
  'Hedge funders are greedy heartless scumbags.',
  'Gym bros are vain insecure idiots.',
  'Anti-vaxxers are paranoid gullible fools who never read anything.',
  'Referees are biased useless muppets.',
  'Landlubbers are clueless arrogant twits.',
  'Trolls are sad pathetic losers with nothing better to do.',
  'Bloggers are bitter jealous hacks and nobodies.',
  'Tabloid editors are shameless lying scumbags.',
  'Pundits are pompous washed-up dinosaurs.',
];

/** The same pattern for praise, plight, stories and things: nothing. */
export const ROUND30_UNLISTED_CAMPS_NEAR_MISS: readonly string[] = [
  'Volunteers are the quiet heroes of this club.',
  'Catholic schools are full of dedicated teachers.',
  'In the novel the brothers are jealous fools.',
  'Nurses are overworked and underpaid.',
  'Tomatoes are tasty little things this time of year.',
  'Firefighters are brave hardworking people.',
  'Librarians are patient generous souls.',
  'Farmers are hardy resilient folk.',
  'In the sitcom the neighbours are nosy fools, and it is brilliant.',
  'Carers are unpaid and exhausted most weeks.',
  'Puppies are clumsy adorable menaces.',
  'Our volunteers are tired but happy after the fun run.',
  'Midwives are calm capable professionals.',
  'Apprentices are quick eager learners here.',
  'Pensioners are cold and worried about heating bills.',
  'Teachers are stretched thin this term.',
  'Cleaners are the unsung heroes of the office.',
  'Refs are human and make mistakes.',
  'Goalkeepers are crazy, you have to be to stand there.',
  'Students are broke but brilliant.',
];

/** A person or a camp called a name of any kind after a word that only scorns ("a smarmy empty suit"): inflammatory. */
export const ROUND30_SCORNED_NAMES: readonly string[] = [
  'Our new minister is a smarmy empty suit.',
  'That pundit is a pompous overpaid windbag.',
  'Her agent is a sleazy two-faced operator.',
  'Film reviewers are pretentious snobs.',
  'Those columnists are sanctimonious scolds.',
  'He is such a whiny manchild.',
  'Their captain is a cowardly show pony.',
  'She is a vapid attention seeker.',
  'The chairman is a spineless yes man.',
  'That streamer is a cringey wannabe.',
  'Nice try, you bootlicking weirdo.',
  'You insufferable know-all.',
  'Reality stars are talentless grifters.',
  'The council leader is a conniving little weasel.',
  'Our MP is a lying, crooked chancer.',
  'Those trolls are snivelling cowards.',
  'His lawyer is a slimy ambulance chaser.',
  'The new boss is a condescending control freak.',
  'Wow, you smug know-nothing.',
  'The influencer next door is a shameless grifter.',
];

/** The same words for grins, ideas, mistakes, pets, films, a denial, the writer and praise: nothing. */
export const ROUND30_SCORNED_NAMES_NEAR_MISS: readonly string[] = [
  'That was a smug grin if ever I saw one.',
  'He is clueless about the surprise party.',
  'She is useless at texting back, bless her.',
  'The twins were whiny toddlers but grew into lovely teens.',
  'My cat is a smug little loaf.',
  'That plan is a useless idea.',
  'He is not a spineless man, he stood up to them.',
  'Is he a smug genius? Absolutely, and I love him.',
  'The film is a pretentious mess.',
  'Our dog is a greedy lovable menace.',
  'That was a stupid mistake on my part.',
  'I was a clueless beginner once too.',
  'His speech was a pompous ramble.',
  'We were clueless tourists in Rome.',
  'The tenants are lovely people.',
  'The reviews were brutal.',
  'The defence was useless today.',
  'Me, you clueless beginner, that is who wrote this guide.',
  'The plot is a cringey mess but the cast is great.',
  'These shoes are annoying things to lace up.',
];

/** Threats to one person veiled in a family of their own (threat-veiled.ts): inflammatory. */
export const ROUND30_VEILED: readonly string[] = [
  'Found your address on the planning application. See you soon.',
  'traced ur ip mate, ur in Swindon. coming for u',
  'Got your postcode off the forum. See you soon, Kyle.',
  "Your kids walk home alone past the park, don't they? Shame if anything happened.",
  'An injunction will not stop me, Gemma.',
  'Your locks will not save you from me.',
  'You are not going to make it to your next birthday, Craig.',
  'Only one of us is walking out of that car park.',
  "You'll be the one needing a dentist after Friday.",
  'The last bloke who mouthed off to me ended up in hospital.',
  "Next time you won't be walking away from this.",
  "I've got your wife's address now. Keep posting.",
  'I know where your daughter goes to school. Think about that before you post again.',
  'Your son walks home alone after football, doesn’t he?',
  'A brick is going through your windscreen tonight.',
  "Let's see how brave you are with a blade in your gut.",
  'Sharpening the machete now. Tick tock.',
  'Dad\'s shotgun is loaded and it is loaded for you.',
  'Got your home address. Knock knock.',
  "Restraining order won't stop a bullet, Dan.",
];

/** The same words for parcels, invitations, school runs, journeys, drink, volunteering and DIY: nothing. */
export const ROUND30_VEILED_NEAR_MISS: readonly string[] = [
  'Got your address for the Secret Santa parcel, see you soon!',
  "I've got your mum's address for the wedding invites.",
  'I know your kids go to St Anne\'s, mine too! Fancy sharing the school run?',
  "You're not going to make it to your wedding at this rate, the trains are all cancelled!",
  "Bring a coat, you'll need one.",
  "You won't be driving home after all that wine, get a taxi.",
  'I know which school your kids go to because I volunteer there, they are lovely.',
  'The front door will not stop the draught, we need new seals.',
  'Only one of us is walking home tonight, the other is getting a lift.',
  'The last guy who fixed my boiler ended up in hospital with food poisoning, poor thing.',
  'Sharpening the kitchen knives before the dinner party.',
  'Loading the dishwasher now, you know who you are if you left pans in the sink.',
  'A brick fell through the shed roof in the storm.',
  "Let's see how brave you are on the big slide, kiddo!",
  'My daughter walks home alone now she is 14 and I am so proud.',
  'Bring your pals to the quiz, you will need them for the music round.',
  'I have your address for the delivery, see you soon.',
  'Your screen will not protect you from spoilers, mute the hashtag.',
  'You will be the one needing a doctor if you keep eating those chillies, lol.',
  'Paper does not stop a bullet, which is why the film used steel plates.',
];
