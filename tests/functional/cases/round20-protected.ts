/**
 * CONTENT WARNING: original hateful statements, written for this file (no public test suite was used), after probes of
 * this project's own found these missed: strong dislike said through the nerves or the stomach ("[group] get on my
 * nerves", "... annoy the hell out of me", "seeing [group] kiss makes me want to vomit"), aversion with the subject dropped
 * ("Can't bear being around [group]", "Zero tolerance for [group]"), a curse opening the post on a group ("Bloody
 * [group], the lot of them"), and "[group] are shit / crap at ...". The near-misses use the same words for pupils,
 * sport, slang praise, reports of attacks on a group, a foiled plot, pride in a reclaimed word and condemned quotes.
 */
export const ROUND20_AVERSION = [
  'Honestly Muslims get on my nerves.',
  'Immigrants really get on my nerves these days.',
  'Lesbians drive me up the wall.',
  'Black people annoy the hell out of me.',
  'Trans people irritate the shit out of me.',
  'Seeing two gay men kiss makes me want to vomit.',
  'Watching Muslim women in burqas makes me want to throw up.',
  "Can't bear being around Hindus.",
  'I have zero tolerance for Mexicans.',
  'I feel nothing but contempt for refugees.',
  'I have no patience for old people anymore.',
  'Bloody foreigners, the lot of them.',
  'Goddamn Jews with their money.',
  'Fucking gays, everywhere you look.',
  'Black people are shit at everything.',
  'Women are crap at driving.',
  'Disabled people are rubbish at any real job.',
  'Gypsies are shite neighbours, always.',
  'Asians are crap drivers and everyone knows it.',
  'I resent being around Somalis, honestly.',
  'Jews make my blood boil.',
  'Nothing disgusts me more than gay couples.',
  'Every time I see a trans person I feel sick.',
  'I despise everything about Muslims.',
  'Refugees are my least favourite people.',
  'Muslims, I hate every single one of you.',
  "I can't even look at disabled people without feeling sick.",
  'Women piss me off.',
  'There is nothing I despise more than Roma.',
  "I've always hated Asians.",
];

export const ROUND20_AVERSION_NEAR_MISS = [
  'My students get on my nerves some days, but I love them.',
  'Old people driving slowly in the fast lane drive me mad.',
  'Immigrants are the shit, best food in the city comes from them.',
  'Bloody Americans won again, gutted.',
  "Women's football is crap this season, the refs especially.",
  'anti-Muslim attacks are up 40% this year according to the new report.',
  'FBI foiled a plot to bomb a synagogue. Thank you to the agents.',
  'Proud queer, proud dyke, proud me.',
  '"Old people should just die" is not an opinion, it\'s cruelty.',
  'Zero tolerance for racism against Muslims.',
  'I have no patience for people who mock disabled kids.',
  'Seeing two old men hold hands at the bus stop made my whole week.',
  'Watching Muslim families break the fast together at the mosque was beautiful.',
  'I feel nothing but admiration for refugees who rebuild their lives.',
  'Honestly my nan gets on my nerves when she cheats at cards, love her though.',
  'Goddamn, the Hindu festival lights are stunning this year.',
  'Anti-trans laws are spreading and it scares me.',
  'The plot to attack the gay bar was foiled, thank god.',
  'The refugee football team is crap this year, sorry lads.',
  'Can\'t bear being around smokers, the smell gets to me.',
  'It makes my blood boil how refugees are treated in those camps.',
  "I can't deal with disabled people being treated like this.",
  'Every time I see a trans kid smile at Pride I feel hopeful.',
  'My kids piss me off sometimes, but I love them to bits.',
];

/**
 * Implicit derogation in the shapes a dev set (impl10, written by a helper who never read the rules) found missed: mock
 * surprise at a member doing something ordinary, "[member] but not [fault]", "one of the good ones", "you'd never know
 * she was ...", "for a [member] she's actually ...", decency met as a pleasant surprise, a habit pinned on a group with
 * "always" or "never", exclusion said politely. New wordings, written for this file.
 */
export const ROUND20_IMPLICIT = [
  'A Romanian builder who turned up on time?? Call the papers.',
  'Oh wow, a woman who can read a map. Miracles really do happen 🙃',
  'Muslim lad at work made it through Friday without a sermon. Will wonders never cease.',
  'An Irish traveller returned my ladder. Somebody frame this moment.',
  'Lesbian but not angry about it. Refreshing.',
  'He is gay but not flamboyant, you would like him.',
  "Priya is one of the good Hindus, she doesn't push it on you.",
  "Don't worry, Daniel is one of the good ones, for a Jew.",
  "You'd never know he was autistic, he's so normal at parties.",
  "Honestly you'd barely know she used to be a guy.",
  "For a Mexican he's actually pretty punctual.",
  "For an old guy he's actually quite sharp, who knew.",
  'Ate at the Nigerian place downtown, it was actually clean and professional, pleasantly surprised.',
  'Women always turn a simple meeting into a therapy session.',
  'Asians never come up with anything original, they just copy.',
  'Gay men always make everything about sex.',
  'Immigrants always expect something for free.',
  'It might be best if the Muslim families chose a different school.',
  'It would be kinder for everyone if the trans staff used the single-stall toilet downstairs.',
  'Perhaps the refugee kids would be happier in their own school, with people more like them.',
];

export const ROUND20_IMPLICIT_NEAR_MISS = [
  'Stop the presses: the first Sikh woman to captain the national team!',
  'Alert the media, our autistic intern just won the hackathon!',
  'A Muslim mayor in our town, historic day, so proud of our community.',
  "He's gay but not out at work yet, so please don't mention it.",
  'She is Muslim but not practising, she told me herself.',
  'One of the good things about our Hindu neighbours is the Diwali food.',
  "You'd never know he was nervous, he gave a brilliant talk.",
  'For a first attempt it was actually pretty good.',
  'I was pleasantly surprised by how cheap the flights to Lagos were.',
  'Women always pay more for haircuts, it is the pink tax.',
  'Old people always get blamed for the housing crisis, which is unfair.',
  'Sikhs always feed everyone at the gurdwara, no questions asked.',
  'Jews never drive on the Sabbath.',
  'Immigrants never get the credit they deserve for the NHS.',
  'Maybe the older staff would like to skip the paintball and join the BBQ instead.',
  'It might be best if we move the prayer room somewhere quieter for the Muslim staff.',
  'Perhaps the deaf students would be happier with an interpreter in every class, we should fund one.',
  'Gay couples always look so happy at Pride, love it.',
  'Women never get enough credit for inventing half of computing.',
  'Trans people always have to justify their existence, it is exhausting for them.',
];
