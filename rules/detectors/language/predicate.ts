/**
 * What a clause says about its subject, read from the tokens after it: "[group] are (not) X", "[group]
 * should be deported", "[group] can't drive", "[group] steal our jobs". A small hand-written reader,
 * not a parser: it skips auxiliaries, negators and filler adverbs, then looks the head word up in the
 * predicate lexicons. Negation flips the reading: "are not capable" attacks, "are not criminals" defends.
 */
import { acquaintanceClauseEnd } from './acquaintance';
import {
  COMPETENCE_VERBS, DEHUMANISING, EXCLUSION_INTRANSITIVE, EXCLUSION_VERBS, INSULT_ADJECTIVES, INSULT_NOUNS, NEGATIVE_ATTRIBUTES,
  PERSON_WORDS, POSITIVE_ATTRIBUTES, WEAK_INSULT_NOUNS,
} from './lexicon/words';
import {
  AGAINST_VERBS, BLAMED_RESULTS, CHILDREN, CONTROL_PASSIVES, CRIME_NOUNS, CRIME_VERBS, DEMANDED, ENTITLEMENT, FACULTIES, LOW_PLACES, MORE_DEHUMANISING, MORE_NEGATIVE, MORE_POSITIVE,
  NEVER_DUTIES, QUALITIES, REFUSED_ACTS, REVERSALS, SENSE_OF, SILENCING, TOO_TRAITS, VICE_OBJECTS, VICE_VERBS, WORTH_ACTS,
} from './lexicon/derogation';
import type { GroupMention } from './find-groups';
import { CLAUSE_BREAK, NEGATORS, type Token } from './tokens';

/** 'positive': a non-negated positive predicate; an attack only under a negated opinion ("I don't think [group] are capable"). */
export type AttackKind = 'generalisation' | 'dehumanising' | 'exclusion' | 'negated-positive' | 'stereotype' | 'derogation';

/** An attack found around a group mention: the span, the group and what kind of attack it is. */
export interface Attack {
  from: number;
  to: number;
  group: GroupMention;
  kind: AttackKind;
  what: string;
  person: boolean;
  /** the attack is a denied positive opinion: the denial is the attack, not a reason to lower confidence */
  denial?: boolean;
  /** a reading less sure than its kind's usual confidence (the cue score fallback) */
  confidence?: number;
}

export interface PredicateReading {
  kind: AttackKind | 'negated-attack' | 'positive';
  /** last token index of the predicate */
  end: number;
  head: string;
  /** read by word class as a habit ("[group] sell drugs"): a stereotype of a protected group, mere criticism of a party or a trade */
  habit?: boolean;
}

/** What a family or a couple "takes over" by buying it. */
const BUSINESSES = new Set(['shop', 'cafe', 'café', 'pub', 'bar', 'restaurant', 'takeaway', 'bakery', 'office', 'allotment', 'business', 'lease', 'franchise', 'salon', 'garage', 'farm', 'hotel', 'laundrette', 'launderette', 'chippy', 'newsagent', 'newsagents', 'corner', 'deli', 'kebab', 'chip', 'market', 'stall', 'shops']);
/** What one "steals" in praise: "stole the show", "steal my heart". */
const STOLEN_IDIOMS = new Set(['show', 'heart', 'hearts', 'limelight', 'spotlight']);
/** Verbs of taking a motive trope names: "come here to take", "came over to sponge". */
const TAKING = new Set(['take', 'steal', 'sponge', 'scrounge', 'leech', 'freeload', 'mooch', 'rob', 'loot', 'cheat', 'milk', 'exploit', 'abuse']);

/** Acts whose permission nobody should have: "I don't think men should be allowed to hit women" rejects the act, not the men. */
const HARMFUL_ACTS = new Set(['hit', 'harass', 'abuse', 'bully', 'discriminate', 'insult', 'threaten', 'touch', 'grope', 'intimidate', 'exploit', 'cheat', 'lie', 'steal', 'drink', 'smoke', 'dump', 'pollute', 'park', 'speed', 'break', 'ignore', 'evade', 'dodge', 'do', 'just', 'keep',
  // harms suffered: "allowed to fall through the cracks", "allowed to go hungry"
  'fall', 'suffer', 'die', 'starve', 'struggle', 'sleep', 'slip', 'drown', 'rot', 'freeze', 'languish', 'go']);

/** Words after a past ban that place it in history: "were not allowed to vote until 1918". */
const HISTORY_MARKS = new Set(['until', 'till', 'before', 'decades', 'centuries', 'century', 'once', 'ago', 'then']);
const YEAR = /^1[5-9]\d\d$|^20[0-2]\d$/;
const COPULA = new Set(['are', 'is', 'was', 'were', 'be', 'been', 'being', 'am', "'re", "'s"]);
const MODAL = new Set(['will', 'would', 'should', 'must', 'can', 'could', 'may', 'might', 'shall', 'ought', 'need', 'needs', 'deserve', 'deserves', 'have', 'has', 'had', 'got', 'get', 'gets', 'do', 'does', 'did', 'to', 'going', 'gonna']);
const PERFECT = new Set(['have', 'has', 'had']);
const DEONTIC = new Set(['should', 'must', 'ought', 'need', 'needs', 'deserve', 'deserves', 'have', 'has', 'got', 'gotta']);
const FILLER = new Set([
  'all', 'just', 'really', 'simply', 'basically', 'literally', 'always', 'naturally', 'inherently', 'genuinely', 'truly', 'so', 'too',
  'very', 'only', 'mostly', 'generally', 'usually', 'often', 'clearly', 'obviously', 'honestly', 'actually', 'probably', 'definitely',
  'even', 'ever', 'still', 'much', 'kind', 'sort', 'of', 'nothing', 'a', 'an', 'the', 'such', 'bunch', 'pack', 'complete', 'total',
  'absolute', 'fucking', 'bloody', 'damn', 'lot', 'most', 'born', 'by', 'nature', 'fundamentally', 'biologically', 'pretty', 'quite',
  'rather', 'utterly', 'completely', 'totally', 'entirely', 'mere', 'merely', 'like', 'than', 'but', 'no', 'better', 'same', 'as',
  'own', 'worse', 'dirty', 'filthy', 'disgusting', 'dumb', 'stupid', 'lazy', 'useless', 'evil', 'sick', 'nasty', 'typical', 'fucked',
  'this', 'that', 'one', 'big', 'huge', 'massive', 'same', 'here', 'there', 'now', 'today', 'nowadays', 'anymore',
  // ("either a drunk or a thief", "a nation of drunks", "a race of thieves": the noun after them is the head)
  'either', 'nation', 'race', 'herd', 'horde', 'gang',
  // "all potential terrorists", "a ticking time bomb": hedges that still predicate the noun after them
  'potential', 'wannabe', 'secret', 'closet', 'ticking', 'walking', 'feral', 'little',
  // ("a net drain", "stray dogs", "rabid animals": a measure or a kind before the noun)
  'net', 'stray', 'rabid', 'mangy',
  // ("don't deserve a shred of sympathy", "aren't any good at"): a measure of the quality denied
  'shred', 'ounce', 'iota', 'scrap', 'speck', 'crumb',
  // ("pieces of shit", "a piece of trash": the measure before the noun)
  'piece', 'pieces',
  // ("a shitty drain on everyone": a profane intensifier)
  'shitty', 'crappy', 'fuckin',
]);
/** Roles a group is said to make bad ones of: "[group] make the worst mothers". */
const MADE_ROLES = new Set(['mothers', 'mums', 'moms', 'fathers', 'dads', 'parents', 'wives', 'husbands', 'drivers', 'leaders', 'doctors', 'nurses', 'teachers', 'employees', 'workers', 'bosses', 'managers', 'friends', 'neighbours', 'neighbors', 'soldiers', 'pilots', 'students', 'citizens', 'partners', 'girlfriends', 'boyfriends', 'colleagues', 'coworkers', 'politicians', 'engineers', 'scientists', 'programmers', 'coders', 'cops', 'police', 'officers', 'tenants', 'people', 'humans', 'role', 'models']);
/** Words before the noun of what a group is blamed for: "all the world's", "most of this country's". */
const OBJECT_LEAD = new Set(['rise', 'increase', 'surge', 'spike', 'growth', 'explosion', 'in', 'knife', 'gun', 'violent', 'street', 'petty', 'organised', 'organized', 'all', 'most', 'much', 'many', 'of', 'the', 'our', 'this', 'these', 'every', 'single', 'world', "world's", 'worlds', 'country', "country's", 'countrys', 'society', "society's", 'societys', "'s", 'modern', 'rising', 'recent', 'current', 'today', "today's", 'its', 'their', 'britain', "britain's", 'america', "america's", 'europe', "europe's"]);
/** What a group is blamed for being behind or responsible for. */
const BLAMED_HEADS = new Set(['problems', 'problem', 'ills', 'crime', 'crimes', 'violence', 'decline', 'chaos', 'terrorism', 'terror', 'riots', 'rapes', 'rape', 'trouble', 'troubles', 'misery', 'decay', 'drugs', 'mess', 'collapse', 'ruin', 'crisis', 'crises', 'unemployment', 'poverty', 'disease', 'diseases', 'wars', 'war', 'evil', 'evils', 'corruption', 'degeneracy', 'filth']);
/** People nouns a fault word describes ("worse leaders", "lazy citizens"): the fault, not the noun, is the head. */
const ROLE_AFTER_FAULT = new Set(['leaders', 'leader', 'engineers', 'managers', 'bosses', 'doctors', 'scientists', 'citizens', 'people', 'humans', 'men', 'women', 'parents', 'drivers', 'workers', 'employees', 'teachers', 'students']);
const MEASURE = new Set(['shred', 'ounce', 'iota', 'scrap', 'speck', 'crumb', 'bit']);

/** Stereotyped acts that need no object: "[group] always lie", "[group] are ruining everything". */
const HARM_ACTS = new Set([
  'ruin', 'ruins', 'ruining', 'destroy', 'destroys', 'destroying', 'steal', 'steals', 'stealing', 'rape', 'rapes', 'raping', 'invade',
  'invades', 'invading', 'infest', 'infests', 'infesting', 'breed', 'stink', 'stinks', 'smell', 'cheat', 'cheats', 'cheating', 'lie',
  'lies', 'lying', 'leech', 'leeching', 'sponge', 'sponging', 'scrounge', 'scrounging', 'poison', 'poisons', 'poisoning', 'corrupt',
  'corrupting', 'groom', 'grooms', 'grooming', 'molest', 'molesting', 'prey', 'exploit', 'exploiting', 'swarm', 'swarming', 'overrun',
  'pollute', 'pollutes', 'polluting', 'polluted', 'contaminate', 'contaminates', 'contaminating', 'taint', 'taints', 'tainting',
  'infect', 'infects', 'infecting', 'wreck', 'wrecks', 'wrecking', 'wrecked', 'ruined', 'destroyed', 'infested', 'plague', 'plagues',
  'plaguing', 'disgust', 'disgusts', 'sicken', 'sickens', 'repulse', 'repulses', 'terrorise', 'terrorises', 'terrorize', 'terrorizes',
  'rob', 'robs', 'robbing', 'scam', 'scams', 'scamming', 'mug', 'mugs', 'mugging', 'brainwash', 'brainwashing', 'indoctrinate', 'indoctrinates',
  'indoctrinating',
]);
/**
 * Complaints made into a trait only when generalised ("[group] always whine", "why do [group] complain so
 * much", "do [group] ever stop whining"); a plain report ("workers complain about pay") stays out.
 */
const HABIT_ACTS = new Set([
  'whine', 'whines', 'whining', 'complain', 'complains', 'complaining', 'moan', 'moans', 'moaning', 'beg', 'begs', 'begging', 'mooch',
  'mooching', 'riot', 'rioting', 'loot', 'looting', 'scream', 'screaming', 'nag', 'nagging', 'cry', 'crying', 'overreact', 'overreacting',
  'freeload', 'freeloading', 'breed', 'breeding', 'multiply',
]);
const GENERALISING = new Set(['always', 'constantly', 'forever', 'ever', 'all', 'never', 'stop']);
/** What a group is blamed for making people do or lose: "the reason I lock my car", "why we can't have nice things". */
const PRECAUTIONS = new Set(['lock', 'locks', 'locked', 'avoid', 'afraid', 'scared', 'worried', 'fear', 'moved', 'carry', 'nice', 'clutch', 'hide', 'unsafe']);

/** After "moved": a move toward somewhere, which a group draws people to rather than drives them from. */
const TOWARD = new Set(['to', 'here', 'in', 'into', 'closer', 'near', 'next']);

/** Traits that are only a stereotype once generalised: "[group] are always late", "always so dramatic". */
const MILD_TRAITS = new Set([
  'late', 'loud', 'noisy', 'broke', 'pushy', 'dramatic', 'weird', 'cheap', 'rude', 'bossy', 'emotional', 'hysterical', 'sneaky', 'shady',
  'drunk', 'high', 'angry', 'bitter', 'nagging', 'moody', 'clingy', 'needy', 'difficult', 'awkward', 'offended',
  'stingy', 'messy', 'sloppy', 'unreliable', 'untrustworthy', 'suspicious',
]);
/** Stock phrases of a generalised habit: "always playing the victim", "always causing trouble", "always up to something". */
function habitPhrase(tokens: readonly Token[], i: number): number {
  const [a, b, c] = [word(tokens, i), word(tokens, i + 1), word(tokens, i + 2)];
  if (a === 'playing' && b === 'the' && ['victim', 'race', 'card'].includes(c)) return i + 2;
  if (a === 'causing' && ['trouble', 'problems', 'drama'].includes(b)) return i + 1;
  if (a === 'up' && b === 'to' && ['something', 'no'].includes(c)) return c === 'no' ? i + 3 : i + 2;
  if (a === 'looking' && b === 'for' && ['trouble', 'handouts', 'a'].includes(c)) return i + 2;
  return -1;
}
/** What erosion verbs wear away when the group is cast as a threat to it: "diluting our culture". */
const HERITAGE = ['culture', 'identity', 'values', 'heritage', 'race', 'blood', 'bloodline', 'nation', 'traditions', 'way', 'gene', 'genes'];
/** What a negated "value / respect" denies a group cares for: "[group] don't value education". */
const VALUED = new Set(['education', 'life', 'lives', 'family', 'families', 'work', 'hygiene', 'women', 'law', 'laws', 'rules', 'property', 'human', 'marriage', 'honesty', 'learning', 'school', 'freedom', 'democracy', 'truth', 'hard']);
/** Whom a negated "care about" denies a group thinks of: "[group] don't care about anyone else / their own kids / our laws". */
const CARED_FOR = new Set(['anyone', 'anybody', 'others', 'everyone', 'everybody', 'kids', 'children', 'family', 'families', 'wives', 'husbands', 'parents', 'elders', 'neighbours', 'neighbors', 'country', 'community', 'laws', 'law', 'rules', 'values', 'culture', 'safety', 'hygiene', 'consequences']);
/** What after the one cared for makes it their say, not their welfare: "anyone's opinion", "anybody's approval". */
const SAY_SO = new Set(["'s", 's', 'opinion', 'opinions', 'approval', 'judgement', 'judgment', 'permission', 'labels', 'gaze', 'views', 'thoughts']);
/** Words after a refused "want to work" that give it a setting ("for free", "with racists", "here"): the setting is refused, not work. */
const WORK_SETTINGS = new Set(['on', 'at', 'for', 'out', 'late', 'without', 'until', 'unless', 'alone', 'weekends', 'sundays', 'with', 'here', 'there', 'in', 'under', 'from', 'alongside', 'nights', 'overtime', 'as', 'like', 'somewhere', 'anywhere', 'where', 'when', 'if', 'because', 'the', 'illegally', 'legally', 'unpaid', 'cash', 'informally', 'off']);
/** Vices a group may be told to disprove: "prove they aren't terrorists". */
const VICE_NOUNS = new Set([...CRIME_NOUNS, 'predators', 'groomers', 'paedophiles', 'pedophiles', 'extremists', 'jihadists', 'spies', 'illegals', 'radicals', 'freeloaders', 'scroungers']);
/** Words that give a cause for a job not done ("because of the childcare costs", "without support"): a hardship, not a lack. */
const HINDERED_BY = new Set(['because', 'without', 'due', 'since', 'until', 'unless', 'if', 'when', 'while', 'given', 'as']);
/** What everyone holds, which "[group] should have their ... taken away" removes. */
const HELD_THINGS = new Set(['licences', 'licence', 'licenses', 'license', 'children', 'kids', 'babies', 'votes', 'vote', 'passports', 'passport', 'citizenship', 'rights', 'benefits', 'pensions', 'homes', 'houses', 'visas', 'businesses', 'jobs', 'property', 'freedom', 'freedoms', 'papers']);
const TAKEN_FROM = new Set(['taken', 'removed', 'revoked', 'stripped', 'confiscated', 'thrown', 'cancelled', 'canceled', 'seized', 'withdrawn']);
/** Things of a group's that others hold up: "because their permits / visas / papers take months". */
const HELD_UP = new Set(['permits', 'permit', 'visas', 'visa', 'papers', 'paperwork', 'applications', 'application', 'status', 'claims', 'claim', 'cases', 'case', 'qualifications', 'degrees', 'licences', 'licenses', 'employers', 'landlords', 'bosses', 'managers', 'documents', 'benefits', 'carers']);
/** What "morally" makes a verdict on a group: "morally bankrupt", "morally inferior". */
const MORAL_FAILINGS = new Set(['bankrupt', 'deficient', 'degenerate', 'depraved', 'corrupt', 'inferior', 'bereft', 'empty', 'broken', 'lost', 'defective', 'bankrupted', 'void']);
/** A profession's act in the progressive, refused to a group: "[group] shouldn't be treating patients". */
const PRACTISING = new Set(['treating', 'teaching', 'flying', 'operating', 'nursing', 'coaching', 'judging', 'policing', 'managing', 'leading', 'representing', 'caring', 'educating', 'babysitting', 'defending', 'prosecuting', 'diagnosing']);
/** Superlatives of negative traits the lexicons hold in their base form: "the weakest link", "the laziest". */
function superlativeBase(w: string): string | null {
  if (!/est$/.test(w) || w.length < 6) return null;
  const stem = w.slice(0, -3);
  for (const b of [stem, `${stem}e`, stem.replace(/i$/, 'y'), stem.replace(/(.)\1$/, '$1')]) if (NEGATIVE_ATTRIBUTES.has(b) || MORE_NEGATIVE.has(b) || TOO_TRAITS.has(b) || b === 'low') return b;
  return null;
}
/** Acts that are a stereotype only with their object: "take our jobs", "bring crime", "control the media". */
const HARM_WITH_OBJECT: Readonly<Record<string, readonly string[]>> = {
  take: ['jobs', 'job', 'benefits', 'homes', 'houses', 'money', 'women', 'country', 'over', 'advantage', 'beds', 'oxygen', 'resources'],
  bring: ['crime', 'crimes', 'drugs', 'disease', 'diseases', 'violence', 'terror', 'terrorism', 'rape', 'down'],
  spread: ['disease', 'diseases', 'crime', 'lies', 'hiv', 'aids', 'filth'],
  control: ['media', 'banks', 'bank', 'world', 'government', 'hollywood', 'money', 'economy', 'everything'],
  run: ['media', 'banks', 'world', 'hollywood'],
  eat: ['dogs', 'dog', 'cats', 'bats'],
  kill: ['people', 'us', 'children', 'kids', 'babies', 'innocents', 'christians', 'whites'],
  hate: ['us', 'america', 'freedom', 'women', 'men', 'christians', 'jews', 'whites', 'westerners'],
  // "[group] make me sick", "[group] drag down every school", "[group] play the victim", "[group] want handouts"
  make: ['sick', 'puke', 'vomit', 'ill', 'gag', 'uncomfortable', 'uneasy', 'nervous', 'worse', 'unsafe', 'dirtier', 'uglier', 'poorer', 'dangerous'],
  drag: ['down'],
  lower: ['tone', 'standards', 'standard', 'values', 'value', 'property', 'bar', 'quality', 'average'],
  // burdens and erosion: "[group] cost us billions", "are bleeding the system dry", "are diluting our culture", "hold the economy back"
  cost: ['us', 'taxpayers', 'billions', 'millions', 'fortune', 'taxpayer'],
  bleed: ['dry'],
  drain: ['resources', 'system', 'welfare', 'economy', 'nhs', 'taxpayers', 'country', 'coffers'],
  hold: ['back'],
  dilute: HERITAGE, erode: HERITAGE, undermine: HERITAGE, water: ['down'], pollute: HERITAGE,
  replace: ['us', 'whites', 'natives', 'locals', 'christians'],
  // "soon they'll outnumber us": the replacement trope
  outnumber: ['us', 'whites', 'natives', 'locals', 'christians', 'brits', 'americans'],
  confuse: ['kids', 'children', 'our', 'youth'],
  play: ['victim', 'victims', 'card'],
  cause: ['crime', 'problems', 'trouble', 'chaos', 'violence', 'disease', 'diseases', 'riots'],
  want: [...DEMANDED, 'special'],
  // "[group] love money", "only care about money", "are obsessed with money"
  love: ['money', 'gold', 'drama', 'attention', 'handouts', 'welfare', 'freebies', 'benefits'],
  care: ['money', 'gold'],
  obsessed: ['money', 'gold', 'power', 'drama', 'sex'],
  demand: [...DEMANDED, 'special'],
  expect: [...DEMANDED, 'special'],
};
const HARM_FORMS: Readonly<Record<string, string>> = {
  takes: 'take', taking: 'take', took: 'take', taken: 'take', brings: 'bring', bringing: 'bring', brought: 'bring', outnumbers: 'outnumber', outnumbering: 'outnumber', spreads: 'spread', spreading: 'spread',
  eats: 'eat', eating: 'eat',
  controls: 'control', controlling: 'control', runs: 'run', running: 'run', kills: 'kill', killing: 'kill', hates: 'hate', hating: 'hate',
  makes: 'make', making: 'make', drags: 'drag', dragging: 'drag', lowers: 'lower', lowering: 'lower', plays: 'play', playing: 'play',
  causes: 'cause', causing: 'cause', loves: 'love', cares: 'care', wants: 'want', demands: 'demand', demanding: 'demand', expects: 'expect',
  costs: 'cost', costing: 'cost', bleeding: 'bleed', bleeds: 'bleed', draining: 'drain', drains: 'drain', holding: 'hold', holds: 'hold',
  diluting: 'dilute', dilutes: 'dilute', eroding: 'erode', erodes: 'erode', undermining: 'undermine', undermines: 'undermine', watering: 'water',
  waters: 'water', replacing: 'replace', replaces: 'replace', confusing: 'confuse', confuses: 'confuse', polluting: 'pollute',
};
/** Nouns that make a harm object a modifier: "money talk", "money advice", "media studies". */
const COMPOUND_HEADS = new Set(['pick', 'picks', 'picking', 'cleanup', 'patrol', 'amnesty', 'account', 'accounts', 'branch', 'balance', 'statement', 'talk', 'tips', 'advice', 'management', 'lessons', 'skills', 'podcast', 'podcasts', 'books', 'studies', 'degree', 'degrees', 'classes', 'apps', 'memes', 'puzzles', 'games',
  // "bring crime rates down", "disease control", "the drugs round", "crime dramas", "disease expertise"
  'rates', 'rate', 'control', 'round', 'dramas', 'expertise', 'prevention', 'research', 'figures', 'statistics', 'awareness', 'treatment', 'testing', 'down']);
/** "jobs nobody else wants", "jobs no one will do": a relative clause that says nobody wanted the object. */
function unwantedAfter(tokens: readonly Token[], j: number): boolean {
  const a = word(tokens, j + 1) === 'that' ? j + 2 : j + 1;
  return ['nobody', 'noone'].includes(word(tokens, a)) || (word(tokens, a) === 'no' && word(tokens, a + 1) === 'one') || (word(tokens, a) === 'locals' && ['refuse', 'avoid'].includes(word(tokens, a + 1)));
}
/** After "take over": an arena within three words, or "world" with a field before it ("the chess world"). */
function arenaAfter(tokens: readonly Token[], j: number): boolean {
  for (let x = j + 1; x <= j + 4 && x < tokens.length && !CLAUSE_BREAK.has(word(tokens, x)); x++) {
    const w = word(tokens, x);
    // ("the Turkish family took over the kebab shop": a business bought)
    if (ARENAS.has(w) || BUSINESSES.has(w)) return true;
    if (w === 'world' && x > j + 2 && !['the', 'our', 'whole', 'entire', 'free', 'western', 'white'].includes(word(tokens, x - 1))) return true;
  }
  return false;
}
/** A verb of harm that takes an object ("lower the bar", "take our jobs"), in any form. */
function harmVerb(w: string): boolean {
  return Object.hasOwn(HARM_WITH_OBJECT, w) || Object.hasOwn(HARM_FORMS, w);
}
/** Negative attributes that are also passing reactions ("angry about ...", "bitter over ..."). */
const REACTIONS = new Set(['angry', 'loud', 'bitter', 'hostile', 'aggressive', 'annoyed', 'upset', 'emotional', 'hysterical', 'scared', 'afraid', 'confused', 'sick', 'tired', 'frustrated']);
const REACTION_CAUSES = new Set(['about', 'at', 'over', 'that', 'with', 'because', 'after', 'when', 'for', 'of', 'from', 'in', 'on', 'by']);

/** "less capable", "worse leaders": comparison flips the polarity of what follows. */
const DIMINISHERS = new Set(['less', 'fewer', 'lesser']);
/** Nouns that carry the attack after an attribute: "bad drivers", "terrible engineers", "second-class citizens". */
const ROLE_AFTER_BAD = new Set(['bad', 'terrible', 'horrible', 'awful', 'worse', 'worst', 'poor', 'lousy', 'inferior', 'second', 'lower']);

/** What treats and kindness "ruin" for the writer: "ruined my diet". */
const INDULGED = new Set(['diet', 'diets', 'waistline', 'figure', 'willpower', 'resolution', 'resolutions', 'detox', 'cut', 'bulk', 'macros']);
/** Where belonging is a group's standing: "here", "in this country", "in tech", "in our schools". */
const STANDING_PLACES = new Set(['country', 'countries', 'society', 'community', 'communities', 'workplace', 'workplaces', 'office', 'offices', 'school', 'schools', 'team', 'teams', 'industry', 'tech', 'science', 'sport', 'sports', 'military', 'army', 'government', 'parliament', 'politics', 'church', 'churches', 'neighbourhood', 'neighborhood', 'uk', 'us', 'usa', 'america', 'europe', 'britain', 'england', 'nation', 'world', 'public', 'medicine', 'engineering', 'business', 'leadership', 'power', 'charge']);
function belongsInSociety(tokens: readonly Token[], i: number): boolean {
  const next = word(tokens, i + 1);
  if (next === 'here' || next === 'anywhere' || !next || CLAUSE_BREAK.has(next)) return true;
  if (!['in', 'among', 'with'].includes(next)) return false;
  for (let j = i + 2; j <= i + 4 && j < tokens.length; j++) if (STANDING_PLACES.has(word(tokens, j))) return true;
  return false;
}
/** Verbs of standing that are predicates with no auxiliary: "[group] belong here", "[group] matter". */
const BARE_STANDING = new Set(['belong', 'belongs', 'matter', 'matters']);
/** Where derogation sends a group: "women belong in the kitchen". */
const DEROGATORY_PLACES = new Set(['kitchen', 'sandwich', 'sandwiches', 'zoo', 'cage', 'cages', 'camps', 'oven', 'ovens', 'gutter', 'jungle', 'asylum', 'asylums', 'barefoot', 'closet', 'wall', ...LOW_PLACES]);
/** Ordinary places a "belong in X, not Y" contrast keeps a group out of. */
const ORDINARY_PLACES = new Set(['offices', 'office', 'schools', 'school', 'workplace', 'workplaces', 'boardrooms', 'boardroom', 'parliament', 'politics', 'government', 'tech', 'science', 'sports', 'sport', 'universities', 'university', 'classrooms', 'classroom', 'public', 'society', 'country', 'here', 'neighbourhoods', 'neighborhoods', 'streets', 'leadership', 'management', 'military', 'army', 'charge', 'power', 'work', 'jobs', 'cities', 'town', 'towns', 'europe', 'britain', 'america']);
/** Where confinement sends a group: "[group] should be put in camps / behind bars". */
const CONFINEMENT_PLACES = new Set(['camp', 'camps', 'jail', 'jails', 'prison', 'prisons', 'ghetto', 'ghettos', 'bars', 'cage', 'cages', 'asylum', 'asylums', 'institutions', 'reservations', 'gulags', 'gulag', 'pens', 'zoos', 'chambers', 'chamber', 'ovens', 'furnace', 'furnaces']);
/** Passive confinement and removal verbs: "should be put in ...", "should be kept out". */
const CONFINE_VERBS = new Set(['put', 'placed', 'kept', 'locked', 'thrown', 'shipped', 'herded', 'sent', 'packed', 'stuck', 'forced']);
const AWAY = new Set(['out', 'away', 'apart', 'separate', 'separated', 'off', 'back']);

/** The endings of adjectives ("casteist", "godless", "barbaric", "thuggish", "treasonous"). */
const UNKNOWN_MODIFIER = /^[a-z]{3,}(?:ist|ic|ish|less|ous|ful|al|ive|ary|ant|ent|ile)$/;
/** Words with those endings that are no modifier of the noun after them. */
const NOT_MODIFIERS = new Set([
  // (labels of bigotry judge a claim: "I told them that's racist rubbish")
  'racist', 'sexist', 'ableist', 'ageist', 'classist', 'fascist', 'elitist', 'homophobic', 'transphobic', 'islamophobic', 'xenophobic', 'antisemitic', 'misogynistic', 'chauvinist', 'chauvinistic', 'supremacist', 'nationalist',
  'usual', 'equal', 'several', 'actual', 'potential', 'essential', 'total', 'real', 'mental', 'typical', 'special', 'original', 'present', 'different', 'excellent', 'efficient', 'innocent', 'patient', 'recent', 'frequent', 'constant', 'current', 'dependent', 'independent', 'ancient', 'confident', 'important', 'significant', 'relevant', 'brilliant', 'elegant', 'pleasant', 'tolerant', 'vigilant', 'militant', 'immigrant', 'migrant', 'peaceful', 'successful', 'helpful', 'useful', 'grateful', 'careful', 'beautiful', 'wonderful', 'powerful', 'respectful', 'thoughtful', 'faithful', 'skilful', 'skillful', 'joyful', 'famous', 'generous', 'religious', 'serious', 'various', 'numerous', 'previous', 'obvious', 'nervous', 'curious', 'anxious', 'conscious', 'cautious', 'public', 'basic', 'specific', 'classic', 'critical', 'political', 'historical', 'typical', 'artistic', 'athletic', 'domestic', 'economic', 'academic', 'scientific', 'realistic', 'optimistic', 'enthusiastic', 'fantastic', 'active', 'creative', 'positive', 'negative', 'native', 'relative', 'effective', 'attractive', 'protective', 'supportive', 'sensitive', 'primary', 'necessary', 'ordinary', 'military', 'temporary', 'voluntary', 'legendary', 'visionary', 'english', 'british', 'irish', 'scottish', 'welsh', 'spanish', 'jewish', 'turkish', 'polish', 'danish', 'swedish', 'finnish', 'kurdish', 'foolish', 'selfish', 'childish', 'stylish']);

/** A noun that heads an insulting predicate ("bigots", "savages", "parasites"). */
function insultHead(x: string): boolean {
  return NEGATIVE_ATTRIBUTES.has(x) || MORE_NEGATIVE.has(x) || DEHUMANISING.has(x) || MORE_DEHUMANISING.has(x) || INSULT_NOUNS.has(x);
}

function word(tokens: readonly Token[], i: number): string {
  return tokens[i]?.w ?? '';
}

/** An attribute word of either polarity, or one that "more" sharpens. */
function isAttribute(x: string): boolean {
  return NEGATIVE_ATTRIBUTES.has(x) || MORE_NEGATIVE.has(x) || POSITIVE_ATTRIBUTES.has(x);
}
/**
 * "[group] are cold, robotic and untrustworthy": in a list of single words after the copula, the negative attribute
 * is the head (the list is read only when its first word is no attribute, and only while it stays a list of words).
 */
function worstListed(tokens: readonly Token[], i: number): number {
  if (isAttribute(word(tokens, i)) || ![',', 'and', 'or'].includes(word(tokens, i + 1))) return i;
  const ends = (x: number): boolean => x >= tokens.length || [',', 'and', 'or', '.', '!', '?', ';'].includes(word(tokens, x));
  for (let j = i; j < i + 9 && j < tokens.length && ends(j + 1); ) {
    if (j > i && NEGATIVE_ATTRIBUTES.has(word(tokens, j))) return j;
    j += 1;
    while ([',', 'and', 'or'].includes(word(tokens, j))) j++;
  }
  return i;
}
/** Verbs of saying and thinking inside a relative clause: "[group] who say ...". */
const CLAIMED = new Set(['say', 'says', 'said', 'claim', 'claims', 'insist', 'insists', 'argue', 'argues', 'tweet', 'tweets', 'post', 'posts', 'write', 'writes']);
/** Adverbs that report how a group fares rather than what it is: "historically less trusted". */
const REPORTING_ADVERBS = new Set(['historically', 'systematically', 'routinely', 'statistically']);
/** Words that condemn what the sentence reports: "Women can rot in jail for it in some states, and that's outrageous". */
const CONDEMNING = new Set(['outrageous', 'cruel', 'vile', 'disgusting', 'shameful', 'appalling', 'horrific', 'horrible', 'wrong', 'reported', 'unacceptable', 'sickening']);
/** Words after "get [adjective]" that keep the adjective the group's own ("get lazy after marriage", "get violent when drunk"). */
const GET_ADJECTIVE_ENDS = new Set(['at', 'in', 'on', 'with', 'about', 'to', 'and', 'or', 'for', 'as', 'after', 'when', 'once', 'if', 'because', 'around', 'over', 'by', 'so', 'too', 'very', 'really', 'quickly', 'fast', 'easily', 'again', 'every', 'real', 'really', 'all', 'lol', 'though', 'tho', 'then', 'now', 'these', 'nowadays']);

/** Modals that tell a group off ("[group] can go to hell"); "will" and "would" report or predict instead. */
// (not "could" or "may": "older people could die, stay home if you're sick" warns)
const TOLD_OFF_MODALS = new Set(['can', 'should', 'must', 'need', 'needs', 'gotta', 'ought']);
/** The end of "(go) fuck off / fuck themselves / to hell / die / rot / get fucked" at tokens[i], or -1. */
function toldOff(tokens: readonly Token[], i: number): number {
  // a question or a report put to be condemned ("Refugees should rot in detention? That's cruel", "according to the preacher",
  // "and that's outrageous")
  if (tokens[tokens.length - 1]?.w === '?' || tokens.some((t, n) => CONDEMNING.has(t.w) || (t.w === 'according' && word(tokens, n + 1) === 'to'))) return -1;
  let j = i;
  if (word(tokens, j) === 'go') j++;
  const w = word(tokens, j);
  const next = word(tokens, j + 1);
  if (w === 'fuck' || w === 'piss' || w === 'sod' || w === 'bugger') {
    const k = next === 'right' ? j + 2 : j + 1;
    return ['off', 'themselves', 'yourselves'].includes(word(tokens, k)) ? k : -1;
  }
  // ("go to hell and back for their kids", "going to hell in a handbasket": idioms of effort and decline)
  if (w === 'to' && next === 'hell') return ['and', 'in'].includes(word(tokens, j + 2)) ? -1 : j + 1;
  // (without "go", "can die in heatwaves", "can rot in hotels for years" state a risk; only a bare "can rot" tells off)
  if (['die', 'rot', 'choke'].includes(w) && (j > i || !next || CLAUSE_BREAK.has(next) || ['all', ','].includes(next) || (next === 'for' && word(tokens, j + 2) === 'all'))) return j;
  if (w === 'get' && ['fucked', 'stuffed', 'bent'].includes(next)) return j + 1;
  // ("get" may already have been read as the passive's auxiliary)
  if (['fucked', 'stuffed'].includes(w) && word(tokens, j - 1) === 'get' && TOLD_OFF_MODALS.has(word(tokens, j - 2)) && !['over', 'by'].includes(next)) return j;
  return -1;
}

/** Things hung up, which may stand between a group's name and "should be hanging": "Pride flags should be hanging from every lamppost". */
const HUNG_THINGS = new Set(['flags', 'flag', 'banners', 'banner', 'bunting', 'lights', 'decorations', 'posters', 'signs', 'portraits', 'pictures', 'photos', 'paintings', 'stockings', 'lanterns']);

/** Deaths and sufferings called for as a state: "should be hanging from trees", "ought to be rotting in jail". */
const DYING_STATES = new Set(['hanging', 'dying', 'rotting', 'burning', 'starving', 'drowning', 'suffering', 'perishing']);

/** Everyday conduct a stereotype says a group cannot manage: "don't know how to behave / queue / stay sober". */
const KNOWN_CONDUCT = new Set(['behave', 'act', 'dress', 'wash', 'queue', 'integrate', 'park', 'swim', 'listen', 'apologise', 'apologize', 'tip', 'respect', 'clean', 'stay']);

/** Reads a predicate starting at token `k` (right after the subject). `implicitAux`: the copula came before the subject ("why are women so ..."). */
export function readPredicate(tokens: readonly Token[], k: number, implicitAux = false, negatedSubject = false, preAux = ''): PredicateReading | null {
  const r = readPredicateAt(tokens, k, implicitAux, negatedSubject, preAux);
  // "Asian students aren't all good at maths", "women are not all capable of ...": "not all" denies the generalisation, not
  // the merit
  if (r?.kind === 'negated-positive') {
    for (let j = k; j < r.end; j++) if (NEGATORS.has(word(tokens, j)) && word(tokens, j + 1) === 'all') return null;
  }
  return r;
}

function readPredicateAt(tokens: readonly Token[], k: number, implicitAux: boolean, negatedSubject: boolean, preAux: string): PredicateReading | null {
  // "one of Trump's agents is a serial killer": the verb agrees with the one, who is its subject, not the group
  // (not "every single one of [group] is ...", which is all of them)
  if (['is', 'was'].includes(word(tokens, k)) && tokens.slice(Math.max(0, k - 9), k).some((t, n, a) => t.w === 'one' && a[n + 1]?.w === 'of' && !['every', 'each', 'single'].includes(a[n - 1]?.w ?? ''))) return null;
  // "a women's disease", "Black people's music": after a plural the "'s" owns, it does not say "is"
  // ("women's brains are smaller and weaker": the group's faculty judged is the group judged)
  const faculty = word(tokens, k) === "'s" && MINDS.has(word(tokens, k + 1)) && COPULA.has(word(tokens, k + 2));
  if (word(tokens, k) === "'s" && /(?:s|men|people|children|folk)$/.test(word(tokens, k - 1)) && !faculty) return null;
  if (faculty) {
    let j = k + 3;
    while (['just', 'simply', 'naturally', 'genuinely', 'literally', 'all', 'actually', 'biologically', 'physically', 'clearly', 'obviously'].includes(word(tokens, j))) j++;
    // ("smaller on average, but that has nothing to do with intelligence": a measurement, set against the claim)
    const measured = tokens.slice(j + 1).some((t) => ['average', 'but', 'however', 'though'].includes(t.w));
    if (LESSER_FACULTY.has(word(tokens, j)) && !NEGATORS.has(word(tokens, k + 3)) && !measured) return { kind: 'generalisation', end: j, head: word(tokens, j) };
  }
  let i = faculty ? k + 2 : k;
  // "No [group] deserves ...", "Never should [group] ...": a negator before the subject counts too
  let neg = negatedSubject ? 1 : 0;
  let aux = implicitAux;
  let deontic = false;
  // "can [group] even drive?": the modal came before the subject
  let modal = preAux === 'can' ? 'can' : '';
  let diminished = false;
  let passive = false;
  // words that change what the head means: "only good for", "can't even park", "too powerful", "don't deserve to live"
  let only = false;
  let even = false;
  let barely = false;
  let too = false;
  let deserve = false;
  // ("women these days are ...", "kids nowadays are ...": a time said between subject and verb)
  if ((word(tokens, i) === 'these' && word(tokens, i + 1) === 'days') || (word(tokens, i) === 'of' && word(tokens, i + 1) === 'today')) i += 2;
  else if (['nowadays', 'today', 'now'].includes(word(tokens, i)) && (COPULA.has(word(tokens, i + 1)) || MODAL.has(word(tokens, i + 1)))) i += 1;
  // A bare relative clause of acquaintance may too: "the [group] I have met are ...", "every [member] we hired was ...".
  if (!implicitAux) {
    const j = acquaintanceClauseEnd(tokens, i);
    if (j >= 0 && COPULA.has(word(tokens, j))) i = j;
  }
  // A short prepositional phrase may sit between subject and verb: "immigrants from X are ...".
  if (['from', 'in', 'of', 'at', 'on', 'with', 'who', 'that', 'like'].includes(word(tokens, i)) && !implicitAux) {
    let j = i + 1;
    // ... or straight to a verb of harm: "women in engineering lower the bar" (a relative clause may run longer: "any
    // immigrant who comes near my house will ...")
    const reach = ['who', 'that'].includes(word(tokens, i)) ? 8 : 4;
    // (inside a relative clause "to" is a preposition: "who wears a turban to work should be ...")
    const modalAt = (x: number): boolean => MODAL.has(word(tokens, x)) && !(reach === 8 && word(tokens, x) === 'to');
    // (a subject pronoun starts a clause of its own: "my Mexican in-laws think I can't handle spice" is about "I")
    // (not the object of a preposition: "people like you try to lie")
    const ownSubject = (x: number): boolean => reach === 4 && ['i', 'we', 'you', 'he', 'she'].includes(word(tokens, x)) && !['like', 'with', 'of', 'from', 'at', 'on', 'to', 'than', 'for', 'by'].includes(word(tokens, x - 1));
    while (j < i + reach && j < tokens.length && !COPULA.has(word(tokens, j)) && !modalAt(j) && !harmVerb(word(tokens, j)) && !CLAUSE_BREAK.has(word(tokens, j)) && !ownSubject(j)) {
      // ("men who say women can't lead ...": what follows a verb of saying is the claim they make, not said of them; the
      // group's own verb is a second one after the claim's: "[group] who say Islam is peaceful are liars")
      if (reach === 8 && CLAIMED.has(word(tokens, j))) {
        const inner = tokens.findIndex((_, x) => x > j && (COPULA.has(word(tokens, x)) || MODAL.has(word(tokens, x))));
        const outer = inner < 0 ? -1 : tokens.findIndex((_, x) => x > inner + 1 && x <= inner + 6 && COPULA.has(word(tokens, x)));
        if (outer < 0) return null;
        j = outer;
        break;
      }
      j++;
    }
    if (COPULA.has(word(tokens, j)) || modalAt(j) || harmVerb(word(tokens, j))) i = j;
  }
  for (let steps = 0; steps < 10 && i < tokens.length; steps++, i++) {
    const w = word(tokens, i);
    if (w === 'only') only = true;
    else if (w === 'even') even = true;
    else if (w === 'too') too = true;
    // "[group] are always so dramatic": "so" after a generalising "always" reads like "too"
    else if (w === 'so' && ['always', 'all', 'constantly', 'forever'].includes(word(tokens, i - 1))) too = true;
    else if (w === 'deserve' || w === 'deserves') deserve = true;
    // "no better than animals", "nothing more than vermin", "little better than": a negator that compares, not denies
    if ((NEGATORS.has(w) || w === 'little') && ['better', 'more', 'different'].includes(word(tokens, i + 1)) && ['than', 'from'].includes(word(tokens, i + 2))) {
      i += 2;
      continue;
    }
    // "anything but useful", "far from capable": a denial
    if ((w === 'anything' || w === 'far') && ['but', 'from'].includes(word(tokens, i + 1))) {
      neg++;
      i++;
      continue;
    }
    if (w === 'barely' || w === 'scarcely') {
      neg++;
      barely = true;
      continue;
    }
    // "genetically inferior", "morally bankrupt": an adverb before the attribute
    // (and before a comparison: "genetically less intelligent", "naturally more violent")
    // ("historically less trusted by doctors": how others treat the group, reported)
    if (/..ly$/.test(w) && !FILLER.has(w) && !NEGATORS.has(w) && w !== 'barely' && w !== 'scarcely' && (isAttribute(word(tokens, i + 1)) || (['less', 'more'].includes(word(tokens, i + 1)) && isAttribute(word(tokens, i + 2)) && word(tokens, i + 3) !== 'by' && !REPORTING_ADVERBS.has(w)))) continue;
    // "more violent", "more dangerous": the comparison keeps the polarity of the word after it
    if (w === 'more' && (NEGATIVE_ATTRIBUTES.has(word(tokens, i + 1)) || MORE_NEGATIVE.has(word(tokens, i + 1)) || POSITIVE_ATTRIBUTES.has(word(tokens, i + 1)))) continue;
    // "less suited", "less intelligent": a merit lessened is a merit denied
    // ("less suited to the old uniforms / our training format / night shifts" faults the thing the group is fitted to)
    if (w === 'less' && POSITIVE_ATTRIBUTES.has(word(tokens, i + 1)) && word(tokens, i + 2) === 'to' && FITTED_THINGS.has(word(tokens, i + 3))) return null;
    if (w === 'less' && POSITIVE_ATTRIBUTES.has(word(tokens, i + 1))) {
      neg++;
      continue;
    }
    // "[group] are attention seeking lunatics", "rabid dogs": a modifier (or an "-ing" compound) before the insult, which is the head
    if (aux && /^[a-z]+$/.test(w) && !COPULA.has(w) && !MODAL.has(w) && !NEGATORS.has(w) && /^[a-z]{3,}ing$/.test(word(tokens, i + 1)) && (INSULT_NOUNS.has(word(tokens, i + 2)) || DEHUMANISING.has(word(tokens, i + 2)))) {
      i++;
      continue;
    }
    if (aux && ANIMAL_MODIFIERS.has(w) && (DEHUMANISING.has(word(tokens, i + 1)) || MORE_DEHUMANISING.has(word(tokens, i + 1)) || INSULT_NOUNS.has(word(tokens, i + 1)))) continue;
    // "[group] are casteist bigots", "godless savages": an adjective the lexicons do not know, before the insult noun
    // that heads the phrase (by its ending, so verbs stay out: "called freaks", "fleeing murderers")
    if (aux && UNKNOWN_MODIFIER.test(w) && !isAttribute(w) && !MORE_POSITIVE.has(w) && !FILLER.has(w) && !NOT_MODIFIERS.has(w) && insultHead(word(tokens, i + 1))) continue;
    if (COPULA.has(w)) {
      aux = true;
      if (w === 'be' || w === 'been' || w === 'being') passive = true;
    } else if (w === 'do' && modal === 'can' && neg % 2 === 1 && (SKILL_OBJECTS.has(word(tokens, i + 1)) || (['the', 'their', 'a', 'any', 'this', 'that', 'such', 'my', 'our'].includes(word(tokens, i + 1)) && ['job', 'jobs', 'work'].includes(word(tokens, i + 2)) && !tokens.slice(i + 3, i + 12).some((t) => HINDERED_BY.has(t.w)) && word(tokens, tokens.length - 1) !== '?'))) {
      // "[group] can't do maths": "do" is the denied skill here, not an auxiliary
      break;
    } else if (MODAL.has(w)) {
      aux = true;
      modal = w;
      // "have been banned" is the perfect of news, not the obligation of "have to be banned"
      // and "got deported" is news, not the obligation of "got to go"
      if (DEONTIC.has(w) && !(PERFECT.has(w) && word(tokens, i + 1) === 'been') && !(w === 'got' && word(tokens, i + 1) !== 'to')) deontic = true;
    } else if (w === 'nothing' && word(tokens, i + 1) === 'but') i++;
    // ("[group] have zero respect for our laws": zero is a denial)
    else if (NEGATORS.has(w) || (w === 'zero' && ['have', 'has', 'show', 'shows', 'got'].includes(word(tokens, i - 1)))) neg++;
    // ("[group] are sex pests": the compound's head is the insult)
    else if (w === 'sex' && ['pests', 'pest', 'predators', 'predator', 'fiends', 'fiend', 'maniacs', 'maniac', 'offenders', 'perverts', 'perverts', 'criminals', 'obsessed', 'crazed', 'mad'].includes(word(tokens, i + 1))) continue;
    else if (DIMINISHERS.has(w)) diminished = true;
    else if (w === 'allowed' && word(tokens, i + 1) === 'to' && neg === 0) {
      // "[group] should be allowed to ..." is a statement of rights, not an attack: a right (so "I don't think [group]
      // should be allowed to vote" denies it), unless what is allowed is itself a harm ("men should be allowed to hit ...")
      const act = word(tokens, i + 2);
      // "should be allowed to be fired / left alone / exploited": a harm suffered, whose permission nobody should have
      const suffered = act === 'be' && (/[a-z]{3}(ed|en)$/.test(word(tokens, i + 3)) || ['left', 'made', 'kept', 'paid', 'put', 'hurt', 'shot', 'let'].includes(word(tokens, i + 3)));
      // "... allowed to vote before they're citizens": a condition, not a refusal
      const conditional = tokens.slice(i + 3, i + 9).some((t) => ['until', 'before', 'unless'].includes(t.w));
      return deontic && !suffered && !conditional && !EXCLUSION_VERBS.has(act) && !HARMFUL_ACTS.has(act) ? { kind: 'positive', end: i, head: 'allowed' } : null;
    } else if (w === 'time' && /^bombs?$/.test(word(tokens, i + 1))) {
      continue;
    } else if (['tend', 'tends'].includes(w) && word(tokens, i + 1) === 'to' && word(tokens, i + 2) === 'be') {
      // "[group] tend to be ...": a copula
      aux = true;
      i += 2;
      continue;
    } else if (w === 'known' && word(tokens, i + 1) === 'for' && word(tokens, i + 2) === 'being' && COPULA.has(word(tokens, i - 1))) {
      // "[group] are known for being ...": the copula again ("being" is read next, so "known for being targeted" stays passive)
      i += 1;
      continue;
    } else if (w === 'by' && ['nature', 'definition'].includes(word(tokens, i + 1))) {
      // "[group] are by nature intolerant"
      i += 1;
      continue;
    } else if ((w === 'turn' || w === 'turns') && word(tokens, i + 1) === 'out' && word(tokens, i + 2) === 'to' && word(tokens, i + 3) === 'be') {
      // "[group] (always) turn out to be ...": a copula
      aux = true;
      i += 3;
      continue;
    } else if (['tried', 'try', 'tries', 'trying'].includes(w) && word(tokens, i + 1) === 'to' && !NEGATORS.has(word(tokens, i - 1))) {
      // "[group] have tried to rob me": the attempt carries the act
      i++;
      continue;
    } else if (['death', 'hate', 'terror', 'doomsday', 'rape'].includes(w) && (MORE_NEGATIVE.has(word(tokens, i + 1)) || DEHUMANISING.has(word(tokens, i + 1)) || INSULT_NOUNS.has(word(tokens, i + 1)))) {
      // "a death cult", "a hate cult": the modifier sharpens the noun after it
      continue;
    } else if (['our', 'my', 'your', 'any'].includes(w) && word(tokens, i - 1) === 'of' && MEASURE.has(word(tokens, i - 2))) {
      // "a shred of our sympathy", "an ounce of any respect": the measure names no quality of its own
      continue;
    } else if (w === 'any' && (['good', 'better', 'use', 'smarter', 'cleverer', 'different'].includes(word(tokens, i + 1)) || ['deserve', 'deserves', 'have', 'has', 'show', 'shows', 'had'].includes(word(tokens, i - 1)))) {
      // "[group] aren't any good at ...": the degree of a quality (not "don't get any respect", a thing denied them)
      continue;
    } else if (FILLER.has(w) && !(w === 'fucked' && word(tokens, i - 1) === 'get') && !(NEGATIVE_ATTRIBUTES.has(w) && ROLE_AFTER_FAULT.has(word(tokens, i + 1))) && !(NEGATIVE_ATTRIBUTES.has(w) && word(tokens, i + 1) === 'as' && /^[a-z]+s$/.test(word(tokens, i + 2))) && !(NEGATIVE_ATTRIBUTES.has(w) && !FILLER.has(word(tokens, i + 1)) && !NEGATIVE_ATTRIBUTES.has(word(tokens, i + 1)) && !POSITIVE_ATTRIBUTES.has(word(tokens, i + 1)) && !INSULT_NOUNS.has(word(tokens, i + 1)))) {
      continue;
    } else break;
  }
  // "[group] deserve another holocaust", "deserve death", "deserve a good beating", "deserve nothing": a killing or
  // beating owed to them, or every claim of theirs denied ("nothing less than", "nothing but respect" owe them more)
  if (deserve) {
    const d = tokens.findIndex((t, n) => n >= k && (t.w === 'deserve' || t.w === 'deserves'));
    const dNeg = tokens.slice(k, d).some((t) => NEGATORS.has(t.w));
    let h = d + 1;
    while (['a', 'an', 'another', 'the', 'good', 'proper', 'real', 'second', 'new', 'fucking', 'bloody', 'every', 'each', 'all', 'single', 'last', 'and'].includes(word(tokens, h)) && h < d + 5) h++;
    const after = word(tokens, h + 1);
    // (asked back, attributed to someone else, "a good death", "a thrashing at chess", "holocaust reparations" are not calls)
    const askedOrTold = tokens[tokens.length - 1]?.w === '?' || tokens.some((t) => ['according', 'preacher', 'claims', 'says', 'reparations', 'compensation'].includes(t.w));
    const kindly = ['good', 'peaceful', 'dignified', 'quiet', 'natural'].includes(word(tokens, h - 1)) && word(tokens, h) === 'death';
    if (d >= 0 && !dNeg && !negatedSubject && !askedOrTold && !kindly && DESERVED_HARMS.has(word(tokens, h)) && !['proof', 'squad', 'threats', 'threat', 'survivors', 'survivor', 'museum', 'memorial', 'education', 'denial', 'deniers', 'with', 'at', 'in', 'on', 'reparations'].includes(after)) return { kind: 'exclusion', end: h, head: `deserve ${word(tokens, h)}` };
    if (d >= 0 && !dNeg && !negatedSubject && !askedOrTold && h === d + 1 && word(tokens, h) === 'nothing' && (!after || (CLAUSE_BREAK.has(after) && after !== 'but') || [',', 'from', 'here', 'at'].includes(after))) return { kind: 'exclusion', end: h, head: 'deserve nothing' };
  }
  // "[group] deserve better (than this trash website)": what they are owed, not what they are
  // ("[group] deserve no better than rats" still denies)
  if (deserve && !tokens.slice(k, i).some((t) => NEGATORS.has(t.w) || t.w === 'little') && (word(tokens, i) === 'better' || tokens.slice(k, i).some((t, n, a) => t.w === 'better' && a[n + 1]?.w === 'than'))) return null;
  // "[group] are all the same to me": "to" was read as a modal; step back to "same"
  // ("Muslims and Christians are all the same to me": two groups held equal)
  if (word(tokens, i - 1) === 'to' && word(tokens, i - 2) === 'same' && ['me', 'us'].includes(word(tokens, i)) && word(tokens, i - 4) === 'all' && !tokens.slice(0, k).some((t) => ['and', 'or', '&'].includes(t.w))) {
    const after = word(tokens, i + 1);
    if (!after || CLAUSE_BREAK.has(after) || [',', 'lol', 'honestly', 'anyway'].includes(after)) return neg % 2 === 1 ? { kind: 'negated-attack', end: i, head: 'all the same' } : { kind: 'generalisation', end: i, head: 'all the same' };
  }
  // "[group] are all the same" (or "all [group] are the same"): the generalisation itself, unless it goes on ("all the
  // same under the skin")
  const allBefore = COPULA.has(word(tokens, i - 3)) && tokens.slice(Math.max(0, k - 5), k).some((t) => t.w === 'all');
  if (word(tokens, i - 1) === 'same' && word(tokens, i - 2) === 'the' && ((word(tokens, i - 3) === 'all' && i - 3 >= k) || allBefore)) {
    const after = word(tokens, i);
    if (!after || CLAUSE_BREAK.has(after) || [',', 'lol', 'anyway', 'anyways', 'honestly', 'and'].includes(after)) {
      if ((after !== ',' && after !== ':') || !NEGATIVE_ATTRIBUTES.has(word(tokens, i + 1))) return neg % 2 === 1 ? { kind: 'negated-attack', end: i - 1, head: 'all the same' } : { kind: 'generalisation', end: i - 1, head: 'all the same' };
    }
  }
  // "all the same, violent and dirty", "the same: lazy and dishonest": read on after the comma or colon
  if ((word(tokens, i) === ',' || word(tokens, i) === ':') && word(tokens, i - 1) === 'same') i++;
  if (aux) i = worstListed(tokens, i);
  const head = word(tokens, i);
  if (!head || CLAUSE_BREAK.has(head)) return null;
  // "incompatible with Western values / our way of life" (not "incompatible with the new Macs")
  if (head === 'incompatible') {
    const v = tokens.slice(i + 1, i + 6).findIndex((t) => ['values', 'culture', 'society', 'democracy', 'life', 'west', 'western', 'civilisation', 'civilization', 'country', 'nation', 'way'].includes(t.w));
    if (v < 0) return null;
    return neg % 2 === 1 ? { kind: 'negated-attack', end: i + 1 + v, head } : { kind: 'generalisation', end: i + 1 + v, head };
  }
  const negated = neg % 2 === 1;
  const next = word(tokens, i + 1);
  // "benefits they're entitled to": eligible, not entitled
  if ((head === 'entitled' || head === 'eligible') && next === 'to') return null;
  // "[group] make terrible leaders / lousy engineers": a verdict on the group in every role
  if ((head === 'make' || head === 'makes') && BAD_IN_ROLE.has(next) && isRoleNoun(word(tokens, i + 2))) {
    return negated ? { kind: 'negated-attack', end: i + 2, head: next } : { kind: 'generalisation', end: i + 2, head: next };
  }
  // "[group] never pay their taxes / rent": a duty everyone has, said to be dodged by the group
  if ((head === 'pay' || head === 'pays') && negated && !deontic && tokens.slice(k, i).some((t) => t.w === 'never') && !tokens.some((t) => EXEMPT.has(t.w)) && DUES.has(word(tokens, word(tokens, i + 1) === 'their' || word(tokens, i + 1) === 'any' ? i + 2 : i + 1))) {
    return { kind: 'stereotype', end: i + 2, head: 'never pay' };
  }
  // "[group] hate our way of life", "refuse to learn the language", "run grooming gangs", "live in huts", "are here for
  // the free money": tropes read from a verb and what follows it
  const trope = verbTrope(tokens, i, head);
  if (trope >= 0) return negated ? { kind: 'negated-attack', end: trope, head } : { kind: 'stereotype', end: trope, head };
  const pinned = habitReading(tokens, k, i, { deontic, passive, negated, only, aux, modal });
  if (pinned) return pinned;
  // "[group] think the world owes them (a living)": entitlement
  if (['think', 'thinks', 'believe', 'believes', 'feel', 'feels', 'act', 'acts'].includes(head) && !negated) {
    const owes = tokens.slice(i + 1, i + 7).findIndex((t, j, a) => (t.w === 'owes' || t.w === 'owe') && ['them', 'us'].includes(a[j + 1]?.w ?? ''));
    if (owes >= 0) return { kind: 'stereotype', end: i + 2 + owes, head: 'the world owes them' };
  }

  // Calls for exclusion or violence need an obligation ("should be deported", "must die"), so news
  // ("refugees are being deported") and history stay out.
  // "[group] should be lined up and shot", "lined up against a wall": the firing squad's line
  if (deontic && passive && head === 'lined' && next === 'up' && ((word(tokens, i + 2) === 'and' && EXCLUSION_VERBS.has(word(tokens, i + 3))) || (word(tokens, i + 2) === 'against' && tokens.slice(i + 3, i + 6).some((t) => t.w === 'wall')))) {
    return negated ? { kind: 'negated-attack', end: i + 3, head: 'lined up' } : { kind: 'exclusion', end: i + 3, head: 'lined up' };
  }
  // "any immigrant who comes near my house will get shot", "the next Muslim I see will be beaten": harm promised to any member
  if (tokens.slice(k, i).some((t) => ['will', 'gonna', 'going'].includes(t.w)) && (passive || tokens.slice(k, i).some((t) => t.w === 'get')) && VIOLENT_DONE.has(head) && tokens.slice(Math.max(0, k - 4), k).some((t) => ['any', 'every', 'next', 'whoever'].includes(t.w)) && !negated && !tokens.some((t, n) => ['if', 'unless', 'less', 'stand', 'protect', 'support', 'fund'].includes(t.w) || (t.w === 'by' && tokens[n + 1]?.w === 'the'))) {
    return { kind: 'exclusion', end: i, head };
  }
  // "[group] should be arrested and flogged": the harm is the second participle
  if (deontic && passive && !EXCLUSION_VERBS.has(head) && (/(?:ed|en|ght)$/.test(head) || ['found', 'held', 'kept', 'put', 'sent', 'left', 'set', 'shut', 'bound'].includes(head)) && next === 'and' && (EXCLUSION_VERBS.has(word(tokens, i + 2)) || CONTROL_PASSIVES.has(word(tokens, i + 2))) && /(?:ed|en|ung|ot|wn)$/.test(word(tokens, i + 2))) {
    return negated ? { kind: 'negated-attack', end: i + 2, head: word(tokens, i + 2) } : { kind: 'exclusion', end: i + 2, head: word(tokens, i + 2) };
  }
  // "[group] need to be driven out (of Britain)", "should be chased out": removed, said by its particle
  if (deontic && passive && ['driven', 'chased', 'hounded', 'burned', 'burnt', 'smoked', 'forced', 'beaten', 'run'].includes(head) && next === 'out' && !(word(tokens, i + 2) === 'of' && ['poverty', 'debt', 'homelessness', 'business', 'work', 'jobs', 'hiding', 'retirement'].includes(word(tokens, i + 3)))) {
    return negated ? { kind: 'negated-attack', end: i + 1, head: `${head} out` } : { kind: 'exclusion', end: i + 1, head: `${head} out` };
  }
  // "[group] should all be put on boats and the boats sunk": loaded into something the sentence then destroys
  if (deontic && passive && ['put', 'loaded', 'shipped', 'packed', 'crammed', 'herded', 'shoved', 'locked'].includes(head)) {
    for (let j = i + 1; j < Math.min(tokens.length - 2, i + 9); j++) {
      if (word(tokens, j) === 'and' && ['the', 'those', 'their', 'them', 'it'].includes(word(tokens, j + 1)) && [word(tokens, j + 2), word(tokens, j + 3)].some((x) => ['sunk', 'sank', 'burned', 'burnt', 'torched', 'bombed', 'blown', 'scuttled', 'gassed', 'flooded'].includes(x))) return negated ? { kind: 'negated-attack', end: j + 3, head } : { kind: 'exclusion', end: j + 3, head: `${head} ... and sunk` };
    }
  }
  // "[group] should have been finished off (properly)", "should be wiped off the map": killed, said by its particle
  const oneByOne = word(tokens, i + 2) === 'one' && word(tokens, i + 3) === 'by';
  if (deontic && passive && (['finished', 'bumped'].includes(head) || (['picked', 'knocked'].includes(head) && (oneByOne || i + 2 >= tokens.length || tokens[i + 2]?.punct === true))) && next === 'off' && (i + 2 >= tokens.length || tokens[i + 2]?.punct === true || oneByOne || ['properly', 'already', 'too', 'first', 'for', 'once', 'long', 'years', 'decades', 'back', 'then', 'when', 'in', 'like', 'and', 'by', 'all'].includes(word(tokens, i + 2)))) {
    return negated ? { kind: 'negated-attack', end: i + 1, head: `${head} off` } : { kind: 'exclusion', end: i + 1, head: `${head} off` };
  }
  if (deontic && (passive || modal === 'get' || modal === 'got') && EXCLUSION_VERBS.has(head) && !(CONFINE_VERBS.has(head) && !AWAY.has(next) && next !== 'up')) {
    return negated ? { kind: 'negated-attack', end: i, head } : { kind: 'exclusion', end: i + (['up', 'out', 'back', 'away'].includes(next) ? 1 : 0), head };
  }
  if (deontic && (passive || modal === 'get' || modal === 'got') && CONFINE_VERBS.has(head)) {
    // "put in camps", "kept out (of our country)", "shipped back": a place of confinement or a particle of removal
    let end = -1;
    if (AWAY.has(next) && head !== 'put') end = i + 1;
    // "every last [member] should be sent home": sent or shipped home for good, the sentence ending there (not "sent home as
    // soon as they are well", "kept home during the heatwave")
    if (['sent', 'shipped', 'kept', 'locked'].includes(head) && next === 'home' && (i + 2 >= tokens.length || CLAUSE_BREAK.has(word(tokens, i + 2)) || ['now', 'already', 'where', 'for', 'and', 'lol'].includes(word(tokens, i + 2)))) end = i + 1;
    // ("sent to camp this summer", "a summer camp": a holiday, not confinement)
    const holiday = tokens.slice(i + 1, i + 8).some((t) => ['summer', 'holiday', 'holidays', 'love', 'fun', 'scout', 'scouts', 'football', 'music', 'coding', 'sports', 'week'].includes(t.w));
    for (let j = i + 1; end < 0 && !holiday && j <= i + 4 && j < tokens.length && !CLAUSE_BREAK.has(word(tokens, j)); j++) if (CONFINEMENT_PLACES.has(word(tokens, j)) || (word(tokens, j) === 'therapy' && word(tokens, j - 1) === 'conversion') || (['hospital', 'hospitals', 'ward', 'wards'].includes(word(tokens, j)) && ['mental', 'psychiatric', 'psych'].includes(word(tokens, j - 1)))) end = j;
    if (end > 0) return negated ? { kind: 'negated-attack', end, head } : { kind: 'exclusion', end, head };
  }
  // "[group] shouldn't be around children / be pilots / be in charge", "[group] shouldn't adopt"
  if (deontic && negated) {
    const end = keptFromRoles(tokens, k, i, passive);
    if (end >= 0) return { kind: 'exclusion', end, head };
  }
  // "[group] should be teachers", "[group] should vote": a role or a right, which "I don't think ..." denies (read as a
  // positive, so only a denied opinion makes it an attack)
  if (deontic && !negated && ['should', 'can', 'must'].includes(modal) && ((tokens.slice(k, i).some((t) => t.w === 'be') && (isRoleNoun(head) || ROLES.has(head))) || (!passive && OPINION_RIGHTS.has(head))) && (i + 1 >= tokens.length || CLAUSE_BREAK.has(next) || next === ',' || ['or', 'and', 'at', 'in', 'anymore', 'ever', 'either'].includes(next))) {
    return { kind: 'positive', end: i, head };
  }
  // "[group] are full of shit / lies / hate": what they say or feel, condemned whole
  // ("Italians are full of hate for pineapple on pizza": a dislike of a thing; "full of hate? Nope": a claim put to be answered)
  if (head === 'full' && next === 'of' && ['shit', 'crap', 'bullshit', 'lies', 'hate', 'hatred', 'evil', 'filth', 'disease', 'diseases'].includes(word(tokens, i + 2)) && word(tokens, i + 3) !== 'for' && !['toward', 'towards'].includes(word(tokens, i + 3)) && !tokens.some((t) => ['literally', 'nappies', 'nappy', 'diaper', 'diapers'].includes(t.w)) && tokens[tokens.length - 1]?.w !== '?') {
    return negated ? { kind: 'negated-attack', end: i + 2, head: 'full of' } : { kind: 'generalisation', end: i + 2, head: 'full of' };
  }
  // "the next immigrant who walks in gets a bullet", "any Muslim who comes here gets a beating": violence promised to a member
  // ("refugees get a beating from the tabloids": a harm they suffer, named with who deals it)
  if (['get', 'gets'].includes(modal) && ['bullet', 'beating', 'kicking', 'hiding', 'knife'].includes(head) && !negated && !['from', 'by', 'in', 'on'].includes(next) && !tokens.some((t) => ['dodged', 'dodge', 'points', 'journal', 'list', 'slides', 'slide', 'point'].includes(t.w))) {
    return { kind: 'exclusion', end: i, head: `gets a ${head}` };
  }
  // "women talk too much", "Jews stick together too much", "[group] complain all the time", "never shut up": a habit
  // pinned on the group as an excess ("carry too much of the load", "pay too much in fees" name what they bear)
  // (told fondly, by a member, or of one's own: "old couples bicker constantly, and it's adorable", "that's why we win",
  // "my Greek dad shouts constantly")
  if (!deontic && !passive && !NOT_HABITUAL.has(modal) && ANNOYANCES.has(head) && word(tokens, k) !== 'their' && !tokens.some((t) => FOND_HABIT.has(t.w)) && !tokens.slice(0, k).some((t) => ['my', 'our'].includes(t.w)) && tokens[tokens.length - 1]?.w !== '?') {
    let j = i + 1;
    if (['together', 'up', 'about', 'on', 'around', 'out', 'off'].includes(word(tokens, j))) j++;
    // ("complain all the time about period pain, and doctors ignore them": a grievance named is a report, not a habit)
    const excess = !tokens.slice(j).some((t) => ['about', 'because', 'since'].includes(t.w)) && ((word(tokens, j) === 'too' && ['much', 'often', 'loud', 'loudly'].includes(word(tokens, j + 1))) || (word(tokens, j) === 'all' && word(tokens, j + 1) === 'the' && word(tokens, j + 2) === 'time') || ['nonstop', 'constantly', 'endlessly'].includes(word(tokens, j)));
    const end = word(tokens, j) === 'all' ? j + 2 : word(tokens, j) === 'too' ? j + 1 : j;
    const after = word(tokens, end + 1);
    const shutUp = negated && head === 'shut' && word(tokens, i + 1) === 'up' && (!after || CLAUSE_BREAK.has(word(tokens, i + 2)) || [',', 'lol'].includes(word(tokens, i + 2)));
    // ("..., but so do I", "me too": the writer shares the habit)
    const shared = tokens.some((t, n) => (t.w === 'so' && word(tokens, n + 1) === 'do' && word(tokens, n + 2) === 'i') || (t.w === 'me' && word(tokens, n + 1) === 'too') || t.w === 'same');
    if (!shared && ((excess && !negated && (!after || CLAUSE_BREAK.has(after) || [',', 'and', 'lol', 'honestly', 'tbh'].includes(after))) || shutUp)) return { kind: 'stereotype', end: shutUp ? i + 1 : end, head: shutUp ? 'never shut up' : `${head} too much` };
  }
  // "[group] can go fuck themselves", "can go to hell", "can rot", "should fuck off back home": told off and away
  const told = TOLD_OFF_MODALS.has(modal) || (modal === 'get' && TOLD_OFF_MODALS.has(word(tokens, i - 2))) ? toldOff(tokens, i) : -1;
  if (told >= 0) return negated ? { kind: 'negated-attack', end: told, head } : { kind: 'exclusion', end: told, head: 'told off' };
  // "[group] must go.", "immigrants gotta go!": going, with nowhere named, is being sent away
  const goneForGood = head === 'go' && (!next || CLAUSE_BREAK.has(next) || next === ',' || next === 'now');
  if (deontic && (EXCLUSION_INTRANSITIVE.has(head) || goneForGood || (head === 'go' && ['back', 'home', 'away'].includes(next)) || (head === 'get' && next === 'out') || (head === 'be' && next === 'gone'))) {
    return negated ? { kind: 'negated-attack', end: i, head } : { kind: 'exclusion', end: i + ((head === 'go' && !goneForGood) || head === 'get' ? 1 : 0), head };
  }
  // "[group] should get out of my country", "need to get the hell out", "should get lost": "get" read as the
  // auxiliary leaves the way out as the head ("should get out more" is advice to go out)
  // ("Muslims get out of my country!": with no modal, the bare "get out" after the group is an order)
  if (modal === 'get' && !passive && (deontic || (word(tokens, k) === 'get' && i === k + 1))) {
    const out = wayOutEnd(tokens, i, head, next);
    if (out >= 0) return negated ? { kind: 'negated-attack', end: out, head: 'get out' } : { kind: 'exclusion', end: out, head: 'get out' };
  }
  // "[group] should be put back in chains / in camps", "locked in cages": confinement called for
  if (deontic && ['put', 'locked', 'kept', 'thrown', 'herded', 'rounded'].includes(head) && ['be', 'been', 'get', 'all'].includes(word(tokens, i - 1))) {
    const c = confinementAt(tokens, i + 1, ['back', 'up', 'all']);
    if (c >= 0 && CONFINEMENT.has(word(tokens, c))) return negated ? { kind: 'negated-attack', end: c, head } : { kind: 'exclusion', end: c, head: `${head} in ${word(tokens, c)}` };
  }
  // "[group] should stop voting", "time for them to stop having kids": a right or a life called to an end
  if (head === 'stop' && STOPPED_RIGHTS.has(next) && !NEGATORS.has(word(tokens, i - 1)) && (deontic || (modal === 'to' && tokens.slice(Math.max(0, k - 6), k).some((t, n, a) => t.w === 'time' && a[n + 1]?.w === 'for'))) && stopCalledFor(tokens, k, i, next)) {
    return negated ? { kind: 'negated-attack', end: i + 1, head } : { kind: 'exclusion', end: i + 1, head: `stop ${next}` };
  }
  // "[group] should have acid thrown in their faces": a bodily harm called for through "have ... done"
  if (deontic && head === 'acid' && ['thrown', 'poured', 'splashed'].includes(next) && tokens.slice(k, i).some((t) => ['should', 'must', 'ought', 'deserve', 'deserves', 'need', 'needs'].includes(t.w))) return negated ? { kind: 'negated-attack', end: i + 1, head } : { kind: 'exclusion', end: i + 1, head: 'acid thrown' };
  // "[group] should stay home and die", "crawl off and rot": the death after "and" is what is called for ("go away and ..." is read as "go away")
  if (deontic && ['stay', 'crawl', 'sit', 'lie', 'curl'].includes(head)) {
    for (let j = i + 1; j <= i + 4 && j < tokens.length && !CLAUSE_BREAK.has(word(tokens, j)); j++) {
      if (word(tokens, j) === 'and' && EXCLUSION_INTRANSITIVE.has(word(tokens, j + 1)) && word(tokens, j + 1) !== 'leave') return negated ? { kind: 'negated-attack', end: j + 1, head } : { kind: 'exclusion', end: j + 1, head: `${head} ... and ${word(tokens, j + 1)}` };
    }
  }
  // "[group] deserved everything that happened to them", "deserve what's coming": harm done to them endorsed
  // (not asked in outrage: "Do you honestly think gay people deserved what happened at Pulse? Sick.")
  const askedOfReader = ['do', 'does', 'did', 'how', 'who'].includes(word(tokens, 0)) && word(tokens, tokens.length - 1) === '?';
  if (['deserve', 'deserved', 'deserves'].includes(head) && ['everything', 'what', 'all', 'whatever'].includes(next) && !askedOfReader && tokens.slice(i + 2, i + 6).some((t) => ['happened', 'happens', 'coming', 'got', 'get', 'gets', 'came'].includes(t.w))) {
    return negated ? { kind: 'negated-attack', end: i + 1, head } : { kind: 'exclusion', end: i + 1, head: `${head} ${next} ...` };
  }
  // "[group] should be hanging from trees", "ought to be rotting in a cell": the death or suffering called for as a state
  // (not with an object, "should be burning their bras", nor a feeling or a manner, "burning with anger", "dying with dignity")
  if (deontic && word(tokens, i - 1) === 'be' && DYING_STATES.has(head) && !HUNG_THINGS.has(word(tokens, k)) && !HUNG_THINGS.has(word(tokens, k - 1)) && !['the', 'their', 'a', 'an', 'his', 'her', 'its', 'our', 'my', 'your', 'some', 'up', 'out', 'with', 'of', 'to', 'for', 'inside', 'at', 'peacefully', 'comfortably'].includes(next)) {
    return negated ? { kind: 'negated-attack', end: i, head } : { kind: 'exclusion', end: i, head };
  }
  // "[group] should be left to die / to rot": a death called for by neglect
  if (deontic && head === 'left' && next === 'to' && EXCLUSION_INTRANSITIVE.has(word(tokens, i + 2)) && word(tokens, i + 2) !== 'leave') {
    return negated ? { kind: 'negated-attack', end: i + 2, head } : { kind: 'exclusion', end: i + 2, head: 'left to die' };
  }
  // "[group] are beneath us", "they're below decent people": ranked under the rest
  // ("the gay couple are below us, in flat 2": "below" is also where a flat is)
  if (aux && !deontic && ((head === 'beneath' && ['us', 'me', 'everyone', 'humans', 'humanity', 'contempt', 'decent', 'normal', 'real', 'white', 'civilised', 'civilized', 'animals', 'dogs'].includes(next)) || (head === 'below' && ['humans', 'humanity', 'contempt', 'decent', 'animals', 'dogs'].includes(next)))) {
    return negated ? { kind: 'negated-attack', end: i + 1, head } : { kind: 'derogation', end: i + 1, head: `${head} ${next}` };
  }
  if (head === 'belong' && next === 'in' && ['the', 'a'].includes(word(tokens, i + 2)) && ['kitchen', 'zoo', 'cage', 'cages', 'camp', 'camps', 'jail', 'prison', 'gas', 'oven', 'ovens', 'ground', 'gutter', 'trash', 'asylum', 'asylums', 'jungle'].includes(word(tokens, i + 3))) {
    return negated ? { kind: 'negated-attack', end: i + 3, head } : { kind: 'derogation', end: i + 3, head };
  }
  if (head === 'belong' && ['at', 'in'].includes(next) && (word(tokens, i + 2) === 'home' || (word(tokens, i + 2) === 'the' && word(tokens, i + 3) === 'home'))) {
    return negated ? { kind: 'negated-attack', end: i + 2, head } : { kind: 'derogation', end: i + 2, head };
  }
  if (['belong', 'stay', 'stick', 'go', 'get', 'be', 'make', 'keep'].includes(head) && (deontic || head === 'belong')) {
    for (let j = i + 1; j <= i + (head === 'belong' ? 6 : 5) && j < tokens.length && !CLAUSE_BREAK.has(word(tokens, j)); j++) {
      if (DEROGATORY_PLACES.has(word(tokens, j))) return negated ? { kind: 'negated-attack', end: j, head } : { kind: 'derogation', end: j, head };
    }
  }
  // "[group] belong in care homes, not offices": kept out of an ordinary place ("belong here, not in detention" passes)
  if (head === 'belong' && !negated) {
    for (let j = i + 1; j <= i + 7 && j < tokens.length && word(tokens, j) !== '.'; j++) {
      if (word(tokens, j) !== 'not' || word(tokens, j - 1) !== ',') continue;
      const at = ['in', 'at', 'on', 'the', 'our', 'in the'].includes(word(tokens, j + 1)) ? (word(tokens, j + 2) === 'the' || word(tokens, j + 2) === 'our' ? j + 3 : j + 2) : j + 1;
      if (ORDINARY_PLACES.has(word(tokens, at))) return { kind: 'exclusion', end: at, head };
    }
  }
  const frame = derogationFrame(tokens, i, { deontic, passive, negated, only, aux, modal });
  // "women need to step aside for nobody": the demand is turned down at the end of its clause
  if (frame && frame.kind !== 'negated-attack' && forNobody(tokens, i)) return { kind: 'negated-attack', end: frame.end, head: frame.head };
  if (frame) return frame;
  // "[group] breed like rabbits / act like animals / live like pigs"
  if (LIKE_VERBS.has(head) && next === 'like') {
    const at = ['a', 'an', 'the', 'wild', 'rabid', 'feral', 'filthy', 'dirty'].includes(word(tokens, i + 2)) ? i + 3 : i + 2;
    if (DEHUMANISING.has(word(tokens, at)) || MORE_DEHUMANISING.has(word(tokens, at))) return negated ? { kind: 'negated-attack', end: at, head } : { kind: 'dehumanising', end: at, head };
  }
  if (modal === 'can' && negated && COMPETENCE_VERBS.has(head) && !circumstantial(tokens, i)) {
    return { kind: 'negated-positive', end: i + (['be', 'do'].includes(head) ? 1 : 0), head };
  }
  // "[group] can't even park", "[group] can barely use a phone", "can [group] even drive?": mockery of ability
  const question = word(tokens, tokens.length - 1) === '?';
  if (modal === 'can' && ((negated && (even || barely)) || (!negated && even && question)) && (COMPETENCE_VERBS.has(head) || MOCKED_SKILLS.has(head))) {
    return { kind: 'negated-positive', end: i, head };
  }
  // "[group] have no morals", "[group] lack the brains", "do [group] even have brains?"
  // "[group] have no rights in detention / under the new law": a described situation somewhere (not "no rights here")
  const situatedRights = (head === 'right' || head === 'rights') && SITUATED.has(next) && !['here', 'this', 'our', 'my'].includes(word(tokens, i + 2));
  if (QUALITIES.has(head) && ['have', 'has', 'had', 'got'].includes(modal) && (negated || (even && question)) && !situatedRights) {
    return { kind: 'negated-positive', end: i, head };
  }
  // "[group] have no sense of humour / personal space / direction", "lack any sense of decency"
  if (['sense', 'concept', 'idea', 'notion'].includes(head) && next === 'of' && SENSE_OF.has(word(tokens, i + 2)) && ['have', 'has', 'had', 'got'].includes(modal) && negated) {
    return { kind: 'negated-positive', end: word(tokens, i + 2) === 'personal' ? i + 3 : i + 2, head: `sense of ${word(tokens, i + 2)}` };
  }
  if (['lack', 'lacks', 'lacking'].includes(head) && !negated) {
    const s = ['any', 'a', 'basic', 'the'].includes(next) ? i + 2 : i + 1;
    if (word(tokens, s) === 'sense' && word(tokens, s + 1) === 'of' && SENSE_OF.has(word(tokens, s + 2))) return { kind: 'negated-positive', end: s + 2, head: `lack sense of ${word(tokens, s + 2)}` };
  }
  if (['lack', 'lacks', 'lacking'].includes(head)) {
    for (let j = i + 1; j <= i + 3 && j < tokens.length && !CLAUSE_BREAK.has(word(tokens, j)); j++) {
      if (QUALITIES.has(word(tokens, j))) return negated ? { kind: 'negated-attack', end: j, head } : { kind: 'negated-positive', end: j, head };
    }
  }
  // "[group] don't know how to drive", "not a single [member] knows how to stay sober": ordinary competence or conduct denied
  // (not help they cannot find: "many refugees don't know how to access services")
  if (negated && ['know', 'knows', 'knew'].includes(head) && next === 'how' && word(tokens, i + 2) === 'to' && (COMPETENCE_VERBS.has(word(tokens, i + 3)) || KNOWN_CONDUCT.has(word(tokens, i + 3))) && !['handle', 'do', 'be', 'think', 'learn', 'understand', 'decide', 'control', 'work', 'run', 'read', 'write', 'vote', 'represent', 'manage', 'build', 'fly', 'compete', 'govern', 'program', 'code', 'engineer', 'teach', 'trusted'].includes(word(tokens, i + 3))) {
    return { kind: 'negated-positive', end: i + 3, head: `know how to ${word(tokens, i + 3)}` };
  }
  // "[group] never contribute anything", "[group] will never integrate"
  if (WORTH_ACTS.has(head) && negated) return { kind: 'negated-positive', end: i, head };
  // "[group] don't value education / respect women"
  if (negated && ['value', 'values', 'respect', 'respects', 'appreciate', 'appreciates'].includes(head)) {
    // "don't value their own work enough" is self-worth, not a verdict
    for (let j = i + 1; j <= i + 3 && j < tokens.length && !CLAUSE_BREAK.has(word(tokens, j)) && !['own', 'themselves', 'yourself', 'ourselves'].includes(word(tokens, j)); j++) if (VALUED.has(word(tokens, j))) return { kind: 'negated-positive', end: j, head };
  }
  // "[group] are an insult to real families / a mockery of marriage / an affront to God": the group itself an offence
  if (aux && !deontic && ['insult', 'affront', 'mockery', 'insults'].includes(head) && ['to', 'of'].includes(next)) {
    return negated ? { kind: 'negated-attack', end: i + 1, head } : { kind: 'generalisation', end: Math.min(tokens.length - 1, i + 2), head: `${head} ${next}` };
  }
  // "[group] need to prove they are not terrorists": a vice presumed until disproved
  // ("Why should [group] need to prove ...?" protests the demand; read as a statement it keeps both modals)
  const protested = (): boolean => word(tokens, 0) === 'why' || (tokens.slice(k, i).some((t) => t.w === 'should') && tokens.slice(k, i).some((t) => ['need', 'needs'].includes(t.w)));
  if (deontic && !negated && ['prove', 'show', 'demonstrate'].includes(head) && !protested()) {
    const j = ['that'].includes(next) ? i + 2 : i + 1;
    if (word(tokens, j) === 'they' && ['are', 'do'].includes(word(tokens, j + 1)) && NEGATORS.has(word(tokens, j + 2))) {
      const what = word(tokens, j + 3) === 'all' ? word(tokens, j + 4) : word(tokens, j + 3);
      if (INSULT_NOUNS.has(what) || NEGATIVE_ATTRIBUTES.has(what) || VICE_NOUNS.has(what)) return { kind: 'generalisation', end: Math.min(tokens.length - 1, j + 3), head: `prove they are not ${what}` };
    }
  }
  // "[group] don't care about anyone else / their own kids / who they hurt": indifference to others made a trait
  if (negated && !deontic && ['care', 'cares'].includes(head)) {
    if (next === 'who' && ['they', 'gets', 'get'].includes(word(tokens, i + 2)) && ['hurt', 'harm', 'offend', 'upset', 'kill', 'hurts', 'harmed', 'affect'].includes(word(tokens, i + 3))) return { kind: 'negated-positive', end: i + 3, head: 'care who they hurt' };
    if (next === 'about') {
      for (let j = i + 2; j <= i + 5 && j < tokens.length && !CLAUSE_BREAK.has(word(tokens, j)); j++) {
        if (CARED_FOR.has(word(tokens, j))) {
          if (SAY_SO.has(word(tokens, j + 1))) break;
          return { kind: 'negated-positive', end: j, head: 'care about' };
        }
      }
    }
  }
  // "[group] don't want to work / integrate / learn the language": a duty refused by choice
  if (negated && !deontic && ['want', 'wants'].includes(head) && next === 'to') {
    const duty = presentOf(word(tokens, i + 2), NEVER_DUTIES);
    const objects = duty ? NEVER_DUTIES[duty] : undefined;
    if (duty && (objects === null || objects === undefined) && !WORK_SETTINGS.has(word(tokens, i + 3))) return { kind: 'negated-positive', end: i + 2, head: `want to ${duty}` };
    if (duty && objects) for (let j = i + 3; j <= i + 5 && j < tokens.length; j++) if (objects.includes(word(tokens, j))) return { kind: 'negated-positive', end: j, head: `want to ${duty}` };
  }
  // "two dads is not a family", "gay couples aren't real parents": a family denied
  if (negated && aux && ['family', 'families', 'parents', 'marriage', 'marriages'].includes(head) && !word(tokens, i + 1).match(/^(of|for|to|in)$/)) {
    return { kind: 'negated-positive', end: i, head: `not a ${head}` };
  }
  // "[group] add nothing to society", "contribute nothing", "bring nothing but trouble"
  // ("nothing but hard work" is praise: what follows "but" decides, elsewhere)
  if (!negated && ['add', 'adds', 'contribute', 'contributes', 'bring', 'brings', 'offer', 'offers', 'give', 'gives'].includes(head) && ['nothing', 'zero'].includes(next) && word(tokens, i + 2) !== 'but') {
    return { kind: 'negated-positive', end: i + 1, head: `${head} nothing` };
  }
  // "[group] make great pets / good servants": people cast as property
  if (!negated && ['make', 'makes'].includes(head) && ['great', 'good', 'excellent', 'perfect', 'decent'].includes(next) && ['pets', 'slaves', 'servants', 'maids', 'pack', 'livestock', 'cattle'].includes(word(tokens, i + 2))) {
    return { kind: 'dehumanising', end: i + 2, head: `make ${next} ${word(tokens, i + 2)}` };
  }
  // "[group] are the reason I lock my car / we can't have nice things": the group blamed for a precaution or a loss
  const reasonAt = head === 'reason' && word(tokens, i - 1) === 'the' ? i : head === 'the' && next === 'reason' ? i + 1 : -1;
  if (aux && !negated && reasonAt > 0) {
    // "the reason I moved to London" is a pull toward a place; "the reason we moved (away / out)" is flight from the group
    const p = tokens.slice(reasonAt + 1, reasonAt + 9).findIndex((t, n) => PRECAUTIONS.has(t.w) && !(t.w === 'moved' && TOWARD.has(word(tokens, reasonAt + 2 + n))));
    if (p >= 0) return { kind: 'stereotype', end: reasonAt + 1 + p, head: 'the reason (blamed)' };
  }
  // "[group] don't make good leaders / parents": a denied fitness for a role
  if (negated && ['make', 'makes'].includes(head) && ['good', 'great', 'decent', 'competent', 'reliable', 'real', 'proper'].includes(next) && /^[a-z]+s$/.test(word(tokens, i + 2))) {
    return { kind: 'negated-positive', end: i + 2, head: `make ${next} ${word(tokens, i + 2)}` };
  }
  // "[group] are loyal to [another country] first", "more loyal to Israel than to us": the dual-loyalty charge
  if (!negated && head === 'loyal' && next === 'to' && (['first', 'only'].includes(word(tokens, i + 3)) || ['than'].includes(word(tokens, i + 3)) || word(tokens, i - 1) === 'more')) {
    return { kind: 'stereotype', end: Math.min(tokens.length - 1, i + 3), head: 'loyal elsewhere' };
  }
  // "[group] slow the whole class down": an object between the verb and its particle, so "old people slow down" passes
  if (['slow', 'slows', 'slowing'].includes(head) && !negated && next !== 'down') {
    for (let j = i + 2; j <= i + 5 && j < tokens.length && !CLAUSE_BREAK.has(word(tokens, j)); j++) if (word(tokens, j) === 'down') return { kind: 'stereotype', end: j, head };
  }
  // "[group] should lose the right to vote"
  if (deontic && ['lose', 'forfeit'].includes(head) && ['the', 'their'].includes(next) && ['right', 'rights', 'vote'].includes(word(tokens, i + 2))) return negated ? { kind: 'negated-attack', end: i + 2, head } : { kind: 'exclusion', end: i + 2, head };
  // "[group] need to be made afraid to walk to class": fear imposed on the group
  if (deontic && passive && head === 'made' && ['afraid', 'scared', 'terrified', 'miserable'].includes(next)) return negated ? { kind: 'negated-attack', end: i + 1, head: next } : { kind: 'exclusion', end: i + 1, head: `made ${next}` };
  // "[group] should have their licences / kids / votes taken away": what everyone holds, removed from the group
  if (deontic && modal === 'have' && head === 'their' && HELD_THINGS.has(next) && TAKEN_FROM.has(word(tokens, i + 2))) {
    return negated ? { kind: 'negated-attack', end: i + 2, head: word(tokens, i + 2) } : { kind: 'exclusion', end: Math.min(tokens.length - 1, i + (['away', 'off', 'out'].includes(word(tokens, i + 3)) ? 3 : 2)), head: word(tokens, i + 2) };
  }
  // "[group] deserve everything bad that happens to them / whatever is coming to them": harm welcomed
  if (deserve && !negated && ['everything', 'whatever', 'all', 'what'].includes(head)) {
    // "[group] deserve what they get / whatever they get": whatever is done to them, approved
    // (only as the last word on it: "pensioners deserve what they get, they paid in for forty years" defends them)
    const tail = word(tokens, i + 3) === ',' ? word(tokens, i + 4) : word(tokens, i + 3);
    const last = i + 3 >= tokens.length || (CLAUSE_BREAK.has(word(tokens, i + 3)) && word(tokens, i + 3) !== ',') || ['lol', 'honestly', 'tbh', 'imo', 'period', 'simple'].includes(tail);
    if (['they', 'he', 'she'].includes(next) && ['get', 'gets', 'got'].includes(word(tokens, i + 2)) && last) return { kind: 'exclusion', end: i + 2, head: 'deserve what they get' };
    let j = i + 1;
    if (['bad', 'that'].includes(word(tokens, j))) j++;
    if (word(tokens, j) === 'that') j++;
    // ("everything bad that happens", "whatever is coming", "all that comes": harm; "everything good" never gets here)
    const v = word(tokens, j);
    if ((word(tokens, i + 1) === 'bad' && ['happens', 'happened', 'comes', 'is', 'will'].includes(v)) || v === 'comes' || (v === 'is' && word(tokens, j + 1) === 'coming')) return { kind: 'exclusion', end: Math.min(tokens.length - 1, j + 1), head: 'deserve everything bad' };
  }
  // "[group] don't deserve to live"
  // "don't deserve to live in tents / like this" names conditions they should be spared, not life itself
  // ("don't deserve to live in our country / here" still denies them a place)
  const conditions = (head === 'live' || head === 'survive') && ['in', 'on', 'under', 'like', 'without', 'with'].includes(next) && !['our', 'this', 'my', 'here', 'britain', 'america', 'europe'].includes(word(tokens, i + 2));
  if (deserve && negated && LIFE.has(head) && !conditions) return { kind: 'exclusion', end: i, head };
  // "[group] are always late / so dramatic": a mild trait made a stereotype by "always" (one late bus is no trait)
  if (aux && !negated && tokens.slice(k, i).some((t) => ['always', 'constantly', 'forever', 'invariably'].includes(t.w))) {
    // "always late to the party" is an idiom for slow adoption, not a trait
    // "always late to be promoted": late to receive something is done to them, not a habit of theirs
    const received = next === 'to' && ['be', 'get', 'receive', 'hear'].includes(word(tokens, i + 2));
    if (MILD_TRAITS.has(head) && !(head === 'late' && next === 'to' && word(tokens, i + 3) === 'party') && !received) return { kind: 'stereotype', end: i, head };
    const end = habitPhrase(tokens, i);
    if (end > 0) return { kind: 'stereotype', end, head };
  }
  if (HARM_ACTS.has(head) && !(head === 'lie' && next === 'down') && !(/ed$/.test(head) && next === 'by')) {
    // the span runs to the object when there is one: "rape our women", "ruin everything"
    const det = ['our', 'the', 'their', 'your', 'my', 'this', 'every', 'all'].includes(next);
    const objEnd = det && /^[a-z]+$/.test(word(tokens, i + 2)) ? i + 2 : next && !CLAUSE_BREAK.has(next) && next !== ',' && !det ? i + 1 : i;
    // "gay marriage ruined nothing", "immigrants destroyed no one's jobs": the harm is denied by its object
    const deniedObject = ['nothing', 'nobody', 'noone', 'no'].includes(next);
    // "my Hindu coworkers' Diwali sweets have ruined my diet": an indulgence's toll on the writer, told fondly
    if (['ruined', 'ruin', 'ruins', 'ruining', 'wrecked', 'destroyed'].includes(head) && next === 'my' && INDULGED.has(word(tokens, i + 2))) return null;
    return negated || deniedObject ? { kind: 'negated-attack', end: i, head } : { kind: 'stereotype', end: objEnd, head };
  }
  // "[group] always whine", "[group] complain so much", "do [group] ever stop whining"
  const habit = head === 'stop' && HABIT_ACTS.has(next) ? i + 1 : HABIT_ACTS.has(head) ? i : -1;
  if (habit >= 0) {
    let general = head === 'stop';
    for (let j = k; j < i; j++) if (GENERALISING.has(word(tokens, j))) general = true;
    const after = word(tokens, habit + 1) + ' ' + word(tokens, habit + 2);
    if (/^(so|too) much|^all the|^non stop|^nonstop/.test(after)) general = true;
    if (general) return negated && head !== 'stop' ? { kind: 'negated-attack', end: habit, head } : { kind: 'stereotype', end: habit, head };
  }
  const base = HARM_FORMS[head] ?? head;
  const objects = HARM_WITH_OBJECT[base];
  if (objects) {
    // "make me want to puke" reaches one word further
    // ("bring the whole street down": the particle after a longer object)
    for (let j = i + 1; j <= i + (['make', 'bleed', 'hold', 'bring', 'drag'].includes(base) ? 4 : 3) && j < tokens.length; j++) {
      // "take jobs nobody else wants": the object is described as unwanted, so taking it harms no one;
      // "love money talk / money tips": the object only qualifies the noun after it
      if (objects.includes(word(tokens, j)) && (unwantedAfter(tokens, j) || COMPOUND_HEADS.has(word(tokens, j + 1)))) break;
      // "taking over the chess world / the food scene": winning an arena ("taking over the world / our country" still attacks)
      if (base === 'take' && word(tokens, j) === 'over' && arenaAfter(tokens, j)) break;
      // ("bring the house down at the talent show": a show's applause)
      if (base === 'bring' && word(tokens, j) === 'down' && word(tokens, j - 1) === 'house') break;
      if (objects.includes(word(tokens, j))) return negated ? { kind: 'negated-attack', end: j, head } : { kind: 'stereotype', end: j, head };
      if (CLAUSE_BREAK.has(word(tokens, j)) || word(tokens, j) === ',') break;
    }
  }
  // "I don't think [group] belong here / matter" ("deserve" has a reading of its own): a bare verb of standing is a predicate by itself, which only
  // a denied opinion makes an attack (read below as a positive)
  // ("belong" only where a group's standing is at stake: here, or in a country, a trade or a public place; "belong on 9pm
  // calls" and "belong on the sidelines" place people in an activity)
  if (!aux && BARE_STANDING.has(head) && neg === 0 && (!head.startsWith('belong') || belongsInSociety(tokens, i))) aux = true;
  if (!aux) return null;
  // "have no rights in detention" reports a situation (read before "rights" as a denied positive)
  if (situatedRights && ['have', 'has'].includes(modal)) return null;
  // "never get good website design", "always get the worst seats": an adjective on what they are given, not a trait of theirs
  if (['get', 'gets', 'got'].includes(modal) && /^[a-z]+$/.test(next) && !GET_ADJECTIVE_ENDS.has(next) && (superlativeBase(head) || POSITIVE_ATTRIBUTES.has(head) || MORE_POSITIVE.has(head) || NEGATIVE_ATTRIBUTES.has(head) || MORE_NEGATIVE.has(head))) return null;
  // "[group] are the weakest link", "the lowest of the low": a superlative of a negative trait
  if (superlativeBase(head) && ['the', 'most'].includes(word(tokens, i - 1))) return negated ? { kind: 'negated-attack', end: i, head } : { kind: 'generalisation', end: i, head };
  // "[group] are intolerant" ("lactose intolerant" is a diet)
  if (aux && !deontic && head === 'intolerant' && !['lactose', 'gluten', 'fructose', 'dairy', 'wheat', 'heat', 'cold', 'exercise', 'drug', 'medication', 'insulin', 'glucose'].includes(word(tokens, i - 1))) return negated ? { kind: 'negated-attack', end: i, head } : { kind: 'generalisation', end: i, head };
  // "[group] are sick in the head", "morally bankrupt": a trait in a fixed phrase
  if (aux && !deontic && head === 'sick' && next === 'in' && word(tokens, i + 2) === 'the' && ['head', 'mind'].includes(word(tokens, i + 3))) return negated ? { kind: 'negated-attack', end: i + 3, head } : { kind: 'generalisation', end: i + 3, head: 'sick in the head' };
  if (aux && !deontic && head === 'morally' && MORAL_FAILINGS.has(next)) return negated ? { kind: 'negated-attack', end: i + 1, head } : { kind: 'generalisation', end: i + 1, head: `morally ${next}` };
  if (aux && !deontic && word(tokens, i - 1) === 'morally' && MORAL_FAILINGS.has(head)) return negated ? { kind: 'negated-attack', end: i, head } : { kind: 'generalisation', end: i, head: `morally ${head}` };
  // "angry about the new law", "loud at the rally": a reaction to something, not a trait
  // ("too emotional for the job": "too" makes it a trait whatever follows)
  if (REACTIONS.has(head) && REACTION_CAUSES.has(next) && word(tokens, i - 1) !== 'too') return null;
  // "They're savage about dropped stitches", "wicked at charades", "dangerous cooks": a harsh word for skill or zeal at a
  // pastime, slang praise ("dangerous drivers" stays: the road is no pastime)
  if (slangSkill(head, next, word(tokens, i + 2))) return null;
  // "scary good", "crazy talented": a negative word used as an intensifier of praise
  if (INTENSIFIER_USE.has(head) && (POSITIVE_ATTRIBUTES.has(next) || MORE_POSITIVE.has(next) || ['good', 'talented', 'fast', 'accurate', 'efficient'].includes(next))) return null;
  // "old people are savage on Twitter and I love it": slang praise, which the writer's approval later in the sentence confirms
  if (SLANG_PRAISE.has(head) && !negated && approvedAfter(tokens, i)) return { kind: 'positive', end: i, head };
  // "deserve a bomb-proof pay rise", "a bomb squad": a compound, not the group called a bomb
  if (['bomb', 'bombs'].includes(head) && ['proof', 'squad', 'disposal', 'shelter', 'shelters'].includes(next)) return null;
  // "[group] are the shit" is slang praise; "are shit at everything" is not
  if (head === 'shit' && word(tokens, i - 1) === 'the') return { kind: 'positive', end: i, head };
  // "need to drain my tank", "going to trash the old shed": the word is a verb with its object after "to", not a name
  if (word(tokens, i - 1) === 'to' && ['my', 'the', 'your', 'our', 'his', 'her', 'their', 'this', 'that', 'a', 'an', 'some', 'it'].includes(next)) return null;
  // ("a stain on our conscience": the shame is ours, for how they are treated)
  if (head === 'stain' && next === 'on' && tokens.slice(i + 2, i + 6).some((t) => ['conscience', 'record', 'history', 'reputation'].includes(t.w))) return null;
  // ("not faithful to the bible": faith in a text, not fidelity to people)
  if (['faithful', 'loyal'].includes(head) && next === 'to' && ['the', 'their', 'its'].includes(word(tokens, i + 2)) && !['people', 'partners', 'wives', 'husbands', 'country', 'nation', 'queen', 'king', 'crown'].includes(word(tokens, i + 3))) return null;
  // ("our Jewish neighbour has a lovely dog": an animal owned, not a likeness; "the manners of a pig" stays)
  if (['have', 'has', 'had', 'got'].includes(modal) && !["'s", 's'].includes(next) && (DEHUMANISING.has(head) || MORE_DEHUMANISING.has(head)) && ['a', 'an', 'two', 'three', 'new', 'lovely', 'cute', 'big', 'little', 'old', 'young', 'rescue', 'pet', 'gorgeous', 'beautiful'].includes(word(tokens, i - 1)) && !tokens.slice(Math.max(0, i - 3), i).some((t) => ['of', 'like', 'as'].includes(t.w)) && (!next || CLAUSE_BREAK.has(next) || [',', 'and', 'called', 'named', 'that', 'who', 'which', 'too', 'now', 'at', 'in', 'from', 'for'].includes(next))) return null;
  if (NEGATIVE_ATTRIBUTES.has(head) || MORE_NEGATIVE.has(head) || MORE_DEHUMANISING.has(head) || (too && TOO_TRAITS.has(head)) || INSULT_NOUNS.has(head) || (INSULT_ADJECTIVES.has(head) && !['fucking', 'fuckin', 'effing', 'bloody', 'damn', 'goddamn'].includes(head)) || (ROLE_AFTER_BAD.has(head) && /[a-z]+s$/.test(next))) {
    const end = ROLE_AFTER_BAD.has(head) && /[a-z]+s$/.test(next) ? i + 1 : i;
    const attacking = negated === diminished;
    if (!attacking) return { kind: 'negated-attack', end, head };
    return { kind: DEHUMANISING.has(head) || MORE_DEHUMANISING.has(head) ? 'dehumanising' : 'generalisation', end, head };
  }
  // "Muslims aren't safe here anymore", "trans people are not safe in this state": a danger the group faces, not a danger it
  // poses ("not safe to be around", "not safe around kids" still are)
  if (head === 'safe' && negated && !diminished && !(next === 'to' && ['be', 'trust', 'hire', 'have', 'employ', 'let', 'leave'].includes(word(tokens, i + 2))) && !['around', 'with', 'near'].includes(next)) return null;
  // "[group] are a net negative on any society": a verdict of worth, the opposite of "a net positive"
  if (head === 'negative' && word(tokens, i - 1) === 'net') return negated === diminished ? { kind: 'generalisation', end: i, head: 'net negative' } : { kind: 'negated-attack', end: i, head: 'net negative' };
  // "[group] don't deserve (a shred of) sympathy": sympathy owed denied, only as a desert ("get no sympathy from" reports)
  if (['sympathy', 'compassion', 'pity'].includes(head) && ['deserve', 'deserves'].includes(modal)) return negated === diminished ? { kind: 'positive', end: i, head } : { kind: 'negated-positive', end: i, head };
  // ("[group] are not hard workers": the hard work is the quality denied)
  const hardWork = head === 'hard' && ['working', 'workers', 'worker'].includes(next);
  // ("no [member] has ever been worth less than a friend to me": a comparison, not worth denied)
  if (head === 'worth' && ['less', 'more', 'every', 'it'].includes(next)) return null;
  if (POSITIVE_ATTRIBUTES.has(head) || MORE_POSITIVE.has(head) || hardWork) {
    const attacking = negated !== diminished;
    // ("not hard workers, they are exploited workers": a wrong done to them)
    if (hardWork && tokens.some((t) => ['exploited', 'underpaid', 'overworked', 'trafficked', 'enslaved', 'abused'].includes(t.w))) return null;
    if (hardWork) return attacking ? { kind: 'negated-positive', end: i + 1, head: `hard ${next}` } : { kind: 'positive', end: i + 1, head: `hard ${next}` };
    if (head === 'allowed' && negated) {
      // a right withheld in the past tense reports what was done to the group, not a call to exclude: "Jews were not
      // allowed to own land", "women were not allowed in until 1918"
      const before = tokens.slice(k, i);
      const past = before.some((t) => t.w === 'were' || t.w === 'was') && !before.some((t) => DEONTIC.has(t.w));
      if (past && (next === 'to' || tokens.slice(i + 1).some((t) => HISTORY_MARKS.has(t.w) || YEAR.test(t.w)))) return null;
      return { kind: 'exclusion', end: i, head };
    }
    return attacking ? { kind: 'negated-positive', end: i, head } : { kind: 'positive', end: i, head };
  }
  if (head === 'place' || head === 'right' || head === 'rights' || head === 'business' || head === 'future' || head === 'say' || head === 'voice') {
    // "[group] have no place in tech", "[group] should have no rights", "you have no say"
    // "no place to pray" is a lack, not a verdict; "have no say" describes, "should have no say" demands
    if (head === 'place' && next === 'to') return null;
    if ((head === 'say' || head === 'voice') && !tokens.slice(k, i).some((t) => ['should', 'must', 'ought', 'deserve', 'deserves', 'need', 'needs'].includes(t.w))) return null;
    return negated && ['have', 'has', 'should', 'deserve', 'get', 'gets'].includes(modal) ? { kind: 'exclusion', end: i, head } : null;
  }
  return null;
}

/** Words after "can't [verb]" that tie the inability to a law or a moment, not a lack in the group: "can't work legally yet". */
const CIRCUMSTANCE = new Set(['legally', 'lawfully', 'officially', 'yet', 'until', 'due']);
/** Pronouns and words after "because" that put the cause back in the group: "because they're ...", "because of their ...". */
const CAUSE_IN_GROUP = new Set(['they', "they're", 'their', 'them', 'of', 'it', "it's", 'its', 'that', 'he', 'she', 'his', 'her', 'women', 'men', 'genetics', 'biology', 'nature']);
/**
 * "[group] can't work legally for six months", "blind people can't read most websites because devs ignore accessibility":
 * an inability the clause after the verb lays on a rule, a time or someone else, which reports a barrier and mocks no skill.
 */
function circumstantial(tokens: readonly Token[], i: number): boolean {
  for (let j = i + 1; j < tokens.length && j <= i + 10 && !['.', '!', '?', ';'].includes(word(tokens, j)); j++) {
    const w = word(tokens, j);
    if (CIRCUMSTANCE.has(w)) return true;
    if ((w === 'because' || w === 'since') && /^[a-z]+$/.test(word(tokens, j + 1)) && !CAUSE_IN_GROUP.has(word(tokens, j + 1))) return true;
    // ("because their permits take 14 months": something of theirs that others hold up)
    if ((w === 'because' || w === 'since') && word(tokens, j + 1) === 'their' && HELD_UP.has(word(tokens, j + 2))) return true;
  }
  return false;
}

/** Prepositions that place a lack of rights in a situation: "no rights in detention", "under the new law". */
const SITUATED = new Set(['in', 'under', 'during', 'inside', 'at']);
/** Arenas a group "takes over" by winning at them: "the chess world", "the food scene", "the charts". */
const ARENAS = new Set(['scene', 'charts', 'chart', 'industry', 'league', 'leaderboard', 'leaderboards', 'field', 'runway', 'podium', 'stage', 'game', 'sport', 'tournament', 'competition', 'dancefloor', 'internet', 'timeline', 'fyp']);

/** Harsh words that are slang praise when the writer approves: "savage", "ruthless", "fierce". */
const SLANG_PRAISE = new Set(['savage', 'ruthless', 'fierce', 'brutal', 'wicked', 'sick', 'insane', 'crazy', 'unhinged']);
/** The writer's approval after a slang-praise word: "and I love it", "respect", "legends". */
const APPROVAL = new Set(['respect', 'iconic', 'icon', 'icons', 'legend', 'legends', 'legendary', 'goals', 'queen', 'queens', 'king', 'kings']);
/** Within the next few words: "love it / them / this" or an approving noun, with no negator ("respect nothing") on the way. */
function approvedAfter(tokens: readonly Token[], i: number): boolean {
  for (let j = i + 1; j <= i + 8 && j < tokens.length && !['.', '?', ';'].includes(word(tokens, j)); j++) {
    const w = word(tokens, j);
    if (NEGATORS.has(w) || w === 'nothing' || w === 'but') return false;
    // "and I love it." ends there: "... and I love it when they get deported" goes on to something else
    if (['love', 'loving'].includes(w) && ['it', 'them', 'this', "'em"].includes(word(tokens, j + 1)) && ['', '.', '!', 'lol', 'honestly', 'tbh', 'ngl'].includes(word(tokens, j + 2))) return true;
    if (APPROVAL.has(w) && !NEGATORS.has(word(tokens, j + 1)) && word(tokens, j + 1) !== 'nothing') return true;
  }
  return false;
}

/** Negative words that also intensify praise: "scary smart", "stupid good". */
const INTENSIFIER_USE = new Set(['scary', 'creepy', 'stupid', 'crazy', 'insanely', 'sick', 'wicked', 'ridiculously', 'disgustingly', 'obscenely', 'freakishly', 'dangerously']);
/** What "can't do ..." denies as a skill: "[group] can't do maths / science". */
const SKILL_OBJECTS = new Set(['math', 'maths', 'mathematics', 'science', 'sums', 'numbers', 'arithmetic', 'logic', 'physics', 'engineering', 'calculus', 'stem', 'tech', 'business', 'sports', 'sport', 'comedy', 'leadership', 'anything']);
/** Aversion said of a group: "[group] creep me out", "[group] give me the creeps", "[group] make my skin crawl". */
const AVERSION: readonly (readonly string[])[] = [
  ['creep', 'me', 'out'], ['creeps', 'me', 'out'], ['freak', 'me', 'out'], ['freaks', 'me', 'out'], ['weird', 'me', 'out'], ['weirds', 'me', 'out'],
  ['gross', 'me', 'out'], ['grosses', 'me', 'out'], ['give', 'me', 'the', 'creeps'], ['gives', 'me', 'the', 'creeps'], ['give', 'me', 'the', 'ick'],
  ['gives', 'me', 'the', 'ick'], ['give', 'me', 'the', 'willies'], ['give', 'me', 'the', 'heebie'], ['make', 'my', 'skin', 'crawl'],
  ['makes', 'my', 'skin', 'crawl'], ['make', 'me', 'uncomfortable'], ['make', 'me', 'feel', 'uncomfortable'], ['make', 'me', 'uneasy'],
  ['make', 'me', 'want', 'to', 'puke'], ['repulse', 'me'], ['repel', 'me'], ['disgust', 'me'],
  ['make', 'my', 'flesh', 'crawl'], ['makes', 'my', 'flesh', 'crawl'], ['turn', 'my', 'stomach'], ['turns', 'my', 'stomach'],
  ['make', 'me', 'nervous'], ['makes', 'me', 'nervous'], ['make', 'me', 'anxious'], ['makes', 'me', 'anxious'], ['scare', 'me'], ['scares', 'me'], ['frighten', 'me'], ['terrify', 'me'], ['unsettle', 'me'],
];

/** Roles a negated obligation keeps a group out of: "[group] shouldn't be pilots". */
const ROLES = new Set([
  'teachers', 'teacher', 'doctors', 'nurses', 'pilots', 'surgeons', 'leaders', 'bosses', 'managers', 'ceos', 'judges', 'police', 'cops',
  'officers', 'soldiers', 'priests', 'pastors', 'coaches', 'politicians', 'president', 'presidents', 'parents', 'babysitters', 'engineers',
  'scientists', 'lawyers', 'firefighters', 'role', 'citizens', 'voters', 'mothers', 'fathers', 'ministers', 'mps', 'senators',
  'carers', 'nannies', 'headteachers', 'principals', 'counsellors', 'therapists', 'midwives', 'mentors', 'scoutmasters', 'coach', 'doctor', 'nurse', 'pilot',
  'cashier', 'cashiers', 'clerk', 'clerks', 'receptionist', 'receptionists', 'accountants', 'surgeon', 'judge', 'mayor', 'mayors', 'manager', 'officer',
]);
/** Nouns a control participle may describe instead ("registered voters", "vaccinated members"): roles, not controls. */
const ROLE_HOLDERS = new Set(['residents', 'resident', 'patients', 'students', 'voter', 'voters', 'member', 'members', 'donor', 'donors', 'users', 'user', 'partners', 'partner', 'owners', 'owner', 'drivers', 'driver', 'nurse', 'citizen', 'charity', 'charities', 'business', 'businesses']);
/** Services a group is "registered with" for its own good: "registered with a GP / dentist / school". */
const CARE_PROVIDERS = new Set(['gp', 'doctor', 'doctors', 'dentist', 'dentists', 'clinic', 'practice', 'surgery', 'school', 'schools', 'nursery', 'library', 'bank', 'midwife', 'charity', 'union']);
/** "in" + these: "[group] shouldn't be in charge / in the military". */
const IN_ROLES = new Set(['charge', 'power', 'office', 'government', 'politics', 'military', 'army', 'combat', 'leadership', 'positions', 'sports', 'schools', 'classrooms', 'classroom', 'parliament', 'congress', 'management']);
/** Acts with children a negated obligation denies: "[group] shouldn't adopt / teach kids". */
const CHILD_ACTS = new Set(['adopt', 'foster', 'teach', 'babysit', 'coach', 'raise', 'work', 'be', 'go', 'come', 'live', 'mentor']);

/**
 * After "[group] should not (be)", the end of a phrase that keeps the group from children or a role,
 * or -1. "shouldn't have to" relieves rather than excludes ("shouldn't have to teach in secret").
 */
function keptFromRoles(tokens: readonly Token[], k: number, i: number, passive: boolean): number {
  if (tokens.slice(k, i - 1).some((t) => t.w === 'have' || t.w === 'has')) return -1;
  const head = word(tokens, i);
  const childWithin = (from: number): number => {
    for (let j = from; j <= from + 3 && j < tokens.length && !CLAUSE_BREAK.has(word(tokens, j)); j++) if (CHILDREN.has(word(tokens, j))) return j;
    return -1;
  };
  if (passive && ROLES.has(head)) return i + (head === 'role' ? 1 : 0);
  // "[group] shouldn't be put in customer-facing roles / given management jobs / hired as teachers": a placement refused
  if (passive && PLACED.has(head)) {
    for (let j = i + 1; j <= i + 5 && j < tokens.length && !CLAUSE_BREAK.has(word(tokens, j)); j++) if (PLACED_IN.has(word(tokens, j)) || ROLES.has(word(tokens, j))) return j;
    return -1;
  }
  // "[group] shouldn't be driving (at all)", "... shouldn't be voting": a civic act refused in the progressive
  if (passive && /ing$/.test(head) && [head.replace(/ing$/, ''), head.replace(/ing$/, 'e')].some((b) => BARE_CIVIC_ACTS.has(b))) {
    const next = word(tokens, i + 1);
    if (!next || CLAUSE_BREAK.has(next) || next === ',' || ['at', 'anymore', 'ever', 'either', 'period'].includes(next)) return i;
  }
  // "[group] shouldn't be treating patients / teaching our kids / flying planes": a profession refused in the progressive
  // (not with a condition: "shouldn't be treating patients without registration / while exhausted / with no interpreter")
  if (passive && PRACTISING.has(head) && !tokens.slice(i + 1, i + 10).some((t, n, a) => HINDERED_BY.has(t.w) || (t.w === 'no' && a[n - 1]?.w === 'with'))) {
    const object = ['patients', 'kids', 'children', 'planes', 'our', 'the', 'people', 'anyone', 'students', 'pupils', 'cases', 'customers', 'clients'].includes(word(tokens, i + 1));
    if (object) return Math.min(tokens.length - 1, word(tokens, i + 1) === 'our' || word(tokens, i + 1) === 'the' ? i + 2 : i + 1);
  }
  // "[group] shouldn't be taking up hospital beds / school places / our jobs": a share grudged as taken from others
  // (a cause or a better place named passes: "because care homes won't take them", "they need hospital beds", "fund social care")
  if ((head === 'taking' || head === 'take') && word(tokens, i + 1) === 'up' && !tokens.some((t, n) => ['because', 'need', 'needs', 'fund', 'less', 'more', 'instead', 'cause'].includes(t.w) || (n > i && t.w === 'should')) && tokens[tokens.length - 1]?.w !== '?') {
    for (let j = i + 2; j <= i + 5 && j < tokens.length && !CLAUSE_BREAK.has(word(tokens, j)); j++) if (TAKEN_UP.has(word(tokens, j))) return j;
  }
  if (passive && ['around', 'near', 'alone', 'with', 'left'].includes(head)) return childWithin(i + 1);
  if (passive && head === 'in') {
    const at = ['the', 'our', 'a'].includes(word(tokens, i + 1)) ? i + 2 : i + 1;
    return IN_ROLES.has(word(tokens, at)) ? at : -1;
  }
  if (!passive && (head === 'adopt' || head === 'foster')) return i;
  // "[group] shouldn't be having / have kids" (not "... if they don't want to")
  const kids = CHILDREN.has(head) && ['have', 'had'].includes(word(tokens, i - 1)) ? i : ['having', 'have'].includes(head) && CHILDREN.has(word(tokens, i + 1)) ? i + 1 : -1;
  if (kids > 0 && word(tokens, i - 2) !== 'to' && !['if', 'unless', 'until', 'before', 'when', 'yet'].includes(word(tokens, kids + 1))) return kids;
  const nearChild = !passive && CHILD_ACTS.has(head) ? childWithin(i + 1) : -1;
  if (nearChild >= 0) return nearChild;
  // "[group] shouldn't vote.", "[group] should never marry": a civic act refused outright, with nothing after it
  const after = word(tokens, i + 1);
  // "Catholic priests shouldn't marry, that's their rule": a rule of a faith or a law, stated
  if (tokens.some((t) => RULE_TAGS.has(t.w))) return -1;
  if (!passive && BARE_CIVIC_ACTS.has(head) && (!after || CLAUSE_BREAK.has(after) || after === ',' || ['ever', 'period', 'either', 'at', 'full'].includes(after))) return i;
  // "[group] shouldn't hold office / own property / live here / get the same benefits as us"
  // ("get" and "own" are read as auxiliary and filler on the way to the head, so they are looked for before it)
  let verbAt = CIVIC_OBJECTS[head] ? i : -1;
  for (let j = i - 1; verbAt < 0 && j >= Math.max(k, i - 3); j--) if (['get', 'gets', 'own'].includes(word(tokens, j))) verbAt = j;
  const objects = verbAt >= 0 ? CIVIC_OBJECTS[word(tokens, verbAt).replace(/s$/, '')] : undefined;
  if (!passive && objects) {
    // ("compete in women 's sports": the object may sit four words on)
    for (let j = verbAt + 1; j <= verbAt + 4 && j < tokens.length && !CLAUSE_BREAK.has(word(tokens, j)); j++) {
      if (!objects.has(word(tokens, j))) continue;
      // "shouldn't get less support", "citizenship taken away", "enter the country through dangerous routes": a loss or
      // a manner refused, not the act
      if (tokens.slice(verbAt + 1, j).some((t) => t.w === 'less' || t.w === 'fewer') || LOSS_AFTER.has(word(tokens, j + 1))) return -1;
      // ("shouldn't get security clearance until their checks are done", "postings where they face abuse", "based on race"):
      // a condition or a reason after the object
      if (tokens.slice(j + 1, j + 6).some((t) => ['until', 'unless', 'where', 'based', 'without', 'while'].includes(t.w))) return -1;
      // "the same benefits as us" withholds parity; "the same treatment as criminals" refuses a slight
      const same = tokens.slice(verbAt + 1, j + 1).some((t) => t.w === 'same');
      if (same && !(word(tokens, j + 1) === 'as' && INSIDERS.has(word(tokens, j + 2)))) return -1;
      return j;
    }
  }
  if (!passive && CHILD_ACTS.has(head)) return -1;
  // "[group] shouldn't be teaching / coaching our kids"
  if (passive && /ing$/.test(head) && (CHILD_ACTS.has(head.replace(/ing$/, '')) || CHILD_ACTS.has(head.replace(/ing$/, 'e')))) return childWithin(i + 1);
  return -1;
}

function forNobody(tokens: readonly Token[], i: number): boolean {
  for (let j = i + 1; j < Math.min(tokens.length, i + 6) && !CLAUSE_BREAK.has(word(tokens, j)); j++) {
    if (word(tokens, j) === 'for' && ['nobody', 'noone', 'no'].includes(word(tokens, j + 1))) return true;
  }
  return false;
}

/** Words that make a habit fond, or the writer one of the group: "it's adorable", "that's why we win", "I mean with love". */
const FOND_HABIT = new Set(['guilty', 'love', 'loved', 'beautiful', 'incredible', 'thank', 'proud', 'adorable', 'nice', 'cute', 'sweet', 'friendship', 'network', 'win', 'adore', 'we', 'us', 'me', 'funny', 'hilarious', 'charming', 'lovely']);
/** Habits an excess turns into a complaint about the group: "talk too much", "complain all the time", "never shut up". */
const ANNOYANCES = new Set(['talk', 'talks', 'moan', 'moans', 'complain', 'complains', 'whinge', 'whinges', 'whine', 'whines', 'shout', 'shouts', 'gossip', 'gossips', 'stick', 'sticks', 'breed', 'breeds', 'party', 'parties', 'nag', 'nags', 'lie', 'lies', 'steal', 'steals', 'scream', 'screams', 'shut', 'drink', 'drinks', 'fight', 'fights', 'cry', 'cries', 'bitch', 'bitches', 'bicker', 'bickers']);
/** What a group may be less suited to without a fault of its own: "the old uniforms", "our current training", "night shifts". */
const FITTED_THINGS = new Set(['the', 'our', 'current', 'standard', 'old', 'early', 'night', 'this', 'these', 'that', 'those', 'existing', 'new', 'traditional', 'typical', 'most']);
/** Violence done to a person (not the law's punishments: "any Muslim who breaks the law will be punished like anyone else"). */
const VIOLENT_DONE = new Set(['shot', 'killed', 'beaten', 'stabbed', 'hanged', 'hung', 'lynched', 'burned', 'burnt', 'murdered', 'hurt', 'attacked', 'bombed', 'gassed', 'slaughtered', 'butchered', 'strangled', 'tortured', 'raped', 'punched', 'kicked']);
/** Shares a group is grudged for "taking up": beds, places, jobs, housing. */
const TAKEN_UP = new Set(['beds', 'bed', 'places', 'place', 'jobs', 'job', 'housing', 'homes', 'seats', 'space', 'room', 'spots', 'appointments', 'resources', 'benefits', 'positions']);
/** Harms a group is said to bring with it: "Mexicans bring their cartels", "they bring crime". */
const BROUGHT_HARMS = new Set(['crime', 'crimes', 'drugs', 'cartels', 'gangs', 'disease', 'diseases', 'violence', 'terrorism', 'terror', 'rape', 'knives', 'guns', 'filth', 'dirt', 'sharia', 'chaos']);
/** Verb tropes: the verb, and the words one of which must follow within three tokens. */
const VERB_TROPES: Readonly<Record<string, readonly string[]>> = {
  hate: ['our', 'us', 'freedom', 'democracy', 'west', 'western', 'america', 'britain', 'europe', 'christians', 'christianity'],
  refuse: ['learn', 'integrate', 'assimilate', 'adapt', 'english', 'work', 'fit'],
  run: ['grooming', 'gangs', 'gang', 'drugs', 'brothels', 'scams', 'mafia', 'rackets', 'cartels'],
  live: ['huts', 'trees', 'caves', 'mud'],
  for: ['benefits', 'handouts', 'freebies', 'money', 'welfare'],
  // the old conspiracy of ownership: "every Jew owns a bank", "Jews own Hollywood"
  own: ['bank', 'banks', 'media', 'hollywood', 'world', 'everything', 'newspapers', 'government', 'governments', 'politicians'],
};
const TROPE_VERBS: Readonly<Record<string, string>> = { hate: 'hate', hates: 'hate', refuse: 'refuse', refuses: 'refuse', run: 'run', runs: 'run', live: 'live', lives: 'live', for: 'for', own: 'own', owns: 'own' };

function verbTrope(tokens: readonly Token[], i: number, head: string): number {
  // "own" is skipped as a filler ("their own kind") on the way to the head: "Jews own Hollywood" arrives here at "hollywood"
  if (word(tokens, i - 1) === 'own' && !['their', 'his', 'her', 'my', 'our', 'its', 'your', 'on'].includes(word(tokens, i - 2))) {
    return (VERB_TROPES.own ?? []).includes(head) || (['the', 'all', 'every'].includes(head) && (VERB_TROPES.own ?? []).includes(word(tokens, i + 1))) ? i : -1;
  }
  // "[group] come here for the benefits", "came over for the handouts": the motive trope with its own verb of arrival
  if (['come', 'comes', 'came', 'move', 'moved', 'migrate', 'flock'].includes(head)) {
    // "[group] come here to take, never to give", "came over to sponge": the motive named by a verb of taking
    const to = tokens.slice(i + 1, i + 4).findIndex((t) => t.w === 'to');
    if (to >= 0 && ['here', 'over'].includes(word(tokens, i + 1))) {
      const tv = word(tokens, i + 2 + to);
      const after = word(tokens, i + 3 + to);
      // ("came over to steal the show / my heart", "to take our courses", "to take our money at darts": idioms, a trade, a game)
      const idiom = STOLEN_IDIOMS.has(word(tokens, i + 4 + to)) || STOLEN_IDIOMS.has(after);
      const ours = after === 'our' && !['jobs', 'homes', 'houses', 'benefits', 'land', 'women', 'country', 'money'].includes(word(tokens, i + 4 + to));
      const game = tokens.slice(i + 4 + to, i + 8 + to).some((t) => ['at', 'darts', 'poker', 'cards', 'pool', 'chess'].includes(t.w));
      if (TAKING.has(tv) && !idiom && !ours && !game && (tv !== 'take' || ['', ',', '.', '!', 'and', 'never', 'our', 'everything', 'what', 'from'].includes(after))) return i + 2 + to;
    }
    const f = tokens.slice(i + 1, i + 4).findIndex((t) => t.w === 'for');
    if (f < 0) return -1;
    // ("come in for benefits advice", "come to us for welfare support": a service visited)
    if (word(tokens, i + 1) === 'in' || (word(tokens, i + 1) === 'to' && word(tokens, i + 2) === 'us')) return -1;
    let j = i + 2 + f;
    let free = false;
    while (['the', 'our', 'free', 'easy', 'generous'].includes(word(tokens, j))) free ||= word(tokens, j++) !== 'the' && word(tokens, j - 1) !== 'our';
    // ("footballers come here for the money" is a wage; "for the free money" and "for the benefits" are the trope)
    const o = word(tokens, j);
    const service = ['advice', 'checks', 'check', 'rights', 'support', 'sessions', 'session', 'clinic', 'package', 'of', 'office', 'team'].includes(word(tokens, j + 1));
    return (VERB_TROPES.for ?? []).includes(o) && (o !== 'money' || free) && !service ? j : -1;
  }
  // "[group] bring their crime / drugs / cartels (with them)": what they bring, named straight after the verb
  if (['bring', 'brings'].includes(head)) {
    let j = i + 1;
    while (['their', 'the', 'in', 'all', 'more', 'nothing', 'but'].includes(word(tokens, j))) j++;
    // ("bring crime rates down", "disease control skills", "the drugs round", "chaos ... in the best way": a compound or fun)
    const nx = word(tokens, j + 1);
    const compound = /^[a-z]+$/.test(nx) && !['and', 'with', 'to', 'wherever', 'here', 'into', 'everywhere', 'in', 'from', 'over'].includes(nx);
    return BROUGHT_HARMS.has(word(tokens, j)) && !compound && !tokens.some((t) => ['best', 'fun', 'down', 'joy'].includes(t.w)) ? j : -1;
  }
  const v = TROPE_VERBS[head];
  if (!v) return -1;
  // "for" only after "here": "refugees are here for the free money"
  if (v === 'for' && word(tokens, i - 1) !== 'here') return -1;
  // "their hate for our ...": the noun, not the verb
  if (v === 'hate' && ['for', 'of', 'towards', 'toward'].includes(word(tokens, i + 1))) return -1;
  const objects = VERB_TROPES[v] ?? [];
  for (let j = i + 1; j <= i + 4 && j < tokens.length && !CLAUSE_BREAK.has(word(tokens, j)); j++) if (objects.includes(word(tokens, j))) return j;
  return -1;
}

/** The base in `bases` that `w` is a present form of ("stabs", "stabbing", "abusing"), or null: past tenses are left to the news. */
function presentOf(w: string, bases: ReadonlySet<string> | Readonly<Record<string, unknown>>): string | null {
  const has = (b: string): boolean => (bases instanceof Set ? bases.has(b) : Object.hasOwn(bases, b));
  const cands = [w, w.replace(/s$/, ''), w.replace(/es$/, ''), w.replace(/ies$/, 'y'), w.replace(/ing$/, ''), w.replace(/ing$/, 'e'), w.replace(/(.)\1ing$/, '$1')];
  for (const c of cands) if (c.length > 1 && has(c)) return c;
  return null;
}
/** Words that sharpen a dehumanising noun after them: "rabid dogs", "filthy rats", "feral animals". */
const ANIMAL_MODIFIERS = new Set(['human', 'walking', 'absolute', 'total', 'rabid', 'feral', 'wild', 'filthy', 'dirty', 'disgusting', 'diseased', 'mangy', 'vicious', 'savage', 'mindless', 'brainless', 'dumb', 'stupid', 'little', 'sewer', 'gutter', 'mutilated', 'breeding', 'inbred']);

/** The faculties whose judging judges the group (not memory, which ages): "women's brains", "Black people's IQ". */
const MINDS = new Set(['brains', 'brain', 'iq', 'iqs', 'intelligence', 'intellect', 'minds', 'mind', 'skulls']);
/** What a group's faculty is said to be when the group is put below others: "women's brains are smaller". */
const LESSER_FACULTY = new Set(['smaller', 'weaker', 'lower', 'slower', 'inferior', 'underdeveloped', 'undeveloped', 'primitive', 'tiny', 'defective', 'broken']);

/** Rights a denied opinion refuses a group: "I don't think women should vote / drive / adopt". */
const OPINION_RIGHTS = new Set(['vote', 'drive', 'adopt', 'marry', 'teach', 'lead', 'serve', 'work', 'exist', 'parent', 'preach', 'pray', 'worship']);

/** Spans of time long enough to make a progressive a habit: "have been scheming for centuries". */
const AGES = new Set(['centuries', 'decades', 'generations', 'millennia', 'forever', 'ages']);
/** Places a group is told to get out of: "get out of my country", "out of our schools" (an office, a street or a church
 * only as "ours"). */
const OUR_PLACES = new Set(['country', 'countries', 'land', 'nation', 'town', 'neighbourhood', 'neighborhood', 'schools', 'school', 'uk', 'britain', 'england', 'america', 'us', 'europe', 'continent', 'government', 'parliament', 'sport', 'sports', 'military', 'army']);
const OURS_ONLY = new Set(['city', 'street', 'streets', 'area', 'village', 'workplace', 'office', 'church']);
/** Countries named bare after "get out of": "Britain", "Europe". */
const BARE_COUNTRIES = new Set(['britain', 'england', 'scotland', 'wales', 'ireland', 'europe', 'america', 'australia', 'canada', 'france', 'germany', 'here']);
/** Modals that make an act possible or future rather than a habit: "[group] can be attacked", "might beat the odds". */
const NOT_HABITUAL = new Set(['can', 'could', 'may', 'might', 'would', 'will', 'to', 'going', 'gonna', 'have', 'has', 'had', 'got', 'get', 'gets', 'did']);
/** Words in the clause that put the group on the receiving end or argue against the claim: "victims of", "accused of". */
const RECEIVING_END = new Set(['victims', 'victim', 'against', 'accused', 'blamed', 'myth', 'stereotype', 'wrongly', 'because', 'than', 'anti', 'protection', 'safety', 'self-defence', 'defence', 'defense']);
/** What is shot in sport, film and idiom: "shoot hoops", "shoot the breeze", "shoot a scene". */
const SHOT_THINGS = new Set(['hoops', 'hoop', 'baskets', 'basket', 'pool', 'photos', 'photo', 'pictures', 'video', 'videos', 'film', 'films', 'scenes', 'scene', 'goals', 'goal', 'breeze', 'ball', 'puck', 'gap', 'shot', 'shots', 'moon', 'messenger', 'rapids', 'commercial', 'ad', 'ads', 'episode', 'movie', 'clay', 'clays', 'arrows', 'targets', 'target']);
/** What keeps a neglect about the group's own good: "neglect their own health". */
const SELF_CARE = new Set(['health', 'needs', 'wellbeing', 'themselves', 'sleep']);

/**
 * A habit pinned on the group by a plain present-tense statement: a crime with its object ("[group] beat their wives"),
 * a vice ("[group] fake their illnesses", "always gossip"), any verb with a vice object ("sell drugs", "are begging for
 * handouts", "live off benefits"), or a duty everyone has denied with "never" ("never integrate", "never say thank you").
 * Past tenses, obligations, possibilities and passives stay out: those report what happened or what is done to them.
 */
function habitReading(tokens: readonly Token[], k: number, i: number, st: FrameState): PredicateReading | null {
  const head = word(tokens, i);
  // "[group] have been scheming for centuries": the perfect progressive over an age is a habit
  const ages = PERFECT.has(st.modal) && /ing$/.test(head) && word(tokens, i - 1) === 'been' && tokens.slice(i + 1, i + 6).some((t) => AGES.has(t.w));
  // "They'd only abuse the kids", "they would just steal it": a crime foretold of the group as what it would surely do
  const foretold = ['would', 'will'].includes(st.modal) && tokens.slice(k, i).some((t) => ['only', 'just', 'probably', 'definitely', 'obviously', 'surely', 'all'].includes(t.w)) && presentOf(head, CRIME_VERBS) !== undefined;
  if (!ages && !foretold && (st.deontic || st.passive || NOT_HABITUAL.has(st.modal))) return null;
  if (!/^[a-z]+$/.test(head)) return null;
  const ing = /ing$/.test(head);
  // a copula before the head is only the progressive: "are begging", not "are victims of"
  if (st.aux && !ing && !['do', 'does'].includes(st.modal)) return null;
  if (st.aux && ing && !tokens.slice(k, i).some((t) => COPULA.has(t.w))) return null;
  let stop = i + 1;
  while (stop < tokens.length && stop <= i + 8 && !CLAUSE_BREAK.has(word(tokens, stop)) && word(tokens, stop) !== ',') stop++;
  const clause = tokens.slice(i + 1, stop);
  if (clause.some((t) => RECEIVING_END.has(t.w))) return null;
  const next = word(tokens, i + 1);
  const denied = ['nothing', 'nobody', 'noone', 'no', 'none'].includes(next);
  const found = (end: number, what: string): PredicateReading => (st.negated || denied ? { kind: 'negated-attack', end, head: what, habit: true } : { kind: 'stereotype', end, head: what, habit: true });
  const objectEnd = (): number => Math.min(stop - 1, i + (['their', 'the', 'our', 'a', 'an', 'each', 'every', 'young', 'little', 'gay', 'christian'].includes(next) ? 2 : 1));
  // "the trans candidate beat the incumbent", "didn't a woman beat her?": a bare verb after one person is a past event
  const bare = !ing && !/s$/.test(head);
  if (bare && singularSubject(tokens, k)) return null;
  // "if they abuse that right": a condition, not a claim
  if (tokens.slice(Math.max(0, k - 4), k).some((t) => ['if', 'unless', 'whether'].includes(t.w))) return null;
  const crime = presentOf(head, CRIME_VERBS);
  // "abuse their power / that right" misuses a thing, not a person
  if (crime === 'abuse' && clause.some((t) => ['right', 'rights', 'power', 'position', 'privilege', 'privileges', 'trust', 'system'].includes(t.w))) return null;
  // "beat the odds / a dead horse / the incumbent": winning or an idiom; the crime beats people
  const beaten = crime === 'beat' && !['their', 'his', 'her', 'women', 'kids', 'children', 'wives', 'people', 'up', 'gay', 'each'].includes(next);
  // "shooting hoops", "shooting for the cup", "shoot first and ask questions later" at paintball: sport, film and idiom
  // "shoot the breeze", "shoot a video", "shoot some hoops": the object after the article decides; "shoot the cops" is not sport
  // ("shoot the best wedding videos", "shoot a music video": the head noun within four words, with no person before it)
  let shotThing = false;
  for (let x = i + 1; x <= i + 4 && x < stop; x++) {
    const o = word(tokens, x);
    if (PERSON_WORDS.has(o) || o === 'people') break;
    if (SHOT_THINGS.has(o)) { shotThing = true; break; }
  }
  if (crime === 'shoot' && (shotThing || next === 'for' || next === 'first' || tokens.some((t) => ['paintball', 'match', 'game', 'cup', 'court', 'camera', 'photo', 'photoshoot'].includes(t.w)))) return null;
  if (crime && !beaten && next && !CLAUSE_BREAK.has(next) && !['by', 'with', ','].includes(next)) return found(objectEnd(), crime);
  const vice = presentOf(head, VICE_VERBS);
  // "neglect their own health" harms only themselves; "milk cows" is farming, "milk the system" is not
  const selfCare = clause.some((t) => SELF_CARE.has(t.w));
  // "forge ahead / new links": making, not faking
  const making = vice === 'forge' && ['ahead', 'a', 'an', 'new', 'links', 'bonds', 'friendships', 'alliances', 'partnerships', 'paths', 'careers'].includes(next);
  if (vice && !selfCare && !making && (vice !== 'milk' || clause.some((t) => ['system', 'state', 'benefits', 'nhs', 'taxpayers', 'it'].includes(t.w)))) return found(stop - 1 > i ? objectEnd() : i, vice);
  // "[group] live off benefits / the state" (not "off the land / grid")
  if (presentOf(head, new Set(['live'])) && next === 'off' && !['land', 'grid'].includes(word(tokens, i + 2) === 'the' ? word(tokens, i + 3) : word(tokens, i + 2))) return found(Math.min(stop - 1, i + 3), 'live off');
  // "pick up litter" clears it; "pick pockets" is the theft
  if (!presentOf(head, AGAINST_VERBS) && !(['pick', 'picks', 'picking'].includes(head) && next === 'up') && !/ed$/.test(head) && !PREPOSITIONS.has(head)) {
    for (let j = i + 1; j <= i + 4 && j < stop; j++) {
      if (!VICE_OBJECTS.has(word(tokens, j))) continue;
      // "live in terror", "from drugs": a state suffered or a place left, not a habit
      if (AGAINST_VERBS.has(word(tokens, j - 1)) || ['no', 'in', 'from'].includes(word(tokens, j - 1))) break;
      // "bring crime down", "bring the drugs round": a compound, or the vice brought down
      if (COMPOUND_HEADS.has(word(tokens, j + 1))) break;
      return found(j, head);
    }
  }
  // "[group] never integrate / learn the language / pull their weight": neglect of a duty made a trait
  // (a duty with its object is neglected with "don't" too: "[group] don't say thank you / learn the language"; not the
  // same way, not yet, not at first)
  const never = tokens.slice(k, i).some((t) => t.w === 'never');
  const duty = st.negated && !ing ? presentOf(head, NEVER_DUTIES) : null;
  if (duty && (never || (NEVER_DUTIES[duty] && !clause.some((t) => DUTY_QUALIFIERS.has(t.w))))) {
    const objects = Object.hasOwn(NEVER_DUTIES, duty) ? NEVER_DUTIES[duty] : undefined;
    if (objects === null || objects === undefined) {
      // "never work on the Sabbath / at night": a time or rule, not idleness
      if (!['on', 'at', 'for', 'out', 'late', 'without', 'until', 'unless', 'alone', 'weekends', 'sundays'].includes(next)) return { kind: 'stereotype', end: i, head: `${never ? 'never' : "don't"} ${duty}`, habit: true };
    } else {
      for (let j = i + 1; j <= i + 3 && j < stop; j++) if (objects.includes(word(tokens, j))) return { kind: 'stereotype', end: j, head: `${never ? 'never' : "don't"} ${duty}`, habit: true };
    }
  }
  return null;
}
/** What makes a neglected duty a difference of manner or time rather than a fault: "the same way", "yet", "at first". */
const DUTY_QUALIFIERS = new Set(['same', 'way', 'like', 'yet', 'first', 'until', 'when', 'if', 'as', 'much', 'often', 'always', 'necessarily']);
/** Plural nouns without an -s that can end a subject: "people", "women". */
const PLURAL_NOUNS = new Set(['people', 'men', 'women', 'children', 'folk', 'police', 'chinese', 'japanese', 'vietnamese', 'lebanese', 'sudanese', 'portuguese', 'swiss', 'roma', 'elderly', 'disabled', 'deaf', 'blind', 'poor', 'young', 'old']);
/** A subject naming one person ("a woman", "the trans candidate"), whose bare verb is more likely past than habitual. */
function singularSubject(tokens: readonly Token[], k: number): boolean {
  const last = word(tokens, k - 1);
  if (/s$/.test(last) || PLURAL_NOUNS.has(last)) return false;
  return tokens.slice(Math.max(0, k - 4), k - 1).some((t) => ['a', 'an', 'the', 'this', 'that', 'my', 'his', 'her', 'our', 'your', 'their'].includes(t.w));
}
/** Words that start a phrase rather than a verb: a head like this is no act. */
const PREPOSITIONS = new Set(['on', 'in', 'from', 'of', 'at', 'with', 'and', 'or', 'who', 'that', 'like', 'for', 'about', 'to', 'by', 'under', 'into', 'here', 'there', 'i', 'we', 'you', 'he', 'she', 'they']);

/** Bad verdicts in a role: "[group] make terrible leaders". */
const BAD_IN_ROLE = new Set(['terrible', 'bad', 'lousy', 'awful', 'poor', 'horrible', 'useless', 'shit', 'shitty', 'crap', 'crappy', 'rubbish', 'dreadful', 'pathetic', 'incompetent', 'worse', 'hopeless']);
/** Dues everyone pays, said to be dodged: "never pay their taxes". */
const DUES = new Set(['taxes', 'tax', 'rent', 'bills', 'debts', 'way', 'fines', 'fare', 'fares', 'share']);
/** Reasons a group pays nothing that are no fault: "free passes", "exempt", "because". */
const EXEMPT = new Set(['free', 'exempt', 'exemption', 'because', 'since', 'allowed', 'covered', 'waived', 'entitled', 'eligible', 'scheme']);
/** A noun naming people in a role: "leaders", "engineers", "parents", "drivers". */
function isRoleNoun(w: string): boolean {
  return /[a-z]{2,}(ers|ors|ians|ists|ents|ants)$/.test(w) || ['parents', 'mothers', 'fathers', 'wives', 'husbands', 'bosses', 'cooks', 'chefs', 'soldiers', 'pilots', 'citizens', 'neighbours', 'neighbors', 'friends', 'employees', 'staff', 'colleagues', 'partners', 'cops', 'police', 'doctors', 'nurses', 'judges', 'coaches', 'ceos', 'presidents', 'leaders', 'role'].includes(w);
}

/** Placements a negated obligation refuses: "shouldn't be put in / given / hired for ...". */
const PLACED = new Set(['put', 'placed', 'given', 'hired', 'employed', 'promoted', 'appointed', 'elected', 'trusted']);
/** Where a refused placement puts the group: a role, a job, a post. */
const PLACED_IN = new Set(['roles', 'role', 'jobs', 'job', 'posts', 'charge', 'power', 'management', 'leadership', 'office', 'responsibility', 'authority']);
/** Civic acts a group is refused when the sentence ends on them: "[group] shouldn't vote". */
const BARE_CIVIC_ACTS = new Set(['vote', 'drive', 'marry', 'immigrate', 'serve', 'lead', 'govern', 'rule', 'preach', 'teach', 'breed', 'procreate', 'reproduce', 'compete', 'emigrate', 'enlist', 'worship', 'pray', 'settle']);
/** Acts refused only with these objects ("shouldn't work here", not "shouldn't work for free"; "hold office", not "hold back"). */
const CIVIC_OBJECTS: Readonly<Record<string, ReadonlySet<string>>> = {
  hold: new Set(['office', 'offices', 'positions', 'power', 'seats', 'jobs', 'titles']),
  run: new Set(['office', 'country', 'countries', 'companies', 'businesses', 'government', 'things', 'anything']),
  own: new Set(['property', 'land', 'homes', 'houses', 'businesses', 'shops', 'guns']),
  live: new Set(['here', 'among', 'near', 'next']),
  work: new Set(['here', 'there']),
  enter: new Set(['country', 'countries', 'here', 'britain', 'america', 'europe', 'uk', 'us', 'schools', 'politics']),
  get: new Set(['benefits', 'citizenship', 'support', 'say', 'vote', 'votes', 'healthcare', 'respect', 'priority', 'passports', 'jobs', 'houses', 'visas', 'rights', 'pensions', 'pension', 'housing', 'promoted', 'promotions', 'seats', 'clearance', 'clearances', 'postings']),
  compete: new Set(['sports', 'sport', 'races', 'events', 'olympics', 'leagues', 'league', 'tournaments', 'competitions']),
  vote: new Set(['here']),
  // "[group] shouldn't serve in the army / the police" (not juries: "women shouldn't serve on juries?" is asked of history)
  serve: new Set(['army', 'military', 'navy', 'forces', 'police', 'parliament', 'government', 'office']),
};

/** What follows an object to make it a loss or a manner: "citizenship taken away", "enter the country through ...". */
const LOSS_AFTER = new Set(['taken', 'removed', 'revoked', 'stripped', 'cut', 'denied', 'refused', 'delayed', 'through', 'via', 'by', 'illegally', 'on']);
/** A rule stated rather than a refusal: "that's their rule", "the law", "canon law", "doctrine". */
const RULE_TAGS = new Set(['rule', 'rules', 'law', 'laws', 'doctrine', 'canon', 'vows', 'vow', 'celibacy', 'legally', 'illegal']);
/** Who "the same ... as" compares a group with when it withholds parity: "as us", "as citizens". */
const INSIDERS = new Set(['us', 'we', 'citizens', 'natives', 'locals', 'everyone', 'everybody', 'taxpayers', 'real', 'the', 'our', 'british', 'americans', 'normal', 'you', 'me', 'working']);

/** Verbs of a demeaning likeness: "[group] act like animals", "[group] multiply like cockroaches". */
const LIKE_VERBS = new Set([
  'breed', 'breeds', 'multiply', 'multiplies', 'live', 'lives', 'act', 'acts', 'behave', 'behaves', 'eat', 'eats', 'smell', 'smells',
  'look', 'looks', 'reproduce', 'reproduces', 'swarm', 'swarms', 'spread', 'spreads', 'sound', 'sounds', 'talk', 'talks',
]);
/** Skills whose lack is mocked with "can't even" or "can barely": "[group] can't even park". */
const MOCKED_SKILLS = new Set([
  'park', 'count', 'spell', 'reverse', 'tie', 'fix', 'throw', 'catch', 'use', 'follow', 'dress', 'cook', 'speak', 'add', 'type', 'swim', 'dance',
  'sing', 'function', 'behave', 'wash', 'clean', 'boil', 'pour', 'tell', 'bathe', 'shower', 'flush', 'queue', 'wipe',
]);
/** Harsh words that are slang praise for skill at a pastime. */
const SLANG_SKILL = new Set(['savage', 'wicked', 'lethal', 'ruthless', 'deadly', 'brutal', 'dangerous', 'insane', 'sick', 'mad', 'ridiculous', 'terrifying']);
/** Pastimes and the people who do them: "wicked at charades", "dangerous cooks". */
const PASTIMES = new Set(['charades', 'bridge', 'bingo', 'cards', 'poker', 'chess', 'darts', 'scrabble', 'quiz', 'quizzes', 'trivia', 'karaoke', 'dancing', 'baking', 'cooking', 'knitting', 'crosswords', 'sudoku', 'monopoly', 'pool', 'snooker', 'tennis', 'golf', 'bowls', 'netball', 'football', 'cricket', 'badminton', 'dominoes', 'mahjong', 'quizzing', 'karting', 'bowling', 'rounders', 'dodgeball', 'wordle', 'mario', 'fifa']);
const PASTIME_DOERS = new Set(['cooks', 'cook', 'bakers', 'baker', 'dancers', 'dancer', 'singers', 'players', 'bowlers', 'knitters', 'chefs', 'quizzers', 'hagglers', 'negotiators', 'gardeners']);

/** Is `head` a harsh word used as slang praise for skill at a pastime ("wicked at charades", "dangerous cooks")? */
export function slangSkill(head: string, next: string, after: string): boolean {
  if (!SLANG_SKILL.has(head)) return false;
  // (a pastime named after "at", "about" or "with", or the one who does it: "wicked at charades", "dangerous cooks"; not "evil
  // at heart", "dangerous on the streets", "filthy cooks")
  return (['at', 'about', 'with'].includes(next) && PASTIMES.has(after)) || (PASTIME_DOERS.has(next) && !['sick', 'mad'].includes(head));
}

/** What "[group] should stop ..." takes away: a vote, a licence, a family, a life. */
const STOPPED_RIGHTS = new Set(['voting', 'driving', 'breeding', 'having', 'existing', 'living', 'immigrating', 'coming', 'reproducing', 'procreating', 'teaching', 'adopting', 'marrying', 'breathing']);

/** Where a group is locked away: "put [group] in camps", "should be put back in chains", "lock them in cages". */
export const CONFINEMENT = new Set(['camps', 'camp', 'chains', 'cages', 'cage', 'ovens', 'oven', 'chambers', 'chamber', 'ghettos', 'ghetto', 'pens', 'kennels', 'zoos', 'zoo', 'shackles', 'cells', 'dungeons', 'stocks']);

/**
 * Where "put / lock ... (back) in" lands, from tokens[j]: past a particle (`particles`), "in", "into" or "behind", and up to
 * two words such as "the", "concentration", "gas" ("in concentration camps", "in the gas chambers"). The index of the place
 * word, or -1 when no "in" follows.
 */
export function confinementAt(tokens: readonly Token[], j: number, particles: readonly string[]): number {
  if (particles.includes(word(tokens, j))) j++;
  if (!['in', 'into', 'behind'].includes(word(tokens, j))) return -1;
  let c = j + 1;
  while (['the', 'a', 'their', 'some', 'concentration', 'labour', 'labor', 'internment', 'gas', 'prison', 'death', 'work', 'iron'].includes(word(tokens, c)) && c < j + 3) c++;
  return c;
}

/**
 * The end of the way out after an auxiliary "get" at tokens[i] ("out of my country", "the hell out", "lost"), or -1. The way
 * out must end the clause or name our place, and the place must end the clause: "get out of the street if the march
 * comes through", "out of the UK while they can", "get out and vote" advise.
 */
function wayOutEnd(tokens: readonly Token[], i: number, head: string, next: string): number {
  const endsAt = (e: number) => !word(tokens, e + 1) || CLAUSE_BREAK.has(word(tokens, e + 1)) || [',', 'now', 'already', 'asap', 'lol', 'immediately', 'forever'].includes(word(tokens, e + 1));
  if (head === 'lost') return !next || CLAUSE_BREAK.has(next) || next === ',' ? i : -1;
  // ("get the hell out", "get tf out": swearing may sit before the way out)
  let out = i;
  while (out < i + 3 && ['the', 'hell', 'fuck', 'heck', 'tf', 'fuckin', 'fucking'].includes(word(tokens, out))) out++;
  if (word(tokens, out) !== 'out') return -1;
  if (endsAt(out)) return out;
  if (word(tokens, out + 1) !== 'of') return -1;
  const d = word(tokens, out + 2);
  const place = BARE_COUNTRIES.has(d) ? out + 2 : ['my', 'our'].includes(d) && (OUR_PLACES.has(word(tokens, out + 3)) || OURS_ONLY.has(word(tokens, out + 3))) ? out + 3 : ['this', 'the'].includes(d) && OUR_PLACES.has(word(tokens, out + 3)) ? out + 3 : -1;
  return place > 0 && endsAt(place) ? out : -1;
}

/**
 * "[group] should stop voting" said outright: "stop driving at night if ...", "stop working so hard", "stop coming on small
 * boats, it's dangerous" advise, and so does a condition narrowing the group ("old people with dementia", "women over 45").
 */
function stopCalledFor(tokens: readonly Token[], k: number, i: number, next: string): boolean {
  const stopAfter = word(tokens, i + 2);
  const kidsEnd = next === 'having' && ['kids', 'children', 'babies'].includes(stopAfter) && (!word(tokens, i + 3) || CLAUSE_BREAK.has(word(tokens, i + 3)) || [',', 'altogether', 'now'].includes(word(tokens, i + 3)));
  const outright = (next !== 'having' && (!stopAfter || CLAUSE_BREAK.has(stopAfter) || ['here', 'altogether', 'entirely', 'completely', 'now', 'already', 'forever', 'lol', 'tbh', 'honestly', ','].includes(stopAfter))) || kidsEnd;
  return outright && !['with', 'over', 'under', 'who', 'aged', 'that'].includes(word(tokens, k));
}

/** Killings and beatings "[group] deserve ...". */
const DESERVED_HARMS = new Set(['holocaust', 'genocide', 'death', 'bullet', 'bullets', 'beating', 'beatings', 'hanging', 'lynching', 'noose', 'extermination', 'execution', 'gassing', 'massacre', 'pogrom', 'slaughter', 'kicking', 'thrashing', 'bombing', 'bombs', 'bomb', 'deportation', 'sterilisation', 'sterilization', 'castration', 'torture', 'whipping', 'flogging', 'stoning', 'purge', 'cull', 'culling']);

/** What "[group] don't deserve to ..." takes away: life itself. */
const LIFE = new Set(['live', 'exist', 'breathe', 'survive', 'reproduce', 'breed']);
/** Results that a "the reason" frame attaches to a group only when a negator is near: "why we can't have nice things". */
const NEEDS_NEGATION = new Set(['nice']);

/** What "stick to their own ..." keeps a group among when it segregates: "their own kind", "their own countries". */
const OWN_KIND = new Set(['kind', 'kinds', 'people', 'race', 'races', 'country', 'countries', 'community', 'communities', 'neighbourhoods', 'neighborhoods', 'areas', 'ghettos', 'lane', 'type', 'sort', 'breed', 'tribe', 'tribes', 'culture', 'cultures', 'religion', 'faith', 'and']);

interface FrameState {
  deontic: boolean;
  passive: boolean;
  negated: boolean;
  only: boolean;
  aux: boolean;
  modal: string;
}

function phraseAt(tokens: readonly Token[], at: number, phrase: readonly string[]): number {
  for (let j = 0; j < phrase.length; j++) {
    const p = phrase[j] as string;
    const w = word(tokens, at + j);
    if (p === '*' ? !/^[a-z]+$/.test(w) : w !== p) return -1;
  }
  return at + phrase.length - 1;
}

/**
 * Implicit derogation read from the head at `i`: silencing ("should keep quiet"), "only good for",
 * "should be grateful", "should stick to cooking", control ("should be registered"), blame ("are the
 * reason crime is up", "are to blame"), entitlement ("think they deserve ..."), faculties ("have the
 * brains of a ..."). None of these carries an insult word: the frame is the attack.
 */
function derogationFrame(tokens: readonly Token[], i: number, st: FrameState): PredicateReading | null {
  const head = word(tokens, i);
  const next = word(tokens, i + 1);
  const found = (kind: AttackKind, end: number): PredicateReading => (st.negated ? { kind: 'negated-attack', end, head } : { kind, end, head });
  // "[group] creep me out", "[group] give me the creeps"
  for (const p of AVERSION) {
    if (p[0] !== head) continue;
    const end = phraseAt(tokens, i, p);
    if (end >= 0) return found('generalisation', end);
  }
  if (st.deontic) {
    // "be" was read as an auxiliary, so phrases that start with it are tried one token back too
    for (const p of SILENCING) {
      const end = Math.max(phraseAt(tokens, i, p), word(tokens, i - 1) === 'be' && p[0] === 'be' ? phraseAt(tokens, i - 1, p) : -1);
      if (end >= 0) return found('derogation', end);
    }
    // "should be grateful to nobody / no one" denies the debt the frame imposes
    const owedTo = next === 'to' ? word(tokens, i + 2) : '';
    if ((head === 'grateful' || head === 'thankful') && word(tokens, tokens.length - 1) !== '?' && !(NEGATORS.has(owedTo) || ['nobody', 'noone', 'none'].includes(owedTo))) return found('derogation', i);
    // "[group] should stick to cooking / to what they know"
    if (head === 'stick' && next === 'to') {
      const o = word(tokens, i + 2);
      // "stick to their own (kind / country)" segregates; "stick to their own doctors / plans" is a choice of their own
      const own = o === 'their' && word(tokens, i + 3) === 'own' && (!/^[a-z]+$/.test(word(tokens, i + 4)) || OWN_KIND.has(word(tokens, i + 4)));
      if ((/ing$/.test(o) && !['nothing', 'everything', 'something', 'anything', 'thing'].includes(o)) || o === 'what' || own) return found('derogation', i + 2);
    }
    // "should be registered voters / licensed nurses": the participle describes a role they take on, not a control put on them
    // "registered with a GP" signs them up for care, it is no watch on them ("registered with the police" still is)
    const provider = next === 'with' && CARE_PROVIDERS.has(['a', 'an', 'the', 'their', 'local'].includes(word(tokens, i + 2)) ? word(tokens, i + 3) : word(tokens, i + 2));
    if (st.passive && CONTROL_PASSIVES.has(head) && !provider && !(ROLES.has(next) || ROLE_HOLDERS.has(next) || (next === 'as' && (ROLES.has(word(tokens, i + 2)) || ROLE_HOLDERS.has(word(tokens, i + 2)))))) return found('exclusion', i + (['down', 'out', 'of', 'up'].includes(next) ? 1 : 0));
    if (st.passive && head === 'put' && next === 'down') return found('exclusion', i + 1);
  }
  // "[group] are only good for cleaning", "all [group] are good for is ...", "good for nothing"
  if ((head === 'good' || head === 'useful' || head === 'fit') && next === 'for') {
    const o = word(tokens, i + 2);
    if (st.only || ['nothing', 'one', 'is', 'was'].includes(o)) return found('derogation', i + 2);
  }
  // "[group] are the reason crime is up", "[group] are to blame for the crisis"
  // "[group] are what's wrong with this country"
  if (st.aux && head === 'what' && next === 'is' && word(tokens, i + 2) === 'wrong') return found('derogation', i + 2);
  // "[group] are why we can't have nice things" reads like "are the reason"
  if (st.aux && ['reason', 'reasons', 'cause', 'root', 'source', 'why'].includes(head)) {
    let end = -1;
    let negNear = false;
    for (let j = i + 1; j < Math.min(tokens.length, i + 14) && !['.', '!', '?', ';'].includes(word(tokens, j)); j++) {
      const x = word(tokens, j);
      if (NEGATORS.has(x)) negNear = true;
      if (REVERSALS.has(x)) return null;
      // "the reason men don't trust women": a refusal is a bad result too
      if ((BLAMED_RESULTS.has(x) && (!NEEDS_NEGATION.has(x) || negNear)) || NEGATIVE_ATTRIBUTES.has(x) || (negNear && REFUSED_ACTS.has(x))) end = j;
    }
    if (end > 0) return found('derogation', end);
  }
  // "[group] are responsible for all the world's problems", "[group] are behind most of the crime", "are behind it all":
  // the object's own noun is a harm (not "behind on rent", "behind the food bank", "responsible for sorting out the mess")
  if (st.aux && (head === 'behind' || (head === 'responsible' && next === 'for'))) {
    const ends = (j: number) => j >= tokens.length || ['.', '!', '?', 'wake', 'honestly', 'lol', 'tbh'].includes(word(tokens, j)) || (word(tokens, j) === ',' && ['wake', 'open', 'look', 'think', 'just', 'always'].includes(word(tokens, j + 1)));
    if (head === 'behind' && next === 'everything' && (ends(i + 2) || ['wrong', 'bad', 'evil'].includes(word(tokens, i + 2)))) return found('derogation', i + 1);
    if (head === 'behind' && next === 'it' && word(tokens, i + 2) === 'all' && ends(i + 3)) return found('derogation', i + 2);
    let j = head === 'behind' ? i + 1 : i + 2;
    while (j < i + 9 && OBJECT_LEAD.has(word(tokens, j))) j++;
    // (a harm word as a modifier names a scheme against it: "responsible for the crime prevention scheme")
    // ("[group] are behind the banks / the media": the old conspiracy's own words)
    if ((BLAMED_HEADS.has(word(tokens, j)) || (head === 'behind' && ['banks', 'media', 'wars'].includes(word(tokens, j)))) && !NEGATORS.has(word(tokens, i - 1)) && !['prevention', 'campaign', 'scheme', 'unit', 'squad', 'team', 'reduction', 'awareness', 'charity', 'survivors', 'victims', 'support', 'research', 'hotline', 'relief', 'response', 'desk', 'beat', 'reporting', 'policy'].includes(word(tokens, j + 1))) return found('derogation', j);
  }
  if (head === 'blame' && word(tokens, i - 1) === 'to' && st.aux) return found('derogation', next === 'for' ? i + 1 : i);
  // "[group] should be sprayed with bullets", "riddled with bullets"
  if (st.deontic && st.passive && ['sprayed', 'riddled', 'pumped', 'peppered', 'showered'].includes(head) && next === 'with' && ['bullets', 'lead', 'gunfire', 'acid', 'petrol'].includes(word(tokens, i + 2))) return found('exclusion', i + 2);
  // "[group] have tiny brains", "have the brains of a ..." (not "tiny brains" said of animals)
  if (['tiny', 'small', 'smaller', 'little', 'pea'].includes(head) && ['brains', 'brain'].includes(next) && ['have', 'has', 'got'].includes(word(tokens, i - 1))) return found('generalisation', i + 1);
  // ("[group] love to blow things up")
  if (['love', 'loves', 'like', 'likes', 'want', 'wants', 'enjoy', 'enjoys'].includes(head) && next === 'to' && ['blow', 'blowing'].includes(word(tokens, i + 2)) && ['things', 'stuff', 'people', 'shit', 'everything', 'buildings'].includes(word(tokens, i + 3)) && word(tokens, i + 4) === 'up' && !tokens.some((t) => ['minecraft', 'game', 'games', 'balloons', 'fireworks', 'lab', 'science', 'chemistry', 'kids', 'children', 'boys'].includes(t.w))) return found('stereotype', i + 4);
  // "trans women are things, not people": people denied, made things
  if (st.aux && ['things', 'objects', 'its', 'it', 'animals', 'creatures'].includes(head) && next === ',' && word(tokens, i + 2) === 'not' && !tokens.some((t) => ['according', 'incels', 'claim', 'claims'].includes(t.w)) && ['people', 'humans', 'human', 'persons', 'women', 'men'].includes(word(tokens, i + 3))) return found('dehumanising', i + 3);
  // "[group] make the worst mothers", "make terrible leaders": a role they are said to fail at
  if (['make', 'makes'].includes(head) && (['terrible', 'awful', 'bad', 'lousy', 'shit', 'shitty', 'crap', 'horrible', 'useless', 'dreadful', 'poor', 'pathetic'].includes(next) || (next === 'the' && ['worst', 'shittest', 'crappest'].includes(word(tokens, i + 2))))) {
    const r = next === 'the' ? i + 3 : i + 2;
    if (MADE_ROLES.has(word(tokens, r))) return found('generalisation', r);
  }
  // "[group] bring nothing but crime", "they've brought nothing but trouble"
  if (['bring', 'brings', 'brought', 'bringing', 'cause', 'causes', 'caused'].includes(head) && next === 'nothing' && word(tokens, i + 2) === 'but' && BLAMED_HEADS.has(word(tokens, i + 3))) return found('derogation', i + 3);
  // "[group] blow things up", "[group] think blowing people up is normal": terror pinned on the group
  const blownUp = (j: number) => ['blow', 'blows', 'blowing', 'blew'].includes(word(tokens, j)) && ['things', 'stuff', 'people', 'themselves', 'shit', 'everything', 'buildings', 'planes', 'buses'].includes(word(tokens, j + 1)) && word(tokens, j + 2) === 'up';
  // ("scientists get to blow things up", "kids love to blow stuff up": a licence or a pastime after "to", not a habit pinned)
  if (blownUp(i) && !(word(tokens, i - 1) === 'to' && ['get', 'got', 'gets', 'like', 'likes', 'allowed', 'paid', 'able'].includes(word(tokens, i - 2))) && !(word(tokens, i + 3) === 'at' && word(tokens, i + 4) === 'new') && !tokens.some((t) => ['balloons', 'balloon', 'photos', 'photo', 'pictures', 'picture', 'game', 'games', 'movie', 'film', 'fireworks', 'minecraft', 'socials', 'phone', 'twitter', 'internet', 'proportion', 'tiktok', 'online', 'viral', 'instagram', 'drones', 'drone', 'army', 'war', 'military', 'missiles', 'artillery', 'demolition', 'quarry', 'mining', 'lab', 'chemistry', 'science', 'scientists'].includes(t.w))) return found('stereotype', i + 2);
  if (['think', 'thinks', 'believe', 'believes'].includes(head)) {
    const g = /ing$/.test(next) ? i + 1 : next === 'that' && /ing$/.test(word(tokens, i + 2)) ? i + 2 : -1;
    if (g > 0 && (blownUp(g) || ['killing', 'stealing', 'raping', 'beating', 'stabbing', 'lying', 'cheating', 'begging', 'scamming', 'looting', 'rioting'].includes(word(tokens, g)))) {
      for (let j = g + 1; j <= g + 6 && j < tokens.length && !CLAUSE_BREAK.has(word(tokens, j)); j++) if (['is', "'s"].includes(word(tokens, j)) && (['normal', 'ok', 'okay', 'fine', 'acceptable', 'halal', 'cultural'].includes(word(tokens, j + 1)) || (word(tokens, j + 1) === 'allowed' && (j + 2 >= tokens.length || tokens[j + 2]?.punct === true || ['for', 'in'].includes(word(tokens, j + 2)) && !['self'].includes(word(tokens, j + 3)))))) return found('stereotype', j + 1);
    }
  }
  // "[group] act like sluts", "every gay guy behaves like a diseased animal": the conduct likened to an insult or a beast
  if (['act', 'acts', 'behave', 'behaves', 'carry'].includes(head) && (next === 'like' || (head === 'carry' && next === 'on' && word(tokens, i + 2) === 'like'))) {
    const l = next === 'like' ? i + 1 : i + 2;
    for (let j = l + 1; j <= l + 5 && j < tokens.length; j++) {
      const x = word(tokens, j);
      if (['bunch', 'pack', 'load', 'of', 'herd'].includes(x)) continue;
      if ((INSULT_NOUNS.has(x) && !WEAK_INSULT_NOUNS.has(x)) || ['sluts', 'slut', 'whores', 'whore', 'animals', 'savages', 'beasts', 'apes', 'monkeys', 'vermin', 'pigs', 'dogs', 'thugs', 'criminals', 'terrorists'].includes(x)) return found(DEHUMANISING.has(x) || ['animals', 'beasts', 'apes', 'monkeys', 'vermin', 'pigs', 'dogs', 'savages'].includes(x) ? 'dehumanising' : 'derogation', j);
      if (!/^[a-z]+$/.test(x) || ['they', 'it', 'he', 'she', 'you', 'we', 'nothing', 'normal', 'everyone', 'anyone', 'adults', 'grown', 'humans', 'people'].includes(x)) break;
    }
  }
  // "[group] think they deserve / are owed / are special"
  if (['think', 'thinks', 'believe', 'believes'].includes(head) && next === 'they') {
    for (let j = i + 2; j <= i + 6 && j < tokens.length && !CLAUSE_BREAK.has(word(tokens, j)); j++) {
      const x = word(tokens, j);
      if (ENTITLEMENT.has(x) || (x === 'better' && word(tokens, j + 1) === 'than')) return found('derogation', j);
    }
  }
  // "[group] have the brains of a goldfish", "the attention span of a toddler" (not "the brains of the operation")
  if ((FACULTIES.has(head) || FACULTIES.has(next)) && st.aux) {
    // a two-word faculty: "the attention span of", "the work ethic of"
    const of = next === 'of' && FACULTIES.has(head) ? i + 1 : FACULTIES.has(next) && word(tokens, i + 2) === 'of' ? i + 2 : -1;
    if (of > 0 && !['this', 'the', 'our', 'their', 'my', 'your', 'his', 'her'].includes(word(tokens, of + 1))) return found('derogation', Math.min(tokens.length - 1, of + 2));
  }
  return null;
}
