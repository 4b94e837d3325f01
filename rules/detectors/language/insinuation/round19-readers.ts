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
 * - limitedTolerance, mockPity, arrivalTrouble, likenedPlainly: "nothing against gays, but would you want one coaching
 *   your son?", "poor old dears, technology must be so frightening", "moved in and suddenly the bikes went missing",
 *   "boomers are just toddlers with mortgages".
 * - politeExclusion: an exclusion said politely ("it might be best if the Muslim staff ate somewhere else").
 * - rankedAbove, unwantedNeighbour: one group ranked above another in mind or worth, a member asked about as a neighbour
 *   nobody would want.
 *
 * What they showed: readers written from one author's posts reached that author's other posts (impl8 27% → 46%) and
 * almost none of another author's (held-out blind4 and blind7 rose by one or two posts each).
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
import { find, findAny, hit, writerIsMember, type Neighbour, type Words } from './shared';

/** What a group's name may stand before that is theirs, not them: "women's football", "the men's game". */
const THEIR_THINGS = words(`football soccer rugby cricket tennis golf league leagues final finals game games team teams sport sports match matches cup
  world health rights history month day network group committee event events shelter section ward changing toilets toilet`);

/** Is the member people, not a thing of theirs ("women's football") or a thing named after them? */
function asPeople(w: Words, id: GroupMention): boolean {
  const next = w[id.to + 1] ?? '';
  return !((next === "'s" || next === 's' || (w[id.to] ?? '').endsWith("'s")) || THEIR_THINGS.has(next));
}

/** The writer's own people: a member who is the writer ("as a gay man"), or "my / our [member]". */
function ownPeople(w: Words, id: GroupMention): boolean {
  return writerIsMember(w, id) || ['my', 'our'].includes(w[id.from - 1] ?? '');
}

/** Accommodation and care: what a sardonic-looking reply is when it makes room for a member. */
const ACCOMMODATION = words(`halal kosher vegetarian vegan options option menu dietary prayer room ramp ramps access accessible step-free captions
  caption interpreter signer subtitles pronouns fasting ramadan eid diwali shabbat sabbath lift lifts hearing loop loops quiet`);

/** A reply that sneers at the scenario before it. */
const REPLIES = [
  'better check', 'better double check', 'better double-check', 'better count', 'better hide', "that'll end well", "that'll go well", "this'll end well", "that'll be fun",
  'might want to check', 'might want to double check',
  'might want to double-check', 'might want to count', 'good luck with that', 'good luck to the', 'that will end well', 'that will go well',
  'this will end well', 'that is going to end well', 'that is gonna end well', 'god help us', 'heaven help us', 'lord help us',
  'i will pass', 'hard pass', 'no thanks', 'no thank you', 'i will take my chances', 'i will take the stairs', 'i will take the train', 'i will take the bus',
  'i will wait for the next one', 'i will get the next one', 'parents deserve to know', 'pray for the', 'better get', 'better lock', 'better install',
  'might as well', 'that will be the day', "that'll be the day", 'bit of a waste', 'waste of a ticket', 'waste of a seat', 'waste of a place',
  'can not wait to see how that goes', 'cannot wait to see how that goes', 'can not wait to see how this goes', 'better keep', 'get a second opinion',
  'nothing could possibly go wrong', 'nothing could go wrong', 'what could possibly go wrong', 'what could go wrong', 'we are doomed', 'we are all doomed',
  // ("A [member] as head teacher? That school is doomed.")
  ...['company', 'school', 'team', 'country', 'business', 'hospital', 'department', 'project', 'club', 'place', 'city', 'government', 'firm', 'office', 'shop', 'class', 'airline', 'bank', 'council', 'party']
    .flatMap((n) => [`that ${n} is doomed`, `this ${n} is doomed`]), "that'll be a fun", 'that will be a fun', 'might want to test',
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
  // (the reply's own words aside: "parents deserve to know" is no praise)
  if (!r || condemned(w) || w.some((x, k) => (k < r[0] || k > r[1]) && (SINCERE.has(x) || PRAISE_WORDS.has(x) || ACCOMMODATION.has(x) || CARE.has(x)))) return null;
  // ("no thanks", "hard pass" and "I'll pass" as a whole reply only: "no thanks to the council", "I'll pass on the coffee")
  if ((['no', 'hard'].includes(w[r[0]] ?? '') || w[r[1]] === 'pass') && !(r[1] + 1 >= w.length || CLAUSE_BREAK.has(w[r[1] + 1] ?? '') || w[r[1] + 1] === ',')) return null;
  const here = member(tokens, w, groups, 0, r[0]);
  if (here) {
    // the member a clause before the reply: "Gay couple adopting twins, that'll end well"
    const between = w.slice(here.to + 1, r[0]);
    if (!between.some((x) => x === ',' || CLAUSE_BREAK.has(x)) || ownPeople(w, here)) return null;
    return hit(here.from, r[1], here, 'stereotype', `a sardonic reply to a member's presence ('${w.slice(r[0], r[1] + 1).join(' ')}')`);
  }
  const pw = prev.words();
  // the member in a short sentence before: a question anywhere before the reply, a statement only if the reply opens
  // (or after "sure," / "honestly,"); a remark quoted to be mocked is someone else's
  const asked = pw[pw.length - 1] === '?';
  const opens = r[0] <= 1 || (r[0] <= 3 && w.slice(0, r[0]).every((x) => [',', 'sure', 'honestly', 'well', 'yeah', 'oh', 'great', 'i', 'think'].includes(x)));
  if (pw.some((x) => ['mocking', 'mock', 'mocks', 'joke', 'jokes', 'meme', "'", '"', '‘', '“'].includes(x))) return null;
  if (!pw.length || pw.length > 14 || (!asked && !opens) || condemned(pw) || pw.some((x) => SINCERE.has(x) || PRAISE_WORDS.has(x) || ACCOMMODATION.has(x))) return null;
  const id = memberBefore(prev);
  // ("My Muslim neighbour driving? I'll take the bus, she drives like a rally driver": the writer's own people)
  if (id && ['my', 'our'].includes(pw[id.from - 1] ?? '')) return null;
  return id ? hit(r[0], r[1], { ...id, from: r[0], to: r[0], pronoun: true }, 'stereotype', `a sardonic reply to a member's presence ('${w.slice(r[0], r[1] + 1).join(' ')}')`) : null;
}

/** What a group may be praised as. */
const PRAISED = words(`great good fine lovely nice brilliant excellent amazing wonderful sweet adorable talented fantastic gifted perfect inspiring`);
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
  // ("shame the same can't be said": "said" here reports nothing)
  if (p < 0 || condemned(w.filter((x, k) => !(x === 'said' && w[k - 1] === 'be'))) || w.some((x) => ACCOMMODATION.has(x))) return null;
  const id = member(tokens, w, groups, Math.max(0, p - 6), p);
  if (!id || !asPeople(w, id) || ownPeople(w, id)) return null;
  for (let k = p + 1; k < Math.min(w.length, p + 12); k++) {
    const x = w[k] ?? '';
    const after = w[k + 1] ?? '';
    // "just don't ask them ...", "but never let them ..."
    // ("just not the kind you'd put on a deadline")
    const denied = (x === 'just' || x === 'but') && (NEGATORS.has(after) || (after === 'do' && NEGATORS.has(w[k + 2] ?? ''))) && w.slice(k + 1, k + 8).some((v) => ROLE_DENIED.has(v));
    // "shame they can't park", "shame the same can't be said", "shame there's not a creative bone among them"
    // (not "shame there aren't more of them", "shame they don't get paid more": a wrong done to them)
    const rest = w.slice(k + 1, k + 9);
    const shame = (x === 'shame' || x === 'pity') && ((['they', 'he', 'she'].includes(rest[0] ?? '') && (rest[1] === 'cannot' || (rest[1] === 'can' && NEGATORS.has(rest[2] ?? '')) || rest[1] === 'never')) || find(rest, 'same can not be said') >= 0 || find(rest, 'same cannot be said') >= 0 || rest.includes('bone')) && !rest.some((v) => ['get', 'paid', 'afford', 'access', 'find', 'funding', 'recognition', 'more'].includes(v));
    // "great at parties, not so great at deadlines", "great on the pitch, less so in the classroom"
    const contrast = (x === 'not' && ['so', 'as', 'that'].includes(after) && PRAISED.has(w[k + 2] ?? '')) || (x === 'less' && after === 'so' && w[k - 1] === ',');
    // "great at driving taxis, let's keep it that way", "great with bedpans, let's not ask them to diagnose", "just keep
    // them away from the team", "fine until they start expecting rights", "fine as long as they're the ones cutting the grass"
    const kept = (x === 'keep' && w[k + 1] === 'it' && w[k + 2] === 'that' && w[k + 3] === 'way') || (x === 'us' && w[k - 1] === 'let' && NEGATORS.has(after) && w.slice(k + 2, k + 4).some((v) => ROLE_DENIED.has(v)))
      || (x === 'just' && after === 'keep' && ['them', 'him', 'her'].includes(w[k + 2] ?? '') && ['away', 'out', 'off'].includes(w[k + 3] ?? ''))
      || (w[p] === 'fine' && x === 'until' && w[k + 1] === 'they' && w.slice(k + 2, k + 5).some((v) => ['start', 'want', 'expect', 'expecting', 'ask', 'open', 'speak', 'move'].includes(v)))
      || (w[p] === 'fine' && x === 'long' && w[k - 1] === 'as' && w.slice(k + 2, k + 6).includes('ones'));
    if (denied || shame || contrast || kept) return hit(id.from, k + 2, id, 'stereotype', 'praise of a group turned into a limit');
  }
  return null;
}

/** Verbs that keep a group to a place or a task. */
const CONFINING = words(`stick stay keep remain do`);
/** Places and spheres a group is kept out of. */
const SPHERES = words(`boardroom boardrooms debate debates office offices management leadership politics parliament meetings meeting classroom classrooms
  school schools team teams league sport sports army military government decisions decision engineering science pitch field cockpit surgery
  courtroom newsroom lab labs startup startups tech business finance council board football rugby cricket sport sports pitch classroom
  jobs job street streets schools neighbourhood neighborhood tv television telly screen stage parliament church`);
/** Advice on health and safety, where "stick to" and "keep out of" are care. */
const CARE = words(`safe safety sun heat cold draught draughts rain weather alone dark night lit decaf caffeine doctor doctors diet exercise
  low-impact gentle crowds queue queues traffic flu covid vaccine pregnant pregnancy buddy fog snow ice icy motorway walking swimming stretching
  yoga water fluids hydrated sleep rest vitamins fruit vegetables salt sugar alcohol medication meds dose physio`);

/**
 * "Gay men should stick to fashion, not football", "Over-50s should stick to golf and leave the startup world to ...",
 * "Keep the women in admin and out of the boardroom". A group kept to one place and out of another. Not care ("the
 * elderly should stick to gentle exercise, not sprints", "keep the elderly out of the heat").
 */
export function confinedRole(tokens: readonly Token[], w: Words, groups: readonly GroupMention[]): Attack | null {
  if (condemned(w) || w.some((x) => CARE.has(x) || ACCOMMODATION.has(x))) return null;
  // "should stick to fashion, not football", "ought to stay at the allotment and leave the tech jobs to us", "should keep
  // their beliefs at the mosque and away from our schools", "should do the fruit picking and leave the office jobs alone"
  const v = w.findIndex((x, k) => CONFINING.has(x) && (['should', 'must', 'ought', 'to', 'better', 'need'].includes(w[k - 1] ?? '')));
  const stick = find(w, 'stick to');
  if (v > 0) {
    const id = member(tokens, w, groups, Math.max(0, v - 7), v);
    // ("young engineers: stick to fundamentals": a weak age word is no group kept anywhere)
    if (!id || !asPeople(w, id) || writerIsMember(w, id) || (id.characteristic === 'age' && id.weak)) return null;
    for (let k = v + 2; k < Math.min(w.length, v + 14); k++) {
      const x = w[k] ?? '';
      const strong = (x === 'and' && (['leave', 'stay'].includes(w[k + 1] ?? '') || (['out', 'away'].includes(w[k + 1] ?? '') && ['of', 'from'].includes(w[k + 2] ?? '')))) || (x === 'instead' && w[k + 1] === 'of');
      const not = x === 'not' && [',', 'and'].includes(w[k - 1] ?? '') && w.slice(k + 1, k + 5).some((y) => SPHERES.has(y));
      if (strong || not) return hit(id.from, k + 1, id, 'exclusion', `a group kept to one role ('${w[v]} ..., not ...')`);
    }
    // "women referees should stick to netball", "deaf people should stick to jobs where ...": a role prescribed (not the
    // rules, the facts, a plan or their faith)
    if (stick > 0 && ['should', 'must', 'ought'].includes(w[stick - 1] ?? '') && !['the', 'their', 'a', 'what', 'your', 'our', 'his', 'her'].includes(w[stick + 2] ?? '') && !PRAISE_WORDS.has(w[stick + 2] ?? '')) return hit(id.from, stick + 2, id, 'exclusion', "a group kept to one role ('should stick to ...')");
    return null;
  }
  // "girls belong in the stands, not on the pitch", "people with schizophrenia belong in a hospital, not in a classroom"
  const bel = w.findIndex((x) => x === 'belong' || x === 'belongs');
  if (bel > 0 && ['in', 'at', 'on'].includes(w[bel + 1] ?? '') && !w.some((x) => PRAISE_WORDS.has(x) || SINCERE.has(x))) {
    const id = member(tokens, w, groups, Math.max(0, bel - 6), bel);
    // (the place refused is a sphere of life: "not on the pitch", not "not in detention")
    const not = w.findIndex((x, k) => k > bel + 2 && k < bel + 9 && x === 'not' && w[k - 1] === ',' && ['in', 'on', 'at'].includes(w[k + 1] ?? '') && w.slice(k + 2, k + 5).some((y) => SPHERES.has(y)));
    if (id && not > 0 && !writerIsMember(w, id) && !NEGATORS.has(w[bel - 1] ?? '')) return hit(id.from, not + 3, id, 'exclusion', "a group kept to one place ('belong in ..., not in ...')");
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
  const r = w.findIndex((x) => x === 'rather' || x === 'sooner');
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
  if (id && !asPeople(w, id)) return null;
  // ("than live without my gay son", "than live in a world that hates gay people": the writer's own, or the member wronged)
  if (!id || writerIsMember(w, id) || ['my', 'our', 'his', 'her', 'their'].includes(w[id.from - 1] ?? '') || w.slice(than + 1, id.from).some((x) => ['hates', 'hate', 'hurts', 'hurt', 'harms', 'bullies', 'without', 'lose', 'losing', 'mocks', 'attacks'].includes(x))) return null;
  return hit(r - 1, id.to, id, 'derogation', 'anything rather than a member');
}

/**
 * "You can always spot the gay ones by the way they walk", "you can always tell when a woman wrote the code". A member
 * told apart by a trait. Not when the trait is praised.
 */
export function spottedBy(tokens: readonly Token[], w: Words, groups: readonly GroupMention[]): Attack | null {
  const c = findAny(w, ['can always tell', 'can always spot', 'you can tell', 'you can spot', 'can always pick out', 'always spot', 'always tell', 'you know a', 'you know when a']);
  // ("you know a Mexican's been in the office when ...": known by what is left behind)
  if (c && w[c[0] + 1] === 'know' && !(w.slice(c[1] + 1, c[1] + 6).includes('been') && w.slice(c[1] + 2).includes('when'))) return null;
  if (!c || condemned(w) || w.some((x) => SINCERE.has(x) || PRAISE_WORDS.has(x))) return null;
  let id = member(tokens, w, groups, c[1] + 1, Math.min(w.length, c[1] + 7));
  // ("the gay ones": an identity adjective before "ones")
  if (!id) {
    for (let k = c[1] + 1; k < Math.min(w.length, c[1] + 5); k++) {
      const ch = identityAdjective(w[k] ?? '');
      if (ch && ['ones', 'one'].includes(w[k + 1] ?? '')) id = { from: k, to: k + 1, characteristic: ch, pronoun: false, weak: false };
    }
  }
  if (!id || ownPeople(w, id)) return null;
  if (!w.slice(id.to + 1).some((x) => ['by', 'from', 'because', 'wrote', 'made', 'did', 'cooked', 'drove', 'parked', 'been', 'who'].includes(x))) return null;
  return hit(c[0], id.to, id, 'stereotype', 'a member told apart by a trait');
}

/** Plain decency and skill, which the surprise in "but surprisingly" denies to the rest. */
/** Decency a surprise is met with (round 20's readers of surprise and "for a [member]" read the same list). */
export const DECENT = words(`normal nice friendly smart clever competent articulate clean polite funny good decent capable intelligent bright
  hardworking hard-working honest kind generous sane reasonable professional reliable sensible well-spoken tidy punctual respectful pleasant lovely`);
const SURPRISED = words(`surprisingly amazingly shockingly remarkably weirdly oddly unusually actually`);

/**
 * "She's Muslim but surprisingly friendly", "He's autistic but he actually made eye contact", "She's a woman but
 * surprisingly good at maths". An identity clause, then decency met as a surprise.
 */
export function surprisedDecency(tokens: readonly Token[], w: Words, groups: readonly GroupMention[]): Attack | null {
  const b = w.indexOf('but');
  if (b < 2 || condemned(w)) return null;
  // the identity clause before "but": "she's Black", "my neighbour's Muslim", "he's in a wheelchair"
  let id = member(tokens, w, groups, Math.max(0, b - 4), b);
  const chair = w.slice(Math.max(0, b - 4), b).indexOf('wheelchair');
  if (!id && chair >= 0) id = { from: Math.max(0, b - 4) + chair, to: Math.max(0, b - 4) + chair, characteristic: 'disability', pronoun: false, weak: false };
  if (!id || !w.slice(Math.max(0, id.from - 3), id.from).some((x) => ['is', 'am', 'are', 'was', "'s", 's', 'a', 'an', 'in'].includes(x)) || writerIsMember(w, id)) return null;
  // decency met with surprise: "but surprisingly friendly", "but super well-spoken, honestly impressed", "but not bitter at
  // all, which surprised me", "but he actually made eye contact"
  const after = w.slice(b + 1, b + 6);
  const marked = after.some((x) => SURPRISED.has(x)) || w.slice(b + 1).some((x) => ['impressed', 'surprised', 'surprising', 'shocked', 'shocking'].includes(x));
  const decent = after.some((x, k) => DECENT.has(x) || x === 'spoken' || (x === 'bitter' && NEGATORS.has(after[k - 1] ?? ''))) || (after.includes('actually') && after.some((x) => /(?:ed|made|got|did|understood)$/.test(x)));
  return marked && decent ? hit(id.from, b + 2, id, 'stereotype', "decency met as a surprise in a member ('but surprisingly')") : null;
}

const MALE = words(`man men bloke blokes guy guys dude dudes male males fella fellas`);
const COSTUME = words(`dress dresses wig wigs lipstick makeup heels skirt skirts frock frocks`);
/** Where a man in a dress is a show, a costume or a custom. */
const SHOW = words(`panto pantomime drag halloween costume costumes stag fancy theatre theater comedy movie film play musical shakespeare kilt
  kilts festival party carnival fundraiser charity bet dare sketch monty python wedding`);
/** Where the trope is aimed: women's spaces, trans people, pronouns. */
const AIMED = words(`women's womens toilets toilet bathroom bathrooms changing sport sports race prison prisons shelter shelters spaces trans transgender
  pronouns ladies real pretending pretend transition transitioning identify identifies she her still whatever`);

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
  // "he can wear a skirt all he likes, he's still a bloke / still a he"
  const still = w.findIndex((x, k) => x === 'still' && ['a', 'an'].includes(w[k + 1] ?? '') && (MALE.has(w[k + 2] ?? '') || w[k + 2] === 'he'));
  if (still > 0 && w.some((x) => COSTUME.has(x) || ['pronouns', 'trans', 'transgender', 'transition'].includes(x))) return hit(still, still + 2, { from: still, to: still + 2, characteristic: 'gender-identity', pronoun: false, weak: false }, 'derogation', "a trans woman called still a man");
  // "a trans woman in women's sport is just a man winning a medal": a trans woman called just a man
  // (only of trans women: "trans men are just men" affirms)
  const trans = groups.find((g) => !g.pronoun && g.characteristic === 'gender-identity' && w.slice(g.from, g.to + 1).some((x) => ['women', 'woman', 'ladies', 'lady', 'girls', 'girl', 'females', 'female'].includes(x)));
  const just = trans ? w.findIndex((x, k) => k > trans.to && ['just', 'only', 'really', 'still', 'simply'].includes(x) && ['is', 'are', "'s"].includes(w[k - 1] ?? '') && (MALE.has(w[k + 1] ?? '') || (['a', 'an'].includes(w[k + 1] ?? '') && MALE.has(w[k + 2] ?? '')))) : -1;
  if (trans && just > 0 && !NEGATORS.has(w[just - 2] ?? '') && !w.slice(0, trans.from).some((x) => NEGATORS.has(x))) return hit(trans.from, just + 2, trans, 'derogation', 'a trans woman called just a man');
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
  if (!id || ownPeople(w, id)) return null;
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
  // (not a wrong still done to them: "still can't get a fair trial", "still can't afford a home", "still can't vote there")
  if (s < 2 || w[s - 1] !== 'and' || condemned(w) || w.some((x) => VICTIMISED.has(x)) || w.slice(s + 1, s + 7).some((x) => ['fair', 'equal', 'afford', 'access', 'justice', 'rights', 'vote', 'loan', 'loans', 'mortgage', 'housing', 'insurance', 'job', 'jobs', 'hired', 'get', 'find', 'walk', 'marry', 'adopt', 'buy', 'rent'].includes(x))) return null;
  const had = w.slice(0, s).findIndex((x) => x === 'had' || x === 'got' || x === 'given');
  if (had < 0) return null;
  const id = member(tokens, w, groups, Math.max(0, had - 4), had);
  if (!id || ownPeople(w, id)) return null;
  return hit(id.from, s + 2, id, 'derogation', "a group given time or help and still incapable ('and still can't')");
}

/** Tolerance that sets its limit at once: "nothing against gays, but ...", "I don't mind them, I just don't want ...". */
const TOLERANT = ['nothing against', 'no offence to', 'no offense to', 'i do not mind', 'i dont mind', 'no problem with', 'i have no problem with', 'i am fine with', 'fine by me if'];
/** The limit: a want refused, a question about letting them near, a life kept private. */
const LIMITS = ['do not want', 'dont want', 'would not want', 'wouldnt want', 'would you want', 'would you let', 'would you trust', 'not near', 'not around',
  'keep it behind closed doors', 'behind closed doors', 'keep it to themselves', 'keep it private', 'keep it quiet', 'out of sight', 'keep it indoors', 'not in front of'];

/**
 * "Nothing against gays, but would you want one coaching your son?", "I have nothing against trans people, I just don't want
 * one teaching my daughter", "Fine by me if they're gay, as long as they keep it behind closed doors". Tolerance stated,
 * then a limit set on the member. Not a limit on someone else ("nothing against Muslims, but I don't want this
 * government's policy").
 */
export function limitedTolerance(tokens: readonly Token[], w: Words, groups: readonly GroupMention[]): Attack | null {
  const t = findAny(w, TOLERANT);
  if (!t || condemned(w)) return null;
  // ("nothing against them, but I don't want disabled people working in my shop": the member may come after the limit)
  const id = member(tokens, w, groups, t[1] + 1, t[1] + 12) ?? member(tokens, w, groups, 0, t[0]);
  if (!id || writerIsMember(w, id)) return null;
  const l = findAny(w.slice(t[1] + 1), LIMITS);
  if (!l) return null;
  const at = t[1] + 1 + l[0];
  // the limit falls on the member: a pronoun or a member noun after it, or a private life asked of them
  const onThem = ['closed', 'themselves', 'private', 'quiet', 'sight', 'indoors'].includes(w[t[1] + 1 + l[1]] ?? '') || w.slice(at, at + 8).some((x) => ['them', 'one', 'him', 'her', 'they'].includes(x)) || member(tokens, w, groups, at, at + 8) !== null;
  return onThem ? hit(t[0], t[1] + 1 + l[1], id, 'exclusion', 'tolerance stated, then a limit set on the member') : null;
}

/** Condescending pity: "must be so hard", "bless", "their little heads", "at their age". */
const PITY = ['must be so', 'must be very', 'must be really', 'bless her', 'bless him', 'bless them', 'their little', 'at their age', 'still trying'];
/** Real misfortune, which pity is for. */
const MISFORTUNE = words(`lost died passed dead hospital sick ill injured injury accident flood fire fires war bombed bombing homeless evicted attacked
  abused bullied diagnosis diagnosed surgery cancer grief grieving funeral`);

/**
 * "Poor ladies, all this maths must be so hard on their little heads", "Poor old dears, technology must be so frightening
 * at their age", "Poor thing, in a wheelchair and still trying to date, bless him". Pity that belittles. Not pity for a
 * misfortune ("poor old dears, the flood took everything").
 */
export function mockPity(tokens: readonly Token[], w: Words, groups: readonly GroupMention[]): Attack | null {
  const poor = w.indexOf('poor');
  if (poor < 0 || poor > 1 || condemned(w) || w.some((x) => MISFORTUNE.has(x) || VICTIMISED.has(x))) return null;
  const p = findAny(w.slice(poor + 1), PITY);
  if (!p) return null;
  const id = member(tokens, w, groups) ?? (w.includes('wheelchair') ? { from: w.indexOf('wheelchair'), to: w.indexOf('wheelchair'), characteristic: 'disability' as const, pronoun: false, weak: false } : null);
  if (!id || ownPeople(w, id)) return null;
  return hit(poor, poor + 1 + p[1], id, 'stereotype', 'pity that belittles a member');
}

/** What goes wrong once a group arrives. */
const TROUBLE = words(`missing stolen burglaries burglary crime crimes theft thefts robberies robbery muggings stabbings disappearing vanishing
  downhill litter rubbish noise trouble fights violence drugs`);

/**
 * "Somalis moved onto the estate and suddenly everyone's bikes started going missing", "Funny how the burglaries started
 * the same year the Black families moved in". A group's arrival joined to trouble. Not trouble done to them ("moved in
 * and suddenly got racist abuse").
 */
export function arrivalTrouble(tokens: readonly Token[], w: Words, groups: readonly GroupMention[]): Attack | null {
  const a = w.findIndex((x, k) => ['moved', 'arrived', 'came', 'showed', 'turned'].includes(x) && ['in', 'onto', 'into', 'here', 'up', 'over', 'to'].includes(w[k + 1] ?? '') || (x === 'arrived' && CLAUSE_BREAK.has(w[k + 1] ?? '')));
  if (a < 1 || condemned(w) || w.some((x) => VICTIMISED.has(x) || ['abuse', 'abused', 'targeted', 'attacked', 'welcomed', 'welcome'].includes(x))) return null;
  const id = member(tokens, w, groups, Math.max(0, a - 5), a);
  if (!id || ownPeople(w, id)) return null;
  const trouble = w.findIndex((x) => TROUBLE.has(x));
  if (trouble < 0) return null;
  // the trouble after "and suddenly / and then / since", or before, as what "started the year they moved in"
  const linked = (trouble > a && w.slice(a, trouble).some((x) => ['suddenly', 'then', 'now', 'since'].includes(x))) || (trouble < a && w.slice(trouble, id.from).some((x) => ['started', 'began', 'year', 'week', 'month', 'since', 'after', 'when'].includes(x)));
  return linked ? hit(Math.min(id.from, trouble), Math.max(a, trouble), id, 'stereotype', "a group's arrival joined to trouble") : null;
}

/** Things, children and animals a group is likened to. */
const LIKENED = words(`toddlers toddler babies children furniture plants houseplants ornaments pets retrievers puppies cattle robots zombies mascots
  props decorations accessories wallpaper fossils dinosaurs relics`);
const LIKENING = words(`basically just essentially glorified like`);

/**
 * "Boomers are just toddlers with mortgages", "The elderly are basically expensive furniture with opinions", "Disabled
 * staff are like office plants", "People with Down syndrome are sweet, like golden retrievers". A group likened to
 * children, pets or things. Not "like kids at Christmas" joy, or praise of what they do.
 */
export function likenedPlainly(tokens: readonly Token[], w: Words, groups: readonly GroupMention[]): Attack | null {
  // ("treated like cattle on budget airlines": a wrong done to them)
  const n = w.findIndex((x, k) => LIKENED.has(x) && w.slice(Math.max(0, k - 4), k).some((y) => LIKENING.has(y)) && !w.slice(Math.max(0, k - 4), k).some((y) => ['treated', 'treat', 'treating', 'herded', 'packed', 'crammed', 'handled', 'shoved', 'moved', 'processed'].includes(y)));
  if (n < 0 || condemned(w) || w.some((x) => ['christmas', 'candy', 'sweets', 'excited', 'toys'].includes(x))) return null;
  const id = member(tokens, w, groups, Math.max(0, n - 9), n);
  if (!id || ownPeople(w, id)) return null;
  // the likening in the member's clause: "[member] are (basically / just / like) ... [noun]"
  const cop = w.slice(id.to + 1, n).findIndex((x) => ['are', 'is', 'were', 'was'].includes(x));
  if (cop < 0) return null;
  return hit(id.from, n, id, 'dehumanising', `a group likened to ${w[n]}`);
}

/** Polite hedges that soften an exclusion. */
const HEDGES = ['it might be best', 'it might be better', 'it would be best', 'it would be better', 'it would be easier', 'would be easier', 'easier for everyone',
  'probably best', 'best if', 'better if', 'easier if', 'we would prefer', 'i would prefer', 'would prefer', 'prefer someone', 'more comfortable with',
  'would suit', 'better suited', 'a better fit', "for everyone's comfort", 'for everyone s comfort', 'could just', 'could the', 'can we have', 'maybe', 'perhaps',
  'kinder for everyone', 'better for everyone', 'better for community', 'would be kinder', 'would be happier', 'would appreciate it if', 'kindly suggest',
  'might feel more comfortable', 'would feel more comfortable', 'feel more at home', 'it might be best', 'might be best'];
/** Where the member is moved to, or what replaces them. */
const SET_ASIDE = ['somewhere else', 'elsewhere', 'separately', 'another room', 'a different room', 'a different table', 'from home', 'stay home', 'stay at home',
  'at the back', 'in the back', 'out of sight', 'behind the scenes', 'not come', 'not bring', 'not to bring', 'not attend', 'without an accent', 'without accents',
  'native speaker', 'native speakers', 'younger face', 'younger faces', 'fresher face', 'younger team',
  'other neighbourhoods', 'other neighborhoods', 'another neighbourhood', 'another neighborhood', 'a different school', 'their own school',
  'a different school district', 'somewhere other than', 'refrain from attending', 'refrain from coming', 'skip the', 'not join',
  'more like them', 'people like them', 'their own kind', 'early retirement', 'let the guys', 'let the men', 'a different company',
  'another company', 'single-stall', 'single stall', 'the car park', 'the back office', 'look at other', 'their own area', 'their own areas'];
/** Set-asides that name an identity by themselves: an accent, a native speaker, a younger face. */
const PROXY = new Set(['accent', 'accents', 'native', 'younger', 'fresher']);
/** Work that asks for a language or casts a face: translation, teaching, an audience. */
const LANGUAGE_OR_CASTING = words(`translation translations translator translators translate translating interpreting proofreading copywriting voiceover dubbing
  tutor tutoring teaching lessons fluent fluency german spanish french italian portuguese mandarin cantonese japanese korean arabic polish dutch russian hindi
  students student campaign poster posters advert ad casting cast character film play model shoot audience teen teens youth`);
/** Signs the arrangement is the member's own wish or an accommodation. */
const OWN_WISH = words(`asked ask asks prefers wants choice choose chooses option options offer offered flexible quiet captions interpreter ramp
  access accessible hybrid remote`);

/**
 * "It might be best if the Muslim staff ate their lunch somewhere else", "We'd prefer someone without an accent for the
 * front desk", "Maybe the wheelchair user could just work from home permanently", "Our clients would be more comfortable
 * with a native speaker", "Honestly a younger face would suit the brand better". An exclusion said politely. Not the
 * member's own wish or an accommodation ("if she prefers to work from home", "a quiet room").
 */
export function politeExclusion(tokens: readonly Token[], w: Words, groups: readonly GroupMention[]): Attack | null {
  const h = findAny(w, HEDGES);
  // ("best" and "better" are the hedge's own words; "if they want one" is the member's wish)
  // (or offered as theirs to take: "maybe the older staff would like to skip the paintball")
  const wished = w.some((x, k) => (x === 'if' && ['they', 'she', 'he', 'you'].includes(w[k + 1] ?? '') && ['want', 'wants', 'prefer', 'prefers', 'like', 'likes', 'need', 'needs', 'choose', 'chooses'].includes(w[k + 2] ?? '')) || (['would', 'might', 'may'].includes(x) && ['like', 'prefer', 'want', 'enjoy', 'rather'].includes(w[k + 1] ?? '')));
  if (!h || wished || condemned(w) || w.some((x) => OWN_WISH.has(x) || (SINCERE.has(x) && x !== 'best') || ACCOMMODATION.has(x) || CARE.has(x))) return null;
  const a = findAny(w, SET_ASIDE);
  if (!a) return null;
  const proxy = w.slice(a[0], a[1] + 1).some((x) => PROXY.has(x)) && w.some((x) => ['prefer', 'suit', 'comfortable', 'fit', 'suited', 'better'].includes(x));
  // (a language asked for by the work, a face cast for an audience: "a native speaker for the German translation")
  if (w.some((x) => LANGUAGE_OR_CASTING.has(x))) return null;
  const found = member(tokens, w, groups);
  // ("a native speaker": the set-aside names the identity, an origin, not the adjective's race)
  const id = found && found.from >= a[0] && found.from <= a[1] ? null : found;
  // (the member set aside comes after the hedge: "As one Canadian, I would prefer he move somewhere else" sets aside "he")
  if (id && (id.from < h[0] || ownPeople(w, id))) return null;
  if (!id && !proxy) return null;
  const target = id ?? { from: a[0], to: a[1], characteristic: w.slice(a[0], a[1] + 1).some((x) => x === 'younger' || x === 'fresher') ? 'age' as const : 'origin' as const, pronoun: false, weak: true };
  return hit(Math.min(h[0], target.from), Math.max(a[1], target.to), target, 'exclusion', 'an exclusion said politely');
}

/** Words a sentence with no group noun needs to reach these readers through group-attack's prefilter: the set-asides that
 * name an identity by themselves, and the first words of the sardonic replies (a member named in the sentence before). */
export const ROUND19_CUES: readonly string[] = [...PROXY, ...REPLIES.map((p) => p.split(' ')[0] as string).filter((x) => x.length > 3 && !['that', 'this', 'what', 'will'].includes(x))];

/** Ranks of mind and worth (not of body: "stronger", "taller" and "faster" are measured). */
const RANKED = words(`smarter cleverer wiser better superior brighter saner cleaner`);
const RANKED_MORE = words(`intelligent capable rational logical civilised civilized hardworking honest competent evolved`);

/**
 * "Men are naturally smarter than women", "whites are just more civilised than Africans". One group ranked above another
 * in mind or worth; the group ranked below is the one attacked. Not bodies measured ("men are taller than women on
 * average") and not the writer's own team or a game.
 */
export function rankedAbove(tokens: readonly Token[], w: Words, groups: readonly GroupMention[]): Attack | null {
  const than = w.indexOf('than');
  if (than < 3 || condemned(w)) return null;
  const r = w.slice(Math.max(0, than - 3), than).findIndex((x, k, a) => RANKED.has(x) || (x === 'more' && RANKED_MORE.has(a[k + 1] ?? '')));
  if (r < 0) return null;
  const below = member(tokens, w, groups, than + 1, than + 4);
  const above = member(tokens, w, groups, 0, than - 1);
  const kin = (c: string): string => (c === 'origin' ? 'race' : c);
  // (not a game or a sport, a thing of theirs, or people of one's own club: "better at chess than the men in our club")
  if (!below || !above || kin(above.characteristic) !== kin(below.characteristic) || !asPeople(w, below) || !asPeople(w, above) || w.some((x) => ['chess', 'game', 'games', 'sport', 'sports', 'driving', 'football', 'tennis', 'cooking', 'multitasking', 'our', 'my', 'club', 'team'].includes(x))) return null;
  if (writerIsMember(w, below) || ['my', 'our'].includes(w[above.from - 1] ?? '')) return null;
  return hit(above.from, below.to, below, 'derogation', 'a group ranked below another in mind or worth');
}

/** Where neighbours live. */
const NEIGHBOURING = ['next door', 'living next', 'moving in next', 'on their street', 'on my street', 'on our street', 'in their street', 'in my street', 'near their kids', 'near my kids', 'as neighbours', 'as neighbors', 'next to their house', 'next to my house'];

/**
 * "Does anyone actually want Muslims living next door?", "Would anyone want a gay couple on their street?". Asking who
 * would have a member as a neighbour, as if none would. Not a genuine ask for a neighbour's help ("does anyone want the
 * sofa our Muslim neighbours left out?").
 */
export function unwantedNeighbour(tokens: readonly Token[], w: Words, groups: readonly GroupMention[]): Attack | null {
  const q = findAny(w, ['does anyone', 'does anybody', 'would anyone', 'would anybody', 'who would', 'who actually', 'do you']);
  if (!q || w[w.length - 1] !== '?' || condemned(w)) return null;
  const want = w.findIndex((x, k) => k > q[1] && k <= q[1] + 3 && (x === 'want' || x === 'wants'));
  const n = findAny(w, NEIGHBOURING);
  if (want < 0 || !n || n[0] < want) return null;
  const id = member(tokens, w, groups, want + 1, n[0] + 1);
  if (!id || writerIsMember(w, id) || ['my', 'our', 'their'].includes(w[id.from - 1] ?? '')) return null;
  return hit(q[0], n[1], id, 'exclusion', 'a member asked about as an unwanted neighbour');
}
