/**
 * Round 15's general readers, in the spirit of round 14's (implicit-readers): each stands for a family of implicit
 * derogation, read from a small lexicon and a clause rule rather than from phrases.
 *
 * - slide: a group or its right put on a slide towards something absurd or bestial ("gay marriage today, marrying your
 *   dog tomorrow", "women in tech, what's next, dogs flying planes?", "next they'll want the whole building").
 * - trivialised: an identity or a condition called a fad, an excuse, a fault with paperwork or a fancy name for one
 *   ("ADHD is just bad parenting with a diagnosis", "non-binary just means they can't make up their mind").
 * - punchline: a member named and then made the joke: identity as the reason for a chore ("he's gay so he can sort the
 *   flowers"), a laugh after a member's role, a member likened to a child or an animal, praise with "shame about the
 *   actual ...".
 * - worn-out: contempt for age or disability without a slur ("one foot in the grave", "the short bus", "moving
 *   roadblocks with a pension", "cost more than he'll ever produce").
 *
 * Each reader returns at once unless one of its anchor words occurs, so a sentence without them costs one pass.
 */
import type { GroupMention } from '../find-groups';
import { identityAdjective, type Characteristic } from '../lexicon/groups';
import { PRAISE_WORDS } from '../lexicon/derogation';
import type { Attack } from '../predicate';
import { CLAUSE_BREAK, NEGATORS, type Token } from '../tokens';
import { condemned, member, memberBefore, SINCERE, words } from './implicit-readers';
import { findAny, hit, negatedIn, writerIsMember, type Neighbour, type Words } from './shared';

/** Reports and rebuttals beyond the condemning words: the remark is quoted, not made. */
const REPORTED = words(`say says saying claim claims think thinks assume assumes myth myths stigma misconception ignorant ignorance compare compares
  comparing hurtful harmful offensive dumbest worst vile gross`);
export const reported = (w: Words): boolean => condemned(w) || w.some((x) => REPORTED.has(x));
export const sincere = (w: Words): boolean => w.some((x) => SINCERE.has(x) || PRAISE_WORDS.has(x));

const at = (from: number, to: number, characteristic: Characteristic): GroupMention => ({ from, to, characteristic, pronoun: false, weak: false });

/** A member as round 14 reads one, and the few that reader misses: "the Down's syndrome lad", "the over-60s", "grandad". */
export function someone(tokens: readonly Token[], w: Words, groups: readonly GroupMention[]): GroupMention | null {
  const m = member(tokens, w, groups);
  if (m) return m;
  for (let i = 0; i < w.length; i++) {
    if (w[i] === 'syndrome' && ['down', 'downs', "'s"].includes(w[i - 1] ?? '')) return at(i - 1, i, 'disability');
    // "grandad on the support line": not one's own ("my grandad")
    if (['grandad', 'granddad', 'grandpa', 'granny', 'grandma', 'gran', 'nan', 'oldie'].includes(w[i] ?? '') && !['my', 'our', 'his', 'her', 'their', 'your'].includes(w[i - 1] ?? '')) return at(i, i, 'age');
  }
  return null;
}

// --- a slide towards the absurd ------------------------------------------------------------------------------------

/** What the slide ends in: an animal, an object to marry, a crime against nature. */
const ABSURD = words(`dog dogs goat goats horse horses cat cats hamster hamsters monkey monkeys chimp chimps goldfish parrot parrots camel camels pig
  pigs sheep donkey donkeys cow cows llama llamas toaster toasters bestiality polygamy incest zoophilia paedophilia pedophilia paedos`);
/** "the dog show", "goat yoga": the animal only modifies the thing meant. */
const MODIFIED = words(`show shows walker walkers walk walks food park yoga sanctuary cafe cafes shelter trip groomer treats lead bed hair training
  friendly owner owners rescue sitter sitting door flap vet racing race races riding farm farms`);
/** Animals at work: "the guide dog", "a therapy dog". */
const WORKING = words(`guide therapy rescue service assistance sniffer police farm sheep`);
/** Getting or tending a pet. */
const PET_CARE = words(`get gets getting got buy buys buying bought adopt adopts adopted rescue rescued rescuing walk walks walking feed feeds feeding
  pet petting own owns foster fostering`);
/** "next week", "next door": "next" as a plain order. */
const PLAIN_NEXT = words(`week weeks year years month months day days time door up step steps season round level meeting generation stop sprint quarter
  monday tuesday wednesday thursday friday saturday sunday morning weekend phase release version one ones term match game fixture`);
const SLIDE_PHRASES = ['what is next', 'whats next', 'what next', 'where does it end', 'where will it end', 'slippery slope', 'first step', 'might as well',
  'next thing you know', 'next thing'];
const SLIDE_ANCHORS = words(`next whats tomorrow then slope step end well`);
/** A demand grown to the whole: "next they'll want the whole building", "tomorrow our houses". */
const WANTING = words(`want wants demand demands take takes expect expects`);
const WHOLE = words(`whole everything our all`);

/** [start, end] of the slide marker, or null. */
function slideAt(w: Words, from = 0): [number, number] | null {
  const p = findAny(w.slice(from), SLIDE_PHRASES);
  for (let i = from; i < w.length; i++) {
    if (p && i === p[0] + from) return [i, p[1] + from];
    // ("tomorrow" only against a "today": "gay marriage today, your dog tomorrow"; plans for tomorrow are no slide)
    if ((w[i] === 'tomorrow' && w.slice(0, i).includes('today')) || (w[i] === 'next' && !PLAIN_NEXT.has(w[i + 1] ?? '') && !PLAIN_NEXT.has(w[i + 2] ?? ''))) return [i, i];
    // ("first ... then" only as a demand foretold: "first the bathrooms, then they'll want ..."; a history told in order passes)
    if (w[i] === 'then' && w.slice(0, i).includes('first') && ['they', 'theyll', 'its', 'it', 'what', 'you'].includes(w[i + 1] ?? '') && !/ed$/.test(w[i + 2] ?? '')) return [i, i];
  }
  return null;
}

/** The clause around k: from the break before it to the break after it (a comma counts). */
function clauseAround(w: Words, k: number): [number, number] {
  let s = k;
  while (s > 0 && !CLAUSE_BREAK.has(w[s - 1] ?? '') && w[s - 1] !== ',') s--;
  let e = k;
  while (e + 1 < w.length && !CLAUSE_BREAK.has(w[e + 1] ?? '') && w[e + 1] !== ',') e++;
  return [s, e];
}

/** The slide's end in w[from..to]: an animal named as itself, an object married, or a demand grown to the whole. */
function absurdIn(w: Words, from: number, to: number): number {
  for (let k = from; k <= to && k < w.length; k++) {
    const x = w[k] ?? '';
    // "got a cat", "adopted a dog": a pet acquired is no slide
    // ("a guide dog", "a therapy dog", "want a cat too": a working animal or a pet wished for)
    if (ABSURD.has(x) && !MODIFIED.has(w[k + 1] ?? '') && !WORKING.has(w[k - 1] ?? '') && !w.slice(Math.max(from, k - 3), k).some((y) => PET_CARE.has(y) || ['sponsor', 'want', 'wants'].includes(y))) return k;
    if (['marry', 'marrying', 'marries'].includes(x) && ['car', 'cars', 'fridge', 'sofa', 'phone', 'robot', 'robots'].some((o) => w.slice(k + 1, k + 4).includes(o))) return k + 1;
    if (WANTING.has(x) && w.slice(k + 1, k + 4).some((o) => WHOLE.has(o))) return k + 1;
  }
  return -1;
}

/**
 * "Gay marriage today, marrying your dog tomorrow", "Women in tech, what's next, dogs flying planes?", "Let the gays adopt
 * and next it's goats", "A Black woman as head of maths? Might as well let a chimp do the budget." A slide marker after
 * a group, and the absurd end in the marker's clause (or, after "what's next", the clause that answers it). The group
 * may be the previous sentence's when the marker opens this one. Not when the slide is denied ("not a slippery slope"),
 * praised ("adoption rights tomorrow, and I'm here for it"), reported or condemned.
 */
export function slide(tokens: readonly Token[], w: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  if (!w.some((x) => SLIDE_ANCHORS.has(x))) return null;
  if (reported(w) || sincere(w)) return null;
  // "same-sex marriage was the first step, polygamy and bestiality are next": each marker in turn
  let m = slideAt(w);
  let e = -1;
  for (; m && e < 0; m = slideAt(w, m[1] + 1)) {
    if (negatedIn(w, Math.max(0, m[0] - 3), m[0])) continue;
    const [cs, ce] = clauseAround(w, m[0]);
    // "what's next, dogs flying planes?", "where does it end, a camel in the car park?": the answer is the next clause
    const asks = ['what', 'whats', 'where', 'might'].includes(w[m[0]] ?? '');
    // "polygamy and bestiality are next": the end may come before the marker in its clause
    e = absurdIn(w, cs, asks && ce + 1 < w.length && w[ce + 1] === ',' ? clauseAround(w, ce + 2)[1] : ce);
    if (e >= 0) break;
  }
  if (!m || e < 0) return null;
  // "tomorrow we're taking the dogs for a walk", "next we want the whole building on solar": the writer's own plans
  if (w.slice(m[1] + 1, m[1] + 3).some((x) => ['we', 'i', 'im', 'were', 'ill', 'weve'].includes(x))) return null;
  // "... just got a puppy. Next thing you know they'll have three dogs": a pet begun the sentence before
  if (prev.words().some((x) => PET_CARE.has(x))) return null;
  const here = someone(tokens, w, groups);
  if (here) {
    if (here.from >= m[0] || here.to >= e || writerIsMember(w, here)) return null;
    return hit(here.from, e, here, 'derogation', `a group put on a slide towards the absurd ('${w.slice(m[0], m[1] + 1).join(' ')}')`);
  }
  if (m[0] > 1) return null;
  const pw = prev.words();
  if (reported(pw) || sincere(pw)) return null;
  const before = memberBefore(prev);
  return before ? hit(m[0], e, { ...before, from: m[0], to: m[0], pronoun: true }, 'derogation', 'a member named before, put on a slide towards the absurd') : null;
}

// --- an identity or a condition trivialised --------------------------------------------------------------------------

/** Conditions and identities named as a topic: "ADHD is ...", "pronouns are ...", "trans rights lol, it's ...". */
const TOPICS = words(`adhd autism dyslexia depression anxiety ocd ptsd dyspraxia dyscalculia neurodivergence fibromyalgia homosexuality bisexuality
  transgenderism asexuality pansexuality gayness transness pronouns diagnosis diagnoses illness condition disability disabilities syndrome nonbinary`);
const TOPIC_CHARACTERISTIC: Readonly<Record<string, Characteristic>> = {
  homosexuality: 'sexual-orientation', bisexuality: 'sexual-orientation', asexuality: 'sexual-orientation', pansexuality: 'sexual-orientation', gayness: 'sexual-orientation',
  transgenderism: 'gender-identity', transness: 'gender-identity', pronouns: 'gender-identity', nonbinary: 'gender-identity',
};
/** What a trivialised identity is called: a fashion, an excuse, a fault. */
const TRIVIAL = words(`fad fads trend trends trendy fashion fashionable craze phase bandwagon accessory excuse excuses laziness lazy naughty naughtiness
  greed greedy weakness rudeness parenting spoilt spoiled attention indecisive undecided`);
/** The paperwork a fault is given: "bad parenting with a diagnosis". */
const LABELS = words(`label labels prescription diagnosis certificate note badge hashtag`);
/** A fault named by a fancy word: "a posh name for lazy". */
const FANCY = words(`fancy posh polite nice new modern clever trendy made`);
/** "just means they can't decide": what a trivialised identity is said to mean. */
// (not "not": "asexual just means not experiencing sexual attraction" explains)
const MEANS_FAULT = words(`can cannot nobody never want wants confused greedy lazy attention indecisive undecided`);
const ENVY = ['must be nice', 'alright for some', 'all right for some', 'nice work if', 'lucky them', 'how convenient'];
const TRIVIAL_ANCHORS = words(`new means mean code word name term nice some convenient lucky trendy fashionable these nowadays with`);
const LINKS = words(`is are was means mean`);
const JUST = words(`just only basically simply really literally`);

/** A topic at i: a named condition, "being [identity]", or an identity adjective opening its clause ("bisexual is", "gender fluid is"). */
function topicAt(tokens: readonly Token[], w: Words, groups: readonly GroupMention[], i: number): GroupMention | null {
  const x = w[i] ?? '';
  if (TOPICS.has(x) && !['my', 'our', 'her', 'his', 'their'].includes(w[i - 1] ?? '')) return at(i, i, (Object.hasOwn(TOPIC_CHARACTERISTIC, x) ? TOPIC_CHARACTERISTIC[x] : undefined) ?? 'disability');
  if (x === 'fatigue' && w[i - 1] === 'chronic') return at(i - 1, i, 'disability');
  if (x === 'mental' && w[i + 1] === 'health') return at(i, i + 1, 'disability');
  const g = groups.find((m) => !m.pronoun && m.from === i);
  if (g && ['sexual-orientation', 'gender-identity', 'disability'].includes(g.characteristic)) return g;
  const start = i === 0 || CLAUSE_BREAK.has(w[i - 1] ?? '') || [',', 'being', '"'].includes(w[i - 1] ?? '');
  if (!start) return null;
  const two = identityAdjective(`${x} ${w[i + 1] ?? ''}`);
  const one = identityAdjective(x);
  const c = two ?? one;
  if (c && ['sexual-orientation', 'gender-identity', 'disability'].includes(c)) return at(i, two ? i + 1 : i, c);
  void tokens;
  return null;
}

/**
 * "Autism is the new excuse for being rude", "ADHD is just bad parenting with a diagnosis", "Dyslexia is a fancy word
 * for can't be bothered", "Gender fluid is code for attention seeker", "Asexual just means nobody fancies you",
 * "Everyone's autistic these days, it's the trendy diagnosis", "'Mental health day' for the one with the anxiety
 * diagnosis, must be nice". A topic, a link ("is", "just means") and a trivialising word in its clause; or envy at a
 * condition; or a diagnosis called trendy. Not when the claim is negated ("isn't a phase", "not laziness"), the writer's
 * own ("my OCD"), reported or condemned ("people who say autism is an excuse ...").
 */
export function trivialised(tokens: readonly Token[], w: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  if (!w.some((x) => TRIVIAL.has(x) || LABELS.has(x) || TRIVIAL_ANCHORS.has(x))) return null;
  if (reported(w) || w.some((x) => SINCERE.has(x))) return null;
  // "Non-binary? Just means they can't make up their mind.": a sentence opening on the link takes its topic from the one before
  const opensOnLink = JUST.has(w[0] ?? '') && LINKS.has(w[1] ?? '') || (w[0] === 'it' && LINKS.has(w[1] ?? '') && JUST.has(w[2] ?? ''));
  const topicBefore = opensOnLink ? prev.words().map((_x, i, pw) => topicAt([], pw, [], i)).find((t) => t !== null) : undefined;
  for (let i = topicBefore ? -1 : 0; i < w.length; i++) {
    const t = i < 0 && topicBefore ? { ...topicBefore, from: 0, to: -1, pronoun: true } : topicAt(tokens, w, groups, i);
    if (!t) continue;
    if (i >= 0 && writerIsMember(w, t)) return null;
    // "trendy diagnosis", "the fashionable label": the condition itself called a fashion
    if (i >= 0 && ['trendy', 'fashionable'].includes(w[t.from - 1] ?? '') && !negatedIn(w, Math.max(0, t.from - 4), t.from)) return hit(t.from - 1, t.to, t, 'derogation', 'a condition called a fashion');
    // the link: "is", "are", "just means", or ", it is" after "trans rights lol"
    let l = t.to + 1;
    while (l < t.to + 7 && l < w.length && !LINKS.has(w[l] ?? '') && !CLAUSE_BREAK.has(w[l] ?? '')) l++;
    if (!LINKS.has(w[l] ?? '')) continue;
    const means = w[l] === 'means' || w[l] === 'mean';
    const justBefore = JUST.has(w[l - 1] ?? '');
    let e = l + 1;
    while (e < w.length && e < l + 12 && !CLAUSE_BREAK.has(w[e] ?? '') && w[e] !== ',') e++;
    const clause = w.slice(l + 1, e);
    const neg = (k: number): boolean => negatedIn(w, l + 1, l + 1 + k) || NEGATORS.has(w[l - 1] ?? '');
    if (means) {
      // "non-binary just means they can't make up their mind"; "non-binary means not exclusively male or female" explains
      const k = clause.findIndex((x) => MEANS_FAULT.has(x));
      if (justBefore && k >= 0 && k <= 3) return hit(Math.max(0, t.from), l + 1 + k, { ...t, from: Math.max(0, t.from), to: Math.max(0, t.to) }, 'derogation', 'an identity said to mean a failing');
      continue;
    }
    for (let k = 0; k < clause.length; k++) {
      const x = clause[k] ?? '';
      const just = clause.slice(0, k).some((y) => JUST.has(y));
      // "a fad", "the new excuse", "just laziness"
      // ("lazy writing", "trendy on TikTok, which is good": an adjective on a noun, or a trend welcomed)
      const onNoun = ['lazy', 'greedy', 'trendy', 'fashionable', 'spoilt', 'spoiled', 'naughty'].includes(x) && /^[a-z]{3,}$/.test(clause[k + 1] ?? '') && !['and', 'or', 'for', 'to', 'with', 'now', 'nowadays', 'these', 'lol'].includes(clause[k + 1] ?? '');
      const welcomed = w.some((y) => ['good', 'great', 'helpful', 'progress', 'finally'].includes(y));
      const trivial = TRIVIAL.has(x) && !onNoun && !welcomed && (x !== 'attention' || ['for', 'seeker', 'seekers', 'seeking'].some((y) => clause.includes(y)));
      // "with a diagnosis", "with a marketing budget"
      const papered = ['with', 'plus'].includes(x) && (just && LABELS.has(clause[k + 2] ?? '') || ['marketing', 'pr'].includes(clause[k + 2] ?? ''));
      // "a fancy word for", "code for", "the new 'dog ate my homework'"
      const renamed = (FANCY.has(x) && ['word', 'name', 'term', 'label'].includes(clause[k + 1] ?? '') && clause[k + 2] === 'for') || (x === 'code' && clause[k + 1] === 'for') || (x === 'new' && clause[k + 1] === '"');
      if ((trivial || papered || renamed) && !neg(k)) return hit(Math.max(0, t.from), l + 1 + k, { ...t, from: Math.max(0, t.from), to: Math.max(0, t.to) }, 'derogation', `an identity or a condition trivialised ('${x}')`);
    }
  }
  // "everyone's autistic these days": an identity called a fashion everyone follows
  for (let i = 0; i + 2 < w.length; i++) {
    if (!['everyone', 'everybody'].includes(w[i] ?? '') || !["'s", 'is', 'seems'].includes(w[i + 1] ?? '')) continue;
    const c = identityAdjective(w[i + 2] ?? '');
    if (c && ['sexual-orientation', 'gender-identity', 'disability'].includes(c) && w.slice(i + 3, i + 6).some((x) => ['days', 'nowadays', 'now', 'apparently'].includes(x))) return hit(i, i + 2, at(i + 2, i + 2, c), 'derogation', 'an identity called a fashion');
  }
  // "'mental health day' for the one with the anxiety diagnosis, must be nice": envy at a condition that is not the writer's
  const env = findAny(w, ENVY);
  if (env) {
    for (let i = 0; i < w.length; i++) {
      const t = TOPICS.has(w[i] ?? '') || w[i] === 'mental' ? topicAt(tokens, w, groups, i) : null;
      // ("must be nice to have a mental health day policy at your company, ours has nothing": envy of an employer's policy)
      if (t && !w.some((x) => ['my', 'i', 'our', 'ours', 'we', 'policy', 'policies', 'leave', 'company', 'employer'].includes(x))) return hit(Math.min(t.from, env[0]), Math.max(t.to, env[1]), t, 'derogation', 'envy at a condition');
    }
  }
  return null;
}

// --- a member, then the punchline ------------------------------------------------------------------------------------

/** Chores and duties handed to a member because of who they are. */
const TASK_VERBS = words(`do sort organise organize plan cook clean make fix handle pick choose decorate design style dj cater count mind guard carry lift
  babysit entertain dance sing mow serve`);
const MODALS = words(`can could will should must 'll`);
/** "lol" is filler as often as a laugh: it opens the reader but makes no punchline on its own. */
const LAUGHS = words(`lmao lmfao haha hahaha hehe rofl`);
const LAUGH_MARKS = /😂|🤣|😆|💅|🙄|🌈|🐒|🐵/u;
/** The member's ability, role or use, which the laugh makes the joke. */
const ROLE_CUES = words(`can could will 'll knows know works work explains explain put give get let leave ask doing`);
/** One's own people: a laugh with them is affection, not a punchline. */
const KIN = words(`nephew niece son daughter brother sister mum mom dad wife husband partner friend friends bestie cousin uncle aunt grandson granddaughter kid kids`);
/** A need met: the member is being helped, not laughed at. */
const KINDNESS = words(`interpreter booked needs need needed accessible access ramp captions subtitles adjusted adjustments helped support supported`);
/** What a member is likened to. */
const CHILD_OR_ANIMAL = words(`toddler toddlers child children kid kids baby babies infant infants puppy puppies dog pet retriever labrador chimp chimps monkey
  monkeys ape apes goldfish parrot animals`);
/** Words that make a child or an animal a likeness of the member. */
const LIKENING = words(`like than basically permanent overgrown glorified`);
/** A member who is a child already: likening them to one is no put-down. */
const YOUNG = words(`kid kids child children boys girls toddlers babies teens teenagers pupils students youngsters`);
const CHILDISH_AIDS = words(`puppets crayons colouring coloring`);
const PUNCH_ANCHORS = words(`lol so like than shame pity puppets crayons colouring coloring chimp monkey can could`);

/**
 * "He's gay so he can sort the flowers", "She's a woman so she can take the minutes", "The blind guy works in accounts,
 * explains the numbers 😂", "Deaf colleague again, ... like you would for a toddler", "the autistic intern is like a
 * golden retriever", "if he can use it a chimp can", "great at picking curtains, shame about the actual strategy".
 * Not when the writer is the member, the member is kin ("my nephew ... 😂"), praised ("best boss", "legend"), met with a
 * need ("booked an interpreter"), or the identity explains a harm or a rite ("so he gets stopped", "so she's off for Yom
 * Kippur"): those have no modal and chore.
 */
export function punchline(tokens: readonly Token[], w: Words, groups: readonly GroupMention[], _prev: Neighbour, raw: string): Attack | null {
  const laughed = LAUGH_MARKS.test(raw) || w.some((x) => LAUGHS.has(x));
  if (!laughed && !w.some((x) => PUNCH_ANCHORS.has(x))) return null;
  if (reported(w) || w.some((x) => KINDNESS.has(x))) return null;
  const id = someone(tokens, w, groups) ?? identityClause(tokens, w, groups);
  if (!id || writerIsMember(w, id)) return null;
  // likened to a child or an animal, praise or kin notwithstanding ("my cousin ... is basically a permanent toddler",
  // "great, just keep them in the back like zoo animals")
  const likened = likening(w, id);
  if (likened) return likened;
  if (w.some((x) => KIN.has(x)) && ['my', 'our'].some((x) => w.includes(x))) return null;
  // praise for a trivial thing, then the real work dismissed: "great at picking curtains, shame about the actual strategy"
  const sh = w.findIndex((x) => x === 'shame' || x === 'pity');
  if (sh > id.to && w[sh + 1] === 'about' && w.slice(sh + 2, sh + 4).some((x) => x === 'actual' || x === 'real')) return hit(id.from, sh + 3, id, 'stereotype', 'a member praised for a stereotype, the real work dismissed');
  if (sincere(w)) return null;
  // identity as the reason for a chore: "he's gay so he can sort the flowers"
  const so = w.indexOf('so', id.to);
  if (so > id.to && so - id.to <= 2 && ['he', 'she', 'they'].includes(w[so + 1] ?? '') && MODALS.has(w[so + 2] ?? '')) {
    const v = w[so + 3] === 'just' ? so + 4 : so + 3;
    if (TASK_VERBS.has(w[v] ?? '') || (w[v] === 'take' && ['minutes', 'notes'].some((x) => w.slice(v + 1, v + 4).includes(x)))) return hit(id.from, v, id, 'stereotype', 'identity as the reason for a chore');
  }
  // a laugh after a member's role or use: "the blind guy works in accounts, explains the numbers 😂"
  // a bare "girl" or "woman" is everyday talk ("my girl is doing the happy dance 😂"); the laugh needs a named identity
  const named = identityAdjective(w[id.from] ?? '') !== undefined || id.characteristic !== 'gender';
  // "can read braille faster than I read print 😂": admiration
  const admired = w.some((x) => ['faster', 'quicker', 'better', 'smarter', 'sharper', 'good', 'impressive', 'patient', 'talented', 'miracles', 'wizard', 'great', 'amazing', 'incredible', 'legend', 'genius'].includes(x));
  // (the role and then a punchline of its own after a comma or "so": "works in accounts, explains the numbers 😂"; a role
  // alone with a laugh is news told cheerfully: "the new Indian guy works nights 😂")
  const role = w.findIndex((x, k) => k > id.to && ROLE_CUES.has(x));
  const turn = role > 0 ? w.findIndex((x, k) => k > role && [',', 'so', 'which', 'explains', 'figures'].includes(x)) : -1;
  // (a clause with its own subject after the turn is a consequence, not a joke at the member: "so we get free lessons",
  // "so the choir doubled in size", "kids sat like statues")
  const subj = ['so', 'and', 'now'].includes(w[turn + 1] ?? '') ? turn + 2 : turn + 1;
  const consequence = turn > 0 && ['i', 'we', 'everyone', 'everybody', 'the', 'our', 'my', 'kids', 'people', 'nobody', 'you', 'they'].includes(w[subj] ?? '');
  const punch = turn > 0 && !consequence && w.slice(turn + 1).filter((x) => /^[a-z]/.test(x)).length >= 2;
  if (laughed && named && !admired && punch && !negatedIn(w, id.to + 1)) return hit(id.from, id.to, id, 'stereotype', 'a member named as the punchline');
  return null;
}

/** "like a golden retriever", "like you would for a toddler", "a chimp can", "basically a permanent toddler", "use hand puppets". */
function likening(w: Words, id: GroupMention): Attack | null {
  for (let k = id.to + 1; k < w.length; k++) {
    const x = w[k] ?? '';
    const owned = ['my', 'our', 'his', 'her', 'their', 'your'].includes(w[k - 1] ?? '');
    // "go back to your crayons" is said to a person, not of a member
    if (CHILDISH_AIDS.has(x) && !owned && w.slice(Math.max(0, k - 3), k).some((y) => ['use', 'using', 'with', 'bring', 'get', 'need', 'needs'].includes(y))) return hit(id.from, k, id, 'derogation', 'a member treated as a child');
    // "like kids in a sweet shop", "like excited puppies" of children: a simile of delight, not a likening
    if (!CHILD_OR_ANIMAL.has(x) || owned || ['at', 'on', 'in', 'when', 'with'].includes(w[k + 1] ?? '') || YOUNG.has(w[id.to] ?? '')) continue;
    const lead = w.slice(Math.max(id.to + 1, k - 6), k);
    // "I grew up in a Christian home and longed to be free like the cool kids": the writer is likened, not the member
    // "my point was Dana may be the kind of woman who ..." too; "my cousin" names the member
    if (w.slice(0, k).some((y, j) => y === 'i' || y === 'we' || (y === 'my' && !KIN.has(w[j + 1] ?? '')))) break;
    if (lead.some((y) => LIKENING.has(y)) || (['a', 'an'].includes(w[k - 1] ?? '') && MODALS.has(w[k + 1] ?? ''))) return hit(id.from, k, id, 'derogation', 'a member likened to a child or an animal');
  }
  return null;
}

/** "he's gay", "she's a woman", "he is in a wheelchair": the identity in a bare clause. */
function identityClause(tokens: readonly Token[], w: Words, groups: readonly GroupMention[]): GroupMention | null {
  for (let i = 0; i + 2 < w.length; i++) {
    if (!['he', 'she', 'they'].includes(w[i] ?? '') || !['is', 'are'].includes(w[i + 1] ?? '')) continue;
    let j = i + 2;
    while (['a', 'an', 'just', 'in'].includes(w[j] ?? '')) j++;
    if (w[j] === 'wheelchair') return at(i, j, 'disability');
    const c = identityAdjective(w[j] ?? '');
    if (c) return at(j, j, c);
    const g = groups.find((m) => !m.pronoun && m.from === j);
    if (g) return g;
  }
  return null;
}

// --- contempt for age or disability without a slur -------------------------------------------------------------------

/** Idioms that carry their target: said of someone else, they are contempt for age or disability on their own. */
const WORN_OUT: readonly [string, Characteristic][] = [
  ['one foot in the grave', 'age'], ["god 's waiting room", 'age'], ['gods waiting room', 'age'], ['coffin dodger', 'age'],
  ['coffin dodgers', 'age'], ['bed blocker', 'age'], ['bed blockers', 'age'], ['over the hill', 'age'], ['out to pasture', 'age'], ['waiting to die', 'age'],
  ['teach an old dog new tricks', 'age'], ['short bus', 'disability'], ['past it', 'age'],
];
const WORN_PHRASES = WORN_OUT.map(([p]) => p);
/** Contempt that needs a member of the sentence to aim at. */
const AIMED = ['dead weight', 'moving roadblock', 'moving roadblocks', 'mobile roadblock', 'mobile roadblocks', 'fossil', 'fossils', 'dinosaur', 'dinosaurs',
  'retire already', 'with a pension', 'with a bus pass', 'clogging up', 'clog up', 'some of us have jobs', 'dead before', 'dead by the time', 'cost more than',
  'costs more than', 'ballast', 'deadwood', 'waste of space', 'waste of a desk', 'waste of oxygen', 'waste of a salary', 'there goes our'];
const WORN_ANCHORS = words(`grave waiting coffin blocker blockers hill pasture die tricks bus past weight roadblock roadblocks fossil fossils dinosaur dinosaurs
  retire pension pass clogging clog jobs dead cost costs waste goes ballast deadwood`);
/** Concern for old or disabled people: "waiting to die in understaffed care homes, a scandal" pities, it does not sneer. */
const CONCERN = words(`scandal scandalous shameful understaffed neglected neglect lonely loneliness isolated forgotten abandoned heartbreaking
  sad cruel care`);
/** Persons an idiom may be aimed at when no member is named. */
const AIMED_AT = words(`he she they him her them applicants applicant candidates candidate staff people drivers residents town village customers
  someone somebody anyone anybody those folk folks everyone`);
/** Things the same idioms describe: "the old printer is a fossil", "put it out to pasture". */
const MACHINES = words(`tractor tractors sewing mower bike boiler fridge it printer printers server servers code laptop laptops car cars phone phones machine machines system systems software van vans
  computer computers kit tech app website`);

/**
 * "Half the applicants are one foot in the grave", "He rides the short bus", "Don't bother training the older staff, you
 * can't teach an old dog new tricks", "Old folks behind the wheel, moving roadblocks with a pension", "The ramp for the
 * new disabled guy cost more than he'll ever produce". An idiom that carries its target, said of someone else; or a
 * contempt phrase with a member of the sentence. Not of oneself ("I've got one foot in the grave after that class"), of
 * a machine ("the old server is dead weight"), when denied ("you can teach an old dog new tricks"), or condemned.
 */
export function wornOut(tokens: readonly Token[], w: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  if (!w.some((x) => WORN_ANCHORS.has(x))) return null;
  if (reported(w) || sincere(w) || w.some((x) => CONCERN.has(x))) return null;
  // rebuttals and self-report: "dinosaurs my foot", "me included", "waiting to die of boredom", "Dad admits he's past it",
  // "they're busy living"; a fact about a pass ("with a bus pass can travel free")
  if (w.some((x, k) => (x === 'my' && w[k + 1] === 'foot') || (x === 'me' && w[k + 1] === 'included') || (x === 'of' && w[k + 1] === 'boredom') || ['admits', 'admitted', 'busy', 'free', 'travel'].includes(x))) return null;
  // "Grandma's old sewing machine has one foot in the grave", "a fossil hunter": a member's thing, or a trade
  if (w.some((x, k) => x === 'fossil' && ['hunter', 'hunters', 'hunting'].includes(w[k + 1] ?? '')) || w.some((x, k) => ["'s", 's'].includes(x) && w[k + 1] === 'old' && MACHINES.has(w[k + 3] ?? w[k + 2] ?? ''))) return null;
  const id = someone(tokens, w, groups);
  const aimed = findAny(w, AIMED);
  if (aimed && id && (id.characteristic === 'age' || id.characteristic === 'disability') && !negatedIn(w, Math.max(0, aimed[0] - 3), aimed[0])) {
    // "cost more than he'll ever produce": only with "ever"
    if (!w[aimed[0]]?.startsWith('cost') || w.slice(aimed[1] + 1, aimed[1] + 5).includes('ever')) return hit(Math.min(id.from, aimed[0]), Math.max(id.to, aimed[1]), id, 'derogation', `contempt for ${id.characteristic} ('${w.slice(aimed[0], aimed[1] + 1).join(' ')}')`);
  }
  const p = findAny(w, WORN_PHRASES);
  if (!p) return null;
  const phrase = w.slice(p[0], p[1] + 1).join(' ');
  const c = WORN_OUT.find(([x]) => x === phrase)?.[1] ?? 'age';
  // "you can teach an old dog new tricks" praises; only the denial is the idiom
  if (phrase.startsWith('teach') && !negatedIn(w, Math.max(0, p[0] - 3), p[0]) && !['cannot', "can't"].includes(w[p[0] - 1] ?? '')) return null;
  if (!phrase.startsWith('teach') && negatedIn(w, Math.max(0, p[0] - 3), p[0])) return null;
  // "past it" only of a person: "she's past it", not "we drove past it"
  if (phrase === 'past it' && !['is', 'are', "'s", 'getting', 'bit', 'little', 'well', 'totally', 'completely'].includes(w[p[0] - 1] ?? '')) return null;
  if (!id && (w.slice(0, p[0]).some((x) => MACHINES.has(x)) || w.slice(p[1] + 1, p[1] + 3).some((x) => MACHINES.has(x)))) return null;
  // "put his tractor out to pasture": a machine retired whoever owns it
  if (w.slice(Math.max(0, p[0] - 3), p[0]).some((x) => MACHINES.has(x))) return null;
  // said of oneself: "I've got one foot in the grave", "I'm past it for clubbing"
  if (!id && w.some((x) => ['i', 'me', 'my', 'myself', 'we', 'us'].includes(x))) return null;
  // "The 58 year old applicant? Can't teach an old dog new tricks.": the member may be named just before
  const before = id || w.some((x) => AIMED_AT.has(x)) ? null : memberBefore(prev);
  const target = id ?? (phrase.includes('waiting room') || w.some((x) => AIMED_AT.has(x)) ? at(p[0], p[1], c) : null) ?? (before ? { ...before, from: p[0], to: p[0], pronoun: true } : null);
  return target ? hit(Math.min(target.from, p[0]), Math.max(target.to, p[1]), target, 'derogation', `contempt for ${c} ('${phrase}')`) : null;
}

/** Anchor words a sentence with no group noun needs to reach these readers through group-attack's prefilter. */
export const ROUND15_CUES: readonly string[] = [
  'tomorrow', 'chimp', 'chimps', 'monkey', 'hamster', 'goldfish', 'goats', 'bestiality', 'polygamy', 'fad', 'trendy', 'fashionable', 'phase', 'trend',
  'pronouns', 'fluid', 'bisexual', 'asexual', 'pansexual', 'lol', 'lmao', 'haha', 'toddler', 'puppy', 'retriever', 'puppets', 'grave', 'pasture', 'coffin',
  'blockers', 'roadblocks', 'fossil', 'tricks', 'bus', 'syndrome', 'grandad', 'fatigue',
];
