/**
 * `language.reply-profanity`: profanity (option `words: 'profanity'`, default) or insulting words
 * (`words: 'insults'`) in a reply. A post that opens by addressing someone ("@sam ...")
 * and swears reads as swearing at them, even without "you": annotators of public reply data judged
 * nearly nine in ten such replies targeted. Profanity in a post addressed to no one stays unflagged
 * ("holy shit, we shipped"), and so does cheering profanity ("@sam fuck yeah!", "damn good work").
 * Confidence is modest (a reply can swear about a third thing); the rule's minConfidence decides.
 */
import type { DetectorHit, DetectorInput, DetectorSpec } from '../../types';
import { INSULT_ADJECTIVES, INSULT_NOUNS, PERSON_INSULT_NOUNS, PERSON_NEGATIVE, PERSON_WORDS, PROFANITY, THING_WORDS } from './lexicon/words';
import { CLAUSE_BREAK, tokenize, type Token } from './tokens';
import { findGroups } from './find-groups';
import { praiseIn } from './fondness';
import { unknownOption } from '../options';

/** Profanity that cheers rather than attacks when followed by one of these. */
const POSITIVE_AFTER = new Set([
  'yeah', 'yes', 'yea', 'yess', 'awesome', 'amazing', 'great', 'good', 'brilliant', 'love', 'proud', 'excited', 'beautiful', 'cool',
  'right', 'incredible', 'fantastic', 'perfect', 'happy', 'glad', 'best', 'nice', 'epic', 'legendary', 'ya', 'yup', 'lit', 'fire',
]);
const POSITIVE_BEFORE = new Set(['holy', 'oh', 'no', 'well', 'hell', 'good']);
/** Mild or ambiguous words that are not enough on their own. */
const MILD = new Set(['damn', 'goddamn', 'hell', 'piss', 'pissed', 'bloody']);

/** Insulting words too mild or too often friendly to count in a reply without a clearer target. */
const FRIENDLY = new Set(['crazy', 'insane', 'nuts', 'sick', 'weak', 'tool', 'joke', 'dummy', 'nerd', 'fool', 'fools', 'mental', 'bum', 'fat', 'sore', 'thick', 'dense', 'fucking', 'fuckin', 'bloody', 'damn', 'goddamn', 'effing', 'lazy', 'punk', 'creepy', 'crap', 'troll', 'trolls', 'pig', 'pigs', 'rat', 'rats', 'snake', 'snakes', 'witch', 'hag', 'criminal', 'criminals', 'unstable', 'toxic', 'fake', 'coward', 'trash',
  // labels used to describe third parties or news as often as to insult
  'nazis', 'terrorist', 'corrupt', 'evil', 'vile', 'crooked', 'embarrassment', 'snowflake', 'snowflakes',
  'predator', 'predators', 'vicious', 'dirt', 'criminal', 'thug', 'thugs', 'commie', 'commies', 'wicked', 'sinful',
  // said fondly to friends as often as not ("you weirdo, I love that ...", "you maniac, legend")
  'weirdo', 'weirdos', 'maniac', 'maniacs',
  // labels that are fond, literal or a title as often as an insult ("redneck wedding", "Hillbilly Elegy", "little gremlin")
  'gremlin', 'gremlins', 'redneck', 'rednecks', 'hillbilly', 'hillbillies', 'simp', 'simps', 'bandwagoner', 'bandwagoners', 'nobodies',
  'goon', 'goons', 'lapdog', 'lapdogs', 'slimeball', 'slimeballs', 'doormat', 'doormats', 'caveman', 'cavemen']);
/** Words that make the word before them a thing, not a person ("the dumbest thing", "idiot sandwich", "fuck cancer"). */
const THING_AFTER = new Set(['thing', 'things', 'sandwich', 'cancer', 'covid', 'mondays', 'monday', 'traffic', 'weather', 'rain',
  // everyday compounds ("ugly sweater", "dirty chai", "gross margin", "stupid question", "useless fact", "pathetic fallacy", "filthy rich")
  'sweater', 'sweaters', 'chai', 'latte', 'martini', 'margin', 'margins', 'question', 'questions', 'fact', 'facts', 'fallacy', 'coupon', 'coupons',
  'diet', 'bag', 'costume', 'hot', 'rich', 'drawing', 'drawings', 'joke', 'jokes', 'song', 'movie', 'bliss', 'mistake',
  // "@chef jerk chicken", "the losers bracket", "loser buys coffee", "ugly win", "dumb luck", "nasty fall", "idiot-proof"
  'chicken', 'bracket', 'brackets', 'buys', 'pays', 'win', 'luck', 'fall', 'amount', 'file', 'proof', 'wifi', 'crash', 'cold', 'cut',
  // a claim judged, not a person: "that's a racist myth", "a sexist trope", "a bigoted policy"
  'myth', 'myths', 'trope', 'tropes', 'stereotype', 'stereotypes', 'claim', 'claims', 'policy', 'policies', 'narrative', 'whistle', 'idea', 'ideas', 'rhetoric', 'lie', 'lies', 'slur', 'slurs', 'remark', 'remarks', 'comment', 'comments', 'law', 'laws']);
/** Words that report or talk about a word rather than use it ("calling people idiots won't help", "he called her a liar"). */
const TALK_ABOUT = new Set(['calling', 'called', 'call', 'calls', 'chants', 'chanted', 'yelled', 'yells', 'shouted', 'word', 'words', 'term', 'heckler']);
const BELIEF_VERBS = new Set(['think', 'believe', 'say', 'saying', 'claim', 'claiming', 'suggest', 'suggesting', 'mean']);
const HEDGES = new Set(['if', 'whether', 'unless', 'maybe', 'perhaps', 'sure']);
const SELF_OR_THING = new Set(['i', 'im', 'me', 'we', 'us', 'myself', ...THING_WORDS]);

/** The word is talked about: it follows a verb of calling or shouting in its clause (quotes are read by `quoted`). */
function talkedAbout(tokens: readonly Token[], i: number): boolean {
  // "calling people idiots", "called her a liar", "chants of liar": the verb governs the word, at most an object and
  // an article between ("called a Nazi by Antifa scum": after "by" the word is the writer's own again)
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const t = tokens[k] as Token;
    if (TALK_ABOUT.has(t.w)) return true;
    if ((t.punct && !/["“”]/.test(t.raw)) || ['by', 'and', 'but', 'is', 'are', 'was'].includes(t.w)) break;
  }
  return false;
}
/** A short quoted span around the word ('chants of "liar"', 'yells "you're a moron"'): quotes within a few words each side. */
function quoted(text: string, start: number, end: number): boolean {
  const open = Math.max(text.lastIndexOf('"', start - 1), text.lastIndexOf('“', start - 1));
  if (open < 0 || start - open > 30) return false;
  const close = text.slice(end).search(/["”]/);
  if (close < 0 || close > 30) return false;
  // the opening mark opens (after a space or the start) and nothing between ends a sentence
  const inner = text.slice(open + 1, end + close);
  return (open === 0 || /[\s(:]/.test(text[open - 1] ?? ' ')) && !/[.!?]\s/.test(inner) && /\S/.test(text[open + 1] ?? ' ');
}

/** Adjectives of bigotry, said of policies and claims as often as of people ("racists", "a bigot" name people and stay). */
const BIGOTRY_LABELS = new Set(['racist', 'sexist', 'bigoted', 'homophobic', 'transphobic', 'ableist', 'ageist', 'xenophobic', 'misogynistic', 'islamophobic', 'antisemitic']);
/** Things such a label judges: "the ban on braids is racist", "his comment was bigoted". */
const JUDGED_THINGS = new Set(['ban', 'bans', 'filter', 'filters', 'criteria', 'criterion', 'campaign', 'campaigns', 'ad', 'ads', 'advert', 'tagline', 'comment', 'comments', 'remark', 'remarks', 'policy', 'policies', 'premise', 'assumption', 'framing', 'bias', 'language', 'decision', 'decisions', 'rule', 'rules', 'law', 'laws', 'joke', 'jokes', 'tweet', 'tweets', 'post', 'posts', 'system', 'systems', 'algorithm', 'algorithms', 'outcome', 'outcomes', 'effect', 'impact', 'policing', 'practice', 'practices', 'question', 'questions', 'headline', 'headlines', 'article', 'cartoon', 'meme', 'logo', 'mascot', 'name', 'term', 'word', 'phrase', 'dress', 'code', 'test', 'tests', 'model', 'process']);
const FUNCTION_AFTER = new Set(['in', 'to', 'and', 'or', 'but', 'as', 'of', 'for', 'at', 'by', 'on', 'too', 'af', 'lol', 'though', 'tho', 'because', 'if', 'when', 'then', 'so', 'now', 'again', 'ever', 'is', 'are', 'was', 'were', 'that', 'who', 'yourself', 'himself', 'herself']);

/** Is the label at i said of a thing: "a racist myth", "a bigoted filter", "the ban on braids is racist"? */
function labelsThing(tokens: readonly Token[], i: number): boolean {
  // ("you are a racist fake site", "stop your racist censorship", "he is a ... racist dog whistle": the reader or a person is its subject)
  for (let k = i - 1; k >= 0 && !(tokens[k] as Token).punct; k--) if (['you', 'your', 'u', 'ur', 'he', 'she', 'youre'].includes((tokens[k] as Token).w)) return false;
  const next = tokens[i + 1]?.w ?? '';
  if (/^[a-z]+$/.test(next) && !PERSON_WORDS.has(next) && !FUNCTION_AFTER.has(next) && !INSULT_NOUNS.has(next) && !PERSON_INSULT_NOUNS.has(next)) return true;
  for (let k = i - 1; k > 0 && k >= i - 4; k--) {
    const w = (tokens[k] as Token).w;
    if (!['is', 'are', 'was', 'were', 'be', 'been', 'seems', 'sounds', 'reads', 'feels', 'looks'].includes(w)) continue;
    // the subject's head: the word before the verb, or before a short phrase after it ("the ban on braids is ...")
    const heads = [tokens[k - 1]?.w ?? ''];
    for (let j = k - 2; j >= Math.max(0, k - 3); j--) if (['on', 'about', 'of', 'with', 'for', 'against', 'from'].includes(tokens[j]?.w ?? '')) heads.push(tokens[j - 1]?.w ?? '');
    return heads.some((h) => JUDGED_THINGS.has(h) || THING_WORDS.has(h));
  }
  return false;
}

function insulting(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (!(INSULT_NOUNS.has(t.w) || PERSON_INSULT_NOUNS.has(t.w) || INSULT_ADJECTIVES.has(t.w) || PERSON_NEGATIVE.has(t.w) || t.w === 'sucks' || t.w === 'suck') || FRIENDLY.has(t.w) || PROFANITY.has(t.w)) return false;
  // "anti-fascist", "non-racist": the prefix turns the label around
  if (['anti', 'non'].includes(tokens[i - 1]?.w ?? '')) return false;
  // not about oneself or a thing, not negated, not describing a thing ("stupid bug")
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const w = (tokens[k] as Token).w;
    // "what if she is lying?", "maybe he is delusional": hypothetical or doubted, not said of them
    if (SELF_OR_THING.has(w) || w === 'not' || w === 'never' || HEDGES.has(w)) return false;
    if ((tokens[k] as Token).punct) break;
  }
  // "I don't think he is a sociopath": the speaker withholds the word
  for (let k = i - 2; k >= Math.max(1, i - 6); k--) if (BELIEF_VERBS.has((tokens[k] as Token).w) && ['not', 'never', 'no'].includes((tokens[k - 1] as Token).w)) return false;
  const next = tokens[i + 1];
  if (THING_WORDS.has(next?.w ?? '') || THING_AFTER.has(next?.w ?? '')) return false;
  // "my lapdog is snoring", "our new doormat arrived": the writer's own
  if (['my', 'our'].includes(tokens[i - 1]?.w ?? '') || (['my', 'our'].includes(tokens[i - 2]?.w ?? '') && ['new', 'old', 'little'].includes(tokens[i - 1]?.w ?? ''))) return false;
  if (talkedAbout(tokens, i)) return false;
  // "the cameras suck", "it sucks": only a person can be told they suck
  if (t.w === 'suck' || t.w === 'sucks') {
    let k = i - 1;
    while (k >= 0 && ['really', 'just', 'so', 'totally', 'still', 'all', 'both', 'do', 'does'].includes((tokens[k] as Token).w)) k--;
    const s = tokens[k];
    if (!s || !(s.mention || ['you', 'he', 'she', 'they', 'u', 'yall'].includes(s.w) || /^[A-Z][a-z]+$/.test(s.raw))) return false;
  }
  // "the dumb parking at the track", "this useless app": a describing word on a thing named right after it
  const after = tokens[i + 1]?.w ?? '';
  if (INSULT_ADJECTIVES.has(t.w) && ['the', 'this', 'that', 'these', 'those', 'our', 'their'].includes(tokens[i - 1]?.w ?? '') && /^[a-z]+$/.test(after) && !PERSON_WORDS.has(after) && !INSULT_NOUNS.has(after) && !PERSON_INSULT_NOUNS.has(after) && !FUNCTION_AFTER.has(after) && tokens[i + 2]?.w !== 'of') return false;
  // "the ban on braids is racist", "a bigoted filter": a label of bigotry judges a thing unless a person is its subject
  if (BIGOTRY_LABELS.has(t.w) && labelsThing(tokens, i)) return false;
  // a short ordinary word the spelling repair read as an insult ("morn" as "moron") is too thin for a reply
  if (t.src !== t.w && t.src.length <= 4 && /^[a-z]+$/.test(t.src)) return false;
  return true;
}

/** Profanity that would land on the one replied to: not mild, not cheering, not at a thing, not an exclamation about oneself. */
function profane(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (!PROFANITY.has(t.w) || MILD.has(t.w)) return false;
  const next = tokens[i + 1]?.w ?? '';
  const prev = tokens[i - 1]?.w ?? '';
  if (POSITIVE_AFTER.has(next) || POSITIVE_BEFORE.has(prev) || (POSITIVE_AFTER.has(tokens[i + 2]?.w ?? '') && ['so', 'really', 'very', 'the'].includes(next))) return false;
  // "absolutely shitty weather", "fuck cancer", "shit, I forgot my lineup": at a thing, or an exclamation about oneself
  // ("the crap rota system": a thing two words on)
  if (/^[a-z]+$/.test(next) && !PERSON_WORDS.has(next) && !FUNCTION_AFTER.has(next) && !['like', 'about', 'with', 'my', 'your', 'his', 'her', 'our', 'their', 'one', 'every', 'a', 'an', 'the', 'some', 'any', 'all', 'no'].includes(next) && THING_WORDS.has(tokens[i + 2]?.w ?? '') && !['it', 'this', 'that'].includes(tokens[i + 2]?.w ?? '')) return false;
  return !(THING_AFTER.has(next) || (next === ',' && ['i', 'im', 'we', 'my'].includes(tokens[i + 2]?.w ?? '')));
}

/** Is the word at i said of a group named as the subject of its clause ("[group] are ...", "[group] are just ..., useless ...")? */
function saidOfGroup(tokens: readonly Token[], i: number): boolean {
  return findGroups(tokens).some((g) => !g.pronoun && tokens[g.from - 1]?.w !== 'you' && g.to < i && i - g.to <= 8 && ['are', 'is', 'were', 'was'].includes(tokens[g.to + 1]?.w ?? '') && !tokens.slice(g.to + 1, i).some((x) => CLAUSE_BREAK.has(x.w) || x.w === 'you' || x.mention));
}

/**
 * The word at i is not said to the one replied to: praise beside it ("@jo fucking finally, congrats on the house!"),
 * praise in the word itself ("kick-ass presentation"), a title or fiction ("Psycho is my favourite Hitchcock"), the word
 * talked about ("hypocrite is a strong word"), the writer sharing the fault ("useless at parking, same"), or a possessive
 * compound ("loser's bracket").
 */
function notSaidToThem(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (praiseIn(tokens, i - 8, i + 9)) return true;
  // "@sam old people are just dead weight, useless furniture": said of a protected group the clause is about (the
  // group-attack rule reads that), not of the one replied to
  if (saidOfGroup(tokens, i)) return true;
  if (t.w === 'ass' && ['kick', 'bad', 'kickass'].includes(tokens[i - 1]?.w ?? '')) return true;
  for (let k = Math.max(0, i - 6); k < Math.min(tokens.length, i + 7); k++) {
    const x = (tokens[k] as Token).w;
    if (['favourite', 'favorite', 'fictional'].includes(x) || (x === 'same' && (tokens[k - 1]?.w === ',' || tokens[k + 1]?.w === ','))) return true;
  }
  if (tokens[i + 1]?.w === 'is' && tokens[i + 2]?.w === 'a' && tokens.slice(i + 3, i + 6).some((x) => x.w === 'word')) return true;
  return tokens[i + 1]?.w === "'s" && THING_AFTER.has(tokens[i + 2]?.w ?? '');
}

function run(input: DetectorInput, words: 'profanity' | 'insults'): DetectorHit[] {
  // only a reply (a draft that opens with an @mention) is read at all
  if (!/^[\s"'“”‘’(.]*@/.test(input.text)) return [];
  const tokens = tokenize(input);
  const first = tokens.find((t) => !t.punct);
  if (!first?.mention) return [];
  const hits: DetectorHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.mention) continue;
    // the cheap word tests first; the context guards run only for a word that would be flagged
    if (words === 'insults') {
      // a word in quotes is reported or talked about ('chants of "liar"'), not said to the one replied to
      if (!insulting(tokens, i) || quoted(input.text, t.start, t.end) || notSaidToThem(tokens, i)) continue;
      hits.push({ start: t.start, end: t.end, confidence: 0.55, explain: `insulting word ('${t.w}') in a reply to ${first.raw}, read as aimed at them or at someone named`, tags: ['insult'] });
      continue;
    }
    if (!profane(tokens, i) || notSaidToThem(tokens, i)) continue;
    hits.push({ start: t.start, end: t.end, confidence: 0.6, explain: `profanity ('${t.w}') in a reply to ${first.raw}, read as aimed at them`, tags: ['profanity'] });
  }
  return hits;
}

export const REPLY_PROFANITY: DetectorSpec = {
  id: 'language.reply-profanity',
  description: 'Profanity or insulting words in a reply that opens by addressing someone (@mention); cheering profanity passes.',
  scope: 'text',
  validateOptions(options) {
    const unknown = unknownOption(options, ['words']);
    if (unknown) return unknown;
    return options.words === undefined || options.words === 'profanity' || options.words === 'insults' ? null : "option 'words' must be 'profanity' or 'insults'";
  },
  create(options) {
    const words = options.words === 'insults' ? 'insults' : 'profanity';
    return (input) => run(input, words);
  },
};
