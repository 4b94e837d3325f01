/**
 * CONTENT WARNING: original hateful statements, written for this project (no public test suite was used), in round 34.
 *
 * Round 34 measured threats aimed at where a group's people are, with a new helper's set (its text stays outside the
 * repo): a place of worship, a shop or a bar named by an identity ("the Polish deli", "the gay bar"), a care home, a
 * feast or a march ("the Eid crowd", "Pride"). The threat readers knew a group as the object of an act; these cases need
 * the place to stand for its people (group-places.ts). They cover:
 * - harm planned at the place: arson, explosives, gas, a vehicle driven in, doors chained, arms taken there;
 * - the place named in one sentence, the harm in the next;
 * - a disaster wished on the place ("hope an earthquake ...");
 * - praise of whoever attacked such a place ("the mosque gunman was a hero", "whoever torched it deserves a medal").
 * Near misses share their words: reports and grief, the law on carrying, photography, cooking, bonfires and candles,
 * sport, a storm that misses, an attacker condemned.
 * Every case is in my own words.
 */

export const ROUND34_PLACE_THREATS: readonly string[] = [
  'Sunday morning I walk into that gurdwara and open fire.',
  'Got two jerry cans in the van. The Romanian hostel on Dock Street burns tonight.',
  'Someone needs to torch the Somali cafe on the corner with the owners inside.',
  "The Jewish bakery is getting a pipe bomb for Purim, they won't see it coming.",
  'Next Pride parade I floor it straight through the crowd.',
  "We're chaining the doors of the Baptist church in the black neighbourhood and lighting it.",
  'Tonight we storm the disability day centre with bats and nobody walks back out.',
  'Why has nobody firebombed the Pakistani takeaway on Mill Road yet?',
  'The asylum hotel by the ring road needs burning down with them still in it.',
  'Heading to the Hindu temple tomorrow with my shotgun loaded.',
  "The lesbian bar on Fifth closes at two. I'll be outside with the crowbars.",
  'Fill the bottles with petrol, lads, the Polish shop gets it this weekend.',
  'I hope someone rams a lorry into the Diwali crowd on the high street.',
  "The madrasa on Elm Road? I'm going to blow it up before the end of term.",
  'Put something in the water at the retirement village and let the lot of them go quietly.',
  'Hope an earthquake flattens every synagogue in the state.',
  'Praying a tornado rips through the trans support group meeting tonight.',
  'I wish a sinkhole would swallow the gay nightclub on a Saturday night.',
  'The mosque gunman was a hero and we need a hundred more like him.',
  'Whoever torched the refugee centre deserves a medal.',
  'The guy who drove into the Pride march did the country a favour.',
  'That shooter at the Sikh temple is a legend, say it loud.',
  'The man who bombed the Chinese supermarket had the right idea.',
  'The Christchurch gunman is a saint to me.',
  'The migrant hostel on Bridge Street. We go in at midnight with petrol.',
  'Shame he didn’t finish the job at the black church.',
  "Can't wait to watch that Turkish barber's burn, the bottles are filled.",
  "Why hasn't anyone shot up the lesbian book club at the library yet?",
  "We should hit the Sikh wedding when it's packed, more of them that way.",
  "I've got the address of the girls' school and I'm bringing the gun on Monday.",
  'If the man who firebombed the Sudanese restaurant ever gets out, I am buying him a pint.',
  'Can we get a statue for the guy who shot up the Pride march?',
  'A flood through the Roma camp would be a blessing, honestly.',
]

export const ROUND34_PLACE_THREATS_NEAR_MISS: readonly string[] = [
  'A gunman opened fire at the gurdwara last night, police say two people were hurt.',
  'Thinking of everyone at the gay nightclub tonight, a year on from the shooting.',
  'The man who torched the refugee centre got fifteen years. Good.',
  'The mosque gunman was a coward and a terrorist, not a hero.',
  'Calling the synagogue bomber a hero is sick.',
  'Is it legal to carry a gun into the Hindu temple in your state?',
  'Shooting the Pride parade for the paper tomorrow, wish me luck with the light.',
  'The Jewish bakery torched the meringues again and they were perfect.',
  'Bring matches for the diyas, the Diwali party at the temple starts at six.',
  'We need two lads with jerry cans of drinking water for the Eid picnic.',
  'The Polish club is bringing bats and balls for the rounders match on Saturday.',
  'The storm missed the black church, thank god, everyone is safe.',
  'Security at the Pride march will be doubled after the threats.',
  'The drag show at the gay bar absolutely killed it last night.',
  "My uncle nearly burned down the kitchen making Eid biryani, we're all fine.",
  'The asylum hotel fire was an accident, the report says, and nobody was hurt.',
  "I'm heading to the synagogue with a tray of bagels for the congregation.",
  'Grandma slept through the fire drill at her care home again.',
  'The disability day centre chess club crushed us again tonight.',
  'The Somali cafe does the best sambusa, I would kill for one right now.',
  'Fireworks at the Diwali fair were a blast this year.',
  'The Chinese supermarket sells the best rice cookers.',
  "Can't wait to watch the Diwali fireworks burn up the sky over the temple.",
  "Why hasn't anyone opened a second Turkish barber's on our street yet?",
  "We should hit the Sikh wedding buffet early when it's packed, the samosas go fast.",
  "I'm bringing the bat for the softball game at the girls' school on Monday.",
  'The man who firebombed the Sudanese restaurant got life, and I hope he never gets out.',
  'A flood through the Roma camp last winter left twelve families homeless; please donate.',
]

/**
 * Round 34's explicit shapes (insinuation/round34-readers.ts), in my own words: a list of faults whose first word the
 * lexicons do not hold or is a hyphenated compound, a fault's superlative, the group named as the worst, no member
 * without a fault, no member with a virtue, a sarcastic simile, and "they treat [people] like dirt".
 */
export const ROUND34_EXPLICIT: readonly string[] = [
  'Albanians: two-faced, light-fingered and lazy.',
  'Nigerians are charming, smooth-talking and dishonest.',
  'Gay men are shallow, catty and vain.',
  'Muslims are the most backward people on the planet.',
  'Somalis are by far the laziest tenants I have had.',
  'The dirtiest tenants on our street are the Bangladeshi families.',
  'The worst drivers on the motorway are always the Asian women.',
  'There is not a single Gypsy alive who is not a thief.',
  "I've never met a Romanian who didn't try to rip you off.",
  'Is there a single Hindu who is not a hypocrite?',
  'Name one Pakistani who is not on the make.',
  'Not one Polish builder I have hired has ever kept his word.',
  'None of the Nigerians in our block has ever paid rent on time.',
  'When has a Roma family ever done an honest day\'s work?',
  'Trans people are about as stable as a house of cards.',
  'Old people have about as much sense as a goldfish.',
  'Disabled workers are about as useful as a chocolate fireguard.',
  'Those Afghans treat their wives like property.',
  'My street is full of Turks now and they treat everyone like dirt.',
  'Bisexuals: greedy, sneaky, can never make up their minds.',
  'Jews are tight-fisted and money-grubbing, every last one.',
  'The filthiest students in halls were the Chinese lads, no question.',
  'A Muslim in charge? Enjoy the chaos.',
]

export const ROUND34_EXPLICIT_NEAR_MISS: readonly string[] = [
  'Albanians: warm, generous and always late.',
  'Our Nigerian neighbours are loud, funny and the kindest people we know.',
  'Muslims are the most generous donors at our food bank.',
  'Somalis are by far the hardest working tenants I have had.',
  'The worst drivers on the motorway are the ones on their phones.',
  'The worst hit by the floods were the Bangladeshi families on the river.',
  'There is not a single Gypsy child in this school who is not reading well.',
  "I've never met a Romanian who didn't offer me food.",
  'Is there a single disabled person who is not angry about the benefit cuts?',
  'Name one immigrant who is not confused by the visa forms.',
  'Not one Polish builder I have hired has ever let me down.',
  'None of the Nigerians in our block has ever missed the residents meeting.',
  'Refugees are fleeing liars, thieves and warlords; take them in.',
  'Refugees are people, not a burden to be managed.',
  'Older people are great, the useless booking app is the problem.',
  'Old people: wise, funny and terrible at texting.',
  'People who say Jews are tight-fisted are antisemites.',
  'Calling Gypsies thieves is racist, full stop.',
  'My old laptop is about as useful as a chocolate teapot.',
  'Bankers: greedy, sneaky and never short of a bonus.',
  'Our Afghan neighbours treat us like family.',
  'Trans people are about as dangerous as a bag of kittens.',
]
