/**
 * Round 9, second pass: what a group's presence is said to cause, and the distance kept from it. A group as the subject
 * of a consequence ("girls in the server room means the network goes down", "old people driving is how people die",
 * "turned this town into a dump"); a reply to a bare member-role question that walks away ("A female mechanic? I'll
 * take my car elsewhere."); withdrawal from a place a member is in ("has a trans teacher now, we're pulling him out");
 * precautions taken around a member; extra scrutiny or a separate room demanded for a group; a hierarchy between two
 * groups; a group excluded from work with children or from being hired; hiring a group called charity; a group that
 * hogs every seat; a group likened to children; "[verb] like a girl"; "and then wonder why"; children taught a vice;
 * one identity called "just" another; "you can tell a [member] by ..."; "there goes the neighbourhood" at a member's
 * arrival; "a front for"; an identity called made up or cosplay.
 *
 * As in general-shapes, each needs an identity in the sentence (the reply frame: in the question before it), and
 * praise or a debunking word lets the sentence pass.
 */
import type { GroupMention } from '../find-groups';
import { identityAdjective, type Characteristic } from '../lexicon/groups';
import { RUIN_OUTCOMES, VICTIMISED } from '../lexicon/derogation';
import type { Attack } from '../predicate';
import { CLAUSE_BREAK, NEGATORS, type Token } from '../tokens';
import { asSubject, clauseEnd, find, findAny, hasPraise, HEADWEAR, hit, IDENTITY_THINGS, identityIn, identityWord, negatedIn, PRAISING_ADVERBS, roleQuestion, writerIsMember, type Neighbour, type Words } from './shared';

const DENYING = new Set(['myth', 'myths', 'lie', 'lies', 'false', 'baseless', 'debunked', 'stereotype', 'stereotypes', 'trope', 'tropes', 'racist', 'sexist', 'homophobic', 'transphobic', 'ableist', 'ageist', 'antisemitic', 'bigoted', 'bigotry', 'smear', 'nonsense', 'untrue', 'claim', 'claims', 'says', 'said', 'told', 'believe', 'believes']);
const denied = (words: Words): boolean => words.some((w) => DENYING.has(w));

/** Links from a subject to what it causes. */
const CAUSES = ['means', 'mean', 'equals', 'is why', 'are why', 'is how', 'are how', 'is the reason', 'are the reason', 'turns into', 'turn into', 'always turns into', 'ends in', 'end in', 'ends up', 'end up', 'leads to', 'lead to'];

/** Outcomes beyond RUIN_OUTCOMES that a group's presence is blamed for. */
const BAD_RESULTS = new Set(['down', 'lose', 'lost', 'babysit', 'babysitting', 'trouble', 'problems', 'drama', 'crime', 'sleep', 'noise', 'bitchy', 'circus', 'mess', 'dump', 'die', 'killed', 'crashes', 'riots', 'fights', 'complaints', 'lawsuits', 'delays', 'tears', 'hearing', 'smell', 'stink']);

/**
 * A group's presence as the subject of a consequence: "girls in the server room means the network goes down by lunch",
 * "old people driving is how people die", "women in charge always turns into a bitchy mess", "letting trans girls into
 * girls' sports is how we lose women's sport". "More women in tech means better products" has no harm after the link,
 * and "bullying is why trans kids drop out" names the group after it, as the one harmed.
 */
export function presenceConsequence(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  const c = findAny(words, CAUSES);
  if (!c || c[0] > 10 || denied(words) || hasPraise(words)) return null;
  const id = identityIn(tokens, groups, 0, c[0]);
  if (!id || negatedIn(words, 0, c[0]) || words.some((w) => VICTIMISED.has(w) && w !== 'first' && w !== 'left') || words.slice(0, id.from).some((w) => ['against', 'bullying', 'hating', 'attacking', 'excluding', 'banning'].includes(w))) return null;
  const e = clauseEnd(words, c[1] + 1, 14);
  const tail = words.slice(c[1] + 1, e + 1);
  if (identityIn(tokens, groups, c[1] + 1, e + 1) && !tail.includes('sport') && !tail.includes('sports')) return null;
  const harm = tail.findIndex((w) => RUIN_OUTCOMES.has(w) || BAD_RESULTS.has(w));
  // "the reason crime went down": a harm falling is good news
  const fall = tail.findIndex((w) => ['down', 'fell', 'fallen', 'dropped', 'drop', 'decreased', 'halved', 'plummeted', 'lower', 'less', 'fewer'].includes(w));
  if (fall >= 0 && tail.slice(0, fall + 1).some((w) => HARMS_THAT_FALL.has(w))) return null;
  // "fewer disasters", "less crime", "lose nothing": a harm reduced or denied
  if (tail.some((w) => ['fewer', 'less', 'lower', 'reduces', 'reduced', 'cuts', 'prevents', 'prevent'].includes(w)) || NEGATORS.has(tail[harm + 1] ?? '')) return null;
  if (harm < 0 || negatedIn(tail, 0, harm) || tail.some((w) => ['less', 'fewer', 'lower', 'better', 'safer', 'more'].includes(w) && tail.indexOf(w) < harm && w !== 'more')) return null;
  return hit(id.from, c[1] + 1 + harm, id, 'derogation', "a group's presence blamed for a harm");
}

/** Places a group is said to have made of somewhere. */
const DUMPS = new Set(['dump', 'slum', 'slums', 'hellhole', 'ghetto', 'warzone', 'shithole', 'toilet', 'sewer', 'jungle', 'zoo', 'tip', 'pigsty', 'cesspit', 'cesspool', 'no', 'third', 'mess', 'circus', 'madhouse', 'dumping']);

/** "Immigrants turned this town into a dump", "they've made the high street a ghetto". */
export function madeInto(words: Words, groups: readonly GroupMention[]): Attack | null {
  if (denied(words) || hasPraise(words)) return null;
  for (const g of groups) {
    if (g.pronoun || !asSubject(words, g)) continue;
    const vp = words.slice(g.to + 1, clauseEnd(words, g.to + 1, 12) + 1);
    const v = vp.findIndex((w) => ['turned', 'turn', 'turns', 'turning', 'made', 'make', 'makes', 'making', 'transformed'].includes(w));
    if (v < 0 || v > 3 || negatedIn(vp, 0, v)) continue;
    const into = vp.indexOf('into', v);
    // "third" and "no" only as "third world" and "no-go"; "made it out of the war zone" makes nothing into anything
    const d = vp.slice(v + 1, v + 9).findIndex((w, k) => DUMPS.has(w) && (w !== 'third' || vp[v + 2 + k] === 'world') && (w !== 'no' || vp[v + 2 + k] === 'go'));
    if (d >= 0 && into > v && into < v + 1 + d) return hit(g.from, g.to + 1 + v + 1 + d, g, 'derogation', 'a place a group is said to have ruined');
  }
  return null;
}

/** Harms whose fall is good news: "the reason crime went down". */
const HARMS_THAT_FALL = new Set(['crime', 'costs', 'cost', 'unemployment', 'poverty', 'deaths', 'debt', 'prices', 'errors', 'turnover', 'complaints', 'accidents', 'absences', 'waste', 'rents', 'bills', 'emissions']);

/** A reply that walks away from or mocks a member in a role. */
const WALKING_AWAY = ['enjoy the chaos', 'enjoy the drama', 'enjoy the mess', 'enjoy the circus', 'brace yourselves', 'buckle up', 'grab the popcorn', 'pass the popcorn', 'let the chaos begin', 'rip the company', 'rip the team', 'say goodbye to', 'heaven help us', 'pray for us', 'elsewhere', 'no thanks', 'no thank you', 'hard pass', 'i will pass', 'pass', 'good luck with that', 'hope you like', 'sure , if', 'sure if', 'how is that supposed to', 'how is that going to', 'what could go wrong', 'i will walk', 'i will take the stairs', 'i am out', 'count me out', 'not on my watch', 'god help us', 'oh great', 'great , now', 'yikes', 'lord help', 'never again', 'not in my lifetime', 'over my dead body', 'not a chance', 'hell no'];

/**
 * A bare member-role question answered by walking away or mocking: "A female mechanic? I'll take my car elsewhere
 * thanks.", "A Filipino nurse? Sure, if you want your meds wrong.", "A Mormon neighbour? Hope you like being preached at
 * daily." Praise or "yes" in the reply ("A female mechanic? Yes, and she's brilliant.") passes. The same reply after
 * the member in this sentence ("a guy in a wheelchair running the marketing team, good luck with that") counts too.
 */
export function walkAwayReply(tokens: readonly Token[], words: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  const r = findAny(words, WALKING_AWAY);
  // a closing "thanks" is part of the brush-off, not praise
  if (!r || hasPraise(words.filter((w) => w !== 'thanks' && w !== 'thank')) || /^(yes|yeah|yep|absolutely|of)$/.test(words[0] ?? '') || words.some((w) => ['sadly', 'unfortunately', 'respect'].includes(w) || REPLY_PRAISE.has(w))) return null;
  // "pass me her number" is a request, not "I'll pass"; "good luck with that in this fog": the luck is with the weather
  if ((words[r[1]] === 'pass' && PASS_OBJECTS.has(words[r[1] + 1] ?? '')) || ['in', 'during', 'through'].includes(words[r[1] + 1] ?? '')) return null;
  // "No thanks needed, she did her job": nothing is turned down
  if (words[r[1]] === 'thanks' && ['needed', 'necessary', 'required'].includes(words[r[1] + 1] ?? '')) return null;
  // the question in this sentence: "a female mechanic ? i will take my car elsewhere" when the engine kept it whole
  const q = words.indexOf('?');
  if (q > 0 && q < r[0]) {
    const rq = roleQuestion(words, q) ?? memberQuestion(tokens, groups, q);
    if (rq) return hit(rq[0], r[1], { from: rq[0], to: q - 1, characteristic: rq[1], pronoun: false, weak: true }, 'derogation', 'a member in a role walked away from');
  }
  // a member named, then a comma and the reply: "a guy in a wheelchair running the team, good luck with that"
  const comma = words.lastIndexOf(',', r[0]);
  if (comma > 0 && comma === r[0] - 1) {
    const id = identityIn(tokens, groups, 0, comma);
    if (id && id.from <= 2) return hit(id.from, r[1], id, 'derogation', 'a member in a role walked away from');
  }
  if (r[0] > 8) return null;
  const pw = prev.words();
  const pq = pw.length - 1;
  if (pw[pq] !== '?' || pw.length > 8) return null;
  const pr0 = roleQuestion(pw, pq) ?? memberQuestionWords(pw, prev.groups(), pq);
  // "An Italian restaurant in the airport? I'll pass": a place, not a member
  const pr = pr0 && !IDENTITY_THINGS.has(pw[pr0[0] + 1] ?? '') ? pr0 : undefined;
  return pr ? hit(0, r[1], { from: 0, to: 0, characteristic: pr[1], pronoun: true, weak: true }, 'derogation', 'a member in a role walked away from') : null;
}

/** Praise that turns a reply: "A deaf DJ? Hope you like bass, she's incredible." */
const REPLY_PRAISE = new Set(['incredible', 'superb', 'outstanding', 'phenomenal', 'fabulous', 'legend', 'legendary', 'genius', 'favourite', 'favorite', 'recommend', 'love', 'loves',
  ...PRAISING_ADVERBS]);

/** Objects after "pass" that make it a request: "pass me the number". */
const PASS_OBJECTS = new Set(['me', 'us', 'her', 'him', 'them', 'it', 'the', 'a', 'an', 'my', 'your', 'our', 'their', 'this', 'that', 'along', 'on']);

/** "A Mormon neighbour?", "A gay guy as a coach?": a group noun opening a short question. */
function memberQuestion(tokens: readonly Token[], groups: readonly GroupMention[], q: number): [number, Characteristic] | undefined {
  if (q > 7) return undefined;
  const g = groups.find((m) => !m.pronoun && m.from <= 2 && m.to < q);
  if (g) return [g.from, g.characteristic];
  const c = identityAdjective(tokens[1]?.w ?? '');
  return c ? [1, c] : undefined;
}

function memberQuestionWords(words: Words, groups: readonly GroupMention[], q: number): [number, Characteristic] | undefined {
  if (!['a', 'an', 'the', 'another'].includes(words[0] ?? '') || q > 7) return undefined;
  const g = groups.find((m) => !m.pronoun && m.from <= 2 && m.to < q);
  if (g) return [g.from, g.characteristic];
  const c = identityAdjective(words[1] ?? '');
  return c && /^[a-z]+$/.test(words[2] ?? '') ? [1, c] : undefined;
}

/** Withdrawing one's child, custom or presence from where a member is. */
const WITHDRAWING = [
  'pulling him out', 'pulling her out', 'pulling them out', 'pulling my', 'pull him out', 'pull her out', 'pull them out', 'pull my', 'taking him out',
  'taking her out', 'taking them out', 'not sending him', 'not sending her', 'not sending them', 'not sending my', 'changing schools', 'moving schools',
  'moving him', 'moving her', 'take my business', 'taking my business', 'take my car elsewhere', 'cancelling my',
  'cancelling our', 'cancel my', 'cancel our', 'not having a', 'not having any', 'not having one', 'not in my house', 'not in this house',
];

/**
 * Withdrawal from a place because a member is there: "my kid's school has a trans teacher now, we're pulling him out",
 * "my daughter's swim class has a trans coach, not sending her back", "not having a gay kid in this house". A reason
 * that is not the member ("we're pulling him out because of the fees") or praise passes.
 */
export function withdrawal(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  const w = findAny(words, WITHDRAWING);
  if (!w || hasPraise(words) || denied(words)) return null;
  if (words.slice(w[1]).some((x) => ['because', 'due', 'fees', 'cost', 'costs', 'bullying', 'bullied', 'moving', 'distance', 'commute'].includes(x))) return null;
  // "we're not changing schools": the move is ruled out; "moving him to her class": towards the member, not away
  if ((words[w[0]] !== 'not' && negatedIn(words, Math.max(0, w[0] - 3), w[0])) || (['to', 'into'].includes(words[w[1] + 1] ?? '') && ['her', 'his', 'their'].includes(words[w[1] + 2] ?? ''))) return null;
  const id = identityIn(tokens, groups, 0, words.length);
  if (!id || words.some((x) => VICTIMISED.has(x) && x !== 'first' && x !== 'left')) return null;
  // "the Jewish museum" is a place, not a member; "the Muslim headteacher left", "the Jewish baker retired": the move
  // follows the member's going, so it is no flight from them
  if (IDENTITY_THINGS.has(words[id.to + 1] ?? '') || words.slice(id.to + 1, id.to + 4).some((x) => DEPARTED.has(x))) return null;
  return hit(Math.min(id.from, w[0]), Math.max(id.to, w[1]), id, 'derogation', 'withdrawing from where a member is');
}

/** A member's going, after which a move is no flight from them. */
const DEPARTED = new Set(['left', 'retired', 'quit', 'resigned', 'died', 'passed', 'leaving', 'retiring', 'retires', 'leaves']);

const ROBBED = new Set(['broken', 'burgled', 'robbed', 'stolen', 'vandalised', 'vandalized']);

/** Precautions against theft or harm. */
const PRECAUTIONS = ['lock your', 'lock my', 'lock our', 'lock up', 'locked', 'locking', 'hide your', 'hide my', 'hide our', 'hiding my', 'hiding your', 'clutch my', 'clutch your', 'clutching', 'keep an eye', 'keeping an eye', 'check my wallet', 'check your wallet', 'check my pockets', 'check your pockets', 'count your change', 'count my change', 'count your fingers', 'cross the road', 'cross the street', 'crossing the road', 'calling security', 'call security', 'call the police', 'calling the police', 'calling the cops', 'call the cops', 'hold onto', 'hold on to', 'watch your back', 'watch your kids', 'watch your drink', 'sleep with one eye open'];

/**
 * A precaution set off by a member: "I'd check my wallet twice if a Jewish guy offered to help", "I keep my car locked
 * when I park in the Black part of town", "the new guy's Black, so I'd keep an eye on the petty cash", "if a trans woman
 * walks into the ladies I'm calling security". The member and the precaution are joined by "if", "when", "so",
 * "around" or "near"; "I lock my car, it's a habit" names no one, and "we called the police when the Black family's
 * house was attacked" is a harm to them.
 */
export function precaution(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  const p = findAny(words, PRECAUTIONS);
  // "had their shed broken into, so lock your sheds": the member was the one robbed
  if (!p || hasPraise(words) || denied(words) || words.some((w) => (VICTIMISED.has(w) && w !== 'first' && w !== 'left') || ROBBED.has(w))) return null;
  const id = identityIn(tokens, groups, 0, words.length);
  // "keep an eye on her house while she's away": looking after the member's things
  if (!id || negatedIn(words, Math.max(0, p[0] - 3), p[0]) || ['her', 'his', 'their'].includes(words[p[1] + 1] ?? '') || ['her', 'his', 'their'].includes(words[p[1] + 2] ?? '') || words.includes('safe')) return null;
  // a condition or a consequence joins them: "if ... [member] ... I'm calling security", "[member], so I'd ..."; "put the
  // immigrants' files in the cabinet and lock it" has none
  const lo = Math.min(id.from, p[0]);
  const hi = Math.max(id.to, p[1]);
  if (!words.slice(0, hi + 1).some((w) => ['if', 'when', 'whenever', 'so', 'around', 'near', 'every'].includes(w))) return null;
  // "Jewish or not": everyone; "I'm a woman living alone": the writer's own caution
  if (words[id.to + 1] === 'or' || words[id.from - 1] === 'or' || writerIsMember(words, id)) return null;
  // "a disabled customer needs help", "they will feed you otherwise", "keep an eye on the chat till she's home": the
  // watch is care for the member, or the joke is their kindness
  if (words.slice(id.to + 1, id.to + 4).some((w) => ['need', 'needs', 'needed', 'asks', 'asked'].includes(w)) || words.some((w) => FOND_ACTS.has(w))) return null;
  const till = words.findIndex((w) => w === 'till' || w === 'until');
  if (till > p[0] && words.slice(till + 1, till + 5).some((w) => ['home', 'back', 'arrives', 'arrived', 'there'].includes(w))) return null;
  // "the gay couple next door are away, so we'll keep an eye on the cat": minding the member's home while they are away
  if (words.includes('away') && words.slice(p[1] + 1, p[1] + 5).some((w) => ['cat', 'dog', 'house', 'plants', 'post', 'mail', 'place', 'flat', 'garden'].includes(w))) return null;
  return hit(lo, hi, id, 'stereotype', 'a precaution set off by a member');
}

/** Kindnesses that make "hide your snacks when the grandmas visit" a fond joke. */
const FOND_ACTS = new Set(['feed', 'feeds', 'feeding', 'spoil', 'spoils', 'hug', 'hugs', 'hugging', 'pamper', 'pampers', 'cook', 'cooks', 'bake', 'bakes', 'hugged', 'fed']);

/** Scrutiny and separation demanded for a group. */
const SCRUTINY = new Set(['licence', 'license', 'test', 'tests', 'checks', 'check', 'security', 'screening', 'searches', 'supervision', 'monitoring', 'scrutiny', 'vetting', 'register', 'registry', 'tracking', 'id', 'permit', 'permits', 'curfew']);
const SEPARATE_PLACES = new Set(['room', 'rooms', 'class', 'classes', 'school', 'schools', 'entrance', 'entrances', 'section', 'sections', 'area', 'areas', 'bus', 'buses', 'carriage', 'carriages', 'toilets', 'bathrooms', 'queue', 'queues', 'line', 'lines', 'lane', 'lanes', 'hours', 'building', 'buildings', 'estate', 'estates', 'neighbourhoods', 'country', 'island']);
const NEEDS_MET = new Set(['accessible', 'quiet', 'prayer', 'safe', 'sensory', 'support', 'supported', 'helps', 'help', 'calm', 'adapted', 'changing', 'ramp', 'ramps', 'welcome', 'asked', 'request', 'requested', 'choose', 'chose', 'want', 'wants', 'prefer', 'unfair', 'singled']);

/**
 * Extra scrutiny or a separate place demanded for a group: "Asian drivers should need a special licence", "Sikhs in
 * turbans at the airport, extra security time", "autistic kids should be in a separate room so they don't disrupt real
 * learning". A need met ("a quiet room", "accessible toilets", "a separate prayer room they asked for") or scrutiny
 * complained of ("singled out for extra checks, unfair") passes.
 */
export function setApart(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  if (words.some((w) => NEEDS_MET.has(w) || VICTIMISED.has(w) || w === 'deserve' || w === 'deserves') || denied(words) || hasPraise(words)) return null;
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i] ?? '';
    const n = words[i + 1] ?? '';
    const scrutiny = ['extra', 'special', 'additional', 'separate', 'stricter', 'more'].includes(a) && SCRUTINY.has(n);
    // "their own" only of schools and classes: "Kurds deserve their own country" is self-determination
    const apart = (['separate', 'segregated'].includes(a) && SEPARATE_PLACES.has(n)) || (a === 'own' && words[i - 1] === 'their' && ['school', 'schools', 'class', 'classes', 'buses', 'section', 'sections'].includes(n));
    if (!scrutiny && !apart) continue;
    const id = identityIn(tokens, groups, 0, i);
    // "women need separate toilets": a place set apart by sex is an ordinary arrangement
    if (!id || negatedIn(words, id.to, i) || (id.characteristic === 'gender' && ['toilets', 'bathrooms', 'room', 'rooms', 'changing', 'area', 'areas', 'section'].includes(n))) continue;
    // a demand: a modal, or the scrutiny said as a bare verdict ("..., extra security time")
    const demand = words.slice(id.to + 1, i).some((w) => ['should', 'must', 'need', 'needs', 'ought', 'belong', 'belongs', 'better', 'time', 'kept', 'put'].includes(w)) || words[i + 2] === 'time';
    if (demand) return hit(id.from, i + 1, id, 'exclusion', scrutiny ? 'extra scrutiny demanded for a group' : 'a separate place demanded for a group');
  }
  return null;
}

const LEAD = new Set(['run', 'lead', 'decide', 'rule', 'govern', 'think', 'work', 'earn', 'vote', 'speak', 'talk']);
const SERVE = new Set(['support', 'obey', 'follow', 'serve', 'submit', 'cook', 'clean', 'listen', 'stay', 'smile', 'help', 'breed']);

/**
 * A hierarchy between two groups, or one told to leave the thinking to another: "men should run things, women should
 * support them", "ladies, leave the thinking to the men", "wives should obey their husbands".
 */
export function hierarchy(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  if (denied(words) || words.includes('each') || words.includes('both')) return null;
  const named = groups.filter((m) => !m.pronoun);
  // "leave the thinking / deciding / maths to the men"
  const l = words.findIndex((w, k) => w === 'leave' && words[k + 1] === 'the' && /^[a-z]+(ing|s)$/.test(words[k + 2] ?? '') && words[k + 3] === 'to');
  if (l >= 0) {
    // ("leave the engineering to the men and women on the bridge team": everyone who knows the job)
    const everyone = words.slice(l + 4, l + 9).join(' ').match(/\b(men and women|women and men)\b/);
    const id = everyone ? undefined : named.find((m) => m.from >= l + 4 && m.from <= l + 6) ?? named.find((m) => m.to < l);
    if (id && ['thinking', 'deciding', 'driving', 'talking', 'decisions', 'maths', 'math', 'science', 'fighting', 'leading', 'money', 'planning', 'engineering', 'voting'].includes(words[l + 2] ?? '')) return hit(l, Math.min(words.length - 1, l + 5), id, 'derogation', 'the thinking left to another group');
  }
  if (named.length < 2 && !named.some((m) => ['wives', 'wife'].includes(words[m.from] ?? ''))) {
    // "wives / women should obey their husbands"
    const g = named.find((m) => asSubject(words, m));
    const o = g ? words.slice(g.to + 1, g.to + 4).findIndex((w) => ['obey', 'submit', 'serve'].includes(w)) : -1;
    // "trans people shouldn't serve?" denies the service, it orders no obedience
    // ("Sikh soldiers should serve in the army": service in an institution, not obedience)
    const institution = o >= 0 && g && words[g.to + 1 + o] === 'serve' && ['in', 'on', 'as', 'their', 'the'].includes(words[g.to + 2 + o] ?? '');
    if (g && o >= 0 && !institution && !negatedIn(words, g.to + 1, g.to + 1 + o) && words.slice(g.to + 1, g.to + 1 + o).some((w) => ['should', 'must', 'need', 'ought', 'have'].includes(w))) return hit(g.from, g.to + 1 + o, g, 'derogation', 'a group told to obey');
    return null;
  }
  const [a, b] = named;
  // "men should listen, women should speak, at today's panel": roles for one occasion, not a rank
  if (!a || !b || words.some((w) => ['today', 'tonight', 'tomorrow', 'panel', 'session', 'workshop'].includes(w))) return null;
  const verbAfter = (m: GroupMention, set: ReadonlySet<string>): boolean => ['should', 'must', 'need'].includes(words[m.to + 1] ?? '') && set.has(words[m.to + 2] ?? '') && !NEGATORS.has(words[m.to + 2] ?? '');
  if ((verbAfter(a, LEAD) && verbAfter(b, SERVE)) || (verbAfter(a, SERVE) && verbAfter(b, LEAD))) return hit(a.from, Math.min(words.length - 1, b.to + 2), verbAfter(a, SERVE) ? a : b, 'derogation', 'one group to lead, another to serve');
  return null;
}

const CHILD_PLACES = new Set(['childcare', 'nursery', 'nurseries', 'school', 'schools', 'classroom', 'classrooms', 'playground', 'playgrounds', 'daycare', 'kindergarten', 'kindergartens', 'children', 'kids', 'scouts', 'creche', 'creches']);
const HIRED = new Set(['hired', 'employed', 'promoted', 'elected', 'trusted', 'appointed', 'working', 'teaching', 'coaching', 'near', 'around', 'let']);

/**
 * A group excluded from being hired or from work near children, said as a denial: "anyone over 55 shouldn't be hired
 * in tech", "gay men shouldn't be working in childcare", "the mentally ill shouldn't be allowed near schools". A harm
 * ("women shouldn't be paid less", "refugees shouldn't be detained") is not in the list.
 */
export function deniedPlace(words: Words, groups: readonly GroupMention[]): Attack | null {
  if (denied(words) || hasPraise(words)) return null;
  for (const g of groups) {
    if (g.pronoun || !asSubject(words, g)) continue;
    const e = clauseEnd(words, g.to + 1, 10);
    const vp = words.slice(g.to + 1, e + 1);
    // "can't be hired without a permit" states a rule; "shouldn't be hired just to fill quotas" argues about the reason
    if (!['should', 'must'].includes(vp[0] ?? '') || vp[1] !== 'not' || vp[2] !== 'be' || vp.some((w) => ['without', 'until', 'unless', 'just', 'only', 'because', 'for', 'less'].includes(w))) continue;
    const h = vp.slice(3, 6).findIndex((w) => HIRED.has(w) || w === 'allowed');
    if (h < 0) continue;
    // "if they fail the eyesight test, same as anyone": a rule for everyone; "employed on sub-minimum wages", "in
    // exploitative conditions": the terms are refused, not the group
    if (words.slice(g.to + 1).includes('if') || find(words, 'same as') >= 0 || vp.slice(3 + h + 1).some((w) => EMPLOYMENT_TERMS.has(w))) continue;
    const verb = vp[3 + h] ?? '';
    const kids = vp.slice(3 + h).some((w) => CHILD_PLACES.has(w));
    if (['hired', 'employed', 'promoted', 'elected', 'appointed'].includes(verb) || kids) return hit(g.from, g.to + 1 + Math.min(vp.length - 1, 3 + h + 2), g, 'exclusion', kids ? 'kept from work with children' : 'excluded from being hired');
  }
  return null;
}

/** Terms of work a sentence may refuse for a group: "shouldn't be employed on zero-hours contracts". */
const EMPLOYMENT_TERMS = new Set(['wage', 'wages', 'pay', 'salary', 'salaries', 'conditions', 'contract', 'contracts', 'terms', 'exploitative', 'unpaid', 'minimum', 'illegally', 'cash', 'unsafe', 'poverty']);

/** What hiring a group is called. */
const HIRING_CALLED = new Set(['charity', 'favour', 'favor', 'waste', 'risk', 'liability', 'gamble', 'tokenism', 'pity', 'mistake', 'lawsuit', 'headache', 'joke', 'handout', 'welfare']);

/** "Hiring blind people is basically charity, not business", "employing immigrants is a liability". */
export function hiringCalled(words: Words, groups: readonly GroupMention[]): Attack | null {
  const h = words.findIndex((w) => ['hiring', 'employing', 'promoting', 'recruiting', 'electing'].includes(w));
  if (h < 0 || denied(words) || hasPraise(words) || words.includes('worth')) return null;
  const g = groups.find((m) => !m.pronoun && m.from > h && m.from <= h + 3);
  if (!g || !['is', 'was', "'s"].includes(words[g.to + 1] ?? '')) return null;
  const tail = words.slice(g.to + 2, g.to + 6);
  const c = tail.findIndex((w) => HIRING_CALLED.has(w));
  if (c < 0 || negatedIn(tail, 0, c)) return null;
  return hit(h, g.to + 2 + c, g, 'derogation', `hiring a group called ${tail[c] ?? ''}`);
}

const HOGGING = new Set(['hog', 'hogs', 'hogging', 'hoard', 'hoards', 'hoarding', 'grab', 'grabs', 'grabbing', 'clog', 'clogs', 'clogging', 'block', 'blocks', 'blocking', 'take', 'takes', 'taking', 'get', 'gets', 'steal', 'nick']);

/**
 * A group that takes every share: "pensioners hog every seat on the bus", "wheelchair users take up all the good parking
 * for nothing", "disabled people get all the parking spaces and contribute nothing". "Get" and "take" need "all the
 * good/best" or "for nothing"; "immigrants get all the same rights" passes.
 */
export function hogging(words: Words, groups: readonly GroupMention[]): Attack | null {
  if (denied(words) || hasPraise(words)) return null;
  for (const g of groups) {
    if (g.pronoun || !asSubject(words, g)) continue;
    const vp = words.slice(g.to + 1, clauseEnd(words, g.to + 1, 14) + 1);
    const v = vp.findIndex((w) => HOGGING.has(w));
    if (v < 0 || v > 2 || negatedIn(vp, 0, v)) continue;
    const k = vp[v + 1] === 'up' ? v + 2 : v + 1;
    if (!['all', 'every'].includes(vp[k] ?? '') || vp.includes('same') || vp.includes('support') || vp.includes('help')) continue;
    const soft = ['get', 'gets', 'take', 'takes', 'taking', 'steal', 'nick'].includes(vp[v] ?? '');
    const greedy = words.includes('nothing') || ['good', 'best'].includes(vp[k + 2] ?? '') || ['good', 'best'].includes(vp[k + 1] ?? '');
    if (!soft || greedy) return hit(g.from, g.to + 1 + k + 1, g, 'derogation', 'a group that hogs every share');
  }
  return null;
}

/**
 * A group likened to children or to a lesser make: "people with Down syndrome are like big children", "are basically
 * overgrown kids". "Old people are like kids at Christmas" (a moment) and praise pass.
 */
export function likeChildren(words: Words, groups: readonly GroupMention[]): Attack | null {
  for (const g of groups) {
    if (g.pronoun || !asSubject(words, g) || hasPraise(words)) continue;
    let j = g.to + 1;
    while (['are', 'is', 'just', 'basically', 'all', 'really', 'literally', 'act', 'behave'].includes(words[j] ?? '')) j++;
    if (words[j] !== 'like' && !(['overgrown', 'big'].includes(words[j] ?? '') && j > g.to + 1)) continue;
    if (words[j] === 'like') j++;
    while (['big', 'little', 'overgrown', 'small', 'giant', 'spoiled', 'spoilt'].includes(words[j] ?? '')) j++;
    if (['children', 'kids', 'babies', 'toddlers', 'infants'].includes(words[j] ?? '') && !['at', 'on', 'in', 'when', 'with'].includes(words[j + 1] ?? '')) return hit(g.from, j, g, 'derogation', 'a group likened to children');
  }
  return null;
}

const MANNER_VERBS = new Set(['drive', 'drives', 'driving', 'drove', 'throw', 'throws', 'throwing', 'threw', 'run', 'runs', 'running', 'fight', 'fights', 'fighting', 'cry', 'cries', 'crying', 'scream', 'screams', 'screaming', 'whine', 'whines', 'whining', 'act', 'acts', 'acting', 'behave', 'behaves', 'behaving', 'park', 'parks', 'parking', 'kick', 'kicks', 'kicking', 'punch', 'punches', 'play', 'plays', 'playing', 'talk', 'talks', 'talking', 'dress', 'dresses', 'walk', 'walks', 'smell', 'smells']);

/**
 * A manner put down by likening it to a member: "she's driving like a woman again", "he throws like a girl", "you talk
 * like an old woman". "She drives like a pro" names no identity.
 */
export function mannerLike(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  for (let i = 1; i + 2 < words.length; i++) {
    if (words[i] !== 'like' || !['a', 'an'].includes(words[i + 1] ?? '')) continue;
    if (!MANNER_VERBS.has(words[i - 1] ?? '') && !(MANNER_VERBS.has(words[i - 2] ?? '') && /ly$|^(so|just|exactly)$/.test(words[i - 1] ?? ''))) continue;
    // "we were all crying like a girl": said of oneself, a joke at one's own expense
    if (words.slice(Math.max(0, i - 5), i).some((w) => w === 'i' || w === 'we')) continue;
    let at = i + 2;
    if (['little', 'old', 'typical', 'real'].includes(words[at] ?? '') && identityWord(tokens, groups, at + 1)) at++;
    const found = identityWord(tokens, groups, at);
    // "runs like a Kenyan": for origin, race and faith only a put-down verb, not a feat
    const feat = found && !['gender', 'age'].includes(found.characteristic) && !/^(cr|scream|whin|smell|driv|drov|park|act|behav|talk|dress)/.test(words[i - 1] ?? '');
    const id = (feat ? null : found) ?? (words[at] === 'old' && ['woman', 'lady', 'man', 'granny', 'grandma'].includes(words[at + 1] ?? '') ? { from: at, to: at + 1, characteristic: 'age' as Characteristic, pronoun: false, weak: true } : null);
    if (!id || hasPraise(words)) continue;
    // "dances like a Black gospel singer": a member doing the thing well, with a role noun after the identity, is no put-down
    if (id.to === at && /^[a-z]+$/.test(words[at + 1] ?? '') && !CLAUSE_BREAK.has(words[at + 1] ?? '') && !['again', 'lol', 'and', 'or', 'so', 'to', 'with', 'in', 'on'].includes(words[at + 1] ?? '') && identityAdjective(words[at] ?? '') !== undefined) continue;
    return hit(i - 1, id.to, id, 'stereotype', `${words[i - 1] ?? ''} like a [member]`);
  }
  return null;
}

/**
 * Blame added after a group's conduct: "Hindus worship cows and then wonder why they're poor", "Mexicans jump the border
 * and then complain about the weather".
 */
export function thenWonder(words: Words, groups: readonly GroupMention[]): Attack | null {
  const t = words.findIndex((w, k) => w === 'then' && ['and', ','].includes(words[k - 1] ?? '') && ['wonder', 'complain', 'cry', 'moan', 'whine', 'act', 'expect', 'blame', 'play', 'demand'].includes(words[k + 1] ?? ''));
  // "do all the housework and then wonder why they're exhausted": sympathy with the burden
  if (t < 0 || denied(words) || words.some((w) => ['exhausted', 'tired', 'stressed', 'burnt', 'burned', 'underpaid', 'overworked', 'ill', 'sick'].includes(w))) return null;
  const g = groups.find((m) => !m.pronoun && m.to < t && asSubject(words, m));
  return g && !negatedIn(words, g.to, t) ? hit(g.from, t + 1, g, 'derogation', 'a group blamed: "and then wonder why"') : null;
}

const TAUGHT_VICES = new Set(['hate', 'kill', 'steal', 'lie', 'cheat', 'beg', 'fight', 'despise', 'scrounge', 'riot', 'attack', 'blow', 'hurt']);

/** Children taught a vice by a group: "Muslim parents teach their kids to hate us from birth". */
export function taughtVice(words: Words, groups: readonly GroupMention[]): Attack | null {
  for (const g of groups) {
    if (g.pronoun || !asSubject(words, g) || denied(words)) continue;
    const vp = words.slice(g.to + 1, clauseEnd(words, g.to + 1, 10) + 1);
    const t = vp.findIndex((w) => ['teach', 'teaches', 'raise', 'raises', 'train', 'trains', 'bring', 'brings', 'brainwash', 'brainwashes'].includes(w));
    if (t < 0 || t > 3 || negatedIn(vp, 0, t)) continue;
    const to = vp.indexOf('to', t);
    if (to > t && to <= t + 4 && !NEGATORS.has(vp[to - 1] ?? '') && TAUGHT_VICES.has(vp[to + 1] ?? '')) return hit(g.from, g.to + 1 + to + 1, g, 'stereotype', 'children taught a vice');
  }
  return null;
}

/**
 * One identity called "just" another: "bi guys are just gay men who can't admit it yet", "trans men are just confused
 * lesbians". A group said to be what its name says ("trans women are just women") passes.
 */
export function justAnother(words: Words, groups: readonly GroupMention[]): Attack | null {
  const named = groups.filter((m) => !m.pronoun);
  const a = named[0];
  const b = named[1];
  if (!a || !b || !asSubject(words, a) || denied(words)) return null;
  const between = words.slice(a.to + 1, b.from);
  if (!between.includes('just') || !between.some((w) => ['are', 'is'].includes(w)) || between.length > 4 || between.some((w) => NEGATORS.has(w) || w === 'like')) return null;
  const aw = new Set(words.slice(a.from, a.to + 1));
  if (words.slice(b.from, b.to + 1).every((w) => aw.has(w) || ['people', 'folks'].includes(w))) return null;
  return hit(a.from, b.to, b, 'derogation', 'one identity called just another');
}

/**
 * "You can always tell a trans woman by her hands", "you can spot a trans woman a mile off": members said to give
 * themselves away by a mark. An ally, a fan or a supporter spotted by a pin is no member.
 */
export function toldApartBy(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  const t = words.findIndex((w, k) => ['tell', 'spot', 'clock', 'recognise', 'recognize', 'sniff'].includes(w) && ['a', 'an'].includes(words[k + 1] ?? ''));
  if (t < 0 || hasPraise(words) || denied(words)) return null;
  const id = identityWord(tokens, groups, t + 2);
  if (!id || ['ally', 'allies', 'supporter', 'fan', 'flag', 'restaurant', 'bar'].includes(words[id.to + 1] ?? '') || ['ally', 'allies', 'supporter', 'fan'].includes(words[id.to] ?? '')) return null;
  const n = words[id.to + 1];
  // "tell a Jew from a non-Jew" is tellApart's, and mostly a question asked to mock the asker
  const mark = n === 'by' || (n === 'a' && words[id.to + 2] === 'mile');
  return mark ? hit(t, Math.min(words.length - 1, id.to + 2), id, 'stereotype', 'a member told apart by a mark') : null;
}

/** "There goes the neighbourhood, a Black family just moved in next door." */
export function thereGoes(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  // (read first on every sentence since it moved to ANYWHERE: "goes" is rare, the phrase search is not free)
  if (!words.includes('goes')) return null;
  const t = find(words, 'there goes');
  // "there goes women's sport": a group's own field, lost to another group's arrival
  const owner = groups.find((g) => !g.pronoun && g.from === t + 2 && words[g.to + 1] === "'s");
  if (t < 0 || (!owner && !['the', 'our', 'my', 'your'].includes(words[t + 2] ?? '')) || hasPraise(words) || denied(words)) return null;
  if (owner) {
    const other = groups.find((g) => !g.pronoun && g.from > owner.to + 2 && g.characteristic !== owner.characteristic);
    return other ? hit(t, other.to, other, 'derogation', 'there goes [a field], lost to a group') : null;
  }
  if (!['neighbourhood', 'neighborhood', 'property', 'house', 'area', 'street', 'town', 'estate', 'school', 'peace', 'quiet', 'value', 'values', 'country', 'club', 'team', 'company'].includes(words[t + 3] ?? '')) return null;
  // "there goes the neighbourhood bakery": the place word only modifies the thing lost
  if (/^[a-z]+$/.test(words[t + 4] ?? '') && !['now', 'again', 'lol', 'then', 'and', 'guys', 'folks'].includes(words[t + 4] ?? '')) return null;
  // (a group named by what it wears or where it lives: "the new family wear headscarves", "a retirement village is going up")
  const worn = words.findIndex((w, k) => k > t + 3 && (HEADWEAR.includes(w) || (w === 'retirement' && ['village', 'home', 'homes', 'flats'].includes(words[k + 1] ?? ''))));
  const id = identityIn(tokens, groups, 0, words.length) ?? (worn > 0 ? { from: worn, to: worn, characteristic: HEADWEAR.includes(words[worn] ?? '') ? 'religion' as const : 'age' as const, pronoun: false, weak: true } : null);
  return id ? hit(Math.min(t, id.from), Math.max(t + 3, id.to), id, 'derogation', 'there goes the neighbourhood') : null;
}

/** "Albanians run every car wash as a front for drugs." */
export function frontFor(words: Words, groups: readonly GroupMention[]): Attack | null {
  const f = find(words, 'a front for');
  if (f < 0 || denied(words)) return null;
  const g = groups.find((m) => !m.pronoun && m.to < f && asSubject(words, m));
  return g && !negatedIn(words, g.to, f) ? hit(g.from, f + 3, g, 'stereotype', 'a group as a front for crime') : null;
}

/** Identities named as a thing: "nonbinary is ...", "bisexuality is ...". */
const IDENTITY_NOUNS = new Map<string, Characteristic>([
  ['nonbinary', 'gender-identity'], ['transgenderism', 'gender-identity'], ['transness', 'gender-identity'], ['trans', 'gender-identity'], ['genderfluid', 'gender-identity'],
  ['homosexuality', 'sexual-orientation'], ['bisexuality', 'sexual-orientation'], ['asexuality', 'sexual-orientation'], ['pansexuality', 'sexual-orientation'], ['gayness', 'sexual-orientation'],
  ['autism', 'disability'], ['adhd', 'disability'], ['dyslexia', 'disability'], ['depression', 'disability'], ['anxiety', 'disability'],
]);

/** Words that call an identity invented or play-acted. */
const PLAY_ACTED = ['made up', 'invented', 'a fad', 'a trend', 'a fashion', 'a craze', 'a costume', 'cosplaying', 'cosplay', 'larping', 'playing dress up', 'playing dress-up', 'dressing up as', 'playing pretend', 'role playing', 'roleplaying'];

/**
 * An identity called invented or play-acted: "nonbinary is a made-up word for attention seekers", "trans people are just
 * cosplaying the opposite sex". "Nonbinary is in the dictionary now" and "the word was made up in the 90s, says the
 * historian" (a report) pass.
 */
export function playActed(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  const p = findAny(words, PLAY_ACTED);
  if (!p || p[0] > 8 || denied(words) || hasPraise(words)) return null;
  // ("Black nurses made up a huge part of the NHS": made up of, a share of something, not invented)
  if (words[p[0]] === 'made' && /^(?:a|an|the|most|half|over|about|nearly|almost|part|majority|quarter|third|fraction|much|\d+)$/.test(words[p[1] + 1] ?? '')) return null;
  // "[group] invented the zero": an achievement; only "is invented", "an invented identity" call the identity made up
  if (words[p[0]] === 'invented' && !['is', 'are', 'was', 'were', 'an', 'totally', 'completely', 'just', 'been'].includes(words[p[0] - 1] ?? '') && !['their', 'it', 'this', 'all', 'themselves'].includes(words[p[0] + 1] ?? '')) return null;
  const first = words[0] === 'being' ? words[1] ?? '' : words[0] ?? '';
  const c = IDENTITY_NOUNS.get(first) ?? identityAdjective(first);
  const at = words[0] === 'being' ? 2 : 1;
  const id = groups.find((m) => !m.pronoun && m.to < p[0] && asSubject(words, m)) ?? (c && ['is', 'are'].includes(words[at] ?? '') ? { from: 0, to: at - 1, characteristic: c, pronoun: false, weak: true } : null);
  if (!id || negatedIn(words, id.to, p[0])) return null;
  return hit(id.from, p[1], id, 'derogation', 'an identity called made up or play-acted');
}
