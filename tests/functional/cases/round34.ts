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
]
