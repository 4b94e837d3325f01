/**
 * Round 19's readers of implicit derogation, after a dev set of 250 implicit posts (impl8) that the frames before caught
 * only one in four of. Each reader stands for a family of wordings, not one phrasing:
 *
 * - sardonicReply: a member's presence met with a sardonic reply ("A female mechanic? Better check the brakes yourself.",
 *   "Gay couple adopting twins, that'll end well.").
 * - backhandedPraise: praise of a group turned at once into a limit ("Hindus make great doctors, just don't ask them to
 *   run the budget", "great at multitasking, shame they can't park", "great at parties, not so great at deadlines").
 * - confinedRole: a group kept to one place and out of another ("should stick to fashion, not football", "keep the
 *   women in admin and out of the boardroom").
 * - ratherThanMember: anything rather than a member ("I'd rather quit than work under a woman", "than a trans one").
 * - spottedBy: a member told apart by a trait ("you can always spot the gay ones by the way they walk").
 * - surprisedDecency: decency greeted as a surprise in a member ("She's Muslim but surprisingly friendly").
 * - costumeTrope: trans women called men in costume ("men in dresses", "he's still a bloke").
 * - breedingTrope: a group said to breed to take over ("have babies faster than anyone can count").
 * - stillCannot: a group given time or help and still incapable ("had centuries and still can't build a road").
 *
 * Each needs a member and its cue; counter-speech, reports and praise pass, as do accommodations ("better check the
 * canteen has halal options") and safety or medical advice.
 */
import type { GroupMention } from '../find-groups';
import { identityAdjective } from '../lexicon/groups';
import { PRAISE_WORDS, VICTIMISED } from '../lexicon/derogation';
import type { Attack } from '../predicate';
import { CLAUSE_BREAK, NEGATORS, type Token } from '../tokens';
import { condemned, member, memberBefore, SINCERE, words } from './implicit-readers';
import { find, findAny, hit, identityWord, writerIsMember, type Neighbour, type Words } from './shared';

/** Accommodation and care: what a sardonic-looking reply is when it makes room for a member. */
const ACCOMMODATION = words(`halal kosher vegetarian vegan options option menu dietary prayer room ramp ramps access accessible step-free captions
  caption interpreter signer subtitles pronouns fasting ramadan eid diwali shabbat sabbath lift lifts hearing loop loops quiet`);

/** A reply that sneers at the scenario before it. */
const REPLIES = [
  'better check', 'better double check', 'better double-check', 'better count', 'better hide', "that'll end well", "that'll go well", "this'll end well", "that'll be fun",
  "i'll pass", "i'll take my chances", "i'll take the stairs", "i'll take the train", "i'll take the bus", "i'll wait for the next one", "i'll get the next one",
  'might want to check', 'might want to double check',
  'might want to double-check', 'might want to count', 'good luck with that', 'good luck to the', 'that will end well', 'that will go well',
  'this will end well', 'that is going to end well', 'that is gonna end well', 'god help us', 'heaven help us', 'lord help us',
  'i will pass', 'hard pass', 'no thanks', 'no thank you', 'i will take my chances', 'i will take the stairs', 'i will take the train', 'i will take the bus',
  'i will wait for the next one', 'i will get the next one', 'parents deserve to know', 'pray for the',
];
const REPLY_ANCHORS = new Set(REPLIES.map((p) => p.split(' ')[0] as string));

/**
 * "A female mechanic? Better check the brakes yourself.", "A trans referee? Good luck with that.", "Gay couple adopting
 * twins, that'll end well.", "A blind judge? ..., good luck to the defendants." The member is named in the sentence
 * before the reply (a short question or fragment), or earlier in the same sentence, a clause before it. Not when the
 * reply makes room for them (halal options, a ramp), praises, or is reported or condemned.
 */
export function sardonicReply(tokens: readonly Token[], w: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  if (!w.some((x) => REPLY_ANCHORS.has(x))) return null;
  const r = findAny(w, REPLIES);
  if (!r || condemned(w) || w.some((x) => SINCERE.has(x) || PRAISE_WORDS.has(x) || ACCOMMODATION.has(x) || CARE.has(x))) return null;
  // ("no thanks", "hard pass" and "I'll pass" as a whole reply only: "no thanks to the council", "I'll pass on the coffee")
  if ((['no', 'hard'].includes(w[r[0]] ?? '') || w[r[1]] === 'pass') && !(r[1] + 1 >= w.length || CLAUSE_BREAK.has(w[r[1] + 1] ?? '') || w[r[1] + 1] === ',')) return null;
  const here = member(tokens, w, groups, 0, r[0]);
  if (here) {
    // the member a clause before the reply: "Gay couple adopting twins, that'll end well"
    const between = w.slice(here.to + 1, r[0]);
    if (!between.some((x) => x === ',' || CLAUSE_BREAK.has(x)) || writerIsMember(w, here) || ['my', 'our'].includes(w[here.from - 1] ?? '')) return null;
    return hit(here.from, r[1], here, 'stereotype', `a sardonic reply to a member's presence ('${w.slice(r[0], r[1] + 1).join(' ')}')`);
  }
  const pw = prev.words();
  // the member in a short sentence before: a question anywhere before the reply, a statement only if the reply opens
  const asked = pw[pw.length - 1] === '?';
  if (!pw.length || pw.length > 14 || (!asked && r[0] > 1) || condemned(pw) || pw.some((x) => SINCERE.has(x) || PRAISE_WORDS.has(x) || ACCOMMODATION.has(x) || x === 'my' || x === 'our')) return null;
  const id = memberBefore(prev);
  return id ? hit(r[0], r[1], { ...id, from: r[0], to: r[0], pronoun: true }, 'stereotype', `a sardonic reply to a member's presence ('${w.slice(r[0], r[1] + 1).join(' ')}')`) : null;
}

/** What a group may be praised as. */
const PRAISED = words(`great good fine lovely nice brilliant excellent amazing wonderful sweet adorable talented fantastic gifted perfect`);
/** Verbs whose denial keeps a member from a role: "just don't ask them to run the budget", "don't expect a personality". */
const ROLE_DENIED = words(`ask let give expect trust put hire promote leave send make allow lend`);

/**
 * "Hindus make great doctors, just don't ask them to run the budget", "Women are great at multitasking, shame they can't
 * park", "Brazilians at work: great at parties, not so great at deadlines", "Black people are great at sports, shame the
 * same can't be said for school". A group praised, then limited in the same breath. Not advice on treating them well
 * ("great colleagues, just don't schedule lunches in Ramadan"): the limit must deny them a role or a skill.
 */
export function backhandedPraise(tokens: readonly Token[], w: Words, groups: readonly GroupMention[]): Attack | null {
  const p = w.findIndex((x) => PRAISED.has(x));
  if (p < 0 || condemned(w) || w.some((x) => ACCOMMODATION.has(x))) return null;
  const id = member(tokens, w, groups, Math.max(0, p - 6), p);
  if (!id || writerIsMember(w, id) || ['my', 'our'].includes(w[id.from - 1] ?? '')) return null;
  for (let k = p + 1; k < Math.min(w.length, p + 12); k++) {
    const x = w[k] ?? '';
    const after = w[k + 1] ?? '';
    // "just don't ask them ...", "but never let them ..."
    const denied = (x === 'just' || x === 'but') && (NEGATORS.has(after) || (after === 'do' && NEGATORS.has(w[k + 2] ?? ''))) && w.slice(k + 1, k + 5).some((v) => ROLE_DENIED.has(v));
    // "shame they can't park", "shame the same can't be said"
    const shame = (x === 'shame' || x === 'pity') && w.slice(k + 1, k + 7).some((v) => v === 'cannot' || (v === 'not' && ['can', 'could', 'do', 'does'].includes(w[w.indexOf(v, k) - 1] ?? '')) || v === 'never');
    // "great at parties, not so great at deadlines"
    const contrast = x === 'not' && ['so', 'as', 'that'].includes(after) && PRAISED.has(w[k + 2] ?? '');
    if (denied || shame || contrast) return hit(id.from, k + 2, id, 'stereotype', 'praise of a group turned into a limit');
  }
  return null;
}

/** Places and spheres a group is kept out of. */
const SPHERES = words(`boardroom boardrooms debate debates office offices management leadership politics parliament meetings meeting classroom classrooms
  school schools team teams league sport sports army military government decisions decision engineering science pitch field cockpit surgery
  courtroom newsroom lab labs startup startups tech business finance council board`);
/** Advice on health and safety, where "stick to" and "keep out of" are care. */
const CARE = words(`safe safety sun heat cold draught draughts rain weather alone dark night lit decaf caffeine doctor doctors diet exercise
  low-impact gentle crowds queue queues traffic flu covid vaccine pregnant pregnancy buddy fog snow ice icy motorway`);

/**
 * "Gay men should stick to fashion, not football", "Over-50s should stick to golf and leave the startup world to ...",
 * "Keep the women in admin and out of the boardroom". A group kept to one place and out of another. Not care ("the
 * elderly should stick to gentle exercise, not sprints", "keep the elderly out of the heat").
 */
export function confinedRole(tokens: readonly Token[], w: Words, groups: readonly GroupMention[]): Attack | null {
  if (condemned(w) || w.some((x) => CARE.has(x))) return null;
  const stick = find(w, 'stick to');
  if (stick > 0) {
    const id = member(tokens, w, groups, Math.max(0, stick - 6), stick);
    if (!id || writerIsMember(w, id)) return null;
    for (let k = stick + 2; k < Math.min(w.length, stick + 10); k++) {
      const x = w[k] ?? '';
      const out = (x === 'not' && [',', 'and'].includes(w[k - 1] ?? '')) || (x === 'and' && ['leave', 'stay'].includes(w[k + 1] ?? '')) || (x === 'instead' && w[k + 1] === 'of');
      if (out) return hit(id.from, k + 1, id, 'exclusion', "a group kept to one role ('stick to ..., not ...')");
    }
    return null;
  }
  const keep = w.findIndex((x) => x === 'keep' || x === 'keeping');
  if (keep < 0) return null;
  const id = member(tokens, w, groups, keep + 1, keep + 5);
  if (!id) return null;
  const out = find(w, 'out of', id.to + 1);
  if (out < 0 || out > id.to + 8 || !w.slice(out + 2, out + 5).some((x) => SPHERES.has(x))) return null;
  return hit(keep, out + 3, id, 'exclusion', "a group kept out of a sphere ('keep ... out of')");
}

/** Choices one may prefer a member of one sex for: a doctor for an intimate exam, a carer. */
const SAME_SEX_CARE = words(`doctor doctors gp nurse nurses midwife gynae gynaecologist gynecologist exam examination smear therapist carer carers chaperone massage masseuse`);

/**
 * "I'd rather quit than work under a woman", "I'd rather sell the house than sell it to Indians", "I'd rather hire nobody
 * than a trans one". Anything preferred to a member named after "than". Not a same-sex choice of doctor or carer, and
 * not when the writer is a member.
 */
export function ratherThanMember(tokens: readonly Token[], w: Words, groups: readonly GroupMention[]): Attack | null {
  const r = w.indexOf('rather');
  if (r < 1 || !['would', 'd', 'id'].includes(w[r - 1] ?? '') || NEGATORS.has(w[r + 1] ?? '')) return null;
  const than = w.indexOf('than', r + 1);
  if (than < 0 || condemned(w) || w.some((x) => SAME_SEX_CARE.has(x) || SINCERE.has(x))) return null;
  let end = than + 1;
  while (end < w.length && end <= than + 9 && !CLAUSE_BREAK.has(w[end] ?? '') && w[end] !== ',') end++;
  // "than a trans one": an identity adjective before "one"
  for (let k = than + 1; k < end; k++) {
    const c = identityAdjective(w[k] ?? '');
    if (c && w[k + 1] === 'one') return hit(r - 1, k + 1, { from: k, to: k + 1, characteristic: c, pronoun: false, weak: false }, 'derogation', 'anything rather than a member');
  }
  const id = member(tokens, w, groups, than + 1, end);
  // ("than live without my gay son", "than live in a world that hates gay people": the writer's own, or the member wronged)
  if (!id || writerIsMember(w, id) || ['my', 'our', 'his', 'her', 'their'].includes(w[id.from - 1] ?? '') || w.slice(than + 1, id.from).some((x) => ['hates', 'hate', 'hurts', 'hurt', 'harms', 'bullies', 'without', 'lose', 'losing', 'mocks', 'attacks'].includes(x))) return null;
  return hit(r - 1, id.to, id, 'derogation', 'anything rather than a member');
}

/**
 * "You can always spot the gay ones by the way they walk", "you can always tell when a woman wrote the code". A member
 * told apart by a trait. Not when the trait is praised.
 */
export function spottedBy(tokens: readonly Token[], w: Words, groups: readonly GroupMention[]): Attack | null {
  const c = findAny(w, ['can always tell', 'can always spot', 'you can tell', 'you can spot', 'can always pick out', 'always spot', 'always tell']);
  if (!c || condemned(w) || w.some((x) => SINCERE.has(x) || PRAISE_WORDS.has(x))) return null;
  let id = member(tokens, w, groups, c[1] + 1, Math.min(w.length, c[1] + 7));
  // ("the gay ones": an identity adjective before "ones")
  if (!id) {
    for (let k = c[1] + 1; k < Math.min(w.length, c[1] + 5); k++) {
      const ch = identityAdjective(w[k] ?? '');
      if (ch && ['ones', 'one'].includes(w[k + 1] ?? '')) id = { from: k, to: k + 1, characteristic: ch, pronoun: false, weak: false };
    }
  }
  if (!id || writerIsMember(w, id) || ['my', 'our'].includes(w[id.from - 1] ?? '')) return null;
  if (!w.slice(id.to + 1).some((x) => ['by', 'from', 'because', 'wrote', 'made', 'did', 'cooked', 'drove', 'parked', 'been'].includes(x))) return null;
  return hit(c[0], id.to, id, 'stereotype', 'a member told apart by a trait');
}

/** Plain decency and skill, which the surprise in "but surprisingly" denies to the rest. */
const DECENT = words(`normal nice friendly smart clever competent articulate clean polite funny good decent capable intelligent bright
  hardworking honest kind sane reasonable professional reliable sensible well-spoken tidy punctual`);
const SURPRISED = words(`surprisingly amazingly shockingly remarkably weirdly oddly unusually actually`);

/**
 * "She's Muslim but surprisingly friendly", "He's autistic but he actually made eye contact", "She's a woman but
 * surprisingly good at maths". An identity clause, then decency met as a surprise.
 */
export function surprisedDecency(tokens: readonly Token[], w: Words, groups: readonly GroupMention[]): Attack | null {
  const b = w.indexOf('but');
  if (b < 2 || condemned(w)) return null;
  const id = identityWord(tokens, groups, b - 1) ?? identityWord(tokens, groups, b - 2);
  if (!id || !['is', 'am', 'are', 'was', 'a', 'an'].some((x) => w.slice(Math.max(0, id.from - 3), id.from).includes(x)) || writerIsMember(w, id)) return null;
  // "but surprisingly friendly", "but he actually made eye contact"
  const s = w.slice(b + 1, b + 4).findIndex((x) => SURPRISED.has(x));
  if (s < 0) return null;
  const at = b + 1 + s;
  const decent = w.slice(at + 1, at + 3).some((x) => DECENT.has(x)) || (w[at] === 'actually' && /(?:ed|made|got|did|understood)$/.test(w[at + 1] ?? ''));
  return decent ? hit(id.from, at + 1, id, 'stereotype', "decency met as a surprise in a member ('but surprisingly')") : null;
}

const MALE = words(`man men bloke blokes guy guys dude dudes male males fella fellas`);
const COSTUME = words(`dress dresses wig wigs lipstick makeup heels skirt skirts frock frocks`);
/** Where a man in a dress is a show, a costume or a custom. */
const SHOW = words(`panto pantomime drag halloween costume costumes stag fancy theatre theater comedy movie film play musical shakespeare kilt
  kilts festival party carnival fundraiser charity bet dare sketch monty python wedding`);
/** Where the trope is aimed: women's spaces, trans people, pronouns. */
const AIMED = words(`women's womens toilets toilet bathroom bathrooms changing sport sports race prison prisons shelter shelters spaces trans transgender
  pronouns ladies real pretending pretend transition transitioning identify identifies she her`);

/**
 * "Men in dresses should not be in women's toilets", "they're not transitioning, they're blokes in lipstick", "He can
 * wear a skirt all he likes, he's still a bloke". Trans women called men in costume. Not pantomime, drag, fancy dress or
 * kilts.
 */
export function costumeTrope(w: Words, groups: readonly GroupMention[]): Attack | null {
  if (w.some((x) => SHOW.has(x)) || condemned(w)) return null;
  for (let i = 0; i + 2 < w.length; i++) {
    if (!MALE.has(w[i] ?? '') || w[i + 1] !== 'in') continue;
    const c = ['a', 'their', 'his'].includes(w[i + 2] ?? '') ? i + 3 : i + 2;
    // ("trans women are women, not men in dresses": the trope denied)
    if (COSTUME.has(w[c] ?? '') && w.some((x) => AIMED.has(x)) && !NEGATORS.has(w[i - 1] ?? '') && !NEGATORS.has(w[i - 2] ?? '')) return hit(i, c, { from: i, to: c, characteristic: 'gender-identity', pronoun: false, weak: false }, 'derogation', "trans women called men in costume ('men in dresses')");
  }
  // "he can wear a skirt all he likes, he's still a bloke"
  const still = w.findIndex((x, k) => x === 'still' && ['a', 'an'].includes(w[k + 1] ?? '') && MALE.has(w[k + 2] ?? ''));
  if (still > 0 && w.some((x) => COSTUME.has(x) || ['pronouns', 'trans', 'transgender', 'transition'].includes(x))) return hit(still, still + 2, { from: still, to: still + 2, characteristic: 'gender-identity', pronoun: false, weak: false }, 'derogation', "a trans woman called still a man");
  void groups;
  return null;
}

const BIRTHS = words(`babies kids children sprogs`);
const BREED_VERBS = words(`have having has popping pop churning churn breed breeding`);

/**
 * "Somalis have babies faster than anyone can count", "Muslims are popping out kids to take over". A group said to breed
 * fast or to take over. Not birth-rate statistics stated plainly.
 */
export function breedingTrope(tokens: readonly Token[], w: Words, groups: readonly GroupMention[]): Attack | null {
  const v = w.findIndex((x, k) => BREED_VERBS.has(x) && w.slice(k + 1, k + 3).some((y) => BIRTHS.has(y)));
  if (v < 0 || condemned(w)) return null;
  const id = member(tokens, w, groups, Math.max(0, v - 4), v);
  if (!id || writerIsMember(w, id) || ['my', 'our'].includes(w[id.from - 1] ?? '')) return null;
  const rest = w.slice(v + 1, v + 10);
  const fast = rest.includes('faster') || find(rest, 'like rabbits') >= 0 || find(rest, 'take over') >= 0 || find(rest, 'outnumber') >= 0 || rest.includes('outnumber') || find(rest, 'by the dozen') >= 0 || find(rest, 'for the benefits') >= 0 || find(rest, 'for benefits') >= 0 || find(rest, 'like it is a competition') >= 0;
  return fast ? hit(id.from, v + 2, id, 'stereotype', 'a group said to breed to take over') : null;
}

/**
 * "Africans had centuries and still can't build a road", "they've had decades of aid and still can't keep the lights
 * on". A group given time or help and still incapable. Not a wrong still done to them ("still can't get a fair trial").
 */
export function stillCannot(tokens: readonly Token[], w: Words, groups: readonly GroupMention[]): Attack | null {
  const s = w.findIndex((x, k) => x === 'still' && (w[k + 1] === 'cannot' || (w[k + 1] === 'can' && NEGATORS.has(w[k + 2] ?? '')) || w[k + 1] === 'never'));
  if (s < 2 || w[s - 1] !== 'and' || condemned(w) || w.some((x) => VICTIMISED.has(x) || ['fair', 'equal', 'afford', 'access', 'justice', 'rights', 'vote', 'loan', 'loans', 'mortgage', 'housing', 'insurance', 'job', 'jobs', 'hired'].includes(x))) return null;
  const had = w.slice(0, s).findIndex((x) => x === 'had' || x === 'got' || x === 'given');
  if (had < 0) return null;
  const id = member(tokens, w, groups, Math.max(0, had - 4), had);
  if (!id || writerIsMember(w, id) || ['my', 'our'].includes(w[id.from - 1] ?? '')) return null;
  return hit(id.from, s + 2, id, 'derogation', "a group given time or help and still incapable ('and still can't')");
}
