/**
 * Text glued without spaces ("allmuslimsareterrorists", "womenarestupid"): a long lower-case token is
 * split into known words (group words, person nouns, the attack lexicons and a few function words) by a
 * dynamic programme that prefers the fewest words. A split counts only when it covers the whole token and
 * holds both a group word and an attacking word, so ordinary long words and hashtags stay whole.
 */
import { GROUP_TERMS, ONE_WORD_GROUP_NAMES, PERSON_NOUNS } from './lexicon/groups';
import {
  DEHUMANISING, EXCLUSION_INTRANSITIVE, EXCLUSION_VERBS, HATE_VERBS, INSULT_ADJECTIVES, INSULT_NOUNS, NEGATIVE_ATTRIBUTES,
} from './lexicon/words';
import type { Token } from './tokens';

const FUNCTION_WORDS = [
  'are', 'is', 'all', 'the', 'a', 'an', 'should', 'be', 'must', 'go', 'back', 'get', 'out', 'of', 'i', 'we', 'so', 'always', 'just',
  'they', 'them', 'these', 'those', 'to', 'not', 'no', 'never', 'can', 'do', 'more', 'like', 'really', 'deserve', 'death', 'fuck',
  'such', 'bunch', 'nothing', 'but', 'and', 'home', 'up', 'all', 'every', 'most', 'too', 'many', 'our', 'your', 'you', 'my', 'in', 'on',
];

const GROUP_WORDS = new Set<string>();
for (const g of GROUP_TERMS) for (const w of g.words) if (w.length > 2) GROUP_WORDS.add(w);
const ATTACK_WORDS = new Set<string>([
  ...NEGATIVE_ATTRIBUTES, ...DEHUMANISING, ...INSULT_NOUNS, ...INSULT_ADJECTIVES, ...HATE_VERBS, ...EXCLUSION_VERBS, ...EXCLUSION_INTRANSITIVE, 'death',
  // the words of a few glued frames: "womenbelonginthekitchen", "noblacksallowed", "transwomenarementallyill"
  'belong', 'kitchen', 'allowed', 'mentally', 'ill', 'banned', 'gassed',
].filter((w) => /^[a-z]+$/.test(w) && w.length > 2));
const VOCAB = new Set<string>([...GROUP_WORDS, ...PERSON_NOUNS, ...ATTACK_WORDS, ...FUNCTION_WORDS].filter((w) => /^[a-z]+$/.test(w)));
let MAX_LEN = 0;
for (const w of VOCAB) MAX_LEN = Math.max(MAX_LEN, w.length);

/** Minimum-word split of `s` into VOCAB words, or null. */
export function segment(s: string): string[] | null {
  const n = s.length;
  const best = new Array<number>(n + 1).fill(Infinity);
  const back = new Array<number>(n + 1).fill(-1);
  best[0] = 0;
  for (let i = 0; i < n; i++) {
    if (best[i] === Infinity) continue;
    for (let l = 1; l <= MAX_LEN && i + l <= n; l++) {
      if (VOCAB.has(s.slice(i, i + l)) && (best[i] as number) + 1 < (best[i + l] as number)) {
        best[i + l] = (best[i] as number) + 1;
        back[i + l] = i;
      }
    }
  }
  if (best[n] === Infinity) return null;
  const out: string[] = [];
  for (let e = n; e > 0; e = back[e] as number) out.unshift(s.slice(back[e] as number, e));
  return out;
}

/** Ordinary words that split into known words ("the rapist", "man slaughter"): never unglued. */
const WHOLE_WORDS = new Set(['around', 'alice', 'aloud', 'therapist', 'therapists', 'manslaughter', 'mankind', 'humankind', 'womankind', 'sexist', 'islanders', 'asian', 'arsenal', 'assassin', 'assassins', 'grapist', 'scrapist', 'gayety', 'notable', 'another', 'allowance', 'alliance', 'alltime', 'together', 'mango', 'womanhood', 'manhood', 'throwback', 'backfire', 'fireball', 'shotgun', 'outgun', 'bandwagon', 'banjo', 'gaslight', 'gaslighting', 'burnout', 'lockout', 'lockdown', 'kickoff', 'kickback', 'sendoff', 'wipeout', 'beatdown', 'knockout', 'shootout', 'hangout', 'hangover', 'removal', 'fireman', 'firemen', 'sportsman', 'chairman', 'chairwomen', 'chairwoman', 'spokesman', 'spokeswoman', 'killjoy', 'banter',
  // slogans run together as hashtags (#EnemyOfThePeople)
  'enemyofthepeople', 'enemiesofthepeople', 'enemywithin', 'theenemywithin']);

/** Splits of ordinary words repeat across drafts ("development", "announcement"): remembered, bounded. */
const splitCache = new Map<string, string[] | null>();
const SPLIT_CACHE_SIZE = 4096;

function segmentCached(word: string): string[] | null {
  const hit = splitCache.get(word);
  if (hit !== undefined) return hit;
  const p = segment(word);
  if (splitCache.size >= SPLIT_CACHE_SIZE) splitCache.delete(splitCache.keys().next().value as string);
  splitCache.set(word, p);
  return p;
}

/** Whether `s` is nothing or runs together known words of three letters or more ("all", "out", "deport the"). */
export function gluedWords(s: string): boolean {
  if (!s) return true;
  const p = segmentCached(s);
  return p !== null && p.every((x) => x.length >= 3 || x === 'the');
}

/** Words a glued token may hold: only letters, and one-letter parts only "i" and "a". */
function parts(t: Token): string[] | null {
  if (t.punct || t.w.length < 9 || !/^[a-z]+$/.test(t.w) || VOCAB.has(t.w) || WHOLE_WORDS.has(t.w)) return null;
  const p = segmentCached(t.w);
  // one-letter words only inside the run ("killallajews" no, "christiana" = "christian a" no)
  if (!p || p.length < 2 || p.some((x, k) => x.length === 1 && (k === p.length - 1 || (x !== 'i' && x !== 'a')))) return null;
  return p;
}

/** Verbs a dropped space glues to a group's name: "womenare", "muslimsshould". */
const GLUED_TAILS = ['are', 'should', 'must', 'were', 'need', 'belong', 'cant', 'can', 'will', 'deserve'];
/** Short words a dropped space glues to an attack word: "Ihate Muslims", "Jews arerats", "should bekilled". */
const GLUED_LEADS = new Set(['i', 'a', 'are', 'be', 'is', 'am', 'was', 'were', 'all', 'so']);
/**
 * A group's name glued to the verb after it ("womenare stupid", "Womenshould stay in the kitchen", "Gay menare ..."): only
 * a dropped space makes these, so the split needs no attack word near.
 */
function glueTail(t: Token): string[] | null {
  if (t.punct || t.w.length < 6 || !/^[a-z]+$/.test(t.w) || VOCAB.has(t.w) || WHOLE_WORDS.has(t.w)) return null;
  for (const tail of GLUED_TAILS) {
    if (!t.w.endsWith(tail)) continue;
    const head = t.w.slice(0, -tail.length);
    if (head.length >= 3 && isGroup(head)) return [head, tail];
  }
  return null;
}

/**
 * A short token (5-8 letters) that is a lead word glued to an attack word, next to a group: "Ihate Muslims", "Immigrants
 * arescum". Longer tokens are read by `parts`; ordinary short words ("island", "aboard") hold no attack word.
 */
function shortGlue(tokens: readonly Token[], i: number): string[] | null {
  const t = tokens[i] as Token;
  if (t.punct || t.w.length < 5 || t.w.length > 8 || !/^[a-z]+$/.test(t.w) || VOCAB.has(t.w) || WHOLE_WORDS.has(t.w)) return null;
  if (!tokens.slice(Math.max(0, i - 3), i + 4).some((x) => x !== t && isGroup(x.w))) return null;
  for (const lead of GLUED_LEADS) {
    if (t.w.startsWith(lead) && isAttack(t.w.slice(lead.length)) && t.w.length - lead.length >= 3) return [lead, t.w.slice(lead.length)];
  }
  return null;
}

/** "hatejews", "gaysvile": a short token that is exactly an attack word and a group's name, each of four letters or more. */
function pairGlue(t: Token): string[] | null {
  if (t.punct || t.w.length < 8 || t.w.length > 9 || !/^[a-z]+$/.test(t.w) || VOCAB.has(t.w) || WHOLE_WORDS.has(t.w)) return null;
  for (let cut = 4; cut <= t.w.length - 4; cut++) {
    const a = t.w.slice(0, cut);
    const b = t.w.slice(cut);
    // (a group named by one word, not a part of a longer name: "hungover" is no "hung" and "over")
    if ((isAttack(a) && ONE_WORD_GROUP_NAMES.has(b)) || (ONE_WORD_GROUP_NAMES.has(a) && isAttack(b))) return [a, b];
  }
  return null;
}

const isGroup = (w: string) => GROUP_WORDS.has(w);
/** Attack words that are also parts of group names ("the mentally ill"): glued after a group, they attack it. */
const ATTACK_EVEN_IF_GROUP_WORD = new Set(['mentally', 'ill', 'sick']);
const isAttack = (w: string) => ATTACK_WORDS.has(w) && (!GROUP_WORDS.has(w) || ATTACK_EVEN_IF_GROUP_WORD.has(w));

/**
 * The words of a glued token when, with its neighbours, they hold a group and an attacking word:
 * "allmuslimsareterrorists" alone; "Women arestupid" or "I hatewomen" with one space dropped next to
 * the group or the attack. Otherwise null, so ordinary long words and hashtags stay whole.
 */
function split(tokens: readonly Token[], i: number): string[] | null {
  const t = tokens[i] as Token;
  const tail = glueTail(t);
  if (tail) return tail;
  const p = parts(t) ?? shortGlue(tokens, i);
  if (!p) return pairGlue(t);
  const group = p.some(isGroup);
  const attack = p.some(isAttack);
  if (group && attack) return t.w.length >= 9 ? p : null;
  // one space dropped: the other half of the attack stands within three words
  const near = tokens.slice(Math.max(0, i - 3), i + 4).filter((x) => x !== t && !x.punct).map((x) => x.w);
  if (group && near.some(isAttack)) return p;
  if (attack && near.some(isGroup) && p.every((x) => isAttack(x) || FUNCTION_SET.has(x) || PERSON_SET.has(x))) return p;
  return null;
}
const FUNCTION_SET = new Set(FUNCTION_WORDS);
const PERSON_SET = new Set<string>(PERSON_NOUNS);

/** Glued tokens rewritten as their words (each sharing the token's span); the same array when nothing splits. */
export function unglue(tokens: readonly Token[]): readonly Token[] {
  if (!tokens.some((t) => t.w.length >= 5)) return tokens;
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const ws = split(tokens, i);
    if (ws) {
      out ??= tokens.slice(0, i);
      for (const w of ws) out.push({ ...t, w, src: w });
    } else if (out) out.push(t);
  }
  return out ?? tokens;
}
