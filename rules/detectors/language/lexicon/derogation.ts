/**
 * Vocabulary of implicit derogation: the words that turn an ordinary frame ("[group] belong in ...",
 * "[group] are the reason ...", "[group] have no ...") into an attack. Kept apart from words.ts, which
 * the insult and threat detectors share, so that these lists change only what group-attack reads.
 * CONTENT WARNING: dehumanising words in full, for matching only.
 */

import { NEGATIVE_ATTRIBUTES, singularsOf } from './words';

const set = (s: string) => new Set(s.trim().split(/\s+/));

/** Dehumanising nouns beyond the shared list: "[group] are pests / a scourge / a tumour". */
export const MORE_DEHUMANISING = set(`
  stain stains landfill pests
  pest pests weed weeds tumour tumours tumor tumors scourge scourges rodent rodents hyenas jackals vultures slugs grubs ticks germs
  mould mold fungus sewage cockroach infection infections pestilence leech swarm hordes horde vermin bomb bombs timebomb timebombs
  wombs playthings servants maids slaves breeders contagion epidemic raccoons coyotes wolves mosquitoes bedbugs hyena jackal
  vegetables bugs mutation mutations
`);
for (const w of singularsOf(MORE_DEHUMANISING)) MORE_DEHUMANISING.add(w);

/** Negative traits beyond the shared list: "[group] are incapable / unfit / nothing but trouble". */
export const MORE_NEGATIVE = set(`
  weaker slower
  incapable unfit unworthy undeserving unintelligent unwell trouble troublemakers nuisance nuisances headache disloyal treacherous
  dumber stupider dirtier lazier uglier smellier greedier nastier filthier crazier sneakier meaner worse-off uncultured unskilled
  unassimilable unemployable lesser second-class subhuman backwards parasitic scammers scammer fraudsters grifters terrorist thief rapist
  liar scary creepy creeps greedy sneaky shifty untrustworthy weirdos weirdo freaks freak perverts pervert bigots hypocrites hypocritical brainwashed soulless heartless
  mistake mistakes defective defects glitch glitches liability liabilities cult cults rude illogical unreliable hopeless selfish predatory
  unstable shady dodgy layabouts deadbeats bludgers ditzy senile decrepit childish immature gullible spoiled effeminate abnormal stinky catty
  vain shallow freaky thieving hazard hazards menace menaces submissive hormonal irrational hysterical promiscuous weird clannish brainwashed feral
  shit shite crap rubbish irritating infuriating insufferable unbearable obnoxious repulsive repellent whiners moaners
`);
// (the singulars of the shared list's plurals join this one, which only group-attack reads: the shared list also feeds the
// insult rules and the spelling repair, where "beast" would repair "best")
for (const w of singularsOf([...MORE_NEGATIVE, ...NEGATIVE_ATTRIBUTES])) if (!NEGATIVE_ATTRIBUTES.has(w)) MORE_NEGATIVE.add(w);

/** Traits that attack only after "too": "[group] are too powerful / too sensitive". */
export const TOO_TRAITS = set(`
  powerful sensitive pushy demanding political religious radical extreme soft fragile needy dramatic touchy loud emotional
  stupid dumb slow weak hormonal irrational
`);

/** Positive traits beyond the shared list, which a negation or "anything but" turns into an attack. */
export const MORE_POSITIVE = set(`
  loyal peaceful safe clean useful helpful productive hardworking mature responsible trustworthy beautiful attractive patriotic
  smart honest capable evolved civilised civilized
`);

/** Qualities "[group] have no ... / lack ..." denies: "[group] have no morals", "[group] lack the brains". */
export const QUALITIES = set(`
  morals brains brain shame culture honour honor loyalty empathy discipline manners class decency integrity conscience soul souls
  feelings talent skill skills values intelligence potential hygiene humour humor ambition self-control self-respect respect ethics
  principles standards taste personality personalities imagination creativity dignity backbone
`);

/** Faculties a comparison takes away: "[group] have the brains / the IQ / the morals of a ...". */
export const FACULTIES = set(`
  brains brain iq intelligence mentality mind minds maturity morals manners hygiene memory reasoning logic intellect span ethic
`);

/** Acts that deny a group's worth when negated: "[group] never contribute / will never integrate". */
export const WORTH_ACTS = set(`
  contribute contributes amount integrate integrates assimilate assimilates adapt adapts achieve achieves succeed succeeds
  improve improves invent invents innovate innovates
`);

/** Places derogation sends a group ("[group] belong in the fields / in institutions"). */
export const LOW_PLACES = set(`
  fields field plantation plantations circus bedroom brothel brothels streets trees caves cave desert deserts slums slum mud huts
  hut dump sewer sewers institution institutions nursing stable barn kennel kennels cages ghetto ghettos
  therapy rehab asylum asylums prison prisons jail jails cage zoo zoos chains shackles conversion
`);

/** Results a group is blamed for: "[group] are the reason crime is up". */
export const BLAMED_RESULTS = set(`
  crime crimes collapse collapsed collapsing decline declining falling broke broken bankrupt poverty unemployment violence problems
  problem mess ruined ruin ruining dying worse worst debt crisis chaos suffering divided drugs disease diseases terrorism rape rapes
  riots failing failed fail fails hell trouble troubles misery decay unsafe dangerous dirty filthy unaffordable expensive sick
  apart downhill suffer suffers struggling mess shit shithole nice dump dumps slashed stolen smashed vandalised vandalized keyed robbed burgled nicked
`);

/** Words that reverse a blamed result: "[group] are the reason crime went down". */
export const REVERSALS = set(`down dropped fell fewer less lower decreased solved fixed ended survived overcame beat beaten thriving safer better`);

/** Verbs whose object a rhetorical question or a negation refuses: "who would hire a [group]?", "never let my daughter marry a [group]". */
export const REFUSED_ACTS = set(`
  hire hiring trust employ promote rent serve allow let welcome accept tolerate date vote respect want work sit live marry marrying
  befriend kiss touch babysit elect lend invite sell buy
`);

/** Verbs of mockery "[someone] [verb]s like a [member]": "you throw like a girl". */
export const MOCKED_ACTS = set(`
  throw throws run runs drive drives fight fights cry cries scream screams whine whines think thinks talk talks act acts park parks
  hit hits kick kicks play plays punch punches code codes type types walk walks sound sounds squeal squeals complain complains
  dress dresses smell smells bitch bitches dance dances behave behaves acting talking crying whining screaming dressing
  sounding behaving running driving fighting throwing
`);

/** Sarcastic evaluations before "how / that [group] think ...": "cute how [group] think they ...". */
export const SARCASM = set(`cute adorable hilarious funny precious amusing laughable sweet rich`);

/** Verbs of pretending or trying that sarcasm mocks: "cute how [group] think they can ...". */
export const PRETENCE = set(`think thinks believe believes pretend pretends try tries trying act acts expect expects`);

/** Evaluations that turn "watching a [member] try to ..." into mockery. */
export const MOCKERY = set(`hilarious comedy funny painful cringe joke entertaining priceless lol lmao rofl lmfao`);

/** Animals and objects a demeaning comparison ranks above a group: "my dog is smarter than a [group]". */
export const LOWLY = set(`
  dog dogs cat cats goldfish monkey monkeys rock rocks brick bricks chair chairs toaster potato potatoes hamster parrot pig pigs
  donkey plant houseplant toddler toddlers baby babies chimp chimps ape apes horse rat rats fish dolphin snake snakes robot robots
  cockroach doorknob doorknobs calculator wall trees tree stray chatbot parrots hamsters
`);

/** Comparatives of worth: "smarter than", "more useful than". */
export const WORTH_COMPARATIVES = set(`smarter cleverer wiser cleaner brighter nicer better useful intelligent honest civilised civilized trustworthy capable loyal hygienic productive valuable`);

/** Silencing: "[group] should keep quiet / know their place / stay in their lane". */
export const SILENCING: readonly (readonly string[])[] = [
  ['shut', 'up'], ['keep', 'quiet'], ['be', 'quiet'], ['stay', 'quiet'], ['be', 'silent'], ['stay', 'silent'], ['keep', 'silent'],
  ['keep', '*', 'mouth', 'shut'], ['keep', '*', 'mouths', 'shut'], ['keep', '*', 'opinions', 'to'], ['know', '*', 'place'],
  ['remember', '*', 'place'], ['learn', '*', 'place'], ['stay', 'in', '*', 'lane'], ['stay', 'in', '*', 'place'], ['be', 'seen', 'and', 'not', 'heard'],
  ['be', 'put', 'in', '*', 'place'], ['be', 'kept', 'in', 'check'], ['be', 'kept', 'in', '*', 'place'], ['sit', 'down', 'and', 'shut'],
  ['stay', 'out', 'of', 'politics'], ['stay', 'out', 'of', 'tech'], ['stay', 'out', 'of', 'science'], ['stay', 'out', 'of', 'sports'],
  ['stay', 'out', 'of', 'business'], ['stay', 'out', 'of', 'leadership'], ['stay', 'out', 'of', 'our'], ['stay', 'out', 'of', 'my'],
  // yielding: "[group] should make room for the rest of us / step aside / get out of the way"
  ['make', 'room', 'for'], ['make', 'way', 'for'], ['step', 'aside'], ['move', 'aside'], ['move', 'over'], ['get', 'out', 'of', 'the', 'way'],
  ['get', 'out', 'of', 'our', 'way'], ['stop', 'hogging'], ['hurry', 'up', 'and', 'die'], ['hurry', 'up', 'and', 'retire'], ['hurry', 'up', 'and', 'leave'], ['hurry', 'up', 'and', 'go'], ['hurry', 'up', 'and', 'disappear'], ['give', 'up', 'their'], ['stay', 'out', 'of', 'sight'],
  ['go', 'quietly'], ['die', 'quietly'], ['be', 'put', 'out', 'to', 'pasture'], ['count', 'themselves', 'lucky'], ['be', 'thankful'], ['be', 'glad', 'we'], ['be', 'happy', 'we'], ['keep', 'it', 'private'], ['keep', 'that', 'private'], ['keep', 'that', 'stuff', 'private'], ['keep', 'it', 'behind', 'closed', 'doors'], ['fade', 'away'], ['stay', 'hidden'], ['be', 'hidden'], ['be', 'kept', 'out', 'of', 'sight'], ['be', 'kept', 'hidden'], ['out', 'of', 'the', 'way'], ['out', 'of', 'our', 'way'],
];

/** Passive verbs of control and removal: "[group] should be registered / hunted / stripped of ...". */
export const CONTROL_PASSIVES = set(`
  registered tracked profiled muzzled silenced tamed disenfranchised hunted stripped purged flogged evicted expelled shunned
  ostracised ostracized boycotted barred culled gassed neutered spayed caged chipped branded tagged whipped beaten rounded fined sacked chained shackled enslaved
`);

/** Verbs that send a group away with a particle: "ship them back", "run [group] out of town". */
export const SEND_AWAY: Readonly<Record<string, readonly string[]>> = {
  ship: ['back', 'out', 'off', 'away', 'home'], run: ['out', 'off'], drive: ['out', 'away', 'off'], chase: ['out', 'away', 'off'],
  smoke: ['out'], boot: ['out', 'off'], hunt: ['down'], force: ['out', 'back'], push: ['out', 'back'], herd: ['out', 'back', 'into'],
  cast: ['out'], turn: ['away', 'back'], put: ['down'], drag: ['out', 'back'],
};

/** "purge / rid / cleanse [the country] of [group]". */
export const CLEANSE_VERBS = set(`purge purged cleanse cleansed rid clean clear empty free`);

/** Evaluations of a world without a group: "better without [group]", "a world without [group], bliss". */
export const BETTER_WITHOUT = set(`better nicer safer cleaner happier greater paradise heaven bliss dream perfect peaceful finally`);

/** Dismissal cues before "you're a [member]": "of course you'd say that, you're a woman". */
export const DISMISSAL_CUES: readonly (readonly string[])[] = [
  ['no', 'wonder'], ['of', 'course'], ['figures'], ['explains', 'it'], ['explains', 'a', 'lot'], ['makes', 'sense'], ['what', 'do', 'you', 'know'],
  ['what', 'would', 'you', 'know'], ['obviously'], ['shut', 'up'], ['nobody', 'asked'], ['typical'], ['that', 'is', 'why'], ["that's", 'why'],
];

/** Entitlement after "[group] think they ...": "deserve", "are owed", "are special". */
export const ENTITLEMENT = set(`deserve deserves entitled special owed superior above own victims everything real normal`);

/** Demands a stereotype puts on a group: "[group] want handouts / special treatment". */
export const DEMANDED = set(`handouts handout freebies privileges treatment`);

/**
 * Crimes a plain present-tense statement pins on a whole group as its habit: "[group] beat their wives", "[group] stab
 * people". Base forms only; the reader adds -s and -ing, and leaves past tenses to the news they usually report.
 */
export const CRIME_VERBS = set(`
  abuse beat murder stone attack harass stab shoot behead assault kidnap torture enslave bully traffic smuggle mutilate
  burgle mug pickpocket shoplift defraud swindle bribe manipulate`);

/** Bad habits that need no object to stereotype: "[group] fake their illnesses", "[group] hog the roads", "always gossip". */
export const VICE_VERBS = set(`
  fake forge fiddle hog clog undercut flaunt gossip spit litter scam overcharge sneak hoard abandon neglect milk mooch
  whinge sponge leech freeload scheme conspire connive`);

/** Objects that make almost any verb a stereotype when a group is its habitual subject: "sells drugs", "carries a knife". */
export const VICE_OBJECTS = set(`
  drugs knife knives machete machetes bombs explosives terrorism terror terrorists jihad rubbish litter filth
  handouts handout freebies welfare dole stds hiv agenda agendas pockets scams`);

/** Verbs that turn a vice object into something the group resists, suffers or clears: "fight terrorism", "clean up litter". */
export const AGAINST_VERBS = set(`
  fight fights fighting oppose opposes condemn condemns report reports flee flees escape escapes face faces suffer suffers
  fear fears survive survives reject rejects tackle tackles combat combats prevent prevents clean cleans clear clears
  collect collects remove removes stop stops ban bans resist resists need needs lose loses deliver delivers study studies
  research protest protests campaign campaigns warn warns avoid avoids refuse refuses hate hates end ends wind winds land lands
  rely relies depend depends`);

/** Duties everyone has, whose neglect "never" turns into a trait: "[group] never integrate / learn the language / say thank you". */
export const NEVER_DUTIES: Readonly<Record<string, readonly string[] | null>> = {
  // null: the bare verb is the duty ("never integrate", "never work."); a list: the objects that make it one
  integrate: null, assimilate: null, contribute: null, tip: null, wash: null, shower: null, bathe: null, listen: null, admit: null,
  apologise: null, apologize: null, work: null, try: null,
  learn: ['language', 'english', 'anything', 'our'],
  follow: ['rules', 'rule', 'laws', 'law', 'our', 'instructions', 'orders'],
  obey: ['rules', 'laws', 'law', 'our'],
  respect: ['rules', 'laws', 'law', 'our', 'anyone', 'anything', 'women', 'authority'],
  condemn: ['terror', 'terrorism', 'attacks', 'violence', 'extremism', 'extremists'],
  pull: ['weight'],
  say: ['thank', 'thanks', 'sorry', 'please'],
  raise: ['kids', 'children', 'own'],
  hold: ['job', 'jobs', 'down'],
  keep: ['partner', 'partners', 'job', 'jobs', 'promises', 'promise', 'word', 'clean'],
  take: ['responsibility', 'blame'],
  give: ['charity', 'back', 'anything'],
};

/** Actions a "why can't [group] just ..." question demands: assimilation or silence. */
export const CONFORMING = set(`assimilate integrate behave act speak learn shut stay keep stop go be leave`);

// --- insinuation frames (insinuation.ts) -------------------------------------------------------------------

/** Imperatives that protect something: "hide your wallets", "lock your doors", "keep your kids away". */
export const PROTECT_VERBS = set(`hide lock guard clutch secure bolt protect count check watch hold keep grab lockup mind`);

/** What a warning protects: "hide your wallets", "lock up your daughters", "count the spoons". */
export const VALUABLES = set(`
  wallet wallets purse purses bag bags handbag handbags backpack backpacks valuables belongings jewellery jewelry phone phones door
  doors windows car cars bike bikes daughter daughters son sons kids children wife wives women girls pets dog dogs cats chickens
  silverware spoons cutlery change pockets pocket cash money goats house houses gates back tools account accounts post mail till savings laptop laptops stuff things
`);

/** Phrases that announce a decline when a group arrives: "there goes the neighbourhood". */
export const DECLINE_PHRASES: readonly string[] = [
  'there goes the neighbourhood', 'there goes the neighborhood', 'there goes the area', 'there goes the street', 'there goes the town',
  'there goes the school', 'there goes the country', 'there goes the block', 'property values', 'house prices', 'time to move', 'for sale signs',
  'time to sell', 'start packing', 'for sale sign', 'time to leave town',
];

/** Perpetrators and crimes that an insinuation pins on an identity: "of course the thief was Mexican". */
export const CRIME_NOUNS = set(`
  thief thieves robber robbers robbery robberies shooter shooters shooting shootings suspect suspects attacker attackers rapist rapists
  rape rapes killer killers murderer murderers murder murders burglar burglars burglary mugger muggers mugging muggings culprit culprits
  bomber bombers bombing bombings terrorist terrorists terror criminal criminals crime crimes dealer dealers pickpocket pickpockets
  scammer scammers scam scams fraudster fraudsters looter looters looting arsonist perp perps perpetrator perpetrators stabbing stabbings
  stabber gunman offender offenders gang gangs groomer groomers grooming shoplifter shoplifters shoplifting vandal vandals carjacker
  carjacking kidnapper kidnappers abuser abusers smuggler smugglers trafficker traffickers riot riots rioter rioters theft thefts
  stole robbed keyed mugged stabbed attacked vandalised vandalized scammed burgled raped assaulted looted smashed torched
`);

/** Phrases that present an identity as predictable: "of course", "let me guess", "shocker", "another". */
export const INSINUATE_PHRASES: readonly string[] = [
  'of course', 'let me guess', 'lemme guess', 'guess what', 'take a guess', 'three guesses', 'any guesses', 'surprise', 'shocker', 'shocking',
  'knew it', 'naturally', 'obviously', 'predictably', 'unsurprisingly', 'go figure', 'figures', 'as usual', 'as always', 'again', 'another',
  'who would have thought', 'who would have guessed', 'wait for it', 'funny how', 'notice how', 'ever notice', 'strange how', 'weird how',
  'interesting how', 'amazing how', 'always', 'every single', 'typical', 'classic', 'bet', 'no wonder',
];

/** Essentialising phrases: "it's in their DNA", "in their blood", "bred into them". */
export const ESSENCE: readonly string[] = [
  'in their dna', 'in their blood', 'in their genes', 'in their nature', 'in their bones', 'in the blood', 'their dna', 'runs in their',
  'bred into them', 'born with it', 'genetic with them', 'part of their culture', 'it is genetic', 'it is their culture',
];

/** Nouns after "typical [member] ...": "typical woman thing", "classic immigrant move". */
export const STEREOTYPE_NOUNS = set(`thing things move moves behaviour behavior logic mentality antics drama attitude excuse excuses habit trait stuff nonsense tactic tactics trick tricks problem energy response reaction`);

/** Tags that wink at a stereotype after a bare group: "Women drivers, am I right?". */
export const KNOWING_TAGS: readonly string[] = [
  'am i right', 'amirite', 'need i say more', 'say no more', 'enough said', 'nuff said', 'know what they are like', 'know how they are',
  'know what i mean', 'if you know what i mean', 'smh', 'ugh', 'go figure', 'shocker', 'surprise surprise', 'what a surprise', 'figures',
  'yikes', 'every single time', 'every time', 'you know the type', 'you know the rest',
];

/** What a group is reduced to serving: "made to serve", "exist to clean", "born to breed". */
export const SERVILE = set(`
  serve serving cook cooking clean cleaning breed breeding obey please pleasing satisfy entertain labour labor pick scrub wash carry
  submit bear sex pleasure slave slaves slavery manual housework chores kitchen babies reproduce reproducing clean cleaners mow
`);

/** Children a group is kept away from: "never leave my kids alone with a [member]". */
export const CHILDREN = set(`kids children kid child daughter daughters son sons baby babies students pupils grandkids grandchildren toddlers girls boys minors`);

/** People an in-group resentment frame sets against a group: "while our veterans sleep rough". */
export const INGROUP = set(`
  our we us veterans citizens taxpayers locals natives pensioners grandparents homeless own real hardworking working british american
  english scottish welsh australian canadian
`);

/** What the in-group lacks in a resentment frame: "... while our veterans sleep on the street". */
export const DEPRIVED = set(`
  nothing street streets starve starving homeless hungry struggle struggling pay paying wait waiting freeze freezing suffer suffering
  afford die dying broke scrape rot sleep cold queue forgotten ignored neglected poverty taxes bills rough
`);

/** Places a "nothing good comes from" frame disparages as an origin. */
export const PLACES = set(`
  africa mexico india pakistan china somalia nigeria haiti syria iraq iran afghanistan romania albania poland bangladesh ethiopia
  palestine morocco algeria jamaica honduras guatemala venezuela colombia turkey
`);

/** Words that make a frame praise: "dancing is in their blood, Brazilians are amazing". */
export const PRAISE_WORDS = set(`
  amazing great wonderful brilliant talented generous welcoming kind hospitable creative resilient gifted warm lovely awesome
  inspiring proud excellent fantastic beautiful delicious congrats congratulations thank grateful best
`);

/** Identities called a condition: "being gay is a choice / a phase / a sin". */
export const PATHOLOGY = set(`phase trend fad choice sin disorder illness sickness disease fetish delusion perversion abomination unnatural contagious curable cured fixed treatable cult excuse fantasy made-up fake greed cope scam hoax invention fiction attention attention-seeking make-believe`);

/** Conditions put on tolerating a group: "as long as they keep it to themselves". */
export const TOLERANCE_LIMITS: readonly string[] = [
  'keep it to themselves', 'keep it private', 'behind closed doors', 'shove it in', 'shoving it in', 'flaunt it', 'flaunting it', 'rub it in',
  'ram it down', 'in my face', 'in our faces', 'keep it out of', 'stay in the closet', 'stay in their lane', 'know their place',
  'keep quiet', 'stay quiet', 'keep to themselves', 'stay out of sight', 'stay in their own', 'keep their mouths shut', 'keep their mouth shut',
  'keep their opinions to themselves', 'do as they are told', 'do what they are told',
];

/** Suspicions pinned on identity: "bet he's on welfare, he's [member]", "hire a [member], expect drama". */
export const SUSPECTED = set(`
  welfare benefits illegal illegally stole stolen steal stealing crime criminal record terrorist bomb drugs dealer gang lazy handouts stamps
  deported visa drama tears theft missing late lawsuit lawsuits excuses mess trouble problems chaos maternity smell stink
`);

/** Reactions to a group's presence: "A woman pilot? I'm taking the train." */
export const REACTION_PHRASES: readonly string[] = [
  'taking the train', 'take the train', 'taking the bus', 'i will walk', 'i am getting off', 'getting off', 'i am out', 'count me out', 'no thanks',
  'hard pass', 'i will pass', 'second opinion', 'god help us', 'pray for us', 'we are doomed', 'nope',
  'take the ferry', 'taking the ferry', 'take the stairs', 'taking the stairs', 'take the boat', 'drive myself', 'i will swim', 'next you will tell me',
  'pigs can fly', 'pigs will fly', 'when pigs fly', 'pigs might fly', 'should i be worried', 'should we be worried', 'should i be concerned', 'do i need to worry',
  'rip to the', 'color me shocked', 'colour me shocked', 'color me surprised', 'colour me surprised',
  // dismissals of a group in a role: "Women in leadership? That's a joke.", "A Black CEO? Good luck with that."
  'a joke', 'what a joke', 'good luck with that', 'yeah right', 'yeah sure', 'laughable', 'make me laugh', 'give me a break', 'spare me',
  'in your dreams', 'dream on', 'sure jan', 'not in my lifetime', 'over my dead body', 'heaven help us', 'lord help us', 'we are screwed',
  'we are finished', 'the end is near', 'what is next', 'what next', 'bankrupt by', 'lmao', 'lmfao', 'rofl', 'pull the other one',
];

// --- sarcasm, incompatibility, pattern-noticing and proverb frames (insinuation.ts) ----------------------------

/** Bad things a sarcastic conditional offers as the price of a group: "great, if you like bombs". */
export const STING = set(`
  bombs bomb bombing bombings explosions crime crimes theft stealing robbed mugged stabbed stabbings groped raped rape crashes crashing
  accidents drama chaos riots rioting noise smell stink stench filth dirt trash garbage litter welfare benefits handouts scams scammed
  lies lying violence knives gangs drugs disease diseases terrorism terror fraud debt tears crying nagging whining complaining excuses
  delays begging lawsuits poverty dirty loud late lazy attitude cheating cheated burglary burglaries looting shoplifting pickpocketing
  pickpockets fights fighting beheadings acid stoning honour honor killings jihad bankruptcy divorce bills creeps perverts predators housing free
`);

/** What a group and a quality "don't mix": the group is said to lack it. Religious rules pass ("Muslims and alcohol"). */
export const RULE_ITEMS = set(`alcohol pork beer wine bacon coffee meat beef caffeine gambling tea`);


/** Cues that present a pattern as noticed: "funny how every time ...", "ever notice how [group] always ...". */
export const NOTICING: readonly string[] = [
  'funny how', 'funny that', 'ever notice', 'ever noticed', 'have you noticed', 'did you notice', 'you ever notice', 'notice how', 'strange how',
  'weird how', 'odd how', 'interesting how', 'curious how', 'amazing how', 'isnt it funny', 'is it not funny', 'coincidence that',
  'just a coincidence', 'no coincidence',
];
/** Generalisations that make a noticed pattern: "every time", "always", "wherever [group] settle". */
export const PATTERN_WORDS = set(`always every whenever wherever somehow never constantly usually invariably tend tends end ends`);
/** Passive or victim framing that makes a noticed pattern a complaint on the group's behalf ("women always get interrupted"). */
export const VICTIMISED = set(`
  interrupted overlooked ignored underpaid paid passed harassed targeted blamed excluded stopped searched profiled discriminated
  underrepresented overrepresented attacked abused mocked bullied denied rejected killed hurt silenced left forgotten first fired
`);
/** Places and traits a "you can take the [member] out of ..." proverb pins on a group. */
export const PROVERB_TAINTS = set(`
  camp camps ghetto ghettos jungle jungles slum slums hood gutter desert cave caves tribe village savage savages trash trailer barrio
  bush mud hut huts thief thieves criminal criminals terrorist terrorists animal animals beast beasts street gang crook crooks peasant
  scum dirt filth sewer swamp
`);


// --- stereotyped habits, restrictions, belittled activities (round four) ------------------------------------

/** What "[group] bring nothing but / only understand / are only here for ..." restricts a group to. */
export const RESTRICTED_TO = set(`
  problems problem trouble troubles crime crimes misery chaos violence force fists stick whip money cash handouts handout benefits
  welfare freebies free dole drugs disease diseases terror terrorism noise mess filth dirt grief headaches headache drama sex babies
  power strength brute punishment beatings guns papers passport passports visa visas citizenship hate hatred destruction bloodshed
  war fear quota quotas diversity pity looks tokenism
`);

/** Verbs a restriction follows: "bring nothing but", "only understand", "only care about", "only here for". */
export const RESTRICTING_VERBS = set(`
  bring brings bringing brought cause causes create creates want wants understand understands respect respects care cares think thinks
  know knows value values love loves respond responds listen listens obey obeys come comes came here after interested good marry marries
  offer offers contribute contributes add adds spread spreads produce produces live lives exist exists got get gets hired promoted elected
  there
`);

/** Acts a restriction names without an object: "[group] do nothing but take / complain / breed". */
export const RESTRICTED_ACTS = set(`
  take taking complain complaining moan moaning whine whining breed breeding steal stealing lie lying sponge sponging leech leeching
  beg begging scrounge scrounging fight fighting riot rioting cheat cheating party partying drink drinking mooch mooching
`);

/** Habits a stereotype pins on a group when affirmed: "[group] will haggle over every penny", "always start fights". */
export const BAD_HABITS = set(`
  haggle haggles haggling stab stabs knife knifes mug mugs rob robs scam scams swindle swindles con grope gropes pop milk milks sponge
  sponges scrounge scrounges leech leeches beg begs squat squats shout shouts yell yells screech screeches litter litters spit spits
  riot riots brawl brawls fights knives reek reeks stink stinks garlic curry penny pennies nailed badly overcharge overcharges
  sleep sleeps scream screams drunk rip rips
`);

/** Multi-word habits a stereotype pins on a group: "will eat anything that moves", "know where the money is". */
export const BAD_HABIT_PHRASES: readonly string[] = [
  'anything that moves', 'anything with legs', 'where the money is', 'every penny', 'every cent', 'ten kids', 'ten children', 'loads of kids',
  'a dozen kids', 'too many kids', 'off the state', 'off the taxpayer', 'off benefits', 'off welfare', 'on benefits', 'on welfare', 'on the dole',
  'milk the system', 'game the system', 'cheat the system', 'abuse the system', 'play the system', 'scam the system', 'exploit the system', 'believe anything', 'eat anything', 'eat dogs', 'smell of', 'smell like', 'sleep around', 'sleep with anyone', 'sleep with anything',
  'start fights', 'start a fight', 'pull a knife', 'carry knives', 'carry a knife', 'rip you off', 'rip off', 'follow the money', 'sniff out',
  'turn up late', 'show up late', 'run late', 'breed like', 'pop out', 'sit on benefits', 'live off', 'sponge off', 'leech off',
  'in the way', 'in everyone', 'holding everyone up', 'hold everyone up', 'slow everyone down', 'multiply faster', 'breed faster',
  'look after their own', 'hire their own', 'help their own', 'their own first', 'stick together to', 'outbreed', 'cry wolf', 'cry rape',
  'pull the race card', 'play the race card', 'pull the gender card', 'play the gender card', 'play the gay card',
  'everything for free', 'something for nothing', 'for free',
  // round 8
  'in banking', 'in finance', 'run the banks', 'own the banks', 'own the media', 'run the media', 'run hollywood', 'have their fingers in', 'pull the strings',
  // (round 26: "own all the banks", "control all the media", "run most of the banks")
  'own all the banks', 'run all the banks', 'control all the banks', 'own all the media', 'run all the media', 'control all the media', 'own most of the banks', 'run most of the media', 'own most of the media', 'control most of the media', 'own hollywood', 'control the money',
  'pulling the strings', 'end up with the money', 'end up with all the money', 'cry racism', 'cry discrimination', 'cry islamophobia', 'cry antisemitism',
  'cry sexism', 'cry homophobia', 'cry victim', 'commit all the crime', 'commit most of the crime', 'commit most crime', 'commit all the crimes',
  'sell his own grandmother', 'sell his grandmother', 'sell you his grandmother', 'sell their own grandmother', 'sell their grandmother', 'sell their own mother',
  'five kids', 'six kids', 'seven kids', 'eight kids', 'nine kids', 'in charge of everything', 'run everything', 'own everything', 'control everything',
  'get the council houses', 'get council houses', 'get all the council houses', 'get all the benefits', 'get all the jobs', 'get the best jobs', 'stick together and',
  'take our jobs', 'steal our jobs', 'take our houses', 'take our benefits', 'behind your back', 'smile to your face', 'involved in grooming', 'involved in crime', 'marry their cousins', 'marry their cousin', 'marry cousins', 'anything for a shekel', 'anything for money', 'anything for a buck', 'anything for a penny',
  'anything for a dollar', 'anything for cash', 'drink and gamble', 'drink all day', 'drink and fight', 'sit around all day', 'sit around drinking',
];

/** Ordinary habits whose denial is the stereotype: "[group] never shower / never tip / can't take a joke". */
export const GOOD_HABITS = set(`
  shower showers wash washes bathe bathes tip tips queue queues work works
`);

/** Multi-word ordinary habits whose denial is the stereotype: "can't keep it in their pants", "never pay taxes". */
export const GOOD_HABIT_PHRASES: readonly string[] = [
  'pay taxes', 'pay tax', 'pay for', 'pay their way', 'pay their bills', 'pay rent', 'pay back', 'keep it in', 'keep their hands', 'keep a job',
  'hold a job', 'hold down a job', 'take a joke', 'take criticism', 'take no for', 'handle criticism', 'handle the truth', 'handle pressure',
  'handle money', 'control their', 'control themselves', 'hold their', 'tell the truth', 'say thank', 'say sorry', 'follow the rules',
  'follow rules', 'wait their turn', 'stay faithful', 'stay sober', 'think for themselves', 'think logically', 'do a day', 'do an honest',
  'do any work', 'work hard', 'condemn terrorism', 'condemn terror', 'condemn the attacks', 'condemn violence', 'condemn extremism',
  'make up their minds', 'make up their mind', 'make their minds up', 'pick a side', 'choose a side', 'pay full price', 'know what they want', 'speak up', 'speak up for themselves', 'stand up for themselves', 'pronounce anything', 'speak properly',
];

/** Words that make a habit sentence sympathetic or explained rather than a stereotype. */
export const HABIT_EXCUSES = set(`
  without afford because since until unless due allowed able camps camp face faces facing suffer suffers struggle
  struggles fear fears barriers discrimination if when blamed accused treated forced made denied refused gap less underpaid
  vulnerable legally targeted preyed prey victims risk
`);

/** Belittling heads after a group's activity: "women's football is just a charity event", "a glorified hobby". */
export const BELITTLED = set(`
  joke jokes charity hobby sideshow circus laughingstock pity participation gimmick novelty farce embarrassment tokenism afterthought
  glorified amateur kindergarten playground pretend fake pointless unwatchable cringe parody
`);

/** Activities a group's possessive or identity adjective can name: "women's football", "female comedy". */
export const ACTIVITIES = set(`
  football soccer sport sports cricket rugby tennis chess golf boxing basketball hockey league leagues team teams comedy comedians music
  art literature novels writing films cinema studies science gaming esports tournament tournaments degree degrees scholarship
  scholarships jobs programs programmes olympics athletics racing cycling darts snooker
`);

/** Roles, places and outcomes "there's a reason [group] aren't ..." denies or pins on a group. */
export const STANDING = set(`
  charge lead leaders leading run running important power trusted hired promoted allowed vote pilots surgeons engineers scientists
  ceos ceo presidents president positions top decisions serious management boards board command become becoming doctors
  prison prisons jail jails welfare benefits poor poverty banks media hollywood profiled stopped arrested stereotyped reputation
`);

/** Explanations that make "there's a reason" or "for a reason" a critique: "there's a reason women leave tech: sexism". */
export const CRITIQUE_CAUSES = set(`
  discrimination sexism racism bias biased barriers barrier ceiling blocked blocking excluded exclusion prejudice systemic structural
  fear afraid deportation pork alcohol sabbath saturday saturdays holiday underpaid harassment harassed homophobia transphobia
  ableism ageism xenophobia antisemitism islamophobia bigotry inequality unfair fix fixing change changing wrong shame policing racist
  sexist homophobic bigoted bigots
`);

/** What paternalism says a group needs saving from or handing to: "need saving from their own men", "need a man to decide". */
export const GUARDIANS = set(`someone somebody man husband men master keeper handler minder babysitter guardian leash chaperone supervision owner`);

/** Qualities "[group] aren't exactly known for" mocks: "their logic", "their work ethic". */
export const KNOWN_QUALITIES = set(`
  logic intelligence honesty hygiene ethic punctuality brains driving humour humor tolerance restraint manners brainpower intellect
  cleanliness generosity integrity loyalty patience reliability competence wit sense
`);

/** Bad acts a "talent / knack for" or "known for" frame pins on a group. */
export const KNACK_ACTS = set(`
  thieving stealing lying cheating scamming complaining whining moaning begging conning swindling breeding exaggerating sponging leeching
  freeloading rioting looting fighting drinking violence crime crimes scams laziness trouble drama victim
`);

/** Two-word labels that belittle a group: "[group] are just attention seekers / gold diggers / economic migrants". */
export const BELITTLING_LABELS: readonly string[] = [
  'attention seekers', 'drama queens', 'gold diggers', 'benefit scroungers', 'welfare queens', 'economic migrants', 'social climbers',
  'baby factories', 'anchor babies', 'snowflakes', 'special snowflakes', 'charity cases', 'diversity hires', 'box tickers', 'bad apples',
];

/** What "[group] are better at X than Y" or "focus on X instead of Y" steers a group away from. */
export const STEERED_FROM = set(`
  thinking thought leadership leading lead careers career work science maths math business politics academics school studying study
  engineering management jobs job university college reading books brains brainwork decisions strategy logic coding
`);

/** A culture or faith as the subject of a verdict: "Muslim culture is incompatible with ...". */
export const CULTURE_NOUNS = set(`culture cultures religion religions values faith faiths ways traditions customs beliefs mentality mindset`);

/** Verdicts on a culture beyond the shared negative lists. */
export const CULTURE_VERDICTS = set(`incompatible backward backwards primitive barbaric medieval regressive threat cancer poison cult uncivilised uncivilized inferior`);

/** Places and institutions that stand for a group after an identity adjective: "Black neighbourhoods", "gay bars". */
/** Places of worship, which name their faith by themselves ("the mosque on Elm Street"). */
export const WORSHIP_PLACES = set(`mosque synagogue temple gurdwara church`);

export const IDENTITY_PLACES = set(`
  neighbourhoods neighborhoods neighbourhood neighborhood areas area parts districts district suburbs suburb estates estate ghettos
  quarters quarter enclaves enclave streets towns town cities city countries country nations nation villages schools school bars bar
  clubs club shops shop stores restaurants businesses banks homes houses camps camp churches mosques synagogues temples bathrooms
  toilets
`);

/** What such a place is called: "[identity] neighbourhoods are dangerous / no-go zones / dens of disease". */
export const PLACE_VERDICTS = set(`
  dangerous unsafe violent lawless filthy dirty disgusting dodgy sketchy scary rough squalid smelly stinking crimeridden shitholes
  shithole hellholes hellhole dumps dump slums slum ghettos ghetto cesspools cesspool cesspits cesspit sewers sewer jungles jungle zoos
  zoo pigsties pigsty warzones nogo dens den hotbeds hotbed nests nest infested overrun crawling rotten trash garbage rubbish
  backward primitive breeding degenerate disgrace disgraces eyesores eyesore plague cancer threat ridden disaster disasters
  nightmare nightmares shitshow circus hunting hell scams scam frauds fronts rackets ripoffs downhill
`);

/** What a place "is full of" / "a den of": "full of thieves", "dens of disease". */
export const PLACE_CONTENTS = set(`
  thieves criminals crime drugs dealers gangs gangsters thugs junkies addicts disease diseases filth vermin rats terrorists terror
  extremists rapists pedophiles paedophiles perverts sin iniquity degeneracy vice scum trash violence
`);

/** A sociological cause that explains a place rather than blaming its people: "... because of decades of disinvestment". */
export const PLACE_CAUSES = set(`
  because due underfunded underfunding neglect neglected disinvestment redlining policing police poverty policy policies segregation
  segregated racism racist discrimination targeted attacked attacks vandalised vandalized
`);

/** "[group] have no sense of ...": the faculty a stereotype denies ("sense of direction" is a common jibe, "sense of safety" a loss). */
export const SENSE_OF = set(`
  humour humor hygiene decency personal space direction shame responsibility manners style timing fairness honour honor loyalty
  proportion rhythm taste propriety boundaries morality right time urgency smell humility dignity logic reason judgement judgment
`);

/** What a condescending "[group] should just learn to ..." prescribes as normal. */
export const NORM_WORDS = set(`
  normal normally properly proper correctly like us behave civilised civilized adapt fit blend assimilate shut quiet toughen man
`);

/** "[group] should just get over it / stop complaining / toughen up": a dismissive prescription. */
export const DISMISSED_ACTS: readonly string[] = [
  'get over it', 'get over themselves', 'stop complaining', 'stop whining', 'stop moaning', 'stop crying', 'stop bitching', 'toughen up',
  'man up', 'grow up', 'grow a pair', 'deal with it', 'suck it up', 'get a job', 'get a grip', 'try harder', 'act normal', 'be normal',
  'stop being so sensitive', 'stop playing the victim', 'stop making a fuss', 'stop being dramatic', 'calm down', 'keep their heads down',
  'stop pretending', 'get used to it', 'accept it', 'go away', 'disappear', 'stay home', 'stay at home', 'stay inside', 'smile more',
  'act straight', 'be straight', 'act like men', 'act like women', 'act like us', 'pray it away', 'pray the gay away', 'go back in the closet',
  'stay in the closet', 'get back in the closet', 'pretend to be normal',
];

/** Outcomes a "[group] in charge? That's how [X] ..." consequence predicts. */
export const RUIN_OUTCOMES = set(`
  bankrupt bankruptcy broke fail fails failed failing failure collapse collapses collapsed crash crashes crashed sink sinks sank
  ruin ruined ruins die dies died disaster disasters chaos mess fall falls fell burn burns burned burnt crumble crumbles decline
  declines bust closed close shut tank tanks tanked downhill wrong wars war riots lose lost losing debt recession dead dying falling
  apart collapsing crashing sinking failing rotting broken accidents accident confused groomed halt standstill plummet plummets
  nosedive toilet drain hell
`);

/** What "[people] who [do X] are all ..." pins on them: an identity used as a put-down. */
export const PUT_DOWN_IDENTITY = set(`gay gays lesbian lesbians queer queers homo homos trans tranny sissies sissy girls girly women woman ladies men man dudes blokes`);

/** Verbs that define an orientation or identity rather than an activity: "women who love women are lesbians" is a definition. */
export const DEFINING_ACTS = set(`
  love loves loved date dates dated dating marry marries married attracted attraction sleep sleeps slept kiss kisses kissed fancy fancies
  identify identifies identified transition transitioned transitioning come came out romance partner partners sex crush crushes
  feel feels felt born gay lesbian queer trans bisexual homosexual straight
`);

/**
 * Stereotype tropes that imply a person's identity when said to them ("shouldn't you be in the kitchen", "did you swim
 * here", "blown anything up lately"): the identity is never named, the trope names it. Each line is a characteristic,
 * then slots separated by spaces; a slot lists its alternatives with `|`, and `~` lets up to three words pass. They count
 * only when the sentence is addressed to someone (group-attack.ts), because said of a trip or a kitchen they are ordinary.
 */
export const TROPE_LINES = `
  gender    be|back|belong|stay|get in the kitchen
  gender    time of the month
  gender    on your period|rag
  gender    your husband|boyfriend|man let|lets|allow|allows|permit|permits you
  gender    barefoot and pregnant
  gender    you be|stay at|back home with the|your kids|children|baby|babies
  gender    go do|wash the|my dishes|laundry|ironing
  origin    you swim|swam|swum here|over
  origin    you swim|swam|swum across|over the border|river|rio
  origin    you jump|jumped|hop|hopped|climb|climbed|sneak|sneaked|snuck the|over|across|in fence|wall|border ~ here
  origin    you jump|jumped|hop|hopped|climb|climbed|sneak|sneaked|snuck the|over|across border|wall
  origin    ice catch|caught|get|got|deport|deported|find|found you|ya|u
  origin    back to your|the call centre|center|centres|centers
  origin    back to your|the nail salon|salons
  origin    back to your|the sweatshop|sweatshops|paddy|plantation|rice
  origin    mow|mowing my|our lawn|grass|yard
  origin    clean|cleaning my|our house|houses|toilet|toilets|pool
  origin    clean|cleaning someone|somebody 's house|houses|toilet|toilets|pool
  origin    pick|picking my|our fruit|strawberries|lettuce|crops
  origin    thank you come again
  origin    dog|cat|bat soup|stew
  origin    eat|eating|ate dogs|cats|bats|dog|cat
  origin    your dog taste|tastes|taste
  origin    bring|brought|brings the virus|covid|plague here|over
  origin    your camel|camels|goat|goats know|cost|wife|wives
  origin    ride|riding your camel|camels|goat|donkey
  origin    how many goats|camels
  race      go pick|picking cotton
  race      pick|picking cotton
  religion  blown|blow|blew anything|anyone|something|stuff|anybody up
  religion  blow yourself|yourselves up
  religion  bomb in your|that|the backpack|bag|rucksack|turban
  religion  that a bomb ?
  religion  72 virgins
  religion  seventy two virgins
  religion  your virgins
  religion  beheaded|behead|beheading anyone|anybody|someone|people
  religion  your|that headscarf|hijab|burka|burqa|niqab|turban|rag|towel and go|get
  religion  take off that rag|towel|thing
  religion  your wife|wives allowed|let|permitted to drive|vote|work|talk|leave|speak|post
  religion  your arranged husband|wife
  religion  count|counting your shekels|gold|pennies
  religion  your shekels
  age       you be|belong|go in a|the care|nursing|retirement home|homes
  age       you be knitting
  age       one foot in the grave
  age       past your expiry|expiration|sell by date
  gender-identity  which|what bathroom|toilet|loo ~ use
  gender-identity  what is in your pants|knickers|trousers
  gender-identity  you a man|boy|guy or a woman|girl
  gender-identity  you a woman|girl or a man|boy|guy
  sexual-orientation  who is the man|woman|husband|wife in your|the relationship
  sexual-orientation  who wears the pants|trousers in your
  disability  your carer|caregiver|helper help|helped you type|write
  disability  ride|riding the short bus
`;
