/**
 * A second reader for threats, for the ones the grammar of threat.ts does not parse: the threat is spread over a
 * sentence's words rather than put in one shape ("You and your boyfriend are both getting stabbed this weekend", "if u
 * block me again ill come to ur job and stab u", "hope ur whole family dies in a fire"), told as a crime story ("you'll
 * be a chalk outline on your own driveway"), made through a weapon ("I'll be waiting by your car with a crowbar"), or
 * veiled and set up by knowing where someone is ("Your kid's school lets out at 3:15. Accidents happen.").
 *
 * It reads cues, not a parse. A threat needs harm (a violent act, crime-scene imagery, a wished mishap, a weapon brought,
 * or a veiled warning with proof of knowing the person's whereabouts), a person it is aimed at, and a mode that makes it
 * a promise, a wish, a condition or a call to others. Games, fiction, news reports, condemnation, sympathy, kitchens and
 * a joke marker on a hyperbolic verb ("I'll kill you if you spoil the finale lol") stand it down. It runs only when
 * threat.ts found nothing, and only on sentences holding one of its anchor words.
 */
import { GAME_TITLES, PETS_AND_CHILDREN } from './lexicon/words';
import type { GroupMention } from './find-groups';
import { identityAdjective, type Characteristic } from './lexicon/groups';
import { WORSHIP_PLACES } from './lexicon/derogation';
import { neighbour } from './insinuation/shared';
import { NEGATORS, type Token } from './tokens';

export interface ScoredThreat {
  from: number;
  to: number;
  confidence: number;
  explain: string;
}

/** Violent acts in any tense or form, as the words a post uses ("stabbed", "caving your skull in", "stomp u out"). */
const ACTS: readonly RegExp[] = [
  // (not "take a stab at it", "stab my fork into that cake"; kill, murder and shoot are threat.ts's own, with their idioms)
  /(?<!\b(?:was|were|been|got|had|being) )\b(?:stab|stabs|stabbed|stabbing|shank|shanked|knifed)\b(?! (?:at|into|my fork|the (?:cake|meat|potato|steak)))(?<!\ba stab)/,
  /\b(?:getting|get|got|be|been) (?:stabbed|smoked|capped|merked|murked|bodied|shanked)\b(?! (?:out|off|from|salmon|brisket|ribs|meat|for))/,
  /\b(?:getting|get|be) jumped (?:after|at|on|outside|tonight|tomorrow|when|the (?:second|minute|moment) you (?:leave|step|walk))\b/,
  /\b(?:beat|beats|beating|beaten) (?:(?:your|his|her|their|you|him|them) )?(?:ass|to death|senseless)\b|\bbeat (?:you|him|her|them) down\b(?! the (?:stretch|hill|slope|track|wing|line|field))|\b(?:ass|asses) (?:beat|beaten|kicked|whooped)\b/,
  /\b(?:stomp|stomps|stomped|stomping|curb ?stomp\w*) (?:you|him|her|them) out\b|\b(?:stomp|stomped|stomping) (?:your|his|her) (?:face|head|teeth)\b/,
  /\b(?:cave|caving|caved|smash|smashing|smashed|crack|cracking|cracked|bash|bashing|bashed) (?:in )?(?:your|his|her|their) (?:skull|head|face|teeth|ribs|jaw)\b/,
  /\b(?:knock|knocking|knocked|knocks) (?:your|his|her|their|you|him|them|that \w+) (?:\w+ ){0,2}(?:teeth|out cold|unconscious)\b/,
  /\bslap the (?:taste|soul|spit|shit) out\b/,
  /\b(?:torch|torched|torching) (?:your|his|her|their) (?:house|home|car|place|flat|apartment|shop|business)\b/,
  /\b(?:drown|drowning|poison|poisoning) (?:you|him|her|them|every one of|all of|your|his)\b(?! (?:out|in (?:work|paperwork|emails|love|cards|cake|gifts|presents|kisses|hugs|compliments|praise|flowers|balloons)|with (?:kindness|love|compliments)))/,
  /\b(?:snap|snapping) (?:your|his|her|that|the) (?:\w+ )?(?:' ?s )?(?:neck|spine)\b/,
  /\bput (?:you|him|her|them|this \w+|that \w+) in (?:the|a) (?:ground|grave|morgue|body bag)\b/,
  /\b(?:bullet|bullets) (?:in|into|through) (?:your|his|her|their) (?:head|skull|face|chest|brain|back)\b|\bputting a bullet in\b/,
  /\bgetting hurt (?:bad|badly|real bad)\b|\bhurt (?:you|him|her) (?:bad|badly|real bad)\b/,
  /\b(?:teach|taught|teaches) (?:you|him|her|them|(?:the |those |these )?people) a lesson (?:\w+ )?(?:will|would)? ?(?:not|never) forget\b|\bteach (?:you|him|her|them) a lesson with (?:a|my|the) (?:bat|knife|fists|belt|crowbar)\b/,
  /\bgive (?:you|him|her|them) a (?:proper |good )?(?:kicking|beatdown)\b/,
  /\b(?:getting|gets|get) (?:a (?:bullet|brick|beating|kicking)(?= *(?:$|[.!,]|in\b|to\b|through\b|between\b|from me\b|tonight\b|tomorrow\b|when\b|if\b|after\b|on sight\b))|(?:his|her|their|your) (?:teeth|face|head|skull) (?:knocked|kicked|smashed|caved|bashed))\b|\bleaving in an ambulance\b|\bputting (?:you|him|her|them|person) in (?:the )?hospital\b|\bhit by my (?:car|truck|van)\b/,
  /\b(?:kick|kicking) (?:your|his|her|their) (?:head|face|teeth) in\b|\b(?:stomp|stomps|stomping|stomped) (?:you|him|her|them)(?= *(?:$|\.|!|,|and|out|into|until|to death))/,
  /\b(?:want|wanted|need|needs|wish) (?:them|him|her|you) (?:all )?dead\b/,
  // "beat the crap out of you", "punch that smug look off your face", "you're dead meat", "show you what happens to snitches"
  /\b(?:beat|beats|beating|kick|kicks|kicking|knock|knocks|knocking|slap|slaps|slapping) the (?:absolute |living |fucking |bloody )?(?:crap|shit|hell|living daylights|daylights|snot|stuffing|piss) out of (?:you|him|her|them)\b/,
  /\b(?:punch|punching|slap|slapping|smack|smacking) (?:that|the) (?:\w+ ){0,2}(?:look|smile|grin|smirk) (?:right )?off (?:your|his|her) face\b/,
  /\byou (?:are|re) dead meat\b|\b(?:he|she|they) (?:is|are|s) dead meat\b/,
  // "next time I see you you're getting it", "I'm going to ruin your face"
  // (only as the clause's end: "you're getting it Saturday at 10", "getting it cut short", "again" are haircuts and prizes)
  /\byou (?:are|re) (?:so |really )?getting it(?= *(?:$|[.!,]|tonight\b|bad\b|when\b|mate\b|pal\b|bro\b))/,
  // (the writer's own promise: "that filter will rearrange your face" is a filter)
  /\b(?:i|we) (?:will |ll |am |m |are |re |would |d )?(?:going to |gonna |about to |really )?(?:ruin|wreck|rearrange|mess up|fuck up|smash up) (?:your|his|her) (?:face|teeth|jaw|nose|pretty face)\b/,
  /\bget my hands on (?:you|him|her)\b(?! (?:and|to) (?:hug|thank|kiss|squeeze|cuddle))/,
  /\bshow (?:you|him|her|them) what happens to (?:snitches|rats|grasses|people like (?:you|him|her))\b/,
  // "I'd love to see you bleed", "your face is going to meet my fist", "waiting outside your office with my mates"
  /\bsee (?:you|him|her) (?:bleed|suffer|choke|beg for (?:mercy|your life|his life|her life))\b(?! (?:for|through|in|on|at|with))/,
  // ("next time I see you, you're finished"; not "finished with exams", "finished by five")
  /\b(?:when|next time|once|if) i (?:see|find|catch|get) (?:you|him|her)\b.*\b(?:you|he|she) (?:are|is) (?:finished|history)\b(?! (?:with|by|at|in|for|early|soon|today|tomorrow|on))/,
  /\b(?:your|his|her) (?:face|head|jaw|nose|teeth|skull) (?:is |are )?(?:going to|gonna|will|about to) (?:meet|say hello to|get acquainted with|get to know) my (?:fist|fists|boot|boots|bat|knuckles|foot|hammer|knee)\b(?! (?:bump|bumps|pump))/,
  /\bwaiting (?:for you )?outside (?:your|his|her) (?:house|office|work|school|door|flat|place|gym|car|building) with (?:my|the|some|a few) (?:mates|boys|lads|friends|brothers|crew|gang|bat|knife|crowbar)\b/,
  /\b(?:shoot|poison|drown|strangle|kill|snap the neck of) (?:that|your|ur|those|his|her) (?:\w+ ){0,2}(?:dog|dogs|cat|cats|mutt|pooch|horse|puppies|puppy|kitten|kittens|mongrel)\b/,
  // "I'm putting his head through the wall", "run him off the road", "put a bullet in that streamer's head", "someone beats
  // you so bad your own mum can't recognise you"
  /\b(?:put|putting|puts|shove|shoving|smash|smashing) (?:your|his|her|their|ur) (?:head|face) (?:through|into) (?:the|a|that|your|his|her) (?:wall|window|windscreen|windshield|table|floor|door|glass)\b/,
  /\b(?:run|running|drive|driving) (?:you|him|her|them|that \w+) (?:off|right off) the road\b/,
  /\b(?:put|putting) a bullet in (?:that|this|the|your|his|her) (?:\S+ ){0,3}(?:head|skull|brain|face)\b/,
  /\b(?:you|he|she|they) will (?:soon )?find out what happens (?:when|if) (?:you|he|she|they) (?:is|are) (?:alone|on (?:your|his|her|their) own)\b/,
  // "you're getting glassed", "he's getting jumped after practice", "getting a visit and a baseball bat"
  /\b(?:you|he|she|they) (?:are|is) (?:so )?getting (?:glassed|bottled|stabbed|shanked|jumped|battered|done in|merked|knifed)\b|\bgetting a visit and a (?:baseball )?(?:bat|crowbar|knife|hammer)\b/,
  // "will not leave that car park in one piece", "or I start with your kneecaps", "standing over your bed"
  /\b(?:will not|would not|not) (?:leave|walk out of|get out of|make it out of) (?:\S+ ){0,4}in one piece\b|\bi (?:start|begin|will start) with (?:your|ur|his|her) (?:kneecaps|knees|fingers|legs|teeth)\b|\bstanding over (?:your|ur) bed\b/,
  // "drown that scammer in his own bathtub", "kick ur door in and then do u"
  /\bdrown (?:that|this) \w+ in (?:his|her|their) (?:own )?(?:bath|bathtub|tub|pool|toilet)\b|\bkick (?:your|ur|his|her) (?:front )?door in\b/,
  // "flog you senseless", "cop a tyre iron to the skull", "once I'm done with your face", "you'll be collecting her from A&E",
  // "never walk out of that office on your own legs again", "tie you up, and nobody will hear a thing"
  /\b(?:beat|beats|flog|batter|kick|punch|smack|hit|knock) (?:you|u|ya|him|her|them) senseless\b|\b(?:cop|get|take|catch) a (?:tyre iron|tire iron|crowbar|bat|brick|hammer|bottle|machete|knife) (?:to|in|across) the (?:skull|head|face|teeth|jaw)\b|\bdone with (?:your|ur|his|her) face\b/,
  /\bcollecting (?:her|him|them|you) from (?:a and e|a e|ae|the hospital|hospital|the morgue|intensive care)\b|\bnever walk (?:out of \S+ (?:\S+ )?)?on (?:your|ur|his|her) own (?:two )?legs again\b|\btie (?:you|u|her|him) up\b.*\bnobody will hear\b/,
  /\b(?:you will need to|you better|better|you might want to|you should|so|lol|and) bring an ambulance\b|\bwait for (?:you|u) outside (?:\S+ ){0,4}bring an ambulance\b/,
  /\b(?:beat|beats|beating|batter|batters|kick|kicks) (?:you|him|her) so (?:bad|hard|badly) (?:that )?(?:your|his|her|you|he|she) (?:own )?(?:mum|mom|mother|family|kids|wife|husband|friends|will|would|can|cannot)\b/,
];

/** Crime-scene and death imagery about the reader's future: "you'll be a chalk outline", "a cold case", "dental records". */
const DEATH_IMAGES: readonly RegExp[] = [
  // ("you'll be eating through a straw"; not "hope you like hospital food", said as often to a friend in hospital)
  /\beating through a straw\b|\bdrinking through a straw\b/,
  /\bbody ?bag\b|\bchalk outline\b|\bcrime scene\b|\bevidence bag\b|\bdental records\b|\bcold case\b|\bcoroner\b|\bmorgue\b|\bautopsy\b|\bforensics\b/,
  /\bmilk carton\b|\bmissing (?:poster|posters|person)\b|\bwith (?:' )?missing\b|\bunsolved (?:mystery|case)\b|\btrue crime\b|\bdateline\b|\blast seen\b/,
  /\b(?:pulled|fished|dragged) out of the (?:canal|river|lake|harbour|harbor|sea|reservoir)\b|\bsleep(?:ing)? with the fishes\b|\bcement shoes\b|\bwrapped in a tarp\b|\bin pieces\b|\bid you by\b|\bidentify (?:you|him|her|your body)\b/,
  // "you'll be eating your teeth", "you'll be in a box", "they'll never find your body", "a knife in your back"
  /\b(?:be|been|end up|wind up) eating (?:your|his|her) (?:own )?teeth\b|\b(?:you|he|she) (?:will|would|ll|d) (?:be|end up|go home|leave) in a (?:box|coffin|casket)\b|\bnever find (?:your|his|her) (?:body|bodies|remains)\b|\bwith a (?:knife|blade|bullet) in (?:your|his|her) (?:back|chest|throat|gut|belly|skull|head)\b/,
  /\b(?:put|puts|putting) (?:you|him|her) in the ground\b/,
  /\b(?:be|going|end up|wind up) (?:in|under) the ground\b|\b(?:in|into) (?:your|his|her|an early) grave\b|\byour obituary\b|\b(?:the|a) body (?:the )?(?:hikers|police|cops|dog walkers?|someone) find\b|\b(?:your|his|her) dead body\b/,
  /\b(?:will|would|not|never) (?:live|survive) (?:long enough|to see|the (?:week|night|weekend|year))\b|\bmake sure (?:he|she|they|you) (?:does not|do not|will not|never) make it home\b|\bstill alive unfortunately\b/,
];

/** The reader pictured injured, their nerve or smile taken with it: "you won't be so brave with a broken jaw", "let's see
 * how tough you are with your teeth knocked out". A person's courage after an accident is told in the past ("she was so
 * brave with a broken leg"): only the future or a dare counts. */
const INJURY_PICTURED = /\b(?:will not|would not|not) be (?:so |as |that |very )?(?:brave|tough|smug|cocky|mouthy|loud|funny|hard|big|laughing|smiling|talking|chatty|clever|lippy|pretty|confident|smart) (?:\w+ ){0,3}with (?:a |your |no |two |half your )?(?:(?:broken|busted|fractured|wired|smashed|black|fat|split) (?:jaw|nose|eye|eyes|arm|arms|leg|legs|ribs|teeth|face|neck|kneecaps|lip)\b|jaw wired|teeth (?:knocked|kicked|smashed) (?:out|in)|no teeth)|\bsee how (?:\w+ )?(?:brave|tough|smug|cocky|mouthy|hard|funny|clever|pretty|big|smart) (?:you|he|she) (?:are|is|look|looks|feel|feels) with (?:a |your |his |her |no )?(?:broken|busted|smashed|black|fat|split|teeth|jaw)\b|\bsee how (?:\S+ ){0,5}(?:you|he|she) (?:\S+ ){0,2}with (?:a |your |his |her )?(?:jaw wired|broken (?:jaw|nose|legs?|arms?)|teeth (?:knocked|kicked) out)\b|\b(?:will not|would not|not) be (?:smiling|laughing|talking|grinning|smirking) (?:like that |so much |much )?(?:when|once|after) (?:your|his|her) (?:face|teeth|jaw|nose|head|skull) (?:is|are|gets|get) (?:smashed|kicked|caved|knocked|bashed|punched) in\b/;

/** Sports, recovery and care: an injury pictured among them is a mishap foreseen, not a threat ("on the slopes", "get well"). */
export const MISHAP_SETTINGS = new Set(['slopes', 'ski', 'skiing', 'snowboard', 'snowboarding', 'bike', 'cycling', 'skate', 'skateboard', 'skating', 'climbing', 'trampoline', 'careful', 'easy', 'well', 'swelling', 'cast', 'plaster', 'surgery', 'recovery', 'physio', 'rugby', 'football', 'boxing', 'sparring']);
/** Mishaps wished on someone: "I hope your car flips", "pray your plane goes down", "hope your chemo fails". */
const MISHAPS: readonly RegExp[] = [
  /\b(?:dies|die|dying|died|drown|drowns|drowned|burns|burn) (?:in a fire|in a car crash|alone|slowly|painfully|tonight|soon|horribly|in (?:a|your) (?:ditch|sleep|hole))\b|\b(?:whole )?family dies\b|\bget sick and die\b|\b(?:you|he|she) drowned\b/,
  /\b(?:gets?|getting) (?:shot|stabbed|run over)\b(?! (?:of|down|at|for|by (?:a|the) (?:\w+ )?(?:photographer|camera|pro|professional)))|\bget sick and die\b/,
  /\b(?:car|truck|plane|flight|bus|helicopter) (?:flips|crashes|goes down|go down|explodes|blows up|falls)\b(?! (?:well|smoothly|easy|easily|a treat|fine|ok|okay|great|nicely|into (?:a (?:great |good )?deal|bed|the (?:sofa|couch|bed))))|\b(?:catch|catches|catching) a (?:stray )?bullet\b|\bstray bullet\b|\bearthquake\b|\bmauled\b|\boverdose\b|\bod in\b/,
  /\b(?:chemo|treatment|surgery|transplant|brakes|parachute) (?:fails|fail|does not work|stops working)\b|\b(?:lump|tumou?r|cancer) (?:\w+ ){0,3}(?:terminal|spreads|kills)\b|\bterminal for you\b/,
  // an illness wished back on someone, or whatever "is coming to" them: "hope your cancer comes back", "hopefully your obesity
  // catches up with you", "I hope she gets what's coming to her"
  /\b(?:cancer|tumou?r|illness|disease|obesity|diabetes|addiction|heart attack|stroke) (?:comes? back|returns?|catch(?:es)? up with|finally gets)\b|\bgets? what (?:is|s) coming to (?:you|him|her|them)\b/,
  /\bfall (?:off|down|from) (?:\w+ ){0,2}(?:ladder|stairs|roof|cliff|balcony|bridge)\b.*\bnever\b|\bwalk(?:s|ed)? (?:into|in front of) (?:traffic|a bus|a train)\b|\bhit by (?:a|the) (?:bus|car|truck|train)\b/,
];

/** Weapons brought to someone: "I'm coming over there with a bat", "paid her a visit with a baseball bat", "bring the bats". */
const WEAPON_BROUGHT = /\b(?:with|bring|bringing|grab|grabbing|got|get) (?:a|the|my|some|your|his) (?:baseball )?(?:bat|bats|crowbar|crowbars|machete|knife|gun|guns|pipe|hammer|axe|tire iron|brass knuckles|piece|strap|blade|shotgun|rifle|pistol)\b/;
/** Where a weapon comes to: someone's door, car or street ("waiting by your car with a crowbar"). */
const COMING = /\b(?:coming|come|comes|came|waiting|wait|pull up|pulling up|show up|showing up|visit|ride on|ride out|over there|outside|at your|by your|to your|to his|to her|at his|at her)\b/;

/** Weather, roads and safety: a warning among them is advice. */
export const SAFETY_WORDS = new Set(['icy', 'ice', 'slippery', 'weather', 'storm', 'snow', 'rain', 'fog', 'flood', 'flooding', 'wind', 'recall', 'recalled', 'seat', 'helmet', 'seatbelt', 'scam', 'scams', 'scammers', 'passwords', 'online', 'unvaccinated', 'vaccinated']);

/** Veiled warnings: harmless words that menace when someone has shown they know where the reader is. */
const VEILED: readonly RegExp[] = [
  /\baccidents? (?:happen|happens|can happen)\b|\bhave an accident\b|\bbe a (?:real )?shame\b|\bwould be (?:a shame|sad|awful|terrible)\b|\bit would be (?:sad|awful|a shame)\b/,
  /\bwatch (?:your|ur) (?:back|step)\b|\bwatch yourself\b|\bwatch (?:her|his) back\b|\bone eye open\b|\bwhile (?:you|they|he|she) still can\b|\bdays (?:\w+ ){0,4}are numbered\b|\btime (?:is|s) (?:almost |nearly )?up\b|\btick tock\b/,
  /\blast time you will feel safe\b|\bthink (?:you are|your \w+ is) safe\b|\bnot (?:be )?so safe\b|\bwill not see it coming\b|\bwill not know who or when\b|\bpatience ends\b|\bmake you pay\b|\bmake (?:her|him|them) regret\b|\bregretted it\b|\byou are next\b(?! (?:on (?:the|my) (?:\w+ )?list for|in (?:line|the queue)|to|up|for))/,
  /\bcan be dangerous\b|\bdangerous places\b|\bgets? (?:real |really |very )?quiet\b|\bpretty isolated\b|\bso isolated\b|\bin the dark\b|\bdark alleys?\b|\bcatches fire\b|\bbreaks easy\b|\bbreak easy\b|\bthings break\b|\bleaks happen\b|\blike surprises\b|\bstopped showing up\b|\bnobody has heard from\b/,
  /\bshame if something (?:happened|happens|were to happen)\b|\bwould hate for (?:it|them|him|her|you|your)\b|\bnobody (?:else )?(?:is|will be) around\b|\bno reason\b|\b(?:will|ill) be (?:stopping by|dropping by|parked|waiting outside|outside your)\b|\bnobody (?:ever )?knows why\b|\bcan happen in the dark\b/,
  /\bsee if you (?:can )?walk away\b|\bhope you can run\b|\bhow many teeth you\b|\bwatch what happens\b|\bsee what happens to your (?:face|teeth|nose|legs|family|kids|car|house|dog)\b|\bfriends who(?:'d| would| d) (?:love|like) to (?:visit|meet|see) you\b|\bend up (?:missing|disappearing|in a ditch|in the river|in the canal|in (?:the )?hospital|in a wheelchair)\b|\b(?:will not|wont|are not|is not) (?:be )?safe\b/,
  /\b(?:will not|not) be \w+ing (?:much )?longer\b|\bwill not come running\b|\bsee if your \w+ makes it\b|\bneed a new (?:mommy|mom|mum|daddy|dad|mother|father)\b|\bif i (?:get|got|ever get) my hands on\b|\bstill alive\b|\b(?:antifreeze|rat poison|poison is cheap|poison s cheap)\b|\bkeep (?:your|ur) \w+ (?:indoors|inside)\b|\bwill be the ones? (?:paying|who pay)\b|\bwhat happens when (?:\w+ ){1,3}(?:runs?|running) (?:his|her|your|their) mouth\b|\bcatching up with\b|\bhow tough you are when\b|\bend up like the last one\b/,
  // "we'll be waiting", "bring an ambulance", "hope your door is strong", "she'll find out what happens when she's alone",
  // "better have security walk him to his car", "got my brothers coming round to yours"
  /\b(?:we|i) will be waiting(?: for (?:you|u|him|her))? *(?:$|[.!])|\bcall (?:an|yourself an) ambulance\b|\bi am waiting outside\b/,
  /\bhope (?:your|his|her) (?:door|doors|locks?|windows?) (?:is|are) (?:strong|good|solid)\b/,
  /\b(?:better|had better) have (?:a )?(?:bodyguard|bodyguards|security|protection)\b|\bwaiting outside (?:the |your |his |her )?\w+ for (?:you|u|him|her)\b/,
  /\bnothing left to lose\b|\bfind out what happens when (?:you|he|she|they)\b/,
  /\b(?:will be|am) seeing you at\b|\bsee you soon\b|\bsharpening something (?:special )?for you\b/,
  /\b(?:brothers|boys|lads|mates|cousins|crew) (?:are )?coming (?:round|over) to (?:yours|your place|your house) tonight\b/,
  /\block the (?:back |front )?door\b|\bbetter lock\b|\bcheck(?:ing)? under (?:my|your) car\b|\bstay off the roads\b|\bthink (?:carefully|about that) (?:about|before)\b|\bsee you around\b|\bsee u around\b|\bseeing you (?:real )?soon\b|\bin person this time\b|\bwhat happens to (?:you|people like you|snitches|him|her)\b|\bthe last one\b|\blast weekend of peace\b|\bgood life insurance\b|\bjust in case\b|\bdisappear\b/,
];

/** Knowing where someone is, when they are alone, or who their family is: the set-up of a veiled threat. */
const WHEREABOUTS: readonly RegExp[] = [
  /\bi know (?:where|when|what time|which|your|the gate|ur)\b|\bwe know (?:where|when|your|ur)\b|\bknow where (?:she|he|you) (?:works|lives|live|work|parks|park)\b|\bknows where your\b/,
  /\b(?:found|got|have) (?:your|ur|his|her) (?:new )?(?:address|number|schedule|route)\b|\bfind where you\b|\bwhere you moved\b|\bgate code\b|\byour address\b|\bhis address\b|\bher address\b|\baddress (?:is|in my bio)\b/,
  /\bnice (?:little )?(?:\w+ )?you (?:got|have) there\b|\bnice (?:kids|family|house|car|truck|dog) you (?:got|have)\b|\byou got a nice\b|\bthat \w+ (?:\w+ )?of yours\b|\byour (?:porch|front door|back door|windows?|driveway|route|schedule|shift|gas stove)\b/,
  /\bbeen watching (?:you|your)\b|\bsaw your (?:car|truck|house|kid|son|daughter|wife)\b|\byou still live on\b|\bstill works? at\b|\bon the ground floor\b|\bhome alone\b|\bwhat time your\b|\bwhich (?:daycare|nursery|creche|school)\b|\b(?:lets out|gets out|finishes) at\b|\btakes the \d|\bhe is at the \w+ every\b/,
];

/** A promise, a wish, a condition or a call to others: what makes harm a threat rather than a story. */
export const FUTURE = /\b(?:will|going to|goin to|tmrw|tmr|(?:is|are) (?:\w+ )?getting|(?:on|this|next|by) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)|about to|ill|ima|imma|finna|next time|next week|on sight|when i see|when i find|when i catch|when i get out|next (?:\w+ ){0,3}i (?:get|see|meet)|wait till|wait until|tonight|tomorrow|this weekend|soon|by friday|when i am (?:done|finished)|one post away|pretty soon|at dawn)\b/;
export const WISH = /\b(?:would look (?:better|good|great|nicer) with|hope|hoping|hopefully|pray(?!ing for| for)|praying(?! for)|wish|can not wait|cannot wait|would be better if|really hope|would love to|d love to)\b|^may (?:you|your|he|she|they|his|her|that)\b/;
export const CONDITION = /\b(?:keep (?:ignoring|texting|posting|messaging|blocking|laughing|lying|running your mouth)|if|unless|or else|or (?:i|we) (?:start|will|am coming|m coming|are coming)|(?:got|have) (?:till|until)|one more|keep it up|keep testing|do it again|i dare you|touch my|say that|keep talking|keep leaving)\b/;
const INCITE = /\b(?:someone|somebody|anyone|whoever|everyone|everybody|you all|any real men|who is brave enough|boys)\b/;
/** A condition set on what the reader does next, which a veiled warning then answers: "keep it up and watch what happens". */
const DARE = /\b(?:keep (?:leaving|posting|it up|running|talking)|do it again|i dare you|one more (?:word|comment|post|time)|keep testing|say that (?:again|to my face)|keep running your mouth)\b/;
/** A fiction word that is only a simile: "wrapped in a tarp like some mob movie". */
const SIMILE = /\blike (?:a|some|in|the|that|in the) (?:\w+ )?(?:movie|film|series)\b/;
const INCITE_IMPERATIVE = /(?:^|[.!?] )(?:go|everyone go|y all go|you all go|show) (?:to|make|find|get|show)\b|\byou know what to do\b|\bdo what you want with\b|\bmake sure (?:he|she|they) (?:does|do) not\b|\bhint hint\b|\bsomeone get (?:that|this)\b/;

/** Someone the harm is aimed at. "me" and "us" are not: "my boss will kill me" is a figure of speech. */
const AIM = /\b(?:(?:any|every|the next|the first|next|another|one more|all|all the|the|those|these) (?:person|people)|you|your|yours|yourself|him|her|his|he|she|them|their|this (?:woman|man|guy|kid|streamer|judge|cop|referee|ref|girl|boy)|that (?:woman|man|guy|kid|streamer|judge|cop|referee|ref|girl|boy))\b/;

/** Crime-scene words that are also the names of genres and shows. */
const FICTION_IMAGE = /true crime|dateline|unsolved|cold case|last seen|forensics|crime scene|evidence bag|coroner|autopsy|missing|milk carton/;
/** Sport, games and fiction: they stand down the cue reader except for the acts no game has. */
export const GAME_WORDS = new Set([...GAME_TITLES, 'game', 'games', 'gaming', 'match', 'cricket', 'practice', 'training', 'rugby', 'football', 'soccer', 'tennis', 'golf', 'hockey', 'baseball', 'softball', 'nets', 'club', 'league', 'season', 'playoffs', 'final', 'finals', 'level', 'raid', 'chess', 'novel', 'book', 'chapter', 'character', 'villain', 'plot', 'movie', 'film', 'series', 'finale', 'episode', 'spoiler', 'spoilers', 'spoil', 'fanfic', 'script']);
/** The acts a game or a story also has: "you're getting smoked in the final", "a beatdown in ranked". */
const GAME_ACTS = /lesson|smoked|merked|murked|bodied|capped|jumped|kicking|beatdown|beating|stomp|ass (?:beat|kicked|whooped)|beat \w+ down|(?:crap|shit|hell|stuffing) out of|dead meat/;
/** A kitchen, a report, sympathy or an advert: the violent words are about something else (games are GAME_WORDS). */
export const STANDS_DOWN = new Set([
  // reports, condemnation and sympathy
  'police', 'arrested', 'charged', 'court', 'sentenced', 'convicted', 'jury', 'trial', 'reported', 'alleged', 'allegedly', 'threatened', 'threatening', 'threats', 'disgusting', 'telling', 'told', 'condolences', 'thoughts', 'prayers', 'recovery', 'recovering', 'okay', 'rip',
  // kitchens, gardens and chores
  'recipe', 'eggs', 'dough', 'oven', 'weeds', 'garden', 'lawn', 'bugs', 'pests',
  // adverts that borrow the menace trope ("Nice car you've got there. Would be a shame if it failed its MOT")
  'mot', 'price', 'discount', 'sale', 'offer', 'deal', 'deals', 'booking', 'warranty',
]);
/** Family members whose mention beside a veiled warning makes it a threat to them. */
const FAMILY = new Set(['wife', 'husband', 'mom', 'mum', 'mother', 'dad', 'father', 'family', 'kids', 'kid', 'son', 'daughter', 'twins', 'boyfriend', 'girlfriend', 'parents', 'sister', 'brother', 'brats', 'brat', 'children', 'grandkids']);
/** Animals one owns, named in a threat to their owner ("that mutt of yours"). */
const OWNED_ANIMAL = new Set(['mutt', 'pooch', 'mongrel', 'dog', 'cat', 'horse', 'puppy', 'kitten']);
/** Recommending a show or a podcast, where crime-scene words are the genre: "you'd love this true crime podcast". */
const STORY_TALK = new Set(['love', 'recommend', 'listen', 'listening', 'watch', 'watching', 'binge', 'binged', 'documentary', 'podcast', 'podcasts', 'show', 'fan', 'obsessed', 'novel']);
/** Errands and gifts that make knowing someone's schedule neighbourly. */
export const ERRAND_WORDS = new Set(['delivery', 'deliveries', 'courier', 'invitation', 'invitations', 'misses', 'miss', 'key', 'keys', 'packages', 'package', 'parcel', 'parcels', 'cookies', 'cake', 'dinner', 'lunch', 'coffee', 'drinks', 'help', 'lift', 'ride', 'flowers', 'soup', 'gift', 'present', 'welcome', 'thanks', 'thank', 'congrats', 'birthday', 'invite', 'borrow', 'return', 'spare', 'casserole', 'card', 'hug']);
/** Jokes that undo a hyperbolic verb ("I'll strangle you lmao"); "not joking" undoes the joke. */
export const JOKE = /\b(?:lol|lmao|lmfao|haha|hahaha|jk|kidding)\b|😂|🤣/;
export const EARNEST = /\bnot (?:joking|kidding)\b/;
const NEGATORS_RE = /\b(?:not|never|no|nobody|nothing)\b/;
const HYPERBOLE = /\b(?:kill|kills|killing|murder|strangle|strangling|slap|punch|choke|beat|ruin|wreck|rearrange)\b/;
/** Affection and get-well wishes: "wait till I get my hands on you, birthday boy, tickle time!", "hope you like hospital food! Get well soon". */
export const FOND = /\b(?:tickle|tickles|tickling|hug|hugs|cuddle|cuddles|kiss|kisses|birthday|love you|luv u|squeeze|xoxo|get well|feel better|speedy recovery|recover soon)\b/;

/** Words one of the cues needs; a sentence with none of them (or its neighbour with none) is not read. */
const ANCHORS = new Set(`
  stab stabs stabbed stabbing shank shanked knife knifed shoot shoots shooting shot smoked popped capped jumped merked murked bodied clapped
  wasted dropped kill kills killed killing murder murders murdered murdering strangle strangled strangling execute executed beat beats
  beating beaten ass asses stomp stomps stomped stomping curbstomp cave caving caved smash smashing smashed crack cracking cracked bash
  bashing bashed knock knocking knocked knocks slap punch punching punched torch torched torching burn burned burnt drown drowned
  drowning poison poisoned poisoning snap snapped snapping break broke breaking put needs need bullet bullets round rounds putting hurt
  hurting teach kicking beatdown give body bodybag chalk crime evidence dental cold coroner morgue autopsy forensics milk missing
  unsolved true dateline last sleep sleeping cement wrapped pieces id identify ground grave obituary live survive make alive dies die
  dying died burns family sick car truck plane flight bus helicopter stray earthquake mauled overdose od chemo treatment surgery
  transplant brakes parachute lump tumor tumour cancer terminal fall walk walks walked hit with bring bringing grab grabbing got get
  accident accidents shame would watch one while days time tick think not patience regret regretted next dangerous quiet isolated dark
  alleys alley catches breaks break things leaks surprises stopped nobody lock better check stay see seeing person what weekend good just
  disappear kick kicks slaps smack smacking meat show friends obesity illness disease diabetes addiction stroke coming taught teaches
  getting ruin wreck rearrange straw hospital safe hands end mess fuck slapping teeth box coffin casket fist fists waiting bleed finished
  run running drive driving road ambulance hope door shove shoving puts head bullet smiling glassed bottled shanked jumped visit piece
  kneecaps standing bathtub bath kick bodyguard protection lose soon seeing sharpening senseless cop tyre tire iron skull collecting
  legs tie canal river pulled fished flog
`.trim().split(/\s+/));

function anyMatch(res: readonly RegExp[], text: string): RegExpExecArray | null {
  for (const re of res) {
    const m = re.exec(text);
    if (m) return m;
  }
  return null;
}

/** The post's own words over tokens [from, to]: a contraction is two tokens over one written word ("I'll"). */
export function ownWords(tokens: readonly Token[], from: number, to: number): string {
  return tokens.slice(from, to + 1).filter((t, n, a) => n === 0 || t.start !== a[n - 1]?.start).map((t) => t.raw).join(' ');
}

/** The token span of a match in the joined words (words are joined by single spaces). */
export function spanOf(text: string, m: RegExpExecArray, count: number): [number, number] {
  const from = text.slice(0, m.index).split(' ').length - 1;
  const to = Math.min(count - 1, from + m[0].trim().split(' ').length - 1);
  return [Math.max(0, from), Math.max(0, to)];
}

export function scoredThreat(tokens: readonly Token[], prev: () => string | undefined): ScoredThreat | null {
  if (!tokens.some((t) => ANCHORS.has(t.w))) return null;
  const words = tokens.map((t) => t.w);
  const text = words.join(' ');
  // (sport and fiction stand down everything but the acts no game has: "getting stabbed after the match on Friday")
  // ("getting jumped after practice": the game only says when)
  const games = (words.some((x) => GAME_WORDS.has(x)) || /\bfive a side\b/.test(text)) && !SIMILE.test(text) && !/\b(?:after|before) (?:practice|training|the game|the match)\b/.test(text);
  if (words.some((x) => STANDS_DOWN.has(x))) return null;
  const aimed = AIM.test(text) || tokens.some((t) => t.mention);
  // (the sentence before is read only when a cue needs it: an editor re-runs a sentence whose neighbour it read)
  let cached: string | undefined;
  const prevWords = neighbour(prev);
  const before = (): string => (cached ??= prevWords.words().join(' '));
  if (!aimed && !AIM.test(before())) return null;
  const promise = FUTURE.test(text) || CONDITION.test(text) || INCITE.test(text) || INCITE_IMPERATIVE.test(text);
  const wish = WISH.test(text);
  const joke = JOKE.test(text) && !EARNEST.test(text);
  const found = (m: RegExpExecArray, confidence: number, why: string): ScoredThreat => {
    const [from, to] = spanOf(text, m, tokens.length);
    // (a negation just before the harm takes it back: "I would never hurt you")
    const negated = tokens.slice(Math.max(0, from - 4), from).some((t) => NEGATORS.has(t.w));
    const said = ownWords(tokens, from, to);
    return { from, to, confidence: negated ? confidence - 0.3 : confidence, explain: `${why} ('${said}')${negated ? '; negated, so confidence lowered' : ''}` };
  };
  if (aimed) {
    const injury = INJURY_PICTURED.exec(text);
    if (injury && /\b(?:you|he|she)\b/.test(text) && !joke && !games && !words.some((x) => SAFETY_WORDS.has(x) || STORY_TALK.has(x) || MISHAP_SETTINGS.has(x))) return found(injury, 0.7, 'threat: the person pictured injured');
    const act = anyMatch(ACTS, text);
    const fond = FOND.test(text);
    if (act && (promise || wish) && !fond && !(joke && HYPERBOLE.test(act[0])) && !(games && GAME_ACTS.test(act[0]))) return found(act, 0.7, 'threat: violence aimed at a person, promised, wished or called for');
    const image = anyMatch(DEATH_IMAGES, text);
    if (image && (promise || wish) && !joke && !fond && !(games && FICTION_IMAGE.test(image[0])) && !words.some((x) => STORY_TALK.has(x))) return found(image, 0.7, 'threat: the person pictured dead or as a crime victim');
    // (a negation between the wish and the mishap takes the wish back: "hope your flight doesn't crash")
    const mishap = wish ? anyMatch(MISHAPS, text) : null;
    const wishAt = text.search(WISH);
    if (mishap && !games && !NEGATORS_RE.test(text.slice(wishAt, mishap.index))) return found(mishap, 0.7, 'wishing harm on a person');
    const weapon = WEAPON_BROUGHT.exec(text);
    if (weapon && !games && COMING.test(text) && (promise || wish)) return found(weapon, 0.7, 'threat: a weapon brought to a person');
  }
  // a call on others to act, aimed at someone third or at someone whose address is given: "whoever lives near her, you
  // know what to do", "his address is ... do what you want with that info"
  if (INCITE_IMPERATIVE.test(text) && !joke && !games && ((INCITE.test(text) && /\b(?:him|her|his|them|this (?:woman|man|guy|kid))\b/.test(text)) || WHEREABOUTS.some((re) => re.test(before()) || re.test(text)))) {
    const m = INCITE_IMPERATIVE.exec(text) as RegExpExecArray;
    return found(m, 0.65, 'incitement: others called on to act against a person');
  }
  // a veiled warning, menacing only beside proof of knowing where the person is (in this sentence or the one before)
  const veiled = games ? null : anyMatch(VEILED, text);
  // (advice about weather and roads: "watch yourself out there, the roads are icy and nobody is around")
  if (veiled && !joke && !words.some((x) => SAFETY_WORDS.has(x))) {
    const where = anyMatch(WHEREABOUTS, text) ?? (WHEREABOUTS.some((re) => re.test(before())) ? veiled : null);
    // (someone's own family or pet: "your son", "his dog", "that mutt of yours", "you have such a precious little boy";
    // not "check under your car for cats")
    const both = `${before()} . ${text}`;
    const near = both.split(' ');
    const kin = (x: string | undefined): boolean => PETS_AND_CHILDREN.has(x ?? '') || FAMILY.has(x ?? '');
    const owned = near.some((x, n) => (['your', 'his', 'her', 'yours'].includes(x) && (kin(near[n + 1]) || kin(near[n + 2]))) || (x === 'of' && near[n + 1] === 'yours' && (kin(near[n - 1]) || OWNED_ANIMAL.has(near[n - 1] ?? '')))) || /\byou (?:have|got) (?:such )?(?:a|an|some|two|three|those)? ?(?:\w+ ){0,2}(?:boy|girl|kids|children|son|daughter|baby|babies|dog|cat|family)\b/.test(both) || /\b(\w+) in your (?:profile|pic|photo|post|picture|stories|story)\b/.exec(both)?.slice(1).some((x) => kin(x)) === true;
    // (or two warnings together: "Everyone who crossed me regretted it. You're next on the list.")
    const second = VEILED.some((re) => { const m = re.exec(`${before()} . ${text}`); return m !== null && m[0] !== veiled[0]; }) || VEILED.filter((re) => re.test(`${before()} . ${text}`)).length >= 2;
    // (a neighbour's errand: "I'll be dropping by after your shift with the spare key")
    const errand = words.some((x) => ERRAND_WORDS.has(x));
    if (!errand && (where || (owned && (aimed || AIM.test(before()))) || (DARE.test(`${before()} ${text}`) && (aimed || AIM.test(before()))) || (second && (aimed || AIM.test(before()))) || /\bpeople like you\b/.test(text) || (/\bpeople who (?:talk|speak|act|post|write) like (?:that|you|this)\b/.test(text) && /\bend up\b/.test(text) && aimed))) return found(veiled, 0.65, 'veiled threat beside knowing where the person or their family is');
  }
  return null;
}

/** Violent verbs in every form, for violence against a group's members (the group's name read as "people"). */
const GROUP_VIOLENT = new Set(`
  stab stabs stabbed stabbing strangle strangled strangling shoot shoots shooting shot bash bashing bashed gut
  gutting stomp stomping stomped curb kill killing killed murder murdering murdered hang hanging hanged hung lynch
  lynching lynched burn burning burned burnt torch torching torched drown drowning drowned crucify crucified behead
  beheaded beat beating beaten punch punching punched smash smashing smashed crack cracking bomb bombing bombed gas
  gassing gassed jump jumping kick kicking kicked shove shoving shoved push pushing hunt hunting hunted drag dragged
  dragging slaughter slaughtered exterminate exterminated execute executed rape raping raped attack attacking
  attacked assault assaulting butcher butchered firebomb massacre massacred slit poison poisoned run ran hit hitting
  swinging batter battered maul mauled slap slapped slapping smack smacked smacking knife knifed string stringing thrown throw throwing
  kills beats punches stabs strangles hangs lynches burns drowns kicks smashes slaps smacks hits shoves pushes drags attacks rapes poisons sink sinking sunk torpedo smother smothering smothered
  nuke nukes nuked nuking eradicate eradicates eradicated eradicating exterminates exterminating massacres massacring slaughters slaughtering
  murders executes executing firebombs firebombed firebombing bombs suffocate suffocates suffocated suffocating incinerate incinerated
  cull culls culled culling poisoning
  wipe wipes wiped wiping finish finishes finished finishing mow mows mowed mowing gun guns gunned gunning
`.trim().split(/\s+/));
/** Words that may stand between a verb and the members it is done to: "wipe out every last one of the ...". */
const QUANTIFIERS = new Set(['the', 'all', 'every', 'each', 'last', 'single', 'one', 'of', 'those', 'these', 'a', 'an', 'whole', 'lot', 'remaining', 'rest', 'entire', 'any', 'them']);
/** Verbs that are violence only with their particle after them: "wipe out", "finish off", "mow down", "gun down". */
const OUT_OFF: ReadonlySet<string> = new Set(['out', 'off']);
const OFF: ReadonlySet<string> = new Set(['off']);
const DOWN: ReadonlySet<string> = new Set(['down']);
const PARTICLE: Readonly<Record<string, ReadonlySet<string>>> = {
  wipe: OUT_OFF, wipes: OUT_OFF, wiped: OUT_OFF, wiping: OUT_OFF, finish: OFF, finishes: OFF, finished: OFF, finishing: OFF,
  mow: DOWN, mows: DOWN, mowed: DOWN, mowing: DOWN, gun: DOWN, guns: DOWN, gunned: DOWN, gunning: DOWN,
};
/** Verbs of that list that are also everyday or sporting verbs: only with the members as their object. */
const GROUP_VIOLENT_SOFT = new Set([...Object.keys(PARTICLE), 'thrown', 'throw', 'throwing', 'string', 'stringing', 'run', 'ran', 'hit', 'hitting', 'jump', 'jumping', 'push', 'pushing', 'drag', 'dragging', 'dragged', 'hunt', 'hunting', 'hunted', 'attack', 'attacking', 'attacked', 'crack', 'cracking', 'beat', 'beating', 'kick', 'kicking', 'kicked', 'smash', 'smashing', 'smashed', 'burn', 'burning', 'gas', 'curb', 'swinging', 'bash', 'bashing', 'bashed', 'shove', 'shoved', 'shoving', 'beats', 'kicks', 'smashes', 'hits', 'runs', 'throws', 'drags', 'pushes', 'attacks', 'hunts', 'bashes', 'jumps']);
/** What a soft verb does to a person that is violence: "run over", "beat the shit out of", "push over". */
const SOFT_COMPLEMENT = /^(?:over|down|up|into|in|through|the (?:shit|hell|crap|life)|to death|senseless|skulls?|heads?|back into|faces?|off it|off the)$/;
/** What people are drowned in when they are showered with it: "drown them in ice cream / compliments". */
const SHOWERED_IN = /\bin (?:ice cream|love|gifts|presents|compliments|praise|kisses|hugs|chocolate|sweets|candy|attention|affection|cake|glitter|confetti|thanks|applause|cuddles|free food)\b/;
/** What makes violence called for rather than told: a promise, a wish, an order, a right or a plan. */
const CALLED = /\b(?:will|going to|watch me|pray(?:ing)? (?:that|for|god|to god)|praying|hoping|on sight|would (?:happily|gladly|personally|willingly|cheerfully)|(?:would be|be) (?:a )?(?:good|great|nice|better|best|fine) (?:thing )?if|good thing if|about to|ill|ima|imma|finna|should|must|need to|needs to|ought to|oughta|deserve|deserves|want|wanna|would love|hope|wish|let us|time to|start|from now on|tonight|tomorrow|this weekend|saturday|sunday|friday|is getting|are getting|gets|get|we do it|who is down|grab|bring|go out|go to|going (?:down |over |out )?to|better if|i am \w+ing|im \w+ing|time to|time (?:that )?we|needs? a)\b/;
/** Places of a group's ("the gay bar", "the refugee hotel"): one list for the group threat readers here and in group-attack. */
export const GROUP_PLACES = new Set(['mosque', 'mosques', 'church', 'churches', 'synagogue', 'synagogues', 'temple', 'temples', 'gurdwara', 'club', 'clubs', 'bar', 'bars', 'hotel', 'hotels', 'hostel', 'hostels', 'centre', 'center', 'camp', 'camps', 'school', 'schools', 'shop', 'shops', 'homes', 'houses', 'shelter', 'shelters', 'festival', 'march', 'parade', 'neighbourhood', 'neighborhood', 'businesses', 'restaurant', 'restaurants']);
/** A group's place (its name read as "people") and fire called for at it, after it or brought to it. */
const GROUP_PLACE = String.raw`(?:the|that|this|their|a|every|those|these) (?:person|people) (?:${[...GROUP_PLACES].join('|')})`;
/** The alternation of a group's places, for the readers below. */
const PLACES = [...GROUP_PLACES].join('|');
/** A place of theirs attacked, or a vehicle driven into them, or a killing watched (groupViolence). */
const PLACE_ATTACKED = new RegExp(String.raw`\b(?:burn|burning|torch|torching|firebomb|firebombing|bomb|bombing|blow up|blowing up|shoot up|shooting up|set fire to|setting fire to|petrol bomb|burn down|torch down|take out|taking out)\b (?:down )?(?:the|that|this|a|their|every|some|any|all)? ?(?:whole |entire )?(?:person|people) (?:${PLACES})\b|\b(?:the|that|this|a) (?:person|people) (?:${PLACES}) and (?:torch|burn|bomb|firebomb|shoot up) it\b|\b(?:drive|driving|ram|ramming|plough|plow|plowing|ploughing) (?:my|a|the|our|his) (?:car|truck|van|lorry) (?:into|through) (?:\w+ ){0,4}(?:person|people)\b|\b(?:love|like|want|wait|glad|happy|enjoy) to see (?:\w+ ){0,6}(?:hanging|hanged|hung|dead|burning|burned|lynched|gassed|executed|(?:shot|killed|beaten)(?= *(?:$|[.!,]|and\b|dead\b)))`);
/** Violence against the members approved as lawful, fine or deserved: "killing [group] should be legal", "nothing wrong with lynching [group]". */
const VIOLENCE_ENDORSED = new RegExp(String.raw`\b(?:killing|shooting|beating|lynching|murdering|stabbing|hanging|gassing|bombing|raping|hunting|attacking|burning|torturing|drowning|running over|beating up|punching|kicking|slapping|hitting|smacking|glassing) (?:all |the |some |those |these |any )?(?:\w+ )?(?:person|people) (?:should be|is|would be|must be|needs to be|ought to be|should become) (?:always |completely |totally |perfectly |entirely |absolutely )?(?:legal|legalised|legalized|allowed|fine|okay|ok|justified|a public service|a national sport|a sport|encouraged|rewarded|mandatory)\b|\bnothing wrong with (?:killing|shooting|beating|lynching|murdering|stabbing|hanging|gassing|bombing|attacking|burning|torturing|beating up|punching|hurting) (?:\w+ )?(?:person|people)\b(?! (?:work|works|art|artwork|paintings|photos|portraits|pictures|flags|posters|names|stories|music|films|books|poems|records))|\b(?:violence|attacks|force) (?:against|on) (?:all |the )?(?:\w+ )?(?:person|people) (?:is|are|would be) (?:completely |totally |entirely |absolutely |fully |perfectly |always |so |more than )?(?:justified|fine|okay|ok|deserved|necessary|needed|the answer|overdue|the only answer)\b(?! by (?:nobody|no one|noone|nothing|no)\b)|\b(?:person|people) (?:need to|needs to|should|must|ought to) be (?:corrected|fixed|cured|straightened out|converted|set straight|beaten straight) (?:by force|forcibly|with violence|with a beating|with beatings|with fists)\b|\b(?:killing|shooting|beating|lynching|murdering|stabbing|hanging|gassing|raping|attacking|burning|torturing|drowning|running over|beating up|punching|hurting) (?:a |an |all |the |some |those |these |any |every )?(?:\w+ )?(?:person|people) (?:should not|should never|is not|would not|does not|must not) (?:even |really |ever |legally )?(?:be )?(?:a crime|illegal|a sin|an offence|an offense|count as a crime)\b|\b(?:hanging|death|the rope|the noose|a bullet|shooting|lynching|the gas chamber|the electric chair|the chair|burning at the stake|stoning) (?:is|s) too good for (?:the |those |these |all |every |any )?(?:\w+ )?(?:person|people)\b|\b(?:cheer|celebrate|laugh|smile|dance|party|be (?:happy|glad|delighted|pleased|thrilled)|not (?:care|mind|cry|be sad)|love it|pop (?:the )?champagne) (?:if|when) (?:someone|somebody|anyone|they|we|you|a bomb|a fire|a truck|a lorry) (?:\w+ ){0,2}?(?:torched|burned|burnt|bombed|blew up|shot up|gassed|nuked|firebombed|set fire to|killed|shot|ran over|drove into|bulldozed)(?: down)? (?:a|the|every|that|this|their) (?:\w+ ){0,2}?(?:full of|packed with|of) (?:\w+ )?(?:person|people)\b|\b(?:stringing up|lynching|shooting|gassing|beating up|kicking in|culling) (?:a few |some |all the |all |the |every |a couple of )?(?:\w+ )?(?:person|people) (?:would|will|could) (?:sort|fix|solve|clean|cure|improve|do wonders for|do this country)\b|\b(?:a good kicking|a kicking|a beating|a good beating|violence|force|the boot|a slap|fists|the whip|the belt|a bullet) (?:is|are|s) the only (?:language|thing) (?:the |those |these |all )?(?:\w+ )?(?:person|people) (?:understand|understands|respect|respects|listen to|deserve)\b|\b(?:every|all|each|the) (?:\w+ )?(?:person|people) (?:got|get|gets|getting) what (?:was|is|s) coming to (?:them|him|her)\W* (?:a bullet|bullets|the rope|a beating|a bullet each)\b|\b(?:would be|is|d be|would honestly be) (?:a |doing )?(?:public service|service to (?:the country|humanity|society|us all)|favour to (?:everyone|us all|the world|society)|(?:doing )?(?:the country|us all|everyone|society|the world|this town) a (?:service|favour|favor)) if (?:someone|somebody|we|they|you) (?:\w+ ){0,2}?(?:ran over|run over|shot|killed|hanged|lynched|gassed|bombed|beat up|stabbed|drowned|burned|torched) (?:a few |some |all |the |every |a couple of |a |an )?(?:\w+ )?(?:person|people)\b|\b(?:person|people) (?:\w+ ){0,4}?(?:should|deserve to|deserves to|needs to|need to|ought to|must) get (?:a (?:good |proper |right |real )?)?(?:kicking|beating|slap|thrashing|leathering|battering|kneecapping)\b(?! (?:from|at|in|on) )|\b(?:whoever|anyone who|anybody who|someone who|somebody who) (?:\w+ )?(?:(?:puts a bullet in|shoots|kills|stabs|runs over|beats up|burns|bombs|torches|punches|kicks|glasses) (?:a |an |the |every |all |some )?(?:\w+ )?(?:person|people)|gives (?:a |an |the |every |all |some )?(?:\w+ )?(?:person|people) (?:a )?(?:good |proper |real |right |sound )?(?:kicking|beating|hiding|slap|slapping|thrashing|smack|punch|leathering|battering|doing|pasting|shoeing)) (?:\w+ ){0,2}?(?:deserves|gets|should get|will get|is owed) (?:a medal|a knighthood|a pint|an award|a reward|a statue|my vote|respect)\b|\brun (?:the |all the |those |these )?(?:\w+ )?(?:person|people) out of (?:\w+ ){1,3}with (?:baseball bats|bats|pitchforks|torches|guns|knives|fire|petrol)\b|\bround up (?:the |all the |all |every |those )?(?:\w+ )?(?:person|people) and (?:drop|throw|dump|shoot|gas|burn|drown|sink|hang) (?:them|em)\b|\babout time (?:somebody|someone|we|they|you) (?:burned|burnt|smoked|drove|kicked|beat|shot|bombed|firebombed) (?:the |all the |those )?(?:\w+ )?(?:person|people) (?:out|up|down)\b|\bbring back (?:public |the )?(?:hangings?|lynchings?|the death penalty|the gallows|the noose|the stocks|floggings?|firing squads?|stonings?) (?:just |only |especially |purely )?for (?:the |all |those |these )?(?:\w+ )?(?:person|people)\b|\b(?:deal with|sort out|take care of|handle) (?:the |those |these |all the |all )?(?:\w+ )?(?:person|people) (?:\S+ ){0,5}?(?:and )?(?:i|we) (?:do not|dont|don t|didn t|didnt) mean (?:by |with |through )?(?:talking|talk|words|politely|nicely|a chat|a conversation|debate|debating|dialogue|voting|votes|the ballot box|a strongly worded letter|asking nicely)\b(?!.*\bi mean (?:actual|real|proper|practical|regular)\b)|\b(?:better place|better world|better country|better off|nicer place|safer place|happier place|better planet) if (?:someone|somebody|we|they|you) (?:just |finally |actually |simply )?(?:gassed|killed|shot|wiped out|bombed|nuked|drowned|hanged|lynched|exterminated|got rid of|burned|torched|poisoned|culled|put down) (?:all |every |the |all the |those |these |a few |some |each )?(?:\w+ )?(?:person|people)\b|\b(?:someone|somebody|people|we|you lot) (?:needs to|need to|should|ought to|has to|have to|must) (?:go and |go )?give (?:a |an |the |those |these |every |some )?(?:\w+ )?(?:person|people) (?:a )?(?:good |proper |right |real |sound )?(?:kicking|beating|hiding|slap|slapping|thrashing|smack|leathering|battering|doing|pasting|shoeing)\b(?!.*\b(?:five a side|match|game|league|final|tournament|at (?:pool|darts|chess|cards|football|rugby|cricket|squash|tennis))\b)|\bif (?:a few|some|a couple of|enough|more) (?:\w+ )?(?:people|person) (?:got|were|was|get|started getting) (?:beaten up|beaten|attacked|stabbed|shot|killed|lynched|hanged|strung up|burned|run over|battered|kicked in|glassed)\b(?!.*\b(?:policy|policies|government|council|cuts)\b)(?: \S+){0,8}? (?:learn|would learn|might learn|will learn|get the message|get the hint|think twice|stay away|keep their heads down|know their place)\b|\bwhy (?:are|do) we (?:still )?(?:feeding|feed|housing|house|treating|treat|saving|save|rescuing|rescue) (?:the |all the |those )?(?:\w+ )?(?:people|person) when we could (?:just )?let (?:them|em) (?:starve|die|rot|drown|freeze|burn)\b|\bput down (?:dogs|animals|horses|pets|dogs that bite|rabid dogs)\b(?: \S+){0,6}? (?:so )?why not (?:the |all the |all )?(?:\w+ )?(?:person|people)\b|\bteach (?:the |those |these |all )?(?:person|people) (?:their|her|his) place with (?:a fist|fists|violence|a beating|a belt|a bat)\b`);
/** The members made to bleed, put in hospital or ended, when called for: "I'll make the [group] bleed", "put every [member] family
 * in the hospital", "I will end every [member]" (not "end every [member]'s wait for housing"). */
const MADE_TO_SUFFER = /\bmake (?:sure )?(?:the |those |these |all |every |that |this |their |some |a few |a couple of )?(?:\w+ )?(?:person|people) (?:(?:on|in|down|up) (?:my |our |the |this )?\w+ )?(?:bleed|suffer|scream|beg for mercy|pay in blood|disappear|vanish)\b|\byou (?:\w+ )?(?:person|people) (?:are |re |is )?(?:going to|gonna|about to|will|ll) (?:bleed|die|suffer|burn|pay in blood)\b|\bput (?:every|all|the|those|these|some|a|an|any) (?:\w+ )?(?:person|people) (?:\w+ ){0,4}in (?:the )?(?:hospital|ground|grave|morgue|body bags?)\b|\bend (?:every|all|each|all the) (?:\w+ )?(?:person|people)\b(?! (?:'s|s)(?: |$)| (?:wait|waiting|suffering|pain|misery|isolation|discrimination|poverty|struggle)\b)/;
/** "I've got a bat in the car and a list of [group] on my estate. Tonight's the night.": arms and a list of them. */
const ARMS_AND_LIST = /^(?!.*\b(?:charity|charities|pinata|project|fundraiser|homework|school|museum|rescued|saved|memorial)\b).*?(?:\b(?:bat|bats|knife|knives|gun|guns|machete|crowbar|petrol|rope|hammer|shotgun|rifle)\b.*\ba list of (?:the |all the |every )?(?:\w+ )?(?:person|people)\b|\ba list of (?:the |all the |every )?(?:\w+ )?(?:person|people)\b.*\b(?:bat|bats|knife|knives|gun|guns|machete|crowbar|petrol|rope|hammer|shotgun|rifle)\b)/;
/** "We know where the [group] meet on Thursdays. Bring petrol, lads.": their gathering known, and fire or arms brought. */
const KNOWN_AND_ARMED = /\b(?:we|i) know where (?:the |those |these |all the )?(?:\w+ )?(?:person|people) (?:meet|live|pray|drink|hang out|sleep|work|gather)\b.*\b(?:bring|grab|fetch|get) (?:the |some |your |a )?(?:petrol|matches|lighter fluid|bats|baseball bats|knives|guns|crowbars|rope|molotovs?)\b/;
/** "[group] should be fed to the lions again": thrown to beasts, when called for. */
const FED_TO = /\b(?:fed|thrown|feed|throw) (?:them |\w+ )?to (?:the )?(?:lions|dogs|sharks|wolves|pigs|crocodiles|alligators|hounds)\b/;
/** "I'd happily put a bullet in every [member]". */
const BULLET_IN_EVERY = new RegExp(String.raw`\b(?:put|putting) (?:a |some )?(?:bullet|bullets|round|rounds|slug|slugs) (?:in|into|through) (?:every one of you |each of you |all of you |every one of the |each one of you )?(?:every|all|each|any|the|those|these|some)? ?(?:\w+ )?(?:person|people)\b`);
/** The weapons the readers below take to a place, as one regex alternation. */
const WEAPONS = 'rifle|rifles|gun|guns|shotgun|shotguns|pistol|pistols|ar|ak|ar15|ak47|glock|machete|machetes|knife|knives|bomb|bombs|grenades|explosives|molotovs?';
/** "bringing my rifle to the [group] parade". */
const WEAPON_TO_PLACE = new RegExp(String.raw`\b(?:bring|bringing|take|taking|carry|carrying) (?:my|a|the|some|our) (?:${WEAPONS}) to (?:the|that|this|their|a) (?:(?:person|people) (?:\w+ )?(?:${PLACES})|pride (?:parade|march|event|festival)?)\b`);
const PLACE_ARSON = new RegExp(String.raw`\b${GROUP_PLACE}\b (?:\S+ ){0,5}(?:someone|somebody|we|you|they|lads|boys) (?:should|must|need to|needs to|ought to|oughta|will|are going to|gonna|could) (?:burn|torch|firebomb|petrol bomb|bomb|set fire to) (?:it|them|the place|the lot)\b|\b(?:bring|grab|get|take) (?:the |some |your |a )?(?:petrol|gasoline|gas cans?|jerry cans?|matches|lighter fluid|molotovs?|torches|pitchforks) (?:to|down to|round to|for) ${GROUP_PLACE}\b|\b${GROUP_PLACE} (?:\w+ ){0,3}(?:needs|need|deserves|deserve|should be|wants|want) (?:a )?(?:burning|burned|burnt|torching|torched|bombing|bombed|firebombing|burning down|burned down|burnt down|torched down)\b`);

/** Fire brought or called for with no place named: "Bring petrol.", "Grab the matches and burn it down." */
const ARSON_KIT = /\b(?:bring|grab|get|take|fetch) (?:the |some |your |a |plenty of )?(?:petrol|gasoline|gas cans?|jerry cans?|matches|lighter fluid|molotovs?)\b|\b(?:burn|torch|firebomb) (?:it|the place|the lot) (?:down|to the ground)\b|\b(?:i will|i ll|ill|we will|we ll|i am|im|we are|we re) (?:be )?(?:the one |there |coming |turning up |showing up )?with (?:the |some |a |my |our |plenty of )?(?:jerry cans?|petrol(?: cans?)?|gasoline|matches|lighter fluid|molotovs?)\b(?! of (?:water|lemonade|juice|squash|tea|coffee|punch|milk|soup))|\bcoming with (?:the |some |a |my )?(?:petrol|jerry cans?|molotovs?|matches)\b|\b(?:burn|smoke) them out\b/;
const ARSON_WORDS = new Set(['petrol', 'gasoline', 'gas', 'jerry', 'matches', 'lighter', 'molotov', 'molotovs', 'burn', 'torch', 'firebomb']);
/** Fire put to ordinary use, in either sentence: "We had a bonfire at the Jewish school fair. Bring matches next time!" */
export const FIRE_USES = new Set(['bonfire', 'bbq', 'barbecue', 'candle', 'candles', 'camping', 'campfire', 'fireworks', 'cake', 'birthday', 'smores', 'fireplace', 'stove', 'grill', 'generator', 'car', 'van', 'mower', 'lawnmower', 'heater', 'lantern', 'menorah', 'diwali', 'diyas', 'incense', 'sparklers']);

/**
 * Arson called for at a group's place named in the sentence before: "The refugee hotel is on Station Road. Bring petrol.",
 * "The gay bar closes at 2. Grab the matches and burn it down.", "The mosque is on Elm Street. Bring petrol." The sentence
 * before is read only when this one brings or calls for fire. Returns the group (or the place of worship) as named there.
 */
export function arsonAtPlaceBefore(tokens: readonly Token[], prev: () => string | undefined): { group: GroupMention; explain: string } | null {
  if (!tokens.some((t) => ARSON_WORDS.has(t.w))) return null;
  const text = tokens.map((t) => t.w).join(' ');
  if (!ARSON_KIT.test(text) || NEGATORS_RE.test(text) || tokens.some((t) => FIRE_USES.has(t.w))) return null;
  const before = neighbour(prev);
  const words = before.words();
  if (words.some((x) => FIRE_USES.has(x))) return null;
  const groups = before.groups();
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as string;
    const g = groups.find((m) => !m.pronoun && m.to === k);
    const characteristic: Characteristic | undefined = GROUP_PLACES.has(words[k + 1] ?? '') ? g?.characteristic ?? identityAdjective(w) : worshipPlace(w) ? 'religion' : undefined;
    if (!characteristic) continue;
    const from = g?.from ?? k;
    const to = GROUP_PLACES.has(words[k + 1] ?? '') ? k + 1 : k;
    return { group: { from, to, characteristic, pronoun: false, weak: false }, explain: `arson called for at a group's place named just before ('${words.slice(from, to + 1).join(' ')}')` };
  }
  return null;
}

/** A place of worship, in the singular or the plural ("mosques", "churches"). */
function worshipPlace(w: string): boolean {
  return WORSHIP_PLACES.has(w) || WORSHIP_PLACES.has(w.replace(/s$/, '')) || WORSHIP_PLACES.has(w.replace(/es$/, ''));
}
/** Places that name the people in them through the word before: "retirement village", "care home", "disability day centre". */
const CARE_PLACES = new Set(['centre', 'center', 'centres', 'centers', 'home', 'homes', 'village', 'hostel', 'hostels', 'school', 'schools', 'hotel', 'hotels', 'camp', 'camps', 'unit', 'ward']);
const PLACE_PEOPLE: Readonly<Record<string, Characteristic>> = { retirement: 'age', care: 'age', nursing: 'age', pensioners: 'age', disability: 'disability', disabilities: 'disability', asylum: 'origin' };
/** The characteristic a word before a place gives its people: an identity adjective, or "retirement", "care", "disability". */
function placePeople(w: string): Characteristic | undefined {
  return identityAdjective(w) ?? PLACE_PEOPLE[w];
}

/** Arms brought to a place: "bringing my rifle to ...", "load up and visit ...". */
const ARMED_TO = new RegExp(String.raw`\b(?:bring|bringing|brings|take|taking|carry|carrying|pack|packing|grab|grabbing|load|loading) (?:my|a|the|some|our|his|their|your) (?:\w+ )?(?:${WEAPONS}|piece|heat|iron) (?:to|into|down to|along to|round to|and (?:go|head|drive|walk|get) (?:to|down to|over to|into)|and (?:visit|hit)) (?:the|that|this|their|a|every|next) `);
/** A vehicle driven into a place: "run my car into the Pride march". */
const VEHICLE_INTO = /\b(?:drive|driving|run|running|ram|ramming|plough|plow|ploughing|plowing|steer) (?:my|a|the|our|his|this) (?:car|truck|van|lorry|suv|bus|pickup) (?:into|through) (?:the|that|this|their|a|every) /;
/** A visit to a place with weapons: "visit the mosque with baseball bats". */
const VISIT_ARMED = /\b(?:visit|visiting|pay a visit to|go to|going to|head to|heading to|turn up at|turning up at|show up at|showing up at|drop by|(?:waiting|wait|standing|stand) (?:outside|at|by)) (?:the|that|this|their|a|every) ((?:\w+ ){1,4})(?:(?:on|this|tonight|tomorrow|at) (?:\w+ )?)?with (?:my |a |the |some |our |a can of |cans of |a few )?(?:baseball bats|bats|bat|knife|knives|gun|guns|machete|machetes|crowbar|crowbars|petrol|weapons|rifle|rifles|pipes|axe|axes|molotovs)\b/;
/** Killing kit readied with a place after it: "load up and visit the ...", "go hunting at the ...". */
const KIT_TO = /\b(?:load up|locked and loaded|lock and load|armed up|gear up|go hunting|going hunting|hunting season)(?: ,)? (?:and )?(?:(?:visit|go to|going to|head to|heading to|headed to|hit|pay a visit to|off to) |at |down at |to )(?:the|that|this|their|a|every|next) /;
/** A place blown up, bombed or burned: "someone should blow up that synagogue", "torch the gay bar". */
const PLACE_HIT = /\b(?:blow up|blow|bomb|firebomb|torch|burn down|burn|shoot up|set fire to|raze|attack|smash up) (?:down )?(?:the|that|this|their|every|a|those|these|all the) /;
/** Poison put where a group eats or drinks: "poison the water at ...", "put rat poison in ... drinks". */
const POISON_AT = /\b(?:poison) (?:the |their |all the )?(?:water|food|drinks|well|wells|supply|punch|soup|meals?) (?:at|in|of|for) (?:the|that|this|their|a|every) |\b(?:put|putting|slip|slipping|add|adding) (?:some )?(?:rat )?(?:poison|cyanide|arsenic|bleach|antifreeze) in(?:to)? (?:the|that|this|their|a|every) /;
/** Kitchens, hunting for things and security make arms or poison ordinary: "carry a knife to the temple kitchen", "bring the gun to the church for the security team". */
export const ARMS_ORDINARY = new Set(['fork', 'forks', 'feast', 'iftar', 'cutlery', 'spoon', 'softball', 'ball', 'charity', 'conservation', 'trophy', 'sharpening', 'balloons', 'balloon', 'decorations', 'raffle', 'fundraiser', 'bingo', 'kitchen', 'cooking', 'langar', 'chef', 'cake', 'carve', 'security', 'guard', 'guards', 'police', 'officer', 'officers', 'deer', 'duck', 'ducks', 'bargains', 'eggs', 'easter', 'treasure', 'scavenger', 'rats', 'mice', 'pests', 'weeds', 'museum', 'exhibition', 'display', 'movie', 'film', 'game', 'play', 'costume', 'prop', 'props', 'toy', 'water', 'nerf', 'paintball', 'airsoft', 'shooting', 'range', 'amnesty', 'surrender', 'banned', 'ban', 'allowed', 'metal', 'detector', 'detectors', 'rights', 'concealed', 'legal', 'illegal', 'law', 'laws', 'permit', 'licence', 'license']);

/** A word naming a place the reader below can take for a group's: a place of worship, Pride, or a group's place after an identity adjective. */
function groupPlaceAt(tokens: readonly Token[], i: number): boolean {
  const w = (tokens[i] as Token).w;
  const before = (n: number): string => (tokens[i - n] as Token | undefined)?.w ?? '';
  return worshipPlace(w) || w === 'pride' || w === 'lgbt' || w === 'lgbtq' || ((GROUP_PLACES.has(w) || CARE_PLACES.has(w)) && i > 0 && (placePeople(before(1)) !== undefined || (CARE_PLACES.has(w) && placePeople(before(2)) !== undefined)));
}
/** Words one of the arms, kit, poison or strike phrases holds. */
const ARMED_CUES = new Set(['rifle', 'rifles', 'gun', 'guns', 'shotgun', 'shotguns', 'pistol', 'pistols', 'ar', 'ak', 'ar15', 'ak47', 'glock', 'machete', 'machetes', 'knife', 'knives', 'bomb', 'bombs', 'grenades', 'explosives', 'molotov', 'molotovs', 'piece', 'heat', 'iron', 'load', 'loaded', 'armed', 'gear', 'hunting', 'poison', 'cyanide', 'arsenic', 'bleach', 'antifreeze', 'blow', 'firebomb', 'torch', 'burn', 'shoot', 'set', 'raze', 'attack', 'smash', 'car', 'truck', 'van', 'lorry', 'suv', 'bus', 'pickup', 'bats', 'crowbars', 'petrol', 'weapons', 'axes', 'pipes', 'bat', 'crowbar', 'axe']);
/**
 * Arms or poison taken to a group's place in the same sentence, or an attack on it called for: "I'm bringing my rifle to the
 * Pride parade", "Somebody should poison the water at the synagogue", "load up and visit the mosque", "someone should blow
 * up that synagogue". The place names its group: a place of
 * worship (not a church for arms, where carrying is argued about as a right), Pride, or an identity adjective before a place ("the
 * gay bar"). Returns the group as named at the place, or null. Negation, kitchens, security and games stand it down.
 */
export function armedAtPlace(tokens: readonly Token[]): { group: GroupMention; explain: string } | null {
  // (read on every sentence: a place word and an arms word first, before any joining)
  if (!tokens.some((t) => ARMED_CUES.has(t.w)) || !tokens.some((_t, i) => groupPlaceAt(tokens, i))) return null;
  const words = tokens.map((t) => t.w);
  const text = words.join(' ');
  // (a vehicle only when called for: "driving the bus into the Pride parade route was the best job" is told)
  const vehicle = CALLED.test(text) ? VEHICLE_INTO.exec(text) : null;
  const armed = ARMED_TO.exec(text) ?? KIT_TO.exec(text) ?? vehicle ?? VISIT_ARMED.exec(text);
  // (poison is only ever called for, never reported: "someone should poison ...", "put rat poison in ...")
  const poison = armed ? null : POISON_AT.exec(text);
  // (a place hit is read when called for, like poison: "someone should blow up that synagogue", not "bombed in 1942")
  const struck = armed || poison ? null : PLACE_HIT.exec(text);
  const m = armed ?? (poison && (poison.index === 0 || CALLED.test(text)) ? poison : null) ?? (struck && (struck.index === 0 || CALLED.test(text)) && !words.some((x, n) => GROUP_STANDS_DOWN.has(x) && !plannedDuringWorship(words, n)) ? struck : null);
  // ("water" is a toy gun's, not poison's: "poison the water at ...")
  if (!m || NEGATORS_RE.test(text.slice(0, m.index)) || words.some((x) => ARMS_ORDINARY.has(x) && !(x === 'water' && !armed))) return null;
  // the place: the first words after the match, up to four, ending on a place of worship, Pride or a group's place
  // (a visit with weapons names its place before the weapons: the place is read from the group the match captured)
  const start = m[1] ? text.slice(0, m.index + m[0].indexOf(m[1])).split(' ').length - 1 : text.slice(0, m.index + m[0].length).split(' ').length - 1;
  for (let k = start; k < Math.min(words.length, start + (m === struck || m === vehicle ? 2 : 5)); k++) {
    const w = words[k] as string;
    // (a church and arms is the carry-rights argument, unless the ones coming out are named: "... for every Christian who walks out")
    const worship = worshipPlace(w) && !(armed && /^church(es)?$/.test(w) && !words.some((x) => ['christian', 'christians', 'worshippers', 'congregation', 'parishioners', 'churchgoers'].includes(x)));
    const pride = w === 'pride' || w === 'lgbt' || w === 'lgbtq';
    // ("the refugee hostel", "the disability day centre", "the retirement village", "the care home": the place names its people)
    const adjective = GROUP_PLACES.has(words[k + 1] ?? '') || CARE_PLACES.has(words[k + 1] ?? '') || (CARE_PLACES.has(words[k + 2] ?? '') && /^[a-z]+$/.test(words[k + 1] ?? '')) ? placePeople(w) : undefined;
    const characteristic: Characteristic | undefined = worship ? 'religion' : pride ? 'sexual-orientation' : adjective;
    if (!characteristic) continue;
    // ("attack the mosque's fundraising target", "torch the gay bar's old sign": a thing of the place is struck)
    if (m === struck && ["'s", 's'].includes(words[k + (adjective ? 2 : 1)] ?? '')) return null;
    const [from] = spanOf(text, m, tokens.length);
    return { group: { from: k, to: k, characteristic, pronoun: false, weak: false }, explain: `${m === struck ? 'an attack called for on' : 'arms or poison taken to'} a group's place ('${words.slice(Math.max(0, from), k + (adjective ? 2 : 1)).join(' ')}')` };
  }
  return null;
}

/** Veiled menace that, said of a group, threatens its members. */
const GROUP_VEILED = new RegExp(String.raw`\b(?:better|should|ought to|had better) watch (?:their|your|our) backs?\b|^(?:we are |i am )?coming for (?:the |all the |those |these |all )?(?:person|people)\b(?= (?:tonight|tomorrow|next|soon|this|at|,|\.|!|$))|\bopen season on (?:the |all |every |any )?(?:person|people)\b|\b(?:we are|we will be) coming for (?:you|them|all of you|every one of you|each of you)\b|\b(?:you|you have|you have been|they have been|consider yourselves?) (?:been )?warned\b|\bwhat is coming (?:for|to) (?:them|you)\b|\blong hot summer for\b|\bwe know where (?:your|their|you|they)\b|\bgot (?:your|their) addresses\b|\bwish (?:you|they) (?:had )?never came\b|\bwhile (?:they|it) lasts?\b|\btend to disappear\b|\bwe are counting (?:you|them)\b|\bshould think (?:hard|twice|carefully) about going out\b|\bcaught fire one night\b|\bnext time it will not be a (?:letter|warning)\b|\bfinish (?:what hitler started|the job hitler started|hitler s job)\b`
  // "[group] in this town better watch out", "better stay out of our street or they are getting ...", "they will learn what
  // happens when ...", "they will not walk again", "it is going to be a bloodbath", "take up arms against [group]"
  + String.raw`|\b(?:person|people) (?:\w+ ){0,4}(?:better|had better) watch (?:out|themselves|yourselves)\b|\b(?:better|had better) (?:(?:stay|keep|get) (?:out|away)|leave|go home|go back|clear off|pack up|get lost)\b(?: \S+){0,6}? or (?:else|we will|i will|there will be trouble|they are getting|they will get|you will get|you are getting)\b|\b(?:they|you) will (?:soon )?(?:learn|find out|see) what happens (?:when|if|to)\b|\b(?:will not|will never) (?:walk|talk|see) (?:again|straight)\b|\b(?:is|be) (?:going to be )?a (?:bloodbath|massacre|slaughter)\b|\btake up arms against (?:the |all |those |these |every )?(?:person|people)\b|\bstart with the (?:person|people)\b.*\b(?:get the message|learn|will follow)\b|\bbring back (?:public )?(?:hangings|hanging|lynchings|lynching|the noose|the rope|stoning|executions) for (?:\w+ )?(?:person|people)\b|\bblood for blood\b|\b(?:person|people) (?:\w+ ){0,5}(?:are|is) (?:now )?fair game\b|\b(?:will|would|are going to|gonna) be met with (?:bricks|bats|fists|violence|force|knives|stones|rocks|baseball bats)\b|\b(?:crack|bash|smash|kick) (?:some|their|a few) (?:skulls|heads)\b|\b(?:i say we|we should|let us|time to|we will|we are going to) (?:storm|raid) the (?:person|people|mosque|synagogue|temple|gurdwara|mandir)\b|\b(?:torch|burn) the (?:caravans|caravan|camp|tents|homes|houses)\b(?= .*\b(?:tonight|lads|boys|kids inside)\b)|\bif i see (?:any more |another |one more |any |a single )?(?:\w+ )?(?:person|people)\b(?: \S+){0,5}? (?:i am|i will) (?:going to )?(?:start )?(?:shooting|shoot|stabbing|swinging)\b`,
);
/** Who else a passive may be about, between the group and the verb: "... a lie that gets people killed". */
const OTHER_PATIENTS = new Set(['people', 'someone', 'somebody', 'others', 'kids', 'children', 'everyone', 'everybody', 'innocents']);
/** Where a clause of the group reading ends, looking back for its call or on for its object. */
const CLAUSE_END = new Set(['.', '!', '?', ';', ',', 'but', 'because', 'and']);
/** "during Friday prayers", "during Sunday mass": the time an attack is planned for, not a report of one in history. */
const WORSHIP_TIMES = new Set(['prayers', 'prayer', 'service', 'services', 'mass', 'shabbat', 'sabbath', 'worship', 'eid', 'ramadan', 'friday', 'sunday', 'saturday', 'diwali', 'vaisakhi', 'passover', 'christmas', 'easter', 'pride']);
function plannedDuringWorship(words: readonly string[], n: number): boolean {
  return words[n] === 'during' && WORSHIP_TIMES.has(words[n + 1] ?? '') && words.some((x) => ['will', 'going', 'gonna', 'ill', 'should', 'must'].includes(x)) && !words.some((x) => ['was', 'were', 'had', 'been'].includes(x));
}

/** Vetoes for the group reading: sport, games, fiction, news and protection ("the women's team destroyed them"). */
const GROUP_STANDS_DOWN = new Set(['team', 'squad', 'match', 'game', 'games', 'quiz', 'final', 'semi', 'derby', 'markets', 'stocks', 'shares', 'rugby', 'football', 'cricket', 'cup', 'score', 'scored', 'goal', 'goals', 'nil', 'won', 'win', 'tournament', 'league', 'chess', 'server', 'cs', 'arrested', 'accused', 'trial', 'charged', 'sentenced', 'police', 'threatening', 'threatened', 'threats', 'calls', 'condemn', 'disgusting', 'protect', 'protecting', 'security', 'history', 'holocaust', 'were', 'was', 'remember', 'memorial', 'victims', 'survivors', 'choir', 'campaign', 'magazine', 'cover', 'photos', 'photo', 'photographer', 'portrait', 'portraits', 'paintings', 'painting', 'artwork', 'artworks', 'gallery', 'galleries', 'posters', 'bride', 'brides', 'weddings', 'books', 'booked', 'bookings', 'clients', 'camera', 'film', 'filming', 'documentary', 'sick', 'wary', 'tired', 'against', 'tabloids', 'press', 'media',
  // (a harm reported to be stopped: "older people get beaten and neglected in care homes. Report it")
  'report', 'abuse', 'neglect', 'neglected', 'statistics', 'study', 'survey']);

/**
 * Violence called for against a group's members, read on a sentence whose group names were replaced by "people" or
 * "person" (`at` holds their indexes): "any [member] who walks down my street is getting stabbed", "I'll personally
 * strangle every [member] who ...", "[group] should be carpet bombed", "i hope someone stabs every [member] at that bar".
 * The members must be the verb's object (within eight words after it) or, for a passive, its subject; the sentence must
 * call for it; sport, games, news and protection stand it down.
 */
/** A treat on its way, which "what's coming to them" may mean: "... no idea what's coming to them, the whole town chipped in for a thank-you dinner". */
export const GOOD_SURPRISE = /\b(?:thank|thanks|party|surprise|cheque|gift|gifts|present|presents|dinner|cake|celebration|celebrate|award|awards|treat|medal|bonus|prize|promotion|promoted|raise)\b/;

export function groupViolence(tokens: readonly Token[], at: ReadonlySet<number>): ScoredThreat | null {
  const words = tokens.map((t) => t.w);
  const text = words.join(' ');
  // ("Disabled people deserve better than broken lifts at every station": what they deserve is better, not harm)
  if (/\bdeserves? (?:so much |much |far )?better than\b/.test(text)) return null;
  // ("against" stands a threat down only where it is not the threat: "violence against [group] is justified")
  const endorsed = VIOLENCE_ENDORSED.exec(text);
  // ("the final solution" is no cup final)
  // ("bombed during the war" is history; "bombed during Ramadan / Friday prayers" is a time set for it)
  if (/\bduring (?:the )?(?:war|wars|wwii|ww2|ww1|blitz|riots?|troubles|conflict|genocide|holocaust|occupation|crusades|raids?|invasion|siege|bombing|uprising)\b/.test(text)) return null;
  if (words.some((x) => GROUP_STANDS_DOWN.has(x) && (x !== 'was' || !/\bwhat was coming to\b/.test(text)) && (x !== 'against' || !(endorsed || /\btake up arms against\b/.test(text))) && (x !== 'final' || /\b(?:cup|semi|the|s) final\b(?! (?:solution|warning|battle|war|reckoning))/.test(text)))) return null;
  // veiled menace to a group named: "[group] in this town better watch their backs", "[group]: you've been warned"
  const veiled = GROUP_VEILED.exec(text);
  if (veiled && !/\b(?:not|never|nobody|noone|no one)\b(?: \S+){0,2}\s*$/.test(text.slice(Math.max(0, veiled.index - 24), veiled.index)) && !GOOD_SURPRISE.test(text)) {
    const [from, end] = spanOf(text, veiled, tokens.length);
    const said = ownWords(tokens, from, end);
    // (a group called on just after takes in the span: "we're coming for you, [group]")
    const to = Math.max(end, ...[...at].filter((k) => k > end && k <= end + 3));
    return { from: Math.min(from, ...at), to, confidence: 0.65, explain: `veiled threat to a group ('${said}')` };
  }
  // arson called for at a place of theirs, with the fire after the place or brought to it: "the [group] hotel in town, someone
  // should burn it down", "bring petrol to the [group] hotel tonight", "that [group] temple needs burning"
  const arson = PLACE_ARSON.exec(text);
  if (arson && !NEGATORS_RE.test(text.slice(0, arson.index)) && [...at].some((k) => { const [a, b] = spanOf(text, arson, tokens.length); return k >= a && k <= b; })) {
    const [from, to] = spanOf(text, arson, tokens.length);
    return { from, to, confidence: 0.75, explain: `arson called for at a group's place ('${ownWords(tokens, from, to)}')` };
  }
  // "somebody needs to deal with the [group] permanently": a final solution in other words
  const dealt = /\b(?:deal|dealt|dealing) with (?:the |those |these |all the |all |every )?(?:person|people) (?:permanently|once and for all|for good|the old fashioned way)\b/.exec(text);
  if (dealt && CALLED.test(text) && !NEGATORS_RE.test(text.slice(0, dealt.index))) {
    const [from, to] = spanOf(text, dealt, tokens.length);
    return { from, to, confidence: 0.7, explain: `violence called for against a group's members ('${ownWords(tokens, from, to)}')` };
  }
  // "I'd happily put a bullet in every [member]", "bringing my rifle to the Pride parade", "killing [group] should be legal"
  const shot = BULLET_IN_EVERY.exec(text) ?? WEAPON_TO_PLACE.exec(text) ?? endorsed ?? ARMS_AND_LIST.exec(text) ?? KNOWN_AND_ARMED.exec(text) ?? (CALLED.test(text) && !/\b(?:heatwave|heat|cold snap|flu|virus|covid|storm|ice|snow|winter|pollution|smog)\b/.test(text) ? MADE_TO_SUFFER.exec(text) ?? FED_TO.exec(text) : null);
  // ("I'm not saying I'd do it, but whoever ...": a hedge, not a denial)
  if (shot && !NEGATORS_RE.test(text.slice(0, shot.index).replace(/\b(?:i am|im|i m) not saying (?:i would|i d|id) (?:do it|do that)\b/, ''))) {
    const [from, to] = spanOf(text, shot, tokens.length);
    return { from, to, confidence: 0.75, explain: `violence called for against a group's members or their places ('${ownWords(tokens, from, to)}')` };
  }
  if (!CALLED.test(text)) return null;
  /** The words of the clause before tokens[i], at most eight: where the call must be ("I will ... strangle"). */
  const lead = (i: number): string => {
    let a = i;
    while (a > 0 && i - a < 8 && !CLAUSE_END.has(words[a - 1] ?? '.')) a--;
    return words.slice(a, i).join(' ');
  };
  /** The words of the clause after tokens[i]. */
  const rest = (i: number): string => {
    let b = i + 1;
    while (b < words.length && !CLAUSE_END.has(words[b] ?? '.') && !['cuz', 'cause', 'so'].includes(words[b] ?? '')) b++;
    return words.slice(i + 1, b).join(' ');
  };
  const breakAt = (a: number, b: number): boolean => words.slice(a, b).some((x) => ['.', '!', '?', ';', 'but', 'because'].includes(x));
  for (let i = 0; i < words.length; i++) {
    const v = words[i] ?? '';
    if (!GROUP_VIOLENT.has(v)) continue;
    // (a joke marker does not undo violence against a group: "lol im gonna curb stomp the next [member] ...")
    if (words.slice(Math.max(0, i - 3), i).some((x) => NEGATORS.has(x))) continue;
    // active: the members are the object ("strangle every person", "beat the hell out of every person")
    // ("hang every [member]'s paintings": a thing of theirs is the object)
    const obj = [1, 2, 3, 4, 5, 6, 7, 8].map((d) => i + d).find((k) => at.has(k) && !breakAt(i, k) && !["'s", 's'].includes(words[k + 1] ?? ''));
    // passive: the members are the subject ("any person who walks down my street is getting stabbed", "person should be bombed")
    const subj = [...at].filter((k) => k < i && i - k <= 10 && !breakAt(k, i)).pop();
    // (not a victim described: "any [member] who gets attacked will be supported", "... get shot by the cops")
    const aux = words[i - 1] ?? '';
    // (not "talks back like that gets slapped": "that" after "like" ends the condition)
    const relative = (['who', 'that', 'which'].includes(words[i - 2] ?? '') && words[i - 3] !== 'like') || ['who', 'that', 'which'].includes(aux);
    const byAgent = words[i + 1] === 'by' && !['my', 'a', 'our'].includes(words[i + 2] ?? '');
    // ("'all [group] are criminals' is a lie that gets people killed": someone else is the one the passive is about)
    const otherPatient = subj !== undefined && words.slice(subj + 1, i).some((x, n) => OTHER_PATIENTS.has(x) && !at.has(subj + 1 + n));
    const passive = subj !== undefined && !otherPatient && (/(?:ed|en|wn|ot|ung|urnt|ut)$/.test(v) || v === 'run') && !relative && !byAgent && words.slice(subj + 1, i).some((x) => ['be', 'getting', 'get', 'gets', 'is', 'are', 'been'].includes(x)) && CALLED.test(`${lead(subj)} ${words.slice(subj + 1, i).join(' ')} ${words.slice(i + 1, i + 6).join(' ')}`);
    // an active -ing form is called for only as "I'm cracking ...", "start shooting ...", "go jump ...": not "people attacking"
    const gerundOk = !/ing$/.test(v) || v === 'string' || ['am', 'are', 'is', 'start', 'starts', 'started', 'starting', 'begin', 'keep', 'go', 'be', 'were'].includes(aux) || (aux === 'and' && /\bstart\b/.test(lead(i)));
    const clause = `${lead(i)} ${v} ${rest(i)}`;
    // ("drown every [member] in ice cream / compliments": showered, not killed)
    if (/^drown/.test(v) && SHOWERED_IN.test(rest(i))) continue;
    // ("hope the vaccine wipes out the disease that kills so many [members]": a clause about what harms them, not a call)
    // ("stop the murders of [members]": the act named as a noun, to be stopped)
    const describing = ['that', 'which', 'who'].includes(words[i - 1] ?? '') || (words[i + 1] === 'of' && ['the', 'these', 'those', 'more', 'stop', 'end', 'prevent', 'against', 'of', 'all'].includes(words[i - 1] ?? ''));
    const active = obj !== undefined && gerundOk && !describing && (CALLED.test(clause) || i === 0 || CLAUSE_END.has(words[i - 1] ?? '') || /\b(?:lets|let us)\b/.test(lead(i)));
    if (!active && !passive) continue;
    if (GROUP_VIOLENT_SOFT.has(v)) {
      // ("run over every person", "push person over", "beat the shit out of")
      const o = active ? obj ?? i : i;
      const around = [words[i + 1], `${words[i + 1]} ${words[i + 2]}`, words[o + 1], `${words[o + 1]} ${words[o + 2]}`];
      // ("go jump some [members]": a gang sent out; "shove the next [member] ... into traffic")
      const sentOut = ['go', 'lets', 'us'].includes(words[i - 1] ?? '') || /\binto traffic\b|\boff (?:a|the) bridge\b|\bunder (?:a|the) (?:bus|train)\b/.test(rest(i));
      // ("beating [group] out of our towns": driven out by violence)
      const drivenOut = /^out of (?:our|the|this|my|their) /.test(words.slice(o + 1, o + 5).join(' '));
      // ("I will personally beat the next [member] I see": a victim picked at random is no opponent in a game)
      const seenVictim = /^(?:the )?(?:next|every|first|any) (?:person|people) (?:i|we) (?:see|meet|find|catch|spot)\b/.test(rest(i));
      // ("hope covid wipes out every last [member]", "finish off the [group]", "wipe [group] off the map": the particle
      // within the verb phrase; no other complement stands in for it)
      const particle = PARTICLE[v];
      if (particle !== undefined) {
        // (the members straight after the verb and its particle, with only quantifiers between: not "wipes out the disease
        // that kills so many [members]", "wipe out the discrimination [members] face")
        const between = words.slice(i + 1, o).filter((x) => !particle.has(x));
        if (!active || !words.slice(i + 1, o + 4).some((x) => particle.has(x)) || !between.every((x) => QUANTIFIERS.has(x))) continue;
      } else if (!around.some((x) => SOFT_COMPLEMENT.test(x ?? '')) && !sentOut && !drivenOut && !seenVictim && !['hunting', 'hunt', 'gas', 'attack', 'attacking', 'smash', 'bash', 'bashing'].includes(v)) continue;
    }
    const from = Math.min(i, obj ?? subj ?? i);
    const to = Math.max(i, obj ?? i);
    const said = ownWords(tokens, from, to);
    return { from, to, confidence: 0.75, explain: `violence called for against a group's members ('${said}')` };
  }
  // a place of theirs attacked, or a vehicle driven into them: "someone oughta burn down that [group] temple with everyone
  // inside", "let's go to the [group] bar and torch it", "shoot up a [group] club", "drive my truck into the next [members]"
  const place = PLACE_ATTACKED.exec(text);
  // ("take out the Sikh temple's recycling", "taking out the whole Jewish centre for lunch": an errand or a treat)
  const treat = place !== null && /^tak/.test(place[0]) && /^ *(?:'s\b|s\b|for\b|to\b)/.test(text.slice(place.index + place[0].length));
  if (place && !treat && CALLED.test(text) && !NEGATORS_RE.test(text.slice(0, place.index)) && [...at].some((k) => { const [a, b] = spanOf(text, place, tokens.length); return k >= a && k <= b; })) {
    const [from, to] = spanOf(text, place, tokens.length);
    const said = ownWords(tokens, from, to);
    return { from, to, confidence: 0.75, explain: `violence called for against a group's members or their places ('${said}')` };
  }
  // "I will personally make sure every [member] in this town suffers"
  const ensured = /\bmake sure (?:every |all |all the |those |these |the |each )?(?:person|people) (?:\w+ ){0,4}(?:suffer|suffers|die|dies|pay|pays|bleed|bleeds|regret|regrets|freeze|freezes|starve|starves|disappear|disappears|never (?:walk|walks|return|returns|come back|comes back|feel safe|feels safe)|(?:is|are) too (?:scared|afraid|frightened) to)\b/.exec(text);
  if (ensured && CALLED.test(text) && !NEGATORS_RE.test(text.slice(Math.max(0, ensured.index - 10), ensured.index))) {
    const [from, to] = spanOf(text, ensured, tokens.length);
    return { from, to, confidence: 0.75, explain: 'harm to a group\'s members promised' };
  }
  // "[members] deserve a bullet / a good beating", "want them all dead. Every last [member]"
  for (const k of at) {
    const after = words.slice(k + 1, k + 13).join(' ');
    const m = /^(?:\S+ ){0,10}(?:deserve|deserves|need|needs) (?:a (?:machete|knife|bullet|bat|brick) to the (?:neck|head|face|throat)\b|a (?:good |proper |real )?(?:slap|smack|punch|kicking|beating|thrashing|hiding)\b(?! (?:place|places|spot|spots|cream|coach|heart|monitor|room|hole|bag|machine|game|boots|technique)))|^(?:\w+ ){0,2}(?:deserve|deserves) (?:a (?:good |proper |real )?(?:beating|kicking|bullet|thrashing|hiding)|a slow death|the (?:oven|ovens|gas chamber|gas chambers|rope|noose)|to (?:be )?(?:die|shot|hanged|hung|beaten|stabbed|burned|burnt|gassed|crucified|killed|lynched|dragged))\b/.exec(after);
    if (m) return { from: k, to: Math.min(tokens.length - 1, k + m[0].split(' ').length), confidence: 0.75, explain: 'violence said to be deserved by a group' };
  }
  return violenceNearGroup(tokens, words, text, at);
}

/** Weapons and fire, as the last reading of a group threat names them. */
const HARM_KIT = new Set(['petrol', 'diesel', 'bats', 'bat', 'brick', 'bricks', 'shovel', 'machete', 'machetes', 'knife', 'knives', 'gun', 'guns', 'rope', 'noose', 'bullet', 'bullets', 'bomb', 'bombs', 'molotov', 'molotovs', 'acid', 'crowbar', 'crowbars', 'hammer', 'axe', 'tyre', 'tire', 'pitchforks']);
/** Acts of violence the last reading counts (past participles too: "burnt out", "kicked down the stairs"). */
const HARM_ACTS_ANY = new Set(['broken', 'smash', 'smashing', 'burn', 'burnt', 'burned', 'shoot', 'stab', 'stabbing', 'lynch', 'torch', 'torching', 'stomp', 'kicked']);
/** Words of a call to act: orders to others, a time set, a dare passed on. */
const CALL_TO_ACT = /\b(?:lads|boys|fair game|pass it on|spread the word|so should you|get out or|who is in|let us|we will|we are coming|i will start|start(?:ing)? (?:this|tomorrow|on|with|monday|tonight)|by (?:friday|monday|saturday|sunday|the weekend)|tonight|tomorrow|this weekend|saturday|sunday|deserves?|needs?|should|grab|bring|come tooled up|next time|just (?:shoot|kill|hit|run|burn|stab)|i am \w+ing|we are \w+ing)\b/;
/** News, condemnation, protection, history and sport: violence near a group told, not called for. */
const TOLD_NOT_CALLED = new Set(['attack', 'attacks', 'attacked', 'victim', 'victims', 'arrested', 'police', 'condemn', 'condemned', 'protect', 'protecting', 'protection', 'against', 'survivors', 'survivor', 'history', 'reported', 'report', 'court', 'jailed', 'sentenced', 'charged', 'memorial', 'vigil', 'solidarity', 'safe', 'safety', 'training', 'course', 'class', 'classes', 'self', 'defence', 'defense', 'film', 'novel', 'game', 'match', 'cricket', 'baseball', 'softball', 'rounders', 'nets', 'nobody', 'whoever', 'anyone', 'nerf', 'toy', 'water', 'paintball', 'laser', 'photo', 'photos', 'camera', 'record', 'records', 'calories', 'question', 'off']);

/** Where a weapon is sent to reach the members: "a petrol bomb through the door". */
const KIT_TARGETS = new Set(['door', 'doors', 'window', 'windows', 'house', 'houses', 'home', 'homes', 'hotel', 'shop', 'shops', 'letterbox', 'head', 'neck', 'skull', 'face']);

/**
 * The last reading of a threat against a group: violence aimed at the members with a call to act (an order to "lads", a day
 * set, "deserves", "should"), when nothing in the sentence tells it as news, history, sport, protection, a toy or a photo.
 * Aimed means one of: the members (or "them", "em", "one") right after a verb of harm ("shoot em at the border", "running
 * the lot of them over"); a weapon they "deserve" or "need" ("deserve a petrol bomb through the door", "needs a shovel to
 * the back of the head"); or a harm they "deserve to be" given ("deserves to be kicked down the stairs"). A weapon merely
 * near a group ("bring the bats", "blow the roof off", "the band is the bomb") is not enough.
 */
function violenceNearGroup(tokens: readonly Token[], words: readonly string[], text: string, at: ReadonlySet<number>): ScoredThreat | null {
  // (a sport named: "going to smash them at five-a-side tonight")
  if (!at.size || words.some((x) => TOLD_NOT_CALLED.has(x) || ['rugby', 'football', 'soccer', 'tennis', 'golf', 'hockey', 'league', 'playoffs', 'futsal', 'netball', 'basketball'].includes(x)) || /\bfive a side\b/.test(text) || !CALL_TO_ACT.test(text)) return null;
  const negatedAt = (n: number): boolean => words.slice(Math.max(0, n - 3), n).some((y) => ['not', 'never', 'no'].includes(y));
  const found = (from: number, to: number): ScoredThreat => ({ from, to, confidence: 0.6, explain: `violence aimed at a group's members, called for ('${ownWords(tokens, from, to)}')` });
  for (const k of at) {
    // the members after a verb of harm: "shoot em", "stab them", "running the lot of them over"
    for (let n = Math.max(0, k - 12); n < Math.min(words.length, k + 14); n++) {
      const x = words[n] ?? '';
      if (negatedAt(n)) continue;
      const obj = words.slice(n + 1, n + 5);
      const aimed = obj.some((y, d) => at.has(n + 1 + d) || ['them', 'em', 'one', 'every'].includes(y));
      if (aimed && (HARM_ACTS_ANY.has(x) || (['run', 'running'].includes(x) && words.slice(n + 1, n + 6).includes('over')))) return found(Math.min(k, n), Math.max(k, n + 1));
    }
    // a weapon or a harm the members deserve or need
    const d = words.findIndex((x, n) => n > k && n <= k + 12 && ['deserve', 'deserves', 'need', 'needs'].includes(x));
    if (d < 0 || negatedAt(d)) continue;
    const rest = words.slice(d + 1, d + 8);
    const kit = rest.findIndex((x) => HARM_KIT.has(x));
    // (through the door, to the head: "need the shovel and the rotavator back by Saturday" returns a tool)
    if (kit >= 0 && ['a', 'an', 'the', 'some'].includes(rest[0] ?? '') && words.slice(d + 2 + kit, d + 9 + kit).some((x, n, a) => KIT_TARGETS.has(x) && ['through', 'to', 'at', 'in', 'into', 'the', 'of', 'their', 'his', 'her'].includes(a[n - 1] ?? ''))) return found(k, d + 1 + kit);
    if (rest[0] === 'to' && rest[1] === 'be' && HARM_ACTS_ANY.has(rest[2] ?? '')) return found(k, d + 3);
  }
  return null;
}

/** Words without which no threat against a group is read (the violent verbs, and the harm, weapons and menace the other
 * readers name): a sentence naming a group with none of them skips the readers. */
export const GROUP_THREAT_GATE = new Set([...GROUP_VIOLENT, ...GROUP_PLACES, 'permanently', 'deal', 'sort', 'hitler', 'floggings', 'kicking', 'feeding', 'starve', 'learn', 'window', 'windscreen', 'windshield', 'visit', 'sharp', 'flogging', 'lynchings', 'stonings', 'gallows', 'noose', 'medal', 'knighthood', 'intensive', 'ditch', ...`
  kills beats hurt bullet bullets gun guns bat bats crowbar dead die dies death deserve deserves suffer suffers
  warned backs coming summer addresses disappear counting last lasts fire cave knock bury buried blood body bag
  pieces ground grave hospital ambulance teeth skull regret pay sure careful dark know truck van car petrol brick
  bricks wish ready lesson season violence force justified legal wrong fist fists bleed end watch sight
  arms happens walk bloodbath better fed lions sharks wolves dealing dealt rope lampposts skulls heads message hangings lynchings
  blood slap smack machete storm met thrown caravans diesel shovel acid tyre tire pitchforks molotov molotovs
`.trim().split(/\s+/)]);
