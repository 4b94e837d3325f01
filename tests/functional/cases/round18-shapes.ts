/**
 * CONTENT WARNING: original threats, insults and attacks, written for this file (no public test suite was used), after a
 * black-box review (round 24) found these shapes missed: a threat with "both" before the body ("break both your legs"), a
 * condition before it ("one more word and ..."), "no joke" after it, a weapon lodged in someone ("put a bullet in his
 * head"), "the next person who ...", harm wished through someone else on a person named by role; "a pathetic excuse for a
 * manager", "two-faced", "suck-up", "back-stabber", "deluded", "stop acting like a spoiled brat", a stance adverb before a
 * superlative, a person placed by a short phrase ("the guy in IT is ..."), and shame demanded of the one insulted.
 *
 * The near-misses use the same words for games, kitchens, tools, advice to a child, envy of a friend's skill, and things.
 */
export const ROUND18_THREATS_AND_INSULTS = [
  "Park in my spot again and I'll break both your legs.",
  'I will snap both his arms if he touches my bike.',
  "One more word and I'll punch your teeth in.",
  "I'll knock your teeth out, no joke.",
  'Someone needs to put a bullet in that cop.',
  "I'd happily put a knife in his back.",
  'Somebody should put a bullet in the landlord.',
  "I'm going to strangle the next person who microwaves fish in here.",
  "I'll punch the next guy who cuts in line.",
  'I hope somebody beats him up after the meeting.',
  "You're a pathetic excuse for a team lead.",
  'He is a sorry excuse for a father.',
  'our new director is a two-faced liar',
  'Mark is such a suck-up, it makes me sick.',
  'she is a back-stabber and everyone knows it',
  'You are so deluded.',
  'the whole board is deluded',
  'Stop acting like a spoiled brat and answer the question.',
  '@kev quit behaving like an asshole',
  'You are honestly the laziest person on this team.',
  'That guy in marketing is a complete moron.',
  'The woman at the front desk is a nasty cow.',
  'Tom from finance is a liar and a cheat.',
  'Our coach is a coward who should be ashamed of himself.',
];

export const ROUND18_THREATS_AND_INSULTS_NEAR_MISS = [
  'We beat all the pensioners at the pub quiz and they were gracious about it.',
  'The grandads destroyed us at darts again.',
  'Put a knife in the dishwasher, not in the sink.',
  'Put a bullet point in the summary for each risk.',
  'I put a hole in the wall hanging that shelf.',
  'Stop acting like a child, the teacher told my son, and he laughed.',
  "Go away, you're too good at this, leave some wins for the rest of us.",
  "That's a poor excuse for a pizza.",
  'The coin is two-faced, it says so on the box.',
  'Suck it up, the deadline is Friday.',
  'I hope someone runs the quiz next week, I am away.',
  'I hope somebody finds him and gives him his wallet back.',
  'I was deluded into thinking the migration would take a week.',
  "Seriously, no joke, this is the best burrito I've had.",
  'One more word on the slide and it will be too crowded.',
  'The next person who brings doughnuts is my hero.',
  "I'll kill the next bug that breaks the build.",
  'The guy in IT is a legend, he fixed my laptop in five minutes.',
  'Jenna from accounts is a star.',
  'My nan is the funniest person I know.',
  'The bug in the login flow is a joke, but the fix is easy.',
  'Terrorists are terrorists, whatever their faith, the police chief said.',
  'Stereotypes are lazy shortcuts, and our training covers why.',
  'No group of people deserves to be called vermin.',
];

/** Protected attacks the review found missed. */
export const ROUND18_PROTECTED = [
  'Deport every last Somali.',
  'Round up every single Roma in town.',
  'Trans people should be put in mental hospitals.',
  "Shouldn't gay people just be sent to psych wards?",
  'Autistic kids should be locked in institutions.',
  'Every last Muslim should be kicked out.',
  'Ban every single refugee from this town.',
  'Throw out every last immigrant on the estate.',
  'Lesbians ought to be put in psychiatric wards.',
  'Old people should be locked away in institutions.',
  'Deaf kids should be sent to institutions, not our schools.',
  'Should bisexual people be put in mental hospitals? Yes.',
  'Get rid of every single Gypsy in the county.',
  'Jews should be put in camps again.',
  'Muslims should be shipped off to camps.',
  'Every last Mexican needs to be deported.',
  'Trans kids should be locked up in psych wards.',
  'Kick out every single Pole from the site.',
  'Gay men should be put in prison for it.',
  'Every last Nigerian should be sent home.',
];

/** Near-misses on the protected side: one person named by gender or age, denials, quotes, members, homonyms. */
export const ROUND18_PROTECTED_NEAR_MISS = [
  'There is no evidence that immigrants commit more crime.',
  'No proof that disabled workers take more sick days, the study says.',
  "Women aren't all good at multitasking, and neither are men.",
  "Asian kids aren't all good at maths, stop assuming.",
  "The 'immigrants steal jobs' crowd never explains which jobs.",
  "Funny how the people who say refugees are lazy have never done a night shift.",
  'Funny how the folks who blame immigrants for crime never read the figures.',
  "'Muslims are all extremists' is a smear, not an opinion.",
  'We walked along the dyke at high tide.',
  "Devil's Dyke is beautiful in the autumn.",
  'Queer, autistic and newly promoted. What a year.',
  'We lesbian mums are taking over the parents committee, watch out.',
  'We beat all the teenagers at laser tag.',
  'Americans will never choose a cheap flag over a good one.',
  'Gay people were once put in mental hospitals, and we should never forget it.',
  'No one should be sent to a psych ward for being trans.',
  'Every single Pole on the site turned up for the charity run.',
  'We thanked every last volunteer from the Sikh temple.',
  'Patients with dementia are cared for in specialist wards.',
  'The law that put gay men in prison was repealed decades ago.',
];

/** One person pointed at by gender or age and insulted: inflammatory, not a generalisation about the group. */
export const ROUND18_ONE_PERSON = [
  'This woman is lazy.',
  'that woman is a disgrace',
  'This lady is a grade A idiot.',
  'That old man is a moron.',
  'this woman is obviously lying',
  'that girl is a brat',
];
