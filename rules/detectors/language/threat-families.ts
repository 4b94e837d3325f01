/**
 * Menace told in words no single threat phrase covers ("You're going to regret this when I'm standing over you with a
 * knife", "your family will be attending your funeral soon", "I'll be waiting outside your office at 5. bring friends,
 * you'll need them"). Each menacing idea a writer reaches for belongs to a family: a weapon brought, an injury or a
 * death pictured, knowing where the reader is, safety denied, a reckoning promised, an end coming. One family alone is
 * everyday talk ("see you at the hospital tonight", "you'll regret not coming"); two different families aimed at the
 * reader, in the sentence or with the one before, are how people threaten without the verb.
 *
 * Pure and cue-based like threat-scored.ts, whose modes (a promise, a wish, a condition) and stand-downs (games, fiction,
 * kitchens, safety advice, errands, jokes) it shares; threat.ts calls it last.
 */
import { CONDITION, EARNEST, ERRAND_WORDS, FOND, FUTURE, GAME_WORDS, JOKE, MISHAP_SETTINGS, SAFETY_WORDS, STANDS_DOWN, WISH } from './threat-scored';

export type MenaceFamily = 'weapon' | 'injury' | 'whereabouts' | 'unsafe' | 'reckoning' | 'imminent' | 'ultimatum';

/** Each family's cues, on the sentence's words joined by single spaces (contractions already expanded). */
const FAMILIES: readonly [MenaceFamily, RegExp][] = [
  // (a weapon only when carried or brought: "a bat" alone is an animal or a cricket bat)
  // (or a fire or a bomb the writer is planning: "the fire I'm planning")
  ['weapon', /\b(?:fire|blaze|bomb|explosion|accident|surprise) (?:i am|i m|im|we are|we re) (?:planning|plotting|arranging|setting up|cooking up)\b|\b(?:with|bring|bringing|brought|got|carrying|holding|grab|grabbing|pack|packing) (?:a |an |my |the |some |his |our )?(?:big |sharp |loaded |rusty |baseball )?(?:knife|knives|gun|guns|pistol|rifle|shotgun|machete|machetes|crowbar|bat|bats|hammer|axe|blade|acid|petrol|gasoline|noose|knuckle duster|brass knuckles|tyre iron|tire iron|piece)\b|\b(?:bring|bringing|brought|got|carrying|pack|packing|taking) something (?:sharp|pointy|heavy and blunt)\b(?! (?:to say|to wear|for the|for dinner))/],
  ['injury', /\b(?:hospital|ambulance|a and e|stitches|(?:first aid(?: kit)?|bandages|crutches|a helmet|helmet|gum shield|mouthguard)(?=.*\b(?:you|u) (?:will|are going to) need\b)|wheelchair|funeral|grave|coffin|casket|body bag|obituary|morgue|intensive care|life support|dental records|broken (?:bones|jaw|nose|legs|arms|ribs|neck)|eating through a straw)\b/],
  // (a place of the reader's only after a word that puts someone there: "outside your office", not "back up your work")
  ['whereabouts', /\b(?:your|ur) (?:home |house |street )?(?:address|route|schedule|daily routine)\b|\b(?:at|outside|to|near|by|round|around|behind|from|in front of) (?:your|ur) (?:house|home|flat|apartment|office|work|workplace|school|car|street|front door|door|gym|shift|kids school|place)\b|\bwhere (?:you|u) (?:live|work|park|sleep|train)\b|\b(?:i|we) (?:still )?know (?:where|which|when|what time|what (?:car )?(?:you|u) drive|(?:your|ur) (?:shift|schedule|routine|route|reg|plate))\b|\b(?:your|ur) shift (?:ends|finishes|starts)\b|\bfind out (?:your|ur|where (?:you|u))\b|\bfound (?:your|ur)\b|\bafter (?:school|work|your shift)\b|\bwhen (?:you|u) (?:leave|get (?:home|out|off)|finish|walk (?:home|out)|park|lock up)\b|\b(?:your|ur|that) (?:morning |evening |daily )?(?:run|jog|walk home|commute)\b/],
  ['unsafe', /\bhope (?:your|ur) (?:brakes|brake lines?|tyres|tires|wheel nuts|lug nuts) (?:are|is|work|hold|still work)\b|\b(?:will not|not) (?:be |feel )?safe\b|\bwatch (?:your|ur) back\b|\bone eye open\b|\bover (?:your|ur) shoulder\b|\block (?:your|ur) doors?\b|\bwhen (?:you|u) (?:are|re) (?:alone|on (?:your|ur) own)\b|\bnowhere (?:to hide|is safe)\b|\byou never know (?:who|what) (?:is |s )?(?:standing|waiting|watching|outside|behind|around)\b|\bcheck(?:ing)? under (?:your|ur|my) car\b|\b(?:better|new|stronger|good) locks? (?:on|for) (?:that|your|ur) (?:front |back )?door\b|\bwhen nobody (?:is |s )?around\b|\b(?:think|thinks) (?:your|ur) (?:\w+ )?(?:is|are) safe\b|\blast time (?:you|u) (?:will )?feel safe\b|^(?:so |anyway |and )?(?:sleep (?:well|tight)|sweet dreams)\b(?: (?:tonight|now|then|x))?(?: [.!]+)*$/],
  // (not "you will not regret it", "regret not coming": a promise of pleasure, advice)
  ['reckoning', /(?<!\b(?:not|never|no) )\bregret (?:this|that|it|what|the day|ever|saying|posting|writing|crossing|messing)\b|\bpay for (?:this|that|it|what)\b|\bmake (?:you|u) pay\b|\bsee what happens\b|\bfind out what happens\b|\bwhat happens (?:next|to (?:you|people))\b|\b(?:you|u) (?:will|are going to) need (?:it|them|one|help)\b|(?:^|\b(?:you|u) )(?:had |d )?better hope\b|\bif (?:you|u) keep (?:this|it|that|on|talking|posting) ?(?:up)?\b|\bkeep (?:it|this) up and\b|\bafter what (?:you|u) (?:said|did|posted|wrote)\b|\b(?:you|u) (?:have|ve) been warned\b|\bsee how (?:tough|brave|hard|big|smart|funny|cocky|mouthy) (?:you|u) (?:are|really are)\b|\bpatience (?:ends|has run out|is running out|is wearing thin)\b/],
  // (a deadline is no harm by itself: it pairs with a weapon or a harm, never with a place alone: "24 hours to remove your bins")
  ['ultimatum', /\b(?:you|u) (?:have |ve |have got |got )(?:\d+|one|two|three|24|48|72) (?:hours|hrs|days|minutes|mins) to (?:delete|take (?:it|that|this) down|apologi[sz]e|get out|leave (?:town|the country|my street))\b/],
  ['imminent', /\bcount (?:your|ur) days\b(?! (?:until|till|to|before))|\bdays are numbered\b(?!.{0,30}\b(?:until|till|holiday|holidays|weekend|leave|retire|retirement|vacation|break)\b)|\btime is (?:almost |nearly )?up\b|\btick tock\b|\b(?:very )?few (?:days )?left\b|\b(?:will not|wont|won ?t) survive\b|\bnot long left\b|\bwill not see (?:it|me|us) coming\b|\benjoy (?:\w+ ){1,3}while (?:you|u) (?:still )?can\b|\btime (?:is|s) (?:almost |nearly )?up\b|\bdays (?:\w+ ){1,4}are numbered\b|\b(?:will not|wont) know (?:who|when)\b|\blast (?:weekend|day|week|night|christmas|summer|birthday) (?:of peace|alive|on earth|of freedom)\b|\b(?:tend|tends) to disappear\b|\bthis (?:week|weekend|time)\b(?= .*\b(?:ends|over|up)\b)/],
];

/**
 * The family of a menace cue that needs no second family when a weapon is drawn beside it ("watch your back when you
 * leave the gym tonight 🔪"): safety denied or an end coming, outside the settings that stand threats down.
 */
export function menaceCue(words: readonly string[]): MenaceFamily | null {
  // (not in an exam, a tattoo parlour or a game: "your time is up, hand in your exam papers 🔪")
  // (places someone is found stay: "when you leave the gym tonight 🔪")
  if (words.some((x) => STANDS_DOWN.has(x) || GAME_WORDS.has(x) || (OTHER_TOPICS.has(x) && !PLACES_FOUND.has(x)) || ['papers', 'pens'].includes(x))) return null;
  const text = words.join(' ');
  for (const [family, re] of FAMILIES) if (EMOJI_CUE_FAMILIES.has(family) && re.test(text)) return family;
  return null;
}
/** Places a person is found at, which OTHER_TOPICS lists for their other senses (a pub quiz, a train of thought). */
const PLACES_FOUND = new Set(['gym', 'pub', 'train', 'flight', 'stairs', 'drive', 'party', 'wedding']);
/** The families a weapon emoji completes: safety denied and an end coming ("you'll regret this 🗡️" is as often a tattoo). */
const EMOJI_CUE_FAMILIES = new Set<MenaceFamily>(['unsafe', 'imminent']);

/** The reader's words, as tokens. */
const READER_WORDS = new Set(['you', 'your', 'u', 'ur', 'yours', 'yourself', 'ya']);
/** ... or a weapon, for the sentence after one that addressed them ("You'll regret this. I've got a bat in the boot."). */
const WEAPON_WORDS = new Set(['knife', 'knives', 'gun', 'guns', 'pistol', 'rifle', 'shotgun', 'machete', 'crowbar', 'bat', 'bats', 'hammer', 'axe', 'blade', 'acid', 'petrol', 'noose']);

/** Every cue of an end coming, for one told twice over. */
const IMMINENT_ALL = new RegExp((FAMILIES.find(([f]) => f === 'imminent') as [MenaceFamily, RegExp])[1].source, 'g');

/** Words that aim the menace at the reader. */
const AT_READER = /\b(?:you|your|u|ur|yours|yourself|ya)\b/;

export interface MenaceReading {
  families: MenaceFamily[];
  /** the first cue found in this sentence, as a match on its joined words */
  first: RegExpExecArray;
}

/**
 * The menace families found across this sentence and the one before, when at least two differ, one of them is in this
 * sentence, and the reader is addressed. Knowing where someone is cannot make the second family alone with a place
 * word: whereabouts pair with a family that names harm.
 */
export function menaceFamilies(text: string, readBefore: () => string): MenaceReading | null {
  const here: MenaceFamily[] = [];
  let first: RegExpExecArray | null = null;
  // (one cue cannot count for two families: "lock your door" is safety denied, not also a place of the reader's)
  const taken: [number, number][] = [];
  for (const [family, re] of FAMILIES) {
    const m = re.exec(text);
    if (!m || taken.some(([a, b]) => m.index < b && m.index + m[0].length > a)) continue;
    taken.push([m.index, m.index + m[0].length]);
    here.push(family);
    if (!first || m.index < first.index) first = m;
  }
  if (!first) return null;
  // (the sentence before is read only once this one holds a cue: an editor re-runs a sentence whose neighbour it read)
  const before = readBefore();
  if (!AT_READER.test(text) && !AT_READER.test(before)) return null;
  const all = new Set(here);
  for (const [family, re] of FAMILIES) if (re.test(before)) all.add(family);
  const harm = [...all].filter((f) => f !== 'whereabouts' && f !== 'ultimatum');
  // ("count your days, you've got very few left": one family told twice over, in two different cues, counts as two)
  const twice = here.includes('imminent') && new Set(text.match(IMMINENT_ALL) ?? []).size >= 2;
  if ((all.size < 2 && !twice) || harm.length < 1) return null;
  return { families: [...all], first };
}

/** Talk about a show, a game, a patient or an errand, where these words are about something else. */
const OTHER_TOPICS = new Set(['documentary', 'podcast', 'episode', 'season', 'series', 'film', 'movie', 'novel', 'book', 'chapter', 'character', 'plot', 'visiting', 'visit', 'visited', 'nurse', 'nurses', 'doctor', 'doctors', 'surgery', 'appointment', 'recovery', 'recovering', 'patients', 'patient', 'ward', 'volunteer', 'volunteering', 'wellness', 'paramedic', 'paramedics', 'training', 'course', 'drill', 'drills', 'exam', 'exams', 'deadline', 'deadlines', 'invoice', 'invoices', 'bill', 'bills', 'rent', 'loan', 'mortgage', 'diet', 'gym', 'workout', 'haircut', 'tattoo', 'break', 'ins', 'burglary', 'burglaries', 'burglars', 'thieves', 'robbed', 'robbery', 'robberies', 'essay', 'laptop', 'homework', 'save', 'backup', 'drive', 'lift', 'hike', 'hiking', 'trail', 'camping', 'stairs', 'ladder', 'paw', 'train', 'flight', 'quiz', 'pub', 'party', 'wedding', 'liver', 'sugar', 'habit', 'burnout', 'gp', 'grandad', 'grandma', 'grandmother', 'grandfather', 'nan', 'sourdough', 'starter', 'plant', 'plants', 'seedlings', 'invite', 'invites', 'invitation', 'invitations', 'card', 'cards', 'gift', 'gifts', 'present', 'presents', 'parcel', 'delivery', 'newsletter', 'form', 'records']);
/** Orders that open a sentence: a command is a mode of its own ("bring friends", "count your days", "think about that"). */
const COMMAND_OPENERS = new Set(['bring', 'count', 'think', 'watch', 'enjoy', 'lock', 'better', 'remember', 'say', 'try', 'keep', 'go', 'sleep', 'look']);

export interface FamilyThreat {
  from: number;
  to: number;
  confidence: number;
  explain: string;
}

export function menaceThreat(words: readonly string[], beforeWords: () => readonly string[]): FamilyThreat | null {
  // (the reader is addressed in this sentence: most sentences are not, and they skip the cue patterns)
  // (or it is an ironic sign-off, "sleep well.", after a sentence that was: read with the one before)
  const signOff = words.length <= 5 && /^(?:so |anyway |and )?(?:sleep (?:well|tight)|sweet dreams)\b/.test(words.join(' ')) && /\b(?:address|where (?:you|u) live|found (?:you|your|ur)|know where|know which (?:flat|house|door|room|street|car) is (?:yours|your))\b/.test(beforeWords().join(' '));
  if ((!words.some((x) => READER_WORDS.has(x) || WEAPON_WORDS.has(x)) && !signOff) || !words.some((x) => FAMILY_ANCHORS.has(x))) return null;
  const text = words.join(' ');
  let beforeList: readonly string[] = [];
  let before = '';
  const reading = menaceFamilies(text, () => {
    beforeList = beforeWords();
    before = beforeList.join(' ');
    return before;
  });
  if (!reading) return null;
  // ("well" in a sign-off is no well fallen down)
  const both = [...beforeList, ...(signOff ? words.filter((x) => x !== 'well') : words)];
  // ("what you drive" is a car, not a hard drive)
  if (both.some((x, n) => STANDS_DOWN.has(x) || GAME_WORDS.has(x) || SAFETY_WORDS.has(x) || ERRAND_WORDS.has(x) || MISHAP_SETTINGS.has(x) || (OTHER_TOPICS.has(x) && !(x === 'drive' && ['you', 'u'].includes(both[n - 1] ?? ''))))) return null;
  if ((JOKE.test(text) && !EARNEST.test(text)) || FOND.test(text)) return null;
  // (a visit: "I'll take you to the hospital to see your new sister")
  if (/\bto (?:see|visit) (?:your|my|our|the) (?:new |baby |little )?\w+/.test(text)) return null;
  const mode = [FUTURE, CONDITION].some((re) => re.test(text) || re.test(before)) || WISH.test(text) || COMMAND_OPENERS.has(words[0] ?? '') || reading.families.length >= 3;
  if (!mode) return null;
  const from = text.slice(0, reading.first.index).split(' ').length - 1;
  const to = Math.min(words.length - 1, from + reading.first[0].split(' ').length - 1);
  // (a negation just before the cue takes it back: "nobody will make you pay for this")
  const negated = words.slice(Math.max(0, from - 3), from).some((x) => ['not', 'never', 'nobody', 'no'].includes(x));
  if (negated) return null;
  return { from: Math.max(0, from), to: Math.max(0, to), confidence: 0.6, explain: `veiled threat: ${reading.families.join(' and ')} aimed at the reader` };
}

/** The words the family cues start from: a sentence with none of them is not read. */
const FAMILY_ANCHORS = new Set(`
  with bring bringing brought got carrying holding grab grabbing pack packing
  hospital ambulance stitches first bandages wheelchair crutches funeral grave coffin casket body obituary morgue intensive life dental broken straw
  address house home flat apartment office work workplace school car street door gym route schedule shift where know outside find found after
  safe watch one shoulder lock alone nowhere
  regret pay make see happens need better warned keep
  count numbered time tick few long coming enjoy days patience last tend disappear never check think
  sleep sweet survive fire blaze bomb explosion accident surprise hours hrs minutes mins brakes tyres tires nuts
  helmet shift reg plate
`.trim().split(/\s+/));
