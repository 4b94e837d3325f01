/**
 * CONTENT WARNING: original hateful statements and threats, written for this project (no public test suite was used), in
 * round 26. The round read the misses left on the seventh author's blind set (blind11, held out last round, now a dev
 * set) for the cause of each miss in the rules, fixed the cause, and wrote these variants of each cause:
 * - closed lists of intensifiers and describing words: "fill me with absolute loathing", "nothing on earth makes me
 *   angrier than", "like stray dogs", "dumb as rocks", "a net drain", "a shred of sympathy", "any good at";
 * - a quality denied in words the predicate reader did not know: "not hard workers", "not a single decent [member] out
 *   there", "deserve every bullet", "behind all the world's problems", "responsible for the crime", "a net negative";
 * - exclusion said by a particle or a killing: "finished off", "drive every [member] out", "better world if ... hanged",
 *   "finish what Hitler started with [group]", "no point keeping [group] alive";
 * - a verdict on "their brains" or "their whole culture", and on the people of a faith's festival named before;
 * - conduct likened to an insult ("act like sluts") and terror pinned on a group ("blow things up");
 * - use/mention slips: "whatever the media tells you" and "I'm of the view that" are the writer's own; a family's shame
 *   at a person named by a slur does not condemn the slur;
 * - slurs missing from the lexicon or a spelling of one;
 * - threats at a person: a cutting verb with a body part ("cut your fingers off"), "hunt you down and make your kids
 *   watch", "you'll end up in a ditch" on a condition of the reader's;
 * - in-group uses and ordinary senses the round-start rules flagged ("my dyke friends and I", "growing up a fag", a back
 *   boiler, a footpath on a dyke).
 */

/** Attacks on a group that the round-start rules missed: protected. */
export const ROUND26_GROUP_ATTACKS: readonly string[] = [
  'Polish people fill me with utter, sheer revulsion',
  'honestly Sikhs fill me with complete loathing',
  'Nothing in the world makes me angrier than Somalis',
  "I've never had anything but contempt for lesbians",
  'romanians are like filthy stray dogs, rooting through our bins',
  'Pakistanis are like hungry rats, always breeding',
  'nigerians are thick as planks, everyone knows it',
  'Mexicans are not hard working, whatever the news says',
  'Nigerians are not hard workers',
  "There's not a single honest Roma out there",
  'There is no decent Pakistani in this country',
  'Muslims deserve every bullet that comes their way',
  'Gypsies deserve every single beating they get',
  'Jews are responsible for all the problems in this world',
  'Jews are behind everything, wake up',
  'Immigrants are a net negative for this country',
  "I'm of the view that Hindus are a plague on civilisation",
  'The Roma should have been finished off in the 40s',
  'We will drive every Somali out of this estate',
  'It would be a safer world if every gay man was hanged',
  'Time to finish what Hitler started with the gypsies',
  "What's the point of keeping autistic kids alive?",
  "Women in the boardroom. Their brains can't even cope with a spreadsheet.",
  'Sikhs marching through town again. Their whole culture is backwards.',
  'Why do lesbians act like sluts?',
  'Muslims blow things up, it is what they do',
  'Romanians think stealing is normal',
  "Asylum seekers don't deserve an ounce of our sympathy",
  'Girls are never any good at physics',
  'My nephew turned out to be a fag, the whole village is ashamed',
  'Pajeets ruining every tech forum',
  'rapefugees out',
  'chincs everywhere in this town now',
];

/** Ordinary posts beside those readings: nothing. */
export const ROUND26_GROUP_ATTACKS_NEAR_MISS: readonly string[] = [
  'Refugees fill me with deep admiration, honestly',
  'Nothing on earth makes me happier than my Polish grandma\'s pierogi',
  'I have never felt anything but love for my gay brother',
  'Refugees are like rescue dogs in one way: loyal once you earn their trust',
  'Immigrants are hard workers and we would be lost without them',
  "There isn't a single decent Indian restaurant in this town",
  'Women deserve every opportunity men get',
  'Immigrants are responsible for a third of new businesses',
  'Nurses are behind the campaign to end violence in A&E',
  'Immigrants are a net positive for the economy',
  'My mum is of the view that the Sikh temple does the best food in town',
  'Women should be taken off the waiting list once they are seen',
  "What's the point of keeping refugees waiting for months?",
  'There is a Hindu festival this weekend. Their food is amazing.',
  'Kids love to blow things up in Minecraft',
  'My kids act like animals at dinner',
  'Trans women are not men in dresses, whatever the columnist says.',
  'Trans men are not women, and that is the whole point',
  'He called my cousin a dyke and I am ashamed of him for it',
  'I used to think gays were sick and I am so ashamed of it now.',
  'Refugees deserve our sympathy and a warm welcome',
  'If you keep skipping meals you will end up in hospital, eat something',
];

/** Threats at a person that the round-start rules missed: inflammatory. */
export const ROUND26_AT_PERSON: readonly string[] = [
  "I'll cut your fingers off if you touch my bike again",
  'touch my daughter and i will chop your hands off',
  "I'm going to rip your tongue out",
  "I'll cut off your ears, try me",
  'I will hunt you down and make your wife watch',
  "keep talking and you'll end up in a ditch",
  'say that again and you will end up dead',
  'keep running your mouth and you will end up in the morgue',
  "Keep messing with my brother and you'll end up in a body bag",
  'you are a liar, there is no other word for it',
  '@user your home address is on my screen right now. sleep well.',
  'Found your address. Sleep tight.',
  "Your little cafe won't survive the fire I'm planning",
  'ill snap your fingers one by one, keep laughing',
  "I'm going to slice your face open when I see you",
  'we will cut your tongue out for that comment',
  "i'll rip your ears off you little snitch",
  'One more word and I will chop your fingers off',
  'keep pushing me and you will end up in the river',
  'I swear I will hunt him down and make his kids watch',
  "keep testing me and you'll end up in the hospital",
  "honestly you're a fraud, there's no better word for you",
  "I'm going to cut out your tongue so you never lie again",
];

/** Ordinary posts beside those threats: nothing. */
export const ROUND26_AT_PERSON_NEAR_MISS: readonly string[] = [
  "I'll cut your hair on Saturday if you want",
  'I will chop the onions, you do the garlic',
  "I'll hunt you down and make you a coffee, don't worry",
  'I will track him down and make him a birthday cake',
  'slow down on that bike or you will end up in a ditch',
  'If you keep smoking you will end up in hospital',
  "I'm going to tear you apart in the debate tonight, be ready.",
  'I will cut out the middleman and order direct',
  'Be careful with that knife, you will cut your finger',
  'He called her a liar. There is no other word for it but bullying.',
  'I will snap your photo at the wedding, smile',
  'Slice the onions and cut your potatoes into cubes',
  'We will cut your hours next month, sorry',
  'The surgeon will cut your finger open to release the tendon',
  'I will chop your firewood if you lend me the axe',
  'If you keep skipping sleep you will end up in hospital',
  'I will hunt you down at the conference and buy you a drink',
  'Keep practising and you will end up in the final',
  'there is no other word for it: that cake is perfect',
  'If you keep eating like that you will end up in the ER',
];

/** In-group uses and ordinary senses the round-start rules flagged: nothing. */
export const ROUND26_RECLAIMED_AND_HOMONYMS: readonly string[] = [
  'Me and my dyke friends are off to the festival, wish us luck',
  'me and my faggot besties at karaoke again lol',
  'Growing up a queer kid in a small town taught me to be brave, growing up a fag taught me to be funny',
  'I grew up a dyke in rural Ohio and it made me who I am',
  'The wetback behind the woodburner heats all our water in winter',
  'Our plumber says the wetback boiler needs a new cylinder',
  'The footpath follows the dyke for three miles to the sea wall',
  'Walked the dog along the dyke this morning, two miles of mud',
];

/**
 * Implicit derogation by device (round26-readers.ts): scare quotes on a word of praise or a group's name, "this is what
 * happens when you let everyone in", a member guessed as the culprit, a place praised for a group's absence: protected.
 */
export const ROUND26_DEVICES: readonly string[] = [
  'Refugees "enriching" the high street again, I see.',
  'Somalis bringing their "culture" to our estate, lovely',
  "Our new 'vibrant' Somali neighbours had the police round again",
  'The "refugees" at the hotel all look about 35 to me',
  "Roma kids 'playing' in the car park again, lock your car",
  "Muslims and their 'religion of peace', sure",
  'Funny how these "disabilities" vanish when the pub opens',
  'The Somali "youths" were at it again last night',
  'Eid fireworks at 2am. This is what happens when you let everyone in.',
  'Another mosque opening. This is what you get when you let them in.',
  'Polish shop on every corner now. That is what happens when you open the doors to everyone.',
  'Wonder which Pakistani is behind this one',
  'Another stabbing in town. Wonder what nationality he is.',
  'Bomb scare at the station. Wonder what religion they are.',
  'Another burglary on our road. Bet it was a Romanian again',
  'Moved to a lovely village, nice and quiet, not many Asians yet',
  'Great school, safe area, hardly any Muslims around, thank god',
  'Nice street, decent people, no Roma thank god',
  'Peaceful town, not many immigrants about yet',
  'Clean, quiet neighbourhood, few Pakistanis so far',
  'Asylum seekers welcome they said. Now nobody feels safe walking home. Cheers for that.',
  'Hire more women they said, it will be fun they said. Now it takes two of us to fix her mistakes.',
  'Name one Romanian who has ever done an honest day of work',
  'Name one Muslim wedding that does not end with the police turning up',
  'Down the dole office this morning. Guess what colour the whole queue was.',
  "Lovely town until all the 'vibrancy' arrived",
  "Another 'child refugee' with a beard and a brand new phone",
  "My bike got nicked by a 'youth' from a certain community, shocker",
  'Another Muslim "peaceful protest" today, wonder what gets blown up',
  'Asylum seekers with brand new iPhones. Clearly fleeing for their lives.',
  'Good morning to all the "chosen people" running the banks',
  'Another stabbing in town and I already know which religion the guy will be',
  'I will never take orders from a woman, simple as',
  'Receptionist wanted, native speakers only',
  'They let a Somali become mayor and now look at the town',
  'Jews own all the banks, everyone knows',
];

export const ROUND26_DEVICES_NEAR_MISS: readonly string[] = [
  'Our "Celebrating Diversity" week starts Monday, all welcome!',
  'The word "refugee" comes from the French for taking shelter.',
  'She said "women" not "ladies", and she was right.',
  'My daughter is in the \'gifted\' class, we are so proud',
  'Refugees are welcome here. The \'crisis\' is a political invention.',
  'People sneering "religion of peace" after every attack are blaming millions for the acts of a few.',
  'Trolls keep calling us "vibrant" like it is an insult, we love our street',
  'The talk "Vibrant Communities" by our Somali staff network was brilliant',
  'Eid fireworks at 2am, the kids loved it and so did I',
  'This is what happens when you let everyone in early: the queue vanished and we all got seats',
  'Wonder which Pakistani restaurant is doing the charity lunch this year',
  'Wonder what religion the new festival celebrates, looks beautiful',
  'Another stabbing in town. Wonder when the council will fund youth clubs.',
  'Nice area, but sadly not many Black families, the kids want more diversity',
  'Lovely village, not many shops yet though',
  'Quiet street, not many cars about',
  'No Muslims were hurt in the fire, thank god',
  'Found your address on the invite list. Sleep well and see you Saturday!',
  'Good night everyone, sleep well!',
  'Your shop will not survive another lockdown without help, sign the petition',
  'Learn to code they said. Now I have a great job, thanks for that advice!',
  'Hire more women they said. Now our team has never been stronger.',
  'Name one Hindu festival that is not colourful, you cannot!',
  'Name one trans woman who has ever attacked anyone in a bathroom',
  'Guess what colour the new office is. Go on, guess.',
  'The "youth" vote turned out in record numbers.',
  'The book club is reading "Refugees" by Viet Thanh Nguyen this month.',
  'This is what happens when you let everyone in early: the toddler group is chaos and I love it',
  'Refugees need phones to contact their family, it is a lifeline',
  'I will never take orders from a woman manager who bullies her staff',
  'Native speakers only is discriminatory and illegal in a job ad',
  'We elected a woman mayor and now look at the city, thriving!',
  'Women in tech still have to prove they are not "diversity hires".',
  'Another stabbing in town. Wonder when the council will fund youth clubs again.',
  'My nan got her first iPhone and now she texts me emojis all day',
  'The "peaceful protest" outside the council was exactly that, well done everyone',
  'In theology class we unpacked what "chosen people" means in Deuteronomy, covenant not superiority.',
  'I keep seeing "chosen people" memes and honestly they are antisemitic garbage.',
  'The "asylum seekers" in the news this week are kids in football shirts. Let us be decent.',
  'They let a woman become mayor for the first time and now look at the town, new library, fixed potholes.',
  'They let a refugee doctor become head of A&E and now look at the wait times.',
  'Native speakers only for the advanced conversation group, beginners meet on Thursdays.',
];

/**
 * Round 26, from the eighth author's blind set (blind12, held out last round, now a dev set): harm told as what befalls
 * someone (threat-shapes.ts), at a person or at a group's members; and the group attacks whose words the rules lacked.
 */
export const ROUND26_SHAPES_AT_PERSON: readonly string[] = [
  'the next guy who parks in my space gets a brick to the head',
  'Next one who touches my bike gets a bat to the knees',
  'whoever keyed my car is getting a knife in his back when I find him',
  "you're about to find out what my fists feel like",
  'keep it up and you will learn what a crowbar tastes like',
  "I'll make sure he goes home in a body bag",
  'that ref is getting stabbed after the match, mark my words',
  'My ex is getting her head kicked in if she turns up tonight',
  'me and the lads are coming for him saturday night, he better watch out',
  "if he blocks the road again I'm driving straight through the lot of them",
  "I'm burning his house down with him in it",
  "you'll be feeding the worms by Christmas",
  'if my manager says one more word I am bringing a knife in with me',
  'if that neighbour complains one more time I am torching the place',
  "It'd be great if someone just shot the landlord",
  "Wouldn't lose sleep if my ex drove off a cliff tonight",
  'Someone should pay a visit to his office with a shotgun',
  'that kid at the bus stop is getting strangled tomorrow',
  'your landlord is getting his throat cut one of these nights',
  'You will get a bullet between the eyes from me',
];

export const ROUND26_SHAPES_NEAR_MISS: readonly string[] = [
  'The next one who wins the quiz gets a bottle of prosecco',
  'He gets a bat to the ball every single time, what a player',
  'Our striker is getting a knee op next week, fingers crossed',
  "You're about to find out what a real espresso tastes like",
  "I'll make sure you leave in a taxi, it's late",
  'We are coming for you, recruiters: our careers fair opens Monday.',
  'We are coming for you with pizza tonight, night shift!',
  'Drove straight through the storm to get home',
  'We drove into the car park at 6 and it was full',
  'Burning the toast with me in the kitchen again, classic',
  'He will be pushing up the sales figures by Christmas',
  'If the printer jams again I am bringing my own laptop in with me',
  'If one more person asks for the wifi password I am printing it on a mug',
  'It would be great if someone just fixed the printer',
  'Would not be sad if the rain went away for good',
  'We should go round the houses with a leaflet about the fete',
  'The chef is getting his knives sharpened tomorrow',
  'Waiting outside the mosque with a knife and fork for the Eid feast!',
  'Knife skills session at the mosque cookery class tonight, we made samosas.',
  'Who would not cheer if someone finally fixed the potholes?',
];

/** Group attacks whose words the rules lacked (blind12's causes): protected. */
export const ROUND26_BLIND12_CAUSES: readonly string[] = [
  'Roma are a stain on every town they move to',
  'pensioners are human landfill',
  'Nigerian men are sex predators, all of them',
  'Catholics are brainwashed, two-faced bigots',
  'Jews are hypocritical bigots',
  'Autistic kids are fucking weirdos',
  'Romanians are a shitty burden on everyone',
  'Trans women are objects, not people',
  'bi people are never loyal to anyone',
  'Muslims have zero respect for our way of life',
  "Immigrants don't add anything of value to this town",
  'Hindus don\'t have one original idea between them',
  'Not one Somali I have ever worked with has been honest',
  'What exactly do refugees do here apart from claim benefits?',
  'in my opinion Muslim women make terrible mothers',
  'Polish families moved in last year. They have brought nothing but trouble.',
  'Gypsies bring nothing but crime',
  'Girls these days are all so vain and stupid',
  'I honestly think Mexicans are the most heartless people alive',
  'Pakistanis are thick as mince, honestly',
];

export const ROUND26_BLIND12_CAUSES_NEAR_MISS: readonly string[] = [
  'Immigrants have zero criminal records in our survey',
  'Nigerians make the best friends',
  'Women make the worst decisions sometimes, like all of us',
  'Immigrants bring nothing but joy to our street',
  'I don\'t think women are worse leaders than men at all',
  'I used to think immigrants took our jobs. I was wrong, they don\'t.',
  'If your first thought on seeing a Sikh man is \'terrorist\', have a word with yourself',
  'Staying in Mong Kok for three nights, any food recs?',
  'Poof! And just like that my whole weekend was gone',
  'Proud bi dyke, always have been, always will be',
  'What do immigrants do apart from work hard and pay taxes? Quite a lot, actually.',
  'Sex workers are people too',
  'Women these days are amazing at everything',
  'Our dogs are loyal to everyone',
  'My hamster and two rats live in the same room, they are pets.',
  'Asians are hard workers and great colleagues',
  'Muslims are loyal citizens',
  'raccoons everywhere in the bins tonight, little bandits',
  'Women are emotional, sexist nonsense, I have heard it all',
  'Gay people are sick, bigots say. They are wrong.',
];
