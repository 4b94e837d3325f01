/**
 * CONTENT WARNING: original cases. A hateful claim echoed with a question mark, then answered. Agreed with or carried on
 * in the next sentence it stays an attack; rebutted (a counter-example, "tell that to", "it's 2026", "that's what the
 * troll wrote and we reported him") it is counter-speech.
 */
export const ECHO_AGREED = [
  "Women shouldn't vote? Damn right they shouldn't.",
  'Jews control the banks? Always have, always will.',
  'Muslims are terrorists? Look at the news every day.',
  'Immigrants are criminals? Yes, and I will keep saying it.',
  'Gay men are predators? Exactly, keep them away from kids.',
  "Trans women aren't women? Correct, and everyone knows it.",
  'Black people are lazy? True, just look around.',
  'Disabled people are a burden? Absolutely, ask any taxpayer.',
  'Old people should stop voting? Agreed, they ruin everything.',
  'Mexicans are thieves? Yep, lock up your stuff.',
  'Refugees are parasites? Facts.',
  'Women belong in the kitchen? Obviously, where else.',
  'Gypsies steal? Always have, always will.',
  'Muslims should be banned? Yes, all of them.',
  'Chinese people are sneaky? Indeed, never trust them.',
  "Immigrants shouldn't get benefits? Hell yes, not a penny.",
  'Jews are greedy? Amen, brother.',
  'Trans people are mentally ill? Precisely, it is a disorder.',
  'Lesbians are disgusting? Yeah, they make me sick.',
  'Hindus are dirty? Clearly, just look at the streets.',
];

export const ECHO_REBUTTED = [
  "Muslims shouldn't hold office? Sadiq Khan has won three times.",
  "Women shouldn't run the country? We've had three female PMs, mate.",
  'Gay people shouldn\'t marry? It\'s 2024, that debate is over.',
  'Disabled people shouldn\'t work here? Our best analyst uses a wheelchair.',
  'Immigrants shouldn\'t own property? My Ghanaian mum bought her house with 20 years of night shifts.',
  "Trans people shouldn't serve? Tell that to the veterans in our ERG.",
  "Put the Jews on a boat and sink it? That's what the troll wrote and we reported him.",
  "Girls in the server room means the network goes down? Said my old boss, and he was wrong.",
  'Leave the thinking to the men? My grandma would laugh you out of the room.',
  "Got the job because she's a woman? She has two PhDs.",
  'Women are bad at maths? Our top three analysts are women.',
  'Immigrants are lazy? My dad worked two jobs for thirty years.',
  'Old people can\'t use tech? My nan runs a YouTube channel with 10k subscribers.',
  'Black people don\'t read? Tell that to the queue at our book club.',
  "Muslims don't integrate? We have four Muslim councillors on our street alone.",
  'Jews control the media? That is what the account posted and we reported it.',
  'Deaf people can\'t work in tech? Our CTO is deaf.',
  'Trans people are a danger? I disagree, and so does every study.',
  'Autistic people can\'t lead? Two of our team leads are autistic.',
  'Gay men can\'t play football? In this day and age, come on.',
];
