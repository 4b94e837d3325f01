/** Finds mentions of protected groups in a token list, and pronouns that refer back to one. */
import { GROUP_TERMS, PERSON_NOUNS, WEAK_BARE_NOUNS, identityAdjective, type Characteristic } from './lexicon/groups';
import { plainMapped, tokenizeMapped, type Token } from './tokens';

export interface GroupMention {
  /** token indexes, inclusive */
  from: number;
  to: number;
  characteristic: Characteristic;
  /** a pronoun ("they", "those people") standing for a group named earlier */
  pronoun: boolean;
  /** a bare noun that also has an ordinary sense ("the French", "a Christian"): less sure */
  weak: boolean;
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
]);

/** Identity adjectives that are never a noun for a person on their own ("a young", "an illegal" are something else). */
const NOT_A_NOUN = new Set(['old', 'older', 'young', 'younger', 'elderly', 'senior', 'teenage', 'native', 'foreign', 'illegal', 'undocumented', 'white', 'black', 'brown', 'blind', 'deaf', 'disabled', 'handicapped', 'queer', 'bi', 'male', 'female', 'women', 'mixed', 'gen']);
/** Words that may follow a one-person noun ("a Romanian with a car", "a Somali?"), but not a thing it describes. */
const AFTER_MEMBER = new Set(['.', '!', '?', ',', ';', 'with', 'who', 'is', 'was', 'and', 'or', 'to', 'for', 'in', 'at', 'on', 'like', 'than', 'as', 'near', 'around', 'again', 'ever', 'lol', 'into']);

/** "a Romanian", "every Somali", "that Hindu" followed by a clause end or a function word: one member of a group. */
function singularMember(tokens: readonly Token[], i: number): boolean {
  const w = (tokens[i] as Token).w;
  if (NOT_A_NOUN.has(w) || !/^[a-z]+$/.test(w)) return false;
  const before = tokens[i - 1]?.w ?? '';
  const after = tokens[i + 1]?.w;
  return ['a', 'an', 'every', 'each', 'any', 'one', 'that', 'this', 'some'].includes(before) && (after === undefined || AFTER_MEMBER.has(after));
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

function scanGroups(tokens: readonly Token[]): GroupMention[] {
  const out: GroupMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // Adjective readings first: "Chinese people" is one mention, not "Chinese" followed by "people".
    for (const g of BY_FIRST.get((tokens[i] as Token).w) ?? NO_TERMS) {
      if (!matchAt(tokens, i, g.words)) continue;
      let to = i + g.words.length - 1;
      if (g.adjective) {
        // An identity adjective names a group only before a person noun, maybe after a second adjective
        // ("Black trans women", "older female engineers").
        let k = to + 1;
        if (!PERSON_NOUNS.has(tokens[k]?.w ?? '') && ONE_WORD_ADJECTIVES.has(tokens[k]?.w ?? '')) k++;
        if (!PERSON_NOUNS.has(tokens[k]?.w ?? '')) {
          // "trust a Romanian with ...", "date a Somali?": a nationality or faith used as a noun for one person
          if (g.words.length === 1 && singularMember(tokens, i)) {
            out.push({ from: i, to: i, characteristic: g.characteristic, pronoun: false, weak: true });
            break;
          }
          continue;
        }
        to = k;
      } else if (g.words.length === 1 && WEAK_BARE_NOUNS.has(g.words[0] as string) && identityAdjective(g.words[0] as string) && !standsAlone(tokens[to + 1])) {
        // "the French market", "Chinese food": an adjective on a thing, not the group
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
  ['the', 'lot', 'of', 'them'], ['all', 'of', 'them'], ['them', 'all'], ['they'], ['them'], ['their'],
];
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
export function findGroupPronouns(tokens: readonly Token[], groups: readonly GroupMention[], prevGroups: readonly GroupMention[]): GroupMention[] {
  const out: GroupMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!PRONOUN_FIRST.has((tokens[i] as Token).w)) continue;
    const phrase = PRONOUN_PHRASES.find((p) => matchAt(tokens, i, p));
    if (!phrase) continue;
    const before = groups.filter((g) => g.to < i && !g.pronoun);
    const antecedent = before[before.length - 1] ?? prevGroups[prevGroups.length - 1];
    if (!antecedent) continue;
    out.push({ from: i, to: i + phrase.length - 1, characteristic: antecedent.characteristic, pronoun: true, weak: antecedent.weak });
    i += phrase.length - 1;
  }
  return out;
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
  if (c && c !== 'age') return { from: i, to: i, characteristic: c, pronoun: false, weak: true };
  return null;
}

