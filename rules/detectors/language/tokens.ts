/**
 * Word tokens of one sentence for the language detectors. Matching happens on the engine's folded text
 * (evasion undone, case-folded); every token keeps the offsets of its original text so hits highlight
 * what the person typed. Contractions and chat spellings are expanded into several tokens that share the
 * original span, so the grammar patterns only ever see "you are", "do not", "i will".
 */
import type { DetectorInput, MappedText } from '../../types';
import { repairSpelling, unmaskKeyWord } from './fuzzy';
import { ONE_WORD_SLURS } from './lexicon/slurs';
import { MASKABLE } from './lexicon/words';

export interface Token {
  /** folded, lower-case word ("are", "not", "idiot") or a punctuation mark ("?", ",", ".") */
  w: string;
  /** offsets in the original `input.text` */
  start: number;
  end: number;
  /** the original text of the token (case kept; the same for every part of an expanded contraction) */
  raw: string;
  /** written as an @mention in the original */
  mention: boolean;
  /** punctuation token */
  punct: boolean;
  /** the folded word before contractions were expanded ("r" for "are", "you're" for "you") */
  src: string;
}

const CONTRACTIONS: Readonly<Record<string, readonly string[]>> = {
  "you're": ['you', 'are'], youre: ['you', 'are'], "they're": ['they', 'are'], theyre: ['they', 'are'],
  "we're": ['we', 'are'], "i'm": ['i', 'am'], im: ['i', 'am'], "he's": ['he', 'is'], "she's": ['she', 'is'],
  "it's": ['it', 'is'], "that's": ['that', 'is'], thats: ['that', 'is'], "what's": ['what', 'is'],
  "there's": ['there', 'is'], "who's": ['who', 'is'],
  "i'll": ['i', 'will'], "you'll": ['you', 'will'], "he'll": ['he', 'will'], "she'll": ['she', 'will'],
  "we'll": ['we', 'will'], "they'll": ['they', 'will'], "i'd": ['i', 'would'], "you'd": ['you', 'would'], "they'd": ['they', 'would'],
  "i've": ['i', 'have'], "you've": ['you', 'have'], "they've": ['they', 'have'], "we've": ['we', 'have'],
  "don't": ['do', 'not'], dont: ['do', 'not'], "doesn't": ['does', 'not'], doesnt: ['does', 'not'],
  "didn't": ['did', 'not'], didnt: ['did', 'not'], "isn't": ['is', 'not'], isnt: ['is', 'not'],
  "aren't": ['are', 'not'], arent: ['are', 'not'], "wasn't": ['was', 'not'], wasnt: ['was', 'not'],
  "weren't": ['were', 'not'], "can't": ['can', 'not'], cant: ['can', 'not'], cannot: ['can', 'not'],
  "couldn't": ['could', 'not'], couldnt: ['could', 'not'], "won't": ['will', 'not'],
  "wouldn't": ['would', 'not'], wouldnt: ['would', 'not'], "shouldn't": ['should', 'not'],
  shouldnt: ['should', 'not'], "mustn't": ['must', 'not'], "ain't": ['are', 'not'], aint: ['are', 'not'],
  "haven't": ['have', 'not'], "hasn't": ['has', 'not'], "needn't": ['need', 'not'],
  gonna: ['going', 'to'], "let's": ['let', 'us'], lets: ['let', 'us'], gotta: ['got', 'to'], wanna: ['want', 'to'],
  u: ['you'], ya: ['you'], ppl: ['people'], yall: ['you', 'all'], "y'all": ['you', 'all'], r: ['are'],
  "you's": ['you', 'is'], "ur": ['your'], "hes": ['he', 'is'], "shes": ['she', 'is'],
  // the same without the apostrophe, as people type on phones
  whats: ['what', 'is'], theres: ['there', 'is'], theyll: ['they', 'will'], theyve: ['they', 'have'], weve: ['we', 'have'],
  youll: ['you', 'will'], youve: ['you', 'have'], wont: ['will', 'not'], havent: ['have', 'not'], hasnt: ['has', 'not'],
  werent: ['were', 'not'],
};

const CONTRACTION_KEYS = new Set(Object.keys(CONTRACTIONS));

/** "ur a loser" means "you are", "ur idea" means "your". */
const UR_AS_YOU_ARE = new Set(['a', 'an', 'the', 'so', 'such', 'just', 'really', 'not', 'nothing', 'too', 'very', 'being', 'gonna', 'going', 'all']);

/** "h8" is chat for "hate": its digit stands for a sound, not a look-alike letter (the fold reads it "hb"). */
const H8: ReadonlyMap<string, string> = new Map([['h8', 'hate'], ['h8s', 'hates'], ['h8ed', 'hated'], ['h8ing', 'hating'], ['h8te', 'hate']]);

/** Profanity clipped in chat ("fck trump", "fkn idiot"): read as the word it stands for. */
const CHAT_PROFANITY: ReadonlyMap<string, string> = new Map([['fck', 'fuck'], ['fcuk', 'fuck'], ['fuq', 'fuck'], ['phuck', 'fuck'], ['fcking', 'fucking'], ['fckin', 'fucking'], ['fkn', 'fucking'], ['fking', 'fucking'], ['fukin', 'fucking'], ['fukn', 'fucking'], ['fuking', 'fucking']]);

const DIGIT_LEET: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '6': 'g', '7': 't', '8': 'b', '9': 'g' };

/** Tokens per folded view: the engine keeps one view per sentence, so the detectors share one pass. */
const cache = new WeakMap<MappedText, { text: string; tokens: Token[] }>();

export function tokenize(input: Pick<DetectorInput, 'text' | 'folded'>): Token[] {
  const f = input.folded();
  const hit = cache.get(f);
  if (hit && hit.text === input.text) return hit.tokens;
  const tokens = repairSpelling(withMasked(input.text, tokenizeMapped(input.text, f)));
  cache.set(f, { text: input.text, tokens });
  return tokens;
}

/** A word with mask characters inside ("f***", "b*tch", "a**hole"), read on the original text. */
const MASKED = /(?<![\w*#])[A-Za-z@$][A-Za-z@$!*#%]*[*#%][A-Za-z*#%@$!]*(?![\w*#])/g;

/** The profanity a masked word stands for: same length, same visible letters. */
export function unmask(word: string, addressed = false): string | null {
  const lower = word.toLowerCase().replace(/@/g, 'a').replace(/\$/g, 's').replace(/!/g, 'i');
  // only the first letter shown ("b****", "a******"): the length is all there is to go on, so read it only as
  // profanity of that length (never a slur: "n*****" could be a censored anything), and a mask no profanity fits
  // ("p*******" for a password) stays unread
  if (!/[a-z]/.test(lower.replace(/^[a-z]/, '')) && lower.length > 4) {
    return MASKABLE.find((m) => m.length === lower.length && m[0] === lower[0] && !MASK_NEVER_BARE.has(m)) ?? null;
  }
  const re = new RegExp(`^${lower.replace(/[*#%]/g, '.')}$`);
  const profanity = MASKABLE.find((m) => m.length === lower.length && re.test(m));
  if (profanity) return profanity;
  // a mask that an ordinary word fits as well ("f*g" for fog, "g**ks" for geeks) stays unread
  // unless it is thrown at someone ("you f*g", "shut up, f*g"), where the ordinary word makes no sense
  if (!addressed && MASK_GUARD.some((m) => m.length === lower.length && re.test(m))) return null;
  return maskedSlurs().find((m) => m.length === lower.length && re.test(m)) ?? unmaskKeyWord(lower);
}

/** Maskable words too grave to read from a bare first letter and a length. */
const MASK_NEVER_BARE = new Set<string>(['faggot', 'nigger', 'retard', 'idiot', 'moron']);

/** Ordinary words that fit the same masks as short slurs. */
const MASK_GUARD = [
  'fog', 'fogs', 'fig', 'figs', 'fug', 'spec', 'specs', 'duke', 'dukes', 'dike', 'dikes', 'geek', 'geeks', 'coin', 'coins', 'corn', 'corns',
  'cyan', 'clan', 'clans', 'wig', 'wigs', 'wag', 'wags', 'hemo', 'jeep', 'jip', 'poke', 'pike', 'wap', 'yard', 'kite', 'kites', 'pakt',
];

/** Text right before a masked word that throws it at someone: "you ...", "shut up ...", "@sam ...". */
const ADDRESSED = /(?:\byou|\bu|\bup|\bthe fuck|@\w+|\byou (?:stupid|dumb|little|fucking|filthy|dirty))[\s,]*$/i;

let slurSpellings: readonly string[] | undefined;
/** Every one-word slur spelling and its plural: "f*ggots", "n*ggers", "k*kes" unmask like profanity does. */
function maskedSlurs(): readonly string[] {
  if (!slurSpellings) {
    const out = new Set<string>();
    for (const { word: f } of ONE_WORD_SLURS) {
      if (f.length < 3) continue;
      out.add(f);
      if (!f.endsWith('s')) out.add(`${f}s`);
    }
    slurSpellings = [...out];
  }
  return slurSpellings;
}

/** Replaces the tokens of each masked word by one token carrying the word it stands for. */
function withMasked(original: string, tokens: Token[]): Token[] {
  if (!/[*#%]/.test(original)) return tokens;
  MASKED.lastIndex = 0;
  let out = tokens;
  for (let m = MASKED.exec(original); m; m = MASKED.exec(original)) {
    const w = unmask(m[0], ADDRESSED.test(original.slice(Math.max(0, m.index - 24), m.index)));
    if (!w) continue;
    const start = m.index;
    const end = start + m[0].length;
    const at = out.findIndex((t) => t.end > start);
    const rest = out.filter((t) => t.end <= start || t.start >= end);
    const tok: Token = { w, start, end, raw: m[0], mention: false, punct: false, src: w };
    out = [...rest.slice(0, Math.max(0, at)), tok, ...rest.slice(Math.max(0, at))];
  }
  return out;
}

const isLower = (c: number): boolean => c >= 97 && c <= 122;
const isWordUnit = (c: number): boolean => isLower(c) || (c >= 48 && c <= 57);
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;
/** ? ! . , ; : " “ ” ( ) */
const isPunctMark = (c: number): boolean =>
  c === 63 || c === 33 || c === 46 || c === 44 || c === 59 || c === 58 || c === 34 || c === 0x201c || c === 0x201d || c === 40 || c === 41;

/**
 * End of the token that starts at `i`, or -1 when none does: a run of [a-z0-9] with any number of
 * apostrophe + [a-z] parts ("don't", "y'all"), or one punctuation mark. A hand-written scan (this runs on
 * every word of every sentence) of the pattern /[a-z0-9]+(?:['’][a-z]+)*|[?!.,;:"“”()]/.
 */
function tokenEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (isWordUnit(c)) {
    let j = i + 1;
    while (j < text.length && isWordUnit(text.charCodeAt(j))) j++;
    while (j + 1 < text.length && isApostrophe(text.charCodeAt(j)) && isLower(text.charCodeAt(j + 1))) {
      j += 2;
      while (j < text.length && isLower(text.charCodeAt(j))) j++;
    }
    return j;
  }
  return isPunctMark(c) ? i + 1 : -1;
}

/** End of a free-standing ampersand at `i` ("a & b", "a &amp; b"), or -1 inside a name ("AT&T", "R&D", "Q&A"). */
function ampersandEnd(text: string, i: number): number {
  const before = i === 0 ? 32 : text.charCodeAt(i - 1);
  // ("&#8220;" is an escaped character, not a word)
  if (isWordUnit(before) || text.charCodeAt(i + 1) === 35) return -1;
  const end = text.startsWith('amp;', i + 1) ? i + 5 : i + 1;
  return end >= text.length || !isWordUnit(text.charCodeAt(end)) ? end : -1;
}

export function tokenizeMapped(original: string, f: MappedText): Token[] {
  const out: Token[] = [];
  const text = f.text;
  const handles = handleSpans(original);
  for (let fs = 0; fs < text.length; ) {
    let fe = tokenEnd(text, fs);
    if (fe < 0) {
      // a free-standing "&" (or its HTML escape "&amp;", pasted from feeds) is the word "and": "immature & rude"
      const amp = text.charCodeAt(fs) === 38 ? ampersandEnd(text, fs) : -1;
      if (amp > 0) {
        const start = f.map[fs] ?? 0;
        const end = f.map[amp] ?? original.length;
        out.push({ w: 'and', start, end, raw: original.slice(start, end), mention: false, punct: false, src: 'and' });
        fs = amp;
        continue;
      }
      // a free-standing "=" between words is "is": "refugees = human garbage"
      if (text.charCodeAt(fs) === 61 && text.charCodeAt(fs - 1) === 32 && text.charCodeAt(fs + 1) === 32 && out.length && !out[out.length - 1]!.punct) {
        const start = f.map[fs] ?? 0;
        out.push({ w: 'is', start, end: start + 1, raw: '=', mention: false, punct: false, src: '=' });
      }
      fs++;
      continue;
    }
    const m0 = text.slice(fs, fe);
    // "a-hole": the hyphen hides the insult from the word pattern, so the two halves are read as one word
    const hyphenated = m0 === 'a' ? /^-holes?\b/.exec(text.slice(fe, fe + 7)) : null;
    if (hyphenated) fe += hyphenated[0].length;
    const start = f.map[fs] ?? 0;
    const end = f.map[fe] ?? original.length;
    const raw = original.slice(start, end);
    let word = hyphenated ? `a${hyphenated[0].slice(1)}` : m0.includes('’') ? m0.replace(/’/g, "'") : m0;
    // digits left inside a word after folding are leetspeak too ("fa66ot", "6ook")
    let digit = false;
    let letter = false;
    for (let k = 0; k < word.length; k++) {
      const c = word.charCodeAt(k);
      if (c >= 48 && c <= 57) digit = true;
      else if (isLower(c)) letter = true;
    }
    const chat = raw.includes('8') ? H8.get(raw.toLowerCase()) : CHAT_PROFANITY.get(word);
    if (chat) word = chat;
    else if (digit && letter) word = word.replace(/[0-9]/g, (d) => DIGIT_LEET[d] ?? d);
    // a token is either a word, which starts with a letter or digit, or one punctuation mark
    const punct = !isWordUnit(word.charCodeAt(0));
    const mention = !punct && (original[start] === '@' || handles.some(([a, b]) => start > a && start < b));
    // only the object's own keys: an inherited name ("constructor", "toString") is an ordinary word, not a contraction
    let parts: readonly string[] | undefined = CONTRACTION_KEYS.has(word) ? CONTRACTIONS[word] : undefined;
    if (word === 'ur') {
      const nxt = text.slice(fe).match(/^\s*([a-z]+)/)?.[1] ?? '';
      parts = UR_AS_YOU_ARE.has(nxt) ? ['you', 'are'] : ['your'];
    }
    // "shoot em", "kill 'em all": the clipped "them", lower-case only ("Em" is a name, "EM" an initialism, "em dash" a mark)
    if (word === 'em' && /^'?em$/.test(raw) && !/^[\s\-\u2013\u2014]*dash/.test(text.slice(fe))) parts = ['them'];
    if (!parts && word.endsWith("'s")) parts = [word.slice(0, -2), "'s"];
    else if (!parts && word.endsWith("n't")) parts = [word.slice(0, -3), 'not'];
    if (parts) for (const w of parts) out.push({ w, start, end, raw, mention, punct, src: word });
    else out.push({ w: word, start, end, raw, mention, punct, src: word });
    fs = fe;
  }
  return out;
}

/**
 * The @handles of a text, as [start, end) spans: a handle's later parts are part of the mention ("@jess_writes",
 * "@sam_says_hi"); read as words they would be cues ("writes" reports speech), but they are only a name. One pass per
 * text, so a long underscore-joined run costs no more than its length.
 */
function handleSpans(original: string): [number, number][] {
  if (!original.includes('@')) return [];
  const out: [number, number][] = [];
  for (const m of original.matchAll(/(?<![A-Za-z0-9_])@[A-Za-z0-9_]+/g)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** Folds a neighbouring sentence for look-ups (prev/next come as plain text). */
export function plainMapped(text: string): MappedText {
  const map = new Array<number>(text.length + 1);
  for (let i = 0; i <= text.length; i++) map[i] = i;
  return { text: text.toLowerCase(), map };
}

export const CLAUSE_BREAK = new Set(['.', ';', ':', '!', '?', 'but', 'although', 'though', 'whereas', 'however']);
export const NEGATORS = new Set(['not', 'never', 'no', 'nobody', 'none', 'neither', 'nor', 'nothing', 'hardly']);
