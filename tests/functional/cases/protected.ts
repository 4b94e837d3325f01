/**
 * CONTENT WARNING: original test cases containing hate, slurs and their disguised spellings, written for
 * this project (no published test suite was used). Each case names the categories a correct checker
 * reports; "pass" behaviours must not be reported as protected.
 */
import type { Category } from '../../../rules/types';
import { fill, type Behaviour } from './types';

const P = ['protected'] as const;
const BOTH = ['protected', 'inflammatory'] as const;
const INF = ['inflammatory'] as const;

const hateExpressions = fill([
  'I hate {G}.', 'I really hate {G} so much.', 'I despise {G}.', "Honestly I can't stand {G}.", 'I absolutely loathe {G}.',
  'We all hate {G} around here.', 'I fucking hate {G}.', 'I detest {G} and always will.', 'Death to {G}.', 'I hate all {G}.',
  'I just hate {G}, simple as that.', "I can't stand {G} at all.", 'Everyone hates {G}.', 'I despise all {G} with a passion.',
  'I hate those {G}.', 'I loathe {G} more than anything.', 'I hate {G} and I am not sorry.', 'I hate these {G}.', 'Death to all {G}!',
  'I honestly despise {G}.', 'I hate every one of those {G}.',
], 0, [...P]);

const generalisations = fill([
  '{G} are disgusting.', '{G} are so lazy.', '{G} are all criminals.', '{G} are stupid.', '{G} are a burden on society.',
  '{G} are dangerous.', '{G} are inferior.', '{G} are dishonest by nature.', '{G} are all the same, violent and dirty.',
  '{G} are the problem with this country.', '{G} are just worthless.', '{G} are a threat to our children.', '{G} are naturally dishonest.',
  '{G} are terrible workers.', '{G} are bad at everything.', '{G} are mentally ill.', '{G} are freaks.', '{G} are evil.',
  '{G} are a disgrace.', '{G} are pathetic and useless.', '{G} are all liars.', '{G} are too emotional to lead.', '{G} are weak.',
  '{G} are an abomination.', '{G} are a waste of money.', '{G} are so slow, ugh.',
], 3, [...P]);

const stereotypes = fill([
  '{G} steal our jobs.', '{G} are ruining this country.', '{G} bring crime everywhere they go.', '{G} control the media.',
  '{G} are destroying our culture.', '{G} always lie.', '{G} are taking our jobs.', '{G} spread disease.', '{G} ruin every neighbourhood.',
  '{G} are stealing our benefits.', '{G} cheat at everything.', '{G} are invading our towns.', '{G} are poisoning society.',
  '{G} are ruining everything.', '{G} are destroying the economy.', '{G} are taking over our schools.', '{G} leech off welfare.',
  '{G} are all thieves.', '{G} are worse drivers.', '{G} are terrible drivers.',
], 6, [...P]);

const dehumanising = fill([
  '{G} are animals.', '{G} are vermin.', '{G} are rats.', '{G} are cockroaches.', '{G} are parasites.', '{G} are subhuman.',
  '{G} are a disease.', '{G} are like rats.', '{G} breed like rabbits.', '{G} are nothing but animals.', '{G} are a cancer on society.',
  '{G} are filthy pigs.', '{G} are a plague.', '{G} are savages.', '{G} are scum.', '{G} are nothing but vermin.', '{G} are just apes.',
  '{G} are an infestation.', '{G} are trash.', '{G} are beasts.', '{G} are dirty rats.',
], 9, [...P]);

const exclusion = fill([
  '{G} should be deported.', 'Deport all {G}.', 'Ban {G} from this country.', '{G} should be banned from our office.', 'Kill all {G}.',
  '{G} should die.', '{G} should be shot.', 'We need to get rid of {G}.', '{G} must be removed.', 'Round up the {G}.',
  'No {G} allowed.', '{G} should be locked up.', 'We should ban {G}.', '{G} should go back where they came from.', 'Never hire {G}.',
  "Don't hire {G}.", '{G} should be sterilised.', '{G} have no place in tech.', '{G} deserve to die.', 'Kick out all {G}.',
  '{G} should be exterminated.', 'We should deport {G}.',
], 12, [...P]);

const implicit = fill([
  '{G} belong in the kitchen.', 'Too many {G} in this neighbourhood.', 'The city is infested with {G}.', '{G} should stay in the kitchen.',
  '{G} belong in cages.', 'This invasion of {G} has to stop.', 'I would never trust {G}.', 'I would never hire {G}.', 'There are way too many {G} here now.',
  '{G} belong in a zoo.', 'Another flood of {G} is coming.', 'The office is overrun with {G}.', "I wouldn't trust {G} with anything.",
  '{G} should stick to the kitchen.', "I'd never rent to {G}.", 'This town is overrun by {G}.', 'So many {G} everywhere, disgusting.',
  'We do not want {G} here.', "I don't want {G} in my building.", 'Nobody should ever hire {G}.',
], 15, [...P]);

const questions = fill([
  'Why are {G} so stupid?', 'Why are {G} always so lazy?', 'Why are {G} so disgusting?', 'Are {G} all this dumb?', 'Why are {G} so violent?',
  'Why do {G} always lie?', 'Why are {G} such liars?', 'Why are {G} so dishonest?', 'Why are {G} so useless?', 'Why do {G} ruin everything?',
  'Why are {G} so weak?', 'Why are {G} so pathetic?', 'Why are {G} so greedy?', 'Are {G} really that stupid?', 'Why are {G} all criminals?',
  'Why are {G} so dirty?', 'Why are {G} so ignorant?', 'Why are {G} such a burden?', 'Why do {G} steal our jobs?', 'Why are {G} so evil?',
], 18, [...P]);

const opinions = fill([
  'I think {G} are inferior.', 'I believe {G} are dangerous.', 'In my opinion {G} are useless.', 'Honestly, {G} are disgusting.',
  "Let's be honest, {G} are lazy.", 'I feel like {G} are all criminals.', 'Just my opinion but {G} are a burden.', 'IMO {G} are stupid.',
  'I genuinely believe {G} are evil.', 'Call me old-fashioned but {G} are inferior.', "I'm sorry but {G} are just worse.",
  "I'm not racist, but {G} are criminals.", 'Personally I think {G} are vermin.', 'I reckon {G} are lazy.', 'I truly think {G} are a disease.',
  "I'd say {G} are dishonest.", 'My view: {G} are a threat.', 'I think {G} should be deported.', 'I believe {G} are subhuman.',
  'Frankly {G} are pathetic.',
], 21, [...P]);

const negatedPositive = fill([
  '{G} are not capable of leading teams.', "{G} aren't smart enough for engineering.", "{G} can't drive.", '{G} cannot be trusted.',
  "{G} can't code.", '{G} are not real people.', '{G} are not welcome here.', "{G} don't belong in this country.",
  '{G} will never be equal to us.', "{G} can't think for themselves.", '{G} are not human.', "{G} shouldn't be allowed to vote.",
  '{G} do not deserve rights.', '{G} can never be good leaders.', '{G} are not fit to be managers.', "{G} aren't qualified for anything.",
  '{G} are not intelligent.', "{G} can't learn anything new.", "{G} don't deserve respect.", '{G} should not be allowed to work here.',
  '{G} are not normal.',
], 24, [...P]);

const pronounSame = fill([
  'I met some {G} and they are disgusting.', 'My neighbours are {G} and they are all criminals.', 'We hired {G} and they are lazy.',
  '{G} moved in next door and they are vermin.', 'There were {G} at the meeting, they are so stupid.', "I know {G}, they're animals.",
  'Some {G} came to the store and they are thieves.', 'We have {G} in our team and they are useless.', 'I saw {G} downtown and they are filthy.',
  'My cousin dates one of those {G}, they are all liars.', 'Look at those {G}, they are parasites.', 'Ugh, {G} again, they are a plague.',
  'The new hires are {G} and they are incompetent.', 'I work with {G} and they are worthless.', 'They let {G} in and they are ruining everything.',
  'Every time I meet {G} they are dishonest.', 'I hate how {G} act, they are savages.', 'We got {G} in class, they are so dumb.',
  'Our landlord rents to {G} and they are dirty.', 'Met {G} at the bar, they are all creeps.',
], 2, [...P]);

const pronounNext = [
  ...fill(['I met some {G} yesterday.', 'Our neighbourhood is full of {G} now.', 'There are {G} on my team.', 'Have you seen all the {G} in town?', 'My new manager hired {G}.'], 4, []).map((c, i) => ({
    text: `${c.text} ${['They are all disgusting.', 'They are vermin.', 'They should be deported.', 'They are lazy and stupid.', 'I hate them.'][i]}`,
    expect: [...P],
  })),
  ...fill(['Look at the {G} protesting downtown.', 'The {G} at my gym are loud.', 'I sat next to {G} on the train.', 'We interviewed {G} today.', 'Saw a group of {G} outside.'], 11, []).map((c, i) => ({
    text: `${c.text} ${['Those people are animals.', 'They are a disgrace.', 'They are filthy.', 'They are not capable of this job.', 'They should go back where they came from.'][i]}`,
    expect: [...P],
  })),
  ...fill(['My sister married one of those {G}.', 'Our school is taking in more {G}.', 'The council housed {G} on my street.', 'I read about {G} in the news.', 'A bunch of {G} moved in.'], 17, []).map((c, i) => ({
    text: `${c.text} ${['They are all criminals.', 'They are parasites.', 'I despise them.', 'They cannot be trusted.', 'They are ruining everything.'][i]}`,
    expect: [...P],
  })),
  ...fill(['We have {G} in accounting now.', 'The {G} next door had a party.', 'So many {G} at the conference.', 'The city is giving money to {G}.', 'There were {G} in the queue.'], 23, []).map((c, i) => ({
    text: `${c.text} ${['They are useless.', 'They are subhuman.', 'Deport them all.', 'They are inferior.', 'They are a plague.'][i]}`,
    expect: [...P],
  })),
];

// --- slurs and their spellings ------------------------------------------------------------------------

/** Sentences with a slur, not aimed at a person present (protected only). */
const slurPlain = [
  'Those niggers are everywhere now.', 'A bunch of faggots moved in across the street.', 'The trannies want special bathrooms.',
  'Typical wetbacks, always cutting the line.', 'The kikes run everything.', 'Look at all these ragheads.', 'My boss hired another spic.',
  'The retards in that meeting kept talking.', 'Bunch of dykes at the bar tonight.', 'The gooks next door are loud again.',
  'No chinks in my neighbourhood.', 'Another towelhead on the bus today.', 'A coon from accounting got promoted.', 'Those pakis own every shop.',
  'Some beaner took my parking spot.', 'The sand niggers are at it again.', 'Fags should stay in the closet.', 'The spastics in that class slow everyone down.',
  'A darkie moved in downstairs.', 'Too many muzzies in this town.', 'Zipperheads everywhere at the mall.',
];

const slurAtPerson = [
  'You are a faggot.', '@mike you stupid nigger', 'Shut up, you tranny.', 'You dumb retard, read the ticket.', '@lena go away you dyke',
  "You're such a spic.", '@omar you raghead', 'Get lost, kike.', 'You filthy wetback.', '@tom you are a fag',
  'Hey retard, nobody asked you.', 'You fucking faggot.', '@priya you paki', 'Sit down, you spastic.', 'You are a towelhead.',
  '@kai you absolute tranny', 'You little coon.', "@ana you're a dyke and everyone knows it", 'Move, beaner.', 'You gook.',
];

type Variant = (s: string) => string;
const swap: Variant = (s) => s.slice(0, 2) + (s[3] ?? '') + (s[2] ?? '') + s.slice(4);
const drop: Variant = (s) => s.slice(0, 4) + s.slice(5);
const spaced: Variant = (s) => s.split('').join(' ');
const leet: Variant = (s) => s.replace(/a/g, '4').replace(/e/g, '3').replace(/i/g, '1').replace(/o/g, '0').replace(/g/g, '6').replace(/t/g, '7');
const lookalike: Variant = (s) => s.replace(/a/g, 'а').replace(/e/g, 'е').replace(/o/g, 'о').replace(/c/g, 'с').replace(/i/g, 'і').replace(/p/g, 'р');

/** Long slurs (at least five letters) for the swap and deletion variants. */
const LONG = ['nigger', 'faggot', 'tranny', 'retard', 'wetback', 'raghead', 'towelhead', 'beaner', 'darkie', 'spastic', 'shemale'];
const ALL = [...LONG, 'fag', 'dyke', 'kike', 'spic', 'gook', 'chink', 'paki', 'coon', 'homo', 'tranny', 'nigga'];

const SLUR_FRAMES: readonly [string, readonly Category[]][] = [
  ['Those {S}s should leave.', P], ['You {S}.', BOTH], ['Nobody wants {S}s here.', P], ['@jay shut up you {S}', BOTH],
  ['Another {S} in the office.', P], ["You're a {S}.", BOTH], ['The {S}s are at it again.', P], ['Get out of here, {S}.', BOTH],
  ['Look at that {S} over there.', BOTH], ['@sam you dirty {S}', BOTH], ['Bunch of {S}s on the train.', P], ['Hey {S}, nobody asked.', BOTH],
  ['Typical {S} behaviour.', P], ['You are such a {S}.', BOTH], ['Why do {S}s act like this?', P], ['@lee what a {S}', BOTH],
  ['Those {S}s ruin everything.', P], ['You stupid {S}.', BOTH], ['The {S}s moved in downstairs.', P], ['Shut up {S}.', BOTH],
  ['More {S}s showed up today.', P], ['Go home, {S}.', BOTH],
];

function variants(v: Variant, words: readonly string[], offset: number): Behaviour['cases'] {
  return SLUR_FRAMES.map(([frame, expect], i) => {
    const w = words[(offset + i) % words.length] as string;
    return { text: frame.replace('{S}', v(w)), expect: [...expect] };
  });
}

/** "youfaggot", "stupidnigger", "sandnigger": spaces removed between the slur and its neighbour. */
const glued = [
  'youfaggot', 'stupidnigger', 'dumbtranny', 'ufag', 'fuckingretard', 'sandnigger', 'porchmonkey', 'junglebunny', 'youkike',
  'dirtyspic', 'stupidfaggots', 'youretard', 'fuckingdyke', 'dumbwetback', 'uglytranny', 'youcoon', 'littlefaggot', 'stupidpaki',
  'fatdyke', 'dumbnigga', 'dirtykike', 'yougook',
].map((g, i) => ({ text: i % 2 === 0 ? `Shut up ${g}.` : `Look at the ${g} over there.`, expect: i % 2 === 0 ? [...BOTH] : [...P] }));

// --- must not fire --------------------------------------------------------------------------------------

const neutralIdentity = [
  'Happy Pride month from our LGBTQ+ employee group!', 'Our Muslim colleagues are hosting an iftar on Friday.', 'As a gay man in tech, I love this team.',
  'We are proud to sponsor the Black engineers meetup.', 'Women make up 40% of our engineering team this year.', 'Trans people deserve safe workplaces.',
  'Celebrating Diwali with our Hindu colleagues today.', 'Our disabled employees network launched a mentoring program.', 'Refugees bring amazing skills to our company.',
  'Happy Lunar New Year to our Chinese and Korean friends!', 'Older workers have so much experience to share.', 'Jewish employees can take Yom Kippur off.',
  'Immigrants founded half of the startups in this city.', 'Gen Z interns taught us a lot this summer.', 'We added a prayer room for Muslims and Christians alike.',
  'Autistic people are often brilliant at pattern recognition.', 'Our lesbian and bisexual colleagues organised the panel.', 'Mexicans and Latinos are the fastest growing group of founders.',
  'Deaf people can use our new captioning feature.', 'Nonbinary people can now choose their pronouns in the app.', 'Black women are underrepresented in venture funding.',
  'Sikhs in our Toronto office hosted a langar lunch.', 'Trans women are women.', 'Immigrants are not criminals, they are our neighbours.',
  'Women are amazing leaders.', 'Muslims celebrate Eid this week.', 'We met refugees at the job fair. They were brilliant.',
  'Women make up half the population.', 'Trans people are killed at shocking rates.', 'Why are Muslims so often stereotyped?',
  'Old people need better healthcare.', 'Gay men can donate blood now.', "Muslims can't eat pork during the fast.", 'Immigrants built this country.',
  'Women deserve equal pay.', 'Our trans colleagues deserve respect.', 'Young people these days are amazing.', 'Gay couples should be allowed to marry.',
];

const counterQuote = [
  'Someone wrote "immigrants are vermin" on our wall. That is not OK.', '"Women are too emotional to lead" is a myth we keep hearing.',
  'A commenter said "gays are disgusting". We removed it.', 'He tweeted that Muslims are terrorists. Unacceptable.',
  'Stop saying trans people are mentally ill.', '"Old people can\'t learn tech" is ageist nonsense.', 'People who say disabled people are a burden are wrong.',
  'My uncle said Jews control the media and I walked out.', 'Saying refugees are criminals is racist and false.', '"Black people are lazy" is a racist stereotype.',
  'A customer called us "dirty immigrants" today and our team handled it with grace.', 'Someone yelled "go back to your country" at my colleague. Not OK.',
  'The idea that women are bad at maths is debunked.', 'Calling Mexicans criminals is bigotry.', 'I am tired of hearing that autistic people are broken.',
  'We reported the post claiming Hindus are dirty.', 'He called her a "stupid woman" and HR stepped in.', 'Please stop calling Asians "the virus".',
  'The sign said "no Muslims allowed". We took it down.', 'Anyone who thinks gay people are sick should unfollow me.',
];

const counterReference = [
  'He called me a faggot at school and it still hurts.', 'Someone spray-painted the n-word on his car. This is hate.', 'I was called a tranny on the bus today.',
  'The word "retard" is a slur, please stop using it.', 'Kids at school called my brother a spastic.', 'A man shouted "kike" at my rabbi. Disgusting.',
  'She was called a dyke in the comments and we banned the account.', 'Using "wetback" in a meeting is a firing offence here.', 'My dad was called a paki for years.',
  'Please do not call people "ragheads", it is racist.', 'Getting called a chink at work is not banter.', 'They called him a coon. We reported it.',
  'Being called a fag for wearing pink is why we need this training.', 'The word "gook" was used in the chat; it is a racial slur.',
  'Someone called our colleague a towelhead. That is harassment.', 'If you call someone a tranny you will be removed.',
  'The comments were full of people calling her a beaner. Shameful.', 'I reported a troll for calling me a homo.',
  'Our training covers why "spic" is a slur.', 'Saying "nigger" is never OK, even quoting lyrics at work.',
];

const negatedHate = fill([
  "I don't think {G} are inferior.", '{G} are not criminals.', 'It is not true that {G} are lazy.', "Nobody believes {G} are dangerous.",
  '{G} are not a burden.', "I don't believe {G} are less capable.", "{G} aren't the problem.", "{G} are no less capable than anyone.",
  "I would never say {G} are stupid.", "It's false that {G} are violent.", 'Not all {G} are the same.', "{G} are not animals, they're people.",
  "I don't hate {G}.", "We should not deport {G}.", '{G} should not be banned.', "I don't agree that {G} are dishonest.",
  "It's wrong to think {G} are dirty.", '{G} are not a threat.', "I don't think {G} should be excluded.", '{G} are not evil.',
], 1, []);

const homonyms = [
  'Anyone fancy a fag break before the stand-up?', 'The Dutch built a dyke to hold back the sea.', 'Niger and Nigeria are neighbours.',
  'There is a chink in the armour of our competitor.', 'The Negro Leagues museum in Kansas City is worth a visit.', 'Flame retardant materials are required by code.',
  'We had faggots and peas for dinner, a Welsh classic.', 'My car needs a new tranny, the transmission is slipping.', 'The coon hound barked all night.',
  'Homo sapiens evolved in Africa.', 'Grab some cheese and crackers for the meeting.', 'Our MongoDB cluster is down again.', 'The spastic paralysis clinic opens Monday.',
  'I spent my holiday on Lesbos, the Greek island.', 'Light came through a chink in the curtain.', 'He smoked a fag on the balcony.', 'Water overflowed the dyke after the storm.',
  'The fire retardant coating passed inspection.', 'Mosquito bite cream is in the first aid kit.', 'The midget car racing league starts in May.', 'Polish the spic and span kitchen.',
];

const reclaimed = [
  "I'm a proud dyke and I'm marching on Saturday.", 'As a queer woman I loved this panel.', 'We queers run the best book club.', "I'm a big old fag and proud of it.",
  'As a dyke in engineering, I have stories.', 'Us faggots know how to throw a party.', 'My fellow dykes, see you at the parade!', "I'm a proud tranny from the 90s scene.",
  'As a fag who grew up rural, this hits home.', 'We dykes are organising the fundraiser.', 'I am a dyke and a manager.', 'Us trannies have to look out for each other.',
  'As a proud fag I approve this rainbow logo.', 'Queer and proud, see you at Pride.', "I'm a dyke, my wife is a dyke, our dog is confused.",
  'My fellow fags, brunch is on me.', "As a trans woman I'll say it: this policy helps.", 'I am a proud queer engineer.', 'We dykes take karaoke seriously.',
  "I'm a fag and I've been coding since 1998.", 'We are queers and proud.', 'Dykes like me are everywhere in tech.',
  'Faggots like us built this club scene.', 'I call myself a dyke with pride.',
];

const abuseNonProtected = [
  'You are an idiot.', '@mark is a complete moron.', 'Our competitors are clowns.', 'My manager is a useless jerk.', 'Politicians are all liars.',
  'The referee is a blind idiot.', 'Lawyers are parasites.', 'You are pathetic.', 'What a loser.', 'Our CEO is a fraud.', '@jen you are such a creep',
  'Landlords are scumbags.', 'Those executives are morons.', 'That guy is an asshole.', 'Bankers are scum.', 'Recruiters are idiots.',
  'Fuck you, Dave.', 'You absolute dumbass.', 'The mods here are losers.', 'Journalists are liars.',
];

export const PROTECTED_BEHAVIOURS: Behaviour[] = [
  { id: 'hate-expression', title: 'expressions of hate towards a group', family: 'protected', polarity: 'flag', cases: hateExpressions },
  { id: 'generalisation', title: 'negative generalisations', family: 'protected', polarity: 'flag', cases: generalisations },
  { id: 'stereotype', title: 'harmful stereotypes', family: 'protected', polarity: 'flag', cases: stereotypes },
  { id: 'dehumanising', title: 'dehumanising comparisons', family: 'protected', polarity: 'flag', cases: dehumanising },
  { id: 'exclusion-violence', title: 'calls for exclusion or violence', family: 'protected', polarity: 'flag', cases: exclusion },
  { id: 'implicit-derogation', title: 'implicit derogation', family: 'protected', polarity: 'flag', cases: implicit },
  { id: 'question', title: 'hate phrased as a question', family: 'protected', polarity: 'flag', cases: questions },
  { id: 'opinion', title: 'hate phrased as an opinion', family: 'protected', polarity: 'flag', cases: opinions },
  { id: 'negated-positive', title: 'negated positive statements', family: 'protected', polarity: 'flag', cases: negatedPositive },
  { id: 'pronoun-same', title: 'pronoun reference, same sentence', family: 'protected', polarity: 'flag', cases: pronounSame },
  { id: 'pronoun-next', title: 'pronoun reference, next sentence', family: 'protected', polarity: 'flag', cases: pronounNext },
  { id: 'slur', title: 'slurs', family: 'protected', polarity: 'flag', cases: slurPlain.map((t) => ({ text: t, expect: [...P] })) },
  { id: 'slur-at-person', title: 'slur aimed at a person (both)', family: 'protected', polarity: 'flag', cases: slurAtPerson.map((t) => ({ text: t, expect: [...BOTH] })) },
  { id: 'variant-swap', title: 'slur spelling: swapped letters', family: 'protected', polarity: 'flag', cases: variants(swap, LONG, 0) },
  { id: 'variant-delete', title: 'slur spelling: deleted letter', family: 'protected', polarity: 'flag', cases: variants(drop, LONG, 3) },
  { id: 'variant-spaces', title: 'slur spelling: added spaces', family: 'protected', polarity: 'flag', cases: variants(spaced, ALL, 5) },
  { id: 'variant-glued', title: 'slur spelling: removed spaces', family: 'protected', polarity: 'flag', cases: glued },
  { id: 'variant-leet', title: 'slur spelling: leetspeak', family: 'protected', polarity: 'flag', cases: variants(leet, ALL, 2) },
  { id: 'variant-lookalike', title: 'slur spelling: look-alike letters', family: 'protected', polarity: 'flag', cases: variants(lookalike, ALL, 7) },
  { id: 'neutral-identity', title: 'neutral or positive identity mentions', family: 'protected', polarity: 'pass', cases: neutralIdentity.map((t) => ({ text: t, expect: [] })) },
  { id: 'counter-quote', title: 'counter-speech quoting hate', family: 'protected', polarity: 'pass', cases: counterQuote.map((t) => ({ text: t, expect: [] })) },
  { id: 'counter-reference', title: 'counter-speech referencing a slur', family: 'protected', polarity: 'pass', cases: counterReference.map((t) => ({ text: t, expect: [] })) },
  { id: 'negated-hate', title: 'negated hate', family: 'protected', polarity: 'pass', cases: negatedHate },
  { id: 'homonym', title: 'homonyms of slurs', family: 'protected', polarity: 'pass', cases: homonyms.map((t) => ({ text: t, expect: [] })) },
  { id: 'reclaimed', title: 'reclaimed in-group use (info at most)', family: 'protected', polarity: 'pass', cases: reclaimed.map((t) => ({ text: t, expect: [] })) },
  { id: 'abuse-not-protected', title: 'abuse without a protected characteristic (inflammatory only)', family: 'protected', polarity: 'pass', cases: abuseNonProtected.map((t) => ({ text: t, expect: [...INF] })) },
];
