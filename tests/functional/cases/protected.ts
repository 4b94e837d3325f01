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

// Stereotypes implied by a frame, and near misses that use the same words harmlessly.
const implicitFrames = [
  "She's pretty good at coding for a girl.",
  'He is very articulate for a Black guy.',
  "Honestly she's smart for a woman.",
  "You're quite clever for a Mexican.",
  'He speaks well for an immigrant.',
  "Not bad, she's strong for a girl.",
  "He's surprisingly intelligent for a Muslim.",
  "She's pretty logical for a woman.",
  'The new hire is a woman so expect the deadlines to slip.',
  'Our new lead is a woman, so obviously expect drama.',
  'They hired an immigrant so of course things went missing, expect theft.',
  'The manager is gay so expect tantrums.',
  "He's only here because he's a diversity hire.",
  "She's just a diversity hire.",
  'They just hired her to tick a box.',
  'She is the token woman on the board.',
  "He's their token Black guy.",
  "Women can't help it.",
  "Gays can't help themselves.",
  'Typical Muslims.',
  "That's so typical of a woman.",
  'Typical immigrants, always complaining.',
  "Well, that's typical of Mexicans.",
  'Another quota hire, great.',
];

const implicitFrameNearMiss = [
  'Great read for a new manager.',
  'She is good at coding for a beginner.',
  'This is a good gift for a girl who loves robots.',
  'Our team is mostly women so of course we shipped early.',
  'The new hire is a woman so expect a great onboarding talk.',
  'Diversity in hiring makes us stronger.',
  'Please tick the box to accept the terms.',
  'I checked the box on the form for my visa.',
  'Use a token to authenticate the API.',
  "That's typical of a Monday.",
  'A typical day at the office.',
  'Women can help it by voting.',
  'We need more women in leadership.',
  'Our diversity program hired 12 interns.',
  'The token expired, so expect the build to fail.',
  "He's quick for a first-timer.",
  'The bug is typical of legacy code.',
  "It's pretty good for a first draft.",
  'She was the first woman on the board.',
  'Our Black employee network meets Friday.',
];

// Identity attacks aimed at a person without a slur, and near misses.
const identityAtPerson = [
  '@USER stupid Mexican',
  '@sam you dumb immigrant',
  'you people should be banned from this country',
  'women like you should stay in the kitchen',
  "your kind isn't welcome here",
  'learn English',
  'deport yourself',
  'People like you should be deported.',
  'You need to learn English.',
  'Learn English before you apply here.',
  "Speak English, you're in America now.",
  '@jo go back to your country',
  'Go back where you came from, @mike.',
  'You people are ruining this country.',
  'Your kind should be locked up.',
  'Immigrants like you should go back home.',
  'Muslims like you are a threat.',
  '@kim stupid woman',
  '@raj you filthy foreigner',
  'Just speak English or leave.',
  'Deport yourselves already.',
  'Your lot should be sent back.',
];

const identityAtPersonNearMiss = [
  'I want to learn English this year.',
  'We should speak English in the standup so everyone follows.',
  'Your kind of humor is great.',
  'You people are awesome, thanks for the help!',
  'My mom is learning English at night school.',
  'Do you speak English or Spanish at home?',
  'People like you make this team great.',
  'Women like you inspire me.',
  'I teach my kids to speak English and Polish.',
  'Your kind words mean a lot.',
  'The deport function removes stale records.',
  'Go back to the previous slide, please.',
  '@ana you are a star, thanks for the review',
  'Can you help me learn English grammar?',
  'Your team should be proud.',
  'You people rock, see you at the offsite.',
  'Immigrants like you built this company.',
  'She moved here to learn English and code.',
  'The course helps newcomers learn English.',
  'People like you should be promoted.',
];

// Whole attacks typed without spaces, and ordinary long words and hashtags that must stay whole.
const gluedAttack = [
  'allmuslimsareterrorists',
  'womenarestupid',
  '#immigrantsarevermin',
  'I hate this. gaysaredisgusting',
  'refugeesshouldbedeported',
  'ihatemexicans',
  'jewsareparasites',
  'blackpeopleareanimals',
  'deportallimmigrants',
  'transpeoplearefreaks',
  'oldpeopleareuseless',
  'muslimsarecriminals',
  'Honestly gaysarefilthy lol',
  'asylumseekersshouldbebanned',
  'idespisemuslims',
  'migrantsaresavages',
  'lesbiansaredisgusting',
  '#disabledpeopleareuseless',
  'hindusaredirty',
  'deathtoallrefugees',
];

const gluedNearMiss = [
  '#internationalwomensday is coming up.',
  'Check out #blacklivesmatter resources.',
  'The transportation budget is approved.',
  'Our mentalhealthawareness week starts Monday.',
  'We use transparentproxy for routing.',
  'Notwithstanding the delays, we shipped.',
  'The #womenintech meetup was fantastic.',
  'Uncharacteristically, the build passed.',
  'Read the #immigrantheritagemonth stories.',
  'The oldpeoplehome volunteering day is Friday.',
  'Internationalisation work is done.',
  'Our #allmenarecreatedequal poster arrived.',
  'Counterterrorism experts spoke today.',
  'Indistinguishable results from both runs.',
  'The #gaypridemonthparade is Saturday.',
  'Please rename blackfridaysalebanner to promo.',
  'The weakreferencequeue leaked memory.',
  'Try the dirtytrackingcache option.',
  'I love #asianheritagemonthcelebration events.',
  'Our oldmanandthesea book club meets Tuesday.',
];

// Open-ended negative predicates (character nouns, animals and objects, confinement), and near misses.
const widePredicates = [
  'Muslims are all cheaters.',
  'Gays should be put in camps.',
  'Women are livestock, good for breeding.',
  'Immigrants are parasites.',
  'Jews are a pestilence.',
  'Refugees should be locked up.',
  'Trans people should be banned.',
  'Mexicans should be kept out.',
  'Migrants should be sent back.',
  'Gypsies should be rounded up.',
  'Disabled people should be sterilised.',
  'Women are property.',
  'Black people are cattle.',
  'Arabs are vermin.',
  'Asians are sheep.',
  'Immigrants are freeloaders.',
  'Muslims are liars and cheats.',
  'Women are objects.',
  'Gays are perverts.',
  'Refugees should be put behind bars.',
  'Immigrants should be thrown out.',
  'Muslims should be kept out of our country.',
  'Women are breeders.',
  'Lesbians are mentally ill.',
  'Gays are a disease.',
  'Mexicans are scroungers.',
  'Jews are snakes.',
  'Trans people are mutants.',
  'Immigrants are invaders.',
  'Hindus are cockroaches.',
  'Muslims are backward savages.',
  'Immigrants are bloodsuckers.',
  'Women are whores.',
  'Sikhs are untrustworthy crooks.',
];

const widePredicateNearMiss = [
  'Refugees should be kept safe.',
  'Refugees should be put in touch with a caseworker.',
  'Immigrants should be sent their paperwork by Friday.',
  'Women are not property.',
  'Our cattle are grazing in the north field.',
  'Immigrants are not parasites.',
  'Saying Muslims are cheaters is bigoted.',
  'Older workers should be kept on the payroll.',
  'Disabled people should be put first.',
  'Sheep are grazing near the office.',
  'The zombies in this game are scary.',
  'Trans people should not be put in camps.',
  'Women should be placed in leadership roles.',
  'The deploy should be locked until Monday.',
  'Monsters Inc is my favourite movie.',
  'Cheaters never prosper, in poker.',
  'Refugees should be sent support packages.',
  'Immigrants should be kept informed about the changes.',
  'Black people are the backbone of this community.',
  'The cows came home.',
];

// Hate phrased as a question in more shapes (rhetorical negatives, habits), and honest questions.
const questionShapes = [
  'Why do feminists always whine about everything?',
  'Why are gays always so promiscuous?',
  "Isn't it obvious that immigrants are criminals?",
  'Do Muslims ever stop whining?',
  'Why do women always complain?',
  "Isn't it true that Jews control the media?",
  "Don't you think women are too emotional?",
  'Why are trans people so mentally ill?',
  'Why do Muslims always whine about everything?',
  "Isn't it clear that Arabs are violent?",
  'Why are old people so useless with tech?',
  'Why are lesbians so angry all the time?',
  'Is it just me or are Muslims all terrorists?',
  'Why do gays have to be so loud?',
  'Why are Asians such bad drivers?',
  'Why do Chinese people eat dogs?',
  'Why are Hindus so dirty?',
  'Why are women so bad at math?',
  "Aren't immigrants just freeloaders?",
  'Why do disabled people whine so much?',
];

const honestQuestions = [
  'Why are women underrepresented in tech?',
  'Do Muslims fast during Ramadan?',
  'Why do immigrants start so many businesses?',
  'Are trans people protected under the new policy?',
  "Isn't it great that our Black employees network won an award?",
  'Why are refugees fleeing Syria?',
  'Do gay couples get the same parental leave?',
  'Why do older workers get overlooked in hiring?',
  'Women are angry about the pay gap, and rightly so.',
  'Immigrants are angry at the new visa rules.',
  'Why do people complain about Mondays?',
  "Don't you think the release went well?",
  "Aren't deadlines always tight in Q4?",
  'Why are disabled people still excluded from so many venues?',
  'Do Jewish colleagues need time off for Yom Kippur?',
  "Isn't it true that the build is broken?",
  'Why do Mexicans celebrate Day of the Dead?',
  'Why are Asians underrepresented in leadership?',
  'Do women ever get promoted here? Asking for data.',
  'Customers always complain when prices rise.',
];

// Slurs masked with asterisks (every slur, plurals too), and ordinary masked words.
const maskedSlurs: [string, readonly Category[]][] = [
  ['Those f*ggots should leave.', P],
  ['Look at the n*ggers over there.', P],
  ['Shut up f*g.', BOTH],
  ['Typical k*kes.', P],
  ['You r*tard.', BOTH],
  ['The tr*nnies are at it again.', P],
  ['What a f*ggot.', BOTH],
  ['n***ers everywhere', P],
  ['You little f****t.', BOTH],
  ['Those ch*nks own everything.', P],
  ['The w*tbacks showed up.', P],
  ['Go home p*ki.', BOTH],
  ['Those r@gheads again.', P],
  ['The tr*nnys at the bar again.', P],
  ['@lee you d*ke', BOTH],
  ['Too many g*oks in this town.', P],
  ['You f*gs make me sick.', BOTH],
  ['Those dy*es moved in.', P],
  ['Look at these f*gg*ts.', P],
  ['Those k*ke bankers again.', P],
  ['Bunch of wetb*cks.', BOTH],
];

const maskedOrdinary = [
  'This b*g is driving me nuts.',
  'The d*mn build broke again.',
  'Who sp*lled coffee on the keyboard?',
  'We need to c**l down before the demo.',
  'The g**ds shipped on time.',
  "Let's grab c*ffee at ten.",
  'That deploy was h*ll.',
  'The p*rk was lovely at lunch.',
  'My k*ds loved the office party.',
  'Great t*ck on that design.',
  'The f*g machine at the party was cool.',
  'Please reply to the t**m thread.',
  'Our d*ck is holding the boat.',
  'Some s**cs for the release are missing.',
  'The c*de review is done.',
  'Thanks for the h*lp!',
  'Those n*mbers look great.',
  'We hit our g**ls this quarter.',
  'The b**ks are on the shelf.',
  'The w*ter cooler is broken.',
];

// Hate quoted next to a condemning phrase ('... is hate speech and I will report it').
const quotedCondemned = [
  "The phrase 'gays are disgusting' is hate speech and I will report it.",
  "Someone wrote 'Muslims are terrorists' on the wall, which is disgusting bigotry.",
  "The comment 'women belong in the kitchen' is sexist and I reported it.",
  "'Immigrants are vermin' is dehumanising language and we won't tolerate it.",
  "'Jews are greedy' is an antisemitic trope, full stop.",
  "The tweet 'refugees are rapists' is hate speech.",
  '"Trans people are freaks" is hate speech, and I flagged it.',
  "Calling 'Mexicans are criminals' free speech is a stretch; it is hate speech.",
  "The sign said 'no Arabs allowed', which is a hate crime.",
  "Writing 'Black people are animals' is hate speech and should be reported.",
  "'Old people are useless' is ageist and I reported it.",
  "'Disabled people are a burden' is ableist hate speech.",
  "The post 'Asians are dirty' is racist and we removed it.",
  "'Lesbians are disgusting' is homophobic and it was reported.",
  "'Hindus are dirty' is hateful and I reported the account.",
  "The slogan 'deport all Muslims' is hate speech.",
  "The meme 'women are stupid' is sexist garbage.",
  "'Sikhs are terrorists' is a racist lie and it was reported.",
  "A troll posted 'gays are perverts', which is hate speech; I reported it.",
  "Quoting 'immigrants are parasites' here so you can report it: it is hate speech.",
];

// Four-letter slurs with one swapped pair of letters, and ordinary words one letter off.
const shortSwap: [string, readonly Category[]][] = [
  ['Those dkyes moved in.', P],
  ['Typical kkies.', P],
  ['The spcis are at it again.', P],
  ['Shut up pkai.', BOTH],
  ['You gokos get out.', BOTH],
  ['Those hmoos again.', P],
  ['Look at the dkye over there.', P],
  ['You spci.', BOTH],
  ['Too many pkais here.', P],
  ['Those gooks and spcis again.', P],
  ['Get lost, dkye.', BOTH],
  ['More kkies showed up.', P],
  ['The pkais moved in downstairs.', P],
  ['You stupid spci.', BOTH],
  ['Those kkie landlords.', P],
  ['Shut up, hmoo.', P],
  ['The dkyes at the bar again.', P],
  ['More spcis moved in.', P],
  ['You dkye.', BOTH],
  ['Those pkais are everywhere.', P],
];

const shortSwapOrdinary = [
  'I love trad jazz on Fridays.',
  'The ings of the north are beautiful walks.',
  'Hebe plants grow well in shade.',
  'Mr Paik joined the team today.',
  'The kiek in de pot is a Dutch tower.',
  'We had a hoom party.',
  'The spec is attached.',
  'The dyke held back the flood.',
  'Homo sapiens evolved in Africa.',
  'The coon hound barked.',
  'Trad climbing is my weekend hobby.',
  'The spice rack is full.',
  'Our spike in traffic was expected.',
  'The kite festival is on Sunday.',
  'Please add the docs to the wiki.',
  'The dike repair starts Monday.',
  'A new hike trail opened nearby.',
  'I like the pink mugs.',
  'The cook made paella for the team.',
  'The coin toss decided the demo order.',
];

// Implicit derogation, generalised frames: praise at a distance, "of course the [member]", "what do you expect from",
// "shouldn't be allowed", "only ... because", and near misses with the same words.
const implicitGeneral = [
  'Her slides were honestly decent for a woman engineer.',
  "He's actually really sharp, you know, for an old man.",
  'Surprisingly tidy for an immigrant neighbourhood.',
  'Quite polite for a bunch of Mexicans.',
  'Our intern is a girl, so naturally expect tears at the review.',
  'They put a deaf guy on support, so of course the calls got missed.',
  'Of course the Muslim guy showed up late again.',
  'Naturally the Black kid was the one who got caught stealing.',
  'She only got promoted because she is Asian.',
  'He was only hired because he is gay.',
  'They only accepted him because he is disabled.',
  'Old people should not be allowed near computers.',
  'Women should not be allowed to drive.',
  'Immigrants shouldn\'t be allowed in our schools.',
  'What do you expect from a bunch of immigrants?',
  'What else do you expect from women.',
  'Another diversity hire, guess who gets to fix their bugs.',
  'Great, another DEI hire on the backend team.',
  'He is the token gay guy in marketing.',
  'Typical woman driver, she parked across two spots.',
  'Her code is pretty clean for a female developer.',
  'Gay men shouldn\'t be allowed to adopt.',
];
const implicitGeneralNearMiss = [
  'She is pretty good at chess for a beginner.',
  'This laptop is surprisingly light for a gaming machine.',
  'The new hire is a woman and she starts Monday.',
  'Of course the Muslim holiday falls on a Friday this year.',
  'She got promoted because she shipped three products.',
  "It's not because she's a woman, it's because she's the best.",
  'Calling her a diversity hire is sexist.',
  'He said women cannot code and got fired for it.',
  'Kids should not be allowed near the server room.',
  'What do you expect from a beta release?',
  'Our women engineers group meets on Thursday.',
  'She is a great engineer and a women in tech advocate.',
  'Proud of our women engineers for winning the hackathon.',
  'Nobody should say she was only hired because she is Black.',
  'As a disabled guy in tech, I love this accessibility update.',
  'Great work for a first release.',
  'Typical Monday, the coffee machine is broken again.',
  'Of course the old server crashed again.',
  'Visitors should not be allowed in the lab without a badge.',
  'Our Muslim colleagues organised a lovely iftar.',
  'It is surprisingly quiet for a Friday.',
];
// Identity attacks on a person: vocative identity after a dismissal, "your religion/race is ...", confinement, "get out".
const personGeneral = [
  '@USER dumb Mexican',
  '@ravi typical woman, can\'t even read a chart',
  'Shut up you old hag.',
  'Nobody asked you, immigrant.',
  '@USER your religion is a cancer',
  '@USER go back to where you came from',
  'Go back to where you came from @USER',
  '@kate women like you belong in the kitchen',
  'Sit down, grandpa, nobody wants your boomer opinions.',
  '@lee your people are vermin',
  '@mo your race is a disease',
  'You ignorant Muslim, nobody wants you here.',
  '@USER you lazy Mexican',
  '@ana shut up, woman.',
  'Get out of our country, @USER.',
  '@USER your country is a shithole, go back there',
  '@jay you people are parasites',
  'Nobody cares what you think, foreigner.',
  '@USER typical immigrant, always whining',
  'You are a disgrace to women, go make a sandwich.',
];
const personGeneralNearMiss = [
  '@USER you are brilliant, as a woman in STEM you inspire me',
  '@USER your religion is beautiful, thanks for sharing',
  '@USER your country is gorgeous, I loved visiting',
  'Nobody asked you to fix it, but thanks!',
  '@USER welcome to the country, glad you are here',
  'Go back to the main menu, @USER.',
  '@USER as an immigrant myself, I loved this thread',
  '@sam your people did an amazing job on the launch',
  '@USER happy Eid to you and your family',
  'Shut up and take my money!',
  '@kim typical Monday, right?',
  '@USER women like you make this industry better',
  '@jo your pronunciation guide for the Irish names was great',
  '@USER my grandpa would love this.',
  '@USER your team should be proud.',
  '@USER you are a great engineer and a proud Muslim.',
  '@USER old code like this needs a refactor.',
  '@USER he said immigrants should go back and got banned for it.',
  'Thanks @USER, your race report was really helpful.',
  '@USER the kitchen at the office is finally fixed.',
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
  { id: 'implicit-frame', title: 'stereotype implied by a frame ("good for a girl", "diversity hire", "typical [group]")', family: 'protected', polarity: 'flag', cases: implicitFrames.map((t) => ({ text: t, expect: [...P] })) },
  { id: 'implicit-frame-near-miss', title: 'the same frame words used harmlessly', family: 'protected', polarity: 'pass', cases: implicitFrameNearMiss.map((t) => ({ text: t, expect: [] })) },
  { id: 'identity-at-person', title: 'identity attack aimed at a person without a slur (both)', family: 'protected', polarity: 'flag', cases: identityAtPerson.map((t) => ({ text: t, expect: [...BOTH] })) },
  { id: 'identity-at-person-near-miss', title: 'second-person phrasing that is not othering', family: 'protected', polarity: 'pass', cases: identityAtPersonNearMiss.map((t) => ({ text: t, expect: [] })) },
  { id: 'glued-attack', title: 'group attack typed without spaces', family: 'protected', polarity: 'flag', cases: gluedAttack.map((t) => ({ text: t, expect: [...P] })) },
  { id: 'glued-near-miss', title: 'long words and hashtags that are not attacks', family: 'protected', polarity: 'pass', cases: gluedNearMiss.map((t) => ({ text: t, expect: [] })) },
  { id: 'wide-predicate', title: 'open-ended negative predicates (cheaters, livestock, put in camps, kept out)', family: 'protected', polarity: 'flag', cases: widePredicates.map((t) => ({ text: t, expect: [...P] })) },
  { id: 'wide-predicate-near-miss', title: 'the same predicate words used harmlessly', family: 'protected', polarity: 'pass', cases: widePredicateNearMiss.map((t) => ({ text: t, expect: [] })) },
  { id: 'question-shapes', title: 'hate as a rhetorical or habit question', family: 'protected', polarity: 'flag', cases: questionShapes.map((t) => ({ text: t, expect: [...P] })) },
  { id: 'honest-question', title: 'honest questions about groups', family: 'protected', polarity: 'pass', cases: honestQuestions.map((t) => ({ text: t, expect: [] })) },
  { id: 'variant-masked', title: 'slur spelling: masked with asterisks', family: 'protected', polarity: 'flag', cases: maskedSlurs.map(([t, e]) => ({ text: t, expect: [...e] })) },
  { id: 'masked-ordinary', title: 'ordinary words masked with asterisks', family: 'protected', polarity: 'pass', cases: maskedOrdinary.map((t) => ({ text: t, expect: [] })) },
  { id: 'quoted-condemned', title: 'hate quoted and condemned (hate speech, reported)', family: 'protected', polarity: 'pass', cases: quotedCondemned.map((t) => ({ text: t, expect: [] })) },
  { id: 'variant-short-swap', title: 'slur spelling: four-letter slur, letters swapped', family: 'protected', polarity: 'flag', cases: shortSwap.map(([t, e]) => ({ text: t, expect: [...e] })) },
  { id: 'short-swap-ordinary', title: 'ordinary words near four-letter slurs', family: 'protected', polarity: 'pass', cases: shortSwapOrdinary.map((t) => ({ text: t, expect: [] })) },
  { id: 'implicit-general', title: 'implicit derogation, generalised frames (distance, "of course the [member]", "what do you expect from")', family: 'protected', polarity: 'flag', cases: implicitGeneral.map((t) => ({ text: t, expect: [...P] })) },
  { id: 'implicit-general-near-miss', title: 'the generalised frames used harmlessly, counter-speech, negated, reported', family: 'protected', polarity: 'pass', cases: implicitGeneralNearMiss.map((t) => ({ text: t, expect: [] })) },
  { id: 'identity-at-person-general', title: 'identity put-downs aimed at a person (vocative, your religion/race, confinement) (both)', family: 'protected', polarity: 'flag', cases: personGeneral.map((t) => ({ text: t, expect: [...BOTH] })) },
  { id: 'identity-at-person-general-near-miss', title: 'addressed identity mentions that are not attacks', family: 'protected', polarity: 'pass', cases: personGeneralNearMiss.map((t) => ({ text: t, expect: [] })) },
  { id: 'abuse-not-protected', title: 'abuse without a protected characteristic (inflammatory only)', family: 'protected', polarity: 'pass', cases: abuseNonProtected.map((t) => ({ text: t, expect: [...INF] })) },
];
