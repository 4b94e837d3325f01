/** Finds mentions of protected groups in a token list, and pronouns that refer back to one. */
import { GROUP_TERMS, INSULT_NAMES_FOR_WOMEN, PERSON_NOUNS, WEAK_BARE_NOUNS, identityAdjective, type Characteristic } from './lexicon/groups';
import { CLAUSE_BREAK, plainMapped, tokenizeMapped, type Token } from './tokens';

export interface GroupMention {
  /** token indexes, inclusive */
  from: number;
  to: number;
  characteristic: Characteristic;
  /** a pronoun ("they", "those people") standing for a group named earlier */
  pronoun: boolean;
  /** a bare noun that also has an ordinary sense ("the French", "a Christian"): less sure */
  weak: boolean;
  /** an othering phrase with no group named ("those people"): 'cued' when the sentence says which group, else 'bare' */
  unnamed?: 'cued' | 'bare';
}

function matchAt(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[i + k]?.w !== words[k]) return false;
  return true;
}

const GROUP_TERMS_ADJ_FIRST = [...GROUP_TERMS].sort((a, b) => b.words.length - a.words.length || Number(b.adjective) - Number(a.adjective));

type Term = (typeof GROUP_TERMS)[number];

/**
 * GROUP_TERMS_ADJ_FIRST by first word, in the same order within a word: a token tries only the terms
 * that can start at it (a term whose first word differs never matches), so the output is the same.
 */
const BY_FIRST = new Map<string, Term[]>();
for (const g of GROUP_TERMS_ADJ_FIRST) {
  const k = g.words[0] as string;
  const list = BY_FIRST.get(k);
  if (list) list.push(g);
  else BY_FIRST.set(k, [g]);
}
const NO_TERMS: readonly Term[] = [];

/** One-word identity adjectives: the second describing word in "Black trans women". */
const ONE_WORD_ADJECTIVES = new Set(GROUP_TERMS.filter((h) => h.adjective && h.words.length === 1).map((h) => h.words[0] as string));

/** Things an identity word commonly describes: "the French market", "Chinese food", "a Muslim holiday". */
const MODIFIED_THINGS = new Set([
  'market', 'markets', 'food', 'cuisine', 'restaurant', 'restaurants', 'culture', 'holiday', 'holidays', 'new', 'year', 'festival', 'wedding',
  'weddings', 'music', 'film', 'films', 'art', 'history', 'name', 'names', 'language', 'city', 'cities', 'government', 'economy', 'company',
  'companies', 'product', 'products', 'brand', 'version', 'edition', 'style', 'team', 'office', 'offices', 'law', 'laws', 'prayer',
  'calendar', 'tradition', 'traditions', 'dish', 'dishes', 'tea', 'wine', 'cheese', 'border', 'army', 'embassy', 'press', 'media', 'app',
  'site', 'website', 'release', 'launch', 'subsidiary', 'branch', 'customers', 'users', 'partners', 'client', 'clients', 'speaking', 'translation',
  'course', 'courses', 'lessons', 'lesson', 'class', 'classes', 'subtitles', 'keyboard', 'locale', 'text', 'word', 'words', 'accent', 'grammar',
  'spelling', 'yogurt', 'salad', 'coffee', 'beer', 'football', 'league', 'model', 'car', 'cars', 'bank', 'banks', 'airline', 'airport', 'capital',
  'coast', 'flag', 'passport', 'visa', 'election', 'elections', 'parliament', 'president', 'prime', 'minister', 'king', 'queen', 'royal',
  'countryside', 'breakfast', 'muffin', 'muffins', 'teacher', 'literature', 'department', 'exam', 'test', 'edition', 'channel', 'riviera',
]);

/** Identity adjectives that are never a noun for a person on their own ("a young", "an illegal" are something else). */
const NOT_A_NOUN = new Set(['old', 'older', 'young', 'younger', 'elderly', 'senior', 'teenage', 'native', 'foreign', 'illegal', 'undocumented', 'white', 'black', 'brown', 'blind', 'deaf', 'disabled', 'handicapped', 'queer', 'bi', 'male', 'female', 'women', 'mixed', 'gen']);
/** Words that may follow a one-person noun ("a Romanian with a car", "a Somali?"), but not a thing it describes. */
const AFTER_MEMBER = new Set([
  '.', '!', '?', ',', ';', 'with', 'who', 'is', 'was', 'and', 'or', 'to', 'for', 'in', 'at', 'on', 'like', 'than', 'as', 'near', 'around',
  'again', 'ever', 'lol', 'into', 'would', 'will', 'can', 'could', 'should', 'does', 'did', 'has', 'had', 'gets', 'got', 'just', 'always',
  'never', 'yesterday', 'today', 'tonight', 'here', 'there', 'next', 'because', 'but', 'so', 'if', 'then', 'from', 'moved', 'lives', 'living',
  'working', 'running', 'sitting', 'wearing', 'writing', 'doing', 'driving', 'coding', 'cooking', 'teaching', 'leading', 'took', 'takes', 'stole', 'steals', 'knows', 'thinks', 'wants', 'tried', 'tries', 'came',
  'comes', 'applied', 'applies', 'said', 'says', 'anywhere', 'anymore', 'instead', 'either', 'too', 'might', 'must', 'may', 'deserves', 'needs', 'belongs', 'ought',
  // "every Arab I've met", "a Roma family next door ...": the writer's experience or a place after the member
  'i', 'we', 'you', 'he', 'she', 'they', 'my', 'our', 'has', 'down', 'across', 'named', 'called', 'ever',
  // "drive every Asian out", "run every Somali off": a particle of the verb the member is the object of
  'out', 'off', 'away',
]);
/** What follows "no [member]" as a subject: "no Arab can be trusted", "no Pole knows how to ...". */
const NO_MEMBER_VERBS = new Set(['can', 'could', 'should', 'will', 'would', 'is', 'has', 'deserves', 'needs', 'ever', 'belongs', 'ought', 'must', 'may', 'knows', 'wants', 'cares', 'works']);
/** Verbs whose object takes a bare infinitive: "let an Indian run the council", "watch a Mexican babysit". */
const CAUSATIVE = new Set(['let', 'lets', 'letting', 'make', 'makes', 'watch', 'watching', 'see', 'seeing', 'have', 'had', 'help']);

/** "a Romanian", "every Somali", "that Hindu" followed by a clause end or a function word: one member of a group. */
function singularMember(tokens: readonly Token[], i: number): boolean {
  const w = (tokens[i] as Token).w;
  // ("every last Somali", "every single Roma", "every other Nigerian"; "not a single Romanian": "a single" is "a")
  let before = tokens[i - 1]?.w ?? '';
  if (['last', 'single', 'other'].includes(before) && tokens[i - 2]?.w === 'every') before = 'every';
  else if (before === 'single' && tokens[i - 2]?.w === 'a') before = 'a';
  // ("every illegal in this city": the slang noun for a migrant, after a quantifier; "an illegal move" stays a thing)
  if ((NOT_A_NOUN.has(w) && !(w === 'illegal' && ['every', 'each', 'any'].includes(before))) || !/^[a-z]+$/.test(w)) return false;
  const after = tokens[i + 1]?.w;
  // ("no Arab can be trusted": every member denied)
  if (!['a', 'an', 'every', 'each', 'any', 'one', 'that', 'this', 'some', 'the', 'next', 'another', 'which', 'no'].includes(before)) return false;
  // ("no English" is a language not spoken: "no [member]" only as the subject of what every member is denied)
  if (before === 'no') return NO_MEMBER_VERBS.has(after ?? '');
  if (after === undefined || AFTER_MEMBER.has(after)) return true;
  // after a causative verb the member is followed by its own verb, not by a thing it describes
  return CAUSATIVE.has(tokens[i - 2]?.w ?? '') && /^[a-z]+$/.test(after) && !MODIFIED_THINGS.has(after) && !PERSON_NOUNS.has(after);
}

function standsAlone(next: Token | undefined): boolean {
  return !next || !MODIFIED_THINGS.has(next.w);
}

/** Group mentions per token array: four rules read the same sentence's tokens, so the scan runs once. */
const groupCache = new WeakMap<readonly Token[], readonly GroupMention[]>();

export function findGroups(tokens: readonly Token[]): readonly GroupMention[] {
  let g = groupCache.get(tokens);
  if (!g) groupCache.set(tokens, (g = scanGroups(tokens)));
  return g;
}

/** Trades and workplaces that name people by their work before a person noun: "store owners", "cab drivers". */
const TRADES = new Set(['shop', 'store', 'corner', 'cab', 'taxi', 'uber', 'bus', 'delivery', 'restaurant', 'takeaway', 'takeout', 'kebab', 'curry', 'grocery', 'nail', 'salon', 'hotel', 'construction', 'building', 'factory', 'farm', 'call', 'centre', 'center', 'tech', 'car', 'wash', 'market', 'street', 'warehouse', 'cleaning', 'fruit', 'petrol', 'gas', 'station', 'site', 'office', 'security', 'cafe', 'bakery', 'laundry', 'landscaping', 'roofing', 'plumbing']);
const COLOURS_AND_AGES = new Set(['black', 'white', 'brown', 'yellow', 'red', 'old', 'older', 'young', 'younger', 'elderly', 'aged', 'senior', 'seniors', 'teenage', 'teen']);
const TRADE_PEOPLE = /^(?:owners?|drivers?|workers?|guys?|staff|men|man|women|woman|ladies|lady|lads?|blokes?|folks?|people|employees?|cleaners?|pickers?|builders?|vendors?|sellers?|keepers?|managers?|operators?|attendants?|girls?|boys?)$/;

/** The index of the person noun after one or two trade words at k ("store owners", "call centre guy"), or -1. */
function tradeHeadAt(tokens: readonly Token[], k: number): number {
  if (!TRADES.has(tokens[k]?.w ?? '')) return -1;
  if (TRADE_PEOPLE.test(tokens[k + 1]?.w ?? '')) return k + 1;
  if (TRADES.has(tokens[k + 1]?.w ?? '') && TRADE_PEOPLE.test(tokens[k + 2]?.w ?? '')) return k + 2;
  return -1;
}

/** Boats that carry people who cross the sea, named by who is in them: "refugee boats", "migrant dinghies". */
const VESSELS = new Set(['boat', 'boats', 'dinghy', 'dinghies', 'raft', 'rafts', 'ship', 'ships']);
const PEOPLE_CARRIERS = new Set(['refugee', 'migrant', 'immigrant']);
const BOAT_ATTACKS = new Set(['sink', 'sunk', 'sinking', 'torpedo', 'torpedoed', 'bomb', 'bombed', 'shoot', 'shot', 'blow', 'burn', 'torch', 'scuttle', 'scuttled', 'ram', 'rammed', 'fire']);

/** Names for an odd person that stand for a person noun after an identity ("trans freaks", "a nonbinary weirdo"). */
export const ODD_PERSON = new Set(['freak', 'freaks', 'weirdo', 'weirdos', 'degenerate', 'degenerates', 'perverts', 'pervert', 'lunatic', 'lunatics', 'idiot', 'idiots',
  'moron', 'morons', 'bastard', 'bastards', 'scum', 'scumbags', 'losers', 'thugs', 'retards', 'cretins', 'imbeciles', 'wankers', 'twats', 'cunts', 'pricks', 'dickheads', 'assholes', 'arseholes',
  'scroungers', 'spongers', 'freeloaders']);
/** Identity words too common as plain description to read "[word] idiot" as a group ("a blind idiot" of a referee, "old fool"). */
const INSULTING_AGES = new Set(['old', 'older', 'young', 'younger', 'senior', 'native', 'foreign', 'blind', 'deaf']);

const FORMER_BEFORE = new Set(['my', 'our', 'your', 'his', 'her', 'their']);

/** Words for people that a phrase can describe: "people from Africa", "anyone over 60", "those who are gay". */
const PHRASE_HEADS = new Set([
  'people', 'persons', 'folks', 'those', 'anyone', 'anybody', 'everyone', 'everybody', 'someone', 'somebody', 'immigrants', 'migrants',
  'refugees', 'families', 'men', 'women', 'workers', 'kids', 'children', 'guys', 'employees', 'applicants', 'candidates', 'students',
  'man', 'guy', 'woman', 'person', 'girl', 'boy', 'kid', 'girls', 'boys', 'dudes', 'ones',
  // documents and tenants that stand for their people: "CVs with foreign names", "tenants who eat halal"
  'cvs', 'resumes', 'applications', 'cv', 'resume', 'application', 'tenants', 'callers', 'customers', 'neighbours', 'neighbors', 'family',
]);

/**
 * What people wear or how they speak, standing for the group ("women in headscarves", "men in dresses",
 * "anyone with an accent"): implicit hate names the group this way to avoid naming it. By the word after
 * "in"/"wearing"/"with" (an article may come between); multi-word proxies space-joined.
 */
const PROXIES: ReadonlyMap<string, Characteristic> = new Map<string, Characteristic>([
  ...['hijab', 'hijabs', 'headscarf', 'headscarves', 'burka', 'burkas', 'burqa', 'burqas', 'niqab', 'niqabs', 'turban', 'turbans', 'yarmulke',
    'yarmulkes', 'kippah', 'kippahs', 'skullcap', 'skullcaps', 'head coverings', 'head covering'].map((w) => [w, 'religion'] as const),
  ...['accent', 'accents', 'foreign accent', 'foreign accents', 'thick accent', 'thick accents', 'foreign name', 'foreign names', 'funny names',
    'names i can not pronounce', 'unpronounceable names', 'broken english', 'foreign sounding names', 'foreign sounding name', 'foreign name',
    'ethnic name', 'ethnic names', 'ethnic sounding names', 'ethnic sounding name', 'funny name', 'weird names', 'strange names',
    'name like that', 'names like that', 'names like those'].map((w) => [w, 'origin'] as const),
  ...['prayer mat', 'prayer mats', 'prayer rug', 'prayer rugs'].map((w) => [w, 'religion'] as const),
  ...['wheelchair', 'wheelchairs', 'the spectrum', 'hearing aids', 'a cane', 'crutches', 'mobility scooter', 'mobility scooters', 'zimmer frame', 'zimmer frames'].map((w) => [w, 'disability'] as const),
  // physical traits that writers use to name a race or a faith without naming it ("people with dark skin", "anyone with slanted eyes")
  ...['dark skin', 'darker skin', 'brown skin', 'black skin', 'slanted eyes', 'slanty eyes', 'nappy hair'].map((w) => [w, 'race'] as const),
  ...['hooked noses', 'hook noses', 'big noses'].map((w) => [w, 'religion'] as const),
  // "anyone with pronouns in their bio": the coded way to name trans and nonbinary people
  ...['pronouns', 'pronouns in their bio', 'pronouns in their bios'].map((w) => [w, 'gender-identity'] as const),
]);
const PROXY_MAX_WORDS = 5;
const PROXY_LINKS = new Set(['in', 'wearing', 'with', 'on']);
/** Heads that make "in a dress" a way of naming trans women ("men in dresses"); other heads in a dress are just dressed. */
const MALE_HEADS = new Set(['men', 'man', 'guys', 'guy', 'dudes', 'boys']);
const DRESSES = new Set(['dresses', 'dress', 'wigs', 'skirts', 'heels', 'makeup', 'lipstick']);
/** "a dress shirt", "dress code": not a dress */
const CLOTHES_AFTER_DRESS = new Set(['shirt', 'shirts', 'shoes', 'code', 'pants', 'trousers', 'suit', 'suits', 'uniform', 'rehearsal', 'up']);
const ARTICLES = new Set(['a', 'an', 'the', 'their', 'those', 'these', 'them', 'that', 'such']);
/** Proxies an identity adjective may describe: "an Indian accent", "African names". */
const DESCRIBED_PROXIES = new Set(['accent', 'accents', 'name', 'names']);

/**
 * Given names that a writer uses to stand for a faith or a race ("anyone called Mohammed", "names like Jamal").
 * Only after "called / named / names like": the names themselves are ordinary.
 */
const NAME_STANDS_FOR: ReadonlyMap<string, Characteristic> = new Map<string, Characteristic>([
  ...['mohammed', 'muhammad', 'mohamed', 'mohammad', 'mohammad', 'ahmed', 'ahmad', 'abdul', 'abdullah', 'mustafa', 'fatima', 'aisha', 'osama', 'hussein', 'yusuf', 'ibrahim'].map((w) => [w, 'religion'] as const),
  ...['jamal', 'tyrone', 'shaniqua', 'deshawn', 'darnell', 'lakisha', 'keisha', 'tyrell', 'latisha', 'shanice', 'jamal', 'laquisha', 'dquan', 'jaquan'].map((w) => [w, 'race'] as const),
  ...['jose', 'juan', 'pedro', 'rajesh', 'ravi', 'priya', 'wei', 'ching'].map((w) => [w, 'origin'] as const),
]);

/** "anyone called Mohammed", "people with names like Jamal": a name standing for the group. */
function namedAt(tokens: readonly Token[], i: number): GroupMention | null {
  const link = tokens[i + 1]?.w ?? '';
  let k: number;
  if (link === 'called' || link === 'named') k = i + 2;
  else if (link === 'with' && ['names', 'name'].includes(tokens[i + 2]?.w ?? '') && tokens[i + 3]?.w === 'like') k = i + 4;
  else if (link === 'with' && tokens[i + 2]?.w === 'a' && tokens[i + 3]?.w === 'name' && tokens[i + 4]?.w === 'like') k = i + 5;
  else return null;
  const c = NAME_STANDS_FOR.get(tokens[k]?.w ?? '');
  return c ? { from: i, to: k, characteristic: c, pronoun: false, weak: false } : null;
}

/**
 * What a relative clause names by practice, dress or language: "people who pray five times a day", "anyone who eats
 * halal", "men who wear dresses", "those who speak Arabic". Keyed by the word that carries the identity.
 */
const PRACTICES: ReadonlyMap<string, Characteristic> = new Map<string, Characteristic>([
  ...['halal', 'kosher', 'ramadan', 'mosque', 'mosques', 'synagogue', 'synagogues', 'pray', 'prays', 'praying', 'allah', 'quran', 'koran', 'torah',
    'hijab', 'hijabs', 'headscarf', 'headscarves', 'burka', 'burkas', 'burqa', 'burqas', 'niqab', 'niqabs', 'turban', 'turbans', 'yarmulke',
    'yarmulkes', 'kippah', 'kippahs', 'church', 'sabbath', 'shabbat'].map((w) => [w, 'religion'] as const),
  ...['spanish', 'arabic', 'urdu', 'hindi', 'mandarin', 'cantonese', 'punjabi', 'polish', 'somali', 'tagalog', 'farsi', 'swahili', 'romanian',
    'russian', 'foreign', 'accent', 'accents', 'boats', 'dinghies', 'dinghy', 'lorries'].map((w) => [w, 'origin'] as const),
]);
/** Words that end a relative clause by starting the main predicate: "people who pray five times a day | can't be trusted". */
const MAIN_VERB = new Set([
  'are', 'is', 'was', 'were', 'should', 'can', 'cannot', 'could', 'must', 'will', 'would', 'shall', 'may', 'might', 'deserve', 'deserves',
  'need', 'needs', 'belong', 'belongs', 'always', 'never', 'all', 'do', 'does', 'have', 'has', 'get', 'gets', 'ought', 'go', 'goes',
]);
/** The verbs of a practice clause; a practice word after any other verb is not the person's own ("people who hate halal"). */
const PRACTICE_VERBS = new Set([
  'eat', 'eats', 'eating', 'wear', 'wears', 'wearing', 'keep', 'keeps', 'celebrate', 'celebrates', 'go', 'goes', 'attend', 'attends', 'pray',
  'prays', 'worship', 'worships', 'speak', 'speaks', 'talk', 'talks', 'cover', 'covers', 'follow', 'follows', 'observe', 'observes', 'fast',
  'fasts', 'read', 'reads', 'chant', 'chants', 'have', 'has', 'put', 'puts', 'came', 'come', 'comes', 'arrived', 'arrive', 'arrives',
]);

function practiceAt(tokens: readonly Token[], i: number, head: string): GroupMention | null {
  if (tokens[i + 1]?.w !== 'who' && tokens[i + 1]?.w !== 'that') return null;
  const verb = tokens[i + 2]?.w ?? '';
  if (!PRACTICE_VERBS.has(verb) && !PRACTICES.has(verb)) return null;
  let c: Characteristic | undefined = PRACTICES.get(verb);
  let end = i + 2;
  for (let j = i + 3; j < Math.min(tokens.length, i + 10); j++) {
    const w = (tokens[j] as Token).w;
    if (MAIN_VERB.has(w) || CLAUSE_BREAK.has(w) || w === ',') break;
    end = j;
    c ??= PRACTICES.get(w) ?? (w === 'language' && tokens[j - 1]?.w === 'own' ? 'origin' : undefined);
    // "men who wear dresses": a dress on a man stands for a trans woman; "women who cover their faces" for a faith
    if (!c && MALE_HEADS.has(head) && DRESSES.has(w)) c = 'gender-identity';
    if (!c && (verb === 'cover' || verb === 'covers') && ['faces', 'face', 'hair', 'heads'].includes(w)) c = 'religion';
  }
  return c ? { from: i, to: end, characteristic: c, pronoun: false, weak: false } : null;
}

function proxyAt(tokens: readonly Token[], i: number, head: string): GroupMention | null {
  const link = tokens[i + 1]?.w ?? '';
  if (!PROXY_LINKS.has(link)) return null;
  let k = i + 2;
  if (ARTICLES.has(tokens[k]?.w ?? '') && tokens[k]?.w !== 'the') k++;
  const described = identityAdjective(tokens[k]?.w ?? '');
  if (described && described !== 'age' && DESCRIBED_PROXIES.has(tokens[k + 1]?.w ?? '')) return { from: i, to: k + 1, characteristic: described === 'race' ? 'race' : 'origin', pronoun: false, weak: false };
  if (MALE_HEADS.has(head) && (link === 'in' || link === 'wearing') && DRESSES.has(tokens[k]?.w ?? '') && !CLOTHES_AFTER_DRESS.has(tokens[k + 1]?.w ?? '')) {
    return { from: i, to: k, characteristic: 'gender-identity', pronoun: false, weak: false };
  }
  for (let n = PROXY_MAX_WORDS; n >= 1; n--) {
    const words = tokens.slice(k, k + n);
    const c = words.length === n ? PROXIES.get(words.map((t) => t.w).join(' ')) : undefined;
    // "on" only for "on the spectrum"; a wheelchair is "in" one
    if (c && (link !== 'on' || words[0]?.w === 'the')) return { from: i, to: k + n - 1, characteristic: c, pronoun: false, weak: false };
  }
  return null;
}

/** Places whose people are a group by origin ("people from the Middle East"); multi-word places space-joined. */
const ORIGIN_PLACES = [
  'africa', 'asia', 'middle east', 'india', 'pakistan', 'bangladesh', 'mexico', 'china', 'syria', 'somalia', 'nigeria', 'iraq', 'iran',
  'afghanistan', 'eastern europe', 'latin america', 'south america', 'central america', 'third world', 'third world countries', 'abroad',
  'overseas', 'other countries', 'foreign countries', 'shithole countries', 'caribbean', 'balkans', 'poland', 'romania', 'albania', 'turkey',
  'morocco', 'algeria', 'eritrea', 'ethiopia', 'sudan', 'haiti', 'jamaica', 'philippines', 'vietnam', 'ghana', 'kenya', 'honduras',
  'guatemala', 'el salvador', 'venezuela', 'colombia', 'global south', 'muslim countries', 'developing countries', 'poor countries',
  'arab countries', 'ghetto', 'hood', 'barrio', 'reservation', 'gaza', 'palestine', 'israel', 'ukraine', 'russia',
  'brazil', 'cuba', 'puerto rico', 'indonesia', 'egypt', 'lebanon', 'yemen', 'libya', 'tunisia', 'congo', 'uganda',
  'that part of the world', 'those countries', 'these countries', 'countries like that', 'places like that', 'favelas', 'slums',
];
/** Places that stand for a race in coded talk ("people from the hood", "kids from the inner city", "that part of town"). */
const RACE_PLACES = ['projects', 'inner city', 'inner cities', 'that part of town', 'this part of town', 'that side of town', 'the wrong side of town', 'hood', 'ghetto', 'ghettos', 'barrio', 'reservation', 'rez'];
const PLACES: ReadonlyMap<string, Characteristic> = new Map<string, Characteristic>([
  ...ORIGIN_PLACES.map((w) => [w, 'origin'] as const),
  ...RACE_PLACES.map((w) => [w, 'race'] as const),
]);
const PLACE_MAX_WORDS = 5;
const AGE_WORDS = new Set(['forty', 'fifty', 'sixty', 'seventy', 'eighty']);
/** After "the old" / "the young" as a group noun ("the old should make way"), not before a thing ("the old version"). */
const AFTER_AGE_NOUN = new Set([
  '.', '!', '?', ',', ';', 'are', 'were', 'should', 'have', 'need', 'deserve', 'who', 'and', 'or', 'can', 'will', 'must', 'do', 'did',
  'never', 'always', 'just', 'get', 'ruin', 'take', 'keep', 'vote', 'cannot', 'could', 'would', 'belong', 'think', 'don', 'only',
]);

/** The young named by their era: "kids these days", "teenagers today", "the youth of today". */
const YOUNG_HEADS = new Set(['kids', 'children', 'teenagers', 'teens', 'youngsters', 'youth', 'students', 'graduates', 'grads']);
const ERA = new Set(['today', 'nowadays', 'these']);

/**
 * Age groups named by generation or by a number: "kids these days", "the older generation", "a 60 year old", "a
 * 70-year-old woman". Writers name age this way far more than by "the elderly". A number names an age group only from 50
 * up and only for a person ("a 60 year old building" is a building); "young people today" is read by the noun list.
 */
function generationAt(tokens: readonly Token[], i: number): GroupMention | null {
  const w = (tokens[i] as Token).w;
  const next = tokens[i + 1]?.w ?? '';
  // "these days" needs its noun: "kids these days", not "these days kids ..."
  if (YOUNG_HEADS.has(w) && ERA.has(next) && (next !== 'these' || tokens[i + 2]?.w === 'days') && !FORMER_BEFORE.has(tokens[i - 1]?.w ?? '')) {
    return { from: i, to: next === 'these' ? i + 2 : i + 1, characteristic: 'age', pronoun: false, weak: false };
  }
  if (w === 'the' && ['youth', 'young'].includes(next) && tokens[i + 2]?.w === 'of' && tokens[i + 3]?.w === 'today') return { from: i, to: i + 3, characteristic: 'age', pronoun: false, weak: false };
  // "the older generation", "the younger generations"; "my generation" is the writer's own
  if (w === 'the' && ['older', 'younger', 'old', 'young', 'boomer'].includes(next) && /^generations?$/.test(tokens[i + 2]?.w ?? '')) return { from: i, to: i + 2, characteristic: 'age', pronoun: false, weak: false };
  // "a 60 year old", "70-year-olds", "a sixty year old woman"
  const n = /^\d+$/.test(tokens[i]?.raw ?? '') ? Number((tokens[i] as Token).raw) : AGE_WORDS.has(w) ? 50 : NaN;
  if (n >= 50 && n < 120 && tokens[i + 1]?.w === 'year' && /^olds?$/.test(tokens[i + 2]?.w ?? '')) {
    const after = tokens[i + 3]?.w ?? '.';
    const person = PERSON_NOUNS.has(after);
    if (!person && !AFTER_AGE_NOUN.has(after) && !['is', 'was', 'who', 'with', 'in', 'at'].includes(after)) return null;
    const from = ['a', 'an', 'any', 'every'].includes(tokens[i - 1]?.w ?? '') ? i - 1 : i;
    return { from, to: person ? i + 3 : i + 2, characteristic: 'age', pronoun: false, weak: false };
  }
  return null;
}

/** A group named by a phrase at token i: origin by place, age by number, "the old", "people who are [identity]". */
function phraseAt(tokens: readonly Token[], i: number): GroupMention | null {
  const w = (tokens[i] as Token).w;
  const next = tokens[i + 1]?.w;
  if (w === 'the' && (next === 'old' || next === 'young') && AFTER_AGE_NOUN.has(tokens[i + 2]?.w ?? '.')) {
    return { from: i, to: i + 1, characteristic: 'age', pronoun: false, weak: true };
  }
  // "over 50s", "the over-60s"
  if (w === 'over' && /^\d\d+s$/.test(tokens[i + 1]?.raw ?? '') && Number((tokens[i + 1] as Token).raw.slice(0, -1)) >= 40) {
    return { from: i, to: i + 1, characteristic: 'age', pronoun: false, weak: false };
  }
  const generation = generationAt(tokens, i);
  if (generation) return generation;
  if (!PHRASE_HEADS.has(w)) return describedRoleAt(tokens, i, w);
  const proxy = proxyAt(tokens, i, w) ?? namedAt(tokens, i) ?? practiceAt(tokens, i, w);
  if (proxy) return proxy;
  if (next === 'who' && ((tokens[i + 2]?.w === 'can' && (tokens[i + 3]?.w === 'not' || tokens[i + 3]?.w === 'barely')) || tokens[i + 3]?.w === 'not' || tokens[i + 2]?.w === 'barely') && tokens.slice(i + 3, i + 6).some((t) => t.w === 'speak') && tokens.slice(i + 4, i + 8).some((t) => t.w === 'english')) {
    // "people who can't speak English": origin named by language
    const end = tokens.findIndex((t, j) => j > i && t.w === 'english');
    return { from: i, to: end, characteristic: 'origin', pronoun: false, weak: false };
  }
  if (next === 'from') {
    let k = i + 2;
    if (tokens[k]?.w === 'the') k++;
    for (let n = PLACE_MAX_WORDS; n >= 1; n--) {
      const words = tokens.slice(k, k + n);
      const c = words.length === n ? PLACES.get(words.map((t) => t.w).join(' ')) : undefined;
      if (c) return { from: i, to: k + n - 1, characteristic: c, pronoun: false, weak: false };
    }
    return null;
  }
  if (next === 'over' || next === 'above' || next === 'past') {
    // "anyone over 60", "people over fifty": an age group from forty up ("over 18" is a legal age, not a group)
    const t = tokens[i + 2];
    const n = t ? Number(/^\d+$/.test(t.raw) ? t.raw : NaN) : NaN;
    if (t && ((n >= 40 && n < 120) || AGE_WORDS.has(t.w))) return { from: i, to: i + 2, characteristic: 'age', pronoun: false, weak: false };
    return null;
  }
  if (next === 'who' && (tokens[i + 2]?.w === 'are' || tokens[i + 2]?.w === 'is')) {
    const c = identityAdjective(tokens[i + 3]?.w ?? '');
    if (c) return { from: i, to: i + 3, characteristic: c, pronoun: false, weak: false };
  }
  // "anyone gay", "anybody Muslim": the identity straight after the pronoun (not age: "anyone older")
  if (['anyone', 'anybody', 'everyone', 'everybody'].includes(w) && next) {
    const c = identityAdjective(next);
    if (c && c !== 'age' && !PERSON_NOUNS.has(tokens[i + 2]?.w ?? '')) return { from: i, to: i + 1, characteristic: c, pronoun: false, weak: false };
  }
  // "people who weren't born here", "anyone not born in this country"
  const nb = next === 'who' && ['were', 'was', 'are', 'is'].includes(tokens[i + 2]?.w ?? '') && tokens[i + 3]?.w === 'not' ? i + 4 : next === 'not' ? i + 2 : -1;
  if (nb > 0 && tokens[nb]?.w === 'born' && (tokens[nb + 1]?.w === 'here' || (tokens[nb + 1]?.w === 'in' && ['this', 'our', 'britain', 'america', 'england', 'the'].includes(tokens[nb + 2]?.w ?? '')))) {
    return { from: i, to: tokens[nb + 1]?.w === 'here' ? nb + 1 : nb + 3, characteristic: 'origin', pronoun: false, weak: false };
  }
  return next === 'who' ? sameSexAt(tokens, i, w) ?? grewUpAt(tokens, i) : null;
}

/** One-word group nouns a relative clause may say people are: "drivers who are women", "voters who are immigrants". */
const GROUP_NOUN_OF = new Map<string, Characteristic>(GROUP_TERMS.filter((h) => !h.adjective && h.words.length === 1 && !WEAK_BARE_NOUNS.has(h.words[0] as string)).map((h) => [h.words[0] as string, h.characteristic]));

/**
 * "protesters who are Black", "drivers who are women": people in a role or a crowd narrowed to a group by a relative
 * clause (the heads of phraseAt take any identity; other person nouns, and agent nouns such as "protesters", take one here).
 */
function describedRoleAt(tokens: readonly Token[], i: number, w: string): GroupMention | null {
  if (tokens[i + 1]?.w !== 'who' || !['are', 'were'].includes(tokens[i + 2]?.w ?? '')) return null;
  if (!PERSON_NOUNS.has(w) && !/^[a-z]{3,}(?:ers|ors|ists|ants|ents)$/.test(w)) return null;
  const said = tokens[i + 3]?.w ?? '';
  const c = identityAdjective(said) ?? GROUP_NOUN_OF.get(said);
  if (!c || c === 'age') return null;
  return { from: i, to: i + 3, characteristic: c, pronoun: false, weak: false };
}

/** "someone who grew up in the hood", "people who come from Africa": the place names the group as "from" does. */
function grewUpAt(tokens: readonly Token[], i: number): GroupMention | null {
  if (!['grew', 'grow', 'grown', 'live', 'lives', 'lived', 'come', 'comes', 'came'].includes(tokens[i + 2]?.w ?? '')) return null;
  let k = i + 3;
  if (tokens[k]?.w === 'up') k++;
  if (!['in', 'from'].includes(tokens[k]?.w ?? '')) return null;
  k++;
  if (tokens[k]?.w === 'the') k++;
  for (let n = PLACE_MAX_WORDS; n >= 1; n--) {
    const words = tokens.slice(k, k + n);
    const c = words.length === n ? PLACES.get(words.map((t) => t.w).join(' ')) : undefined;
    if (c) return { from: i, to: k + n - 1, characteristic: c, pronoun: false, weak: false };
  }
  return null;
}

const MALE_WORDS = new Set(['men', 'man', 'guys', 'guy', 'boys', 'boy', 'dudes', 'blokes', 'lads']);
const FEMALE_WORDS = new Set(['women', 'woman', 'girls', 'girl', 'ladies', 'chicks']);
const DESIRE_VERBS = new Set(['like', 'likes', 'love', 'loves', 'date', 'dates', 'fancy', 'fancies', 'kiss', 'kisses', 'marry', 'marries', 'want', 'wants', 'prefer', 'prefers', 'sleep', 'sleeps']);

/**
 * "guys who like guys", "women who date women": the writer names the orientation without its word, the way
 * implicit hate avoids the group's name. Only the same sex on both sides; "men who like women" names nobody.
 */
function sameSexAt(tokens: readonly Token[], i: number, head: string): GroupMention | null {
  if (!DESIRE_VERBS.has(tokens[i + 2]?.w ?? '')) return null;
  let k = i + 3;
  if (tokens[k]?.w === 'with' || tokens[k]?.w === 'other' || tokens[k]?.w === 'another') k++;
  if (tokens[k]?.w === 'other') k++;
  const obj = tokens[k]?.w ?? '';
  const same = (MALE_WORDS.has(head) && MALE_WORDS.has(obj)) || (FEMALE_WORDS.has(head) && FEMALE_WORDS.has(obj));
  return same ? { from: i, to: k, characteristic: 'sexual-orientation', pronoun: false, weak: false } : null;
}

const COPULAS = new Set(['is', 'are', 'was', 'were']);
const NOUN_DETERMINERS = new Set(['the', 'my', 'our', 'his', 'her', 'their', 'your', 'new', 'a', 'an', 'this', 'that', 'these', 'those']);
const AFTER_PREDICATE = new Set(['.', '!', '?', ',', ';', 'and', 'so', 'lol', 'now', 'too', 'btw']);

/**
 * "The new neighbours are Pakistani.", "my new boss is a woman": the identity said of people, often in the sentence
 * before the one that carries the insinuation ("They'll have the street smelling of curry."). A mention of the people,
 * spanning noun to identity; weak, since the sentence itself only describes.
 */
function predicatedAt(tokens: readonly Token[], i: number): GroupMention | null {
  // "my cousin came out as bi": the identity owned up to
  // (a person came out: "our photos came out as black and white" is a print)
  const who = tokens[i - 3]?.w ?? '';
  if (tokens[i]?.w === 'as' && tokens[i - 1]?.w === 'out' && ['came', 'come', 'comes', 'coming'].includes(tokens[i - 2]?.w ?? '') && (PERSON_NOUNS.has(who) || ['he', 'she', 'they', 'i', 'cousin', 'son', 'daughter', 'brother', 'sister', 'mate', 'friend', 'uncle', 'aunt', 'dad', 'mum', 'mom'].includes(who) || /^[A-Z][a-z]+$/.test(tokens[i - 3]?.raw ?? ''))) {
    const c = identityAdjective(tokens[i + 1]?.w ?? '');
    if (c && c !== 'age' && AFTER_PREDICATE.has(tokens[i + 2]?.w ?? '.')) return { from: i - 2, to: i + 1, characteristic: c, pronoun: false, weak: true };
  }
  const noun = tokens[i - 1]?.w ?? '';
  if (!COPULAS.has((tokens[i] as Token).w) || !PERSON_NOUNS.has(noun) || !NOUN_DETERMINERS.has(tokens[i - 2]?.w ?? '')) return null;
  const adj = tokens[i + 1]?.w ?? '';
  const c = identityAdjective(adj);
  if (!c || c === 'age' || adj === 'young' || adj === 'old') return null;
  return AFTER_PREDICATE.has(tokens[i + 2]?.w ?? '.') ? { from: i - 1, to: i + 1, characteristic: c, pronoun: false, weak: true } : null;
}

/**
 * "Globalists" is an antisemitic code word only in some sentences; most uses are about trade. It names Jews when the
 * sentence carries a second antisemitic marker.
 */
const CODED_JEWS = new Set(['globalists', 'globalist', 'financiers', 'bankers']);
const JEWISH_MARKERS = new Set(['shekels', 'shekel', 'tribe', 'rothschild', 'rothschilds', 'soros', 'hooked', 'noses', 'synagogue', 'synagogues', 'zionist', 'zionists', 'goyim', 'goy', 'usury', 'usurers', 'kosher', 'khazar', 'khazars', 'talmud', 'chosen']);

/** Gendered insults the lexicon also lists as a name for women, and the words of their ordinary senses (tools, dogs). */
const INSULT_NAMES = new Set(INSULT_NAMES_FOR_WOMEN);
const INSULT_NAME_HOMONYMS = new Set(['garden', 'gardening', 'tool', 'tools', 'rake', 'rakes', 'spade', 'spades', 'shovel', 'hardware', 'weeds', 'weeding', 'soil', 'allotment', 'dog', 'dogs', 'puppies', 'puppy', 'litter', 'litters', 'spayed', 'spay', 'neutered', 'whelp', 'whelping', 'breeder', 'breeders', 'breed', 'kennel', 'kennels', 'season', 'vet', 'vets', 'pedigree']);

function scanGroups(tokens: readonly Token[]): GroupMention[] {
  const out: GroupMention[] = [];
  const insultNamesOff = tokens.some((t) => INSULT_NAME_HOMONYMS.has(t.w));
  for (let i = 0; i < tokens.length; i++) {
    if (insultNamesOff && INSULT_NAMES.has((tokens[i] as Token).w)) continue;
    if (CODED_JEWS.has((tokens[i] as Token).w) && tokens.some((t) => JEWISH_MARKERS.has(t.w))) {
      const to = CODED_JEWS.has(tokens[i + 1]?.w ?? '') ? i + 1 : i;
      out.push({ from: i, to, characteristic: 'religion', pronoun: false, weak: true });
      i = to;
      continue;
    }
    const phrase = phraseAt(tokens, i) ?? (out.length === 0 ? predicatedAt(tokens, i) : null);
    if (phrase) {
      out.push(phrase);
      i = phrase.to;
      continue;
    }
    // Adjective readings first: "Chinese people" is one mention, not "Chinese" followed by "people".
    for (const g of BY_FIRST.get((tokens[i] as Token).w) ?? NO_TERMS) {
      if (!matchAt(tokens, i, g.words)) continue;
      let to = i + g.words.length - 1;
      if (g.adjective) {
        // An identity adjective names a group only before a person noun, maybe after a second adjective
        // ("Black trans women", "older female engineers").
        let k = to + 1;
        if (!PERSON_NOUNS.has(tokens[k]?.w ?? '') && ONE_WORD_ADJECTIVES.has(tokens[k]?.w ?? '')) k++;
        // "my old boss", "our old clients": "old" after a possessive means former, not elderly
        if (g.words[0] === 'old' && FORMER_BEFORE.has(tokens[i - 1]?.w ?? '')) continue;
        // "refugee boats should be sunk", "sink every migrant dinghy": the boat stands for the people in it
        // (only beside an attack on a boat: "another migrant boat capsized" is news of the people in it)
        if (k === to + 1 && g.words.length === 1 && PEOPLE_CARRIERS.has(g.words[0] as string) && VESSELS.has(tokens[k]?.w ?? '') && tokens.some((t) => BOAT_ATTACKS.has(t.w))) {
          out.push({ from: i, to: k, characteristic: g.characteristic, pronoun: false, weak: false });
          i = k;
          break;
        }
        // "those trans freaks", "every nonbinary weirdo": the insult stands where the person noun would
        if (!PERSON_NOUNS.has(tokens[k]?.w ?? '') && k === to + 1 && g.words.length === 1 && !INSULTING_AGES.has(g.words[0] as string) && ODD_PERSON.has(tokens[k]?.w ?? '')) {
          out.push({ from: i, to: k, characteristic: g.characteristic, pronoun: false, weak: false });
          i = k;
          break;
        }
        // "those Asian store owners", "Muslim cab drivers", "the Indian call centre guy": an identity before a trade
        // and a person noun (not a colour or an age, whose compounds are things: "black tie guests", "old school friends")
        const trade = tradeHeadAt(tokens, k);
        if (trade > 0 && g.words.length === 1 && !COLOURS_AND_AGES.has(g.words[0] as string)) {
          out.push({ from: i, to: trade, characteristic: g.characteristic, pronoun: false, weak: false });
          i = trade;
          break;
        }
        if (!PERSON_NOUNS.has(tokens[k]?.w ?? '')) {
          // "trust a Romanian with ...", "date a Somali?": a nationality or faith used as a noun for one person
          if (g.words.length === 1 && singularMember(tokens, i)) {
            out.push({ from: i, to: i, characteristic: g.characteristic, pronoun: false, weak: true });
            break;
          }
          continue;
        }
        to = k;
      } else if (identityAdjective(g.words[g.words.length - 1] as string) && (g.words.length > 1 || WEAK_BARE_NOUNS.has(g.words[0] as string)) && !standsAlone(tokens[to + 1])) {
        // "the French market", "Chinese food", "the English version": an adjective on a thing, not the group
        continue;
      }
      out.push({ from: i, to, characteristic: g.characteristic, pronoun: false, weak: !g.adjective && WEAK_BARE_NOUNS.has(g.words.join(' ')) });
      i = to;
      break;
    }
  }
  return out;
}

/**
 * Group mentions in a neighbouring sentence (plain text, for pronoun antecedents), by text: several
 * rules ask for the same neighbour, and the same neighbour again on the next pause in typing.
 */
const neighbourCache = new Map<string, readonly GroupMention[]>();
const NEIGHBOUR_CACHE_SIZE = 64;

export function neighbourGroups(text: string | undefined): readonly GroupMention[] {
  if (!text) return [];
  let g = neighbourCache.get(text);
  if (!g) {
    g = scanGroups(tokenizeMapped(text, plainMapped(text)));
    if (neighbourCache.size >= NEIGHBOUR_CACHE_SIZE) neighbourCache.delete(neighbourCache.keys().next().value as string);
    neighbourCache.set(text, g);
  }
  return g;
}

const PRONOUN_PHRASES: readonly (readonly string[])[] = [
  ['those', 'people'], ['these', 'people'], ['such', 'people'], ['their', 'kind'], ['that', 'lot'], ['those', 'ones'], ['these', 'ones'],
  ['their', 'sort'], ['their', 'type'], ['those', 'types'], ['these', 'types'], ['people', 'like', 'them'], ['people', 'like', 'that'],
  ['the', 'lot', 'of', 'them'], ['all', 'of', 'them'], ['them', 'all'], ['certain', 'people'], ['that', 'community'], ['those', 'communities'],
  ['their', 'culture'], ['their', 'religion'], ['their', 'faith'], ['they'], ['them'], ['their'],
];

/**
 * Othering phrases that stand for a group even with nothing named before ("those people breed like rabbits", "their
 * religion is a cancer"): the writer leaves the group unnamed on purpose. They count only with a cue in the sentence
 * that says which group (talk of country and borders, of faith), or with a dehumanising attack (checked by the caller).
 */
const UNNAMED: ReadonlyMap<string, Characteristic | null> = new Map<string, Characteristic | null>([
  ['those people', null], ['these people', null], ['such people', null], ['their kind', null], ['that lot', null], ['their sort', null],
  ['their type', null], ['those types', null], ['people like them', null], ['certain people', null], ['that community', 'race'],
  ['those communities', 'race'], ['their culture', 'origin'], ['their religion', 'religion'], ['their faith', 'religion'],
]);
/** Words that say which group an unnamed "those people" is. */
const UNNAMED_CUES: ReadonlyMap<string, Characteristic> = new Map<string, Characteristic>([
  ...['country', 'countries', 'border', 'borders', 'deport', 'deported', 'deportation', 'homeland', 'nation', 'visa',
    'visas', 'immigration', 'citizenship', 'jobs', 'came'].map((w) => [w, 'origin'] as const),
  ...['religion', 'pray', 'prayer', 'prayers', 'mosque', 'mosques', 'allah', 'sharia', 'church', 'synagogue', 'god'].map((w) => [w, 'religion'] as const),
  ...['neighbourhood', 'neighborhood', 'street', 'ghetto', 'hood', 'skin', 'colour', 'color'].map((w) => [w, 'race'] as const),
]);
/** First words of PRONOUN_PHRASES: a token starting none of them is skipped without trying each phrase. */
const PRONOUN_FIRST = new Set(PRONOUN_PHRASES.map((p) => p[0] as string));

/** Does the sentence hold a pronoun phrase that findGroupPronouns could resolve? (then prev is worth reading) */
export function hasGroupPronoun(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) if (PRONOUN_FIRST.has((tokens[i] as Token).w) && PRONOUN_PHRASES.some((p) => matchAt(tokens, i, p))) return true;
  return false;
}

/**
 * Pronouns that stand for a group named earlier in this sentence or in the previous one ("I met some
 * refugees. They are ..."). Each carries the characteristic of the most recent group mention.
 */
export function findGroupPronouns(tokens: readonly Token[], groups: readonly GroupMention[], prevGroups: readonly GroupMention[], unnamed = false): GroupMention[] {
  const out: GroupMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!PRONOUN_FIRST.has((tokens[i] as Token).w)) continue;
    const phrase = PRONOUN_PHRASES.find((p) => matchAt(tokens, i, p));
    if (!phrase) continue;
    const before = groups.filter((g) => g.to < i && !g.pronoun);
    const antecedent = before[before.length - 1] ?? prevGroups[prevGroups.length - 1] ?? dislocated(tokens, groups, i);
    if (!antecedent) {
      // only group-attack asks: it knows which attacks an unnamed group needs; the insult rules keep reading "those people" as people
      const u = unnamed ? unnamedAt(tokens, i, phrase) : null;
      if (u) out.push(u);
      i += phrase.length - 1;
      continue;
    }
    out.push({ from: i, to: i + phrase.length - 1, characteristic: antecedent.characteristic, pronoun: true, weak: antecedent.weak });
    i += phrase.length - 1;
  }
  return out;
}

/**
 * "Send them all back, the immigrants.", "They're all the same, those Muslims.": a group named after a comma at the end
 * of the sentence, standing for the pronoun before it.
 */
function dislocated(tokens: readonly Token[], groups: readonly GroupMention[], i: number): GroupMention | undefined {
  const last = groups[groups.length - 1];
  if (!last || last.pronoun || last.from <= i) return undefined;
  let k = last.from - 1;
  while (['the', 'those', 'these', 'all', 'bloody', 'fucking', 'damn'].includes(tokens[k]?.w ?? '')) k--;
  const closes = last.to === tokens.length - 1 || (last.to === tokens.length - 2 && tokens[tokens.length - 1]?.punct === true);
  // ("Everyone thinks they're lazy, millennials", "I was taught they were evil, Jews", "the thugs who beat that Muslim lad":
  // a view reported, or the group inside a clause of its own, is no dislocated subject)
  const reported = tokens.slice(0, i).some((t) => ['think', 'thinks', 'thought', 'assume', 'assumes', 'assumed', 'taught', 'told', 'called', 'say', 'says', 'said', 'believe', 'believes', 'believed', 'claim', 'claims'].includes(t.w));
  const embedded = tokens.slice(i, last.from).some((t) => ['about', 'who', 'that', 'beat', 'attacked'].includes(t.w));
  return tokens[k]?.w === ',' && closes && !reported && !embedded ? last : undefined;
}

/** An othering phrase with no group before it: a group when the sentence says which (else `unnamed: 'bare'`, for the caller). */
function unnamedAt(tokens: readonly Token[], i: number, phrase: readonly string[]): GroupMention | null {
  const key = phrase.join(' ');
  const own = UNNAMED.get(key);
  if (own === undefined) return null;
  // "their kind of music", "their people skills": a thing, not a group
  if (['of', 'skills', 'person', 'team', 'manager', 'managers', 'department'].includes(tokens[i + phrase.length]?.w ?? '')) return null;
  let cue: Characteristic | undefined;
  for (const t of tokens) cue ??= UNNAMED_CUES.get(t.w);
  const characteristic = own ?? cue;
  return { from: i, to: i + phrase.length - 1, characteristic: characteristic ?? 'race', pronoun: true, weak: true, unnamed: characteristic ? 'cued' : 'bare' };
}

/** Nouns for one person by gender or age, which a writer uses to point at someone without meaning the group. */
const ONE_PERSON = new Set(['woman', 'lady', 'girl', 'gal', 'chick', 'female', 'man', 'guy', 'bloke', 'boy', 'dude', 'fella', 'gentleman', 'male']);
/** What follows "the woman" when one woman is meant: "the woman at the desk", "the lady next door", "the man who ...". */
const PLACING = new Set(['at', 'in', 'on', 'next', 'from', 'who', 'behind', 'across', 'upstairs', 'downstairs', 'opposite', 'with', 'outside']);

/**
 * "This woman is lazy", "that old man is slow", "the lady at the till was rude": one person pointed at and named by gender
 * or age. An insult to them is a person's (the inflammatory rules' business); it generalises about no group.
 */
export function pointsAtOne(tokens: readonly Token[], g: GroupMention): boolean {
  if (g.pronoun || (g.characteristic !== 'gender' && g.characteristic !== 'age') || !ONE_PERSON.has(tokens[g.to]?.w ?? '')) return false;
  const det = tokens[g.from - 1]?.w ?? '';
  return det === 'this' || det === 'that' || (det === 'the' && PLACING.has(tokens[g.to + 1]?.w ?? ''));
}

/** Singular members of a gender group ("for a girl"); plural nouns and identity adjectives come from the lexicon. */
export const SINGULAR_GENDER = new Set(['girl', 'woman', 'lady', 'female', 'chick', 'gal']);

/** An identity starting at token i: a group mention, a singular gender noun, or a one-word identity adjective/noun. */
export function identityAt(tokens: readonly Token[], groups: readonly GroupMention[], i: number): GroupMention | null {
  const g = groups.find((m) => m.from === i && !m.pronoun);
  if (g) return g;
  const w = tokens[i]?.w ?? '';
  if (SINGULAR_GENDER.has(w)) return { from: i, to: i, characteristic: 'gender', pronoun: false, weak: false };
  const c = identityAdjective(w);
  // ("Asian carp are taking over the river", "German shepherds": a species, not people)
  if (c && c !== 'age' && !SPECIES.has(tokens[i + 1]?.w ?? '')) return { from: i, to: i, characteristic: c, pronoun: false, weak: true };
  return null;
}

/** Animals and plants an identity adjective names: "Asian hornets", "German shepherds", "Japanese knotweed". */
const SPECIES = new Set(`carp hornet hornets shepherd shepherds mastiff mastiffs terrier terriers spaniel spaniels setter setters pointer pointers
  sheepdog sheepdogs husky huskies elephant elephants tiger tigers lion lions bear bears wolf wolves beetle beetles ladybird ladybirds ladybug
  ladybugs knotweed balsam mussel mussels crayfish mink cockroach cockroaches wasp wasps bee bees cattle cow cows rabbit rabbits squirrel squirrels
  ivy oak oaks maple maples buffalo bison rhino rhinos cobra cobras python pythons parrot parrots pony ponies goat goats sheep pig pigs mosquito
  mosquitoes moth moths fly flies ant ants hound hounds bulldog bulldogs poodle poodles chihuahua chihuahuas`.split(/\s+/));

/** Words between a group and what it is told to do: "[group] can (just) go ...", "[group] should all ...". */
const TOLD_MODALS = new Set(['can', 'should', 'must', 'could', 'may', 'need', 'needs', 'gotta', 'ought']);
const TOLD_BRIDGE = new Set([...TOLD_MODALS, 'to', 'just', 'all', 'please', 'go', 'right']);

/**
 * "Muslims can go to hell", "refugees should fuck off back home": the words from `from` are told to a protected group
 * named as their subject, so they attack the group (the protected rules' business), not a person in the conversation.
 */
export function toldToGroup(tokens: readonly Token[], groups: readonly GroupMention[], from: number): boolean {
  return groups.some((g) => {
    if (g.pronoun || g.to >= from || from - g.to > 4) return false;
    const bridge = tokens.slice(g.to + 1, from);
    return bridge.some((t) => TOLD_MODALS.has(t.w)) && bridge.every((t) => TOLD_BRIDGE.has(t.w));
  });
}

/**
 * One member named after "a", "any", "every", "next", "first", "another", "one more" or "that" that find-groups leaves alone ("If a lesbian moves onto my street I'll burn
 * their house down"), for the threat readings only: a threat to one member for who they are is a threat to the group.
 * Not gender after "a" ("a woman"), which names a person as often as a group.
 */
export function singularMembers(tokens: readonly Token[], groups: readonly GroupMention[]): GroupMention[] {
  const out: GroupMention[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const q = tokens[i - 1]?.w ?? '';
    if (!['a', 'an', 'any', 'every', 'each', 'next', 'first', 'another', 'more', 'that', 'this'].includes(q) || groups.some((g) => i >= g.from && i <= g.to)) continue;
    const id = identityAt(tokens, groups, i);
    // ("a black eye", "an old car": a colour or an age before a thing names no one)
    if (id && id.from === id.to && ['black', 'white', 'brown', 'red', 'yellow', 'old', 'older', 'young', 'native', 'straight'].includes(tokens[id.from]?.w ?? '') && !PERSON_NOUNS.has(tokens[id.to + 1]?.w ?? '')) continue;
    // (gender too after "next", "first", "another" or "one more": "I'll run over the next girl who crosses"; not "push every girl
    // in my class to try coding", "smash any girl who challenges me at ping pong")
    if (id && !id.pronoun && (id.characteristic !== 'gender' || ['next', 'first', 'another', 'more'].includes(q))) out.push({ ...id, weak: false });
  }
  return out;
}

