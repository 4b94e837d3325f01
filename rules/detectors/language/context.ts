/**
 * Use versus mention. A slur or a hateful generalisation that is quoted, reported or condemned ("stop
 * saying women are inferior", "he called me a ...") is counter-speech, not a violation; a negated one
 * ("I don't think immigrants are criminals") says the opposite. Detectors keep such matches but lower
 * their confidence and say why in `explain`, so a rule's `minConfidence` decides (research notes §9).
 */
import { ONE_WORD_SLURS } from './lexicon/slurs';
import { CLAUSE_BREAK, NEGATORS, plainMapped, tokenizeMapped, type Token } from './tokens';

/** Verbs and nouns that report someone else's words. */
const REPORTING = new Set([
  'said', 'says', 'saying', 'say', 'claim', 'claims', 'claimed', 'claiming', 'tweeted', 'tweeting', 'wrote', 'writes', 'posted', 'posting',
  'called', 'calling', 'call', 'shouted', 'yelled', 'yelling', 'screamed', 'heard', 'hearing', 'spreading', 'spread', 'repeat',
  'repeating', 'chanted', 'chanting', 'insist', 'insists', 'insisting', 'argue', 'argues', 'arguing', 'suggested', 'suggesting',
  'pretending', 'pretend', 'implying', 'imply', 'implies', 'message', 'comment', 'comments', 'commented', 'graffiti', 'sprayed', 'scrawled', 'daubed', 'spraypainted', 'graffitied', 'sign', 'signs', 'quote',
  'quoted', 'quoting', 'word', 'words', 'term', 'slur', 'slurs', 'using', 'use', 'labelled', 'labeled', 'label', 'telling', 'tells', 'named',
  // talk about a kind of remark: "the chants at the match", "their rhetoric about ..."
  'remarks', 'rhetoric', 'stereotyping', 'chant', 'chants', 'slogan', 'slogans',
  // a framing reported: "the media frames migrants as an 'invasion'", "mocked on talk shows as if they're a joke"
  'frames', 'framing', 'portray', 'portrays', 'portraying', 'portrayed', 'depict', 'depicts', 'depicting', 'depicted', 'mocked', 'mocking',
  // words left on a wall: "someone spray-painted 'Jews out' on the synagogue"
  'painted', 'scrawled', 'daubed', 'graffitied', 'sprayed', 'carved', 'etched',
]);

/** Speakers named before a colon, script-style: "Him: 'women are too emotional to lead'. Me: ..." (never "Me:"). */
const SPEAKER_LABELS = new Set(['him', 'her', 'them', 'he', 'she', 'they', 'boss', 'uncle', 'aunt', 'dad', 'mum', 'mom', 'grandad', 'grandpa', 'grandma', 'nan', 'guy', 'man', 'woman', 'someone', 'stranger', 'customer', 'teacher', 'colleague', 'coworker', 'manager', 'commenter', 'troll', 'neighbour', 'neighbor', 'landlord', 'interviewer', 'recruiter']);

/**
 * Jokes, memes and reposts report hate only when the sentence pushes back on them ("enough with the
 * jokes about ...", "this meme is racist"); "here's a meme: [slur]s everywhere" posts the hate itself.
 */
const FRAMES = new Set(['joke', 'jokes', 'meme', 'memes', 'repost', 'reposting', 'reposted']);
const PUSHBACK_BEFORE = new Set(['enough', 'stop', 'quit', 'tired', 'sick', 'no', 'hate', 'those', 'these']);

/** "the myth that", "the stereotype that": a proposition held up to be rejected. */
const PROPOSITION_NOUNS = new Set(['idea', 'myth', 'stereotype', 'notion', 'lie', 'claim', 'belief', 'trope', 'narrative', 'assumption', 'rhetoric', 'nonsense', 'garbage', 'bs', 'bullshit', 'propaganda', 'conspiracy', 'theory', 'misconception', 'suggestion', 'suggestions', 'insinuation', 'implication', 'premise', 'view']);

/** Words that condemn what was said, wherever they stand in the sentence (outside the matched span). */
const CONDEMNING = new Set([
  'racist', 'racism', 'sexist', 'sexism', 'homophobic', 'homophobia', 'transphobic', 'transphobia', 'bigoted', 'bigot',
  'bigots', 'bigotry', 'hateful', 'unacceptable', 'offensive', 'harmful', 'appalling', 'condemn', 'condemns', 'denounce', 'xenophobic',
  'xenophobia', 'antisemitic', 'antisemitism', 'islamophobic', 'islamophobia', 'ableist', 'ableism', 'misogynist', 'misogynistic',
  'misogyny', 'prejudice', 'prejudiced', 'discrimination', 'discriminatory', 'false', 'untrue', 'debunked', 'shameful',
  'ashamed', 'dehumanising', 'dehumanizing', 'hurtful', 'horrified', 'disgusted', 'sickened', 'outraged', 'saddened', 'unfollow',
  'inexcusable', 'indefensible', 'bullying', 'harassment', 'cruelty', 'hate-speech', 'ageist', 'ageism', 'nonsense', 'myth', 'trope',
  'stereotype', 'stereotypes', 'slur', 'slurs', 'slander', 'libel', 'dogwhistle', 'dog-whistle',
  'monstrous', 'abhorrent', 'horrific',
]);

/** Words that condemn only when they come before the span ("I was harassed for ...", "report anyone who ..."). */
const CONDEMNING_BEFORE = new Set(['report', 'reported', 'block', 'blocked', 'harassed', 'abused', 'victim', 'victims', 'challenge', 'challenged', 'refuse', 'reject', 'rejects']);

/** Words between a subject and its verb ("X is yelling", "X keeps saying"): what precedes them is the speaker. */
const SUBJECT_LINK = new Set(['is', 'was', 'are', 'were', 'has', 'have', 'had', 'been', 'just', 'keeps', 'kept', 'always', 'still', 'again', 'now', 'who', 'wont', 'cant', 'can', 'will', 'wo', 'not']);
/** Third parties whose opinion, when reported, is not the writer's: "people still think ...". */
const THIRD_PARTY = new Set([
  'people', 'some', 'someone', 'somebody', 'he', 'she', 'they', 'who', 'folks', 'anyone', 'anybody', 'many', 'guy', 'man', 'uncle', 'aunt', 'boss',
  'manager', 'dad', 'father', 'mom', 'mother', 'coworker', 'colleague', 'politician', 'politicians', 'commenter', 'commenters', 'trolls', 'still',
  'grandpa', 'grandma', 'grandfather', 'grandmother', 'cousin', 'brother', 'sister', 'neighbour', 'neighbor', 'friend', 'teacher', 'pastor',
  'priest', 'imam', 'rabbi', 'classmate', 'roommate', 'stepdad', 'husband', 'wife', 'boyfriend', 'girlfriend', 'president', 'senator', 'candidate',
  'columnist', 'pundit', 'pundits', 'influencer', 'influencers', 'parents', 'relatives',
  // ("my in-laws think ...": the hyphenated word's last part)
  'laws', 'inlaws',
]);

/** Cognition verbs: a negator before them negates the opinion that follows ("I don't think ..."). */
const COGNITION = new Set(['think', 'believe', 'reckon', 'agree', 'accept', 'say', 'claim', 'feel', 'buy', 'mean', 'suggest', 'pretend', 'imagine', 'see', 'understand', 'get', 'tolerate']);
/** Verbs that report someone else's view but are not negated as the writer's own ("I don't assume ..., I know it"). */
const REPORTING_ONLY = new Set(['assume', 'insist', 'argue']);
/** Verbs that report words only with "that" or a quote after them ("he replied that ...", "she told me that ..."). */
const REPORTED_WITH_THAT = new Set(['replied', 'replies', 'answered', 'announced', 'told', 'texted', 'emailed', 'muttered', 'ranted', 'messaged', 'commented']);
const OBJECT_PRONOUN_AFTER = new Set(['me', 'us', 'him', 'her', 'them', 'everyone', 'people']);
/** "that" or an opening quote at j (a single quote mark is no token: it shows as a gap of more than a space). */
function thatOrQuoteAt(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  return t !== undefined && (t.w === 'that' || ['"', '“'].includes(t.w) || t.start - (tokens[j - 1]?.end ?? t.start) >= 2);
}

/** Auxiliaries that open a negative rhetorical question ("don't you think", "isn't it true"). */
const RHETORICAL_AUX = new Set(['do', 'does', 'is', 'are', 'was', 'were', 'would', 'wouldn', 'can', 'could']);

export interface ContextVerdict {
  /** multiply the confidence by this */
  factor: number;
  reason: string;
}

/** True when [start, end) of `text` lies between a pair of double quotation marks (straight or curly). */
export function quoted(text: string, start: number, end: number): boolean {
  const before = text.slice(0, start);
  const after = text.slice(end);
  const straight = (before.match(/"/g)?.length ?? 0) % 2 === 1 && after.includes('"');
  const curly = before.lastIndexOf('“') > before.lastIndexOf('”') && after.includes('”');
  const single = /(^|[\s(:])['‘][^'’]*$/.test(before) && /^[^'‘’]*['’](?=$|[\s.,!?;:)])/.test(after);
  return straight || curly || single;
}

/** Why a quotation at [start, end) is talked about: a question mark after it, or a sentence of several words around it. */
function quotedAbout(text: string, tokens: readonly Token[], start: number, end: number): string | null {
  const open = Math.max(text.lastIndexOf('"', start - 1), text.lastIndexOf('“', start - 1), text.lastIndexOf("'", start - 1), text.lastIndexOf('‘', start - 1));
  const closeAt = text.slice(end).search(/["”'’]/);
  if (open < 0 || closeAt < 0) return null;
  const close = end + closeAt + 1;
  if (/^\s*\?/.test(text.slice(close))) return 'questioned';
  // links, @mentions and "RT" frame a post without saying anything about the quotation
  const links = [...text.matchAll(/https?:\/\/\S+|www\.\S+/g)].map((m) => [m.index, m.index + m[0].length] as const);
  const outside = tokens.filter((t) => !t.punct && !t.mention && t.w !== 'rt' && (t.end <= open || t.start >= close) && !links.some(([a, b]) => t.start >= a && t.end <= b));
  // a quoted claim, not a word in scare quotes: a "slur" in quotation marks is still the slur on the screen
  const inside = tokens.filter((t) => !t.punct && t.start > open && t.end < close);
  if (inside.length < 3 || inside.some((t) => SLUR_WORDS.has(t.w))) return null;
  if (outside.length < 3) return null;
  // "my honest view: '...'", "'...' so true": still the writer's own
  if (outside.some((t) => ENDORSING_WORDS.has(t.w))) return null;
  return 'talked about in a sentence of its own';
}
/** Slur spellings as single words: a quotation holding one still shows the slur ("gave her that 'move it, [slur]' push"). */
const SLUR_WORDS = new Set(ONE_WORD_SLURS.flatMap(({ word }) => [word, `${word}s`]));
const ENDORSING_WORDS = new Set(['true', 'facts', 'agree', 'exactly', 'view', 'opinion', 'believe', 'right', 'correct', 'truth', 'honest', 'honestly', 'fact', 'meant']);

function clauseStart(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k > 0 && !CLAUSE_BREAK.has((tokens[k - 1] as Token).w)) k--;
  return k;
}

/**
 * Is the span tokens[from..to] used, or only mentioned? Looks at quotation marks, reporting words and
 * condemnation anywhere in the sentence outside the span, and a negated opinion before it.
 */
/** After the span: "and he was right", "and I agree", "so true", "facts". */
function endorsed(tokens: readonly Token[], to: number): boolean {
  for (let k = to + 1; k < tokens.length; k++) {
    const w = (tokens[k] as Token).w;
    const prev = tokens[k - 1]?.w ?? '';
    if (w === 'right' && ['was', 'is', 'are', 'were', 'be', 'always', 'absolutely', 'totally', 'so', 'completely', 'dead'].includes(prev)) return true;
    if (w === 'agree' && ['i', 'totally', 'fully', 'completely'].includes(prev)) return true;
    if (w === 'true' && ['so', 'is', 'totally', 'absolutely', "it's", 'its'].includes(prev) && !NEGATORS.has(tokens[k - 2]?.w ?? '')) return true;
    if (w === 'facts' && (k === tokens.length - 1 || tokens[k + 1]?.punct)) return true;
    // "... and honestly? they're not wrong", "she has a point", "hard to disagree", "spot on", "he nailed it"
    if (w === 'wrong' && NEGATORS.has(prev)) return true;
    if (w === 'point' && prev === 'a' && ['have', 'has', 'got', 'had'].includes(tokens[k - 2]?.w ?? '')) return true;
    if (w === 'disagree' && (prev === 'to' && tokens[k - 2]?.w === 'hard' || (prev === 'not' && tokens[k - 2]?.w === 'can'))) return true;
    if ((w === 'on' && prev === 'spot') || (w === 'something' && prev === 'onto') || (w === 'it' && ['nailed', 'nails'].includes(prev))) return true;
  }
  return false;
}

/** Verbs by which a third party's claim about a group is made: "people who say ...", "those who blame ...". */
const CLAIMANT_VERBS = new Set(['say', 'says', 'said', 'claim', 'claims', 'claimed', 'think', 'thinks', 'believe', 'believes', 'insist', 'insists', 'pretend', 'pretends', 'assume', 'assumes', 'tweet', 'tweets', 'complain', 'complains', 'whine', 'whines', 'moan', 'moans', 'scream', 'screams', 'yell', 'yells', 'blame', 'blames', 'call', 'calls', 'shout', 'shouts']);

/**
 * "Funny how the people who say immigrants are lazy never work", "the same folks who blame refugees for crime": a group
 * named inside someone else's claim, where the hit began earlier (at a cue) and so spans the claiming verb. A report,
 * unless the writer endorses it in the same sentence ("people who say X are lazy are right").
 */
export function claimantClause(tokens: readonly Token[], groupFrom: number): ContextVerdict | null {
  for (let k = groupFrom - 1; k >= Math.max(1, groupFrom - 3); k--) {
    const w = tokens[k]?.w ?? '';
    if (CLAIMANT_VERBS.has(w) && ['who', 'that'].includes(tokens[k - 1]?.w ?? '') && !['i', 'we'].includes(tokens[k - 2]?.w ?? '')) {
      return endorsed(tokens, groupFrom) ? null : { factor: 0.4, reason: `reported ('who ${w}')` };
    }
    if (tokens[k]?.punct || !['that', 'all', 'the', 'most', 'some'].includes(w)) return null;
  }
  return null;
}

/** Words that close a claim reported before them and open the writer's own clause: "..., but they ...", "..., really they're ...". */
const CONTRAST_AFTER_CLAIM = new Set(['but', 'yet', 'whereas', 'really', 'however']);

export function mentionContext(text: string, tokens: readonly Token[], from: number, to: number): ContextVerdict | null {
  const first = tokens[from];
  const last = tokens[to];
  if (!first || !last) return null;
  const q = quoted(text, first.start, last.end);
  // a quoted claim asked about is a real question about words; an unquoted one is the writer's own
  const v = signals(tokens, from, to, q ? -1 : mockAsk(tokens, from));
  // "my uncle said [group] are lazy and he was right": a report the writer endorses is the writer's own
  if (v && v.reason.startsWith('reported') && endorsed(tokens, to)) return null;
  if (v) return q ? { factor: Math.min(v.factor, 0.35), reason: `quoted and ${v.reason}` } : v;
  // A quotation inside a sentence of the writer's own ("the 'X' crowd is back", "'X' is the ugliest
  // sentence I read", "'X'? My mum runs a charity") is talked about, not said: lowered below the usual
  // threshold. Quoting alone, as the whole sentence, still puts the words in front of readers.
  const turned = quotedThenTurned(text, first.start, last.end, q);
  if (turned) return { factor: 0.35, reason: `quoted and ${turned}` };
  if (q) {
    // "If you genuinely believe 'X', you need help": a quoted belief held up as the reader's, to be reproved
    const lead = tokens.slice(Math.max(0, from - 6), from).map((t) => t.w);
    if (lead.includes('if') && lead.includes('you') && lead.some((x) => ['believe', 'think', 'agree', 'say', 'reckon', 'feel'].includes(x))) return { factor: 0.35, reason: "quoted as a belief held up to be reproved ('if you believe ...')" };
    const about = quotedAbout(text, tokens, first.start, last.end);
    return about ? { factor: 0.5, reason: `quoted and ${about}` } : { factor: 0.65, reason: 'quoted' };
  }
  return negatedOpinion(tokens, from);
}

/** What may follow a quoted claim to turn it: a rebuttal, a name for it as someone's take, or a report of who said it. */
const REBUTTED_AFTER = /^\s*[—–-]*\s*(?:no|nope|nah|wrong|false|not true|not so)\b/i;
const TAKE_AFTER = /^\s*(?:take|takes|line|argument|talking point|narrative|trope|nonsense|rhetoric|myth|lie|stereotype)\b/i;
const SAID_AFTER = /^\s*(?:was|were|is|are|has been|have been|gets|got) (?:said|used|shouted|thrown|levelled|leveled|aimed|hurled)\b/i;

/**
 * A quoted claim the sentence turns after its closing mark: '"[group] are a burden" — no.', 'the "[group] are just
 * confused" take', '"they're all criminals" was said about the Irish'. The span may run past the closing mark (a reading
 * that takes in the next word), so the quotation is the one that opens at the span's start; `whole` when it covers it all.
 */
function quotedThenTurned(text: string, start: number, end: number, whole: boolean): string | null {
  const lead = text.slice(Math.max(0, start - 3), start).trimEnd();
  if (!whole && !/["“'‘]$/.test(lead)) return null;
  const close = whole ? end + text.slice(end).search(/["”'’]/) : start + text.slice(start, end + 1).search(/["”]/);
  if (close < start) return null;
  const after = text.slice(close + 1, close + 40);
  if (REBUTTED_AFTER.test(after)) return 'rebutted';
  if (TAKE_AFTER.test(after)) return 'named as a take';
  if (SAID_AFTER.test(after)) return 'reported';
  return null;
}

/** Is tokens[k] inside an "if / unless / once" clause that sets a condition on the span [from, to]? */
function inCondition(tokens: readonly Token[], k: number, from: number, to: number): boolean {
  const CONDITION = ['if', 'unless', 'once', 'til', 'till', 'until'];
  if (k < from) {
    let j = k;
    while (j > 0 && !CLAUSE_BREAK.has(tokens[j - 1]?.w ?? '.') && tokens[j - 1]?.w !== ',' && !CONDITION.includes(tokens[j - 1]?.w ?? '')) j--;
    if (!CONDITION.includes(tokens[j - 1]?.w ?? '')) return false;
    // the condition ends at a comma or "then", and the span's own clause opens with its subject after it ("if you report
    // me, I'll kill you"; not "if you call anyone a slur, including 'X'", where the span is still in the condition)
    const close = tokens.slice(k + 1, from).map((t) => t.w).lastIndexOf(',');
    const then = tokens.slice(k + 1, from).findIndex((t) => t.w === 'then');
    const at = close >= 0 ? k + 2 + close : then >= 0 ? k + 2 + then : -1;
    return at >= 0 && (at === from || ['i', 'ill', 'im', 'we', 'you', 'youll', 'he', 'she', 'they', 'your', 'his', 'her', 'their', 'ur', 'u'].includes(tokens[at]?.w ?? ''));
  }
  return k > to && tokens.slice(to + 1, k).some((t) => CONDITION.includes(t.w)) && !tokens.slice(to + 1, k).some((t) => CLAUSE_BREAK.has(t.w));
}

/** Labels a mock question pretends to fear: "is it racist to say ...". */
const MOCK_ASK_LABELS = new Set(['racist', 'sexist', 'homophobic', 'transphobic', 'bigoted', 'wrong', 'bad', 'offensive', 'problematic', 'islamophobic', 'antisemitic', 'ableist', 'ageist', 'illegal', 'xenophobic', 'hateful', 'bigotry', 'allowed']);
const MOCK_ASK_VERBS = new Set(['say', 'saying', 'think', 'thinking', 'notice', 'noticing', 'point', 'pointing', 'admit', 'admitting', 'state', 'stating', 'mention', 'mentioning', 'believe', 'believing']);

/**
 * "Is it racist to say [group] don't work?", "Am I sexist for thinking ...", "Is it a crime to notice that ...": the claim
 * is put forward as one the writer holds and expects to be punished for, not reported. The last token index of the
 * opening, or -1; the claim must come after it.
 */
function mockAsk(tokens: readonly Token[], from: number): number {
  const w = (k: number): string => tokens[k]?.w ?? '';
  let i: number;
  if (w(0) === 'is' && w(1) === 'it') i = 2;
  else if (w(0) === 'am' && w(1) === 'i') i = 2;
  else return -1;
  if (['now', 'really', 'still', 'even', 'so'].includes(w(i))) i++;
  if (w(i) === 'a' && w(i + 1) === 'crime') i += 2;
  else if (MOCK_ASK_LABELS.has(w(i))) i++;
  else return -1;
  if (!['to', 'for', 'if'].includes(w(i))) return -1;
  i++;
  if (w(i) === 'i' || w(i) === 'we') i++;
  if (!MOCK_ASK_VERBS.has(w(i))) return -1;
  i++;
  if (w(i) === 'out') i++;
  if (w(i) === 'that') i++;
  return i - 1 < from ? i - 1 : -1;
}

function signals(tokens: readonly Token[], from: number, to: number, opening = -1): ContextVerdict | null {
  for (let k = opening + 1; k < tokens.length; k++) {
    if (k >= from && k <= to) continue;
    const w = (tokens[k] as Token).w;
    if (w === 'told' && ['was', 'were', 'been', 'get', 'got', 'being', 'am', 'are', 'is'].includes(tokens[k - 1]?.w ?? '') && k < from) return { factor: 0.4, reason: "reported ('was told')" };
    // "kids at school told my son ...": someone else's words; "I told them ..." stays the writer's
    if (w === 'told' && k < from && k > 0 && !firstPersonSubject(tokens, k) && !CLAUSE_BREAK.has(tokens[k - 1]?.w ?? '.')) return { factor: 0.4, reason: "reported ('told')" };
    // "Nobody should ever tell you that [claim]", "no one gets to say [claim]": the claim refused before it is said
    if (k < from && ['tell', 'say', 'claim', 'think', 'believe'].includes(w) && ['should', 'ever', 'can', 'could', 'would', 'to'].includes(tokens[k - 1]?.w ?? '') && !['it', 'me'].includes(tokens[k + 1]?.w ?? '') && !tokens.slice(k + 1, from).some((t) => CLAUSE_BREAK.has(t.w) || t.w === ',') && tokens.slice(Math.max(0, k - 4), k).some((t, n, a) => t.w === 'nobody' || t.w === 'noone' || (t.w === 'one' && a[n - 1]?.w === 'no'))) return { factor: 0.4, reason: `rejected ('nobody ... ${w}')` };
    // "I'm telling you, ...": the writer insisting on their own words
    if ((w === 'telling' || w === 'tell') && tokens[k + 1]?.w === 'you' && ['am', 'i', 'was', 'im', 'just'].includes(tokens[k - 1]?.w ?? '')) continue;
    // "don't let anyone tell you ...": someone else's words; "you tell me", "tell them" are the writer's own
    if (w === 'tell' && k < from && THIRD_PARTY.has(tokens[k - 1]?.w ?? '') && tokens[k - 1]?.w !== 'they') return { factor: 0.4, reason: "reported ('tell')" };
    // "..., no joke": the writer vouches for what went before, it is no joke about it
    if (w === 'joke' && k > to && tokens[k - 1]?.w === 'no' && (!tokens[k + 1] || tokens[k + 1]?.punct)) continue;
    // "one more word and I'll ...", "say that again and I'll ...": a condition set on the reader, not words reported
    if (w === 'word' && k < from && ['more', 'another'].includes(tokens[k - 1]?.w ?? '')) continue;
    if (w === 'say' && k < from && ['that', 'it', 'this'].includes(tokens[k + 1]?.w ?? '') && tokens[k + 2]?.w === 'again') continue;
    // "I'll make you bleed for what you said": the reader's words are the cause, not a report
    if ((w === 'said' || w === 'wrote' || w === 'posted' || w === 'tweeted') && k > to && tokens[k - 1]?.w === 'you' && tokens[k - 2]?.w === 'what') continue;
    // "after that call", "a bad call by the ref": the noun, not someone calling
    if (w === 'call' && ['that', 'the', 'a', 'this', 'bad', 'terrible', 'awful', 'phone', 'conference', 'sales', 'zoom', 'last'].includes(tokens[k - 1]?.w ?? '')) continue;
    // "stop assuming every Indian accent is a scammer", "quit acting like old people can't learn": the claim told to stop
    // (a claim, with its verb: not "stop acting like [slur]s and go for the win")
    const claimed = tokens.slice(k + 3, k + 8).some((t) => ['can', 'cannot', 'are', 'is', 'do', 'does', 'have', 'has', 'will', 'never', 'always', 'should', 'must'].includes(t.w));
    if (k < from && ((w === 'assuming' || w === 'assume') || (w === 'acting' && tokens[k + 1]?.w === 'like' && claimed)) && ['stop', 'quit'].includes(tokens[k - 1]?.w ?? '') && !(w === 'acting' && ['a', 'an', 'the'].includes(tokens[k + 2]?.w ?? ''))) return { factor: 0.4, reason: `rejected ('${tokens[k - 1]?.w} ${w}')` };
    // "'Old people shouldn't be allowed online' was trending": a slogan reported (not "trending topics")
    if (k > to && (w === 'trending' || w === 'trended') && ['was', 'is', 'were', 'are', 'been', 'started'].includes(tokens[k - 1]?.w ?? '')) return { factor: 0.4, reason: `reported ('${w}')` };
    // "If your first thought on seeing a Sikh man is 'terrorist', the problem is you": the reader's supposed reflex, put up
    // to be answered
    if (k < from && ['thought', 'instinct', 'reaction', 'assumption', 'response'].includes(w) && ['first', 'only', 'immediate', 'gut'].includes(tokens[k - 1]?.w ?? '') && tokens[k - 2]?.w === 'your' && tokens.slice(Math.max(0, k - 5), k - 2).some((t) => ['if', 'when', 'whenever'].includes(t.w)) && !tokens.slice(k + 1, from).some((t) => t.w === ',' || t.w === 'remember')) return { factor: 0.45, reason: `the reader's supposed view ('your ${tokens[k - 1]?.w} ${w}')` };
    // "I used to think immigrants took our jobs": a belief the writer once held, put behind them
    if (['think', 'believe', 'assume'].includes(w) && tokens[k - 1]?.w === 'to' && tokens[k - 2]?.w === 'used' && ['i', 'we'].includes(tokens[k - 3]?.w ?? '') && k < from && !tokens.slice(k + 1, from).some((t) => ['but', 'now', ',', 'until', 'then'].includes(t.w))) return { factor: 0.45, reason: "a belief the writer used to hold ('used to think')" };
    if (FRAMES.has(w)) {
      const pushback = tokens.slice(Math.max(0, k - 3), k).some((t) => PUSHBACK_BEFORE.has(t.w)) || tokens.some((t, j) => (j < from || j > to) && CONDEMNING.has(t.w));
      if (pushback) return { factor: 0.4, reason: `reported ('${w}')` };
      continue;
    }
    // a threat reported before it is quoted: "man arrested after threatening to shoot ...", "some guy threatening to beat up
    // ...", "accused of threatening on Facebook to torch ..." (not "stop threatening me or I'll ...")
    if (k < from && ((['threatening', 'threatened', 'threatens'].includes(w) && ['to', 'on', 'online'].includes(tokens[k + 1]?.w ?? '') && !['stop', 'quit', 'not', 'i', 'am', 'me', 'you', 'are', 'we'].includes(tokens[k - 1]?.w ?? '')) || (w === 'accused' && tokens[k + 1]?.w === 'of') || (['plot', 'plotting', 'foiled', 'thwarted', 'attempt', 'attempted', 'planning'].includes(w) && tokens.slice(k + 1, k + 3).some((t) => t.w === 'to') && !['i', 'we', 'am', 'are'].includes(tokens[k - 1]?.w ?? '')) || (w === 'arrested' && ['after', 'for'].includes(tokens[k + 1]?.w ?? '')))) return { factor: 0.4, reason: `reported ('${w}')` };
    // "Him: 'women are too emotional to lead'. Me: ...": words given to a named speaker, script-style
    if (w === ':' && k < from && from - k <= 2 && SPEAKER_LABELS.has(tokens[k - 1]?.w ?? '') && !tokens.slice(k + 1, from).some((t) => ['i', 'me', 'my'].includes(t.w))) return { factor: 0.4, reason: "reported (a speaker's words, script-style)" };
    // ("a trans woman calling herself a lady": the one named calls themself, nobody's words are reported)
    // ("stop replying 'lesbians just haven't met the right man'": replying reports only the words quoted after it)
    // (a single quote mark is no token: it shows as a gap of more than a space before the next word)
    const quotedReply = w === 'replying' && (['"', '“'].includes(tokens[k + 1]?.w ?? '') || (tokens[k + 1]?.start ?? 0) - tokens[k]!.end >= 2);
    // ("the troll replied that ...", "he told me that ...": someone's words, only with "that" or a quote after them;
    // "hasn't replied to an email" reports nothing)
    const toldThat = REPORTED_WITH_THAT.has(w) && k < from && (thatOrQuoteAt(tokens, k + 1) || (OBJECT_PRONOUN_AFTER.has(tokens[k + 1]?.w ?? '') && thatOrQuoteAt(tokens, k + 2)));
    if ((REPORTING.has(w) || quotedReply || toldThat) && !tokens[k]!.mention && !(/^call/.test(w) && /^(?:her|him|them|your|it|my)sel(?:f|ves)$/.test(tokens[k + 1]?.w ?? ''))) {
      // "about time someone said it", "finally someone said it", "someone had to say it": the words endorsed, not reported
      if (k > to && ['said', 'say', 'saying'].includes(w) && ['it', 'this', 'that'].includes(tokens[k + 1]?.w ?? '') && tokens.slice(Math.max(to + 1, k - 4), k).some((t, n, a) => ['someone', 'somebody'].includes(t.w) && (['time', 'finally', 'glad', 'good', 'thank'].includes(a[n - 1]?.w ?? '') || ['finally', 'had'].includes(a[n + 1]?.w ?? '')))) continue;
      // ("[group] claim they were persecuted, but they run the banks": the claim ends at the contrast, and what follows is
      // the writer's own)
      if (k < from && tokens.slice(k + 1, from).some((t, n, a) => CONTRAST_AFTER_CLAIM.has(t.w) && (t.w !== 'really' || a[n - 1]?.w === ','))) continue;
      // ("send a message they won't forget": intimidation, not a message reported)
      if (['message', 'messages'].includes(w) && ['send', 'sends', 'sending', 'sent'].includes(tokens[k - 2]?.w ?? '') && ['a', 'the'].includes(tokens[k - 1]?.w ?? '')) continue;
      // ("..., say it loud", "say it with me": the writer's own words, urged after them)
      if (k > to && w === 'say' && ['it', 'that'].includes(tokens[k + 1]?.w ?? '') && ['loud', 'louder', 'with', 'proud', 'again'].includes(tokens[k + 2]?.w ?? '')) continue;
      // ("claiming benefits": a claim for money, not words reported)
      if (['claiming', 'claim', 'claims', 'claimed'].includes(w) && ['benefits', 'handouts', 'welfare', 'asylum', 'dole', 'compensation', 'expenses', 'refunds'].includes(tokens[k + 1]?.w ?? '')) continue;
      // ("wherever they spread to", "spreading across the country": spread as movement, not rumour)
      if ((w === 'spread' || w === 'spreading') && ['to', 'out', 'across', 'through', 'into', 'over', 'like', 'everywhere'].includes(tokens[k + 1]?.w ?? '')) continue;
      // ("Heard the new manager's hired two more ...": news heard, told in the writer's own words; no quotation)
      if (w === 'heard' && k === 0 && ['the', 'that', 'they', 'our', 'my', 'some'].includes(tokens[1]?.w ?? '') && !tokens.some((t) => ['"', '“', '”'].includes(t.w))) continue;
      // "read the article before you comment", "nobody can understand a word you say": the reader's own words, after the insult
      // (or before an insult said to the reader after a comma: "read the rules before you comment, you idiot")
      // ("He's an idiot, you say?" echoes the reader's claim back: a report)
      if ((k > to || (tokens[from]?.w === 'you' && tokens[from - 1]?.w === ',')) && tokens[k + 1]?.w !== '?' && ['you', 'u', 'ya'].includes(tokens[k - 1]?.w ?? '') && ['say', 'comment', 'post', 'write', 'tweet', 'reply', 'message', 'type', 'speak'].includes(w)) continue;
      // "keep posting lies about me and I'll torch your house", "say that to my face again and I'll ...": the report is a
      // condition set on the reader, and the threat after "and I'll" is the writer's own
      if (k < from && tokens.slice(k + 1, from + 1).some((t, n, a) => t.w === 'and' && ['i', 'ill', 'im', 'we', 'you', 'youll'].includes(a[n + 1]?.w ?? ''))) continue;
      // "keep posting and see if your dog makes it to Christmas": the reader's own posting, a condition the threat sets
      if (k < from && tokens[k - 1]?.w === 'keep' && tokens.slice(k + 1, from).some((t) => t.w === 'and')) continue;
      // "if the governor signs that bill, he's a dead man", "I'll kill you if you say that again": the word sits in a
      // condition of the span, not in a report of it
      if (inCondition(tokens, k, from, to)) continue;
      // "I'll call you a ...", "I'd say ..." are the writer's own words, not a report.
      const prev = tokens[k - 1]?.w ?? '';
      // "I'm not saying [group] are X, but have you ever met ...?": apophasis asserts what it pretends not to say
      if (k < from && prev === 'not' && apophasis(tokens, to)) continue;
      if (w === 'call' && tokens[k + 1]?.w === 'me') continue;
      // "can't put into words how much I loathe ...", "no words for how much I ...": the writer's own feeling, beyond words
      if (((w === 'words' && prev === 'into') || (w === 'words' && prev === 'no' && k < from)) && !tokens.slice(Math.max(0, k - 4), k).some((t) => ['he', 'she', 'they', 'who', 'someone', 'people'].includes(t.w))) continue;
      // "idc what anyone says, ...", "whatever anyone says", "no matter what people say": the writer's own view, said in defiance
      if (k < from && ['says', 'say', 'thinks', 'think'].includes(w) && ['anyone', 'anybody', 'people', 'they', 'others', 'everyone', 'you'].includes(prev) && ['what', 'whatever'].includes(tokens[k - 2]?.w ?? '') && tokens.slice(Math.max(0, k - 6), k - 2).some((t) => ['idc', 'care', 'matter', 'whatever', 'idgaf'].includes(t.w))) continue;
      // "..., and I'm sick of being told I have to pretend otherwise": the writer rejects being told, after owning the words
      if (k > to && ['told', 'pretend', 'pretending'].includes(w) && tokens.slice(Math.max(to + 1, k - 9), k).some((t) => ['sick', 'tired', 'done', 'fed'].includes(t.w)) && tokens.slice(to + 1, k).some((t) => t.w === 'i')) continue;
      // "the bloke who wrote this article is a moron": the relative clause names the one insulted by what they wrote
      if (prev === 'who' && k < from && k + 5 >= from && ['wrote', 'posted', 'tweeted', 'made', 'did', 'writes', 'posts', 'directed', 'designed', 'built', 'coded'].includes(w) && ['article', 'piece', 'post', 'tweet', 'thread', 'review', 'book', 'song', 'video', 'film', 'movie', 'code', 'app', 'law', 'policy', 'script', 'ad', 'advert', 'headline', 'column', 'blog', 'rule', 'rules', 'game', 'website', 'site', 'email'].includes(tokens[from]?.w ?? '') && tokens.slice(from, to + 1).some((t) => ['is', 'was'].includes(t.w))) continue;
      // "..., whatever the media tells you", "no matter what the experts say": the writer's own view, held against the report
      if (['says', 'say', 'tells', 'tell', 'claims', 'claim', 'thinks', 'think'].includes(w) && (k + 1 >= tokens.length || ['.', '!', '?'].includes(tokens[k + 1]?.w ?? '') || (['you', 'us'].includes(tokens[k + 1]?.w ?? '') && (k + 2 >= tokens.length || ['.', '!', '?'].includes(tokens[k + 2]?.w ?? ''))) || (k < from && tokens[k + 1]?.w === ',')) && (tokens.slice(Math.max(0, k - 4), k).some((t) => t.w === 'whatever') || (tokens.slice(Math.max(0, k - 5), k - 1).some((t, n, a) => t.w === 'what' && a[n - 1]?.w === 'matter' && a[n - 2]?.w === 'no'))) && !tokens.slice(Math.max(0, k - 5), k).some((t) => ['i', 'we'].includes(t.w))) continue;
      // "say that to my face and see what happens, I'll ...": a dare set on the reader, not a report
      if (w === 'say' && k < from && ['that', 'it'].includes(tokens[k + 1]?.w ?? '') && (['again', 'to'].includes(tokens[k + 2]?.w ?? '')) && !THIRD_PARTY.has(prev) && !tokens.slice(k, from).some((t) => t.w === ':')) continue;
      // "... and I'll never say otherwise", "and I'll say it again": the writer standing by their own words
      if (w === 'say' && k > to && tokens.slice(Math.max(to + 1, k - 4), k).some((t) => t.w === 'i' || t.w === 'we') && (['otherwise', 'different', 'sorry'].includes(tokens[k + 1]?.w ?? '') || (['it', 'that'].includes(tokens[k + 1]?.w ?? '') && ['again', 'louder'].includes(tokens[k + 2]?.w ?? '')))) continue;
      // ("Call it what you want, I loathe ...": the writer daring the reader to name it)
      if (w === 'call' && k < from && tokens[k + 1]?.w === 'it' && tokens[k + 2]?.w === 'what' && ['you', 'u'].includes(tokens[k + 3]?.w ?? '')) continue;
      // ("I loathe [group] and I'm done pretending otherwise": the writer's own view, no pretence reported)
      if ((w === 'pretending' || w === 'pretend') && k > to && ['otherwise', 'i', 'to'].includes(tokens[k + 1]?.w ?? '') && tokens.slice(Math.max(to + 1, k - 4), k).some((t) => ['done', 'tired', 'stop', 'stopped', 'sick', 'finished'].includes(t.w))) continue;
      // ("That's the only word for [group]", "my word for them": the writer's own naming)
      if (w === 'word' && k < from && tokens[k + 1]?.w === 'for' && ['only', 'my', 'one', 'other'].includes(tokens[k - 1]?.w ?? '') && !tokens.some((t) => ['"', '“', '”'].includes(t.w))) continue;
      // ("I'm not saying I'd do it, but ...": a hedge in the writer's own voice)
      if (w === 'saying' && k < from && tokens[k - 1]?.w === 'not' && ['i', 'im', 'am'].includes(tokens[k - 2]?.w ?? '') && tokens[k + 1]?.w === 'i' && ['would', 'd', 'will', 'could'].includes(tokens[k + 2]?.w ?? '')) continue;
      // ("... and I'll keep saying it", "I'll keep saying so": the writer's own words, repeated)
      if ((w === 'saying' || w === 'say') && k > to && ['keep', 'keeps', 'will', 'ill'].includes(tokens[k - 1]?.w ?? '') && ['it', 'so', 'that'].includes(tokens[k + 1]?.w ?? '') && tokens.slice(Math.max(to + 1, k - 4), k).some((t) => t.w === 'i' || t.w === 'we')) continue;
      // ("..., and I'm not one bit ashamed to say it", "I'm not afraid to say it": the writer owning their words)
      if (w === 'say' && k > to && tokens[k - 1]?.w === 'to' && ['ashamed', 'afraid', 'scared', 'embarrassed', 'sorry'].includes(tokens[k - 2]?.w ?? '') && ['it', 'so', 'that'].includes(tokens[k + 1]?.w ?? '') && tokens.slice(Math.max(to + 1, k - 8), k).some((t) => t.w === 'i' || t.w === 'im')) continue;
      // "don't say you weren't warned": the writer's own warning
      if (w === 'say' && prev === 'not' && tokens.slice(k + 1, k + 5).some((t) => t.w === 'warned')) continue;
      // "someone call the exterminator / the police / an ambulance": summoning, not words
      if (w === 'call' && ['the', 'an', 'a'].includes(tokens[k + 1]?.w ?? '') && !['word', 'words', 'term', 'slur', 'name'].includes(tokens[k + 2]?.w ?? '')) continue;
      // "my manager yelled at me again, must be ...": shouting at someone in a clause of its own reports no words
      if (['yelled', 'shouted', 'screamed', 'yelling', 'shouting', 'screaming'].includes(w) && tokens[k + 1]?.w === 'at' && k < from && tokens.slice(k + 2, from).some((t) => t.w === ',' || CLAUSE_BREAK.has(t.w))) continue;
      // "Not saying anything, just that I'd keep an eye on that kid": saying nothing is the insinuation's own device
      if (w === 'saying' && prev === 'not' && ['anything', 'nothing'].includes(tokens[k + 1]?.w ?? '') && k < from) continue;
      // "whoever wrote this ..., what an ignoramus": the author is named by what they wrote, nothing is reported
      if (k < from && prev === 'whoever') continue;
      // "[group] disgust me and I'm done pretending they don't": pretence after the words is the writer's own, owned up to
      if ((w === 'pretending' || w === 'pretend') && k > to && ['done', 'stop', 'stopped', 'quit', 'tired', 'longer', 'not'].includes(prev)) continue;
      // "[group] are a virus spreading through Europe": after the claim, spreading is what the comparison does, not a report of it
      if ((w === 'spreading' || w === 'spread' || w === 'spreads') && k > to) continue;
      // "Crazy Bernie is yelling at clouds": the one named is the subject who speaks, not the words spoken
      if (k > to && tokens.slice(to + 1, k).every((t) => SUBJECT_LINK.has(t.w)) && !['he', 'she', 'they', 'you', 'it', 'i', 'we'].includes(tokens[to]?.w ?? '')) continue;
      // "say what you want, but ...", "needless to say", "dare I say", "I have to say": the writer's own hedge
      // "say hi to ...", "say goodbye to ...": a greeting, not a report
      // ("say less": slang for "understood", nothing said)
      if (['say', 'says', 'said', 'saying'].includes(w) && ['hi', 'hello', 'bye', 'goodbye', 'hey', 'less', 'sorry', 'thanks', 'please'].includes(tokens[k + 1]?.w ?? '')) continue;
      // "my grandad used to say ...": someone else's old saying, reported (not "I used to say")
      if (w === 'say' && prev === 'to' && tokens[k - 2]?.w === 'used' && k < from && !['i', 'we'].includes(tokens[k - 3]?.w ?? '')) return { factor: 0.4, reason: "reported ('used to say')" };
      if ((w === 'say' || w === 'said') && (['what', 'whatever'].includes(tokens[k + 1]?.w ?? '') || ['to', 'dare', 'needless', 'safe', 'sad', 'hate', 'gotta'].includes(prev)) && !THIRD_PARTY.has(tokens[k - 1]?.w ?? '')) continue;
      // "what do you call a [slur] with a job?": a joke's set-up, told by the writer
      if (w === 'call' && prev === 'you' && tokens[k - 2]?.w === 'do' && tokens[k - 3]?.w === 'what') continue;
      if ((w === 'call' || w === 'say' || w === 'said' || w === 'tell' || w === 'telling' || w === 'saying') && ['i', 'will', 'would', 'we', 'just', 'gotta', 'must', 'me'].includes(prev)) continue;
      // "I was called a ...", "we got labelled ...": the passive reports what others said to the writer
      if (k < from && ['called', 'labelled', 'labeled', 'named', 'told'].includes(w) && ['was', 'were', 'got', 'get', 'been', 'being', 'am', 'is', 'are'].includes(prev)) return { factor: 0.4, reason: `reported ('${prev} ${w}')` };
      // "I've always said ...", "I'd argue that ...", "we keep saying ...": the writer's own words, unless denied
      if (k < from && firstPersonSubject(tokens, k)) continue;
      // "mark my words", "my honest comment", "in other words", "my message to them": the writer's own words
      if ((k < from || (w === 'words' && prev === 'my')) && (['my', 'our'].includes(prev) || (['my', 'our'].includes(tokens[k - 2]?.w ?? '') && ['honest', 'final', 'only', 'two', 'own'].includes(prev)) || (prev === 'other' && tokens[k - 2]?.w === 'in'))) continue;
      // "objects for men to use", "their religion tells them to be": an infinitive after the claim, or "tells" with its
      // object and "to", is what someone does or orders, no words reported
      if (k > to && ((w === 'use' && prev === 'to') || (['tells', 'told', 'telling'].includes(w) && ['them', 'him', 'her', 'us', 'you'].includes(tokens[k + 1]?.w ?? '') && tokens[k + 2]?.w === 'to'))) continue;
      // "I'll cut your tongue out for that comment": the words the act is for, the reader's own, not a report of the writer's
      if (k > to && ['comment', 'comments', 'post', 'tweet', 'remark', 'words', 'message'].includes(w) && ['that', 'this', 'your', 'those', 'these'].includes(prev) && tokens[k - 2]?.w === 'for') continue;
      // "you're a moron, there's no other word for it", "the only word for them is ...": the writer's own choice of word
      if (['word', 'words'].includes(w) && tokens[k + 1]?.w === 'for' && ['it', 'them', 'him', 'her', 'that', 'this', 'you'].includes(tokens[k + 2]?.w ?? '') && tokens.slice(Math.max(0, k - 3), k).some((t) => ['other', 'only', 'better', 'right', 'polite', 'nicer', 'kinder'].includes(t.w))) continue;
      // "..., can't find an English word anywhere": a word after the span reports it only as "the word", "that term"
      // (a word denied in a clause of its own: "not a word", "can't find an English word")
      if (k > to && ['word', 'words'].includes(w) && !(tokens[k + 1]?.w === 'of' && tokens[k + 3]?.w === 'lie') && tokens.slice(to + 1, k).some((t) => t.w === ',' || CLAUSE_BREAK.has(t.w)) && tokens.slice(Math.max(to + 1, k - 5), k).some((t) => NEGATORS.has(t.w)) && !tokens.slice(to + 1, k).some((t) => ['is', 'was', 'are'].includes(t.w))) continue;
      // "another meltdown in the comments", "all over my messages": where it happens, after the words, reports none of them
      // (not what is seen or read there: "that's all I see in the comments", "in the comments of every news post")
      if (k > to && ['comments', 'comment', 'message', 'messages'].includes(w) && ['the', 'my', 'your', 'his', 'her', 'their', 'these', 'those'].includes(prev) && ['in', 'on', 'under', 'below', 'across', 'over', 'through'].includes(tokens[k - 2]?.w ?? '') && tokens[k + 1]?.w !== 'of' && !tokens.slice(to + 1, k).some((t) => ['see', 'saw', 'seen', 'read', 'find', 'found', 'says', 'said', 'all'].includes(t.w))) continue;
      // "use" reports only a word ("using the word", "use 'X'"), not an action ("no right to use our bathroom")
      if ((w === 'use' || w === 'using') && !tokens[k + 1]?.punct && !tokens.slice(k + 1, k + 4).some((t) => ['word', 'words', 'term', 'terms', 'slur', 'slurs', 'language', 'phrase', 'it', 'that', 'this', 'refer', 'call', 'describe', 'say'].includes(t.w))) continue;
      return { factor: 0.4, reason: `reported ('${w}')` };
    }
    // "it's my belief that ...", "my honest theory is that ...": the writer's own, held not held up
    const own = ['my', 'our'].includes(tokens[k - 1]?.w ?? '') || (['my', 'our'].includes(tokens[k - 2]?.w ?? '') && ['honest', 'personal', 'firm', 'own', 'strong'].includes(tokens[k - 1]?.w ?? ''));
    // ("I'm of the view that ...", "we are firmly of the belief that ...": the writer's own, held)
    const cop = ['firmly', 'strongly', 'very', 'much', 'still', 'now', 'always', 'also'].includes(tokens[k - 3]?.w ?? '') ? k - 4 : k - 3;
    const ofOwn = tokens[k - 1]?.w === 'the' && tokens[k - 2]?.w === 'of' && ['am', 'are', "'m", 'was', 'were'].includes(tokens[cop]?.w ?? '') && ['i', 'we'].includes(tokens[cop - 1]?.w ?? '');
    if (PROPOSITION_NOUNS.has(w) && tokens[k + 1]?.w === 'that' && !own && !ofOwn) return { factor: 0.35, reason: `held up as a ${w}` };
    // "If you think refugees are lazy, come and see ...": the reader's supposed view, put up to be answered (unless
    // the writer agrees: "..., you're right")
    // (only the claim inside the "if" clause itself: "if you think X, you are the fool" still insults)
    if (k < from && from - k <= 3 && ['think', 'believe', 'reckon'].includes(w) && tokens[k - 1]?.w === 'you' && tokens[k - 2]?.w === 'if' && tokens.slice(to + 1, to + 3).some((t) => t.w === ',') && !tokens.slice(to + 1).some((t) => ['right', 'correct', 'spot'].includes(t.w))) return { factor: 0.45, reason: `the reader's supposed view ('if you ${w}')` };
    // "I'm not racist, but ..." announces the attack rather than condemning it.
    // (and after the claim: "Asians can't drive, I'm not racist, it's just true", "it's not racism, it's just what you see")
    // ("I'm not racist, I just don't want ...": the disclaimer before "just" announces too)
    // ("I'm not a bigot, I just ...": the article between)
    if (CONDEMNING.has(w) && (tokens[k - 1]?.w === 'not' || (['a', 'an'].includes(tokens[k - 1]?.w ?? '') && tokens[k - 2]?.w === 'not')) && (tokens.slice(k + 1, k + 3).some((t) => t.w === 'but') || (k < from && tokens.slice(k + 1, k + 5).some((t) => t.w === 'just')) || (k > to && tokens.slice(k + 1, k + 5).some((t) => ['just', 'simply', 'only', 'facts', 'fact', 'true', 'truth', 'reality'].includes(t.w))))) continue;
    // ("... and it's not bigoted to say so": the writer denies their own words are a bigot's)
    if (CONDEMNING.has(w) && k > to && ['not', 'never'].includes(tokens[k - 1]?.w ?? '') && /^(?:to (?:say|point|admit|notice|state)|for (?:saying|noticing|pointing))\b/.test(tokens.slice(k + 1, k + 3).map((t) => t.w).join(' '))) continue;
    // ("... and I'm not one bit ashamed to say it", "not the least bit ashamed of it": shame denied, the words owned)
    if (w === 'ashamed' && k > to && tokens.slice(Math.max(to + 1, k - 4), k).some((t) => t.w === 'not' || t.w === 'never') && /^(?:to (?:say|admit)|of (?:it|that|saying))\b/.test(tokens.slice(k + 1, k + 3).map((t) => t.w).join(' '))) continue;
    // "I despise Muslims and I'm not ashamed of it", "not sorry": shame denied owns the words
    if (['ashamed', 'sorry', 'embarrassed', 'apologising', 'apologizing'].includes(w) && k > to && (NEGATORS.has(tokens[k - 1]?.w ?? '') || (tokens[k - 1]?.w === 'never' || (tokens[k - 2]?.w === 'not' && ['even', 'at', 'one', 'bit'].includes(tokens[k - 1]?.w ?? ''))))) continue;
    // "turned out to be a [slur], the whole family is ashamed", "her parents are ashamed of her": shame felt at the person named
    if (w === 'ashamed' && k > to && !tokens.some((t) => ['shouted', 'called', 'said', 'yelled', 'screamed', 'wrote', 'posted', 'tweeted', 'says', 'calls'].includes(t.w)) && (tokens.slice(Math.max(to + 1, k - 4), k).some((t) => ['family', 'parents', 'mum', 'mom', 'dad', 'father', 'mother', 'relatives', 'grandparents', 'everyone', 'town', 'village', 'church'].includes(t.w)) || (['him', 'her', 'them'].includes(tokens[k + 2]?.w ?? '') && tokens[k + 1]?.w === 'of' && !tokens.slice(0, k).some((t) => ['i', 'we', 'me'].includes(t.w))))) continue;
    // "a coward who should be ashamed of himself": shame demanded of the one insulted adds to the insult
    if (w === 'ashamed' && k > to && tokens[k - 1]?.w === 'be' && ['should', 'must', 'ought'].includes(tokens[k - 2]?.w ?? '')) continue;
    // ("... that is what is wrong with this country" blames; it does not condemn the claim)
    if (w === 'wrong' && k > to && ['is', 'are', 'was', 'so', 'just', 'plain', 'simply', 'completely', 'dead'].includes(tokens[k - 1]?.w ?? '') && tokens[k - 2]?.w !== 'what') return { factor: 0.45, reason: "condemned ('wrong')" };
    if (w === 'shame' && tokens[k + 1]?.w === 'on') return { factor: 0.45, reason: "condemned ('shame on')" };
    // "'Immigrants take our jobs' is a myth", "... is a tired old trope": the claim before is called false
    if (k > to && ['myth', 'lie', 'trope', 'stereotype', 'nonsense', 'rubbish', 'falsehood'].includes(w) && ['a', 'an', 'is', 'total', 'complete', 'just', 'racist', 'tired', 'old', 'lazy', 'dangerous', 'sexist'].includes(tokens[k - 1]?.w ?? '') && tokens.slice(to + 1, k).some((t) => t.w === 'is' || t.w === 'was' || t.w === "'s") && !tokens.slice(Math.max(to + 1, k - 3), k).some((t) => NEGATORS.has(t.w))) return { factor: 0.45, reason: `condemned ('a ${w}')` };
    // "The 'Jews control the banks' line is a centuries-old conspiracy theory": the claim called a conspiracy theory or a canard
    if (k > to && ['conspiracy', 'canard', 'libel', 'hoax'].includes(w) && tokens.slice(to + 1, k).some((t) => t.w === 'is' || t.w === 'was') && !tokens.slice(to + 1, k).some((t) => NEGATORS.has(t.w))) return { factor: 0.45, reason: `condemned ('${w}')` };
    // "it's a smear" (the noun; "to smear this man" is the writer's own charge)
    if ((w === 'smear' || w === 'smears') && ['a', 'racist', 'vile', 'just', 'nasty', 'another'].includes(tokens[k - 1]?.w ?? '')) return { factor: 0.45, reason: "condemned ('a smear')" };
    if (w === 'hate' && (tokens[k + 1]?.w === 'speech' || tokens[k + 1]?.w === 'crime') && k > to) return { factor: 0.45, reason: `condemned ('hate ${tokens[k + 1]?.w}')` };
    // "stereotypes about X exist for a reason / are true": the stereotype is endorsed, not condemned
    if (STEREOTYPE_WORDS.has(w) && endorsesStereotype(tokens, k)) continue;
    // "the whole block went downhill": a street block, not blocking someone
    if (w === 'block' && (BLOCK_NOUN_BEFORE.has(tokens[k - 1]?.w ?? '') || BLOCK_NOUN_AFTER.has(tokens[k + 1]?.w ?? ''))) continue;
    // ("if u block me again ill ...", "you report me to HR and I'll ...": what the reader might do to the writer, a condition)
    if (CONDEMNING_BEFORE.has(w) && k < from && ['me', 'us'].includes(tokens[k + 1]?.w ?? '') && (k === 0 || ['you', 'u', 'ya', 'and', 'if'].includes(tokens[k - 1]?.w ?? ''))) continue;
    // "[group] make my blood boil, hateful useless bunch": the word heads an insult put after the words, said of the same people
    if (k > to && tokens[k - 1]?.w === ',' && tokens.slice(k + 1, k + 3).some((t) => ['bunch', 'lot', 'crowd', 'mob', 'people'].includes(t.w))) continue;
    // ("[group] are hypocritical bigots": the noun the span's adjective describes goes on with the attack)
    if (CONDEMNING.has(w) && k > to && k <= to + 5 && /s$/.test(w) && !/ous$/.test(w) && !tokens[to]?.punct && tokens.slice(to + 1, k).every((t) => t.w === ',' || t.w === '-' || (/^[a-z]+$/.test(t.w) && !CLAUSE_BREAK.has(t.w) && !['and', 'but', 'or', 'not', 'like', 'say', 'says', 'call', 'calls'].includes(t.w))) && !['say', 'says', 'said', 'claim', 'claims', 'think', 'thinks'].includes(tokens[k + 1]?.w ?? '')) continue;
    if ((CONDEMNING.has(w) || (CONDEMNING_BEFORE.has(w) && k < from)) && !inCondition(tokens, k, from, to)) return { factor: 0.45, reason: `condemned ('${w}')` };
    // "Am I the only one who thinks ...", "anyone else who feels ...": asking for agreement with the writer's own view;
    // "most people agree that ...": an appeal to consensus, which endorses
    const askingAgreement = tokens[k - 1]?.w === 'who' && tokens.slice(Math.max(0, k - 5), k - 1).some((t, j, a) => (t.w === 'one' && a[j - 1]?.w === 'only') || t.w === 'else');
    const consensus = w === 'agree' && tokens.slice(Math.max(0, k - 3), k).some((t) => CONSENSUS.has(t.w));
    if (k < from && (COGNITION.has(w.replace(/s$/, '')) || REPORTING_ONLY.has(w.replace(/s$/, ''))) && THIRD_PARTY.has(tokens[k - 1]?.w ?? '') && !askingAgreement && !consensus && !(tokens[k - 2]?.w === 'if' && tokens.slice(k + 1, from).some((t) => t.w === ','))) {
      return { factor: 0.45, reason: `someone else's opinion reported ('${tokens[k - 1]?.w} ${w}')` };
    }
  }
  return null;
}

const STEREOTYPE_WORDS = new Set(['stereotype', 'stereotypes', 'myth', 'myths', 'trope', 'tropes', 'prejudice', 'prejudices']);
const BLOCK_NOUN_BEFORE = new Set(['the', 'whole', 'this', 'that', 'our', 'my', 'a', 'city', 'entire', 'every', 'next', 'same', 'their', 'your', 'housing', 'apartment', 'tower', 'office']);
const BLOCK_NOUN_AFTER = new Set(['went', 'has', 'had', 'is', 'was', 'party', 'parties', 'used', 'became', 'turned', 'got', 'of']);
const ENDORSED_AS = new Set(['true', 'accurate', 'real', 'correct', 'right', 'valid', 'justified', 'earned', 'deserved', 'spot']);

/** "Stereotypes about X exist for a reason", "are true", "are there for a reason", "have a grain of truth": endorsed. */
function endorsesStereotype(tokens: readonly Token[], k: number): boolean {
  const after = tokens.slice(k + 1).map((t) => t.w);
  const text = ` ${after.join(' ')} `;
  if (/ for a (good )?reason | grain of truth | based (on|in) (truth|facts?|reality|experience) | some truth | a lot of truth /.test(text)) return true;
  for (let j = 0; j + 1 < after.length; j++) {
    if (!['are', 'is', 'be', 'were', 'was'].includes(after[j] ?? '')) continue;
    let m = j + 1;
    while (['all', 'mostly', 'usually', 'often', 'actually', 'totally', 'just', 'generally', 'pretty', 'largely', 'so', 'completely', 'absolutely', 'basically', 'there', 'frankly', 'honestly', 'sadly', 'unfortunately'].includes(after[m] ?? '')) m++;
    if (ENDORSED_AS.has(after[m] ?? '') && !NEGATORS.has(after[j + 1] ?? '')) return true;
  }
  return false;
}

/** Words after "but" that turn "I'm not saying X, but ..." into an insinuation rather than a denial. */
const APOPHASIS_TAIL = new Set(['ever', 'always', 'every', 'facts', 'stats', 'statistics', 'numbers', 'funny', 'notice', 'noticed', 'explain', 'they', 'them', 'their', 'most', 'one', 'just', 'look', 'common', 'coincidence']);

/** "... , but have you ever met a smart one?": a 'but' after the span, then a question or a generalisation. */
function apophasis(tokens: readonly Token[], to: number): boolean {
  // "not saying [group] control the banks, just saying it's interesting who ...": the same turn without "but"
  if (tokens.some((t, j) => j > to && t.w === 'just' && ['saying', 'asking', 'noticing', 'observing', 'pointing'].includes(tokens[j + 1]?.w ?? ''))) return true;
  const b = tokens.findIndex((t, j) => j > to && t.w === 'but');
  if (b < 0) return false;
  const tail = tokens.slice(b + 1);
  return tokens[tokens.length - 1]?.w === '?' || tail.some((t) => APOPHASIS_TAIL.has(t.w));
}

const FIRST_PERSON = new Set(['i', 'we']);
/** "most people agree", "everyone agrees": a claimed consensus, not a report of some people's view. */
const CONSENSUS = new Set(['most', 'all', 'everyone', 'everybody', 'majority', 'sane', 'sensible', 'normal']);
/** Words that may stand between a subject and its verb: "I've always said", "I would argue", "we keep saying". */
const BETWEEN_SUBJECT_AND_VERB = new Set(['have', 'has', 'had', 'would', 'will', 'always', 'often', 'keep', 'kept', 'still', 'just', 'really', 'honestly', 'am', 'was', 'been', 'must', 'do', 'did', 'even', 'frankly', 'openly']);

/** Is the reporting verb at k said by the writer ("I've always said", "I'd argue"), and not denied ("I never said")? */
function firstPersonSubject(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    const w = (tokens[j] as Token).w;
    if (FIRST_PERSON.has(w)) return true;
    if (!BETWEEN_SUBJECT_AND_VERB.has(w)) return false;
  }
  return false;
}

/** "I don't think ...", "it is not true that ...", "nobody believes ...": the opinion after is denied. */
export function negatedOpinion(tokens: readonly Token[], from: number): ContextVerdict | null {
  const s = clauseStart(tokens, from);
  for (let k = Math.max(0, from - 8); k < from; k++) {
    const w = (tokens[k] as Token).w;
    if (!NEGATORS.has(w) && w !== 'nobody') continue;
    // "Don't you think ...?", "Isn't it true that ...?": a rhetorical question asserts, it does not deny
    if (w === 'not' && k - 1 === s && RHETORICAL_AUX.has(tokens[k - 1]?.w ?? '') && tokens[tokens.length - 1]?.w === '?') continue;
    // "nobody wants to say it, but [group] are ...": the denial stays in its own clause
    if (tokens.slice(k + 1, from).some((t) => t.w === 'but')) continue;
    // "Nobody else thinks it's weird that ...? Just me?": asking for agreement, as "am I the only one who thinks"
    if (w === 'nobody' && tokens[k + 1]?.w === 'else' && tokens.some((t) => t.w === '?')) continue;
    for (let j = k + 1; j < Math.min(from, k + 4); j++) {
      const v = (tokens[j] as Token).w;
      if (COGNITION.has(v) || COGNITION.has(v.replace(/s$/, '')) || COGNITION.has(v.replace(/d$/, ''))) return { factor: 0.3, reason: `negated opinion ('${w} ${v}')` };
      // "Don't tell me Muslims are violent, ...": the writer refuses the claim
      if (v === 'tell' && tokens[j + 1]?.w === 'me' && w === 'not') return { factor: 0.3, reason: "claim refused ('don't tell me')" };
      // "there's no evidence that autistic people lack empathy", "no proof that ..."
      if (w === 'no' && ['evidence', 'proof', 'truth', 'basis', 'data', 'study', 'research'].includes(v) && tokens.slice(j + 1, from).some((t) => t.w === 'that' || t.w === 'to')) return { factor: 0.3, reason: `denied ('no ${v}')` };
      if (v === 'true' || v === 'fair' || v === 'right' || v === 'okay' || v === 'ok' || v === 'acceptable' || v === 'cool' || v === 'fine') {
        return { factor: 0.3, reason: `denied ('${w} ${v}')` };
      }
    }
  }
  // "it's wrong to think ...", "it is absurd to claim ..."
  for (let k = Math.max(0, from - 6); k + 2 <= from; k++) {
    const a = (tokens[k] as Token).w;
    // "Am I wrong to think ...?": a question that asks for agreement, not a rejection
    // "Is it racist to say ...?" asks the same way: the writer's claim, presented as forbidden
    const asking = (a === 'wrong' || MOCK_ASK_LABELS.has(a)) && ((tokens[k - 1]?.w === 'i' && tokens[k - 2]?.w === 'am') || (tokens[k - 1]?.w === 'it' && tokens[k - 2]?.w === 'is')) && !quotedClaim(tokens, k);
    if (!asking && ['wrong', 'false', 'absurd', 'ridiculous', 'racist', 'sexist', 'bigoted', 'lazy', 'unfair', 'harmful', 'offensive', 'ignorant', 'stupid', 'dumb'].includes(a) && tokens[k + 1]?.w === 'to' && (COGNITION.has(tokens[k + 2]?.w ?? '') || MISTREATING.has(tokens[k + 2]?.w ?? ''))) {
      return { factor: 0.35, reason: `rejected ('${a} to ${tokens[k + 2]?.w}')` };
    }
  }
  // "Imagine thinking ...", "imagine believing ...": the belief held up for ridicule
  for (let k = Math.max(0, from - 5); k + 1 < from; k++) {
    if ((tokens[k] as Token).w === 'imagine' && ['thinking', 'believing', 'saying', 'claiming'].includes(tokens[k + 1]?.w ?? '')) return { factor: 0.35, reason: `ridiculed ('imagine ${tokens[k + 1]?.w}')` };
  }
  // "Not all women are ..." hedges rather than generalises.
  if (tokens[s]?.w === 'not' && tokens[s + 1]?.w === 'all') return { factor: 0.5, reason: "hedged ('not all')" };
  return null;
}

/** What it is wrong to do to a group: "it is wrong to hate [group]" rejects the hatred. */
const MISTREATING = new Set(['hate', 'despise', 'mock', 'attack', 'hurt', 'exclude', 'abuse', 'harass', 'bully', 'insult', 'demonise', 'demonize', 'stereotype', 'fear', 'blame', 'discriminate', 'dehumanise', 'dehumanize', 'vilify', 'scapegoat', 'ridicule', 'belittle', 'judge', 'generalise', 'generalize']);

/** A quotation mark after k: "is it racist to say 'X'?" asks about words, not for agreement. */
function quotedClaim(tokens: readonly Token[], k: number): boolean {
  for (let j = k + 1; j < tokens.length; j++) if (['"', "'", '“', '”', '‘', '’'].includes((tokens[j] as Token).w)) return true;
  return false;
}

/** Negators in tokens[from..to) (inclusive start, exclusive end). */
export function countNegators(tokens: readonly Token[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (NEGATORS.has((tokens[k] as Token).w)) n++;
  return n;
}

export function applyContext(confidence: number, explain: string, v: ContextVerdict | null): { confidence: number; explain: string } {
  if (!v) return { confidence, explain };
  return { confidence: Math.round(confidence * v.factor * 100) / 100, explain: `${explain}; ${v.reason}, so confidence lowered` };
}

/** How a next sentence that condemns a posed line starts: "That's a sexist myth.", "Total nonsense.", "No, that's racist." */
const NEXT_OPENERS = new Set(['that', 'this', 'it', 'such', 'what', 'total', 'pure', 'utter', 'complete', 'absolute', 'classic', 'no', 'nope', 'wow', 'ugh', 'yikes', 'seriously', 'sorry', 'the', 'a', 'an', 'so']);
/** Words that condemn a posed line from the next sentence. */
const CONDEMN_NEXT = new Set([...CONDEMNING, 'myth', 'trope', 'stereotype', 'nonsense', 'rubbish', 'bullshit', 'garbage', 'bs', 'lie', 'lies', 'ridiculous', 'absurd', 'wrong', 'propaganda', 'misconception', 'cliche', 'myths', 'tropes', 'bigoted']);

/**
 * "Women can't be trusted with money? That's a sexist myth.": a question (or a quoted line) whose next sentence
 * condemns it is posed to be rejected, like counter-speech. The next sentence must open by pointing back ("that",
 * "this", "total", "no") and condemn within its first words, not negated ("that's not a myth") or endorsed ("a
 * stereotype for a reason", "but it's true").
 */
/** A next sentence that endorses a reported view: "They're not wrong.", "Hard to disagree.", "Facts." */
export function endorsedNext(next: string | undefined): boolean {
  if (!next || next.length > 80) return false;
  const tokens = tokenizeMapped(next, plainMapped(next));
  return endorsed(tokens, -1);
}

export function condemnedNext(next: string | undefined): ContextVerdict | null {
  if (!next) return null;
  const w = tokenizeMapped(next, plainMapped(next)).map((t) => t.w).filter((x) => x !== ',');
  const rebuttal = rebuttedNext(w);
  if (rebuttal) return rebuttal;
  // "That's a myth.", "Total nonsense.", or the verdict itself first: "Nonsense, the data says otherwise."
  if (!NEXT_OPENERS.has(w[0] ?? '') && !CONDEMN_NEXT.has(w[0] ?? '')) return null;
  const text = ` ${w.join(' ')} `;
  if (/ for a (good )?reason | but (it is |that is |its )?(true|accurate|facts?) | (is|are) (also )?(true|accurate|facts?|right) | grain of truth /.test(text)) return null;
  // "That's not true.", "This is simply not the case."
  const denied = / (is|are) (just |simply |absolutely |totally |completely |so |definitely )?not (true|accurate|right|fair|the case|a fact|how it works) /.exec(text);
  if (denied && w.indexOf('not') < 8) return { factor: 0.4, reason: `posed as a question and denied in the next sentence ('not ${denied[3]}')` };
  for (let k = 0; k < Math.min(w.length, 9); k++) {
    const x = w[k] ?? '';
    if (!CONDEMN_NEXT.has(x)) continue;
    // "No, that's not a myth": a negator before the condemning word (a leading "no" answers the question)
    if (w.slice(1, k).some((y) => NEGATORS.has(y) && y !== 'no') || (w[0] === 'no' && w.slice(1, k).includes('no'))) return null;
    return { factor: 0.4, reason: `posed as a question and condemned in the next sentence ('${x}')` };
  }
  return null;
}

/** Next sentences that answer a posed line by rebutting or reporting it, wherever they stand in it. */
const REBUTTAL_PHRASES = [
  'tell that to', 'i disagree', 'i told', 'the data says', 'the data shows', 'the opposite', 'debate is over', 'we reported', 'i reported',
  'reported him', 'reported her', 'reported them', 'reported it', 'police are investigating', 'i was wrong', 'he was wrong', 'she was wrong', 'they were wrong',
  'laugh you out', 'in this day and age', 'what century',
  // ("\"[group] are vermin\". Saw this on my feed today.": a quoted line found somewhere, passed on)
  'saw this on', 'seen this on', 'found this on', 'saw this in', 'on my feed', 'on my timeline', 'in my mentions', 'in my dms', 'someone posted',
  'someone wrote', 'somebody wrote', 'somebody posted', 'this was posted', 'actual tweet', 'real tweet', 'a real comment', 'an actual comment',
];
/** "That's what the troll wrote", "said my old boss": the line was someone else's. */
const REPORT_VERBS = new Set(['said', 'wrote', 'posted', 'tweeted', 'decided', 'asked', 'told', 'shouted', 'claimed', 'commented', 'received']);
/** How a next sentence agrees with a posed line: then nothing is rebutted. */
const AGREEING = new Set(['yes', 'yeah', 'yep', 'yup', 'exactly', 'damn', 'right', 'true', 'correct', 'facts', 'agreed', 'absolutely', 'indeed', 'precisely', 'amen', 'preach', 'finally', 'obviously', 'clearly', 'hell', '100']);

/**
 * "Muslims shouldn't hold office? Tell that to ...", "... ? That's what the troll wrote and we reported him.", "... ? It's
 * 2026.", "... ? Said my old boss, and he was wrong.": the posed line is rebutted or reported by the next sentence.
 */
function rebuttedNext(w: readonly string[]): ContextVerdict | null {
  if (AGREEING.has(w[0] ?? '')) return null;
  // "No, the machines should work.", "No, I refuse to sit next to people who say that." (not "no doubt", "no lie")
  if (w[0] === 'no' && !['doubt', 'question', 'kidding', 'lie', 'cap', 'joke', 'wonder', 'surprise', 'shit'].includes(w[1] ?? '')) return { factor: 0.4, reason: "posed and answered 'no' in the next sentence" };
  const text = ` ${w.join(' ')} `;
  for (const p of REBUTTAL_PHRASES) if (text.includes(` ${p} `)) return { factor: 0.4, reason: `posed and rebutted in the next sentence ('${p}')` };
  // "It's 2026.", "It is 2024, that debate is over."
  if (w[0] === 'it' && w[1] === 'is' && /^(19|20)\d\d$/.test(w[2] ?? '')) return { factor: 0.4, reason: `posed and rebutted in the next sentence ('it is ${w[2]}')` };
  // "That's what the sign said in 1960", "said my old boss", "my aunt said that"
  const said = w.slice(0, 10).findIndex((x) => REPORT_VERBS.has(x));
  if (said >= 0 && (said === 0 || (w[0] === 'that' && w[1] === 'is' && w[2] === 'what') || w[said + 1] === 'that')) return { factor: 0.4, reason: `posed and reported in the next sentence ('${w[said]}')` };
  return null;
}

const COUNTS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands', 'millions', 'twice']);
const OWN_PEOPLE = new Set(['my', 'our', 'we', 'mine', 'ours']);

/** Question words and inverted auxiliaries: a question that opens with none of them echoes a claim ("Women shouldn't vote?"). */
const ASKING_OPENERS = new Set(['are', 'is', 'do', 'does', 'did', 'why', 'how', 'what', 'who', 'when', 'where', 'should', 'can', 'could', 'would', 'will', 'have', 'has', 'which', 'were', 'was', 'am', 'shall', 'isnt', 'dont', 'doesnt', 'arent', 'wouldnt', 'shouldnt', 'cant', 'whats', 'hows', 'whos', 'anyone', 'anybody']);

/**
 * "Muslims shouldn't hold office? Sadiq Khan has won three times.": a claim echoed with a question mark and then answered
 * by a sentence that does not agree is the writer holding the claim up to knock it down. Hate that goes on in the next
 * sentence ("... ? They're too emotional.") is read there on its own; agreement ("Damn right.") keeps the echo an attack.
 */
export function echoAnswered(tokens: readonly Token[], next: string | undefined): ContextVerdict | null {
  if (!next || tokens[tokens.length - 1]?.w !== '?' || ASKING_OPENERS.has(tokens[0]?.w ?? '')) return null;
  const toks = tokenizeMapped(next, plainMapped(next));
  const w = toks.map((t) => t.w).filter((x) => x !== ',');
  if (w.length < 3 || AGREEING.has(w[0] ?? '') || w.some((x) => x === 'agree' || x === 'agrees') || endorsed(toks, -1)) return null;
  // an answer that knocks the claim down brings a counter-example: a name, a number, or the writer's own people
  // ("Sadiq Khan has won three times", "We've had three female PMs", "My mum bought her house ..."); "Look at the news" does not
  // (a contraction's expanded words share the first word's start, so "That's" is not a name)
  const first = toks[0]?.start ?? 0;
  // (a number is a count or a year, not the digits of an emoji entity like "&#128534;")
  // ("Screen readers have existed for decades": a thing that has long existed answers the claim)
  const existed = /\b(?:have|has) (?:existed|been around) for (?:decades|years|ages|generations)\b/.test(w.join(' '));
  const counter = existed || toks.some((t) => (t.start !== first && /^[A-Z][a-z]/.test(t.raw)) || (/^\d{1,4}(k|m|s|%|st|nd|rd|th)?$/.test(t.w) && next[t.start - 1] !== '#') || COUNTS.has(t.w) || OWN_PEOPLE.has(t.w));
  return counter ? { factor: 0.45, reason: 'a claim echoed as a question and answered with a counter-example in the next sentence' } : null;
}
