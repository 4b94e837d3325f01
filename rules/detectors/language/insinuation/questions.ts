/**
 * Rhetorical question frames: questions that ask nothing but say something of a group. Capacity or effort doubted
 * ("can lesbians even be mothers?", "do immigrants ever bother learning English?", "is it really so hard ...?"),
 * achievement or a good habit challenged as never seen ("has any woman ever invented anything useful?", "where are
 * all the female inventors?", "is there a single trans person who isn't ...?"), harms asked after as habits ("will
 * they ever stop ...?", "why are they so obsessed with ...?"), contempt for their manners, pretensions or appetites,
 * their presence refused ("who actually wants more refugees in their town?"), imposition on others ("why do they
 * force their delusions on everyone?", "shoved down my throat"), and the group itself as the fault ("what is wrong
 * with ...?", "who decided ...?", "what's the point of ...?").
 */
import type { GroupMention } from '../find-groups';
import { identityAdjective } from '../lexicon/groups';
import { DEHUMANISING, NEGATIVE_ATTRIBUTES } from '../lexicon/words';
import { CRIME_NOUNS, PLACES, PRAISE_WORDS, STING, VICTIMISED, GOOD_HABITS, GOOD_HABIT_PHRASES, HABIT_EXCUSES, MORE_NEGATIVE } from '../lexicon/derogation';
import type { Attack } from '../predicate';
import { NEGATORS, type Token } from '../tokens';
import { asSubject, clauseStartAt, CONTEMPT_ADJ, find, hit, HONEST_Q, identityWord, negatedIn, type Neighbour, someGroup, type Words } from './shared';

/**
 * Capacities a rhetorical "even" doubts: "Do immigrants even know what hard work is?", "Can women even drive?". A bare
 * "be" is not one: "can women even be ordained?" asks after a rule; only "be" with a fitness word (BE_DOUBTED) doubts.
 */
const DOUBTED = new Set(['know', 'understand', 'read', 'write', 'speak', 'think', 'do', 'hold', 'count', 'work', 'drive', 'cook', 'lead', 'function', 'tell', 'spell', 'parent', 'raise', 'love', 'feel', 'care', 'contribute', 'pay', 'wash', 'shower', 'integrate', 'learn']);

/** What "can [group] even be ...?" doubts they are fit to be: "can lesbians even be mothers?", "... be real fathers?", "... be trusted?" */
const BE_DOUBTED = new Set(['mothers', 'fathers', 'parents', 'mums', 'moms', 'dads', 'mother', 'father', 'parent', 'mum', 'mom', 'dad', 'trusted', 'human', 'humans', 'funny', 'smart', 'loyal', 'honest', 'normal', 'friends', 'real', 'good', 'proper', 'decent']);

/** Words after a "can [group] even ...?" that ask what a rule or a place permits: "can women even drive in Saudi Arabia?", "... legally". */
const RULED = new Set(['legally', 'law', 'laws', 'legal', 'church', 'churches', 'permitted', 'officially', 'lawfully']);

export function evenQuestion(words: Words, groups: readonly GroupMention[]): Attack | null {
  if (words[words.length - 1] !== '?' || words.some((w) => HONEST_Q.has(w) && !['pay', 'help', 'feel', 'see', 'hear'].includes(w))) return null;
  for (const g of groups) {
    if (g.pronoun) continue;
    let e = g.to + 1;
    if (words[e] === 'really') e++;
    // "do Africans even want to work?"
    const v = words[e + 1] === 'want' && words[e + 2] === 'to' ? e + 3 : e + 1;
    if (words[e] !== 'even') continue;
    const be = words[v] === 'be' && BE_DOUBTED.has(words[v + 1] === 'a' || words[v + 1] === 'an' ? words[v + 2] ?? '' : words[v + 1] ?? '');
    if (!be && !DOUBTED.has(words[v] ?? '')) continue;
    let b = g.from - 1;
    while (['the', 'all', 'most', 'any', 'these', 'those', 'a', 'an'].includes(words[b] ?? '')) b--;
    if (!['can', 'could', 'do', 'does', 'did', 'are', 'is', 'will', 'would', 'should'].includes(words[b] ?? '')) continue;
    // "can [group] even ... in Saudi Arabia / legally?" asks what a law, a church or a country permits them
    const rest = words.slice(v + 1);
    if (['can', 'could'].includes(words[b] ?? '') && (rest.some((w) => RULED.has(w)) || rest.some((w, k) => ['in', 'under'].includes(w) && (PLACES.has(rest[k + 1] ?? '') || ['the', 'this', 'that', 'some', 'most', 'many', 'every', 'their'].includes(rest[k + 1] ?? ''))))) continue;
    return hit(b, e + 1, g, 'negated-positive', "a capacity doubted ('even')");
  }
  return null;
}

/** Words of admiration: "have you ever seen an old man work a lathe? Incredible skill." asks in wonder, not as a challenge. */
const ADMIRATION = new Set([...PRAISE_WORDS, 'incredible', 'incredibly', 'impressive', 'skill', 'skills', 'skilful', 'skillful', 'graceful', 'gorgeous', 'magic', 'magical', 'stunning', 'remarkable', 'astonishing', 'breathtaking', 'mesmerising', 'mesmerizing', 'beautifully', 'respect', 'legend', 'legends', 'wow', 'genius', 'masterful', 'patience', 'inspiring', 'humbling', 'admire']);

/** Markers that turn admiration into sarcasm: "Amazing. Not.", "Incredible, lol". */
const SARCASM = new Set(['lol', 'lmao', 'not', 'yeah', 'right', 'sure', 'joke', 'kidding', 'haha', 'exactly', 'obviously']);

/** A sentence that admires, with no sarcasm marker: read on the question's own words and on the sentence after it. */
export function admiring(words: Words): boolean {
  return words.length <= 14 && words.some((w) => ADMIRATION.has(w)) && !words.some((w) => SARCASM.has(w) || NEGATORS.has(w));
}

/** Good habits a "have you ever seen a [member] ...?" question says the group never shows. */
const SEEN_HABITS = new Set(['work', 'queue', 'tip', 'apologise', 'apologize', 'pay', 'smile', 'wait', 'say']);

/** Determiners after "work" that make it operate a thing ("work a lathe", "work the crowd"), not the habit of working. */
const WORKED_THING = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'that', 'this', 'those', 'these']);

/** Where "(have you) ever seen ...?" asks its question, or -1. */
export function everSeenAt(words: Words): number {
  return words.findIndex((w, k) => w === 'seen' && words.slice(Math.max(0, k - 3), k).includes('ever'));
}

export function everSeen(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  const s = everSeenAt(words);
  if (s < 0) return null;
  let at = s + 1;
  while (['a', 'an', 'any', 'one', 'the', 'single'].includes(words[at] ?? '')) at++;
  const id = identityWord(tokens, groups, at);
  if (!id) return null;
  const v = words[id.to + 1] ?? '';
  const rest = ` ${words.slice(id.to + 1, id.to + 6).join(' ')} `;
  const good = GOOD_HABIT_PHRASES.find((p) => rest.startsWith(` ${p} `)) ?? (GOOD_HABITS.has(v) || SEEN_HABITS.has(v) ? v : undefined);
  // "ever seen a deaf woman work a loom?", "... with such amazing patience?": wonder at a skill, not a habit denied
  if (!good || (['work', 'works'].includes(v) && WORKED_THING.has(words[id.to + 2] ?? '')) || admiring(words)) return null;
  return hit(s, id.to + 1, id, 'negated-positive', `never seen one ('${good}')`);
}

/** Achievements a challenge denies: "has any woman ever invented anything useful?" (everDone), "name one thing Africa has invented". */
const ACHIEVED = new Set(['invented', 'built', 'created', 'achieved', 'made', 'done', 'contributed', 'discovered', 'produced', 'written', 'given', 'developed', 'designed', 'accomplished', 'won']);

const STATE_NOUNS = new Set(['country', 'countries', 'nation', 'nations', 'civilisation', 'civilization', 'civilisations', 'civilizations', 'economy', 'economies', 'government', 'governments', 'state', 'states', 'society', 'societies']);

const WORKING = new Set(['successful', 'functioning', 'functional', 'working', 'rich', 'prosperous', 'stable', 'safe', 'clean', 'decent', 'good', 'peaceful', 'developed', 'civilised', 'civilized', 'democratic']);

/** A challenge to name a working state or an achievement ("has any [member] ever ...?" is everDone's). */
export function challenge(_tokens: readonly Token[], words: Words): Attack | null {
  // "name a successful African country", "Name one thing Africa has invented"
  const n = words.indexOf('name');
  if (n < 0 || !(clauseStartAt(words, n) || ['anyone', 'you', 'can', 'could', 'me', 'somebody', 'someone', 'just'].includes(words[n - 1] ?? ''))) return null;
  let at = n + 1;
  while (['a', 'an', 'one', 'single', 'thing', 'things', 'good', 'useful'].includes(words[at] ?? '')) at++;
  if (WORKING.has(words[at] ?? '')) {
    const c = identityAdjective(words[at + 1] ?? '');
    if (c && STATE_NOUNS.has(words[at + 2] ?? '')) return hit(n, at + 2, { from: at + 1, to: at + 1, characteristic: c === 'race' ? 'race' : 'origin', pronoun: false, weak: false }, 'negated-positive', 'a challenge to name a working state');
  }
  // "Name one invention from Africa. I'll wait."
  if (words[words.length - 1] !== '?' && ['invention', 'inventions', 'achievement', 'achievements', 'contribution', 'contributions', 'scientist', 'inventor', 'philosopher'].includes(words[at] ?? '') && ['from', 'by'].includes(words[at + 1] ?? '') && PLACES.has(words[at + 2] ?? '')) {
    return hit(n, at + 2, { from: at + 2, to: at + 2, characteristic: 'origin', pronoun: false, weak: false }, 'negated-positive', 'a challenge to name an achievement');
  }
  if (words.slice(n + 1, at).includes('thing') && PLACES.has(words[at] ?? '') && words.slice(at + 1, at + 4).some((w) => ACHIEVED.has(w) || w === 'ever')) {
    return hit(n, at + 1, { from: at, to: at, characteristic: 'origin', pronoun: false, weak: false }, 'negated-positive', 'a challenge to name an achievement');
  }
  return null;
}

/** "Is there a single trans person who isn't mentally ill?": the exception asked for denies there is one. */
const BAD_STATES = new Set([...MORE_NEGATIVE, ...CRIME_NOUNS, 'ill', 'mentally', 'crazy', 'criminal', 'lazy', 'violent', 'dirty', 'rude', 'stupid', 'dishonest', 'corrupt', 'broke', 'unemployed', 'loud', 'drunk', 'angry', 'bitter', 'ugly', 'welfare', 'benefits', 'extremist', 'extremists', 'radical', 'radicals', 'perverts', 'pervert', 'confused', 'delusional']);

/** Feelings in BAD_STATES that, with a cause after them, are a reaction to it: "angry about the pay gap". */
const REACTIONS = new Set(['angry', 'bitter', 'confused', 'upset', 'furious', 'mad', 'scared', 'afraid', 'worried', 'frustrated']);
const CAUSED_BY = new Set(['about', 'at', 'over', 'by', 'with', 'that', 'because', 'for', 'when', 'after']);

/** Faults a "what is it with [group] and ...?" pins on a group, beyond the bad states and harms above. */
const WITH_FAULTS = new Set(['late', 'aggressive', 'aggression', 'anger', 'lateness', 'smell', 'smelling', 'smells', 'stink', 'stinking', 'noise', 'noisy', 'drama', 'attitude', 'attitudes', 'entitlement', 'entitled', 'laziness', 'crime', 'crimes', 'violence', 'mess', 'cheap', 'stingy', 'greed', 'greedy', 'money', 'excuses', 'handouts', 'hygiene', 'tempers', 'temper', 'whine', 'moan', 'hate', 'hating', 'terrorism', 'bombs', 'knives']);

export function singleException(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  const t = find(words, 'is there');
  const o = t >= 0 ? t : find(words, 'name one');
  if (o < 0) return null;
  let at = o + 2;
  while (['a', 'an', 'one', 'single', 'any'].includes(words[at] ?? '')) at++;
  // "is there a single honest Pakistani in this city?": the virtue asked after as if none had it
  if (t >= 0 && ['honest', 'decent', 'good', 'smart', 'clean', 'hardworking', 'competent', 'normal', 'sane', 'trustworthy', 'intelligent', 'sober', 'peaceful', 'functional', 'successful'].includes(words[at] ?? '') && words[words.length - 1] === '?') {
    // a group, not an adjective on a thing ("a single good Italian restaurant")
    const c = identityAdjective(words[at + 1] ?? '');
    const v = groups.find((m) => !m.pronoun && m.from === at + 1) ?? (c && c !== 'age' && ['in', '?', 'who', 'that', 'on', 'at', 'here', 'left', 'around', 'anywhere', 'alive'].includes(words[at + 2] ?? '') ? { from: at + 1, to: at + 1, characteristic: c, pronoun: false, weak: true } : undefined);
    if (v && ['single', 'one'].includes(words[at - 1] ?? '')) return hit(o, v.to, v, 'negated-positive', `is there a single ${words[at]} [member]?`);
  }
  const id = identityWord(tokens, groups, at);
  if (!id || !['who', 'that'].includes(words[id.to + 1] ?? '')) return null;
  const rest = words.slice(id.to + 2, id.to + 8);
  if (!NEGATORS.has(rest[1] ?? '') && !NEGATORS.has(rest[0] ?? '')) return null;
  // "who isn't angry about the pay gap", "... bitter at how she was treated": a feeling with its cause, not a trait
  let b = rest.findIndex((w, k) => BAD_STATES.has(w) && !(REACTIONS.has(w) && CAUSED_BY.has(rest[k + 1] ?? '')));
  if (b < 0) return null;
  // the highlight ends with the trait: "mentally ill", not the words after it
  while (BAD_STATES.has(rest[b + 1] ?? '')) b++;
  return hit(o, id.to + 2 + b, id, 'generalisation', 'no exception to a bad trait');
}

/** Harms a "will [group] ever stop ...?" question pins on them. */
const BAD_GERUNDS = new Set(['stealing', 'pickpocketing', 'begging', 'lying', 'cheating', 'breeding', 'bombing', 'killing', 'raping', 'scamming', 'whining', 'moaning', 'sponging', 'leeching', 'invading', 'rioting', 'looting', 'shoplifting', 'smuggling', 'grooming', 'scrounging', 'littering', 'spitting', 'stabbing', 'robbing', 'mugging', 'blowing', 'multiplying', 'freeloading', 'complaining', 'crying', 'playing', 'pushing', 'shoving', 'recruiting', 'converting']);

/** What "playing the ..." must play to be a harm: "the victim", "the race card" (not "the waiting game"). */
const PLAYED = new Set(['victim', 'victims', 'martyr', 'martyrs', 'race', 'gender', 'religion', 'sympathy', 'oppression', 'card']);

/**
 * A harm asked to stop at words[i]: "stop whining", "stop playing the victim". Not a harm the group suffers or an
 * ordinary thing: "stop crying for help", "stop playing the waiting game". Read by group-attack's "when will [group] ...?" too.
 */
export function harmGerund(words: Words, i: number): boolean {
  const v = words[i] ?? '';
  if (!BAD_GERUNDS.has(v)) return false;
  if (v === 'crying') return words[i + 1] !== 'for';
  if (v === 'playing') return words[i + 1] === 'the' && PLAYED.has(words[i + 2] ?? '');
  return true;
}

export function stopDoing(words: Words, groups: readonly GroupMention[]): Attack | null {
  for (const g of groups) {
    if (g.pronoun) continue;
    const vp = words.slice(g.to + 1, g.to + 7);
    const st = vp.indexOf('stop');
    if (st < 0 || !vp.slice(0, st).some((w) => ['ever', 'going', 'gonna', 'will', 'never', 'not', 'cannot', 'just'].includes(w)) && !['will', 'when'].includes(words[g.from - 1] ?? '') && words[g.from - 2] !== 'when') continue;
    // "when will women stop being underpaid": a harm the group suffers, not one they are asked to stop
    if (harmGerund(vp, st + 1)) return hit(g.from, g.to + 2 + st, g, 'stereotype', `a harm they are asked to stop ('${vp[st + 1]}')`);
  }
  return null;
}

/**
 * "Why are Muslims so obsessed with blowing things up?", "why are trans people so obsessed with children?": an
 * appetite for a harm. What follows "with" decides: a gerund must be a harm ("obsessed with feeding their kids" is
 * care), and children are an appetite only when nobody's in particular ("with their kids" are their own). A negator
 * before the cue denies it: "Muslims are not obsessed with killing."
 */
const HARM_OBJECTS = new Set(['sex', 'violence', 'bombs', 'death']);
const CHILDREN = new Set(['children', 'kids', 'minors']);

export function obsessed(words: Words, groups: readonly GroupMention[]): Attack | null {
  const o = words.indexOf('obsessed');
  if (o < 0 || words[o + 1] !== 'with') return null;
  const g = groups.find((m) => !m.pronoun && m.to < o && o - m.to <= 4);
  if (!g || negatedIn(words, g.to + 1, o)) return null;
  let k = o + 2;
  while (['the', 'other', 'young', 'little', 'small', 'all', 'our', 'your'].includes(words[k] ?? '')) k++;
  const w = words[k] ?? '';
  // "obsessed with children's safety" is about the children, not an appetite
  if (words[k + 1] === "'s") return null;
  const harm = w.endsWith('ing') ? BAD_GERUNDS.has(w) : STING.has(w) || HARM_OBJECTS.has(w) || CHILDREN.has(w);
  return harm ? hit(g.from, k, g, 'stereotype', 'obsessed with a harm') : null;
}

/** "What's the point of letting women into the army?", "what is the point of educating girls?" */
const POINTLESS = new Set(['letting', 'hiring', 'educating', 'having', 'teaching', 'employing', 'giving', 'training', 'allowing', 'accepting', 'admitting', 'promoting', 'helping', 'saving', 'keeping']);

/**
 * Harms done to a group that make an effort for them futile: "... girls who will be forced to marry at 14?". Not
 * HABIT_EXCUSES whole: "able", "less", "made" would excuse the sneer itself ("women who aren't able to lift").
 */
const HARMED = new Set(['forced', 'denied', 'refused', 'banned', 'barred', 'deported', 'trafficked', 'killed', 'abused', 'exploited', 'excluded', 'rejected', 'discriminated', 'expelled', 'underpaid', 'persecuted', 'harassed', 'bullied', 'attacked', 'blamed', 'punished', 'imprisoned', 'jailed']);

export function noPoint(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  const p = find(words, 'the point of') >= 0 ? find(words, 'the point of') : find(words, 'the point in');
  if (p < 0 || !words.slice(Math.max(0, p - 3), p).includes('what') || words.some((w) => ['if', 'unless', 'when', 'without'].includes(w))) return null;
  let at = p + 3;
  if (POINTLESS.has(words[at] ?? '')) at++;
  while (['the', 'any', 'more', 'these', 'those'].includes(words[at] ?? '')) at++;
  const id = identityWord(tokens, groups, at);
  // ("what's the point of women's football?": a thing of theirs, not the group)
  if (id && ["'s", 's'].includes(words[id.to + 1] ?? '')) return null;
  // "... of educating girls who will be forced to marry at 14?", "... of training refugees who aren't allowed to work?":
  // the pointlessness lies in a harm done to them, which the asker regrets
  if (!id || words.slice(id.to + 1).some((w, k, a) => HARMED.has(w) || (w === 'allowed' && a.slice(Math.max(0, k - 2), k).some((x) => NEGATORS.has(x))))) return null;
  // ("what's the point of keeping disabled people alive?": their lives called pointless)
  if (words[p + 3] === 'keeping') return ['alive', 'around', 'breathing'].includes(words[id.to + 1] ?? '') ? hit(p, id.to + 1, id, 'exclusion', 'no point keeping [group] alive') : null;
  return hit(p, id.to, id, 'derogation', "what's the point of [group]");
}

/**
 * "Where are all the female inventors then?": absence of achievers asked for as proof that the group has none. A bare
 * group ("where are all the women then?", "... the Black managers then?") asks after who is missing from a room, a
 * board or a field, and is left alone: the sneer is in naming them as the achievers they supposedly never were.
 */
const ACHIEVERS = new Set(['inventors', 'geniuses', 'philosophers', 'composers', 'grandmasters', 'laureates', 'innovators', 'pioneers', 'explorers', 'inventor', 'genius', 'philosopher', 'composer']);

export function whereAreThey(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  if (words[0] !== 'where' || words[1] !== 'are' || words[words.length - 1] !== '?' || !['then', 'exactly', 'hmm', 'huh'].includes(words[words.length - 2] ?? '')) return null;
  let at = 2;
  while (['all', 'the', 'these', 'those', 'great', 'famous'].includes(words[at] ?? '')) at++;
  const id = identityWord(tokens, groups, at);
  if (!id || id.to + 2 !== words.length - 1) return null;
  // "the great female composers": greatness asked after is the same sneer
  const named = words.slice(2, id.to + 1);
  return named.some((w) => ACHIEVERS.has(w) || w === 'great' || w === 'famous') ? hit(0, words.length - 2, id, 'negated-positive', 'where are all the [group] then?') : null;
}

/**
 * "Has any woman ever invented anything useful?", "Has a Gypsy ever held down a real job?", "did an immigrant ever pay
 * tax?": an achievement or a good habit asked after as if no member had ever shown it. The deed must be generic
 * ("anything", "something", "a real job", "tax", or a habit with no object): a definite or specific one ("ever won one
 * of these awards", "ever held the office of president", "ever built a rocket engine") asks after a first.
 */
const EVER_DONE = new Set([...ACHIEVED, 'held', 'paid', 'worked', 'washed', 'showered', 'tipped', 'queued', 'apologised', 'apologized', 'earned']);

/** The same deeds after "did": "did a woman ever invent anything?", "did an immigrant ever pay tax?" */
const ACHIEVE = new Set(['invent', 'build', 'create', 'achieve', 'make', 'do', 'discover', 'produce', 'write', 'give', 'develop', 'design', 'accomplish', 'win']);
const EVER_DO = new Set([...GOOD_HABITS, ...ACHIEVE, 'pay', 'hold', 'earn', 'contribute', 'apologise', 'apologize']);

/** Habits asked after with no object: "has a Gypsy ever worked?", "did a Roma ever wash?" */
const BARE_HABITS = new Set([...GOOD_HABITS, 'pay', 'contribute', 'apologise', 'apologize', 'worked', 'washed', 'showered', 'bathed', 'tipped', 'queued', 'apologised', 'apologized', 'contributed', 'paid']);

/** Objects that make the deed generic, and the hedges and nouns of a generic "a real job", "a day's work". */
const GENERIC_OBJECTS = new Set(['anything', 'something', 'any', 'tax', 'taxes', 'rent', 'bills', 'work', 'money']);
const GENERIC_HEDGES = new Set(['real', 'proper', 'decent', 'honest', 'steady', 'single', 'useful', 'full', 'normal', 'regular']);
const GENERIC_NOUNS = new Set(['job', 'day', 'penny', 'cent', 'thing', 'shift', 'tax', 'bill']);

export function everDone(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  if (words[words.length - 1] !== '?' || !['has', 'have', 'did'].includes(words[0] ?? '')) return null;
  let at = 1;
  // "any", "a single": the indefinite member; "the woman next door" is one person, not the group
  while (['any', 'a', 'an', 'single', 'one'].includes(words[at] ?? '')) at++;
  const id = identityWord(tokens, groups, at);
  if (!id || words[id.to + 1] !== 'ever' || words.includes('been')) return null;
  let v = id.to + 2;
  while (['actually', 'really', 'once', 'even'].includes(words[v] ?? '')) v++;
  const verb = words[v] ?? '';
  if (!(words[0] === 'did' ? EVER_DO : EVER_DONE).has(verb)) return null;
  // "held down", "paid for", "given back": particles before the object
  let o = v + 1;
  while (['down', 'up', 'out', 'back', 'for', 'in', 'to'].includes(words[o] ?? '') && o < v + 3) o++;
  let end = -1;
  // "any tax": the highlight takes the noun too
  if (GENERIC_OBJECTS.has(words[o] ?? '')) end = words[o] === 'any' && words[o + 1] !== '?' ? o + 1 : o;
  else if (words[o] === 'one' && words[o + 1] === 'thing') end = o + 1;
  else if (words[o] === '?' && BARE_HABITS.has(verb)) end = v;
  else if (words[o] === 'a' || words[o] === 'an') {
    let n = o + 1;
    while (GENERIC_HEDGES.has(words[n] ?? '')) n++;
    if (n > o + 1 || GENERIC_NOUNS.has(words[n] ?? '')) end = n;
  }
  if (end < 0) return null;
  return hit(0, end, id, 'negated-positive', ACHIEVED.has(verb) || ACHIEVE.has(verb) ? 'achievement denied by a challenge' : 'a good habit asked after as never seen');
}

/**
 * "Why do old people think they can drive at 90?", "why do women think they deserve ...": pretension mocked. Not a
 * belief the group holds against itself, which the asker regrets: "... think they should hide?", "... think they
 * can't negotiate salaries?", "... think they deserve less?".
 */
const PRETENSIONS = new Set(['can', 'deserve', 'get', 'own', 'know', 'run', 'matter', 'count', 'belong']);

/** Words in the believed claim that make it self-doubt: "can't", "never", "deserve less", "matter less". */
const SELF_DOUBT = new Set([...NEGATORS, 'less', 'fewer', 'worse', 'nothing', 'little', 'only']);

export function thinkTheyCan(words: Words, groups: readonly GroupMention[]): Attack | null {
  if (words[0] !== 'why' || !['do', 'does'].includes(words[1] ?? '')) return null;
  const g = groups.find((m) => !m.pronoun && m.from >= 2 && m.from <= 3);
  if (!g) return null;
  let j = g.to + 1;
  while (['still', 'always', 'all', 'even', 'honestly', 'actually', 'really'].includes(words[j] ?? '')) j++;
  if (!['think', 'believe'].includes(words[j] ?? '') || !['they', 'that'].includes(words[j + 1] ?? '')) return null;
  const k = words[j + 1] === 'that' ? j + 3 : j + 2;
  if (!PRETENSIONS.has(words[k] ?? '') || words.slice(k + 1, k + 4).some((w) => SELF_DOUBT.has(w))) return null;
  return hit(0, k, g, 'derogation', 'why do [group] think they ...?');
}

/** "Why do trans people need to force their delusions on everyone?": imposing their way on others. */
const FORCING = new Set(['force', 'forces', 'forcing', 'push', 'pushes', 'pushing', 'shove', 'shoves', 'shoving', 'ram', 'rams', 'ramming', 'impose', 'imposes', 'imposing', 'cram', 'cramming']);

const IMPOSED = new Set(['agenda', 'delusions', 'delusion', 'lifestyle', 'religion', 'beliefs', 'ideology', 'propaganda', 'sexuality', 'gender', 'culture', 'values', 'nonsense', 'views', 'ways', 'customs', 'law', 'laws', 'sharia', 'pronouns', 'fantasy', 'perversion']);

export function forcing(words: Words, groups: readonly GroupMention[]): Attack | null {
  const g = groups.find((m) => !m.pronoun && m.to < words.length);
  if (!g) return null;
  for (let i = g.to + 1; i < Math.min(words.length, g.to + 8); i++) {
    if (!FORCING.has(words[i] ?? '') || words[i + 1] !== 'their' || !IMPOSED.has(words[i + 2] ?? '') || !['on', 'onto', 'down', 'into', 'in'].includes(words[i + 3] ?? '')) continue;
    if (words.slice(g.to + 1, i).some((w) => NEGATORS.has(w) || VICTIMISED.has(w))) return null;
    return hit(g.from, i + 3, g, 'derogation', `forcing their ${words[i + 2]} on others`);
  }
  return null;
}

/** "Is it really so hard for immigrants to learn the language?": a basic task cast as beyond them. */
export function soHard(words: Words, groups: readonly GroupMention[]): Attack | null {
  const h = words.findIndex((w, k) => ['hard', 'difficult'].includes(w) && ['so', 'that', 'really'].includes(words[k - 1] ?? '') && words[k + 1] === 'for');
  if (h < 0 || !words.slice(Math.max(0, h - 4), h).includes('it')) return null;
  const g = groups.find((m) => !m.pronoun && m.from >= h + 2 && m.from <= h + 3);
  return g && words[g.to + 1] === 'to' && ['learn', 'speak', 'follow', 'understand', 'integrate', 'behave', 'wash', 'work', 'say', 'stop', 'pay', 'use', 'respect', 'obey', 'act', 'shut', 'adapt', 'fit', 'queue'].includes(words[g.to + 2] ?? '') && !words.slice(g.to + 2).some((w) => HABIT_EXCUSES.has(w)) ? hit(h - 1, g.to + 2, g, 'derogation', 'is it so hard for [group] to ...?') : null;
}

/** "Do disabled people contribute anything at all?": worth asked after with a hedge. */
export function contributeAnything(words: Words, groups: readonly GroupMention[]): Attack | null {
  if (words[words.length - 1] !== '?' || !['do', 'does', 'have', 'has', 'did', 'what'].includes(words[0] ?? '')) return null;
  const g = groups.find((m) => !m.pronoun && m.from <= 3);
  if (!g) return null;
  const vp = words.slice(g.to + 1);
  const v = vp.findIndex((w) => WORTH_CONTRIBUTE.has(w));
  const hedged = vp.includes('anything') && (find(vp, 'at all') >= 0 || vp.slice(0, v).some((w) => ['ever', 'even', 'actually', 'really'].includes(w)));
  // "what do Muslims even contribute to this country?"
  const what = words[0] === 'what' && vp.slice(0, v).some((w) => ['even', 'actually', 'really', 'ever'].includes(w));
  return v >= 0 && v <= 3 && (hedged || what) ? hit(0, g.to + 1 + v, g, 'negated-positive', 'their worth asked after') : null;
}

const WORTH_CONTRIBUTE = new Set(['contribute', 'contributed', 'add', 'added', 'give', 'given', 'bring', 'brought', 'offer', 'offered', 'produce', 'produced', 'achieve', 'achieved', 'invent', 'invented']);

/** "Who actually wants more refugees in their town?": a rhetorical refusal of the group's presence. */
/** Places of hardship that make "who wants [group] living in ...?" a complaint for them. */
const SHELTERLESS = new Set(['tents', 'tent', 'camps', 'camp', 'streets', 'poverty', 'fear', 'squalor', 'limbo', 'detention', 'doorways', 'cold', 'hunger', 'danger', 'misery']);

export function whoWants(words: Words, groups: readonly GroupMention[]): Attack | null {
  if (words[0] !== 'who' || words[words.length - 1] !== '?') return null;
  let i = 1;
  while (['actually', 'even', 'really', 'honestly', 'seriously', 'in', 'their', 'right', 'mind', 'the', 'hell', 'on', 'earth'].includes(words[i] ?? '')) i++;
  if (!['wants', 'needs', 'asked', 'invited'].includes(words[i] ?? '')) return null;
  let j = i + 1;
  while (['more', 'any', 'these', 'those', 'all'].includes(words[j] ?? '')) j++;
  const g = groups.find((m) => !m.pronoun && m.from === j);
  // "who wants more refugees living in tents / on the streets?": a hardship for them refused, not their presence
  if (g && words.slice(g.to + 1).some((w) => SHELTERLESS.has(w)) && !words.some((w) => w === 'our' || w === 'my')) return null;
  return g && ['in', 'here', 'near', 'around', 'next', '?', 'living', 'moving', 'as'].includes(words[g.to + 1] ?? '') ? hit(0, g.to, g, 'exclusion', 'who wants [group] here?') : null;
}

const THEIR_THINGS = new Set(['food', 'music', 'clothes', 'names', 'language', 'languages', 'accents', 'accent', 'habits', 'customs', 'houses', 'cooking', 'dances', 'hair', 'fashion', 'religion', 'rituals', 'weddings', 'things', 'stuff', 'noises', 'faces']);

const MANNER_VERBS = new Set(['act', 'acts', 'behave', 'behaves', 'look', 'looks', 'sound', 'sounds', 'dress', 'dresses', 'talk', 'talks', 'smell', 'smells', 'drive', 'drives', 'eat', 'eats', 'wear', 'wears', 'speak', 'speaks', 'cook', 'cooks', 'have', 'has', 'make', 'makes', 'listen']);

export function contemptManner(words: Words, groups: readonly GroupMention[]): Attack | null {
  // "women drive terribly, according to insurers": a claim attributed to someone else
  if (words.includes('according')) return null;
  for (const g of groups) {
    if (g.pronoun || !asSubject(words, g)) continue;
    let j = g.to + 1;
    while (['all', 'always', 'just', 'really', 'often', 'usually', 'still', 'even'].includes(words[j] ?? '')) j++;
    if (!MANNER_VERBS.has(words[j] ?? '')) continue;
    let k = j + 1;
    if (['to', 'at'].includes(words[k] ?? '')) k++;
    while (['so', 'such', 'too', 'really', 'that', 'this', 'their', 'a', 'an', 'like', 'the', 'some'].includes(words[k] ?? '')) k++;
    const adj = words[k] ?? '';
    if (!CONTEMPT_ADJ.has(adj)) continue;
    // "act so weird", "eat such disgusting food": a manner, or a thing of theirs
    if (['act', 'acts', 'behave', 'behaves', 'look', 'looks', 'sound', 'sounds', 'dress', 'dresses', 'talk', 'talks', 'smell', 'smells', 'drive', 'drives'].includes(words[j] ?? '') || THEIR_THINGS.has(words[k + 1] ?? '')) return hit(g.from, THEIR_THINGS.has(words[k + 1] ?? '') ? k + 1 : k, g, 'generalisation', `contempt for how they ${words[j]}`);
  }
  return null;
}

/** "Oh great, another Pride month. Can't wait to have it shoved down my throat": imposition on the writer. */
export function downMyThroat(words: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  const t = words.findIndex((w, k) => (w === 'throat' || w === 'throats') && ['my', 'our', 'your'].includes(words[k - 1] ?? '') && words[k - 2] === 'down');
  if (t < 0 || !words.slice(Math.max(0, t - 5), t).some((w) => FORCING.has(w) || ['shoved', 'rammed', 'forced', 'pushed', 'crammed'].includes(w))) return null;
  const g = someGroup(groups, prev, 0);
  return g ? hit(g.pronoun ? 0 : Math.min(g.from, t), t, g, 'derogation', 'shoved down our throats') : null;
}

const APPETITES = new Set(['sex', 'money', 'food', 'drugs', 'partying', 'drinking', 'shopping', 'babies', 'clothes', 'makeup', 'crime', 'violence', 'gold', 'cash', 'themselves', 'football', 'bombs', 'religion', 'dicks', 'cock']);

/** "Do gay people ever think about anything other than sex?": the group reduced to one appetite. */
export function onlyAbout(words: Words, groups: readonly GroupMention[]): Attack | null {
  const a = words.findIndex((w, k) => w === 'anything' && (find(words.slice(k + 1, k + 3), 'other than') === 0 || ['but', 'except', 'besides'].includes(words[k + 1] ?? '')));
  const g = a > 0 ? groups.find((m) => !m.pronoun && m.to < a && a - m.to <= 5) : undefined;
  const what = words[a + 1] === 'other' ? words[a + 3] ?? '' : words[a + 2] ?? '';
  return g && APPETITES.has(what) && words.slice(g.to + 1, a).some((w) => ['think', 'talk', 'care', 'know', 'do', 'want'].includes(w)) ? hit(g.from, a + 2, g, 'stereotype', 'nothing on their minds but one thing') : null;
}

/** What others owe a group, after "to be": "to be treated fairly", "to be heard" ("to be deported" is no such thing). */
const FAIR_TREATMENT = new Set(['treated', 'accepted', 'respected', 'heard', 'seen', 'included', 'welcomed', 'protected', 'paid', 'believed', 'housed', 'hired', 'safe', 'equal', 'free', 'listened', 'recognised', 'recognized', 'valued']);

/** "What's it going to take for immigrants to start respecting our laws?" */
export function whatItTakes(words: Words, groups: readonly GroupMention[]): Attack | null {
  const t = words.indexOf('take');
  if (t < 0 || words[0] !== 'what' || !words.slice(0, t).includes('it') || words[t + 1] !== 'for') return null;
  const g = groups.find((m) => !m.pronoun && m.from >= t + 2 && m.from <= t + 3);
  // "what's it going to take for Muslims to be treated fairly?": a passive asks what others must do for them
  const passive = g !== undefined && words[g.to + 2] === 'be' && FAIR_TREATMENT.has(words[g.to + 3] ?? '');
  return g && !passive && words[g.to + 1] === 'to' && !words.slice(g.to + 1).some((w) => HONEST_Q.has(w) && w !== 'feel') ? hit(0, g.to + 2, g, 'derogation', "what's it going to take for [group] to ...?") : null;
}

/** "Who decided deaf people should be allowed to drive buses?" */
export function whoDecided(words: Words, groups: readonly GroupMention[]): Attack | null {
  if (words[0] !== 'who' || !['decided', 'thought', 'said'].includes(words[1] ?? '') || words[words.length - 1] !== '?') return null;
  const g = groups.find((m) => !m.pronoun && m.from >= 2 && m.from <= 4);
  // "who decided deaf people shouldn't be allowed to ...?" complains of a ban on them
  const banned = negatedIn(words, g?.to ?? 0, (g?.to ?? 0) + 5);
  return g && !banned && words.slice(g.to + 1, g.to + 5).some((w) => ['allowed', 'could', 'can', 'should', 'get', 'deserve'].includes(w)) && !words.some((w) => HONEST_Q.has(w)) ? hit(0, g.to, g, 'derogation', 'who decided [group] could ...?') : null;
}

/** "Why does every trans person need to make their identity everyone's problem?" */
export function everyonesProblem(words: Words, groups: readonly GroupMention[]): Attack | null {
  const p = words.findIndex((w, k) => (w === 'everyone' || w === 'everybody') && words[k + 1] === "'s" && ['problem', 'business', 'concern'].includes(words[k + 2] ?? ''));
  const g = p > 0 ? groups.find((m) => !m.pronoun && m.to < p) : undefined;
  return g && words.slice(g.to + 1, p).some((w) => ['make', 'makes', 'making'].includes(w)) ? hit(g.from, p + 2, g, 'derogation', "making themselves everyone's problem") : null;
}

/** What follows "bother": "to learn", "learning". */
const BOTHER_TO = /^(to|[a-z]+ing)$/;

/** Acts whose omission is no failing: "do immigrants ever bother to complain?". */
const GRIPES = new Set(['complain', 'complaining', 'moan', 'moaning', 'whine', 'whining', 'protest', 'protesting', 'sue', 'suing', 'cheat', 'cheating', 'lie', 'lying', 'steal', 'stealing']);

/** "Do immigrants ever bother learning English?": effort denied by a rhetorical question. */
export function everBother(words: Words, groups: readonly GroupMention[]): Attack | null {
  const b = words.indexOf('bother');
  if (b < 0 || words[words.length - 1] !== '?') return null;
  const g = groups.find((m) => !m.pronoun && m.to < b && b - m.to <= 3);
  // "do immigrants ever bother to complain?": not bothering to do a bad thing is no failing
  const bad = words.slice(b + 1, b + 4).some((w) => GRIPES.has(w));
  return g && !bad && words.slice(g.to + 1, b).some((w) => ['ever', 'even', 'actually', 'really'].includes(w)) && BOTHER_TO.test(words[b + 1] ?? '') && !words.slice(b + 1).some((w) => HABIT_EXCUSES.has(w)) ? hit(g.from, b + 1, g, 'negated-positive', 'effort asked after as never made') : null;
}

/**
 * "What is wrong with trans people?": the group itself as the fault. "What is it with Black people and being late?",
 * "what is it about Muslims that ...": a trait asked after as if it came with the group.
 */
export function wrongWith(words: Words, groups: readonly GroupMention[]): Attack | null {
  const with_ = find(words, 'what is it with');
  const about = with_ >= 0 ? -1 : find(words, 'what is it about');
  const at = with_ >= 0 ? with_ : about;
  if (at >= 0 && !words.slice(0, at).some((w2) => NEGATORS.has(w2))) {
    let s = at + 4;
    while (['the', 'all', 'these', 'those', 'you'].includes(words[s] ?? '')) s++;
    const g = groups.find((m) => !m.pronoun && m.from === s);
    const next = words[(g?.to ?? -2) + 1];
    // ("what is it with Priya?" asks after one person; "what is it about the Muslim call to prayer that ..." is about a practice)
    // only a fault asked after, as the thing paired with the group ("and being late", "and the smell") or what makes
    // *them* so ("that makes them so aggressive"): "... Italians and amazing food?", "... about Muslims that makes the
    // media so aggressive?", "... Indians and cricket anger? My dad ..." pass
    const warm = words.some((w2) => ['my', 'love', 'best', 'lovely', 'great', 'favourite', 'favorite'].includes(w2)) || words.includes('"');
    if (g && !warm) {
      let f = g.to + 2;
      while (['being', 'their', 'the', 'all', 'always', 'so', 'much'].includes(words[f] ?? '')) f++;
      const fw = words[f] ?? '';
      const paired = with_ >= 0 && next === 'and' && (WITH_FAULTS.has(fw) || BAD_STATES.has(fw) || BAD_GERUNDS.has(fw)) && ['?', '.', '!', ',', undefined].includes(words[f + 1]);
      const makes = about >= 0 && ['that', 'which'].includes(next ?? '') && ['makes', 'make'].includes(words[g.to + 2] ?? '') && ['them', 'him', 'her'].includes(words[g.to + 3] ?? '') && words.slice(g.to + 4, g.to + 8).some((w2) => WITH_FAULTS.has(w2) || BAD_STATES.has(w2) || NEGATIVE_ATTRIBUTES.has(w2) || MORE_NEGATIVE.has(w2) || DEHUMANISING.has(w2) || CONTEMPT_ADJ.has(w2));
      if (paired || makes) return hit(at, g.to, g, 'generalisation', `what is it ${with_ >= 0 ? 'with' : 'about'} [group]`);
    }
  }
  const w = find(words, 'wrong with');
  if (w < 0 || !words.slice(0, w).includes('what')) return null;
  const g = groups.find((m) => !m.pronoun && m.from >= w + 2 && m.from <= w + 3);
  return g && ['?', '.', '!', 'lol', 'honestly', 'seriously', undefined].includes(words[g.to + 1]) && !words.slice(0, w).some((w2) => NEGATORS.has(w2)) ? hit(0, g.to, g, 'derogation', 'what is wrong with [group]') : null;
}

/** "Why do gays need to tell everyone they're gay?", "don't old people have anything better to do than complain?" */
export function flaunting(words: Words, groups: readonly GroupMention[]): Attack | null {
  for (const g of groups) {
    if (g.pronoun) continue;
    const vp = words.slice(g.to + 1, g.to + 8);
    const n = vp.findIndex((w, k) => ['need', 'have', 'got', 'insist'].includes(w) && ['to', 'on'].includes(vp[k + 1] ?? '') && ['tell', 'announce', 'remind', 'show', 'telling', 'announcing', 'reminding', 'showing'].includes(vp[k + 2] ?? '') && ['everyone', 'everybody', 'us', 'the'].includes(vp[k + 3] ?? ''));
    if (n >= 0) return hit(g.from, g.to + 1 + n + 3, g, 'derogation', 'needing to tell everyone');
    const b = find(vp, 'anything better to do');
    if (b >= 0 && vp.slice(0, b).some((w) => ['have', 'got'].includes(w))) return hit(g.from, g.to + 1 + b + 3, g, 'derogation', 'nothing better to do');
  }
  return null;
}
