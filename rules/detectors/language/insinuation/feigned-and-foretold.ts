/**
 * Round 16's helper readers, in the spirit of rounds 14 and 15 (implicit-readers, slides-and-punchlines): each stands
 * for a family of implicit derogation read from a small lexicon and a clause rule, written from our own cases first
 * (tests/functional/cases/implicit-round16.ts).
 *
 * - feignedPraise: praise a group is "famously" due, said with a wink ("black people are famously great with money
 *   🙄"), and praise limited by the identity ("pretty sharp for a 70 year old").
 * - habitForetold: a group's fault foretold or excused as fate: "[group] will never ...", "always end up ...", "can't
 *   help ...", "can't be trusted ...".
 * - taskForeseen: a task handed to a member to get it done badly ("if you want it broken, give it to a Polish builder"),
 *   and the proverb "scratch a [member] and you'll find ...".
 * - arrivalDreaded: a member's arrival met with foreboding in the same sentence or the next ("Lesbian couple moved in next
 *   door. Better warn the wife", "We got a woman as the new CTO. RIP the roadmap.").
 * - trustRanked: a danger trusted before a member ("I'd trust a fox in the henhouse before a gay scout leader").
 * - cultureOutput: what a group or its culture "produces" reduced to faults ("what does X culture produce besides ...",
 *   "boomers produced nothing but debt").
 * - likenedToThing: a group's doings likened to dirt, vermin, disease or furniture without the noun said of them
 *   ("leave the car park like a landfill", "spread like mould", "raised by wolves", "basically furniture").
 *
 * Each reader returns at once unless one of its anchor words occurs, so a sentence without them costs one pass; the
 * phrase lists are indexed once by findAny.
 */
import { SINGULAR_GENDER, type GroupMention } from '../find-groups';
import { VICTIMISED } from '../lexicon/derogation';
import type { Attack } from '../predicate';
import { CLAUSE_BREAK, NEGATORS, type Token } from '../tokens';
import { member, memberBefore, words } from './implicit-readers';
import { reported, sincere, someone } from './slides-and-punchlines';
import { asSubject, clauseEnd, findAny, HEADWEAR, hit, negatedIn, writerIsMember, type Neighbour, type Words } from './shared';

/** Sarcasm carried by an emoji or a tag: "🙄", "😂", "right", "lol". */
const WINK_MARKS = /🙄|😂|🤣|😏|🤡|💀|💣|😬|🙃|😆|🪄/u;
const WINK_WORDS = words(`lol lmao lmfao haha hahaha rofl sure right totally obviously`);
const LAUGHING = words(`lol lmao lmfao haha hahaha rofl`);
const winked = (w: Words, raw: string): boolean => WINK_MARKS.test(raw) || w.some((x) => WINK_WORDS.has(x));

/** A reading kept unless the sentence reports or condemns it (or, with `alsoSincere`, praises): the guard scans run
 * only once a shape has matched. */
function unlessReported(a: Attack | null, w: Words, alsoSincere = false): Attack | null {
  return a && !reported(w) && !(alsoSincere && sincere(w)) ? a : null;
}

/** One's own people or the writer's circle: what follows is affection or report, not a generalisation. */
const OWN = words(`my our`);
const ownedNear = (w: Words, from: number, to: number): boolean => {
  for (let k = Math.max(0, from); k < Math.min(to, w.length); k++) if (OWN.has(w[k] ?? '')) return true;
  return false;
};

/** A group named here as a generalisation: a plural head, not "a/the [member]" alone. */
const PLURAL_HEADS = words(`people folk folks men women children kids youth elderly`);
function generic(w: Words, g: GroupMention): boolean {
  const head = w[g.to] ?? '';
  return (PLURAL_HEADS.has(head) || (head.endsWith('s') && !head.endsWith('ss') && head !== 'trans' && head !== 'its')) && !OWN.has(w[g.from - 1] ?? '');
}

/** A member, or "a man" / "a woman" (a singular gender noun no group list holds), within w[from..to). */
function memberIn(tokens: readonly Token[], w: Words, groups: readonly GroupMention[], from: number, to: number): GroupMention | null {
  const m = member(tokens, w, groups, from, to);
  if (m) return NOT_PERSON.has(w[m.to + 1] ?? '') ? null : m;
  for (let k = Math.max(1, from); k < Math.min(to, w.length); k++) {
    if ((SINGULAR_GENDER.has(w[k] ?? '') || ['man', 'bloke'].includes(w[k] ?? '')) && ['a', 'an'].includes(w[k - 1] ?? '')) return { from: k, to: k, characteristic: 'gender', pronoun: false, weak: true };
  }
  return null;
}

/** The subject group of a clause that reaches position k: named before k in its clause, as its subject. */
function subjectBefore(w: Words, groups: readonly GroupMention[], k: number, reach = 5): GroupMention | null {
  const g = groups.find((m) => !m.pronoun && m.to < k && k - m.to <= reach && asSubject(w, m));
  if (!g) return null;
  for (let j = g.to + 1; j < k; j++) if (CLAUSE_BREAK.has(w[j] ?? '') || w[j] === ',') return null;
  return g;
}

// --- praise a group is "famously" due, with a wink -------------------------------------------------------------------

const FAMOUS = words(`famously renowned legendary legendarily`);
/** Virtues a wink turns into their opposite. */
const VIRTUES = words(`great good honest peaceful faithful generous hard hardworking clean normal punctual reliable tolerant humble modest sober
  calm logical patient careful quiet trustworthy smart clever rational sensible gentle loyal fair helpful friendly polite respectful organised
  organized brilliant excellent wonderful amazing known`);
const INTENSIFIERS = words(`pretty so surprisingly really quite actually very remarkably fairly rather reasonably`);
/** Things an age or an identity may describe that are no person: "good for a 60 year old car". */
const NOT_PERSON = words(`friday car cars house houses building buildings tree trees wine whisky bike bikes machine machines bottle recipe song film boat`);
const FEIGN_ANCHORS = words(`famously renowned legendary legendarily for surprised surprising shocked`);
const SURPRISE = words(`surprised shocked`);

/**
 * "Black people are famously great with money right 🙄", "Trans women are famously totally normal and not at all
 * creepy", "Mexicans are famously hard working... at avoiding work", "She's pretty sharp for a 70 year old", "Pretty smart
 * for someone in a wheelchair". Praise a group is "famously" due, turned by a wink (an eye-roll, "right", "lol", "not at
 * all", a twist after "... at"); or an intensified virtue limited "for a [member]". Passes: praise without a wink ("famously
 * generous, they sponsor every kids team"), a failing named instead of a virtue ("famously underfunded"), benefit ("a role
 * model for a gay kid", "hard for a disabled person to get in"), one's own people, a member writing, a report.
 */
/** The writer telling their own story. */
const FIRST_PERSON = words(`i my mine me we our us myself`);

export function feignedPraise(tokens: readonly Token[], w: Words, groups: readonly GroupMention[], prev: Neighbour, raw: string): Attack | null {
  return unlessReported(feignedPraiseAt(tokens, w, groups, prev, raw), w);
}

function feignedPraiseAt(tokens: readonly Token[], w: Words, groups: readonly GroupMention[], prev: Neighbour, raw: string): Attack | null {
  // "Mexicans are famously hard working... at avoiding work": the twist may open a sentence of its own
  if (w[0] === 'at' && /ing$/.test(w[1] ?? '') && w.length <= 8) {
    const pw = prev.words();
    const f = pw.findIndex((x) => FAMOUS.has(x));
    const g = f > 0 ? prev.groups().find((m) => !m.pronoun && m.to < f && generic(pw, m)) : undefined;
    if (g && pw.slice(f + 1, f + 4).some((x) => VIRTUES.has(x)) && !reported(pw)) return hit(0, 1, { ...g, from: 0, to: 0, pronoun: true }, 'stereotype', `praise a group is "famously" due, twisted in the next breath (${g.characteristic})`);
  }
  if (!w.some((x) => FEIGN_ANCHORS.has(x))) return null;
  const f = w.findIndex((x) => FAMOUS.has(x));
  if (f > 0 && !negatedIn(w, Math.max(0, f - 3), f)) {
    const g = subjectBefore(w, groups, f);
    // (with a laugh any trait will do, "famously subtle 😂", unless it is a wrong done to them: "famously underpaid 😂")
    const trait = w[f + 1] ?? '';
    const laughed = /😂|🤣|💅|😆/u.test(raw) || w.some((x) => LAUGHING.has(x));
    const virtue = w.slice(f + 1, f + 4).some((x) => VIRTUES.has(x)) || (laughed && /^[a-z]{3,}$/.test(trait) && !/ed$/.test(trait) && !VICTIMISED.has(trait));
    // the wink: an emoji or tag, "not at all", or a twist after the praise ("hard working... at avoiding work")
    const twist = w.some((x, k) => k > f && x === 'at' && /ing$/.test(w[k + 1] ?? '') && ['.', ',', '…'].includes(w[k - 1] ?? ''));
    const notAtAll = w.some((x, k) => x === 'not' && w[k + 1] === 'at' && w[k + 2] === 'all');
    // a laugh alone, with the writer's own story after it ("😂 mine sent me home with three tubs", "as a lesbian I can
    // confirm"), is shared delight, not a wink; an eye-roll, "right", "sure" or a twist still is
    const story = w.some((x) => FIRST_PERSON.has(x)) && !/🙄|😒/u.test(raw) && !w.some((x) => ['right', 'sure', 'totally'].includes(x));
    const wink = (winked(w, raw) && !story) || twist || notAtAll;
    if (g && virtue && wink && generic(w, g) && !writerIsMember(w, g)) return hit(g.from, f + 1, g, 'stereotype', `praise a group is "famously" due, said with a wink (${g.characteristic})`);
  }
  // "sikh neighbour is actually pretty clean, surprised tbh": a member's virtue greeted with surprise
  const surprise = w.findIndex((x) => SURPRISE.has(x));
  if (surprise > 0) {
    const v = w.findIndex((x, k) => k < surprise && VIRTUES.has(x) && INTENSIFIERS.has(w[k - 1] ?? ''));
    const m = v > 0 ? memberIn(tokens, w, groups, 0, v) : null;
    if (m && !ownedNear(w, 0, v) && !writerIsMember(w, m) && !negatedIn(w, 0, v)) return hit(m.from, surprise, m, 'stereotype', `a member's virtue greeted with surprise (${m.characteristic})`);
  }
  // "pretty sharp for a 70 year old": an intensified virtue, limited by the identity
  for (let k = 2; k + 2 < w.length; k++) {
    if (w[k] !== 'for' || !['a', 'an', 'someone', 'somebody', 'one'].includes(w[k + 1] ?? '')) continue;
    if (!VIRTUES.has(w[k - 1] ?? '') && !['articulate', 'sharp', 'bright', 'pretty', 'convincing', 'masculine', 'feminine', 'clean', 'fit', 'strong', 'fast', 'quick'].includes(w[k - 1] ?? '')) continue;
    if (!INTENSIFIERS.has(w[k - 2] ?? '')) continue;
    const m = memberIn(tokens, w, groups, k + 1, k + 6);
    // ("pretty fast for a girl who just started, great job!": a relative clause names the real measure, and praise is
    // sincere; "really strong for a 70 year old, my nan is a machine": one's own people admired)
    if (!m || NOT_PERSON.has(w[m.to + 1] ?? '') || ['to', 'who', 'that'].includes(w[m.to + 1] ?? '') || writerIsMember(w, m) || ownedNear(w, 0, w.length) || sincere(w)) continue;
    return hit(k - 2, m.to, m, 'stereotype', `praise limited by identity ('${w[k - 1]} for a ...', ${m.characteristic})`);
  }
  return null;
}

// --- a fault foretold or excused as fate -----------------------------------------------------------------------------

const FATE = ['will never', "'ll never", 'can never', 'never will', 'always end up', 'always ends up', 'can not help', 'cannot help', 'can not be trusted',
  'cannot be trusted', 'never learn', 'never learns', 'these days can not', 'nowadays can not'];
const FATE_ANCHORS = words(`never help trusted end ends days nowadays`);
/** What a group is said never to stop doing or to be spared: "will never forget", "will never give up", "never be left out again". */
const KIND_AFTER_NEVER = words(`forget stop give quit let leave abandon surrender yield bow back accept need have face go walk stand afford own buy eat drink
  choose trade swap sell betray bend kneel waver tire
  get find`);
/** A burden borne, not a fault: "always end up doing the washing up", "end up carrying the load". */
const BORNE = words(`doing carrying paying covering picking taking cleaning caring looking holding being getting left stuck waiting working earning
  losing helping sorting organising organizing shouldering footing with feeding giving hosting sharing cooking donating volunteering winning leading
  saving rescuing fixing teaching`);
/** Where a group "ends up" through hardship: "always end up in the worst housing". */
const HARDSHIP = words(`worst poorest poverty debt hospital low cheapest overcrowded temporary unpaid underpaid`);
/** The writer sides with the group after the claim: "and they shouldn't", "and that is their right". */
const ENDORSED = ['at this rate', 'their right', 'they should not', 'nor should they', 'why should they', 'good for them', 'and rightly so', 'a scandal', 'a shame', 'it is sad', 'so unfair'];
/** A faith kept, which "can't help" or "will never" states as practice, not fault. */
const FAITH_PRACTICE = words(`fasting fast fasts praying pray prays prayer ramadan eid faith sabbath shabbat lent diwali worship worshipping kosher halal`);
/** Hardships and conditions a group bears: "end up lonely", "can't help being anxious", "end up masking at work". */
const ENDURED = words(`lonely isolated anxious cold tired exhausted scared afraid nervous sad depressed homeless broke sick ill missing explaining masking
  educating apologising apologizing justifying defending hiding translating stimming shaking misgendered outed excluded erased lumped`);
/** Sympathy for a condition: "please don't tell them to stop", "be kind", "after what they've been through". */
const SYMPATHY = words(`please kind patience patient understanding through circulation condition symptoms`);
/** A barrier or a condition named: the claim is about what stops the group, not what it is. */
const BARRIER = words(`while until unless if because whilst`);

/**
 * "Boomers will never understand the internet", "Bisexuals will never commit to one person", "Christians always end up
 * judging everyone else", "Catholics can't help covering stuff up", "Gay couples always end up splitting". A generic group
 * as the subject and a fate marker after it. Passes: a kind or harmed sequel ("will never forget this welcome", "will
 * never be left out again", "always end up doing the unpaid admin"), a barrier named ("while clubs keep excluding girls"),
 * "can't help but", one's own people ("my bisexual best friend will never let me forget"), praise, a member writing, a
 * report or a rebuttal.
 */
export function habitForetold(_tokens: readonly Token[], w: Words, groups: readonly GroupMention[]): Attack | null {
  if (!w.some((x) => FATE_ANCHORS.has(x) || x === 'anything')) return null;
  const p = findAny(w, FATE) ?? believesAnything(w);
  // "older people will fall for anything on Facebook, so please teach your parents": a warning to protect them
  if (p && w.slice(p[1] + 1).some((x, k, rest) => x === 'please' || (x === 'need' && rest[k + 1] === 'to') || x === 'protect')) return null;
  // "kids these days can't even imagine life without a phone": wonder, not a fault
  if (p && ['imagine', 'believe', 'remember'].includes(w[p[1] + 1] === 'even' ? w[p[1] + 2] ?? '' : w[p[1] + 1] ?? '')) return null;
  // ("it's never real love": praise denied is no sincerity)
  if (!p || w.some((x, k) => sincere([x]) && !negatedIn(w, k - 2, k)) || w.some((x) => BARRIER.has(x) || VICTIMISED.has(x))) return null;
  const next = w[p[1] + 1] ?? '';
  const after = w[p[1] + 2] ?? '';
  // ("old people can't help being bigots": a condemning word as the fault foretold is the claim, not a rebuttal of it)
  // (a closing quotation mark ends the clause too: '"gay men can't help being promiscuous" is a homophobic myth')
  let e = clauseEnd(w, p[1] + 1);
  for (let k = p[1] + 1; k <= e; k++) if (['"', '“', '”'].includes(w[k] ?? '')) e = k - 1;
  if (reported([...w.slice(0, p[0]), ...w.slice(e + 1)])) return null;
  // "Muslims can't be trusted with the lies the media tells about them": the group is what the clause is done to
  // ("can't help being visible when the press is obsessed with them": the same after the clause)
  for (let k = p[1] + 2; k < w.length; k++) if (w[k] === 'them' && ['about', 'against', 'at', 'on', 'with', 'by', 'to'].includes(w[k - 1] ?? '')) return null;
  // a faith kept ("can't help fasting during Ramadan"), the writer's own ("mine included"), a passive harm ("can't be trusted
  // to be treated fairly")
  if (w.some((x) => FAITH_PRACTICE.has(x) || x === 'mine' || x === 'included') || (next === 'to' && after === 'be')) return null;
  // ("teenagers these days": the group's name may take in "these days")
  const at = w[p[0]] === 'these' ? p[0] + 2 : w[p[0]] === 'nowadays' ? p[0] + 1 : p[0];
  const g = subjectBefore(w, groups, at, 4) ?? subjectBefore(w, groups, p[0], 4);
  if (!g || !generic(w, g) || writerIsMember(w, g) || ownedNear(w, Math.max(0, g.from - 4), p[0])) return null;
  const phrase = w.slice(p[0], p[1] + 1).join(' ');
  if (phrase.endsWith('help') && (next === 'but' || !(/ing$/.test(next) || ['it', 'themselves', 'itself'].includes(next)))) return null;
  if ((phrase.includes('never') || phrase.endsWith('can not')) && (KIND_AFTER_NEVER.has(next) || (next === 'be' && (/ed$/.test(after) || ['safe', 'welcome', 'free', 'alone'].includes(after))) || w.slice(p[1] + 1).includes('again'))) return null;
  if (phrase.includes('end') && (BORNE.has(next) || ((next === 'in' || next === 'on') && w.slice(p[1] + 2, p[1] + 5).some((x) => HARDSHIP.has(x))))) return null;
  // "always end up erased / misgendered / lumped together", "end up lonely at Christmas", "end up masking at work": a harm
  // done to them or a hardship, not a fault
  if (phrase.includes('end') && (/(?:ed|en)$/.test(next) || ENDURED.has(next))) return null;
  // "refugees can't help being anxious after what they've been through", "autistic kids can't help stimming, please don't
  // tell them to stop": a condition met with sympathy
  if (phrase.endsWith('help') && (ENDURED.has(after) || w.some((x) => SYMPATHY.has(x)))) return null;
  // "can't be trusted to get fair coverage": what others will not give them
  if (phrase.includes('trusted') && next === 'to') return null;
  if (findAny(w, ENDORSED)) return null;
  // (the span takes in the fault's clause: "can't even make a phone call" is the claim, not a report by "call")
  return hit(g.from, Math.max(p[1], e), g, 'stereotype', `a fault foretold of a group as fate ('${phrase.replace("can not", "can't")}', ${g.characteristic})`);
}

/** Verbs of devotion or need before "anything": "will do anything for their kids", "will try anything once". */
const DEVOTED = words(`do give try help share sacrifice risk endure`);

/** "will believe anything", "will fall for anything": [start, end] of "will [verb] (literally) anything", not "will do anything for". */
function believesAnything(w: Words): [number, number] | null {
  const a = w.indexOf('anything');
  if (a < 2 || ['to', 'for'].includes(w[a + 1] ?? '')) return null;
  const v = ['literally', 'just', 'absolutely', 'pretty', 'much'].includes(w[a - 1] ?? '') ? a - 2 : a - 1;
  const will = w[v - 1] === 'will' || w[v - 1] === "'ll" ? v - 1 : w[v - 2] === 'will' && w[v - 1] === 'fall' ? v - 2 : -1;
  return will >= 0 && !DEVOTED.has(w[v] ?? '') ? [will, v] : null;
}

// --- a task handed to a member to get it done badly ------------------------------------------------------------------

const HANDING = words(`give ask hire put get call send let leave hand`);
/** What the writer pretends to want: a failure, a delay, a mess. */
const BAD_OUTCOME = words(`lost lose broken broke break late slow slowly badly wrong ruined ruin drama bomb bombs bombed stolen nicked burnt burned hours
  forever mess messed chaos crying tears delayed complaints complaining wrecked botched twice cancelled overbudget invisible disappear disappears vanish`);
/** A good turn foretold: "hire a disabled person and watch your team grow". */
const GOOD_TURN = words(`grow grows thrive thrives improve improves better rise rises soar soars flourish shine succeed learn right properly well good great
  best perfect perfectly correctly`);
const TASK_ANCHORS = words(`want need find`);
/** A failure wished away: "if you want to stop being late". */
const AVOIDED = words(`stop avoid prevent not never less fewer fix fixed without`);
const SCRATCH = words(`scratch peel`);

/**
 * "If you want the paperwork lost, give it to the Black intern", "If you want it done slowly, give it to the dyslexic guy",
 * "If you want the project done in 1995, give it to the over 60s", "Scratch a Muslim and you'll find an extremist
 * underneath". A wish for a failure and a member handed the task, or a member's surface scratched. Passes: a good result
 * wished ("if you want it done right"), no member ("give it to me"), praise, a report; "hire an older engineer and watch
 * the bug count drop" is not read at all.
 */
export function taskForeseen(tokens: readonly Token[], w: Words, groups: readonly GroupMention[]): Attack | null {
  return w.some((x) => TASK_ANCHORS.has(x)) ? unlessReported(taskAt(tokens, w, groups), w, true) : null;
}

function taskAt(tokens: readonly Token[], w: Words, groups: readonly GroupMention[]): Attack | null {
  const iff = w.findIndex((x, k) => x === 'if' && w[k + 1] === 'you' && ['want', 'need', 'wanna'].includes(w[k + 2] ?? ''));
  if (iff >= 0) {
    // the handing opens the main clause: after a comma, "just", "then" or "simply"
    const hand = w.findIndex((x, k) => k > iff + 3 && HANDING.has(x) && [',', 'just', 'then', 'simply'].includes(w[k - 1] ?? ''));
    const wish = w.slice(iff + 3, hand > 0 ? hand : iff + 3);
    const bad = wish.some((x) => BAD_OUTCOME.has(x) || /^1[0-9]{3}s?$/.test(x));
    // ("if you want your order wrong, the deaf lad at the drive thru is your man": a member anywhere in the main clause)
    const comma = w.indexOf(',', iff + 3);
    const main = hand > 0 ? hand : comma;
    const m0 = main > 0 ? memberIn(tokens, w, groups, main + 1, main + 8) : null;
    // (with no handing verb the member must be named the go-to: "... is your man", "... are your best bet")
    const named = (x: GroupMention): boolean => hand > 0 || w.slice(x.to + 1, x.to + 8).some((y, k, a) => (y === 'is' || y === 'are') && a[k + 1] === 'your');
    const m = m0 && named(m0) ? m0 : null;
    const wishWhole = w.slice(iff + 3, main > 0 ? main : iff + 3);
    if (bad || (hand < 0 && wishWhole.some((x) => BAD_OUTCOME.has(x)))) {
      if (m && !wishWhole.some((x) => GOOD_TURN.has(x) || AVOIDED.has(x)) && !writerIsMember(w, m)) return hit(iff, m.to, m, 'stereotype', `a task handed to a member to get it done badly (${m.characteristic})`);
    }
  }
  // "scratch a Muslim and you'll find an extremist underneath": the surface scratched to show a nature beneath ("hire X and
  // watch ..." is left alone: it foretells a good turn as often as a bad one, "watch the turnover drop")
  const find = w.findIndex((x, k) => x === 'find' && w[k - 1] === 'will' && w[k - 2] === 'you' && w[k - 3] === 'and');
  if (find > 2 && SCRATCH.has(w[0] ?? '') && !w.slice(find + 1).some((x) => GOOD_TURN.has(x) || VIRTUES.has(x))) {
    const m = memberIn(tokens, w, groups, 1, 4);
    if (m && !negatedIn(w, 0, find)) return hit(0, find, m, 'stereotype', `a member's surface scratched to show a nature beneath (${m.characteristic})`);
  }
  return null;
}

// --- a member's arrival met with foreboding --------------------------------------------------------------------------

/** Foreboding and resignation after an arrival. */
const DREAD = ['rip', 'rest in peace', 'say goodbye', 'kiss goodbye', 'bye bye', 'goodbye to', 'so that is', 'guess we are', 'guess i am', 'guess we will',
  'guess the', 'guess that is', 'guess it is', 'brace yourselves', 'brace yourself', 'god help', 'pray for', 'say bye', 'say farewell', 'glad my',
  'thank god my', 'better warn', 'better homeschool', 'better hide', 'better move', 'better sell', 'better keep', 'better watch', 'time to move',
  'time to sell', 'time to leave', 'time to emigrate', 'time to homeschool', 'time to get a bigger', 'time to put up', 'hold on to your',
  'hide the', 'hide your', 'keep your', 'can not wait for the', 'walking on eggshells', 'and suddenly'];
/** Arrival or presence: "moved in", "started today", "joined", "new hire", "in front". */
const PRESENCE = words(`moved moving move arrived started starting joined joining new next hired hire front got opened bought renting rented signed
  here site buffet team office gym street road neighbour neighbours neighbor neighbors teacher`);
/** What "can't wait for the ..." waits for, sarcastically. */
const TROUBLE = words(`drama chaos complaints lawsuits tantrums meltdowns tears fights fighting crying`);
/** Other reasons to brace: weather, crowds, pests, a deadline. */
const OTHER_DREAD = words(`captioner captions cameras interpreter ramp hearing loop storm wind weather rain snow fireworks firecrackers parade festival carnival crowds traffic deadline foxes rats flu wifi exams
  bonfire bonfires smoke burn burning barbecue bbq washing laundry`);
/** Enthusiasm about a newcomer: "guess I'll finally learn to make pierogi!". */
const EAGER = words(`finally learn learning excited yay cant yummy brought brings bringing made cooked baked shared gift gifts adorable cute sweet kind nice
  hilarious funny fun invited invites legendary won winning sorted recipe recipes garden tidiest decorations food dinner lunch cake treats coffee tea
  planning best amazing lovely great welcome welcomed welcoming`);

/** A member in the previous sentence that this sentence's dread answers, with two plain readings the shared one misses: "is 63", "in a wheelchair". */
function arrivedBefore(prev: Neighbour): GroupMention | null {
  const pw = prev.words();
  if (reported(pw) || sincere(pw)) return null;
  const before = memberBefore(prev);
  if (before) return before;
  for (let i = 1; i < pw.length; i++) {
    if (['is', 'aged', "'s"].includes(pw[i - 1] ?? '') && Number(pw[i]) >= 60 && Number(pw[i]) < 110) return { from: i, to: i, characteristic: 'age', pronoun: false, weak: false };
    if (pw[i] === 'wheelchair' && ['a', 'in'].includes(pw[i - 1] ?? '')) return { from: i, to: i, characteristic: 'disability', pronoun: false, weak: false };
  }
  return null;
}

/**
 * "Lesbian couple moved in next door. Better warn the wife lol", "We got a woman as the new CTO. RIP the roadmap.",
 * "Boomer manager joined today. Hope you like fax machines", "Gay guy on the team, can't wait for the drama to start",
 * "Muslim lads hanging round the station again, keep your daughters in tonight". A member's arrival or presence and
 * foreboding or resignation after it, in the same sentence or opening the next. Passes: another cause to brace for (a
 * storm, fireworks), a welcome or praise ("lovely people, brought us cake"), enthusiasm ("guess I'll finally learn Polish!"),
 * a need met, the member harmed, a member writing, a report.
 */
export function arrivalDreaded(tokens: readonly Token[], w: Words, groups: readonly GroupMention[], prev: Neighbour, raw: string): Attack | null {
  const d = findAny(w, DREAD);
  if (!d || reported([...w.slice(0, d[0]), ...w.slice(d[1] + 1)]) || sincere(w) || raw.includes('!') || w.some((x) => OTHER_DREAD.has(x) || EAGER.has(x)) || negatedIn(w, Math.max(0, d[0] - 2), d[0])) return null;
  const phrase = w.slice(d[0], d[1] + 1).join(' ');
  // "RIP my waistline", "say goodbye to my diet": the writer's own indulgence, not dread of the newcomer
  const object = w[d[1] + 1] === 'to' ? w[d[1] + 2] : w[d[1] + 1];
  if (/^(?:rip|rest in peace|say goodbye|kiss goodbye|goodbye to|bye bye|say bye|better warn)/.test(phrase) && ['my', 'our', 'instant'].includes(object ?? '')) return null;
  // "time to get a bigger watering can": only a bigger defence dreads ("a bigger fence / lock / dog")
  if (phrase === 'time to get a bigger' && !['fence', 'lock', 'locks', 'dog', 'gate', 'wall', 'alarm', 'house'].includes(w[d[1] + 1] ?? '')) return null;
  if (phrase.startsWith('can not wait') && !TROUBLE.has(w[d[1] + 1] ?? '')) return null;
  // "one trans guy joins and suddenly we need a meeting about bathrooms 🙄": "suddenly" dreads only with a wink
  if (phrase === 'and suddenly' && !winked(w, raw)) return null;
  // "glad my lad's in the other class": relief at being kept apart
  if (phrase.endsWith('my') && !w.slice(d[1] + 1, d[1] + 7).some((x) => ['other', 'another', 'different', 'away'].includes(x))) return null;
  const here = someone(tokens, w, groups);
  if (here) {
    // the dread follows the member's presence, in a later clause
    if (here.to >= d[0] || writerIsMember(w, here) || !w.slice(Math.max(0, here.from - 2), d[0]).some((x) => PRESENCE.has(x) || x === 'again' || x === ',' || x === '.')) return null;
    return hit(here.from, d[1], here, 'derogation', `a member's arrival met with foreboding ('${phrase}', ${here.characteristic})`);
  }
  if (d[0] > 1) return null;
  const before = arrivedBefore(prev);
  if (!before || !prev.words().some((x) => PRESENCE.has(x))) return null;
  return hit(d[0], d[1], { ...before, from: d[0], to: d[0], pronoun: true }, 'derogation', `a member named before, their arrival met with foreboding ('${phrase}', ${before.characteristic})`);
}

// --- a danger trusted before a member --------------------------------------------------------------------------------

const RANKED = words(`before over sooner`);

/**
 * "I'd trust a fox in the henhouse before a gay scout leader", "I'd trust a goldfish's memory before I'd trust a boomer's",
 * "I'd trust a snake in my bathroom before a trans woman". Trust given to anything before a member. Passes: the member
 * trusted first ("I'd trust a gay scout leader before any politician"), no member after ("before my landlord"), a
 * refusal, a report.
 */
export function trustRanked(tokens: readonly Token[], w: Words, groups: readonly GroupMention[]): Attack | null {
  const t = w.indexOf('trust');
  if (t < 1 || !['would', 'rather', 'd'].includes(w[t - 1] ?? '') || reported(w) || negatedIn(w, Math.max(0, t - 3), t)) return null;
  const r = w.findIndex((x, k) => k > t + 1 && RANKED.has(x));
  if (r < 0 || memberIn(tokens, w, groups, t + 1, r)) return null;
  const m = memberIn(tokens, w, groups, r + 1, r + 8);
  if (!m || writerIsMember(w, m)) return null;
  return hit(t, m.to, m, 'derogation', `a danger trusted before a member (${m.characteristic})`);
}

// --- what a group or its culture "produces" --------------------------------------------------------------------------

/** (not "bring" or "give": "refugees bring nothing but their clothes" tells a hardship) */
const PRODUCE = words(`produce produces produced contribute contributes contributed invent invents invented create creates created`);
/** What a narrowing may leave that is praise: "nothing but masterpieces". */
const MASTERWORKS = words(`masterpieces masterpiece hits classics legends champions winners art beauty excellence genius joy talent icons heroes`);
/** Faults a narrowing may leave: "besides rap and prison stats", "except lawsuits". */
const PRODUCED_FAULTS = words(`prison prisons crime crimes debt debts lawsuits lawsuit drama terrorism terrorists terror welfare benefits babies violence
  gangs drugs noise mess problems complaints glitter whining victims excuses riots bombs poverty`);
const SAVE_FOR = ['besides', 'except', 'other than', 'apart from', 'nothing but', 'only', 'beyond'];
const PRODUCE_ANCHORS = words(`besides except other apart nothing only beyond`);

/**
 * "What does black culture even produce besides rap and prison stats", "What has gay culture produced except glitter",
 * "Boomers produced nothing but debt and a wrecked planet". A group or its culture as the maker, and a narrowing that
 * leaves only faults. Passes: a list of achievements ("produced jazz, hip hop and ..."), "nothing but praise / love", a
 * report.
 */
export function cultureOutput(tokens: readonly Token[], w: Words, groups: readonly GroupMention[]): Attack | null {
  if (!w.some((x) => PRODUCE_ANCHORS.has(x))) return null;
  const v = w.findIndex((x) => PRODUCE.has(x));
  if (v < 1 || reported(w) || sincere(w)) return null;
  const s = findAny(w.slice(v + 1, v + 4), SAVE_FOR);
  // "bring nothing but hard work and hope": what is left is good
  if (!s || w.slice(v + 2 + s[1]).some((x) => VIRTUES.has(x) || GOOD_TURN.has(x) || THANKFUL.has(x) || MASTERWORKS.has(x))) return null;
  // "What does Indian cinema produce besides Bollywood?" asks for more; only a fault left after the narrowing sneers
  // ("besides rap and prison stats", "nothing but debt")
  if (w.includes('?') && !w.slice(v + 2 + s[1]).some((x) => PRODUCED_FAULTS.has(x))) return null;
  const m = member(tokens, w, groups, Math.max(0, v - 5), v);
  if (!m || ownedNear(w, 0, v) || writerIsMember(w, m) || NEGATORS.has(w[v - 1] ?? '')) return null;
  return hit(m.from, v + 1 + s[1], m, 'derogation', `what a group produces narrowed to faults ('${w[v]} ${w.slice(v + 1 + s[0], v + 2 + s[1]).join(' ')}', ${m.characteristic})`);
}

// --- a group's doings likened to dirt, vermin, disease or furniture ---------------------------------------------------

const LIKENESS = ['like a landfill', 'like a tip', 'like a pigsty', 'like a sewer', 'like a dump', 'like a zoo', 'like a rubbish dump', 'like mould',
  'like mold', 'like rats', 'like weeds', 'like a disease', 'like a plague', 'like a virus', 'like cancer', 'like cockroaches', 'raised by wolves',
  'basically furniture', 'basically cattle', 'basically robots', 'like robots', 'like cattle', 'nobody home', 'no one home', 'nobody is home'];
/** A likening done to a group: "treated like cattle", "herded like cattle". */
const TREATED = words(`treated treat treating pushed herded shoved packed crammed handled processed shipped moved sent stored`);
const LIKENESS_ANCHORS = new Set(LIKENESS.map((p) => p.split(' ')[0] as string));

/**
 * "The mosque crowd leave the car park like a landfill", "Indian call centres ... spread like mould", "Half the black kids
 * in my class were raised by wolves", "Blind people are basically furniture", "The deaf guy nods along, lights on nobody
 * home". A likening to dirt, vermin, disease or a thing in the clause after a member. Passes: no member ("mould spreads
 * like crazy", "my laptop is basically furniture"), praise, a report.
 */
export function likenedToThing(tokens: readonly Token[], w: Words, groups: readonly GroupMention[]): Attack | null {
  if (!w.some((x) => LIKENESS_ANCHORS.has(x))) return null;
  const l = findAny(w, LIKENESS);
  if (!l || reported(w) || sincere(w) || negatedIn(w, Math.max(0, l[0] - 3), l[0])) return null;
  // "treated like cattle", "pushed through the system like cattle": the likening is done to them
  if (w.slice(Math.max(0, l[0] - 6), l[0]).some((x) => TREATED.has(x))) return null;
  const m = someone(tokens, w, groups);
  if (!m || m.to >= l[0] || l[0] - m.to > 12 || writerIsMember(w, m)) return null;
  // "hate against Muslims spreads like a virus", "my teenage son's room is like a pigsty", "growing up as a gay kid I felt
  // raised by wolves": the group as what is hated, a relative's thing, the writer's own story
  if (['against', 'about', 'towards', 'toward', 'of'].includes(w[m.from - 1] ?? '') || ownedNear(w, Math.max(0, m.from - 2), m.from + 1) || w.slice(0, l[0]).some((x) => ['i', 'me'].includes(x))) return null;
  return hit(m.from, l[1], m, 'derogation', `a member likened to ${w.slice(l[0], l[1] + 1).join(' ')} (${m.characteristic})`);
}

// --- a burden pinned on a group by a relative clause, an origin mocked, a tagline of ruin -----------------------------

/** What a group is said to do to everyone else. */
const BURDEN_VERBS = words(`slow slows drag drags hold holds cost costs ruin ruins scare scares waste wastes burden burdens bring brings`);
const EVERYONE = words(`everyone everybody us others rest team everything`);
/** Ruin done "since" a year: "ruining everything since 1965". */
const RUINING = words(`ruining destroying wrecking killing spoiling complaining moaning whining`);
const BURDEN_ANCHORS = words(`who that since happens reason`);
/** Gratitude after "the reason": "the reason the NHS still works", "the reason I smile". */
const THANKFUL = words(`works working alive smile smiling laugh hope still here thanks thank safe open running finally`);

/**
 * "Hiring people with learning disabilities who slow everyone down", "Boomers: ruining everything since 1965",
 * "Nonbinary is what happens when you give teenagers tumblr". A relative clause that pins a burden on every member (a
 * burden verb with everyone as its object), a group as the subject of a tagline of ruin "since" a year, and an identity
 * explained away as "what happens when" something is done to someone. Passes: a burden done to the group ("who were
 * held back"), a limited set ("the few who", "any who"), praise, a report or a rebuttal.
 */
export function burdenPinned(tokens: readonly Token[], w: Words, groups: readonly GroupMention[]): Attack | null {
  return w.some((x) => BURDEN_ANCHORS.has(x)) ? unlessReported(burdenAt(tokens, w, groups), w) : null;
}

function burdenAt(tokens: readonly Token[], w: Words, groups: readonly GroupMention[]): Attack | null {
  for (const g of groups) {
    if (g.pronoun || writerIsMember(w, g)) continue;
    const r = g.to + 1;
    if (['who', 'that'].includes(w[r] ?? '') && BURDEN_VERBS.has(w[r + 1] ?? '') && w.slice(r + 2, r + 5).some((x) => EVERYONE.has(x)) && !['few', 'any', 'some', 'those'].includes(w[g.from - 1] ?? '')) {
      return hit(g.from, r + 2, g, 'derogation', `a burden pinned on every member by a relative clause (${g.characteristic})`);
    }
    // "boomers: ruining everything since 1965"
    if ([':', ','].includes(w[r] ?? '') && RUINING.has(w[r + 1] ?? '') && w.slice(r + 2, r + 6).includes('since') && g.from <= 1 && !sincere(w)) {
      return hit(g.from, r + 1, g, 'derogation', `a tagline of ruin pinned on a group (${g.characteristic})`);
    }
  }
  // "wheelchair users, aka the reason the lift's always busy": a group named and then called the cause of a nuisance
  const reason = w.findIndex((x, k) => x === 'reason' && w[k - 1] === 'the' && (w[k - 2] === ',' || (w[k - 2] === 'aka' && w[k - 3] === ',')));
  if (reason > 0 && !sincere(w) && !w.slice(reason + 1).some((x) => GOOD_TURN.has(x) || VIRTUES.has(x) || THANKFUL.has(x))) {
    const g = groups.find((x) => !x.pronoun && x.to < reason && x.from <= 1 && [',', 'aka'].includes(w[x.to + 1] ?? ''));
    if (g && !writerIsMember(w, g)) return hit(g.from, reason, g, 'derogation', `a group named as the reason for a nuisance (${g.characteristic})`);
  }
  // "nonbinary is what happens when you give teenagers tumblr": an identity as the result of something done
  const h = w.findIndex((x, k) => x === 'happens' && w[k - 1] === 'what' && w[k + 1] === 'when' && ['is', 'are'].includes(w[k - 2] ?? ''));
  if (h > 1 && !sincere(w)) {
    const m = memberIn(tokens, w, groups, 0, h - 2) ?? groups.find((x) => !x.pronoun && x.to < h);
    if (m && !negatedIn(w, 0, h)) return hit(m.from, h + 1, m, 'derogation', `an identity explained away as what happens when ... (${m.characteristic})`);
  }
  return null;
}

/** Anchor words a sentence with no group noun needs to reach these readers through group-attack's prefilter. */
export const ROUND16_HELPER_CUES: readonly string[] = ['rip', 'goodbye', 'brace', 'homeschool', 'eggshells', 'warn', 'glad', 'trust', 'retirement', ...HEADWEAR];
