/**
 * CONTENT WARNING: original test cases with insults, profanity and threats, written for this project.
 * Each case names the categories a correct checker reports.
 */
import type { Behaviour } from './types';
import { INSULT_SPELLINGS, INSULT_SPELLINGS_NEAR_MISS } from './insult-spellings';
import { ROUND16_SHAPES, ROUND16_SHAPES_NEAR_MISS } from './round16-shapes';
import { ROUND17_SHAPES, ROUND17_SHAPES_NEAR_MISS } from './round17-shapes';
import { ROUND19_THREATS, ROUND19_THREATS_NEAR_MISS } from './round19-threats';
import { ROUND19_INSULTS, ROUND19_INSULTS_NEAR_MISS } from './round19-insults';
import { ROUND21_INSULTS, ROUND21_INSULTS_NEAR_MISS } from './round21-insults';
import { ROUND22_INJURY_PICTURED, ROUND22_INJURY_PICTURED_NEAR_MISS, ROUND22_PERSON_THREATS, ROUND22_PERSON_THREATS_NEAR_MISS } from './round22-threats';
import { ROUND23_PERSON_THREATS, ROUND23_PERSON_THREATS_NEAR_MISS, ROUND23_PERSON_THREATS_THIRD_AUTHOR, ROUND23_PERSON_THREATS_THIRD_AUTHOR_NEAR_MISS, ROUND23_PERSON_THREATS_FOURTH_AUTHOR_NEAR_MISS } from './round23-threats';
import { ROUND24_PERSON_THREATS, ROUND24_PERSON_THREATS_NEAR_MISS } from './round24-protected';
import { REVIEW55_NEAR_MISS } from './precision-review-round55';
import { ROUND27_AT_PERSON, ROUND27_AT_PERSON_NEAR_MISS, ROUND27_PERSON_THREATS, ROUND27_PERSON_THREATS_NEAR_MISS } from './round27-protected';
import { ROUND28_AT_PERSON, ROUND28_AT_PERSON_NEAR_MISS } from './round28-protected';
import { ROUND29_AT_PERSON, ROUND29_AT_PERSON_NEAR_MISS } from './round29';
import { ROUND31_AT_PERSON } from './round31';
import { ROUND32_INSULTS, ROUND32_INSULTS_NEAR_MISS, ROUND32_PROFANITY_AT_GROUP } from './round32';
import { ROUND33_INSULTS, ROUND33_INSULTS_NEAR_MISS } from './round33';
import { ROUND30_VEILED, ROUND30_VEILED_NEAR_MISS, ROUND30_SCORNED_NAMES, ROUND30_SCORNED_NAMES_NEAR_MISS, ROUND30_NEAR_MISS, ROUND30_PEOPLE_CALLS, ROUND30_PERSON_SHAPES, ROUND30_UNLISTED_CAMPS, ROUND30_UNLISTED_CAMPS_NEAR_MISS } from './round30';
import { ROUND26_AT_PERSON, ROUND26_AT_PERSON_NEAR_MISS, ROUND26_SHAPES_AT_PERSON, ROUND26_SHAPES_NEAR_MISS } from './round26-protected';
import { ROUND25_IMAGINE_BEING, ROUND25_VEILED_AT_PERSON, ROUND25_VEILED_AT_PERSON_NEAR_MISS } from './round25-protected';
import { ROUND20_THREATS, ROUND20_THREATS_NEAR_MISS } from './round20-threats';
import { ROUND18_FORETOLD, ROUND18_FORETOLD_NEAR_MISS, ROUND18_MENACE, ROUND18_MENACE_NEAR_MISS, ROUND18_PHRASES, ROUND18_PHRASES_NEAR_MISS, ROUND18_ONE_PERSON, ROUND18_THREATS_AND_INSULTS, ROUND18_THREATS_AND_INSULTS_NEAR_MISS } from './round18-shapes';
import { ROUND16_HATE_AT_PERSON } from './round16-hate';
import { REVIEW12_NEAR_MISS } from './precision-review-round12';
import { REVIEW13_NEAR_MISS } from './precision-review-round13';
import { REVIEW14_NEAR_MISS } from './precision-review-round14';
import { REVIEW15_NEAR_MISS } from './precision-review-round15';
import { REVIEW16_NEAR_MISS } from './precision-review-round16';
import { REVIEW17_NEAR_MISS } from './precision-review-round17';
import { REVIEW18_NEAR_MISS } from './precision-review-round18';
import { REVIEW19_NEAR_MISS } from './precision-review-round19';
import { REVIEW20_NEAR_MISS } from './precision-review-round20';
import { REVIEW25_NEAR_MISS } from './precision-review-round25';
import { REVIEW26_NEAR_MISS } from './precision-review-round26';
import { REVIEW27_NEAR_MISS } from './precision-review-round27';
import { REVIEW28_NEAR_MISS } from './precision-review-round28';
import { REVIEW29_NEAR_MISS } from './precision-review-round29';
import { REVIEW61_NEAR_MISS } from './precision-review-round61';
import { REVIEW31_NEAR_MISS } from './precision-review-round31';
import { REVIEW32_NEAR_MISS } from './precision-review-round32';
import { PUT_DOWN_FRAMES, PUT_DOWN_FRAMES_NEAR_MISS, REPLY_WORDS_REPORTED_OR_FOND, VEILED_THREATS, VEILED_THREATS_NEAR_MISS } from './put-downs-and-threats';

const INF = ['inflammatory'] as const;
const BOTH = ['protected', 'inflammatory'] as const;
const flag = (texts: string[], expect: readonly ('inflammatory' | 'protected')[] = INF) => texts.map((text) => ({ text, expect: [...expect] }));
const pass = (texts: string[]) => texts.map((text) => ({ text, expect: [] }));

const secondPerson = flag([
  'You are an idiot.', "You're a complete moron.", 'You idiot, that was the wrong branch.', 'You are so pathetic.', 'You are such a loser.',
  'Honestly you are a total clown.', 'You are worthless.', "You're a liar and a fraud.", 'You absolute moron.', 'You are a disgrace.',
  'Ur a loser.', 'u r an idiot', 'You are a fucking joke of a manager and a coward.', "You're a hypocrite.", 'You are the dumbest person I know, you imbecile.',
  'You are a snake.', 'You are disgusting.', 'You are a spineless coward.', 'You are so stupid.', 'You useless dipshit.', "Don't be such an asshole.",
  ...ROUND32_INSULTS,
  ...ROUND33_INSULTS,
]);

const described = flag([
  'Our CEO is a clown.', '@mark is a complete moron.', 'My manager is a useless jerk.', 'What a moron @jake is.', 'Dave from sales is an idiot.',
  'That guy is an asshole.', 'The new VP is a fraud.', '@lisa what an idiot', 'He is a pathetic liar.', 'She is a bitch.', 'The referee is a blind idiot.',
  'Mark is such a loser.', 'Our landlord is a scumbag.', 'That idiot cut me off again.', 'This moron in the meeting would not stop talking.',
  'The senator is a corrupt crook.', '@ceo_acme is a fraud', 'His boss is a complete dickhead.', 'The intern is useless.', 'My ex is a psycho.',
  'Our coach is an imbecile.', 'The new director is a bad person.', 'He is a sorry little man.', 'What a horrible human being she is.', 'Our landlord is a con man.',
  'He is a pathetic excuse for a human being.', 'You bloody corporate weasel.',
  'Our mayor is unethical.', 'The new CFO is a flake.', 'Crooked Gerald is at it again.', 'What a clown he is.', 'The auditors finally caught up with this crook.',
  'He is dumber than a bag of hammers.', 'My landlord is full of shit.', 'Imagine being this dumb, @sam.', 'She is just a spoiled brat.',
]);

const groupNonProtected = flag([
  'Our competitors are morons.', 'Politicians are all liars.', 'Lawyers are parasites.', 'Landlords are scumbags.', 'Recruiters are idiots.',
  'Those executives are clowns.', 'The mods here are losers.', 'Journalists are liars.', 'Bankers are scum.', 'Our rivals are pathetic.',
  'The other team are a bunch of idiots.', 'Influencers are frauds.', 'Critics are morons.', 'Republicans are idiots.', 'Democrats are clowns.',
  'These trolls are pathetic.', 'Fans of that team are idiots.', 'Investors are leeches.', 'Management are a bunch of clowns.', 'The board are cowards.',
  'Vegans are annoying idiots.', 'Tech bros are insufferable.', 'Gamers are basement-dwelling losers.', 'Influencers are brain-dead parasites.',
  'Crypto bros are the worst kind of people.', 'Cyclists are a menace.', 'Consultants are overpaid frauds.',
]);

const groupThreats = flag([
  'Anti-vaxxers deserve to die.', 'I hope all landlords die.', 'Cyclists should get hit by a bus.', 'Landlords should all be thrown in jail.',
  'Bankers belong in prison.', 'Vegans should be shot.', 'I hope the lobbyists rot.', 'Those influencers deserve to be beaten.',
]);

const threats = [...groupThreats, ...flag([
  // veiled threats and the lesson with a weapon; someone to come, picked out
  'I will find where you live and make you pay.', "I'll make you pay, mark my words.", 'Someone needs to teach that reviewer a lesson with a baseball bat.',
  "I'm going to punch the next one I see.",
  "I'm going to punch him in the face.", 'Someone should shoot that guy.', 'I hope you die.', 'kys', "Let's beat him up after work.",
  'I will kill you.', "I'll break your neck.", 'Somebody needs to slap her.', 'I hope he gets hit by a bus.', 'You deserve to be shot.',
  'Go kill yourself.', 'I know where you live.', 'I want him dead.', "I'm gonna find you and hurt you.", 'Die in a fire, @troll.',
  'Someone should punch @mark.', 'We will hunt you down.', 'I hope she rots.', "I'll stab you if you touch my lunch again.", 'He should be shot.',
  "I'm going to beat the shit out of you.",
])];

const profanityAimed = flag([
  'Fuck you.', 'Fuck you, Mark.', 'F*** you @dave', 'Go fuck yourself.', 'Shut the fuck up.', 'Screw you and your team.', 'Fuck off, @sam.',
  'You f***ing idiot.', 'You b*tch.', 'Kiss my ass, Kevin.', 'Go to hell, @jen.', 'STFU @bob', 'You piece of shit.', 'Eat shit, Steve.',
  '@tom you a**hole', 'Fuck him.', 'Fuck the referee.', 'You are a sh*t manager and a d*ckhead.', 'Go f*ck yourself, Paul.', 'You are a waste of space.',
  ...ROUND32_PROFANITY_AT_GROUP,
]);

const shouting = [
  'THIS IS THE WORST SERVICE I HAVE EVER HAD', 'WHY DOES NOBODY EVER ANSWER THE SUPPORT LINE', 'I AM SO DONE WITH THIS COMPANY AND ITS LIES',
  'Seriously? STOP SENDING ME THESE USELESS EMAILS EVERY DAY', 'YOU PEOPLE NEVER LISTEN TO A SINGLE WORD WE SAY', 'FIX YOUR BROKEN APP ALREADY I PAID FOR IT',
  'THREE WEEKS AND STILL NO REFUND FROM THESE PEOPLE', 'I HAVE ASKED FIVE TIMES NOW AND NOBODY CARES', 'DO NOT BUY ANYTHING FROM THIS STORE EVER AGAIN',
  'WHAT IS WRONG WITH YOUR DELIVERY DRIVERS TODAY', 'NOBODY ASKED FOR THIS UPDATE AND EVERYONE HATES IT', 'Hello. I WANT TO SPEAK TO YOUR MANAGER RIGHT NOW',
  'THIS MEETING COULD HAVE BEEN AN EMAIL AND YOU KNOW IT', 'STOP CHANGING THE DEADLINE EVERY SINGLE WEEK', 'WE ARE NOT GOING TO ACCEPT THIS KIND OF TREATMENT',
  'HOW MANY TIMES DO I HAVE TO EXPLAIN THIS TO YOU', 'READ THE DOCUMENTATION BEFORE YOU OPEN ANOTHER TICKET', 'I CANNOT BELIEVE THEY SHIPPED THIS GARBAGE AGAIN',
  'EVERYONE NEEDS TO CALM DOWN AND READ THE POLICY', 'THE PARKING SITUATION AT THIS OFFICE IS A COMPLETE JOKE',
].map((text) => ({ text, expect: [...INF] }));

const identityAtPerson = flag([
  'Go back to the jungle, monkey.', '@sam go back to your own country', 'Go back to where you came from, @ali.', 'You should go back to your country.', 'You stupid immigrant.',
  '@maria go back to Mexico', 'You dumb woman.', 'Go back to your country, nobody wants you here.', 'You useless old man.', 'You filthy Muslim.',
  'You only got the job because you are a woman.', '@raj go back to India', 'You stupid Chinese people.', 'Why not go back where you came from, @leo?',
  'You dumb Black people.', '@femi go back to Africa', 'You disgusting gay people.', 'You pathetic disabled people.', 'You are only here because you are Black.',
  'You ugly trans women.', 'Go back to your own country, Ahmed.',
  ...ROUND16_HATE_AT_PERSON, ...ROUND31_AT_PERSON,
], BOTH);

const idioms = pass([
  ...ROUND32_INSULTS_NEAR_MISS,
  ...ROUND33_INSULTS_NEAR_MISS,
  'This bug is killing me.', 'We crushed our goals this quarter.', 'Our new search is a killer feature.', 'Shoot me a message when you land.',
  "I'm dying to see the new office.", 'That demo was sick!', 'You killed it on stage today!', 'Break a leg at the keynote tomorrow!', 'Let us kill two birds with one stone.',
  'I could murder a coffee right now.', 'We need to kill the process and restart the server.', 'Knock them dead at the pitch!', 'My feet are killing me after the conference.',
  'Shoot for the stars this quarter.', 'The new laptop is a beast.', "We're going to smash our targets.", 'That joke slayed the whole room.', 'I will shoot you an email tomorrow.',
  'She absolutely destroyed the competition at the hackathon.', 'Drop me a line anytime.', 'Our sales team is on fire.', 'I nearly died laughing at the offsite.',
]);

const profanityUnaimed = pass([
  'Holy shit, we actually shipped it!', 'This f***ing bug took all week.', 'Damn, that launch went well.', 'Well, shit. The build broke again.',
  'What the hell happened to the wifi?', 'That was a fucking amazing keynote.', 'Oh crap, I forgot my badge.', 'Shit happens, we fix it and move on.',
  'Fuck yeah, we hit our numbers!', 'This traffic is bullshit.', 'Goddamn, that demo was smooth.', 'Bloody hell, what a week.', 'I am so fucking proud of this team.',
  'Pissed that I missed the offsite.', 'Hell yes, new coffee machine!', 'No shit, the release is Friday?', 'Crap weather for the company picnic.',
  'Fuck, I love this city.', 'The server crashed, damn it.', 'Well that was a shitshow of a commute.',
]);

const objectAbuse = pass([
  'This printer is useless.', 'The new update is garbage.', 'Mondays are the worst.', 'This code is a piece of shit.', 'The wifi is pathetic today.',
  'This meeting is a waste of time.', 'That movie was stupid.', 'Our old CRM is a joke.', 'The coffee here is disgusting.', 'This spreadsheet is a disaster.',
  'The build system is a clown show.', 'That policy is dumb.', 'This laptop is a piece of junk.', 'The traffic today was idiotic.', 'The parking lot is a nightmare.',
  'What a stupid bug.', 'The documentation is worthless.', 'This idea is moronic.', 'The weather is pathetic.', 'Fuck this bug.',
  'The new model is dumber than the old one.', 'The inbox is full of spam again.', 'What a joke this release process is.', 'That freak storm closed the office.',
]);

const selfDeprecation = pass([
  "I'm such an idiot, I forgot my badge again.", 'I am a moron, I pushed to main.', "Call me a fool, but I love Mondays.", 'I felt like a complete clown in that demo.',
  "I'm a loser at ping pong, apparently.", 'We were idiots to skip testing.', 'I was so stupid to book a 7am flight.', 'Me, the dumbest person at trivia night.',
  "I'm a total nerd for spreadsheets.", 'I am such a dork.', 'We look like clowns in these hats.', "I'm an idiot for not asking sooner.",
  'Honestly I am the worst at names.', 'I was a fool to doubt this team.', "I'm such a klutz, spilled coffee everywhere.", 'I am a disaster before coffee.',
  'Us idiots forgot the cake.', 'I feel like an imbecile with this new tool.', 'I made a stupid mistake in the report.', 'I am useless at golf.',
]);

const contempt = flag([
  'Who the hell do you think you are?', '@nina who do you think you are, lecturing us?', 'What is wrong with you?', 'What the fuck is wrong with him?',
  'How brainwashed can you be?', 'How stupid can people be?', 'Shame on you, @dana.', 'Have you no decency at all?', 'You should be ashamed of yourself.',
  'He has no shame.', 'Lock her up!', 'Our old CFO should be jailed.', 'That senator belongs in prison.', 'Arrest him already.',
  'Our landlord is a snake.', "He's such a pig.", 'She is a weasel, never trust her.', 'You are sick in the head.', 'You are dead to me.',
  'He is clearly mentally unstable.', 'Why the hell would you do that, @sam?', "Don't let the door hit you on the way out.",
  'Your stupid excuses are getting old.', '@sam 🖕', '@dana lol you are such a 🤡', 'Take your pathetic ideas somewhere else, and take his idiotic plan with you.',
  'The senator is losing his mind.', 'They showed again how vile they can be.',
]);

const contemptLookalikes = pass([
  'What the hell happened to the build?', 'What is wrong with this printer?', 'How can you be so calm before a launch?', 'Shame on me for missing the standup.',
  'The old endpoint should be removed next sprint.', 'Lock the door when you leave.', 'He is a dog person, she prefers cats.', 'My brother is mentally ill and I am proud of him.',
  "She's a beast on the court.", 'The bug should be fixed before Friday.', 'Who do you think will win the hackathon?', 'I lost my mind laughing at the offsite.',
  'This snake plant is thriving on my desk.', 'The weasel in that nature documentary was adorable.', 'That was a stupid bug, my bad.', 'The server is dead to me until it reboots.',
  'Why the hell is the coffee machine broken again?', 'The intern asked what is wrong with the deploy script.', 'I am losing my mind over this spreadsheet.',
  'I had no idea how sick he is, I will send flowers.', 'Maybe she is lying about the surprise party, she loves secrets.', 'How brainwashed can a recommender system get by its own data?', 'Arrest the spread of bugs with better tests.', 'me at 7am before coffee 🤡', 'this build is 💩',
]);

/** Word classes and frames read from reply-style posts: plural subjects, typos, conduct, madness, hatred declared. */
const framesAtPeople = flag([
  // a person described by a relative clause
  'Anyone who buys their product is a moron.', 'Whoever wrote this policy is an idiot.', 'Anyone who voted for him is a fool.',
  // someone named only by the insult as the subject, or the insult concluded of someone
  'Some idiot parked across two spaces again.', 'some moron cut me off on the ring road', 'Some jerk stole my lunch from the fridge.',
  'I guess that makes you a bigot.', 'Which makes him a hypocrite, frankly.', 'That makes her a liar.', 'Lying about it made him a fraud.',
  'Only an idiot like you would believe that.', 'Morons like you ruin every thread.', 'Crooks like him belong in jail.', 'Trash like you should stay offline.',
  // a plural pronoun subject with a word that judges people as people
  'They are batshit crazy.', '@rowan they are completely brainwashed.', 'Honestly they are unhinged.', 'They are all deranged.',
  // exclaimed weak insults, pointed by a relative
  'What a fool.', '@mira what a creep!', 'And this from the clown who lost the vote?', 'Typical: the creep that keeps messaging me.',
  // more person-only insult nouns and predicate words
  'You spineless wimp.', 'He is a sycophant.', 'Our treasurer is a shameless bootlicker.', 'She is inbred.', 'He is a nut job.',
  'You are a failure.', 'He is a nobody.', 'She is the devil.', 'Our host is Satan incarnate.', '@kit those are whackos.',
  'The umpire is a clown.', 'The new pastor is delusional.', 'He is by far the most pretentious person here.', 'You are just to brainwashed to see it.',
  // typo and masking
  'His a fraud.', 'Hey bee itch, nobody asked.', 'He is an enemy of the people.',
  // one describing word of any kind after the article
  'He is a corporate puppet.', 'He is a drunk crazy man.',
  // mockery fixed to a camp of people
  'Poor whiny liberals.', 'Another brainwashed leftist.', 'Whiny snowflakes everywhere.', 'Hysterical conservatives at it again.',
  // conduct compared to a child's or a bully's
  'The senator is behaving like a toddler.', 'You are acting like a spoiled brat.', 'Our landlord acts like a dictator.',
  // madness wished on a person
  'He needs serious psychiatric help.', 'You should get your head examined.', 'Gerald needs to see a shrink.',
  // hatred declared at a person
  'I despise you.', 'We detest them.', 'I really loathe him.',
  // a name closing a predicate said to the reader
  'You are a cheater, Casey!',
  // more verdicts on a person as a person
  'She is so narrow-minded.', 'You are so damned unattractive.', 'Our councillor is disingenuous and ungrateful.', 'He is talentless.',
]);

const threatsWelcomed = flag([
  "I'm all for those landlords getting themselves killed.", "I'd love to see him get shot.", "Can't wait to watch them get beaten.",
  'I hope they all die.', 'I would happily see the mods get stabbed.', 'I am totally for the recruiters getting shot.',
  "I'd really enjoy seeing that troll get beaten.", 'Would love to see @dex get murdered.', "I'd pay to see him get beaten.",
  "I'm definitely for those protesters getting killed.", 'Can not wait to see them get executed.', "I'd like to see her get stabbed.",
  'I hope they both die.', 'May they all rot.', "I'm so for them getting themselves killed.", 'I would gladly watch him get tortured.',
  "I'd love to see the landlords get lynched.", 'Cannot wait to see those cyclists get killed.', 'I want to see you get beaten.',
  'Would enjoy seeing the bankers get hanged.',
]);

const framesLookalikes = pass([
  "Anyone who says I'm an idiot is right.", 'Whoever designed this form is a genius.', 'I will make you pay for lunch next time.', 'The app will find where you live to show local results.',
  "I'll teach him a lesson in maths tomorrow.", "I'll shoot the next one in black and white.", "We'll make you pay less tax with this plan.",
  "I'm such an idiot, I left my charger at home.", 'He called me a jerk and walked off, I deserved it.', 'A clown came to the party and the kids loved it.',
  'An idiot could not have built this, it is brilliant.', "That doesn't make you a bad person.", 'Does that make him a liar? No.', 'It made her a star.',
  'Working here made me a better engineer.', 'If that makes me a hypocrite, fine.', 'It never made him a hero.',
  'Sick people deserve better care.', 'Grandma needs her meds.', 'My brother needs his meds, can you grab them?', 'The prosecutor argued the witness was lying.',
  'The actor is a psycho in the new film.', "The clown who did my daughter's party was brilliant.",
  'He was a clown like you said.', 'I felt like an idiot, like you said.', 'A genius like you should apply.', 'Legends like you keep this team going.',
  // the same words about things, oneself, or as advice
  'They are crazy good at this.', 'Prices this year are insane.', 'They were terrible today, we lost 3-0.', 'What a fool I was to trust the forecast.',
  'That freak accident closed the road.', 'The clown show at the fair was fun.', 'I was acting like a child at the party, sorry.',
  'Stop acting like a child and eat your vegetables.', 'Kids acting like kids at the park.', 'My mom needs her meds refilled.',
  'I need a shrink after this week lol', 'My sister needs mental help, please share the hotline.', 'I detest olives.',
  "I don't despise you, I'm just tired.", "I don't think he is a sociopath.", "I'm not saying she is lying.",
  'The launch was a failure.', 'He is a good hack, he fixed the build in an hour.', 'She is a former criminal who now runs a charity.',
  'The beach itch went away after a day.', 'Those are bugs, not features.', 'He is to blame for the outage, he admits it.',
  "I'm all for him getting shot down in the vote.", "I'd love to see him get elected.", "I would not love to see anyone get shot.",
  'I am against people getting killed.', 'Sick kids need our help this winter.', 'The sad conservatives in this story lost their farms.',
  'She is by far the best engineer we have.', 'The pope is visiting Lisbon next week.', 'He needs a bit of help moving house.',
  'The cameras suck in low light.', 'The road is narrow here.', 'The margin is small, the plan is simple.', 'That point is irrelevant.', 'We crushed it this quarter.', 'This bug is killing me.', 'That demo was sick.',
]);

export const INFLAMMATORY_BEHAVIOURS: Behaviour[] = [
  { id: 'insult-second-person', title: 'insults in the second person', family: 'inflammatory', polarity: 'flag', cases: secondPerson },
  { id: 'insult-described-person', title: 'insults at named, @mentioned or described people', family: 'inflammatory', polarity: 'flag', cases: described },
  { id: 'insult-group', title: 'insults at non-protected groups', family: 'inflammatory', polarity: 'flag', cases: groupNonProtected },
  { id: 'threat', title: 'threats, incitement, wishing harm', family: 'inflammatory', polarity: 'flag', cases: threats },
  { id: 'profanity-aimed', title: 'profanity aimed at people (incl. masked)', family: 'inflammatory', polarity: 'flag', cases: profanityAimed },
  { id: 'shouting', title: 'sustained shouting (info)', family: 'inflammatory', polarity: 'flag', countInfo: true, cases: shouting },
  { id: 'identity-at-person', title: 'identity attack aimed at a person (both)', family: 'inflammatory', polarity: 'flag', cases: identityAtPerson },
  { id: 'contempt', title: 'contempt at a person without an insulting word', family: 'inflammatory', polarity: 'flag', cases: contempt },
  { id: 'insult-frames', title: 'insult word classes and frames at people (plural subjects, conduct, madness, hatred)', family: 'inflammatory', polarity: 'flag', cases: framesAtPeople },
  { id: 'threat-welcomed', title: 'harm welcomed or wished on people', family: 'inflammatory', polarity: 'flag', cases: threatsWelcomed },
  { id: 'insult-frames-lookalike', title: 'the same frames about things, oneself, advice or doubt', family: 'inflammatory', polarity: 'pass', cases: framesLookalikes },
  { id: 'idiom', title: 'idioms and figures of speech', family: 'inflammatory', polarity: 'pass', cases: idioms },
  { id: 'contempt-lookalike', title: 'the same frames about things or oneself', family: 'inflammatory', polarity: 'pass', cases: contemptLookalikes },
  { id: 'profanity-unaimed', title: 'profanity not aimed at anyone', family: 'inflammatory', polarity: 'pass', cases: profanityUnaimed },
  { id: 'object-abuse', title: 'abuse aimed at objects', family: 'inflammatory', polarity: 'pass', cases: objectAbuse },
  { id: 'self-deprecation', title: 'self-deprecation', family: 'inflammatory', polarity: 'pass', cases: selfDeprecation },
  { id: 'insult-spellings', title: "insults as typed fast: 'your' for 'you're', two-word names, owned flaws, 'too blind to see'", family: 'inflammatory', polarity: 'flag', cases: flag(INSULT_SPELLINGS) },
  { id: 'put-down-frames', title: "put-downs carried by a frame: 'the IQ of a potato', 'two brain cells', 'a potato would be a better chairman', 'ok genius', 'are you really this dense?'", family: 'inflammatory', polarity: 'flag', cases: flag(PUT_DOWN_FRAMES) },
  { id: 'put-down-frames-near-miss', title: 'the same frames about oneself, about things, as praise, or as a plain question', family: 'inflammatory', polarity: 'pass', cases: pass(PUT_DOWN_FRAMES_NEAR_MISS) },
  { id: 'veiled-threats', title: "veiled threats and harm wished: 'your days are numbered', 'hope someone punches him', 'I hope you lose your job'", family: 'inflammatory', polarity: 'flag', cases: flag(VEILED_THREATS) },
  { id: 'veiled-threats-near-miss', title: 'the same words as advice, a meeting, a fixture, a health tip or a joke about oneself', family: 'inflammatory', polarity: 'pass', cases: pass(VEILED_THREATS_NEAR_MISS) },
  { id: 'reply-words-reported-or-fond', title: 'insulting or profane words in a reply that are quoted, talked about, fond, or aimed at a thing', family: 'inflammatory', polarity: 'pass', cases: pass(REPLY_WORDS_REPORTED_OR_FOND) },
  { id: 'precision-review-round12', title: 'ordinary posts a reviewer wrote against the round-12 frames, threats and labels (pets, children, cooking, sport, fiction)', family: 'inflammatory', polarity: 'pass', cases: pass(REVIEW12_NEAR_MISS) },
  { id: 'precision-review-round13', title: 'ordinary posts a second reviewer wrote against the newest frames (answers, titles, history, pets, reviews, errands)', family: 'inflammatory', polarity: 'pass', cases: pass(REVIEW13_NEAR_MISS) },
  { id: 'precision-review-round14', title: 'ordinary posts a third reviewer wrote across workplace genres (sport, gaming, parenting, nursing, cooking, DIY, reviews, replies)', family: 'inflammatory', polarity: 'pass', cases: pass(REVIEW14_NEAR_MISS) },
  { id: 'precision-review-round15', title: 'ordinary posts a fourth reviewer wrote against the newest frames, phrases, threats and gender-role shapes', family: 'inflammatory', polarity: 'pass', cases: pass(REVIEW15_NEAR_MISS) },
  { id: 'precision-review-round16', title: "ordinary posts a fifth reviewer wrote against taunts, mob punishment, groups told off, trips home, rough words on things and the round 14 readers", family: 'inflammatory', polarity: 'pass', cases: pass(REVIEW16_NEAR_MISS) },
  { id: 'precision-review-round17', title: 'ordinary posts a sixth reviewer wrote against the round 15 readers and the round 16 questions, spellings and shapes', family: 'inflammatory', polarity: 'pass', cases: pass(REVIEW17_NEAR_MISS) },
  { id: 'precision-review-round18', title: 'ordinary posts a seventh reviewer wrote against the round 16 statements, lists and dislocated groups', family: 'inflammatory', polarity: 'pass', cases: pass(REVIEW18_NEAR_MISS) },
  { id: 'precision-review-round19', title: 'ordinary posts an eighth reviewer wrote against the last round 16 additions', family: 'inflammatory', polarity: 'pass', cases: pass(REVIEW19_NEAR_MISS) },
  { id: 'precision-review-round20', title: 'ordinary posts a ninth reviewer wrote against the round 17 adverbs, compounds, bands and generic secret shapes', family: 'inflammatory', polarity: 'pass', cases: pass(REVIEW20_NEAR_MISS) },
  { id: 'precision-review-round25', title: 'ordinary posts a fourteenth reviewer ran as a black box against the round 18 threats, insults and placed persons', family: 'inflammatory', polarity: 'pass', cases: pass(REVIEW25_NEAR_MISS) },
  { id: 'precision-review-round26', title: 'ordinary posts a fifteenth reviewer ran as a black box against the menace phrases, letter profanity, describers, removal questions and self-mockery', family: 'inflammatory', polarity: 'pass', cases: pass(REVIEW26_NEAR_MISS) },
  { id: 'precision-review-round27', title: 'ordinary posts a sixteenth reviewer ran as a black box against the threat grammar: sport, games, stories, travel, work, fire drills, deliveries', family: 'inflammatory', polarity: 'pass', cases: pass(REVIEW27_NEAR_MISS) },
  { id: 'precision-review-round28', title: 'ordinary posts a seventeenth reviewer ran as a black box against the menace phrases: lifts, deliveries, pets, songs, draws, classes, magic, demos, videos, butchers', family: 'inflammatory', polarity: 'pass', cases: pass(REVIEW28_NEAR_MISS) },
  { id: 'precision-review-round29', title: 'ordinary posts a reviewer ran as a black box against the round 19 threat readers: storms, insurance, cars, ranges, security, barbecues, banter, true crime, pets, health warnings, protests', family: 'inflammatory', polarity: 'pass', cases: pass(REVIEW29_NEAR_MISS) },
  { id: 'precision-review-round32', title: 'ordinary posts with the words of threats, a reviewer ran as a black box against the round 20 threat readers: sport, true crime, safety advice, news, pets and children, cooking, neighbours, medicine, protected groups near violent slang, jokes', family: 'inflammatory', polarity: 'pass', cases: pass(REVIEW32_NEAR_MISS) },
  { id: 'precision-review-round31', title: 'ordinary posts over ten themes a reviewer ran as a black box at the end of round 19: company news, inclusion, counter-speech, banter, safety, family, workplace requests, self-deprecation, civil politics, harsh idioms', family: 'inflammatory', polarity: 'pass', cases: pass(REVIEW31_NEAR_MISS) },
  { id: 'insult-spellings-near-miss', title: "the same words owning a thing, one's own flaw, a compound, or 'too tired to'", family: 'inflammatory', polarity: 'pass', cases: pass(INSULT_SPELLINGS_NEAR_MISS) },
  { id: 'round16-shapes', title: "taunts, a person named by what they belong to, a superlative in a field, a camp called a sickness, a mob's punishment", family: 'inflammatory', polarity: 'flag', cases: flag(ROUND16_SHAPES) },
  { id: 'round16-shapes-near-miss', title: 'the same words for comfort, own tears, statements, titles, performance, medicine, files and meetings', family: 'inflammatory', polarity: 'pass', cases: pass(ROUND16_SHAPES_NEAR_MISS) },
  { id: 'round17-shapes', title: 'an adverb or one describing word between the copula and the insult, "can\'t fix stupid", misspelt "piece of shit"', family: 'inflammatory', polarity: 'flag', cases: flag(ROUND17_SHAPES) },
  { id: 'round17-shapes-near-miss', title: 'the same adverbs before praise or one\'s own faults, things, verbs after the copula, sick and tired', family: 'inflammatory', polarity: 'pass', cases: pass(ROUND17_SHAPES_NEAR_MISS) },
  { id: 'round18-shapes', title: "threats with 'both', a condition or 'no joke', a weapon lodged in someone, 'the next person who', 'a pathetic excuse for a', 'two-faced', a person placed by a phrase, one person pointed at by gender or age", family: 'inflammatory', polarity: 'flag', cases: flag([...ROUND18_THREATS_AND_INSULTS, ...ROUND18_ONE_PERSON]) },
  { id: 'round18-menace', title: "menace in set phrases ('put you in the hospital', 'make you bleed', 'slash your tires', 'sleep with one eye open', 'six feet under'), requests to hurt someone, profanity cut to a letter, describing words before a name", family: 'inflammatory', polarity: 'flag', cases: flag(ROUND18_MENACE) },
  { id: 'round18-menace-near-miss', title: 'the same phrases for accidents, pets, onions, shoes, parkrun, keypads, cricket, toddlers, TV, emails, baking, grades, notes to self and games', family: 'inflammatory', polarity: 'pass', cases: pass(ROUND18_MENACE_NEAR_MISS) },
  { id: 'round18-foretold', title: "threats in their grammar: harm foretold to 'you' or a placed person, death and menace foretold, conditions before the threat, agents shared across 'and', volunteers asked, 'ill' and 'ima', fire set to buildings, doxxing, a weapon with a name on it", family: 'inflammatory', polarity: 'flag', cases: flag(ROUND18_FORETOLD) },
  { id: 'round18-foretold-near-miss', title: 'the same grammar for statistics, speculation, safety warnings, reviews, squads, plots, trains, directories, errands, cooking, prizes and targets', family: 'inflammatory', polarity: 'pass', cases: pass(ROUND18_FORETOLD_NEAR_MISS) },
  { id: 'round18-phrases', title: "menace in fixed phrases ('catch these hands', 'coming to your house', 'set your car on fire', 'your days are numbered', 'say your prayers', 'want me to break your nose?') and the -ing forms ('I'm breaking your legs', 'start shooting these people')", family: 'inflammatory', polarity: 'flag', cases: flag(ROUND18_PHRASES) },
  { id: 'round18-phrases-near-miss', title: 'the same phrases for dinner, ovens, fax machines, desks, nets, office moves, news, trailers, recoveries, schedules, magic, fire drills, recruiters and games', family: 'inflammatory', polarity: 'pass', cases: pass(ROUND18_PHRASES_NEAR_MISS) },
  { id: 'round19-threats', title: "threats in more wordings: 'the life out of', 'curb stomp', broken hands, 'until she stops moving', people named by an insult, fire with people inside, every window of a place, hopes and regrets about property, a death foretold, a family made to pay, waiting by a car, followed home, 'make his life hell', 'why hasn't anyone ...', a gun brought to a meeting, a weapon emoji pointed at the reader", family: 'inflammatory', polarity: 'flag', cases: flag(ROUND19_THREATS) },
  { id: 'round19-threats-near-miss', title: 'the same words for hugs, barbecues, bees, storms, doctors, lifts, safety, gunsmiths, cats under cars, mattresses, parties, candles, records, trailers, LinkedIn and softball', family: 'inflammatory', polarity: 'pass', cases: pass(ROUND19_THREATS_NEAR_MISS) },
  { id: 'round19-insults', title: "insults stretched or spelt by sound ('looooser', 'stoopid', 'idjit', 'lier'), plural names after describing words for groups placed by a clause, busybodies, cranks and man-children", family: 'inflammatory', polarity: 'flag', cases: flag(ROUND19_INSULTS) },
  { id: 'round19-insults-near-miss', title: 'birthdays, best friends and rounds bought, stretched words that insult nobody, groups praised, planks, bums and hack days', family: 'inflammatory', polarity: 'pass', cases: pass(ROUND19_INSULTS_NEAR_MISS) },
  { id: 'round21-insults', title: "insults in everyday shapes: 'you useless hack', 'as useless as you are', mock thanks ('thanks for being such a liar'), 'couldn't organise a piss-up in a brewery'", family: 'inflammatory', polarity: 'flag', cases: flag(ROUND21_INSULTS) },
  { id: 'round21-insults-near-miss', title: 'real thanks and compliments in the same frames, the same adjectives on things or oneself', family: 'inflammatory', polarity: 'pass', cases: pass(ROUND21_INSULTS_NEAR_MISS) },
  { id: 'round22-injury-pictured', title: "the reader pictured injured, their nerve or smile taken with it: 'you won't be so brave with a broken jaw', 'let's see how tough you are with your teeth knocked out'", family: 'inflammatory', polarity: 'flag', cases: flag(ROUND22_INJURY_PICTURED) },
  { id: 'round22-injury-pictured-near-miss', title: 'courage after an accident told in the past, sport and recovery, get-well wishes, and the same dares about exams, chess and the gym', family: 'inflammatory', polarity: 'pass', cases: pass(ROUND22_INJURY_PICTURED_NEAR_MISS) },
  { id: 'round22-person-threats', title: "threats at a person in more shapes: 'you'll be eating your teeth', 'I'd love to see you bleed', 'your face is going to meet my fist', 'you'll be in a box', 'they'll never find your body', 'waiting outside your office with my mates', 'next time I see you, you're finished'", family: 'inflammatory', polarity: 'flag', cases: flag(ROUND22_PERSON_THREATS) },
  { id: 'round22-person-threats-near-miss', title: 'the same words for sport, fist bumps, birthday drinks, dentists, magic tricks, shipwrecks, ashes, finish lines, haircuts, films and pillow fights', family: 'inflammatory', polarity: 'pass', cases: pass(ROUND22_PERSON_THREATS_NEAR_MISS) },
  { id: 'round23-person-threats', title: "threats at one person in a helper's probe: a head put through the wall, run off the road, a bullet in a head, 'hope someone beats you so bad ...', 'we'll be waiting', 'bring an ambulance', 'hope your door is strong', 'she'll find out what happens when she's alone'", family: 'inflammatory', polarity: 'flag', cases: flag(ROUND23_PERSON_THREATS) },
  { id: 'round23-person-threats-near-miss', title: "trash talk, a villain's line in a novel, news of threats, hyperbole about oneself, knives in kitchens, gyms and protection (the helper's look-alikes)", family: 'inflammatory', polarity: 'pass', cases: pass(ROUND23_PERSON_THREATS_NEAR_MISS) },
  { id: 'round23-person-threats-third-author', title: "a third author's threats at one person (19 of 40 caught when written): 'getting glassed', 'the absolute shit out of you', 'not leave that car park in one piece', 'I start with your kneecaps', 'standing over your bed', 'better have a bodyguard', 'they can't be there 24/7'", family: 'inflammatory', polarity: 'flag', cases: flag(ROUND23_PERSON_THREATS_THIRD_AUTHOR) },
  { id: 'round23-person-threats-third-author-near-miss', title: "the third author's look-alikes: sport, games, idioms, fiction, news, cooking, hyperbole about oneself and safety advice", family: 'inflammatory', polarity: 'pass', cases: pass(ROUND23_PERSON_THREATS_THIRD_AUTHOR_NEAR_MISS) },
  { id: 'round24-person-threats', title: "'you will pay for this with your life', also split over two sentences; the f-word spelt with look-alike letters ('fvck', 'phuck'); 'parasitic'", family: 'inflammatory', polarity: 'flag', cases: flag([...ROUND24_PERSON_THREATS]) },
  { id: 'round24-person-threats-near-miss', title: 'paying by card, with life savings, with their lives for others; an untargeted respelt expletive', family: 'inflammatory', polarity: 'pass', cases: pass([...ROUND24_PERSON_THREATS_NEAR_MISS]) },
  { id: 'round25-veiled-at-person', title: "veiled threats at a person made of two menacing ideas: regret and a knife, safety denied after what was posted, a funeral soon, a first aid kit after work, an address hunted, days counted; and the reader's fault held up to be pitied ('imagine being as stupid as you')", family: 'inflammatory', polarity: 'flag', cases: flag([...ROUND25_VEILED_AT_PERSON, ...ROUND25_IMAGINE_BEING]) },
  { id: 'round25-veiled-at-person-near-miss', title: 'safety advice after break-ins, a lost essay, a fundraiser at the hospital, a grandad\'s funeral, an umbrella, a taxi, days off, a birthday cake outside the office', family: 'inflammatory', polarity: 'pass', cases: pass([...ROUND25_VEILED_AT_PERSON_NEAR_MISS]) },
  { id: 'round26-threats-at-person', title: "a cutting or breaking verb with a body part ('cut your fingers off', 'chop your hands off', 'cut out your tongue'), 'hunt you down and make your wife watch', 'you'll end up in a ditch / dead / in a body bag' on a condition of the reader's, and an insult owned as the only word for it", family: 'inflammatory', polarity: 'flag', cases: flag([...ROUND26_AT_PERSON]) },
  { id: 'round26-threats-at-person-near-miss', title: 'haircuts, onions and hours cut, surgery, firewood, a photo snapped, a drink bought after a hunt, a debate, a ditch or a hospital warned of with care, a final reached, the only word for a cake', family: 'inflammatory', polarity: 'pass', cases: pass([...ROUND26_AT_PERSON_NEAR_MISS]) },
  { id: 'round26-harm-in-other-words', title: "harm told as what befalls someone (threat-shapes.ts): a weapon someone 'gets' ('a bat to the knees'), a harm someone 'is getting' ('his throat cut'), 'find out what my fists feel like', 'goes home in a body bag', the lads coming for him on a set night, a car driven through people, a fire set with someone inside, 'feeding the worms', a weapon brought or a fire set on a condition, harm wished as good news, an armed visit", family: 'inflammatory', polarity: 'flag', cases: flag([...ROUND26_SHAPES_AT_PERSON]) },
  { id: 'round26-harm-in-other-words-near-miss', title: 'prosecco for a quiz winner, a batsman, a knee op, an espresso, a taxi home, recruiters and night shifts called to, storms and car parks driven through, burnt toast, sales figures, a laptop or a mug on a condition, a fixed printer, rain, leaflets, sharpened knives, a feast and a cookery class at the mosque, potholes', family: 'inflammatory', polarity: 'pass', cases: pass([...ROUND26_SHAPES_NEAR_MISS]) },
  { id: 'round27-at-person', title: "an @handle whose parts are words ('@dan_writes you are a hack'), sarcastic praise that keeps a fault word ('congrats Steve, you useless clown'), 'ur trash at this game', 'ur useless as a friend', new insulting names ('gobshite', 'cheater', 'inbred'), chat spellings ('fck', 'fkn'), the reader's own words before or after an insult ('before you comment, you idiot'), and threats in other words: 'bleed for what you said', 'put him through a window', 'won't walk again' on a catch, 'say it to my face and see if you make it home', the reader's family tracked down, 'I know what you drive. hope your brakes hold', an ultimatum with a bat, a knife emoji beside 'watch your back', 'getting decked', 'break the legs of the next guy'", family: 'inflammatory', polarity: 'flag', cases: flag([...ROUND27_AT_PERSON]) },
  { id: 'round27-at-person-near-miss', title: "a cable through a wall, a doctor's warning, a prognosis, trash at the kerb, banter with 'lucky bastard', heaters, a nutter for fishing, an invoice deadline, brakes after a service, rain, wrestling on TV, injuries, a blood test, thanks to an @handle whose parts are words, a school found on a map, the gym, a gobstopper, a booking fee", family: 'inflammatory', polarity: 'pass', cases: pass([...ROUND27_AT_PERSON_NEAR_MISS]) },
  { id: 'round27-person-threats', title: "threats to a person in shapes the grammar missed (second pass): strangling a housemate, 'gets the shotgun', 'won't drive home in one piece', a weapon brought after 'one more ...', 'kicking your door in, and you with it', dogs set on someone, 'a nasty fall, mark my words', 'six feet under by Christmas', sabotage owned up to, 'drag you out by your hair', a condition and a shift's end, 'watch your back when you leave'", family: 'inflammatory', polarity: 'flag', cases: flag([...ROUND27_PERSON_THREATS]) },
  { id: 'round27-person-threats-near-miss', title: 'cake for the first one through the door, an MOT warning, biscuits, a table set, a fall recovered from, a dog buried, guitar strings, a file dragged, a lift after a shift, lifting advice', family: 'inflammatory', polarity: 'pass', cases: pass([...ROUND27_PERSON_THREATS_NEAR_MISS]) },
  { id: 'round28-at-person', title: "insults at people outside the protected groups: a verdict on someone's work passed to them ('your code is trash and so are you'), plural names for people no list holds ('traffic wardens are smug pricks', 'why are influencers always such smug pricks?'), 'Parasites, all of them.', 'should be ashamed to exist', 'never met one of those cyclists who wasn't a total moron', 'I hate middle managers, every single one of them', 'you are so dim'", family: 'inflammatory', polarity: 'flag', cases: ROUND28_AT_PERSON.map((t) => ({ text: t, expect: ['inflammatory'] as 'inflammatory'[] })) },
  { id: 'round28-at-person-near-miss', title: 'objects and weather cursed (an umbrella, a printer, a kettle, a heatwave, a tax form), praise passed on, heroes and legends, bugs, Mondays, meetings, tests, cats, dim lights, tomatoes, a piece of cake', family: 'inflammatory', polarity: 'pass', cases: ROUND28_AT_PERSON_NEAR_MISS.map((t) => ({ text: t, expect: [] })) },
  { id: 'round29-at-person', title: "put-downs the insult grammar could not aim, from the OLID dev half's clear misses written in other words (insult-shapes.ts): 'drank the Kool-Aid', 'on crack', 'what a dog she is', 'the only good ... is a dead one', 'an agent of Satan', 'not very bright, are you?', 'the worst commissioner in history', 'MAGA goons', 'the loony left', 'erase him from existence', 'a dope', 'a faker', 'a mean-spirited man', 'the lap dog of', 'a sick puppy', 'a detriment to society', 'full of hate', 'shitting his pants'", family: 'inflammatory', polarity: 'flag', cases: ROUND29_AT_PERSON.map((t) => ({ text: t, expect: ['inflammatory'] as 'inflammatory'[] })) },
  { id: 'round29-at-person-near-miss', title: "the writer's own Kool-Aid, a relative on crack, prices 'on crack', legends and beasts, bugs and meetings 'only good' when fixed or short, a school play, dim lamps, the worst goalkeeper in our league, labels quoted or asked about, a sharp left, a file removed, 'so dope', a sick puppy at the vet, a toddler's accident", family: 'inflammatory', polarity: 'pass', cases: ROUND29_AT_PERSON_NEAR_MISS.map((t) => ({ text: t, expect: [] })) },
  { id: 'round30-people-calls', title: "violence called for against people outside the protected groups, read by the protected rules' backstop aimed at people (threat-at-people.ts): 'should be strung up', 'lined up against a wall', 'taken out back and shot', 'deserves a bullet', 'need dragging out and hanging', 'bring back the gallows for', 'about time someone punched', 'fair play to whoever'", family: 'inflammatory', polarity: 'flag', cases: ROUND30_PEOPLE_CALLS.map((t) => ({ text: t, expect: ['inflammatory'] as 'inflammatory'[] })) },
  { id: 'round30-person-shapes', title: "threats to one person in a comment section's words (threat-shapes.ts): 'hope you like hospital food', 'you're dead when I catch you', 'putting two in your head', 'leaving on a stretcher', 'not in one piece', 'see what happens to your face', 'shame if the brakes failed', 'sleep with one eye open if I were you', 'the next idiot who ... is getting a slap', 'lucky I don't knock you out'", family: 'inflammatory', polarity: 'flag', cases: ROUND30_PERSON_SHAPES.map((t) => ({ text: t, expect: ['inflammatory'] as 'inflammatory'[] })) },
  { id: 'round30-near-miss', title: 'the same words for a get-well card, decorations, a bad font, back pain, a 4-0 defeat, a drum section, a soft-touch invoice, a safety warning to cyclists, a retiring referee, a play, a regime described, cake at standup, a rained-off fete, a pub quiz, sentencing policy, bargains, a good landlord, icy roads, a novel, Easter eggs, picture frames and prints', family: 'inflammatory', polarity: 'pass', cases: ROUND30_NEAR_MISS.map((t) => ({ text: t, expect: [] })) },
  { id: 'round30-unlisted-camps', title: "a camp no list names called a name after describing words of its own ('flat-earthers are smug little cranks', 'brexiteers are deluded idiots')", family: 'inflammatory', polarity: 'flag', cases: ROUND30_UNLISTED_CAMPS.map((t) => ({ text: t, expect: ['inflammatory'] as 'inflammatory'[] })) },
  { id: 'round30-unlisted-camps-near-miss', title: 'the same pattern for praise, plight, a novel and vegetables', family: 'inflammatory', polarity: 'pass', cases: ROUND30_UNLISTED_CAMPS_NEAR_MISS.map((t) => ({ text: t, expect: [] })) },
  { id: 'round30-scorned-names', title: "a person or a camp called a name of any kind after a describing word that only scorns (insult-shapes.ts scornedName: 'a smarmy empty suit', 'pretentious snobs', 'you bootlicking weirdo')", family: 'inflammatory', polarity: 'flag', cases: ROUND30_SCORNED_NAMES.map((t) => ({ text: t, expect: ['inflammatory'] as 'inflammatory'[] })) },
  { id: 'round30-scorned-names-near-miss', title: 'the same words for a grin, an idea, a mistake, a speech, a film, pets, a denial, the writer, praise, shoes and a defence', family: 'inflammatory', polarity: 'pass', cases: ROUND30_SCORNED_NAMES_NEAR_MISS.map((t) => ({ text: t, expect: [] })) },
  { id: 'round30-veiled', title: "threats to one person veiled in families of their own (threat-veiled.ts): the reader's address found and a visit promised, protection mocked ('an injunction won't stop me'), a fate foretold ('you won't make it to your next birthday', 'only one of us is walking out'), the reader's family watched, a brick through the windscreen, a weapon readied 'for you', over one sentence or two", family: 'inflammatory', polarity: 'flag', cases: ROUND30_VEILED.map((t) => ({ text: t, expect: ['inflammatory'] as 'inflammatory'[] })) },
  { id: 'round30-veiled-near-miss', title: 'the same words for Secret Santa, wedding invites, the school run, cancelled trains, coats, wine and taxis, volunteering, draughts, lifts home, food poisoning, kitchen knives, the dishwasher, a storm, a slide, a proud parent, a quiz, a delivery, spoilers, chillies and a film', family: 'inflammatory', polarity: 'pass', cases: ROUND30_VEILED_NEAR_MISS.map((t) => ({ text: t, expect: [] })) },
  { id: 'precision-review-round61', title: "ordinary posts a reviewer ran as a black box against round 30's readers of threats to people and scornful names: school runs, soft play, weddings, derbies and chess finals, boss fights, films and court reports quoting threats, a campsite, a lost cat, bullet points", family: 'inflammatory', polarity: 'pass', cases: REVIEW61_NEAR_MISS.map((t) => ({ text: t, expect: [] })) },
  { id: 'precision-review-round55', title: "ordinary posts a reviewer and a code reviewer ran against round 27's threat shapes: emails and backlogs 'opened fire on', team channels, jerry cans of lemonade, records broken, road-safety warnings, mechanics, hairdressers, chiropractors, sackings, seed potatoes, escape rooms, curries, sheepdogs, heroes who beat cancer, hiding places, sport between nations, deadlines", family: 'inflammatory', polarity: 'pass', cases: pass([...REVIEW55_NEAR_MISS]) },
  { id: 'round23-person-threats-fourth-author-near-miss', title: "a fourth author's look-alikes of threats at a person (a pothole 'death trap' and a seminar on Caesar's stabbing still fire)", family: 'inflammatory', polarity: 'pass', cases: pass(ROUND23_PERSON_THREATS_FOURTH_AUTHOR_NEAR_MISS) },
  { id: 'round20-threats', title: "threats the grammar does not parse, read by cues: violence spread over the sentence ('you and your brother are both getting stabbed'), wished mishaps ('hope your chemo fails'), crime-scene pictures of the reader, weapons brought to someone, a dare answered by a warning, veiled warnings beside knowing where someone is (in the sentence before too), calls on others ('you know what to do')", family: 'inflammatory', polarity: 'flag', cases: flag(ROUND20_THREATS) },
  { id: 'round20-threats-near-miss', title: 'the same words for flights, photographers, car deals, bullet trains and journals, plants, storms, adverts, true-crime podcasts, sympathy, news, jokes, vaccine queues, invitations and fundraisers', family: 'inflammatory', polarity: 'pass', cases: pass(ROUND20_THREATS_NEAR_MISS) },
  { id: 'round18-shapes-near-miss', title: 'the same words for games, kitchens, tools, advice to a child, envy of a skill, praise of a colleague and things', family: 'inflammatory', polarity: 'pass', cases: pass(ROUND18_THREATS_AND_INSULTS_NEAR_MISS) },
];
