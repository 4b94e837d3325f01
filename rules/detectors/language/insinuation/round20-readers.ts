/**
 * Round 20 readers of implicit derogation, after a dev set written by a helper who never read the rules (impl10: 165
 * implicit posts in eleven shapes, 105 look-alikes) caught a quarter at its first run:
 * - `mockSurprise`: a member doing something ordinary met with mock astonishment ("A Mexican on time? World's ending",
 *   "an Asian driver who actually signals?? Must be my lucky day");
 * - `butNotTrait`: "[member] but not [fault]" says the fault is the rule ("Gay but not annoying about it");
 * - `oneOfTheGood`: "one of the good ones", "one of the good [group]";
 * - `neverKnow`: "you'd never know she was [member]", "you'd barely know she used to be a guy";
 * - `forAMember`: "for a [member] she's actually pretty hard working";
 * - `pleasantlySurprised`: decency in a member met as a surprise without a "but" ("genuinely clean and professional,
 *   pleasantly surprised").
 * Each needs a member named in the sentence (or, for mock surprise, the sentence before) and stands down for the writer's
 * own people and for condemnation.
 */
import type { GroupMention } from '../find-groups';
import { identityAdjective } from '../lexicon/groups';
import { INSULT_ADJECTIVES, INSULT_NOUNS, NEGATIVE_ATTRIBUTES } from '../lexicon/words';
import { MORE_NEGATIVE, PRAISE_WORDS } from '../lexicon/derogation';
import type { Attack } from '../predicate';
import type { Token } from '../tokens';
import { condemned, member, memberBefore, words } from './implicit-readers';
import { DECENT } from './round19-readers';
import { hit, markMember, writerIsMember, type Neighbour, type Words } from './shared';

/** Mock astonishment that needs nothing more: nobody says these of a member in earnest. */
const MOCK_PLAIN = /\b(?:call the (?:news|papers|press)|alert the (?:media|press)|stop the press(?:es)?|miracles (?:really |do |really do )?(?:happen|exist)|will wonders never cease|pigs (?:can |might |will )?(?:fly|flying)|world(?: is| s)? ending|end of the world|frame this|somebody frame|screenshotting this|unbelievable scenes|still recovering from the shock|gold stars? for (?:everybody|everyone)|write it in the history books|mark the calendar|mark your calendars)\b/;
/** Astonishment that is earnest as often as not ("historic day" for a first): mock only beside "actually" or "??". */
const MOCK_AMBIGUOUS = /\b(?:historic day|truly historic|lucky day|what an achievement|humanity s finest hour|finest hour|feminism wins|progress|a first|wonders|who knew|proud of (?:you|them|him|her)|so brave)\b/;
/** What makes astonishment mock: the ordinary act marked as rare, a doubled question mark, a rolled eye. */
const MOCK_MARKS = /\bactually\b|\?\s*\?|\?!|!\?|🙃|🙄|😂|🤣|\blmao\b|\blol\b|\bfor once\b/;

/** A real achievement, which earnest astonishment greets ("Stop the presses: the first Sikh woman to captain the team!"). */
const ACHIEVED = words(`won win wins winning first captain captains champion champions championship award awards award-winning record medal
  medals gold elected promoted graduated graduates degree phd olympic olympics national nobel prize oscar published launched founded`);

/** Words one of the astonishment phrases holds: a sentence with none is not read. */
const MOCK_CUES = words(`news papers press media presses miracles wonders pigs ending end frame screenshotting unbelievable shock stars history calendar
  calendars historic lucky achievement finest feminism progress first who proud brave`);

export function mockSurprise(tokens: readonly Token[], w: Words, groups: readonly GroupMention[], prev: Neighbour, raw: string): Attack | null {
  if (!w.some((x) => MOCK_CUES.has(x)) || condemned(w) || w.some((x) => ACHIEVED.has(x))) return null;
  const text = w.join(' ');
  const plain = MOCK_PLAIN.exec(text);
  const ambiguous = plain ? null : MOCK_AMBIGUOUS.exec(text);
  if (!plain && !(ambiguous && MOCK_MARKS.test(`${raw} ${text}`))) return null;
  const m = (plain ?? ambiguous) as RegExpExecArray;
  const here = member(tokens, w, groups);
  const id = here ?? memberBefore(prev);
  if (!id || writerIsMember(w, id)) return null;
  const at = text.slice(0, m.index).split(' ').length - 1;
  const end = at + m[0].split(' ').length - 1;
  return hit(here ? Math.min(here.from, at) : at, here ? Math.max(here.to, end) : end, id, 'stereotype', `mock surprise at a member ('${m[0]}')`);
}

/** Faults "[member] but not ..." implies are the rule. */
const FAULTS = words(`annoying loud obnoxious preachy pushy flamboyant weird creepy smelly dirty lazy rude aggressive angry bitter dramatic
  camp whiny needy scary violent dodgy shifty stingy cheap greedy fanatical crazy mental thick stupid`);

/** "Gay but not annoying about it", "Muslim but not one of the crazy ones": the fault named as the member's rule. */
export function butNotTrait(tokens: readonly Token[], w: Words, groups: readonly GroupMention[]): Attack | null {
  const b = w.indexOf('but');
  if (b < 1 || w[b + 1] !== 'not' || condemned(w)) return null;
  const id = member(tokens, w, groups, Math.max(0, b - 3), b);
  if (!id || id.to !== b - 1 || writerIsMember(w, id)) return null;
  const fault = w.slice(b + 2, b + 6).find((x) => FAULTS.has(x) || NEGATIVE_ATTRIBUTES.has(x) || MORE_NEGATIVE.has(x));
  return fault ? hit(id.from, b + 2 + w.slice(b + 2).indexOf(fault), id, 'stereotype', `a fault implied as the rule ('but not ${fault}')`) : null;
}

/** "Ahmed is one of the good Muslims", "she's one of the good ones": the rest implied bad. */
export function oneOfTheGood(tokens: readonly Token[], w: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  const k = w.findIndex((x, i) => x === 'one' && w[i + 1] === 'of' && w[i + 2] === 'the' && ['good', 'decent', 'nice', 'normal', 'clean', 'honest'].includes(w[i + 3] ?? ''));
  if (k < 0 || condemned(w)) return null;
  const id = member(tokens, w, groups, k + 3, k + 6) ?? (['ones', 'one'].includes(w[k + 4] ?? '') ? member(tokens, w, groups) ?? memberBefore(prev) : null);
  if (!id || writerIsMember(w, id)) return null;
  return hit(k, Math.min(w.length - 1, k + 4), id, 'stereotype', "the rest implied bad ('one of the good ...')");
}

/** "You'd never know she was Asian on the phone", "you'd barely know she used to be a guy": passing praised. */
export function neverKnow(tokens: readonly Token[], w: Words, groups: readonly GroupMention[]): Attack | null {
  if (!w.includes('know') && !w.includes('tell') && !w.includes('guess')) return null;
  const text = w.join(' ');
  const m = /\b(?:would|could) (?:barely|never|hardly|not) (?:even )?(?:know|tell|guess) (?:she|he|they) (?:was|were|is|are|used to be)\b/.exec(text);
  if (!m || condemned(w)) return null;
  const k = text.slice(0, m.index).split(' ').length - 1;
  const end = k + m[0].split(' ').length;
  const id = member(tokens, w, groups, end, end + 3);
  // ("used to be a guy": a trans woman's past gender)
  const trans = !id && /^used to be$/.test(m[0].split(' ').slice(-3).join(' ')) && ['guy', 'man', 'bloke', 'dude', 'boy', 'girl', 'woman'].includes(w[end + 1] ?? '');
  if (!id && !trans) return null;
  const target = id ?? { from: end, to: end + 1, characteristic: 'gender-identity' as const, pronoun: false, weak: false };
  if (writerIsMember(w, target)) return null;
  return hit(k, Math.max(target.to, end), target, 'stereotype', "passing as not a member praised ('you'd never know')");
}


/** "For a refugee she's actually pretty hard working", "for a woman he's not a bad driver": decency limited by identity. */
export function forAMember(tokens: readonly Token[], w: Words, groups: readonly GroupMention[]): Attack | null {
  const f = w.findIndex((x, i) => x === 'for' && ['a', 'an'].includes(w[i + 1] ?? ''));
  if (f < 0 || condemned(w)) return null;
  const id = member(tokens, w, groups, f + 2, f + 4);
  if (!id || id.from !== f + 2 || writerIsMember(w, id)) return null;
  const rest = w.slice(id.to + 1, id.to + 9);
  if (!rest.some((x) => ['she', 'he', 'they', 'it', 'her', 'his'].includes(x)) || !rest.some((x) => DECENT.has(x) || x === 'working')) return null;
  if (!rest.some((x) => ['actually', 'pretty', 'surprisingly', 'quite', 'really', 'not'].includes(x))) return null;
  return hit(f, id.to + 1 + rest.findIndex((x) => DECENT.has(x) || x === 'working'), id, 'stereotype', "decency limited by identity ('for a ...')");
}

/** "Went to a Black-owned restaurant and it was genuinely clean, pleasantly surprised": decency met as a surprise. */
export function pleasantlySurprised(tokens: readonly Token[], w: Words, groups: readonly GroupMention[]): Attack | null {
  const s = w.findIndex((x, i) => (x === 'surprised' && ['pleasantly', 'genuinely', 'honestly', 'actually'].includes(w[i - 1] ?? '')) || (x === 'expected' && w[i - 1] === 'i' && w[i - 2] === 'what' && w[i - 3] === 'not'));
  if (s < 0 || condemned(w)) return null;
  // (or an identity adjective before a place: "the Nigerian place downtown")
  const adj = w.slice(0, s).findIndex((x) => identityAdjective(x) !== undefined && identityAdjective(x) !== 'age');
  const id = member(tokens, w, groups, 0, s) ?? (adj >= 0 ? { from: adj, to: adj, characteristic: identityAdjective(w[adj] ?? '') ?? 'origin', pronoun: false, weak: true } : null);
  if (!id || writerIsMember(w, id)) return null;
  const decent = w.slice(id.to + 1, s).find((x) => DECENT.has(x) || x === 'working');
  return decent ? hit(id.from, s, id, 'stereotype', `decency in a member met as a surprise ('${decent}')`) : null;
}

/** Words a sentence with no group noun needs to reach these readers (mock surprise about a member in the sentence before). */
export const ROUND20_CUES: readonly string[] = ['barely', 'hardly', 'lot', 'bunch', 'crowd', 'news', 'media', 'press', 'miracles', 'wonders', 'pigs', 'ending', 'frame', 'screenshotting', 'unbelievable', 'shock', 'stars', 'history', 'calendar', 'calendars', 'historic', 'lucky', 'achievement', 'finest', 'progress'];

/** Verbs after "always" that praise or help ("always help", "never complain"), or that say what is done to the member. */
const KIND_HABITS = words(`help helps helped give gives share shares welcome welcomes feed feeds support supports thank thanks invite invites
  bring brings cook cooks smile smiles laugh laughs make makes work works look looks show shows stand stands fight fights
  remember remembers forget forgets miss misses answer answers come comes vote votes pray prays celebrate celebrates
  get gets got getting are is were was be been have has had seem seems feel feels face faces suffer suffers deal deals
  teach teaches inspire inspires care cares love loves know knows tip tips treat treats`);
/** What a habit pinned on the member says about them: a fault, a demand, a take, a smell, a lack. */
const FAULT_HABITS = words(`copy copies steal steals lie lies cheat cheats demand demands complain complains whine whines moan moans
  stink stinks ruin ruins beg begs interrupt interrupts overreact overreacts exaggerate exaggerates scrounge scrounges freeload freeloads
  blame blames`);
/** Habits that are faults only with what follows: "always want special treatment", "always turn a meeting into ...". */
const FAULT_WITH = /^(?:want|wants|expect|expects) (?:special|something|free|handouts|attention|everything)|^(?:turn|turns|make|makes) (?:a |an |the |every |any |everything )?(?:\w+ ){0,2}(?:into|about) (?:a |an |their |drama|sex|them|feelings|race|religion|(?:something|a \w+|an \w+) about (?:sex|race|religion|them|themselves|their))|^(?:leave|leaves) (?:the |our |a |every )?(?:\w+ ){0,3}(?:smelling|stinking|reeking|filthy)/;

/**
 * "Women never get to the point. Ever.", "Asians always copy, they never come up with anything original", "Sikh cab
 * drivers always take the long way round": a habit pinned on the group with "always" or "never". Only with a fault verb,
 * or "never" before a verb of worth ("never come up with anything original", "never finish"); not kindness, what is
 * done to them ("always get blamed", "never get promoted"), paying or driving ("always pay more for haircuts", "never
 * drive on the Sabbath"). The group opens the sentence.
 */
export function alwaysNeverHabit(tokens: readonly Token[], w: Words, groups: readonly GroupMention[]): Attack | null {
  if (condemned(w)) return null;
  let s = 0;
  while (['honestly', 'tbh', 'lol', 'and', 'so', 'yeah', 'like', 'the'].includes(w[s] ?? '')) s++;
  const id = member(tokens, w, groups, s, s + 1);
  if (!id || id.from !== s || id.pronoun || writerIsMember(w, id)) return null;
  let a = id.to + 1;
  // ("Sikh cab drivers always ...": a trade after the group name)
  while (a < id.to + 3 && !['always', 'never'].includes(w[a] ?? '') && /^[a-z]+s$/.test(w[a] ?? '')) a++;
  const adverb = w[a];
  if (adverb !== 'always' && adverb !== 'never') return null;
  const v = w[a + 1] ?? '';
  if (KIND_HABITS.has(v) && !FAULT_WITH.test(w.slice(a + 1, a + 9).join(' ')) && !(adverb === 'never' && ['get', 'come'].includes(v) && /^(?:get|come) (?:to the point|up with anything)/.test(w.slice(a + 1, a + 6).join(' ')))) return null;
  const fault = FAULT_HABITS.has(v) || FAULT_WITH.test(w.slice(a + 1, a + 9).join(' ')) || (adverb === 'never' && ['finish', 'finishes', 'learn', 'learns', 'integrate', 'integrates'].includes(v)) || (adverb === 'never' && ['get', 'come'].includes(v) && /^(?:get|come) (?:to the point|up with anything)/.test(w.slice(a + 1, a + 6).join(' ')));
  // ("always blame themselves" is a burden they carry, not a fault)
  if (!fault || (/^blames?$/.test(v) && ['themselves', 'herself', 'himself', 'each'].includes(w[a + 2] ?? ''))) return null;
  return hit(id.from, Math.min(w.length - 1, a + 2), id, 'stereotype', `a habit pinned on a group ('${adverb} ${v}')`);
}

/** Things of a faith or a people whose "their culture / religion" means the people: "There's a Hindu festival this weekend." */
const PEOPLES_THINGS = new Set(['festival', 'festivals', 'wedding', 'weddings', 'holiday', 'holidays', 'temple', 'temples', 'mosque', 'mosques', 'synagogue', 'synagogues', 'parade', 'celebration', 'celebrations']);

function faithOrNationThing(prev: Neighbour): GroupMention | null {
  const pw = prev.words();
  for (let i = 0; i + 1 < pw.length; i++) {
    const c = identityAdjective(pw[i] ?? '');
    if (c && ['religion', 'origin', 'race'].includes(c) && PEOPLES_THINGS.has(pw[i + 1] ?? '')) return { from: i, to: i, characteristic: c, pronoun: true, weak: true };
  }
  return null;
}

const VERDICT_WORDS = new Set([...INSULT_NOUNS, ...INSULT_ADJECTIVES, ...NEGATIVE_ATTRIBUTES, ...MORE_NEGATIVE].filter((x) => !['fucking', 'bloody', 'damn', 'goddamn'].includes(x)));

/**
 * A verdict passed on all of them, the group named in the sentence or the one before: "Saw some trans activists at the
 * station. Freaks, every one of them.", "Hindus and their cows lol. Such a backwards lot.", "The new manager is a woman.
 * She'll be crying by Friday like they all do."
 */
export function verdictOnThem(tokens: readonly Token[], w: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  if (!w.includes('them') && !w.includes('they') && !w.includes('their') && !w.includes('lot') && !w.includes('bunch') && !w.includes('crowd')) return null;
  const text = w.join(' ');
  const all = /(?:^|, |\. )(?:\w+ ){0,2}?(\w+) ,? (?:every (?:single |last )?one of them|all of them|the (?:whole )?lot of them|each and every one of them)\b/.exec(text);
  const lot = /\b(?:such|what) an? (?:\w+ )?(\w+) (?:lot|bunch|crowd)\b/.exec(text);
  const likeAll = /\blike (?:they|them) all (?:do|are|did|were)\b|\blike all of them (?:do|are)\b|\bas they all (?:do|are)\b/.exec(text);
  // "none of them can be trusted", "they should be kept in special units", "their manners are disgusting"
  const none = /\bnone of them (?:can|could|are|is|will|would) (?:ever )?(?:be )?(?:trusted|honest|decent|clean|smart|competent|good|normal|reliable|civilised|civilized)\b/.exec(text);
  const apart = /\bthey (?:should|must|need to|ought to) (?:all )?be (?:kept |put |locked )?(?:away )?in (?:special|separate|their own) (?:units|schools|classes|homes|institutions|areas|camps)\b|\bthey (?:should|must|need to|ought to) (?:all )?be (?:in|put in|locked in|kept in) (?:institutions|asylums|camps|cages)\b/.exec(text);
  // (and "their whole culture is filthy", "their brains can't even handle basic maths": their minds, or all of their ways)
  const theirs = /(?:^|\. )their (?:whole |entire )?(?:manners|english|hygiene|behaviour|behavior|culture|religion|attitude|smell|women|men|kids|children|food|music|language|morals|values|brains|minds|way of life) (?:is|are) (?:so |really |absolutely |just |fucking |too )?(\w+)\b/.exec(text) ?? /(?:^|\. )their (?:tiny |little |small |feeble )?(?:brains|minds) (?:can not|cannot|could not|are unable to|do not) (?:even )?(?:handle|cope with|process|understand|grasp|comprehend|manage|do)\b/.exec(text);
  const m = (all && VERDICT_WORDS.has(all[1] ?? '') ? all : null) ?? (lot && VERDICT_WORDS.has(lot[1] ?? '') ? lot : null) ?? (likeAll && !w.some((x) => PRAISE_WORDS.has(x)) ? likeAll : null) ?? none ?? apart ?? (theirs && (theirs[1] === undefined || VERDICT_WORDS.has(theirs[1]) || ['terrible', 'awful', 'appalling', 'horrendous', 'vile'].includes(theirs[1]) || (['tiny', 'small', 'smaller', 'primitive', 'backward', 'backwards'].includes(theirs[1]) && /\b(?:brains|minds|culture|religion|way of life)\b/.test(theirs[0]))) ? theirs : null);
  if (!m || condemned(w)) return null;
  const here = member(tokens, w, groups);
  const id = here ?? memberBefore(prev) ?? (m === theirs ? faithOrNationThing(prev) : null);
  if (!id || writerIsMember(w, id)) return null;
  const at = text.slice(0, m.index).split(' ').length - 1 + (m[0].startsWith(', ') || m[0].startsWith('. ') ? 1 : 0);
  const end = at + m[0].replace(/^[,.] /, '').split(' ').length - 1;
  return hit(here ? Math.min(here.from, Math.max(0, at)) : Math.max(0, at), Math.min(w.length - 1, here ? Math.max(here.to, end) : end), id, 'generalisation', `a verdict on all of them ('${m[0].replace(/^[,.] /, '')}')`);
}

/** Worth denied to every member, read with the member's name as GRP. */
const WORTH_DENIED: readonly RegExp[] = [
  /\bno such thing as an? (?:\w+ )?(?:smart|honest|good|decent|clean|hardworking|hard-working|intelligent|peaceful|trustworthy|normal|nice|competent|sane|reasonable|moderate|innocent) GRP\b/,
  /\b(?:not a single|not one|no) GRP (?:\w+ ){0,3}(?:has|have) ever (?:held|had|done|achieved|invented|built|created|contributed|given|made|kept|earned) (?:a |an |any )?(?:proper|real|honest|good|decent|useful|single)? ?(?:job|jobs|thing|anything|contribution|work|money|living|day)\b/,
  // "there's not a single decent Muslim out there", "not one honest Roma anywhere": the quality denied to every member
  /\b(?:not a single|not one|there is no|there are no|there is not one|there is not a single|there are not any) (?:single )?(?:smart|honest|good|decent|clean|hardworking|intelligent|peaceful|trustworthy|normal|nice|competent|sane|reasonable|moderate|innocent|civilised|civilized|loyal|polite) GRP(?= (?:out there|anywhere|alive|on (?:this|the) planet|on earth|in (?:this|the) (?:whole |entire )?(?:country|world|city|town))\b|$| [.!,?])/,
  // "Not a single Pakistani I've ever met has been honest": the writer's whole acquaintance called dishonest
  /\b(?:not a single|not one|no) GRP (?:i|we) (?:have |had |ve |d )?(?:ever )?(?:met|known|worked with|dated|hired|employed|lived with) (?:has|have|had|was|were|is) (?:ever )?(?:been )?(?:honest|decent|clean|smart|trustworthy|reliable|polite|loyal|faithful|competent|nice|normal|hard ?working)\b/,
  // "Christians don't have one original thought between them", "not a brain cell between them"
  /\bGRP (?:do not|does not|never|can not|cannot) (?:have|has|had) (?:one|a single|an|any) (?:original (?:thought|idea)|brain cell|shred of decency|ounce of decency)\b/,
  // "Immigrants don't add anything of value", "never bring a single thing": worth denied
  /\bGRP (?:do not|does not|never|can not|cannot) (?:add|adds|bring|brings|contribute|contributes|offer|offers) (?:anything|a single thing|one thing|nothing|a thing)(?: (?:of value|useful|worthwhile|positive|good))?\b/,
  // "What exactly do immigrants do here apart from commit crime and claim benefits?"
  /\bwhat (?:exactly |actually |even )?(?:do|does|have|did) GRP (?:ever )?(?:do|done|contribute|contributed|add|added|bring|brought) (?:here |for us |for this country |for society )?(?:apart from|except|besides|other than|but) (?:commit|committing|claim|claiming|steal|stealing|sponge|sponging|scrounge|scrounging|breed|breeding|cause|causing|rape|raping|live off|living off|beg|begging|sell drugs|selling drugs)\b(?: (?:crime|crimes|benefits|handouts|welfare|trouble|drugs|off us|off the state|and))*/,
  // "Muslims have contributed nothing to society", "immigrants add nothing of value": worth denied (not "contributed nothing
  // to the housing crisis", which clears them)
  /\bGRP (?:have |has |had )?(?:ever |really |actually )?(?:contributed|contribute|contributes|given|give|gives|added|add|adds|offered|offer|offers|achieved|produced|brought|bring|brings) (?:absolutely |literally )?nothing (?:to (?:society|this country|the country|the world|humanity|civilisation|civilization|our (?:culture|country|society|economy)|britain|america|the uk|the nation)|of (?:value|worth|note|use)|worthwhile|useful|positive|good)\b/,
  /\bGRP (?:have|has) never (?:given|contributed|invented|built|created|achieved|done|made|produced) (?:the world |us |this country |society |humanity )?(?:anything|a thing|nothing) (?:of value|useful|worthwhile|good|of note|important|worth|civilised|civilized|decent|original|great|beautiful|worth having)\b/,
  // "refugees aren't grateful for a single thing we give them", "never thankful": gratitude denied (not "grateful for being
  // treated like criminals", which is sympathy)
  /\bGRP (?:are|is|were|was) (?:not|never) (?:even |remotely |ever |once )?(?:grateful|thankful)\b(?! (?:for|to be) (?:being|having|the way|how|getting|your|our|their|his|her|pity|charity|sympathy))/,
  /\bGRP (?:do not|does not|never) (?:know|understand) the (?:meaning|concept) of (?:personal space|hygiene|manners|respect|hard work|honesty|soap|deodorant|queues|queuing|a queue|privacy|shame|loyalty|gratitude)\b/,
];

/**
 * "There's no such thing as a smart Mexican", "Not a single Roma has ever held a proper job", "Hindus have never given the
 * world anything of value", "Indians don't know the meaning of personal space": worth or manners denied to every member.
 * Not counter-speech that denies a harm ("not one trans person has ever attacked anyone").
 */
export function worthDenied(tokens: readonly Token[], w: Words, groups: readonly GroupMention[]): Attack | null {
  if (!w.includes('never') && !w.includes('such') && !w.includes('single') && !w.includes('one') && !w.includes('no') && !w.includes('any') && !w.includes('meaning') && !w.includes('concept') && !w.includes('a') && !w.includes('what') && !w.includes('grateful') && !w.includes('thankful') && !w.includes('anything') && !w.includes('nothing')) return null;
  const id = member(tokens, w, groups);
  if (!id || writerIsMember(w, id)) return null;
  const marked = markMember(w, id);
  for (const re of WORTH_DENIED) {
    const m = re.exec(marked.text);
    if (!m) continue;
    const [from, to] = marked.span(m);
    // (a condemning word outside the words matched: "... apart from commit crime and claim benefits" claims nothing)
    if (condemned([...w.slice(0, from), ...w.slice(to + 1)].filter((x, n, a) => !(['claim', 'claims', 'claiming'].includes(x) && ['benefits', 'handouts', 'welfare'].includes(a[n + 1] ?? ''))))) return null;
    return hit(from, to, id, 'negated-positive', `worth denied to every member ('${m[0].replace('GRP', w.slice(id.from, id.to + 1).join(' '))}')`);
  }
  return null;
}
