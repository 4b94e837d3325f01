/**
 * CONTENT WARNING: original insults and threats, written for this project (no public test suite was used), in round 29.
 *
 * Insults at a person or a political camp in shapes the insult grammar could not aim (rules/detectors/language/
 * insult-shapes.ts and a few lexicon words), found by reading the OLID dev half's clear misses and written here in other
 * words: "drank the Kool-Aid", "on crack", "what a dog she is", "the only good ... is a dead one", "an agent of the devil",
 * "not very bright, is he?", "the worst commissioner in history", "antifa goons", "the loony left", "remove her from
 * existence", "a dope", "a faker", "a mean-spirited man", "a lap dog of", "a sick puppy", "a
 * detriment to society", "full of hate", "shitting his pants".
 *
 * Threats to a group and violence endorsed, from a new author's template set (tmpl24) read after its held-out score:
 * "make sure every [member] ends up in hospital", "the next [member] who ...", "anyone who gives a [member] a good kicking
 * deserves a medal", "bring back public hangings for [group]", "deal with [group] properly, and I don't mean by talking".
 */

/** Insults at people or political camps: inflammatory. */
export const ROUND29_AT_PERSON: readonly string[] = [
  '@dana you have clearly drunk the Kool-Aid on this one',
  'Our senator drank the kool aid years ago and never came back',
  '@mike are you on crack?',
  'Honestly the new mayor must be on crack',
  'What a dog she is, lying to the whole town',
  'what a disgrace he is to that office',
  'The only good Tory is a dead Tory',
  'the only good leftist is a dead one',
  'That councillor is an agent of Satan',
  'She is one of the devils minions, no doubt',
  "@gary you're not very bright, are you?",
  "Her husband is not the brightest bulb",
  'Goodell is the worst commissioner in the history of sport',
  'He is the worst mayor this town has ever had',
  'MAGA goons blocking the road again',
  'Typical antifa thugs, smashing shop windows',
  'the loony left wants to ban cars now',
  'The deranged right will never accept the result',
  'I wish someone would erase him from existence',
  'This commentator is a dope',
  'Bono is a faker and everyone knows it',
  'He is just a mean-spirited little man',
  'The minister is the lap dog of the oil companies',
  'Their coach is a sick puppy',
  'That landlord is a detriment to society',
  'she is full of hate and it shows',
  'Pretty sure he is shitting his pants right now @ref',
];

/** The same words for other things: nothing. */
export const ROUND29_AT_PERSON_NEAR_MISS: readonly string[] = [
  'I drank the Kool-Aid on Rust two years ago and I regret nothing',
  'The kids had Kool-Aid and cake at the party',
  'My cousin is on crack and we are trying to get him into treatment',
  'Egg prices are on crack this month lol',
  'What a legend she is, fifty years at the same school',
  'What a beast he is in the gym',
  'The only good bug is a fixed bug',
  'The only good meeting is a short one',
  'He played the spawn of Satan in the school play',
  "I'm not very bright in the mornings, forgive the typos",
  'The lamp in the spare room is not very bright',
  "She is not the brightest at maths but she works so hard",
  "I'm the worst goalkeeper in our five-a-side league lol",
  'He is the worst at remembering birthdays',
  'She is the worst singer at karaoke and we adore her for it',
  'Calling them MAGA bots is lazy and it does not persuade anyone',
  'Are the antifa marches on this weekend? Asking for the traffic',
  'Take the sharp left at the roundabout',
  'Remove the file from existence? No, archive it.',
  'That new track is so dope',
  'You are so dope, thanks for the help',
  'Our sick puppy is at the vet tonight',
  'He is a lap dog breed expert',
  'Make sure you are not full of hate after losing a match, it is just a game',
  'The toddler wet his pants at nursery again',
];

/** Threats to a group or a member for who they are, and violence endorsed: protected. */
export const ROUND29_GROUP_THREATS: readonly string[] = [
  "I'm going to make sure every Somali family on this estate ends up in hospital",
  'We will make sure the Jews on our road end up in a ditch',
  'I swear I will run over the next trans woman who crosses in front of me',
  "I'll knock out the next Muslim who sits next to me on the train",
  'Anyone who gives a gay bloke a good kicking deserves a medal',
  'Anyone who punches a Romanian deserves a pint on me',
  'Someone who gives a refugee a proper hiding deserves a knighthood',
  'They should bring back public hangings just for Pakistanis',
  'Bring back the noose for lesbians',
  'Bring back the death penalty for asylum seekers',
  "Someone needs to deal with the Sikhs properly, and I don't mean by talking",
  "We need to sort out the Sikhs in this town, and I don't mean with a strongly worded letter",
  "Time to deal with those disabled scroungers and we don't mean politely",
  'I will make sure every Polish builder on my street ends up in intensive care',
  'We are going to make sure every Black family on this road ends up in hospital',
  "I'm going to run over the next girl who walks in front of my car",
  'Whoever kicks a Jew deserves a medal honestly',
  'Anybody who glasses a trans guy deserves a medal',
  'Bring back public floggings especially for immigrants',
  "Someone should take care of the Muslims down the road, and I don't mean by talking to them",
];

/** The same shapes for care, things and criminals: nothing. */
export const ROUND29_GROUP_THREATS_NEAR_MISS: readonly string[] = [
  'Make sure nobody ends up in hospital this winter, get your flu jab',
  'Make sure grandma ends up in the right hospital, not the one across town',
  'Anyone who gives my nan a lift to the shops deserves a medal',
  'Anyone who gives a refugee family a warm welcome deserves a medal',
  'Someone needs to deal with the leaking roof properly, and I don\'t mean with duct tape',
  'We need to deal with the backlog properly, and I don\'t mean by working weekends',
  'The next woman who wins this award will be our first female CEO',
  'I will fight for every woman on my street to get fair pay',
  'Make sure every Muslim colleague ends up with a prayer room they can use',
  'Bring back the old recipes for Diwali, they were the best',
  'Bring back free school meals for every child',
  'The next trans speaker at the conference is brilliant, do not miss her',
  'Whoever gives a Jewish charity a donation this week gets a thank-you card',
  'Make sure the new Polish hire ends up in the right team',
  'Anyone who gives an asylum seeker a job deserves a medal',
  'Deal with the complaints properly, and I don\'t mean by ignoring them',
  'Make sure no disabled fan ends up stuck outside the ground again',
  'Bring back the Sunday market for the Somali traders',
  'Every Sikh volunteer who helped at the flood deserves a medal',
  'The next Black history month talk is on Tuesday',
];

/**
 * Threats to a group in the phrasings new authors used and the grammar missed (threat-backstop.ts), written again in
 * other words and with other identities: an act with the group as its object and the writer's intent or call; the group
 * said to deserve or need it; harm wished for, enjoyed or praised; a warning said to the group; euphemisms ("sort them
 * out for good", "there'll be blood", "they won't know what hit them"); and the group named in one sentence with the
 * threat in the next.
 */
export const ROUND29_BACKSTOP_THREATS: readonly string[] = [
  'Gonna run over a Sikh on my way to work tomorrow, watch me',
  'Someone should throw acid on the Pakistanis down our street',
  'String up every Romanian you find. No exceptions.',
  'Lesbians should all be lined up and shot',
  'Somalis deserve to be hanged, every last one',
  'Would be great if a coach full of Nigerians drove off a cliff',
  "Can't wait for the day trans people get rounded up",
  'Nothing would make me happier than watching Jews burn alive',
  'Whoever firebombed that hostel full of refugees deserves a medal',
  'Fair play to the lads who battered a Polish bloke outside the pub',
  'You Muslims better stay out of my road or you are getting your skulls caved in',
  'Gay men: set foot in this pub again and you leave in body bags',
  'If you see a Hindu walking alone at night, you know what to do',
  'Bring back public executions and start with the Roma',
  'We are going down there to sort the Kurds out once and for all',
  "Any more of these Eritreans in our street and there'll be blood",
  "Lads, the Albanians by the chippy won't know what hit them tonight",
  'Watch your backs, Bangladeshis',
  "The next Sikh who looks at me funny is getting glassed",
  "One more Kurd on my bus and I'm throwing them off it",
  'Keep talking, Kurds. The rope is already in the back of my van.',
  'The Somali family moved in next door. They will not make it to Christmas.',
  "Dear Jews, sleep with one eye open. We've got your addresses.",
  "If I was one of the Gypsies round here I'd stay indoors this weekend. Just saying.",
  'Real shame nobody threw acid at that Pakistani girl when they had the chance',
  'Trans women getting their heads kicked in would make my week',
  'Honestly hope every Muslim in this town burns in their bed tonight',
  'Imagine how peaceful it would be if every gay man was six feet under',
];

/** Violence words beside the groups in care, sport, food, film, history, protection and counter-speech: nothing. */
export const ROUND29_BACKSTOP_NEAR_MISS: readonly string[] = [
  'Nobody should be shot for being gay, ever.',
  'No refugee deserves to drown in the Channel.',
  'We must protect trans kids from being beaten up at school.',
  'I would never hurt a Muslim, or anyone else.',
  'If anyone lays a finger on my Jewish neighbours I will deal with them myself.',
  'I shot the Pride parade for the local paper, best assignment this year.',
  'Our photographer will shoot every Sikh wedding in town this summer.',
  'We are going to kill it at the Black history quiz tonight!',
  'The Somali girls basketball team shot 60 percent from three.',
  'Aboriginal people were shot during the frontier wars and schools should teach it.',
  'The lynching of Black Americans should be taught in every classroom.',
  'Pride flags should be hanging from every lamppost in June.',
  'I would happily drown every refugee kid in ice cream at the welcome party.',
  'Whoever beat the English at Twickenham is a legend.',
  'Let women lead and see what happens: better decisions.',
  'Our Muslim neighbours were attacked last night. If I find who did it, he will regret it.',
  'The gay choir is on tonight. They will kill it on stage!',
  'The Jewish deli does the best bagels. I would kill for one right now.',
  'Trans people deserve safety. Bring snacks to the vigil tonight.',
  'We had a bonfire at the Hindu school fair. Bring matches next time!',
  'Indian mums should bring the pressure cooker on Saturday, that whistle goes off like a bomb.',
  'Any Black man who runs in this neighbourhood risks getting shot by the cops, and we are protesting it.',
];

/**
 * Implicit derogation, negated positives and hate as a question or an opinion, in shapes new authors' plain templates
 * used (round29-readers.ts, negated-virtue.ts), written again in other words and with other identities.
 */
export const ROUND29_IMPLICIT: readonly string[] = [
  'Sikhs are fine, as long as they stay in their own part of the city',
  "I don't mind lesbians as long as they keep to themselves",
  "Not saying Nigerians can't be pilots, I'd just want a second opinion on the landing",
  "I'd trust a Roma lad with my wallet about as far as I could throw him",
  'A trans woman got the lead role again. Diversity box ticked, I suppose.',
  'Nice to see the Polish lads finally doing an honest day\'s work for once',
  'Funny how Somalis always find money for new trainers but never for the rent',
  'Had a Muslim as a landlord once. Never again.',
  'Hindus are incapable of telling the truth when it matters',
  'Pakistanis lack any sense of common decency',
  "I've yet to meet a Romanian with a shred of honesty",
  "You won't find an Albanian who actually pays their taxes",
  "There's no such thing as a gay man you can rely on",
  'Not one Kurd I know has ever paid their fair share',
  "Can't remember the last time a Nigerian contributed anything useful",
  'Is it just me or are lesbians getting more demanding every year?',
  'Why are Sikhs so obsessed with special treatment?',
  'Honestly I think this town was better off before the Romanians arrived... before Romanians got a say',
  'Trans women would be happier somewhere else. Anywhere else.',
  'What have Bangladeshis ever done for this country?',
  'What exactly have Kurds done for us?',
  'Would you rent your house to a Somali? Exactly.',
  "I'm not a bigot, I just don't think Muslims fit in around here",
  'Can someone explain why we keep putting women in positions of power?',
  'Does anyone else think Nigerians get away with far too much?',
  'Honestly just worried, is it safe letting Muslims work at a nursery?',
  'Sikhs are living proof that evolution can go backwards',
  "Ever met a Roma who wasn't a complete waste of space?",
  'How do lesbians manage to be this clueless?',
  'Polish people will never be real members of this country',
  'Nobody will ever convince me that refugees bring any value',
  'What is it about Nigerians that makes them unable to tell the truth?',
  'Hired a Muslim lad once. Never again.',
  "I'm sure Sikhs are lovely people. From a distance.",
  'Wow, a Romanian who actually paid his rent on time. Somebody alert the papers.',
  'Every town should have a few Somalis... just not mine',
  'Nothing against gay men, I just want my kids around normal people',
  'Letting women vote is how we ended up with this mess',
  'A Nigerian will never be properly British, whatever the passport says',
  "Sikhs haven't had a single original idea between them",
  "There's never been a Romanian who made this country better",
  "Can't say I've ever heard a trans woman say anything worth listening to",
  "Kurds don't know the meaning of an honest day's work",
  "Can't think of a Muslim anywhere who would make a decent leader",
  'Try to educate Somalis all you like, it never sinks in',
];

/** The same words in praise, plight, real questions and counter-speech: nothing. */
export const ROUND29_IMPLICIT_NEAR_MISS: readonly string[] = [
  'Autistic people are not incapable of empathy, that is a myth.',
  "I've never met a Nigerian who didn't love their mum.",
  'Refugees have no sense of safety after what they fled.',
  'Black people have no reason to trust the police after this.',
  "Aren't refugees entitled to asylum under the law?",
  'What have Polish people done for this country? Plenty, from the NHS to the building sites.',
  'The Sikh temple kitchen is never unable to feed everyone who turns up.',
  'Is it just me or are the Sikh volunteers at the food bank getting even more organised every year?',
  'Women lack access to proper maternity care in rural areas.',
  'Disabled people are unable to get into the station since the lift broke.',
  'Would you rent your flat to a student? Exactly, neither would I, they never clean.',
  'I feel uneasy when the bus driver brakes that hard.',
  'My Muslim landlord fixed the boiler in an hour, best landlord I have had.',
  'Nice to see the Polish team finally winning a match, well deserved.',
  'People who say Jews are incapable of honesty are bigots.',
  "It's a stereotype that old people lack any sense of humour.",
  'The trans women in our choir would be happier with a bigger rehearsal room.',
  'Why do we keep putting the printer in the corner where nobody can reach it?',
  'I was told that Romanians have no work ethic, and it is rubbish.',
  'Not one Kurd I know has ever missed a family wedding.',
  'Is it safe letting the kids walk to the Sikh temple alone? It is a busy road.',
  'Evolution is taught brilliantly by our Muslim science teacher.',
  "Ever met a Roma violinist who wasn't brilliant? Me neither.",
  'Hired a Kurdish chef once. Best decision we ever made.',
  "I'm sure the Somali family next door are lovely people. Haven't met them yet.",
  'Every town should have a Diwali festival like ours.',
  "There's never been a Romanian striker who scored more for us than Marius.",
  "I've never heard a Sikh choir sound that good, what a night.",
  'Try to teach Polish kids rugby and they pick it up in a week, brilliant.',
];
