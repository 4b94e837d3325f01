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
import { identityAdjective, type Characteristic } from './lexicon/groups';
import {
  BLAMED_RESULTS, CHILDREN, CRIME_NOUNS, DECLINE_PHRASES, DEPRIVED, ESSENCE, INGROUP, INSINUATE_PHRASES, KNOWING_TAGS, PATHOLOGY, PLACES,
  PRAISE_WORDS, PROTECT_VERBS, REACTION_PHRASES, REVERSALS, SERVILE, STEREOTYPE_NOUNS, SUSPECTED, TOLERANCE_LIMITS, VALUABLES,
} from './lexicon/derogation';
import type { Attack, AttackKind } from './predicate';
import { CLAUSE_BREAK, NEGATORS, plainMapped, tokenizeMapped, type Token } from './tokens';

/** Common words that never signal an insinuation on their own, left out of the prefilter. */
const NOT_CUES = new Set(['the', 'their', 'they', 'them', 'with', 'what', 'know', 'have', 'this', 'that', 'time', 'into', 'like', 'will', 'more', 'every', 'there', 'goes']);

/**
 * Words that may carry an insinuation when the identity is only an adjective ("the shooter was Black")
 * or the group was named in the previous sentence ("A woman pilot? I'm taking the train."): the
 * sentence then has no group noun, and group-attack's prefilter lets it through on one of these.
 */
export const INSINUATION_CUES = new Set([
  'imagine', 'bet', 'probably', 'being', 'duo', 'such', 'classic', 'peak', 'logic', 'mentality', 'homosexuality', 'bisexuality', 'transgenderism', 'gayness', 'autism', 'iconic', 'thanks', 'than', 'funny', 'notice', 'guess', 'another', 'surprise', 'shocker', 'tell',
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
    const warned = find(tail, 'say goodbye') >= 0 || find(tail, 'kiss goodbye') >= 0 || find(tail, 'good luck') >= 0 || find(tail, 'watch the') >= 0 || protectCue(tail) !== null;
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
  if (!r || hasPraise(words)) return null;
  const here = groups.find((g) => !g.pronoun && g.to < r[0] && words.slice(g.to + 1, r[0]).includes('?'));
  if (here) return hit(here.from, r[1], here, 'derogation', 'a group met with a reaction');
  const pw = prev.words();
  const pg = prev.groups()[0];
  if (!pg || pw[pw.length - 1] !== '?' || r[0] > 3) return null;
  return hit(r[0], r[1], { ...pg, from: r[0], to: r[0], pronoun: true }, 'derogation', 'a group met with a reaction');
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

type Frame = (tokens: readonly Token[], words: Words, groups: readonly GroupMention[], prev: Neighbour) => Attack | null;

/** Frames that can match with no identity in the sentence: the group was named before, or is a place or a condition. */
const ANYWHERE: readonly Frame[] = [
  warning, (_t, w, g, p) => essence(w, g, p), (_t, w, g, p) => duo(w, g, p), (_t, w, g, p) => knowing(w, g, p), (_t, w, g, p) => reaction(w, g, p),
  nothingGood, (_t, w, g) => pathologised(w, g),
];
/** Frames that need an identity (a group, a gender noun or an identity adjective) in the sentence itself. */
const WITH_IDENTITY: readonly Frame[] = [
  blamedIdentity, typicalThing, (_t, w, g) => reduction(w, g), keptFrom, (_t, w, g) => resentment(w, g), (_t, w, g) => arrivalBlame(w, g),
  imagineBeing, neverMet, (_t, w, g) => genderDenied(w, g), (_t, w, g) => tolerance(w, g), hireExpect, suspicion, notAllBut,
  (_t, w, g) => fedUp(w, g), (_t, w, g, p) => sarcasticThanks(w, g, p), ratherDead, (_t, w, g) => traces(w, g), (_t, w, g) => worthless(w, g),
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
