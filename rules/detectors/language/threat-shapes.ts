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

const WEAPON = '(?:bullet|bullets|knife|blade|hammer|bat|baseball bat|brick|machete|axe|beating|kicking|slap|punch|pipe|crowbar|shank|bottle|glass|boot|screwdriver)';
const BODY = '(?:head|skull|face|back|gut|guts|chest|neck|throat|knees|kneecaps|legs|ribs|teeth|jaw|eyes|spine)';

/** Provocations a condition sets on someone: "if he says one more word", "if that procession blocks my road again". */
const PROVOKED = '(?=.*\\b(?:again|one more|another|any more|says|said|talks|looks at|touches|comes near|blocks|opens|complains|ignores|mouths|messes|crosses|disrespects|parks|moves|cuts me up)\\b)';

/** The shapes, each with what it says. */
const SHAPES: readonly [RegExp, string, number][] = [
  // "the next one gets a hammer to the skull", "is getting a knife in his back", "gets a bullet from me"
  // (a gift "from me" is a gift: only blows and bullets come "from me" as threats)
  [new RegExp(`\\b(?:gets|is getting|are getting|will get|gonna get|is going to get|are going to get|will be getting) (?:a |an |my |the |some )?(?:${WEAPON} (?:to (?:the|his|her|their|your) ${BODY}|in (?:the|his|her|their|your) ${BODY}|through (?:the|his|her|their|your) ${BODY}|between the eyes|across (?:the|his|her|their|your) ${BODY})|(?:bullet|bullets|beating|kicking|slap|punch|smack) from (?:me|us))\\b`), 'a weapon promised to someone', 0.8],
  // "is getting strangled, by me", "that neighbour is getting his throat slit one of these nights"
  [/\b(?:is|are) (?:getting|going to get|gonna get) (?:strangled|stabbed|slit|beaten up|knifed|shanked|kneecapped|lynched|hanged|throttled|curb stomped|curbstomped|his head kicked in|her head kicked in|their heads kicked in)\b/, 'harm promised to someone', 0.8],
  [new RegExp(`\\b(?:is|are) (?:getting|going to get|gonna get) (?:his|her|their) ${BODY} (?:slit|cut|kicked in|smashed|smashed in|caved in|snapped|stamped on|bashed in|cut open|ripped out)\\b`), 'harm promised to someone', 0.8],
  // "you're about to find out what my baseball bat feels like", "what a petrol bomb through your letterbox feels like"
  // (only the one who will feel it: "now I know what a good knife feels like in the hand" is a purchase)
  [/\b(?:you|u|they|he|she|people|person|them) (?:are |re |is |s )?(?:about to |going to |gonna |will |ll |soon )?(?:find out|learn) what (?:my|a|our|this|the|his|me) (?:\w+ ){0,2}(?:bat|fist|fists|knife|blade|boot|boots|hammer|crowbar|machete|petrol bomb|brick|bullet|gun|belt|axe|molotov|knuckles|knuckle duster)(?: \w+){0,4} (?:feels|feel|tastes|taste) like\b/, 'a weapon the reader will feel', 0.8],
  // "I'll make sure you leave in an ambulance", "make sure they go home in a body bag"
  [/\bmake sure (?:you|he|she|they|u|ya|him|her|them) (?:leave|leaves|go home|goes home|come out|comes out|end up|ends up|are carried out|is carried out|get carried out|leave here|go) (?:in|on) (?:an ambulance|a stretcher|a body bag|a coffin|pieces|a wheelchair)\b/, 'harm promised to someone', 0.8],
  // "me and the lads are coming for them friday night" (with a hostile cue: a weapon, "watch out", "sort them out")
  [/\b(?:me and the (?:lads|boys|crew)(?: are)?|the (?:lads|boys) and i are|me and my (?:mates|boys|lads) are) coming for (?:you|them|him|her|the lot of them|people|person)\b(?= .*\b(?:tonight|tomorrow|night|friday|saturday|sunday|monday|tuesday|wednesday|thursday|weekend|soon|later)\b)(?=.*\b(?:watch out|watch your back|better hide|sort (?:you|them|him|her) out|teach|lesson|regret|bats|bat|knives|knife|tooled up|petrol|bricks)\b|^.*\b(?:better watch out|watch out)\b)/, 'a gang coming for someone at a set time', 0.75],
  // "I'm driving straight through the lot of them", "drove a lorry through the pride march"
  [/\b(?:drive|driving|drove|plough|plow|ploughing|plowing|ram|ramming|rammed|mow|mowing) (?:a (?:lorry|truck|van|car|bus|tractor) )?(?:straight |right )?(?:through|into) (?:the lot of them|them all|all of them|the lot|the crowd|the march|the parade|the procession|the protest|the protesters|the protestors|the pride march|the demo|people|person)\b/, 'a vehicle driven through people', 0.8],
  // "any [member] who walks past my house gets a brick through the window": a missile through a window of theirs
  [/\b(?:gets|is getting|are getting|will get|gonna get) (?:a )?(?:brick|bricks|rock|rocks|bottle|petrol bomb|molotov|bullet|bullets) through (?:the|his|her|their|your) (?:window|windows|windscreen|windshield|door|letterbox)\b/, 'a missile through their window', 0.8],
  // "keep it up [group], the rope is ready", "the noose is waiting": the means of a killing made ready
  [/\b(?:the|my|our) (?:rope|ropes|noose|nooses|gallows|bullets|guns|petrol|matches|knives|pitchforks|chambers|ovens) (?:is|are) (?:ready|waiting|coming|primed|loaded)\b/, 'the means of a killing made ready', 0.8],
  // "[group], stay indoors, we're coming": a coming announced with a warning to hide
  [/\b(?:stay indoors|stay inside|stay home|hide|lock your doors|run|better run|better hide|watch out|be afraid)\b.*\b(?:we are|we re|i am|im|the lads are|we will be|we ll be) coming(?= *(?:[.!]|for\b|$))|\b(?:we are|we re|i am|im) coming(?: for (?:you|them))?\b.*\b(?:stay indoors|hide|lock your doors|better run|better hide|be afraid)\b/, 'a coming announced with a warning to hide', 0.75],
  // "the day I get my hands on a [member] he's dead"
  [/\b(?:get|got|lay) my hands on (?:a|an|that|the|this|one|any)(?: \w+){1,3}?(?: ,)? (?:he|she|they|you) (?:is|are|re|s|will be|ll be|gonna be) (?:dead|finished|done for|a dead man|going in the ground)\b/, 'death promised on catching someone', 0.8],
  // "next Pride march I'm driving my van into it"
  [/\b(?:i am|im|i will|ill|i ll|gonna|going to|we are|we will) (?:drive|driving|ram|ramming|plough|ploughing) (?:my|a|the|our) (?:van|car|lorry|truck|pickup|tractor|4x4|suv) (?:straight )?(?:into|through) (?:it|them|the lot|the crowd|the march|the parade)\b/, 'a vehicle driven into people', 0.8],
  // "tonight we teach the [group] what happens when they stay"
  [/\b(?:teach|show|teaching|showing) (?:them|you|him|her|(?:the )?people|(?:the )?person|the lot of them) what happens (?:when|if) (?:they|you|he|she|people) (?:stay|stays|come|comes|cross|crosses|mess|messes|talk|talks|speak|speaks|show|shows|step|steps|set foot|disrespect|touch|touches|move|moves|try|tries|open|opens)\b/, 'a lesson promised', 0.75],
  // "I'm burning your car with you in it"
  [/\b(?:burn|burning|torch|torching|set fire to|setting fire to|blow up|blowing up|firebomb|firebombing) (?:your|his|her|their|the) (?:car|house|home|flat|van|shop|caravan|truck|place) (?:down )?with (?:you|him|her|them) (?:still )?(?:in|inside) it\b/, 'a fire set with someone inside', 0.85],
  // "you'll be pushing up daisies by the end of the month"
  [/\b(?:you|he|she|they|u) (?:will|ll|are going to|is going to|gonna) be (?:pushing up daisies|sleeping with the fishes|feeding the worms|worm food)\b/, 'a death foretold', 0.75],
  // "if he says one more word I'm bringing a hammer in with me"
  [new RegExp(`\\bif\\b${PROVOKED}.*\\b(?:i am|i will|i ll|im|ill) (?:bringing|bring|taking|packing) (?:a |my |the )(?:hammer|knife|bat|machete|gun|crowbar|axe|blade|baseball bat)(?: in| into work| to work| round| over)? with me\\b`), 'a weapon brought on a condition', 0.75],
  // "if one more Chinese family opens a shop round here I'm torching it"
  [new RegExp(`\\bif\\b${PROVOKED}.*\\b(?:i am|i will|i ll|im|ill|we are|we will) (?:torching|burning|torch|burn|firebomb|firebombing|smashing up|smash up|burning down|burn down) (?:it|the place|the shop|their shop|the lot|them)\\b(?! off\\b| onto\\b| for\\b)`), 'a fire promised on a condition', 0.8],
  // "it'd be great if someone just bombed Chinatown", "I'd cheer if someone drove a lorry through the pride march"
  [/\b(?:great|good|nice|brilliant|amazing|hilarious|cheer|happy|glad|love it|laugh|celebrate|party) if (?:someone|somebody|anyone|they|we|a) (?:just |finally |actually )?(?:bombed|bombs|burned|burnt|torched|shot up|blew up|firebombed|drove (?:a |an )?\w+ (?:through|into)|nuked|gassed|poisoned|shot|stabbed|lynched|hanged)\b/, 'harm wished as good news', 0.8],
  // "wouldn't be sad if a coach full of pensioners went off a cliff", "wouldn't lose sleep if they all died"
  [/\b(?:would not|wouldnt|would never|will not|wont) (?:be |feel )?(?:sad|upset|sorry|cry|lose (?:any )?sleep|shed a tear|mind|care) if(?: \S+){1,8}? (?:all )?(?:died|dead|went off a cliff|drove off a cliff|drowned|sank|burned to death|disappeared|were wiped out|was wiped out|got shot|got killed|got hit by a|blew up|were shot|was shot|were killed|was killed|were gassed|was gassed|were hanged|was hanged)\b/, 'harm wished (not sad if ...)', 0.75],
  // "somebody needs to go round the mosques with a flamethrower" (called for or promised, at people or a place of theirs)
  [/\b(?:should|needs to|need to|ought to|lets|let us|i am going to|i m going to|im going to|gonna|i will|ill|i ll|we will|we are going to) (?:go|pay a visit|visit|head|go back) (?:round |around |down |into |to |down to |over to )?(?:the |all the |every |their |that |this |those )?\w+(?: \w+)? with (?:a |an |some )(?:flamethrower|petrol|machine gun|gun|bomb|molotov|knife|machete|axe|baseball bat|shotgun|rifle)\b/, 'an armed visit', 0.8],
];

/** Words without one of which no shape can match: a sentence with none skips the patterns. */
export const SHAPE_ANCHORS = new Set(['ready', 'waiting', 'coming', 'hands', 'happens', 'driving', 'ram', 'ramming', 'gets', 'getting', 'get', 'feels', 'feel', 'tastes', 'sure', 'coming', 'through', 'into', 'inside', 'daisies', 'fishes', 'worms', 'ground', 'worm', 'with', 'torching', 'burning', 'torch', 'burn', 'firebomb', 'if']);

/** Settings where these words are about something else. */
const STANDS_DOWN = /\b(?:cake|cakes|birthday|pizza|presents|gifts|hugs|cuddles|party|surprise party|scene|finale|opening scene|plant|plants|tomatoes|weeds|bindweed|ivy|roses|balloon|balloons|test|exam|exams|quiz|interview|tyres|tires|airbed|mattress|fire engine|police car|float|wardrobe|flat pack|flat-pack|ikea|chair|diary|printer|photographer|photo|photos|photoshoot|camera|film|movie|game|games|match|league|season|fixture|playoffs|final|tournament|surgery|surgeon|operation|hospital appointment|vaccine|jab|injection|tattoo|piercing|haircut|recipe|oven|bbq|barbecue|shelf|shelves|nails|diy|fixing|fix|repair|garden|garage|bonfire|fireworks|scrap|demolition|lol|lmao|haha|pinata|piñata|nerf|paintball|water gun|halloween|costume|novel|chapter|episode|character|villain|zombie|zombies)\b/;

/** Someone the harm befalls, before the shape: a person word, a pronoun, "who", "next one", or a group read as "people". */
const SOMEONE = /\b(?:he|she|they|you|u|him|her|them|who|whoever|anyone|anybody|someone|somebody|one|next|full of|guy|guys|man|men|woman|women|kid|kids|lad|lads|bloke|girl|boy|person|people|ref|referee|landlord|neighbour|neighbor|boss|manager|ex|cousin|brother|sister|husband|wife|teacher|driver|councillor|mp|streamer|troll|snitch|grass|prick|idiot|bastard|wanker|cunt|twat|dickhead|scumbag|copper|cop|cops|mate|bro|user)\b/;
/** The shapes whose harm needs someone named before it (the subject the harm befalls, or the one a condition is set on). */
const NEEDS_SOMEONE = new Set(['harm promised to someone', 'a weapon promised to someone', 'a weapon brought on a condition', 'a fire promised on a condition', 'harm wished (not sad if ...)', 'a missile through their window', 'the means of a killing made ready', 'a coming announced with a warning to hide', 'a lesson promised']);
/** What a fire promised on a condition may burn, when the threat says only "it". */
const BURNABLE = /\b(?:shop|shops|house|home|flat|car|van|place|restaurant|mosque|church|synagogue|temple|gurdwara|office|pub|takeaway|store|business|caravan|person|people)\b/;
/** Intent or a wish before a vehicle driven through people: a report of one ("a driver drove through the crowd") is news. */
const INTENT = /\b(?:i am|im|i will|ill|i ll|gonna|going to|will|should|would|if someone|if somebody|someone should|somebody should|need to|needs to|ought to|let us|lets|cheer if|love it if)\b/;

export function shapeThreats(words: readonly string[]): ShapeThreat | null {
  if (!words.some((x) => SHAPE_ANCHORS.has(x))) return null;
  const text = words.join(' ');
  if (STANDS_DOWN.test(text)) return null;
  for (const [re, explain, confidence] of SHAPES) {
    const m = re.exec(text);
    if (!m) continue;
    const lead = text.slice(0, m.index);
    // (the harm befalls someone: "my tomatoes are getting strangled by bindweed", "if the printer drove off a cliff" pass)
    const clauseLead = lead.split(/ [.!?;] /).pop() ?? '';
    if (NEEDS_SOMEONE.has(explain) && !SOMEONE.test(explain === 'harm wished (not sad if ...)' ? m[0].replace(/^.*?\bif\b/, '') : explain === 'a weapon brought on a condition' ? m[0] : explain === 'a fire promised on a condition' ? m[0] + ' ' + (BURNABLE.test(text) ? 'someone' : '') : ['the means of a killing made ready', 'a coming announced with a warning to hide'].includes(explain) ? text : clauseLead + ' ' + m[0])) continue;
    // ("if anyone reads this diary I'm burning it": "it" is a place only when the sentence names one)
    if (explain === 'a fire promised on a condition' && / (?:it|them)$/.test(m[0]) && !BURNABLE.test(text)) continue;
    if (explain === 'a vehicle driven through people' && !INTENT.test(lead + m[0])) continue;
    // (the harm wished or the visit lands on someone or a place of theirs, not "shot the sequel", "bombed at the box office")
    const object = text.slice(m.index + m[0].length).split(' ').filter(Boolean).slice(0, 4).join(' ');
    if ((explain === 'harm wished as good news' || explain === 'an armed visit') && !(SOMEONE.test(explain === 'an armed visit' ? m[0] : object) || BURNABLE.test(explain === 'an armed visit' ? m[0] : object) || /\b(?:chinatown|mosques|synagogues|churches|temples|gurdwaras|hostels|hotels|camps|march|parade|pride)\b/.test(explain === 'an armed visit' ? m[0] : object))) continue;
    if ((explain === 'harm wished as good news' || explain === 'an armed visit') && /\b(?:sequel|video|copy|documentary|film|movie|album|hoops|box office|photo|photos|pic|pics|cake|ribbon|pigeons|crops|ball|scene|footage|wedding)\b/.test(text)) continue;
    // (a negation just before the shape takes it back: "nobody is getting stabbed", "I'd never cheer if ...")
    const before = text.slice(0, m.index).split(' ').filter(Boolean).slice(-4);
    if (before.some((x) => ['not', 'never', 'nobody', 'no'].includes(x)) && !/\b(?:would not|wouldnt|would never|will not|wont)\b/.test(m[0])) continue;
    const at = text.slice(0, m.index).split(' ').length - 1 + (m[0].startsWith(' ') ? 1 : 0);
    const to = Math.min(words.length - 1, at + m[0].trim().split(' ').length - 1);
    // (the span runs from the sentence's start, so it holds whoever the harm befalls: "any [member] who walks past my house
    // is getting stabbed" is the protected rules' to read, as a threat to the group)
    // (and over the object the harm lands on: "... if someone torched the mosque", "... through the pride march")
    let end = to;
    if (['harm wished as good news', 'an armed visit', 'a vehicle driven through people', 'a fire promised on a condition', 'a vehicle driven into people'].includes(explain)) while (end + 1 < words.length && end < to + 4 && !['.', '!', '?', ',', ';', 'and', 'with', 'if', 'because'].includes(words[end + 1] ?? '')) end++;
    return { from: 0, to: end, confidence, explain: `${SHAPE_PREFIX}${explain}` };
  }
  return null;
}
