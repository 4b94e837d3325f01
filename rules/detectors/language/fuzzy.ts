/**
 * Misspelt key words. People disguise hate by misspelling the group or the insult too ("immigrnats are
 * vermni"), not only slurs. A token that is one swap or one deletion away from a group noun or a
 * predicate word of five letters or more is read as that word, unless the token is an ordinary English
 * word (GUARD: the near-misses that a dictionary knows; a test checks compromise's lexicon against it).
 * Runs of single letters ("w o m e n") are joined back into one word.
 */
import { GROUP_TERMS, ONE_WORD_GROUP_NAMES } from './lexicon/groups';
import { DEHUMANISING, EXCLUSION_VERBS, HATE_VERBS, INSULT_ADJECTIVES, INSULT_NOUNS, NEGATIVE_ATTRIBUTES, PERSON_NEGATIVE } from './lexicon/words';
import { ONE_WORD_SLURS, SLURS, soundAlikes } from './lexicon/slurs';
import type { Token } from './tokens';

const GUARD = new Set(`
  africa africas albania albanias alien alines america americas anger arab asia asias ates athiest athiests australian australias back
  backs bangladeshi bangladeshs beats beatss bests bind bitchs bits blood bond boos bosss brit brute burn burt christina christinas
  cleaned cleans colo colombia colombias confuse cook cooked cooks cripple cuba cubas cure cures cuts darin dens deons derange devis
  dick disable down driers driver drives droned dumb easts eaten employee engineer evils exist exists fake feminist fire fool fred
  fried gils girl greed guatemalan guatemalas hate hugs inane india indias insect invades iranian iraqi iraqs isla israeli israels
  jackss jamaica jamaicas korea koreas lack lacks lars laughter leechs lias light liras lose loses maes male metal money moneys mother
  naive nigeria nigerias oman others pakistan pakistans palestinian phones pick picks poes pols psych psychs pure rabbis rain rans rash
  rick ricks romania romanias ross russia russias sank sanks shoo shot sick sicks sinking slam slim smell sneak sting syria syrias tans
  teenager teenages thus tick tone toned tosses tran treat treats turkis twist ukrainian urge urged user uses venezuelan venezuelas
  violet wats weird weirds wine wipe with wore wores worker yong dirt dirts lapped object rape roots strange dune dunes hill hills
  abuses algeria audi australia austria bangladesh bolivia boss bulgaria cage cambodia chats chips coat coats croatia dominica
  eritrea estonia ethic ethiopia finish geek geeks guatemala heating heats hole holes homs honduras indonesia iraq israel janis kenya
  latvia libya lithuania malaysia mongolia nepal nicaragua retire retires serbia shacked sobs this tunisia uganda venezuela whack
  whacks yemen ying
  addict cheat dane drunk finn girlfriend grandma grandpa oran scot shari spaniard swede zombie
  arts apse veil eluded laiest garage garages sexual shite biter mutt heaters
  moon moons morn morns moro moroni iris omen heep hong indus ives oder lind ales aped ailed hats inns fins cots sake reek reeks tails
  wits tits soot depot downed brow bunt brunt refuge refuges chap heap hick hind hinds hoot itches itchy easel easels oats optic quake
  quakes rook rooked rooks ripples sill sills sine tugs whit whits thicket thickets thickset retried roomer roomers seep lathe lathes
  loath crepe crepes limy leas lades liens koan korans millennia mania manias manic manics midges mothered lobs lairs interne insets
  hipped dido adman admen belled bight bligh bactria cree curs demos entitle sapped sponges tabbed theist theists reedy reediest pony
  ponies copses sian bengal locke ughur
`.trim().split(/\s+/));

/**
 * Insults spelt by sound or typed fast, which the one-edit table cannot reach: "stoopid", "idjit", "pathetik", "lier",
 * "discrace". Only words no dictionary has.
 */
const SOUNDED: ReadonlyMap<string, string> = new Map(Object.entries({
  stoopid: 'stupid', stoopit: 'stupid', stupit: 'stupid', stoopidity: 'stupidity', idjit: 'idiot', idjits: 'idiots', eejit: 'idiot', eejits: 'idiots',
  pathetik: 'pathetic', patheitc: 'pathetic', dumm: 'dumb', dum: 'dumb', discrace: 'disgrace', disgrase: 'disgrace', lier: 'liar', liers: 'liars',
  lyer: 'liar', lyers: 'liars', morron: 'moron', morrons: 'morons', loosers: 'losers', ignorent: 'ignorant', hypocryte: 'hypocrite', hipocrite: 'hypocrite',
  // the f-word with its letters swapped for ones that sound or look alike: "fvck you", "phuck off", "fukkin idiot"
  fvck: 'fuck', fvk: 'fuck', fvkk: 'fuck', fukk: 'fuck', fuk: 'fuck', fuq: 'fuck', phuck: 'fuck', phuk: 'fuck', fcuk: 'fuck',
  fvcking: 'fucking', fukking: 'fucking', fuking: 'fucking', fukin: 'fuckin', fukkin: 'fuckin', phucking: 'fucking', fcuking: 'fucking',
  fvcked: 'fucked', fuked: 'fucked', fukked: 'fucked', phucked: 'fucked',
}));

/**
 * A word stretched for emphasis ("MORONNN", "looooser", "numptyyy", "stooopid"): runs of three or more letters cut to two
 * and to one, read as the key word or the sounded-out spelling it then spells. Not a word the lexicons know as it is.
 */
function respelt(t: Token, kn: ReadonlySet<string>): string | undefined {
  if (t.w !== t.src || kn.has(t.w)) return undefined;
  // ("dinner at Fuk Wing Street": a capitalised f-word spelling is a Cantonese name, not the word)
  if (t.raw === 'Fuk') return undefined;
  const sounded = SOUNDED.get(t.w);
  if (sounded) return sounded;
  // "muzlims", "jewz", "gayz", "phaggot", "retart": a letter swapped for one that sounds alike in a group's name or a slur
  if (t.w.length >= 4) for (const s of soundAlikes(t.w)) if ((soundNames ??= groupAndSlurWords()).has(s)) return s;
  if (!/([a-z])\1\1/.test(t.w)) return undefined;
  for (const cut of [t.w.replace(/([a-z])\1{2,}/g, '$1$1'), t.w.replace(/([a-z])\1{2,}/g, '$1')]) {
    if (kn.has(cut)) return cut;
    const s = SOUNDED.get(cut);
    if (s) return s;
  }
  return undefined;
}

let soundNames: Set<string> | undefined;
/** Groups' names and slurs, with plurals: the words a letter written as it sounds may stand in. */
function groupAndSlurWords(): Set<string> {
  const k = new Set<string>();
  for (const g of GROUP_TERMS) for (const w of g.words) if (!w.includes(' ')) k.add(w);
  for (const e of SLURS) for (const f of [e.form, ...(e.variants ?? [])]) if (!f.includes(' ')) k.add(f).add(`${f}s`);
  return k;
}

let table: Map<string, string> | undefined;
let known: Set<string> | undefined;

/** Words a spaced-out run may spell: the key vocabulary and every slur spelling, with plurals. */
function knownWords(): Set<string> {
  const k = new Set<string>();
  for (const g of GROUP_TERMS) for (const w of g.words) k.add(w);
  for (const s of [NEGATIVE_ATTRIBUTES, DEHUMANISING, HATE_VERBS, INSULT_NOUNS, INSULT_ADJECTIVES, PERSON_NEGATIVE, EXCLUSION_VERBS]) for (const w of s) k.add(w);
  for (const e of SLURS) {
    for (const f of [e.form, ...(e.variants ?? [])]) {
      const x = f.replace(/ /g, '');
      k.add(x);
      k.add(`${x}s`);
    }
  }
  return k;
}

let maskable: string[] | undefined;
/**
 * A group's name or an attack word with letters masked ("J*ws", "Bl*ck", "dis*bled", "p*rasites"): the one key word
 * of that length the visible letters fit. Masking a word shows the writer knows it is loaded, so it is read as the word,
 * but only when at least three letters show, no more than two are hidden and no other key word fits.
 */
export function unmaskKeyWord(lower: string): string | null {
  const hidden = lower.replace(/[^*#%]/g, '').length;
  if (hidden > 2 || lower.length - hidden < 3 || !/^[a-z*#%]+$/.test(lower)) return null;
  const re = new RegExp(`^${lower.replace(/[*#%]/g, '[a-z]')}$`);
  let found: string | null = null;
  for (const w of (maskable ??= [...knownWords()].filter((x) => /^[a-z]{4,}$/.test(x)))) {
    if (w.length !== lower.length || !re.test(w)) continue;
    // two words fit ("b**ch" for beach and bitch is profanity's business, read before this): read neither
    if (found && found !== w) return null;
    found = w;
  }
  return found;
}

function oneEdit(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.slice(0, i) + s.slice(i + 1));
  for (let i = 0; i + 1 < s.length; i++) if (s[i] !== s[i + 1]) out.push(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2));
  return out;
}

function build(): Map<string, string> {
  const vocab = new Set<string>();
  // single-word terms only: the tails of phrases ("special needs", "mental health issues") are everyday words
  for (const g of GROUP_TERMS) if (g.words.length === 1 && (g.words[0] as string).length >= 5) vocab.add(g.words[0] as string);
  // the head of most group names ("old poeple", "disabled peple")
  vocab.add('people');
  for (const s of [NEGATIVE_ATTRIBUTES, DEHUMANISING, HATE_VERBS, INSULT_NOUNS, INSULT_ADJECTIVES, PERSON_NEGATIVE, EXCLUSION_VERBS]) {
    for (const w of s) if (w.length >= 5) vocab.add(w);
  }
  const m = new Map<string, string>();
  const ambiguous = new Set<string>();
  // "womn" is one edit from "woman" and from "women": one group either way, so the plural is read
  const kind = new Map<string, string>();
  for (const g of GROUP_TERMS) if (g.words.length === 1) kind.set(g.words[0] as string, g.characteristic);
  const plural = (x: string): boolean => /(?:s|men)$/.test(x);
  for (const v of vocab) {
    for (const e of oneEdit(v)) {
      if (vocab.has(e) || GUARD.has(e) || e.length < 4) continue;
      const had = m.get(e);
      if (had !== undefined && had !== v && kind.has(v) && kind.get(had) === kind.get(v)) {
        if (plural(v) && !plural(had)) m.set(e, v);
      } else if (had !== undefined && had !== v) ambiguous.add(e);
      else m.set(e, v);
    }
  }
  // a plural with its "s" doubled ("immigrantss", "jewss")
  for (const g of GROUP_TERMS) {
    const v = g.words[0] as string;
    if (g.words.length === 1 && v.length >= 4 && v.endsWith('s') && !vocab.has(`${v}s`) && !GUARD.has(`${v}s`)) m.set(`${v}s`, v);
  }
  // four-letter attack words and group names, by a swap of two letters only ("htae", "sucm", "jwes"): a deletion leaves
  // too short a word to tell
  for (const v of SHORT_SWAPPED) {
    for (let i = 0; i + 1 < v.length; i++) {
      if (v[i] === v[i + 1]) continue;
      const e = v.slice(0, i) + v[i + 1] + v[i] + v.slice(i + 2);
      if (vocab.has(e) || GUARD.has(e) || SHORT_SWAPPED.has(e) || ambiguous.has(e)) continue;
      if (m.has(e) && m.get(e) !== v) m.delete(e);
      else m.set(e, v);
    }
  }
  for (const a of ambiguous) m.delete(a);
  return m;
}

/** Four-letter attack words whose swapped spellings are read back ("I htae Muslims", "Jews are rtas"). */
const SHORT_SWAPPED = new Set(['hate', 'rats', 'scum', 'apes', 'pigs', 'evil', 'vile', 'kill', 'ugly', 'dumb', 'lazy', 'jews', 'gays', 'arab', 'dyke', 'fags']);

/** Consonant skeleton with doubled letters squeezed: "faggot" → "fgt", "women" → "wmn". */
function skeleton(w: string): string {
  let out = '';
  for (const c of w) if (!'aeiouy'.includes(c) && c !== out[out.length - 1]) out += c;
  return out;
}

function hasVowel(w: string): boolean {
  for (let i = 0; i < w.length; i++) if ('aeiouy'.includes(w[i] as string)) return true;
  return false;
}

/** Interjections and chat words written without vowels that are not disguised key words. */
const VOWELLESS_WORDS = new Set(['hmm', 'hmmm', 'shh', 'shhh', 'brr', 'grr', 'grrr', 'nth', 'pst', 'psst', 'tsk', 'pfft', 'zzz', 'hrm', 'mmm', 'pls', 'plz', 'thx', 'thnx', 'msg', 'txt', 'smh', 'ngl', 'wtf', 'ffs', 'brb', 'lmk', 'nvm', 'srs', 'sry', 'bc', 'rn', 'tbh', 'fwiw', 'pwd', 'cmd', 'ctrl', 'xls', 'pdf', 'png', 'svg', 'mp', 'js', 'css', 'html', 'sql', 'npm', 'vcs', 'hq', 'mgr', 'pm', 'dm', 'dms', 'cc', 'bcc', 'st', 'nd', 'rd', 'th', 'kg', 'km', 'cm', 'mm', 'hr', 'hrs', 'min', 'mph']);

let skeletons: Map<string, string> | undefined;
/**
 * Group nouns and slurs by skeleton: a token with no vowel at all ("wmn", "mslms", "fgt") is read as the one key
 * word it spells. Skeletons shared by words of different characteristics are dropped as ambiguous.
 */
function buildSkeletons(): Map<string, string> {
  const word = new Map<string, string>();
  const kind = new Map<string, string>();
  const ambiguous = new Set<string>();
  const add = (w: string, c: string): void => {
    if (w.length < 4 || !/^[a-z]+$/.test(w)) return;
    const k = skeleton(w);
    if (k.length < 3) return;
    if (kind.has(k) && kind.get(k) !== c) ambiguous.add(k);
    else if (!kind.has(k)) {
      kind.set(k, c);
      word.set(k, w);
    }
  };
  for (const g of GROUP_TERMS) if (g.words.length === 1 && !g.adjective) add(g.words[0] as string, g.characteristic);
  for (const { word: w, entry } of ONE_WORD_SLURS) add(w, entry.characteristic);
  for (const a of ambiguous) word.delete(a);
  return word;
}

/** Letter pairs that pass for one letter: "Jvvs" for "Jews", "rnuslims" for "muslims". */
function lookalikePairs(t: Token, kn: ReadonlySet<string>): string | undefined {
  if (t.w.length < 3 || t.w !== t.src || kn.has(t.w) || (!t.w.includes('vv') && !t.w.includes('rn'))) return undefined;
  // only into a group noun or a slur: "burns" must stay "burns", not become "bums"
  const ids = (identities ??= identityWords());
  for (const w of [t.w.replace(/vv/g, 'w'), t.w.replace(/rn/g, 'm'), t.w.replace(/vv/g, 'w').replace(/rn/g, 'm')]) {
    if (w === t.w) continue;
    if (ids.has(w)) return w;
    // "Jvvs": a look-alike and no vowel at all
    const k = !hasVowel(w) ? (skeletons ??= buildSkeletons()).get(skeleton(w)) : undefined;
    if (k) return k;
  }
  return undefined;
}

let namePrefixes: Set<string> | undefined;
/** The first two to five letters of every one-word group name: the pieces a broken-up name may start with. */
function groupNamePrefixes(): Set<string> {
  const out = new Set<string>();
  for (const w of ONE_WORD_GROUP_NAMES) for (let n = 2; n <= 5 && n < w.length; n++) out.add(w.slice(0, n));
  return out;
}

let identities: Set<string> | undefined;
function identityWords(): Set<string> {
  const out = new Set<string>();
  for (const w of ONE_WORD_GROUP_NAMES) out.add(w);
  for (const { word } of ONE_WORD_SLURS) out.add(word).add(`${word}s`);
  return out;
}

/** The key word a vowel-less lower-case token stands for ("wmn" → "women"), or undefined. */
function unvowelled(t: Token): string | undefined {
  if (t.w.length < 3 || t.w !== t.src || hasVowel(t.w) || VOWELLESS_WORDS.has(t.w) || t.raw === t.raw.toUpperCase()) return undefined;
  return (skeletons ??= buildSkeletons()).get(skeleton(t.w));
}

/** A token the engine joined from spelled-out letters ("a c u n t" → "acunt") that is an article and a known word. */
function articleGlued(t: Token, kn: ReadonlySet<string>): boolean {
  return t.src.length >= 4 && (t.src[0] === 'a' || t.src[0] === 'i') && t.raw.length > t.src.length && /\s/.test(t.raw) && !kn.has(t.src) && kn.has(t.src.slice(1));
}

/** Short words that stand on their own, never a fragment of a broken-up name. */
const WHOLE_SHORT = new Set(['a', 'an', 'the', 'is', 'at', 'as', 'in', 'on', 'of', 'to', 'or', 'and', 'for', 'but', 'be', 'by', 'it', 'he', 'we', 'me', 'my', 'no', 'so', 'up', 'us', 'do', 'go', 'if', 'am', 'are', 'was', 'all', 'any', 'not', 'you', 'her', 'his', 'our', 'out', 'man', 'men', 'gay', 'jew', 'old', 'new', 'son', 'sex', 'ban']);

/**
 * "Re fu gees", "Fo reign ers", "Mus lims": a group's name broken into two or three pieces, at least one of them no word
 * on its own. The end of the run that spells it, or -1.
 */
function brokenName(tokens: readonly Token[], i: number, kn: ReadonlySet<string>): number {
  const t = tokens[i] as Token;
  // (a cheap gate first: this runs on every short word, and almost none begins a group's name)
  if (t.punct || t.src.length < 2 || t.src.length > 5 || !(namePrefixes ??= groupNamePrefixes()).has(t.src)) return -1;
  let joined = t.src;
  let fragment = !kn.has(t.src) && !WHOLE_SHORT.has(t.src) && t.src.length <= 3;
  let end = -1;
  // the longest name spelt wins ("Fo reign ers" is "foreigners", not "foreign" and "ers")
  for (let j = i + 1; j <= i + 2 && j < tokens.length; j++) {
    const x = tokens[j] as Token;
    if (x.punct || x.mention || x.src.length < 2 || x.src.length > 6) break;
    joined += x.src;
    fragment ||= !kn.has(x.src) && !WHOLE_SHORT.has(x.src) && x.src.length <= 3;
    // (slurs broken up are the slur rule's to read, on the text as typed)
    if (fragment && joined.length >= 5 && ONE_WORD_GROUP_NAMES.has(joined)) end = j;
  }
  return end;
}

function isLetterRun(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && !t.punct && t.src.length === 1;
}

/** Joins single-letter runs and corrects near-miss spellings of key words, in place of the tokens. */
export function repairSpelling(tokens: Token[]): Token[] {
  const fix = (table ??= build());
  const kn = (known ??= knownWords());
  // Most sentences need no repair: find the first token that may, and hand the array back when none does.
  let first = 0;
  while (first < tokens.length) {
    const t = tokens[first] as Token;
    // a single letter changes only as the first of three or more in a row
    if (!t.punct && t.src.length === 1 && isLetterRun(tokens, first + 1) && isLetterRun(tokens, first + 2)) break;
    if (t.w.length >= 4 && t.w === t.src && !kn.has(t.w) && fix.has(t.w)) break;
    if (t.src.length <= 5 && brokenName(tokens, first, kn) > 0) break;
    if (!t.punct && (unvowelled(t) || lookalikePairs(t, kn) || articleGlued(t, kn) || respelt(t, kn))) break;
    first++;
  }
  if (first === tokens.length) return tokens;
  const out: Token[] = tokens.slice(0, first);
  for (let i = first; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // "w o m e n": three or more single letters in a row (not the words "a" and "i" alone)
    // "you are a c u n t": the reader joined the article to the letters spelled out after it
    if (!t.punct && articleGlued(t, kn)) {
      const cut = t.raw.search(/[^a-z]/i);
      const articleEnd = t.start + Math.max(1, cut);
      out.push({ ...t, w: t.src[0] as string, src: t.src[0] as string, end: articleEnd, raw: t.raw.slice(0, Math.max(1, cut)) });
      const rest = t.src.slice(1);
      const restRaw = t.raw.slice(Math.max(1, cut)).trimStart();
      out.push({ ...t, w: rest, src: rest, start: t.end - restRaw.length, raw: restRaw });
      continue;
    }
    const broken = brokenName(tokens, i, kn);
    if (broken > 0) {
      const last = tokens[broken] as Token;
      const word = tokens.slice(i, broken + 1).map((x) => x.src).join('');
      out.push({ ...t, w: word, src: word, end: last.end, raw: tokens.slice(i, broken + 1).map((x) => x.raw).join(' ') });
      i = broken;
      continue;
    }
    // "u r a joke", "r u ok": text-speak for "you are" / "are you", not the first letters of a spelled-out word
    const pair = `${t.src}${tokens[i + 1]?.src ?? ''}`;
    if (!t.punct && (pair === 'ur' || pair === 'ru') && (tokens[i + 1] as Token).src.length === 1) {
      out.push(t, tokens[i + 1] as Token);
      i += 1;
      continue;
    }
    if (!t.punct && t.src.length === 1) {
      let j = i;
      while (j + 1 < tokens.length && !(tokens[j + 1] as Token).punct && (tokens[j + 1] as Token).src.length === 1) j++;
      if (j - i >= 2) {
        const kn = (known ??= knownWords());
        let from = i;
        let word = tokens.slice(i, j + 1).map((x) => x.src).join('');
        // "a s h e m a l e": the article is not part of the word
        if (!kn.has(word) && !fix.has(word) && (t.src === 'a' || t.src === 'i') && kn.has(word.slice(1))) {
          out.push(t);
          from = i + 1;
          word = word.slice(1);
        }
        // "r e t a r ds": a short ending glued to the last letter
        const tail = tokens[j + 1];
        if (tail && !tail.punct && tail.src.length <= 2 && !kn.has(word) && kn.has(word + tail.src)) {
          word += tail.src;
          j++;
        }
        const first = tokens[from] as Token;
        const last = tokens[j] as Token;
        const w = fix.get(word) ?? word;
        out.push({ ...first, w, end: last.end, raw: tokens.slice(from, j + 1).map((x) => x.raw).join(' '), src: word });
        i = j;
        continue;
      }
    }
    // a word the lexicons know is never "corrected" into another one ("rape" is not a misspelt "raped")
    const corrected = (t.w.length >= 4 && t.w === t.src && !(known ??= knownWords()).has(t.w) ? fix.get(t.w) : undefined) ?? (t.punct ? undefined : unvowelled(t) ?? lookalikePairs(t, known ??= knownWords()) ?? respelt(t, known ??= knownWords()));
    out.push(corrected ? { ...t, w: corrected } : t);
  }
  return out;
}
