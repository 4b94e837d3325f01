/**
 * Round 13: derogation that assigns a group its place or sets terms on it rather than naming a fault. Gender roles
 * prescribed ("women should stay home with the kids", "leave the engineering to the men"), a group reduced to a use
 * ("that's what women are for", "at least they're good for something"), a right begrudged in a question ("why should
 * pensioners get a vote when they won't live to see it?"), children kept from a group as carers ("I wouldn't want a gay
 * man babysitting my son"), tolerance on a condition of control ("women engineers are fine as long as a man checks their
 * work"), and a gender refused with a stock jeer ("thinks a dress makes him a woman", "still not fooling anyone", "sure,
 * and I identify as a helicopter").
 *
 * Each shape names what makes an honest sentence pass: a choice ("if they want to"), a harm the group suffers ("why
 * should disabled people get paid less?"), a negation, or a condition that protects ("as long as they feel safe").
 */
import type { GroupMention } from '../find-groups';
import { CHILDREN } from '../lexicon/derogation';
import type { Attack } from '../predicate';
import { CLAUSE_BREAK, NEGATORS, type Token } from '../tokens';
import { clauseEnd, find, hasPraise, hit, identityIn, lastWord, negatedIn, writerIsMember, type Words } from './shared';

const FEMALE = new Set(['women', 'woman', 'girls', 'girl', 'ladies', 'lady', 'wives', 'wife', 'females', 'female', 'mothers', 'mums', 'moms', 'gals']);
const MALE = new Set(['men', 'man', 'guys', 'lads', 'blokes', 'males', 'boys', 'husbands']);

/** The home duties a gender role confines women to (the first word of each, then what follows it). */
const DOMESTIC: readonly string[] = [
  'stay home', 'stay at home', 'stay in the kitchen', 'be in the kitchen', 'go back to the kitchen', 'get back in the kitchen', 'stick to the kitchen',
  'look after the kids', 'look after the children', 'raise the kids', 'raise kids', 'raise the children', 'raise children', 'have babies', 'make babies',
  'be housewives', 'be a housewife', 'keep house', 'cook and clean', 'do the cooking', 'do the cleaning', 'do the housework', 'serve their husbands',
  'obey their husbands', 'submit to their husbands', 'make sandwiches', 'make the coffee', 'make the tea', 'get the coffees', 'take the notes',
  'make yourself useful', 'stayed home', 'stayed at home', 'stayed in the kitchen', 'knew their place', 'know their place',
];
/** Words that make a home duty a choice or a right, not a place assigned: "should be free to stay home if they want". */
const CHOSEN = new Set(['if', 'want', 'wants', 'choose', 'chooses', 'able', 'free', 'allowed', 'option', 'choice', 'afford', 'paid', 'support', 'deserve', 'right']);
/** What gives the role: a norm, a verdict of happiness or a job description. */
const ROLE_NORMS = new Set(['should', 'must', 'ought', 'need', 'needs', 'belong', 'belongs', 'better', 'happier', 'job', 'place', 'duty', 'role']);

function phraseAt(words: Words, i: number, phrases: readonly string[]): number {
  for (const p of phrases) {
    const parts = p.split(' ');
    if (parts.every((x, k) => words[i + k] === x)) return i + parts.length - 1;
  }
  return -1;
}

/**
 * A home duty prescribed to women: "women should stay home with the kids, that's their job", "women were happier when
 * they stayed home", "ladies, go make the coffee"; and work that is reserved for men: "leave the engineering to the
 * men", "let the men make the decisions", "the men will do the real work".
 */
export function genderRole(words: Words, groups: readonly GroupMention[]): Attack | null {
  const women = groups.find((g) => !g.pronoun && g.characteristic === 'gender' && words.slice(g.from, g.to + 1).some((w) => FEMALE.has(w)));
  const men = groups.find((g) => !g.pronoun && g.characteristic === 'gender' && words.slice(g.from, g.to + 1).some((w) => MALE.has(w)));
  if (women && !writerIsMember(words, women)) {
    for (let i = women.to + 1; i < words.length; i++) {
      const e = phraseAt(words, i, DOMESTIC);
      if (e < 0) continue;
      const before = words.slice(women.to + 1, i);
      const after = words.slice(e + 1, clauseEnd(words, e + 1, 10) + 1);
      // "should be free to stay home if they want", "shouldn't have to do all the housework": a choice, a burden lifted
      if (before.some((w) => CHOSEN.has(w) || NEGATORS.has(w)) || after.some((w) => CHOSEN.has(w))) return null;
      // "women should stay home when they have the flu, same as men": an illness rule for everyone
      if (after.some((w) => ['flu', 'sick', 'ill', 'covid', 'fever', 'contagious', 'cold'].includes(w)) || words.some((w, k) => w === 'same' && words[k + 1] === 'as')) return null;
      const norm = before.some((w) => ROLE_NORMS.has(w)) || words.slice(e + 1).some((w) => ROLE_NORMS.has(w) || w === 'deal');
      if (norm) return hit(women.from, e, women, 'derogation', 'a home duty prescribed');
    }
  }
  // "leave the engineering to the men", "let the men make the decisions", "the men will do the real work"
  if (men) {
    const b = words[men.from - 1] === 'the' ? men.from - 1 : men.from;
    const leave = words.slice(Math.max(0, b - 6), b).includes('leave') && words[b - 1] === 'to';
    // ("let the men make dinner tonight": a home duty handed to men is no exclusion of women)
    const letMen = words[b - 1] === 'let' && ['make', 'decide', 'handle', 'do', 'lead', 'run', 'talk', 'think'].includes(words[men.to + 1] ?? '') && !['dinner', 'lunch', 'breakfast', 'tea', 'coffee', 'the dishes', 'dishes'].includes(words[men.to + 2] ?? '');
    const real = find(words, 'the real work') > men.to || find(words, 'the real job') > men.to || find(words, 'the serious') > men.to;
    // "leave the cooking to the men tonight": men given the home duty is no exclusion of women
    const chores = words.slice(Math.max(0, b - 6), b).some((w) => ['cooking', 'cleaning', 'washing', 'dishes', 'ironing', 'housework', 'hoovering', 'babysitting', 'nappies'].includes(w));
    if ((leave || letMen || real) && !chores && !negatedIn(words, Math.max(0, b - 6), b) && (women || words.some((w) => FEMALE.has(w) || ['sweetheart', 'love', 'darling', 'hun', 'honey', 'sweetie'].includes(w)))) {
      return hit(Math.max(0, b - 4), men.to, men, 'derogation', 'work reserved for men');
    }
  }
  return null;
}

/**
 * A group reduced to a use: "that's what women are for", "all they're good for", "at least they're good for something",
 * "at least they work cheap". The group is named in the sentence; "that's what friends are for" names none.
 */
export function reducedToUse(words: Words, groups: readonly GroupMention[]): Attack | null {
  const g = groups.find((m) => !m.pronoun);
  if (!g) return null;
  // "that's what [group] are for / good for"
  for (const u of groups) {
    const a = reducedAt(words, u);
    if (a) return a;
  }
  return atLeast(words, groups, g);
}

function reducedAt(words: Words, g: GroupMention): Attack | null {
  if (!g.pronoun && (words[g.from - 1] === 'what' || (words[g.from - 1] === 'the' && words[g.from - 2] === 'what'))) {
    let j = g.to + 1;
    if (['are', 'is', 'were'].includes(words[j] ?? '')) j++;
    while (['only', 'just', 'really', 'all'].includes(words[j] ?? '')) j++;
    if (words[j] === 'for' || (['good', 'made', 'built', 'useful'].includes(words[j] ?? '') && words[j + 1] === 'for')) {
      const end = words[j] === 'for' ? j : j + 1;
      // "what women are for": a use assigned; "what women are fighting for" is no use
      if (words[end + 1] === undefined || CLAUSE_BREAK.has(words[end + 1] ?? '') || [',', 'lol', 'anyway', 'innit', 'right'].includes(words[end + 1] ?? '')) return hit(Math.max(0, g.from - 3), end, g, 'derogation', "that's what [group] are for");
    }
  }
  return null;
}

/** "at least they're good for something", "at least they work cheap", "at least the [group] are useful for ...". */
function atLeast(words: Words, groups: readonly GroupMention[], g: GroupMention): Attack | null {
  const a = find(words, 'at least');
  if (a > g.to && a - g.to <= 14) {
    let j = a + 2;
    if (['they', 'them', 'he', 'she'].includes(words[j] ?? '') || (words[j] === 'the' && groups.some((m) => m.from === j + 1))) j += words[j] === 'the' ? 1 : 1;
    else return null;
    while (['are', 'is', "'re", "'s", 'will', 'can', 'do', 'really', 'still'].includes(words[j] ?? '')) j++;
    const rest = words.slice(j, j + 4).join(' ');
    if (/^(good|useful|handy) for (something|anything|one thing|that)/.test(rest) || /^(work|works|working|come|comes) cheap/.test(rest) || /^(cheap|cheaper)\b/.test(rest) || /^(know|knows) their place/.test(rest)) {
      return hit(g.from, Math.min(j + 2, lastWord(words)), g, 'derogation', 'at least good for something');
    }
  }
  return null;
}

/** Rights and shares a question can begrudge: "get a vote", "get to use", "get paid the same", "get a say". */
const SHARES = new Set(['vote', 'say', 'pension', 'pensions', 'benefits', 'house', 'houses', 'housing', 'jobs', 'job', 'same', 'seat', 'place', 'voice', 'priority', 'treatment', 'time', 'visa', 'visas', 'passport', 'citizenship', 'rights', 'right', 'promotion', 'promotions', 'opinion', 'parking', 'spaces', 'space', 'beds', 'bed', 'money']);
/** What a group suffers in "why should [group] get ...": the question protests the harm. */
const HARMED = new Set(['less', 'fewer', 'little', 'nothing', 'worse', 'lower', 'blamed', 'blame', 'hurt', 'killed', 'attacked', 'abused', 'harassed', 'fired', 'sacked', 'ignored', 'targeted', 'bullied', 'denied', 'rejected', 'stopped', 'searched', 'punished', 'deported', 'evicted', 'arrested', 'left', 'passed', 'overlooked', 'singled', 'excluded', 'scammed', 'robbed', 'abuse']);

/**
 * A right or share begrudged in a "why" question: "why should pensioners get a vote when they won't live to see the
 * result?", "why should disabled people get paid the same when they do half the work?", "why do old people get to vote
 * when they'll be dead?", "why should a man in a dress get to use the women's changing room?". "Why should women get paid
 * less?" and "why shouldn't refugees get to work?" protest a harm and pass.
 */
export function begrudgedShare(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  if (words[0] !== 'why' || !['should', 'do', 'does', 'must'].includes(words[1] ?? '') || words[lastWord(words) + 1] !== '?' && words[words.length - 1] !== '?') return null;
  // "... when she's the best candidate?": merit named answers the question for the group
  if (words.some((w) => HARMED.has(w) || ['best', 'qualified', 'earned', 'deserves', 'deserve', 'merit'].includes(w)) || hasPraise(words)) return null;
  let k = 2;
  while (['a', 'an', 'the', 'all', 'every', 'any', 'some', 'these', 'those'].includes(words[k] ?? '')) k++;
  const g = identityIn(tokens, groups, k, k + 1);
  if (!g || writerIsMember(words, g)) return null;
  let j = g.to + 1;
  // "a man in a dress", "people in wheelchairs": a described member
  if (words[j] === 'in' && words[j + 1] === 'a') j += 3;
  while (['still', 'even', 'really', 'actually', 'all', 'just', 'also'].includes(words[j] ?? '')) j++;
  if (words[j] !== 'get' && words[j] !== 'have') return null;
  const v = words[j];
  const next = words[j + 1] ?? '';
  const begrudged = (v === 'get' && next === 'to' && /^[a-z]+$/.test(words[j + 2] ?? '')) ||
    (['a', 'an', 'the', 'any', 'their', 'free', 'special', 'more'].includes(next) && SHARES.has(words[j + 2] ?? '')) ||
    (v === 'get' && next === 'paid' && ['the', 'same', 'more', 'full', 'as'].includes(words[j + 2] ?? '')) ||
    SHARES.has(next);
  if (!begrudged) return null;
  // the begrudging needs its reason ("when they won't live to see it", "when they do half the work") or a share only some have
  const reason = words.slice(j + 2).some((w) => ['when', 'while', 'if', 'since', 'considering'].includes(w)) || ['same', 'women', 'ladies', 'female', 'girls', 'womens'].some((w) => words.slice(j + 1).includes(w));
  return reason ? hit(0, lastWord(words), g, 'exclusion', 'a right begrudged') : null;
}

/** Care of children that a refusal keeps from a group: "babysitting my son", "raising kids", "teaching my daughter". */
const CARE = new Set(['babysitting', 'babysit', 'raising', 'raise', 'adopting', 'adopt', 'teaching', 'teach', 'coaching', 'coach', 'minding', 'looking', 'fostering', 'foster', 'around', 'near', 'with', 'changing', 'bathing', 'watching']);

/**
 * Children kept from a group as carers, with no harm named: "I wouldn't want a gay man babysitting my son", "do we really
 * want gay couples raising kids?", "wouldn't leave my kids alone with one of those trans types". "I'd want my kids to have
 * a gay teacher like mine" has no refusal and passes.
 */
export function carersRefused(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  const c = words.findIndex((w) => CHILDREN.has(w));
  if (c < 0) return null;
  const w = words.indexOf('want');
  if (w >= 0 && w < c) {
    const refused = negatedIn(words, Math.max(0, w - 3), w) || (['do', 'does'].includes(words[w - 2] ?? '') && ['we', 'you'].includes(words[w - 1] ?? '') && words[words.length - 1] === '?') ||
      (['really', 'honestly', 'seriously'].includes(words[w - 1] ?? '') && ['we', 'you'].includes(words[w - 2] ?? '') && words[words.length - 1] === '?');
    if (refused) {
      let k = w + 1;
      while (['a', 'an', 'any', 'the', 'some', 'those', 'these'].includes(words[k] ?? '')) k++;
      const g = identityIn(tokens, groups, k, k + 2);
      if (g && g.to < c && !writerIsMember(words, g)) {
        const between = words.slice(g.to + 1, c);
        if (between.length <= 3 && between.some((x) => CARE.has(x))) return hit(w, c, g, 'exclusion', 'children kept from [group]');
      }
    }
  }
  // "wouldn't leave my kids alone with one of those [identity] types"
  const o = find(words, 'one of those');
  if (o > c && ['leave', 'let', 'trust'].some((v) => words.slice(Math.max(0, c - 3), c).includes(v)) && negatedIn(words, Math.max(0, c - 7), c)) {
    const g = identityIn(tokens, groups, o + 3, o + 4);
    if (g) return hit(Math.max(0, c - 3), g.to + 1, g, 'exclusion', 'children kept from [group]');
  }
  return null;
}

/** Conditions of control that tolerance sets: "as long as a man checks their work", "as long as he doesn't try to ...". */
const CONTROL = new Set(['check', 'checks', 'checked', 'checking', 'supervise', 'supervises', 'supervised', 'watch', 'watches', 'watched', 'keep', 'keeps', 'stay', 'stays', 'behave', 'behaves', 'quiet', 'convert', 'recruit', 'try', 'tries', 'flaunt', 'flaunts', 'shove', 'shoves', 'bring', 'brings', 'mention', 'mentions', 'talk', 'talks', 'act', 'acts', 'dress', 'dresses', 'know', 'knows', 'remember', 'remembers', 'marry', 'come', 'pray', 'speak', 'speaks']);
/** Conditions that protect the group or name what they need: "as long as they feel safe", "as long as the building is accessible". */
const KIND_CONDITIONS = new Set(['safe', 'happy', 'comfortable', 'accessible', 'supported', 'welcome', 'welcomed', 'respected', 'paid', 'treated', 'healthy', 'protected', 'ok', 'okay', 'need', 'needs', 'want', 'wants', 'consent']);

/**
 * Tolerance with a condition of control: "women engineers are fine as long as a man checks their calculations", "our gay
 * colleague is lovely, as long as he doesn't try to convert the interns", "trans people are fine as long as they keep
 * their journey out of the office".
 */
export function fineIf(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  let a = find(words, 'as long as');
  if (a < 0) a = find(words, 'so long as');
  if (a < 0) a = find(words, 'provided');
  if (a < 2) return null;
  const tolerated = words.slice(Math.max(0, a - 6), a).some((w) => ['fine', 'ok', 'okay', 'alright', 'lovely', 'great', 'nice', 'tolerable', 'welcome', 'good', 'acceptable'].includes(w));
  if (!tolerated) return null;
  const g = identityIn(tokens, groups, 0, a);
  if (!g || writerIsMember(words, g)) return null;
  const cond = words.slice(a + 2, clauseEnd(words, a + 2, 14) + 1);
  if (cond.some((w) => KIND_CONDITIONS.has(w))) return null;
  return cond.some((w) => CONTROL.has(w)) ? hit(g.from, a + 2 + cond.length - 1, g, 'derogation', 'tolerated on a condition of control') : null;
}

const GENDER_NOUNS = new Set(['woman', 'man', 'girl', 'boy', 'lady', 'female', 'male', 'women', 'men', 'bloke', 'dude', 'guy']);
/** Things that stand in a jeer for a transition: "a dress makes him a woman", "a wig", "lipstick". */
const COSTUME = new Set(['dress', 'dresses', 'wig', 'wigs', 'lipstick', 'makeup', 'skirt', 'skirts', 'heels', 'pronouns', 'hormones', 'surgery', 'name', 'beard']);
/** Absurd things a sarcastic "I identify as a ..." claims to be. */
const ABSURD_SELF = new Set(['helicopter', 'toaster', 'cat', 'dog', 'horse', 'unicorn', 'tree', 'fridge', 'microwave', 'potato', 'dragon', 'teapot', 'lamp', 'car', 'penguin', 'dinosaur', 'queen', 'king', 'billionaire', 'millionaire', 'astronaut', 'pirate', 'rock', 'chair', 'banana']);

/** The jeers below refuse a gender identity whatever word carries it: "makes him a woman" is about a trans woman. */
function transAt(named: GroupMention | null, at: number): GroupMention {
  return named?.characteristic === 'gender-identity' ? named : { from: at, to: at, characteristic: 'gender-identity', pronoun: false, weak: true };
}

/**
 * A gender refused with a stock jeer: "he thinks putting on a dress makes him a woman", "congrats on the beard, still not
 * fooling anyone" (about a trans person named here or just before), "Pronouns in the signature. Sure, and I identify as a
 * helicopter", "Sure she's a woman. And I'm the Queen of Sheba".
 */
export function genderJeer(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  const trans = groups.find((g) => !g.pronoun && g.characteristic === 'gender-identity') ?? identityIn(tokens, groups, 0, words.length);
  // "[a costume] makes him a woman": what he "thinks" or what "doesn't" make him one
  for (let i = 0; i + 3 < words.length; i++) {
    if (!['makes', 'make', 'made'].includes(words[i] ?? '') || !['him', 'her', 'them', 'you'].includes(words[i + 1] ?? '') || !['a', 'an'].includes(words[i + 2] ?? '') || !GENDER_NOUNS.has(words[i + 3] ?? '')) continue;
    const lead = words.slice(Math.max(0, i - 8), i);
    const costume = lead.some((w) => COSTUME.has(w));
    const doubted = lead.some((w) => ['thinks', 'think', 'believes', 'reckons', 'pretends'].includes(w)) || negatedIn(words, Math.max(0, i - 3), i);
    if (costume && doubted) return hit(Math.max(0, i - 6), i + 3, transAt(trans, i + 3), 'derogation', 'a costume that makes no gender');
  }
  // "still not fooling anyone", "you're not fooling anyone", "fooling nobody"
  const f = words.findIndex((w, k) => w === 'fooling' && (['anyone', 'anybody', 'nobody', 'no'].includes(words[k + 1] ?? '')) && (NEGATORS.has(words[k - 1] ?? '') || ['nobody', 'no'].includes(words[k + 1] ?? '') || NEGATORS.has(words[k - 2] ?? '')));
  if (f >= 0 && trans && trans.characteristic === 'gender-identity') return hit(trans.from, f + 1, trans, 'derogation', 'not fooling anyone');
  // "Sure, and I identify as a helicopter": a claim of identity answered with an absurd one
  const ia = find(words, 'i identify as');
  if (ia >= 0 && ['a', 'an', 'the'].includes(words[ia + 3] ?? '')) {
    const what = words.slice(ia + 4, ia + 7).find((w) => ABSURD_SELF.has(w));
    const sneer = words.slice(0, ia).some((w) => ['sure', 'and', 'yeah', 'right', 'ok', 'okay', 'well', 'then'].includes(w));
    if (what && sneer) return hit(0, ia + 4, transAt(trans, ia + 2), 'derogation', 'an identity mocked with an absurd one');
  }
  // "Sure she's a woman.": a gender granted in sarcasm, the whole sentence
  if (words[0] === 'sure' && ['he', 'she', 'they'].includes(words[words[1] === ',' ? 2 : 1] ?? '')) {
    const k = words[1] === ',' ? 3 : 2;
    // the sarcastic grant stands alone: "Sure, she's a woman, and a brilliant engineer" goes on to mean it
    if (['is', 'are', "'s"].includes(words[k] ?? '') && ['a', 'an'].includes(words[k + 1] ?? '') && GENDER_NOUNS.has(words[k + 2] ?? '') && k + 3 >= lastWord(words) + 1 && words.length <= k + 4) {
      return hit(0, k + 2, transAt(null, k + 2), 'derogation', 'a gender granted in sarcasm');
    }
  }
  return null;
}
