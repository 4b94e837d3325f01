/**
 * Insinuation: implicit derogation carried by the frame around a group rather than by anything said
 * of it. A warning set off by a group's presence ("hide your wallets, the Romanians are in town"),
 * identity offered as the explanation of a crime ("of course the thief was Mexican", "another immigrant
 * stabbing"), essentialising ("it's in their DNA", "typical woman thing", "[group] and X, name a better
 * duo", "[group], am I right?"), reduction to a use ("made to serve", "good for two things"), keeping a
 * group from children or roles, resentment ("[group] get free houses while our veterans sleep
 * rough"), mockery of the identity itself ("imagine being gay lol", "nothing good comes out of
 * Africa"), and a handful of related shapes.
 *
 * Every frame needs a protected identity AND a cue that only insinuation uses: neutral sentences that
 * share the cue ("lock your doors, there were burglaries", "of course the winner was Maria") or the
 * group ("refugees get free language classes") do not match. Called by group-attack, whose context
 * pass (quotation, reporting, condemnation) then applies as to any other attack.
 */
import { identityAt, neighbourGroups, SINGULAR_GENDER, type GroupMention } from './find-groups';
import { identityAdjective, PERSON_NOUNS, type Characteristic } from './lexicon/groups';
import {
  BLAMED_RESULTS, CHILDREN, CRIME_NOUNS, DECLINE_PHRASES, DEPRIVED, ESSENCE, INGROUP, INSINUATE_PHRASES, KNOWING_TAGS, PATHOLOGY, PLACES,
  PRAISE_WORDS, PROTECT_VERBS, REACTION_PHRASES, REVERSALS, SERVILE, STEREOTYPE_NOUNS, SUSPECTED, TOLERANCE_LIMITS, VALUABLES,
  STING, RULE_ITEMS, MORE_POSITIVE, NOTICING, PATTERN_WORDS, VICTIMISED, PROVERB_TAINTS, RESTRICTED_TO, RESTRICTING_VERBS, RESTRICTED_ACTS,
  BAD_HABITS, BAD_HABIT_PHRASES, GOOD_HABITS, GOOD_HABIT_PHRASES, HABIT_EXCUSES, BELITTLED, ACTIVITIES, STANDING, CRITIQUE_CAUSES, GUARDIANS,
  KNOWN_QUALITIES, KNACK_ACTS, REFUSED_ACTS, BELITTLING_LABELS, STEERED_FROM, CULTURE_NOUNS, CULTURE_VERDICTS, MORE_NEGATIVE, MORE_DEHUMANISING,
  IDENTITY_PLACES, PLACE_VERDICTS, PLACE_CONTENTS, PLACE_CAUSES, NORM_WORDS, DISMISSED_ACTS, RUIN_OUTCOMES, PUT_DOWN_IDENTITY, DEFINING_ACTS,
  LOWLY,
} from './lexicon/derogation';
import { readPredicate, type Attack, type AttackKind } from './predicate';
import { DEHUMANISING, INSULT_NOUNS, POSITIVE_ATTRIBUTES } from './lexicon/words';
import { CLAUSE_BREAK, NEGATORS, plainMapped, tokenizeMapped, type Token } from './tokens';

/** Common words that never signal an insinuation on their own, left out of the prefilter. */
const NOT_CUES = new Set(['the', 'their', 'they', 'them', 'with', 'what', 'know', 'have', 'this', 'that', 'time', 'into', 'like', 'will', 'more', 'every', 'there', 'goes']);

/**
 * Words that may carry an insinuation when the identity is only an adjective ("the shooter was Black")
 * or the group was named in the previous sentence ("A woman pilot? I'm taking the train."): the
 * sentence then has no group noun, and group-attack's prefilter lets it through on one of these.
 */
export const INSINUATION_CUES = new Set([
  'imagine', 'bet', 'probably', 'being', 'duo', 'oxymoron', 'quotes', 'such', 'classic', 'peak', 'logic', 'mentality', 'homosexuality', 'bisexuality', 'transgenderism', 'gayness', 'autism',
  'asexuality', 'pansexuality', 'dyslexia', 'adhd', 'transness', 'nonbinary', 'binary', 'identity', 'religion', 'race', 'ethnicity', 'nationality', 'wherever', 'iconic', 'thanks', 'than', 'funny', 'notice', 'guess', 'another', 'surprise', 'shocker', 'tell',
  // round 8: atrocities minimised, smells after a group named before, children taken away
  'holocaust', 'shoah', 'pogroms', 'slavery', 'apartheid', 'segregation', 'lynchings', 'lynching', 'colonialism', 'internment', 'smell', 'smells', 'smelled',
  'smelt', 'smelling', 'stink', 'stinks', 'stank', 'reek', 'reeks', 'reeking', 'stench', 'pulled', 'pull', 'pulling', 'throat', 'throats',
  ...PLACES, ...PROTECT_VERBS, ...CRIME_NOUNS,
  ...[...DECLINE_PHRASES, ...ESSENCE, ...KNOWING_TAGS, ...REACTION_PHRASES].flatMap((p) => p.split(' ')).filter((w) => w.length > 3 && !NOT_CUES.has(w)),
]);

/**
 * An identity adjective before an activity or a culture with no group noun ("female comedy is a joke", "Muslim
 * culture is backward"): group-attack's prefilter lets such a sentence through on this two-word check rather
 * than on common cue words, so the cost of sentences without an identity does not grow.
 */
export function identityThing(tokens: readonly Token[]): boolean {
  let who = false;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const n = (tokens[i + 1] as Token).w;
    if ((tokens[i] as Token).w === 'who') who = true;
    // "Black neighbourhoods", "gay bars": a place or an institution standing for the group
    if ((ACTIVITIES.has(n) || CULTURE_NOUNS.has(n) || IDENTITY_PLACES.has(n)) && (identityAdjective((tokens[i] as Token).w) !== undefined || ['womens', 'mens', 'ladies'].includes((tokens[i] as Token).w))) return true;
    // "guys who do yoga are all gay": an identity word after a relative clause
    if (who && PUT_DOWN_IDENTITY.has(n)) return true;
  }
  return false;
}

/** "That's how companies go bankrupt", "this is why ...": a consequence that may point back to a question before. */
export function consequenceOpen(tokens: readonly Token[]): boolean {
  let i = 0;
  if (['and', 'because', 'yeah', 'yep', 'lol', 'well', ','].includes(tokens[i]?.w ?? '')) i++;
  if (tokens[i]?.w === ',') i++;
  return ['that', 'this', 'which'].includes(tokens[i]?.w ?? '') && tokens[i + 1]?.w === 'is' && ['how', 'why'].includes(tokens[i + 2]?.w ?? '');
}

/** The previous sentence, read only when a frame asks for it. */
export interface Neighbour {
  groups: () => readonly GroupMention[];
  words: () => readonly string[];
}

export function neighbour(readPrev: () => string | undefined): Neighbour {
  let words: readonly string[] | undefined;
  return {
    groups: () => neighbourGroups(readPrev()),
    words: () => (words ??= wordsOf(readPrev())),
  };
}

function wordsOf(text: string | undefined): string[] {
  return text ? tokenizeMapped(text, plainMapped(text)).map((t) => t.w) : [];
}

type Words = readonly string[];

/** First index at which `phrase` (space-separated) occurs in `words` at or after `from`, or -1. */
function find(words: Words, phrase: string, from = 0): number {
  const p = phrase.split(' ');
  for (let i = from; i + p.length <= words.length; i++) if (p.every((x, j) => words[i + j] === x)) return i;
  return -1;
}

/** Phrase lists split once and indexed by first word: a sentence is scanned once per list. */
const compiled = new WeakMap<readonly string[], Map<string, string[][]>>();

function index(phrases: readonly string[]): Map<string, string[][]> {
  let m = compiled.get(phrases);
  if (m) return m;
  m = new Map();
  for (const p of phrases) {
    const parts = p.split(' ');
    const list = m.get(parts[0] as string);
    if (list) list.push(parts);
    else m.set(parts[0] as string, [parts]);
  }
  compiled.set(phrases, m);
  return m;
}

/** The earliest of several phrases found: [start, end] token indexes, or null. */
function findAny(words: Words, phrases: readonly string[]): [number, number] | null {
  const m = index(phrases);
  for (let i = 0; i < words.length; i++) {
    for (const p of m.get(words[i] as string) ?? []) if (p.every((x, j) => words[i + j] === x)) return [i, i + p.length - 1];
  }
  return null;
}

const CAUTIONS = ['careful', 'beware', 'watch out', 'heads up', 'be warned', 'stay safe', 'look out'];
const DUOS = ['better duo', 'more iconic duo', 'iconic duo', 'better pair', 'better combo', 'iconic combo', 'more iconic pair', 'better couple', 'match made in heaven', 'name a more iconic', 'name a better', 'name a more unlikely', 'unlikely pair', 'unlikely duo', 'name a rarer', 'rarer sight', 'name a worse', 'name a less likely'];

const hasPraise = (words: Words): boolean => words.some((w) => PRAISE_WORDS.has(w));
/** An opening quotation mark or bracket starts a clause too: '"Hide your wallets, ..." is racist'. */
const clauseStartAt = (words: Words, i: number): boolean => i === 0 || CLAUSE_BREAK.has(words[i - 1] ?? '') || [',', '"', '“', '”', '('].includes(words[i - 1] ?? '');

/** A group named here (not a pronoun), or one named in the previous sentence standing in for it. */
function someGroup(groups: readonly GroupMention[], prev: Neighbour, at: number): GroupMention | null {
  const here = groups.find((g) => !g.pronoun);
  if (here) return here;
  const before = prev.groups()[0];
  return before ? { ...before, from: at, to: at, pronoun: true } : null;
}

function hit(from: number, to: number, group: GroupMention, kind: AttackKind, what: string): Attack {
  return { from, to: Math.max(from, to), group, kind, what, person: false };
}

/** An identity word at i that is not describing a thing: a group, or an identity adjective ending its phrase. */
function identityWord(tokens: readonly Token[], groups: readonly GroupMention[], i: number): GroupMention | null {
  const id = identityAt(tokens, groups, i);
  if (!id || id.pronoun) return null;
  return id;
}

// --- warnings set off by a group's presence -------------------------------------------------------------

/** "hide your wallets", "lock your doors", "keep your daughters away", "clutch your purse": [start, end] or null. */
function protectCue(words: Words): [number, number] | null {
  for (let i = 0; i < words.length; i++) {
    const v = words[i] ?? '';
    if (!PROTECT_VERBS.has(v)) continue;
    const lead = clauseStartAt(words, i) || ['better', 'should', 'to', 'go', 'and', 'quick', 'so', 'up', 'just', 'gonna'].includes(words[i - 1] ?? '');
    if (!lead) continue;
    for (let j = i + 1; j <= i + 5 && j < words.length && !CLAUSE_BREAK.has(words[j] ?? '') && words[j] !== ','; j++) {
      if (!VALUABLES.has(words[j] ?? '')) continue;
      // "keep your kids safe / away / inside"; "keep your receipts" is bookkeeping
      if (v === 'keep' && !words.slice(i + 1, j + 3).some((w) => ['away', 'close', 'inside', 'indoors', 'locked', 'safe', 'eye', 'off', 'out'].includes(w))) break;
      return [i, j];
    }
  }
  return null;
}

/** "Hide your wallets, the Romanians are in town", "There goes the neighbourhood, a Muslim family moved in". */
function warning(tokens: readonly Token[], words: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  const cue = protectCue(words) ?? declineCue(words);
  if (cue) {
    if (words.slice(0, cue[0]).some((w) => NEGATORS.has(w))) return null;
    const g = groups.find((m) => !m.pronoun) ?? suspectAfterCopula(tokens, groups);
    if (g) return hit(Math.min(cue[0], g.from), Math.max(cue[1], g.to), g, 'derogation', `warning ('${words.slice(cue[0], cue[1] + 1).join(' ')}')`);
    const before = prev.groups()[0];
    return before ? hit(cue[0], cue[1], { ...before, from: cue[0], to: cue[0], pronoun: true }, 'derogation', 'warning about a group named before') : null;
  }
  // "Careful at night, lots of Black guys live around here": a caution needs the group's presence
  const caution = findAny(words, CAUTIONS);
  const present = groups.find((m) => !m.pronoun && arrives(words, m));
  if (caution && present && caution[0] < present.from && clauseStartAt(words, caution[0] - (words[caution[0] - 1] === 'be' ? 1 : 0)) && !words.slice(0, caution[0]).some((w) => NEGATORS.has(w))) {
    return hit(caution[0], present.to, present, 'derogation', `warning ('${words.slice(caution[0], caution[1] + 1).join(' ')}')`);
  }
  // "The Romanians are in town. Hide your wallets." is read from the second sentence; here, a group
  // whose arrival is announced after a warning in the sentence before
  const g = groups.find((m) => !m.pronoun);
  if (!g || !arrives(words, g)) return null;
  const pw = prev.words();
  if (!pw.length || !(protectCue(pw) ?? declineCue(pw))) return null;
  return hit(g.from, lastWord(words), g, 'derogation', 'presence after a warning');
}

/** "there goes the neighbourhood", "property values will drop", "time to move". */
function declineCue(words: Words): [number, number] | null {
  const c = findAny(words, DECLINE_PHRASES);
  if (!c) return null;
  // "property values" is a cue only with a fall: "property values will tank"
  if (words[c[0]] === 'property' || words[c[0]] === 'house') {
    const fall = words.slice(c[1] + 1, c[1] + 6).findIndex((w) => ['drop', 'dropping', 'plummet', 'plummeting', 'tank', 'tanking', 'crash', 'crashing', 'fall', 'falling', 'sink'].includes(w));
    return fall >= 0 ? [c[0], c[1] + 1 + fall] : null;
  }
  // "time to move" must end there ("time to move the meeting" is scheduling)
  if (words[c[1]] === 'move' || words[c[1]] === 'sell') {
    const n = words[c[1] + 1] ?? '';
    if (n && !CLAUSE_BREAK.has(n) && n !== ',' && !['out', 'away', 'house'].includes(n)) return null;
  }
  return c;
}

/** Verbs and places of arrival after a group: "[group] moved in", "are in town", "just got on the bus". */
const ARRIVAL = new Set(['moved', 'moving', 'move', 'arrived', 'arriving', 'arrive', 'came', 'coming', 'showed', 'here', 'town', 'nearby', 'next', 'downstairs', 'upstairs', 'bought', 'rented', 'settled', 'got', 'walked', 'live', 'lives', 'living', 'visiting', 'around']);

function arrives(words: Words, g: GroupMention): boolean {
  for (let j = g.to + 1; j < Math.min(words.length, g.to + 7) && !CLAUSE_BREAK.has(words[j] ?? ''); j++) if (ARRIVAL.has(words[j] ?? '')) return true;
  return false;
}

function lastWord(words: Words): number {
  let e = words.length - 1;
  while (e > 0 && CLAUSE_BREAK.has(words[e] ?? '')) e--;
  return e;
}

/** "he's Muslim", "she is a Nigerian": an identity after a copula, as a one-token group. */
function suspectAfterCopula(tokens: readonly Token[], groups: readonly GroupMention[]): GroupMention | null {
  for (let i = 1; i < tokens.length; i++) {
    if (!['is', 'are', 'was'].includes(tokens[i]?.w ?? '') || !['he', 'she', 'they', 'guy', 'man', 'woman'].includes(tokens[i - 1]?.w ?? '')) continue;
    const at = ['a', 'an'].includes(tokens[i + 1]?.w ?? '') ? i + 2 : i + 1;
    const id = identityWord(tokens, groups, at);
    const n = tokens[id ? id.to + 1 : -1]?.w;
    if (id && (n === undefined || CLAUSE_BREAK.has(n) || n === ',')) return id;
  }
  return null;
}

// --- identity as the explanation of a crime -------------------------------------------------------------

/** Justice-system criticism shares the words: "the Black suspect got a harsher sentence". */
const CRITIQUE = new Set(['sentence', 'sentenced', 'harsher', 'profiled', 'profiling', 'bias', 'biased', 'unfair', 'coverage', 'wrongly', 'innocent', 'acquitted', 'victim', 'victims', 'hate', 'racism', 'racist', 'blamed', 'framed']);
/** Words after which an identity is predicated of the perpetrator: "was Mexican", "is always a refugee". */
const AFTER_COPULA = new Set(['is', 'are', 'was', 'were', 'be', 'a', 'an', 'always', 'obviously', 'course', 'naturally', 'again', 'somehow', 'usually', 'another', 'all']);
/** An identity in these slots is the target, not the perpetrator: "the attack on the Muslim family". */
const VICTIM_SLOT = new Set(['on', 'against', 'targeting', 'toward', 'towards', 'at', 'by', 'for']);

/** "Of course the thief was Mexican", "Another day, another immigrant stabbing", "Funny how every shoplifter is Roma". */
function blamedIdentity(tokens: readonly Token[], words: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  const crime = words.findIndex((w) => CRIME_NOUNS.has(w));
  if (crime < 0 || words.some((w) => CRITIQUE.has(w))) return null;
  // "every terrorist these days is a Muslim": a quantified perpetrator is a cue in itself
  const every = ['every', 'all', 'most'].includes(words[crime - 1] ?? '') || (words[crime - 1] === 'the' && words[crime - 2] === 'all') ? [crime - 1, crime] as [number, number] : null;
  const cue = every ?? findAny(words, INSINUATE_PHRASES) ?? (findAny(prev.words(), INSINUATE_PHRASES) ? [0, 0] as [number, number] : null);
  if (!cue) return null;
  // the identity modifies the crime ("an immigrant stabbing", "the Mexican thief") or follows a copula
  // after it ("the thief was Mexican", "every shoplifter is Roma", "the driver was a woman")
  for (let i = crime - 1; i >= Math.max(0, crime - 3); i--) {
    const id = identityWord(tokens, groups, i);
    if (id && id.to < crime && !VICTIM_SLOT.has(words[i - 1] ?? '') && !(cue === every && id.characteristic === 'gender')) return hit(Math.min(cue[0], i), crime, id, 'stereotype', 'identity blamed for a crime');
  }
  // "the guy who keyed my car was Albanian": the identity may come a few words on, after a copula or an article
  for (let j = crime + 1; j < Math.min(words.length, crime + 9) && !CLAUSE_BREAK.has(words[j] ?? ''); j++) {
    if (VICTIM_SLOT.has(words[j] ?? '')) return null;
    const id = AFTER_COPULA.has(words[j - 1] ?? '') ? identityWord(tokens, groups, j) : null;
    // "most shooters are men" states a statistic about sex, not a slur on a group
    if (id && cue === every && id.characteristic === 'gender') return null;
    if (id) return hit(Math.min(cue[0], crime), id.to, id, 'stereotype', 'identity blamed for a crime');
  }
  return null;
}

// --- essentialising ---------------------------------------------------------------------------------------

/** "It's in their DNA, Jews just love money", "Dishonesty is in their blood". */
function essence(words: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  const c = findAny(words, ESSENCE);
  if (!c || hasPraise(words) || words.slice(0, c[0]).some((w) => NEGATORS.has(w))) return null;
  const g = someGroup(groups, prev, c[0]);
  return g ? hit(Math.min(c[0], g.pronoun ? c[0] : g.from), Math.max(c[1], g.pronoun ? c[1] : g.to), g, 'stereotype', `essentialised ('${words.slice(c[0], c[1] + 1).join(' ')}')`) : null;
}

/** "Such a typical woman thing to cry", "classic immigrant move", "that's so gay", "so Jewish of you". */
function typicalThing(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    if (!['typical', 'classic', 'such', 'so', 'very', 'peak', 'textbook', 'total'].includes(w)) continue;
    let at = i + 1;
    if (['a', 'an'].includes(words[at] ?? '')) at++;
    if (words[at] === 'typical' || words[at] === 'classic') at++;
    const id = identityWord(tokens, groups, at);
    if (!id) continue;
    const n = words[id.to + 1] ?? '';
    // the span takes in "to say / to do", which would otherwise read as a report
    const tail = words[id.to + 2] === 'to' && ['say', 'do', 'wear', 'think', 'ask'].includes(words[id.to + 3] ?? '') ? id.to + 3 : id.to + 1;
    if (STEREOTYPE_NOUNS.has(n) && !NEGATORS.has(words[i - 1] ?? '')) return hit(i, tail, id, 'stereotype', `${w} ... ${n}`);
    // "so Jewish of you"; "that's so gay" said of a thing
    if (w === 'so' && (n === 'of' || ((words[i - 1] === 'is' || words[i - 1] === 'was') && ['that', 'this', 'it'].includes(words[i - 2] ?? '') && (!n || CLAUSE_BREAK.has(n) || n === 'lol' || n === ',')))) {
      if (id.characteristic !== 'age' && !hasPraise(words)) return hit(i, n === 'of' ? Math.min(words.length - 1, id.to + 2) : id.to, id, 'derogation', 'identity used as a put-down');
    }
  }
  // "female logic", "immigrant mentality" at a clause end or with "strikes again"
  for (let i = 0; i + 1 < words.length; i++) {
    const c = identityAdjective(words[i] ?? '');
    const n = words[i + 1] ?? '';
    if (!c || !['logic', 'mentality', 'antics', 'hysterics', 'drama'].includes(n) || hasPraise(words)) continue;
    return hit(i, i + 1, { from: i, to: i, characteristic: c, pronoun: false, weak: false }, 'stereotype', `${words[i]} ${n}`);
  }
  return null;
}

/** "Black people and fried chicken, name a better duo", "Women and bad driving, iconic duo". */
function duo(words: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  const c = findAny(words, DUOS);
  // two groups paired ("Black people and white people, name a better duo") is no trait
  if (!c || hasPraise(words) || groups.filter((m) => !m.pronoun).length > 1) return null;
  const g = someGroup(groups, prev, c[0]);
  return g ? hit(g.pronoun ? c[0] : Math.min(g.from, c[0]), c[1], g, 'stereotype', 'group paired with a trait') : null;
}

/** "Women drivers, am I right?", "Immigrants. Need I say more?", "you know what they're like", "Mexicans being Mexicans". */
function knowing(words: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  const tag = findAny(words, KNOWING_TAGS);
  if (tag && !hasPraise(words)) {
    const strong = ['know', 'what', 'how'].includes(words[tag[0]] ?? '') || words[tag[0] + 1] === 'know';
    // the group stands alone ("Women drivers, am I right?") or "you know what they're like" refers to any group
    const bare = groups.find((g) => !g.pronoun && bareNp(words, g));
    if (bare) return hit(bare.from, tag[1], bare, 'stereotype', `knowing tag ('${words.slice(tag[0], tag[1] + 1).join(' ')}')`);
    const g = strong ? someGroup(groups, prev, tag[0]) : null;
    if (g) return hit(g.pronoun ? tag[0] : Math.min(g.from, tag[0]), tag[1], g, 'stereotype', 'you know what they are like');
    const pw = prev.words();
    const pg = prev.groups()[0];
    if (pg && pw.length && bareNp(pw, pg)) return hit(tag[0], tag[1], { ...pg, from: tag[0], to: tag[0], pronoun: true }, 'stereotype', 'knowing tag after a group');
  }
  // "Mexicans being Mexicans", "women gonna be women"
  for (const g of groups) {
    if (g.pronoun) continue;
    let j = g.to + 1;
    while (['being', 'gonna', 'going', 'to', 'will', 'be', 'just'].includes(words[j] ?? '') && j < g.to + 4) j++;
    if (j > g.to + 1 && words[j] === words[g.to] && ['being', 'be'].includes(words[j - 1] ?? '')) {
      const n = words[j + 1];
      if (n === undefined || CLAUSE_BREAK.has(n) || [',', 'lol', 'again', 'smh', 'as'].includes(n)) return hit(g.from, j, g, 'stereotype', '[group] being [group]');
    }
  }
  return null;
}

/** The group is a whole clause: "Women drivers, am I right?", "Ugh, immigrants." */
function bareNp(words: Words, g: GroupMention): boolean {
  let s = g.from - 1;
  while (s >= 0 && ['the', 'those', 'these', 'typical', 'classic', 'ugh', 'oh', 'ah', 'lol', 'yeah', 'well', 'and', 'again'].includes(words[s] ?? '')) s--;
  const before = s < 0 || CLAUSE_BREAK.has(words[s] ?? '') || words[s] === ',';
  // "Old people driving, am I right?": one -ing word may follow
  const e = /^[a-z]+ing$/.test(words[g.to + 1] ?? '') ? g.to + 2 : g.to + 1;
  const n = words[e];
  return before && (n === undefined || CLAUSE_BREAK.has(n) || n === ',' || n === '...');
}

// --- reduction, place and role ----------------------------------------------------------------------------

/** After a group, the words that lead to a purpose: "[group] were made / born / put on this earth to ...". */
const PURPOSE = new Set(['made', 'born', 'created', 'designed', 'meant', 'built', 'exist', 'exists', 'put', 'bred', 'here']);

/** "Women were made to serve men", "Immigrants exist to clean our houses", "Women are good for two things". */
function reduction(words: Words, groups: readonly GroupMention[]): Attack | null {
  for (const g of groups) {
    let j = g.to + 1;
    while (['are', 'is', 'were', 'was', 'only', 'just', 'all', 'really', 'basically', 'solely', 'simply', 'clearly', 'obviously', 'literally'].includes(words[j] ?? '')) j++;
    const w = words[j] ?? '';
    if (PURPOSE.has(w)) {
      let k = j + 1;
      while (['on', 'this', 'earth', 'the', 'planet', 'only', 'just', 'solely', 'to', 'for', 'in', 'life'].includes(words[k] ?? '') && k < j + 6) k++;
      // "made to serve", "put on this earth to make babies"
      const servile = SERVILE.has(words[k] ?? '') || (['make', 'have', 'produce', 'pop', 'raise'].includes(words[k] ?? '') && ['babies', 'children', 'kids', 'sandwiches', 'out'].includes(words[k + 1] ?? ''));
      if (servile && words.slice(j + 1, k).some((x) => x === 'to' || x === 'for')) return hit(g.from, k, g, 'derogation', `${w} to ${words[k]}`);
    }
    // "women are baby machines / breeding stock"
    if (['baby', 'breeding', 'sex', 'birthing', 'cooking', 'cleaning'].includes(w) && ['machines', 'machine', 'factories', 'factory', 'objects', 'toys', 'dolls', 'stock', 'slaves'].includes(words[j + 1] ?? '')) {
      return hit(g.from, j + 1, g, 'dehumanising', `${w} ${words[j + 1]}`);
    }
    // "good for two things", "useful for one thing"
    if ((w === 'good' || w === 'useful' || w === 'great') && ['for', 'at'].includes(words[j + 1] ?? '') && ['two', 'three', 'a', '2', '3', 'just', 'only', 'one'].includes(words[j + 2] ?? '')) {
      const t = words.slice(j + 3, j + 6).findIndex((x) => x === 'thing' || x === 'things');
      if (t >= 0) return hit(g.from, j + 3 + t, g, 'derogation', `${w} for ... things`);
    }
  }
  // "a woman's place is in the kitchen"
  // "a woman's job / role / duty is raising kids": the role named as her only one
  const p = words.findIndex((w, i) => ['woman', 'women', 'wife', 'girl', 'womans'].includes(w) && words[i + 1] === "'s" && ['place', 'job', 'role', 'duty', 'purpose', 'work'].includes(words[i + 2] ?? '') && words[i + 3] === 'is');
  if (p >= 0) {
    const tail = words.slice(p + 4, p + 9);
    const place = tail.findIndex((w) => ['kitchen', 'home', 'bedroom', 'nursery', 'laundry', 'sink', 'stove', 'bed', 'children', 'kids', 'babies', 'husband', 'cooking', 'cleaning', 'housework'].includes(w) || (SERVILE.has(w) && w !== 'pick'));
    if (place >= 0 && !tail.some((w) => ['everywhere', 'anywhere', 'wherever'].includes(w))) {
      return hit(p, p + 4 + place, { from: p, to: p, characteristic: 'gender', pronoun: false, weak: false }, 'derogation', "a woman's place");
    }
  }
  return null;
}

/** "Keep gay people away from our kids", "I wouldn't leave my kids alone with a gay man". */
function keptFrom(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  for (const g of groups) {
    if (g.pronoun) continue;
    const b = words[g.from - 1] ?? '';
    const b2 = words[g.from - 2] ?? '';
    // "keep [group] away / out": an order (clause start or after a modal)
    const kAt = b === 'keep' ? g.from - 1 : ['those', 'the', 'all', 'these'].includes(b) && b2 === 'keep' ? g.from - 2 : -1;
    if (kAt >= 0 && (clauseStartAt(words, kAt) || ['should', 'must', 'to', 'we', 'just', 'please', 'and'].includes(words[kAt - 1] ?? '')) && ['away', 'out', 'off'].includes(words[g.to + 1] ?? '') && !words.slice(0, kAt).some((w) => NEGATORS.has(w))) {
      return hit(kAt, g.to + 1, g, 'exclusion', 'keep ... away');
    }
  }
  // "never leave my kids alone with a [member]", "wouldn't let my daughter near a [member]"
  for (let i = 0; i < words.length; i++) {
    if (!CHILDREN.has(words[i] ?? '') || !['my', 'our', 'your', 'the'].includes(words[i - 1] ?? '')) continue;
    const v = words[i - 2] ?? '';
    if (!['leave', 'let', 'trust', 'send', 'allow'].includes(v) || !words.slice(Math.max(0, i - 7), i - 2).some((w) => NEGATORS.has(w))) continue;
    for (let j = i + 1; j <= i + 4 && j < words.length; j++) {
      if (!['alone', 'with', 'near', 'around', 'a', 'an', 'any', 'those', 'to'].includes(words[j] ?? '')) {
        const id = identityWord(tokens, groups, j);
        if (id) return hit(i - 2, id.to, id, 'exclusion', `${v} my children with ...`);
        break;
      }
    }
  }
  return null;
}

// --- resentment -------------------------------------------------------------------------------------------

/** "Refugees get free houses while our veterans sleep on the street." */
function resentment(words: Words, groups: readonly GroupMention[]): Attack | null {
  for (const g of groups) {
    if (g.pronoun) continue;
    let j = g.to + 1;
    while (['all', 'just', 'now', 'always', 'are', 'get', 'gets', 'got', 'getting', 'receive', 'receives', 'given', 'handed', 'being', 'have', 'has', 'been'].includes(words[j] ?? '') && j < g.to + 6) j++;
    if (j === g.to + 1 || !words.slice(g.to + 1, j).some((w) => ['get', 'gets', 'got', 'getting', 'receive', 'receives', 'given', 'handed'].includes(w))) continue;
    // "[group] get everything handed to them"
    if (['everything', 'whatever'].includes(words[j] ?? '') && (words.slice(j, j + 5).some((w) => ['handed', 'free', 'given'].includes(w)) || words.slice(g.to + 1, j).some((w) => w === 'given' || w === 'handed'))) return hit(g.from, j, g, 'derogation', 'get everything handed to them');
    const conj = words.findIndex((w, k) => k > j && ['while', 'whilst', 'meanwhile', 'but', 'yet', 'and', 'when', 'before', 'ahead'].includes(w));
    if (conj < 0) continue;
    const tail = words.slice(conj + 1, conj + 12);
    if (tail.some((w) => INGROUP.has(w)) && tail.some((w) => DEPRIVED.has(w))) return hit(g.from, Math.min(words.length - 1, conj + 1 + tail.findIndex((w) => DEPRIVED.has(w))), g, 'derogation', 'resentment: [group] get ... while we ...');
  }
  return null;
}

/** "Since the Somalis arrived, crime went through the roof." */
function arrivalBlame(words: Words, groups: readonly GroupMention[]): Attack | null {
  // "since / when / whenever / once / after / as soon as / the moment [group] arrive(d)"; "after we hired women"
  let s = -1;
  let g: GroupMention | undefined;
  for (let i = 0; i < words.length && !g; i++) {
    const w = words[i] ?? '';
    const conj = w === 'since' || w === 'when' || w === 'whenever' || w === 'once' || w === 'after' ||
      (w === 'as' && words[i - 1] === 'soon' && words[i - 2] === 'as') || (['moment', 'minute', 'second', 'day'].includes(w) && words[i - 1] === 'the' && i > 1);
    if (!conj) continue;
    const m = groups.find((x) => !x.pronoun && x.from > i && x.from <= i + 4);
    if (!m) continue;
    // the group arrives ("move in", "arrived") or is let in ("we hired women", "they let the Poles in")
    const letIn = words.slice(i + 1, m.from).some((x) => ['hired', 'hire', 'let', 'admitted', 'allowed', 'welcomed', 'elected', 'took', 'brought'].includes(x));
    if (arrives(words, m) || letIn) {
      s = i;
      g = m;
    }
  }
  if (s < 0 || !g) return null;
  // "since [group] arrived, crime ..." reads on; "crime went up when [group] arrived" reads back
  let end = -1;
  for (let j = 0; j < words.length && !(['.', '!', '?'].includes(words[j] ?? '') && j > g.to); j++) {
    const w = words[j] ?? '';
    if (j >= s && j <= g.to) continue;
    if (REVERSALS.has(w) && !(w === 'down' && words[j + 1] === 'the')) return null;
    // "is not safe anymore": a lost good counts as a decline
    const lost = ['safe', 'clean', 'quiet', 'peaceful', 'same'].includes(w) && NEGATORS.has(words[j - 1] ?? '');
    // "went to the dogs / to pot / south", "fell to pieces"
    const slid = (w === 'dogs' && words[j - 1] === 'the' && words[j - 2] === 'to') || (w === 'pot' && words[j - 1] === 'to') || (w === 'south' && /^(went|go|goes|going|gone)$/.test(words[j - 1] ?? '')) || (w === 'pieces' && words[j - 1] === 'to');
    if ((BLAMED_RESULTS.has(w) && w !== 'nice') || lost || slid || (w === 'up' && words.slice(Math.max(0, j - 4), j).some((x) => BLAMED_RESULTS.has(x)))) end = Math.max(end, j);
  }
  // "things went downhill for refugees": the group in a victim slot suffers the decline
  if (['for', 'against', 'on'].includes(words[g.from - 1] ?? '')) return null;
  return end > 0 ? hit(Math.min(s, end), Math.max(end, g.to), g, 'derogation', 'decline blamed on arrival') : null;
}

// --- mockery of the identity itself -------------------------------------------------------------------------

/** "Imagine being gay lol", "Imagine dating a trans woman lmao". */
function imagineBeing(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  const i = words.findIndex((w, k) => w === 'imagine' && ['being', 'dating', 'marrying', 'kissing', 'having'].includes(words[k + 1] ?? ''));
  if (i < 0) return null;
  let at = i + 2;
  if (words[at] === 'born') at++;
  if (['a', 'an', 'one'].includes(words[at] ?? '')) at++;
  const id = identityAt(tokens, groups, at);
  if (!id || id.pronoun) return null;
  const n = words[id.to + 1];
  const laugh = ['lol', 'lmao', 'lmfao', 'rofl', 'haha', 'hahaha', 'xd', 'ew', 'eww', 'yikes', 'cringe', 'gross'];
  const ends = n === undefined || ((n === '.' || n === '!' || n === '?') && id.to + 2 >= words.length) || laugh.includes(n);
  return ends || words.slice(id.to + 1).some((w) => laugh.includes(w)) ? hit(i, id.to, id, 'derogation', `imagine ${words[i + 1]} ...`) : null;
}

/** "Nothing good has ever come out of Africa", "Name one good thing Islam gave the world". */
function nothingGood(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  // "what good has ever come from Africa?" asks the same rhetorically
  const i = words.findIndex((w, k) => (w === 'nothing' || (w === 'what' && words[words.length - 1] === '?')) && ['good', 'useful', 'worthwhile', 'decent', 'of'].includes(words[k + 1] ?? '') && !(w === 'what' && words[k + 1] === 'of'));
  if (i < 0) return null;
  for (let j = i + 2; j < Math.min(words.length, i + 9) && !CLAUSE_BREAK.has(words[j] ?? ''); j++) {
    if (!['from', 'of'].includes(words[j] ?? '') || !['came', 'come', 'comes', 'coming', 'out'].includes(words[j - 1] ?? '')) continue;
    const at = words[j + 1] === 'the' ? j + 2 : j + 1;
    const pair = ['middle east', 'third world', 'eastern europe', 'latin america', 'south america', 'west africa', 'east africa'].includes(`${words[at]} ${words[at + 1]}`);
    const place = PLACES.has(words[at] ?? '') || pair ? 'origin' : undefined;
    const id = identityWord(tokens, groups, at);
    const group: GroupMention | null = id ?? (place ? { from: at, to: pair ? at + 1 : at, characteristic: place as Characteristic, pronoun: false, weak: false } : null);
    if (group) return hit(i, group.to, group, 'derogation', 'nothing good comes from ...');
  }
  return null;
}

/** "I've never met an honest Mexican", "never met a woman who could drive". */
function neverMet(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  const i = words.findIndex((w, k) => (w === 'met' || w === 'meet' || w === 'seen') && [words[k - 1], words[k - 2]].some((x) => x === 'never' || x === 'yet'));
  if (i < 0 || !['a', 'an', 'one', 'any'].includes(words[i + 1] ?? '')) return null;
  let at = i + 2;
  const praise = PRAISE_WORDS.has(words[at] ?? '') || ['single', 'good', 'honest', 'smart', 'clean', 'decent', 'hardworking'].includes(words[at] ?? '');
  if (praise) at++;
  const id = identityWord(tokens, groups, at);
  if (!id) return null;
  // praise before the member, or a relative clause that denies ("who could drive", "i could trust")
  const rel = ['who', 'that', 'i'].includes(words[id.to + 1] ?? '');
  // "who could drive", "I could trust" deny by capability; "who didn't love Diwali" says something else
  const clause = words.slice(id.to + 1, id.to + 6);
  if (praise || (rel && clause.some((w) => ['could', 'can', 'trust', 'liked', 'respect'].includes(w)) && !clause.some((w) => NEGATORS.has(w)))) {
    return hit(i - 1, id.to, id, 'negated-positive', 'never met a ...');
  }
  // "never met a Muslim who wasn't a liar / hiding something": the double negative makes every member one
  if (rel && words[id.to + 1] !== 'i') {
    const r = readPredicate(tokens, id.to + 2);
    const hiding = clause.some((w) => NEGATORS.has(w)) && clause.some((w) => ['hiding', 'lying', 'scamming', 'stealing', 'plotting', 'cheating', 'begging', 'complaining', 'whining'].includes(w));
    if ((r && r.kind === 'negated-attack') || hiding) return hit(i - 1, r ? r.end : id.to + 4, id, 'generalisation', 'never met a [member] who was not ...');
  }
  return null;
}

// --- identity denied, pathologised, tolerated on conditions -------------------------------------------------

/** "Trans women are just men in dresses", "trans men will always be women". */
function genderDenied(words: Words, groups: readonly GroupMention[]): Attack | null {
  for (const g of groups) {
    if (g.pronoun || g.characteristic !== 'gender-identity') continue;
    const head = words[g.to] ?? '';
    const MALE = ['men', 'man', 'males', 'male', 'boys', 'dudes', 'guys', 'blokes'];
    // "a man in a dress is still a man": a group named by the birth sex is restated as that sex
    const opposite = MALE.includes(words[g.from] ?? '') || MALE.includes(words[g.from + 1] ?? '') ? MALE : /wom[ae]n|girls?/.test(head) ? MALE : /^(trans)?m[ae]n$|boys?/.test(head) ? ['women', 'woman', 'females', 'female', 'girls', 'ladies'] : [];
    let j = g.to + 1;
    while (['are', 'is', 'will', 'always', 'be', 'just', 'only', 'still', 'really', 'basically', 'simply', 'actually', 'biologically', 'all', 'nothing', 'but', 'confused', 'mentally', 'ill', 'men', 'women', 'a', 'an'].includes(words[j] ?? '') && j < g.to + 7) {
      if (opposite.includes(words[j] ?? '')) return hit(g.from, j, g, 'negated-positive', 'gender denied');
      if (['men', 'women'].includes(words[j] ?? '') && ['in', 'pretending', 'playing', 'wearing', 'with'].includes(words[j + 1] ?? '')) return hit(g.from, j + 1, g, 'negated-positive', 'gender denied');
      j++;
    }
    if (opposite.includes(words[j] ?? '') && j > g.to + 1) return hit(g.from, j, g, 'negated-positive', 'gender denied');
  }
  // "Real women are born women", "real men don't wear dresses": womanhood defined by birth against trans people
  for (let i = 0; i + 3 < words.length; i++) {
    if (words[i] !== 'real' || !['women', 'woman', 'men', 'man'].includes(words[i + 1] ?? '')) continue;
    const rest = words.slice(i + 2, i + 6);
    if ((rest.includes('born') || rest.includes('biological') || rest.includes('chromosomes')) && !rest.some((w) => NEGATORS.has(w))) {
      return hit(i, i + 2 + rest.findIndex((w) => ['born', 'biological', 'chromosomes'].includes(w)), { from: i, to: i + 1, characteristic: 'gender-identity', pronoun: false, weak: false }, 'negated-positive', "'real' womanhood by birth");
    }
  }
  return null;
}

/** Identities named as a concept: "bisexuality is just greed", "dyslexia is an excuse". */
const CONCEPTS: Readonly<Record<string, Characteristic>> = {
  homosexuality: 'sexual-orientation', bisexuality: 'sexual-orientation', transgenderism: 'gender-identity', gayness: 'sexual-orientation', autism: 'disability',
  asexuality: 'sexual-orientation', pansexuality: 'sexual-orientation', dyslexia: 'disability', adhd: 'disability', transness: 'gender-identity',
};

/** "Being gay is a choice", "Homosexuality is a disease", "Gay people can be cured", "Trans people need therapy." */
function pathologised(words: Words, groups: readonly GroupMention[]): Attack | null {
  const subjects: GroupMention[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    // "Gender identity is a fantasy", "Nonbinary is made up": the identity named as a concept opening its clause
    const concept = (w === 'gender' && words[i + 1] === 'identity') || (w === 'non' && words[i + 1] === 'binary' && clauseStartAt(words, i)) ? 'gender-identity' : clauseStartAt(words, i) && ['is', "'s"].includes(words[i + 1] ?? '') ? identityAdjective(w) : undefined;
    const c = w === 'being' ? identityAdjective(words[i + 1] ?? '') : concept ?? CONCEPTS[w];
    if (c && ['sexual-orientation', 'gender-identity', 'disability'].includes(c)) subjects.push({ from: i, to: w === 'being' || w === 'gender' || w === 'non' ? i + 1 : i, characteristic: c, pronoun: false, weak: false });
  }
  for (const g of groups) if (!g.pronoun && ['sexual-orientation', 'gender-identity'].includes(g.characteristic)) subjects.push(g);
  for (const g of subjects) {
    let j = g.to + 1;
    let neg = false;
    while (['is', 'are', 'just', 'only', 'a', 'an', 'simply', 'really', 'basically', 'all', 'clearly', 'obviously', 'can', 'could', 'should', 'must', 'need', 'needs', 'to', 'be', 'not', 'never', 'mental', 'lifestyle', 'temporary', 'passing', 'sexual', 'fancy', 'word', 'term', 'name', 'for', 'another', 'new'].includes(words[j] ?? '') && j < g.to + 9) {
      if (NEGATORS.has(words[j] ?? '')) neg = true;
      j++;
    }
    // "made up", "made-up": one word of pathology
    const head = words[j] === 'made' && words[j + 1] === 'up' ? 'made-up' : words[j] ?? '';
    // "religion is a choice" is no attack; these identities are
    if (!neg && PATHOLOGY.has(head) && words[g.from] !== 'being' ? words.slice(g.to + 1, j).some((w) => ['is', 'are', 'be'].includes(w)) : !neg && PATHOLOGY.has(head)) {
      return hit(g.from, head === 'made-up' ? j + 1 : j, g, 'derogation', `identity pathologised ('${head}')`);
    }
    // "gay people need therapy." at a clause end
    if (!neg && ['therapy', 'fixing', 'curing', 'help'].includes(head) && words.slice(g.to + 1, j).some((w) => w === 'need' || w === 'needs')) {
      const n = words[j + 1];
      if (n === undefined || CLAUSE_BREAK.has(n) || n === ',') return hit(g.from, j, g, 'derogation', `needs ${head}`);
    }
  }
  return null;
}

/** "I don't mind gay people as long as they keep it to themselves", "fine with Muslims, just don't shove it in my face". */
function tolerance(words: Words, groups: readonly GroupMention[]): Attack | null {
  const c = findAny(words, TOLERANCE_LIMITS);
  if (!c) return null;
  const g = groups.find((m) => !m.pronoun && m.from < c[0]);
  return g ? hit(g.from, c[1], g, 'derogation', 'tolerated on conditions') : null;
}

// --- other shapes -------------------------------------------------------------------------------------------

/** Open threats after "[do X with a group] and ...": the reader is left to fill in the harm. */
const OMINOUS = ['see what happens', 'watch what happens', 'look what happens', 'look what happened', 'see how that works out', 'see how long', 'this is what you get', 'that is what you get', 'this is what happens', 'that is what happens', 'you get this', 'guess what happens', 'wonder why', 'act surprised', 'watch the fun', 'wait and see', 'through the floor', 'down the drain', 'down the toilet', 'to the dogs', 'to hell'];
/** Harms that rise: "watch the crime rate explode". */
const RISING_HARMS = new Set(['crime', 'rent', 'rents', 'taxes', 'prices', 'stabbings', 'rapes', 'robberies', 'violence', 'murders', 'insurance', 'costs', 'unemployment']);
const RISES = new Set(['explode', 'explodes', 'skyrocket', 'skyrockets', 'soar', 'soars', 'spike', 'spikes', 'rise', 'rises', 'climb', 'climbs', 'double', 'doubles', 'triple', 'triples', 'roof', 'shoot', 'shoots', 'up']);
/** Good outcomes that make the same frame praise: "put women in charge and watch profits grow". */
const GROWTH = new Set(['better', 'fairer', 'safer', 'stronger', 'richer', 'happier', 'healthier', 'kinder', 'smarter', 'grow', 'grows', 'thrive', 'thrives', 'flourish', 'flourishes', 'improve', 'improves', 'profits', 'surprise', 'shine', 'shines', 'succeed', 'succeeds', 'win', 'wins', 'blossom']);

/** "If you hire a woman, expect drama", "Hire an immigrant and say goodbye to your tools". */
function hireExpect(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  for (let i = 0; i < words.length; i++) {
    if (!['hire', 'hiring', 'employ', 'promote', 'elect', 'rent', 'date', 'marry', 'let', 'invite', 'put', 'appoint', 'make', 'give', 'allow', 'admit', 'import', 'bring', 'accept'].includes(words[i] ?? '')) continue;
    const cond = ['if', 'when', 'once'].includes(words[i - 2] ?? '') || ['if', 'when'].includes(words[i - 1] ?? '') || clauseStartAt(words, i);
    if (!cond) continue;
    let at = i + 1;
    // "rent a flat to Nigerians": the member after "to"
    const to = words.slice(at, at + 4).indexOf('to');
    if (words[i] === 'rent' && to >= 0) at += to;
    if (['to', 'in'].includes(words[at] ?? '')) at++;
    if (['a', 'an', 'any', 'some', 'one', 'the', 'more', 'all', 'these', 'those'].includes(words[at] ?? '')) at++;
    const id = identityWord(tokens, groups, at);
    if (!id) continue;
    const tail = words.slice(id.to + 1, id.to + 14);
    // "... and see what happens", "... and this is what you get", "... and enjoy repeating everything": an open threat after "and"
    const and0 = tail.indexOf('and') >= 0 ? tail.indexOf('and') : tail.indexOf(',');
    const after = and0 >= 0 ? tail.slice(and0 + 1) : [];
    const ominous = OMINOUS.some((p) => find(after, p) >= 0) || (after[0] === 'enjoy' && /ing$/.test(after[1] ?? ''));
    // "watch the crime rate explode", "and rents go through the roof": a harm that rises
    const rising = after.some((w) => RISING_HARMS.has(w)) && after.some((w) => RISES.has(w));
    const bad = tail.findIndex((w) => SUSPECTED.has(w));
    // "watch productivity drop", "watch the team fall apart"; "watch the team thrive" praises
    const watch = tail.indexOf('watch');
    const watched = watch >= 0 ? tail.slice(watch + 1, watch + 6) : [];
    const decline = watched.some((w) => DECLINES.has(w) || BLAMED_RESULTS.has(w) || SUSPECTED.has(w) || STING.has(w)) && !watched.some((w) => GOOD_TO_DROP.has(w));
    // "put women in charge and the company goes bankrupt": a ruin after "and", not negated
    const and = tail.indexOf('and');
    const ruined = and >= 0 && tail.slice(and + 1).some((w) => RUIN_OUTCOMES.has(w)) && !tail.slice(and + 1).some((w) => NEGATORS.has(w));
    const warned = find(tail, 'say goodbye') >= 0 || find(tail, 'kiss goodbye') >= 0 || find(tail, 'good luck') >= 0 || decline || ruined || ominous || rising || protectCue(tail) !== null;
    if ((bad >= 0 || warned) && !hasPraise(tail) && !tail.some((w) => MORE_POSITIVE.has(w) || POSITIVE_ATTRIBUTES.has(w) || GROWTH.has(w))) return hit(i, id.to + 1 + (bad >= 0 ? bad : tail.length - 1), id, 'stereotype', `${words[i]} a ... expect`);
  }
  return null;
}

/** "bet he's on welfare, he's Black", "probably illegal, she's Mexican": a suspicion pinned on identity. */
function suspicion(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  const cue = words.findIndex((w, i) => w === 'bet' || w === 'probably' || w === 'guarantee' || (w === 'guess' && words[i - 1] !== 'i') || (w === 'must' && words[i + 1] === 'be'));
  if (cue < 0 || !words.some((w) => SUSPECTED.has(w))) return null;
  const id = suspectAfterCopula(tokens, groups);
  return id ? hit(cue, id.to, id, 'stereotype', 'suspicion pinned on identity') : null;
}

/** Reactions that answer a statement as well as a question: the group's mere presence is the worry. */
const STANDALONE_REACTIONS = new Set(['should i be worried', 'should we be worried', 'should i be concerned', 'do i need to worry', 'rip to the']);

/** "A woman pilot? I'm taking the train.", "Muslims on my flight? Nope." */
function reaction(words: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  const r = findAny(words, REACTION_PHRASES);
  // "that's a joke of a stat" mocks the number, not the group
  if (!r || hasPraise(words) || (words[r[1]] === 'joke' && words[r[1] + 1] === 'of')) return null;
  const here = groups.find((g) => !g.pronoun && g.to < r[0] && words.slice(g.to + 1, r[0]).includes('?'));
  if (here) return hit(here.from, r[1], here, 'derogation', 'a group met with a reaction');
  // "A female surgeon? Good luck with that.": an identity adjective before a role, then the question mark
  const q = words.indexOf('?');
  const role = q < r[0] ? roleQuestion(words, q) : undefined;
  if (role) return hit(role[0], r[1], { from: role[0], to: role[0] + 1, characteristic: role[1], pronoun: false, weak: false }, 'derogation', 'a member in a role met with a reaction');
  const pw = prev.words();
  const prole = r[0] <= 3 ? roleQuestion(pw, pw.length - 1) : undefined;
  if (prole) return hit(r[0], r[1], { from: r[0], to: r[0], characteristic: prole[1], pronoun: true, weak: false }, 'derogation', 'a member in a role met with a reaction');
  const pg = prev.groups()[0];
  // "My daughter's new friend is Muslim. Should I be worried?": some reactions need no question before them
  if (!pg || (pw[pw.length - 1] !== '?' && !STANDALONE_REACTIONS.has(words.slice(r[0], r[1] + 1).join(' '))) || r[0] > 3) return null;
  return hit(r[0], r[1], { ...pg, from: r[0], to: r[0], pronoun: true }, 'derogation', 'a group met with a reaction');
}

/** "A female surgeon?", "An Indian tech lead?": an identity adjective before a role, ending at the question mark q. */
function roleQuestion(words: Words, q: number): [number, Characteristic] | undefined {
  if (q < 2 || q > 6 || words[q] !== '?') return undefined;
  for (let j = 0; j < q - 1; j++) {
    const c = identityAdjective(words[j] ?? '');
    if (c && /^[a-z]+$/.test(words[j + 1] ?? '') && (q <= j + 3 || ['in', 'as', 'for'].includes(words[j + 2] ?? ''))) return [j, c];
  }
  return undefined;
}

/** "Not all Muslims are terrorists, but it's always a Muslim": the hedge turned round. */
function notAllBut(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  if (words[0] !== 'not' || words[1] !== 'all') return null;
  const b = words.indexOf('but');
  if (b < 0) return null;
  for (let j = b + 1; j < words.length - 1; j++) {
    if (!['always', 'every', 'all', 'somehow', 'usually', 'mostly'].includes(words[j] ?? '')) continue;
    let at = j + 1;
    if (['a', 'an', 'the'].includes(words[at] ?? '')) at++;
    // "but all women deserve the choice" generalises kindly; only "always / usually a [member]" turns the hedge
    const id = ['always', 'somehow', 'usually', 'mostly'].includes(words[j] ?? '') ? identityWord(tokens, groups, at) : null;
    if (id) return hit(b + 1, id.to, id, 'stereotype', 'not all ..., but always ...');
    // "but all terrorists are Muslims"
    if (CRIME_NOUNS.has(words[at] ?? '') && ['are', 'is'].includes(words[at + 1] ?? '')) {
      const id2 = identityWord(tokens, groups, at + 2);
      if (id2) return hit(b + 1, id2.to, id2, 'stereotype', 'not all ..., but all ...');
    }
  }
  return null;
}

/** "I'm sick of immigrants", "tired of gay people everywhere", "can't go anywhere without seeing Muslims". */
function fedUp(words: Words, groups: readonly GroupMention[]): Attack | null {
  for (const g of groups) {
    if (g.pronoun) continue;
    const b = words.slice(Math.max(0, g.from - 6), g.from).join(' ');
    const sick = /(sick|tired) of( all)?( the| these| those)?$|fed up with( all)?( the| these| those)?$|had enough of( all)?( the| these| those)?$/.test(b);
    const without = /(anywhere|outside|out|street|town|city) without (seeing|meeting|hearing|bumping into|running into|tripping over)( a| an| some| the)?$/.test(b);
    const n = words[g.to + 1];
    // "sick of women being paid less" complains on the group's behalf
    const alone = n === undefined || CLAUSE_BREAK.has(n) || [',', 'everywhere', 'here', 'now', 'already', 'anymore', 'lol', 'and'].includes(n);
    if ((sick && alone) || (without && !hasPraise(words))) return hit(Math.max(0, g.from - 4), g.to, g, 'generalisation', sick ? 'sick of [group]' : "can't go anywhere without");
  }
  return null;
}

/** "Rents went up again. Thanks, immigrants.": sarcastic thanks for a bad result. */
function sarcasticThanks(words: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  const t = words.findIndex((w, i) => w === 'thanks' || (w === 'thank' && words[i + 1] === 'you'));
  if (t < 0) return null;
  const g = groups.find((m) => !m.pronoun && m.from > t && m.from <= t + 3 && bareNp(words, m));
  if (!g) return null;
  const before = [...prev.words(), ...words.slice(0, t)];
  // "rents went up again", "crime is rising"
  const rising = before.some((w) => ['prices', 'rent', 'rents', 'taxes', 'crime', 'bills'].includes(w)) && before.some((w) => ['up', 'rising', 'rose', 'higher', 'doubled', 'tripled', 'soaring'].includes(w));
  const bad = rising || before.some((w) => BLAMED_RESULTS.has(w) && w !== 'nice');
  return bad ? hit(t, g.to, g, 'derogation', 'sarcastic thanks') : null;
}

/** "I'd rather be dead than gay", "better dead than disabled". */
function ratherDead(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  const than = words.indexOf('than');
  if (than < 1 || !words.slice(Math.max(0, than - 5), than).some((w) => ['dead', 'die', 'death', 'myself'].includes(w))) return null;
  if (!words.slice(Math.max(0, than - 6), than).some((w) => w === 'rather' || w === 'better' || w === 'sooner')) return null;
  let at = than + 1;
  while (['be', 'being', 'become', 'a', 'an', 'have', 'live', 'as', 'married', 'to', 'date'].includes(words[at] ?? '') && at < than + 4) at++;
  const id = identityWord(tokens, groups, at);
  return id ? hit(Math.max(0, than - 4), id.to, id, 'derogation', 'rather dead than ...') : null;
}

/** "You can always tell when gypsies have been here", "you can tell a [member] lives there". */
function traces(words: Words, groups: readonly GroupMention[]): Attack | null {
  const t = words.findIndex((w, i) => w === 'tell' && ['can', 'could'].includes(words[i - 1] === 'always' ? words[i - 2] ?? '' : words[i - 1] ?? ''));
  if (t < 0 || hasPraise(words) || words.slice(0, t).some((w) => NEGATORS.has(w))) return null;
  const g = groups.find((m) => !m.pronoun && m.from > t && m.from <= t + 4);
  if (!g || !words.slice(g.to + 1, g.to + 6).some((w) => ['been', 'live', 'lives', 'lived', 'moved', 'here', 'there', 'stayed', 'passed', 'visited'].includes(w))) return null;
  return hit(t - 2 >= 0 && words[t - 2] === 'you' ? t - 2 : t, g.to, g, 'derogation', 'you can tell when [group] have been here');
}

/** "Why do disabled people even bother going outside?", "Old people are just waiting to die", "nobody has to see them". */
function worthless(words: Words, groups: readonly GroupMention[]): Attack | null {
  for (const g of groups) {
    if (g.pronoun) continue;
    const b = words.slice(Math.max(0, g.from - 3), g.from).join(' ');
    if (/why (do|does|would|should)( the)?$/.test(b) && words[g.to + 1] === 'even' && ['bother', 'try'].includes(words[g.to + 2] ?? '')) return hit(g.from - 2, g.to + 2, g, 'derogation', 'why do [group] even bother');
    const after = words.slice(g.to + 1, g.to + 9).join(' ');
    // "Asians all look the same"
    if (/^(all |really |just )*look (alike|the same)/.test(words.slice(g.to + 1, g.to + 6).join(' '))) return hit(g.from, g.to + 3, g, 'stereotype', 'all look the same');
    const m = /^(are |is )?(just |all |only |basically |simply )*(waiting to die|a waste of (space|oxygen|air|skin|resources)|wasting (space|oxygen|air))/.exec(after);
    if (m) return hit(g.from, g.to + m[0].split(' ').length, g, 'derogation', m[3] ?? 'waste of ...');
    const sight = find(words, 'has to see them', g.to) >= 0 ? find(words, 'has to see them', g.to) : find(words, 'have to see them', g.to);
    if (sight > g.to && ['nobody', 'one', 'not'].includes(words[sight - 1] ?? '') && words.slice(g.to + 1, sight).some((w) => ['should', 'must', 'stay', 'keep', 'kept', 'belong', 'hide', 'hidden'].includes(w))) {
      return hit(g.from, sight + 3, g, 'exclusion', 'kept out of sight');
    }
  }
  return null;
}

// --- sarcasm, incompatibility, noticed patterns, questions and proverbs --------------------------------------

/** Verbs of a fall after "watch": "hire a [member] and watch productivity drop". */
const DECLINES = new Set(['drop', 'drops', 'plummet', 'plummets', 'tank', 'tanks', 'crash', 'crashes', 'sink', 'sinks', 'fall', 'falls', 'collapse', 'collapses', 'burn', 'burns', 'crumble', 'crumbles', 'disappear', 'disappears', 'vanish', 'vanishes', 'die', 'dies', 'suffer', 'suffers', 'nosedive', 'rot', 'go', 'goes']);
/** Things whose fall is good news: "watch the turnover drop". */
const GOOD_TO_DROP = new Set(['turnover', 'churn', 'costs', 'cost', 'errors', 'bugs', 'complaints', 'absences', 'absenteeism', 'crime', 'delays', 'waste', 'incidents', 'attrition', 'prices', 'backlog', 'tickets', 'defects']);
/** Words that lead from praise to its price: "great, if you like bombs", "lovely, as long as you enjoy ...". */
const LIKING = new Set(['like', 'love', 'enjoy', 'adore', 'fancy', 'want', 'prefer', 'mind', 'into']);

/** A member or group praised in the clause before: "[group] are great", "[group] are such a blessing". */
function praisedGroup(words: Words, groups: readonly GroupMention[], before: number): GroupMention | null {
  for (const g of groups) {
    if (g.pronoun || g.from >= before) continue;
    const between = words.slice(g.to + 1, before);
    if (between.some((w) => PRAISE_WORDS.has(w) || POSITIVE_ATTRIBUTES.has(w) || MORE_POSITIVE.has(w) || ['blessing', 'gift', 'asset', 'treasure', 'delight', 'joy', 'nice', 'good', 'smart', 'honest', 'generous', 'hardworking', 'peaceful', 'clean', 'safe', 'tolerant', 'civilised', 'civilized', 'polite', 'trustworthy', 'enriching', 'lovely', 'charming', 'fun', 'delightful', 'pleasant', 'friendly', 'sweet', 'wholesome', 'welcoming', 'best', 'perfect', 'ideal', 'excellent', 'brilliant', 'reliable'].includes(w))) return g;
  }
  return null;
}

/**
 * Praise with a sting: "Muslims are great, if you like bombs", "[group] are lovely as long as you enjoy
 * being robbed", "[group] are so honest, said no one ever", "[group], the gift that keeps on taking",
 * "[group]: come for the X, stay for the crime". The price named must be a harm, so "the office is great, if
 * you like plants" and "Lisbon: come for the food, stay for the people" pass.
 */
function sting(words: Words, groups: readonly GroupMention[]): Attack | null {
  if (!groups.some((g) => !g.pronoun)) return null;
  for (let i = 1; i < words.length; i++) {
    const w = words[i] ?? '';
    // "..., if you like bombs", "as long as you enjoy getting robbed", "if you are into crime"
    if ((w === 'if' || (w === 'as' && words[i + 1] === 'long' && words[i + 2] === 'as')) && ['you', 'u', 'we', 'one'].includes(words[w === 'if' ? i + 1 : i + 3] ?? '')) {
      const v = w === 'if' ? i + 2 : i + 4;
      let j = v;
      while (['really', 'do', 'are', 'just', 'happen', 'to', 'not'].includes(words[j] ?? '') && j < v + 3) j++;
      if (!LIKING.has(words[j] ?? '')) continue;
      const tail = words.slice(j + 1, j + 6);
      const bad = tail.findIndex((x) => STING.has(x) || CRIME_NOUNS.has(x));
      const g = praisedGroup(words, groups, i);
      if (g && bad >= 0) return hit(g.from, j + 1 + bad, g, 'derogation', 'praise with a sting');
    }
    // "said no one ever", "said nobody ever"
    if (w === 'said' && ['no', 'nobody', 'noone'].includes(words[i + 1] ?? '')) {
      const g = praisedGroup(words, groups, i);
      if (g) return hit(g.from, Math.min(words.length - 1, i + (words[i + 1] === 'no' ? 3 : 2)), g, 'derogation', 'praise with a sting (said no one ever)');
    }
    // "the gift that keeps on taking": any verb but giving
    if (w === 'gift' && words[i + 1] === 'that' && ['keeps', 'keep'].includes(words[i + 2] ?? '')) {
      const v = words[i + 3] === 'on' ? i + 4 : i + 3;
      const verb = words[v] ?? '';
      const g = groups.find((m) => !m.pronoun && m.from < i);
      if (g && /ing$/.test(verb) && verb !== 'giving' && !hasPraise(words)) return hit(g.from, v, g, 'derogation', `the gift that keeps on ${verb}`);
    }
    // "come for the benefits, stay for the crime"
    if (w === 'stay' && words[i + 1] === 'for' && words.slice(Math.max(0, i - 8), i).includes('come')) {
      const tail = words.slice(i + 2, i + 6);
      const bad = tail.findIndex((x) => STING.has(x) || CRIME_NOUNS.has(x));
      const g = groups.find((m) => !m.pronoun && m.from < i);
      if (g && bad >= 0) return hit(g.from, i + 2 + bad, g, 'derogation', 'come for ..., stay for the crime');
    }
  }
  return null;
}

const PICK_ONE = ['pick one', 'choose one', 'pick a lane', 'one or the other', 'you cannot have both', 'can not have both', 'never the twain'];
const DONT_MIX = [
  'do not mix', 'does not mix', 'never mix', 'will never mix', 'do not go together', 'do not belong together', 'do not match', 'go together like oil and water',
  'are like oil and water', 'like oil and water', 'are incompatible', 'is incompatible', 'are mutually exclusive', 'do not fit together', 'mix like oil and water',
  'go together like fire and water', 'like fire and water', 'like chalk and cheese', 'is an oxymoron', 'are an oxymoron', 'oxymoron', 'contradiction in terms', 'do not belong in the same sentence', 'in the same sentence lol',
];

/**
 * Incompatibility: "Women and science, pick one", "Arabs and democracy don't mix", "Female engineer is an
 * oxymoron". The other side must be a quality or field, not a second group or a religious rule ("Muslims and
 * alcohol don't mix"), so "Pineapple and pizza, pick one" and "Coffee and late nights don't mix" pass.
 */
function incompatible(tokens: readonly Token[], words: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  const pick = findAny(words, PICK_ONE);
  // "pick one" closes the clause: "pick one favourite" asks for a choice
  const c = (pick && (words[pick[1] + 1] === undefined || CLAUSE_BREAK.has(words[pick[1] + 1] ?? '') || [',', 'lol', 'lmao', 'then'].includes(words[pick[1] + 1] ?? '')) ? pick : null) ?? findAny(words, DONT_MIX);
  if (!c || words.slice(0, c[0]).some((w) => NEGATORS.has(w) && w !== 'not') || hasPraise(words)) return null;
  let s = c[0] - 1;
  while (s > 0 && !CLAUSE_BREAK.has(words[s - 1] ?? '')) s--;
  const clause = words.slice(s, c[0]);
  const and = clause.indexOf('and');
  const real = groups.filter((g) => !g.pronoun && g.from >= s && g.to < c[0]);
  if (and > 0) {
    // one side a group, the other a thing: "[group] and science", "democracy and Arabs"
    const at = s + and;
    const g = real.find((m) => m.to < at) ?? real.find((m) => m.from > at);
    if (!g || real.length > 1) return null;
    const other = g.to < at ? words.slice(at + 1, c[0]) : words.slice(s, at);
    const content = other.filter((w) => /^[a-z-]+$/.test(w) && !['the', 'a', 'an', 'just', 'really', 'simply', 'do', 'not', 'are', 'is'].includes(w));
    if (!content.length || content.length > 3 || content.some((w) => RULE_ITEMS.has(w) || PERSON_NOUNS.has(w) || identityAdjective(w) !== undefined)) return null;
    return hit(Math.min(s, g.from), c[1], g, 'stereotype', `[group] and ${content.join(' ')}: incompatible`);
  }
  // "female engineer is an oxymoron", "a Muslim moderate? oxymoron"
  if (words.slice(c[0], c[1] + 1).includes('oxymoron') || words[c[0]] === 'contradiction') {
    // "A Muslim moderate? Oxymoron.": the pair may stand in the question before
    const s2 = words[s - 1] === '?' ? Math.max(0, s - 6) : s;
    const g = real[0] ?? groups.find((m) => !m.pronoun && m.from >= s2 && m.to < c[0]) ?? null;
    const id = g ?? (() => { for (let j = s2; j < c[0]; j++) { const x = identityWord(tokens, groups, j); if (x) return x; } return null; })();
    if (id) return hit(id.from, c[1], id, 'stereotype', 'identity and role called an oxymoron');
    // "A Muslim moderate? / Oxymoron." across the sentence break
    const pw = prev.words();
    const pg = c[0] <= 2 && pw[pw.length - 1] === '?' ? prev.groups()[0] : undefined;
    const pr = c[0] <= 2 ? roleQuestion(pw, pw.length - 1) : undefined;
    if (pg || pr) return hit(c[0], c[1], { from: c[0], to: c[0], characteristic: pg ? pg.characteristic : (pr as [number, Characteristic])[1], pronoun: true, weak: false }, 'stereotype', 'identity and role called an oxymoron');
  }
  return null;
}

/**
 * A pattern presented as noticed: "Funny how every time something goes missing there's an immigrant nearby",
 * "Ever notice how [group] always end up running things?". Needs a generalising word after the cue; a
 * victim framing ("women always get interrupted"), praise, or one's own acquaintances ("my Muslim friends")
 * pass.
 */
function noticed(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  const c = findAny(words, NOTICING);
  if (!c || hasPraise(words) || words.some((w) => VICTIMISED.has(w) || CRITIQUE.has(w))) return null;
  const g = groups.find((m) => !m.pronoun && m.from > c[1] && !['my', 'our', 'your'].includes(words[m.from - 1] ?? '')) ??
    (() => { for (let j = c[1] + 1; j < words.length; j++) { const x = identityWord(tokens, groups, j); if (x && !['my', 'our', 'your'].includes(words[x.from - 1] ?? '')) return x; } return null; })();
  if (!g) return null;
  // the pattern must insinuate: a crime or harm, something missing, a presence, or power ("end up running things")
  if (!words.slice(c[1] + 1).some((w) => NOTICED_CONTENT.has(w) || CRIME_NOUNS.has(w) || STING.has(w) || SUSPECTED.has(w) || BLAMED_RESULTS.has(w) || CHILDREN.has(w) || ARRIVAL.has(w))) return null;
  const pattern = words.slice(c[1] + 1).findIndex((w, k) => PATTERN_WORDS.has(w) && !(w === 'end' && words[c[1] + 2 + k] !== 'up') && !(w === 'tend' && words[c[1] + 2 + k] !== 'to'));
  if (pattern < 0) return null;
  // "is it not funny how" starts earlier
  return hit(c[0], Math.max(g.to, c[1] + 1 + pattern), g, 'stereotype', `pattern insinuated ('${words.slice(c[0], c[1] + 1).join(' ')}')`);
}

/** What a noticed pattern pins on a group besides crime: presence, things gone missing, power. */
const NOTICED_CONTENT = new Set(['missing', 'disappear', 'disappears', 'vanish', 'vanishes', 'nearby', 'around', 'behind', 'involved', 'running', 'run', 'owning', 'own', 'owns', 'control', 'controls', 'controlling', 'charge', 'top', 'banks', 'media', 'money', 'settle', 'settles', 'near', 'hanging', 'lurking', 'loitering', 'scam', 'suspicious', 'smell', 'mess', 'noise']);

/** Verbs a "how many [group] does it take to ..." joke pins on the group. */
const JOKE_CRIMES = new Set(['steal', 'rob', 'loot', 'break', 'mug', 'stab', 'shoot', 'bomb', 'blow', 'scam', 'cheat', 'ruin', 'wreck', 'crash', 'burn', 'pick', 'kill', 'rape', 'hijack', 'smuggle', 'beg', 'sponge', 'leech', 'dodge', 'skip', 'fail', 'complain', 'whine', 'ruin']);

/**
 * Joke and rhetorical questions: "How many [group] does it take to steal a car?", "Do [group] really think
 * anyone cares?". A light-bulb joke ("how many engineers does it take to change a light bulb") passes; so
 * does a question about a belief ("do Christians really believe in the Trinity?").
 */
function jokeQuestion(words: Words, groups: readonly GroupMention[]): Attack | null {
  const g = groups.find((m) => !m.pronoun);
  if (!g) return null;
  if (words[g.from - 1] === 'many' && words[g.from - 2] === 'how') {
    const t = find(words, 'does it take to', g.to);
    const t2 = t < 0 ? find(words, 'do it take to', g.to) : t;
    if (t2 === g.to + 1 && JOKE_CRIMES.has(words[t2 + 4] ?? '')) return hit(g.from - 2, t2 + 4, g, 'stereotype', 'how many [group] does it take to ...');
  }
  // "do [group] really think anyone cares?", "do [group] honestly believe we want them here?"
  if (['do', 'does'].includes(words[g.from - 1] ?? '') && (g.from === 1 || clauseStartAt(words, g.from - 1)) && words[words.length - 1] === '?') {
    let j = g.to + 1;
    if (!['really', 'honestly', 'seriously', 'actually', 'genuinely', 'truly'].includes(words[j] ?? '')) return null;
    j++;
    if (!['think', 'believe', 'expect', 'imagine'].includes(words[j] ?? '')) return null;
    if (['anyone', 'anybody', 'we', 'they', 'people', 'everyone', 'everybody', 'someone', 'somebody', 'their', 'it', 'you', 'that'].includes(words[j + 1] ?? '')) {
      return hit(g.from - 1, j + 1, g, 'derogation', `do [group] really ${words[j]} ...?`);
    }
  }
  return null;
}

/** Partners a "haven't met the right man" frame offers to a sexual orientation. */
const MALE_PARTNER = new Set(['man', 'guy', 'boy', 'bloke', 'dude', 'fella', 'husband', 'dick', 'cock']);
const FEMALE_PARTNER = new Set(['woman', 'girl', 'lady', 'wife', 'gal', 'pussy']);

/**
 * Proverbs and idioms that carry the derogation: "You can take the [member] out of the camp but not the camp
 * out of the [member]" (a fond "girl out of Texas" passes: the place must taint), "Lesbians just haven't met
 * the right man", "Old people had their turn, time for them to go", "a leopard can't change its spots, and
 * neither can a [member]".
 */
function proverb(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  // "take the X out of the Y ... (take) the Z out of the X"
  const t = words.indexOf('take');
  if (t >= 0 && words.slice(t + 1, t + 5).includes('out')) {
    const outs = words.map((w, k) => (w === 'out' && words[k + 1] === 'of' ? k : -1)).filter((k) => k > t);
    if (outs.length >= 2) {
      const ids = groups.filter((m) => !m.pronoun && m.from > t);
      const second = outs[1] as number;
      const taint = words.slice(outs[0] as number, second).some((w) => PROVERB_TAINTS.has(w)) || words.slice(second).some((w) => PROVERB_TAINTS.has(w)) || words.slice(t, second).some((w, k) => PROVERB_TAINTS.has(w) && k > 0);
      const id = ids[0] ?? (() => { for (let j = t + 1; j < words.length; j++) { const x = identityWord(tokens, groups, j); if (x && !['girl', 'boy', 'woman', 'man', 'lady', 'gal'].includes(words[x.from] ?? '')) return x; } return null; })();
      if (id && taint) return hit(t, lastWord(words), id, 'stereotype', 'you can take the [member] out of ...');
    }
  }
  for (const g of groups) {
    if (g.pronoun) continue;
    const head = words[g.to] ?? '';
    // "[group] just haven't met the right man (yet)", "all a lesbian needs is a good man"
    const m = words.slice(g.to + 1, g.to + 9);
    const right = m.findIndex((w, k) => (w === 'right' || w === 'good' || w === 'real') && (m[k - 1] === 'the' || m[k - 1] === 'a') && m.slice(0, k).some((x) => ['met', 'meet', 'found', 'find', 'needs', 'need', 'is', 'tried'].includes(x)));
    if (right >= 0 && g.characteristic === 'sexual-orientation') {
      const partner = m[right + 1] ?? '';
      const lesbian = /^lesbians?$/.test(head) || /wom[ae]n|girls?|ladies/.test(head);
      const gayMan = /^(men|man|guys|guy|boys|gays|gay)$/.test(head);
      const asexual = words.slice(g.from, g.to + 1).some((w) => /^(asexual|aces?|aro)/.test(w));
      if ((lesbian && MALE_PARTNER.has(partner)) || (gayMan && FEMALE_PARTNER.has(partner)) || (asexual && (MALE_PARTNER.has(partner) || FEMALE_PARTNER.has(partner) || partner === 'person'))) {
        return hit(g.from, g.to + 2 + right, g, 'negated-positive', 'orientation denied (the right partner)');
      }
    }
    // "[group] had their turn / time / day, time for them to go"
    const had = m.indexOf('had');
    // "had their turn, ..." closes there: "had their turn at karaoke" was an activity
    const closes = (w: string | undefined): boolean => w === undefined || CLAUSE_BREAK.has(w) || [',', 'now', 'so', 'and', 'already', '-'].includes(w);
    if (had >= 0 && had <= 2 && m[had + 1] === 'their' && ['turn', 'time', 'day', 'chance', 'run', 'innings', 'go', 'fun', 'shot', 'say'].includes(m[had + 2] ?? '') && closes(m[had + 3])) {
      const rest = words.slice(g.to + had + 4).join(' ');
      const exit = /(time (for them )?to (go|leave|die|step aside|step down|move on|get out|clear out|make way)|should (just )?(go|leave|die|step aside|get out|make way|disappear)|(get|step) out of the way|move over|make way|make room|die off|step aside|pass away|kick the bucket|bow out|time to let the rest of us|let the rest of us (live|breathe|have))(?! to| on to| for| in)/.exec(rest);
      if (exit) return hit(g.from, Math.min(words.length - 1, g.to + had + 4 + rest.slice(0, exit.index + exit[0].length).split(' ').length - 1), g, 'exclusion', 'had their turn, time to go');
    }
  }
  // "a leopard can't change its spots, and neither can a [member]"
  if (words.includes('spots') && words.includes('leopard')) {
    const id = groups.find((m) => !m.pronoun) ?? null;
    if (id) return hit(0, Math.max(id.to, words.indexOf('spots')), id, 'stereotype', 'a leopard cannot change its spots');
  }
  return null;
}

/**
 * Scare quotes on a role after an identity: "Another female 'engineer', lol", "our Black \\"doctor\\"",
 * "another \\"doctor\\" from India". Needs the original text: the tokenizer drops single quotes.
 */
export function scareQuotes(text: string, tokens: readonly Token[], groups: readonly GroupMention[]): Attack | null {
  if (!/['"‘’“”]/.test(text)) return null;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // the folded word may have taken in the closing quote ("'boss'" reads "bossy"): the raw word decides
    const raw = t.raw.replace(/^['"‘’“”]+|['"‘’“”]+$/g, '').toLowerCase();
    if (!ROLE_NOUNS.has(raw) && !ROLE_NOUNS.has(raw.replace(/s$/, ''))) continue;
    const lead = t.raw.length - t.raw.replace(/^['"‘’“”]+/, '').length;
    const open = text[t.start - 1 + lead] ?? '';
    const close = text[t.start + lead + raw.length] ?? '';
    const straight = (open === "'" && close === "'") || (open === '"' && close === '"');
    const curly = (open === '‘' && close === '’') || (open === '“' && close === '”');
    if (!straight && !curly) continue;
    // the identity outside the quotes, just before: "female 'engineer'", or after: '"doctor" from India'
    let k = i - 1;
    if (tokens[k]?.w === '"' || tokens[k]?.w === '“') k--;
    const colour = ['black', 'brown'].includes(tokens[k]?.w ?? '') ? 'race' : undefined;
    const before = identityAdjective(tokens[k]?.w ?? '') ?? colour ?? (groups.find((g) => !g.pronoun && g.to === k) ? groups.find((g) => g.to === k)?.characteristic : undefined);
    let a = i + 1;
    if (['"', '”'].includes(tokens[a]?.w ?? '')) a++;
    const from = tokens[a]?.w === 'from' ? (PLACES.has(tokens[a + 1]?.w ?? '') || identityAdjective(tokens[a + 1]?.w ?? '') ? 'origin' : undefined) : undefined;
    const c = before ?? from;
    if (!c) continue;
    return hit(before ? k : i, before ? i : a + 1, { from: before ? k : a + 1, to: before ? k : a + 1, characteristic: c, pronoun: false, weak: false }, 'derogation', 'scare quotes on a role');
  }
  return null;
}
/** Roles whose scare quotes doubt a member's standing: "female 'engineer'". */
const ROLE_NOUNS = new Set([
  'engineer', 'doctor', 'scientist', 'pilot', 'surgeon', 'ceo', 'leader', 'boss', 'manager', 'developer', 'programmer', 'coder', 'expert', 'professional',
  'professor', 'teacher', 'nurse', 'lawyer', 'judge', 'officer', 'soldier', 'president', 'director', 'executive', 'founder', 'architect', 'analyst',
  'journalist', 'writer', 'artist', 'athlete', 'player', 'driver', 'colleague', 'hire', 'candidate', 'intellectual', 'genius', 'academic', 'researcher',
  'mathematician', 'physicist', 'specialist', 'consultant', 'lead', 'senior', 'coworker', 'co-worker', 'mp', 'minister', 'senator', 'comedian', 'gamer',
  'woman', 'lady', 'man', 'refugee', 'asylum', 'citizen', 'student',
]);

// --- stereotyped habits, restrictions, aptitude, perception, conditions (round four) --------------------------

/** Words that may stand between a subject group and its verb: "[group] (are) (all) (just) ...". */
const SUBJECT_FILL = new Set(['are', 'is', 'were', 'was', 'all', 'just', 'really', 'basically', 'honestly', 'literally', 'simply', 'mostly', 'generally', 'seriously', 'truly', 'actually', 'clearly', 'obviously', 'naturally', 'still', 'here', 'do', 'does', 'will', 'would', "'ll", 'always']);

/** Habitual and modal words that make a predicate a habit: "always", "will", "never", "can't help". */
const HABIT_MARKERS = new Set(['always', 'will', "'ll", 'would', 'never', 'constantly', 'forever', 'invariably', 'usually', 'all', 'can', 'cannot', 'could', 'tend', 'tends', 'keep', 'rather', 'typically', 'generally', 'seem', 'to', 'do', 'does', 'did', 'ever', 'even']);

/** The end of a clause (or the sentence) from j: a sentence break, a comma, a contrast or a condition. */
function clauseEnd(words: Words, j: number, max = 10): number {
  let e = j;
  // "nothing but" / "anything but" restricts, it does not start a new clause
  const restricts = (k: number): boolean => words[k] === 'but' && ['nothing', 'anything', 'none', 'all'].includes(words[k - 1] ?? '');
  while (e < words.length && e < j + max && (restricts(e) || (!CLAUSE_BREAK.has(words[e] ?? '') && ![',', 'but', 'because', 'unless', 'until', ':', ';', '-'].includes(words[e] ?? '')))) e++;
  return e - 1;
}

/** A group as the subject of its clause: nothing but determiners and quantifiers before it in the clause. */
function asSubject(words: Words, g: GroupMention): boolean {
  let s = g.from - 1;
  while (s >= 0 && ['the', 'all', 'most', 'these', 'those', 'many', 'some', 'typical', 'your', 'average', 'every', 'a', 'an', 'any', 'honestly', 'seriously', 'look', 'lol', 'and', 'so', 'yeah', 'well'].includes(words[s] ?? '')) s--;
  return s < 0 || clauseStartAt(words, s + 1) || ['think', 'know', 'say', 'that', 'cause', 'cuz', 'coz', 'guess', 'swear', 'bet'].includes(words[s] ?? '');
}

/**
 * A group restricted to something bad or crude: "Immigrants bring nothing but problems", "Arabs only understand
 * force", "[group] are only here for the benefits", "[group] do nothing but take". "Refugees only want safety"
 * and "bring nothing but hard work" pass: the restricted thing must be a harm, money, force or a handout.
 */
function restricted(words: Words, groups: readonly GroupMention[]): Attack | null {
  for (const g of groups) {
    if (g.pronoun || !asSubject(words, g)) continue;
    const e = clauseEnd(words, g.to + 1);
    const vp = words.slice(g.to + 1, e + 1);
    if (vp.some((w) => NEGATORS.has(w) && w !== 'nothing') || hasPraise(vp)) continue;
    // the restriction: "only", "just", "nothing but", "nothing more than", "good for nothing but"
    const r = vp.findIndex((w, k) => w === 'only' || w === 'solely' || w === 'purely' || (w === 'nothing' && ['but', 'except'].includes(vp[k + 1] ?? '')) || (w === 'just' && k > 0 && vp[k - 1] !== 'are'));
    if (r < 0) continue;
    // a restricting verb on one side of the restriction: "bring nothing but", "only understand", "only here for"
    const verb = vp.slice(Math.max(0, r - 2), r + 3).find((w) => RESTRICTING_VERBS.has(w) || w === 'do' || w === 'does');
    if (!verb) continue;
    const bad = vp.findIndex((w, k) => k > r && (RESTRICTED_TO.has(w) || (verb.startsWith('do') && RESTRICTED_ACTS.has(w))));
    if (bad < 0) continue;
    // "only got the job to fill a quota": a job gained by identity; "refugees only get a little money" is a lack
    if (['got', 'get', 'gets', 'hired', 'promoted', 'elected'].includes(verb) && !['quota', 'quotas', 'diversity', 'pity', 'looks', 'tokenism'].includes(vp[bad] ?? '')) continue;
    // "free" only with the things it makes free: "free stuff", "free money", "free houses"
    if (vp[bad] === 'free' && !['stuff', 'money', 'houses', 'housing', 'things', 'ride', 'handouts', 'healthcare', 'benefits'].includes(vp[bad + 1] ?? '')) continue;
    return hit(g.from, g.to + 1 + bad + (vp[bad] === 'free' ? 1 : 0), g, 'stereotype', `restricted to '${vp[bad]}'`);
  }
  return null;
}

/**
 * A stereotype stated as a habit: a group subject, a habitual or modal word ("always", "will", "never",
 * "can't"), and a habit from a stereotype domain: money ("know where the money is", "haggle over every penny"),
 * food ("eat anything that moves"), crime and violence ("start fights", "pull a knife"), hygiene ("never
 * shower"), sex ("sleep with anything that moves", "can't keep it in their pants"), fertility ("have ten
 * kids"), welfare ("live off the state", "milk the system"), temper ("can't control their emotions") or
 * humour ("can't take a joke"). A sympathetic or explained habit ("always face barriers", "never get to shower
 * in the camps", "can't pay rent without help") passes, and so do habits outside those domains ("always fast
 * during Ramadan", "always inspire me").
 */
function habit(words: Words, groups: readonly GroupMention[]): Attack | null {
  for (const g of groups) {
    if (g.pronoun || !asSubject(words, g)) continue;
    const e = clauseEnd(words, g.to + 1, 12);
    const vp = words.slice(g.to + 1, e + 1);
    // an excuse anywhere after the group: "can't pay taxes because they aren't allowed to work"
    // "get blamed", "get to shower": a passive or a permission excuses too
    const after = words.slice(g.to + 1);
    const excused = after.some((w, k) => HABIT_EXCUSES.has(w) || (VICTIMISED.has(w) && w !== 'first' && w !== 'left') || (/^(get|gets|got|getting)$/.test(w) && (/ed$/.test(after[k + 1] ?? '') || after[k + 1] === 'to' || VICTIMISED.has(after[k + 1] ?? ''))));
    if (vp.length < 2 || hasPraise(words) || excused) continue;
    // a habitual or modal marker within the first few words
    const head = vp.slice(0, 5);
    const habitual = head.some((w) => HABIT_MARKERS.has(w));
    const negated = head.some((w) => NEGATORS.has(w) || w === 'cannot');
    // the verb: the first word after the markers ("never | pay taxes", "can not | take a joke")
    let v0 = 0;
    while (v0 < vp.length && ((HABIT_MARKERS.has(vp[v0] ?? '') && vp[v0] !== 'keep') || NEGATORS.has(vp[v0] ?? '') || SUBJECT_FILL.has(vp[v0] ?? ''))) v0++;
    const text = ` ${vp.join(' ')} `;
    const phrase = (list: readonly string[]): string | undefined => list.find((p) => text.includes(` ${p} `) || text.includes(` ${p}s `));
    // a generic present needs no marker when the habit is the verb itself: "[group] live off the state"
    const verbText = ` ${vp.slice(v0).join(' ')} `;
    // "[group] come here and expect everything for free", "come here to live off benefits"
    const comeHere = /^ (come|comes|coming) (here|over) (and|to|just|only|,) /.test(verbText) ? BAD_HABIT_PHRASES.find((p) => verbText.includes(` ${p} `)) : undefined;
    if (comeHere) return hit(g.from, g.to + vp.length, g, 'stereotype', `come here to ('${comeHere}')`);
    const generic = !habitual && vp.slice(0, v0).every((w) => ['just', 'all', 'only', 'really', 'basically', 'simply'].includes(w)) ? BAD_HABIT_PHRASES.find((p) => verbText.startsWith(` ${p} `)) : undefined;
    if (generic) return hit(g.from, g.to + vp.length, g, 'stereotype', `stereotyped habit ('${generic}')`);
    if (!habitual) continue;
    // "will eat anything that moves", "haggle over every penny": affirmed
    const bad = phrase(BAD_HABIT_PHRASES) ?? vp.find((w, k) => BAD_HABITS.has(w) && !(w === 'sleep' && !['with', 'around'].includes(vp[k + 1] ?? '')) && !(w === 'pop' && vp[k + 1] !== 'out') && !(w === 'rip' && vp[k + 1] !== 'off') && !(w === 'milk' && !['the', 'it', 'every'].includes(vp[k + 1] ?? '')));
    // "would rather sit on benefits than work" is affirmed even with "than work" after it
    if (bad && (!negated || head.includes('rather'))) return hit(g.from, g.to + vp.length, g, 'stereotype', `stereotyped habit ('${bad}')`);
    // "never shower", "never pay taxes", "can't take a joke": denied
    const good = GOOD_HABIT_PHRASES.find((p) => verbText.startsWith(` ${p} `)) ?? (GOOD_HABITS.has(vp[v0] ?? '') ? vp[v0] : undefined);
    if (good && negated) return hit(g.from, g.to + vp.length, g, 'stereotype', `stereotyped habit (never '${good}')`);
  }
  return null;
}

/**
 * Aptitude denied by make: "[group] just aren't built / cut out / wired / made for academics", "girls were never
 * meant for science", "weren't meant to lead". "Offices aren't built for wheelchair users" (the group after
 * "for") and "women aren't meant to suffer in silence" pass.
 */
function notBuiltFor(words: Words, groups: readonly GroupMention[]): Attack | null {
  for (const g of groups) {
    if (g.pronoun || !asSubject(words, g)) continue;
    let j = g.to + 1;
    let neg = false;
    while (j < g.to + 7 && (SUBJECT_FILL.has(words[j] ?? '') || NEGATORS.has(words[j] ?? '') || ['biologically', 'genetically', 'mentally', 'physically', 'ever', 'even'].includes(words[j] ?? ''))) {
      if (NEGATORS.has(words[j] ?? '')) neg = true;
      j++;
    }
    const w = words[j] ?? '';
    let at = -1;
    if (['built', 'made', 'wired', 'designed', 'equipped', 'suited', 'programmed', 'bred'].includes(w) && ['for', 'to'].includes(words[j + 1] ?? '')) at = j + 1;
    if (w === 'cut' && words[j + 1] === 'out' && ['for', 'to'].includes(words[j + 2] ?? '')) at = j + 2;
    if (w === 'meant' && words[j + 1] === 'for') at = j + 1;
    // "meant to lead / to think / to be in charge"; "meant to suffer" is a sympathy
    if (w === 'meant' && words[j + 1] === 'to' && ['lead', 'think', 'rule', 'run', 'vote', 'study', 'fly', 'drive', 'fight', 'govern', 'work', 'code', 'learn', 'compete', 'play', 'manage', 'teach', 'decide'].includes(words[j + 2] ?? '')) at = j + 2;
    if (at < 0 || !neg) continue;
    const o = words[at + 1] ?? '';
    if (!o || CLAUSE_BREAK.has(o) || ['suffer', 'struggle', 'be', 'hide', 'live', 'feel', 'die', 'wait'].includes(o)) continue;
    return hit(g.from, Math.min(clauseEnd(words, at + 1, 4), words.length - 1), g, 'negated-positive', `not ${w} for`);
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
function perceived(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
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

/**
 * "There's a reason [group] aren't in charge / end up in prison", "it's no coincidence [group] run the banks",
 * "[group] get profiled for a reason", "stereotypes about [group] exist for a reason": a hidden cause hinted. An
 * explanation by discrimination, fear or a religious rule ("there's a reason women leave tech: sexism", "a
 * reason Muslims don't eat pork") passes.
 */
function forAReason(words: Words, groups: readonly GroupMention[]): Attack | null {
  if (words.some((w) => CRITIQUE_CAUSES.has(w) || RULE_ITEMS.has(w)) || blameShifted(words)) return null;
  const g = groups.find((m) => !m.pronoun);
  if (!g) return null;
  let c = find(words, 'there is a reason');
  if (c < 0) c = find(words, 'there is a good reason');
  if (c < 0) c = find(words, 'there are reasons');
  if (c < 0) c = find(words, 'no coincidence');
  if (c < 0) c = find(words, 'no accident');
  if (c < 0) c = find(words, 'not a coincidence');
  if (c >= 0 && g.from > c && g.from <= c + 9) {
    const e = clauseEnd(words, g.to + 1, 10);
    const vp = words.slice(g.to + 1, e + 1);
    const neg = vp.slice(0, 4).some((w) => NEGATORS.has(w));
    // denied standing ("aren't in charge", "don't become pilots"), or a bad place or power ("end up in prison", "run the banks")
    const denied = neg && vp.some((w) => STANDING.has(w) || w === 'important' || w === 'hire' || w === 'hires');
    const pinned = !neg && vp.some((w) => STANDING.has(w) && !['charge', 'lead', 'leaders', 'important', 'trusted', 'hired', 'promoted', 'allowed', 'vote', 'positions', 'top', 'decisions', 'serious', 'become', 'becoming'].includes(w));
    // "there's a reason nobody hires immigrants": a refusal before the group
    const refused = words.slice(c, g.from).some((w) => ['nobody', 'no', 'never'].includes(w)) && words.slice(c, g.from).some((w) => REFUSED_ACTS.has(w) || REFUSED_ACTS.has(w.replace(/s$/, '')));
    if (denied || pinned || refused) return hit(c, Math.max(g.to, e), g, 'stereotype', 'a hidden reason hinted');
  }
  // "[group] get profiled for a reason", "stereotypes about [group] exist for a reason"
  const r = find(words, 'for a reason');
  if (r > g.to && r <= g.to + 8) {
    const n = words[r + 3];
    const ends = n === undefined || CLAUSE_BREAK.has(n) || [',', 'lol', 'you', 'folks', 'people'].includes(n);
    const mid = words.slice(Math.max(0, g.from - 3), r);
    if (ends && mid.some((w) => VICTIMISED.has(w) || ['stereotypes', 'stereotype', 'stereotyped', 'reputation', 'feared', 'avoided', 'hated', 'distrusted', 'mistrusted', 'banned', 'watched', 'followed', 'suspected', 'exist', 'exists', 'prejudices'].includes(w))) {
      return hit(Math.min(g.from, r), r + 2, g, 'stereotype', 'for a reason');
    }
  }
  return null;
}

/** A cause laid on someone else: "... when we ban them from working", "because employers won't hire them". */
function blameShifted(words: Words): boolean {
  return words.some((w, k) => ['when', 'because', 'since', 'if', 'as'].includes(w) && ['we', 'you', 'society', 'employers', 'landlords', 'nobody', 'no', 'the', 'they', 'politicians', 'government', 'governments'].includes(words[k + 1] ?? '') && k > 3);
}

/** What a tolerance is conditioned on when it keeps a group out of sight: "as long as I don't have to see it". */
const OUT_OF_SIGHT = new Set(['see', 'hear', 'look', 'watch', 'near', 'away', 'private', 'privately', 'closed', 'flaunt', 'flaunting', 'shove', 'quiet', 'hide', 'hidden', 'personality', 'public', 'sight', 'neighbourhood', 'neighborhood', 'street', 'door', 'kids', 'children', 'there', 'own',
  'desert', 'jungle', 'village', 'villages', 'country', 'countries', 'homeland', 'huts', 'caves', 'camps', 'ghetto', 'ghettos', 'reservation', 'reservations', 'closet', 'kitchen']);

/**
 * Conditional tolerance: "Gay men are fine as long as I don't have to see it", "I'm OK with trans people as long
 * as they stay away from my kids", "I have nothing against Jews, as long as they stay over there". The group is
 * tolerated (not the one who is fine with something: "Gay men are fine with the new schedule") and the condition
 * keeps it out of sight or away.
 */
function conditionalTolerance(words: Words, groups: readonly GroupMention[]): Attack | null {
  let c = find(words, 'as long as');
  if (c < 0) c = find(words, 'so long as');
  if (c < 0) c = words.findIndex((w) => w === 'provided' || w === 'if');
  // "..., I just don't want to see it / them near my kids": the condition stated as the writer's wish
  if (c < 0) c = words.findIndex((w, k) => w === 'want' && NEGATORS.has(words[k - 1] ?? '') && k > 3 && words.slice(k - 5, k).some((x) => x === 'just' || x === 'but' || x === ','));
  if (c < 0) return null;
  const g = groups.find((m) => !m.pronoun && m.to < c && m.from >= c - 10);
  if (!g) return null;
  const before = words.slice(Math.max(0, g.from - 5), g.from).join(' ');
  const after = words.slice(g.to + 1, c);
  // "[group] are fine / ok / alright" (not "fine with ..."), or "fine with / nothing against / don't mind [group]", "[group] can do what they want"
  const fineAfter = after.some((w, k) => ['fine', 'ok', 'okay', 'alright', 'acceptable', 'tolerable', 'welcome'].includes(w) && !['with', 'to', 'about', 'by'].includes(after[k + 1] ?? '')) && after.length <= 4;
  const fineBefore = /(fine|ok|okay|alright|cool) with( the| all)?$|nothing against( the| all)?$|(do not|don't|dont) mind( the| all)?$|no (problem|issue|issues) with( the| all)?$|(tolerate|accept)( the| all)?$/.test(before);
  const canDo = find(after, 'what they want') >= 0 || find(after, 'whatever they want') >= 0;
  if (!fineAfter && !fineBefore && !canDo) return null;
  const cond = words.slice(c, clauseEnd(words, c + 1, 14) + 1);
  const away = cond.some((w) => OUT_OF_SIGHT.has(w)) || find(cond, 'keep it') >= 0 || find(cond, 'about it') >= 0;
  if (!away || hasPraise(cond)) return null;
  return hit(fineBefore ? Math.max(0, g.from - 3) : g.from, c + cond.length - 1, g, 'derogation', 'tolerated out of sight');
}

/**
 * Paternalism: "Muslim women need saving from their own men", "[group] need saving / protecting from themselves",
 * "[group] need someone / a man to think for them", "[group] need to be told what to do". "Refugees need
 * protecting from traffickers" and "need to be told what support is available" pass.
 */
function paternalism(words: Words, groups: readonly GroupMention[]): Attack | null {
  for (const g of groups) {
    if (g.pronoun) continue;
    let j = g.to + 1;
    while (['all', 'just', 'really', 'clearly', 'obviously', 'simply', 'still', 'desperately'].includes(words[j] ?? '')) j++;
    if (!['need', 'needs', 'require', 'require'].includes(words[j] ?? '')) continue;
    const rest = words.slice(j + 1, clauseEnd(words, j + 1, 12) + 1);
    const text = ` ${rest.join(' ')} `;
    // "saving from themselves / from their own men"
    if (/^ (to be )?(saving|saved|rescuing|rescued|protecting|protected|civilising|civilizing|civilised|civilized|liberating|liberated|freeing|freed) from (themselves|their own|each other)/.test(text)) return hit(g.from, j + rest.length, g, 'derogation', 'paternalism (saved from themselves)');
    // "need to be told what to do / think / wear", "need to be tamed / babysat / kept on a leash"
    if (/^ to be (told|shown) (what|how) to (do|think|wear|say|believe|act|behave|vote|live|dress) /.test(text) || /^ (to be )?(tamed|taming|babysat|babysitting|civilised|civilized|civilising|civilizing|domesticated|kept on a leash|put on a leash|leashed|handled) /.test(text)) return hit(g.from, j + rest.length, g, 'derogation', 'paternalism (told what to do)');
    // "need someone / a man / a husband to think / decide / speak for them", "need adult supervision"
    const k = rest.findIndex((w) => GUARDIANS.has(w));
    if (k >= 0 && k <= 2 && (rest[k] === 'supervision' ? rest[k - 1] === 'adult' || rest[k - 1] === 'constant' : true)) {
      if (['supervision', 'leash', 'babysitter', 'keeper', 'handler', 'minder', 'master', 'owner'].includes(rest[k] ?? '') || / for them /.test(text) || / to (think|decide|tell|speak|make|run|manage|control|look after|keep) /.test(text)) {
        return hit(g.from, j + rest.length, g, 'derogation', 'paternalism (need a guardian)');
      }
    }
  }
  return null;
}

/**
 * A group unmasked: "Refugees are just economic migrants in disguise", "Trans women are predators in disguise",
 * "[group] are all faking it". "A blessing in disguise" passes.
 */
function disguise(words: Words, groups: readonly GroupMention[]): Attack | null {
  for (const g of groups) {
    if (g.pronoun) continue;
    let j = g.to + 1;
    while (j < g.to + 8 && SUBJECT_FILL.has(words[j] ?? '')) j++;
    const e = clauseEnd(words, j, 8);
    const vp = words.slice(j, e + 1);
    if (!words.slice(g.to + 1, j).some((w) => ['are', 'is', 'were', 'was', 'all', 'just', 'really', 'basically', 'mostly', 'actually', 'simply'].includes(w))) continue;
    const d = find(vp, 'in disguise');
    const wolves = find(vp, "in sheep 's clothing") >= 0 || find(vp, 'in sheeps clothing') >= 0;
    if ((d > 0 || wolves) && !vp.some((w) => ['blessing', 'blessings', 'gift', 'gifts', 'angel', 'angels', 'hero', 'heroes', 'treasure', 'opportunity', 'superheroes', 'costume', 'costumes', 'party'].includes(w))) {
      return hit(g.from, j + (d > 0 ? d + 1 : vp.length - 1), g, 'derogation', 'unmasked (in disguise)');
    }
    // "[group] are all faking it / just pretending / making it up"
    const fake = vp.findIndex((w, k) => (w === 'faking' && ['it', '.', undefined].includes(vp[k + 1])) || (w === 'making' && vp[k + 1] === 'it' && vp[k + 2] === 'up') || (w === 'putting' && vp[k + 1] === 'it' && vp[k + 2] === 'on'));
    if (fake === 0 && words.slice(g.to + 1, j).some((w) => ['all', 'just', 'mostly', 'only', 'basically', 'really', 'simply'].includes(w))) return hit(g.from, j + 2, g, 'derogation', 'called fakes');
  }
  return null;
}

/**
 * A group's activity belittled: "Women's football is just a charity event", "female comedy is basically a joke",
 * "women's chess isn't real chess", "a glorified hobby". Praise and a literal charity ("raised money for the
 * charity event") pass.
 */
function belittledActivity(words: Words, groups: readonly GroupMention[]): Attack | null {
  for (let i = 0; i + 1 < words.length; i++) {
    // "women 's football", "womens football", "female comedy", "Black cinema"
    let a = -1;
    let c: Characteristic | undefined;
    const g = groups.find((m) => !m.pronoun && m.to === i);
    if (g && words[i + 1] === "'s" && ACTIVITIES.has(words[i + 2] ?? '')) {
      a = i + 2;
      c = g.characteristic;
    } else if ((identityAdjective(words[i] ?? '') || ['womens', 'mens', 'ladies'].includes(words[i] ?? '')) && ACTIVITIES.has(words[i + 1] ?? '')) {
      a = i + 1;
      c = identityAdjective(words[i] ?? '') ?? 'gender';
    }
    if (a < 0 || !c) continue;
    let j = a + 1;
    if (ACTIVITIES.has(words[j] ?? '') || ['cup', 'match', 'matches', 'games'].includes(words[j] ?? '')) j++;
    if (!['is', 'are', "'s", 'was', 'remains'].includes(words[j] ?? '')) continue;
    const e = clauseEnd(words, j + 1, 8);
    const vp = words.slice(j + 1, e + 1);
    if (hasPraise(vp) || words.some((w) => ['raised', 'raises', 'raising', 'funds', 'proceeds', 'donations', 'fundraiser', 'fundraising', 'getting'].includes(w))) continue;
    const neg = vp.slice(0, 3).some((w) => NEGATORS.has(w));
    const b = vp.findIndex((w) => BELITTLED.has(w));
    // "isn't real chess", "is not a real sport"
    const real = vp.findIndex((w) => w === 'real' || w === 'proper' || w === 'actual');
    const notReal = neg && real >= 0 && (ACTIVITIES.has(vp[real + 1] ?? '') || vp[real + 1] === words[a] || ['game', 'athletes', 'competition', 'art', 'job', 'work'].includes(vp[real + 1] ?? ''));
    if ((b >= 0 && !neg) || notReal) {
      const end = j + 1 + (b >= 0 && !neg ? b : vp.length - 1);
      return hit(i, end, { from: i, to: i, characteristic: c, pronoun: false, weak: false }, 'derogation', "a group's activity belittled");
    }
  }
  return null;
}

/**
 * Other stereotype shapes: "[group] aren't exactly known for their logic", "[group] are known for their thieving",
 * "have a real talent for making money off others", "wouldn't know hard work if it hit them in the face", "give
 * [group] an inch and they'll take a mile", "[group] have it too easy / have too many rights", "name one good
 * thing [group] have contributed", "ever seen a [member] do a day's work?", "I can't take [group] seriously",
 * "[group] can't be trusted".
 */
function stereotypeShapes(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  for (const g of groups) {
    if (g.pronoun) continue;
    let j = g.to + 1;
    let neg = false;
    while (j < g.to + 6 && (SUBJECT_FILL.has(words[j] ?? '') || NEGATORS.has(words[j] ?? '') || ['exactly', 'particularly', 'famously', 'well', 'have', 'has', 'a', 'real', 'special', 'natural', 'certain'].includes(words[j] ?? ''))) {
      if (NEGATORS.has(words[j] ?? '')) neg = true;
      j++;
    }
    const w = words[j] ?? '';
    const e = clauseEnd(words, j, 10);
    const vp = words.slice(j, e + 1);
    // "not exactly known / famous for their logic"; "known for their thieving"
    if (['known', 'famous', 'renowned', 'celebrated', 'noted'].includes(w) && words[j + 1] === 'for') {
      const q = vp.slice(2);
      if (neg && words.slice(g.to + 1, j).includes('exactly') && q.some((x) => KNOWN_QUALITIES.has(x) || POSITIVE_ATTRIBUTES.has(x) || MORE_POSITIVE.has(x))) return hit(g.from, e, g, 'stereotype', 'not exactly known for');
      if (!neg && q.some((x) => KNACK_ACTS.has(x))) return hit(g.from, e, g, 'stereotype', 'known for a vice');
    }
    // "have a (real) talent / knack / gift for stealing / making money off others"
    if (['talent', 'knack', 'gift', 'flair', 'nose'].includes(w) && words[j + 1] === 'for' && !neg) {
      const q = vp.slice(2);
      if (q.some((x) => KNACK_ACTS.has(x)) || (q.includes('money') && q.some((x) => ['off', 'out'].includes(x)))) return hit(g.from, e, g, 'stereotype', `a ${w} for a vice`);
    }
    // "wouldn't know hard work if it hit them in the face"
    if (w === 'know' && neg && words.slice(g.to + 1, j).some((x) => x === 'would' || x === "'d")) {
      const f = find(vp, 'if it');
      if (f > 0 && ['hit', 'bit', 'slapped', 'smacked', 'punched', 'kicked', 'jumped'].includes(vp[f + 2] ?? '')) return hit(g.from, j + f + 2, g, 'negated-positive', "wouldn't know it if it hit them");
    }
    // "[group] have it too easy / so good", "have too many rights", "get away with everything"
    const have = words.slice(g.to + 1, j).some((x) => ['have', 'has'].includes(x)) || ['have', 'has', 'got'].includes(w);
    const t = ['have', 'has', 'got'].includes(w) ? j + 1 : j;
    // "[group] have it easy": no "too" needed when nothing but the clause end or what they have follows
    const easy = words[t] === 'it' && words[t + 1] === 'easy' && ['.', '!', ',', 'with', 'here', 'nowadays', 'now', undefined].includes(words[t + 2]);
    if (have && !neg && (easy || (words[t] === 'it' && ['too', 'so'].includes(words[t + 1] ?? '') && ['easy', 'good', 'cushy'].includes(words[t + 2] ?? '')) || (words[t] === 'too' && ['many', 'much'].includes(words[t + 1] ?? '') && ['rights', 'privileges', 'power', 'say', 'freedom', 'influence'].includes(words[t + 2] ?? '')))) {
      return hit(g.from, Math.min(words.length - 1, t + 2), g, 'derogation', 'have it too easy');
    }
    // "[group] can't / shouldn't be trusted"
    if (w === 'trusted' && neg && words[j - 1] === 'be' && !words.slice(j + 1, e + 1).some((x) => ['anymore', 'again', 'after', 'because'].includes(x))) return hit(g.from, j, g, 'negated-positive', "can't be trusted");
  }
  // "give [group] an inch (and they'll take a mile)"
  const gi = words.indexOf('give');
  if (gi >= 0 && words.includes('inch') && words.includes('mile')) {
    const at = ['a', 'an', 'the', 'those', 'these'].includes(words[gi + 1] ?? '') ? gi + 2 : gi + 1;
    const id = identityWord(tokens, groups, at);
    if (id) return hit(gi, lastWord(words), id, 'stereotype', 'give them an inch');
  }
  // "name one good thing [group] have contributed", "name one [member] who ..."
  const ni = find(words, 'name one') >= 0 ? find(words, 'name one') : find(words, 'name a single');
  if (ni >= 0) {
    let at = ni + 2;
    while (['good', 'useful', 'positive', 'worthwhile', 'decent', 'single'].includes(words[at] ?? '')) at++;
    if (['thing', 'contribution', 'invention', 'achievement'].includes(words[at] ?? '')) {
      at++;
      if (['that', 'which'].includes(words[at] ?? '')) at++;
      if (['the', 'a', 'an'].includes(words[at] ?? '')) at++;
      const id = identityWord(tokens, groups, at);
      if (id && !['my', 'our'].includes(words[at - 1] ?? '')) return hit(ni, id.to, id, 'negated-positive', 'name one good thing');
    }
  }
  // "ever seen a [member] do a day's work?", "[group] never do an honest day's work"
  const dw = words.findIndex((x, k) => x === 'day' && words[k + 1] === "'s" && words[k + 2] === 'work');
  if (dw >= 0 && words.slice(0, dw).some((x) => x === 'ever' || x === 'never' || NEGATORS.has(x))) {
    const g = groups.find((m) => !m.pronoun && m.to < dw && !['my', 'our'].includes(words[m.from - 1] ?? ''));
    if (g) return hit(g.from, dw + 2, g, 'negated-positive', "never a day's work");
  }
  // "I can't take [group] seriously", "hard to take [group] seriously"
  const si = words.indexOf('seriously');
  if (si > 2) {
    let k = si - 1;
    const id = groups.find((m) => !m.pronoun && m.to === k) ?? null;
    if (id) {
      k = id.from - 1;
      while (['the', 'any', 'a', 'an', 'those', 'these'].includes(words[k] ?? '')) k--;
      const lead = words.slice(Math.max(0, k - 4), k);
      const refused = words[k] === 'take' && ((lead.includes('i') && lead.some((x) => NEGATORS.has(x) || x === 'cannot')) || lead.includes('hard') || lead.includes('impossible'));
      if (refused) return hit(Math.max(0, k - 3), si, id, 'negated-positive', "can't take them seriously");
    }
  }
  return null;
}

/**
 * A group steered to a narrow aptitude or place: "[group] are only good at sports", "good at call centres and
 * not much else", "naturally better at running than thinking", "more suited to caring roles than leadership",
 * "should focus on having babies instead of careers", "women are happier in the home".
 */
function steered(words: Words, groups: readonly GroupMention[]): Attack | null {
  for (const g of groups) {
    if (g.pronoun || !asSubject(words, g)) continue;
    const e = clauseEnd(words, g.to + 1, 16);
    const vp = words.slice(g.to + 1, e + 1);
    if (vp.some((w) => NEGATORS.has(w) && w !== 'nothing' && w !== 'not') || hasPraise(vp)) continue;
    const text = ` ${vp.join(' ')} `;
    // "only good at X", "good at X and nothing / not much else"
    const at = vp.findIndex((w, k) => ['good', 'suited', 'fit', 'useful', 'talented'].includes(w) && ['at', 'for', 'to'].includes(vp[k + 1] ?? ''));
    if (at >= 0) {
      const only = vp.slice(0, at).some((w) => w === 'only' || w === 'just');
      const nothingElse = / and (nothing|not much|little|not a lot) else | but nothing else | and that is it | and that is about it /.test(text);
      if ((only && !['for'].includes(vp[at + 1] ?? '')) || nothingElse) return hit(g.from, e, g, 'stereotype', 'reduced to one aptitude');
    }
    // "better at / more suited to X than / instead of / rather than Y" with Y an intellectual or public role
    const than = vp.findIndex((w, k) => w === 'than' || (w === 'instead' && vp[k + 1] === 'of') || (w === 'rather' && vp[k + 1] === 'than' && k > 0));
    if (than > 0 && vp.slice(0, than).some((w) => ['better', 'suited', 'happier', 'focus', 'stick', 'designed', 'built', 'made'].includes(w))) {
      const y = vp.slice(than + 1, than + 5);
      if (y.some((w) => STEERED_FROM.has(w))) return hit(g.from, e, g, 'stereotype', 'steered from a role');
    }
    // "women are happier / better off in the home / in the kitchen"
    const hp = vp.findIndex((w, k) => ['happier', 'better', 'best', 'safer'].includes(w) && (vp[k + 1] === 'off' ? ['in', 'at'].includes(vp[k + 2] ?? '') : ['in', 'at'].includes(vp[k + 1] ?? '')));
    if (hp >= 0) {
      const place = vp.slice(hp + 1, hp + 5).find((w) => w === 'kitchen' || LOW_PLACE_WORDS.has(w) || (w === 'home' && g.characteristic === 'gender'));
      if (place) return hit(g.from, e, g, 'derogation', `happier in the ${place}`);
    }
  }
  return null;
}
const LOW_PLACE_WORDS = new Set(['kitchen', 'fields', 'field', 'plantation', 'plantations', 'jungle', 'trees', 'caves', 'cave', 'desert', 'slums', 'huts', 'bedroom', 'nursery']);

/** "Muslim culture is incompatible with Western values", "their religion is barbaric". */
function cultureVerdict(words: Words, groups: readonly GroupMention[]): Attack | null {
  for (let i = 0; i + 2 < words.length; i++) {
    const c = identityAdjective(words[i] ?? '') ?? groups.find((m) => !m.pronoun && m.to === i && (words[i + 1] === "'s" || CULTURE_NOUNS.has(words[i + 1] ?? '')))?.characteristic;
    if (!c) continue;
    const n = words[i + 1] === "'s" ? i + 2 : i + 1;
    if (!CULTURE_NOUNS.has(words[n] ?? '') || !['is', 'are'].includes(words[n + 1] ?? '')) continue;
    const e = clauseEnd(words, n + 2, 6);
    const vp = words.slice(n + 2, e + 1);
    if (vp.some((w) => NEGATORS.has(w)) || hasPraise(vp)) continue;
    const v = vp.findIndex((w) => CULTURE_VERDICTS.has(w) || MORE_NEGATIVE.has(w) || MORE_DEHUMANISING.has(w));
    if (v >= 0 && vp.slice(0, v).every((w) => ['just', 'simply', 'fundamentally', 'completely', 'totally', 'utterly', 'a', 'an', 'so', 'really', 'basically', 'inherently', 'deeply'].includes(w))) {
      return hit(i, n + 2 + v, { from: i, to: i, characteristic: c, pronoun: false, weak: false }, 'derogation', 'a culture condemned');
    }
  }
  return null;
}

/**
 * Shapes read around a group mention anywhere in the sentence: "[group] are just attention seekers / gold
 * diggers", "[group] are welcome to leave", "nobody wants to sit next to a [member]", "my son turning out like
 * that", "[group] got the vote and look where that got us", "you never see [group] paying full price",
 * "[group] are just badly behaved kids with a label".
 */
function moreShapes(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  const g = groups.find((m) => !m.pronoun);
  if (g) {
    let j = g.to + 1;
    while (j < g.to + 6 && SUBJECT_FILL.has(words[j] ?? '')) j++;
    const fill = words.slice(g.to + 1, j);
    const text = ` ${words.slice(j, j + 4).join(' ')} `;
    // "[group] are (just / all / really) attention seekers", "are economic migrants, not real refugees"
    const label = BELITTLING_LABELS.find((l) => text.startsWith(` ${l} `));
    if (label && fill.some((w) => ['are', 'is'].includes(w)) && (fill.some((w) => ['just', 'all', 'really', 'basically', 'mostly', 'only', 'simply', 'actually'].includes(w)) || words.slice(j + 2).includes('real'))) {
      return hit(g.from, j + 1, g, 'derogation', `called ${label}`);
    }
    // "[group] are (more than) welcome to leave / go back"
    const w0 = words.indexOf('welcome', g.to);
    if (w0 > g.to && w0 <= g.to + 4 && words[w0 + 1] === 'to' && ['leave', 'go', 'get', 'move', 'emigrate', 'piss', 'fuck'].includes(words[w0 + 2] ?? '')) {
      const n = words[w0 + 3] ?? '';
      if (words[w0 + 2] !== 'go' || ['back', 'home', 'away', 'elsewhere', '.', '!', ''].includes(n)) return hit(g.from, w0 + 2, g, 'exclusion', 'welcome to leave');
    }
    // "[disability group] are just badly behaved kids with a label", "just an excuse"
    if (['disability', 'gender-identity'].includes(g.characteristic) && fill.includes('just')) {
      const rest = words.slice(j, clauseEnd(words, j, 10) + 1).join(' ');
      if (/ with a (label|diagnosis|note)$| with a (label|diagnosis|note) |^an excuse|^(lazy|spoiled|spoilt|naughty|confused|attention)/.test(` ${rest} `.replace(/^ /, '')) || / with a (label|diagnosis)\b/.test(rest)) return hit(g.from, j + 2, g, 'negated-positive', 'identity called a label');
    }
  }
  // "nobody wants to sit next to / live near a [member]"
  for (let i = 0; i + 4 < words.length; i++) {
    if (!['nobody', 'no-one'].includes(words[i] ?? '') && !(words[i] === 'no' && words[i + 1] === 'one')) continue;
    let k = words[i] === 'no' ? i + 2 : i + 1;
    if (!['wants', 'likes', 'would', 'enjoys'].includes(words[k] ?? '')) continue;
    k++;
    if (words[k] === 'want') k++;
    if (words[k] === 'to') k++;
    if (!['sit', 'live', 'work', 'stand', 'share', 'be', 'sleep', 'rent', 'date', 'marry'].includes(words[k] ?? '')) continue;
    for (let m = k + 1; m <= k + 5 && m < words.length; m++) {
      const id = identityWord(tokens, groups, m);
      if (id && ['to', 'near', 'with', 'beside', 'by', 'a', 'an', 'any', 'next', 'the', 'some'].includes(words[m - 1] ?? '') && !['my', 'our'].includes(words[m - 1] ?? '')) return hit(i, id.to, id, 'exclusion', 'nobody wants to be near a member');
    }
  }
  if (!g) return null;
  // "I don't want my son turning out like that"
  const ch = words.findIndex((w, k) => CHILDREN.has(w) && ['my', 'our'].includes(words[k - 1] ?? ''));
  if (ch >= 0 && !hasPraise(words)) {
    const t = words.slice(ch + 1, ch + 5).join(' ');
    if (/^(turning|turn|turns|ending|end|ends|growing|grow|grows) (out |up )?(like that|like them|that way|gay|trans|queer|lesbian)/.test(t) && words.slice(0, ch).some((w) => NEGATORS.has(w) || w === 'hope' || w === 'pray' || w === 'dread' || w === 'afraid')) {
      return hit(g.from, Math.min(words.length - 1, ch + 4), g, 'derogation', 'dreaded in the children');
    }
  }
  // "[group] got the vote and look where that got us"
  const lw = find(words, 'look where');
  const lw2 = lw >= 0 ? lw : find(words, 'and look what happened');
  if (lw2 > g.to && (lw < 0 || ['got', 'gets', 'led', 'left'].includes(words[lw + 3] ?? ''))) return hit(g.from, Math.min(words.length - 1, lw2 + 4), g, 'derogation', 'look where that got us');
  // "you never see [group] paying full price / working / tipping"
  const ns = find(words, 'never see');
  if (ns >= 0 && g.from > ns && g.from <= ns + 3) {
    const v = words[g.to + 1] ?? '';
    if (/^(pay|paying|work|working|tip|tipping|queue|queueing|queuing|wash|washing|do|doing|say|saying|help|helping)$/.test(v) && !words.some((w) => VICTIMISED.has(w) || HABIT_EXCUSES.has(w))) return hit(ns, Math.min(words.length - 1, g.to + 2), g, 'stereotype', 'never see them do it');
  }
  return null;
}

// --- places, prescriptions, consequences and activity labels (round five) -------------------------------------

const PLACE_FILL = new Set(['all', 'always', 'just', 'basically', 'literally', 'really', 'so', 'such', 'mostly', 'usually', 'generally', 'totally', 'complete', 'total', 'absolute', 'utter', 'real', 'actual', 'a', 'an', 'the', 'nothing', 'but', 'full', 'of', 'truly', 'simply', 'pretty', 'very', 'too', 'becoming', 'turning', 'into', 'now', 'little', 'glorified']);

/**
 * A place or an institution standing for the group: "Black neighbourhoods are always dangerous", "Muslim areas are
 * no-go zones", "gay bars are dens of disease", "immigrant estates are full of thieves". A cause named as neglect,
 * policing or discrimination ("... because of redlining"), danger to the group itself ("dangerous for Black kids"),
 * negation and praise pass.
 */
function identityPlace(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  for (let i = 0; i + 2 < words.length; i++) {
    const c = identityAdjective(words[i] ?? '') ?? groups.find((g) => !g.pronoun && g.from === i && g.to === i)?.characteristic ?? (['womens', 'mens', 'ladies'].includes(words[i] ?? '') ? 'gender' : undefined);
    if (!c || c === 'age' || !IDENTITY_PLACES.has(words[i + 1] ?? '') || ['non', 'anti', 'pro'].includes(words[i - 1] ?? '')) continue;
    // the copula after the place ("Muslim areas of the city are ..."), or before it in a question ("why are gay bars so ...?")
    let j = i + 2;
    if (['of', 'in', 'around', 'near'].includes(words[j] ?? '')) {
      let k = j + 1;
      while (k < j + 5 && !['are', 'is', "'re"].includes(words[k] ?? '') && !CLAUSE_BREAK.has(words[k] ?? '')) k++;
      j = k;
    }
    let vs: number;
    if (['are', 'is', "'re", 'become', 'became', 'turn', 'turned', 'remain'].includes(words[j] ?? '')) vs = j + 1;
    // "have gone to hell", "have become war zones", "has turned into a slum"
    else if (['have', 'has'].includes(words[j] ?? '') && ['gone', 'become', 'turned'].includes(words[j + 1] ?? '')) vs = j + 2;
    else if (['are', 'is'].includes(words[i - 1] ?? '') && words[0] === 'why') vs = i + 2;
    else {
      // "Jewish banks run the world", "Muslim schools breed extremists": the place as the subject of a stereotype
      const r = j === i + 2 && !words.slice(i + 2).some((w) => PLACE_CAUSES.has(w)) ? readPredicate(tokens, i + 2) : null;
      if (r && (r.kind === 'stereotype' || r.kind === 'dehumanising' || r.kind === 'exclusion')) return hit(i, r.end, { from: i, to: i + 1, characteristic: c, pronoun: false, weak: false }, r.kind, `a place standing for a group ('${r.head}')`);
      continue;
    }
    const e = clauseEnd(words, vs, 10);
    const vp = words.slice(vs, e + 1);
    const rest = words.slice(vs);
    if (hasPraise(vp) || rest.some((w) => PLACE_CAUSES.has(w))) continue;
    // "dangerous for Black kids / for them / for residents": the group is the one at risk
    if (rest.some((w, k) => w === 'for' && (identityAdjective(rest[k + 1] ?? '') || ['them', 'their', 'residents', 'locals', 'kids', 'children', 'families', 'the'].includes(rest[k + 1] ?? '')))) continue;
    for (let k = 0; k < Math.min(vp.length, 6); k++) {
      const w = vp[k] ?? '';
      const nogo = (w === 'no' && vp[k + 1] === 'go') || (w === 'war' && (vp[k + 1] === 'zones' || vp[k + 1] === 'zone'));
      if (NEGATORS.has(w) && !nogo && !(w === 'nothing' && vp[k + 1] === 'but')) break;
      const full = (w === 'full' || w === 'dens' || w === 'den' || w === 'hotbeds' || w === 'hotbed' || w === 'nests') && vp[k + 1] === 'of' && PLACE_CONTENTS.has(vp[k + 2] ?? '');
      if (nogo || full || PLACE_VERDICTS.has(w)) {
        return hit(i, vs + k + (full ? 2 : nogo ? 1 : 0), { from: i, to: i + 1, characteristic: c, pronoun: false, weak: false }, 'derogation', 'a place standing for a group condemned');
      }
      if (!PLACE_FILL.has(w) && !/^[a-z]+$/.test(w)) break;
    }
  }
  return null;
}

/** What a group is told to stop when the telling casts it as imposing or whining: "need to stop forcing their pronouns on us". */
const IMPOSING = new Set(['blaming', 'shoving', 'forcing', 'pushing', 'ramming', 'whining', 'crying', 'begging', 'moaning', 'bitching', 'complaining', 'playing', 'making', 'flaunting', 'parading', 'demanding', 'expecting', 'pretending', 'acting', 'breeding', 'taking', 'milking', 'leeching', 'invading', 'lecturing', 'preaching', 'recruiting', 'grooming', 'indoctrinating']);
const PRESCRIBE_MODALS = new Set(['should', 'need', 'needs', 'ought', 'must', 'have', 'has', 'could', 'can', 'gotta']);
const PRESCRIBE_MARKERS = new Set(['just', 'simply', 'finally', 'already', 'all']);
/** Dismissals strong enough without "just": "[group] should get over it", "need to stop whining". */
const STRONG_DISMISSALS = new Set(['get over it', 'get over themselves', 'stop complaining', 'stop whining', 'stop moaning', 'stop bitching', 'toughen up', 'man up', 'grow a pair', 'suck it up', 'stop playing the victim', 'stop being so sensitive', 'stop making a fuss']);

/**
 * A condescending prescription with a group as its subject: "deaf people should just learn to read lips",
 * "immigrants should learn to speak properly", "autistic people need to learn to act normal", "women should just get
 * over it". "Refugees should be helped to learn English", "shouldn't have to learn to lip-read" and "old people should
 * stay at home during the heatwave" pass.
 */
function prescription(words: Words, groups: readonly GroupMention[]): Attack | null {
  for (const g of groups) {
    if (g.pronoun || !asSubject(words, g)) continue;
    let j = g.to + 1;
    while (['all', 'really', 'honestly', 'seriously'].includes(words[j] ?? '')) j++;
    if (!PRESCRIBE_MODALS.has(words[j] ?? '')) continue;
    const m = j;
    j++;
    if (words[j] === 'to') j++;
    let marked = false;
    while (PRESCRIBE_MARKERS.has(words[j] ?? '') || ['really', 'seriously', 'honestly', 'maybe'].includes(words[j] ?? '')) {
      if (PRESCRIBE_MARKERS.has(words[j] ?? '')) marked = true;
      j++;
    }
    if (words.slice(g.to + 1, j).some((w) => NEGATORS.has(w))) continue;
    const e = clauseEnd(words, j, 12);
    const vp = words.slice(j, e + 1);
    // "can just learn" offers, "could just" suggests: only with a norm ("could just learn to act normal")
    const offer = ['can', 'could'].includes(words[m] ?? '');
    if (vp[0] === 'learn') {
      const k = vp[1] === 'how' ? 2 : 1;
      if (vp[k] !== 'to') continue;
      const norm = vp.slice(k + 1).some((w) => NORM_WORDS.has(w));
      if ((marked && !offer) || norm) return hit(g.from, j + vp.length - 1, g, 'derogation', 'a condescending prescription');
      continue;
    }
    // "[group] need to stop blaming everyone / shoving it down our throats": an imposition or a complaint to give up
    if ((vp[0] === 'stop' || vp[0] === 'quit') && IMPOSING.has(vp[1] ?? '') && !offer) return hit(g.from, j + 1, g, 'derogation', `told to stop ${vp[1]}`);
    // "Muslims need to apologise for terrorism": collective guilt for a crime
    if (['apologise', 'apologize', 'answer', 'atone', 'pay'].includes(vp[0] ?? '') && vp[1] === 'for' && vp.slice(2).some((w) => CRIME_NOUNS.has(w) || ['terrorism', 'violence', 'extremism', 'extremists', 'slavery', 'holocaust', 'covid', 'sins', 'crimes'].includes(w))) return hit(g.from, j + 1, g, 'derogation', 'collective guilt');
    const text = `${vp.join(' ')} `;
    const d = DISMISSED_ACTS.find((a) => text.startsWith(`${a} `));
    if (d && !offer && (marked || STRONG_DISMISSALS.has(d))) return hit(g.from, j + d.split(' ').length - 1, g, 'derogation', 'a dismissive prescription');
  }
  return null;
}

const QUESTION_OPENERS = new Set(['are', 'is', 'do', 'does', 'did', 'why', 'how', 'what', 'who', 'when', 'where', 'should', 'can', 'could', 'would', 'will', 'have', 'has', 'which', 'were', 'was', 'am', 'shall']);

/** A bare noun phrase asked as a question ("Women in charge?", "A Muslim mayor?"): the identity in it, or null. */
function bareIdentityQuestion(words: Words, groups: readonly GroupMention[], q: number): Characteristic | null {
  if (q < 1 || q > 7 || (words[q] !== '?' && words[q] !== ',') || QUESTION_OPENERS.has(words[0] ?? '')) return null;
  if (words.slice(0, q).some((w) => ['are', 'is', 'do', 'does', 'was', 'were', 'can', 'should', 'have', 'has', 'did'].includes(w))) return null;
  const g = groups.find((m) => !m.pronoun && m.to < q);
  if (g) return g.characteristic;
  for (let k = 0; k < q; k++) {
    const c = identityAdjective(words[k] ?? '');
    if (c && c !== 'age' && /^[a-z]+$/.test(words[k + 1] ?? '')) return c;
    if (SINGULAR_GENDER.has(words[k] ?? '')) return 'gender';
  }
  return null;
}

/**
 * A member or a group in a role dismissed by its consequence: "Women in charge? That's how companies go bankrupt.",
 * "A Black mayor? That's why the city is broke." The question is a bare noun phrase (here or the sentence before)
 * and the consequence names a ruin; "Women in charge? That's how companies grow." passes.
 */
function consequence(words: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  let o = -1;
  for (let k = 0; k + 2 < words.length; k++) {
    if (['that', 'this', 'which'].includes(words[k] ?? '') && words[k + 1] === 'is' && ['how', 'why'].includes(words[k + 2] ?? '') && (k === 0 || ['?', ',', 'and', 'yeah', 'well', 'lol', 'because', '.', '!'].includes(words[k - 1] ?? ''))) {
      o = k;
      break;
    }
  }
  if (o < 0) return null;
  const tail = words.slice(o + 3, clauseEnd(words, o + 3, 14) + 1);
  if (!tail.some((w) => RUIN_OUTCOMES.has(w)) || tail.some((w) => NEGATORS.has(w)) || hasPraise(tail)) return null;
  const end = o + 3 + tail.length - 1;
  // "Women in charge? That's how ...", "Women in charge, that's how ..."
  const q = words[o - 1] === ',' ? o - 1 : words.indexOf('?');
  if (q >= 0 && q < o) {
    const c = bareIdentityQuestion(words, groups, q);
    if (c) return hit(0, end, { from: 0, to: Math.max(0, q - 1), characteristic: c, pronoun: false, weak: false }, 'derogation', 'a member in a role dismissed by its consequence');
    return null;
  }
  if (o > 2) return null;
  const pw = prev.words();
  if (pw[pw.length - 1] !== '?') return null;
  const c = bareIdentityQuestion(pw, prev.groups(), pw.length - 1);
  return c ? hit(o, end, { from: o, to: o, characteristic: c, pronoun: true, weak: false }, 'derogation', 'a member in a role dismissed by its consequence') : null;
}

/**
 * A stereotype endorsed: "stereotypes about [group] are true / accurate / there for a reason", "every stereotype about
 * [group] has a grain of truth". "Stereotypes about [group] are harmful / not true" and "are they true?" pass.
 */
function stereotypeEndorsed(words: Words, groups: readonly GroupMention[]): Attack | null {
  const s = words.findIndex((w, k) => ['stereotypes', 'stereotype', 'cliches', 'clichés', 'generalisations', 'generalizations', 'prejudices'].includes(w) && ['about', 'of', 'on', 'regarding'].includes(words[k + 1] ?? ''));
  if (s < 0 || words[words.length - 1] === '?' && QUESTION_OPENERS.has(words[0] ?? '')) return null;
  const g = groups.find((m) => !m.pronoun && m.from > s + 1 && m.from <= s + 4);
  if (!g) return null;
  const e = clauseEnd(words, g.to + 1, 12);
  const vp = words.slice(g.to + 1, e + 1);
  const text = ` ${vp.join(' ')} `;
  if (/ (not|never|rarely|hardly|n't) /.test(text) || / (harmful|hurtful|wrong|false|lazy|outdated|offensive|racist|sexist|dangerous|untrue|damaging|myths?) /.test(text)) return null;
  const endorsed = / (are|is) (all |mostly |usually |often |actually |totally |just |generally |pretty |largely |so |completely |absolutely |basically |frankly |honestly |sadly |unfortunately )*(true|accurate|correct|spot on|valid|justified|earned|deserved|real) /.test(text) || / (grain|kernel|ring) of truth | based (on|in) (truth|facts?|reality) /.test(text);
  return endorsed ? hit(s, e, g, 'stereotype', 'a stereotype endorsed') : null;
}

const ACTIVITY_SUBJECTS = new Set(['men', 'guys', 'boys', 'blokes', 'lads', 'dudes', 'man', 'guy', 'boy', 'bloke', 'lad', 'dude', 'women', 'girls', 'ladies', 'woman', 'girl', 'chicks', 'people', 'kids', 'anyone', 'anybody', 'someone']);
const FEMALE_SUBJECTS = new Set(['women', 'girls', 'ladies', 'woman', 'girl', 'chicks']);
const MALE_SUBJECTS = new Set(['men', 'guys', 'boys', 'blokes', 'lads', 'dudes', 'man', 'guy', 'boy', 'bloke', 'lad', 'dude']);
const LABEL_FILL = new Set(['all', 'basically', 'obviously', 'probably', 'definitely', 'just', 'secretly', 'clearly', 'totally', 'so', 'a', 'an', 'little', 'closet', 'closeted', 'massive', 'such', 'complete', 'total', 'low', 'key', 'lowkey', 'always', 'usually', 'mostly', 'literally', 'automatically', 'be', 'must', 'gotta', 'got', 'to', 'have', 'has', 'bunch', 'of', 'fucking', 'damn', 'super', 'lil', 'big']);

/**
 * An activity taken as proof of an identity used as a put-down: "Girls who play football are all lesbians anyway",
 * "Men who cook are gay", "any guy who does yoga is obviously gay", "boys who cry are little girls". A definition
 * ("women who love women are lesbians", "men who are gay ...") and a negation pass.
 */
function activityLabel(words: Words): Attack | null {
  for (let w = 1; w + 3 < words.length; w++) {
    if (words[w] !== 'who' || !ACTIVITY_SUBJECTS.has(words[w - 1] ?? '')) continue;
    let c = w + 1;
    while (c < w + 9 && !['are', 'is', "'re"].includes(words[c] ?? '') && !CLAUSE_BREAK.has(words[c] ?? '') && words[c] !== ',') c++;
    // "men who cook must be gay": a modal instead of the copula
    if (!['are', 'is', "'re"].includes(words[c] ?? '')) {
      c = words.findIndex((x, k) => k > w + 1 && k < w + 9 && x === 'be' && ['must', 'gotta', 'to'].includes(words[k - 1] ?? ''));
      if (c < 0) continue;
    }
    const vp = words.slice(w + 1, c);
    if (!vp.length || vp.some((x) => DEFINING_ACTS.has(x) || identityAdjective(x) !== undefined || PUT_DOWN_IDENTITY.has(x))) continue;
    let p = c + 1;
    while (p < c + 5 && LABEL_FILL.has(words[p] ?? '')) p++;
    const label = words[p] ?? '';
    if (!PUT_DOWN_IDENTITY.has(label) || words.slice(c, p).some((x) => NEGATORS.has(x))) continue;
    const n = words[p + 1];
    if (n !== undefined && !CLAUSE_BREAK.has(n) && ![',', 'anyway', 'lol', 'lmao', 'too', 'af', 'haha', 'tbh', 'honestly', 'imo', 'period', 'end', 'in', 'deep', 'then'].includes(n)) continue;
    const gender = ['girls', 'girly', 'women', 'woman', 'ladies', 'sissy', 'sissies'].includes(label);
    if (gender && !MALE_SUBJECTS.has(words[w - 1] ?? '')) continue;
    // "women who lift are basically men": the opposite sex as the put-down
    const manly = ['men', 'man', 'dudes', 'blokes'].includes(label);
    if (manly && !FEMALE_SUBJECTS.has(words[w - 1] ?? '')) continue;
    const ch: Characteristic = gender || manly ? 'gender' : ['trans', 'tranny'].includes(label) ? 'gender-identity' : 'sexual-orientation';
    return hit(Math.max(0, w - 1), p, { from: w - 1, to: w - 1, characteristic: ch, pronoun: false, weak: false }, 'derogation', 'an activity taken as proof of an identity');
  }
  return null;
}


// --- comparisons, consequences, concern, rhetorical questions, burdens and anecdotes ---------------------------

/** Words that may stand between a ranking word ("than", "before", "over") and the member ranked below. */
const RANK_FILL = new Set(['i', 'would', 'trust', 'hire', 'work', 'for', 'with', 'report', 'answer', 'share', 'serve', 'obey', 'a', 'an', 'the', 'most', 'any', 'average', 'typical', 'some', 'every', 'your', 'date', 'marry', 'rent', 'to', 'employ', 'sit', 'next', 'live', 'all', 'those', 'these', 'of', 'than', 'take', 'trusting', 'hiring', 'working', 'dating', 'vote', 'rather', 'sooner']);
/** Preference words that turn "X over / than [member]" into a ranking. */
const PREFER = new Set(['rather', 'sooner', 'prefer', 'more', 'better', 'smarter', 'cleaner', 'nicer', 'safer', 'honest', 'useful']);

/**
 * A group ranked below an animal or an object, or refused in a preference: "my cat has more brains than most
 * women", "I'd trust a snake before I'd trust a Gypsy", "give me a robot over an old employee any day", "I'd
 * sooner eat glass than work for a woman". The member must follow the ranking word with only determiners and
 * refusal verbs between, so "my dog loves old people more than anyone" (the group before "than") passes.
 */
function rankedBelow(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  for (const g of groups) {
    if (g.pronoun) continue;
    let c = g.from - 1;
    while (c >= 0 && c >= g.from - 6 && RANK_FILL.has(words[c] ?? '') && words[c] !== 'than') c--;
    const r = words[c] ?? '';
    if (!['than', 'before', 'over'].includes(r)) continue;
    let s = c;
    while (s > 0 && !CLAUSE_BREAK.has(words[s - 1] ?? '')) s--;
    const lead = words.slice(s, c);
    if (lead.some((w) => NEGATORS.has(w)) || hasPraise(lead)) continue;
    const lowly = lead.findIndex((w) => LOWLY.has(w));
    const prefer = lead.some((w) => PREFER.has(w) || /^[a-z]{3,}er$/.test(w));
    // "over" ranks only with "any day / every time" after the member or a preference before it
    if (r === 'over' && !(find(words, 'any day', g.to) > 0 || find(words, 'every time', g.to) > 0 || find(words, 'anytime', g.to) > 0 || lead.includes('prefer') || lead.includes('take'))) continue;
    // "trust a snake before I'd trust a [member]": a refusal verb on both sides of "before"
    if (r === 'before' && !(lowly >= 0 && words.slice(c + 1, g.from).some((w) => REFUSED_ACTS.has(w)))) continue;
    if (lowly >= 0 && (prefer || r !== 'than')) return hit(s, g.to, g, 'dehumanising', `${lead[lowly]} ranked above`);
    // "I'd sooner eat glass / starve than work for a [member]"
    if (r === 'than' && lead.some((w) => w === 'rather' || w === 'sooner') && words.slice(c + 1, g.from).some((w) => REFUSED_ACTS.has(w) || ['report', 'answer', 'obey', 'serve'].includes(w))) return hit(s, g.to, g, 'exclusion', 'rather ... than');
  }
  return null;
}

/** Harms a "more [group] means more ..." equation adds. */
const EQUATES = new Set(['means', 'mean', 'equals', 'equal', '=', 'brings', 'bring', 'leads', 'lead', 'gets', 'get']);

/** "More immigrants means more crime", "more women in charge = more drama". */
function moreMeansMore(words: Words, groups: readonly GroupMention[]): Attack | null {
  for (const g of groups) {
    if (g.pronoun || words[g.from - 1] !== 'more') continue;
    const e = words.slice(g.to + 1, g.to + 6).findIndex((w) => EQUATES.has(w));
    if (e < 0) continue;
    const tail = words.slice(g.to + 2 + e, clauseEnd(words, g.to + 2 + e, 6) + 1);
    const harm = tail.findIndex((w) => BLAMED_RESULTS.has(w) || CRIME_NOUNS.has(w) || SUSPECTED.has(w) || RUIN_OUTCOMES.has(w));
    if (harm >= 0 && !tail.slice(0, harm).some((w) => NEGATORS.has(w) || w === 'less' || w === 'fewer')) return hit(g.from - 1, g.to + 2 + e + harm, g, 'stereotype', 'more [group] means more ...');
  }
  return null;
}

/** Concern words that make "children raised by [group]" faux pity. */
const CONCERN = new Set(['worry', 'worried', 'worries', 'concerned', 'concern', 'sorry', 'pity', 'poor', 'pray', 'confused', 'damaged', 'messed', 'traumatised', 'traumatized', 'abuse', 'unnatural', 'wrong', 'sad', 'tragic']);
const RAISING = new Set(['raised', 'raise', 'raising', 'raises', 'adopted', 'adopt', 'adopting', 'adopts', 'brought', 'parented', 'parenting']);

/**
 * Faux concern for children of a group: "I just worry about the children when two gay men raise them", "I feel
 * sorry for kids raised by lesbians". A concern word, children, and the group raising them; "kids raised by
 * lesbians do just as well" (no concern) and "I worry about refugee children" (the children are the group) pass.
 */
function fauxConcern(words: Words, groups: readonly GroupMention[]): Attack | null {
  const kid = words.findIndex((w) => CHILDREN.has(w));
  if (kid < 0 || !words.some((w) => CONCERN.has(w)) || hasPraise(words) || words.some((w) => NEGATORS.has(w))) return null;
  for (const g of groups) {
    if (g.pronoun || g.from <= kid || g.from > kid + 10) continue;
    const between = words.slice(kid + 1, g.from);
    const after = words.slice(g.to + 1, g.to + 3);
    if ((between.some((w) => RAISING.has(w)) && ['by', 'with'].some((w) => between.includes(w))) || after.some((w) => RAISING.has(w))) return hit(kid, g.to, g, 'derogation', 'faux concern for their children');
  }
  return null;
}

/** Roles and powers a rhetorical question begrudges a group: "since when do women get to decide ...". */
const BEGRUDGED = new Set([...STANDING, 'know', 'anything', 'understand', 'opinion', 'opinions', 'decide', 'deciding', 'tell', 'telling', 'teach', 'teaching', 'adopt', 'raise', 'drive', 'driving', 'say', 'thing', 'real', 'normal', 'qualified', 'entitled', 'rights', 'matter', 'count', 'boss', 'mayor', 'get', 'manager', 'judge', 'pilot', 'teacher', 'coach', 'priest', 'pope', 'senator', 'general', 'captain', 'fly', 'operate', 'govern', 'manage', 'make', 'makes', 'vote', 'voting', 'office']);
/** Victim or barrier words that make a question honest: "since when do refugees face ...", "how are disabled people supposed to get in when ...". */
const HONEST_Q = new Set([...VICTIMISED, 'face', 'faced', 'suffer', 'afford', 'access', 'without', 'unless', 'because', 'discrimination', 'safe', 'help', 'support', 'cope', 'survive', 'hear', 'see', 'reach', 'enter', 'apply', 'find', 'feel', 'pay']);
/** Openers of a question that invites the reader to refuse a group: "do we really want ...", "would you let your daughter ...". */
const REFUSING_OPENERS = ['should we really be trusting', 'should we be trusting', 'should we really trust', 'can we really trust', 'do we really trust', 'do we really want', 'do we really need', 'do you really want', 'are we really going to let', 'are we really letting', 'should we really let', 'are we seriously', 'would you let your', 'would you let a', 'would you let an', 'would you want', 'would you trust', 'would you hire', 'would you rent', 'would you really', 'can you imagine'];
const LETTING = new Set(['let', 'lets', 'letting', 'allow', 'allows', 'allowing', 'allowed', 'put', 'puts']);

/**
 * Rhetorical questions that begrudge or refuse a group a role, with nothing said of the group itself: "since when
 * do women get to decide ...?", "who lets Muslims run a school?", "when did we start letting Mexicans run things?",
 * "what's next, a trans president?", "how is a blind person supposed to be a manager?", "do we really want a Muslim
 * as mayor?", "would you let your daughter date an Arab?", "why do Black people get a whole month?". A victim or a
 * barrier word ("since when do refugees face ...", "how are disabled people supposed to get in when ...") or praise
 * makes the question honest.
 */
function begrudging(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  if (words[words.length - 1] !== '?' || hasPraise(words) || words.some((w) => HONEST_Q.has(w))) return null;
  const qs = words.lastIndexOf('.', words.length - 2) + 1;
  const member = (from: number, to: number): GroupMention | null => {
    for (let i = from; i < Math.min(to, words.length); i++) {
      const id = identityWord(tokens, groups, i);
      if (id) return id;
    }
    return null;
  };
  const lead = words.slice(qs, qs + 4).join(' ');
  // "since when do [group] get to / are [group] in charge / is being trans a real thing"
  if (lead.startsWith('since when')) {
    const id = member(qs + 2, qs + 6);
    if (id && words.slice(id.to + 1).some((w) => BEGRUDGED.has(w))) return hit(qs, id.to, id, 'derogation', 'since when do [group] ...?');
  }
  // "who lets / allowed [group] ...?", "who thought it was a good idea to let [group] ...?", "when did we start letting [group] ...?"
  if (words[qs] === 'who' || lead.startsWith('when did we') || lead.startsWith('since when')) {
    const l = words.findIndex((w, k) => k > qs && k < qs + 10 && LETTING.has(w));
    const id = l > 0 ? member(l + 1, l + 3) : null;
    if (id && !SINGULAR_GENDER.has(words[id.to] ?? '') && words.slice(id.to + 1).some((w) => BEGRUDGED.has(w) || ['in', 'into', 'near', 'run', 'running', 'lead', 'here'].includes(w))) return hit(qs, id.to, id, 'exclusion', 'who lets [group] ...?');
  }
  // "what's next, a trans president?"
  if (lead.startsWith('what is next') || lead.startsWith('whats next') || lead.startsWith('what next')) {
    const c = words.indexOf(',', qs);
    const id = c > 0 && c <= qs + 4 ? member(c + 1, c + 4) : null;
    if (id) return hit(qs, id.to + (/^[a-z]+$/.test(words[id.to + 1] ?? '') ? 1 : 0), id, 'derogation', "what's next, a [member] ...?");
  }
  // "how is a woman supposed to lead an army?": a role or a competence
  if (words[qs] === 'how' && ['is', 'are'].includes(words[qs + 1] ?? '') && !words.some((w) => w === 'when' || w === 'if')) {
    const id = member(qs + 2, qs + 5);
    const sup = id ? words.slice(id.to + 1, id.to + 4).findIndex((w) => w === 'supposed' || w === 'meant' || w === 'expected') : -1;
    if (id && sup >= 0) {
      const vp = words.slice(id.to + 3 + sup, id.to + 8 + sup);
      if (vp.some((w) => BEGRUDGED.has(w) || ['lead', 'run', 'command', 'manage', 'fight'].includes(w))) return hit(qs, id.to + 2 + sup, id, 'derogation', 'how is a [member] supposed to ...?');
    }
  }
  // "do we really want a Muslim as mayor?", "would you let your daughter date an Arab?"
  const o = REFUSING_OPENERS.find((p) => words.slice(qs, qs + 8).join(' ').startsWith(p));
  if (o) {
    const n = qs + o.split(' ').length;
    const id = member(n, n + 5);
    // "can you imagine a woman as president?": a member in a role, not "can you imagine being a refugee"
    // the member is a person, not a thing it describes ("would you trust a refugee charity?")
    const nx = id ? words[id.to + 1] ?? '' : '';
    const person = ['?', 'as', 'to', 'in', 'near', 'around', 'with', 'for', 'on', 'running', 'teaching', 'leading', 'living', 'next', 'babysit', 'teach', 'date', 'marry', 'coach', 'mind', 'raise', 'watch'].includes(nx) || ROLE_NOUNS.has(nx) || BEGRUDGED.has(nx);
    if (id && person && words[n] !== 'being' && words[n] !== 'to' && (o !== 'can you imagine' || words[id.to + 1] === 'as' || ROLE_NOUNS.has(words[id.to + 1] ?? ''))) return hit(qs, id.to, id, 'exclusion', `${o} ...?`);
  }
  // "why do Black people get a whole month?", "why do gay people need their own parade anyway?"
  if (words[qs] === 'why' && ['do', 'does', 'should'].includes(words[qs + 1] ?? '')) {
    const g = groups.find((m) => !m.pronoun && (m.from === qs + 2 || (m.from === qs + 3 && ['every', 'all', 'these', 'those'].includes(words[qs + 2] ?? ''))));
    const v = g ? words[skipWords(words, g.to + 1)] ?? '' : '';
    const rest = g ? words.slice(g.to + 1) : [];
    if (g && ['get', 'need', 'deserve', 'have', 'want', 'expect', 'receive'].includes(v) && rest.some((w) => ['anyway', 'anyways', 'whole', 'treatment', 'everything', 'even', 'extra', 'always', 'skip', 'jump'].includes(w))) return hit(qs, g.to + 1, g, 'derogation', 'why do [group] get ...?');
  }
  return null;
}

function skipWords(words: Words, i: number): number {
  let j = i;
  while (['even', 'still', 'always', 'all', 'really', 'just', 'now', 'suddenly'].includes(words[j] ?? '')) j++;
  return j;
}

/** Luxuries a resented possessive pays for: "why should my taxes pay for disabled people's holidays?" */
const LUXURIES = new Set(['holidays', 'holiday', 'phones', 'iphones', 'cars', 'houses', 'mansions', 'lifestyle', 'lifestyles', 'luxuries', 'trips', 'hotels', 'hotel', 'flatscreens', 'tvs']);

/** Burdens a group is cast as: "put up with [group]", "pay for [group]". */
const BURDENS = ['money keeping', 'money on keeping', 'money on', 'keeping', 'put up with', 'pay for', 'paying for', 'tolerate', 'tolerating', 'foot the bill for', 'subsidise', 'subsidize', 'bankroll', 'babysit', 'babysitting', 'deal with', 'dealing with', 'carry', 'carrying', 'take in', 'taking in', 'absorb'];
/** What makes a burden resented: "why should", "how much longer", "tired of", "forced to". */
const RESENTING = ['why should', 'how much longer', 'how many more', 'how long', 'tired of', 'sick of', 'fed up', 'have to', 'has to', 'forced to', 'expected to', 'made to', 'keep', 'still', 'taxes', 'so much money', 'waste money', 'wasting money', 'why do we spend', 'why are we spending'];

/**
 * A group cast as a burden: "how much longer do we have to put up with these immigrants?", "why should my taxes pay
 * for Muslims?", "how many more refugees do we have to take?". The group follows the burden verb (so "women
 * shouldn't have to put up with harassment" passes) and the sentence resents it.
 */
function burden(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  const resent = RESENTING.map((p) => find(words, p)).filter((i) => i >= 0);
  if (!resent.length || hasPraise(words)) return null;
  const b = findAny(words, BURDENS);
  if (b) {
    let at = b[1] + 1;
    while (['the', 'these', 'those', 'all', 'more', 'any', 'a', 'an', 'some', 'our'].includes(words[at] ?? '')) at++;
    const id = identityWord(tokens, groups, at);
    if (id && (words[id.to + 1] !== "'s" || LUXURIES.has(words[id.to + 2] ?? '')) && Math.min(...resent) <= b[0]) return hit(Math.min(...resent), id.to, id, 'derogation', `a burden ('${words.slice(b[0], b[1] + 1).join(' ')}')`);
  }
  // "how many more refugees do we have to take?"
  const h = find(words, 'how many more');
  const g = h >= 0 ? groups.find((m) => !m.pronoun && m.from === h + 3) : undefined;
  if (g && words.slice(g.to + 1).some((w) => ['take', 'accept', 'house', 'feed', 'absorb', 'let', 'admit', 'tolerate', 'before', 'until'].includes(w)) && !words.slice(g.to + 1).some((w) => ['help', 'save', 'welcome', 'support', 'drown', 'die'].includes(w))) return hit(h, g.to, g, 'derogation', 'how many more [group] ...');
  return null;
}

/** Harms that "follow" a group: "wherever Muslims go, trouble follows". */
const FOLLOWING_HARMS = new Set(['crime', 'trouble', 'violence', 'drugs', 'chaos', 'filth', 'dirt', 'disease', 'problems', 'terror', 'terrorism', 'rubbish', 'litter', 'noise', 'poverty', 'rape', 'riots', 'decay', 'mess', 'theft', 'gangs', 'misery']);

/** "Wherever Muslims go, trouble follows", "everywhere there are immigrants, there's crime". */
function followsThem(words: Words, groups: readonly GroupMention[]): Attack | null {
  const w = words.findIndex((x, k) => x === 'wherever' || x === 'everywhere' || (x === 'any' && words[k + 1] === 'place'));
  if (w < 0 || words.some((x) => VICTIMISED.has(x) || HONEST_Q.has(x))) return null;
  const g = groups.find((m) => !m.pronoun && m.from > w && m.from <= w + 4);
  if (!g) return null;
  const harm = words.findIndex((x, k) => k > g.to && FOLLOWING_HARMS.has(x));
  return harm >= 0 && !words.slice(g.to, harm).some((x) => NEGATORS.has(x)) ? hit(w, harm, g, 'stereotype', 'wherever [group] go, harm follows') : null;
}

/** What a member's word is worth: "a woman's opinion is worth half a man's", "a gay man's word means nothing". */
const VOICE = new Set(['opinion', 'opinions', 'word', 'words', 'vote', 'votes', 'voice', 'voices', 'testimony', 'life', 'lives', 'say', 'view', 'views', 'input', 'thoughts', 'feelings']);
const WORTHLESS = new Set(['nothing', 'less', 'half', 'little', 'zero', 'jack', 'shit', 'squat', 'worthless', 'meaningless', 'irrelevant']);

function wordWorth(words: Words, groups: readonly GroupMention[]): Attack | null {
  for (const g of groups) {
    if (g.pronoun || words[g.to + 1] !== "'s" || !VOICE.has(words[g.to + 2] ?? '')) continue;
    const tail = words.slice(g.to + 3, g.to + 9);
    const worth = tail.findIndex((w) => ['worth', 'means', 'mean', 'counts', 'count', 'matters', 'matter'].includes(w));
    if (worth < 0) continue;
    const after = tail.slice(worth + 1, worth + 4);
    // "doesn't count", "don't matter" at the end of the clause; "counts for nothing / less", "worth half"
    const denied = tail.slice(0, worth).some((w) => NEGATORS.has(w)) && ['count', 'counts', 'matter', 'matters', 'mean'].includes(tail[worth] ?? '') && (after.length === 0 || CLAUSE_BREAK.has(after[0] ?? '') || after[0] === ',');
    if (denied || after.some((w) => WORTHLESS.has(w))) return hit(g.from, g.to + 3 + worth + (denied ? 0 : 1 + after.findIndex((w) => WORTHLESS.has(w))), g, 'negated-positive', "a member's word worth less");
  }
  return null;
}

/** Verdicts on a same-sex couple's ordinary act: "two men kissing is just wrong". */
const ACT_VERDICTS = new Set(['wrong', 'disgusting', 'gross', 'unnatural', 'sick', 'sin', 'sinful', 'vile', 'nasty', 'revolting', 'repulsive', 'weird', 'abnormal', 'perverted', 'degenerate', 'immoral', 'ew', 'eww', 'yuck']);

function sameSexVerdict(words: Words): Attack | null {
  const t = words.findIndex((w, k) => w === 'two' && ['men', 'women', 'guys', 'girls', 'dudes', 'lads', 'ladies', 'males', 'females'].includes(words[k + 1] ?? '') && /ing$/.test(words[k + 2] ?? ''));
  if (t < 0) return null;
  const cop = words.findIndex((w, k) => k > t + 2 && k < t + 9 && ['is', 'are', 'looks', 'look', 'seems', 'feels'].includes(w));
  if (cop < 0) return null;
  let j = cop + 1;
  while (['just', 'so', 'really', 'plain', 'simply', 'totally', 'a', 'an', 'absolutely', 'fucking', 'kind', 'of', 'pretty'].includes(words[j] ?? '')) j++;
  const v = words[j] ?? '';
  if (NEGATORS.has(words[cop + 1] ?? '') || !(ACT_VERDICTS.has(v) || PATHOLOGY.has(v))) return null;
  return hit(t, j, { from: t, to: t + 1, characteristic: 'sexual-orientation', pronoun: false, weak: false }, 'derogation', 'a same-sex couple judged');
}

/** "You're not like other Muslims", "she's not like most women": a member praised by setting the group below. */
function unlikeOthers(words: Words, groups: readonly GroupMention[]): Attack | null {
  for (const g of groups) {
    if (g.pronoun) continue;
    const b = words.slice(Math.max(0, g.from - 7), g.from).join(' ');
    if (!/(you are|you|he is|she is|they are|he|she) not like (other|most|the other|the rest of the|typical|your typical|regular|normal|all the other)( of the)?$/.test(b)) continue;
    return hit(Math.max(0, g.from - 5), g.to, g, 'derogation', 'not like other [group]');
  }
  return null;
}

/** "Three guesses what race the shoplifter was", "wonder which religion the bomber follows": no group word, only its category. */
const CATEGORY: Readonly<Record<string, Characteristic>> = { religion: 'religion', race: 'race', ethnicity: 'race', colour: 'race', color: 'race', nationality: 'origin', faith: 'religion', background: 'origin' };

function guessIdentity(words: Words): Attack | null {
  const q = words.findIndex((w) => ['guess', 'guesses', 'wonder', 'wondering', 'bet'].includes(w));
  if (q < 0) return null;
  const c = words.findIndex((w, k) => k > q && k <= q + 4 && CATEGORY[w] !== undefined && ['what', 'which', 'whose'].includes(words[k - 1] ?? ''));
  if (c < 0) return null;
  const crime = words.findIndex((w, k) => k > c && k <= c + 5 && CRIME_NOUNS.has(w));
  if (crime < 0 || words.some((w) => CRITIQUE.has(w))) return null;
  return hit(q, crime, { from: c, to: c, characteristic: CATEGORY[words[c] ?? ''] as Characteristic, pronoun: false, weak: false }, 'stereotype', 'guess the identity of a criminal');
}

/** "Crime is up, gee I wonder why, with all these Somalis around": a mock puzzle over a decline with a group present. */
function wonderWhy(words: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  const w = words.findIndex((x, k) => (x === 'wonder' && words[k + 1] === 'why') || (x === 'idea' && words[k + 1] === 'why' && words[k - 1] === 'no') || (x === 'mystery' && words[k - 1] === 'a'));
  if (w < 0 || hasPraise(words)) return null;
  const g = groups.find((m) => !m.pronoun);
  const bad = (ws: Words): boolean => (ws.some((x) => BLAMED_RESULTS.has(x) || CRIME_NOUNS.has(x)) || (ws.some((x) => RISING_HARMS.has(x)) && ws.some((x) => RISES.has(x) || ['doubled', 'tripled', 'rose', 'soared', 'spiked', 'exploded', 'skyrocketed'].includes(x)))) && !ws.some((x) => REVERSALS.has(x) || VICTIMISED.has(x));
  if (g && bad(words)) return hit(Math.min(w, g.from), Math.max(w + 1, g.to), g, 'derogation', 'I wonder why, with [group] around');
  const pg = prev.groups()[0];
  return pg && w <= 3 && bad(prev.words()) ? hit(w, w + 1, { ...pg, from: w, to: w, pronoun: true }, 'derogation', 'I wonder why, after a group and a decline') : null;
}

/** "Another day, another Muslim in the news": a member's bad news presented as routine. */
function anotherDay(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  const a = find(words, 'another day');
  if (a < 0 || hasPraise(words)) return null;
  const n = words[a + 2] === ',' ? a + 3 : a + 2;
  if (words[n] !== 'another') return null;
  const id = identityWord(tokens, groups, n + 1);
  if (!id) return null;
  const tail = words.slice(id.to + 1);
  return tail.some((w) => ['news', 'headlines', 'arrested', 'court', 'charged', 'scandal', 'incident', 'attack', 'caught'].includes(w) || CRIME_NOUNS.has(w)) ? hit(a, id.to, id, 'stereotype', 'another day, another [member]') : null;
}


// --- round 8: surprise, motives, smell, better before, swarms, jokes, questions, segregation, othering -------------

/** Surprise that makes praise a put-down: "I'm amazed a Mexican managed to write this", "surprised how well-spoken the Black candidate was". */
const SURPRISE = new Set(['surprised', 'amazed', 'shocked', 'astonished', 'stunned', 'gobsmacked', 'flabbergasted']);
/** Competences whose presence surprises only someone who expected the member to lack them. */
const COMPETENCES = new Set([
  'managed', 'could', 'can', 'articulate', 'spoken', 'eloquent', 'clean', 'smart', 'intelligent', 'clever', 'well', 'educated', 'polite', 'honest',
  'write', 'wrote', 'read', 'spell', 'speak', 'speaks', 'fluent', 'competent', 'capable', 'qualified', 'punctual', 'sober', 'hardworking', 'civilised',
  'civilized', 'normal', 'grammar', 'on', 'topped', 'aced', 'passed', 'graduated', 'won', 'excelled', 'beat', 'outscored', 'invented', 'built', 'solved',
]);

function surprisedBy(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  const s = words.findIndex((w) => SURPRISE.has(w));
  // "not surprised" is a different insinuation; "surprised how many Muslims live here" counts, it praises no competence
  if (s < 0 || NEGATORS.has(words[s - 1] ?? '') || words[s + 1] === 'by' && words[s + 2] === 'how' && words[s + 3] === 'many') return null;
  // "amazed the refugee kids learned English so fast after everything they went through": a hardship explains the surprise
  if (words.some((w) => ['despite', 'after', 'through', 'given', 'although', 'though', 'considering'].includes(w))) return null;
  for (let i = s + 1; i < Math.min(words.length, s + 8); i++) {
    if (CLAUSE_BREAK.has(words[i] ?? '')) return null;
    const id = identityWord(tokens, groups, i);
    if (!id) continue;
    const rest = words.slice(Math.max(s + 1, 0), Math.min(words.length, id.to + 10));
    // "surprised the Black candidate didn't win": a loss or a denial is no competence
    if (words.slice(id.to + 1, id.to + 6).some((w) => NEGATORS.has(w) || VICTIMISED.has(w))) return null;
    const c = rest.find((w, k) => COMPETENCES.has(w) && !(w === 'on' && rest[k + 1] !== 'time') && !(w === 'can' && rest[k - 1] === 'how'));
    return c ? hit(s, Math.min(words.length - 1, id.to + 1), id, 'stereotype', `surprise at a member's competence ('${c}')`) : null;
  }
  return null;
}

/** Motives that dismiss a group's claim: "[group] just want attention / sympathy / free phones". */
const MOTIVES = new Set(['attention', 'sympathy', 'pity', 'handouts', 'handout', 'freebies', 'free', 'compensation', 'payout', 'payouts', 'clout', 'special', 'excuse', 'excuses', 'skip', 'jump', 'victim', 'victimhood', 'money', 'benefits']);
const WANTING = new Set(['want', 'wants', 'like', 'likes', 'love', 'loves', 'crave', 'craves', 'after', 'looking', 'need', 'needs', 'enjoy', 'enjoys', 'milk', 'milking']);
const SUFFERING = new Set(['suffer', 'suffering', 'oppressed', 'oppression', 'discriminated', 'discrimination', 'persecuted', 'persecution', 'racism', 'sexism', 'homophobia', 'transphobia', 'fleeing', 'victims', 'danger', 'poor', 'disabled', 'sick', 'ill', 'harassed', 'abused', 'bullied', 'targeted']);
const INVENTING = ['use it as an excuse', 'use it as a weapon', 'use racism as an excuse', 'hide behind it', 'use it to get', 'invent it', 'invent them', 'make it up', 'make it all up', 'making it up', 'made it up', 'exaggerate it', 'exaggerating it', 'exaggerate', 'fake it', 'faking it'];

/**
 * Suffering denied and a motive put in its place: "Trans people aren't really oppressed, they just like the attention",
 * "Refugees aren't fleeing anything, they just want free phones", "Muslims don't face discrimination, they invent it",
 * "Wheelchair users just want to skip the queue". "Refugees just want safety" and "women just want fair pay" pass.
 */
function motive(words: Words, groups: readonly GroupMention[]): Attack | null {
  // "Racism against Black people doesn't exist, they just use it as an excuse": the group named as a victim, then "they"
  const victim = groups.find((m) => !m.pronoun && SUFFERING.has(words[m.from - 2] ?? '') && words[m.from - 1] === 'against');
  const inv0 = victim ? findAny(words.slice(victim.to + 1), INVENTING) : null;
  if (victim && inv0 && words.slice(victim.to + 1, victim.to + 1 + inv0[0]).includes('they')) return hit(victim.from, victim.to + 1 + inv0[1], victim, 'derogation', 'suffering denied as an excuse');
  const g = groups.find((m) => !m.pronoun && asSubject(words, m));
  if (!g || hasPraise(words)) return null;
  for (let i = g.to + 1; i < words.length; i++) {
    if (!['just', 'only', 'simply', 'really'].includes(words[i] ?? '') || !WANTING.has(words[i + 1] ?? '')) continue;
    let j = i + 2;
    while (['the', 'a', 'an', 'some', 'to', 'be', 'more', 'all', 'that', 'your', 'our'].includes(words[j] ?? '')) j++;
    if (MOTIVES.has(words[j] ?? '') && !(words[j] === 'special' && !['treatment', 'treatments', 'rights', 'privileges', 'status'].includes(words[j + 1] ?? '') && words[j - 1] !== 'be')) return hit(g.from, j, g, 'derogation', `a motive put on them ('${words[i + 1]} ${words[j]}')`);
  }
  const inv = findAny(words.slice(g.to + 1), INVENTING);
  if (inv && words.slice(g.to + 1).some((w) => SUFFERING.has(w))) return hit(g.from, g.to + 1 + inv[1], g, 'derogation', 'suffering denied as invented');
  return null;
}

/** Atrocities a group suffered, and the words that minimise them: "the Holocaust is exaggerated", "slavery wasn't that bad". */
const ATROCITIES: ReadonlyMap<string, Characteristic> = new Map<string, Characteristic>([
  ['holocaust', 'religion'], ['shoah', 'religion'], ['pogroms', 'religion'], ['slavery', 'race'], ['apartheid', 'race'], ['segregation', 'race'],
  ['lynchings', 'race'], ['lynching', 'race'], ['colonialism', 'race'], ['internment', 'origin'],
]);
const MINIMISING = ['exaggerated', 'overblown', 'overstated', 'a hoax', 'hoax', 'never happened', 'did not happen', 'not that bad', 'not so bad', 'was not bad', 'did them a favour', 'did them a favor', 'good for them', 'made up', 'a lie', 'fake', 'blown out of proportion', 'got fed', 'were fed', 'civilised them', 'civilized them', 'get over it', 'a myth'];

/** Talk about denial rather than denial: "Holocaust deniers claim it was exaggerated". */
const DENIAL_TALK = new Set(['deniers', 'denier', 'denial', 'deny', 'denies', 'denying', 'claim', 'claims', 'claimed', 'say', 'says', 'said', 'insist', 'insists', 'argue', 'argues', 'pretend', 'pretends', 'revisionist', 'revisionists', '"', "'", '“', '”']);

function atrocityMinimised(words: Words): Attack | null {
  const a = words.findIndex((w) => ATROCITIES.has(w));
  if (a < 0 || words.some((w) => DENIAL_TALK.has(w))) return null;
  const m = findAny(words, MINIMISING);
  if (!m) return null;
  // "the Holocaust was not exaggerated", "it is not a hoax": the minimising is denied
  const before = words.slice(Math.max(0, m[0] - 2), m[0]);
  if (before.includes('not') && !['not that bad', 'not so bad'].includes(words.slice(m[0], m[1] + 1).join(' '))) return null;
  if (words[m[0]] === 'not' && ['no', 'not'].includes(words[m[0] - 1] ?? '')) return null;
  const c = ATROCITIES.get(words[a] as string) as Characteristic;
  return hit(Math.min(a, m[0]), Math.max(a, m[1]), { from: a, to: a, characteristic: c, pronoun: false, weak: false }, 'derogation', 'an atrocity against the group minimised');
}

/** Smell tropes: a group's presence as a smell ("the bus smelled of curry once the Indians got on"). */
const SMELLS = new Set(['smell', 'smells', 'smelled', 'smelt', 'smelling', 'stink', 'stinks', 'stank', 'stinking', 'reek', 'reeks', 'reeked', 'reeking', 'stench', 'pong', 'pongs', 'odour', 'odor', 'whiff']);
const NICE_SMELLS = new Set([...PRAISE_WORDS, 'incredible', 'delicious', 'good', 'nice', 'divine', 'heavenly', 'gorgeous', 'yum', 'yummy', 'mouthwatering', 'love', 'loved', 'loves', 'enjoy', 'tasty', 'fresh', 'sweet', 'smoke', 'gas', 'fire', 'burning', 'rain', 'flowers']);
const HYGIENE = new Set(['wash', 'shower', 'bathe', 'soap', 'toilet', 'toilets', 'shower', 'deodorant', 'toothbrush', 'bath', 'flush', 'fork', 'cutlery', 'queue']);

function smellTrope(tokens: readonly Token[], words: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  const s = words.findIndex((w, k) => SMELLS.has(w) && !NEGATORS.has(words[k - 1] ?? '') && !NEGATORS.has(words[k - 2] ?? '') && words[k - 1] !== 'cannot');
  if (s >= 0 && !words.some((w) => NICE_SMELLS.has(w))) {
    const here = groups.find((m) => !m.pronoun);
    if (here) return hit(Math.min(s, here.from), Math.max(s, here.to), here, 'derogation', 'a smell pinned on a group');
    // "The new neighbours are Pakistani. They'll have the street smelling of curry."
    const they = words.findIndex((w) => ['they', 'them', 'their', 'theirs'].includes(w));
    const pg = they >= 0 && they < s ? prev.groups()[0] : undefined;
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

/** "We were better off before the Somalis moved in", "the street got quieter after the Nigerians left". */
const BETTERMENT = new Set(['great', 'quieter', 'calmer', 'cleaner', 'safer', 'nicer', 'better', 'happier', 'peaceful', 'improved', 'cheaper', 'richer', 'lovely', 'fine', 'nice', 'quiet', 'safe', 'clean', 'decent', 'perfect']);
const LEAVING = new Set(['left', 'leave', 'moved', 'went', 'gone', 'deported', 'kicked', 'packed', 'sent', 'removed', 'shipped', 'out']);

function betterBefore(words: Words, groups: readonly GroupMention[]): Attack | null {
  for (const g of groups) {
    if (g.pronoun) continue;
    let b = g.from - 1;
    while (['the', 'all', 'these', 'those', 'any'].includes(words[b] ?? '')) b--;
    const link = words[b] ?? '';
    const after = words.slice(g.to + 1, g.to + 4);
    const better = words.slice(0, b).some((w) => BETTERMENT.has(w));
    if (!better || words.slice(0, b).some((w) => NEGATORS.has(w))) continue;
    if ((link === 'before' || link === 'until' || link === 'till') && after.some((w) => ARRIVAL.has(w) || ['started', 'took', 'turned', 'invaded', 'flooded'].includes(w))) return hit(b, g.to + 1, g, 'derogation', 'better before [group] came');
    if (['after', 'since', 'once', 'when'].includes(link) && after.some((w) => LEAVING.has(w)) && !after.some((w) => ['in', 'into', 'here'].includes(w))) return hit(b, g.to + 1, g, 'derogation', 'better after [group] left');
  }
  return null;
}

/** "You see one Mexican, there's twenty more", "where there's one Gypsy there's always a dozen more". */
const MANY_MORE = new Set(['dozen', 'hundred', 'hundreds', 'thousand', 'thousands', 'ten', 'twenty', 'fifty', 'fifteen', 'five', 'six', 'more', 'always', 'whole', 'million', 'millions']);

function swarm(words: Words, groups: readonly GroupMention[]): Attack | null {
  for (const g of groups) {
    if (g.pronoun || words[g.from - 1] !== 'one') continue;
    const more = words.findIndex((w, k) => k > g.to + 1 && w === 'more' && (MANY_MORE.has(words[k - 1] ?? '') || /^\d+$/.test(words[k - 1] ?? '')));
    const clan = words.findIndex((w, k) => k > g.to + 1 && ['clan', 'tribe', 'village', 'family'].includes(w) && words[k - 1] === 'whole');
    const e = more >= 0 ? more : clan;
    if (e >= 0 && e - g.to <= 10 && !hasPraise(words)) return hit(g.from - 1, e, g, 'dehumanising', 'one [member] means many more');
  }
  return null;
}

/** The answer to a joke set up on a group: "What do you call a Mexican with a job? A myth." */
function jokeAnswer(words: Words, prev: Neighbour): Attack | null {
  const n = words.filter((w) => /^[a-z]/.test(w)).length;
  // a punchline is a few words; "An apostate, according to some." answers a real question
  if (n === 0 || n > 4 || words.some((w) => ['according', 'apparently', 'called', 'known', 'technically', 'officially'].includes(w))) return null;
  const p = prev.words();
  if (p[p.length - 1] !== '?') return null;
  // "What happens when you let disabled people run a company? Bankruptcy."
  if ((find(p, 'what happens when') === 0 || find(p, 'what happens if') === 0) && words.some((w) => RUIN_OUTCOMES.has(w) || BLAMED_RESULTS.has(w))) {
    const pg0 = prev.groups().find((m) => !m.pronoun);
    if (pg0) return hit(0, words.length - 1, { ...pg0, from: 0, to: 0, pronoun: true }, 'derogation', 'a ruin given as the answer');
  }
  if (!(find(p, 'what do you call') === 0 || find(p, 'what do you get when') === 0 || find(p, 'what is the difference between') === 0)) return null;
  // the set-up describes its member ("a Mexican with a job"); "someone from the Philippines?" asks a real question
  const pg = prev.groups().find((m) => !m.pronoun && ['with', 'who', 'that', 'in', 'and'].includes(p[m.to + 1] ?? ''));
  return pg ? hit(0, words.length - 1, { ...pg, from: 0, to: 0, pronoun: true }, 'derogation', 'the punchline of a joke on a group') : null;
}

/** Capacities a rhetorical "even" doubts: "Can lesbians even be mothers?", "Do immigrants even know what hard work is?" */
const DOUBTED = new Set(['know', 'be', 'understand', 'read', 'write', 'speak', 'think', 'do', 'hold', 'count', 'work', 'drive', 'cook', 'lead', 'function', 'tell', 'spell', 'parent', 'raise', 'love', 'feel', 'care', 'contribute', 'pay', 'wash', 'shower', 'integrate', 'learn']);

function evenQuestion(words: Words, groups: readonly GroupMention[]): Attack | null {
  if (words[words.length - 1] !== '?' || words.some((w) => HONEST_Q.has(w) && !['pay', 'help', 'feel', 'see', 'hear'].includes(w))) return null;
  for (const g of groups) {
    if (g.pronoun) continue;
    let e = g.to + 1;
    if (words[e] === 'really') e++;
    // "do Africans even want to work?"
    const v = words[e + 1] === 'want' && words[e + 2] === 'to' ? e + 3 : e + 1;
    if (words[e] !== 'even' || !DOUBTED.has(words[v] ?? '')) continue;
    let b = g.from - 1;
    while (['the', 'all', 'most', 'any', 'these', 'those', 'a', 'an'].includes(words[b] ?? '')) b--;
    if (!['can', 'could', 'do', 'does', 'did', 'are', 'is', 'will', 'would', 'should'].includes(words[b] ?? '')) continue;
    return hit(b, e + 1, g, 'negated-positive', "a capacity doubted ('even')");
  }
  return null;
}

/** Good habits a "have you ever seen a [member] ...?" question says the group never shows. */
function everSeen(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  const s = words.findIndex((w, k) => w === 'seen' && words.slice(Math.max(0, k - 3), k).includes('ever'));
  if (s < 0) return null;
  let at = s + 1;
  while (['a', 'an', 'any', 'one', 'the', 'single'].includes(words[at] ?? '')) at++;
  const id = identityWord(tokens, groups, at);
  if (!id) return null;
  const rest = ` ${words.slice(id.to + 1, id.to + 6).join(' ')} `;
  const good = GOOD_HABIT_PHRASES.find((p) => rest.startsWith(` ${p} `)) ?? (GOOD_HABITS.has(words[id.to + 1] ?? '') ? words[id.to + 1] : undefined) ?? (['work', 'queue', 'tip', 'apologise', 'apologize', 'pay', 'smile', 'wait', 'say'].includes(words[id.to + 1] ?? '') ? words[id.to + 1] : undefined);
  return good ? hit(s, id.to + 1, id, 'negated-positive', `never seen one ('${good}')`) : null;
}

/** Achievement denied by a challenge: "Has any woman ever invented anything useful?", "name a successful African country". */
const ACHIEVED = new Set(['invented', 'built', 'created', 'achieved', 'made', 'done', 'contributed', 'discovered', 'produced', 'written', 'given', 'developed', 'designed', 'accomplished', 'won']);
const STATE_NOUNS = new Set(['country', 'countries', 'nation', 'nations', 'civilisation', 'civilization', 'civilisations', 'civilizations', 'economy', 'economies', 'government', 'governments', 'state', 'states', 'society', 'societies']);
const WORKING = new Set(['successful', 'functioning', 'functional', 'working', 'rich', 'prosperous', 'stable', 'safe', 'clean', 'decent', 'good', 'peaceful', 'developed', 'civilised', 'civilized', 'democratic']);

function challenge(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  // "has any woman ever actually invented anything useful?"
  if (words[words.length - 1] === '?' && ['has', 'have', 'did'].includes(words[0] ?? '')) {
    let at = 1;
    while (['any', 'a', 'single', 'one', 'the'].includes(words[at] ?? '')) at++;
    const id = at > 1 ? identityWord(tokens, groups, at) : null;
    if (id) {
      const rest = words.slice(id.to + 1);
      if (rest[0] === 'ever' && rest.some((w) => ACHIEVED.has(w)) && rest.some((w) => ['anything', 'something', 'one'].includes(w))) return hit(0, words.length - 2, id, 'negated-positive', 'achievement denied by a challenge');
    }
  }
  // "name a successful African country", "Name one thing Africa has invented"
  const n = words.indexOf('name');
  if (n < 0 || !(clauseStartAt(words, n) || ['anyone', 'you', 'can', 'could', 'me', 'somebody', 'someone', 'just'].includes(words[n - 1] ?? ''))) return null;
  let at = n + 1;
  while (['a', 'an', 'one', 'single', 'thing', 'things', 'good', 'useful'].includes(words[at] ?? '')) at++;
  if (WORKING.has(words[at] ?? '')) {
    const c = identityAdjective(words[at + 1] ?? '');
    if (c && STATE_NOUNS.has(words[at + 2] ?? '')) return hit(n, at + 2, { from: at + 1, to: at + 1, characteristic: c === 'race' ? 'race' : 'origin', pronoun: false, weak: false }, 'negated-positive', 'a challenge to name a working state');
  }
  // "Name one invention from Africa. I'll wait."
  if (words[words.length - 1] !== '?' && ['invention', 'inventions', 'achievement', 'achievements', 'contribution', 'contributions', 'scientist', 'inventor', 'philosopher'].includes(words[at] ?? '') && ['from', 'by'].includes(words[at + 1] ?? '') && PLACES.has(words[at + 2] ?? '')) {
    return hit(n, at + 2, { from: at + 2, to: at + 2, characteristic: 'origin', pronoun: false, weak: false }, 'negated-positive', 'a challenge to name an achievement');
  }
  if (words.slice(n + 1, at).includes('thing') && PLACES.has(words[at] ?? '') && words.slice(at + 1, at + 4).some((w) => ACHIEVED.has(w) || w === 'ever')) {
    return hit(n, at + 1, { from: at, to: at, characteristic: 'origin', pronoun: false, weak: false }, 'negated-positive', 'a challenge to name an achievement');
  }
  return null;
}

/** "Is there a single trans person who isn't mentally ill?": the exception asked for denies there is one. */
const BAD_STATES = new Set([...MORE_NEGATIVE, ...CRIME_NOUNS, 'ill', 'mentally', 'crazy', 'criminal', 'lazy', 'violent', 'dirty', 'rude', 'stupid', 'dishonest', 'corrupt', 'broke', 'unemployed', 'loud', 'drunk', 'angry', 'bitter', 'ugly', 'welfare', 'benefits', 'extremist', 'extremists', 'radical', 'radicals', 'perverts', 'pervert', 'confused', 'delusional']);

function singleException(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  const t = find(words, 'is there');
  const o = t >= 0 ? t : find(words, 'name one');
  if (o < 0) return null;
  let at = o + 2;
  while (['a', 'an', 'one', 'single', 'any'].includes(words[at] ?? '')) at++;
  // "is there a single honest Pakistani in this city?": the virtue asked after as if none had it
  if (t >= 0 && ['honest', 'decent', 'good', 'smart', 'clean', 'hardworking', 'competent', 'normal', 'sane', 'trustworthy', 'intelligent', 'sober', 'peaceful', 'functional', 'successful'].includes(words[at] ?? '') && words[words.length - 1] === '?') {
    // a group, not an adjective on a thing ("a single good Italian restaurant")
    const c = identityAdjective(words[at + 1] ?? '');
    const v = groups.find((m) => !m.pronoun && m.from === at + 1) ?? (c && c !== 'age' && ['in', '?', 'who', 'that', 'on', 'at', 'here', 'left', 'around', 'anywhere', 'alive'].includes(words[at + 2] ?? '') ? { from: at + 1, to: at + 1, characteristic: c, pronoun: false, weak: true } : undefined);
    if (v && ['single', 'one'].includes(words[at - 1] ?? '')) return hit(o, v.to, v, 'negated-positive', `is there a single ${words[at]} [member]?`);
  }
  const id = identityWord(tokens, groups, at);
  if (!id || !['who', 'that'].includes(words[id.to + 1] ?? '')) return null;
  const rest = words.slice(id.to + 2, id.to + 8);
  if (!NEGATORS.has(rest[1] ?? '') && !NEGATORS.has(rest[0] ?? '')) return null;
  return rest.some((w) => BAD_STATES.has(w)) ? hit(o, id.to + 1 + rest.length, id, 'generalisation', 'no exception to a bad trait') : null;
}

/** Harms a "will [group] ever stop ...?" question pins on them. */
const BAD_GERUNDS = new Set(['stealing', 'pickpocketing', 'begging', 'lying', 'cheating', 'breeding', 'bombing', 'killing', 'raping', 'scamming', 'whining', 'moaning', 'sponging', 'leeching', 'invading', 'rioting', 'looting', 'shoplifting', 'smuggling', 'grooming', 'scrounging', 'littering', 'spitting', 'stabbing', 'robbing', 'mugging', 'blowing', 'multiplying', 'freeloading', 'complaining', 'crying', 'playing', 'pushing', 'shoving', 'recruiting', 'converting']);

function stopDoing(words: Words, groups: readonly GroupMention[]): Attack | null {
  for (const g of groups) {
    if (g.pronoun) continue;
    const vp = words.slice(g.to + 1, g.to + 7);
    const st = vp.indexOf('stop');
    if (st < 0 || !vp.slice(0, st).some((w) => ['ever', 'going', 'gonna', 'will', 'never', 'not', 'cannot', 'just'].includes(w)) && !['will', 'when'].includes(words[g.from - 1] ?? '') && words[g.from - 2] !== 'when') continue;
    const v = vp[st + 1] ?? '';
    // "when will women stop being underpaid": a harm the group suffers
    if (BAD_GERUNDS.has(v) && !(v === 'crying' && vp[st + 2] === 'for') && !(v === 'playing' && vp[st + 2] !== 'the')) return hit(g.from, g.to + 2 + st, g, 'stereotype', `a harm they are asked to stop ('${v}')`);
  }
  return null;
}

/** "Why are Muslims so obsessed with blowing things up?" */
function obsessed(words: Words, groups: readonly GroupMention[]): Attack | null {
  const o = words.indexOf('obsessed');
  if (o < 0 || words[o + 1] !== 'with') return null;
  const g = groups.find((m) => !m.pronoun && m.to < o && o - m.to <= 4);
  // "obsessed with children's safety" is about the children, not an appetite
  const obj = words.slice(o + 2, o + 5).filter((_w, k, a) => a[k + 1] !== "'s");
  return g && obj.some((w) => BAD_GERUNDS.has(w) || STING.has(w) || ['sex', 'violence', 'killing', 'bombs', 'death', 'children', 'kids'].includes(w)) ? hit(g.from, o + 2, g, 'stereotype', 'obsessed with a harm') : null;
}

/** "Why is it always the Arabs?": the group ends the question as the usual culprit. */
function alwaysThem(words: Words, groups: readonly GroupMention[]): Attack | null {
  for (const g of groups) {
    if (g.pronoun) continue;
    const b = words[g.from - 1] === 'the' ? g.from - 2 : g.from - 1;
    if (words[b] !== 'always' || !['?', '.', '!', 'lol', 'again', undefined].includes(words[g.to + 1])) continue;
    if (words.slice(Math.max(0, b - 3), b).includes('it') && !hasPraise(words)) return hit(b, g.to, g, 'stereotype', 'always the [group]');
  }
  return null;
}

/** "What's the point of letting women into the army?", "what is the point of educating girls?" */
const POINTLESS = new Set(['letting', 'hiring', 'educating', 'having', 'teaching', 'employing', 'giving', 'training', 'allowing', 'accepting', 'admitting', 'promoting', 'helping', 'saving']);

function noPoint(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  const p = find(words, 'the point of') >= 0 ? find(words, 'the point of') : find(words, 'the point in');
  if (p < 0 || !words.slice(Math.max(0, p - 3), p).includes('what') || words.some((w) => ['if', 'unless', 'when', 'without'].includes(w))) return null;
  let at = p + 3;
  if (POINTLESS.has(words[at] ?? '')) at++;
  while (['the', 'any', 'more', 'these', 'those'].includes(words[at] ?? '')) at++;
  const id = identityWord(tokens, groups, at);
  return id ? hit(p, id.to, id, 'derogation', "what's the point of [group]") : null;
}

/** Segregation: "shouldn't have to share a classroom with the disabled", "kept ... away from normal kids", "stay out of the ladies' room". */
const SHARED = new Set(['share', 'sit', 'study', 'work', 'live', 'sleep', 'shower', 'change', 'swim', 'eat', 'learn', 'compete', 'play', 'mix']);
const FACILITIES = new Set(['room', 'rooms', 'toilet', 'toilets', 'bathroom', 'bathrooms', 'loo', 'loos', 'changing', 'locker', 'showers', 'restroom', 'restrooms', 'spaces', 'sports', 'shelters', 'prisons', 'wards']);
const NORMAL_PEOPLE = new Set(['kids', 'children', 'people', 'folks', 'families', 'students', 'pupils', 'society', 'men', 'women', 'humans', 'ones']);

function segregated(words: Words, groups: readonly GroupMention[]): Attack | null {
  // "normal kids shouldn't have to share a classroom with the disabled"
  const h = find(words, 'have to');
  if (h > 0 && words.slice(Math.max(0, h - 3), h).some((w) => NEGATORS.has(w)) && SHARED.has(words[h + 2] ?? '')) {
    const w = words.indexOf('with', h + 3);
    const g = w > 0 && w - h <= 8 ? groups.find((m) => !m.pronoun && m.from > w && m.from <= w + 3) : undefined;
    if (g) return hit(h - 1, g.to, g, 'exclusion', 'refusing to share a space with [group]');
  }
  // "kept in their own schools, away from normal kids"
  const a = words.findIndex((x, k) => ['away', 'apart', 'separate', 'separated', 'segregated'].includes(x) && words[k + 1] === 'from' && words[k + 2] === 'normal' && NORMAL_PEOPLE.has(words[k + 3] ?? ''));
  const g = groups.find((m) => !m.pronoun);
  if (a >= 0 && g) return hit(Math.min(g.from, a), Math.max(g.to, a + 3), g, 'exclusion', 'kept away from normal people');
  // "men in skirts should stay away from the ladies' room", "trans women invading our changing rooms"
  for (const m of groups) {
    if (m.pronoun) continue;
    const vp = words.slice(m.to + 1, m.to + 12);
    const st = vp.findIndex((x, k) => (['stay', 'keep', 'kept', 'stays', 'banned', 'barred'].includes(x) && ['out', 'away', 'from'].includes(vp[k + 1] ?? '')) || x === 'invading' || x === 'invade');
    if (st >= 0 && vp.slice(st + 1).some((x) => FACILITIES.has(x)) && !vp.slice(0, st).some((x) => NEGATORS.has(x))) return hit(m.from, m.to + 1 + st + 1, m, 'exclusion', 'kept out of shared spaces');
  }
  return null;
}

/** "We got a trans teacher this year. I've pulled my son out." / "I won't let my daughter go to sleepovers at the lesbian couple's house." */
const REMOVING = new Set(['pull', 'pulled', 'pulling', 'take', 'took', 'taking', 'move', 'moved', 'moving', 'keep', 'keeping']);

function childrenRemoved(tokens: readonly Token[], words: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  for (let i = 1; i < words.length; i++) {
    if (!CHILDREN.has(words[i] ?? '') || !['my', 'our'].includes(words[i - 1] ?? '')) continue;
    const v = words[i - 2] ?? '';
    if (REMOVING.has(v) && (['out', 'away'].includes(words[i + 1] ?? '') || (words[i + 1] === 'to' && ['a', 'another'].includes(words[i + 2] ?? '') && words.slice(i + 3, i + 6).some((w) => ['school', 'class', 'different', 'nursery'].includes(w))))) {
      const g = groups.find((m) => !m.pronoun) ?? null;
      const pg = g ? null : prev.groups().find((m) => !m.pronoun);
      if (g) return hit(i - 2, Math.max(i + 1, g.to), g, 'exclusion', 'children taken away from a member');
      if (pg && i <= 5) return hit(i - 2, i + 1, { ...pg, from: i, to: i, pronoun: true }, 'exclusion', 'children taken away from a member named before');
    }
    // "I won't let my daughter go to sleepovers at the lesbian couple's house"
    if (['let', 'allow', 'send'].includes(v) && words.slice(Math.max(0, i - 6), i - 2).some((w) => NEGATORS.has(w) || w === 'won')) {
      for (let j = i + 1; j < Math.min(words.length, i + 10) && !CLAUSE_BREAK.has(words[j] ?? ''); j++) {
        const id = identityWord(tokens, groups, j) ?? (identityAdjective(words[j] ?? '') && PERSON_NOUNS.has(words[j + 1] ?? '') ? { from: j, to: j + 1, characteristic: identityAdjective(words[j] ?? '') as Characteristic, pronoun: false, weak: false } : null);
        if (id) return hit(i - 2, id.to, id, 'exclusion', `${v} my children near ...`);
      }
    }
  }
  return null;
}

/** Belonging denied: "Muslims aren't real Americans", "real Americans don't wear turbans". */
const FAITH_MARKS = new Set(['turban', 'turbans', 'hijab', 'hijabs', 'headscarf', 'headscarves', 'burka', 'burkas', 'burqa', 'burqas', 'niqab', 'niqabs', 'yarmulke', 'yarmulkes', 'kippah', 'pray', 'mosque', 'mosques', 'synagogue', 'temple', 'halal', 'kosher']);

function notReal(words: Words, groups: readonly GroupMention[]): Attack | null {
  for (const g of groups) {
    if (g.pronoun || g.characteristic !== 'origin' && g.characteristic !== 'race') continue;
    // "They're not really French, they just live in France": nationality denied to people pointed at
    // "they're not really French, they're Belgian" corrects a fact
    const corrected = words.slice(g.to + 1, g.to + 5).some((w) => identityAdjective(w) === 'origin' || identityAdjective(w) === 'race');
    if (!corrected && ['really', 'truly', 'properly', 'actually'].includes(words[g.from - 1] ?? '') && NEGATORS.has(words[g.from - 2] ?? '') && ['they', 'those', 'these', 'them', 'he', 'she'].includes(words[g.from - 4] ?? words[g.from - 3] ?? '')) return hit(g.from - 4 >= 0 ? g.from - 4 : 0, g.to, g, 'derogation', 'belonging denied');
    const r = words[g.from - 1] === 'real' || words[g.from - 1] === 'true' || words[g.from - 1] === 'proper' ? g.from - 1 : -1;
    if (r < 0) continue;
    // "Muslims aren't real Americans", "they'll never be true Brits": another group (or they) denied membership
    const neg = words.slice(Math.max(0, r - 4), r).some((w) => NEGATORS.has(w));
    const other = groups.find((m) => m !== g && m.to < r && m.characteristic !== g.characteristic);
    if (neg && other && !words.slice(0, other.from).some((w) => REPORTED_BEFORE.has(w))) return hit(other.from, g.to, other, 'derogation', 'belonging denied');
    // "real Americans don't wear turbans"
    if (clauseStartAt(words, r) || words[r - 1] === 'the') {
      const vp = words.slice(g.to + 1, g.to + 7);
      if (vp.some((w) => NEGATORS.has(w)) && vp.some((w) => FAITH_MARKS.has(w))) return hit(r, g.to + vp.length, { ...g, characteristic: 'religion' }, 'derogation', 'a faith made foreign');
    }
  }
  return null;
}
const REPORTED_BEFORE = new Set(['said', 'says', 'claim', 'claims', 'claimed', 'think', 'thinks']);

/** "Muslims are welcome here once they leave their religion at the border." */
const SHED = new Set(['leave', 'drop', 'ditch', 'abandon', 'lose', 'shed', 'forget', 'give', 'stop', 'hide']);

function welcomeIf(words: Words, groups: readonly GroupMention[]): Attack | null {
  const w = words.indexOf('welcome');
  const g = w > 0 ? groups.find((m) => !m.pronoun && m.to < w) : undefined;
  if (!g) return null;
  const c = words.findIndex((x, k) => k > w && ['once', 'if', 'provided', 'long', 'when'].includes(x));
  if (c < 0 || c - w > 4) return null;
  const v = words.findIndex((x, k) => k > c && k < c + 5 && SHED.has(x));
  return v > 0 && words.slice(v + 1, v + 4).some((x) => CULTURE_NOUNS.has(x) || FAITH_MARKS.has(x) || ['language', 'accent', 'customs', 'baggage', 'god', 'identity'].includes(x)) ? hit(g.from, v + 2, g, 'derogation', 'welcome only without their identity') : null;
}

/** "[group] ... like mould / like weeds / like mushrooms": a likeness to vermin after any verb, unless the group suffers it. */
const LIKENED = new Set([...MORE_DEHUMANISING, 'goldfish', 'donkey', 'donkeys', 'parrot', 'parrots', 'lemmings', 'chickens', 'headless', 'sloth', 'sloths', 'monkey', 'chimp', 'dog', 'pig', 'mushrooms', 'ants', 'locusts', 'flies', 'lice', 'bacteria', 'zombies', 'rats', 'roaches', 'cockroaches', 'rabbits', 'vermin', 'weeds', 'a plague', 'plague', 'virus', 'cancer', 'animals', 'cattle', 'sheep', 'apes', 'monkeys', 'dogs', 'pigs', 'insects', 'termites', 'maggots', 'leeches', 'parasites', 'worms', 'savages', 'beasts']);
const SUFFERED_LIKE = new Set(['treated', 'treat', 'treating', 'handled', 'herded', 'caged', 'hunted', 'slaughtered', 'killed', 'packed', 'crammed', 'shipped', 'transported', 'seen', 'viewed', 'regarded', 'portrayed', 'described', 'depicted', 'called', 'labelled', 'labeled', 'dehumanised', 'dehumanized', 'shot', 'kept', 'used', 'sold', 'worked', 'exploited', 'housed', 'fed', 'dumped']);

function likeVermin(words: Words, groups: readonly GroupMention[]): Attack | null {
  const g = groups.find((m) => !m.pronoun && asSubject(words, m));
  if (!g) return null;
  const e = clauseEnd(words, g.to + 1, 14);
  for (let k = g.to + 2; k <= e; k++) {
    // "[group] voting on the future is like a goldfish planning a holiday"
    if (words[k] !== 'like' || (words[k - 1] === 'is' && !['a', 'an'].includes(words[k + 1] ?? ''))) continue;
    let j = k + 1;
    while (['a', 'an', 'the', 'little', 'wild', 'filthy', 'dirty'].includes(words[j] ?? '')) j++;
    // "Muslim men treat their wives like property": what the group is said to do to others
    if (['treat', 'treats'].includes(words[g.to + 1] ?? '') && ['property', 'slaves', 'dirt', 'servants', 'objects', 'possessions', 'cattle', 'dogs', 'animals', 'trash', 'garbage', 'livestock', 'maids'].includes(words[j] ?? '')) return hit(g.from, j, g, 'stereotype', `treat others like ${words[j]}`);
    if (!LIKENED.has(words[j] ?? '')) continue;
    if (words.slice(g.to + 1, k).some((w) => SUFFERED_LIKE.has(w) || NEGATORS.has(w) || VICTIMISED.has(w))) return null;
    return hit(g.from, j, g, 'dehumanising', `likened to ${words[j]}`);
  }
  return null;
}


/** A member rejected unseen: "Anyone in a hijab gets an automatic no from me", "CVs with foreign names go straight in the bin". */
const AUTO_REJECT = ['automatic no', 'auto reject', 'automatic rejection', 'instant no', 'instant rejection', 'straight in the bin', 'straight into the bin', 'straight to the bin', 'straight in the trash', 'hard no from me', 'swipe left', 'auto decline', 'automatically rejected', 'automatically reject'];

function autoReject(words: Words, groups: readonly GroupMention[]): Attack | null {
  const r = findAny(words, AUTO_REJECT);
  const g = r ? groups.find((m) => !m.pronoun) : undefined;
  if (!r || !g || words.slice(Math.max(0, r[0] - 3), r[0]).some((w) => NEGATORS.has(w))) return null;
  return hit(Math.min(g.from, r[0]), Math.max(g.to, r[1]), g, 'exclusion', 'rejected for who they are');
}

/** "Never buy a used car from an Arab", "don't lend money to a Gypsy": a warning against dealing with any member. */
const DEALINGS = new Set(['buy', 'lend', 'rent', 'sell', 'borrow', 'trust', 'loan', 'give']);

function dealingRefused(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  for (let i = 0; i < words.length; i++) {
    if (!DEALINGS.has(words[i] ?? '')) continue;
    const neg = words[i - 1] === 'never' || (words[i - 1] === 'not' && ['do', 'would', 'will'].includes(words[i - 2] ?? ''));
    if (!neg || !(clauseStartAt(words, i - 1) || clauseStartAt(words, i - 2) || ['i', 'you', 'would', 'will'].includes(words[i - 3] ?? ''))) continue;
    for (let j = i + 1; j < Math.min(words.length, i + 8) && !CLAUSE_BREAK.has(words[j] ?? ''); j++) {
      if (!['from', 'to', 'with'].includes(words[j] ?? '') || !['a', 'an', 'any'].includes(words[j + 1] ?? '')) continue;
      const id = identityWord(tokens, groups, j + 2);
      if (id) return hit(i - 1, id.to, id, 'stereotype', `never ${words[i]} ... from a [member]`);
    }
  }
  return null;
}

/** "Where are all the female inventors then?": absence asked for as proof. */
function whereAreThey(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  if (words[0] !== 'where' || words[1] !== 'are' || words[words.length - 1] !== '?' || !['then', 'exactly', 'hmm', 'huh'].includes(words[words.length - 2] ?? '')) return null;
  let at = 2;
  while (['all', 'the', 'these', 'those'].includes(words[at] ?? '')) at++;
  const id = identityWord(tokens, groups, at);
  return id && id.to + 2 === words.length - 1 ? hit(0, words.length - 2, id, 'negated-positive', 'where are all the [group] then?') : null;
}

/** "Those Eastern Europeans are not our kind of neighbours", "[group] will never be one of us". */
const NOT_US = ['not our kind', 'not our sort', 'not our type', 'not one of us', 'never be one of us', 'not like us', 'not really one of us', 'not our people'];

function notUs(words: Words, groups: readonly GroupMention[]): Attack | null {
  const g = groups.find((m) => !m.pronoun && asSubject(words, m));
  const r = g ? findAny(words.slice(g.to + 1, g.to + 6), NOT_US) : null;
  return g && r ? hit(g.from, g.to + 1 + r[1], g, 'derogation', 'othered as not us') : null;
}

/** "Third-world migrants bring third-world habits": the origin used as a verdict on conduct. */
const CONDUCT = new Set(['habits', 'habit', 'behaviour', 'behavior', 'mentality', 'mindset', 'standards', 'manners', 'hygiene', 'values', 'ways', 'attitudes', 'customs', 'problems', 'culture', 'thinking', 'levels']);

function thirdWorld(words: Words, groups: readonly GroupMention[]): Attack | null {
  const t = words.findIndex((w, k) => w === 'third' && words[k + 1] === 'world' && CONDUCT.has(words[k + 2] ?? ''));
  const g = t >= 0 ? groups.find((m) => !m.pronoun && m.to < t) : undefined;
  return g && !words.slice(g.to + 1, t).some((w) => NEGATORS.has(w) || VICTIMISED.has(w)) ? hit(g.from, t + 2, g, 'derogation', 'origin as a verdict on conduct') : null;
}


/** Tags that mark praise of a member as mock surprise: "a Mexican who actually pays taxes, frame it". */
const MOCK_TAGS = ['frame it', 'how refreshing', 'color me shocked', 'colour me shocked', 'color me surprised', 'colour me surprised', 'will wonders never cease',
  'wonders never cease', 'stop the presses', 'alert the media', 'call the press', 'mark the date', 'mark the calendar', 'what a time to be alive', 
  'never thought i would see', 'never thought i would see the day', 'first time for everything', 'there is a first time', 'a unicorn',
  'i am shook', 'good for him i guess', 'good for her i guess', 'gold star', 'give him a medal', 'give her a medal'];
/** Trivial acts whose success only mock surprise remarks on. */
const TRIVIAL_ACTS = new Set(['order', 'tie', 'dress', 'use', 'park', 'read', 'spell', 'count', 'open', 'turn', 'feed', 'button', 'find', 'walk', 'speak', 'answer', 'follow', 'cross', 'pay', 'pays', 'paid', 'wash', 'washes', 'washed', 'shower', 'showers', 'showered', 'work', 'works', 'worked', 'tip', 'tips', 'queue', 'queues', 'type', 'write', 'writes', 'wrote', 'works', 'speaks', 'spoke', 'reads', 'drive', 'drives', 'cook', 'cooks', 'tell', 'make', 'get']);
/** Ordinary acts that only mock surprise praises in a member: "the deaf guy managed to order his own coffee". */
const MOCK_FEATS = new Set(['actually', 'managed', 'finally', 'even']);

function mockPraise(tokens: readonly Token[], words: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  const tag = findAny(words, MOCK_TAGS);
  const g = groups.find((m) => !m.pronoun);
  if (tag && g && !words.slice(Math.max(0, tag[0] - 2), tag[0]).some((w) => NEGATORS.has(w))) return hit(Math.min(g.from, tag[0]), Math.max(g.to, tag[1]), g, 'derogation', 'mock surprise at a member');
  // "Honestly a Pakistani writing code this clean? Color me shocked.": the tag in the next sentence
  if (tag && !g && tag[0] <= 1) {
    const pg = prev.groups().find((m) => !m.pronoun);
    if (pg) return hit(tag[0], tag[1], { ...pg, from: tag[0], to: tag[0], pronoun: true }, 'derogation', 'mock surprise at a member named before');
  }
  // "a Mexican who actually pays taxes", "look at that, the deaf guy managed to order his own coffee", "I didn't expect a girl to understand ..."
  for (const m of groups) {
    if (m.pronoun) continue;
    const b = words[m.from - 1] ?? '';
    // "the deaf guy" is read as the group noun "the deaf": its article is part of the mention
    const det = ['a', 'an', 'the'].includes(b) ? m.from - 1 : words[m.from] === 'the' ? m.from : -1;
    if (det < 0) continue;
    const after = words.slice(m.to + 1, m.to + 4);
    // the feat mocked is a trivial act ("managed to order his own coffee", "actually pays taxes"), not a real one
    const feat = after.findIndex((w, k) => MOCK_FEATS.has(w) && TRIVIAL_ACTS.has(after[k + 1] === 'to' ? words[m.to + k + 3] ?? '' : after[k + 1] ?? ''));
    const opener = words.slice(0, det).join(' ');
    const mocking = /^(wow|look at that|look|omg|oh look|well well|lol|whoa|would you look at that)\b/.test(opener) || (words[m.to + 1] === 'who' && after[1] === 'actually');
    if (feat >= 0 && mocking && !hasPraise(words)) return hit(det, m.to + 1 + feat + 1, m, 'derogation', 'mock surprise at a member');
    const ex = words.lastIndexOf('expect', det);
    if (ex >= 0 && det - ex <= 2 && NEGATORS.has(words[ex - 1] ?? '') && words[m.to + 1] === 'to' && COMPETENCES.has(words[m.to + 2] ?? '') === false && /^[a-z]+$/.test(words[m.to + 2] ?? '') && ['understand', 'know', 'get', 'grasp', 'read', 'write', 'speak', 'code', 'drive', 'fix', 'lead', 'cook', 'win', 'pass', 'follow', 'use'].includes(words[m.to + 2] ?? '')) {
      return hit(ex - 1, m.to + 2, m, 'stereotype', "didn't expect a [member] to ...");
    }
  }
  return null;
}

/** Sarcastic remarks after "[group] and [a quality]": "Jews and generosity, the world's shortest book". */
const PAIR_TAGS = new Set(['shortest', 'fantasy', 'waiting', 'myth', 'myths', 'unicorn', 'unicorns', 'fiction', 'fairy', 'fairytale', 'oxymoron', 'impossible', 'joke', 'lol', 'lmao', 'never', 'progress', 'contradiction', 'dream', 'dreams', 'thin', 'nope', 'yeah', 'sure', 'hilarious', 'comedy', 'mystery', 'mission', 'miracle', 'crossover', 'doomed', 'disaster', 'nightmare', 'tragedy', 'strangers', 'enemies', 'allergic']);
const PAIR_QUALITIES = new Set(['logic', 'generosity', 'commitment', 'honesty', 'hygiene', 'science', 'maths', 'math', 'democracy', 'peace', 'work', 'punctuality', 'driving', 'parking', 'electricity', 'leadership', 'intelligence', 'loyalty', 'monogamy', 'sobriety', 'manners', 'tolerance', 'humour', 'humor', 'engineering', 'technology', 'soap', 'deodorant', 'taxes', 'reading', 'directions', 'sports', 'football', 'swimming', 'queueing', 'queuing', 'rationality', 'reason', 'competence', 'civilisation', 'civilization', 'freedom', 'modesty', 'integrity', 'progress', 'fidelity', 'cleanliness', 'money', 'truth', 'facts', 'maths']);

function pairTag(words: Words, groups: readonly GroupMention[]): Attack | null {
  const g = groups.find((m) => !m.pronoun && clauseStartAt(words, m.from));
  if (!g || words[g.to + 1] !== 'and' || hasPraise(words) || groups.filter((m) => !m.pronoun).length > 1) return null;
  const q = words[g.to + 2] ?? '';
  if (!PAIR_QUALITIES.has(q) || ![',', ':', '-', '.', '?', '...'].includes(words[g.to + 3] ?? '')) return null;
  const tail = words.slice(g.to + 4);
  const t = tail.findIndex((w) => PAIR_TAGS.has(w));
  return t >= 0 ? hit(g.from, g.to + 4 + t, g, 'stereotype', `[group] and ${q}, with a sarcastic tag`) : null;
}

/** Spoiled things a group is equated with: "Old people are basically expired milk", "autistic people are just broken computers". */
const SPOILED = new Set(['expired', 'broken', 'leaky', 'leaking', 'rotten', 'rotting', 'ticking', 'faulty', 'defective', 'spoiled', 'spoilt', 'damaged', 'toxic', 'stale', 'mouldy', 'moldy', 'disposable', 'obsolete', 'malfunctioning', 'infected', 'contaminated', 'sour', 'dead', 'festering', 'bottomless', 'overflowing', 'clogged', 'blocked']);
const NOT_THINGS = new Set(['tired', 'right', 'wrong', 'serious', 'set', 'sure', 'last', 'people', 'persons', 'men', 'women', 'kids', 'children', 'families', 'souls', 'hearts', 'heart', 'hearted', 'inside', 'even', 'broke', 'on', 'by', 'from', 'and', 'in']);

function spoiledThing(words: Words, groups: readonly GroupMention[]): Attack | null {
  for (const g of groups) {
    if (g.pronoun || !asSubject(words, g)) continue;
    let j = g.to + 1;
    if (!['are', 'is'].includes(words[j] ?? '')) continue;
    j++;
    while (['just', 'basically', 'all', 'like', 'nothing', 'but', 'a', 'an', 'literally', 'really', 'essentially', 'simply', 'no', 'better', 'than', 'more', 'the', 'human', 'society', "'s", 'our'].includes(words[j] ?? '') && j < g.to + 8) j++;
    if (!SPOILED.has(words[j] ?? '')) continue;
    const n = words[j + 1] ?? '';
    // "dead weight", "a ticking clock", "broken computers", "expired milk"
    if (/^[a-z]+$/.test(n) && !NOT_THINGS.has(n) && !PERSON_NOUNS.has(n) && !/ly$/.test(n) && !words.slice(g.to + 1, j).some((w) => NEGATORS.has(w))) return hit(g.from, j + 1, g, 'dehumanising', `equated with ${words[j]} ${n}`);
  }
  return null;
}

/** "Women got the vote and it's been downhill ever since": a gain by the group dated as the start of a decline. */
const DOWNHILL = ['downhill', 'gone to pot', 'gone to the dogs', 'gone to hell', 'down the drain', 'down the toilet', 'gone south', 'gone wrong', 'fallen apart', 'a mess', 'a disaster', 'chaos', 'a shambles', 'a dump', 'a nightmare'];

function everSince(words: Words, groups: readonly GroupMention[]): Attack | null {
  const s = find(words, 'ever since');
  const g = s > 0 ? groups.find((m) => !m.pronoun && m.to < s) : undefined;
  if (!g || hasPraise(words)) return null;
  const d = findAny(words.slice(g.to + 1, s), DOWNHILL);
  return d && !words.slice(g.to + 1, s).some((w) => NEGATORS.has(w)) ? hit(g.from, s + 1, g, 'derogation', 'a decline dated from the group') : null;
}

/** "Old people should do us all a favour and retire from voting": leaving as a favour. */
const FAVOUR_EXITS = new Set(['die', 'leave', 'retire', 'disappear', 'go', 'stop', 'quit', 'vanish', 'emigrate', 'drop', 'move', 'shut', 'stay', 'step', 'get', 'pack', 'piss', 'fuck', 'kill', 'jump', 'croak']);

function favour(words: Words, groups: readonly GroupMention[]): Attack | null {
  const f = words.findIndex((w, k) => (w === 'favour' || w === 'favor') && words[k - 1] === 'a' && words[k - 2] !== 'me' && ['us', 'everyone', 'world', 'all', 'country', 'society', 'planet', 'everybody'].includes(words[k - 2] ?? '') || ((w === 'favour' || w === 'favor') && words[k - 1] === 'a' && words[k - 3] === 'us' && words[k - 2] === 'all'));
  if (f < 0) return null;
  const g = groups.find((m) => !m.pronoun && m.to < f);
  const v = words[f + 1] === 'and' ? words[f + 2] === 'just' ? f + 3 : f + 2 : -1;
  return g && v > 0 && FAVOUR_EXITS.has(words[v] ?? '') ? hit(g.from, v, g, 'exclusion', 'leaving as a favour to us') : null;
}

/** Orientation explained away: "Lesbians are only like that because no man wanted them", "gay because of daddy issues". */
const EXPLAINED_AWAY = ['no man wanted', 'no man would', 'no man will', 'no woman wanted', 'no woman would', 'no guy wanted', 'no girl wanted', 'could not get a man', 'could not get a woman', 'can not get a man', 'can not get a woman', 'daddy issues', 'mommy issues', 'mummy issues', 'were abused', 'got abused', 'bad experience', 'never had a real man', 'never had a real woman', 'never been with a real', 'too ugly to get'];

function explainedAway(words: Words, groups: readonly GroupMention[]): Attack | null {
  const g = groups.find((m) => !m.pronoun && (m.characteristic === 'sexual-orientation' || m.characteristic === 'gender-identity'));
  if (!g) return null;
  const e = findAny(words.slice(g.to + 1), EXPLAINED_AWAY);
  // "Lesbians are often told no man wanted them, which is a tired insult": the explanation reported
  if (e && words.slice(g.to + 1, g.to + 1 + e[0]).some((w) => ['told', 'say', 'says', 'said', 'accused', 'claim', 'claims', 'hear', 'assume', 'assumes'].includes(w))) return null;
  return e ? hit(g.from, g.to + 1 + e[1], g, 'derogation', 'identity explained away') : null;
}

/** A family denied by contrast: "Gay couples can't give a child what a real family can". */
function realFamily(words: Words, groups: readonly GroupMention[]): Attack | null {
  const g = groups.find((m) => !m.pronoun && (m.characteristic === 'sexual-orientation' || m.characteristic === 'gender-identity'));
  if (!g) return null;
  const r = words.findIndex((w, k) => k > g.to && ['real', 'proper', 'normal', 'natural', 'traditional'].includes(w) && ['family', 'families', 'parents', 'mother', 'father', 'mum', 'dad', 'mom', 'home', 'couple', 'couples', 'marriage'].includes(words[k + 1] ?? ''));
  return r > 0 && words.slice(g.to + 1, r).some((w) => NEGATORS.has(w) || w === 'cannot') ? hit(g.from, r + 1, g, 'derogation', 'a real family denied') : null;
}

/** "Is there any country the Chinese haven't ruined?": no exception to a harm. */
const RUINED = new Set(['ruined', 'destroyed', 'wrecked', 'invaded', 'stolen', 'spoiled', 'spoilt', 'messed', 'screwed', 'infested', 'polluted', 'robbed', 'scammed', 'bombed', 'taken', 'corrupted', 'conquered', 'colonised', 'colonized', 'overrun']);

function noUntouched(words: Words, groups: readonly GroupMention[]): Attack | null {
  const t = find(words, 'is there');
  if (t < 0 || !['any', 'a', 'one'].includes(words[t + 2] ?? '')) return null;
  const g = groups.find((m) => !m.pronoun && m.from > t + 2 && m.from < t + 7);
  if (!g) return null;
  const vp = words.slice(g.to + 1, g.to + 5);
  return vp.some((w) => NEGATORS.has(w)) && vp.some((w) => RUINED.has(w)) ? hit(t, g.to + vp.length, g, 'stereotype', 'no place the group has not harmed') : null;
}

/** "Has a Gypsy ever held down a real job?", "did an immigrant ever pay tax?": the good habit asked after as if never seen. */
const PAST_GOOD = new Set(['held', 'paid', 'worked', 'washed', 'showered', 'tipped', 'queued', 'apologised', 'apologized', 'contributed', 'done', 'earned', 'built', 'invented', 'achieved']);

function everDone(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  if (words[words.length - 1] !== '?' || !['has', 'have', 'did'].includes(words[0] ?? '')) return null;
  let at = 1;
  while (['any', 'a', 'an', 'single', 'one', 'the'].includes(words[at] ?? '')) at++;
  const id = identityWord(tokens, groups, at);
  if (!id || words[id.to + 1] !== 'ever' || words.includes('been')) return null;
  const v = words[id.to + 2] ?? '';
  return PAST_GOOD.has(v) || (words[0] === 'did' && GOOD_HABITS.has(v)) ? hit(0, id.to + 2, id, 'negated-positive', 'a good habit asked after as never seen') : null;
}

/** "Why do old people think they can drive at 90?", "why do women think they deserve ...": pretension mocked. */
function thinkTheyCan(words: Words, groups: readonly GroupMention[]): Attack | null {
  if (words[0] !== 'why' || !['do', 'does'].includes(words[1] ?? '')) return null;
  const g = groups.find((m) => !m.pronoun && m.from >= 2 && m.from <= 3);
  if (!g) return null;
  let j = g.to + 1;
  while (['still', 'always', 'all', 'even', 'honestly', 'actually', 'really'].includes(words[j] ?? '')) j++;
  if (!['think', 'believe'].includes(words[j] ?? '') || !['they', 'that'].includes(words[j + 1] ?? '')) return null;
  const k = words[j + 1] === 'that' ? j + 3 : j + 2;
  return ['can', 'deserve', 'should', 'get', 'own', 'know', 'run', 'matter', 'count', 'belong'].includes(words[k] ?? '') ? hit(0, k, g, 'derogation', 'why do [group] think they ...?') : null;
}


/** "Why do trans people need to force their delusions on everyone?": imposing their way on others. */
const FORCING = new Set(['force', 'forces', 'forcing', 'push', 'pushes', 'pushing', 'shove', 'shoves', 'shoving', 'ram', 'rams', 'ramming', 'impose', 'imposes', 'imposing', 'cram', 'cramming']);
const IMPOSED = new Set(['agenda', 'delusions', 'delusion', 'lifestyle', 'religion', 'beliefs', 'ideology', 'propaganda', 'sexuality', 'gender', 'culture', 'values', 'nonsense', 'views', 'ways', 'customs', 'law', 'laws', 'sharia', 'pronouns', 'fantasy', 'perversion']);

function forcing(words: Words, groups: readonly GroupMention[]): Attack | null {
  const g = groups.find((m) => !m.pronoun && m.to < words.length);
  if (!g) return null;
  for (let i = g.to + 1; i < Math.min(words.length, g.to + 8); i++) {
    if (!FORCING.has(words[i] ?? '') || words[i + 1] !== 'their' || !IMPOSED.has(words[i + 2] ?? '') || !['on', 'onto', 'down', 'into', 'in'].includes(words[i + 3] ?? '')) continue;
    if (words.slice(g.to + 1, i).some((w) => NEGATORS.has(w) || VICTIMISED.has(w))) return null;
    return hit(g.from, i + 3, g, 'derogation', `forcing their ${words[i + 2]} on others`);
  }
  return null;
}

/** "Is it really so hard for immigrants to learn the language?": a basic task cast as beyond them. */
function soHard(words: Words, groups: readonly GroupMention[]): Attack | null {
  const h = words.findIndex((w, k) => ['hard', 'difficult'].includes(w) && ['so', 'that', 'really'].includes(words[k - 1] ?? '') && words[k + 1] === 'for');
  if (h < 0 || !words.slice(Math.max(0, h - 4), h).includes('it')) return null;
  const g = groups.find((m) => !m.pronoun && m.from >= h + 2 && m.from <= h + 3);
  return g && words[g.to + 1] === 'to' && ['learn', 'speak', 'follow', 'understand', 'integrate', 'behave', 'wash', 'work', 'say', 'stop', 'pay', 'use', 'respect', 'obey', 'act', 'shut', 'adapt', 'fit', 'queue'].includes(words[g.to + 2] ?? '') && !words.slice(g.to + 2).some((w) => HABIT_EXCUSES.has(w)) ? hit(h - 1, g.to + 2, g, 'derogation', 'is it so hard for [group] to ...?') : null;
}

/** "Do disabled people contribute anything at all?": worth asked after with a hedge. */
function contributeAnything(words: Words, groups: readonly GroupMention[]): Attack | null {
  if (words[words.length - 1] !== '?' || !['do', 'does', 'have', 'has', 'did', 'what'].includes(words[0] ?? '')) return null;
  const g = groups.find((m) => !m.pronoun && m.from <= 3);
  if (!g) return null;
  const vp = words.slice(g.to + 1);
  const v = vp.findIndex((w) => WORTH_CONTRIBUTE.has(w));
  const hedged = vp.includes('anything') && (find(vp, 'at all') >= 0 || vp.slice(0, v).some((w) => ['ever', 'even', 'actually', 'really'].includes(w)));
  // "what do Muslims even contribute to this country?"
  const what = words[0] === 'what' && vp.slice(0, v).some((w) => ['even', 'actually', 'really', 'ever'].includes(w));
  return v >= 0 && v <= 3 && (hedged || what) ? hit(0, g.to + 1 + v, g, 'negated-positive', 'their worth asked after') : null;
}
const WORTH_CONTRIBUTE = new Set(['contribute', 'contributed', 'add', 'added', 'give', 'given', 'bring', 'brought', 'offer', 'offered', 'produce', 'produced', 'achieve', 'achieved', 'invent', 'invented']);

/** "Why should we care what old people think?": a group's voice dismissed. */
function voiceDismissed(words: Words, groups: readonly GroupMention[]): Attack | null {
  const c = words.findIndex((w, k) => w === 'care' && ['why', 'who'].includes(words[0] ?? '') && words[k + 1] === 'what');
  const g = c > 0 ? groups.find((m) => !m.pronoun && m.from === c + 2) : undefined;
  return g && ['think', 'thinks', 'say', 'says', 'want', 'wants', 'feel', 'feels', 'believe', 'believes'].includes(words[g.to + 1] ?? '') ? hit(0, g.to + 1, g, 'derogation', 'why care what [group] think') : null;
}

/** "Who actually wants more refugees in their town?": a rhetorical refusal of the group's presence. */
function whoWants(words: Words, groups: readonly GroupMention[]): Attack | null {
  if (words[0] !== 'who' || words[words.length - 1] !== '?') return null;
  let i = 1;
  while (['actually', 'even', 'really', 'honestly', 'seriously', 'in', 'their', 'right', 'mind', 'the', 'hell', 'on', 'earth'].includes(words[i] ?? '')) i++;
  if (!['wants', 'needs', 'asked', 'invited'].includes(words[i] ?? '')) return null;
  let j = i + 1;
  while (['more', 'any', 'these', 'those', 'all'].includes(words[j] ?? '')) j++;
  const g = groups.find((m) => !m.pronoun && m.from === j);
  return g && ['in', 'here', 'near', 'around', 'next', '?', 'living', 'moving', 'as'].includes(words[g.to + 1] ?? '') ? hit(0, g.to, g, 'exclusion', 'who wants [group] here?') : null;
}

/** "Why do the Chinese eat such disgusting food?", "why do autistic people act so weird?" */
const CONTEMPT_ADJ = new Set(['terribly', 'badly', 'horribly', 'awfully', 'stupidly', 'weirdly', 'disgustingly', 'aggressively', 'recklessly', 'disgusting', 'gross', 'weird', 'strange', 'creepy', 'smelly', 'vile', 'nasty', 'revolting', 'horrible', 'awful', 'ugly', 'stupid', 'dumb', 'ridiculous', 'barbaric', 'primitive', 'rude', 'loud', 'aggressive', 'crazy', 'violent', 'scary', 'annoying', 'entitled', 'childish', 'arrogant', 'fake', 'disturbing', 'repulsive', 'filthy', 'dirty', 'retarded', 'pathetic', 'obnoxious', 'savage', 'backwards', 'backward']);
const THEIR_THINGS = new Set(['food', 'music', 'clothes', 'names', 'language', 'languages', 'accents', 'accent', 'habits', 'customs', 'houses', 'cooking', 'dances', 'hair', 'fashion', 'religion', 'rituals', 'weddings', 'things', 'stuff', 'noises', 'faces']);
const MANNER_VERBS = new Set(['act', 'acts', 'behave', 'behaves', 'look', 'looks', 'sound', 'sounds', 'dress', 'dresses', 'talk', 'talks', 'smell', 'smells', 'drive', 'drives', 'eat', 'eats', 'wear', 'wears', 'speak', 'speaks', 'cook', 'cooks', 'have', 'has', 'make', 'makes', 'listen']);

function contemptManner(words: Words, groups: readonly GroupMention[]): Attack | null {
  // "women drive terribly, according to insurers": a claim attributed to someone else
  if (words.includes('according')) return null;
  for (const g of groups) {
    if (g.pronoun || !asSubject(words, g)) continue;
    let j = g.to + 1;
    while (['all', 'always', 'just', 'really', 'often', 'usually', 'still', 'even'].includes(words[j] ?? '')) j++;
    if (!MANNER_VERBS.has(words[j] ?? '')) continue;
    let k = j + 1;
    if (['to', 'at'].includes(words[k] ?? '')) k++;
    while (['so', 'such', 'too', 'really', 'that', 'this', 'their', 'a', 'an', 'like', 'the', 'some'].includes(words[k] ?? '')) k++;
    const adj = words[k] ?? '';
    if (!CONTEMPT_ADJ.has(adj)) continue;
    // "act so weird", "eat such disgusting food": a manner, or a thing of theirs
    if (['act', 'acts', 'behave', 'behaves', 'look', 'looks', 'sound', 'sounds', 'dress', 'dresses', 'talk', 'talks', 'smell', 'smells', 'drive', 'drives'].includes(words[j] ?? '') || THEIR_THINGS.has(words[k + 1] ?? '')) return hit(g.from, THEIR_THINGS.has(words[k + 1] ?? '') ? k + 1 : k, g, 'generalisation', `contempt for how they ${words[j]}`);
  }
  return null;
}

/** "Is there anything more annoying than a vegan Muslim?": the member as the worst of something. */
function worstThing(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
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

/** "Pakistanis are always involved in grooming gangs": a group generalised as behind crimes. */
function crimeInvolved(words: Words, groups: readonly GroupMention[]): Attack | null {
  for (const g of groups) {
    if (g.pronoun || !asSubject(words, g)) continue;
    const vp = words.slice(g.to + 1, clauseEnd(words, g.to + 1, 10) + 1);
    const inv = vp.findIndex((w) => ['involved', 'behind', 'responsible'].includes(w));
    if (inv < 0 || !vp.slice(0, inv).some((w) => ['always', 'all', 'usually', 'constantly', 'invariably', 'somehow', 'every', 'mostly'].includes(w))) continue;
    if (vp.some((w) => VICTIMISED.has(w) || w === 'victims' || w === 'fighting' || w === 'stopping' || NEGATORS.has(w))) continue;
    const c = vp.slice(inv + 1).findIndex((w) => CRIME_NOUNS.has(w) || ['war', 'wars', 'crisis', 'crises', 'crash', 'pandemic', 'revolution', 'revolutions', 'plague'].includes(w));
    if (c >= 0) return hit(g.from, g.to + 1 + inv + 1 + c, g, 'stereotype', 'always behind crime');
  }
  return null;
}

/** "When did it become okay for men in dresses to use our toilets?": a presence begrudged. */
function becameOkay(words: Words, groups: readonly GroupMention[]): Attack | null {
  const b = find(words, 'when did it become');
  if (b !== 0 || !['okay', 'ok', 'acceptable', 'normal', 'fine', 'legal', 'allowed'].includes(words[4] ?? '') || words[5] !== 'for') return null;
  const g = groups.find((m) => !m.pronoun && m.from >= 6 && m.from <= 7);
  return g ? hit(0, g.to, g, 'derogation', 'when did it become okay for [group] ...?') : null;
}

/** "Why should my kids learn about gay families at school?": children kept from knowing the group exists. */
function keptFromLearning(words: Words, groups: readonly GroupMention[]): Attack | null {
  const c = words.findIndex((w, k) => CHILDREN.has(w) && ['my', 'our'].includes(words[k - 1] ?? '') && ['why', 'should', 'do'].includes(words[0] ?? ''));
  if (c < 0 || words[words.length - 1] !== '?' || words[1] !== 'should' && words[1] !== 'do' && words[1] !== 'must') return null;
  const l = words.findIndex((w, k) => k > c && ['learn', 'hear', 'taught', 'read', 'see', 'know', 'watch'].includes(w));
  const g = l > 0 && words[l + 1] === 'about' ? groups.find((m) => !m.pronoun && m.from > l + 1 && m.from <= l + 3) : undefined;
  return g ? hit(0, g.to, g, 'exclusion', 'children kept from learning about [group]') : null;
}

/** "Why do old people refuse to just die already?", "[group] should hurry up and die". */
function dieAlready(words: Words, groups: readonly GroupMention[]): Attack | null {
  const d = words.findIndex((w, k) => ['die', 'croak', 'disappear', 'leave'].includes(w) && (words[k + 1] === 'already' || (words[k - 1] === 'and' && words[k - 2] === 'up' && words[k - 3] === 'hurry')));
  const g = d > 0 ? groups.find((m) => !m.pronoun && m.to < d) : undefined;
  return g && !words.slice(g.to + 1, d).some((w) => NEGATORS.has(w) && w !== 'not') ? hit(g.from, d + 1, g, 'exclusion', 'wished to die already') : null;
}

/** "Immigrants should remember they are guests here": belonging withheld. */
const GUESTS = ['always be foreigners', 'always be outsiders', 'always be guests', 'always be strangers', 'always be immigrants', 'always be aliens', 'never be one of us', 'never really belong', 'never belong here', 'they are guests', 'they are only guests', 'they are just guests', 'are guests here', 'are guests in', 'are only guests', 'are just guests', 'are visitors here', 'are only visitors', 'are just visitors'];

function guests(words: Words, groups: readonly GroupMention[]): Attack | null {
  const g = groups.find((m) => !m.pronoun && asSubject(words, m));
  const r = g ? findAny(words.slice(g.to + 1), GUESTS) : null;
  return g && r && !words.slice(g.to + 1, g.to + 1 + r[0]).some((w) => NEGATORS.has(w)) ? hit(g.from, g.to + 1 + r[1], g, 'derogation', 'guests, not members') : null;
}

/** "Gay people are welcome, just not near my children": tolerance with an exclusion attached. */
function welcomeButNot(words: Words, groups: readonly GroupMention[]): Attack | null {
  const g = groups.find((m) => !m.pronoun && asSubject(words, m));
  if (!g) return null;
  const w = words.findIndex((x, k) => k > g.to && k <= g.to + 4 && ['welcome', 'fine', 'ok', 'okay', 'alright', 'tolerable', 'tolerated'].includes(x));
  if (w < 0) return null;
  let n = w + 1;
  if (words[n] === ',' || words[n] === '-') n++;
  if (['just', 'but', 'only'].includes(words[n] ?? '')) n++;
  // the exclusion is from the writer's own life: "not near my children", "not in my street"
  const own = words.slice(n + 2, n + 6).some((x) => CHILDREN.has(x) || ['street', 'neighbourhood', 'neighborhood', 'house', 'home', 'area', 'town', 'school', 'family', 'country', 'church', 'pub', 'road', 'building', 'office', 'club'].includes(x)) && words.slice(n + 2, n + 5).some((x) => ['my', 'our', 'me', 'us'].includes(x));
  if (words[n] === 'not' && (['near', 'around', 'next'].includes(words[n + 1] ?? '') || (['in', 'with', 'at'].includes(words[n + 1] ?? '') && own))) return hit(g.from, n + 2, g, 'exclusion', 'welcome, just not near us');
  return null;
}

/** "Refugees are economic migrants pretending to be victims": suffering unmasked as pretence. */
function pretending(words: Words, groups: readonly GroupMention[]): Attack | null {
  const g = groups.find((m) => !m.pronoun);
  if (!g) return null;
  const p = words.findIndex((w, k) => k > g.to && ['pretending', 'pretend', 'pretends', 'faking', 'posing'].includes(w));
  if (p < 0 || words.slice(0, p).some((w) => NEGATORS.has(w) || ['accused', 'told', 'say', 'says', 'said', 'claim', 'claims', 'called', 'labelled', 'labeled', 'assume', 'assumed', 'think', 'thinks', 'suspected'].includes(w))) return null;
  const t = words[p + 1] === 'to' && words[p + 2] === 'be' ? p + 3 : words[p + 1] === 'as' ? p + 2 : p + 1;
  let k = t;
  while (['a', 'an', 'poor', 'real'].includes(words[k] ?? '')) k++;
  return ['victims', 'victim', 'refugees', 'refugee', 'disabled', 'sick', 'oppressed', 'persecuted', 'women', 'woman', 'children', 'kids', 'minors', 'poor', 'it', 'illness', 'disability', 'trauma'].includes(words[k] ?? '') ? hit(g.from, k, g, 'derogation', 'pretending to suffer') : null;
}


/** "Everything Africans touch turns to dust": ruin as the group's touch. */
const DUST = new Set(['dust', 'shit', 'crap', 'ruin', 'ruins', 'ashes', 'garbage', 'trash', 'rubbish', 'hell', 'rot', 'rubble', 'ash', 'poison', 'nothing']);

function ruinTouch(words: Words, groups: readonly GroupMention[]): Attack | null {
  const e = words.indexOf('everything');
  const g = e >= 0 ? groups.find((m) => !m.pronoun && m.from >= e + 1 && m.from <= e + 2) : undefined;
  if (!g || !['touch', 'touches', 'touched', 'get', 'run', 'runs', 'build'].includes(words[g.to + 1] ?? '')) return null;
  const rest = words.slice(g.to + 2, g.to + 8);
  return rest.some((w) => ['turns', 'turn', 'goes', 'becomes', 'falls', 'fall', 'collapses', 'rots', 'dies', 'breaks', 'fails'].includes(w)) && (rest.some((w) => DUST.has(w)) || rest.some((w) => ['collapses', 'rots', 'dies', 'breaks', 'fails', 'falls'].includes(w))) ? hit(e, g.to + 1 + rest.length, g, 'stereotype', 'everything they touch is ruined') : null;
}

const ESSENTIAL_VICES = new Set([...RESTRICTED_ACTS, 'drink', 'fight', 'kill', 'hate', 'rob', 'scam', 'haggle', 'riot', 'violence', 'crime', 'laziness', 'greed', 'lying', 'stealing', 'cheating', 'drinking', 'fighting', 'terrorism', 'hatred', 'thieving']);

/** "It's in the Irish blood to drink": an essence named by an identity adjective. */
function adjectiveEssence(words: Words): Attack | null {
  for (let i = 0; i + 3 < words.length; i++) {
    if (words[i] !== 'in' || !['the', 'their', 'his', 'her'].includes(words[i + 1] ?? '')) continue;
    const c = identityAdjective(words[i + 2] ?? '');
    // the trait is a vice: "to drink", "to fight", "violence is in the Arab blood"; "to love a good story" is fond
    const to = words[i + 4] === 'to' ? words[i + 5] ?? '' : '';
    const vice = ESSENTIAL_VICES.has(to) || (to === 'be' && (CONTEMPT_ADJ.has(words[i + 6] ?? '') || MORE_NEGATIVE.has(words[i + 6] ?? ''))) || words.slice(0, i).some((w) => ESSENTIAL_VICES.has(w));
    if (c && c !== 'age' && vice && ['blood', 'dna', 'genes', 'nature', 'bones'].includes(words[i + 3] ?? '') && !hasPraise(words)) return hit(i, i + 3, { from: i + 2, to: i + 2, characteristic: c, pronoun: false, weak: false }, 'stereotype', 'a trait made an essence');
  }
  return null;
}

/** "If you love Mexico so much, go back there": the love of an origin turned into an order to leave. */
function loveItLeave(words: Words): Attack | null {
  const l = words.findIndex((w) => w === 'love' || w === 'like' || w === 'miss');
  if (l < 0 || words[l - 1] !== 'you' || !PLACES.has(words[l + 1] ?? '') && !['your', 'their'].includes(words[l + 1] ?? '')) return null;
  const place = PLACES.has(words[l + 1] ?? '') ? l + 1 : words[l + 2] === 'country' || words[l + 2] === 'culture' ? l + 2 : -1;
  if (place < 0 || words[place + 1] !== 'so' || words[place + 2] !== 'much') return null;
  const go = words.findIndex((w, k) => k > place + 2 && (w === 'go' || w === 'move' || w === 'leave' || w === 'piss' || w === 'fuck') && (['back', 'there', 'home', 'off'].includes(words[k + 1] ?? '') || w === 'leave' || w === 'move'));
  return go > 0 ? hit(l - 1, go + 1, { from: place, to: place, characteristic: 'origin', pronoun: false, weak: false }, 'exclusion', 'if you love it so much, go back') : null;
}

/** "Why are Black people so good at running? Running from the police.": a punchline that turns a question into a crime. */
const PUNCH_CRIMES = new Set([...CRIME_NOUNS, 'police', 'cops', 'jail', 'prison', 'welfare', 'benefits', 'stealing', 'stolen', 'stole', 'looting', 'bombs', 'bombing', 'dole']);

function crimePunchline(words: Words, prev: Neighbour): Attack | null {
  const n = words.filter((w) => /^[a-z]/.test(w)).length;
  if (n === 0 || n > 6 || !words.some((w) => PUNCH_CRIMES.has(w)) || words.some((w) => CRITIQUE.has(w) || ['bias', 'biased', 'brutality', 'racism', 'racist', 'discrimination', 'profiling', 'unfair'].includes(w))) return null;
  const p = prev.words();
  if (p[p.length - 1] !== '?' || !['why', 'how', 'what'].includes(p[0] ?? '')) return null;
  const pg = prev.groups().find((m) => !m.pronoun);
  // the punchline picks up the question's own word ("so good at running? Running from the police")
  const echo = words.some((w) => /^[a-z]{4,}$/.test(w) && p.includes(w) && !PUNCH_CRIMES.has(w));
  return pg && echo ? hit(0, words.length - 1, { ...pg, from: 0, to: 0, pronoun: true }, 'derogation', 'a crime as the punchline about a group') : null;
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
const FALLBACK_OPENERS = new Set(['why', 'are', 'is', 'do', 'does', 'did', 'can', 'could', 'will', 'would', 'how', 'come', 'honestly', 'so', 'seriously', 'and', 'but', 'because', 'cause', 'pretending', 'admit', 'admitting', 'accept']);

/**
 * The last resort: a group as the subject of its clause (or of a question) and a damning word later in that clause, in any
 * syntax the frames above do not read ("Are Black people genetically more violent or is it culture?", "Muslims smile to your
 * face and plot like the traitors they are"). Anything that makes the word a suffering, an accusation or a comparison in
 * the group's favour, anywhere in the sentence, drops it.
 */
function damning(words: Words, groups: readonly GroupMention[]): Attack | null {
  if (words.some((w) => NOT_DAMNING.has(w))) return null;
  for (const g of groups) {
    if (g.pronoun || g.weak && g.from === g.to && !['a', 'an', 'every', 'the', 'all', 'these', 'those'].includes(words[g.from - 1] ?? '')) continue;
    let s = g.from - 1;
    while (s >= 0 && (['the', 'all', 'most', 'these', 'those', 'every', 'a', 'an', 'any'].includes(words[s] ?? '') || FALLBACK_OPENERS.has(words[s] ?? ''))) s--;
    if (!(s < 0 || clauseStartAt(words, s + 1))) continue;
    const e = clauseEnd(words, g.to + 1, 14);
    for (let k = g.to + 1; k <= e; k++) {
      const w = words[k] ?? '';
      if (!DAMNING.has(w)) continue;
      // "are victims of violent crime" is caught above; "with violent men" puts the word on someone else
      if (['with', 'of', 'to', 'for', 'at', 'on', 'by', 'from', 'about'].includes(words[k - 1] ?? '') || (['a', 'the', 'some', 'any', 'many', 'more', 'their'].includes(words[k - 1] ?? '') && ['with', 'of', 'to', 'for', 'at', 'on', 'by', 'from', 'about'].includes(words[k - 2] ?? ''))) continue;
      return hit(g.from, k, g, 'generalisation', `a damning word in the group's clause ('${w}')`);
    }
  }
  return null;
}


/** Insult nouns that are also a species or a genre after an identity word ("Indian snake", "a Jewish joke"). */
const NOT_INSULT_AFTER_IDENTITY = new Set(['joke', 'jokes', 'tool', 'tools', 'witch', 'punk', 'snake', 'snakes', 'dummy', 'creep', 'freak', 'freaks', 'crook', 'trash']);
/** Words that may follow the insult noun when it ends its phrase ("Muslim scum everywhere", "gay idiots again"). */
const AFTER_INSULT = new Set(['are', 'is', 'were', 'was', 'who', 'that', 'and', 'or', 'everywhere', 'in', 'on', 'at', 'from', 'like', 'again', 'lol', 'here', 'there', 'should', 'will', 'can', 'always', 'never', 'all', 'get', 'need', 'keep', 'have', 'has', 'out', 'back', 'off', 'go', 'need', 'deserve', 'ruin', 'ruining', 'with']);
export function identityInsultAt(words: Words, i: number): Characteristic | undefined {
  const n = words[i + 1] ?? '';
  if (!INSULT_NOUNS.has(n) && !DEHUMANISING.has(n) || NOT_INSULT_AFTER_IDENTITY.has(n)) return undefined;
  const c = identityAdjective(words[i] ?? '');
  // "a blind idiot" of a referee is figurative; old, young and native describe too much to count
  if (!c || ['old', 'older', 'young', 'younger', 'senior', 'native', 'foreign', 'blind', 'deaf'].includes(words[i] ?? '')) return undefined;
  const after = words[i + 2];
  return after === undefined || !/^[a-z]/.test(after) || AFTER_INSULT.has(after) ? c : undefined;
}

/** "Muslim scum", "those gay idiots", "your Mexican bitch": an identity made the insult's first word. */
function identityInsult(words: Words): Attack | null {
  for (let i = 0; i + 1 < words.length; i++) {
    const c = identityInsultAt(words, i);
    // "white trash" names a class more than a race; "not all Muslim idiots" is still an insult
    if (c) return hit(i, i + 1, { from: i, to: i, characteristic: c, pronoun: false, weak: false }, 'derogation', `an identity made an insult ('${words[i + 1]}')`);
  }
  return null;
}


/** "The only thing Africans export is poverty": the group's whole output a harm. */
function onlyThing(words: Words, groups: readonly GroupMention[]): Attack | null {
  const o = find(words, 'only thing') >= 0 ? find(words, 'only thing') : find(words, 'only things');
  if (o < 0) return null;
  const g = groups.find((m) => !m.pronoun && m.from > o + 1 && m.from <= o + 4);
  if (!g) return null;
  const cop = words.findIndex((w, k) => k > g.to && k <= g.to + 5 && (w === 'is' || w === 'are'));
  const x = cop > 0 ? words.slice(cop + 1, cop + 4) : [];
  return x.some((w) => STING.has(w) || CRIME_NOUNS.has(w) || BLAMED_RESULTS.has(w) || ['poverty', 'misery', 'hate', 'hatred', 'babies', 'excuses', 'noise', 'trouble', 'problems', 'disease', 'violence', 'terror'].includes(w)) ? hit(o, cop + x.length, g, 'stereotype', 'the only thing they bring is a harm') : null;
}

/** "Down syndrome kids should never have been born", "[group] shouldn't exist". */
function neverBorn(words: Words, groups: readonly GroupMention[]): Attack | null {
  const g = groups.find((m) => !m.pronoun);
  if (!g) return null;
  const b = words.findIndex((w, k) => k > g.to && w === 'born' && words[k - 1] === 'been' && words[k - 2] === 'have' && words.slice(Math.max(g.to + 1, k - 5), k - 2).some((x) => NEGATORS.has(x)) && words.slice(g.to + 1, k).some((x) => ['should', 'ought', 'must'].includes(x)));
  return b > 0 ? hit(g.from, b, g, 'exclusion', 'should never have been born') : null;
}

/** "Oh great, another Pride month. Can't wait to have it shoved down my throat": imposition on the writer. */
function downMyThroat(words: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  const t = words.findIndex((w, k) => (w === 'throat' || w === 'throats') && ['my', 'our', 'your'].includes(words[k - 1] ?? '') && words[k - 2] === 'down');
  if (t < 0 || !words.slice(Math.max(0, t - 5), t).some((w) => FORCING.has(w) || ['shoved', 'rammed', 'forced', 'pushed', 'crammed'].includes(w))) return null;
  const g = someGroup(groups, prev, 0);
  return g ? hit(g.pronoun ? 0 : Math.min(g.from, t), t, g, 'derogation', 'shoved down our throats') : null;
}

const APPETITES = new Set(['sex', 'money', 'food', 'drugs', 'partying', 'drinking', 'shopping', 'babies', 'clothes', 'makeup', 'crime', 'violence', 'gold', 'cash', 'themselves', 'football', 'bombs', 'religion', 'dicks', 'cock']);

/** "Do gay people ever think about anything other than sex?": the group reduced to one appetite. */
function onlyAbout(words: Words, groups: readonly GroupMention[]): Attack | null {
  const a = words.findIndex((w, k) => w === 'anything' && (find(words.slice(k + 1, k + 3), 'other than') === 0 || ['but', 'except', 'besides'].includes(words[k + 1] ?? '')));
  const g = a > 0 ? groups.find((m) => !m.pronoun && m.to < a && a - m.to <= 5) : undefined;
  const what = words[a + 1] === 'other' ? words[a + 3] ?? '' : words[a + 2] ?? '';
  return g && APPETITES.has(what) && words.slice(g.to + 1, a).some((w) => ['think', 'talk', 'care', 'know', 'do', 'want'].includes(w)) ? hit(g.from, a + 2, g, 'stereotype', 'nothing on their minds but one thing') : null;
}

/** "What's it going to take for immigrants to start respecting our laws?" */
function whatItTakes(words: Words, groups: readonly GroupMention[]): Attack | null {
  const t = words.indexOf('take');
  if (t < 0 || words[0] !== 'what' || !words.slice(0, t).includes('it') || words[t + 1] !== 'for') return null;
  const g = groups.find((m) => !m.pronoun && m.from >= t + 2 && m.from <= t + 3);
  return g && words[g.to + 1] === 'to' && !words.slice(g.to + 1).some((w) => HONEST_Q.has(w) && w !== 'feel') ? hit(0, g.to + 2, g, 'derogation', "what's it going to take for [group] to ...?") : null;
}

/** "Who decided deaf people should be allowed to drive buses?" */
function whoDecided(words: Words, groups: readonly GroupMention[]): Attack | null {
  if (words[0] !== 'who' || !['decided', 'thought', 'said'].includes(words[1] ?? '') || words[words.length - 1] !== '?') return null;
  const g = groups.find((m) => !m.pronoun && m.from >= 2 && m.from <= 4);
  return g && words.slice(g.to + 1, g.to + 5).some((w) => ['allowed', 'could', 'can', 'should', 'get', 'deserve'].includes(w)) && !words.some((w) => HONEST_Q.has(w)) ? hit(0, g.to, g, 'derogation', 'who decided [group] could ...?') : null;
}

/** "Is the Muslim guy in accounting going to blow up the office?": a member cast as the next attacker. */
const NEXT_CRIMES = new Set(['blow', 'bomb', 'stab', 'rob', 'steal', 'rape', 'shoot', 'hijack', 'scam', 'mug', 'loot', 'behead', 'explode']);

function nextCrime(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  for (let i = 0; i < words.length; i++) {
    const id = identityWord(tokens, groups, i);
    if (!id) continue;
    const vp = words.slice(id.to + 1, id.to + 9);
    const f = vp.findIndex((w, k) => (w === 'going' && vp[k + 1] === 'to') || w === 'gonna' || w === 'will' || w === "'ll");
    // "will bomb us with cookies" is a figure of speech
    const c = f >= 0 ? vp.findIndex((w, k) => k > f && k <= f + 3 && NEXT_CRIMES.has(w) && vp[k + 1] !== 'with' && vp[k + 2] !== 'with') : -1;
    if (c >= 0 && !vp.slice(0, c).some((w) => NEGATORS.has(w))) return hit(id.from, id.to + 1 + c, id, 'stereotype', 'a member cast as the next attacker');
    i = id.to;
  }
  return null;
}

/** "Why does every trans person need to make their identity everyone's problem?" */
function everyonesProblem(words: Words, groups: readonly GroupMention[]): Attack | null {
  const p = words.findIndex((w, k) => (w === 'everyone' || w === 'everybody') && words[k + 1] === "'s" && ['problem', 'business', 'concern'].includes(words[k + 2] ?? ''));
  const g = p > 0 ? groups.find((m) => !m.pronoun && m.to < p) : undefined;
  return g && words.slice(g.to + 1, p).some((w) => ['make', 'makes', 'making'].includes(w)) ? hit(g.from, p + 2, g, 'derogation', "making themselves everyone's problem") : null;
}


/** "If you want your bike to disappear, just park it near the Roma camp": a theft promised by a group's nearness. */
function vanishNear(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  const v = words.findIndex((w, k) => ['disappear', 'vanish', 'stolen', 'nicked', 'missing', 'robbed', 'keyed'].includes(w) && words.slice(Math.max(0, k - 6), k).some((x) => x === 'want' || x === 'like') && words.slice(Math.max(0, k - 5), k).some((x) => VALUABLES.has(x)));
  if (v < 0) return null;
  const n = words.findIndex((w, k) => k > v && ['near', 'around', 'by', 'outside'].includes(w));
  if (n < 0) return null;
  for (let j = n + 1; j < Math.min(words.length, n + 4); j++) {
    // a group, or an identity before where its people live ("the Roma camp"), not a thing ("the Thai temple")
    const id = groups.find((m) => !m.pronoun && m.from === j) ?? (identityAdjective(words[j] ?? '') && ['camp', 'camps', 'estate', 'estates', 'site', 'family', 'families', 'kids', 'lads', 'gangs', 'neighbours', 'neighbors'].includes(words[j + 1] ?? '') ? identityWord(tokens, groups, j) : null);
    if (id) return hit(v, id.to, id, 'stereotype', 'a theft promised near the group');
  }
  return null;
}

/** "Our office has gone downhill since they started hiring women engineers": a decline dated from letting the group in. */
function declineSinceHiring(words: Words, groups: readonly GroupMention[]): Attack | null {
  const s = words.findIndex((w) => w === 'since' || w === 'after' || w === 'when');
  if (s < 0) return null;
  const h = words.findIndex((w, k) => k > s && k <= s + 4 && ['hiring', 'hired', 'hire', 'letting', 'let', 'admitting', 'admitted', 'accepting', 'accepted', 'promoting', 'promoted', 'allowing', 'allowed'].includes(w));
  const g = h > 0 ? groups.find((m) => !m.pronoun && m.from > h && m.from <= h + 2) : undefined;
  if (!g || hasPraise(words)) return null;
  const d = findAny(words, DOWNHILL);
  return d && !words.slice(0, d[0]).some((w) => NEGATORS.has(w)) ? hit(Math.min(d[0], s), g.to, g, 'derogation', 'a decline since hiring [group]') : null;
}

/** "Black people would still be in trees without us": the group placed in a primitive past. */
const PRIMITIVE = new Set(['trees', 'caves', 'cave', 'huts', 'hut', 'jungle', 'jungles', 'mud', 'desert', 'stone', 'dark']);

function stillInTrees(words: Words, groups: readonly GroupMention[]): Attack | null {
  const g = groups.find((m) => !m.pronoun && asSubject(words, m));
  if (!g) return null;
  const st = words.findIndex((w, k) => k > g.to && k <= g.to + 5 && w === 'still');
  if (st < 0) return null;
  const p = words.slice(st + 1, st + 6).findIndex((w) => PRIMITIVE.has(w));
  return p >= 0 && words.slice(st + 1, st + 7).some((w) => ['in', 'living', 'live', 'swinging', 'age'].includes(w)) ? hit(g.from, st + 1 + p, g, 'dehumanising', 'placed in a primitive past') : null;
}

/** "Women's only real talent is spending their husband's money": the group reduced to one use. */
function onlyTalent(words: Words, groups: readonly GroupMention[]): Attack | null {
  const o = words.findIndex((w, k) => w === 'only' && ['talent', 'skill', 'use', 'purpose', 'value', 'job', 'contribution', 'function', 'gift'].includes(words[k + 1] === 'real' || words[k + 1] === 'true' ? words[k + 2] ?? '' : words[k + 1] ?? ''));
  const g = o > 0 ? groups.find((m) => !m.pronoun && m.to < o && o - m.to <= 2) : undefined;
  return g && (words[g.to + 1] === "'s" || words[g.to + 1] === 'only') && !hasPraise(words) ? hit(g.from, o + 2, g, 'derogation', "the group's only use") : null;
}

/** "Why are all the terrorists Muslim?": an identity asked after as if it were the crime's. */
function allTheCriminals(tokens: readonly Token[], words: Words): Attack | null {
  if (words[0] !== 'why' || !['are', 'is', 'were'].includes(words[1] ?? '') || words[words.length - 1] !== '?') return null;
  let k = 2;
  while (['all', 'the', 'so', 'many', 'most', 'always', 'every'].includes(words[k] ?? '')) k++;
  if (k === 2 || !CRIME_NOUNS.has(words[k] ?? '')) return null;
  const c = identityAdjective(words[k + 1] ?? '');
  return c && c !== 'age' && words[k + 2] === '?' ? hit(0, k + 1, { from: k + 1, to: k + 1, characteristic: c, pronoun: false, weak: false }, 'stereotype', 'why are all the [criminals] [identity]?') : null;
}

/** "Do immigrants ever bother learning English?": effort denied by a rhetorical question. */
function everBother(words: Words, groups: readonly GroupMention[]): Attack | null {
  const b = words.indexOf('bother');
  if (b < 0 || words[words.length - 1] !== '?') return null;
  const g = groups.find((m) => !m.pronoun && m.to < b && b - m.to <= 3);
  return g && words.slice(g.to + 1, b).some((w) => ['ever', 'even', 'actually', 'really'].includes(w)) && /^(to|[a-z]+ing)$/.test(words[b + 1] ?? '') && !words.slice(b + 1).some((w) => HABIT_EXCUSES.has(w)) ? hit(g.from, b + 1, g, 'negated-positive', 'effort asked after as never made') : null;
}

/** "What is wrong with trans people?": the group itself as the fault. */
function wrongWith(words: Words, groups: readonly GroupMention[]): Attack | null {
  const w = find(words, 'wrong with');
  if (w < 0 || !words.slice(0, w).includes('what')) return null;
  const g = groups.find((m) => !m.pronoun && m.from >= w + 2 && m.from <= w + 3);
  return g && ['?', '.', '!', 'lol', 'honestly', 'seriously', undefined].includes(words[g.to + 1]) && !words.slice(0, w).some((w2) => NEGATORS.has(w2)) ? hit(0, g.to, g, 'derogation', 'what is wrong with [group]') : null;
}


/** "How do you tell a Jew from a rat?": a member set beside vermin as hard to tell apart. */
function tellApart(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
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

/** "Where do all these Nigerians get the money for those cars?": wealth insinuated as ill-gotten. */
function whereMoney(words: Words, groups: readonly GroupMention[]): Attack | null {
  if (words[0] !== 'where' || !['do', 'does', 'did'].includes(words[1] ?? '')) return null;
  const g = groups.find((m) => !m.pronoun && m.from >= 2 && m.from <= 4);
  return g && ['get', 'find'].includes(words[g.to + 1] ?? '') && words.slice(g.to + 2, g.to + 5).some((w) => ['money', 'cash', 'funds'].includes(w)) && words.slice(g.to + 3).some((w) => LUXURIES.has(w) || ['cars', 'car', 'gold', 'watches', 'trainers', 'designer', 'bmws', 'mercedes', 'jewellery', 'jewelry'].includes(w)) ? hit(0, g.to + 2, g, 'stereotype', 'where do [group] get the money?') : null;
}

/** "Why do gays need to tell everyone they're gay?", "don't old people have anything better to do than complain?" */
function flaunting(words: Words, groups: readonly GroupMention[]): Attack | null {
  for (const g of groups) {
    if (g.pronoun) continue;
    const vp = words.slice(g.to + 1, g.to + 8);
    const n = vp.findIndex((w, k) => ['need', 'have', 'got', 'insist'].includes(w) && ['to', 'on'].includes(vp[k + 1] ?? '') && ['tell', 'announce', 'remind', 'show', 'telling', 'announcing', 'reminding', 'showing'].includes(vp[k + 2] ?? '') && ['everyone', 'everybody', 'us', 'the'].includes(vp[k + 3] ?? ''));
    if (n >= 0) return hit(g.from, g.to + 1 + n + 3, g, 'derogation', 'needing to tell everyone');
    const b = find(vp, 'anything better to do');
    if (b >= 0 && vp.slice(0, b).some((w) => ['have', 'got'].includes(w))) return hit(g.from, g.to + 1 + b + 3, g, 'derogation', 'nothing better to do');
  }
  return null;
}

/** "Why are all feminists ugly lesbians?", "those filthy Mexicans": an insulting word fused to the group's name. */
const FUSED_INSULTS = new Set(['stupid', 'ugly', 'filthy', 'dirty', 'disgusting', 'lazy', 'smelly', 'stinking', 'stinky', 'vile', 'greedy', 'thieving', 'sneaky', 'worthless', 'useless', 'pathetic', 'brainless', 'retarded', 'savage', 'primitive', 'inbred', 'scummy', 'rotten', 'fucking', 'bloody', 'damn', 'goddamn', 'degenerate', 'perverted', 'sick', 'evil', 'backward', 'ignorant', 'uppity', 'entitled']);

function fusedInsult(words: Words, groups: readonly GroupMention[]): Attack | null {
  for (const g of groups) {
    if (g.pronoun) continue;
    const a = words[g.from - 1] ?? '';
    // "sick kids" and "bloody hell" name no group; "not all stupid ..." still insults
    if (!FUSED_INSULTS.has(a) || ['sick', 'fucking', 'bloody', 'damn', 'goddamn'].includes(a) && !['those', 'these', 'all', 'you', 'the'].includes(words[g.from - 2] ?? '')) continue;
    if (words.slice(0, g.from - 1).some((w) => ['called', 'calling', 'call', 'stereotype', 'myth', 'not'].includes(w))) continue;
    return hit(g.from - 1, g.to, g, 'derogation', `an insult fused to the group ('${a}')`);
  }
  return null;
}

type Frame = (tokens: readonly Token[], words: Words, groups: readonly GroupMention[], prev: Neighbour) => Attack | null;

/** Frames that can match with no identity in the sentence: the group was named before, or is a place or a condition. */
const ANYWHERE: readonly Frame[] = [
  warning, (_t, w, g, p) => essence(w, g, p), (_t, w, g, p) => duo(w, g, p), (_t, w, g, p) => knowing(w, g, p), (_t, w, g, p) => reaction(w, g, p),
  nothingGood, (_t, w, g) => pathologised(w, g), incompatible, (_t, w, g, p) => consequence(w, g, p), (_t, w) => activityLabel(w),
  (_t, w) => sameSexVerdict(w), (_t, w) => guessIdentity(w), (_t, w, g, p) => wonderWhy(w, g, p),
  (_t, w) => atrocityMinimised(w), smellTrope, (_t, w, _g, p) => jokeAnswer(w, p), challenge, childrenRemoved, mockPraise, (_t, w) => adjectiveEssence(w),
  (_t, w) => loveItLeave(w), (_t, w, _g, p) => crimePunchline(w, p), (_t, w, g, p) => downMyThroat(w, g, p), (t, w) => allTheCriminals(t, w),
];
/** Frames that need an identity (a group, a gender noun or an identity adjective) in the sentence itself. */
const WITH_IDENTITY: readonly Frame[] = [
  blamedIdentity, typicalThing, (_t, w, g) => reduction(w, g), keptFrom, (_t, w, g) => resentment(w, g), (_t, w, g) => arrivalBlame(w, g),
  imagineBeing, neverMet, (_t, w, g) => genderDenied(w, g), (_t, w, g) => tolerance(w, g), hireExpect, suspicion, notAllBut,
  (_t, w, g) => fedUp(w, g), (_t, w, g, p) => sarcasticThanks(w, g, p), ratherDead, (_t, w, g) => traces(w, g), (_t, w, g) => worthless(w, g),
  (_t, w, g) => sting(w, g), noticed, (_t, w, g) => jokeQuestion(w, g), proverb,
  (_t, w, g) => restricted(w, g), (_t, w, g) => habit(w, g), (_t, w, g) => notBuiltFor(w, g), perceived, (_t, w, g) => forAReason(w, g),
  (_t, w, g) => conditionalTolerance(w, g), (_t, w, g) => paternalism(w, g), (_t, w, g) => disguise(w, g), (_t, w, g) => belittledActivity(w, g),
  stereotypeShapes, (_t, w, g) => steered(w, g), (_t, w, g) => cultureVerdict(w, g), moreShapes, identityPlace,
  (_t, w, g) => prescription(w, g), (_t, w, g) => stereotypeEndorsed(w, g),
  rankedBelow, (_t, w, g) => moreMeansMore(w, g), (_t, w, g) => fauxConcern(w, g), begrudging, burden, (_t, w, g) => followsThem(w, g),
  (_t, w, g) => wordWorth(w, g), (_t, w, g) => unlikeOthers(w, g), anotherDay,
  surprisedBy, (_t, w, g) => motive(w, g), (_t, w, g) => betterBefore(w, g), (_t, w, g) => swarm(w, g), (_t, w, g) => evenQuestion(w, g), everSeen,
  singleException, (_t, w, g) => stopDoing(w, g), (_t, w, g) => obsessed(w, g), (_t, w, g) => alwaysThem(w, g), noPoint, (_t, w, g) => segregated(w, g),
  (_t, w, g) => notReal(w, g), (_t, w, g) => welcomeIf(w, g), (_t, w, g) => likeVermin(w, g), (_t, w, g) => autoReject(w, g), dealingRefused,
  whereAreThey, (_t, w, g) => notUs(w, g), (_t, w, g) => thirdWorld(w, g), (_t, w, g) => pairTag(w, g), (_t, w, g) => spoiledThing(w, g),
  (_t, w, g) => everSince(w, g), (_t, w, g) => favour(w, g), (_t, w, g) => explainedAway(w, g), (_t, w, g) => realFamily(w, g), (_t, w, g) => noUntouched(w, g),
  everDone, (_t, w, g) => thinkTheyCan(w, g), (_t, w, g) => forcing(w, g), (_t, w, g) => soHard(w, g), (_t, w, g) => contributeAnything(w, g),
  (_t, w, g) => voiceDismissed(w, g), (_t, w, g) => whoWants(w, g), (_t, w, g) => contemptManner(w, g), worstThing, (_t, w, g) => crimeInvolved(w, g),
  (_t, w, g) => becameOkay(w, g), (_t, w, g) => keptFromLearning(w, g), (_t, w, g) => dieAlready(w, g), (_t, w, g) => guests(w, g), (_t, w, g) => welcomeButNot(w, g),
  (_t, w, g) => pretending(w, g), (_t, w, g) => ruinTouch(w, g), (_t, w, g) => damning(w, g), (_t, w) => identityInsult(w),
  (_t, w, g) => onlyThing(w, g), (_t, w, g) => neverBorn(w, g), (_t, w, g) => onlyAbout(w, g), (_t, w, g) => whatItTakes(w, g), (_t, w, g) => whoDecided(w, g),
  nextCrime, (_t, w, g) => everyonesProblem(w, g), vanishNear, (_t, w, g) => declineSinceHiring(w, g), (_t, w, g) => stillInTrees(w, g),
  (_t, w, g) => onlyTalent(w, g), (_t, w, g) => everBother(w, g), (_t, w, g) => wrongWith(w, g), tellApart, (_t, w, g) => whereMoney(w, g),
  (_t, w, g) => flaunting(w, g), (_t, w, g) => fusedInsult(w, g),
];

/** Every insinuation frame that matches the sentence (at most one per frame). */
export function insinuations(tokens: readonly Token[], groups: readonly GroupMention[], prev: Neighbour): Attack[] {
  const words = tokens.map((t) => t.w);
  const out: Attack[] = [];
  // most sentences name no identity: only the few frames that can do without one are tried
  const identity = groups.some((g) => !g.pronoun) || words.some((w) => SINGULAR_GENDER.has(w) || identityAdjective(w) !== undefined || w === 'woman' || w === "'s");
  for (const f of identity ? [...ANYWHERE, ...WITH_IDENTITY] : ANYWHERE) {
    const a = f(tokens, words, groups, prev);
    if (a) out.push(a);
  }
  return out;
}
