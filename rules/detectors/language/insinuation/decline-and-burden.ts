/**
 * Frames that blame a group for a decline or cast it as a burden: resentment of what it gets ("free houses while our
 * veterans sleep rough", "where do they get the money for those cars?"), being sick of it, a decline dated from its
 * arrival, its gains or its hiring ("since the Somalis arrived", "downhill ever since"), a consequence drawn from a
 * member in a role ("Women in charge? That's how companies go bankrupt."), better before, "more [group] means more
 * crime", a group cast as a burden to put up with or pay for, and ruin as its touch ("everything they touch turns to
 * dust", "any country they haven't ruined").
 */
import { SINGULAR_GENDER, type GroupMention } from '../find-groups';
import { identityAdjective, type Characteristic } from '../lexicon/groups';
import { BLAMED_RESULTS, CRIME_NOUNS, DEPRIVED, INGROUP, REVERSALS, SUSPECTED, RUIN_OUTCOMES } from '../lexicon/derogation';
import type { Attack } from '../predicate';
import { CLAUSE_BREAK, NEGATORS, type Token } from '../tokens';
import { ARRIVAL, arrives, asSubject, clauseEnd, find, findAny, hasPraise, hit, identityWord, negatedIn, type Neighbour, QUESTION_OPENERS, type Words } from './shared';

/** "That's how companies go bankrupt", "this is why ...": a consequence that may point back to a question before. */
export function consequenceOpen(tokens: readonly Token[]): boolean {
  let i = 0;
  if (['and', 'because', 'yeah', 'yep', 'lol', 'well', ','].includes(tokens[i]?.w ?? '')) i++;
  if (tokens[i]?.w === ',') i++;
  return ['that', 'this', 'which'].includes(tokens[i]?.w ?? '') && tokens[i + 1]?.w === 'is' && ['how', 'why'].includes(tokens[i + 2]?.w ?? '');
}

/** "Refugees get free houses while our veterans sleep on the street." */
/** Words that mark a claim as false: "refugees get free houses while ..., the tabloid lied". */
const DEBUNKED = new Set(['myth', 'myths', 'false', 'falsely', 'untrue', 'debunked', 'misinformation', 'disinformation', 'hoax']);

/** Sources whose lying debunks the claim they spread: "the tabloid lied" (not "the media lies about it", which endorses it). */
const SOURCES = new Set(['tabloid', 'tabloids', 'paper', 'papers', 'newspaper', 'headline', 'headlines', 'post', 'article', 'meme', 'leaflet', 'poster', 'site', 'website', 'campaign', 'politician', 'mp', 'claim']);

/** Harms a group is said to "get": "get beaten", "get ignored". */
const HARMS_GOT = new Set(['beaten', 'neglected', 'abused', 'attacked', 'ignored', 'mistreated', 'bullied', 'harassed', 'robbed', 'hurt', 'killed', 'murdered', 'assaulted', 'scammed', 'targeted', 'overlooked', 'left', 'forgotten', 'excluded', 'refused', 'denied', 'stopped', 'searched', 'arrested', 'insulted', 'spat', 'mocked', 'misgendered', 'sacked', 'fired', 'underpaid', 'exploited']);

export function resentment(words: Words, groups: readonly GroupMention[]): Attack | null {
  for (const g of groups) {
    if (g.pronoun) continue;
    let j = g.to + 1;
    while (['all', 'just', 'now', 'always', 'are', 'get', 'gets', 'got', 'getting', 'receive', 'receives', 'given', 'handed', 'being', 'have', 'has', 'been'].includes(words[j] ?? '') && j < g.to + 6) j++;
    if (j === g.to + 1 || !words.slice(g.to + 1, j).some((w) => ['get', 'gets', 'got', 'getting', 'receive', 'receives', 'given', 'handed'].includes(w))) continue;
    // ("older people get beaten and neglected in care homes more than we think": a harm they suffer, not a thing handed them)
    if (HARMS_GOT.has(words[j] ?? '')) continue;
    // "[group] get everything handed to them"
    if (['everything', 'whatever'].includes(words[j] ?? '') && (words.slice(j, j + 5).some((w) => ['handed', 'free', 'given'].includes(w)) || words.slice(g.to + 1, j).some((w) => w === 'given' || w === 'handed'))) return hit(g.from, j, g, 'derogation', 'get everything handed to them');
    const conj = words.findIndex((w, k) => k > j && ['while', 'whilst', 'meanwhile', 'but', 'yet', 'and', 'when', 'before', 'ahead'].includes(w));
    if (conj < 0) continue;
    const tail = words.slice(conj + 1, conj + 12);
    // "..., the tabloid lied", "... is a myth": the resentment quoted to debunk it
    if (words.some((w, k) => DEBUNKED.has(w) || (['lied', 'lies', 'lie', 'lying'].includes(w) && SOURCES.has(words[k - 1] ?? '')))) continue;
    if (tail.some((w) => INGROUP.has(w)) && tail.some((w) => DEPRIVED.has(w))) return hit(g.from, Math.min(words.length - 1, conj + 1 + tail.findIndex((w) => DEPRIVED.has(w))), g, 'derogation', 'resentment: [group] get ... while we ...');
  }
  return null;
}

/** Goods whose loss is a decline: "not safe anymore", "not the same". */
const LOST_GOODS = new Set(['safe', 'clean', 'quiet', 'peaceful', 'same']);
/** Another cause or an earlier state named for the decline: "the storm took half their roof off", "the previous owners had left ...". */
const OTHER_CAUSES = new Set(['storm', 'storms', 'flood', 'floods', 'roadworks', 'council', 'landlord', 'landlords', 'tenants', 'owner', 'owners', 'neglect', 'pandemic', 'crisis', 'recession', 'mill', 'factory', 'bypass', 'gang', 'vandals', 'game', 'match', 'festival', 'parade']);
/** Gladness: "best night of the year", "I loved every minute", "chaos in the best way", "is heaven". */
const GLAD = new Set(['best', 'loved', 'love', 'heaven', 'finally', 'proper', 'lovely', 'brilliant', 'amazing', 'fun']);

/**
 * The decline has another reading: the writer is glad, one's own family came, the state was earlier or someone else's
 * doing ("had been empty", "the previous owners had left"), it turned round ("from a mess to the nicest shop"), or is
 * denied ("the only machine that isn't broken").
 */
function arrivalExcused(words: Words, g: GroupMention, end: number): boolean {
  if (hasPraise(words) || words.some((w) => GLAD.has(w) || OTHER_CAUSES.has(w)) || ['my', 'our'].includes(words[g.from - 1] ?? '')) return true;
  if (words.includes('had') || words.includes('already') || (words.includes('from') && words.includes('to'))) return true;
  // ("not safe anymore" is itself the decline; "isn't broken", "no problem" deny it)
  const lostGood = LOST_GOODS.has(words[end] ?? '');
  return (!lostGood && (NEGATORS.has(words[end - 1] ?? '') || NEGATORS.has(words[end - 2] ?? ''))) || (words[end - 1] === 'the' && words[end - 2] === 'about');
}

/** "Since the Somalis arrived, crime went through the roof." */
export function arrivalBlame(words: Words, groups: readonly GroupMention[]): Attack | null {
  // "since / when / whenever / once / after / as soon as / the moment [group] arrive(d)"; "after we hired women"
  let s = -1;
  let g: GroupMention | undefined;
  for (let i = 0; i < words.length && !g; i++) {
    const w = words[i] ?? '';
    const conj = w === 'since' || w === 'when' || w === 'whenever' || w === 'once' || w === 'after' ||
      (w === 'as' && words[i - 1] === 'soon' && words[i - 2] === 'as') || (['moment', 'minute', 'second', 'day'].includes(w) && words[i - 1] === 'the' && i > 1);
    if (!conj) continue;
    const m = groups.find((x) => !x.pronoun && x.from > i && x.from <= i + 4);
    if (!m) continue;
    // the group arrives ("move in", "arrived") or is let in ("we hired women", "they let the Poles in")
    const letIn = words.slice(i + 1, m.from).some((x) => ['hired', 'hire', 'let', 'admitted', 'allowed', 'welcomed', 'elected', 'took', 'brought'].includes(x));
    if (arrives(words, m) || letIn) {
      s = i;
      g = m;
    }
  }
  if (s < 0 || !g) return null;
  // "since [group] arrived, crime ..." reads on; "crime went up when [group] arrived" reads back
  let end = -1;
  for (let j = 0; j < words.length && !(['.', '!', '?'].includes(words[j] ?? '') && j > g.to); j++) {
    const w = words[j] ?? '';
    if (j >= s && j <= g.to) continue;
    // "crime has fallen / declined / halved": an improvement since they came ("fallen" is not in REVERSALS' past tenses)
    if ((REVERSALS.has(w) || ['fallen', 'declined', 'halved', 'dropping', 'falling', 'improved'].includes(w)) && !(w === 'down' && words[j + 1] === 'the')) return null;
    // "is not safe anymore": a lost good counts as a decline
    const lost = LOST_GOODS.has(w) && NEGATORS.has(words[j - 1] ?? '');
    // "went to the dogs / to pot / south", "fell to pieces"
    const slid = (w === 'dogs' && words[j - 1] === 'the' && words[j - 2] === 'to') || (w === 'pot' && words[j - 1] === 'to') || (w === 'south' && /^(went|go|goes|going|gone)$/.test(words[j - 1] ?? '')) || (w === 'pieces' && words[j - 1] === 'to')
      // "the school's gone mad", not "gone mad for sports day" (an enthusiasm)
      || (['mad', 'crazy', 'insane', 'nuts'].includes(w) && /^(went|go|goes|going|gone)$/.test(words[j - 1] ?? '') && !['for', 'about', 'over', 'with'].includes(words[j + 1] ?? ''));
    if ((BLAMED_RESULTS.has(w) && w !== 'nice') || lost || slid || (w === 'up' && words.slice(Math.max(0, j - 4), j).some((x) => BLAMED_RESULTS.has(x)))) end = Math.max(end, j);
  }
  // "things went downhill for refugees": the group in a victim slot suffers the decline
  if (['for', 'against', 'on'].includes(words[g.from - 1] ?? '')) return null;
  if (end > 0 && arrivalExcused(words, g, end)) return null;
  return end > 0 ? hit(Math.min(s, end), Math.max(end, g.to), g, 'derogation', 'decline blamed on arrival') : null;
}

/** "I'm sick of immigrants", "tired of gay people everywhere", "can't go anywhere without seeing Muslims". */
export function fedUp(words: Words, groups: readonly GroupMention[]): Attack | null {
  for (const g of groups) {
    if (g.pronoun) continue;
    const b = words.slice(Math.max(0, g.from - 6), g.from).join(' ');
    const sick = /(sick|tired) of( all)?( the| these| those)?$|fed up with( all)?( the| these| those)?$|had enough of( all)?( the| these| those)?$/.test(b);
    const without = /(anywhere|outside|out|street|town|city) without (seeing|meeting|hearing|bumping into|running into|tripping over)( a| an| some| the)?$/.test(b);
    const n = words[g.to + 1];
    // "sick of women being paid less" complains on the group's behalf
    const alone = n === undefined || CLAUSE_BREAK.has(n) || [',', 'everywhere', 'here', 'now', 'already', 'anymore', 'lol', 'and'].includes(n);
    if ((sick && alone) || (without && !hasPraise(words))) return hit(Math.max(0, g.from - 4), g.to, g, 'generalisation', sick ? 'sick of [group]' : "can't go anywhere without");
  }
  return null;
}

/** A bare noun phrase asked as a question ("Women in charge?", "A Muslim mayor?"): the identity in it, or null. */
const NOT_BARE = new Set(['are', 'is', 'do', 'does', 'was', 'were', 'can', 'should', 'have', 'has', 'did', 'what', 'who', 'when', 'cares', 'care', 'think', 'thinks', 'want', 'wants', 'say', 'says', 'said', 'know', 'knows', 'asked']);
function bareIdentityQuestion(words: Words, groups: readonly GroupMention[], q: number): Characteristic | null {
  if (q < 1 || q > 7 || (words[q] !== '?' && words[q] !== ',') || QUESTION_OPENERS.has(words[0] ?? '')) return null;
  // a clause is not a bare noun phrase: "Nobody cares what disabled people think, which is why the ramps are broken"
  if (words.slice(0, q).some((w) => NOT_BARE.has(w) || NEGATORS.has(w))) return null;
  const g = groups.find((m) => !m.pronoun && m.to < q);
  if (g) return g.characteristic;
  for (let k = 0; k < q; k++) {
    const c = identityAdjective(words[k] ?? '');
    if (c && c !== 'age' && /^[a-z]+$/.test(words[k + 1] ?? '')) return c;
    if (SINGULAR_GENDER.has(words[k] ?? '')) return 'gender';
  }
  return null;
}

/**
 * A member or a group in a role dismissed by its consequence: "Women in charge? That's how companies go bankrupt.",
 * "A Black mayor? That's why the city is broke." The question is a bare noun phrase (here or the sentence before)
 * and the consequence names a ruin; "Women in charge? That's how companies grow." passes.
 */
export function consequence(words: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  let o = -1;
  for (let k = 0; k + 2 < words.length; k++) {
    if (['that', 'this', 'which'].includes(words[k] ?? '') && words[k + 1] === 'is' && ['how', 'why'].includes(words[k + 2] ?? '') && (k === 0 || ['?', ',', 'and', 'yeah', 'well', 'lol', 'because', '.', '!'].includes(words[k - 1] ?? ''))) {
      o = k;
      break;
    }
  }
  if (o < 0) return null;
  const tail = words.slice(o + 3, clauseEnd(words, o + 3, 14) + 1);
  if (!tail.some((w) => RUIN_OUTCOMES.has(w)) || tail.some((w) => NEGATORS.has(w)) || hasPraise(tail)) return null;
  const end = o + 3 + tail.length - 1;
  // "Women in charge? That's how ...", "Women in charge, that's how ..."
  const q = words[o - 1] === ',' ? o - 1 : words.indexOf('?');
  if (q >= 0 && q < o) {
    const c = bareIdentityQuestion(words, groups, q);
    if (c) return hit(0, end, { from: 0, to: Math.max(0, q - 1), characteristic: c, pronoun: false, weak: false }, 'derogation', 'a member in a role dismissed by its consequence');
    return null;
  }
  if (o > 2) return null;
  const pw = prev.words();
  if (pw[pw.length - 1] !== '?') return null;
  const c = bareIdentityQuestion(pw, prev.groups(), pw.length - 1);
  return c ? hit(o, end, { from: o, to: o, characteristic: c, pronoun: true, weak: false }, 'derogation', 'a member in a role dismissed by its consequence') : null;
}

/** Harms a "more [group] means more ..." equation adds. */
const EQUATES = new Set(['means', 'mean', 'equals', 'equal', '=', 'brings', 'bring', 'leads', 'lead', 'gets', 'get']);

/** "More immigrants means more crime", "more women in charge = more drama". */
export function moreMeansMore(words: Words, groups: readonly GroupMention[]): Attack | null {
  for (const g of groups) {
    if (g.pronoun || words[g.from - 1] !== 'more') continue;
    const e = words.slice(g.to + 1, g.to + 6).findIndex((w) => EQUATES.has(w));
    if (e < 0) continue;
    const tail = words.slice(g.to + 2 + e, clauseEnd(words, g.to + 2 + e, 6) + 1);
    const harm = tail.findIndex((w) => BLAMED_RESULTS.has(w) || CRIME_NOUNS.has(w) || SUSPECTED.has(w) || RUIN_OUTCOMES.has(w));
    if (harm >= 0 && !tail.slice(0, harm).some((w) => NEGATORS.has(w) || w === 'less' || w === 'fewer')) return hit(g.from - 1, g.to + 2 + e + harm, g, 'stereotype', 'more [group] means more ...');
  }
  return null;
}

/** Luxuries a resented possessive pays for: "why should my taxes pay for disabled people's holidays?" */
const LUXURIES = new Set(['holidays', 'holiday', 'phones', 'iphones', 'cars', 'houses', 'mansions', 'lifestyle', 'lifestyles', 'luxuries', 'trips', 'hotels', 'hotel', 'flatscreens', 'tvs']);

/** Burdens a group is cast as: "put up with [group]", "pay for [group]". */
const BURDENS = ['money keeping', 'money on keeping', 'money on', 'keeping', 'put up with', 'pay for', 'paying for', 'tolerate', 'tolerating', 'foot the bill for', 'subsidise', 'subsidize', 'bankroll', 'babysit', 'babysitting', 'deal with', 'dealing with', 'carry', 'carrying', 'take in', 'taking in', 'absorb'];

/** What makes a burden resented: "why should", "how much longer", "tired of", "forced to". */
const RESENTING = ['why should', 'how much longer', 'how many more', 'how long', 'tired of', 'sick of', 'fed up', 'have to', 'has to', 'forced to', 'expected to', 'made to', 'keep', 'still', 'taxes', 'so much money', 'waste money', 'wasting money', 'why do we spend', 'why are we spending'];

/**
 * A group cast as a burden: "how much longer do we have to put up with these immigrants?", "why should my taxes pay
 * for Muslims?", "how many more refugees do we have to take?". The group follows the burden verb (so "women
 * shouldn't have to put up with harassment" passes) and the sentence resents it.
 */
export function burden(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  const resent = RESENTING.map((p) => find(words, p)).filter((i) => i >= 0);
  if (!resent.length || hasPraise(words)) return null;
  const b = findAny(words, BURDENS);
  if (b) {
    let at = b[1] + 1;
    while (['the', 'these', 'those', 'all', 'more', 'any', 'a', 'an', 'some', 'our'].includes(words[at] ?? '')) at++;
    const id = identityWord(tokens, groups, at);
    if (id && (words[id.to + 1] !== "'s" || LUXURIES.has(words[id.to + 2] ?? '')) && Math.min(...resent) <= b[0]) return hit(Math.min(...resent), id.to, id, 'derogation', `a burden ('${words.slice(b[0], b[1] + 1).join(' ')}')`);
  }
  // "how many more refugees do we have to take?"
  const h = find(words, 'how many more');
  const g = h >= 0 ? groups.find((m) => !m.pronoun && m.from === h + 3) : undefined;
  if (g && words.slice(g.to + 1).some((w) => ['take', 'accept', 'house', 'feed', 'absorb', 'let', 'admit', 'tolerate', 'before', 'until'].includes(w)) && !words.slice(g.to + 1).some((w) => ['help', 'save', 'welcome', 'support', 'drown', 'die'].includes(w))) return hit(h, g.to, g, 'derogation', 'how many more [group] ...');
  return null;
}

/** "We were better off before the Somalis moved in", "the street got quieter after the Nigerians left". */
const BETTERMENT = new Set(['great', 'quieter', 'calmer', 'cleaner', 'safer', 'nicer', 'better', 'happier', 'peaceful', 'improved', 'cheaper', 'richer', 'lovely', 'fine', 'nice', 'quiet', 'safe', 'clean', 'decent', 'perfect']);

const LEAVING = new Set(['left', 'leave', 'moved', 'went', 'gone', 'deported', 'kicked', 'packed', 'sent', 'removed', 'shipped', 'out']);

/** Arrival verbs that must come right after the group: "until the Somalis came / moved in / showed up / took over". */
const CAME = new Set(['moved', 'moving', 'move', 'arrived', 'arriving', 'arrive', 'came', 'come', 'coming', 'showed', 'turned', 'settled', 'bought', 'rented', 'got', 'walked', 'took', 'invaded', 'flooded', 'poured', 'swarmed', 'started', 'began']);

/** Words between the group and its verb: "until the Somalis all moved in", "after the Nigerians finally left". */
const VERB_FILL = new Set(['all', 'just', 'finally', 'suddenly', 'eventually', 'had', 'have', 'were', 'got']);

/** "we really miss them", "sadly": the writer mourns the group's leaving rather than welcoming it. */
const MISSED = new Set(['miss', 'missed', 'misses', 'missing', 'sadly', 'sad', 'shame', 'pity', 'sorry', 'unfortunately', 'regret', 'heartbroken', 'lonely', 'mourn']);

export function betterBefore(words: Words, groups: readonly GroupMention[], prev?: Neighbour): Attack | null {
  for (const g of groups) {
    if (g.pronoun) continue;
    let b = g.from - 1;
    while (['the', 'all', 'these', 'those', 'any'].includes(words[b] ?? '')) b--;
    const link = words[b] ?? '';
    let v = g.to + 1;
    while (VERB_FILL.has(words[v] ?? '') && v < g.to + 3) v++;
    const verb = words[v] ?? '';
    // ("Remember when this neighbourhood was nice? Before all the foreigners moved in.": the betterment in the sentence before)
    // (only a fragment that ends there: "Before the Polish family moved in, we never talked to neighbours" goes on to praise)
    const fragment = words.slice(v + 1).filter((w) => !['.', '!', '?', 'in', 'here', 'over', 'lol'].includes(w)).length === 0;
    // ("we never had these problems before [group] came": the trouble dated from their arrival)
    const troubleFree = /\b(?:never|did not|didnt) (?:had|have|used to have|saw|see) (?:these|this|any|such|those|the|all this|all these) (?:\w+ )?(?:problems|problem|trouble|troubles|issues|crime|violence|stabbings|gangs|riots|drugs|muggings|burglaries)\b|\bthere (?:was|were) no (?:crime|trouble|problems|violence|stabbings|gangs|muggings)\b/.test(words.slice(0, b).join(' '));
    // ("Nice neighbourhood. Well, it was, before the [group] moved in.": only a take-back before the link)
    const takeBack = b > 0 && words.slice(0, b).every((w) => ['well', 'it', 'was', 'used', 'to', 'be', ',', 'at', 'least', 'that', 'is', 'or', 'rather', 'anyway', 'i', 'mean', 'until', 'yeah', 'oh'].includes(w)) && words.slice(0, b).includes('was');
    const better = troubleFree || words.slice(0, b).some((w) => BETTERMENT.has(w)) || ((b === 0 || takeBack) && fragment && prev !== undefined && prev.words().some((w) => BETTERMENT.has(w)) && !prev.words().some((w) => MISSED.has(w)));
    if (!better || (!troubleFree && negatedIn(words, 0, b)) || words.some((w) => MISSED.has(w))) continue;
    // (the trouble put down to something else, or denied still: "... it was the landlord", "and we still don't", "they
    // fixed my fence")
    const after = words.slice(v + 1);
    if (troubleFree && (after.some((w) => OTHER_CAUSES.has(w) || GLAD.has(w) || ['fixed', 'helped', 'kind', 'lovely', 'nice'].includes(w)) || after.join(' ').match(/\bstill (?:do not|dont|have not|havent)\b/))) continue;
    // "started getting blamed", "began being harassed": something done to the group, not its arrival
    const passive = ['getting', 'being', 'been', 'get', 'got'].includes(words[v + 1] ?? '') && /ed$/.test(words[v + 2] ?? '');
    const came = CAME.has(verb) && !(['started', 'began', 'took', 'turned', 'got'].includes(verb) && !(ARRIVAL.has(words[v + 1] ?? '') || ['moving', 'arriving', 'coming', 'over', 'up', 'in', 'taking', 'buying', 'renting'].includes(words[v + 1] ?? '')));
    if ((link === 'before' || link === 'until' || link === 'till') && came && !passive) return hit(b, v, g, 'derogation', 'better before [group] came');
    if (['after', 'since', 'once', 'when'].includes(link) && LEAVING.has(verb) && !words.slice(v, v + 3).some((w) => ['in', 'into', 'here'].includes(w))) return hit(b, v, g, 'derogation', 'better after [group] left');
  }
  return null;
}

/** "Women got the vote and it's been downhill ever since": a gain by the group dated as the start of a decline. */
const DOWNHILL = ['downhill', 'gone to pot', 'gone to the dogs', 'gone to hell', 'down the drain', 'down the toilet', 'gone south', 'gone wrong', 'fallen apart', 'a mess', 'a disaster', 'chaos', 'a shambles', 'a dump', 'a nightmare'];

export function everSince(words: Words, groups: readonly GroupMention[]): Attack | null {
  const s = find(words, 'ever since');
  // the group is the subject of the clause the decline is dated back to ("Women got the vote and ..."), not a possessor
  // ("my neighbour's garden has been a mess"), and "ever since" ends the clause: "ever since the flood" dates it from the flood
  const g = s > 0 ? groups.find((m) => !m.pronoun && m.to < s && asSubject(words, m) && words[m.to + 1] !== "'s") : undefined;
  const n = words[s + 2];
  if (!g || hasPraise(words) || !(n === undefined || CLAUSE_BREAK.has(n) || n === ',' || n === 'then')) return null;
  const d = findAny(words.slice(g.to + 1, s), DOWNHILL);
  return d && !negatedIn(words, g.to + 1, s) ? hit(g.from, s + 1, g, 'derogation', 'a decline dated from the group') : null;
}

/** "Is there any country the Chinese haven't ruined?": no exception to a harm. */
const RUINED = new Set(['ruined', 'destroyed', 'wrecked', 'invaded', 'stolen', 'spoiled', 'spoilt', 'messed', 'screwed', 'infested', 'polluted', 'robbed', 'scammed', 'bombed', 'taken', 'corrupted', 'conquered', 'colonised', 'colonized', 'overrun']);

export function noUntouched(words: Words, groups: readonly GroupMention[]): Attack | null {
  const t = find(words, 'is there');
  if (t < 0 || !['any', 'a', 'one'].includes(words[t + 2] ?? '')) return null;
  const g = groups.find((m) => !m.pronoun && m.from > t + 2 && m.from < t + 7);
  if (!g) return null;
  const vp = words.slice(g.to + 1, g.to + 5);
  const r = vp.findIndex((w) => RUINED.has(w));
  // "where Roma people haven't been taken from their homes": a passive makes the group the one harmed
  if (r < 0 || !vp.slice(0, r).some((w) => NEGATORS.has(w)) || vp.slice(0, r).some((w) => w === 'been' || w === 'being')) return null;
  return hit(t, g.to + 1 + r, g, 'stereotype', 'no place the group has not harmed');
}

/** "Everything Africans touch turns to dust": ruin as the group's touch. */
const DUST = new Set(['dust', 'shit', 'crap', 'ruin', 'ruins', 'ashes', 'garbage', 'trash', 'rubbish', 'hell', 'rot', 'rubble', 'ash', 'poison', 'nothing']);

export function ruinTouch(words: Words, groups: readonly GroupMention[]): Attack | null {
  const e = words.indexOf('everything');
  const g = e >= 0 ? groups.find((m) => !m.pronoun && m.from >= e + 1 && m.from <= e + 2) : undefined;
  if (!g || !['touch', 'touches', 'touched', 'get', 'run', 'runs', 'build'].includes(words[g.to + 1] ?? '')) return null;
  const rest = words.slice(g.to + 2, g.to + 8);
  return rest.some((w) => ['turns', 'turn', 'goes', 'becomes', 'falls', 'fall', 'collapses', 'rots', 'dies', 'breaks', 'fails'].includes(w)) && (rest.some((w) => DUST.has(w)) || rest.some((w) => ['collapses', 'rots', 'dies', 'breaks', 'fails', 'falls'].includes(w))) ? hit(e, g.to + 1 + rest.length, g, 'stereotype', 'everything they touch is ruined') : null;
}

/** "Our office has gone downhill since they started hiring women engineers": a decline dated from letting the group in. */
export function declineSinceHiring(words: Words, groups: readonly GroupMention[]): Attack | null {
  const s = words.findIndex((w) => w === 'since' || w === 'after' || w === 'when');
  if (s < 0) return null;
  const h = words.findIndex((w, k) => k > s && k <= s + 4 && ['hiring', 'hired', 'hire', 'letting', 'let', 'admitting', 'admitted', 'accepting', 'accepted', 'promoting', 'promoted', 'allowing', 'allowed'].includes(w));
  const g = h > 0 ? groups.find((m) => !m.pronoun && m.from > h && m.from <= h + 2) : undefined;
  // "downhill since they stopped hiring women": the decline dated from shutting the group out
  if (!g || hasPraise(words) || words.slice(s + 1, h).some((w) => NEGATORS.has(w) || ['stopped', 'stop', 'quit', 'ended', 'cut', 'fired', 'sacked'].includes(w))) return null;
  const d = findAny(words, DOWNHILL);
  return d && !negatedIn(words, 0, d[0]) ? hit(Math.min(d[0], s), g.to, g, 'derogation', 'a decline since hiring [group]') : null;
}

/** "Where do all these Nigerians get the money for those cars?": wealth insinuated as ill-gotten. */
export function whereMoney(words: Words, groups: readonly GroupMention[]): Attack | null {
  if (words[0] !== 'where' || !['do', 'does', 'did'].includes(words[1] ?? '')) return null;
  const g = groups.find((m) => !m.pronoun && m.from >= 2 && m.from <= 4);
  return g && ['get', 'find'].includes(words[g.to + 1] ?? '') && words.slice(g.to + 2, g.to + 5).some((w) => ['money', 'cash', 'funds'].includes(w)) && words.slice(g.to + 3).some((w) => LUXURIES.has(w) || ['cars', 'car', 'gold', 'watches', 'trainers', 'designer', 'bmws', 'mercedes', 'jewellery', 'jewelry'].includes(w)) ? hit(0, g.to + 2, g, 'stereotype', 'where do [group] get the money?') : null;
}
