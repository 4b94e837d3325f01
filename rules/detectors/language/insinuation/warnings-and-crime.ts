/**
 * Frames that cast a group as a danger: a warning set off by its presence ("hide your wallets, the Romanians are in
 * town", "a woman pilot? I'm taking the train"), the ominous result of hiring a member ("hire a woman, expect
 * drama"), identity offered as the explanation of a crime ("of course the thief was Mexican", "another day, another
 * Muslim in the news", "why are all the terrorists Muslim?", a crime as a joke's punchline), a suspicion pinned on
 * identity ("bet he's on welfare, he's Black"), a member cast as the next attacker or thief, and a pattern presented
 * as noticed ("funny how every time something goes missing there's an immigrant nearby", "wherever Muslims go,
 * trouble follows", "gee I wonder why").
 */
import type { GroupMention } from '../find-groups';
import { identityAdjective, type Characteristic } from '../lexicon/groups';
import {
  BLAMED_RESULTS, CHILDREN, CRIME_NOUNS, DECLINE_PHRASES, INSINUATE_PHRASES, PROTECT_VERBS, REACTION_PHRASES, REVERSALS, SUSPECTED, VALUABLES, STING,
  MORE_POSITIVE, NOTICING, PATTERN_WORDS, VICTIMISED, RUIN_OUTCOMES,
} from '../lexicon/derogation';
import type { Attack } from '../predicate';
import { POSITIVE_ATTRIBUTES } from '../lexicon/words';
import { PRAISE_WORDS } from '../lexicon/derogation';
import { CLAUSE_BREAK, NEGATORS, type Token } from '../tokens';
import { addressedGroup, ARRIVAL, arrives, asSubject, clauseEnd, clauseStartAt, find, findAny, hasPraise, hit, HONEST_Q, IDENTITY_THINGS, identityWord, PRAISING_ADVERBS, lastWord, negatedIn, type Neighbour, roleQuestion, type Words } from './shared';

const CAUTIONS = ['careful', 'beware', 'watch out', 'heads up', 'be warned', 'stay safe', 'look out'];

/** "hide your wallets", "lock your doors", "keep your daughters away", "clutch your purse": [start, end] or null. */
function protectCue(words: Words): [number, number] | null {
  for (let i = 0; i < words.length; i++) {
    const v = words[i] ?? '';
    if (!PROTECT_VERBS.has(v)) continue;
    const lead = clauseStartAt(words, i) || ['better', 'should', 'to', 'go', 'and', 'quick', 'so', 'up', 'just', 'gonna'].includes(words[i - 1] ?? '');
    if (!lead) continue;
    for (let j = i + 1; j <= i + 5 && j < words.length && !CLAUSE_BREAK.has(words[j] ?? '') && words[j] !== ','; j++) {
      if (!VALUABLES.has(words[j] ?? '')) continue;
      // "keep your kids safe / away / inside"; "keep your receipts" is bookkeeping
      if (v === 'keep' && !words.slice(i + 1, j + 3).some((w) => ['away', 'close', 'inside', 'indoors', 'locked', 'safe', 'eye', 'off', 'out'].includes(w))) break;
      return [i, j];
    }
  }
  return null;
}

/** Verbs of saying: a group next to one is the warning's source, not its object. */
const REPORTERS = new Set(['said', 'says', 'say', 'warned', 'warns', 'told', 'tells', 'advised', 'advises', 'reminded', 'reminds', 'posted', 'wrote', 'added', 'explained']);

/** "..., said my Muslim landlord", "my Nigerian neighbour warned me": the group is the speaker giving the advice. */
function speaker(words: Words, g: GroupMention): boolean {
  const n = g.to + 1;
  if (REPORTERS.has(words[n] ?? '') || (['had', 'has', 'just', 'once', 'always'].includes(words[n] ?? '') && REPORTERS.has(words[n + 1] ?? ''))) return true;
  let b = g.from - 1;
  while (b >= 0 && ['my', 'our', 'a', 'the', 'his', 'her', 'their'].includes(words[b] ?? '')) b--;
  return REPORTERS.has(words[b] ?? '');
}

/** "Hide your wallets, the Romanians are in town", "There goes the neighbourhood, a Muslim family moved in". */
export function warning(tokens: readonly Token[], words: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  const cue = protectCue(words) ?? declineCue(words);
  if (cue) {
    // "watch the women's final": a possessive makes the group the owner of what is watched, not the danger
    if (negatedIn(words, 0, cue[0]) || ["'s", 's', "'"].includes(words[cue[1] + 1] ?? '')) return null;
    // "asked us to keep an eye on their house": minding the group's own things at their request
    if (['their', 'his', 'her'].includes(words[cue[1] - 1] ?? '') && words.some((w) => w === 'asked' || w === 'away')) return null;
    // a group addressed before the cue is who is told, not the danger ("Gay couples, grab the petrol money for the
    // minibus"); another group after it may be ("Women, lock your doors, migrants are moving in")
    const told = (m: GroupMention): boolean => addressedGroup(words, m) && cue[0] === m.to + 2;
    const named = groups.find((m) => !m.pronoun && !told(m));
    const addressed = groups.some(told);
    // a group that gives the advice ("..., said my Muslim landlord") is its source, not the danger
    if (named && speaker(words, named)) return null;
    if (addressed && !named) return null;
    // "keep your kids away from the road", "hide your wallets from scammers": the danger is named, and it is not the group
    const from = words.slice(cue[1] + 1, cue[1] + 3).indexOf('from');
    if (from >= 0 && !groups.some((m) => !m.pronoun && m.from > cue[1] + 1 + from && m.from <= clauseEnd(words, cue[1] + 2 + from, 6))) return null;
    // "time to move, my Muslim landlord is selling": an acquaintance's own doing, not a group's arrival
    if (named && !protectCue(words) && ['my', 'our', 'his', 'her'].includes(words[named.from - 1] ?? '') && !arrives(words, named)) return null;
    const g = named ?? suspectAfterCopula(tokens, groups);
    if (g) return hit(Math.min(cue[0], g.from), Math.max(cue[1], g.to), g, 'derogation', `warning ('${words.slice(cue[0], cue[1] + 1).join(' ')}')`);
    const before = prev.groups()[0];
    return before ? hit(cue[0], cue[1], { ...before, from: cue[0], to: cue[0], pronoun: true }, 'derogation', 'warning about a group named before') : null;
  }
  // "Careful at night, lots of Black guys live around here": a caution needs the group's presence
  const caution = findAny(words, CAUTIONS);
  const present = groups.find((m) => !m.pronoun && arrives(words, m));
  // "heads up, Jewish families are moving in, let's welcome them": a presence announced to be welcomed
  if (caution && present && !hasPraise(words) && !words.includes('welcome') && caution[0] < present.from && clauseStartAt(words, caution[0] - (words[caution[0] - 1] === 'be' ? 1 : 0)) && !negatedIn(words, 0, caution[0])) {
    return hit(caution[0], present.to, present, 'derogation', `warning ('${words.slice(caution[0], caution[1] + 1).join(' ')}')`);
  }
  // "The Romanians are in town. Hide your wallets." is read from the second sentence; here, a group
  // whose arrival is announced after a warning in the sentence before
  const g = groups.find((m) => !m.pronoun);
  if (!g || !arrives(words, g)) return null;
  const pw = prev.words();
  if (!pw.length || !(protectCue(pw) ?? declineCue(pw))) return null;
  return hit(g.from, lastWord(words), g, 'derogation', 'presence after a warning');
}

/** "there goes the neighbourhood", "property values will drop", "time to move". */
function declineCue(words: Words): [number, number] | null {
  const c = findAny(words, DECLINE_PHRASES);
  if (!c) return null;
  // "property values" is a cue only with a fall: "property values will tank"
  if (words[c[0]] === 'property' || words[c[0]] === 'house') {
    const fall = words.slice(c[1] + 1, c[1] + 6).findIndex((w) => ['drop', 'dropping', 'plummet', 'plummeting', 'tank', 'tanking', 'crash', 'crashing', 'fall', 'falling', 'sink'].includes(w));
    return fall >= 0 ? [c[0], c[1] + 1 + fall] : null;
  }
  // "time to move" must end there ("time to move the meeting" is scheduling)
  if (words[c[1]] === 'move' || words[c[1]] === 'sell') {
    const n = words[c[1] + 1] ?? '';
    if (n && !CLAUSE_BREAK.has(n) && n !== ',' && !['out', 'away', 'house'].includes(n)) return null;
  }
  return c;
}

/** "he's Muslim", "she is a Nigerian": an identity after a copula, as a one-token group. */
function suspectAfterCopula(tokens: readonly Token[], groups: readonly GroupMention[]): GroupMention | null {
  for (let i = 1; i < tokens.length; i++) {
    if (!['is', 'are', 'was'].includes(tokens[i]?.w ?? '') || !['he', 'she', 'they', 'guy', 'man', 'woman'].includes(tokens[i - 1]?.w ?? '')) continue;
    const at = ['a', 'an'].includes(tokens[i + 1]?.w ?? '') ? i + 2 : i + 1;
    const id = identityWord(tokens, groups, at);
    const n = tokens[id ? id.to + 1 : -1]?.w;
    if (id && (n === undefined || CLAUSE_BREAK.has(n) || n === ',')) return id;
  }
  return null;
}

/** Justice-system criticism shares the words: "the Black suspect got a harsher sentence". */
const CRITIQUE = new Set(['sentence', 'sentenced', 'harsher', 'profiled', 'profiling', 'bias', 'biased', 'unfair', 'coverage', 'wrongly', 'innocent', 'acquitted', 'victim', 'victims', 'hate', 'racism', 'racist', 'blamed', 'framed']);

/** What is smashed, crushed or stolen in a success: "smashed the challenge", "stole the show". */
const SUCCESSES = new Set(['challenge', 'record', 'records', 'target', 'targets', 'exam', 'exams', 'test', 'tests', 'goal', 'goals', 'it', 'show', 'quiz', 'competition', 'hackathon', 'interview', 'presentation', 'pitch', 'deadline', 'quarter', 'audition', 'final', 'finals', 'course', 'marathon', 'race']);

/** What a cook torches: "torched the meringues", "torch the crème brûlée". */
const COOKED = new Set(['meringue', 'meringues', 'brulee', 'brulées', 'brûlée', 'creme', 'crème', 'marshmallow', 'marshmallows', 'peppers', 'sugar', 'crust', 'dessert', 'desserts', 'pudding', 'topping', 'tart', 'tarts', 'salmon', 'steak', 'aubergine', 'aubergines']);

/** Who stands against a crime, and what they do to it: an identity of theirs blames no one. */
const AGAINST_CRIME = new Set(['hero', 'heroes', 'witness', 'witnesses', 'survivor', 'survivors', 'stopped', 'foiled', 'prevented', 'thwarted', 'survived', 'stopping']);

/** Words after which an identity is predicated of the perpetrator: "was Mexican", "is always a refugee". */
const AFTER_COPULA = new Set(['is', 'are', 'was', 'were', 'be', 'a', 'an', 'always', 'obviously', 'course', 'naturally', 'again', 'somehow', 'usually', 'another', 'all']);

/** An identity in these slots is the target, not the perpetrator: "the attack on the Muslim family". */
const VICTIM_SLOT = new Set(['on', 'against', 'targeting', 'toward', 'towards', 'at', 'by', 'for']);

/** "Of course the thief was Mexican", "Another day, another immigrant stabbing", "Funny how every shoplifter is Roma". */
export function blamedIdentity(tokens: readonly Token[], words: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  const crime = words.findIndex((w) => CRIME_NOUNS.has(w));
  if (crime < 0 || words.some((w) => CRITIQUE.has(w))) return null;
  // ("our Indian graduates have smashed the coding challenge again": smashed a target, a success)
  if (['smashed', 'smash', 'smashing', 'crushed', 'killed', 'nailed', 'stole', 'robbed'].includes(words[crime] ?? '') && [crime + 1, crime + 2, crime + 3].some((k) => SUCCESSES.has(words[k] ?? ''))) return null;
  // ("the Jewish bakery torched the meringues again": a cook's blowtorch on food)
  if (['torched', 'torch', 'torches', 'torching'].includes(words[crime] ?? '') && [crime + 1, crime + 2, crime + 3].some((k) => COOKED.has(words[k] ?? ''))) return null;
  // "the hero who stopped the robbery was a Muslim": the identity belongs to someone who acted against the crime
  if (words.slice(Math.max(0, crime - 5), crime).some((w) => AGAINST_CRIME.has(w))) return null;
  // "every terrorist these days is a Muslim": a quantified perpetrator is a cue in itself
  const every = ['every', 'all', 'most'].includes(words[crime - 1] ?? '') || (words[crime - 1] === 'the' && words[crime - 2] === 'all') ? [crime - 1, crime] as [number, number] : null;
  const cue = every ?? findAny(words, INSINUATE_PHRASES) ?? (findAny(prev.words(), INSINUATE_PHRASES) ? [0, 0] as [number, number] : null);
  if (!cue) return null;
  // the identity modifies the crime ("an immigrant stabbing", "the Mexican thief") or follows a copula
  // after it ("the thief was Mexican", "every shoplifter is Roma", "the driver was a woman")
  for (let i = crime - 1; i >= Math.max(0, crime - 3); i--) {
    const id = identityWord(tokens, groups, i);
    if (id && id.to < crime && !VICTIM_SLOT.has(words[i - 1] ?? '') && !(cue === every && id.characteristic === 'gender')) return hit(Math.min(cue[0], i), crime, id, 'stereotype', 'identity blamed for a crime');
  }
  // "the guy who keyed my car was Albanian": the identity may come a few words on, after a copula or an article
  for (let j = crime + 1; j < Math.min(words.length, crime + 9) && !CLAUSE_BREAK.has(words[j] ?? ''); j++) {
    if (VICTIM_SLOT.has(words[j] ?? '')) return null;
    const id = AFTER_COPULA.has(words[j - 1] ?? '') ? identityWord(tokens, groups, j) : null;
    // "most shooters are men" states a statistic about sex, not a slur on a group
    if (id && cue === every && id.characteristic === 'gender') return null;
    if (id) return hit(Math.min(cue[0], crime), id.to, id, 'stereotype', 'identity blamed for a crime');
  }
  return null;
}

/** Open threats after "[do X with a group] and ...": the reader is left to fill in the harm. */
const OMINOUS = ['see what happens', 'watch what happens', 'look what happens', 'look what happened', 'see how that works out', 'see how long', 'this is what you get', 'that is what you get', 'this is what happens', 'that is what happens', 'you get this', 'guess what happens', 'wonder why', 'act surprised', 'watch the fun', 'wait and see', 'through the floor', 'down the drain', 'down the toilet', 'to the dogs', 'to hell'];

/** Harms that rise: "watch the crime rate explode". */
const RISING_HARMS = new Set(['crime', 'rent', 'rents', 'taxes', 'prices', 'stabbings', 'rapes', 'robberies', 'violence', 'murders', 'insurance', 'costs', 'unemployment']);

const RISES = new Set(['explode', 'explodes', 'skyrocket', 'skyrockets', 'soar', 'soars', 'spike', 'spikes', 'rise', 'rises', 'climb', 'climbs', 'double', 'doubles', 'triple', 'triples', 'roof', 'shoot', 'shoots', 'up']);

/** Good outcomes that make the same frame praise: "put women in charge and watch profits grow". */
const GROWTH = new Set(['better', 'fairer', 'safer', 'stronger', 'richer', 'happier', 'healthier', 'kinder', 'smarter', 'grow', 'grows', 'thrive', 'thrives', 'flourish', 'flourishes', 'improve', 'improves', 'profits', 'surprise', 'shine', 'shines', 'succeed', 'succeeds', 'win', 'wins', 'blossom']);

/** "If you hire a woman, expect drama", "Hire an immigrant and say goodbye to your tools". */
export function hireExpect(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  for (let i = 0; i < words.length; i++) {
    if (!['hire', 'hiring', 'employ', 'promote', 'elect', 'rent', 'date', 'marry', 'let', 'invite', 'put', 'appoint', 'make', 'give', 'allow', 'admit', 'import', 'bring', 'accept'].includes(words[i] ?? '')) continue;
    const cond = ['if', 'when', 'once'].includes(words[i - 2] ?? '') || ['if', 'when'].includes(words[i - 1] ?? '') || clauseStartAt(words, i);
    if (!cond) continue;
    let at = i + 1;
    // "rent a flat to Nigerians": the member after "to"
    const to = words.slice(at, at + 4).indexOf('to');
    if (words[i] === 'rent' && to >= 0) at += to;
    if (['to', 'in'].includes(words[at] ?? '')) at++;
    if (['a', 'an', 'any', 'some', 'one', 'the', 'more', 'all', 'these', 'those'].includes(words[at] ?? '')) at++;
    const id = identityWord(tokens, groups, at);
    if (!id) continue;
    const tail = words.slice(id.to + 1, id.to + 14);
    // "... and see what happens", "... and this is what you get", "... and enjoy repeating everything": an open threat after "and"
    const and0 = tail.indexOf('and') >= 0 ? tail.indexOf('and') : tail.indexOf(',');
    const after = and0 >= 0 ? tail.slice(and0 + 1) : [];
    // "... and see what happens: our scores went up": the open threat answered with a gain is a boast
    const gain = after.some((w, k) => (['went', 'go', 'goes', 'gone', 'shot'].includes(w) && after[k + 1] === 'up') || ['rose', 'improved', 'increased', 'grew', 'doubled', 'soared'].includes(w)) && !after.some((w) => RISING_HARMS.has(w) || SUSPECTED.has(w));
    const ominous = !gain && (OMINOUS.some((p) => find(after, p) >= 0) || (after[0] === 'enjoy' && /ing$/.test(after[1] ?? '')));
    // "watch the crime rate explode", "and rents go through the roof": a harm that rises
    const rising = after.some((w) => RISING_HARMS.has(w)) && after.some((w) => RISES.has(w));
    // "watch crime rates fall": a suspected harm said to fall is the hire's good result
    const bad = tail.findIndex((w, k) => SUSPECTED.has(w) && !FALLS.has(tail[k + 1] ?? '') && !FALLS.has(tail[k + 2] ?? ''));
    // "watch productivity drop", "watch the team fall apart"; "watch the team thrive" praises
    const watch = tail.indexOf('watch');
    const watched = watch >= 0 ? tail.slice(watch + 1, watch + 6) : [];
    const decline = watched.some((w) => DECLINES.has(w) || BLAMED_RESULTS.has(w) || SUSPECTED.has(w) || STING.has(w)) && !watched.some((w) => GOOD_TO_DROP.has(w));
    // "put women in charge and the company goes bankrupt": a ruin after "and", not negated
    const and = tail.indexOf('and');
    // "and watch crime rates fall": a fall of something bad to have is no ruin
    const ruinAt = and >= 0 ? tail.findIndex((w, k) => k > and && RUIN_OUTCOMES.has(w)) : -1;
    const ruined = ruinAt >= 0 && !tail.slice(and + 1).some((w) => NEGATORS.has(w)) && !tail.slice(and + 1, ruinAt).some((w) => GOOD_TO_DROP.has(w));
    const warned = find(tail, 'say goodbye') >= 0 || find(tail, 'kiss goodbye') >= 0 || find(tail, 'good luck') >= 0 || decline || ruined || ominous || rising || protectCue(tail) !== null;
    // "hiring an immigrant nurse is not asking for trouble": the warning denied; "..., lovely man": the member praised after it
    const denied = negatedIn(tail, 0, Math.max(0, bad >= 0 ? bad : tail.length));
    const praisedAfter = words.slice(id.to + 14).some((w) => PRAISE_WORDS.has(w));
    if ((bad >= 0 || warned) && !denied && !praisedAfter && !hasPraise(tail) && !tail.some((w) => MORE_POSITIVE.has(w) || POSITIVE_ATTRIBUTES.has(w) || GROWTH.has(w))) return hit(i, id.to + 1 + (bad >= 0 ? bad : tail.length - 1), id, 'stereotype', `${words[i]} a ... expect`);
  }
  return null;
}

/** "bet he's on welfare, he's Black", "probably illegal, she's Mexican": a suspicion pinned on identity. */
export function suspicion(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  const cue = words.findIndex((w, i) => w === 'bet' || w === 'probably' || w === 'guarantee' || (w === 'guess' && words[i - 1] !== 'i') || (w === 'must' && words[i + 1] === 'be'));
  if (cue < 0 || !words.some((w) => SUSPECTED.has(w))) return null;
  const id = suspectAfterCopula(tokens, groups);
  return id ? hit(cue, id.to, id, 'stereotype', 'suspicion pinned on identity') : null;
}

/** Reactions that answer a statement as well as a question: the group's mere presence is the worry. */
const STANDALONE_REACTIONS = new Set(['should i be worried', 'should we be worried', 'should i be concerned', 'do i need to worry', 'rip to the']);

/** Answers that say no to a claim put as a question. */
const NO_ANSWERS = new Set(['nope', 'no', 'nah', 'wrong', 'false']);

/** "A woman pilot? I'm taking the train.", "Muslims on my flight? Nope." */
/** Praise of how a member did something: "she just did her job brilliantly", "incredible". */
const PRAISING_MANNER = new Set([...PRAISING_ADVERBS, 'incredible', 'incredibly']);

export function reaction(words: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  const r = findAny(words, REACTION_PHRASES);
  // "that's a joke of a stat" mocks the number, not the group
  if (!r || hasPraise(words) || (words[r[1]] === 'joke' && words[r[1] + 1] === 'of')) return null;
  // "I'll pass on the coffee", "no thanks needed", "she did her job brilliantly": no refusal of the member
  if (['on', 'me', 'her', 'him', 'it'].includes(words[r[1] + 1] ?? '') && words[r[1]] === 'pass') return null;
  if (words[r[1]] === 'thanks' && ['needed', 'necessary', 'required'].includes(words[r[1] + 1] ?? '')) return null;
  if (words.some((w) => PRAISING_MANNER.has(w))) return null;
  const here = groups.find((g) => !g.pronoun && g.to < r[0] && words.slice(g.to + 1, r[0]).includes('?'));
  if (here) return hit(here.from, r[1], here, 'derogation', 'a group met with a reaction');
  // "A female surgeon? Good luck with that.": an identity adjective before a role, then the question mark
  const q = words.indexOf('?');
  const role = q < r[0] ? roleQuestion(words, q) : undefined;
  // "An Italian restaurant in the airport? I'll pass": the identity describes a place, not a member
  if (role && IDENTITY_THINGS.has(words[role[0] + 1] ?? '')) return null;
  if (role) return hit(role[0], r[1], { from: role[0], to: role[0] + 1, characteristic: role[1], pronoun: false, weak: false }, 'derogation', 'a member in a role met with a reaction');
  const pw = prev.words();
  // ("People mocking 'a woman driver? I'll take the train' need to ...": the exchange is quoted to be mocked)
  if (pw.some((x) => ['mocking', 'mock', 'mocks', "'", '"', '‘', '“'].includes(x))) return null;
  const prole0 = r[0] <= 3 ? roleQuestion(pw, pw.length - 1) : undefined;
  const prole = prole0 && !IDENTITY_THINGS.has(pw[prole0[0] + 1] ?? '') ? prole0 : undefined;
  if (prole) return hit(r[0], r[1], { from: r[0], to: r[0], characteristic: prole[1], pronoun: true, weak: false }, 'derogation', 'a member in a role met with a reaction');
  const pg = prev.groups()[0];
  // ("Saying women are too emotional to lead? Nope.": a claim put as a question and answered no, not a member met)
  if (['saying', 'claiming', 'suggesting', 'so', 'think', 'still', 'really'].includes(pw[0] ?? '') && NO_ANSWERS.has(words[r[0]] ?? '')) return null;
  // "My daughter's new friend is Muslim. Should I be worried?": some reactions need no question before them
  if (!pg || (pw[pw.length - 1] !== '?' && !STANDALONE_REACTIONS.has(words.slice(r[0], r[1] + 1).join(' '))) || r[0] > 3) return null;
  return hit(r[0], r[1], { ...pg, from: r[0], to: r[0], pronoun: true }, 'derogation', 'a group met with a reaction');
}

/** "Not all Muslims are terrorists, but it's always a Muslim": the hedge turned round. */
export function notAllBut(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  if (words[0] !== 'not' || words[1] !== 'all') return null;
  const b = words.indexOf('but');
  if (b < 0) return null;
  for (let j = b + 1; j < words.length - 1; j++) {
    if (!['always', 'every', 'all', 'somehow', 'usually', 'mostly'].includes(words[j] ?? '')) continue;
    let at = j + 1;
    if (['a', 'an', 'the'].includes(words[at] ?? '')) at++;
    // "but all women deserve the choice" generalises kindly; only "always / usually a [member]" turns the hedge
    const id = ['always', 'somehow', 'usually', 'mostly'].includes(words[j] ?? '') ? identityWord(tokens, groups, at) : null;
    if (id) return hit(b + 1, id.to, id, 'stereotype', 'not all ..., but always ...');
    // "but all terrorists are Muslims"
    if (CRIME_NOUNS.has(words[at] ?? '') && ['are', 'is'].includes(words[at + 1] ?? '')) {
      const id2 = identityWord(tokens, groups, at + 2);
      if (id2) return hit(b + 1, id2.to, id2, 'stereotype', 'not all ..., but all ...');
    }
  }
  return null;
}

/** Traces that credit whoever left them. */
const TIDY = new Set(['immaculate', 'spotless', 'tidy', 'neat', 'pristine', 'gorgeous', 'stunning', 'cosy', 'cozy', 'blooming']);

/** "You can always tell when gypsies have been here", "you can tell a [member] lives there". */
export function traces(words: Words, groups: readonly GroupMention[]): Attack | null {
  const t = words.findIndex((w, i) => w === 'tell' && ['can', 'could'].includes(words[i - 1] === 'always' ? words[i - 2] ?? '' : words[i - 1] ?? ''));
  // "you can tell a Polish family lives there, the garden is immaculate": the trace told by is a good one
  if (t < 0 || hasPraise(words) || words.some((w) => MORE_POSITIVE.has(w) || TIDY.has(w)) || negatedIn(words, 0, t)) return null;
  const g = groups.find((m) => !m.pronoun && m.from > t && m.from <= t + 4);
  if (!g || !words.slice(g.to + 1, g.to + 6).some((w) => ['been', 'live', 'lives', 'lived', 'moved', 'here', 'there', 'stayed', 'passed', 'visited'].includes(w))) return null;
  return hit(t - 2 >= 0 && words[t - 2] === 'you' ? t - 2 : t, g.to, g, 'derogation', 'you can tell when [group] have been here');
}

/** Verbs of a fall after "watch": "hire a [member] and watch productivity drop". */
const DECLINES = new Set(['drop', 'drops', 'plummet', 'plummets', 'tank', 'tanks', 'crash', 'crashes', 'sink', 'sinks', 'fall', 'falls', 'collapse', 'collapses', 'burn', 'burns', 'crumble', 'crumbles', 'disappear', 'disappears', 'vanish', 'vanishes', 'die', 'dies', 'suffer', 'suffers', 'nosedive', 'rot', 'go', 'goes']);

/** Things whose fall is good news: "watch the turnover drop". */
const GOOD_TO_DROP = new Set(['turnover', 'churn', 'costs', 'cost', 'errors', 'bugs', 'bug', 'complaints', 'absences', 'absenteeism', 'crime', 'delays', 'waste', 'incidents', 'attrition', 'prices', 'backlog', 'tickets', 'defects']);

/**
 * A pattern presented as noticed: "Funny how every time something goes missing there's an immigrant nearby",
 * "Ever notice how [group] always end up running things?". Needs a generalising word after the cue; a
 * victim framing ("women always get interrupted"), praise, or one's own acquaintances ("my Muslim friends")
 * pass.
 */
export function noticed(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  const c = findAny(words, NOTICING);
  if (!c || hasPraise(words) || words.some((w) => VICTIMISED.has(w) || CRITIQUE.has(w))) return null;
  const g = groups.find((m) => !m.pronoun && m.from > c[1] && !['my', 'our', 'your'].includes(words[m.from - 1] ?? '')) ??
    (() => { for (let j = c[1] + 1; j < words.length; j++) { const x = identityWord(tokens, groups, j); if (x && !['my', 'our', 'your'].includes(words[x.from - 1] ?? '')) return x; } return null; })();
  if (!g) return null;
  // "immigrants always end up in the worst housing": a deprivation the group is given is noticed on its behalf
  if (words.some((w, k) => k > g.to && WORST.has(w) && words.slice(k + 1, k + 3).some((x) => DEPRIVED.has(x)))) return null;
  // the pattern must insinuate: a crime or harm, something missing, a presence, or power ("end up running things")
  if (!words.slice(c[1] + 1).some((w) => NOTICED_CONTENT.has(w) || CRIME_NOUNS.has(w) || STING.has(w) || SUSPECTED.has(w) || BLAMED_RESULTS.has(w) || CHILDREN.has(w) || ARRIVAL.has(w))) return null;
  const pattern = words.slice(c[1] + 1).findIndex((w, k) => PATTERN_WORDS.has(w) && !(w === 'end' && words[c[1] + 2 + k] !== 'up') && !(w === 'tend' && words[c[1] + 2 + k] !== 'to'));
  if (pattern < 0) return null;
  // "is it not funny how" starts earlier
  return hit(c[0], Math.max(g.to, c[1] + 1 + pattern), g, 'stereotype', `pattern insinuated ('${words.slice(c[0], c[1] + 1).join(' ')}')`);
}

/** "the worst housing", "the lowest pay": a deprivation the group is given, not one it causes. */
const WORST = new Set(['worst', 'poorest', 'lowest', 'cheapest', 'lowest-paid', 'dirtiest', 'hardest', 'longest', 'least']);
const DEPRIVED = new Set(['housing', 'jobs', 'job', 'schools', 'pay', 'wages', 'neighbourhoods', 'neighborhoods', 'areas', 'conditions', 'shifts', 'hospitals', 'healthcare', 'care', 'flats', 'homes', 'seats', 'contracts', 'hours', 'treatment', 'paid']);

/** What a noticed pattern pins on a group besides crime: presence, things gone missing, power. */
const NOTICED_CONTENT = new Set(['missing', 'disappear', 'disappears', 'vanish', 'vanishes', 'nearby', 'around', 'behind', 'involved', 'running', 'run', 'owning', 'own', 'owns', 'control', 'controls', 'controlling', 'charge', 'top', 'banks', 'media', 'money', 'settle', 'settles', 'near', 'hanging', 'lurking', 'loitering', 'scam', 'suspicious', 'smell', 'mess', 'noise']);

/** Harms that "follow" a group: "wherever Muslims go, trouble follows". */
const FOLLOWING_HARMS = new Set(['crime', 'trouble', 'violence', 'drugs', 'chaos', 'filth', 'dirt', 'disease', 'problems', 'terror', 'terrorism', 'rubbish', 'litter', 'noise', 'poverty', 'rape', 'riots', 'decay', 'mess', 'theft', 'gangs', 'misery']);

/** A harm's fall: "crime drops", "violence goes down". */
const FALLS = new Set(['falls', 'fell', 'fall', 'drops', 'dropped', 'drop', 'decreases', 'decreased', 'declines', 'declined', 'down', 'shrinks', 'disappears', 'vanishes', 'plummets', 'plummeted', 'sinks']);

/** "Wherever Muslims go, trouble follows", "everywhere there are immigrants, there's crime". */
export function followsThem(words: Words, groups: readonly GroupMention[]): Attack | null {
  const w = words.findIndex((x, k) => x === 'wherever' || x === 'everywhere' || (x === 'any' && words[k + 1] === 'place'));
  if (w < 0 || words.some((x) => VICTIMISED.has(x) || HONEST_Q.has(x))) return null;
  const g = groups.find((m) => !m.pronoun && m.from > w && m.from <= w + 4);
  if (!g) return null;
  const harm = words.findIndex((x, k) => k > g.to && FOLLOWING_HARMS.has(x));
  // "wherever refugees go, crime falls": a harm that shrinks, or "less / fewer crime", is a finding in their favour
  const shrinks = harm >= 0 && (FALLS.has(words[harm + 1] ?? '') || FALLS.has(words[harm + 2] ?? '') || ['less', 'fewer', 'lower', 'reduced'].includes(words[harm - 1] ?? ''));
  return harm >= 0 && !shrinks && !words.slice(g.to, harm).some((x) => NEGATORS.has(x)) ? hit(w, harm, g, 'stereotype', 'wherever [group] go, harm follows') : null;
}

/** "Three guesses what race the shoplifter was", "wonder which religion the bomber follows": no group word, only its category. */
const CATEGORY: Readonly<Record<string, Characteristic>> = { religion: 'religion', race: 'race', ethnicity: 'race', colour: 'race', color: 'race', nationality: 'origin', faith: 'religion', background: 'origin' };

export function guessIdentity(words: Words): Attack | null {
  const q = words.findIndex((w) => ['guess', 'guesses', 'wonder', 'wondering', 'bet'].includes(w));
  if (q < 0) return null;
  const c = words.findIndex((w, k) => k > q && k <= q + 4 && Object.hasOwn(CATEGORY, w) && ['what', 'which', 'whose'].includes(words[k - 1] ?? ''));
  if (c < 0) return null;
  const crime = words.findIndex((w, k) => k > c && k <= c + 5 && CRIME_NOUNS.has(w));
  if (crime < 0 || words.some((w) => CRITIQUE.has(w))) return null;
  return hit(q, crime, { from: c, to: c, characteristic: CATEGORY[words[c] ?? ''] as Characteristic, pronoun: false, weak: false }, 'stereotype', 'guess the identity of a criminal');
}

/** "Crime is up, gee I wonder why, with all these Somalis around": a mock puzzle over a decline with a group present. */
export function wonderWhy(words: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  const w = words.findIndex((x, k) => (x === 'wonder' && words[k + 1] === 'why') || (x === 'idea' && words[k + 1] === 'why' && words[k - 1] === 'no') || (x === 'mystery' && words[k - 1] === 'a'));
  // "I wonder why Muslims feel unwelcome, with all the hate crimes": the crimes are against the group
  if (w < 0 || hasPraise(words) || words.some((x) => CRITIQUE.has(x))) return null;
  // "maybe the recession, not the immigrants": a group named only to be ruled out is no suspect
  const g = groups.find((m) => !m.pronoun && !['not', 'no', 'never'].includes(words[m.from - (['the', 'those', 'these', 'all'].includes(words[m.from - 1] ?? '') ? 2 : 1)] ?? ''));
  const bad = (ws: Words): boolean => (ws.some((x) => BLAMED_RESULTS.has(x) || CRIME_NOUNS.has(x)) || (ws.some((x) => RISING_HARMS.has(x)) && ws.some((x) => RISES.has(x) || ['doubled', 'tripled', 'rose', 'soared', 'spiked', 'exploded', 'skyrocketed'].includes(x)))) && !ws.some((x) => REVERSALS.has(x) || VICTIMISED.has(x));
  if (g && bad(words)) return hit(Math.min(w, g.from), Math.max(w + 1, g.to), g, 'derogation', 'I wonder why, with [group] around');
  const pg = prev.groups()[0];
  return pg && w <= 3 && bad(prev.words()) ? hit(w, w + 1, { ...pg, from: w, to: w, pronoun: true }, 'derogation', 'I wonder why, after a group and a decline') : null;
}

/** Harms done to a member that make the news a grievance: "another Black man shot by police". */
const HARMED = new Set(['shot', 'beaten', 'murdered', 'stabbed', 'assaulted', 'lynched', 'slain', 'injured', 'wounded', 'raped', 'kidnapped', 'robbed', 'mugged', 'threatened']);

/** "Another day, another Muslim in the news": a member's bad news presented as routine. */
export function anotherDay(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  const a = find(words, 'another day');
  if (a < 0 || hasPraise(words)) return null;
  const n = words[a + 2] === ',' ? a + 3 : a + 2;
  if (words[n] !== 'another') return null;
  const id = identityWord(tokens, groups, n + 1);
  if (!id) return null;
  const tail = words.slice(id.to + 1);
  // "another Black man killed by police": a harm done to the member, reported as routine, is a grievance
  if (tail.some((w) => VICTIMISED.has(w) || HARMED.has(w))) return null;
  return tail.some((w) => ['news', 'headlines', 'arrested', 'court', 'charged', 'scandal', 'incident', 'attack', 'caught'].includes(w) || CRIME_NOUNS.has(w)) ? hit(a, id.to, id, 'stereotype', 'another day, another [member]') : null;
}

/** "Why is it always the Arabs?": the group ends the question as the usual culprit. */
export function alwaysThem(words: Words, groups: readonly GroupMention[]): Attack | null {
  for (const g of groups) {
    if (g.pronoun) continue;
    const b = words[g.from - 1] === 'the' ? g.from - 2 : g.from - 1;
    if (words[b] !== 'always' || !['?', '.', '!', 'lol', 'again', undefined].includes(words[g.to + 1])) continue;
    if (words.slice(Math.max(0, b - 3), b).includes('it') && !hasPraise(words)) return hit(b, g.to, g, 'stereotype', 'always the [group]');
  }
  return null;
}

/** "Never buy a used car from an Arab", "don't lend money to a Gypsy": a warning against dealing with any member. */
const DEALINGS = new Set(['buy', 'lend', 'rent', 'sell', 'borrow', 'trust', 'loan', 'give']);

export function dealingRefused(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  for (let i = 0; i < words.length; i++) {
    if (!DEALINGS.has(words[i] ?? '')) continue;
    const neg = words[i - 1] === 'never' || (words[i - 1] === 'not' && ['do', 'would', 'will'].includes(words[i - 2] ?? ''));
    if (!neg || !(clauseStartAt(words, i - 1) || clauseStartAt(words, i - 2) || ['i', 'you', 'would', 'will'].includes(words[i - 3] ?? ''))) continue;
    for (let j = i + 1; j < Math.min(words.length, i + 8) && !CLAUSE_BREAK.has(words[j] ?? ''); j++) {
      if (!['from', 'to', 'with'].includes(words[j] ?? '') || !['a', 'an', 'any'].includes(words[j + 1] ?? '')) continue;
      const id = identityWord(tokens, groups, j + 2);
      if (id) return hit(i - 1, id.to, id, 'stereotype', `never ${words[i]} ... from a [member]`);
    }
  }
  return null;
}

/** "Pakistanis are always involved in grooming gangs": a group generalised as behind crimes. */
export function crimeInvolved(words: Words, groups: readonly GroupMention[]): Attack | null {
  for (const g of groups) {
    if (g.pronoun || !asSubject(words, g)) continue;
    const vp = words.slice(g.to + 1, clauseEnd(words, g.to + 1, 10) + 1);
    const inv = vp.findIndex((w) => ['involved', 'behind', 'responsible'].includes(w));
    if (inv < 0 || !vp.slice(0, inv).some((w) => ['always', 'all', 'usually', 'constantly', 'invariably', 'somehow', 'every', 'mostly'].includes(w))) continue;
    if (vp.some((w) => VICTIMISED.has(w) || w === 'victims' || w === 'fighting' || w === 'stopping' || NEGATORS.has(w))) continue;
    const c = vp.slice(inv + 1).findIndex((w) => CRIME_NOUNS.has(w) || ['war', 'wars', 'crisis', 'crises', 'crash', 'pandemic', 'revolution', 'revolutions', 'plague'].includes(w));
    if (c >= 0) return hit(g.from, g.to + 1 + inv + 1 + c, g, 'stereotype', 'always behind crime');
  }
  return null;
}

/** "Why are Black people so good at running? Running from the police.": a punchline that turns a question into a crime. */
const PUNCH_CRIMES = new Set([...CRIME_NOUNS, 'police', 'cops', 'jail', 'prison', 'welfare', 'benefits', 'stealing', 'stolen', 'stole', 'looting', 'bombs', 'bombing', 'dole']);

export function crimePunchline(words: Words, prev: Neighbour): Attack | null {
  const n = words.filter((w) => /^[a-z]/.test(w)).length;
  if (n === 0 || n > 6 || !words.some((w) => PUNCH_CRIMES.has(w)) || words.some((w) => CRITIQUE.has(w) || ['bias', 'biased', 'brutality', 'racism', 'racist', 'discrimination', 'profiling', 'unfair'].includes(w))) return null;
  const p = prev.words();
  if (p[p.length - 1] !== '?' || !['why', 'how', 'what'].includes(p[0] ?? '')) return null;
  const pg = prev.groups().find((m) => !m.pronoun);
  // the punchline picks up the question's own word ("so good at running? Running from the police")
  const echo = words.some((w) => /^[a-z]{4,}$/.test(w) && p.includes(w) && !PUNCH_CRIMES.has(w));
  return pg && echo ? hit(0, words.length - 1, { ...pg, from: 0, to: 0, pronoun: true }, 'derogation', 'a crime as the punchline about a group') : null;
}

/** "Is the Muslim guy in accounting going to blow up the office?": a member cast as the next attacker. */
const NEXT_CRIMES = new Set(['blow', 'bomb', 'stab', 'rob', 'steal', 'rape', 'shoot', 'hijack', 'scam', 'mug', 'loot', 'behead', 'explode']);

export function nextCrime(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  for (let i = 0; i < words.length; i++) {
    const id = identityWord(tokens, groups, i);
    if (!id) continue;
    const vp = words.slice(id.to + 1, id.to + 9);
    const f = vp.findIndex((w, k) => (w === 'going' && vp[k + 1] === 'to') || w === 'gonna' || w === 'will' || w === "'ll");
    // "will bomb us with cookies" is a figure of speech
    // ("will blow the roof off", "going to blow the speakers": a loud night, not a bomb)
    const c = f >= 0 ? vp.findIndex((w, k) => k > f && k <= f + 3 && NEXT_CRIMES.has(w) && vp[k + 1] !== 'with' && vp[k + 2] !== 'with' && !(w === 'blow' && words.slice(id.to + 2 + k, id.to + 5 + k).some((x) => ['roof', 'speakers', 'minds', 'mind', 'away', 'competition', 'doors', 'candles', 'whistle', 'kisses', 'kiss', 'bubbles', 'horn', 'trumpet', 'nose'].includes(x)))) : -1;
    if (c >= 0 && !vp.slice(0, c).some((w) => NEGATORS.has(w))) return hit(id.from, id.to + 1 + c, id, 'stereotype', 'a member cast as the next attacker');
    i = id.to;
  }
  return null;
}

/** "If you want your bike to disappear, just park it near the Roma camp": a theft promised by a group's nearness. */
export function vanishNear(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  const v = words.findIndex((w, k) => ['disappear', 'vanish', 'stolen', 'nicked', 'missing', 'robbed', 'keyed'].includes(w) && words.slice(Math.max(0, k - 6), k).some((x) => x === 'want' || x === 'like') && words.slice(Math.max(0, k - 5), k).some((x) => VALUABLES.has(x)));
  if (v < 0) return null;
  const n = words.findIndex((w, k) => k > v && ['near', 'around', 'by', 'outside'].includes(w));
  if (n < 0) return null;
  for (let j = n + 1; j < Math.min(words.length, n + 4); j++) {
    // a group, or an identity before where its people live ("the Roma camp"), not a thing ("the Thai temple")
    const id = groups.find((m) => !m.pronoun && m.from === j) ?? (identityAdjective(words[j] ?? '') && ['camp', 'camps', 'estate', 'estates', 'site', 'family', 'families', 'kids', 'lads', 'gangs', 'neighbours', 'neighbors'].includes(words[j + 1] ?? '') ? identityWord(tokens, groups, j) : null);
    if (id) return hit(v, id.to, id, 'stereotype', 'a theft promised near the group');
  }
  return null;
}

/** "Why are all the terrorists Muslim?": an identity asked after as if it were the crime's. */
export function allTheCriminals(tokens: readonly Token[], words: Words): Attack | null {
  if (words[0] !== 'why' || !['are', 'is', 'were'].includes(words[1] ?? '') || words[words.length - 1] !== '?') return null;
  let k = 2;
  while (['all', 'the', 'so', 'many', 'most', 'always', 'every'].includes(words[k] ?? '')) k++;
  if (k === 2 || !CRIME_NOUNS.has(words[k] ?? '')) return null;
  const c = identityAdjective(words[k + 1] ?? '');
  return c && c !== 'age' && words[k + 2] === '?' ? hit(0, k + 1, { from: k + 1, to: k + 1, characteristic: c, pronoun: false, weak: false }, 'stereotype', 'why are all the [criminals] [identity]?') : null;
}
