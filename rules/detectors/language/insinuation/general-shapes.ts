/**
 * Round 9: shapes read by word class rather than by phrase, each tried on sentences written apart from the ones the
 * shapes were designed on. A group placed near children with a predation or distrust word ("[group] just want to
 * groom kids", "can't be trusted around boys"); a member put in charge and the outcome a ruin ("put a [member] in
 * charge and watch it sink"); "the last thing we need"; a refusal to share a space with a member; "what do you expect
 * from" reaching past one adjective or into a relative clause that names what makes the group; a compulsion ("can't go
 * a week without"); a double negative that makes every member alike ("never met a [member] who wasn't ..."); parasite
 * and trail-of-dirt verbs; a group told to get out of the way or know its place; a group set against "normal" people;
 * "once a [member], always a ..."; "another [member], another ..."; "not bad for a [member]"; a hidden motive ("only go
 * to uni to find a husband"); a female identity explained by hormones.
 *
 * Every shape needs an identity in the sentence (or, for the child-danger shape, the sentence before) and is dropped
 * when the sentence reports the claim to deny it (a smear, a myth, a stereotype).
 */
import { POSITIVE_ATTRIBUTES } from '../lexicon/words';
import type { GroupMention } from '../find-groups';
import { VICTIMISED } from '../lexicon/derogation';
import type { Attack } from '../predicate';
import { CLAUSE_BREAK, NEGATORS, type Token } from '../tokens';
import { asSubject, clauseEnd, find, findAny, hasPraise, hit, identityIn, identityWord, negatedIn, writerIsMember, type Neighbour, type Words } from './shared';

/** Words that report a claim in order to deny it: "saying trans people groom kids is a baseless smear". */
const DEBUNKING = new Set(['smear', 'smears', 'myth', 'myths', 'lie', 'lies', 'false', 'baseless', 'debunked', 'conspiracy', 'stereotype', 'stereotypes', 'trope', 'tropes', 'bigoted', 'bigotry', 'racist', 'sexist', 'homophobic', 'transphobic', 'ableist', 'ageist', 'antisemitic', 'islamophobic', 'xenophobic', 'misogynistic', 'hateful', 'propaganda', 'accused', 'accusing', 'accuse', 'claim', 'claims', 'claiming', 'slander', 'nonsense', 'disgusting']);

const debunked = (words: Words): boolean => words.some((w) => DEBUNKING.has(w));

/** Children a group is placed near; "girls" is left out, being a group itself. */
const YOUNG = new Set(['kids', 'kid', 'children', 'child', 'boys', 'son', 'sons', 'daughter', 'daughters', 'minors', 'toddlers', 'babies', 'youngsters', 'pupils', 'schoolkids', 'grandkids', 'grandchildren', 'nephew', 'niece']);

const PREDATOR_NOUNS = new Set(['groomer', 'groomers', 'predator', 'predators', 'paedo', 'paedos', 'pedo', 'pedos', 'paedophile', 'paedophiles', 'pedophile', 'pedophiles', 'perverts', 'pervert']);

/** A parent's or teacher's care: "Muslim parents worry about predators grooming their kids". */
const PROTECTIVE = new Set(['worry', 'worried', 'worries', 'afraid', 'fear', 'fears', 'protect', 'protecting', 'protected', 'safe', 'safety', 'warn', 'warned', 'warning', 'report', 'reported', 'victims', 'survivors']);

/** Verbs and nouns of harm to children. */
const PREDATION = new Set([
  'groom', 'grooms', 'grooming', 'groomer', 'groomers', 'recruit', 'recruits', 'recruiting', 'indoctrinate', 'indoctrinates', 'indoctrinating', 'corrupt',
  'corrupts', 'corrupting', 'molest', 'molests', 'molesting', 'prey', 'preys', 'preying', 'predator', 'predators', 'paedo', 'paedos', 'pedo', 'pedos',
  'paedophile', 'paedophiles', 'pedophile', 'pedophiles', 'sexualise', 'sexualize', 'sexualising', 'sexualizing', 'brainwash', 'brainwashing', 'confuse',
  'confusing', 'perverts', 'pervert', 'perverting', 'abuse', 'abusing',
]);

/**
 * A group placed near children with a predation or distrust word: "trans folks just want to groom kids", "the gays are
 * recruiting kids now", "he's gay so he can't be trusted around boys", "A trans teacher? Might as well hand the kids to a
 * predator." The group comes before the harm word and is not the children themselves ("trans kids need protecting from
 * predators"), a harm suffered ("groomed by", "from predators") is no charge, and a denial or debunking passes.
 */
export function childDanger(tokens: readonly Token[], words: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  const c = words.findIndex((w) => YOUNG.has(w));
  if (c < 0 || debunked(words) || words.some((w) => (VICTIMISED.has(w) && w !== 'first' && w !== 'left') || PROTECTIVE.has(w))) return null;
  const inGroup = (i: number): boolean => groups.some((m) => !m.pronoun && m.from <= i && i <= m.to);
  let cue = -1;
  for (let i = 0; i < words.length && cue < 0; i++) {
    const w = words[i] ?? '';
    // a verb needs the children as its object ("recruiting kids", not "recruiting volunteers for the kids' club")
    // "[group] raising kids is child abuse": the noun names the harm itself
    const noun = PREDATOR_NOUNS.has(w) || (w === 'abuse' && words[i - 1] === 'child');
    const verb = !noun ? words.slice(i + 1, i + 4).some((x) => YOUNG.has(x)) : true;
    // "recruiting kids for the football league": recruiting for something named is ordinary
    const named = /^recruit/.test(w) && words.slice(i + 2, i + 6).some((x) => ['for', 'into', 'onto', 'to'].includes(x));
    if (PREDATION.has(w) && verb && !named && !['from', 'by', 'against', 'of', 'about'].includes(words[i - 1] ?? '') && words[i + 1] !== 'by' && !negatedIn(words, Math.max(0, i - 3), i)) cue = i;
    // "can't / shouldn't be trusted around / with / near [children]"
    if (w === 'trusted' && negatedIn(words, Math.max(0, i - 3), i) && ['around', 'with', 'near'].includes(words[i + 1] ?? '') && YOUNG.has(words[i + 2] === 'our' || words[i + 2] === 'my' || words[i + 2] === 'the' ? words[i + 3] ?? '' : words[i + 2] ?? '')) cue = i;
    // "can't be left alone with altar boys", "coming for your children"
    if (w === 'left' && words[i + 1] === 'alone' && words[i + 2] === 'with' && negatedIn(words, Math.max(0, i - 3), i) && words.slice(i + 3, i + 6).some((x) => YOUNG.has(x))) cue = i;
    // "coming for your children... to teach them algebra": a named ordinary purpose undoes the threat
    if (w === 'coming' && words[i + 1] === 'for' && words.slice(i + 2, i + 4).some((x) => YOUNG.has(x)) && !words.slice(i + 3).some((x, k) => x === 'to' && ORDINARY_PURPOSE.has(words[i + 4 + k] ?? ''))) cue = i;
    // "the last thing our kids need"
    if (w === 'last' && words[i + 1] === 'thing' && words.slice(i + 2, i + 5).some((x) => YOUNG.has(x))) cue = i;
  }
  if (cue < 0 || inGroup(cue)) return null;
  const id = identityIn(tokens, groups, 0, cue);
  if (id && !inGroup(c) && id.to < cue && cue - id.to <= 7) return hit(id.from, cue, id, 'derogation', 'a group cast as a danger to children');
  // the member named in the question before: "A trans teacher? Might as well hand the kids to a predator."
  if (!id && cue < 10) {
    const pg = prev.groups().find((m) => !m.pronoun);
    const pw = prev.words();
    if (pg && pw[pw.length - 1] === '?' && pw.length <= 6) return hit(0, cue, { ...pg, from: 0, to: 0, pronoun: true }, 'derogation', 'a member named before cast as a danger to children');
  }
  return null;
}

/** What someone may come for children to do that is no threat. */
const ORDINARY_PURPOSE = new Set(['teach', 'tutor', 'coach', 'help', 'read', 'collect', 'pick', 'babysit', 'feed', 'train', 'mentor', 'drive', 'walk', 'play']);

/** Verbs that place someone in a role. */
const PLACING = new Set(['put', 'putting', 'let', 'letting', 'hire', 'hiring', 'elect', 'electing', 'appoint', 'appointing', 'promote', 'promoting', 'make', 'making', 'give', 'giving', 'vote', 'voting']);

/** A ruin that follows from the placing; "and watch" needs one of these after it. */
const DOWNFALL = new Set(['drop', 'drops', 'fall', 'falls', 'crash', 'crashes', 'crumble', 'burn', 'burns', 'collapse', 'sink', 'sinks', 'tank', 'tanks', 'plummet', 'fail', 'fails', 'die', 'dies', 'rot', 'roll', 'rolls', 'take', 'disappear', 'vanish', 'explode', 'downhill', 'hell', 'bust', 'broke', 'bankrupt', 'chaos', 'riot', 'riots', 'mess', 'disaster', 'spiral', 'implode', 'suffer', 'suffers']);

/** Harms whose fall is good news. */
const FALLING_HARMS = new Set(['bug', 'crime', 'turnover', 'absence', 'absences', 'absenteeism', 'complaints', 'costs', 'cost', 'errors', 'mistakes', 'bugs', 'accidents', 'churn', 'unemployment', 'poverty', 'debt', 'waste', 'sickness', 'injuries', 'attrition', 'prices', 'bills', 'deficit']);

/** Things whose rolling in, exploding or taking off is good news ("watch the money vanish" is still a ruin). */
const GOOD_THINGS = new Set(['trophies', 'trophy', 'medals', 'wins', 'awards', 'money', 'cash', 'profits', 'profit', 'sales', 'orders', 'customers', 'likes', 'views', 'followers', 'party', 'grades', 'results', 'output', 'bookings', 'donations', 'compliments', 'revenue', 'ratings', 'scores', 'points', 'goals', 'audience']);

const OUTCOME_PHRASES = ['asking for trouble', 'recipe for disaster', 'a disaster', 'been chaos', 'been a disaster', 'been a mess', 'total chaos', 'complete chaos', 'a shitshow', 'a train wreck', 'a trainwreck', 'a circus', 'a clown show', 'god help', 'good luck with that', 'what could go wrong', 'might as well', 'gone downhill', 'went downhill', 'gone to hell', 'went to hell', 'gone to shit', 'went to shit', 'ever since'];

/**
 * A member put in a role and the outcome a ruin: "putting a disabled guy in charge is asking for trouble", "put a Muslim
 * in charge and watch sharia roll in", "they let a Black woman run the department and it's been chaos ever since".
 * "Putting a disabled person in charge of accessibility made total sense" has no ruin; "elect a woman and watch the
 * glass ceiling shatter" has no downfall after "watch".
 */
export function placedInCharge(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  for (let i = 0; i < words.length; i++) {
    if (!PLACING.has(words[i] ?? '')) continue;
    let at = i + 1;
    while (['a', 'an', 'the', 'one', 'some', 'another', 'more'].includes(words[at] ?? '')) at++;
    const id = identityWord(tokens, groups, at);
    if (!id || words[id.to + 1] === "'s") continue;
    const rest = words.slice(id.to + 1);
    // "because I am that gay man": the writer laughing at their own group
    if (hasPraise(rest) || debunked(words) || writerIsMember(words, id)) return null;
    const ph = findAny(rest, OUTCOME_PHRASES);
    const watch = find(rest, 'and watch');
    // "take" only as "take over": "watch your TikTok take off" is a success
    const falls = watch >= 0 ? rest.slice(watch + 2, watch + 9).findIndex((w, k) => DOWNFALL.has(w) && (w !== 'take' || rest[watch + 3 + k] === 'over')) : -1;
    // "watch crime rates fall", "watch the turnover drop": a harm falling is the opposite of a ruin; "watch the trophies
    // roll in", "watch the party take off": a good thing rising is a success
    const rises = ['roll', 'rolls', 'explode', 'take'].includes(rest[watch + 2 + falls] ?? '');
    const harmFalls = falls >= 0 && rest.slice(watch + 2, watch + 2 + falls).some((w) => FALLING_HARMS.has(w) || (rises && GOOD_THINGS.has(w)));
    // "ever since" only with a ruin before it: "it's been chaos ever since"
    const since = ph && rest[ph[0]] === 'ever' ? rest.slice(0, ph[0]).some((w) => DOWNFALL.has(w)) : true;
    if (ph && since && !negatedIn(rest, Math.max(0, ph[0] - 3), ph[0])) return hit(i, id.to + 1 + ph[1], id, 'derogation', 'a member put in charge, the outcome a ruin');
    if (falls >= 0 && !harmFalls && !negatedIn(rest, watch, watch + 2 + falls)) return hit(i, id.to + 1 + watch + 2 + falls, id, 'derogation', 'a member put in charge, the outcome a ruin');
  }
  return null;
}

/**
 * "A gay teacher is the last thing this school needs", "the last thing we need is more immigrants". The group before
 * "is the last thing" or after "need is"; "bullying is the last thing gay kids need" names the group as the one in need.
 */
export function lastThing(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  const l = find(words, 'the last thing');
  if (l < 0 || debunked(words)) return null;
  const e = words.slice(l + 3, l + 9).findIndex((w) => ['need', 'needs', 'want', 'wants'].includes(w));
  if (e < 0) return null;
  const needAt = l + 3 + e;
  // only a group noun: "a Muslim ban is the last thing we need" names a policy, not a member
  const named = groups.filter((m) => !m.pronoun);
  if (named.some((m) => m.from >= l + 3 && m.from < needAt)) return null;
  if (['is', 'are', "'s"].includes(words[l - 1] ?? '') || (words[l - 1] === 'be' && ['would', 'will', 'could'].includes(words[l - 2] ?? ''))) {
    // the group is the subject itself ("a gay teacher is", "a Muslim in charge is"), not a word before a thing ("a Muslim ban is")
    const id = named.find((m) => m.to < l && (m.to + 1 === l - 1 || ['in', 'at', 'as', 'on', 'near', 'running', 'teaching'].includes(words[m.to + 1] ?? '')));
    // "the last thing my kids need to worry about": no worry at all
    if (id && !negatedIn(words, id.to, l) && !['worry', 'fear'].includes(words[needAt + 2] ?? '') && words[needAt + 3] !== 'afraid') return hit(id.from, needAt, id, 'derogation', 'a member as the last thing needed');
  }
  if (['is', 'are'].includes(words[needAt + 1] ?? '')) {
    const id = named.find((m) => m.from >= needAt + 2 && m.from < needAt + 6);
    // "more women being told to smile", "more old people dying alone": what is not needed is the harm they suffer
    if (id && !sufferedAfter(words, id.to + 1)) return hit(l, id.to, id, 'derogation', 'a group as the last thing needed');
  }
  return null;
}

/** Benefits whose passive after a group is resentment, not a harm: "more immigrants being housed in hotels". */
const GIVEN = new Set(['given', 'housed', 'paid', 'handed', 'let', 'allowed', 'admitted', 'granted', 'hired', 'promoted', 'elected', 'funded', 'fed', 'brought']);
const SUFFERING = new Set(['dying', 'suffering', 'struggling', 'starving', 'freezing', 'drowning', 'homeless', 'sleeping', 'dead', 'killed', 'hurt', 'murdered', 'lonely', 'waiting']);

/** A harm the group suffers just after it: "being stopped and searched", "dying alone". */
function sufferedAfter(words: Words, j: number): boolean {
  const w = words[j] ?? '';
  if (SUFFERING.has(w) || VICTIMISED.has(w)) return w !== 'first' && w !== 'left';
  const p = words[j + 1] ?? '';
  return ['being', 'getting'].includes(w) && (VICTIMISED.has(p) || (/[a-z]{2}(ed|en)$/.test(p) || ['told', 'shot', 'beaten', 'hit', 'sent', 'kept', 'made'].includes(p))) && !GIVEN.has(p);
}

/** Spaces one shares or stays in: sharing them with a member is what is refused. */
const SHARED_SPACE = new Set(['share', 'sharing', 'sit', 'sitting', 'live', 'living', 'sleep', 'sleeping', 'swim', 'swimming', 'shower', 'change', 'changing', 'eat', 'eating', 'room', 'stay', 'work', 'working', 'move', 'shake', 'drink', 'date', 'marry']);

/**
 * A first-person refusal to share a space with a member: "no way I'd share a changing room with one of those trans
 * people", "I'd never sit next to a Muslim on a plane". "I wouldn't share a flat with anyone, gay or straight" pairs the
 * identity with its opposite and passes.
 */
export function spaceRefused(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  for (let i = 0; i + 2 < words.length; i++) {
    const refusal = (words[i] === 'i' && ['would', 'will', 'could', 'do', 'am'].includes(words[i + 1] ?? '') && NEGATORS.has(words[i + 2] ?? '')) || (words[i] === 'no' && words[i + 1] === 'way') || (words[i] === 'i' && words[i + 1] === 'refuse');
    if (!refusal) continue;
    const end = clauseEnd(words, i + 2, 16);
    const s = words.slice(i + 2, Math.min(end + 1, i + 9)).findIndex((w) => SHARED_SPACE.has(w));
    if (s < 0) continue;
    const id = identityIn(tokens, groups, i + 2 + s, end + 1);
    if (!id || words[id.to + 1] === 'or' || words[id.from - 1] === 'or' || words.includes('anyone') || hasPraise(words)) continue;
    const between = words.slice(i + 2 + s, id.from);
    // "share a room with someone who hates gay people": the one refused is not the member
    if (!between.some((w) => ['with', 'next', 'beside', 'near', 'to', 'among', 'around'].includes(w)) || between.some((w) => ['who', 'that', 'hates', 'hate'].includes(w))) continue;
    // "my Irish uncle at a wedding, he talks through the vows": one relative refused for his own habit
    if (words[id.from - 1] === 'my' && words.slice(id.to + 1).some((w, k) => [',', ';'].includes(w) && ['he', 'she'].includes(words[id.to + 2 + k] ?? ''))) continue;
    return hit(i, id.to, id, 'derogation', 'refusing to share a space with a member');
  }
  return null;
}

/** Words in a relative clause that say what makes the group: its faith, gender, origin or age. */
const DEFINING = new Set(['prophet', 'prophets', 'religion', 'god', 'gods', 'pray', 'prays', 'worship', 'worships', 'koran', 'quran', 'bible', 'mosque', 'mosques', 'synagogue', 'gender', 'genders', 'pronouns', 'sexuality', 'country', 'countries', 'continent', 'village', 'villages', 'desert', 'jungle', 'tribe', 'tribes', 'skin', 'colour', 'color', 'wheelchair', 'wheelchairs', 'sex', 'men', 'women']);

/**
 * "What do you expect from ..." past the shapes group-attack reads: one describing word before the group ("from a
 * bunch of ghetto Black kids"), or a relative clause naming what makes the group ("from people who follow a paedophile
 * prophet", "from people who can't even figure out their own gender", "from people who come from a third world
 * country"). "What do you expect from a prophecy written two thousand years ago" names no people.
 */
export function expectFromWho(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  const x = find(words, 'expect from');
  if (x < 0 || !words.slice(Math.max(0, x - 5), x).includes('what') || hasPraise(words) || debunked(words)) return null;
  let at = x + 2;
  while (['a', 'an', 'the', 'these', 'those', 'bunch', 'of', 'load', 'group', 'pack', 'couple'].includes(words[at] ?? '')) at++;
  // "from a bunch of ghetto Black kids": one word before the group
  const after = identityWord(tokens, groups, at + 1);
  if (after && !identityWord(tokens, groups, at) && /^[a-z]+$/.test(words[at] ?? '')) return hit(x - 3 > 0 ? x - 3 : 0, after.to, after, 'stereotype', 'what do you expect from [group]');
  if (!['people', 'someone', 'somebody', 'those', 'them', 'folks', 'anyone'].includes(words[at] ?? '') || !['who', 'that'].includes(words[at + 1] ?? '')) return null;
  const e = clauseEnd(words, at + 2, 14);
  const rel = words.slice(at + 2, e + 1);
  const d = rel.findIndex((w) => DEFINING.has(w));
  // "from people who come from a country at war": their hardship explains, it does not damn
  if (d < 0 || words.some((w) => HARDSHIP.has(w) || VICTIMISED.has(w))) return null;
  return hit(Math.max(0, x - 3), at + 2 + d, { from: at, to: at + 2 + d, characteristic: characteristicOf(rel[d] ?? ''), pronoun: false, weak: true }, 'stereotype', 'what do you expect from people who ...');
}

const HARDSHIP = new Set(['war', 'fled', 'fleeing', 'traumatised', 'traumatized', 'trauma', 'poverty', 'persecution', 'persecuted', 'famine', 'struggling', 'scared', 'grieving', 'refugee', 'camps']);

function characteristicOf(w: string): GroupMention['characteristic'] {
  if (['gender', 'genders', 'pronouns'].includes(w)) return 'gender-identity';
  if (['sexuality', 'sex', 'men', 'women'].includes(w)) return w === 'women' ? 'gender' : 'sexual-orientation';
  if (['country', 'countries', 'continent', 'village', 'villages', 'desert', 'jungle', 'tribe', 'tribes'].includes(w)) return 'origin';
  if (['skin', 'colour', 'color'].includes(w)) return 'race';
  if (['wheelchair', 'wheelchairs'].includes(w)) return 'disability';
  return 'religion';
}

/** Fond states that a double negative may praise with: "never met a Nigerian who wasn't proud of their mum". */
const FOND = new Set(['love', 'loved', 'loving', 'proud', 'kind', 'friendly', 'generous', 'funny', 'helpful', 'honest', 'polite', 'nice', 'smart', 'clever', 'hardworking', 'welcoming', 'happy', 'good', 'fun', 'singing', 'dancing', 'laughing', 'smiling', 'cheerful', 'chatty', 'hugging', 'feeding', 'cooking', 'warm', 'lovely']);

const SPANS = new Set(['day', 'week', 'month', 'year', 'hour', 'minute', 'second', 'weekend', 'decade', 'meeting', 'conversation', 'sentence']);

/** Habits no one is damned for: "can't go a week without pasta". Drink is left out ("without a pint" is the trope). */
const FOND_HABITS = new Set(['pasta', 'pizza', 'rice', 'bread', 'tea', 'coffee', 'barbecue', 'bbq', 'braai', 'curry', 'tacos', 'cheese', 'chocolate', 'food', 'football', 'soccer', 'cricket', 'music', 'dancing', 'singing', 'family', 'mum', 'mom', 'mother', 'grandma', 'roast', 'lunch', 'dinner', 'nap', 'siesta', 'sauna', 'chai', 'noodles', 'kimchi', 'hotpot', 'dumplings', 'karaoke', 'church', 'mass', 'sunday']);

/** Admiration that turns a compulsion into a compliment: "always find a way to get a discount, and I aspire to it". */
const ADMIRING = new Set(['aspire', 'admire', 'respect', 'goals', 'iconic', 'legends', 'legend', 'envy', 'jealous']);

/** Possessions one may sell of one's own without selling anyone out. */
const POSSESSIONS = new Set(['home', 'homes', 'house', 'houses', 'car', 'cars', 'belongings', 'jewellery', 'jewelry', 'gold', 'land', 'possessions', 'things', 'stuff', 'furniture', 'flat', 'flats', 'business', 'businesses', 'shop', 'shops', 'farm', 'farms', 'livestock', 'produce', 'crops', 'crafts', 'art', 'clothes']);

/** Greed said as a compulsion: the stakes of selling out, the share taken. */
const GREED_AIMS = new Set(['cut', 'profit', 'profits', 'money', 'buck', 'bucks', 'penny', 'pennies', 'price', 'discount', 'deal', 'share', 'percentage', 'commission', 'handout', 'handouts', 'freebie', 'freebies']);

/**
 * A compulsion pinned on a group: "[group] can't go a week without blowing something up", "always find a way to get
 * their cut", "will sell out their own mother for a profit", and the double negative that makes every member alike:
 * "never met a [member] who wasn't counting pennies". Praise in the sentence ("never met a Jamaican who wasn't
 * friendly") passes, as does an aim that is no vice ("always find a way to help").
 */
export function compulsion(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  // "can't go a day without praying": a devotion, not a vice
  if (hasPraise(words) || debunked(words) || words.some((w) => ['pray', 'praying', 'prayer', 'prayers', 'calling', 'checking', 'hugging', 'laughing', 'smiling'].includes(w) || ADMIRING.has(w))) return null;
  // "and honestly same", "so do I": the writer shares the habit
  if (findAny(words, ['honestly same', 'same here', 'me too', 'so do i', 'so can i', 'same tbh']) || words[words.length - 1] === 'same' || words[words.length - 2] === 'same') return null;
  for (const g of groups) {
    if (g.pronoun || !asSubject(words, g)) continue;
    const e = clauseEnd(words, g.to + 1, 16);
    const vp = words.slice(g.to + 1, e + 1);
    const go = find(vp, 'not go');
    const without = vp.indexOf('without');
    // "can't go a weekend without a barbecue": a food, a sport or a family custom is a fond habit, not a vice
    const fond = without >= 0 && vp.slice(without + 1, without + 4).some((w) => FOND_HABITS.has(w));
    if (go >= 0 && go < 5 && !fond && ['a', 'one', 'an', 'two', 'three', 'five', 'ten', 'single'].includes(vp[go + 2] ?? '') && SPANS.has(vp[go + 3] === 'single' ? vp[go + 4] ?? '' : vp[go + 3] ?? '') && vp.slice(go + 3, go + 6).includes('without')) {
      return hit(g.from, g.to + 1 + Math.min(vp.length - 1, go + 6), g, 'stereotype', "can't go a week without");
    }
    const way = find(vp, 'find a way to');
    // "get their money's worth": value for what they paid, not a cut
    if (way >= 0 && way < 4 && vp.slice(way + 4).some((w, k) => GREED_AIMS.has(w) && !(vp[way + 5 + k] === "'s" && vp[way + 6 + k] === 'worth'))) return hit(g.from, g.to + 1 + vp.length - 1, g, 'stereotype', 'always find a way to (greed)');
    const sell = vp.findIndex((w, k) => w === 'sell' && (vp[k + 1] === 'out' || vp[k + 1] === 'their') && vp.slice(k + 1, k + 5).some((x) => ['own', 'mother', 'grandmother', 'granny', 'kids', 'children', 'family', 'souls', 'soul'].includes(x)));
    // "sell their own homes to get their kids to safety": a possession sold, no one sold out
    if (sell >= 0 && sell < 5 && !negatedIn(vp, 0, sell) && !vp.slice(sell + 1, sell + 5).some((w) => POSSESSIONS.has(w))) return hit(g.from, g.to + 1 + sell + 3, g, 'stereotype', 'would sell out their own (greed)');
  }
  // "never met a [member] who wasn't / didn't ..."
  const m = find(words, 'never met');
  if (m >= 0 && ['a', 'an', 'one', 'any', 'single'].includes(words[m + 2] ?? '')) {
    const at = words[m + 3] === 'single' ? m + 4 : m + 3;
    const id = identityWord(tokens, groups, at);
    // "who didn't love their mum", "who couldn't outdrive me": a verb after the negation is mostly a fond habit; only a
    // state ("who wasn't counting pennies", "who wasn't loud") makes the double negative a verdict
    // (nor praise the lists do not hold: "who wasn't patient / brave / tougher than me")
    const after = words.slice(id ? id.to + 4 : 0);
    const praised = after.some((w) => FOND.has(w) || POSITIVE_ATTRIBUTES.has(w) || ['patient', 'brave', 'courageous', 'resilient', 'generous', 'welcoming', 'helpful', 'talented', 'inspiring', 'determined', 'humble', 'wise', 'gracious', 'polite', 'thoughtful', 'grateful', 'strong', 'stronger', 'tougher', 'braver', 'kinder', 'smarter', 'wiser', 'working', 'hardworking', 'underestimated', 'overlooked', 'undervalued'].includes(w));
    if (id && ['who', 'that'].includes(words[id.to + 1] ?? '') && ['was', 'is'].includes(words[id.to + 2] ?? '') && words[id.to + 3] === 'not' && words.length > id.to + 4 && !praised) {
      return hit(m, Math.min(words.length - 1, id.to + 5), id, 'stereotype', "never met a [member] who wasn't");
    }
  }
  return null;
}

/** Parasite and dirt: "sucking the NHS dry", "leave a trail of rubbish wherever they go". */
const DRAINING = new Set(['sucking', 'suck', 'sucks', 'bleeding', 'bleed', 'bleeds', 'draining', 'drain', 'drains', 'milking', 'milk', 'milks', 'bled', 'drained', 'sucked']);
const DIRT = new Set(['rubbish', 'filth', 'litter', 'trash', 'garbage', 'dirt', 'mess', 'crime', 'stench', 'chaos', 'destruction', 'needles', 'disease', 'squalor', 'junk', 'shit', 'crap', 'grime']);

/**
 * A group as a parasite or a source of dirt: "the elderly are bed-blockers sucking the NHS dry", "Roma families leave a
 * trail of rubbish wherever they go". The group is the clause's subject; "budget cuts are bleeding the NHS dry" names no
 * group, and "clean up the trail of rubbish the festival left" no group as its source.
 */
export function parasiteTrail(words: Words, groups: readonly GroupMention[]): Attack | null {
  for (const g of groups) {
    // "refugees are fleeing a trail of destruction": a trail they escape
    if (g.pronoun || !asSubject(words, g) || debunked(words) || words.some((w) => HARDSHIP.has(w) || VICTIMISED.has(w) || ['flee', 'flees', 'escape', 'escaping', 'escaped'].includes(w))) continue;
    const e = clauseEnd(words, g.to + 1, 16);
    const vp = words.slice(g.to + 1, e + 1);
    const d = vp.findIndex((w) => DRAINING.has(w));
    if (d >= 0 && vp.slice(d + 1, d + 6).includes('dry') && !negatedIn(vp, 0, d)) return hit(g.from, g.to + 1 + d + vp.slice(d + 1).indexOf('dry') + 1, g, 'dehumanising', 'a group as a parasite (sucking dry)');
    const t = find(vp, 'trail of');
    const wherever = vp.findIndex((w, k) => (w === 'wherever' || w === 'everywhere') && vp[k + 1] === 'they');
    const dirt = vp.findIndex((w) => DIRT.has(w));
    if (dirt >= 0 && (t >= 0 && t < dirt || wherever > dirt) && !negatedIn(vp, 0, dirt)) return hit(g.from, g.to + 1 + Math.max(dirt, wherever), g, 'derogation', 'a trail of dirt pinned on a group');
  }
  return null;
}

/** What a group is told to do to be out of everyone's way. */
const OUT_OF_WAY = ['get out of the way', 'get out of our way', 'step aside', 'make way', 'make room', 'move aside', 'go away', 'just disappear', 'disappear', 'stay out of the way', 'shut up', 'stay quiet', 'keep quiet', 'be quiet', 'pipe down', 'know their place', 'know her place', 'know his place', 'stay in their lane', 'stay in her lane', 'stay in their place', 'go back to the kitchen', 'stay in the closet', 'get back in the closet', 'go back in the closet', 'keep their heads down', 'keep their head down', 'keep their mouths shut', 'keep their mouth shut'];

/** Burdens named after "instead of": "stay home instead of slowing everyone down". */
const IN_THE_WAY = new Set(['slowing', 'clogging', 'blocking', 'wasting', 'holding', 'getting', 'taking', 'bothering', 'ruining', 'cluttering', 'crowding', 'annoying', 'embarrassing', 'burdening']);

/** Female nouns that "know her place" is said of though they name no group. */
const FEMALE = new Set(['wife', 'wives', 'girlfriend', 'girlfriends', 'housewife', 'housewives', 'missus', 'daughter', 'daughters']);

/**
 * A group told to get out of the way or know its place: "old people should just hurry up and get out of the way", "a
 * wife should know her place", "the disabled should stay home instead of slowing everyone down". "Old people should stay
 * home during the heatwave" is advice; "stay home" needs "instead of" and a burden after it.
 */
export function outOfTheWay(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  // "can" and "have to" state a fact or a hardship ("immigrants can go away for the holidays", "women have to shut up or get fired")
  const modal = (k: number): boolean => ['should', 'must', 'need', 'needs', 'ought', 'better'].includes(words[k] ?? '');
  const subject = (): GroupMention | null => {
    const g = groups.find((m) => !m.pronoun && asSubject(words, m));
    if (g) return g;
    const f = words.findIndex((w, k) => FEMALE.has(w) && (k === 0 || ['a', 'the', 'your', 'his', 'my', 'any', 'every'].includes(words[k - 1] ?? '')));
    return f >= 0 ? { from: f, to: f, characteristic: 'gender', pronoun: false, weak: true } : null;
  };
  if (!groups.some((m) => !m.pronoun) && !words.some((w) => FEMALE.has(w))) return null;
  if (debunked(words) || hasPraise(words)) return null;
  const ph = findAny(words, OUT_OF_WAY);
  const g = subject();
  // "I'm a man and I'm trying": the writer tells their own group, themself included
  if (!g || writerIsMember(words, g)) return null;
  // "step aside for nobody": the idiom negated after it
  if (ph && words[ph[1] + 1] === 'for' && ['nobody', 'no', 'none', 'noone', 'anybody', 'anyone'].includes(words[ph[1] + 2] ?? '')) return null;
  const gap = (k: number): boolean => k > g.to && k - g.to <= 7 && words.slice(g.to + 1, k).some((_w, j) => modal(g.to + 1 + j)) && !negatedIn(words, g.to + 1, k) && !words.slice(g.to + 1, k).some((w) => CLAUSE_BREAK.has(w) || w === ',');
  // "make room in their schedule", "make way for the parade": the idiom only when nothing is made room for
  const idiom = ph !== null && !(['room', 'way'].includes(words[ph[1]] ?? '') && ['in', 'for', 'on', 'at', 'to'].includes(words[ph[1] + 1] ?? ''));
  if (ph && idiom && gap(ph[0])) return hit(g.from, ph[1], g, 'exclusion', 'told to get out of the way');
  const io = find(words, 'instead of');
  if (io > g.to && IN_THE_WAY.has(words[io + 2] ?? '') && ['stay', 'sit', 'remain', 'keep'].some((v) => words.slice(g.to + 1, io).includes(v)) && gap(io)) return hit(g.from, io + 2, g, 'exclusion', 'told to stay home instead of being in the way');
  return null;
}

/** Nouns "normal" may set against a group. */
const NORMAL_PEOPLE = new Set(['ones', 'kids', 'children', 'people', 'folks', 'families', 'parents', 'students', 'pupils', 'men', 'women', 'humans', 'couples', 'person', 'kid', 'child', 'guys', 'girls', 'boys', 'society']);

/**
 * A group set against "normal" people or against "our kids": "special needs kids should be kept in their own schools
 * away from the normal ones", "deaf kids belong in special schools, not with our kids". "Trans people are normal
 * people", "treat disabled people like normal people" and "disabled people want normal lives" pass.
 */
export function normalContrast(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  // "were kept apart from the normal ones in my day, and it was cruel": the separation recalled to condemn it
  if (debunked(words) || hasPraise(words) || words.some((w) => CONDEMNED.has(w))) return null;
  for (let i = 1; i + 1 < words.length; i++) {
    const w = words[i] ?? '';
    let contrast = false;
    // "normal" only, not "regular" ("learn alongside regular kids"); after "the" or "our" it needs a separation too
    if (w === 'normal' && NORMAL_PEOPLE.has(words[i + 1] ?? '')) {
      const b = words[i - 1] ?? '';
      const separated = words.some((x) => ['away', 'apart', 'separate', 'separated', 'kept', 'belong', 'belongs', 'instead', 'segregated'].includes(x));
      contrast = (['from', 'need', 'needs', 'than'].includes(b) || (['the', 'our'].includes(b) && separated)) && !['like', 'as', 'are', 'is', 'be', 'just', 'other'].includes(words[i - 2] ?? '') && !negatedIn(words, Math.max(0, i - 4), i);
    }
    // "not with our kids", "away from our children"
    if (['our', 'my'].includes(w) && YOUNG.has(words[i + 1] ?? '')) contrast = (words[i - 1] === 'with' && words[i - 2] === 'not') || (words[i - 1] === 'from' && ['away', 'apart', 'separate', 'separated'].includes(words[i - 2] ?? ''));
    if (!contrast) continue;
    const g = groups.find((m) => !m.pronoun && m.to < i - 1);
    if (g) return hit(g.from, i + 1, g, 'derogation', 'a group set against normal people');
  }
  return null;
}

/** Verdicts on a separation that condemn it. */
const CONDEMNED = new Set(['cruel', 'wrong', 'shameful', 'shame', 'disgrace', 'disgraceful', 'awful', 'terrible', 'horrible', 'appalling', 'inhumane', 'barbaric', 'outrageous', 'heartbreaking', 'scandal']);

/** "Once a refugee, always a scrounger." */
export function onceAlways(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  const o = words.indexOf('once');
  if (o < 0 || !['a', 'an'].includes(words[o + 1] ?? '')) return null;
  const id = identityWord(tokens, groups, o + 2);
  if (!id) return null;
  const k = id.to + 1 + (words[id.to + 1] === ',' ? 1 : 0);
  return words[k] === 'always' && ['a', 'an'].includes(words[k + 1] ?? '') && !hasPraise(words.slice(k)) ? hit(o, Math.min(words.length - 1, k + 2), id, 'stereotype', 'once a [member], always a ...') : null;
}

/**
 * "Another female boss, another department run on feelings": the member's arrival counted as one more of a series.
 * The identity must be a person ("another Pride month, another ..." names none), and praise passes.
 */
export function anotherSeries(words: Words, groups: readonly GroupMention[]): Attack | null {
  for (const g of groups) {
    if (g.pronoun || words[g.from - 1] !== 'another' || !(g.from === 1 || CLAUSE_BREAK.has(words[g.from - 2] ?? '') || words[g.from - 2] === ',')) continue;
    const c = words.slice(g.to + 1, g.to + 4).indexOf(',');
    if (c < 0 || words[g.to + 2 + c] !== 'another' || hasPraise(words) || words.some((w) => SERIES_GOOD.has(w)) || SERIES_OF_GOOD.has(words[g.to + 3 + c] ?? '')) continue;
    return hit(g.from - 1, Math.min(words.length - 1, g.to + 4 + c), g, 'stereotype', 'another [member], another ...');
  }
  return null;
}

/** What makes the series good news: "another immigrant, another success story". */
const SERIES_GOOD = new Set(['success', 'successful', 'win', 'winner', 'winners', 'hero', 'heroes', 'record', 'proud', 'happy', 'welcome', 'celebration', 'inspiration', 'victory', 'achievement', 'award', 'milestone', 'citizen', 'friend', 'friends', 'life', 'saved', 'graduate', 'medal', 'champion', 'ceiling', 'barrier', 'barriers']);

/**
 * What the series is of, named right after the second "another": a rank reached ("another woman, another CEO") or an
 * observance kept ("another Muslim footballer, another Ramadan fast"). Only there: "another female boss, another
 * promotion for nothing" is still a jab.
 */
const SERIES_OF_GOOD = new Set(['ceo', 'founder', 'professor', 'surgeon', 'scientist', 'astronaut', 'judge', 'mayor', 'senator', 'ramadan', 'eid', 'diwali', 'shabbat', 'sabbath', 'hanukkah', 'vaisakhi', 'lent']);

/** "She's not bad at coding for a girl": faint praise turned by "for a [member]". */
export function notBadFor(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  const b = words.findIndex((w, k) => w === 'bad' && (words[k - 1] === 'not' || (['half', 'too', 'so', 'that'].includes(words[k - 1] ?? '') && words[k - 2] === 'not')));
  if (b < 0) return null;
  for (let i = b + 1; i < Math.min(words.length, b + 9) && !CLAUSE_BREAK.has(words[i] ?? ''); i++) {
    if (words[i] !== 'for' || !['a', 'an'].includes(words[i + 1] ?? '')) continue;
    const id = identityWord(tokens, groups, i + 2);
    if (id && words[id.to + 1] !== "'s") return hit(b - 1, id.to, id, 'stereotype', 'not bad ... for a [member]');
  }
  return null;
}

/** Ulterior aims: "only go to uni to find a husband", "only marry for a visa". */
const ULTERIOR = new Set(['tick', 'quota', 'quotas', 'diversity', 'boxes', 'husband', 'husbands', 'rich', 'sugar', 'money', 'visa', 'passport', 'citizenship', 'benefits', 'handouts', 'attention', 'clout', 'likes', 'meal', 'ticket', 'payout', 'council', 'free']);

/** A hidden motive pinned on a group: "women only go to uni to find a husband", "they only marry Brits for a passport". */
export function ulteriorMotive(words: Words, groups: readonly GroupMention[]): Attack | null {
  // "only ask for benefits they're entitled to": only what is due to them
  if (debunked(words) || words.some((w, k) => ['entitled', 'eligible'].includes(w) && words[k + 1] === 'to') || words.some((w) => ['owed', 'due'].includes(w))) return null;
  for (const g of groups) {
    if (g.pronoun || !asSubject(words, g)) continue;
    const e = clauseEnd(words, g.to + 1, 14);
    const vp = words.slice(g.to + 1, e + 1);
    const o = vp.findIndex((w) => w === 'only' || w === 'just');
    if (o < 0 || o > 3 || negatedIn(vp, 0, o)) continue;
    const to = vp.findIndex((w, k) => k > o + 1 && (w === 'to' || w === 'for'));
    const u = to >= 0 ? vp.slice(to + 1, to + 5).findIndex((w) => ULTERIOR.has(w)) : -1;
    if (u >= 0) return hit(g.from, g.to + 1 + to + 1 + u, g, 'stereotype', 'a hidden motive pinned on a group');
  }
  return null;
}

/** Hormones as the explanation of a woman's conduct: "a woman president would nuke someone during PMS week". */
export function hormones(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  const h = words.findIndex((w, k) => w === 'pms' || w === 'pmsing' || w === 'hormonal' || (w === 'time' && words[k + 1] === 'of' && words[k + 2] === 'the' && words[k + 3] === 'month'));
  if (h < 0 || debunked(words) || words.some((w) => ['pain', 'painful', 'health', 'healthcare', 'treatment', 'doctor', 'doctors', 'symptoms', 'support', 'research', 'cramps', 'leave', 'poverty', 'products', 'tampons', 'pads', 'understand', 'understood', 'awareness', 'aware', 'suffer', 'suffering', 'struggle', 'condition', 'affects', 'menopause'].includes(w))) return null;
  const id = identityIn(tokens, groups, 0, h);
  if (!id || id.characteristic !== 'gender' || !['would', 'will', 'can', 'could', 'always', 'probably', 'bet', 'must'].some((w) => words.includes(w))) return null;
  return hit(id.from, h, id, 'stereotype', "a woman's conduct put down to hormones");
}
