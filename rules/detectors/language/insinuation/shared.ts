/**
 * What the insinuation frames share: the sentence's words and phrase finding in them, the attack a frame returns,
 * clause boundaries, a group as the subject of its clause, an identity word, the previous sentence read on demand,
 * and the word lists that frames in more than one theme read.
 */
import { identityAt, neighbourGroups, type GroupMention } from '../find-groups';
import { identityAdjective, type Characteristic } from '../lexicon/groups';
import { PRAISE_WORDS, VICTIMISED } from '../lexicon/derogation';
import type { Attack, AttackKind } from '../predicate';
import { CLAUSE_BREAK, NEGATORS, plainMapped, tokenizeMapped, type Token } from '../tokens';

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

export type Words = readonly string[];

/** A sentence's words with a member's name read as GRP, so one pattern reads any group, and a match mapped back to tokens. */
export interface MarkedMember {
  text: string;
  /** the words, GRP included */
  words: Words;
  /** the first and last token index of a match on `text` */
  span(m: RegExpExecArray): [number, number];
}

export function markMember(w: Words, g: { from: number; to: number }): MarkedMember {
  const words = [...w.slice(0, g.from), 'GRP', ...w.slice(g.to + 1)];
  const text = words.join(' ');
  const shift = g.to - g.from;
  // indexes after GRP shift by the name's length less one; GRP itself stands for the whole name
  const back = (k: number, end: boolean): number => (k < g.from ? k : k === g.from ? (end ? g.to : g.from) : k + shift);
  return {
    text,
    words,
    span(m) {
      const from = text.slice(0, m.index).split(' ').length - 1;
      return [back(from, false), back(from + m[0].trim().split(' ').length - 1, true)];
    },
  };
}

/**
 * Is there a negator in words[from..to)? Bounds are read as Array.prototype.slice reads them (negative counts from the
 * end), so it stands in for `words.slice(from, to).some(...)` without copying the sentence.
 */
export function negatedIn(words: Words, from: number, to: number = words.length): boolean {
  const n = words.length;
  const a = from < 0 ? Math.max(n + from, 0) : Math.min(from, n);
  const b = to < 0 ? Math.max(n + to, 0) : Math.min(to, n);
  for (let k = a; k < b; k++) if (NEGATORS.has(words[k] as string)) return true;
  return false;
}

/** First index at which `phrase` (space-separated) occurs in `words` at or after `from`, or -1. */
export function find(words: Words, phrase: string, from = 0): number {
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
export function findAny(words: Words, phrases: readonly string[]): [number, number] | null {
  const m = index(phrases);
  for (let i = 0; i < words.length; i++) {
    for (const p of m.get(words[i] as string) ?? []) if (p.every((x, j) => words[i + j] === x)) return [i, i + p.length - 1];
  }
  return null;
}

export const hasPraise = (words: Words): boolean => words.some((w) => PRAISE_WORDS.has(w));

/** A group named first and followed by a comma is who the sentence speaks to: "Gay couples, grab the petrol money". */
export const addressedGroup = (words: Words, m: GroupMention): boolean => !m.pronoun && m.from === 0 && words[m.to + 1] === ',';

/** Giving verbs: what is given "for free" is generosity, not a burden ("feeds hundreds for free"). */
export const GIVING = new Set(['feed', 'feeds', 'fed', 'give', 'gives', 'gave', 'offer', 'offers', 'offered', 'serve', 'serves', 'served', 'teach', 'teaches', 'taught', 'cook', 'cooks', 'cooked', 'hand', 'hands', 'provide', 'provides', 'provided', 'fix', 'fixes', 'fixed', 'repair', 'repairs', 'donate', 'donates', 'tutor', 'tutors', 'host', 'hosts', 'treat', 'treats', 'mend', 'mends', 'coach', 'coaches', 'cut', 'cuts', 'help', 'helps', 'helped', 'volunteer', 'work', 'works', 'worked']);

/** An opening quotation mark or bracket starts a clause too: '"Hide your wallets, ..." is racist'. */
export const clauseStartAt = (words: Words, i: number): boolean => i === 0 || CLAUSE_BREAK.has(words[i - 1] ?? '') || [',', '"', '“', '”', '('].includes(words[i - 1] ?? '');

/** A group named here (not a pronoun), or one named in the previous sentence standing in for it. */
export function someGroup(groups: readonly GroupMention[], prev: Neighbour, at: number): GroupMention | null {
  const here = groups.find((g) => !g.pronoun);
  if (here) return here;
  const before = prev.groups()[0];
  return before ? { ...before, from: at, to: at, pronoun: true } : null;
}

export function hit(from: number, to: number, group: GroupMention, kind: AttackKind, what: string): Attack {
  return { from, to: Math.max(from, to), group, kind, what, person: false };
}

/** The first named group (or identity adjective before its noun) in words[from..to). */
export function identityIn(tokens: readonly Token[], groups: readonly GroupMention[], from: number, to: number): GroupMention | null {
  const g = groups.find((m) => !m.pronoun && m.from >= from && m.from < to);
  if (g) return g;
  for (let i = Math.max(0, from); i < Math.min(to, tokens.length); i++) {
    const id = identityWord(tokens, groups, i);
    if (id) return id;
  }
  return null;
}

/** Praise of how a member did something: "she just did her job brilliantly". */
export const PRAISING_ADVERBS: readonly string[] = ['brilliantly', 'amazingly', 'beautifully', 'perfectly', 'flawlessly', 'superbly', 'wonderfully', 'expertly'];

/** An identity word at i that is not describing a thing: a group, or an identity adjective ending its phrase. */
export function identityWord(tokens: readonly Token[], groups: readonly GroupMention[], i: number): GroupMention | null {
  const id = identityAt(tokens, groups, i);
  if (!id || id.pronoun) return null;
  return id;
}

/** Verbs and places of arrival after a group: "[group] moved in", "are in town", "just got on the bus". */
export const ARRIVAL = new Set(['moved', 'moving', 'move', 'arrived', 'arriving', 'arrive', 'came', 'coming', 'showed', 'here', 'town', 'nearby', 'next', 'downstairs', 'upstairs', 'bought', 'rented', 'settled', 'got', 'walked', 'live', 'lives', 'living', 'visiting', 'around']);

export function arrives(words: Words, g: GroupMention): boolean {
  for (let j = g.to + 1; j < Math.min(words.length, g.to + 7) && !CLAUSE_BREAK.has(words[j] ?? ''); j++) if (ARRIVAL.has(words[j] ?? '')) return true;
  return false;
}

export function lastWord(words: Words): number {
  let e = words.length - 1;
  while (e > 0 && CLAUSE_BREAK.has(words[e] ?? '')) e--;
  return e;
}

/** The group is a whole clause: "Women drivers, am I right?", "Ugh, immigrants." */
export function bareNp(words: Words, g: GroupMention): boolean {
  let s = g.from - 1;
  while (s >= 0 && ['the', 'those', 'these', 'typical', 'classic', 'ugh', 'oh', 'ah', 'lol', 'yeah', 'well', 'and', 'again'].includes(words[s] ?? '')) s--;
  const before = s < 0 || CLAUSE_BREAK.has(words[s] ?? '') || words[s] === ',';
  // "Old people driving, am I right?": one -ing word may follow
  const e = /^[a-z]+ing$/.test(words[g.to + 1] ?? '') ? g.to + 2 : g.to + 1;
  const n = words[e];
  return before && (n === undefined || CLAUSE_BREAK.has(n) || n === ',' || n === '...');
}

/** "A female surgeon?", "An Indian tech lead?": an identity adjective before a role, ending at the question mark q. */
export function roleQuestion(words: Words, q: number): [number, Characteristic] | undefined {
  if (q < 2 || q > 6 || words[q] !== '?') return undefined;
  for (let j = 0; j < q - 1; j++) {
    const c = identityAdjective(words[j] ?? '');
    if (c && /^[a-z]+$/.test(words[j + 1] ?? '') && (q <= j + 3 || ['in', 'as', 'for'].includes(words[j + 2] ?? ''))) return [j, c];
  }
  return undefined;
}

/** Roles whose scare quotes doubt a member's standing: "female 'engineer'". */
export const ROLE_NOUNS = new Set([
  'engineer', 'doctor', 'scientist', 'pilot', 'surgeon', 'ceo', 'leader', 'boss', 'manager', 'developer', 'programmer', 'coder', 'expert', 'professional',
  'professor', 'teacher', 'nurse', 'lawyer', 'judge', 'officer', 'soldier', 'president', 'director', 'executive', 'founder', 'architect', 'analyst',
  'journalist', 'writer', 'artist', 'athlete', 'player', 'driver', 'colleague', 'hire', 'candidate', 'intellectual', 'genius', 'academic', 'researcher',
  'mathematician', 'physicist', 'specialist', 'consultant', 'lead', 'senior', 'coworker', 'co-worker', 'mp', 'minister', 'senator', 'comedian', 'gamer',
  'woman', 'lady', 'man', 'refugee', 'asylum', 'citizen', 'student',
]);

/** Words that may stand between a subject group and its verb: "[group] (are) (all) (just) ...". */
export const SUBJECT_FILL = new Set(['are', 'is', 'were', 'was', 'all', 'just', 'really', 'basically', 'honestly', 'literally', 'simply', 'mostly', 'generally', 'seriously', 'truly', 'actually', 'clearly', 'obviously', 'naturally', 'still', 'here', 'do', 'does', 'will', 'would', "'ll", 'always']);

/** The end of a clause (or the sentence) from j: a sentence break, a comma, a contrast or a condition. */
export function clauseEnd(words: Words, j: number, max = 10): number {
  let e = j;
  // "nothing but" / "anything but" restricts, it does not start a new clause
  const restricts = (k: number): boolean => words[k] === 'but' && ['nothing', 'anything', 'none', 'all'].includes(words[k - 1] ?? '');
  while (e < words.length && e < j + max && (restricts(e) || (!CLAUSE_BREAK.has(words[e] ?? '') && ![',', 'but', 'because', 'unless', 'until', ':', ';', '-'].includes(words[e] ?? '')))) e++;
  return e - 1;
}

/** A group as the subject of its clause: nothing but determiners and quantifiers before it in the clause. */
export function asSubject(words: Words, g: GroupMention): boolean {
  let s = g.from - 1;
  while (s >= 0 && ['the', 'all', 'most', 'these', 'those', 'many', 'some', 'typical', 'your', 'average', 'every', 'a', 'an', 'any', 'honestly', 'seriously', 'look', 'lol', 'and', 'so', 'yeah', 'well'].includes(words[s] ?? '')) s--;
  return s < 0 || clauseStartAt(words, s + 1) || ['think', 'know', 'say', 'that', 'cause', 'cuz', 'coz', 'guess', 'swear', 'bet', 'believe', 'reckon', 'feel', 'suspect', 'figure', 'but'].includes(words[s] ?? '');
}

export const QUESTION_OPENERS = new Set(['are', 'is', 'do', 'does', 'did', 'why', 'how', 'what', 'who', 'when', 'where', 'should', 'can', 'could', 'would', 'will', 'have', 'has', 'which', 'were', 'was', 'am', 'shall']);

/** Victim or barrier words that make a question honest: "since when do refugees face ...", "how are disabled people supposed to get in when ...". */
export const HONEST_Q = new Set([...VICTIMISED, 'face', 'faced', 'suffer', 'afford', 'access', 'without', 'unless', 'because', 'discrimination', 'safe', 'help', 'support', 'cope', 'survive', 'hear', 'see', 'reach', 'enter', 'apply', 'find', 'feel', 'pay']);

/** Belonging denied: "Muslims aren't real Americans", "real Americans don't wear turbans". */
/** Faith worn on the head, naming its wearers' religion: "the new family wear headscarves". */
export const HEADWEAR: readonly string[] = ['turban', 'turbans', 'hijab', 'hijabs', 'headscarf', 'headscarves', 'burka', 'burkas', 'burqa', 'burqas', 'niqab', 'niqabs', 'yarmulke', 'yarmulkes', 'kippah'];
export const FAITH_MARKS = new Set([...HEADWEAR, 'pray', 'mosque', 'mosques', 'synagogue', 'temple', 'halal', 'kosher']);

/** "Why do the Chinese eat such disgusting food?", "why do autistic people act so weird?" */
export const CONTEMPT_ADJ = new Set(['terribly', 'badly', 'horribly', 'awfully', 'stupidly', 'weirdly', 'disgustingly', 'aggressively', 'recklessly', 'disgusting', 'gross', 'weird', 'strange', 'creepy', 'smelly', 'vile', 'nasty', 'revolting', 'horrible', 'awful', 'ugly', 'stupid', 'dumb', 'ridiculous', 'barbaric', 'primitive', 'rude', 'loud', 'aggressive', 'crazy', 'violent', 'scary', 'annoying', 'entitled', 'childish', 'arrogant', 'fake', 'disturbing', 'repulsive', 'filthy', 'dirty', 'retarded', 'pathetic', 'obnoxious', 'savage', 'backwards', 'backward']);

/** Words for one side of a gender or for old age, folded so "I'm a man" meets "men" and "I'm a pensioner" meets "the elderly". */
const SIDES = new Map<string, string>([
  ...['man', 'men', 'guy', 'guys', 'bloke', 'blokes', 'boy', 'boys', 'lad', 'lads', 'male', 'males', 'husband', 'husbands', 'father', 'fathers', 'dad', 'dads', 'gentleman', 'gentlemen'].map((w): [string, string] => [w, 'male']),
  ...['woman', 'women', 'girl', 'girls', 'lady', 'ladies', 'female', 'females', 'wife', 'wives', 'mother', 'mothers', 'mum', 'mums', 'gal', 'gals'].map((w): [string, string] => [w, 'female']),
  ...['old', 'older', 'elderly', 'pensioner', 'pensioners', 'boomer', 'boomers', 'senior', 'seniors', 'retired', 'retirees', 'oap', 'oaps'].map((w): [string, string] => [w, 'old']),
]);
const GENERIC = new Set(['people', 'person', 'folk', 'folks', 'a', 'an', 'the', 'one', 'ones']);
const sideOf = (w: string): string => SIDES.get(w) ?? w.replace(/s$/, '');

/**
 * The writer counts themself in the group the shape would flag: "I lock my doors when I'm home alone, I'm a woman",
 * "because I am that gay man", "as a Black man, ...". Said of one's own group, a precaution or a jab is self-report or
 * self-mockery. The writer's words must name the same group: "I'm a man" meets "men", not "women", and "I'm a woman and
 * I'd never sit next to a Muslim" still counts.
 */
export function writerIsMember(words: Words, target: GroupMention): boolean {
  const named = new Set(words.slice(target.from, target.to + 1).filter((w) => !GENERIC.has(w)).map(sideOf));
  for (let i = 0; i + 2 < words.length; i++) {
    let j = -1;
    if (words[i] === 'i' && words[i + 1] === 'am') j = i + 2;
    else if (words[i] === 'as' && ['a', 'an'].includes(words[i + 1] ?? '') && clauseStartAt(words, i)) j = i + 1;
    if (j < 0) continue;
    while (['a', 'an', 'that', 'one', 'also', 'too', 'myself', 'proud'].includes(words[j] ?? '')) j++;
    for (let k = j; k < j + 3 && /^[a-z-]+$/.test(words[k] ?? '') && words[k] !== 'and'; k++) if (named.has(sideOf(words[k] ?? ''))) return true;
  }
  return false;
}

/** Things an identity adjective may describe that are no member: "the Jewish museum", "a Sikh temple", "the Italian deli". */
export const IDENTITY_THINGS = new Set([
  'museum', 'museums', 'restaurant', 'restaurants', 'deli', 'delis', 'shop', 'shops', 'bakery', 'bakeries', 'cafe', 'cafes', 'bar', 'bars', 'pub', 'pubs',
  'festival', 'festivals', 'food', 'cuisine', 'quarter', 'district', 'market', 'markets', 'centre', 'center', 'history', 'exhibition', 'film', 'films',
  'music', 'cemetery', 'temple', 'temples', 'church', 'churches', 'mosque', 'mosques', 'synagogue', 'synagogues', 'gurdwara', 'society', 'societies',
  'club', 'clubs', 'holiday', 'holidays', 'art', 'bookshop', 'grocer', 'grocers', 'newspaper', 'charity', 'charities', 'association', 'library',
  // (places, events and creatures an identity word names too: "the Welsh coast", "a Sikh wedding party", "the Black cat")
  'coast', 'neighbourhood', 'neighborhood', 'wedding', 'weddings', 'party', 'march', 'choir', 'place', 'cat', 'cats', 'parade', 'year',
]);

/** Anger at an injustice that persists for a group: "It makes me furious that [group] still have worse outcomes", "So
 * angry that [group] still can't get on half the trains". The feeling is on their behalf, so readers stand down. */
const LAMENT = /\b(?:angry|furious|outraged|sad|heartbroken|ashamed|sickened|livid|unacceptable|outrageous|shameful|disgrace|disgraceful|infuriating|maddening|heartbreaking|appalling)\b(?: \S+){0,2} that\b.*\bstill (?:can not|do not|does not|are not|is not|get paid|earn|face|struggle|die|wait|lack|need|have (?:worse|less|fewer|no|to)|are (?:paid|denied|refused|turned|dying|waiting|excluded|treated))\b/;
export function lamentedInjustice(words: Words): boolean {
  return words.includes('still') && words.includes('that') && LAMENT.test(words.join(' '));
}

