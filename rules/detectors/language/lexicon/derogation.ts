/**
 * Vocabulary of implicit derogation: the words that turn an ordinary frame ("[group] belong in ...",
 * "[group] are the reason ...", "[group] have no ...") into an attack. Kept apart from words.ts, which
 * the insult and threat detectors share, so that these lists change only what group-attack reads.
 * CONTENT WARNING: dehumanising words in full, for matching only.
 */

const set = (s: string) => new Set(s.trim().split(/\s+/));

/** Dehumanising nouns beyond the shared list: "[group] are pests / a scourge / a tumour". */
export const MORE_DEHUMANISING = set(`
  pest pests weed weeds tumour tumours tumor tumors scourge scourges rodent rodents hyenas jackals vultures slugs grubs ticks germs
  mould mold fungus sewage cockroach infection infections pestilence leech swarm hordes horde vermin bomb bombs timebomb timebombs
  wombs playthings servants maids slaves breeders
`);

/** Negative traits beyond the shared list: "[group] are incapable / unfit / nothing but trouble". */
export const MORE_NEGATIVE = set(`
  incapable unfit unworthy undeserving unintelligent unwell trouble troublemakers nuisance nuisances headache disloyal treacherous
  dumber stupider dirtier lazier uglier smellier greedier nastier filthier crazier sneakier meaner worse-off uncultured unskilled
  unassimilable unemployable lesser second-class subhuman backwards parasitic scammers scammer fraudsters grifters terrorist thief rapist
  liar scary creepy creeps greedy sneaky shifty untrustworthy
`);

/** Traits that attack only after "too": "[group] are too powerful / too sensitive". */
export const TOO_TRAITS = set(`
  powerful sensitive pushy demanding political religious radical extreme soft fragile needy dramatic touchy loud emotional
  stupid dumb slow weak
`);

/** Positive traits beyond the shared list, which a negation or "anything but" turns into an attack. */
export const MORE_POSITIVE = set(`
  loyal peaceful safe clean useful helpful productive hardworking mature responsible trustworthy beautiful attractive patriotic
  smart honest capable
`);

/** Qualities "[group] have no ... / lack ..." denies: "[group] have no morals", "[group] lack the brains". */
export const QUALITIES = set(`
  morals brains brain shame culture honour honor loyalty empathy discipline manners class decency integrity conscience soul souls
  feelings talent skill skills values intelligence potential hygiene humour humor ambition self-control self-respect respect ethics
  principles standards taste
`);

/** Faculties a comparison takes away: "[group] have the brains / the IQ / the morals of a ...". */
export const FACULTIES = set(`
  brains brain iq intelligence mentality mind minds maturity morals manners hygiene memory reasoning logic intellect span ethic
`);

/** Acts that deny a group's worth when negated: "[group] never contribute / will never integrate". */
export const WORTH_ACTS = set(`
  contribute contributes amount integrate integrates assimilate assimilates adapt adapts achieve achieves succeed succeeds
  improve improves
`);

/** Places derogation sends a group ("[group] belong in the fields / in institutions"). */
export const LOW_PLACES = set(`
  fields field plantation plantations circus bedroom brothel brothels streets trees caves cave desert deserts slums slum mud huts
  hut dump sewer sewers institution institutions nursing stable barn kennel kennels cages ghetto ghettos
`);

/** Results a group is blamed for: "[group] are the reason crime is up". */
export const BLAMED_RESULTS = set(`
  crime crimes collapse collapsed collapsing decline declining falling broke broken bankrupt poverty unemployment violence problems
  problem mess ruined ruin ruining dying worse worst debt crisis chaos suffering divided drugs disease diseases terrorism rape rapes
  riots failing failed fail fails hell trouble troubles misery decay unsafe dangerous dirty filthy unaffordable expensive sick
  apart downhill suffer suffers struggling mess shit shithole nice dump dumps
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
  dress dresses smell smells bitch bitches dance dances
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
  donkey plant houseplant toddler toddlers baby babies chimp chimps ape apes horse rat rats fish dolphin
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
  ['get', 'out', 'of', 'our', 'way'], ['stop', 'hogging'], ['hurry', 'up', 'and'], ['give', 'up', 'their'], ['stay', 'out', 'of', 'sight'],
  ['stay', 'hidden'], ['be', 'hidden'], ['be', 'kept', 'out', 'of', 'sight'], ['be', 'kept', 'hidden'], ['out', 'of', 'the', 'way'], ['out', 'of', 'our', 'way'],
];

/** Passive verbs of control and removal: "[group] should be registered / hunted / stripped of ...". */
export const CONTROL_PASSIVES = set(`
  registered tracked profiled muzzled silenced tamed disenfranchised hunted stripped purged flogged evicted expelled shunned
  ostracised ostracized boycotted barred culled gassed neutered spayed caged chipped branded tagged whipped beaten rounded
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

/** Actions a "why can't [group] just ..." question demands: assimilation or silence. */
export const CONFORMING = set(`assimilate integrate behave act speak learn shut stay keep stop go be leave`);

// --- insinuation frames (insinuation.ts) -------------------------------------------------------------------

/** Imperatives that protect something: "hide your wallets", "lock your doors", "keep your kids away". */
export const PROTECT_VERBS = set(`hide lock guard clutch secure bolt protect count check watch hold keep grab lockup mind`);

/** What a warning protects: "hide your wallets", "lock up your daughters", "count the spoons". */
export const VALUABLES = set(`
  wallet wallets purse purses bag bags handbag handbags backpack backpacks valuables belongings jewellery jewelry phone phones door
  doors windows car cars bike bikes daughter daughters son sons kids children wife wives women girls pets dog dogs cats chickens
  silverware spoons cutlery change pockets pocket cash money goats house houses gates back tools
`);

/** Phrases that announce a decline when a group arrives: "there goes the neighbourhood". */
export const DECLINE_PHRASES: readonly string[] = [
  'there goes the neighbourhood', 'there goes the neighborhood', 'there goes the area', 'there goes the street', 'there goes the town',
  'there goes the school', 'there goes the country', 'there goes the block', 'property values', 'house prices', 'time to move',
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
export const PATHOLOGY = set(`phase trend fad choice sin disorder illness sickness disease fetish delusion perversion abomination unnatural contagious curable cured fixed treatable cult`);

/** Conditions put on tolerating a group: "as long as they keep it to themselves". */
export const TOLERANCE_LIMITS: readonly string[] = [
  'keep it to themselves', 'keep it private', 'behind closed doors', 'shove it in', 'shoving it in', 'flaunt it', 'flaunting it', 'rub it in',
  'ram it down', 'in my face', 'in our faces', 'keep it out of', 'stay in the closet',
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
  pickpockets fights fighting beheadings acid stoning honour honor killings jihad bankruptcy divorce bills creeps perverts predators
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

