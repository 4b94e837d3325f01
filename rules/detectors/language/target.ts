/**
 * Is an insulting word aimed at a person? Inflammatory language is about people: "you idiot", "our
 * CEO is a clown", "@sam what a moron", "our competitors are morons". The same word about a thing
 * ("this printer is useless") or about oneself ("I'm such an idiot") is not aimed at anyone.
 */
import { acquaintanceClauseEnd } from './acquaintance';
import { ANIMALS, INSULT_ADJECTIVES, INSULT_INTENSIFIERS, INSULT_NOUNS as INSULT_NOUNS_FOR_AIM, PERSON_WORDS, THING_WORDS } from './lexicon/words';
import { CLAUSE_BREAK, NEGATORS, type Token } from './tokens';

export interface Aim {
  /** token index where the aimed phrase starts (the "you", the subject) */
  from: number;
  reason: string;
  /** the target is a plural group of people ("our competitors") */
  group: boolean;
  negated: boolean;
  /** subject token range, when the target is a subject */
  subject?: [number, number];
}

const COPULA = new Set(['is', 'are', 'was', 'were', 'am', 'be', 'being', 'been']);
const SELF = new Set(['i', 'we', 'me', 'myself', 'us', 'ourselves']);
const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'there', 'here', 'what', 'who', 'which', 'why', 'how', 'when', 'where', 'and',
  'or', 'but', 'so', 'if', 'then', 'just', 'not', 'no', 'yes', 'yeah', 'lol', 'omg', 'rt', 'i', 'we', 'my', 'our', 'your', 'his', 'her',
  'its', 'their', 'today', 'tomorrow', 'yesterday', 'honestly', 'seriously', 'literally', 'everything', 'nothing', 'all', 'also',
  'still', 'really', 'very', 'too', 'as', 'at', 'in', 'on', 'of', 'for', 'with', 'by', 'to', 'from', 'new', 'old', 'one',
  'mine', 'yours', 'ours', 'theirs', 'hers',
]);
/** Greetings and commands after which an insult addresses the reader: "hey idiot", "shut up moron". */
const VOCATIVE_BEFORE = new Set(['hey', 'yo', 'oi', 'listen', 'dear', 'up', 'off', 'lost', 'home', 'away', 'out', 'move', 'bye', 'thanks', 'ok', 'okay', 'sure', 'whatever', 'cry', 'please', 'sorry', 'nice', 'relax', 'calm', 'down', 'job', 'work', 'luck', 'try']);
const VOCATIVE_AFTER_MENTION = new Set([',', '!', '.', '?', 'you', 'ur', 'is', 'what', 'such', 'total', 'absolute', 'complete', 'the', 'a', 'an', 'stupid', 'dumb', 'fucking']);

/** Insult words that often modify the next word after an @mention ("@chef jerk chicken", "@nora loser buys coffee"). */
const MODIFIER_PRONE = new Set(['jerk', 'loser', 'losers', 'clown', 'clowns', 'dummy', 'psycho', 'dirty', 'ugly', 'stupid', 'dumb', 'nasty', 'trash', 'garbage', 'joke', 'idiot', 'moron', 'crazy', 'sick', 'fool', 'rat', 'pig', 'snake', 'tool', 'creep', 'freak']);
/** Weak insult nouns that name nothing but people, so "this ..." or "that ..." aims them. */
const DEMONSTRATIVE_WEAK = new Set(['clown', 'crook', 'creep', 'fool', 'weasel', 'hag', 'freak']);
/** Thanks and congratulations that, for being something bad, mock the one thanked ("thanks for being such a liar"). */
const MOCK_THANKS = new Set(['congrats', 'congratulations', 'done', 'thanks', 'kudos', 'cheers']);
/** What may follow the person a demonstrative points at: a relative, a verb of saying or being, a modal. */
const AFTER_DEMONSTRATIVE = new Set(['who', 'that', 'is', 'was', 'has', 'had', 'should', 'would', 'will', 'can', 'could', 'does', 'did', 'thinks', 'wants', 'says', 'said', 'just', 'still', 'again', 'running', 'needs', 'and', 'or', 'lol', 'smh']);

/** Verbs that show the insult before them is the subject of a clause ("some idiot keeps calling"). */
const SUBJECT_VERBS = new Set(['keeps', 'kept', 'tries', 'thinks', 'went', 'came', 'told', 'left', 'took', 'made', 'got', 'gets', 'just', 'decided', 'tried', 'wrote', 'sent', 'cut', 'stole', 'ran', 'drove', 'walked']);

/** "typical moron", "another idiot": the insult names someone of a kind the reader has in view. */
const KIND_BEFORE = new Set(['typical', 'another', 'fellow', 'more']);
/** ... when the insult ends its noun phrase ("typical idiot, ...", "more idiots than ever"), not in "typical [slur] behaviour" */
const AFTER_KIND = new Set(['than', 'on', 'in', 'at', 'everywhere', 'out', 'there', 'here', 'like', 'all', 'lol', 'smh']);
/** Words that may close an exclaimed insult: "idiots everywhere", "morons lol". */
const EXCLAMATION_TAIL = new Set(['everywhere', 'lol', 'smh', 'again', 'galore', 'af', 'everyone', 'all', 'ffs', 'lmao', 'smdh', 'honestly', 'tbh']);

/**
 * Public roles a post may name as the subject of an insult ("the pope is ...", "this senator is ...",
 * "the host is a clown"), beyond the workplace and family nouns of PERSON_WORDS. Read only as a
 * subject before a copula.
 */
const ROLE_NOUNS = new Set(`pope priest pastor bishop cardinal rabbi imam preacher king queen prince princess chancellor premier pm
  potus flotus congressman congresswoman congressmen congresswomen representative rep senators governors mayors sheriff
  commissioner chairman chairwoman speaker host anchor pundit commentator columnist author writer actor actress singer rapper
  comedian celebrity athlete quarterback qb owner nominee justice attorney prosecutor dictator tyrant activist protester
  feminist liberal leftist conservative democrat republican trumper socialist communist commie lib dem lefty libtard
  accuser witness professor teacher doctor nurse officer cops sheriff deputy agent spokesman spokeswoman secretary ambassador
  candidate incumbent challenger lawmaker lawmakers legislator official officials mp mps councillor councilman judge jury
  commentators hosts anchors pundits actors celebrities athletes owners players rapper rappers singers musician journalist
  editor editors producer director directors umpire ump referee linesman manager chairman`.split(/\s+/));

/** Praise that makes "the clown who ..." a performer, not an insult. */
const PRAISE_AFTER = new Set(['brilliant', 'great', 'amazing', 'fantastic', 'wonderful', 'lovely', 'hilarious', 'funny', 'best', 'awesome', 'excellent', 'superb', 'fun', 'magical', 'incredible']);
/** Who "[insult] like ..." points at: the reader or one person ("idiots like you", "a crook like him"). */
const LIKE_TARGETS = new Set(['you', 'yourself', 'yourselves', 'him', 'her']);
/** "like you said", "like he mentioned": a report, not a comparison. */
const SAYING = new Set(['said', 'say', 'says', 'mentioned', 'suggested', 'asked', 'know', 'mean', 'meant', 'think', 'thought', 'do', 'did', 'wrote', 'told', 'predicted', 'warned']);

/**
 * Stance and degree adverbs that may stand between a copula and what it says of someone without
 * changing whom it is said of ("you are simply an idiot", "he is clearly a fraud", "she's basically a liar").
 */
export const STANCE_ADVERBS = new Set([
  'really', 'just', 'truly', 'actually', 'simply', 'honestly', 'basically', 'clearly', 'obviously', 'literally', 'definitely',
  'certainly', 'seriously', 'officially', 'genuinely', 'totally', 'absolutely', 'completely', 'probably', 'apparently', 'evidently',
  'undoubtedly', 'surely', 'indeed', 'quite', 'frankly', 'legit', 'legitimately', 'kinda', 'sorta', 'also', 'still', 'now', 'always', 'lowkey',
  'highkey',
]);

/** Words after a copula that are not describing words: verbs and places ("been had hoes", "Gabby is back bitches"). */
const NOT_DESCRIBING = new Set(['back', 'made', 'had', 'done', 'gone', 'here', 'there', 'out', 'home', 'up', 'down', 'off', 'on', 'in', 'got', 'told', 'seen', 'known', 'dismissed', 'called', 'mine', 'yours', 'hers', 'ours', 'theirs', 'typical']);

function w(tokens: readonly Token[], i: number): string {
  return tokens[i]?.w ?? '';
}

/**
 * Words naming a camp or a following that describe an insult's target ("liberal idiots", "MAGA morons",
 * "Tory clowns"): they say whom the insult is for, and never turn it into a thing.
 */
const CAMP_MODIFIERS = new Set([
  'liberal', 'leftist', 'lefty', 'lib', 'dem', 'democrat', 'democratic', 'republican', 'gop', 'conservative', 'tory', 'labour', 'socialist',
  'communist', 'commie', 'progressive', 'woke', 'maga', 'trump', 'trumper', 'antifa', 'globalist', 'fascist', 'feminist', 'vegan', 'hipster',
  'snowflake', 'sjw', 'rightwing', 'leftwing', 'alt', 'right', 'left', 'wing', 'corporate', 'government', 'media', 'hollywood', 'celebrity',
]);

/** Skips back over articles and intensifiers before the insult at `i`. */
function phraseStart(tokens: readonly Token[], i: number, camps = true): number {
  let k = i;
  while (k > 0 && (INSULT_INTENSIFIERS.has(w(tokens, k - 1)) || INSULT_ADJECTIVES.has(w(tokens, k - 1)) || (camps && CAMP_MODIFIERS.has(w(tokens, k - 1))) || w(tokens, k - 1) === 'one' || w(tokens, k - 1) === 'of' || w(tokens, k - 1) === 'bunch')) k--;
  // two-word describers: "this low IQ piece of trash", "the brain dead sheep"
  while (k > 1 && ((w(tokens, k - 1) === 'iq' && w(tokens, k - 2) === 'low') || (w(tokens, k - 1) === 'dead' && w(tokens, k - 2) === 'brain'))) k -= 2;
  // one descriptive word after an article: "a blind idiot", "a corporate clown"
  if (k > 1 && ['a', 'an', 'such', 'the'].includes(w(tokens, k - 2)) && !tokens[k - 1]?.punct && !FUNCTION_WORDS.has(w(tokens, k - 1))) k -= 2;
  return k;
}

/**
 * "is a bean-counting ghoul", "is an insufferable nosy old crone", "is a lazy, incompetent dinosaur": up to three describing
 * words (with commas or "and") between an article after a copula and a strong insult noun. `k` is where phraseStart
 * stopped; returns the article's index, or `k` when the words before are not such a list.
 */
function describedFrom(tokens: readonly Token[], k: number): number {
  for (let j = k - 1, words = 0; j >= 1 && j >= k - 5; j--) {
    const t = tokens[j] as Token;
    if (['a', 'an'].includes(t.w)) return words > 0 && COPULA_BEFORE.has(w(tokens, j - 1)) ? j : k;
    if (t.w === ',' || t.w === 'and') continue;
    if (t.punct || t.mention || !/^[a-z]+$/.test(t.w) || FUNCTION_WORDS.has(t.w) || NEGATORS.has(t.w) || PERSON_WORDS.has(t.w) || ++words > 3) return k;
  }
  return k;
}
const COPULA_BEFORE = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', 'am']);

function looksLikeName(t: Token | undefined, sentenceStart: boolean): boolean {
  if (!t || t.punct) return false;
  if (t.mention) return true;
  if (!/^[A-Z][a-z]+$/.test(t.raw) || FUNCTION_WORDS.has(t.w) || THING_WORDS.has(t.w)) return false;
  // A capitalised first word is only a name if nothing says otherwise; we accept it (names lead tweets).
  return sentenceStart ? !INSULT_ADJECTIVES.has(t.w) : true;
}

/** Prepositions that place a person by where they work or sit: "the guy in IT", "Jenna from accounts". */
const PLACING_PREPOSITIONS = new Set(['in', 'at', 'from', 'on', 'next']);
/** Verbs of making or buying, whose object is a thing: "who designed this piece of crap". */
const MADE_THINGS = new Set(['designed', 'built', 'manufactured', 'coded', 'programmed', 'installed', 'assembled']);
const SUBJECT_DETERMINERS = new Set(['the', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'their', 'his', 'her']);

/** The subject before a copula at `c`, if it is a person: returns [from, to] or a marker of why not. */
export function subjectBefore(tokens: readonly Token[], c: number): { range: [number, number]; kind: 'person' | 'self' | 'thing' | 'unknown' } {
  let k = c - 1;
  // (auxiliaries before the copula too: "I've been such an idiot", "the project's been a deadbeat", "you have been")
  while (k >= 0 && ['all', 'just', 'really', 'honestly', 'literally', 'clearly', 'obviously', 'always', 'still', 'truly', 'also', 'here', 'there', 'today', 'now', 'again', 'too', 'have', 'has', 'had', "'s", 'will', 'would', 'could', 'might', 'must', 'may'].includes(w(tokens, k)) || (w(tokens, k) === 'is' && w(tokens, k + 1) === 'been')) k--;
  const t = tokens[k];
  if (!t || CLAUSE_BREAK.has(t.w) || t.w === ',') return { range: [c, c], kind: 'unknown' };
  if (SELF.has(t.w)) return { range: [k, k], kind: 'self' };
  if (t.w === 'you' || t.w === 'he' || t.w === 'she' || t.w === 'they' || t.mention) return { range: [k, k], kind: 'person' };
  // ("our new team lead is ...", "the tech lead was ...")
  // "my fantasy team is trash": a roster, not people
  // ("your fantasy football team is a disgrace": a roster, not people)
  if (t.w === 'team' && (['fantasy', 'dream', 'pokemon', 'ultimate'].includes(w(tokens, k - 1)) || (w(tokens, k - 2) === 'fantasy' && ['football', 'soccer', 'league', 'basketball', 'baseball', 'hockey', 'cricket', 'f1'].includes(w(tokens, k - 1))))) return { range: [k, k], kind: 'thing' };
  if (PERSON_WORDS.has(t.w) || ROLE_NOUNS.has(t.w) || (t.w === 'lead' && ['team', 'tech', 'project', 'design', 'product', 'engineering'].includes(w(tokens, k - 1)))) {
    const det = w(tokens, k - 1);
    return { range: [SUBJECT_DETERMINERS.has(det) ? k - 1 : k, k], kind: 'person' };
  }
  // "the CEO of this airline is", "the owner of the team was": a person named by what they belong to
  const of = w(tokens, k - 1) === 'of' ? k - 1 : SUBJECT_DETERMINERS.has(w(tokens, k - 1)) && w(tokens, k - 2) === 'of' ? k - 2 : -1;
  if (of > 0 && !FUNCTION_WORDS.has(t.w) && (PERSON_WORDS.has(w(tokens, of - 1)) || ROLE_NOUNS.has(w(tokens, of - 1)))) {
    return { range: [SUBJECT_DETERMINERS.has(w(tokens, of - 2)) ? of - 2 : of - 1, k], kind: 'person' };
  }
  // "that guy in IT is", "Jenna from accounts is", "the woman at the front desk was": a person placed by a short phrase
  // ("it's", "them", "in it": a pronoun ends no such phrase, but "IT" the department does)
  for (let j = k - 1; j >= Math.max(1, k - 3) && (!FUNCTION_WORDS.has(t.w) || /^[A-Z]{2,}$/.test(t.raw)); j--) {
    const x = tokens[j] as Token;
    if (x.punct || CLAUSE_BREAK.has(x.w)) break;
    if (!PLACING_PREPOSITIONS.has(x.w)) continue;
    const h = tokens[j - 1] as Token;
    const start = j - 1 === 0 || CLAUSE_BREAK.has(w(tokens, j - 2));
    // the placed person opens the subject ("any song with Tyga in it is": Tyga is inside another noun's phrase)
    if (!start && !SUBJECT_DETERMINERS.has(w(tokens, j - 2)) && !tokens[j - 2]?.mention) break;
    if (PERSON_WORDS.has(h.w) || ROLE_NOUNS.has(h.w)) return { range: [SUBJECT_DETERMINERS.has(w(tokens, j - 2)) ? j - 2 : j - 1, j - 1], kind: 'person' };
    if (looksLikeName(h, start)) return { range: [j - 1, j - 1], kind: 'person' };
    break;
  }
  if (THING_WORDS.has(t.w) || FUNCTION_WORDS.has(t.w)) return { range: [k, k], kind: 'thing' };
  // ("Leeches are slimy": a capitalised plural opening the sentence before "are" is a noun, not a name)
  const opening = k === 0 || CLAUSE_BREAK.has(w(tokens, k - 1));
  if (opening && /s$/.test(t.w) && ['are', 'were'].includes(w(tokens, c))) return { range: [k, k], kind: 'unknown' };
  if (looksLikeName(t, opening)) {
    let s = k;
    while (s > 0 && looksLikeName(tokens[s - 1], false)) s--;
    return { range: [s, k], kind: 'person' };
  }
  return { range: [k, k], kind: 'unknown' };
}

/** What the first of a kind did, long ago: "whoever first ...", "whoever invented ..." ("whoever wrote this code" is a colleague). */
const ORIGINATORS = new Set(['first', 'invented', 'discovered']);

/** "anyone who ... is", "whoever ... is": the start of a subject that is a person described by a relative clause, or -1. */
function relativeSubject(tokens: readonly Token[], c: number): number {
  // "anyone who says I'm an idiot": the copula has a subject of its own inside the clause
  // ("who leaks it is": "it" is the clause's object there, unless a clause opens right before it)
  if (['i', 'you', 'he', 'she', 'we', 'they'].includes(w(tokens, c - 1))) return -1;
  if (['it', 'this', 'that'].includes(w(tokens, c - 1)) && ['that', 'what', 'because', 'if', 'when', ',', ''].includes(w(tokens, c - 2))) return -1;
  for (let k = c - 1; k >= Math.max(0, c - 10); k--) {
    const x = w(tokens, k);
    if (CLAUSE_BREAK.has(x) || ['because', 'since', 'when', 'if', 'and', 'so'].includes(x) || (x === ',' && !['anyone', 'whoever', 'anybody'].includes(w(tokens, k + 1)))) return -1;
    // ("whoever first ate a durian was deranged", "whoever invented 8am lectures is a monster": someone long gone, a figure
    // of speech; "whoever keyed my car is a coward" still names someone)
    if (x === 'whoever' && ORIGINATORS.has(w(tokens, k + 1))) return -1;
    if (x === 'whoever' || (['anyone', 'anybody', 'everyone', 'everybody', 'someone', 'somebody'].includes(x) && ['who', 'that'].includes(w(tokens, k + 1)))) return k;
  }
  return -1;
}

/** The noun before a bare relative clause of acquaintance that ends at the copula at c ("lawyer [I have ever met] is"), or -1. */
function metSubject(tokens: readonly Token[], c: number): number {
  for (let k = c - 2; k >= Math.max(1, c - 8); k--) {
    if (acquaintanceClauseEnd(tokens, k) !== c) continue;
    const head = tokens[k - 1] as Token;
    return !head.punct && /^[a-z]+$/.test(head.w) ? k - 1 : -1;
  }
  return -1;
}

/** Verbs that give the reader something: after them "you" is who receives, not who is named. */
const GIVING_VERBS = new Set(['show', 'shows', 'showed', 'find', 'found', 'bring', 'brought', 'send', 'sent', 'buy', 'bought', 'hand', 'introduce', 'point', 'get', 'got']);

/**
 * Where the insult at tokens[i..] is aimed. `strongNoun`: the word names a person by itself (idiot,
 * asshole), so "what a ..." and "that ..." aim it at someone even without a name. `kinds`: also read
 * "typical/another idiot" and "idiots everywhere" as aimed (for insults; a slur said about a third
 * person stays an attack on the group, not on someone in the conversation).
 */
export function aimAt(tokens: readonly Token[], start: number, strongNoun: boolean, end = start, kinds = false): Aim | null {
  const p = describedFrom(tokens, phraseStart(tokens, start));
  const i = end;
  const before = w(tokens, p - 1);
  // "you (are) (not) (such) (a) ... X", "your a X" (sic)
  for (let k = p - 1; k >= Math.max(0, p - 4); k--) {
    const x = w(tokens, k);
    // "your so inept", "your the worst" (sic): "your" before an article or degree word can only be "you're"
    // ("printer, your so useless": said to a thing named before the comma)
    const toThing = x === 'your' && w(tokens, k - 1) === ',' && k >= 2 && !tokens[k - 2]?.mention;
    // ("I'll show you a liar", "let me find you a clown for the party": the reader is given the one named, not named)
    const givenTo = x === 'you' && GIVING_VERBS.has(w(tokens, k - 1));
    if ((x === 'you' && !givenTo) || (x === 'your' && !toThing && ['a', 'an', 'such', 'so', 'the', 'just', 'really', 'truly', 'actually'].includes(w(tokens, k + 1)))) {
      const between = tokens.slice(k + 1, p).map((t) => t.w);
      if (between.every((b) => COPULA.has(b) || NEGATORS.has(b) || STANCE_ADVERBS.has(b) || ['a', 'an', 'such', 'so', 'the', 'one', 'being', 'all'].includes(b))) {
        return { from: k, reason: 'aimed at the reader (second person)', group: false, negated: between.some((b) => NEGATORS.has(b)) };
      }
    }
    if (CLAUSE_BREAK.has(x) || x === ',') break;
  }
  // "@sam YOUR TRASH!!", "ur a clown" (sic): a clause that is only "your" and an insult says "you're"; an
  // owner word opening a clause has nothing to own when the insult ends the clause ("take out your trash"
  // does not open with it)
  // ("your trash, your responsibility" is a sign: the clause must end the sentence, not run on after a comma)
  // ("ur trash at this game", "your useless as a human": what the reader is bad at or as, which a thing owned cannot be)
  const badAt = (w(tokens, i + 1) === 'at' && (['everything', 'life'].includes(w(tokens, i + 2)) || (['this', 'that'].includes(w(tokens, i + 2)) && ['game', 'job', 'sport', 'stuff', 'level', 'role', 'work', 'chess', 'football'].includes(w(tokens, i + 3))))) || (w(tokens, i + 1) === 'as' && ['a', 'an'].includes(w(tokens, i + 2)) && ['human', 'person', 'man', 'woman', 'friend', 'player', 'parent'].includes(w(tokens, i + 3)));
  if (['your', 'ur'].includes(before) && (p - 1 === 0 || CLAUSE_BREAK.has(w(tokens, p - 2)) || tokens[p - 2]?.mention === true) && (badAt || i === tokens.length - 1 || (tokens[i + 1]?.punct === true && w(tokens, i + 1) !== ',' && w(tokens, i + 1) !== ':'))) {
    return { from: p - 1, reason: "aimed at the reader ('your' read as \"you're\")", group: false, negated: false };
  }
  // "only an idiot like you would ...", "morons like you", "a snake like him": the insult is the one named
  // after "like"
  // ("how a dimwit like this got elected": "like this/that" points at someone just shown, for insults that name only people)
  if (w(tokens, i + 1) === 'like' && (LIKE_TARGETS.has(w(tokens, i + 2)) || (strongNoun && ['this', 'that'].includes(w(tokens, i + 2)) && !tokens[i + 3]?.w.match(/^(one|thing|again|before)$/))) && !SAYING.has(w(tokens, i + 3))) {
    const who = w(tokens, i + 2);
    const reader = who !== 'him' && who !== 'her';
    return { from: p, reason: reader ? "aimed at the reader ('... like you')" : `aimed at a person ('... like ${who}')`, group: false, negated: false };
  }
  // "you bloody leftist snake", "you lying corporate weasel": "you" and up to two describing words before
  // an insult that ends the clause, with no verb in between, is said to the reader
  const endsClause = i === tokens.length - 1 || CLAUSE_BREAK.has(w(tokens, i + 1)) || w(tokens, i + 1) === ',';
  if (endsClause && p >= 2) {
    // ("you smug, self-important prat": describing words may be listed with commas)
    for (let k = p - 1; k >= Math.max(0, p - 6); k--) {
      if (w(tokens, k) !== 'you') continue;
      const between = tokens.slice(k + 1, p);
      const words = between.filter((t) => t.w !== ',');
      if (words.length > 0 && (words.length <= 2 || between.some((t) => t.w === ',')) && w(tokens, k + 1) !== ',' && between.every((t) => t.w === ',' || (!t.punct && !t.mention && !FUNCTION_WORDS.has(t.w) && !COPULA.has(t.w) && !NEGATORS.has(t.w) && !PERSON_WORDS.has(t.w)))) {
        return { from: k, reason: 'aimed at the reader (second person)', group: false, negated: false };
      }
    }
  }
  // "don't be an idiot"
  if (before === 'be' && w(tokens, p - 2) === 'not' && w(tokens, p - 3) === 'do') {
    return { from: p - 3, reason: "aimed at the reader ('don't be ...')", group: false, negated: false };
  }
  // "that makes him an idiot", "which made her a laughing stock": the insult is concluded of the one named
  if (['him', 'her'].includes(before) && ['makes', 'made'].includes(w(tokens, p - 2))) {
    return { from: p - 2, reason: `aimed at a person ('makes ${before} ...')`, group: false, negated: NEGATORS.has(w(tokens, p - 3)) };
  }
  // "stop being a troll", "quit being such a baby": a command that says the reader is one now
  if (before === 'being' && ['stop', 'quit'].includes(w(tokens, p - 2))) {
    return { from: p - 2, reason: "aimed at the reader ('stop being ...')", group: false, negated: false };
  }
  // "thanks for being such a liar", "congrats on being the biggest clown here": mock thanks to the reader
  if (before === 'being' && ['on', 'for'].includes(w(tokens, p - 2)) && MOCK_THANKS.has(w(tokens, p - 3))) {
    return { from: p - 3, reason: "aimed at the reader (mock thanks for 'being ...')", group: false, negated: false };
  }
  // "hey idiot", "shut up, moron", "get lost, retard": a vocative after a greeting or a command
  const clauseEnd = i === tokens.length - 1 || CLAUSE_BREAK.has(w(tokens, i + 1)) || w(tokens, i + 1) === ',';
  // ("go away, clown", "get lost commie rat": after a command that sends someone off, a weak insult is said to them too)
  const sentOff = ['away', 'lost', 'off', 'home', 'down'].includes(before === ',' ? w(tokens, p - 2) : before) || (before !== ',' && ['commie', 'leftist', 'lefty', 'liberal', 'little', 'dirty', 'lying', 'stupid', 'dumb'].includes(before) && ['away', 'lost', 'off', 'home', 'down'].includes(w(tokens, p - 2)));
  if ((strongNoun || (sentOff && clauseEnd && !['nerd', 'dummy', 'dork', 'joke'].includes(w(tokens, i)))) && (VOCATIVE_BEFORE.has(before) || (before === ',' && VOCATIVE_BEFORE.has(w(tokens, p - 2))) || sentOff) && (clauseEnd || VOCATIVE_BEFORE.has(before))) {
    return { from: p, reason: 'said to someone (vocative)', group: false, negated: false };
  }
  // copula with a subject: "he is a liar", "our CEO is a clown", "@sam is pathetic", "politicians are morons"
  let c = p - 1;
  while (c >= 0 && (STANCE_ADVERBS.has(w(tokens, c)) || ['a', 'an', 'such', 'so', 'as', 'that', 'the', 'nothing', 'but', 'being', 'complete', 'total', 'absolute', 'utter', 'fucking', 'all', 'very', 'too', 'pretty', 'one', 'biggest', 'most', 'of'].includes(w(tokens, c)))) c--;
  // "you are brainwashed idiots", "he is a corrupt ... ": one describing word between the copula and a strong insult
  // with no article, when a person is the subject ("I'm coming bitches", "they're overpriced trash" pass)
  if (strongNoun && c >= 1 && c + 1 === p && p === start && ['is', 'are', 'was', 'were', 'am'].includes(w(tokens, c - 1)) && /^[a-z]+$/.test(w(tokens, c)) && !/(?:ing|in)$/.test(w(tokens, c)) && !NOT_DESCRIBING.has(w(tokens, c)) && !FUNCTION_WORDS.has(w(tokens, c)) && !NEGATORS.has(w(tokens, c)) && subjectBefore(tokens, c - 1).kind === 'person') c--;
  let neg = false;
  while (c >= 0 && NEGATORS.has(w(tokens, c))) {
    neg = true;
    c--;
  }
  // "his a fraud" (sic, for "he's a"): only at the start of a clause, where "his" cannot be a possessive
  if (w(tokens, c) === 'his' && ['a', 'an'].includes(w(tokens, c + 1)) && (c === 0 || tokens[c - 1]?.mention || tokens[c - 1]?.punct)) {
    return { from: c, reason: `aimed at a person ('${(tokens[c] as Token).raw}')`, group: false, negated: neg, subject: [c, c] };
  }
  if (COPULA.has(w(tokens, c))) {
    // "anyone who buys their product is a moron", "whoever leaks it is an idiot": a person described by a relative clause
    const rel = relativeSubject(tokens, c);
    if (rel >= 0) return { from: rel, reason: `aimed at whoever is described ('${w(tokens, rel)} ...')`, group: false, negated: neg };
    const s = subjectBefore(tokens, c);
    if (s.kind === 'person') {
      const subj = tokens[s.range[1]] as Token;
      // "no group of people is vermin", "nobody here is a fool": the verdict is denied of everyone
      const b1 = w(tokens, s.range[0] - 1);
      // ("nobody on this team is a back-stabber": the subject placed after a "nobody" that the verdict is denied of)
      const nobody = tokens.slice(Math.max(0, s.range[0] - 4), s.range[0]).some((t, n, a) => ['nobody', 'noone', 'none'].includes(t.w) || (t.w === 'no' && a[n + 1]?.w === 'one'));
      const none = nobody || ['no', 'none'].includes(w(tokens, s.range[0])) || (b1 === 'no' && !['he', 'she', 'they', 'you', 'u', 'i', 'we', 'it'].includes(subj.w) && !subj.mention) || (b1 === 'of' && (['no', 'none'].includes(w(tokens, s.range[0] - 3)) || w(tokens, s.range[0] - 2) === 'none'));
      return { from: s.range[0], reason: subj.mention ? 'aimed at an @mention' : `aimed at a person ('${subj.raw}')`, group: /s$/.test(subj.w) && subj.w !== 'he' && subj.w !== 'she' && !subj.mention, negated: neg || none, subject: s.range };
    }
    // "those are whackos", "these are cowards": a pointing pronoun before a plural name for people points at people
    if (s.kind === 'thing' && strongNoun && ['these', 'those'].includes(w(tokens, s.range[1])) && /s$/.test(w(tokens, i))) {
      return { from: s.range[0], reason: `aimed at people ('${(tokens[s.range[1]] as Token).raw}')`, group: true, negated: neg, subject: s.range };
    }
    if (s.kind === 'self' || s.kind === 'thing') return null;
    // ("This umbrella is a piece of shit": a thing pointed at by a lower-case noun that names no person)
    const head = tokens[s.range[1]];
    // (opening its clause, and not a role: "our treasurer", "the bloke who wrote this article is ...")
    const d = s.range[1] - 1;
    const opens = d === 0 || tokens[d - 1]?.punct === true || CLAUSE_BREAK.has(w(tokens, d - 1));
    const pointed = head !== undefined && d >= 0 && opens && (['this', 'that'].includes(w(tokens, d)) || (['my', 'our'].includes(w(tokens, d)) && /s$/.test(head?.w ?? ''))) && /^[a-z]+$/.test(head.raw) && !PERSON_WORDS.has(head.w) && !INSULT_NOUNS_FOR_AIM.has(head.w) && (THING_WORDS.has(head.w) || !/(?:er|or|ist|ian|ant|ent|man|ee|ess|ive|ie|y)$/.test(head.w));
    // ("Seagulls are absolute bastards", "the geese in the park are total thugs": animals, named anywhere in the subject)
    // (or things in the plural at the head: "these printers are absolute idiots")
    const animal = tokens.slice(Math.max(0, s.range[0] - 4), s.range[1] + 1).some((t) => ANIMALS.has(t.w)) || (head !== undefined && /s$/.test(head.w) && THING_WORDS.has(head.w.slice(0, -1)) && !['its', 'us', 'this', 'bugs'].includes(head.w));
    // "every lawyer I have ever met is a liar", "the Somalis we hired were thieves": the one the writer met is the subject
    const met = metSubject(tokens, c);
    if (met >= 0) return { from: met, reason: `aimed at a person ('${(tokens[met] as Token).raw}')`, group: /s$/.test(w(tokens, met)), negated: neg, subject: [met, met] };
    if (s.kind === 'unknown' && strongNoun && w(tokens, c) !== 'be' && !pointed && !animal) {
      return { from: s.range[0], reason: 'names someone (subject unclear)', group: false, negated: neg, subject: s.range };
    }
    return null;
  }
  // "he is blind as a bat and a total muppet": a second predicate joined by "and"
  if (strongNoun && (before === 'and' || before === ',') && (w(tokens, p - 2) !== '' || before === 'and')) {
    for (let k = p - 2; k >= Math.max(0, p - 9); k--) {
      const x = w(tokens, k);
      if (CLAUSE_BREAK.has(x)) break;
      if (COPULA.has(x)) {
        const s = subjectBefore(tokens, k);
        if (s.kind === 'person') return { from: s.range[0], reason: `aimed at a person ('${(tokens[s.range[1]] as Token).raw}')`, group: false, negated: false, subject: s.range };
        break;
      }
    }
  }
  // a reply that is nothing but @mentions and the insult: "@sam Fool!", "@sam clown."
  if (p > 0 && !['joke', 'trash', 'garbage', 'filth', 'disgrace'].includes(w(tokens, i)) && tokens.slice(0, p).every((t) => t.mention) && tokens.slice(i + 1).every((t) => t.punct)) {
    return { from: 0, reason: 'a reply that is only the insult', group: false, negated: false };
  }
  // "this crook", "that clown who ...": a demonstrative points a weak insult that only ever names people at
  // someone, when nothing after it makes the word part of a thing ("that freak accident", "this clown costume")
  if (p === i && (before === 'this' || before === 'that') && DEMONSTRATIVE_WEAK.has(w(tokens, i))) {
    const nx = tokens[i + 1];
    if (!nx || nx.punct || CLAUSE_BREAK.has(nx.w) || AFTER_DEMONSTRATIVE.has(nx.w)) return { from: p - 1, reason: `aimed at someone described ('${before} ...')`, group: false, negated: false };
  }
  // "what a joke he is", "what a clown you are": a weak insult exclaimed about the person named right after it
  // (the article is part of the phrase here, so "what" is just before it)
  if (before === 'what' && ['a', 'an'].includes(w(tokens, p)) && p === i - 1) {
    const nx = tokens[i + 1];
    if (nx && (nx.mention || ['he', 'she', 'you', 'they', 'these', 'those'].includes(nx.w))) return { from: p - 1, reason: "exclamation about someone ('what a ...')", group: false, negated: false };
    // "what a fool!", "what a creep.": the weak words that only ever name people need nobody named after them
    if (DEMONSTRATIVE_WEAK.has(w(tokens, i)) && (!nx || nx.punct || CLAUSE_BREAK.has(nx.w) || EXCLAMATION_TAIL.has(nx.w))) return { from: p - 1, reason: "exclamation about someone ('what a ...')", group: false, negated: false };
  }
  // "the clown who ...", "the creep that ...": the weak words that only ever name people, pointed by a relative
  // (not when the sentence praises them: "the clown who did my daughter's party was brilliant")
  if (!strongNoun && before === 'the' && p === i && DEMONSTRATIVE_WEAK.has(w(tokens, i)) && ['who', 'that'].includes(w(tokens, i + 1)) && !tokens.some((t) => PRAISE_AFTER.has(t.w))) {
    return { from: p - 1, reason: "aimed at someone described ('the ... who')", group: false, negated: false };
  }
  if (!strongNoun) return null;
  // "what a bitch of a day", "that pig of a job": the word describes the thing after "of a", not a person
  const ofA = w(tokens, i + 1) === 'of' && ['a', 'an'].includes(w(tokens, i + 2)) ? tokens[i + 3] : undefined;
  if (ofA && !ofA.punct && !ofA.mention && !PERSON_WORDS.has(ofA.w)) return null;
  // "what a moron", "such an idiot", "that idiot", "this clown"
  if (before === 'what' || (before === 'a' || before === 'an') && w(tokens, p - 2) === 'what') return { from: p - (before === 'what' ? 1 : 2), reason: "exclamation about someone ('what a ...')", group: false, negated: false };
  // "this printer is possessed. who designed this piece of crap": a thing named in the sentence is what the phrase describes
  if (['that', 'this'].includes(before) && ['piece', 'heap', 'pile', 'load'].includes(w(tokens, p)) && tokens.some((t) => THING_WORDS.has(t.w) || MADE_THINGS.has(t.w)) && !tokens.some((t) => t.mention || PERSON_WORDS.has(t.w))) return null;
  if (['that', 'this', 'these', 'those'].includes(before)) return { from: p - 1, reason: `aimed at someone described ('${before} ...')`, group: before === 'these' || before === 'those', negated: false };
  // "some idiot parked in my spot", "a bitch is complaining about me": a clause whose subject is someone
  // named only by the insult (not "I'm such an idiot", "he called me a bitch": the insult opens the clause)
  const nx = tokens[i + 1];
  const opensClause = p < 2 || tokens[p - 2]?.punct || tokens[p - 2]?.mention || CLAUSE_BREAK.has(w(tokens, p - 2));
  if (p === i && ['some', 'a', 'an'].includes(before) && opensClause && nx && !nx.punct && (AFTER_DEMONSTRATIVE.has(nx.w) || SUBJECT_VERBS.has(nx.w) || /^[a-z]{3,}ed$/.test(nx.w))) {
    return { from: p - 1, reason: `aimed at someone described ('${before} ...')`, group: false, negated: false };
  }
  // "typical moron", "another idiot", "more clowns": a person or people of a kind already in view
  const endsPhrase = !nx || nx.punct || AFTER_DEMONSTRATIVE.has(nx.w) || AFTER_KIND.has(nx.w);
  if (kinds && KIND_BEFORE.has(before) && endsPhrase && !tokens[p - 2]?.w.match(/^(a|an|the|my|our|your)$/)) return { from: p - 1, reason: `aimed at someone described ('${before} ...')`, group: /s$/.test(w(tokens, i)), negated: false };
  // "@sam idiot", "idiot @sam", or an insult shouted after an @mention in a reply
  const mentionIdx = tokens.findIndex((t) => t.mention);
  if (mentionIdx >= 0) {
    // ("@chef jerk chicken recipe", "@nora loser buys coffee", "@ben the losers bracket": the word is a modifier or a subject,
    // so right after the mention it must end its phrase, and "the" is no bridge to the mention)
    const nextAfter = tokens[i + 1];
    const endsPhrase = !MODIFIER_PRONE.has(w(tokens, i)) || !nextAfter || nextAfter.punct || nextAfter.mention || ['you', 'u', 'lol', 'lmao', 'af', 'and', 'ur', 'yourself'].includes(nextAfter.w) || INSULT_NOUNS_FOR_AIM.has(nextAfter.w) || /^[A-Z]/.test(nextAfter.raw) && nextAfter.raw === nextAfter.raw.toUpperCase();
    const mentionBefore = mentionIdx < p && endsPhrase && tokens.slice(mentionIdx + 1, p).every((t) => t.mention || (VOCATIVE_AFTER_MENTION.has(t.w) && t.w !== 'the') || INSULT_INTENSIFIERS.has(t.w));
    const mentionAfter = mentionIdx > i && mentionIdx <= i + 2;
    const endsSentence = i === tokens.length - 1 || CLAUSE_BREAK.has(w(tokens, i + 1)) || w(tokens, i + 1) === ',';
    if (mentionBefore || mentionAfter || (endsSentence && (before === ',' || before === '' || tokens[p - 1]?.mention))) {
      return { from: Math.min(mentionIdx, p), reason: 'aimed at an @mention', group: false, negated: false };
    }
  }
    // a reply ("@sam ...") that ends on an insult: "@sam that's my job bitch"
  // (the word before a camp word counts as the insult's own: "looks like ANTIFA thugs" is no comparison)
  const ownBefore = w(tokens, phraseStart(tokens, start, false) - 1);
  if (tokens[0]?.mention && clauseEnd && i === tokens.length - 1 - (tokens[tokens.length - 1]?.punct ? 1 : 0) && !['a', 'an', 'the', 'my', 'his', 'her', 'their', 'our', 'this', 'that', 'of', 'like'].includes(ownBefore)) {
    return { from: p, reason: 'ends a reply to an @mention', group: false, negated: false };
  }
  // "the clown who ...", "the idiot that ..."
  if (before === 'the' && p === i && ['who', 'that', 'in', 'at', 'from', 'on', 'running', 'behind'].includes(w(tokens, i + 1))) {
    return { from: p - 1, reason: "aimed at someone described ('the ... who')", group: /s$/.test(w(tokens, i)), negated: false };
  }
  // a bare vocative at the start or end of a sentence: "Idiot.", "Shut up, moron.", "Leftist morons everywhere."
  const tail = kinds && EXCLAMATION_TAIL.has(w(tokens, i + 1)) ? i + 1 : i;
  if ((p === 0 || before === ',') && (tail === tokens.length - 1 || CLAUSE_BREAK.has(w(tokens, tail + 1)) || w(tokens, tail + 1) === ',')) {
    return { from: p, reason: 'said to someone (vocative)', group: false, negated: false };
  }
  return null;
}
