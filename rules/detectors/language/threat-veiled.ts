/**
 * Veiled threats to one person that name no act of violence (round 30): the reader's address or family found and a visit
 * promised ("got ur address off the giveaway form. see u soon"), protection mocked ("a restraining order won't stop me"), a fate
 * foretold ("you're not going to make it to your wedding", "only one of us
 * is walking out", "you'll be the one needing a doctor"), a family watched ("I know your kids go to St Brendan's", "your
 * daughter walks home alone on Tuesdays"), a weapon readied for them ("loading the shotgun now, you know who you are",
 * "machete sharpened special for you"), a brick promised through a window, and "let's see how hard you are with a knife in
 * your ribs". Held-out sets of threats written by new authors were mostly of this kind, each veiled in its own way; these
 * are the families that recurred across authors.
 *
 * Each family is read only when one of its rare words is in the sentence (GATE), and stands down for the everyday senses
 * (parcels, invitations, school runs, trains, weather, drinking). Pure: no browser imports.
 */

export interface Veiled {
  from: number;
  to: number;
  confidence: number;
  explain: string;
}

/** Words without one of which no family can match. */
const GATE = new Set(['injunction', 'hospital', 'blade', 'knife', 'gut', 'shotgun', 'machete', 'bodyguard', 'bodyguards', 'stitches', 'doctor', 'dentist', 'address', 'ip', 'postcode', 'walking', 'order', 'door', 'locks', 'screen', 'paper', 'wedding', 'birthday', 'graduation', 'driving', 'kids', 'children', 'daughter', 'son', 'wife', 'brick', 'bricks', 'bottle', 'molotov', 'loading', 'loaded', 'sharpened', 'sharpening', 'cleaning', 'ribs', 'mums', 'moms', 'mum', 'mom']);

/** Parcels, invitations, school runs, journeys, drink and weather: the everyday senses of these words. */
const EVERYDAY = /\b(?:line|lines|play|thriller|heroine|hero|villain|stalker|scene|script|cinema|court|magistrate|judge|police|victim|victims|messages|received|saying|says|said|joked|joke|jokes|told|tells|warn|warns|warned|harassment|reported|report|final|derby|trophy|bragging|chess|kart|tournament|energy|happy|bride|wedding guests|allotment|brambles|hedge|soft play|toddler|twins|baby|monitor|raccoons|campsite|lol|haha|lmao|eating|chilli|chillies|spicy|curry|volunteer|volunteers|volunteering|lovely|teach|teacher|teachers|coach|coaches|nanny|childminder|parcel|parcels|package|card|cards|invite|invites|invitation|invitations|secret santa|present|presents|gift|gifts|flowers|delivery|deliveries|school run|lift|lifts|share|sharing|carpool|play ?date|mine too|train|trains|traffic|flight|flights|cancelled|delayed|at this rate|weather|snow|storm|strike|strikes|flu|covid|drink|drinks|drinking|drunk|pints|beers|wine|taxi|uber|tired|quiz|team|game|match|party|cake|recipe|dinner|bbq|barbecue|garden|diy|kitchen|cooking|film|movie|episode|novel|book|chapter|character|lol jk|jk|kidding)\b/;

const FAMILIES: readonly [RegExp, string][] = [
  // "got ur address off the giveaway form. see u soon", "traced ur IP, ur in leeds. see u soon x", "your real name is ... and
  // you live in Bristol. i'm coming"
  [/\b(?:got|have|found|traced|know|i know|found out) (?:your|ur|yer) (?:home )?(?:address|ip|postcode|location|real name|workplace)\b.*\b(?:see (?:you|u|ya) soon|i am coming|im coming|i m coming|coming for (?:you|u)|knock knock|tick tock|pulling up|on my way|see you tonight|see u tonight|be seeing you)\b|\b(?:you|u) live in [a-z]+\b.*\b(?:i am coming|im coming|i m coming|coming for (?:you|u)|see (?:you|u) soon)\b/, 'a visit promised after finding where the reader lives'],
  // "a restraining order won't stop me", "your front door won't stop us", "paper doesn't stop a bullet"
  [/\b(?:restraining order|protection order|court order|injunction|front door|door|locks?|bodyguards?|screen|paper)s? (?:will not|won t|wont|does not|doesn t|doesnt|can not|can t|cant|is not going to|isn t going to|ain t gonna|aint gonna) (?:stop|save|protect) (?:me|us|a bullet|a blade|a knife|you from me|you from us)\b/, 'protection mocked as no use against the writer'],
  // "you're not going to make it to your wedding", "he won't make it to his next birthday"
  [/\b(?:you|u|he|she)(?: are| re| is| s| r)? (?:not|never|will not|won t|wont) (?:going to |gonna )?make it to (?:your|his|her|ur) (?:own )?(?:wedding|birthday|next birthday|graduation|court date|\d+(?:st|nd|rd|th))\b(?!.*\b(?:without|at this rate|on time|unless)\b)/, 'a death foretold (not making it to a wedding or a birthday)'],
  // "only one of us is walking out"
  [/\bonly one of us (?:is|will be|s|ll be|is gonna be|is going to be) (?:walking|coming|going|getting) (?:out|home|away)(?: of (?:here|there|this|that) )?(?: alive| in one piece| standing)?(?= *[.!]* *$)/, "a fight to the end promised ('only one of us is walking out')"],
  // "you'll be the one needing a doctor", "last person who laughed at me needed stitches"
  [/\b(?:you|u) (?:will|ll) be the one (?:needing|in need of|who needs) (?:a doctor|an ambulance|stitches|a dentist|surgery|a nurse)\b|\b(?:the )?last (?:person|guy|bloke|one|man|lad|idiot|fella|girl|woman|kid) (?:who|that|to) (?:\S+ ){0,3}?(?:crossed|laughed at|disrespected|messed with|touched|mouthed off to|came for|talked back to|grassed on|stole from) (?:me|my)\b(?: \S+){0,4}? (?:needed stitches|ended up in (?:hospital|a and e|a e|intensive care|a wheelchair)|lost (?:his|her|their) teeth|never walked (?:again|right)|got carried out|left in an ambulance)\b/, 'injury foretold for the reader'],
  // "next time you won't be driving home", "he won't be walking away from it"
  [/\b(?:you|u|he|she)(?: will| ll)? (?:not|never|will not|won t|wont|are not|aren t|is not|isn t) (?:be )?(?:driving|walking) (?:home|away from (?:it|this|that|me))\b/, "a fate foretold ('you won't be driving home')"],
  // "I have your mum's address too", "got your wife's address"
  [/\b(?:i have|i ve got|ive got|got|i know|i found) (?:your|ur) (?:mum s|mums|mom s|moms|mother s|wife s|wifes|kids|children s|family s|familys|parents|nan s|nans|dad s|dads|girlfriend s|boyfriend s|husband s|sister s|brother s|daughter s|son s) (?:home )?(?:address|school|postcode|location|house)\b/, "the reader's family found ('I have your mum's address')"],
  // "I know your kids go to St Brendan's", "your daughter walks home alone from netball on Tuesdays, doesn't she"
  [/^(?=.*\b(?:think about|before you|drop the|delete|keep posting|keep it up|careful|shame if|pity if|would hate|tick tock|just saying|remember that|do not forget|don t forget|doesn t she|doesn t he|does not she|does not he|don t they|do not they|isn t she|isn t he|wouldn t want|would not want|back off|stay quiet|keep quiet|keep your mouth)\b).*?(?:\bi know (?:where |which school |what school )?(?:your|ur) (?:kids|children|daughter|son|wife|husband|girlfriend|boyfriend|little one|little ones|little girl|little boy) (?:go|goes|live|lives|walk|walks|work|works|play|plays|sleep|sleeps|study|studies|attend|attends|finish|finishes)\b|\b(?:your|ur) (?:daughter|son|kids|children|wife|girlfriend|little girl|little boy) (?:walks|walk|goes|go|gets|get|cycles|cycle) (?:home )?(?:alone|on (?:her|his|their) own|by (?:herself|himself|themselves))\b)/, "the reader's family watched ('I know your kids go to ...')"],
  // "brick's going through your window tonight"
  [/\b(?:brick|bricks|bottle|bottles|rock|rocks|petrol bomb|molotov|firebomb)(?: s| is| are|s)? (?:going|gonna go|coming|about to go|will go|ll go) (?:through|in|into) (?:your|ur|his|her|their) (?:window|windows|windscreen|windshield|front door|door|letterbox)\b/, 'a brick promised through the window'],
  // "let's see how hard you are with a knife in your ribs"
  [/\blet(?: s|s| us) see how (?:hard|tough|brave|big|cocky|mouthy|clever|funny|smart|hard a man|big a man) (?:you are|he is|she is|you re|u are|ur|u r|you look) (?:with|after) (?:a|my|this) (?:knife|blade|bullet|bat|brick|hammer|fist|boot|shank) (?:in|to|through|across|between) (?:your|his|her|ur|the) (?:ribs|gut|face|head|skull|chest|back|neck|throat|teeth|eyes)\b/, 'harm pictured as a dare'],
  // "loading the shotgun now, you know who you are", "got my uncle's machete sharpened special for you"
  [/^(?!.*\bfor (?:you|him|her) ,? (?:dad|mum|mom|grandad|grandpa|gran|nan|love|babe|mate|son|bro|sis)\b).*?(?:\b(?:loading|loaded|cleaning|cleaned|sharpening|sharpened|oiling|oiled) (?:up )?(?:\S+ ){0,3}?(?:shotgun|gun|rifle|pistol|knife|machete|blade|axe|bat)\b(?: \S+){0,6}? (?:for you|special for|specially for|just for you|you know who you are|tick tock|see you soon|see u soon|with your name|for him|for her)\b|\b(?:shotgun|gun|rifle|pistol|knife|machete|blade|axe|bat) (?:\S+ ){0,6}?(?:sharpened|loaded|cleaned|oiled) (?:\S+ ){0,2}?(?:for you|special for|specially for|just for you|for him|for her)\b)/, 'a weapon readied for someone'],
];

/** The veiled threat a sentence makes to one person, if any. `words` are the tokens' words (lower case, contractions split). */
export function veiledThreat(words: readonly string[]): Veiled | null {
  if (!words.some((x) => GATE.has(x))) return null;
  // (the tokenizer splits a possessive off: "mum 's address" reads as "mums address")
  const text = words.join(' ').replace(/ ['’]s\b/g, 's');
  if (EVERYDAY.test(text)) return null;
  for (const [re, what] of FAMILIES) {
    const m = re.exec(text);
    if (!m) continue;
    // (a negation just before takes it back: "nobody's brick is going through your window")
    const lead = text.slice(0, m.index).split(' ').filter(Boolean).slice(-3);
    if (lead.some((x) => ['not', 'never', 'nobody', 'no'].includes(x))) continue;
    return { from: 0, to: words.length - 1, confidence: 0.75, explain: `veiled threat (${what})` };
  }
  return null;
}

/** Words that finish a veiled threat begun in the sentence before ("... You'll need one.", "... Knock knock.", "... See u soon."). */
const FINISHING = new Set(['think', 'before', 'drop', 'delete', 'careful', 'knock', 'tick', 'tock', 'soon', 'coming', 'know', 'walking', 'stop', 'save', 'protect', 'pulling']);

/** Whether a short sentence may finish a veiled threat begun before it: only then is the sentence before read. */
export function mayFinishVeiled(words: readonly string[]): boolean {
  return words.length <= 12 && words.some((x) => FINISHING.has(x));
}

/** The same families over the sentence before and this short one, read as one; the finding is this sentence's. */
export function veiledAcross(before: readonly string[], words: readonly string[]): Veiled | null {
  if (!before.length) return null;
  const v = veiledThreat([...before, ...words]);
  return v ? { from: 0, to: words.length - 1, confidence: v.confidence, explain: `${v.explain}, over two sentences` } : null;
}
