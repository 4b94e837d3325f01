/**
 * Word lists shared by the language detectors: insults, profanity, and the predicate vocabulary of
 * group attacks. CONTENT WARNING: profanity and insults in full, for matching only.
 */

const set = (s: string) => new Set(s.trim().split(/\s+/));

/** Nouns that insult the person they name ("you idiot", "he is a liar"). */
export const INSULT_NOUNS = set(`
  idiot idiots moron morons imbecile imbeciles cretin cretins loser losers clown clowns fool fools dumbass dumbasses dipshit dipshits
  asshole assholes arsehole arseholes bastard bastards bitch bitches dick dicks dickhead dickheads prick pricks cunt cunts twat twats
  wanker wankers tosser tossers jerk jerks scumbag scumbags scum douche douches douchebag douchebags shithead shitheads fuckface
  fucker fuckers motherfucker motherfuckers slut sluts whore whores hoe hoes skank skanks creep creeps pig pigs snake snakes rat rats
  weasel weasels worm worms parasite parasites leech leeches liar liars fraud frauds hypocrite hypocrites traitor traitors coward cowards psycho
  psychos lunatic lunatics freak freaks degenerate degenerates halfwit halfwits nitwit nitwits numbskull buffoon buffoons twit twits
  sleazebag sleazeball lowlife lowlifes maggot maggots vermin bozo bozos doofus pillock muppet muppets plonker knobhead bellend
  cuck cucks disgrace joke slob slobs snowflake snowflakes dumbo dummy dunce dolt dimwit airhead bimbo bimbos hag hags witch crook crooks thug thugs
  punk scumbags sicko sickos pervert perverts perv pedo pedophile paedophile pedophiles groomer groomers tool
  shitstain jackass jackasses asswipe dickwad fuckwit fuckwits cocksucker cocksuckers trash garbage filth pos ahole aholes
  whacko whackos nutcases dirtbag dirtbags sleazebags sleazeballs simpleton simpletons ignoramus ignoramuses knucklehead
  knuckleheads dingbat dingbats nincompoop nincompoops dimwits airheads charlatan charlatans grifter grifters swindler
  swindlers bottomfeeder bottomfeeders gasbag windbag blowhard blowhards crybaby crybabies stooge stooges dweeb dweebs soyboy soyboys
  turd turds shill shills madman madmen whackjob whackjobs wackjob wackjobs
  demonrat demonrats demorat demorats democrap democraps dumbocrat dumbocrats dumocrat dumocrats rethuglican rethuglicans
  repuglican repuglicans repugnican repugnicans libturd libturds sonofabitch sonsofbitches schmuck schmucks yutz dildo dildos
  sucker suckers shitbag shitbags
`);

/**
 * More nouns that name a person only to insult them ("a spineless wimp", "you sycophant"). Kept apart from
 * INSULT_NOUNS, which the protected rules and the misspelling repair also read: only the inflammatory
 * detectors (insult, reply) read these.
 */
export const PERSON_INSULT_NOUNS = set(`
  narcissists cultists twerp twerps fence-sitters fencesitters lawbreaker lawbreakers troglodyte troglodytes
  weakling weaklings fecker feckers wimp wimps wuss wusses sissy sissies harlot floozy trollop shrew oaf oafs lout louts dullard
  dullards bonehead boneheads blockhead blockheads meathead meatheads pinhead pinheads birdbrain peabrain asshat asshats fuckhead
  fuckheads prat prats numpty numpties shyster shysters scoundrel scoundrels lech crackpot crackpots whiner whiners whinger whingers
  lackey lackeys toady toadies sycophant sycophants bootlicker bootlickers brownnoser brownnosers deadbeat deadbeats moocher moochers
  freeloader freeloaders scrounger scroungers misogynist misogynists homophobe homophobes xenophobe xenophobes kook kooks loon loons
  scumbucket scumbuckets dumbfuck dumbfucks numbnuts dickbag dickbags twatwaffle pisshead gobshite gobshites cheater cheaters
  goon goons harpy harpies sheeple lapdog lapdogs simp simps neckbeard neckbeards thot thots troll trolls dirtbag
  slimeball slimeballs gremlin gremlins laughingstock laughingstocks nobodies know-nothing know-nothings knownothings
  bandwagoner bandwagoners hillbilly hillbillies redneck rednecks caveman cavemen doormat doormats cow cows crone crones ghoul ghouls
  vulture vultures reprobate reprobates busybody busybodies manchild manchildren crank cranks idjit idjits eejit eejits
  faker fakers crackhead crackheads methhead methheads ass arse azz
`);

/** Insult nouns that are also ordinary words: they need a clear person target ("you tool", "he is a pig"). */
export const WEAK_INSULT_NOUNS = set(`
  tool pig pigs snake snakes rat rats dummy witch nerd punk trash garbage filth fool fools clown clowns dork dorks snowflake snowflakes
  creep creeps freak freaks crook crooks hag hags leech leeches parasite parasites joke disgrace weasel weasels sucker suckers
  troll trolls lapdog lapdogs goon goons caveman cavemen gremlin gremlins redneck rednecks hillbilly hillbillies nobodies
  bandwagoner bandwagoners doormat doormats cow cows crone crones ghoul ghouls vulture vultures walnut plank bum bums tyrant tyrants hack hacks
  ass arse azz
`);

/** Adjectives that insult a person ("you are pathetic"); about a thing they are ordinary criticism. */
export const INSULT_ADJECTIVES = set(`
  stupid dumb idiotic moronic batshit pathetic worthless useless incompetent brainless clueless ignorant disgusting ugly fat gross vile evil
  corrupt crooked dishonest spineless gutless braindead deranged delusional hideous repulsive trashy sleazy slimy creepy psychotic
  retarded disgraceful despicable contemptible insufferable obnoxious loathsome revolting spineless witless dense thick dimwitted
  unbearable shameless scummy demented lazy ugly smelly stinking pitiful moronic filthy dirty fucking fuckin effing bloody damn goddamn
  bitchy parasitic
`);

/**
 * Words that insult a person when predicated of them ("he is unhinged", "liberals are crazy") but are
 * too common to count on their own: they need a person subject and a copula.
 */
export const PERSON_NEGATIVE = set(`
  cruel crazy insane racist racists sexist sexists bigot bigots bigoted corrupt vile nasty evil sick sociopath sociopaths psychopath
  psychopaths narcissist narcissistic phony phonies fake fakes hypocritical treasonous criminal criminals crooked dishonest delusional
  deranged deluded unhinged ignorant brainless clueless arrogant despicable disgusting shameful trash garbage scum lunatic lunatics nutjob
  nutjobs nutcase maniac maniacs dumbest stupidest laziest ugliest creepiest greediest nastiest vilest sleaziest fascist fascists nazi nazis commie commies terrorist terrorists thug thugs
  traitors kooky kookoo nuts insane toxic spiteful hateful moronic scumbag pedo pedophile predator predators rapist rapists
  pitiful pathetic worthless useless incompetent stupid dumb idiotic ugly fat gross creepy sleazy slimy trashy evil wicked vicious
  heartless soulless spineless gutless cowardly weak-minded braindead mentally-ill unstable mental disgrace embarrassment crap
  godless demented sore bum bums weirdo weirdos coward lying cheating crooks hypocrite hypocrites clown clowns thickest
`);

/**
 * Evaluative words that insult only when predicated of a named or addressed person with a copula
 * ("you are ridiculous", "she is the worst", "he is a monster"); about things they are ordinary
 * criticism ("the traffic was terrible"), so no other rule reads them.
 */
export const PERSON_PREDICATE = set(`
  ridiculous embarrassing embarrassment horrible awful terrible worst monster monsters mess disgrace laughable shameless
  scummy rude disrespectful childish immature petty whiny smug pompous hopeless lowlife nutter nutters nutjob batshit
  brat brats bully bullies sellout sellouts puppet puppets hack hacks
  annoying boring cocky conceited condescending cranky deceitful disloyal egotistical evasive greedy gullible
  hypocrite insensitive irresponsible manipulative paranoid pretentious reckless ruthless sanctimonious
  selfish shallow shady sneaky spoiled stubborn stingy treacherous two-faced unreliable untrustworthy vain vindictive delirious
  complicit unethical immoral amoral brainwashed deplorable traitorous menace danger uncultured uneducated murderer cheater
  flake con satan nothing abomination egomaniac megalomaniac worse
  clownish inbred cringeworthy cringey cringy try-hard tryhard blight depraved mindless perverted lame irritating bratty failure nobody
  has-been jester loony looney devil antichrist unattractive disingenuous dishonorable dishonourable ungrateful obtuse
  vulgar slutty skanky talentless spineless pitiful dimwitted halfwitted unintelligent unlikeable unlikable insufferable
  senile demented clueless spineless cowardly disgusting repulsive creepy sleazy slimy dishonest crooked corrupt mouthpiece craven detriment
  vile evil wicked nasty cruel heartless soulless worthless incompetent inept unfit unqualified unhinged deranged insane crazy
  psycho psychotic hysterical lazy useless hopeless shameless rude classless tasteless clueless ignorant arrogant pompous smug
`);

/**
 * Plural names of groups of people that are not protected characteristics: politics, hobbies, habits,
 * roles ("liberals", "vegans", "landlords"). Criticising them is fair; name-calling, threats and
 * dehumanising them are still inflammatory (never `protected`).
 */
export const PEOPLE_GROUP_WORDS = set(`
  people folks everyone leftists liberals conservatives libs dems democrats republicans socialists communists globalists sjws
  antifa trumpers progressives feminists vegans hipsters boomers millennials politicians lawyers bankers landlords recruiters
  journalists critics influencers executives managers mods celebrities celebs elites lefties rightwingers activists protesters
  protestors voters supporters snowflakes trolls bureaucrats vegetarians gamers cyclists drivers bros techbros nerds geeks
  vaxxers antivaxxers earthers karens commuters contractors consultants cops billionaires millionaires capitalists anarchists
  hippies fanboys fangirls stans incels simps normies bots scammers spammers realtors salesmen marketers economists scientists
  doctors teachers professors students bosses ceos founders vcs shareholders lobbyists senators congressmen mps councillors
  pundits agents commentators presenters youtubers streamers tiktokers reviewers tories brexiteers remainers remoaners
`);

/** Intensifiers that make an insult aimed rather than descriptive. */
export const INSULT_INTENSIFIERS = set(`
  such a an total complete absolute utter fucking fuckin freaking effing bloody damn goddamn stupid dumb little big fat ugly lying
  pathetic worthless useless sorry old disgusting filthy dirty stinking massive huge real right proper colossal
`);

/** Games and sports by name, which the threat readers let violent words belong to ("watch your back in Fortnite tonight"). */
export const GAME_TITLES = set(`
  fortnite minecraft fifa warzone valorant overwatch apex halo roblox pubg tekken kart pokemon futsal footy mariokart
  paintball lasertag dodgeball catan monopoly scrabble uno boggle cluedo
`);

/** Profanity words: counted as "aimed" only with a person target. */
export const PROFANITY = set(`
  fuck fucks fucking fuckin fucked fucker shit shits shitty bullshit crap damn goddamn ass asshole bitch bitches piss pissed cunt
  cock dick bastard bollocks wanker twat motherfucker motherfucking pussy pussies
`);

/** For masked profanity ("f***", "b*tch"): candidate words a masked token can stand for. */
export const MASKABLE = [
  'fuck', 'fucks', 'fucking', 'fucker', 'fucked', 'fuckin', 'motherfucker', 'shit', 'shitty', 'bullshit', 'bitch', 'bitches', 'asshole', 'cunt',
  'dick', 'dickhead', 'bastard', 'whore', 'slut', 'prick', 'twat', 'wanker', 'damn', 'crap', 'piss', 'cock', 'idiot', 'moron',
  'retard', 'faggot', 'nigger', 'dumbass', 'jackass',
  // (the words of a dehumanising call, starred to slip past filters: "f*cking sc*m, sh*uld be w*ped off the map")
  'scum', 'vermin', 'subhuman', 'wiped', 'should', 'kill', 'die', 'trash', 'filth',
] as const;

/** Nouns for people (subject or object of insults and threats). */
export const PERSON_WORDS = set(`
  he she him her they them his hers guy guys man men woman women lady boy girl dude bro person people folks kid kids ceo cto cfo coo
  bf gf hubby bae
  boss manager managers director vp president senator governor mayor minister politician politicians leader leaders colleague
  colleagues coworker coworkers co-worker teammate teammates team employee employees intern interns recruiter recruiters client
  clients customer customers competitor competitors rival rivals neighbour neighbor neighbours neighbors landlord dad mom mum mother
  father brother sister wife husband boyfriend girlfriend ex friend friends fans fan reporter reporters journalist journalists
  lawyer lawyers cop cops officer police judge referee ref coach player players admin admins mod mods moderator moderators
  developer developers engineer engineers founder founders investor investors analyst analysts troll trolls user users
  candidate candidates staff executive executives exec execs board liberals conservatives republicans democrats leftists
  rightwingers libs lefties trumpers voters supporters protesters critics haters everyone everybody somebody someone anyone
  anybody whoever buddy pal mate sir madam cyclist driver receptionist barista cashier waiter waitress supervisor bartender
  courier tenant plumber umpire councilman councilwoman councillor chairman tories dems brexiteers remainers remoaners antifa
  flatmate flatmates housemate housemates roommate roommates lodger landlady bloke fella surgeon dentist mechanic bailiff bailiffs
  streamer streamers inspector warden bouncer postman contractor builder electrician official officials
`);

/** Object nouns: abuse aimed at these is not aimed at people. */
export const THING_WORDS = set(`
  antifreeze bleach chocolate grapes xylitol it this that bug bugs code build test tests printer laptop computer phone app update release feature meeting meetings monday mondays
  weather traffic commute coffee idea ideas plan policy process server deploy deadline week day morning movie show game song
  wifi internet email emails inbox spreadsheet slide slides deck report job task ticket tickets system software hardware keyboard
  mouse car train bus flight airline queue line rule rules law song album book weekend year month project design api sdk ui ux
  script docs documentation error errors compiler linter config framework library pipeline database query tool process situation
  router modem kettle toaster microwave fridge oven dishwasher washer dryer vacuum scanner xbox playstation ps5 console
  tv television tablet ipad iphone android windows mac macbook browser chrome excel outlook slack jira zoom git
  karma life gravity payback hangover jetlag allergies exam exams homework paperwork mortgage
  battery charger cable website tooltip button dropdown captcha algorithm autocorrect fi wi
  mower lawnmower drill blender heater boiler thermostat headphones earbuds camera bike scooter van truck lorry
  depression anxiety insomnia grief sofa couch mattress chair desk bed
  hoover stapler satnav gps remote umbrella shredder photocopier copier projector
`);

// --- group-attack predicates -------------------------------------------------------------------------

/** Negative attributes or nouns: "[group] are X". Dehumanising ones are kept apart for the explanation. */
export const NEGATIVE_ATTRIBUTES = set(`
  stupid dumb lazy dirty disgusting violent dangerous inferior evil criminal criminals ugly smelly greedy worthless useless deadbeat deadbeats
  pointless unnecessary unwanted unneeded expendable disposable unassimilable
  incompetent weak hysterical primitive backward savage sick deranged perverted perverts pedophiles paedophiles groomers predators
  pickpocket pickpockets shoplifter shoplifters pedo pedos paedo paedos beggar beggars moocher moochers
  terrorists rapists thieves liars idiots morons retards freaks degenerates lunatics abominations abomination mentally disgrace
  disgraceful unclean untrustworthy dishonest sneaky cheap greedy stingy ignorant brainless mindless illiterate uneducated
  unemployable uncivilized uncivilised barbaric barbarians brutes thugs gangsters invaders leeches freeloaders scroungers spongers
  unnatural immoral sinful deviant deviants sick crazy insane delusional confused mentally-ill fake frauds emotional irrational
  inbred filthy nasty gross repulsive revolting hideous cowardly cowards untrustworthy threat threats problem problems burden
  burdens drain danger menace curse blight cancer disease diseases plague virus infestation losers losers trash garbage scum filth
  animals animal rats rat vermin cockroaches roaches parasites parasite apes ape monkeys monkey pigs pig dogs dog insects locusts
  subhuman subhumans savages beasts creatures swine maggots leeches snakes worms bacteria demons devils
  bad terrible horrible awful worse worst slow robots property objects waste
  cheaters cheats crooks swindlers fraudsters con-artists murderers killers molesters abusers extremists fanatics heathens infidels
  moochers bums junkies addicts drunks gangbangers simpletons hypocrites vile wicked treacherous deceitful devious manipulative
  conniving lecherous promiscuous unhygienic diseased infected deadweight lowlifes traitors criminally
  livestock cattle sheep cows goats hogs baboons gorillas chimps primates mutants mongrels mutts monsters zombies fleas lice
  pestilence bloodsuckers breeders incubators commodities corpses carcasses
  angry loud bitter hostile aggressive arrogant entitled annoying whiny obnoxious ungrateful hateful promiscuous shrill bossy
  freeloaders oversensitive overemotional
  deluded hassle nuisance nuisances liability liabilities man-haters brain-dead
  enemy enemies
`);

/**
 * The singulars of a list's plural nouns ("barbarians" → "barbarian", "thieves" → "thief", "junkies" → "junkie"), so
 * that "every Christian is a bigot" and "a Latino man is a drunk" say of one member what "[group] are ..." says of all.
 */
export function singularsOf(words: Iterable<string>): string[] {
  const out: string[] = [];
  for (const w of words) {
    if (w.length < 5 || !w.endsWith('s') || /(?:ss|us|is|ous)$/.test(w)) continue;
    if (w.endsWith('ies')) out.push(`${w.slice(0, -3)}y`, w.slice(0, -1));
    else if (w.endsWith('ves')) out.push(`${w.slice(0, -3)}f`);
    else if (/(?:ch|sh|x|ss)es$/.test(w)) out.push(w.slice(0, -2));
    else out.push(w.slice(0, -1));
  }
  // (not "object": "an object of study", "every woman is an object to him")
  return out.filter((x) => x !== 'object');
}

export const DEHUMANISING = set(`
  animals animal rats rat vermin cockroaches roaches parasites parasite apes ape monkeys monkey pigs pig dogs dog insects locusts
  subhuman subhumans savages beasts creatures swine maggots leeches snakes worms bacteria cancer disease diseases plague virus
  infestation trash garbage scum filth demons devils rabbits roaches termites robots property objects
  livestock cattle sheep cows goats hogs baboons gorillas chimps primates mutants mongrels mutts monsters zombies fleas lice
  pestilence bloodsuckers breeders incubators commodities corpses carcasses
`);

/** Capacities and standing that hate denies: "[group] are not capable / not human / can't lead". */
export const POSITIVE_ATTRIBUTES = set(`
  capable smart intelligent competent qualified trustworthy trusted human humans people equal equals real normal fit able good
  welcome valid worthy deserving clever rational reliable honest decent civilised civilized fully leaders leader engineers managers
  bosses doctors scientists allowed belong belongs deserve deserves exist matter matters citizens men women american americans
  british proper legitimate moral sane strong brave worth natural respect rights dignity equality humane suited compatible
  faithful loyal sober
`);

/** Verbs that "[group] cannot ..." derogates as a lack of competence. */
export const COMPETENCE_VERBS = set(`
  drive code program lead manage think learn understand handle do math reason speak write read work teach run govern decide control
  compete cook be leaders build engineer fly vote parent raise trusted represent
`);

/** Verbs a group does in stereotypes: "[group] steal our jobs", "[group] ruin everything". */
export const HARM_VERBS = set(`
  ruin ruins ruining ruined destroy destroys destroying steal steals stealing rape rapes raping invade invades invading infest
  infests infesting breed breeds breeding smell smells stink stinks cheat cheats cheating lie lie lying leech leeching sponge
  sponging scrounge scrounging spread spreads spreading control controls controlling poison poisons poisoning corrupt corrupts
  corrupting groom grooms grooming prey preys molest molests replace replacing replace bring brings bringing take takes taking
  flood flooding swarm swarming overrun overrunning pollute polluting abuse abuses abusing exploit exploiting kill kills killing
  murder murders murdering hate hates hating deserve deserves
`);

/** Objects that make a HARM_VERB a stereotype rather than a report ("take our jobs", "bring crime"). */
export const HARM_OBJECTS = set(`
  jobs job country countries nation neighbourhood neighborhood neighbourhoods neighborhoods crime crimes drugs disease diseases
  everything society culture children kids women girls money media banks world government economy benefits welfare taxes homes
  schools streets cities city town towns values race west western europe america britain our us
`);

/** Exclusion and violence against a group: "deport [group]", "[group] should be banned". */
export const EXCLUSION_VERBS = set(`
  kill killed murder murdered exterminate exterminated gas gassed deport deported deporting ban banned banning expel expelled remove
  removed eliminate eliminated eradicate eradicated purge purged sterilize sterilized sterilise sterilised shoot shot hang hanged
  hung lynch lynched burn burned burnt round rounded lock locked jail jailed imprison imprisoned segregate segregated isolate
  isolated exclude excluded fire fired kick kicked throw thrown send sent wipe wiped genocide slaughter slaughtered beat beaten
  castrate castrated cleanse cleansed execute executed annihilate annihilated destroy destroyed punish punished whip whipped
  stone stoned drown drowned bomb bombed nuke nuked euthanize euthanized euthanise euthanised segregate hurt stab stabbed
  punch punched rape raped attack attacked torture tortured strangle strangled slap slapped assault assaulted behead beheaded butcher
  butchered caged enslave enslaved exile exiled outlaw outlawed quarantined interned chained shackled neutered criminalised
  criminalized torch torched firebomb firebombed sunk smothered suffocated poisoned
`);

/** Verbs after a group in exclusion calls: "[group] should leave / go back / die". */
export const EXCLUSION_INTRANSITIVE = set(`die rot burn leave disappear vanish hang perish suffer starve drown`);

/** First-person hate verbs: "I hate [group]". */
export const HATE_VERBS = set(`hate hates despise despises loathe loathes detest detests abhor abhors`);

/** Insulting collective nouns and quantity frames: "a bunch of", "too many". */
export const COLLECTIVE_FRAMES = ['too many', 'so many', 'infested with', 'infested by', 'overrun by', 'overrun with', 'invasion of', 'flood of', 'plague of', 'swarm of', 'horde of', 'hordes of', 'full of'];

/** Subjects a put-down is fond or literal about ("our puppy has the memory of a goldfish", "my toddler is such a drama queen"). */
export const PETS_AND_CHILDREN = set(`
  dog dogs cat cats puppy puppies kitten kittens beagle collie collies hamster hamsters pet pets labrador retriever greyhound
  parrot bird toddler toddlers baby babies kid kids son sons daughter daughters niece nephew fish goldfish horse pony bunny rabbit
  character characters cub boy girl twins twin
`);

/** Animals, which a name for people insults only in jest ("the pigeons are such arseholes", "seagulls are absolute bastards"). */
export const ANIMALS = set(`
  pigeons pigeon seagulls seagull gulls gull geese goose squirrels squirrel foxes fox wasps wasp mosquitoes mosquito crows crow
  magpies magpie ducks duck swans swan horses horse chickens chicken hens hen
  cats cat birds bird slugs slug snails snail ants ant flies fly bees bee llamas llama alpacas alpaca raccoons raccoon
  possums possum badgers badger deer moles mole
`);
