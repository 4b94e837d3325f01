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
  STING, RULE_ITEMS, MORE_POSITIVE, NOTICING, PATTERN_WORDS, VICTIMISED, PROVERB_TAINTS,
} from './lexicon/derogation';
import type { Attack, AttackKind } from './predicate';
import { POSITIVE_ATTRIBUTES } from './lexicon/words';
import { CLAUSE_BREAK, NEGATORS, plainMapped, tokenizeMapped, type Token } from './tokens';

/** Common words that never signal an insinuation on their own, left out of the prefilter. */
const NOT_CUES = new Set(['the', 'their', 'they', 'them', 'with', 'what', 'know', 'have', 'this', 'that', 'time', 'into', 'like', 'will', 'more', 'every', 'there', 'goes']);

/**
 * Words that may carry an insinuation when the identity is only an adjective ("the shooter was Black")
 * or the group was named in the previous sentence ("A woman pilot? I'm taking the train."): the
 * sentence then has no group noun, and group-attack's prefilter lets it through on one of these.
 */
export const INSINUATION_CUES = new Set([
  'imagine', 'bet', 'probably', 'being', 'duo', 'oxymoron', 'quotes', 'such', 'classic', 'peak', 'logic', 'mentality', 'homosexuality', 'bisexuality', 'transgenderism', 'gayness', 'autism', 'iconic', 'thanks', 'than', 'funny', 'notice', 'guess', 'another', 'surprise', 'shocker', 'tell',
  ...PLACES, ...PROTECT_VERBS, ...CRIME_NOUNS,
  ...[...DECLINE_PHRASES, ...ESSENCE, ...KNOWING_TAGS, ...REACTION_PHRASES].flatMap((p) => p.split(' ')).filter((w) => w.length > 3 && !NOT_CUES.has(w)),
]);

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
const DUOS = ['better duo', 'more iconic duo', 'iconic duo', 'better pair', 'better combo', 'iconic combo', 'more iconic pair', 'better couple', 'match made in heaven', 'name a more iconic', 'name a better'];

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
  const cue = findAny(words, INSINUATE_PHRASES) ?? (findAny(prev.words(), INSINUATE_PHRASES) ? [0, 0] as [number, number] : null);
  if (!cue) return null;
  // the identity modifies the crime ("an immigrant stabbing", "the Mexican thief") or follows a copula
  // after it ("the thief was Mexican", "every shoplifter is Roma", "the driver was a woman")
  for (let i = crime - 1; i >= Math.max(0, crime - 3); i--) {
    const id = identityWord(tokens, groups, i);
    if (id && id.to < crime && !VICTIM_SLOT.has(words[i - 1] ?? '')) return hit(Math.min(cue[0], i), crime, id, 'stereotype', 'identity blamed for a crime');
  }
  // "the guy who keyed my car was Albanian": the identity may come a few words on, after a copula or an article
  for (let j = crime + 1; j < Math.min(words.length, crime + 9) && !CLAUSE_BREAK.has(words[j] ?? ''); j++) {
    if (VICTIM_SLOT.has(words[j] ?? '')) return null;
    const id = AFTER_COPULA.has(words[j - 1] ?? '') ? identityWord(tokens, groups, j) : null;
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
    if ((w === 'good' || w === 'useful') && words[j + 1] === 'for' && ['two', 'three', 'a', '2', '3', 'just', 'only'].includes(words[j + 2] ?? '')) {
      const t = words.slice(j + 3, j + 6).findIndex((x) => x === 'thing' || x === 'things');
      if (t >= 0) return hit(g.from, j + 3 + t, g, 'derogation', `${w} for ... things`);
    }
  }
  // "a woman's place is in the kitchen"
  const p = words.findIndex((w, i) => ['woman', 'women', 'wife', 'girl', 'womans'].includes(w) && words[i + 1] === "'s" && words[i + 2] === 'place' && words[i + 3] === 'is');
  if (p >= 0) {
    const tail = words.slice(p + 4, p + 8);
    const place = tail.findIndex((w) => ['kitchen', 'home', 'bedroom', 'nursery', 'laundry', 'sink', 'stove', 'bed'].includes(w));
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
    while (['all', 'just', 'now', 'always', 'are', 'get', 'gets', 'got', 'getting', 'receive', 'receives', 'given', 'handed', 'being'].includes(words[j] ?? '') && j < g.to + 5) j++;
    if (j === g.to + 1 || !words.slice(g.to + 1, j).some((w) => ['get', 'gets', 'got', 'getting', 'receive', 'receives', 'given', 'handed'].includes(w))) continue;
    // "[group] get everything handed to them"
    if (['everything', 'whatever'].includes(words[j] ?? '') && words.slice(j, j + 5).some((w) => ['handed', 'free', 'given'].includes(w))) return hit(g.from, j, g, 'derogation', 'get everything handed to them');
    const conj = words.findIndex((w, k) => k > j && ['while', 'whilst', 'meanwhile', 'but', 'yet', 'and', 'when'].includes(w));
    if (conj < 0) continue;
    const tail = words.slice(conj + 1, conj + 12);
    if (tail.some((w) => INGROUP.has(w)) && tail.some((w) => DEPRIVED.has(w))) return hit(g.from, Math.min(words.length - 1, conj + 1 + tail.findIndex((w) => DEPRIVED.has(w))), g, 'derogation', 'resentment: [group] get ... while we ...');
  }
  return null;
}

/** "Since the Somalis arrived, crime went through the roof." */
function arrivalBlame(words: Words, groups: readonly GroupMention[]): Attack | null {
  const s = words.findIndex((w, i) => w === 'since' || w === 'when' || (w === 'after' && clauseStartAt(words, i)) || (w === 'once' && clauseStartAt(words, i)));
  if (s < 0) return null;
  const g = groups.find((m) => !m.pronoun && m.from > s && m.from <= s + 4);
  if (!g || !arrives(words, g)) return null;
  // "since [group] arrived, crime ..." reads on; "crime went up when [group] arrived" reads back
  let end = -1;
  for (let j = 0; j < words.length && !(['.', '!', '?'].includes(words[j] ?? '') && j > g.to); j++) {
    const w = words[j] ?? '';
    if (j >= s && j <= g.to) continue;
    if (REVERSALS.has(w) && !(w === 'down' && words[j + 1] === 'the')) return null;
    // "is not safe anymore": a lost good counts as a decline
    const lost = ['safe', 'clean', 'quiet', 'peaceful', 'same'].includes(w) && NEGATORS.has(words[j - 1] ?? '');
    if ((BLAMED_RESULTS.has(w) && w !== 'nice') || lost || (w === 'up' && words.slice(Math.max(0, j - 4), j).some((x) => BLAMED_RESULTS.has(x)))) end = Math.max(end, j);
  }
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
  const i = words.findIndex((w, k) => w === 'nothing' && ['good', 'useful', 'worthwhile', 'decent', 'of'].includes(words[k + 1] ?? ''));
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
  return null;
}

// --- identity denied, pathologised, tolerated on conditions -------------------------------------------------

/** "Trans women are just men in dresses", "trans men will always be women". */
function genderDenied(words: Words, groups: readonly GroupMention[]): Attack | null {
  for (const g of groups) {
    if (g.pronoun || g.characteristic !== 'gender-identity') continue;
    const head = words[g.to] ?? '';
    const opposite = /wom[ae]n|girls?/.test(head) ? ['men', 'man', 'males', 'male', 'boys', 'dudes', 'guys', 'blokes'] : /^(trans)?m[ae]n$|boys?/.test(head) ? ['women', 'woman', 'females', 'female', 'girls', 'ladies'] : [];
    let j = g.to + 1;
    while (['are', 'is', 'will', 'always', 'be', 'just', 'only', 'still', 'really', 'basically', 'simply', 'actually', 'biologically', 'all', 'nothing', 'but', 'confused', 'mentally', 'ill', 'men', 'women'].includes(words[j] ?? '') && j < g.to + 7) {
      if (opposite.includes(words[j] ?? '')) return hit(g.from, j, g, 'negated-positive', 'gender denied');
      if (['men', 'women'].includes(words[j] ?? '') && ['in', 'pretending', 'playing', 'wearing', 'with'].includes(words[j + 1] ?? '')) return hit(g.from, j + 1, g, 'negated-positive', 'gender denied');
      j++;
    }
    if (opposite.includes(words[j] ?? '') && j > g.to + 1) return hit(g.from, j, g, 'negated-positive', 'gender denied');
  }
  return null;
}

/** "Being gay is a choice", "Homosexuality is a disease", "Gay people can be cured", "Trans people need therapy." */
function pathologised(words: Words, groups: readonly GroupMention[]): Attack | null {
  const subjects: GroupMention[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    const c = w === 'being' ? identityAdjective(words[i + 1] ?? '') : ({ homosexuality: 'sexual-orientation', bisexuality: 'sexual-orientation', transgenderism: 'gender-identity', gayness: 'sexual-orientation', autism: 'disability' } as Record<string, Characteristic>)[w];
    if (c && ['sexual-orientation', 'gender-identity', 'disability'].includes(c)) subjects.push({ from: i, to: w === 'being' ? i + 1 : i, characteristic: c, pronoun: false, weak: false });
  }
  for (const g of groups) if (!g.pronoun && ['sexual-orientation', 'gender-identity'].includes(g.characteristic)) subjects.push(g);
  for (const g of subjects) {
    let j = g.to + 1;
    let neg = false;
    while (['is', 'are', 'just', 'only', 'a', 'an', 'simply', 'really', 'basically', 'all', 'clearly', 'obviously', 'can', 'could', 'should', 'must', 'need', 'needs', 'to', 'be', 'not', 'never', 'mental', 'lifestyle', 'temporary', 'passing', 'sexual'].includes(words[j] ?? '') && j < g.to + 7) {
      if (NEGATORS.has(words[j] ?? '')) neg = true;
      j++;
    }
    const head = words[j] ?? '';
    // "religion is a choice" is no attack; these identities are
    if (!neg && PATHOLOGY.has(head) && words[g.from] !== 'being' ? words.slice(g.to + 1, j).some((w) => ['is', 'are', 'be'].includes(w)) : !neg && PATHOLOGY.has(head)) {
      return hit(g.from, j, g, 'derogation', `identity pathologised ('${head}')`);
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

/** "If you hire a woman, expect drama", "Hire an immigrant and say goodbye to your tools". */
function hireExpect(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  for (let i = 0; i < words.length; i++) {
    if (!['hire', 'hiring', 'employ', 'promote', 'elect', 'rent', 'date', 'marry', 'let', 'invite'].includes(words[i] ?? '')) continue;
    const cond = ['if', 'when', 'once'].includes(words[i - 2] ?? '') || ['if', 'when'].includes(words[i - 1] ?? '') || clauseStartAt(words, i);
    if (!cond) continue;
    let at = i + 1;
    // "rent a flat to Nigerians": the member after "to"
    const to = words.slice(at, at + 4).indexOf('to');
    if (words[i] === 'rent' && to >= 0) at += to;
    if (['to', 'in'].includes(words[at] ?? '')) at++;
    if (['a', 'an', 'any', 'some', 'one'].includes(words[at] ?? '')) at++;
    const id = identityWord(tokens, groups, at);
    if (!id) continue;
    const tail = words.slice(id.to + 1, id.to + 14);
    const bad = tail.findIndex((w) => SUSPECTED.has(w));
    // "watch productivity drop", "watch the team fall apart"; "watch the team thrive" praises
    const watch = tail.indexOf('watch');
    const watched = watch >= 0 ? tail.slice(watch + 1, watch + 6) : [];
    const decline = watched.some((w) => DECLINES.has(w) || BLAMED_RESULTS.has(w) || SUSPECTED.has(w) || STING.has(w)) && !watched.some((w) => GOOD_TO_DROP.has(w));
    const warned = find(tail, 'say goodbye') >= 0 || find(tail, 'kiss goodbye') >= 0 || find(tail, 'good luck') >= 0 || decline || protectCue(tail) !== null;
    if ((bad >= 0 || warned) && !hasPraise(tail)) return hit(i, id.to + 1 + (bad >= 0 ? bad : tail.length - 1), id, 'stereotype', `${words[i]} a ... expect`);
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
  if (!pg || pw[pw.length - 1] !== '?' || r[0] > 3) return null;
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
  'is an oxymoron', 'are an oxymoron', 'oxymoron', 'contradiction in terms', 'do not belong in the same sentence', 'in the same sentence lol',
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
    if (had >= 0 && had <= 2 && m[had + 1] === 'their' && ['turn', 'time', 'day', 'chance', 'run', 'innings', 'go'].includes(m[had + 2] ?? '') && closes(m[had + 3])) {
      const rest = words.slice(g.to + had + 4).join(' ');
      const exit = /(time (for them )?to (go|leave|die|step aside|step down|move on|get out|clear out|make way)|should (just )?(go|leave|die|step aside|get out|make way|disappear)|(get|step) out of the way|move over|make way|die off|step aside|pass away|kick the bucket|bow out)(?! to| on to| for| in)/.exec(rest);
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

type Frame = (tokens: readonly Token[], words: Words, groups: readonly GroupMention[], prev: Neighbour) => Attack | null;

/** Frames that can match with no identity in the sentence: the group was named before, or is a place or a condition. */
const ANYWHERE: readonly Frame[] = [
  warning, (_t, w, g, p) => essence(w, g, p), (_t, w, g, p) => duo(w, g, p), (_t, w, g, p) => knowing(w, g, p), (_t, w, g, p) => reaction(w, g, p),
  nothingGood, (_t, w, g) => pathologised(w, g), incompatible,
];
/** Frames that need an identity (a group, a gender noun or an identity adjective) in the sentence itself. */
const WITH_IDENTITY: readonly Frame[] = [
  blamedIdentity, typicalThing, (_t, w, g) => reduction(w, g), keptFrom, (_t, w, g) => resentment(w, g), (_t, w, g) => arrivalBlame(w, g),
  imagineBeing, neverMet, (_t, w, g) => genderDenied(w, g), (_t, w, g) => tolerance(w, g), hireExpect, suspicion, notAllBut,
  (_t, w, g) => fedUp(w, g), (_t, w, g, p) => sarcasticThanks(w, g, p), ratherDead, (_t, w, g) => traces(w, g), (_t, w, g) => worthless(w, g),
  (_t, w, g) => sting(w, g), noticed, (_t, w, g) => jokeQuestion(w, g), proverb,
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
