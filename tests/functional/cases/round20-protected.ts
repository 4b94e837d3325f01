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
];
