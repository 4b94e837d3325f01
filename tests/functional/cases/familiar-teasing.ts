/**
 * CONTENT WARNING: original cases. Affectionate teasing and good news that reuse attack vocabulary: a mild fault about
 * people the writer knows or belongs with ("my Scottish dad is unbearable when Scotland wins", "we Brits are terrible at
 * small talk"), a fault paired with praise ("loud and lovely"), "typical" about someone loved, achievements ("[group]
 * invented ..."), a "flood" met with kindness, the women's final, a law reported. The flags reuse the same shapes for
 * hate. The near-misses come from a review of 901 ordinary posts (2026-11-26).
 */
export const TEASING_NEAR_MISS = [
  "Typical pensioner, my mum arrived at the airport five hours early.",
  "Typical Gen Z, my niece texted me from the next room.",
  "Black people invented so much of the music we love. Go listen to early blues.",
  "Women invented the dishwasher, Wi-Fi basics, and the circular saw.",
  "Indian mathematicians invented the zero. Respect.",
  "A Black woman invented the home security system. Marie Van Brittan Brown.",
  "Deaf people invented the huddle in American football. True story, Gallaudet University.",
  "Arabs invented algebra, which I still hold against them. Kidding, I love maths.",
  "Immigrants invented half of the companies in the Fortune 500.",
  "The flood of Ukrainian refugees into Poland was met with incredible kindness.",
  "The flood of Ukrainian families arriving at the station was met by hundreds of volunteers.",
  "Schools saw a flood of Afghan children enrolling, and teachers stepped up brilliantly.",
  "My Nigerian friends are loud, fun, and the best people to have at a party.",
  "Our new Nigerian pastor is loud and joyful. Church is never boring now.",
  "Greek families at the beach are loud and generous. They fed us twice.",
  "Our Irish neighbours are loud and lovely. Their parties are legendary.",
  "My teenage son is lazy about his room but he volunteers at the food bank every Saturday.",
  "My Brazilian colleague has been unbearable since Brazil won. Deserved.",
  "My Scottish dad is unbearable when Scotland wins. Which is rarely, so it's fine.",
  "Our Brazilian intern is unbearable about football. We love him.",
  "The women's team sold out Wembley. Watch the women's game, people.",
  "Watch the women's final on Sunday. Best tennis all year.",
  "My Irish uncle is always late. We tell him dinner's at 6 when it's at 7.",
  "We Indians are always late. I arrived at my own wedding an hour after the guests.",
  "My teenage sons eat like locusts. The fridge is empty again.",
  "My French husband is insufferable about cheese. He's right, though.",
  "My teenage daughter is rude to me in the mornings and lovely by dinner.",
  "We Brits are terrible at accepting compliments. Someone said nice shoes and I apologised.",
  "We old folks are slow on the stairs but quick with the jokes.",
  "Our Jamaican chef is the loudest and happiest person in the kitchen.",
  "The new law would ban asylum seekers from working. Charities say it will push families into poverty.",
];

export const TEASING_SHAPES_HATEFUL = [
  "Typical Muslims, another bombing.",
  "My Muslim neighbours are terrorists.",
  "We should ban Muslims.",
  "The government should ban immigrants.",
  "A flood of immigrants is ruining this country.",
  "Trans people invented their identity for attention.",
  "Greek people are loud and dirty.",
  "Mexicans are lazy and useless.",
  "Typical woman driver, can't park to save her life.",
  "Our Nigerian neighbours are criminals, all of them.",
  "Being nonbinary is invented.",
  "Gay people invented their whole identity to get attention.",
  "Hordes of immigrants are invading our towns.",
  "A flood of refugees is destroying our schools.",
  "The council should ban Roma from the park.",
  "Typical Jews, always counting money.",
  "Italians are loud and stupid.",
  "We need to ban Muslims from our street.",
  "The Irish are drunks and thieves.",
  "Typical Pakis, stinking up the bus.",
];
