/**
 * Threats told as the harm that will befall someone, in shapes the verb grammar of threat.ts does not parse: a weapon
 * someone "gets" ("the next one gets a hammer to the skull"), a harm someone "is getting" ("is getting his throat slit"),
 * "find out what my bat feels like", "make sure you leave in an ambulance", "me and the lads are coming for them friday",
 * driving through a crowd, a fire set "with you in it", "you'll be pushing up daisies", a weapon brought on a condition,
 * and harm that would please the writer ("it'd be great if someone bombed ...", "wouldn't be sad if they all went off a
 * cliff"). Each is read on the sentence's words joined by single spaces (contractions expanded), with stand-downs for
 * the everyday senses (photo shoots, surgery, sport, DIY, games).
 *
 * Pure: no browser imports; threat.ts calls it when its own grammar finds nothing, and group-attack reads its findings
 * through threat.ts when the target is a protected group.
 */

/** What every shape's explanation starts with, so readers of threat.ts's findings can tell a shape from the grammar's. */
export const SHAPE_PREFIX = 'threat in other words: ';

export interface ShapeThreat {
  /** word indexes of the first and last word of the shape */
  from: number;
  to: number;
  confidence: number;
  explain: string;
}

const WEAPON = '(?:bullet|bullets|knife|blade|hammer|bat|baseball bat|cricket bat|golf club|shovel|spade|wrench|wheel brace|tyre iron|iron bar|crowbar|pan|frying pan|poker|brick|machete|axe|beating|kicking|slap|punch|pipe|crowbar|shank|bottle|glass|boot|screwdriver|fist|fists|elbow|knee|foot|head|acid|bleach)';
/** Killings and beatings outside any law, as done to someone ("should be strung up", "lined up against a wall and shot"). */
const EXTRAJUDICIAL = String.raw`strung up|hung from (?:a |the )?(?:lamp ?posts?|lampposts?|trees?|a tree|the nearest tree)|hanged from (?:a |the )?(?:lamp ?posts?|lampposts?|trees?|the nearest tree)|lined up (?:and shot|against (?:a|the) wall)|put (?:up )?against (?:a|the) wall|stood against (?:a|the) wall|taken out (?:back )?and shot|taken out back|taken round the back and shot|dragged (?:out )?(?:into the street |through the streets )?and (?:beaten|shot|hanged|hung|lynched|stoned)|dragged through the streets|shot on sight|beaten to death|beaten senseless|beaten black and blue|beaten to a pulp|tarred and feathered|burned alive|burnt alive|set on fire|doused in petrol|kneecapped|lynched|publicly (?:executed|hanged|hung|flogged|shot)|flogged|horsewhipped|hung drawn and quartered|hanged drawn and quartered|drawn and quartered|thrown off (?:a |the )?(?:roof|bridge|cliff)|run out of town|put in front of a firing squad|shot by firing squad|executed by firing squad|given a bullet|given the rope|given a kicking|given a good kicking|given a beating|given a good beating`;
const BODY = '(?:head|skull|face|back|gut|guts|chest|neck|throat|knees|kneecaps|legs|ribs|teeth|jaw|eyes|spine)';

/** Provocations a condition sets on someone: "if he says one more word", "if that procession blocks my road again". */
const PROVOKED = '(?=.*\\b(?:again|one more|another|any more|says|said|talks|looks at|touches|comes near|blocks|opens|complains|ignores|mouths|messes|crosses|disrespects|parks|moves|cuts me up)\\b)';

/** A shape of harm told as what befalls someone, with what must stand around it for the harm to be a threat. */
interface Shape {
  re: RegExp;
  /** what the shape says, for the explanation */
  what: string;
  confidence: number;
  /**
   * Where someone the harm befalls must be named: in the clause before the shape or in it ('clause'), in the whole
   * sentence ('sentence': "[group], stay indoors, we're coming"), in the shape ('shape': the one a condition is set on),
   * in the shape or as a place the sentence names ('shape or a place'), or after the "if" ('after if').
   */
  someone?: 'clause' | 'sentence' | 'shape' | 'shape or a place' | 'after if';
  /** the harm lands on someone, a group or a place of theirs: in the words after the shape, or in the shape itself */
  target?: 'after' | 'shape';
  /** intent or a wish must come before the shape (a report of the act is news) */
  intent?: boolean;
  /** the span runs on over the object the harm lands on ("... if someone torched the mosque") */
  spanObject?: boolean;
  /** the shape is a threat in any setting, so the everyday settings do not stand it down ("say that to my face at the game") */
  anySetting?: boolean;
}

/** Wildlife, camping and babies: where "sleep with one eye open" is the idiom, not a threat (threat.ts reads them too). */
export const SLEEP_SETTINGS: ReadonlySet<string> = new Set(['raccoon', 'raccoons', 'campsite', 'camping', 'tent', 'bear', 'bears', 'twins', 'cot', 'cots', 'snoring', 'monitor', 'ghost', 'ghosts', 'haunted', 'mosquito', 'mosquitoes', 'fox', 'foxes', 'seagull', 'seagulls', 'cooler', 'wildlife', 'burglars']);

const SHAPES: readonly Shape[] = [
  // "the next one gets a hammer to the skull", "is getting a knife in his back", "gets a bullet from me"
  // (a gift "from me" is a gift: only blows and bullets come "from me" as threats)
  { re: new RegExp(`\\b(?:gets|is getting|are getting|will get|gonna get|is going to get|are going to get|will be getting) (?:a |an |my |the |some )?(?:${WEAPON} (?:to (?:the|his|her|their|your) ${BODY}|in (?:the|his|her|their|your) ${BODY}|through (?:the|his|her|their|your) ${BODY}|between the eyes|across (?:the|his|her|their|your) ${BODY})|(?:bullet|bullets|beating|kicking|slap|punch|smack) from (?:me|us))\\b`), what: 'a weapon promised to someone', confidence: 0.8, someone: 'clause' },
  // "is getting strangled, by me", "that neighbour is getting his throat slit one of these nights"
  { re: /\b(?:is|are|s) (?:getting|going to get|gonna get) (?:(?:a |his |her )?(?:proper |good |right |real |serious )(?:kicking|beating|hiding|battering|doing over|leathering|shoeing)|strangled|stabbed|slit|beaten up|knifed|shanked|kneecapped|lynched|hanged|throttled|curb stomped|curbstomped|his head kicked in|her head kicked in|their heads kicked in|(?:knocked out|hit|punched|slapped|smacked|decked|battered|glassed|headbutted|floored|chinned)(?! (?:by|with|hard by|for six|on|online|in the|at the|\d)\b)(?!.*\b(?:wisdom|surgery|operation|anaesthetic|anesthetic|procedure|dentist|general)\b)(?=.*\b(?:by me|next time|when i|if (?:he|she|they|you)|i mean it|mark my words|tonight|tomorrow|this week|i swear|personally)\b|.*\bwho\b))\b/, what: 'harm promised to someone', confidence: 0.8, someone: 'clause' },
  { re: new RegExp(`\\b(?:is|are|s|re) (?:getting|going to get|gonna get) (?:his|her|their|your) (?:own )?${BODY} (?:slit|cut|kicked in|knocked out|smashed|smashed in|caved in|snapped|stamped on|bashed in|cut open|ripped out|cracked|cracked open|broken|split|split open|fractured)\\b(?!.*\\b(?:chiropractor|chiro|osteopath|physio|massage|dentist|surgeon|surgery)\\b)`), what: 'harm promised to someone', confidence: 0.8, someone: 'clause' },
  // "the first one through the door gets the shotgun", "the next one gets a bullet"
  { re: /\b(?:gets|will get|is getting|gonna get) (?:the shotgun|both barrels|the barrels|my shotgun)\b(?= *(?:$|[.!,]|both barrels|in the|from me))/, what: 'a weapon used on someone', confidence: 0.75, someone: 'clause' },
  // "you're about to find out what my baseball bat feels like", "what a petrol bomb through your letterbox feels like"
  // (only the one who will feel it: "now I know what a good knife feels like in the hand" is a purchase)
  { re: /\b(?:you|u|they|he|she|people|person|them) (?:are |re |is |s )?(?:about to |going to |gonna |will |ll |soon )?(?:find out|learn) what (?:my|a|our|this|the|his|me) (?:\w+ ){0,2}(?:bat|fist|fists|knife|blade|boot|boots|hammer|crowbar|machete|petrol bomb|brick|bullet|gun|belt|axe|molotov|knuckles|knuckle duster)(?: \w+){0,4} (?:feels|feel|tastes|taste) like\b/, what: 'a weapon the reader will feel', confidence: 0.8 },
  // "I'll make sure you leave in an ambulance", "make sure they go home in a body bag"
  { re: /\bmake sure (?:you|he|she|they|u|ya|him|her|them) (?:leave|leaves|go home|goes home|come out|comes out|end up|ends up|are carried out|is carried out|get carried out|leave here|go) (?:in|on) (?:an ambulance|a stretcher|a body bag|a coffin|pieces|a wheelchair)\b/, what: 'harm promised to someone', confidence: 0.8, someone: 'clause' },
  // "I'm going to make sure every [member] on my street ends up in hospital", "make sure he ends up in a ditch"
  // (not safety: "make sure nobody ends up in hospital", "make sure grandma ends up in the right hospital")
  { re: /\bmake sure (?:that )?(?!(?:nobody|no one|noone|none|no)\b)(?:\S+ ){1,6}?(?:ends? up|winds? up|lands?) in (?:hospital|a ditch|the morgue|a wheelchair|a body bag|intensive care|a coffin|the ground|a and e|a e|an early grave|a box)\b(?!.*\b(?:safe|safely|right|nearest|checked|checkup|treated|care home)\b)/, what: 'harm promised to someone (ending up in hospital)', confidence: 0.8, someone: 'clause', intent: true },
  // "me and the lads are paying those [group] a visit tonight. bring bats": a visit with arms
  { re: /\b(?:paying|pay|payin) (?:you|him|her|them|(?:those |these |the |some |all the )?(?:\w+ )?(?:people|person))(?: \S+){0,4}? a (?:little |nice |proper )?visit\b(?=.*\b(?:bats?|baseball bats?|knives|knife|guns?|petrol|crowbars?|hammers?|machetes?|bricks|tooled up|balaclavas?)\b)(?!.*\b(?:cricket|softball|baseball game|rounders|museum|cave|caves|zoo|borrowed|bringing back|return|returning|lent)\b)/, what: 'an armed visit', confidence: 0.8, someone: 'shape' },
  // "any [group] show up saturday and im putting them in hospital", "I'll put you in a wheelchair"
  // (not care: "I'm putting mum in hospital for tests", "putting them in the hospital car park")
  { re: /\b(?:i am|im|i m|i will|ill|i ll|we are|we re|we will|we ll|gonna|going to) (?:be )?(?:putting|put) (?:you|u|him|her|them|(?:the |those |these |every |any |a |an )?(?:\w+ )?(?:people|person)) (?:straight )?in (?:the |a |an )?(?:hospital|intensive care|a and e|a e|wheelchair|coffin|ground|morgue|body bag|early grave)\b(?! (?:for|car park|bed|ward|to be|so (?:they|he|she) can))(?!.*\b(?:tests|treatment|checked|check up|checkup|surgery|operation|doctor|doctors|nurse|nurses|appointment|ill|poorly|sick|fever|care)\b)/, what: 'harm promised to someone (put in hospital)', confidence: 0.8 },
  // "I'll keep putting bricks through windows until the [group] round here are too scared to go out"
  { re: /\b(?:putting|throwing|chucking|lobbing|put|throw|chuck) (?:bricks|rocks|stones|bottles|petrol bombs|molotovs|fireworks) through (?:their |the |people s |every )?(?:windows?|doors?|letterbox(?:es)?) (?:until|till|til|so) (?:the |all the |those |these )?(?:\w+ )?(?:people|person|they)\b/, what: 'an intimidation campaign promised', confidence: 0.8, intent: true },
  // "I'm coming for you [group], and I'm bringing a bat"
  { re: /\b(?:i am|im|we are|were|i will be|we will be) coming for (?:you|them|him|her)\b(?: \S+){0,3}? (?:and|with) (?:i am |im |we are |i will be |we will be )?(?:bringing |bring |with )?(?:a |my |some |our )?(?:bat|bats|baseball bat|cricket bat|golf club|machete|axe|shotgun|rifle|knife|gun)\b(?!.*\b(?:nets|cricket|practice|training|match|game|booked|rounders|softball)\b)/, what: 'coming for someone, armed', confidence: 0.8 },
  // "got a bat in the car and I'm heading to where the [group] hang out tonight"
  { re: /\b(?:heading|going|driving|off|walking|coming) (?:down |round |over |straight )?to where (?:the |those |all the |these )?(?:\w+ )?(?:people|person) (?:hang out|meet|live|drink|pray|gather|go|sleep|work|sit)\b(?=.*\b(?:bat|bats|knife|knives|gun|guns|petrol|machete|crowbar|hammer|shotgun|acid|rifle|axe)\b)(?!.*\b(?:cricket|softball|baseball game|rounders|charity|match|tournament)\b)/, what: 'an armed visit', confidence: 0.8, someone: 'shape' },
  // "I'm putting a bullet in an Arab before the year is out"
  { re: /\b(?:i am|im|i m|i will|ill|i ll|we are|we will|gonna|going to) (?:be )?(?:putting|put) (?:a )?(?:bullet|bullets|round|knife|blade) (?:in|into|through) (?:a |an |the |some |every |one of (?:the|those|these) )?(?:\w+ )?(?:people|person|you|him|her|them)\b/, what: 'a killing promised', confidence: 0.85 },
  // "me and the lads are coming for them friday night" (with a hostile cue: a weapon, "watch out", "sort them out")
  { re: /\b(?:me and the (?:lads|boys|crew)(?: are)?|the (?:lads|boys) and i are|me and my (?:mates|boys|lads) are) coming for (?:you|them|him|her|the lot of them|(?:the |those |these |all the )?(?:people|person))\b(?= .*\b(?:tonight|tomorrow|night|friday|saturday|sunday|monday|tuesday|wednesday|thursday|weekend|soon|later)\b)(?=.*\b(?:watch out|watch your back|better hide|sort (?:you|them|him|her) out|teach|lesson|regret|bats|bat|knives|knife|tooled up|petrol|bricks)\b|^.*\b(?:better watch out|watch out)\b)/, what: 'a gang coming for someone at a set time', confidence: 0.75 },
  // "I'm driving straight through the lot of them", "drove a lorry through the pride march"
  { re: /\b(?:drive|driving|drove|plough|plow|ploughing|plowing|ram|ramming|rammed|mow|mowing) (?:a (?:lorry|truck|van|car|bus|tractor) )?(?:straight |right )?(?:through|into) (?:the lot of them|them all|all of them|the lot|the crowd|the march|the parade|the procession|the protest|the protesters|the protestors|the pride march|the demo|(?:the )?people|(?:the )?person)\b(?! (?:route|routes|traffic|closures?|diversions?|area|road|roads|street|streets|car park))/, what: 'a vehicle driven through people', confidence: 0.8, intent: true, spanObject: true },
  // "any [member] who walks past my house gets a brick through the window": a missile through a window of theirs
  { re: /\b(?:gets|is getting|are getting|will get|gonna get) (?:a )?(?:brick|bricks|rock|rocks|bottle|petrol bomb|molotov|bullet|bullets) through (?:the|his|her|their|your) (?:window|windows|windscreen|windshield|door|letterbox)\b/, what: 'a missile through their window', confidence: 0.8, someone: 'clause' },
  // "keep it up [group], the rope is ready", "the noose is waiting": the means of a killing made ready
  { re: /(?:^|\b(?:the|my|our) |[.!,:] )(?:rope|ropes|noose|nooses|gallows|bullets|guns|petrol|matches|knives|pitchforks|chambers|ovens) (?:is|are|s|'s) (?:ready|waiting|coming|primed|loaded)\b/, what: 'the means of a killing made ready', confidence: 0.8, someone: 'sentence' },
  // "[group], stay indoors, we're coming": a coming announced with a warning to hide
  { re: /\b(?:stay indoors|stay inside|stay home|hide|lock your doors|run|better run|better hide|watch out|be afraid)\b.*\b(?:we are|we re|i am|im|the lads are|we will be|we ll be) coming(?= *(?:[.!]|for\b|$))|\b(?:we are|we re|i am|im) coming(?: for (?:you|them))?\b.*\b(?:stay indoors|hide|lock your doors|better run|better hide|be afraid)\b/, what: 'a coming announced with a warning to hide', confidence: 0.75, someone: 'sentence' },
  // "the day I get my hands on a [member] he's dead"
  { re: /\b(?:get|got|lay) my hands on (?:a|an|that|the|this|one|any)(?: \w+){1,3}?(?: ,)? (?:he|she|they|you) (?:is|are|re|s|will be|ll be|gonna be) (?:dead|finished|done for|a dead man|going in the ground)\b/, what: 'death promised on catching someone', confidence: 0.8 },
  // "next Pride march I'm driving my van into it"
  { re: /\b(?:i am|im|i will|ill|i ll|gonna|going to|we are|we will) (?:drive|driving|ram|ramming|plough|ploughing) (?:my|a|the|our) (?:van|car|lorry|truck|pickup|tractor|4x4|suv) (?:straight )?(?:into|through) (?:it|them|the lot|(?:the|that|their|this|those) (?:\w+ ){0,3}(?:crowd|march|parade|procession|protest|vigil|rally|festival|congregation|market|fair|carnival|celebration|picnic|cookout|service|people|person))\b(?! (?:route|routes|traffic|closures?|diversions?|area|road|roads|street|streets|car park|gates?|entrance|for the|lane))/, what: 'a vehicle driven into people', confidence: 0.8, spanObject: true },
  // "tonight we teach the [group] what happens when they stay"
  { re: /\b(?:teach|show|teaching|showing) (?:them|you|him|her|(?:the )?people|(?:the )?person|the lot of them) what happens (?:when|if) (?:they|you|he|she|people) (?:stay|stays|come|comes|cross|crosses|mess|messes|talk|talks|speak|speaks|show|shows|step|steps|set foot|disrespect|touch|touches|move|moves|try|tries|open|opens)\b/, what: 'a lesson promised', confidence: 0.75, someone: 'clause' },
  // "I'm burning your car with you in it"
  { re: /\b(?:burn|burning|torch|torching|set fire to|setting fire to|blow up|blowing up|firebomb|firebombing) (?:your|his|her|their|the) (?:car|house|home|flat|van|shop|caravan|truck|place) (?:down )?with (?:you|him|her|them) (?:still )?(?:in|inside) it\b/, what: 'a fire set with someone inside', confidence: 0.85 },
  // "you'll be pushing up daisies by the end of the month"
  { re: /\b(?:you|he|she|they|u) (?:will|ll|are going to|is going to|gonna) be (?:pushing up daisies|sleeping with the fishes|feeding the worms|worm food|six feet under|in a body bag|in a coffin)\b(?= *(?:by|before|soon|$|[.!]))/, what: 'a death foretold', confidence: 0.75 },
  // "if he says one more word I'm bringing a hammer in with me"
  { re: new RegExp(`\\bif\\b${PROVOKED}.*\\b(?:i am|i will|i ll|im|ill) (?:bringing|bring|taking|packing) (?:a |my |the )(?:hammer|knife|bat|machete|gun|crowbar|axe|blade|baseball bat)(?: in| into work| to work| round| over)? with me\\b`), what: 'a weapon brought on a condition', confidence: 0.75, someone: 'shape' },
  // "if one more Chinese family opens a shop round here I'm torching it"
  { re: new RegExp(`\\bif\\b${PROVOKED}.*\\b(?:i am|i will|i ll|im|ill|we are|we will) (?:torching|burning|torch|burn|firebomb|firebombing|smashing up|smash up|burning down|burn down) (?:it|the place|the shop|their shop|the lot|them)\\b(?! off\\b| onto\\b| for\\b)`), what: 'a fire promised on a condition', confidence: 0.8, someone: 'shape or a place', spanObject: true },
  // "it'd be great if someone just bombed Chinatown", "I'd cheer if someone drove a lorry through the pride march"
  { re: /\b(?:great|good|nice|brilliant|amazing|hilarious|cheer|happy|glad|love it|laugh|celebrate|party) if (?:someone|somebody|anyone|they|we|a) (?:just |finally |actually )?(?:bombed|bombs|burned|burnt|torched|shot up|blew up|firebombed|drove (?:a |an )?\w+ (?:through|into)|nuked|gassed|poisoned|shot|stabbed|lynched|hanged)\b/, what: 'harm wished as good news', confidence: 0.8, target: 'after', spanObject: true },
  // "wouldn't be sad if a coach full of pensioners went off a cliff", "wouldn't lose sleep if they all died"
  { re: /\b(?:would not|wouldnt|would never|will not|wont) (?:be |feel )?(?:sad|upset|sorry|cry|lose (?:any )?sleep|shed a tear|mind|care) if(?: \S+){1,8}? (?:all )?(?:died|dead|went off a cliff|drove off a cliff|drowned|sank|burned to death|disappeared|were wiped out|was wiped out|got wiped out|got gassed|got hanged|got lynched|got beaten|started disappearing|started dying|began disappearing|vanished|went missing|got shot|got killed|got hit by a|blew up|were shot|was shot|were killed|was killed|were gassed|was gassed|were hanged|was hanged)\b/, what: 'harm wished (not sad if ...)', confidence: 0.75, someone: 'after if' },
  // "somebody needs to go round the mosques with a flamethrower" (called for or promised, at people or a place of theirs)
  { re: /\b(?:should|needs to|need to|ought to|lets|let us|i am going to|i m going to|im going to|gonna|i will|ill|i ll|we will|we are going to) (?:go|pay a visit|visit|head|go back) (?:round |around |down |into |to |down to |over to )?(?:the |all the |every |their |that |this |those )?\w+(?: \w+)? with (?:a |an |some )(?:flamethrower|petrol|machine gun|gun|bomb|molotov|knife|machete|axe|baseball bat|shotgun|rifle)\b/, what: 'an armed visit', confidence: 0.8, target: 'shape', spanObject: true },
  // "ur gonna bleed for what u said about my sister"
  { re: /\b(?:you|u|he|she|they) (?:are |re |is |s )?(?:going to|gonna|will|ll|are gonna) bleed for (?:what (?:you|u|he|she|they) (?:said|did|wrote|posted)|(?:that|this) (?:comment|post|tweet|remark)|saying|posting|talking)\b/, what: 'bleeding promised for what someone said or did', confidence: 0.8 },
  // "I'm going to put him through a table", "I'll throw you through that window"
  { re: /\b(?:put|putting|throw|throwing|smash|smashing) (?:you|u|him|her|them) (?:straight |right )?through (?:a|the|that|your|his|her|their)(?: own)?(?: front| back| kitchen| bedroom| shop)? (?:table|wall|window|windscreen|windshield|floor|fence|glass door|plate glass window)\b/, what: 'harm promised to someone', confidence: 0.75, intent: true },
  // "my landlord better hope I don't catch him alone in the stairwell, he won't walk again" (on a catch, a condition or a hope)
  { re: /^(?=.*\b(?:(?:i|we) (?:catch|see|find|get hold of)|get my hands|better hope|next time|touches|touch my|if (?:he|she|they|you) (?:ever |comes? |shows? )?(?:near|round|again|touch|touches|look|looks|speak|speaks|talk|talks))\b).*?\b(?:you|u|he|she|they) (?:will not|wont|will never|ll never|are never going to|is never going to) (?:be )?(?:(?:walk|talk|see|play|walking|talking) (?:again|straight|properly)|eat solid food|use (?:his|her|your|their) hands)\b/, what: 'a lasting injury promised', confidence: 0.75, someone: 'sentence' },
  // "say that to my face at the game saturday and see if you walk out": a dare, and leaving unhurt put in doubt
  { re: /\b(?:say (?:that|it|this) (?:again |one more time )?to my face|come (?:here|round|over) and say (?:that|it)|keep talking)\b.*\bsee (?:if|whether) (?:you|u|he|she|they) (?:(?:walk|walks|get|gets|come|comes|can walk) (?:out|home|away|back)|(?:make it|makes it|leave|leaves|walk out|get out) (?:out |home |alive |of here )?(?:in one piece|alive|on your feet|on your own)|make it home|makes it home|walk out|walks out)\b/, what: 'a dare with harm implied', confidence: 0.75, anySetting: true },
  // "I'll find your kids' school", "we'll find your mum's house": the reader's family tracked down
  { re: /\b(?:i will|ill|i ll|i am going to|im going to|gonna|we will|we ll|i can|i know how to) find (?:your|ur) (?:kids|children|son|daughter|family|wife|husband|mum|mom|mother|parents|girlfriend|boyfriend)(?: s)? (?:school|house|home|work|address|place|nursery|daycare)\b(?= *(?:$|[.!,?]|and\b|or\b|just\b|if\b|tonight|tomorrow|soon|one day|watch\b|do not|mate\b))/, what: "the reader's family tracked down", confidence: 0.7 },
  // "I'll break the fingers of every [member] I see signing"
  { re: /\b(?:break|breaking|snap|snapping|smash|smashing|cut off|chop off|cutting off) the (?:fingers|legs|arms|hands|knees|necks?|jaws?|teeth|kneecaps|skulls?) of (?:every|any|each|the next|all|all the|those|these|that|the) (?:\w+ )?(?:person|people|guy|guys|man|men|woman|women|bloke|lad|kid|one|idiot|prick|bastard|twat|cunt|scumbag|driver|ref|referee)\b/, what: 'harm promised to someone', confidence: 0.8, intent: true, spanObject: true },
  // "me and the boys are going hunting for [group] outside that club saturday night"
  { re: /\b(?:going|go|went|gonna go|out) (?:hunting (?:for )?(?:people|person|gays|queers|trannies|immigrants|foreigners)|(?:people|person|gay|queer|tranny|paki|immigrant|foreigner) hunting)\b(?=.*\b(?:tonight|night|friday|saturday|sunday|weekend|outside|lads|boys|crew|streets)\b)(?!.*\b(?:fill|recruit|recruiting|hire|hiring|jobs|shifts|volunteers|eggs|bargains)\b)/, what: 'people hunted', confidence: 0.8 },
  // "someone ought to beat the [group] out of those kids": violence to drive an identity out of someone
  { re: /\b(?:beat|beating|kick|kicking|whip|whipping|smack|smacking|belt|knock|knocking) the (?:people|person|gay|gayness|autism|trans|queer|lesbian|homo) out of\b/, what: 'violence to beat an identity out of someone', confidence: 0.8 },
  // "I'm going to open fire on the [group]", "open fire on them at the match"
  { re: /\b(?:open|opening) fire on (?:the |those |these |all |every |any |that |this |a )?(?:\w+ ){0,2}?(?:people|person|them|you|him|her|crowd|protesters|protestors|worshippers|congregation|students|kids|children|mosque|synagogue|temple|church|gurdwara|school|department|march|parade|gays|women|men)\b/, what: 'a shooting promised', confidence: 0.85, intent: true, spanObject: true },
  // "I'm going to start running over pensioners on the zebra crossing", "mow down the protesters"
  { re: /\b(?:i am|im|i will|ill|i ll|we are|we will|we ll|gonna|going to)(?: \w+){0,2} (?:run|running|mow|mowing) (?:over|down) (?:the |those |these |some |every |any |a few )?(?:people|person|pensioners|kids|children|cyclists|protesters|protestors|pedestrians)\b(?! (?:s|'s)\b)/, what: 'people run down', confidence: 0.8, spanObject: true },
  // "I'll set their house alight with them in it", "Wednesday night it goes up in flames with them inside"
  { re: /\b(?:(?:set|setting|put|putting) (?:your|his|her|their|the) (?:car|house|home|flat|van|shop|caravan|truck|place) (?:alight|on fire|ablaze)|(?:goes|will go|is going to go|gonna go) up in flames) with (?:you|him|her|them|everyone|the lot of them) (?:still )?(?:in|inside)(?: it)?\b(?!.*\b(?:showed|shows|can|could|inquiry|report|tragedy|lessons)\b)/, what: 'a fire set with someone inside', confidence: 0.85 },
  // "stay off my street or I start throwing bricks at your heads"
  { re: /\b(?:i|we) (?:will |ll |am |are |m |re |ill )?(?:start |be |going to |gonna )?(?:throw|throwing|lob|lobbing|chuck|chucking|hurl|hurling) (?:bricks|rocks|stones|bottles|acid|petrol bombs?|molotovs?|a brick|a rock|a bottle) at (?:your|their|his|her) (?:heads?|faces?|kids|children|windows)\b/, what: 'missiles thrown at someone', confidence: 0.8 },
  // "we're coming friday with bats", "I'm coming for those kids with a hammer", "coming round with bats and bricks"
  { re: /^(?!.*\b(?:help|helping|cricket|nets|survey|play|playing|kitchen|sukkah|pictures|shelves|diy|puppy|dog|blazing|pads|balls|block|team building|home|back)\b).*?\b(?:we are|we re|i am|im|the lads are|we will be|we ll be|i will be|i ll be) coming (?:\w+ ){0,4}with (?:a |an |my |our |some |the )?(?:bats|knives|guns|petrol|bricks|machetes|crowbars|hammers|bat|knife|gun|machete|crowbar|hammer|axe|rifle|shotgun)\b/, what: 'an armed coming announced', confidence: 0.8 },
  // "Bringing the rifle to the Juneteenth cookout", "going to the feminist march tomorrow with a knife"
  { re: /^(?!.*\b(?:inspected|inspection|competition|range|sportsmen|licence|license|gunsmith|service|serviced|sharpening|sharpened|display|museum|cleaning|cleaned|amnesty|surrender|police)\b).*?\b(?:(?:bringing|bring|taking|take) (?:a |an |the |my |some |our )?(?:gun|guns|rifle|rifles|shotgun|knife|knives|machete|petrol|petrol cans?|jerry can|crowbar|hammer|ammo|bricks|acid) (?:to|down to|into) (?:the|their|that|this) (?:\w+ ){0,3}(?:march|parade|cookout|festival|picnic|vigil|rally|meeting|mosque|synagogue|temple|church|gurdwara|school|club|bar|pride|service|celebration|people|person|wedding|funeral|prayers)|(?:going|heading|turning up|showing up) (?:to|down to) (?:the|their|that|this) (?:\w+ ){0,3}(?:march|parade|cookout|festival|picnic|vigil|rally|meeting|mosque|synagogue|temple|church|gurdwara|school|club|bar|pride|service|celebration|people|person|wedding|funeral|prayers) (?:\w+ ){0,2}with (?:a|an|my|some|the) (?:gun|rifle|shotgun|knife|machete|petrol|crowbar|hammer|bat|axe))\b(?!.*\b(?:kitchen|chopping|chop|onions|cooking|cook|langar|carving|cake|bbq|barbecue|veg|vegetables|sandwiches|game|match|cricket|rounders|softball|baseball)\b)/, what: 'arms brought to a gathering', confidence: 0.75, spanObject: true },
  // "you won't drive home in one piece", "he won't make it to the car park"
  { re: /^(?!.*\b(?:if you|if he|if she|if they|careful|please|safe|taxi|lights|mot|service|brakes|tyres|tires|checked|seatbelt|speeding|drink|drunk|sober|ice|icy|storm|fog|snow|road safety|escape room|curry|spicy|hot|chilli|chili|horror|game)\b).*?\b(?:you|u|he|she|they) (?:will not|wont|won t|are not going to|is not going to|will never) (?:drive|walk|get|make it|go|leave|ride) (?:home |out |back |to the car park |to your car )?(?:in one piece|alive)\b/, what: 'harm foretold on the way home', confidence: 0.8 },
  // "one more snide email and I'm bringing the gun to work"
  { re: /\bone more (?:\w+ ){0,3}and (?:i am|im|i ll|i will|ill) (?:bringing|bring|coming in with) (?:the|a|my) (?:gun|knife|bat|hammer|machete|axe|shotgun|rifle|crowbar)\b(?! (?:dog|licence|license|case|safe|block|sharpener))/, what: 'a weapon brought on a condition', confidence: 0.8 },
  // "I'm kicking his door in, and him with it"
  { re: /\b(?:kicking|kick|smashing|smash|burning|burn|torching|torch) (?:your|his|her|their|the \w+ (?:'s|s)) (?:front |back )?(?:door|house|car|van|shop|windows?|place) (?:in |down )?,? and (?:you|him|her|them) with it\b/, what: 'harm to someone with their property', confidence: 0.8 },
  // "I'm setting the dogs on you"
  { re: /\b(?:i am|im|i will|ill|i ll|gonna|going to|we will|we are) (?:setting|set) (?:the |my |our )?dogs? on (?:you|him|her|them|u)\b(?! (?:lap|sofa|bed|couch|floor|knee|knees))(?!.*\b(?:kisses|cuddles|licks|cuddle|loves|gentle|puppy)\b)/, what: 'dogs set on someone', confidence: 0.75 },
  // "my dad's new girlfriend is going to have a nasty fall down the stairs. mark my words"
  { re: /\b(?:is|are|s|re) (?:going to|gonna) have (?:a |an )?(?:nasty|unfortunate|terrible|horrible|tragic) (?:fall|accident|accidents)\b(?=.*\b(?:mark my words|count on it|i promise|you will see|just saying|i will make sure|i ll make sure)\b)(?!.*\b(?:ice|icy|toilet|careful|slippery|wet floor|stairs are|rails?)\b)/, what: 'an accident foretold', confidence: 0.75, someone: 'clause' },
  // violence endorsed (normative): "Hitler had the right idea about the [group]", "whoever attacked that synagogue is a hero",
  // "good on that lad who kicked the pensioner down the stairs", "I'd buy a pint for any man who breaks a [member]'s jaw",
  // "[group] need a good beating", "I'd laugh if every [member] got blown up", "if someone shot up that centre I wouldn't be
  // mad", "taught these women a lesson with their fists", "it's time the young started killing the old", "stoning [group] is
  // the correct punishment", "has earned whatever violence comes to her", "lined up every [member] and shot them"
  { re: /^(?!.*\b(?:says|said|say|claim|claims|claiming|absurd|wrong|banned|nobody|anyone who|whoever)\b).*?\b(?:hitler|the nazis|nazis|aktion t4|t4|the kkk|kkk|the klan|pol pot|himmler|mengele|stalin|mussolini) (?:had|got|has) (?:the )?right idea\b(?! about (?:nothing|anything|the autobahn|roads|motorways|trains|the economy|architecture|propaganda|cars|rockets))/, what: 'an atrocity endorsed', confidence: 0.85, anySetting: true, spanObject: true },
  // "... before I burn it down with all of them inside", "we will tear it down with you inside it"
  { re: /\b(?:burn|burning|torch|torching|blow|blowing|tear|tearing|bring|bringing|knock|knocking|firebomb|firebombing|bomb|bombing|set fire to|setting fire to) (?:it|that|this|the|their|his|her)(?: \S+){0,3}?(?: down| up| to the ground)? with (?:all of |every one of |the lot of |everyone |the rest of |every |all |the whole )?(?:them|you|you lot|em|everyone|those \S+|the \S+|\S+ \S+|\S+) (?:still )?(?:inside|in it|in there|asleep)\b/, what: 'a building destroyed with the people inside', confidence: 0.85, anySetting: true },
  // "the mosque on the corner will be ash by Friday", "that synagogue will be rubble by the weekend"
  // (a group's place reads as "person" or "people" when the protected rules read the sentence)
  { re: /\b(?:mosque|mosques|synagogue|synagogues|church|churches|temple|temples|gurdwara|shelter|refuge|hostel|person|people) (?:\S+ ){0,4}?(?:will be|is going to be|s going to be|ll be|is gonna be|gonna be) (?:nothing but )?(?:ash|ashes|rubble|a crater|cinders|a pile of ash|a pile of rubble|burnt to the ground|burned to the ground|a smoking hole|up in flames)\b(?!.*\b(?:earthquake|developers?|demolition|demolished|bulldozed|redevelopment|flood|storm|bombing raids?|war)\b)/, what: 'a place of theirs foretold destroyed', confidence: 0.8 },
  // "any [member] who shows up on my site is going off the scaffolding", "... is going off the roof"
  { re: /\b(?:is|are|s|re|will be) (?:going|getting thrown|being thrown|coming) off (?:the|my|a) (?:scaffolding|scaffold|roof|bridge|cliff|balcony|top floor|tower|building|platform)\b/, what: 'a fall promised to someone', confidence: 0.75, someone: 'clause' },
  // "I'm going to start switching off the old people's oxygen", "pull the plug on every one of them"
  { re: /\b(?:i am|im|i m|i will|i ll|ill|going to|gonna|start|starting|we will|we ll) (?:\S+ ){0,2}?(?:switch|switching|turn|turning|shut|shutting|pull|pulling|cut|cutting) (?:off |out )?(?:\S+ ){0,3}?(?:oxygen|life support|ventilators?|ventilator|air supply|dialysis)(?: off)?\b/, what: 'life support cut off', confidence: 0.8 },
  // "going up there tonight to put a pillow over his face", "my boot on your neck"
  { re: /\b(?:put|putting|hold|holding|press|pressing) (?:a |the |my )?pillow over (?:his|her|their|your|ur) (?:face|head|faces|heads)\b|\b(?:my|our) (?:boot|boots|foot|knee) on (?:your|his|her|their|ur) (?:neck|necks|throat|throats|head|heads|face|faces)\b/, what: 'someone smothered or pinned down', confidence: 0.8 },
  // "next time I see it I'm mounting the kerb and flattening them both"
  { re: /\b(?:mount|mounting|mounted|drive|driving|swerve|swerving) (?:up )?(?:on to |onto )?(?:the|a) (?:kerb|curb|pavement|sidewalk)\b(?: \S+){0,3}? (?:and )?(?:flatten|flattening|hit|hitting|run|running|plough|ploughing|plow|plowing|mow|mowing|take|taking) (?:them|him|her|you|em|the lot|into them|into him|into her|into you)\b/, what: 'a car driven at someone', confidence: 0.8 },
  // "we've still got rope, we've still got trees", "plenty of rope and plenty of trees round here"
  { re: /\b(?:still got|still have|got plenty of|plenty of|have got|brought|bring|bringing|got) (?:the |some |a )?rope\b(?: \S+){0,6}? (?:still got |still have |plenty of |and |got )?(?:the |some |a few |tall |strong )?trees\b/, what: 'a lynching hinted', confidence: 0.8, anySetting: true },
  // "[members] moving in get a brick through the window on day one"
  { re: /\b(?:get|gets|getting|will get|are getting|can expect|gonna get) (?:a |an )?(?:brick|bricks|rock|rocks|petrol bomb|firebomb|molotov) (?:through|thru) (?:the|their|your|his|her|ur) (?:window|windows|door|letterbox|windscreen)\b/, what: 'a brick through the window promised', confidence: 0.75, someone: 'clause' },
  // "watch how fast I beat it out of you"
  // (not "beat the crap / the living daylights out of you", which threat.ts reads with its game and banter guards)
  { re: /\b(?:beat|knock|kick|slap|smack|thrash|whip) (?:it|that|the (?!(?:shit|crap|hell|living|snot|stuffing|life|heck|tar|mickey)\b)\S+(?: \S+)?) (?:back )?out of (?:you|him|her|them|em|ya|u)\b/, what: 'a beating promised to drive something out of someone', confidence: 0.75 },
  // "keep coming into my neighbourhood and see what I do to you", "try it and see what we do to them"
  { re: /\b(?:and|then|go on|try it|try me)\b(?: \S+){0,3}? see what (?:i|we) (?:do|will do|ll do|am going to do|m going to do|re going to do|are going to do|am gonna do|m gonna do) (?:to|with) (?:you|u|ya|them|him|her|you lot|your lot)\b(?! (?:with|at|in|on) )/, what: 'harm promised as "see what I do to you"', confidence: 0.75 },
  // "I'll push the next old man who dawdles down the stairs", "gonna shove him in front of a train"
  { re: /\b(?:i ll|ill|i will|i am going to|im going to|i m going to|i am gonna|im gonna|i m gonna|gonna|i d|id|i would|i swear i ll|we ll|we will) (?:\S+ ){0,1}?(?:push|shove|throw|kick|chuck|boot) (?:you|u|him|her|them|the next (?:\S+ ){1,8}?|any (?:\S+ ){1,8}?|every (?:\S+ ){1,8}?|that (?:guy|man|woman|kid|bloke|lad|old man|old woman|idiot|prick|twat|cunt|bastard) )(?:\S+ ){0,3}?(?:down the stairs|down a flight of stairs|off (?:a|the) (?:cliff|bridge|roof|balcony|platform|pier)|in front of (?:a|the) (?:train|bus|car|lorry|truck|tube)|under (?:a|the) (?:bus|train|lorry|truck))\b/, what: 'someone threatened with a fall or a vehicle', confidence: 0.8 },
  // "Hitler should have finished the job", "the Nazis didn't go far enough", "Hitler did nothing wrong": a genocide wished complete
  { re: /^(?!.*\b(?:says|said|say|claim|claims|claiming|absurd|wrong about|banned|nobody|anyone who|whoever|people who|those who|deny|denies|disgusting|vile)\b).*?\b(?:hitler|the nazis|nazis|the third reich) (?:(?:should|could|ought to|needed to|shoulda|should of)(?: have| ve)? (?:finished|completed) (?:the job|what (?:he|they) started|them off|the lot|it)|(?:did not|didnt|did n't) (?:go far enough|finish the job)|did nothing wrong|was right all along)\b(?! (?:of|in|at|on) )/, what: 'a genocide wished complete', confidence: 0.85, anySetting: true },
  { re: /\b(?:whoever|anyone who|anybody who|(?:the|that|those|this) (?:people|person|guy|guys|man|men|lad|lads|bloke|one|ones|kid|shooter|bomber) who) (?:\w+ ){0,2}?(?:attacked|bombed|firebombed|torched|burned|burnt|burned down|shot up|shot|stabbed|punched|beat up|killed|murdered|punches|stabs|shoots|attacks|bombs|burns) (?:the |that |this |those |these |a |an |some |all |every )?(?:\w+ ){0,2}?(?:people|person|mosque|mosques|synagogue|synagogues|temple|church|gurdwara|centre|center|clinic|bar|club|hotel|hostel|camp|march|parade|pride|protesters|protestors|refugees|migrants|immigrants|women|girls|pensioners|kids|them|him|her)\b(?: \S+){0,6}? (?:is|are|was|were|s|re) (?:a |an |absolute |real |true |total |my |an absolute )?(?:hero|heroes|saint|saints|legend|legends|patriot|patriots|doing (?:god|the lord) (?:'s |s )?work|doing gods work|doing us all a favour)\b/, what: 'an attack praised', confidence: 0.85, anySetting: true },
  { re: /\bgood on (?:that|the|this|those) (?:\w+ ){0,2}who (?:attacked|bombed|torched|burned|burnt|shot|stabbed|punched|kicked|beat up|killed|murdered) (?:the |that |this |a |an |those |some )?(?:\w+ )?(?:people|person|pensioner|pensioners|mosque|synagogue|temple|church|woman|girl|lad|kid|man|bloke|refugee|migrant|them|him|her)\b/, what: 'an attack praised', confidence: 0.8, anySetting: true },
  { re: /\b(?:buy|buying|bought) (?:a |him a |her a |them a )?(?:pint|drink|beer|round|meal) for (?:anyone|anybody|whoever|any (?:\w+ )?(?:man|guy|lad|one|person|people)) (?:who )?(?:breaks|punches|stabs|shoots|kills|kicks|attacks|glasses|bottles|batters)\b(?= (?:\S+ ){0,4}?(?:jaw|nose|face|skull|teeth|legs|arms|head|neck|person|people|guy|man|woman|lad|kid|bloke|them|him|her)\b)/, what: 'an attack praised', confidence: 0.8, spanObject: true },
  { re: /^(?!.*\bwho (?:bullies|bully|attacks|attack|hurts|hurt|harasses|harass|abuses|abuse|touches|touch|picks on|mocks|threatens)\b).*?\b(?:need|needs) (?:a |some )?(?:good |proper |real |right |damn |bloody |fucking )?(?:beating|hiding|kicking|thrashing|belting|leathering|slapping|whipping)\b(?! (?:at|in|on) (?:the |a )?(?:game|match|polls|chess|scrabble|quiz|cards))(?! (?:place|places|spot|spots|cream|coach|heart|monitor|room|hole|bag|machine|game|boots|technique))/, what: 'a beating called for', confidence: 0.8, someone: 'clause' },
  { re: /\b(?:cheer|laugh|celebrate|party|smile|dance|be happy|be glad|crack open a beer|throw a party) if (?=(?:\w+ ){0,5}?(?:people|person|mosques?|synagogues?|temples?|churches|gurdwaras?|chinatown|everyone|them|refugees?|migrants?|immigrants?)\b)(?:\w+ ){0,7}?(?:went up in flames|burned down|burnt down|got blown up|got bombed|were bombed|was bombed|blew up|got shot|got killed|were killed|was killed|got run over|were run over|got gassed|were gassed|drowned)\b/, what: 'harm wished as good news', confidence: 0.8, someone: 'sentence' },
  { re: /\bif (?:someone|somebody|anyone|they|a few|some|we) (?:\w+ ){0,2}(?:shot up|bombed|firebombed|torched|burned down|burnt down|blew up|attacked) (?:the |that |this |those |these |a |an |their |all the )?(?:\w+ ){0,2}?(?:people|person|mosques?|synagogues?|temples?|church|churches|gurdwaras?|centre|center|bar|club|hotel|hostel|parade|march|pride|camp|school)\b(?: \S+){1,8}? (?:would not|wouldnt|would never|will not|wont) (?:even )?(?:be |feel )?(?:mad|sad|upset|bothered|sorry|care|cry|lose sleep|complain)\b/, what: 'harm wished as good news', confidence: 0.8, anySetting: true },
  { re: /\bif (?:a few |some |all |the |those |these )?(?:\w+ )?(?:people|person) (?:\w+ ){0,3}?(?:got|get|were|are) (?:run over|shot|killed|bombed|beaten up|stabbed)\b(?! down)(?: \S+){0,10}? , good\b/, what: 'harm wished as good news', confidence: 0.75, someone: 'sentence' },
  { re: /\b(?:taught|teach|teaching) (?:these |those |the |them |all )?(?:\w+ )?(?:a lesson|some respect|their place) with (?:their|our|my|your) (?:fists|boots|belts|bats|hands)\b/, what: 'a beating called for', confidence: 0.8, someone: 'sentence' },
  { re: /\b(?:it is|it s|its) (?:high |about )?time (?:someone|somebody|we|men|people|the \w+|(?:\w+ ){1,2}) (?:\w+ ){0,4}?(?:started|start|began|begin) (?:killing|shooting|beating up|attacking|hunting|stabbing|burning|hanging) (?:the |those |these |all |every |some )?(?:people|person|them|wives|women|men|gays)\b/, what: 'violence called for', confidence: 0.8, spanObject: true },
  { re: /\b(?:stoning|hanging|lynching|shooting|gassing|killing|beating|flogging|burning) (?:all |the |those |these |every |some )?(?:people|person|them)\b(?: \w+){0,2} (?:is|are) (?:the |a )?(?:correct|right|only|proper|fitting|just) (?:punishment|answer|solution|response)\b/, what: 'a killing called just', confidence: 0.85 },
  { re: /\b(?:has|have|had) earned (?:whatever|all the|any) (?:violence|beating|beatings|kicking|hiding) (?:comes|she gets|he gets|they get|is coming|happens)\b/, what: 'violence said to be deserved', confidence: 0.8, someone: 'sentence' },
  { re: /\blined up (?:every|all|all the|the|those|these) (?:\S+ ){0,4}?(?:people|person|men|women)\b(?: \S+){0,5}? and (?:shot|gassed|hanged|hung|killed|executed|machine gunned) them\b/, what: 'a massacre wished', confidence: 0.85 },
  { re: /\b(?:do|did|doing) to (?:the |those |these )?(?:\w+ ){1,2}what (?:was done to them|hitler did|the nazis did|happened (?:to them )?in (?:the )?(?:40s|1940s|forties|war|holocaust))\b/, what: 'an atrocity endorsed', confidence: 0.85, anySetting: true },
  // "I loosened something on your van last night. Drive safe 😉": sabotage owned up to, with a send-off
  { re: /\b(?:loosened|cut|tampered with|messed with|drained) (?:(?:your|ur|his|her) (?:brakes|brake lines?|brake cables?|wheel nuts)|(?:something|a few things|the (?:wheel )?nuts|the brake lines?) on (?:your|ur|his|her) (?:van|car|bike|truck|motorbike))\b(?!.*\b(?:so (?:the|that|it|you)|fixed|fine now|swap|swapped|repair|repaired|service|serviced|garage|mot)\b)/, what: 'sabotage hinted', confidence: 0.75 },
  // "we're going to sort those [group] out with baseball bats", "sort him out with a crowbar": armed to "sort out"
  { re: /\bsort (?:you|u|him|her|them|(?:the |those |these |all the |all )?(?:people|person)|(?:the |that |this )?(?:guy|bloke|lad|lads|man|men)) (?:all )?out (?:properly |good and proper |once and for all )?with (?:a |some |my |our |the |a few )?(?:baseball bats?|knives|knife|crowbars?|hammers?|machetes?|iron bars?|pipes|fists|knuckle dusters?|blades?|axes?)\b(?! and forks?\b)(?!.*\b(?:dinner|lunch|breakfast|tea|practice|training|nets|rounders|softball|kit|kits|set|sets|cricket|openers|innings|wicket|wickets|colony|roost|conservation|boxes)\b)/, what: 'armed to "sort out" someone', confidence: 0.8, intent: true },
  // "gets their windows smashed, and their face next": the harm to a person promised after the harm to a thing
  // (not a threat reported or condemned: "the news quoted the threat", "a note reading ...", "condemned the graffiti")
  { re: /^(?!.*\b(?:quoted|quote|note|notes|reading|read|graffiti|condemned|condemn|police|news|report|reported|letter|message|received|sent|wrote|written|sprayed|threat|threats|hate crime|disgraceful|disgusting)\b).*?\b(?:windows?|car|door|tyres|van|house|shop) (?:smashed|put in|kicked in|torched|burned|slashed|done)\b.{0,24}?\band (?:then )?(?:their|your|his|her|ur) (?:face|faces|head|heads|skull|skulls|legs|kneecaps|knees|teeth|jaw) (?:next|after)\b/, what: 'harm to a thing, then to the person', confidence: 0.8, anySetting: true },
  // "I'm coming for you [group], and I'm bringing a knife"
  { re: /\b(?:i am|im|we are|were|i will be|we will be) coming for (?:you|them|him|her)\b(?: \S+){0,3}? (?:and|with) (?:i am |im |we are |i will be |we will be )?(?:bringing |bring |with )?(?:a |my |some |our )?(?:knife|knives|gun|guns|baseball bats?|machete|machetes|petrol|hammer|crowbar|axe)\b/, what: 'coming for someone, armed', confidence: 0.8 },
  // "Blade's sharpened. First [member] I see tomorrow gets it."
  { re: /\b(?:the )?(?:first|next) (?:person|people|one|guy|man|woman) (?:i|we) (?:see|meet|find|spot|catch) (?:\S+ ){0,2}?(?:gets it|is getting it|will get it|gets what is coming|is getting what is coming|is dead|is done for|gets done)\b/, what: 'the next one seen promised harm', confidence: 0.8 },
  // "the next [member] who walks into my shop is leaving in an ambulance"
  // (not a warning about a hazard: "if the lift breaks again someone will be leaving in an ambulance, that staircase is lethal")
  { re: /^(?!.*\b(?:lethal|dangerous|careful|helmet|seatbelt|safety|slippery|icy|ice|unsafe|death trap|broken|breaks|broke|accident|fall|falls|fell|patient|hospital|a e|paramedics|crash|crashed|fainted|collapsed|heat|staff|nurses|brilliant|poorly|ill|sick|injured|hurt|broke|heart)\b).*?\b(?:is|are|will be|s|re) (?:leaving|going home|going out|coming out|going to leave|gonna leave) (?:here )?(?:in|on) (?:an ambulance|a stretcher|a body bag|a coffin|a box)\b/, what: 'harm promised to someone (leaving in an ambulance)', confidence: 0.8, someone: 'clause' },
  // "I will personally cave in the skull of the first [member] I see"
  { re: /\b(?:cave|caving|smash|smashing|bash|bashing|kick|kicking|stove|crack|cracking|stamp|stamping) in (?:the )?(?:skull|skulls|head|heads|face|faces|teeth|ribs) of\b/, what: 'harm promised to someone (a skull caved in)', confidence: 0.8, intent: true },
  // "I'll drag you out by the hair"
  { re: /\b(?:drag|dragging) (?:you|u|him|her|them) (?:out |outside |down the street |off )?by (?:the|your|his|her|their) hair\b/, what: 'harm promised to someone', confidence: 0.8 },
  // Threats to one person in the forms comment sections use (round 30): "ur dead when i see u", "hope you like hospital
  // food", "putting two in your chest", "you're leaving this ground in an ambulance", "he won't be leaving in one piece",
  // "see what happens to your face", "be a pity if the brakes went", "choke on your own blood", "sleep with one eye open if
  // I were you"
  { re: /\b(?:ur|your|youre|you re|you are|u r|u are|hes|he s|he is|shes|she s|she is)(?: so| fucking| fkn| fuckin)? dead (?:when|if|once|the moment|the second|as soon as|next time) (?:i|we|the lads|my boys) (?:see|catch|find|get|clock|spot|meet)\b/, what: 'death promised when the writer finds someone', confidence: 0.8 },
  { re: /^(?!.*\b(?:get well|speedy recovery|recovery|recover|surgery|op|operation|feel better|feeling better|x|xx|xxx|bless|poorly|joked|joke|volunteering|volunteer|cafe|café|school dinners|dinners|canteen)\b)(?=.*\b(?:(?:you|he|she|they|u) (?:will|ll) be (?:eating|on)|after i (?:am|m) (?:done|finished|through)|when i (?:am|m) (?:done|finished|through)|once i (?:am|m) (?:done|finished|through)|once i get|when i get|after i get)\b).*?\bhope (?:you|u|ya|he|she|they) (?:like|likes|enjoy|enjoys|love|loves) (?:hospital food|eating through a straw|eating through a tube|the taste of (?:blood|pavement|concrete|tarmac)|wheelchairs?|the icu|intensive care|being fed through a straw)\b/, what: 'injury promised (hospital food)', confidence: 0.8 },
  { re: /\b(?:put|putting|pop|popping|pump|pumping|leave|leaving|stick|sticking) (?:two|one|a couple|a few|three|some|a round|rounds|lead|six|a clip|the whole clip) (?:of (?:them |em )?)?(?:in|into) (?:your|ur|his|her|their|ya|yer) (?:chest|head|skull|back|face|dome|knees?|legs?|belly|gut|stomach|neck)\b/, what: 'shots promised to someone', confidence: 0.85 },
  { re: /\b(?:you|u|he|she|they|ya)(?: are| re| is| s| will be| ll be| r)? (?:leaving|going home|coming out|getting carried out|being carried out|carried out|gonna leave|going to leave) (?:\S+ ){0,3}?(?:in an ambulance|on a stretcher|in a body bag|in a bodybag|in a box|in pieces|in a wheelchair|in a neck brace|feet first)\b/, what: 'injury promised (leaving in an ambulance)', confidence: 0.8, someone: 'clause' },
  { re: /\b(?:you|u|he|she|they|ya)(?: will| ll)? (?:not|never|wont|won t|will not|are not|aren t|isn t|is not) (?:be )?(?:leaving|walking out|walking away|going home|coming out|getting out|walking home) (?:\S+ ){0,3}?(?:in one piece|on (?:your|his|her|their) own (?:two )?(?:feet|legs)|without a limp)\b/, what: 'injury promised (not in one piece)', confidence: 0.8 },
  { re: /\b(?:then |and )?(?:see|watch|find out) what happens to (?:your|ur|his|her|their|ya) (?:face|faces|legs|knees|teeth|car|house|kids|family|head|windows|dog|jaw|nose)\b(?! (?:pain|ache|aches|line|shape|muscles|skin|health|posture|joints|condition|score|value|insurance|bill))/, what: 'harm promised (see what happens to your face)', confidence: 0.8 },
  { re: /\b(?:be a |would be a |it d be a |itd be a |be such a |real )?(?:shame|pity) if (?:your|ur|his|her|their) (?:brakes|brake lines|tyres|tires|wheels) (?:went|failed|gave out|were cut|got cut|stopped working|went on)\b|\b(?:shame|pity) if (?:something|anything) (?:bad |nasty |terrible )?(?:happened|were to happen|was to happen) to (?:you|u|him|her|them|your|ur|his|her|their)\b/, what: 'a veiled threat (a shame if something happened)', confidence: 0.8 },
  { re: /\b(?:gonna|going to|will|ll|you re gonna|youre gonna|ur gonna) (?:be )?(?:choke|choking|drown|drowning) (?:on|in) (?:your|ur|his|her|their|ya) own (?:blood|teeth)\b/, what: 'injury promised (choking on blood)', confidence: 0.8 },
  { re: new RegExp(String.raw`^(?!.*\b(?:${[...SLEEP_SETTINGS].join('|')})\b).*?\b(?:(?:i d|id|i would) )?sleep with one eye open\b(?: \S+){0,3}? if i (?:were|was) (?:you|u|him|her|them)\b|\bif i (?:were|was) (?:you|u|him|her) (?:i d|id|i would) sleep with one eye open\b`), what: 'a veiled threat (sleep with one eye open)', confidence: 0.8 },
  // Violence called for against people outside the protected groups (round 30): the verb grammar reads "the referee
  // should be shot" but not the mob's own words. "Bankers should all be strung up from lampposts", "Tory MPs should be put
  // up against a wall and shot", "he should be taken out back and shot", "they deserve to be dragged out and beaten"
  // (not decorations "strung up" for a party, nor a design "taken out back and shot" by whoever made it: run() reads that)
  { re: new RegExp(String.raw`\b(?:should|must|need to|needs to|ought to|deserve to|deserves to|want to|wants to|have to|has to|are gonna|is gonna|will) (?:all |just |simply |really |honestly |finally |each |every one |publicly )?be (?:all |publicly )?(?:${EXTRAJUDICIAL})\b(?!.*\b(?:lights|fairy|bunting|decorations|garland|garlands|lanterns|banner|banners|hammock|washing|onions|chillies|beans|idea|ideas|font|fonts|design|designs|feature|features|code|app|update|song|album|show|script|plan|policy|bill|law)\b)`), what: 'violence called for against someone', confidence: 0.8, someone: 'clause' },
  // "String up the lot of them.", "Line them all up against a wall.", "Put them in front of a firing squad.", "Hang every
  // last one of them": an order to do it (people, by the "lot of them" and the wall: "hang them on the hooks" is coats)
  { re: /^(?:\S+ ){0,2}?(?:(?:string up|hang|shoot|lynch|execute|gas) (?:the lot of (?:them|em|you)|every (?:last |single )?one of (?:them|em|you)|all of (?:them|em)|them all|em all)(?: (?:now|today|already|publicly|in public|for treason|high|from (?:the )?(?:lamp ?posts?|lampposts|trees))|(?= *$| *[.!,;]))|string (?:them|em|the lot) (?:all )?up(?: (?:from|by)\b| *$| *[.!,;])|line (?:them|em|the lot of them) (?:all )?up (?:against (?:a|the) wall|and shoot)|line (?:the|that|this|every|those) (?:whole |entire |lot of )?(?:\S+ ){0,2}?up against (?:a|the) wall|put (?:them|em|the lot of them) (?:all )?(?:up )?against (?:a|the) wall|put (?:them|em|the lot of them) (?:all )?in front of a firing squad|(?:bring (?:on|out) )?the firing squad for (?:the lot of them|all of them|them all|every one of them))\b(?!.*\b(?:lights|fairy|bunting|decorations|pictures|photos|prints|posters|paintings|frames|coats|clothes|washing|laundry|curtains|onions|chillies|hooks|shelves|plants|baskets|flags|stockings|ornaments)\b)/, what: 'an order to kill or string up people', confidence: 0.8 },
  // "You're lucky I don't come round and beat you senseless", "he's lucky I didn't knock him out": a negation that is the
  // threat itself
  { re: /\b(?:you|u|he|she|they|ur|youre)(?: are| re| is| s)? (?:so |very |damn |bloody |fucking |fkn |real |really )?lucky (?:that )?(?:i|we) (?:do not|don t|dont|did not|didn t|didnt|can not|cant|can t|am not|m not|have not|haven t|was not|wasn t) (?:\S+ ){0,5}?(?:kill|killed|punch|punched|slap|slapped|beat|stab|stabbed|strangle|strangled|knock (?:you|him|her|them|u) out(?! of)|knocked (?:you|him|her|them|u) out(?! of)|smack|smacked|deck|decked|batter|battered|glass|glassed|shoot|shot|throttle|throttled|thump|thumped|lamp|lamped|deck|chin|chinned|headbutt|headbutted|wring (?:your|his|her|their|ur) (?:neck|necks)|break (?:your|his|her|their|ur) (?:neck|legs|jaw|nose|face|arms)|smash (?:your|his|her|their|ur) (?:face|head|teeth)|kick (?:your|his|her|their|ur) (?:head|teeth|face) in|run (?:you|him|her|them|u) over|ran (?:you|him|her|them|u) over)\b/, what: "harm threatened as held back ('lucky I don't ...')", confidence: 0.8, anySetting: true },
  // "The next person who spoils the finale for me is getting punched", "next idiot to park across my drive gets a slap"
  { re: /\b(?:the )?(?:next|first) (?:person|people|guy|bloke|man|woman|idiot|one|driver|cyclist|kid|prick|twat|fool|moron|clown|muppet|jerk|fan|user|customer|motorist|neighbour|neighbor|pedestrian|dickhead|knobhead|tosser|wanker|asshole|arsehole|cunt|bastard|troll|ref|referee|player|lad|girl|boy|sod|numpty|tourist) (?:who|that|to|i see|i catch) (?:\S+ ){1,12}?(?:is|s|will be|gets|is getting|getting|gonna get|is gonna get|will get|is going to get|can expect|will be getting) (?:(?:a |my |the )?(?:slap|punch|smack|kicking|beating|hiding|bullet|knife|brick|fist|headbutt|bat)(?! (?:on the wrist|round the chops of a fine))|punched|slapped|decked|glassed|smacked|thumped|battered|stabbed|shot|strangled|throttled|killed|murdered|knocked out|beaten up|lamped|chinned|headbutted|twatted|bottled|floored|(?:their|his|her) (?:head|face|teeth) (?:kicked in|smashed in|knocked out|caved in))\b(?! (?:by|with) (?:a |an |the )?(?:fine|ban|lawsuit|parking|ticket|invoice|bill|email|complaint|letter|report|penalty|warning|card))/, what: 'harm promised to the next one who crosses the writer', confidence: 0.75 },
];

/** Words without one of which no shape can match: a sentence with none skips the patterns. */
export const SHAPE_ANCHORS = new Set([
  // (the arms a shape brings "with" it: "with a flamethrower", "coming saturday with bats"; "with" itself is in half of all sentences)
  'knife', 'knives', 'gun', 'guns', 'bat', 'bats', 'hammer', 'hammers', 'machete', 'machetes', 'crowbar', 'crowbars', 'axe', 'axes', 'rifle', 'rifles', 'petrol', 'flamethrower', 'molotov', 'molotovs', 'bomb', 'bombs', 'acid', 'weapons', 'pipes', 'bricks', 'baseball',
  'dead', 'food', 'two', 'chest', 'ambulance', 'piece', 'happens', 'brakes', 'happened', 'blood', 'eye', 'proper', 'strung', 'string', 'hung', 'hanged', 'hang', 'lined', 'line', 'wall', 'kneecapped', 'lynched', 'flogged', 'horsewhipped', 'quartered', 'tarred', 'squad', 'lucky', 'next', 'first', 'taken', 'dragged', 'beaten', 'given', 'lynch', 'execute', 'gas',
  'sort', 'ambulance', 'gets', 'stretcher', 'see', 'stairs', 'inside', 'ash', 'ashes', 'rubble', 'crater', 'cinders', 'scaffolding', 'scaffold', 'oxygen', 'ventilator', 'ventilators', 'pillow', 'kerb', 'curb', 'pavement', 'sidewalk', 'trees', 'brick', 'bricks', 'out', 'cliff', 'balcony', 'platform', 'front', 'under', 'skull', 'skulls', 'cave', 'caving',
  'ready', 'waiting', 'coming', 'hands', 'happens', 'driving', 'ram', 'ramming', 'gets', 'getting', 'get', 'feels', 'feel', 'tastes', 'sure', 'through', 'into', 'inside', 'daisies', 'fishes', 'worms', 'ground', 'worm', 'torching', 'burning', 'torch', 'burn', 'firebomb', 'if', 'bleed', 'walk', 'walking', 'talk', 'talking', 'face', 'find', 'fire', 'flames', 'alight', 'ablaze', 'rocks', 'stones', 'bottles', 'brick', 'bringing', 'bring', 'taking', 'heading', 'piece', 'alive', 'dogs', 'dog', 'fall', 'accident', 'accidents', 'feet', 'bag', 'coffin', 'shotgun', 'barrels', 'take', 'rock', 'bottle', 'burned', 'burnt', 'attacking', 'hanging', 'rope', 'ropes', 'noose', 'gallows', 'loosened', 'tampered', 'hair',
  // (the violence-endorsed shapes: a name of an atrocity's author, a word of praise for an attacker, the harm's own past verb)
  'hitler', 'nazis', 't4', 'kkk', 'klan', 'stalin', 'mengele', 'himmler', 'mussolini', 'hero', 'heroes', 'saint', 'saints', 'legend', 'legends',
  'patriot', 'patriots', 'pint', 'pints', 'beer', 'beating', 'hiding', 'thrashing', 'belting', 'leathering', 'slapping', 'whipping',
  'attacked', 'bombed', 'firebombed', 'torched', 'stabbed', 'punched', 'killed', 'murdered', 'shot', 'blown', 'gassed', 'drowned',
  'fists', 'belts', 'boots', 'killing', 'shooting', 'stabbing', 'hunting', 'stoning', 'lynching', 'gassing', 'flogging', 'earned', 'lined',
  '40s', '1940s', 'forties', 'holocaust', 'legs', 'fingers', 'arms', 'knees', 'kneecaps', 'necks', 'neck', 'jaws', 'teeth', 'skulls', 'beat', 'kick', 'kicking', 'whip', 'smack', 'smacking', 'belt', 'knock', 'knocking']);

/** Settings where these words are about something else. */
const STANDS_DOWN = /\b(?:monopoly|mahjong|scrabble|chess|poker|board game|boardgame|cards|dominoes|ludo|uno|dared|magistrate|offence|offense|defendant|fined|court|cake|cakes|birthday|pizza|presents|gifts|hugs|cuddles|party|surprise party|scene|finale|opening scene|plant|plants|tomatoes|weeds|bindweed|ivy|roses|balloon|balloons|test|exam|exams|quiz|interview|tyres|tires|airbed|mattress|fire engine|police car|float|wardrobe|flat pack|flat-pack|ikea|chair|diary|printer|photographer|photo|photos|photoshoot|camera|film|movie|game|games|match|league|season|fixture|playoffs|final|tournament|surgery|surgeon|operation|hospital appointment|vaccine|jab|injection|tattoo|piercing|haircut|recipe|oven|bbq|barbecue|shelf|shelves|nails|diy|fixing|fix|repair|garden|garage|bonfire|fireworks|scrap|demolition|lol|lmao|haha|pinata|piñata|nerf|paintball|water gun|halloween|costume|novel|chapter|episode|character|villain|zombie|zombies|love you|love ya|luv u|salon|stylist|hairdresser|hairdressers|barber)\b/;

/** Someone the harm befalls, before the shape: a person word, a pronoun, "who", "next one", or a group read as "people". */
const SOMEONE = /\b(?:he|she|they|you|u|him|her|them|who|whoever|anyone|anybody|someone|somebody|one|next|full of|guy|guys|man|men|woman|women|kid|kids|lad|lads|bloke|girl|boy|person|people|ref|referee|landlord|neighbour|neighbor|boss|manager|ex|cousin|brother|sister|husband|wife|teacher|driver|councillor|mp|streamer|troll|snitch|grass|prick|idiot|bastard|wanker|cunt|twat|dickhead|scumbag|copper|cop|cops|mate|bro|user|politicians|politician|mps|bankers|banker|landlords|journalists|journalist|reporters|tories|tory|liberals|libs|democrats|dems|republicans|conservatives|leftists|lefties|socialists|communists|traitors|traitor|bosses|managers|executives|ceos|ceo|refs|referees|cyclists|drivers|judges|judge|senators|senator|councillors|ministers|minister|president|governor|mayor|leaders|protesters|protestors|rioters|looters|antifa|trumpers|elites|billionaires|paedos|pedos|paedophiles|pedophiles|rapists|murderers|criminals|scum|bastards|idiots|morons|fans|voters|pigs|lot|all of them|every one of them|the lot)\b/;
/** What a fire promised on a condition may burn, when the threat says only "it". */
const BURNABLE = /\b(?:shop|shops|house|home|flat|car|van|place|restaurant|mosque|church|synagogue|temple|gurdwara|office|pub|takeaway|store|business|caravan|person|people)\b/;
/** A group's places a harm wished or an armed visit may land on. */
const GROUP_PLACES_NAMED = /\b(?:chinatown|mosques|synagogues|churches|temples|gurdwaras|hostels|hotels|camps|march|parade|pride)\b/;
/** Films, photos and cakes that are "shot", "bombed" or visited "with a knife" in their everyday senses. */
const MEDIA = /\b(?:sequel|video|copy|documentary|film|movie|album|hoops|box office|photo|photos|pic|pics|cake|ribbon|pigeons|crops|ball|scene|footage|wedding)\b/;
/** Intent or a wish before a vehicle driven through people: a report of one ("a driver drove through the crowd") is news. */
const INTENT = /\b(?:i am|im|i will|ill|i ll|gonna|going to|will|should|would|if someone|if somebody|someone should|somebody should|need to|needs to|ought to|let us|lets|cheer if|love it if)\b/;

/** Verbs that anchor a shape only with the particle after them ("running over", "mow down"): alone they are everyday words. */
const PARTICLE_ANCHORS = new Set(['run', 'running', 'mow', 'mowing']);

export function shapeThreats(words: readonly string[]): ShapeThreat | null {
  if (!words.some((x, n) => SHAPE_ANCHORS.has(x) || (PARTICLE_ANCHORS.has(x) && (words[n + 1] === 'over' || words[n + 1] === 'down')))) return null;
  const text = words.join(' ');
  const settled = STANDS_DOWN.test(text);
  for (const shape of SHAPES) {
    if (settled && !shape.anySetting) continue;
    const m = shape.re.exec(text);
    if (!m) continue;
    const lead = text.slice(0, m.index);
    // (the harm befalls someone: "my tomatoes are getting strangled by bindweed", "if the printer drove off a cliff" pass)
    if (shape.someone && !SOMEONE.test(someoneWhere(shape.someone, text, lead, m[0]))) continue;
    // ("if anyone reads this diary I'm burning it": "it" is a place only when the sentence names one)
    if (shape.someone === 'shape or a place' && / (?:it|them)$/.test(m[0]) && !BURNABLE.test(text)) continue;
    if (shape.intent && !INTENT.test(lead + m[0])) continue;
    // (the harm wished or the visit lands on someone or a place of theirs, not "shot the sequel", "bombed at the box office")
    if (shape.target) {
      const on = shape.target === 'shape' ? m[0] : text.slice(m.index + m[0].length).split(' ').filter(Boolean).slice(0, 4).join(' ');
      if (!(SOMEONE.test(on) || BURNABLE.test(on) || GROUP_PLACES_NAMED.test(on)) || MEDIA.test(text)) continue;
    }
    // (a negation just before the shape takes it back: "nobody is getting stabbed", "I'd never cheer if ...")
    const before = lead.split(' ').filter(Boolean).slice(-4);
    if (before.some((x) => ['not', 'never', 'nobody', 'no'].includes(x)) && !/\b(?:would not|wouldnt|would never|will not|wont)\b/.test(m[0])) continue;
    const at = lead.split(' ').length - 1 + (m[0].startsWith(' ') ? 1 : 0);
    const to = Math.min(words.length - 1, at + m[0].trim().split(' ').length - 1);
    // (the span runs from the sentence's start, so it holds whoever the harm befalls: "any [member] who walks past my house
    // is getting stabbed" is the protected rules' to read, as a threat to the group)
    // (and over the object the harm lands on: "... if someone torched the mosque", "... through the pride march")
    let end = to;
    if (shape.spanObject) while (end + 1 < words.length && end < to + 4 && !['.', '!', '?', ',', ';', 'and', 'with', 'if', 'because'].includes(words[end + 1] ?? '')) end++;
    return { from: 0, to: end, confidence: shape.confidence, explain: `${SHAPE_PREFIX}${shape.what}` };
  }
  return null;
}

/** The words in which a shape's someone must be named (see Shape.someone). */
function someoneWhere(where: NonNullable<Shape['someone']>, text: string, lead: string, shape: string): string {
  switch (where) {
    case 'clause':
      return `${lead.split(/ [.!?;] /).pop() ?? ''} ${shape}`;
    case 'sentence':
      return text;
    case 'shape':
      return shape;
    case 'shape or a place':
      return BURNABLE.test(text) ? `${shape} someone` : shape;
    case 'after if':
      return shape.replace(/^.*?\bif\b/, '');
  }
}
