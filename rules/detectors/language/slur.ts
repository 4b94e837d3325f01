/**
 * `language.slur`: slurs against protected groups, through the spellings people use to slip past
 * filters. On top of the engine's folding (look-alikes, leetspeak, separators, stretched letters) it
 * accepts: stretched letters ("faaaggot"), one swapped or deleted letter in slurs of five letters or
 * more ("niggre", "tranyy" no, "trany" yes), spaces inside ("f a g", "nig ger"), and a slur glued to the
 * word before it ("stupidfaggot"); a near-miss that is an ordinary word ("Niger") never counts.
 *
 * Context lowers confidence instead of dropping the match: the ordinary sense of a homonym (a fag
 * break, a Dutch dyke), a reclaimed in-group use about oneself, a quotation or report ("he called me
 * a ..."), condemnation. Options:
 * - `aim`: 'any' (default, the protected rule) or 'person' (only slurs thrown at someone: inflammatory too);
 * - `reclaimed`: true reports only reclaimed in-group uses (for an info rule saying it may be misread).
 */
import type { DetectorHit, DetectorInput, DetectorSpec } from '../../types';
import { applyContext, mentionContext } from './context';
import { MOCKED_ACTS } from './lexicon/derogation';
import { NEAR_WORDS, SLURS, soundAlikes, type SlurEntry } from './lexicon/slurs';
import { gluedWords } from './segment';
import { aimAt } from './target';
import { findGroups } from './find-groups';
import { tokenize, type Token } from './tokens';
import { unknownOption } from '../options';

interface Index {
  exact: Map<string, SlurEntry>;
  /** stretched-letter key (runs of a letter collapsed to one) → entry, for spellings at least as long */
  squeezed: Map<string, { entry: SlurEntry; len: number }>;
  /** one swap or one deletion away, for slurs of five letters or more */
  near: Map<string, SlurEntry>;
  multi: { words: string[]; entry: SlurEntry }[];
  /** `multi` by first word, in the same order: a token tries only the phrases that can start at it */
  multiByFirst: Map<string, { words: string[]; entry: SlurEntry }[]>;
  /** one-word spellings of four letters or more (and their plurals) by their first four letters, longest first, for slurs
   * run together with words */
  longForms: Map<string, [string, SlurEntry][]>;
}

/** s.replace(/(.)\1+/g, '$1') written out (looked up on every word with a doubled letter): runs of a code unit collapsed to one, line terminators excepted as '.' excepts them. */
function squeeze(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 1; i <= s.length; i++) {
    const c = s.charCodeAt(i - 1);
    if (i < s.length && s.charCodeAt(i) === c && c !== 10 && c !== 13 && c !== 0x2028 && c !== 0x2029) {
      out += s.slice(from, i);
      while (i < s.length && s.charCodeAt(i) === c) i++;
      from = i;
    }
  }
  return from === 0 ? s : out + s.slice(from);
}

/** Does any character repeat right after itself (so that `squeeze` changes the word)? */
function hasRun(s: string): boolean {
  for (let i = 1; i < s.length; i++) if (s.charCodeAt(i) === s.charCodeAt(i - 1)) return true;
  return false;
}

function oneEdit(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.slice(0, i) + s.slice(i + 1));
  for (let i = 0; i + 1 < s.length; i++) if (s[i] !== s[i + 1]) out.push(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2));
  return out;
}

function buildIndex(): Index {
  const exact = new Map<string, SlurEntry>();
  const squeezed = new Map<string, { entry: SlurEntry; len: number }>();
  const near = new Map<string, SlurEntry>();
  const multi: Index['multi'] = [];
  for (const e of SLURS) {
    for (const form of [e.form, ...(e.variants ?? [])]) {
      const spellings = form.includes(' ') ? [form, form.replace(/ /g, '')] : [form];
      if (form.includes(' ')) multi.push({ words: form.split(' '), entry: e });
      for (const s of spellings) {
        if (s.includes(' ')) continue;
        for (const f of [s, `${s}s`, `${s}z`]) {
          if (!exact.has(f)) exact.set(f, e);
          const q = squeeze(f);
          if (!squeezed.has(q)) squeezed.set(q, { entry: e, len: f.length });
        }
      }
    }
  }
  for (const e of SLURS) {
    for (const form of [e.form, ...(e.variants ?? [])]) {
      const s = form.replace(/ /g, '');
      if (s.length < 5) continue;
      for (const v of oneEdit(s)) if (!exact.has(v) && !NEAR_WORDS.has(v) && v.length >= 5) near.set(v, e);
    }
  }
  // four-letter slurs: one swap of neighbouring letters ("dkye", "spci"), on the main form only and never
  // a first-letter swap; deletions would give three-letter everyday words
  for (const e of SLURS) {
    const f = e.form;
    if (f.length !== 4 || f.includes(' ') || e.needsContext) continue;
    for (let i = 1; i + 1 < f.length; i++) {
      if (f[i] === f[i + 1]) continue;
      const v = f.slice(0, i) + f[i + 1] + f[i] + f.slice(i + 2);
      if (!exact.has(v) && !NEAR_WORDS.has(v) && !SHORT_SWAP_GUARD.has(v)) {
        near.set(v, e);
        near.set(`${v}s`, e);
      }
    }
  }
  const multiByFirst = new Map<string, Index['multi']>();
  for (const m of multi) {
    const list = multiByFirst.get(m.words[0] as string);
    if (list) list.push(m);
    else multiByFirst.set(m.words[0] as string, [m]);
  }
  const longForms = new Map<string, [string, SlurEntry][]>();
  for (const [f, e] of [...exact.entries()].filter(([x]) => x.length >= 4 && !x.endsWith('z')).sort((a, b) => b[0].length - a[0].length)) {
    const key = f.slice(0, 4);
    const list = longForms.get(key);
    if (list) list.push([f, e]);
    else longForms.set(key, [[f, e]]);
  }
  return { exact, squeezed, near, multi, multiByFirst, longForms };
}

/** Ordinary words that squeeze to a slur: the fish, not a stretched "polack". */
const STRETCH_GUARD = new Set(['pollack', 'pollacks']);

/** Ordinary words and names one swap away from a four-letter slur. */
const SHORT_SWAP_GUARD = new Set(['trad', 'ings', 'hebe', 'cono', 'ikke', 'kiek', 'paik', 'hoom', 'goko']);

let index: Index | undefined;
const getIndex = () => (index ??= buildIndex());

/** Words that may be glued in front of a slur ("stupidfaggot", "ufag"). */
const GLUE = ['you', 'u', 'ur', 'stupid', 'dumb', 'fucking', 'fuckin', 'fat', 'ugly', 'dirty', 'lil', 'little', 'ya', 'dumbass', 'sand'];
const GLUE_FIRST = new Set(GLUE.map((g) => g.charCodeAt(0)));
/** Common short words: pieces that together look like a slur only by accident ("go ok"). */
const COMMON_SHORT = new Set(['a', 'i', 'go', 'ok', 'on', 'co', 'to', 'be', 'is', 'it', 'in', 'an', 'as', 'at', 'by', 'do', 'he', 'me', 'my', 'no', 'of', 'or', 'so', 'up', 'us', 'we', 'the', 'and', 'for', 'you', 'are', 'not', 'but', 'can', 'get', 'got', 'had', 'has', 'her', 'him', 'his', 'how', 'its', 'let', 'may', 'new', 'now', 'old', 'our', 'out', 'see', 'she', 'two', 'way', 'who', 'why', 'yes', 'yet', 'ger', 'pa', 'ki', 'ko', 'ka', 'am', 'pm', 'mo', 'ho', 'ha', 'hi', 'jo', 'ja', 'de', 'la', 'le', 'el', 'es', 'et', 'al', 'mr', 'ms', 'dr', 'st']);

interface Match {
  from: number;
  to: number;
  entry: SlurEntry;
  how: string;
}

function lookup(word: string, depth = 0): { entry: SlurEntry; how: string } | null {
  const ix = getIndex();
  const e = ix.exact.get(word);
  if (e) return { entry: e, how: '' };
  if (NEAR_WORDS.has(word)) return null;
  // "faqqot", "niqqa": a "q" passes for a "g" (never an ordinary English word's spelling of a slur)
  if (word.includes('q')) {
    const g = ix.exact.get(word.replace(/q/g, 'g'));
    if (g) return { entry: g, how: "'q' written for 'g'" };
  }
  // "phaggot", "retart": a letter written as it sounds
  if (word.length >= 4) {
    for (const alike of soundAlikes(word)) {
      const f = ix.exact.get(alike);
      if (f) return { entry: f, how: 'a letter that sounds alike' };
    }
  }
  // A word with no letter doubled is its own squeezed key, and no longer than the spelling stored under
  // it: it cannot be a stretched slur, so the regex is skipped.
  const q = hasRun(word) ? ix.squeezed.get(squeeze(word)) : undefined;
  if (q && word.length > q.len && !STRETCH_GUARD.has(word)) return { entry: q.entry, how: 'stretched letters' };
  // near-miss keys have five letters or more
  const n = word.length >= 4 ? (ix.near.get(word) ?? (word.length >= 5 && word.endsWith('s') ? ix.near.get(word.slice(0, -1)) : undefined)) : undefined;
  if (n) return { entry: n, how: 'a letter swapped or left out' };
  // "raghedz", "fagz": a 'z' for the plural 's'
  if (word.length >= 5 && word.endsWith('z') && !depth) {
    const z = lookup(`${word.slice(0, -1)}s`, 1);
    if (z) return { entry: z.entry, how: "'z' written for 's'" };
  }
  // the shortest glue word has one letter and needs more than two after it
  if (word.length < 4 || !GLUE_FIRST.has(word.charCodeAt(0))) return runTogether(word, ix, depth);
  // up to three glued words in front: "stupidfaggot", "youstupidfaggot", "ufuckingfag"
  let rest = word;
  for (let round = 0; round < 3; round++) {
    const g = GLUE.find((x) => rest.length > x.length + 2 && rest.startsWith(x) && (ix.exact.has(rest.slice(x.length)) || GLUE.some((y) => rest.startsWith(y, x.length))));
    if (!g) break;
    rest = rest.slice(g.length);
    const r = ix.exact.get(rest);
    if (r && rest.length >= 3) return { entry: r, how: 'glued to the words before it' };
  }
  return runTogether(word, ix, depth);
}

/** "allfaggotsout", "deportthepakis": a slur run together with known words on either side (after the glued insults). */
function runTogether(word: string, ix: Index, depth: number): { entry: SlurEntry; how: string } | null {
  // (eight letters is enough for a slur and a short call: "kikesout", "pakisout")
  if (word.length >= 8 && !depth) {
    // (candidates by the four letters a spelling starts with, so the cost follows the word's length, not the lexicon's)
    for (let at = 0; at + 4 <= word.length; at++) {
      for (const [form, entry] of ix.longForms.get(word.slice(at, at + 4)) ?? []) {
        if (!word.startsWith(form, at) || (at === 0 && form.length === word.length)) continue;
        if (!entry.needsContext && !entry.properNoun && gluedWords(word.slice(0, at)) && gluedWords(word.slice(at + form.length))) return { entry, how: 'other words run into it' };
      }
    }
  }
  return null;
}

/**
 * findSlurs per token array: the three slur rules read the same sentence's tokens, so the scan runs once.
 * The engine runs a sentence's rules one after another, so the last sentence's result is all it keeps.
 */
let lastTokens: readonly Token[] | undefined;
let lastMatches: Match[] = [];
function findSlursCached(tokens: readonly Token[]): Match[] {
  if (tokens !== lastTokens) {
    lastMatches = findSlurs(tokens);
    lastTokens = tokens;
  }
  return lastMatches;
}

/** The last word may be plural: "camel jockeys", "porch monkeys", "jungle bunnies". */
function pluralOf(x: string, y: string | undefined): boolean {
  return y === x || y === `${x}s` || y === `${x}es` || (x.endsWith('y') && y === `${x.slice(0, -1)}ies`);
}

/** Do the words of a multi-word slur start at token i? */
function multiAt(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  for (let j = 0; j < words.length; j++) {
    const y = tokens[i + j]?.w;
    if (j === words.length - 1 ? !pluralOf(words[j] as string, y) : y !== words[j]) return false;
  }
  return true;
}

const SPACE = /\s/;
/** /\s/.test(raw), with the common case (a plain word: letters, digits, apostrophes) decided without the regex. */
function hasSpace(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39)) return SPACE.test(raw);
  }
  return false;
}

function findSlurs(tokens: readonly Token[]): Match[] {
  const ix = getIndex();
  const out: Match[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // a handle is a name, not a word the writer chose here
    if (t.punct || t.mention) continue;
    const candidates = ix.multiByFirst.get(t.w);
    const multi = candidates ? candidates.find((m) => multiAt(tokens, i, m.words)) : undefined;
    if (multi) {
      out.push({ from: i, to: i + multi.words.length - 1, entry: multi.entry, how: '' });
      i += multi.words.length - 1;
      continue;
    }
    let one = lookup(t.src);
    // the engine joined letters typed apart ("f a g"): most tokens are typed as one word
    const spaced = hasSpace(t.raw);
    // spaced letters joined by the engine together with an article: "a f a g" arrives as "afag"
    if (!one && spaced && /^[ai]/.test(t.src)) {
      const rest = getIndex().exact.get(t.src.slice(1));
      if (rest) one = { entry: rest, how: 'spaces inside the word' };
    }
    if (one) {
      out.push({ from: i, to: i, entry: one.entry, how: one.how });
      continue;
    }
    // "retar ds": letters the engine joined, then a short ending typed apart
    const tail = tokens[i + 1];
    if (spaced && tail && !tail.punct && tail.src.length <= 2) {
      const e = getIndex().exact.get(t.src + tail.src);
      if (e) {
        out.push({ from: i, to: i + 1, entry: e, how: 'spaces inside the word' });
        i++;
        continue;
      }
    }
    // spaces inside: "f a g g o t", "nig ger"; pieces of at most three letters, not all common words
    if (t.src.length <= 3) {
      let joined = t.src;
      let last = t;
      // every piece so far (tokens i..j) a common short word: kept as the run grows
      let common = COMMON_SHORT.has(t.src);
      for (let j = i + 1; j < Math.min(tokens.length, i + 14); j++) {
        const u = tokens[j] as Token;
        common &&= COMMON_SHORT.has(u.src);
        if (u.src === last.src && u.start === last.start) continue;
        if (u.punct || u.src.length > 4) break;
        joined += u.src;
        last = u;
        if (common) continue;
        const hit = ix.exact.get(joined);
        if (hit && joined.length >= 3) {
          out.push({ from: i, to: j, entry: hit, how: 'spaces inside the word' });
          i = j;
          break;
        }
      }
    }
  }
  return out;
}

/** "you talk like a [slur]", "@sam acts like a [slur]": the reader likened to the slur. */
function likenedTo(tokens: readonly Token[], from: number): ReturnType<typeof aimAt> {
  if (!['a', 'an'].includes(tokens[from - 1]?.w ?? '') || tokens[from - 2]?.w !== 'like' || !MOCKED_ACTS.has(tokens[from - 3]?.w ?? '')) return null;
  const s = tokens[from - 4];
  if (!s || !(s.w === 'you' || s.w === 'u' || s.mention)) return null;
  return { from: from - 4, reason: "the reader likened to it ('like a')", group: false, negated: false };
}

/** Self-identification before the slur: "I'm a proud ...", "as a ...", "us ...", "my fellow ...". */
/** Words for the writer's past self before "[word] me": "little fag me at 14", "closeted queer me". */
const YOUNGER_SELF = new Set(['little', 'lil', 'baby', 'young', 'younger', 'teen', 'teenage', 'closeted', 'tiny', 'past', 'old', 'awkward', 'shy', 'scared', 'confused']);

/** Occasions of a community's own: "Pride", "the march", "brunch", "allies". */
const IN_GROUP_OCCASIONS = new Set(['pride', 'parade', 'march', 'brunch', 'allies', 'fabulous']);

/** Calls against people that no in-group occasion excuses. */
const AGAINST_THEM = new Set(['should', 'must', 'need', 'needs', 'deserve', 'deserves', 'ban', 'banned', 'expelled', 'expel', 'kicked', 'ruin', 'ruins', 'ruined', 'ruining', 'destroy', 'destroying', 'destroyed', 'hate', 'hates', 'disgusting', 'gross', 'out', 'kill', 'stop', 'stopped', 'sick', 'shame', 'freaks', 'no', 'away', 'invaded', 'invading', 'overrun', 'taking', 'taken', 'tried', 'pushing', 'uninvited', 'everywhere', 'burn', 'groom', 'grooming', 'pathetic']);

/** The writer's own circle after the word: "my dyke friends", "my faggot besties". */
const FRIENDS = new Set(['friends', 'besties', 'bestie', 'mates', 'pals', 'crew', 'squad', 'girls', 'boys', 'gang', 'sisters', 'brothers', 'fam']);

/** Words that cannot stand between "I am" and a word the writer names themselves with: "I'm going to kill the ...". */
const NOT_DESCRIBING_SELF = new Set(['to']);

function reclaimedUse(tokens: readonly Token[], m: Match): string | null {
  // "I call myself a Polack", "the muzzie in me": the writer takes the word for themselves, whatever the word
  const lead3 = tokens.slice(Math.max(0, m.from - 4), m.from).map((t) => t.w);
  if ((lead3.includes('myself') && lead3.some((x) => ['call', 'calling', 'called', 'calls'].includes(x))) || (tokens[m.to + 1]?.w === 'in' && tokens[m.to + 2]?.w === 'me' && tokens[m.from - 1]?.w === 'the')) {
    if (!tokens.some((t) => ['you', 'your', 'u', 'ur'].includes(t.w) || t.mention)) return "said about oneself ('call myself ...', '... in me')";
  }
  if (!m.entry.reclaimable) return null;
  const b1 = tokens[m.from - 1]?.w ?? '';
  if (['us', 'we', 'fellow', 'myself', 'ourselves'].includes(b1)) return `said about oneself ('${b1} ...')`;
  if (b1 === 'my' && m.entry.form === 'nigga') return "in-group address ('my ...')";
  // "big dyke energy", "once a fag, always a fag, proud of it": the word worn with pride, nobody addressed
  const addressed = tokens.some((t) => ['you', 'your', 'u', 'ur', 'yall'].includes(t.w) || t.mention);
  const proud = tokens.some((t, k) => t.w === 'proud' && Math.abs(k - m.from) <= 6 && ((tokens[k + 1]?.w === 'of' && tokens[k + 2]?.w === 'it') || (tokens[k + 1]?.w === 'to' && tokens[k + 2]?.w === 'be') || (tokens[k - 1]?.w === 'and' && (k + 1 >= tokens.length || tokens[k + 1]?.punct))));
  if (!addressed && (tokens[m.to + 1]?.w === 'energy' || proud)) return "worn with pride ('proud', 'energy')";
  // "Proud queer, proud dyke, proud me.": pride in the word said of oneself
  // ("Proud bi dyke, always have been, always will be": pride with an identity word between)
  const proudOf = b1 === 'proud' || (tokens[m.from - 2]?.w === 'proud' && ['bi', 'queer', 'black', 'trans', 'butch', 'femme', 'old', 'gay', 'lesbian', 'nonbinary', 'enby', 'fat', 'disabled', 'autistic', 'brown'].includes(b1));
  if (proudOf && m.from <= 2 && !addressed && !tokens.some((t) => AGAINST_THEM.has(t.w))) return "said about oneself ('proud ...')";
  if (b1 === 'proud' && tokens.some((t) => ['i', 'me', 'my', 'myself', 'we', 'us', 'our', 'am', 'here'].includes(t.w)) && !tokens.some((t) => ['you', 'your', 'u', 'ur'].includes(t.w) || t.mention)) return "said about oneself ('proud ...')";
  // "Proud dyke, proud daughter, proud nurse.": the writer's own list of what they are proud to be
  if (b1 === 'proud' && tokens.filter((t) => t.w === 'proud').length >= 2 && !addressed) return "said about oneself (a list of what the writer is proud to be)";
  const after = `${tokens[m.to + 1]?.w ?? ''} ${tokens[m.to + 2]?.w ?? ''}`;
  if (after === 'like me' || after === 'like us') return `said about oneself ('... ${after}')`;
  // "Dykes assemble! brunch at mine", "love my dykes so much": a rally call to the writer's own, or fondness for them
  if (['assemble', 'unite'].includes(tokens[m.to + 1]?.w ?? '') && m.from === 0 && !addressed && !tokens.some((t) => AGAINST_THEM.has(t.w))) return "a rally call to the writer's own ('... assemble')";
  if (b1 === 'my' && (['love', 'luv', 'adore', 'miss'].includes(tokens[m.from - 2]?.w ?? '') || tokens.slice(m.to + 1, m.to + 6).some((t) => ['best', 'crew', 'squad', 'gang', 'faves', 'favourites', 'favorites'].includes(t.w))) && !addressed && !tokens.some((t) => AGAINST_THEM.has(t.w))) return "said fondly of the writer's own ('love my ...')";
  // "This old dyke has been marching since 1988": the speaker's own "this old ...", opening the post, of what they have done
  if (m.from === 2 && tokens[0]?.w === 'this' && b1 === 'old' && ['has', 'is', 'was', 'still', 'will', 'can'].includes(tokens[m.to + 1]?.w ?? '') && !addressed && !tokens.some((t) => AGAINST_THEM.has(t.w))) return "said about oneself ('this old ...')";
  // "little fag me at 14 would never ...", "baby dyke me": the writer's younger self named with the word
  // ("Faggot me? Go look in a mirror." throws it back: a describing word before and no question after)
  if (tokens[m.to + 1]?.w === 'me' && YOUNGER_SELF.has(b1) && tokens[m.to + 2]?.w !== '?' && !tokens.some((t) => ['you', 'your', 'u', 'ur'].includes(t.w) || t.mention)) return "said about oneself ('... me')";
  const before = tokens.slice(Math.max(0, m.from - 5), m.from).map((t) => t.w);
  if (before.includes('myself') || before.includes('ourselves')) return "said about oneself ('myself ...')";
  // ("mind your business" says nothing to anyone in particular)
  const nobodyAddressed = !tokens.some((t, n) => (['you', 'your', 'u', 'ur', 'yall'].includes(t.w) && !(tokens[n - 1]?.w === 'mind' && ['business', 'own'].includes(tokens[n + 1]?.w ?? ''))) || t.mention);
  // "me and the other fags at brunch", "the rest of us dykes": the writer counted among them
  if (before.slice(-3).join(' ') === 'and the other' && ['me', 'i'].includes(before[before.length - 4] ?? '')) return "said about oneself ('me and the other ...')";
  if (before.slice(-3).join(' ') === 'rest of us') return "said about oneself ('the rest of us ...')";
  // "Me and my girlfriend are the token dykes at the family Christmas": the writer and their partner named with the word
  if (['are', 'were'].includes(before[before.length - 3] ?? '') && ['the', 'two', 'resident', 'token', 'local'].includes(b1 === 'the' ? b1 : before[before.length - 2] ?? '') && tokens.slice(0, m.from).some((t, n) => (t.w === 'me' || t.w === 'we') && (n === 0 || tokens[n - 1]?.punct)) && nobodyAddressed && !tokens.some((t) => AGAINST_THEM.has(t.w))) return "said about oneself ('me and my ... are the ...')";
  // "me and my faggot besties brunching again", "my dyke friends and I": the writer's own circle, named with the word
  // (and "my dyke friends and I are off to Pride"; "out" after going or went is a night out, not "out!")
  const against = tokens.some((t, n) => AGAINST_THEM.has(t.w) && !(t.w === 'out' && ['went', 'go', 'going', 'night', 'off', 'are', 'were', 'headed', 'heading'].includes(tokens[n - 1]?.w ?? '')));
  const myFriendsAndI = b1 === 'my' && FRIENDS.has(tokens[m.to + 1]?.w ?? '') && tokens[m.to + 2]?.w === 'and' && ['i', 'me'].includes(tokens[m.to + 3]?.w ?? '');
  if (((['me', 'i'].includes(before[before.length - 3] ?? '') && before.slice(-2).join(' ') === 'and my' && FRIENDS.has(tokens[m.to + 1]?.w ?? '')) || myFriendsAndI) && nobodyAddressed && !against) return "said about oneself ('me and my ... friends')";
  // "Growing up a fag in a small town taught me ...": the writer's own childhood named with the word
  if (b1 === 'a' && tokens[m.from - 2]?.w === 'up' && ['growing', 'grew'].includes(tokens[m.from - 3]?.w ?? '') && (tokens[m.from - 3]?.w === 'growing' ? tokens.some((t) => ['me', 'i', 'my'].includes(t.w)) || m.from === 3 : tokens[m.from - 4]?.w === 'i') && nobodyAddressed && !tokens.some((t) => AGAINST_THEM.has(t.w))) return "said about oneself ('growing up a ...')";
  // "old dyke here, out since 1979": the writer introducing themselves
  const clauseOpen = m.from === 0 || tokens.slice(0, m.from).every((t) => !t.punct && YOUNGER_SELF.has(t.w) || ['proud', 'big', 'just', 'another', 'resident', 'your', 'friendly', 'local'].includes(t.w));
  // (one writer, not "Pakis here.", and not asked: "Faggot here? Get out.")
  const oneSelf = !/s$/.test(tokens[m.to]?.w ?? '') || /s$/.test(m.entry.form);
  if (clauseOpen && oneSelf && tokens[m.to + 1]?.w === 'here' && (!tokens[m.to + 2] || ['.', '!', ','].includes(tokens[m.to + 2]?.w ?? '')) && tokens[tokens.length - 1]?.w !== '?' && nobodyAddressed) return "said about oneself ('... here')";
  // "just a lil tranny living her best life", "just a dyke girl living my truth": the writer's light self-portrait
  const justA = (b1 === 'a' && tokens[m.from - 2]?.w === 'just') || (['lil', 'little', 'tiny', 'baby', 'old'].includes(b1) && tokens[m.from - 2]?.w === 'a' && tokens[m.from - 3]?.w === 'just');
  if (justA && tokens.slice(m.to + 1, m.to + 3).some((t) => t.w === 'living') && nobodyAddressed && !tokens.some((t) => AGAINST_THEM.has(t.w))) return "said about oneself ('just a ... living')";
  // "Dyke March this Saturday, all the dykes and our allies welcome", "brunch with my fellow queers": an in-group occasion the
  // writer counts themselves into, with nothing said against anyone
  // ("This homo is going to Pride in a glitter jumpsuit": "this" for oneself on the way to one)
  const occasion = nobodyAddressed && tokens.some((t) => IN_GROUP_OCCASIONS.has(t.w)) && !tokens.some((t) => DEROGATORY_NEIGHBOURS.has(t.w) || AGAINST_THEM.has(t.w));
  if (occasion && tokens.some((t) => ['our', 'we', 'us'].includes(t.w))) return 'said of an in-group occasion the writer counts themselves into';
  if (occasion && m.from === 1 && tokens[0]?.w === 'this') return "said about oneself ('this ...' on the way to an in-group occasion)";
  // "Dykes on Bikes": a community's own name for itself
  if (m.entry.form === 'dyke' && tokens[m.to + 1]?.w === 'on' && tokens[m.to + 2]?.w === 'bikes' && !tokens.some((t) => AGAINST_THEM.has(t.w))) return "a community's own name ('Dykes on Bikes')";
  // "..., or as I say, a card-carrying dyke", "as I call myself, a ...": the writer's own name for themselves
  const lead = tokens.slice(Math.max(0, m.from - 8), m.from).map((t) => t.w);
  const asISay = lead.findIndex((x, n) => x === 'as' && lead[n + 1] === 'i' && ['say', 'call', 'like', 'put'].includes(lead[n + 2] ?? ''));
  if (asISay >= 0 && !tokens.some((t) => ['you', 'your'].includes(t.w) || t.mention)) return "said about oneself ('as I say ...')";
  if (before[before.length - 2] === 'being' && tokens.some((t) => ['i', 'me', 'my', 'we', 'us', 'our'].includes(t.w))) return "said about oneself ('being a ...')";
  // "I am a (big old proud) ...", "as a (queer) ...": walk back over describing words to the self-reference
  for (let k = m.from - 1; k >= Math.max(0, m.from - 5); k--) {
    const x = (tokens[k] as Token).w;
    // ("I'm going to kill the dyke upstairs": "to" or a verb's -ing form ends the describing words, so the word is someone else)
    if (x === 'you' || x === 'your' || x === ',' || (tokens[k] as Token).punct || NOT_DESCRIBING_SELF.has(x) || (/^[a-z]{2,}ing$/.test(x) && x !== 'being')) break;
    if ((x === 'am' && tokens[k - 1]?.w === 'i') || (x === 'as' && tokens[k + 1]?.w === 'a') || (x === 'are' && tokens[k - 1]?.w === 'we')) return 'said about oneself (self-identification)';
  }
  return null;
}

function homonymSense(tokens: readonly Token[], m: Match): string | null {
  const e = m.entry;
  const next = tokens[m.to + 1]?.w ?? '';
  const prev = tokens[m.from - 1]?.w ?? '';
  if (e.ordinaryAfter?.includes(next)) return `ordinary phrase ('... ${next}')`;
  // ("Poof! And just like that it was gone": the sound of a vanishing, opening the post)
  if (e.form === 'poof' && m.from === 0 && next === '!' && (tokens[m.to + 1]?.start ?? 0) < 8 && !tokens.some((t) => ['you', 'u', 'ya', 'your'].includes(t.w))) return "an exclamation ('Poof!')";
  const raw = tokens[m.from]?.raw ?? '';
  if (e.properNoun && m.from > 0 && /^[A-Z][a-z]/.test(raw) && !tokens[m.from - 1]?.punct) return 'a proper name here (capitalised)';
  if (e.ordinaryBefore?.includes(prev)) return `ordinary phrase ('${prev} ...')`;
  if (e.ordinaryLead) {
    const lead = tokens.slice(Math.max(0, m.from - 5), m.from).map((t) => t.w).join(' ');
    const phrase = e.ordinaryLead.find((p) => lead === p || lead.endsWith(` ${p}`));
    if (phrase) return `ordinary phrase ('${phrase} ...')`;
  }
  // ("you faggot, ...": thrown at the reader, whatever wood is near)
  if (e.homonym && !['you', 'u', 'ya'].includes(prev)) {
    for (let k = Math.max(0, m.from - 8); k <= Math.min(tokens.length - 1, m.to + 8); k++) {
      if (k >= m.from && k <= m.to) continue;
      const x = (tokens[k] as Token).w;
      if (e.homonym.includes(x)) return `ordinary sense of the word (context '${x}')`;
    }
  }
  return null;
}

/** Words next to which an everyday homonym ("coon", "cracker") reads as a slur. */
const DEROGATORY_NEIGHBOURS = new Set([
  'white', 'black', 'dirty', 'filthy', 'stupid', 'dumb', 'lazy', 'fucking', 'fuckin', 'damn', 'ugly', 'fat', 'little', 'lil', 'you', 'ya',
  'those', 'these', 'them', 'bunch', 'typical', 'another', 'many', 'ass', 'bitch', 'nigga', 'nigger', 'niggas', 'trash', 'racist', 'ghetto', 'hate', 'kill',
  // ("coons everywhere in this part of town": people said to be everywhere)
  'everywhere',
]);
const VERB_CUES_BEFORE = new Set(['to', 'will', 'would', 'could', 'can', 'may', 'might', 'did', 'does', 'do', 'could', 'should', 'must', 'not']);
const VERB_CUES_AFTER = new Set(['our', 'the', 'their', 'them', 'his', 'her', 'its', 'my', 'your', 'a', 'an', 'this', 'that', 'us', 'you', 'him', 'it']);

/** For everyday homonyms: is there anything that makes this occurrence the slur? */
function contextMakesSlur(tokens: readonly Token[], m: Match): string | null {
  const e = m.entry;
  const prev = tokens[m.from - 1]?.w ?? '';
  const next = tokens[m.to + 1]?.w ?? '';
  if (e.verb && (VERB_CUES_BEFORE.has(prev) || VERB_CUES_AFTER.has(next))) return null;
  if (!e.needsContext) return 'the word itself';
  if (m.how) return m.how;
  if (DEROGATORY_NEIGHBOURS.has(prev) || DEROGATORY_NEIGHBOURS.has(next) || DEROGATORY_NEIGHBOURS.has(tokens[m.from - 2]?.w ?? '')) return `next to '${DEROGATORY_NEIGHBOURS.has(prev) ? prev : DEROGATORY_NEIGHBOURS.has(next) ? next : tokens[m.from - 2]?.w}'`;
  // "Queer, disabled and promoted to team lead today": the first of a list of what the writer is, not someone addressed
  const listed = next === ',' && tokens.slice(m.to + 2, m.to + 6).some((t) => t.w === 'and') && !tokens.some((t) => t.w === 'you' || t.w === 'u' || t.mention);
  if (!listed && aimAt(tokens, m.from, true, m.to)) return 'aimed at someone';
  return null;
}

interface Options {
  aim: 'any' | 'person';
  reclaimed: boolean;
}

function run(input: DetectorInput, o: Options): DetectorHit[] {
  const tokens = tokenize(input);
  const hits: DetectorHit[] = [];
  const matches = findSlursCached(tokens);
  if (!matches.length) return [];
  // once the writer names themselves with a reclaimed word, the same word later in the sentence is in-group too
  const selfNamed = new Set(matches.filter((m) => reclaimedUse(tokens, m)).map((m) => m.entry));
  for (const m of matches) {
    const first = tokens[m.from] as Token;
    const last = tokens[m.to] as Token;
    const tags = ['slur', m.entry.characteristic];
    const via = m.how ? ` (spelled with ${m.how})` : '';
    const reclaimed = reclaimedUse(tokens, m) ?? (selfNamed.has(m.entry) ? 'in a sentence where the writer uses it about themselves' : null);
    if (o.reclaimed) {
      if (reclaimed && !m.entry.mainstream) hits.push({ start: first.start, end: last.end, confidence: 0.8, explain: `a reclaimed slur ${reclaimed}${via}`, tags: [...tags, 'reclaimed'] });
      continue;
    }
    let confidence = m.entry.confidence;
    let explain = `slur against a group defined by ${m.entry.characteristic}${via}`;
    // "c00ns on the bus", "sp1cs on the site", "s p i c s": nobody disguises the raccoon, so a word written to get past a
    // filter needs no other cue to be the slur (a word of the ordinary sense beside it still lowers it, below)
    const disguised = m.how === 'spaces inside the word' || tokens.slice(m.from, m.to + 1).some((t) => /[a-z][0-9@$!|*]+[a-z]/i.test(t.raw));
    if (disguised) explain += ' (a disguised spelling)';
    const cue = disguised ? 'a disguised spelling' : contextMakesSlur(tokens, m);
    if (!cue) {
      confidence *= 0.3;
      explain += '; also an everyday word and nothing here makes it the slur, so confidence lowered';
    } else if (m.entry.needsContext && !disguised) explain += ` (${cue})`;
    if (m.how === 'a letter swapped or left out') confidence *= 0.9;
    // (a word of the ordinary sense beside it still lowers a disguised spelling: "the tr@nny fluid", "H0mo sapiens")
    const homonym = homonymSense(tokens, m);
    if (homonym) {
      confidence *= 0.2;
      explain += `; ${homonym}, so confidence lowered`;
    }
    if (reclaimed) {
      confidence *= 0.3;
      explain += `; ${reclaimed}: a reclaimed use, so confidence lowered`;
    }
    // (a slur run together with other words is a slogan or a hashtag, "#sendthepakisback", said to no one)
    const aim = m.how === 'other words run into it' ? null : aimAt(tokens, m.from, true, m.to) ?? likenedTo(tokens, m.from);
    if (o.aim === 'person') {
      // ("Elderly drivers are coffin dodgers": a subject the target reader could not place, but a group of people)
      const subject = aim?.reason.includes('subject unclear') ? aim.subject : undefined;
      const groupSubject = subject !== undefined && findGroups(tokens).some((g) => !g.pronoun && g.to >= subject[0] && g.from <= subject[1]);
      if (!aim || aim.group || reclaimed || groupSubject) continue;
      explain += `; ${aim.reason}`;
      if (aim.negated) confidence *= 0.4;
    }
    const ctx = applyContext(confidence, explain, mentionContext(input.text, tokens, m.from, m.to));
    hits.push({ start: first.start, end: last.end, confidence: Math.round(ctx.confidence * 100) / 100, explain: ctx.explain, tags });
  }
  return hits;
}

function validate(options: Record<string, unknown>): string | null {
  const unknown = unknownOption(options, ['aim', 'reclaimed']);
  if (unknown) return unknown;
  if (options.aim !== undefined && options.aim !== 'any' && options.aim !== 'person') return "option 'aim' must be 'any' or 'person'";
  if (options.reclaimed !== undefined && typeof options.reclaimed !== 'boolean') return "option 'reclaimed' must be true or false";
  return null;
}

export const SLUR: DetectorSpec = {
  id: 'language.slur',
  description: 'Slurs against protected groups, with spelling variants; homonyms, reclaimed and quoted uses lower confidence.',
  scope: 'sentence',
  // No keywords: spaced-out and misspelt slurs have no fixed literal; the token pass is cheap.
  validateOptions: validate,
  create(options) {
    const o: Options = { aim: options.aim === 'person' ? 'person' : 'any', reclaimed: options.reclaimed === true };
    return (input) => run(input, o);
  },
};
