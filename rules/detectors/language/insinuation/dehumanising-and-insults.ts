/**
 * Frames that dehumanise or insult outright: a group likened to vermin or to spoiled things ("like rats", "expired
 * milk"), set beside vermin ("how do you tell a Jew from a rat?"), placed in a primitive past ("still be in trees"),
 * smelled or perceived as a nuisance from afar, cast as a swarm or a waste of space, an identity made an insult
 * ("Muslim scum", "those filthy Mexicans"), the member as the worst of something, and, last of all, a damning word in
 * a clause with a group subject.
 */
import type { GroupMention } from '../find-groups';
import { identityAdjective, PERSON_NOUNS, type Characteristic } from '../lexicon/groups';
import { CRIME_NOUNS, PRAISE_WORDS, VICTIMISED, MORE_NEGATIVE, MORE_DEHUMANISING } from '../lexicon/derogation';
import { slangSkill, type Attack } from '../predicate';
import { DEHUMANISING, INSULT_NOUNS } from '../lexicon/words';
import { CLAUSE_BREAK, NEGATORS, type Token } from '../tokens';
import { arrives, asSubject, clauseEnd, clauseStartAt, CONTEMPT_ADJ, find, hasPraise, hit, identityWord, negatedIn, type Neighbour, type Words } from './shared';

/** Words that make "waiting to die" a neglect condemned: "... in understaffed care homes, and it is a scandal". */
const NEGLECT_CONDEMNED = new Set(['scandal', 'disgrace', 'shameful', 'neglect', 'neglected', 'understaffed', 'abandoned', 'outrage', 'heartbreaking', 'tragic', 'tragedy', 'cruel', 'inhumane']);

/** Perceivers after "look the same to" that make the sentence the writer's own view: "to me", "to everyone". */
const OWN_VIEW = new Set(['me', 'us', 'my', 'our', 'everyone', 'everybody', 'anyone', 'anybody', 'most', 'all', 'any', 'normal', 'the']);

/** "Why do disabled people even bother going outside?", "Old people are just waiting to die", "nobody has to see them". */
export function worthless(words: Words, groups: readonly GroupMention[]): Attack | null {
  for (const g of groups) {
    if (g.pronoun) continue;
    const b = words.slice(Math.max(0, g.from - 3), g.from).join(' ');
    if (/why (do|does|would|should)( the)?$/.test(b) && words[g.to + 1] === 'even' && ['bother', 'try'].includes(words[g.to + 2] ?? '')) return hit(g.from - 2, g.to + 2, g, 'derogation', 'why do [group] even bother');
    const after = words.slice(g.to + 1, g.to + 9).join(' ');
    // "Asians all look the same"
    // "Asians all look the same to racists": a perceiver named other than the writer is the one at fault ("to me" stays)
    const seen = /^(all |really |just )*look (alike|the same)( to| for)? /.exec(`${words.slice(g.to + 1, g.to + 7).join(' ')} `);
    const by = seen?.[3] ? words[g.to + 1 + seen[0].trim().split(' ').length] ?? '' : '';
    if (seen && (!seen[3] || OWN_VIEW.has(by))) return hit(g.from, g.to + 3, g, 'stereotype', 'all look the same');
    const m = /^(are |is )?(just |all |only |basically |simply )*(waiting to die|a waste of (space|oxygen|air|skin|resources)|wasting (space|oxygen|air))/.exec(after);
    // "old people are just waiting to die in understaffed care homes, and it is a scandal": neglect of them condemned
    if (m && !(m[3] === 'waiting to die' && words.some((w) => NEGLECT_CONDEMNED.has(w)))) return hit(g.from, g.to + m[0].split(' ').length, g, 'derogation', m[3] ?? 'waste of ...');
    const sight = find(words, 'has to see them', g.to) >= 0 ? find(words, 'has to see them', g.to) : find(words, 'have to see them', g.to);
    if (sight > g.to && ['nobody', 'one', 'not'].includes(words[sight - 1] ?? '') && words.slice(g.to + 1, sight).some((w) => ['should', 'must', 'stay', 'keep', 'kept', 'belong', 'hide', 'hidden'].includes(w))) {
      return hit(g.from, sight + 3, g, 'exclusion', 'kept out of sight');
    }
  }
  return null;
}

/** Distances at which a nuisance is perceived: "from a mile away", "a mile off", "before you see them". */
const FAR = new Set(['mile', 'miles', 'before', 'across', 'coming', 'anywhere', 'blocks', 'km', 'kilometres', 'kilometers', 'yards', 'street', 'outside']);

/**
 * A member perceived as a nuisance: "I can smell a Mexican from a mile away", "you can hear the Africans before
 * you see them", "you can always smell when Indians have been in the lift". A fond "spot a fellow Brazilian"
 * and a thing ("smell the bakery", "hear a Scottish accent") pass.
 */
export function perceived(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  for (let i = 0; i < words.length; i++) {
    const v = words[i] ?? '';
    if (!['smell', 'hear', 'spot', 'sniff', 'tell', 'recognise', 'recognize', 'pick'].includes(v)) continue;
    let at = i + 1;
    if (words[at] === 'out') at++;
    // "smell when / if [group] have been in the lift"
    if (['when', 'if', 'that', 'where', 'whenever'].includes(words[at] ?? '') && v === 'smell') {
      at++;
      while (['a', 'an', 'the', 'some', 'those'].includes(words[at] ?? '')) at++;
      const id = identityWord(tokens, groups, at);
      if (id && words.slice(id.to + 1, id.to + 4).some((w) => ['been', 'was', 'were', 'are', 'is', 'came', 'used'].includes(w))) return hit(i, Math.min(words.length - 1, id.to + 3), id, 'stereotype', 'smelt where a member has been');
      continue;
    }
    if (['a', 'an', 'the', 'those', 'one', 'any'].includes(words[at] ?? '')) at++;
    if (words[at] === 'fellow' || words[at - 1] === 'my' || words[at - 1] === 'our') continue;
    const id = identityWord(tokens, groups, at);
    if (!id || hasPraise(words)) continue;
    // a thing the identity describes ("a Scottish accent") is no member
    const n = words[id.to + 1] ?? '';
    if (n && !CLAUSE_BREAK.has(n) && ![',', 'from', 'a', 'before', 'coming', 'across', 'at', 'in', 'miles', 'anywhere', 'down', 'two', 'three', 'by'].includes(n)) continue;
    const far = words.slice(id.to + 1, id.to + 6).findIndex((w) => FAR.has(w));
    if (far < 0) continue;
    return hit(i, id.to + 1 + far, id, 'stereotype', `${v} a member from afar`);
  }
  return null;
}

/** Smell tropes: a group's presence as a smell ("the bus smelled of curry once the Indians got on"). */
const SMELLS = new Set(['smell', 'smells', 'smelled', 'smelt', 'smelling', 'stink', 'stinks', 'stank', 'stinking', 'reek', 'reeks', 'reeked', 'reeking', 'stench', 'pong', 'pongs', 'odour', 'odor', 'whiff']);

/** Smell words that are bad on their own: "Punjabis stink"; a plain "smell" needs a trope or a bad word with it. */
const BAD_SMELLS = new Set(['stink', 'stinks', 'stank', 'stinking', 'reek', 'reeks', 'reeked', 'reeking', 'stench', 'pong', 'pongs']);

/** What a smell trope pins on a group: food ("of curry", "like garlic") and dirt ("of sweat", "like a sewer"). */
const FOOD_TROPES = new Set(['curry', 'garlic', 'onion', 'onions', 'spice', 'spices', 'fish', 'cabbage', 'kebab', 'kebabs', 'masala', 'cumin', 'goat', 'goats', 'camel', 'camels', 'vodka', 'beer']);

const DIRT_TROPES = new Set(['sweat', 'piss', 'urine', 'shit', 'dirt', 'filth', 'rubbish', 'garbage', 'trash', 'sewage', 'sewer', 'dung', 'manure', 'feet', 'bo', 'unwashed', 'pigs', 'farm', 'bad', 'awful', 'terrible', 'foul', 'rank', 'funky', 'off']);

/** "sense of smell", "sensitive to smells", "can't smell": a faculty, not a smell pinned on anyone. */
const SMELL_FACULTY = new Set(['sense', 'sensitive', 'sensitivity', 'sensitivities', 'allergic', 'lose', 'lost', 'losing', 'loss', 'bothered', 'hate', 'overwhelmed', 'notice', 'noticed', 'can', 'cannot', 'could']);

/** Words that give the smell another subject than the group before it: "said their flat smells", "the bus smells". */
const OTHER_SUBJECT = new Set(['the', 'their', 'his', 'her', 'my', 'our', 'your', 'a', 'an', 'this', 'that', 'its', 'it', 'said', 'say', 'says', 'told', 'complained', 'think', 'thinks']);

/** Verbs that make the group the cause of another thing's smell: "they'll have the street smelling of curry". */
const CAUSING = new Set(['make', 'makes', 'made', 'making', 'leave', 'leaves', 'left', 'have', 'has', "'ll"]);

const NICE_SMELLS = new Set([...PRAISE_WORDS, 'incredible', 'delicious', 'good', 'nice', 'divine', 'heavenly', 'gorgeous', 'yum', 'yummy', 'mouthwatering', 'love', 'loved', 'loves', 'enjoy', 'tasty', 'fresh', 'sweet', 'smoke', 'gas', 'fire', 'burning', 'rain', 'flowers']);

const HYGIENE = new Set(['wash', 'shower', 'bathe', 'soap', 'toilet', 'toilets', 'deodorant', 'toothbrush', 'bath', 'flush', 'fork', 'cutlery', 'queue']);

/** The smell at s pinned on the subject before it (from `from`): nothing but fill, or a causing verb, between. */
function smellSubject(words: Words, from: number, s: number): boolean {
  const between = words.slice(from + 1, s);
  const cause = between.findIndex((w) => CAUSING.has(w));
  return !between.some((w, k) => OTHER_SUBJECT.has(w) && !(cause >= 0 && k > cause) || CLAUSE_BREAK.has(w) || w === ',') && between.length <= 6;
}

/**
 * A smell pinned on a group: the group (or "they" / "their" for one named before) as the smell's subject or its
 * source ("once the Indians got on"), with a bad-smell verb ("stink", "reek") or a smell plus a food or dirt trope.
 * A faculty ("lose their sense of smell", "sensitive to smells"), a thing of theirs that smells of something
 * neutral ("their flat smells of damp", "their kitchen smells like heaven") and praise pass.
 */
export function smellTrope(tokens: readonly Token[], words: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  const s = words.findIndex((w, k) => SMELLS.has(w) && !NEGATORS.has(words[k - 1] ?? '') && !NEGATORS.has(words[k - 2] ?? '') && words[k - 1] !== 'cannot');
  if (s >= 0 && !words.some((w) => NICE_SMELLS.has(w)) && !words.slice(Math.max(0, s - 4), s).some((w) => SMELL_FACULTY.has(w))) {
    const tail = words.slice(s + 1, clauseEnd(words, s + 1, 6) + 1);
    const dirt = BAD_SMELLS.has(words[s] ?? '') || tail.some((w) => DIRT_TROPES.has(w) || CONTEMPT_ADJ.has(w));
    const trope = dirt || tail.some((w) => FOOD_TROPES.has(w));
    // "Punjabis are loud and stink", "Indians smell of curry": the group is the smell's subject
    const subj = trope ? groups.find((m) => !m.pronoun && m.to < s && asSubject(words, m) && words[m.to + 1] !== "'s" && smellSubject(words, m.to, s)) : undefined;
    if (subj) return hit(subj.from, s, subj, 'derogation', 'a smell pinned on a group');
    // "the bus smelled of curry once the Indians got on": the group's arrival as the smell's source
    const src = trope ? groups.find((m) => !m.pronoun && m.from > s && ['once', 'when', 'since', 'after', 'whenever'].includes(words[m.from - 1] === 'the' ? words[m.from - 2] ?? '' : words[m.from - 1] ?? '') && arrives(words, m)) : undefined;
    if (src) return hit(s, src.to, src, 'derogation', 'a smell pinned on a group');
    // "their houses stink": a thing of theirs needs a bad smell, not a food ("their kitchen smells of curry"), and no
    // cause named for it ("their bins stink because the council never collects them" is a complaint on their behalf)
    const reasoned = words.slice(s + 1).some((w) => ['because', 'cause', 'since', 'due', 'until', 'after'].includes(w));
    const own = dirt && !reasoned ? groups.find((m) => !m.pronoun && m.to < s && words[m.to + 1] === "'s" && smellSubject(words, m.to + 2, s)) : undefined;
    if (own) return hit(own.from, s, own, 'derogation', 'a smell pinned on a group');
    // "The new neighbours are Pakistani. They'll have the street smelling of curry."
    const they = words.findIndex((w, k) => k < s && ((trope && ['they', 'them'].includes(w) && smellSubject(words, k, s)) || (dirt && !reasoned && w === 'their' && smellSubject(words, k + 1, s))));
    const pg = they >= 0 ? prev.groups().find((m) => !m.pronoun) : undefined;
    if (pg) return hit(they, s, { ...pg, from: they, to: they, pronoun: true }, 'derogation', 'a smell pinned on a group named before');
  }
  // "[group] never learned how to wash", "[group] don't know what a toilet is"
  const g = groups.find((m) => !m.pronoun && asSubject(words, m));
  if (!g) return null;
  const vp = words.slice(g.to + 1, clauseEnd(words, g.to + 1, 12) + 1);
  const neg = vp.findIndex((w) => NEGATORS.has(w));
  if (neg < 0 || neg > 4) return null;
  const learned = vp.findIndex((w) => ['learned', 'learnt', 'learn', 'know', 'knows', 'heard', 'seen', 'use', 'used'].includes(w));
  const h = vp.findIndex((w) => HYGIENE.has(w));
  return learned > neg && h > learned && h - learned <= 4 ? hit(g.from, g.to + 1 + h, g, 'derogation', 'hygiene denied to a group') : null;
}

/** "You see one Mexican, there's twenty more", "where there's one Gypsy there's always a dozen more". */
const MANY_MORE = new Set(['dozen', 'hundred', 'hundreds', 'thousand', 'thousands', 'ten', 'twenty', 'fifty', 'fifteen', 'five', 'six', 'more', 'always', 'whole', 'million', 'millions']);

/** Words that may follow the "more" of a swarm when no other noun is counted: "twenty more behind him", "a dozen more where that came from". */
const MORE_TRAIL = new Set(['behind', 'around', 'nearby', 'hiding', 'waiting', 'coming', 'following', 'where', 'in', 'on', 'at', 'just', 'right', 'lurking', 'somewhere', 'close', 'of', 'with', 'there', 'here', 'out', 'outside', 'inside', 'back', 'and', 'to', 'like', 'that', 'who', 'you']);

/** Words that make the many more people in need: "ten more are waiting for a home", "we helped one, twenty more need it". */
const IN_NEED = new Set(['waiting', 'need', 'needs', 'needing', 'housed', 'helped', 'help', 'saved', 'rescued', 'homeless', 'drowned', 'died', 'stranded', 'sleeping']);

/** The same group counted again: "one Gypsy ... a dozen more Gypsies" (not "one woman ... ten more men"). */
function sameHead(words: Words, g: GroupMention, k: number): boolean {
  const stem = (w: string): string => w.replace(/ies$/, 'y').replace(/(es|s)$/, '');
  return stem(words[k] ?? '') === stem(words[g.to] ?? '') || (words[g.to] === 'woman' && words[k] === 'women') || (words[g.to] === 'man' && words[k] === 'men');
}

export function swarm(words: Words, groups: readonly GroupMention[]): Attack | null {
  for (const g of groups) {
    if (g.pronoun || words[g.from - 1] !== 'one') continue;
    // what "more" counts must be the group again or nothing: "ten more men" after "one woman" is a ratio
    const more = words.findIndex((w, k) => k > g.to + 1 && w === 'more' && (MANY_MORE.has(words[k - 1] ?? '') || /^\d+$/.test(words[k - 1] ?? '')) &&
      (k + 1 >= words.length || !/^[a-z]/.test(words[k + 1] ?? '') || CLAUSE_BREAK.has(words[k + 1] ?? '') || MORE_TRAIL.has(words[k + 1] ?? '') || sameHead(words, g, k + 1)));
    const clan = words.findIndex((w, k) => k > g.to + 1 && ['clan', 'tribe', 'village', 'family'].includes(w) && words[k - 1] === 'whole');
    const e = more >= 0 ? more : clan;
    // "for one refugee family we housed, ten more are still waiting": more in need, not a swarm
    if (e >= 0 && e - g.to <= 10 && !hasPraise(words) && !words.some((w) => IN_NEED.has(w) || VICTIMISED.has(w))) return hit(g.from - 1, e, g, 'dehumanising', 'one [member] means many more');
  }
  return null;
}

/** "[group] ... like mould / like weeds / like mushrooms": a likeness to vermin after any verb, unless the group suffers it. */
const LIKENED = new Set([...MORE_DEHUMANISING, 'goldfish', 'donkey', 'donkeys', 'parrot', 'parrots', 'lemmings', 'chickens', 'headless', 'sloth', 'sloths', 'monkey', 'chimp', 'dog', 'pig', 'mushrooms', 'ants', 'locusts', 'flies', 'lice', 'bacteria', 'zombies', 'rats', 'roaches', 'cockroaches', 'rabbits', 'vermin', 'weeds', 'plague', 'virus', 'cancer', 'animals', 'cattle', 'sheep', 'apes', 'monkeys', 'dogs', 'pigs', 'insects', 'termites', 'maggots', 'leeches', 'parasites', 'worms', 'savages', 'beasts']);

/** Describing words of contempt that may stand before the likeness: "like stray dogs", "like filthy disgusting rats" (not "angry ants", "frightened rabbits"). */
const CONTEMPT_DESCRIBING = new Set(['stray', 'hungry', 'diseased', 'mangy', 'rabid', 'feral', 'filthy', 'dirty', 'disgusting', 'savage', 'vicious', 'starving', 'sewer', 'ravenous', 'greedy', 'smelly', 'stinking', 'mindless', 'brainless', 'rampaging', 'infested', 'breeding', 'swarming', 'vile', 'nasty', 'rotten', 'parasitic', 'plague', 'wild', 'little', 'flea', 'lice', 'rabbit']);

const SUFFERED_LIKE = new Set(['treated', 'treat', 'treating', 'handled', 'herded', 'caged', 'hunted', 'slaughtered', 'killed', 'packed', 'crammed', 'shipped', 'transported', 'seen', 'viewed', 'regarded', 'portrayed', 'described', 'depicted', 'called', 'labelled', 'labeled', 'dehumanised', 'dehumanized', 'shot', 'kept', 'used', 'sold', 'worked', 'exploited', 'housed', 'fed', 'dumped']);

/** "work like dogs / slaves": an idiom of overwork, said in sympathy, not a likeness of the workers. */
const TOIL = new Set(['work', 'works', 'worked', 'working', 'toil', 'toils', 'toiled', 'toiling', 'graft', 'grafts', 'grafted', 'slog', 'slogs', 'slave', 'slaving', 'labour', 'labor']);

const TOIL_LIKENESS = new Set(['dogs', 'dog', 'slaves', 'horses', 'horse', 'donkeys', 'donkey', 'mules', 'ants', 'animals', 'trojans', 'beavers', 'bees']);

/** Verbs of a crowd's movement: "poured into the stadium like ants" pictures a crowd unless the likeness is vermin or disease. */
const CROWD_MOVES = new Set(['poured', 'pour', 'pouring', 'streamed', 'stream', 'streaming', 'filed', 'flocked', 'queued', 'queueing', 'queuing', 'lined', 'crowded', 'packed', 'piled', 'rushed', 'raced', 'ran', 'running', 'marched', 'scattered', 'scurried', 'moved', 'moving', 'climbed', 'gathered', 'huddled', 'danced', 'dancing', 'worked']);

const CROWD_IMAGES = new Set(['ants', 'bees', 'sardines', 'ducks', 'ducklings', 'penguins', 'chickens', 'headless', 'sheep', 'lemmings', 'flies', 'cattle', 'animals']);

export function likeVermin(words: Words, groups: readonly GroupMention[]): Attack | null {
  const g = groups.find((m) => !m.pronoun && asSubject(words, m));
  if (!g) return null;
  const e = clauseEnd(words, g.to + 1, 14);
  for (let k = g.to + 2; k <= e; k++) {
    // "[group] voting on the future is like a goldfish planning a holiday"
    if (words[k] !== 'like' || (words[k - 1] === 'is' && !['a', 'an'].includes(words[k + 1] ?? ''))) continue;
    let j = k + 1;
    while (['a', 'an', 'the', 'little', 'wild', 'filthy', 'dirty'].includes(words[j] ?? '')) j++;
    // ("like stray dogs", "like hungry little rats": up to two describing words before the likeness)
    const describing = (x: string | undefined) => CONTEMPT_DESCRIBING.has(x ?? '');
    if (describing(words[j]) && (LIKENED.has(words[j + 1] ?? '') || (describing(words[j + 1]) && LIKENED.has(words[j + 2] ?? '')))) j += LIKENED.has(words[j + 1] ?? '') ? 1 : 2;
    // "Muslim men treat their wives like property": what the group is said to do to others
    if (['treat', 'treats'].includes(words[g.to + 1] ?? '') && ['property', 'slaves', 'dirt', 'servants', 'objects', 'possessions', 'cattle', 'dogs', 'animals', 'trash', 'garbage', 'livestock', 'maids'].includes(words[j] ?? '')) return hit(g.from, j, g, 'stereotype', `treat others like ${words[j]}`);
    if (!LIKENED.has(words[j] ?? '')) continue;
    if (words.slice(g.to + 1, k).some((w) => SUFFERED_LIKE.has(w) || NEGATORS.has(w) || VICTIMISED.has(w))) return null;
    const verbs = words.slice(g.to + 1, k);
    // "Immigrants work like dogs for minimum wage": overwork, told in sympathy
    if (TOIL.has(words[k - 1] ?? '') && TOIL_LIKENESS.has(words[j] ?? '')) return null;
    // "Muslim fans poured into the stadium like ants": a crowd pictured, not vermin ("spread like mould", "multiply like rats" stay)
    if (verbs.some((w) => CROWD_MOVES.has(w)) && CROWD_IMAGES.has(words[j] ?? '')) return null;
    return hit(g.from, j, g, 'dehumanising', `likened to ${words[j]}`);
  }
  return null;
}

/** Spoiled things a group is equated with: "Old people are basically expired milk", "autistic people are just broken computers". */
const SPOILED = new Set(['expired', 'broken', 'leaky', 'leaking', 'rotten', 'rotting', 'ticking', 'faulty', 'defective', 'spoiled', 'spoilt', 'damaged', 'toxic', 'stale', 'mouldy', 'moldy', 'disposable', 'obsolete', 'malfunctioning', 'infected', 'contaminated', 'sour', 'dead', 'festering', 'bottomless', 'overflowing', 'clogged', 'blocked']);

const NOT_THINGS = new Set(['tired', 'right', 'wrong', 'serious', 'set', 'sure', 'last', 'people', 'persons', 'men', 'women', 'kids', 'children', 'families', 'souls', 'hearts', 'heart', 'hearted', 'inside', 'even', 'broke', 'on', 'by', 'from', 'and', 'in']);

export function spoiledThing(words: Words, groups: readonly GroupMention[]): Attack | null {
  for (const g of groups) {
    if (g.pronoun || !asSubject(words, g)) continue;
    let j = g.to + 1;
    if (!['are', 'is'].includes(words[j] ?? '')) continue;
    j++;
    while (['just', 'basically', 'all', 'like', 'nothing', 'but', 'a', 'an', 'literally', 'really', 'essentially', 'simply', 'no', 'better', 'than', 'more', 'the', 'human', 'society', "'s", 'our'].includes(words[j] ?? '') && j < g.to + 8) j++;
    if (!SPOILED.has(words[j] ?? '')) continue;
    const n = words[j + 1] ?? '';
    // "dead weight", "a ticking clock", "broken computers", "expired milk"
    if (/^[a-z]+$/.test(n) && !NOT_THINGS.has(n) && !PERSON_NOUNS.has(n) && !/ly$/.test(n) && !negatedIn(words, g.to + 1, j)) return hit(g.from, j + 1, g, 'dehumanising', `equated with ${words[j]} ${n}`);
  }
  return null;
}

/** "Is there anything more annoying than a vegan Muslim?": the member as the worst of something. */
export function worstThing(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  const t = words.findIndex((w, k) => (w === 'anything' || w === 'nothing') && ['more', 'worse'].includes(words[k + 1] ?? ''));
  if (t < 0) return null;
  const adj = words[t + 1] === 'worse' ? 'worse' : words[t + 2] ?? '';
  if (adj !== 'worse' && !CONTEMPT_ADJ.has(adj) && !MORE_NEGATIVE.has(adj) && !['irritating', 'insufferable', 'useless', 'dangerous', 'embarrassing', 'infuriating', 'unbearable'].includes(adj)) return null;
  const than = words.indexOf('than', t);
  if (than < 0 || than > t + 4) return null;
  for (let i = than + 1; i < Math.min(words.length, than + 6); i++) {
    const id = identityWord(tokens, groups, i);
    if (id) return hit(t, id.to, id, 'derogation', `nothing ${adj} than a [member]`);
  }
  return null;
}

/** Words damning enough that a group subject with one of them in its clause is an attack whatever the syntax. */
const DAMNING = new Set(`
  stupid dumb lazy dirty disgusting violent dangerous inferior evil criminals criminal ugly smelly greedy worthless useless primitive backward
  savage savages deranged perverted perverts pedophiles paedophiles groomers predators terrorists rapists thieves liars idiots morons freaks
  degenerates degenerate lunatics abominations unclean untrustworthy dishonest sneaky barbaric barbarians brutes invaders leeches freeloaders
  scroungers spongers unnatural immoral sinful deviant deviants delusional inbred filthy nasty gross repulsive revolting hideous parasites
  vermin subhuman subhumans scum filth cheaters crooks fraudsters murderers killers molesters abusers vile wicked treacherous deceitful devious
  manipulative conniving lecherous unhygienic lowlifes traitors ungrateful rats cockroaches animals beasts pigs apes monkeys swine maggots
  butch shifty thieving feral brainwashed bloodthirsty cruel heartless soulless godless contagion epidemic flood tsunami hysterical irrational
  ridiculous pathetic laughable insufferable std stds
`.trim().split(/\s+/));

/** Words that make the damning word something the group suffers, is accused of, or is compared favourably to. */
const NOT_DAMNING = new Set([
  ...VICTIMISED, ...NEGATORS, 'victims', 'victim', 'survivors', 'against', 'fleeing', 'flee', 'fled', 'escape', 'escaping', 'face', 'faces',
  'facing', 'fear', 'fears', 'feared', 'called', 'labelled', 'labeled', 'seen', 'viewed', 'portrayed', 'stereotyped', 'accused', 'treated',
  'branded', 'described', 'depicted', 'painted', 'assumed', 'considered', 'perceived', 'myth', 'myths', 'stereotype', 'stereotypes', 'less',
  'fewer', 'least', 'rarely', 'than', 'cannot', 'risk', 'according', 'protect', 'protected', 'protecting', 'fight', 'fighting', 'fought', 'report', 'reported',
  'reporting', 'condemn', 'condemned', 'condemning', 'hunted', 'persecuted', 'oppressed', 'afraid', 'scared', 'terrified', 'hurt', 'think', 'thinks', 'say', 'says', 'said', 'claim', 'claims', 'believe', 'believes', 'if', 'unless', 'when', 'whether', 'because',
]);

/** Praise that, beside a harsh word about a group named by a pronoun, makes the word fond. */
const PRONOUN_PRAISE = new Set(['amazing', 'brilliant', 'lovely', 'best', 'great', 'hilarious', 'love', 'loved', 'incredible', 'delicious', 'gorgeous', 'fantastic', 'legends', 'legend', 'wonderful', 'kind', 'generous', 'sweet', 'fun', 'funny']);

/** Heads of compounds a damning word may open ("flood relief", "plague doctor"): a thing named, not the group judged. */
const COMPOUND_THINGS = new Set(['relief', 'aid', 'appeal', 'appeals', 'warning', 'warnings', 'defences', 'defenses', 'damage', 'victims', 'water', 'waters', 'zone', 'zones', 'plain', 'plains', 'insurance', 'barrier', 'barriers', 'fund', 'funds', 'charity']);

/** Nouns a damning adjective may describe when it still speaks of the group: "a violent bunch", "a sick lot". */
const COLLECTIVES = new Set(['bunch', 'lot', 'group', 'crowd', 'race', 'breed', 'kind', 'sort', 'type', 'culture', 'religion', 'species', 'tribe', 'mob', 'gang', 'nation', 'piece', 'people', 'lifestyle', 'cult', 'ideology', 'and', 'or']);

const FALLBACK_OPENERS = new Set(['why', 'are', 'is', 'do', 'does', 'did', 'can', 'could', 'will', 'would', 'how', 'come', 'honestly', 'so', 'seriously', 'and', 'but', 'because', 'cause', 'pretending', 'admit', 'admitting', 'accept']);

/**
 * The last resort: a group as the subject of its clause (or of a question) and a damning word later in that clause, in any
 * syntax the frames above do not read ("Are Black people genetically more violent or is it culture?", "Muslims smile to your
 * face and plot like the traitors they are"). Anything that makes the word a suffering, an accusation or a comparison in
 * the group's favour, anywhere in the sentence, drops it.
 */
export function damning(words: Words, groups: readonly GroupMention[]): Attack | null {
  if (words.some((w) => NOT_DAMNING.has(w))) return null;
  for (const g of groups) {
    // (a pronoun for a group named before only as the plain subject of "are": "They're hypocritical scum", the damning word
    // within two words of the copula)
    // (not beside praise, here or in the sentence before: "They're ridiculous, the smell is amazing")
    const pronounSubject = g.pronoun && ['are', 'were'].includes(words[g.to + 1] ?? '') && (g.from === 0 || clauseStartAt(words, g.from)) && !words.some((w) => PRONOUN_PRAISE.has(w));
    if ((g.pronoun && !pronounSubject) || (g.weak && g.from === g.to && !['a', 'an', 'every', 'the', 'all', 'these', 'those'].includes(words[g.from - 1] ?? ''))) continue;
    let s = g.from - 1;
    while (s >= 0 && (['the', 'all', 'most', 'these', 'those', 'every', 'a', 'an', 'any'].includes(words[s] ?? '') || FALLBACK_OPENERS.has(words[s] ?? ''))) s--;
    if (!(s < 0 || clauseStartAt(words, s + 1))) continue;
    const e = pronounSubject ? Math.min(clauseEnd(words, g.to + 1, 14), g.to + 4) : clauseEnd(words, g.to + 1, 14);
    for (let k = g.to + 1; k <= e; k++) {
      const w = words[k] ?? '';
      if (!DAMNING.has(w) || slangSkill(w, words[k + 1] ?? '', words[k + 2] ?? '')) continue;
      // ("about as dangerous as a bag of kittens": a simile that denies the word; "as violent as any other group" compares)
      if (words[k - 1] === 'as' && words[k + 1] === 'as') continue;
      // ("have zero criminal records", "no violent crime": the word counted as none)
      if (['zero', 'no', 'without'].includes(words[k - 1] ?? '')) continue;
      // "are victims of violent crime" is caught above; "with violent men" puts the word on someone else
      if (['with', 'of', 'to', 'for', 'at', 'on', 'by', 'from', 'about'].includes(words[k - 1] ?? '') || (['a', 'the', 'some', 'any', 'many', 'more', 'their'].includes(words[k - 1] ?? '') && ['with', 'of', 'to', 'for', 'at', 'on', 'by', 'from', 'about'].includes(words[k - 2] ?? ''))) continue;
      // "she nailed the landing in a nasty crosswind": the word describes a thing after it, not the group; "a violent
      // bunch", "a nasty piece of work" still describe the group
      if (['a', 'an'].includes(words[k - 1] ?? '') && /^[a-z]+$/.test(words[k + 1] ?? '') && !PERSON_NOUNS.has(words[k + 1] ?? '') && !COLLECTIVES.has(words[k + 1] ?? '')) continue;
      // "immigrants who commit violent crimes": the word picks out wrongdoers in a relative clause
      if (['who', 'that'].includes(words[g.to + 1] ?? '') && CRIME_NOUNS.has(words[k + 1] ?? '')) continue;
      // "the mosque ran the flood relief kitchen": the word opens a compound that names a thing
      if (COMPOUND_THINGS.has(words[k + 1] ?? '')) continue;
      return hit(g.from, k, g, 'generalisation', `a damning word in the group's clause ('${w}')`);
    }
  }
  return null;
}

/** Insult nouns that are also a species or a genre after an identity word ("Indian snake", "a Jewish joke"). */
const NOT_INSULT_AFTER_IDENTITY = new Set(['joke', 'jokes', 'tool', 'tools', 'witch', 'punk', 'snake', 'snakes', 'dummy', 'creep', 'freak', 'freaks', 'crook', 'trash']);

/** Words that may follow the insult noun when it ends its phrase ("Muslim scum everywhere", "gay idiots again"). */
const AFTER_INSULT = new Set(['are', 'is', 'were', 'was', 'who', 'that', 'and', 'or', 'everywhere', 'in', 'on', 'at', 'from', 'like', 'again', 'lol', 'here', 'there', 'should', 'will', 'can', 'always', 'never', 'all', 'get', 'need', 'keep', 'have', 'has', 'out', 'back', 'off', 'go', 'deserve', 'ruin', 'ruining', 'with', 'deserves', 'alone', 'gets', 'keeps', 'needs', 'would', 'must']);

const CALLING_VERBS = new Set(['call', 'calls', 'called', 'calling', 'label', 'labels', 'labelled', 'labeled', 'brand', 'brands', 'branded']);

export function identityInsultAt(words: Words, i: number): Characteristic | undefined {
  const n = words[i + 1] ?? '';
  if (!INSULT_NOUNS.has(n) && !DEHUMANISING.has(n) || NOT_INSULT_AFTER_IDENTITY.has(n)) return undefined;
  // ("the anti-trans garbage on my feed": the insult is for what is against the group)
  if (['anti', 'non'].includes(words[i - 1] ?? '')) return undefined;
  // ("anyone who calls women vermin": the group and what it is called, not one insult; the calling is read elsewhere)
  if (CALLING_VERBS.has(words[i - 1] ?? '')) return undefined;
  const c = identityAdjective(words[i] ?? '');
  // "a blind idiot" of a referee is figurative; old, young and native describe too much to count
  if (!c || ['old', 'older', 'young', 'younger', 'senior', 'native', 'foreign', 'blind', 'deaf'].includes(words[i] ?? '')) return undefined;
  const after = words[i + 2];
  return after === undefined || !/^[a-z]/.test(after) || AFTER_INSULT.has(after) ? c : undefined;
}

/** "Muslim scum", "those gay idiots", "your Mexican bitch": an identity made the insult's first word. */
export function identityInsult(words: Words): Attack | null {
  for (let i = 0; i + 1 < words.length; i++) {
    const c = identityInsultAt(words, i);
    // "white trash" names a class more than a race; "not all Muslim idiots" is still an insult
    if (c) return hit(i, i + 1, { from: i, to: i, characteristic: c, pronoun: false, weak: false }, 'derogation', `an identity made an insult ('${words[i + 1]}')`);
  }
  return null;
}

/** "Black people would still be in trees without us": the group placed in a primitive past. */
const PRIMITIVE = new Set(['trees', 'caves', 'cave', 'huts', 'hut', 'jungle', 'jungles', 'mud', 'desert', 'stone', 'dark']);

export function stillInTrees(words: Words, groups: readonly GroupMention[]): Attack | null {
  const g = groups.find((m) => !m.pronoun && asSubject(words, m));
  if (!g) return null;
  const st = words.findIndex((w, k) => k > g.to && k <= g.to + 5 && w === 'still');
  if (st < 0) return null;
  const p = words.slice(st + 1, st + 6).findIndex((w) => PRIMITIVE.has(w));
  return p >= 0 && words.slice(st + 1, st + 7).some((w) => ['in', 'living', 'live', 'swinging', 'age'].includes(w)) ? hit(g.from, st + 1 + p, g, 'dehumanising', 'placed in a primitive past') : null;
}

/** "How do you tell a Jew from a rat?": a member set beside vermin as hard to tell apart. */
export function tellApart(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  const t = words.findIndex((w) => w === 'tell' || w === 'distinguish');
  if (t < 0) return null;
  let at = t + 1;
  while (['a', 'an', 'the', 'apart'].includes(words[at] ?? '')) at++;
  const id = identityWord(tokens, groups, at);
  if (!id || words[id.to + 1] !== 'from' && words[id.to + 1] !== 'and') return null;
  let k = id.to + 2;
  while (['a', 'an', 'the'].includes(words[k] ?? '')) k++;
  return DEHUMANISING.has(words[k] ?? '') || MORE_DEHUMANISING.has(words[k] ?? '') || ['rat', 'monkey', 'ape', 'pig', 'dog', 'cockroach', 'goat'].includes(words[k] ?? '') ? hit(t, k, id, 'dehumanising', 'a member told apart from vermin') : null;
}

/** "Why are all feminists ugly lesbians?", "those filthy Mexicans": an insulting word fused to the group's name. */
const FUSED_INSULTS = new Set(['stupid', 'ugly', 'filthy', 'dirty', 'disgusting', 'lazy', 'smelly', 'stinking', 'stinky', 'vile', 'greedy', 'thieving', 'sneaky', 'worthless', 'useless', 'pathetic', 'brainless', 'retarded', 'savage', 'primitive', 'inbred', 'scummy', 'rotten', 'fucking', 'bloody', 'damn', 'goddamn', 'degenerate', 'perverted', 'sick', 'evil', 'backward', 'ignorant', 'uppity', 'entitled', 'shitty', 'crappy', 'trashy', 'nasty']);

/** Past deeds a complaint pins on a group after a curse ("fucking Poles pissed in the car park again"); other past forms are
 * as often done to them ("bloody Muslims blamed for everything", "Syrians evicted") or praise ("fixed my roof"). */
const COMPLAINED_DEEDS = new Set(['pissed', 'nicked', 'stole', 'took', 'dumped', 'blocked', 'robbed', 'ruined', 'trashed', 'shat', 'spat', 'littered', 'vandalised', 'vandalized', 'smashed', 'broke', 'jumped', 'queue-jumped', 'scammed']);

/** Fondness after a curse that opens a post: "..., love to see it", "top lads", "fine, I'm learning". */
const FOND_AFTER_CURSE = new Set(['love', 'loving', 'best', 'top', 'respect', 'legends', 'legend', 'proud', 'fair', 'fine', 'learning', 'brilliant', 'great', 'amazing', 'cheers', 'thanks', 'bless', 'wholesome']);

/** What is done to a group, after its name: a curse before it is outrage on their behalf ("bloody refugees being drowned"). */
const SUFFERING = new Set(['blamed', 'evicted', 'scapegoated', 'smeared', 'demonised', 'demonized', 'vilified', 'mocked', 'turned', 'being', 'getting', 'treated', 'killed', 'attacked', 'abused', 'harassed', 'deported', 'drowned', 'drowning', 'dying', 'starving', 'suffering', 'murdered', 'beaten', 'jailed', 'detained', 'banned', 'denied', 'ignored', 'targeted', 'bullied', 'shot', 'stabbed', 'excluded', 'refused', 'sacked', 'fired', 'underpaid', 'exploited', 'forced', 'locked', 'caged', 'separated', 'struggling', 'fleeing']);

/** Rough words as often said of things as of people: fused to a group only when the group's name ends the phrase. */
const THING_ROUGH = new Set(['shitty', 'crappy', 'trashy', 'nasty']);
/** What may follow a group's name that ends its phrase: "those shitty Mexicans again", "crappy immigrants who ...". */
const GROUP_ENDS = new Set(['', '.', '!', ',', '?', 'again', 'everywhere', 'who', 'that', 'are', 'is', 'were', 'was', 'in', 'on', 'at', 'and', 'always', 'ruin', 'ruining', 'keep', 'never', 'lol']);

export function fusedInsult(words: Words, groups: readonly GroupMention[]): Attack | null {
  for (const g of groups) {
    if (g.pronoun) continue;
    const a = words[g.from - 1] ?? '';
    // "sick kids" and "bloody hell" name no group; "not all stupid ..." still insults
    // ("Bloody foreigners, the lot of them", "Goddamn [group] with their ...": the curse opens the post and names them)
    // ("fucking immigrants turning this country into a shithole", "fucking Poles pissed in the car park again": the curse
    // opens a complaint about what they do, not outrage at what is done to them)
    // ("fucking Brits queuing for everything, I love us", "bloody Irish lads singing at 5am, best start to a holiday": an
    // exclamation of fondness)
    const doing = (/^[a-z]{3,}ing$/.test(words[g.to + 1] ?? '') || COMPLAINED_DEEDS.has(words[g.to + 1] ?? '')) && !SUFFERING.has(words[g.to + 1] ?? '');
    const opens = g.from === 1 && ['bloody', 'damn', 'goddamn', 'fucking'].includes(a) && ([',', '!', '.', '', 'with', 'everywhere', 'again'].includes(words[g.to + 1] ?? '') || doing) && !hasPraise(words) && !words.some((x) => FOND_AFTER_CURSE.has(x));
    if (!FUSED_INSULTS.has(a) || ['sick', 'fucking', 'bloody', 'damn', 'goddamn'].includes(a) && !['those', 'these', 'all', 'you', 'the'].includes(words[g.from - 2] ?? '') && !opens) continue;
    if (words.slice(0, g.from - 1).some((w) => ['called', 'calling', 'call', 'stereotype', 'myth', 'not'].includes(w))) continue;
    // "crappy Chinese takeaway", "shitty trans healthcare", "nasty Irish weather": the rough word is on a thing the name
    // describes; "proud to be a nasty woman" is a slogan reclaimed
    if (THING_ROUGH.has(a) && (!GROUP_ENDS.has(words[g.to + 1] ?? '') || words.some((w) => w === 'proud' || w === 'unite'))) continue;
    return hit(g.from - 1, g.to, g, 'derogation', `an insult fused to the group ('${a}')`);
  }
  return null;
}
