/**
 * `language.group-attack`: attacks on a protected group without slurs. Generalisations and stereotypes
 * ("[group] are lazy"), dehumanising comparisons, calls for exclusion or violence, hate verbs ("I hate
 * [group]"), denied capacities ("[group] can't lead"), hate phrased as a question or an opinion, and
 * pronouns that point back to a group named in the same or the previous sentence. Neutral and positive
 * mentions never match: a hit needs a group AND an attacking predicate. Quoted, reported, condemned or
 * negated attacks are kept with low confidence and say so.
 *
 * Option `aim`: 'any' (default) reports every attack (the protected rule); 'person' reports only
 * attacks on a characteristic thrown at a person ("go back to your country", "you stupid immigrant"),
 * which are also inflammatory.
 */
import type { DetectorHit, DetectorInput, DetectorSpec } from '../../types';
import { applyContext, claimantClause, condemnedNext, echoAnswered, endorsedNext, mentionContext, negatedOpinion, type ContextVerdict } from './context';
import { joined as joinedThreat, mayBackstop, threatAfterGroup, threatBackstop } from './threat-backstop';
import { negatedVirtue } from './insinuation/negated-virtue';
import { findGroupPronouns, findGroups, hasGroupPronoun, identityAt, neighbourGroups, ODD_PERSON, pointsAtOne, SINGULAR_GENDER, singularMembers, type GroupMention } from './find-groups';
import { identityAdjective, PERSON_NOUNS, type Characteristic } from './lexicon/groups';
import { COLLECTIVE_FRAMES, EXCLUSION_VERBS, HATE_VERBS, INSULT_ADJECTIVES, INSULT_NOUNS, NEGATIVE_ATTRIBUTES, POSITIVE_ATTRIBUTES } from './lexicon/words';
import {
  BETTER_WITHOUT, CLEANSE_VERBS, CONFORMING, CRIME_NOUNS, CRIME_VERBS, CULTURE_VERDICTS, DISMISSAL_CUES, LOWLY, MOCKED_ACTS, MOCKERY, PRAISE_WORDS, PRETENCE, REFUSED_ACTS, SARCASM,
  PLACES, SEND_AWAY, TROPE_LINES, VICTIMISED, WORSHIP_PLACES, WORTH_COMPARATIVES,
} from './lexicon/derogation';
import { CONFINEMENT, confinementAt, readPredicate, type Attack, type AttackKind } from './predicate';
import { learnedReading, LEARNED_CUES, neighbourWords } from './insinuation/learned-cues';
import { consequenceOpen, CUE_SCORE, identityInsultAt, identityThing, INSINUATION_CUES, insinuations, neighbour, scareQuotes } from './insinuation/index';
import { damning } from './insinuation/dehumanising-and-insults';
import { lamentedInjustice, markMember } from './insinuation/shared';
import { prescription } from './insinuation/exclusion';
import { admiring, everSeenAt, harmGerund } from './insinuation/questions';
import { unglue } from './segment';
import { mayThreaten, threatsIn } from './threat';
import { SHAPE_PREFIX } from './threat-shapes';
import { attackerPraised, groupPlaces, mayHarmPlace, mayPraise, mayThreatenPlace, threatAtPlace } from './group-places';
import { armedAtPlace, arsonAtPlaceBefore, GOOD_SURPRISE, GROUP_PLACES, GROUP_THREAT_GATE, groupViolence } from './threat-scored';
import { CLAUSE_BREAK, NEGATORS, plainMapped, tokenize, tokenizeMapped, type Token } from './tokens';
import { unknownOption } from '../options';

const KIND_TEXT: Record<AttackKind, string> = {
  generalisation: 'negative generalisation about',
  dehumanising: 'dehumanising comparison of',
  exclusion: 'call for exclusion or violence against',
  'negated-positive': 'denies the abilities or standing of',
  stereotype: 'harmful stereotype about',
  derogation: 'derogatory statement about',
};

const BASE: Record<AttackKind, number> = {
  generalisation: 0.8, dehumanising: 0.9, exclusion: 0.9, 'negated-positive': 0.8, stereotype: 0.75, derogation: 0.75,
};

/** Transitive verbs whose object is a group: "deport [group]", "get rid of [group]", "never hire [group]". */
const POSITIVE_OBJECT_VERBS = REFUSED_ACTS;
/** Who a group must not be left alone with: children. */
const LEFT_WITH = new Set(['kids', 'children', 'sons', 'daughters', 'son', 'daughter', 'child', 'boys', 'girls', 'kid', 'grandkids', 'toddlers', 'babies', 'baby', 'pupils', 'students']);
/** Homes and rooms let or sold: "rent my flat to ...". */
const LET_THINGS = new Set(['flat', 'flats', 'house', 'houses', 'home', 'room', 'rooms', 'property', 'properties', 'apartment', 'place', 'spare', 'cottage', 'car', 'shop', 'business']);
const SUBJECT_OR_MODAL = new Set(['i', 'we', 'you', 'everyone', 'everybody', 'somebody', 'someone', 'should', 'must', 'need', 'to', 'will', 'would', "let's", 'lets', 'us', 'gotta', 'just', 'please', 'time', 'and', 'or', 'now', 'always', 'go', 'really', 'fucking', 'all', 'so', 'gonna', 'can', 'could', 'ought', 'have', 'got', 'better', 'totally', 'honestly', 'literally', 'simply']);
/** Loading people into something ... */
const CONTAINING = new Set(['put', 'load', 'ship', 'pack', 'lock', 'shove', 'throw', 'cram', 'stick', 'herd', 'round']);
/** ... that the sentence then destroys. */
const CONTAINER_HARMS = new Set(['sink', 'burn', 'bomb', 'torch', 'nuke', 'blow', 'gas', 'incinerate', 'scuttle', 'flood', 'detonate', 'shoot', 'crash']);
/** Words of welcome that turn "a flood of [group]" into a story of help: "met with kindness", "volunteers", "stepped up". */
const WELCOMING = new Set(['kindness', 'welcomed', 'welcome', 'welcoming', 'volunteers', 'volunteered', 'helped', 'stepped', 'donations', 'generosity', 'hospitality', 'sheltered', 'hosted']);

/** Mild faults that people tease those they know with: "my Irish uncle is always late", "we Brits are terrible at small talk". */
const MILD_FAULTS = new Set(['loud', 'louder', 'loudest', 'noisy', 'late', 'lazy', 'rude', 'slow', 'terrible', 'awful', 'unbearable', 'insufferable', 'messy',
  'stubborn', 'bossy', 'cheap', 'stingy', 'emotional', 'dramatic', 'weird', 'annoying', 'grumpy', 'moody', 'obsessed', 'picky', 'fussy', 'competitive', 'eat',
  'bad', 'hopeless', 'useless', 'clueless', 'crazy', 'mad', 'nuts', 'obnoxious', 'smug', 'chatty', 'nosy', 'nosey', 'sensitive', 'cheesy']);
/** People the writer knows, named with an identity: "my Nigerian friends", "our Irish neighbours", "my teenage son". */
const KNOWN_PEOPLE = new Set(['brother', 'brothers', 'sister', 'sisters', 'mum', 'mom', 'dad', 'son', 'sons', 'daughter', 'daughters', 'friend', 'friends',
  'colleague', 'colleagues', 'boss', 'neighbour', 'neighbours', 'neighbor', 'neighbors', 'uncle', 'uncles', 'aunt', 'aunts', 'aunty', 'auntie', 'cousin',
  'cousins', 'partner', 'husband', 'wife', 'nan', 'grandma', 'grandpa', 'grandad', 'grandparents', 'parents', 'family', 'niece', 'nephew', 'flatmate',
  'flatmates', 'roommate', 'kid', 'kids', 'child', 'children', 'pastor', 'chef', 'intern', 'interns', 'teammate', 'teammates', 'in-laws', 'folks', 'mates']);
const OWNERS = new Set(['my', 'our']);
const SOFT_BEFORE = new Set(['new', 'old', 'lovely', 'dear', 'beloved', 'favourite', 'favorite', 'own', 'sweet', 'two', 'three', 'whole']);

/**
 * Affectionate teasing of people the writer knows or belongs with, with a mild fault ("my Scottish dad is unbearable when
 * Scotland wins", "we Brits are terrible at small talk", "loud and lovely"): not a generalisation about the group.
 */
function teasing(tokens: readonly Token[], a: Attack): boolean {
  if (!['generalisation', 'stereotype', 'derogation', 'dehumanising'].includes(a.kind) || !MILD_FAULTS.has(a.what)) return false;
  let k = a.group.from - 1;
  while (k >= 0 && SOFT_BEFORE.has(tokens[k]?.w ?? '')) k--;
  const owner = tokens[k]?.w ?? '';
  const known = OWNERS.has(owner) && KNOWN_PEOPLE.has(tokens[a.group.to]?.w ?? '');
  // "we Brits", "us old folks": the writer is one of them
  const ours = (owner === 'we' || owner === 'us') && !a.group.pronoun;
  // "loud and lovely", "loud, fun, and the best": the fault paired with praise
  const after = tokens.slice(a.to + 1, a.to + 5).map((t) => t.w);
  // (the capacities list holds nouns, "people", "citizens", that praise nobody: "terrible drivers and rude people")
  // ("They were loud but lovely" of the lads next door; "[group] are loud but friendly" is still a backhanded generalisation)
  const praised = (after[0] === 'and' || after[0] === ',' || (after[0] === 'but' && a.group.pronoun)) && after.slice(1).some((w) => (POSITIVE_ATTRIBUTES.has(w) && !PERSON_NOUNS.has(w) && !NOT_PRAISE.has(w)) || PRAISE_WORDS.has(w) || LIGHT_PRAISE.has(w));
  if (a.kind === 'dehumanising') return known;
  return known || ours || praised;
}

/** "We gay dads are taking over the PTA, watch out": a takeover the writer's own group boasts of is a joke on itself. */
function ownTakeover(tokens: readonly Token[], a: Attack): boolean {
  let k = a.group.from - 1;
  while (k >= 0 && SOFT_BEFORE.has(tokens[k]?.w ?? '')) k--;
  return a.kind === 'stereotype' && ['we', 'us'].includes(tokens[k]?.w ?? '') && !a.group.pronoun && /^tak(?:e|es|ing)$/.test(a.what);
}
/** Words of the capacities list that praise no one on their own. */
const NOT_PRAISE = new Set(['people', 'humans', 'human', 'men', 'women', 'citizens', 'americans', 'american', 'british', 'equals', 'rights', 'respect', 'dignity', 'equality', 'exist', 'matter', 'matters', 'belong', 'belongs', 'deserve', 'deserves', 'allowed']);
const LIGHT_PRAISE = new Set(['fun', 'joyful', 'generous', 'lovely', 'kind', 'warm', 'happy', 'happiest', 'friendly', 'funny', 'sweet', 'loving', 'proud']);

/** One person close to the writer: "my gay brother" is not the group. */
const ONE_RELATIVE = new Set(['brother', 'sister', 'mum', 'mom', 'dad', 'son', 'daughter', 'friend', 'colleague', 'boss', 'neighbour', 'neighbor', 'uncle', 'aunt', 'cousin', 'partner', 'husband', 'wife', 'nan', 'grandma', 'grandpa', 'grandad', 'niece', 'nephew', 'flatmate', 'roommate', 'kid', 'child']);
/** Subjects whose "would ban" is news about policy, not the writer's call. */
const LAWMAKERS = new Set(['law', 'laws', 'bill', 'bills', 'policy', 'policies', 'government', 'ministers', 'minister', 'council', 'court', 'proposal', 'plan', 'plans', 'rule', 'rules', 'legislation', 'regime', 'administration', 'senate', 'parliament', 'congress', 'party', 'measure', 'amendment', 'order']);
const ATTEMPTS = new Set(['tried', 'tries', 'trying', 'attempted', 'attempting', 'failed', 'plotted', 'planned', 'conspired']);
const PLACE_POINTERS = new Set(['that', 'this', 'their', 'his', 'her', 'your', 'those', 'these']);
const GROUP_DETERMINERS = new Set(['all', 'the', 'those', 'these', 'any', 'every', 'more', 'of', 'them', 'our', 'some', 'a', 'an', 'fucking', 'damn', 'stupid', 'dirty', 'filthy', 'bloody', 'one', 'each', 'single', 'most', 'next', 'first', 'last', 'few', 'many']);
const QUESTION_AUX = new Set(['are', 'is', 'do', 'does', 'can', 'should', 'must', 'were', 'would', 'will']);
const QUANTIFIERS = new Set(['all', 'most', 'many', 'these', 'those', 'the']);
const PHYSICAL_FORMS = new Set(['round', 'lock', 'kick', 'throw', 'send', 'wipe', 'keep', 'get']);
const PARTICLES = new Set(['up', 'out', 'back', 'away', 'off', 'rid', 'down']);


function clauseBounds(tokens: readonly Token[], i: number): [number, number] {
  let s = i;
  while (s > 0 && !CLAUSE_BREAK.has((tokens[s - 1] as Token).w)) s--;
  let e = i;
  while (e < tokens.length - 1 && !CLAUSE_BREAK.has((tokens[e + 1] as Token).w)) e++;
  return [s, e];
}

/** Verbs after which a group starts a claim of its own ("who thinks [group] are ..."). */
const CLAIM_VERBS = new Set(['think', 'thinks', 'thought', 'believe', 'believes', 'say', 'says', 'said', 'feel', 'feels', 'know', 'knows', 'agree', 'agrees', 'reckon', 'reckons', 'claim', 'claims', 'insist', 'insists', 'suspect', 'suspects', 'notice', 'noticed', 'notices', 'find', 'finds', 'argue', 'argues']);

/** Names of a group's places and events, read as the group ("the mosque", "the Pride parade"). */
const PLACES_AND_EVENTS = new Set([...WORSHIP_PLACES, ...[...WORSHIP_PLACES].map((w) => (w.endsWith('h') ? `${w}es` : `${w}s`)), 'parade', 'parades', 'pride', 'march', 'marches', 'festival', 'festivals']);
/** Verdicts a place or an event earns by how it sounds or feels: "loud", "crowded". */
const SENSED = new Set(['loud', 'noisy', 'crowded', 'busy', 'packed', 'long', 'boring', 'late', 'hot', 'chaotic', 'messy', 'cold', 'wet', 'tiring', 'exhausting']);
/** Verbs of treatment before a group: the group is their object, not the subject of what follows ("the way they treat [group] is ..."). */
const TREATMENT_VERBS = new Set(['treat', 'treats', 'treated', 'treating', 'mock', 'mocking', 'target', 'targeting', 'harass', 'harassing', 'bully', 'bullying', 'abuse', 'abusing', 'insult', 'insulting', 'exclude', 'excluding', 'ignore', 'ignoring', 'deport', 'deporting', 'demonise', 'demonize', 'demonising', 'demonizing', 'scapegoat', 'scapegoating', 'vilify', 'vilifying', 'portray', 'portrays', 'describe', 'describes']);

/** Attacks in which the group is the subject: "[group] are ...", "why are [group] so ...". */
function subjectAttack(tokens: readonly Token[], g: GroupMention): Attack | null {
  // "are all / most [group] this greedy?": the quantifier sits between the auxiliary and the group
  const q = QUANTIFIERS.has(tokens[g.from - 1]?.w ?? '') && QUESTION_AUX.has(tokens[g.from - 2]?.w ?? '') && tokens[tokens.length - 1]?.w === '?' ? 1 : 0;
  if (q && !['i', 'we', 'you', 'they', 'these', 'those', 'there', 'who', 'what'].includes(tokens[g.from - 3]?.w ?? '')) {
    const r = readPredicate(tokens, g.to + 1, true, false, tokens[g.from - 2]?.w ?? '');
    if (r && r.kind !== 'positive' && r.kind !== 'negated-attack' && r.head !== 'allowed') return { from: g.from - 2, to: r.end, group: g, kind: r.kind, what: `${tokens[g.from - 2]?.w} ${tokens[g.from - 1]?.w} ... ${r.head}?`, person: false };
  }
  const before = tokens[g.from - 1]?.w ?? '';
  // "are [group] ...?", and "aren't [group] just ...?" (a rhetorical negative question asserts)
  const implicit = (QUESTION_AUX.has(before) && !['i', 'we', 'you', 'they'].includes(tokens[g.from - 2]?.w ?? '')) ||
    (before === 'not' && ['are', 'is', 'do', 'does'].includes(tokens[g.from - 2]?.w ?? '') && tokens[g.from - 1]?.src !== 'not' && tokens[tokens.length - 1]?.w === '?');
  // ("none of the women can do the job": "none of" negates like "no")
  // ("not one of the Nigerians at work": the same)
  const ofAt = before === 'the' ? g.from - 2 : g.from - 1;
  const noneOf = tokens[ofAt]?.w === 'of' && (tokens[ofAt - 1]?.w === 'none' || (tokens[ofAt - 1]?.w === 'one' && tokens[ofAt - 2]?.w === 'not') || (tokens[ofAt - 1]?.w === 'one' && tokens[ofAt - 2]?.w === 'single' && tokens[ofAt - 3]?.w === 'a' && tokens[ofAt - 4]?.w === 'not'));
  // ("not a single [member] ...", "not one [member] ...": every member denied, like "no")
  const notOne = (before === 'single' && tokens[g.from - 2]?.w === 'a' && tokens[g.from - 3]?.w === 'not') || (before === 'one' && tokens[g.from - 2]?.w === 'not');
  const negatedSubject = before === 'no' || (before === 'all' && tokens[g.from - 2]?.w === 'not') || noneOf || notOne;
  const framed = allowedQuestion(tokens, g, implicit) ?? wishedGone(tokens, g) ?? doubtingQuestion(tokens, g) ?? notNeeded(tokens, g);
  if (framed) return framed;
  // "people who hate immigrants are cowards": the group is the object inside a relative clause, so the predicate
  // belongs to whoever the clause describes
  // ("am I the only one who thinks [group] are ..." keeps it: after a verb of thinking or saying the group is the
  // subject of the claim)
  // ("any manager who harasses a trans colleague should be sacked": a determiner may stand between)
  let vb = g.from - 1;
  // ("people who beat up refugees should go to prison": a phrasal verb's particle too)
  while (vb > g.from - 4 && ['a', 'an', 'the', 'any', 'every', 'our', 'their', 'his', 'her', 'my', 'up', 'on', 'down', 'out', 'off'].includes(tokens[vb]?.w ?? '')) vb--;
  const verbBefore = tokens[vb]?.w ?? '';
  if (!implicit && ['who', 'that'].includes(tokens[vb - 1]?.w ?? '') && /^[a-z]+$/.test(verbBefore) && !GROUP_DETERMINERS.has(verbBefore) && !QUESTION_AUX.has(verbBefore) && !CLAIM_VERBS.has(verbBefore)) return null;
  // "The Asian drivers stereotype is rubbish": the group names a stereotype, which is the subject judged
  if (['stereotype', 'stereotypes', 'trope', 'tropes', 'myth', 'myths', 'cliche', 'cliché', 'jokes'].includes(tokens[g.to + 1]?.w ?? '')) return null;
  // "Some stories about immigrants are full of lies": the group is what the subject is about, not the subject
  if (before === 'about' && !implicit) return null;
  // "Planning a wedding with my Hindu in-laws is a nightmare", "dealing with my Muslim landlord is a headache": an activity
  // is the subject, the group only takes part in it
  {
    // (one's own people only: "working with Muslims is a nightmare" still generalises)
    const own = ['my', 'our', 'his', 'her', 'their'].includes(tokens[g.from - 1]?.w ?? '');
    const [cs] = clauseBounds(tokens, g.from);
    if (!implicit && own && ['with', 'for', 'to', 'around', 'alongside'].includes(tokens[g.from - 2]?.w ?? '') && /^[a-z]{3,}ing$/.test(tokens[cs]?.w ?? '') && g.from - 2 > cs) return null;
  }
  // "Attacks on Muslims sicken me": the attacks are the subject, the group is where they land
  if (['on', 'against', 'toward', 'towards'].includes(before) && ANTI_NOUNS.has(tokens[g.from - 2]?.w ?? '')) return null;
  // "The way they treat disabled people is an affront": the group is the object of what is judged
  if (TREATMENT_VERBS.has(before) && !implicit) return null;
  const r = readPredicate(tokens, experienced(tokens, g), implicit, negatedSubject, implicit ? before : '');
  if (!r || r.kind === 'negated-attack') return null;
  // "I've never met a refugee who wasn't grateful": a denial of ever meeting a member without the merit says every member has it
  if (r.kind === 'negated-positive' && ['who', 'that'].includes(tokens[g.to + 1]?.w ?? '') && tokens.slice(Math.max(0, g.from - 5), g.from).some((t, n, a) => ['never', 'not'].includes(t.w) && a.slice(n + 1).some((x) => MET.has(x.w)))) return null;
  // "Trans women are not men (in dresses)", "trans men aren't women": the gender they are not is the one they left
  if (r.kind === 'negated-positive' && ((['men', 'man'].includes(r.head) && ['women', 'woman', 'girls', 'girl'].includes(tokens[g.to]?.w ?? '')) || (['women', 'woman'].includes(r.head) && ['men', 'man', 'boys', 'boy'].includes(tokens[g.to]?.w ?? ''))) && g.characteristic === 'gender-identity') return null;
  // "Immigrants who commit violent crimes should be deported", "women who cheat are the worst": the predicate lands on
  // those a wrong picks out, not on the group (violence called for on them still counts: "... should be stoned to death")
  if (wrongdoerClause(tokens, g.to + 1) && !(r.kind === 'exclusion' && BODILY_HARMS.has(r.head))) return null;
  // "It makes me furious that [group] still have worse outcomes": an injustice lamented on their behalf
  if (before === 'that' && lamentedInjustice(tokens.map((t) => t.w))) return null;
  // "the Pride parade was loud", "the mosque is so noisy": what a place or an event sounds or feels like, not its people
  if (r.kind === 'generalisation' && SENSED.has(r.head) && PLACES_AND_EVENTS.has(tokens[g.to]?.w ?? '')) return null;
  // "the Christchurch mosque attacks killed 51": the place names the attack on it, which is the subject
  if (PLACES_AND_EVENTS.has(tokens[g.to]?.w ?? '') && ['attack', 'attacks', 'shooting', 'shootings', 'bombing', 'bombings', 'massacre', 'fire', 'arson', 'siege', 'raid', 'raids'].includes(tokens[g.to + 1]?.w ?? '')) return null;
  // "How many more disabled people have to die waiting for benefits?": a lament counting victims, not a call
  if (r.kind === 'exclusion' && tokens[0]?.w === 'how' && tokens[1]?.w === 'many') return null;
  // "Why are [group] not allowed to work?" questions an exclusion, it does not call for one
  if (r.head === 'allowed' && implicit && tokens[0]?.w === 'why') return null;
  if (r.kind === 'positive') {
    // "I don't think my gay brother should be allowed to pick the music": one relative, not the group
    if (['my', 'our', 'your'].includes(tokens[g.from - 1]?.w ?? '') && ONE_RELATIVE.has(tokens[g.to]?.w ?? '')) return null;
    // "I don't think [group] are intelligent": denying a positive opinion is the attack
    const denial = negatedOpinion(tokens, g.from);
    if (!denial || !/negated opinion|denied/.test(denial.reason)) return null;
    return { from: Math.max(0, g.from - 4), to: r.end, group: g, kind: 'negated-positive', what: `${denial.reason.replace(/ \(.*$/, '')} + '${r.head}'`, person: false, denial: true };
  }
  return { from: implicit ? g.from - 1 : g.from, to: r.end, group: g, kind: r.kind, what: r.head, person: false };
}

/** Harms to the body, which a wrong done does not excuse. */
const BODILY_HARMS = new Set(['acid thrown', 'killed', 'stoned', 'whipped', 'flogged', 'shot', 'hanged', 'hung', 'beaten', 'castrated', 'burned', 'burnt', 'lynched', 'executed', 'tortured', 'stabbed', 'beheaded', 'gassed', 'murdered', 'drowned', 'raped']);

/** Words in a relative clause that pick out wrongdoers among a group: "who commit crimes", "who break the law". */
const WRONG_CLAUSE = new Set(['commit', 'commits', 'committed', 'break', 'breaks', 'broke', 'overstay', 'overstays', 'overstayed', 'illegally', 'convicted', 'violent', 'steal', 'steals', 'stole', 'cheat', 'cheats', 'cheated', 'drugs', 'catcall', 'catcalls', 'grope', 'gropes', 'stalk', 'stalks', 'harass', 'harasses', 'scam', 'scams']);

/** Is the relative clause at j ("who ..." up to the main verb) about a wrong its members do? */
function wrongdoerClause(tokens: readonly Token[], j: number): boolean {
  if (!['who', 'that'].includes(tokens[j]?.w ?? '')) return false;
  for (let k = j + 1; k < Math.min(tokens.length, j + 9); k++) {
    const w = (tokens[k] as Token).w;
    if (CLAUSE_BREAK.has(w) || ['are', 'is', 'should', 'must', 'will', 'deserve', 'deserves', 'need', 'needs', 'can', 'ought'].includes(w)) return false;
    if (WRONGS.has(w) || WRONG_CLAUSE.has(w) || CRIME_NOUNS.has(w) || CRIME_VERBS.has(w) || CRIME_VERBS.has(w.replace(/s$/, ''))) return true;
  }
  return false;
}

/** Verbs of meeting a group: "every Roma I've met", "all the trans people I know". */
const MET = new Set(['met', 'meet', 'know', 'known', 'knew', 'seen', 'see', 'hired', 'dated', 'had', 'encountered', 'worked', 'dealt', 'lived', 'taught', 'managed', 'employed']);

/**
 * Where the predicate of a quantified group starts, past a relative clause of the writer's experience: "every Roma
 * I've met has tried to rob me", "all the trans people I know are ...". Only after "every / all / each / any", so the
 * experience generalises.
 */
function experienced(tokens: readonly Token[], g: GroupMention): number {
  let j = g.to + 1;
  const q = tokens[g.from - 1]?.w ?? '';
  if (!['every', 'all', 'each', 'any', 'the'].includes(q) || (q === 'the' && tokens[g.from - 2]?.w !== 'all')) return pastLocative(tokens, j);
  if (['that', 'who', 'whom'].includes(tokens[j]?.w ?? '')) j++;
  if (!['i', 'we'].includes(tokens[j]?.w ?? '')) return pastLocative(tokens, g.to + 1);
  j++;
  while (['have', 'has', 'had', 'ever', 'would', 'personally', 'actually', 'really', 've'].includes(tokens[j]?.w ?? '')) j++;
  if (!MET.has(tokens[j]?.w ?? '')) return g.to + 1;
  j++;
  if (['with', 'in', 'at', 'near', 'next', 'to', 'for', 'under'].includes(tokens[j]?.w ?? '')) j++;
  if (['my', 'our', 'real'].includes(tokens[j]?.w ?? '') && tokens[j + 1]?.w === 'life') j += 2;
  return j;
}

const LOCAL_PLACES = new Set(['town', 'city', 'country', 'area', 'street', 'road', 'building', 'office', 'class', 'neighbourhood', 'neighborhood', 'block', 'school', 'village', 'estate']);
/**
 * Past where the group lives, to its predicate: "the Pakistani family next door are ...", "every Somali in this town
 * is ...", "the Romanians down the road ...". Only these short places, so no clause is skipped.
 */
function pastLocative(tokens: readonly Token[], j: number): number {
  const w = tokens[j]?.w ?? '';
  const n = tokens[j + 1]?.w ?? '';
  if (w === 'next' && n === 'door') return j + 2;
  if (['downstairs', 'upstairs', 'nearby'].includes(w)) return j + 1;
  if (w === 'around' && n === 'here') return j + 2;
  if (['in', 'on', 'down', 'across', 'up'].includes(w) && ['this', 'my', 'our', 'the', 'that'].includes(n) && LOCAL_PLACES.has(tokens[j + 2]?.w ?? '')) return j + 3;
  return j;
}

/** Skips fillers after a subject: "[group] (all) (just) ...". */
function skipFill(tokens: readonly Token[], i: number): number {
  let j = i;
  while (['all', 'just', 'even', 'still', 'ever', 'really', 'simply', 'ever', 'each', 'every', 'one'].includes(tokens[j]?.w ?? '')) j++;
  return j;
}

/** "Why are [group] allowed near children?", "How are [group] even allowed here?": a rhetorical call to exclude. */
function allowedQuestion(tokens: readonly Token[], g: GroupMention, implicit: boolean): Attack | null {
  const first = tokens[0]?.w ?? '';
  if (!implicit || (first !== 'why' && first !== 'how') || tokens[tokens.length - 1]?.w !== '?') return null;
  const j = skipFill(tokens, g.to + 1);
  if (tokens[j]?.w !== 'allowed' || tokens.some((t) => NEGATORS.has(t.w))) return null;
  const hedged = tokens.slice(g.to + 1, j).some((t) => t.w === 'even' || t.w === 'still');
  if (first === 'how' && !hedged) return null;
  return { from: 0, to: j, group: g, kind: 'exclusion', what: `${first} ... allowed?`, person: false };
}

/** Rights and roles whose doubting questions deny a group its place: "should women be allowed to vote?". */
const BASIC_RIGHTS = new Set(['vote', 'drive', 'adopt', 'teach', 'children', 'kids', 'lead', 'parent', 'parents', 'raise', 'exist', 'breed']);
/** What a stereotype question pairs a group with: "what is it with [group] and money / bad driving?" */
const STEREOTYPE_TOPICS = new Set(['money', 'crime', 'violence', 'terrorism', 'bombs', 'drama', 'driving', 'smell', 'noise', 'welfare', 'benefits', 'stealing', 'lying', 'cheating', 'attitude', 'complaining', 'whining', 'greed', 'knives', 'guns', 'gangs', 'drugs', 'scams', 'begging', 'bombing', 'fraud']);
const DOUBT_HEDGES = new Set(['really', 'even', 'ever', 'seriously', 'actually', 'honestly', 'truly']);
/** Roles a hedged "should [group] really be ...?" questions (not a place or a state: "should disabled people really be in poverty?"). */
const QUESTIONED_ROLES = new Set(['teaching', 'coaching', 'running', 'leading', 'raising', 'adopting', 'fostering', 'babysitting', 'managing', 'governing', 'teachers', 'doctors', 'pilots', 'parents', 'nurses', 'coaches', 'leaders', 'judges', 'soldiers', 'police']);
/** Verbs of what the writer would not "let" a group do: "why should we let [group] ..." (not "... starve", "... suffer"). */
const HARMS_SUFFERED = new Set(['starve', 'suffer', 'die', 'drown', 'freeze', 'struggle', 'fall', 'down', 'go', 'sleep', 'wait', 'be']);
/** Condescending "when will [group] learn/stop/grow up ..." (not "when will [group] stop being harassed"). */
const LESSONS = new Set(['learn', 'stop', 'grow', 'realise', 'realize', 'understand', 'accept', 'shut', 'quit', 'figure']);
const VICTIM_WORDS = new Set(['harassed', 'underpaid', 'discriminated', 'ignored', 'excluded', 'abused', 'killed', 'attacked', 'targeted', 'bullied', 'mistreated', 'oppressed', 'persecuted', 'deported', 'detained', 'exploited', 'dying', 'suffering', 'afraid', 'scared']);
/** What may follow the group in "how can you trust [group] ...?": the end of the question, or what they are trusted with. */
const TRUST_ENDS = new Set(['?', 'with', 'around', 'near', 'ever', 'again', 'at', 'anymore', 'these', 'now']);
const HANDOUTS = new Set(['welfare', 'benefits', 'handouts', 'dole', 'stamps', 'freebies']);

/** A literal lack of room: seats, capacity, a league of another group. */
const LITERAL_ROOM = new Set(['full', 'seats', 'seat', 'capacity', 'booked', 'league', 'sorry', 'left', 'bus', 'train', 'car', 'van', 'ward', 'shelter', 'beds', 'sadly', 'unfortunately', 'boat', 'plane', 'lift', 'lifts', 'design', 'designs', 'told', 'ruled', 'rules', 'documentary', 'forgot', 'scandal', 'history', 'changed']);
/** Seats and posts a "why bother" question withholds: "why bother hiring / interviewing / promoting [group]?" */
const BOTHER_GIVING = new Set(['hiring', 'interviewing', 'employing', 'promoting', 'teaching', 'training', 'educating', 'inviting', 'including', 'accepting', 'admitting', 'recruiting', 'considering', 'mentoring']);
/** Merits a doubting "ever" question denies: "can [group] ever think for themselves / earn / integrate?" */
// (not "learn", "work", "lead", "earn" or "pay": "can autistic kids ever learn to swim?", "will women ever earn as much as men?"
// ask about chances and pay as often as they doubt)
const EVER_MERITS = new Set(['think', 'contribute', 'integrate', 'assimilate', 'behave', 'produce', 'invent', 'govern', 'reason']);
const EVER_DUTIES = new Set(['earn', 'pay', 'learn', 'lead', 'work', 'achieve', 'succeed', 'understand']);

/**
 * Questions that doubt a group's right, trust or competence, or ask after a stereotype:
 * "Should gay people really be allowed near children?", "Can a Muslim ever be trusted?", "Why should we let
 * [group] work here?", "What is it with [group] and ...?", "When will [group] learn to ...?", "Why is every
 * [group] on welfare?", "Are [group] even capable of ...?". Good-faith questions name a harm the group suffers
 * ("... let refugees starve?", "when will women stop being underpaid?") or carry no hedge ("should refugees be
 * allowed to work while they wait?"), and are left alone.
 */
function doubtingQuestion(tokens: readonly Token[], g: GroupMention): Attack | null {
  if (tokens[tokens.length - 1]?.w !== '?' || tokens.some((t) => VICTIM_WORDS.has(t.w))) return null;
  const first = tokens[0]?.w ?? '';
  const second = tokens[1]?.w ?? '';
  const after = tokens.slice(g.to + 1).map((t) => t.w);
  const hedged = after.slice(0, 3).some((w) => DOUBT_HEDGES.has(w));
  const hit = (what: string, kind: Attack['kind'] = 'derogation'): Attack => ({ from: 0, to: tokens.length - 2, group: g, kind, what, person: false });
  // "Should [group] (really) be allowed to vote / near children?", "Can a Muslim ever be trusted?"
  if (['should', 'can', 'could'].includes(first) && g.from <= 2) {
    const be = after.findIndex((w, k) => w === 'be' && k <= 3);
    const verb = be >= 0 ? after[be + 1] : undefined;
    if (verb === 'trusted' && hedged) return hit('trust questioned');
    if (verb === 'allowed' && (hedged || after.slice(be + 2, be + 6).some((w) => BASIC_RIGHTS.has(w)))) return hit('right questioned', 'exclusion');
    // "Should lesbians really be teaching PE?", "can a woman ever really be a good engineer?"
    if (hedged && be >= 0 && first === 'should' && QUESTIONED_ROLES.has(verb ?? '')) return hit('role questioned', 'exclusion');
    if (hedged && be >= 0 && first !== 'should' && ['good', 'real', 'proper', 'decent', 'competent', 'great', 'successful'].includes(verb === 'a' || verb === 'an' ? after[be + 2] ?? '' : '')) return hit('competence questioned', 'negated-positive');
  }
  // "Can Christians ever think for themselves?", "do women ever actually earn their promotions?": a merit asked after with
  // "ever", as if never seen ("can women ever get a fair deal?" asks about their treatment, and "get" is no merit)
  if (['can', 'could', 'do', 'does', 'will'].includes(first) && g.from <= 2) {
    let k = 0;
    while (['ever', 'actually', 'really', 'truly', 'even'].includes(after[k] ?? '')) k++;
    // ("do women ever lead in this company?" asks who holds the posts here)
    // (an obstacle named after it blames the obstacle: "will immigrants ever integrate if we keep cutting language classes?")
    const rest = after.slice(k + 1);
    const obstacle = rest.some((x) => ['if', 'when', 'given', 'unless', 'while', 'without', 'rate'].includes(x));
    // (the everyday verbs only with a duty or a whole: "earn their promotions", "pay their taxes", "learn anything new",
    // "work for what they get"; "earn as much as men", "pay less tax than" compare, and are left alone)
    const duty = EVER_DUTIES.has(after[k] ?? '') && (['their', 'anything', 'for'].includes(rest[0] ?? '') || rest.some((x) => ['properly', 'correctly', 'competently'].includes(x))) && !rest.some((x) => ['as', 'than', 'enough', 'same', 'less', 'more'].includes(x));
    const merit = duty || (EVER_MERITS.has(after[k] ?? '') && (after[k] !== 'think' || (rest[0] === 'for' && rest[1] === 'themselves')));
    if (after.slice(0, k).includes('ever') && merit && !obstacle && !['in', 'at', 'here', 'on', 'around'].includes(after[k + 1] ?? '')) return hit('merit doubted', 'negated-positive');
  }
  // "How can you trust a Jew with your money?", "how could anyone trust Arabs?". The group ends the question (or is
  // trusted "with" something): "how can you respect gay people and still vote against their rights?" faults the voter
  if (first === 'how' && ['can', 'could', 'do'].includes(second) && ['you', 'we', 'anyone', 'i', 'anybody', 'people'].includes(tokens[2]?.w ?? '') && ['trust', 'believe', 'respect', 'like'].includes(tokens[3]?.w ?? '') && g.from >= 4 && g.from <= 6 && TRUST_ENDS.has(after[0] ?? '?')) return hit('trust questioned');
  // "Why should we let [group] work here?", "why would anyone hire/let [group] ..."
  if (first === 'why' && ['should', 'would', 'must'].includes(second) && g.from >= 3 && g.from <= 6) {
    const letAt = tokens.slice(2, g.from).findIndex((t) => ['let', 'allow', 'hire', 'trust', 'accept', 'tolerate'].includes(t.w));
    // the group is what is let in or tolerated, not a word further on ("why should we tolerate racism against immigrants?")
    const object = letAt >= 0 && tokens.slice(2 + letAt + 1, g.from).every((t) => GROUP_DETERMINERS.has(t.w));
    if (object && !HARMS_SUFFERED.has(after[0] ?? '') && !unequalAfter(tokens, g.to)) return hit('permission questioned', 'exclusion');
  }
  // "Why do we even bother interviewing anyone over 50?", "why bother hiring women?": the group not worth the effort
  // (a chosen seat or post, not help: "why do I even bother helping refugees if the council won't?" is a volunteer's fatigue)
  // (an "if" or "when" clause that blames someone else passes: "why bother hiring women if you won't give them flexible
  // hours?"; one that blames the group keeps the attack: "... when they just leave")
  const cond = after.findIndex((x) => x === 'if' || x === 'when');
  const blamesOthers = cond >= 0 && !['they', 'theyre', 'she', 'he', 'them'].includes(after[cond + 1] ?? '');
  if (first === 'why' && !blamesOthers && g.from >= 3 && tokens[g.from - 2]?.w === 'bother' && BOTHER_GIVING.has(tokens[g.from - 1]?.w ?? '')) return hit('not worth the bother', 'exclusion');
  if (first === 'why' && !blamesOthers && g.from >= 4 && tokens[g.from - 3]?.w === 'bother' && BOTHER_GIVING.has(tokens[g.from - 2]?.w ?? '') && GROUP_DETERMINERS.has(tokens[g.from - 1]?.w ?? '')) return hit('not worth the bother', 'exclusion');
  // "Why do old people still get to vote?"
  if (first === 'why' && ['do', 'does'].includes(second) && g.from === 2 && after[0] === 'still' && after[1] === 'get' && after[2] === 'to') return hit('right questioned', 'exclusion');
  // "What is it with [group] and ...?", "What's with [group] and ...?"
  if (first === 'what' && ((second === 'is' && tokens[2]?.w === 'it' && ['with', 'about'].includes(tokens[3]?.w ?? '') && g.from === 4) || (second === 'is' && tokens[2]?.w === 'with' && g.from === 3)) && after[0] === 'and' && after.slice(1).some((w) => STEREOTYPE_TOPICS.has(w) || NEGATIVE_ATTRIBUTES.has(w))) return hit('stereotype asked after', 'stereotype');
  // "When will [group] learn to ...?", "When are [group] going to stop ...?"
  if (first === 'when' && ['will', 'are', 'do', 'does', 'is'].includes(second) && g.from === 2) {
    const k = after[0] === 'going' && after[1] === 'to' ? 2 : 0;
    // "when will [group] stop whining?" (not "... stop being harassed", "... stop playing the waiting game with the council?")
    if (LESSONS.has(after[k] ?? '') && !(after[k] === 'stop' && (after[k + 1] ?? '').endsWith('ing') && !harmGerund(after, k + 1))) return hit('condescension');
  }
  // "Why is every [group] on welfare?", "why are all [group] on benefits?"
  if (first === 'why' && after[0] === 'on' && HANDOUTS.has(after[1] ?? after[0] ?? '') || (first === 'why' && after[0] === 'on' && after[1] === 'food' && after[2] === 'stamps')) return hit('stereotype asked after', 'stereotype');
  // "Are [group] even capable of ...?", "Is a woman really able to ...?"
  if (['are', 'is', 'can'].includes(first) && g.from <= 2 && (after.slice(0, 3).includes('capable') || (hedged && after.slice(0, 4).some((w) => w === 'able' || w === 'smart' || w === 'intelligent')))) return hit('competence questioned', 'negated-positive');
  return null;
}

/**
 * "We don't need immigrants", "Nobody needs gay people", "The world doesn't need more Muslims": the group declared
 * surplus. Not when a purpose follows ("we don't need women to prove anything", "... for this role").
 */
function notNeeded(tokens: readonly Token[], g: GroupMention): Attack | null {
  let k = g.from - 1;
  if (['more', 'any', 'the', 'these', 'those', 'another'].includes(tokens[k]?.w ?? '')) k--;
  if (!['need', 'needs', 'want', 'wants'].includes(tokens[k]?.w ?? '')) return null;
  const before = tokens.slice(Math.max(0, k - 3), k).map((t) => t.w);
  const denied = before.includes('not') || ['nobody', 'no'].includes(before[before.length - 1] ?? '') || (before[before.length - 1] === 'one' && before[before.length - 2] === 'no');
  const after = tokens[g.to + 1]?.w ?? '.';
  // a purpose or a state after the group ("... to prove anything", "... suffering in silence") is no verdict on it
  if (!denied || ['to', 'for', 'as', 'with', 'who', 'that', 'being', 'getting'].includes(after) || /^[a-z]+ing$/.test(after) || tokens.slice(0, k).some((t) => t.w === 'if' || t.w === '?')) return null;
  return { from: Math.max(0, k - 3), to: g.to, group: g, kind: 'exclusion', what: 'declared not needed', person: false };
}

/** Harm done that narrows a group to its wrongdoers: "men who hit women", "anyone who bullies". */
const WRONGS = new Set(['hit', 'hits', 'beat', 'beats', 'abuse', 'abuses', 'rape', 'rapes', 'harass', 'harasses', 'cheat', 'cheats', 'hurt', 'hurts', 'attack', 'attacks', 'assault', 'assaults', 'bully', 'bullies', 'kill', 'kills', 'stalk', 'stalks', 'prey', 'preys', 'molest', 'molests', 'groom', 'grooms', 'exploit', 'exploits']);
/** Verbs of liking or trust whose denial by the writer is aversion to a group: "I just don't like [group]". */
const REGARD_VERBS = new Set(['like', 'trust', 'stand', 'bear', 'tolerate', 'respect', 'want', 'care', 'stomach']);
/** "I'm wary of / not a fan of / uncomfortable around [group]": the words before the group that say so. */
const AVERSE_BEFORE: readonly (readonly string[])[] = [
  ['not', 'a', 'fan', 'of'], ['wary', 'of'], ['suspicious', 'of'], ['uncomfortable', 'around'], ['uncomfortable', 'with'], ['scared', 'of'],
  ['afraid', 'of'], ['sick', 'of'], ['tired', 'of'], ['done', 'with'], ['fed', 'up', 'with'], ['disgusted', 'by'], ['creeped', 'out', 'by'],
  ['weirded', 'out', 'by'], ['put', 'off', 'by'], ['repulsed', 'by'], ['see', 'the', 'point', 'of'], ['avoid'], ['avoiding'], ['steer', 'clear', 'of'],
  ['zero', 'tolerance', 'for'], ['no', 'patience', 'for'], ['contempt', 'for'], ['resent'], ['bear', 'being', 'around'], ['stand', 'being', 'around'],
  ['annoyed', 'by'], ['irritated', 'by'], ['allergic', 'to'], ['cringe', 'at'], ['resent', 'being', 'around'], ['hate', 'being', 'around'],
  ['terrified', 'of'], ['frightened', 'of'], ['nothing', 'to', 'do', 'with'], ['so', 'over'], ['sick', 'around'], ['ill', 'around'],
];
/** The words AVERSE_AFTER starts from, read before joining the rest of the sentence. */
const AVERSE_AFTER_CUES = new Set(['get', 'gets', 'got', 'getting', 'drive', 'drives', 'make', 'makes', 'annoy', 'annoys', 'irritate', 'irritates', 'bother', 'bothers', 'piss', 'pisses', 'tick', 'ticks', 'wind', 'winds']);
/** What a group is said to do to the writer's nerves or stomach: "[group] get on my nerves", "... make me want to vomit". */
const AVERSE_AFTER = /^(?:really |honestly |just |all |so )?(?:get|gets|got|getting) on my (?:nerves|tits|wick)\b|^(?:really |honestly |just |all |so )?(?:piss|pisses|tick|ticks|wind|winds) me (?:off|up)\b|^(?:really |honestly |just |all )?(?:drive|drives) me (?:mad|crazy|nuts|insane|up the wall)\b|^(?:\w+ ){0,3}(?:make|makes) me (?:want to (?:vomit|puke|throw up|hurl)|(?:physically )?(?:ill|nauseous|gag))\b|^(?:annoy|annoys|irritate|irritates|bother|bothers) (?:the (?:hell|shit|crap|life) )?out of me\b/;
/** What a group "does to" the writer: "[group] annoy me", "[group] creep me out". */
const AVERSE_VERBS = new Set(['annoy', 'annoys', 'irritate', 'irritates', 'bother', 'bothers', 'creep', 'creeps', 'scare', 'scares', 'disgust', 'disgusts', 'repulse', 'repulses', 'unsettle', 'unsettles', 'frighten', 'frightens', 'revolt', 'revolts', 'infuriate', 'infuriates', 'enrage', 'enrages', 'sicken', 'sickens', 'nauseate', 'nauseates', 'appal', 'appals', 'appall', 'appalls']);
const FIRST_PERSON_SUBJECTS = new Set(['i', 'we', 'me', 'am']);
const PHRASE_END_AFTER_GROUP = new Set(['and', 'or', 'but', 'here', 'at', 'in', 'anymore', 'either', 'honestly', 'lol', 'tbh', 'much', 'very', 'all', 'around', 'near', 'though', 'tho', 'really', 'anyway', 'personally', 'one', 'bit']);

/**
 * The writer's aversion to a group: "I just don't like [group]", "I'm wary of [group]", "[group] annoy me",
 * "something about [group] rubs me the wrong way", "[group] are fine, just not in my neighbourhood", "nothing against
 * [group], but I wouldn't rent to one", "[group] are just not my kind of people". A harm or state after the group
 * ("I'm tired of women being underpaid", "I don't like refugees sleeping rough") is sympathy, and is left alone.
 */
function aversion(tokens: readonly Token[], g: GroupMention): Attack | null {
  const hit = (from: number, to: number, kind: AttackKind, what: string): Attack => ({ from: Math.max(0, from), to: Math.min(tokens.length - 1, to), group: g, kind, what, person: false });
  const after = tokens[g.to + 1]?.w ?? '.';
  // the group must end its phrase ("not a fan of women-only events" is about events)
  const ends = tokens[g.to + 1] === undefined || (tokens[g.to + 1] as Token).punct || PHRASE_END_AFTER_GROUP.has(after);
  const sympathy = !ends || /^[a-z]+ing$/.test(after) || ['to', 'who', 'that', 'when', 'if'].includes(after);
  const before = (n: number): string => tokens[g.from - n]?.w ?? '';
  // "I (just) don't like / trust [group]"
  if (!sympathy && REGARD_VERBS.has(before(1)) && NEGATORS.has(before(2)) && tokens.slice(Math.max(0, g.from - 6), g.from - 2).some((t) => FIRST_PERSON_SUBJECTS.has(t.w))) {
    return hit(g.from - 2, g.to, 'derogation', `aversion ('not ${before(1)}')`);
  }
  // "I'm wary of [group]", "I avoid [group]", "I don't see the point of [group]"
  if (!sympathy) {
    for (const phrase of AVERSE_BEFORE) {
      const at = g.from - phrase.length;
      if (at < 0 || !phrase.every((w, i) => tokens[at + i]?.w === w)) continue;
      const lead = tokens.slice(Math.max(0, at - 4), at).map((t) => t.w);
      // (or said with the subject dropped, at the start: "Can't bear being around [group]", "Zero tolerance for [group]")
      const dropped = lead.length === 0 || (at <= 2 && lead.every((w) => ['can', 'not', 'cannot', 'really', 'honestly', 'just'].includes(w)));
      if (!lead.some((w) => FIRST_PERSON_SUBJECTS.has(w)) && !dropped) continue;
      // ("I'm not scared of Black men": the aversion denied; "can't bear / stand being around", "don't see the point of" need it)
      if (lead.slice(-2).some((w) => NEGATORS.has(w)) && !['bear', 'stand', 'see'].includes(phrase[0] ?? '')) continue;
      // "I'm not scared of women leading" is sympathy; "I'm afraid of [group]" without a reason is prejudice
      return hit(at, g.to, 'derogation', `aversion ('${phrase.join(' ')}')`);
    }
  }
  // "[group] annoy me", "[group] creep me out"
  const v = tokens[g.to + 1]?.w ?? '';
  const v2 = ['just', 'really', 'honestly', 'kind', 'kinda', 'all'].includes(v) ? tokens[g.to + 2]?.w ?? '' : v;
  const vi = v2 === v ? g.to + 1 : g.to + 2;
  // ("attacks on Muslims sicken me": what is done to them is what the writer feels about; "everything about [group]" is them)
  if (AVERSE_VERBS.has(v2) && ['me', 'us'].includes(tokens[vi + 1]?.w ?? '') && !(DONE_TO.has(tokens[g.from - 1]?.w ?? '') && tokens[g.from - 1]?.w !== 'about')) return hit(g.from, vi + 1, 'derogation', `aversion ('${v2} me')`);
  // "[group] get on my nerves", "[group] annoy the hell out of me", "seeing [group] kiss makes me want to vomit"
  if (tokens.slice(g.to + 1, g.to + 6).some((t) => AVERSE_AFTER_CUES.has(t.w))) {
    const rest = tokens.slice(g.to + 1, g.to + 10).map((t) => t.w).join(' ');
    const m = AVERSE_AFTER.exec(rest);
    const seen = ['seeing', 'watching', 'sight'].includes(before(1)) || ['seeing', 'watching', 'sight'].includes(before(2)) || ['seeing', 'watching', 'sight'].includes(before(3));
    if (m && (!/^(?:\w+ ){0,3}(?:make|makes) me/.test(m[0]) || seen || m[0].startsWith('make'))) return hit(seen ? g.from - 2 : g.from, g.to + m[0].split(' ').length, 'derogation', `aversion ('${m[0]}')`);
  }
  // strong feeling said about the group: "[group] make my blood boil", "nothing disgusts me more than [group]", "every time
  // I see a [member] I feel sick", "I despise everything about [group]", "[group], I hate every single one of you"
  const felt = feltAbout(tokens, g);
  if (felt) return hit(felt[0], felt[1], 'derogation', `hostile feeling ('${felt[2]}')`);
  // "something about [group] (just) rubs me the wrong way / creeps me out"
  if (before(1) === 'about' && before(2) === 'something') {
    const rest = tokens.slice(g.to + 1, g.to + 7).map((t) => t.w).join(' ');
    if (/\b(rubs me the wrong way|creeps me out|bothers me|is off|is not right|feels off)\b/.test(rest)) return hit(g.from - 2, g.to + 1, 'derogation', 'aversion (something about ...)');
  }
  // "[group] are fine, just not in my neighbourhood"
  if (['are', 'is'].includes(after) && ['fine', 'ok', 'okay', 'alright'].includes(tokens[g.to + 2]?.w ?? '')) {
    const rest = tokens.slice(g.to + 3, g.to + 9).map((t) => t.w);
    const not = rest.indexOf('not');
    if (not >= 0 && ['in', 'near', 'around', 'next'].includes(rest[not + 1] ?? '') && rest.slice(not + 1).some((w) => ['my', 'our'].includes(w))) return hit(g.from, g.to + 3 + not + 2, 'exclusion', 'not in my backyard');
  }
  // "nothing against [group], but I wouldn't rent to one"
  if (before(1) === 'against' && before(2) === 'nothing') {
    const b = tokens.findIndex((t, j) => j > g.to && t.w === 'but');
    if (b > 0 && tokens.slice(b + 1, b + 6).some((t) => NEGATORS.has(t.w) || t.w === 'never') && tokens.slice(b + 1, b + 8).some((t) => POSITIVE_OBJECT_VERBS.has(t.w) || ['live', 'rent', 'sell', 'want'].includes(t.w))) {
      return hit(g.from - 2, Math.min(tokens.length - 2, b + 7), 'exclusion', "'nothing against ..., but' refusal");
    }
  }
  // "[group] are just not my kind of people"
  if (['are', 'is'].includes(after)) {
    const rest = tokens.slice(g.to + 2, g.to + 8).map((t) => t.w).join(' ');
    if (/^(just |really |simply )?not (my|our) (kind|sort|type) of (people|person|folk)/.test(rest)) return hit(g.from, g.to + 6, 'derogation', "othering ('not my kind of people')");
  }
  return null;
}

/** What an "anti-[group]" phrase names: "anti-Muslim attacks", "the anti-trans MP". */
const ANTI_NOUNS = new Set(['attacks', 'attack', 'hate', 'violence', 'crimes', 'crime', 'sentiment', 'bigotry', 'racism', 'laws', 'law', 'bills', 'bill', 'rhetoric', 'groups', 'group', 'activists', 'mp', 'mps', 'politicians', 'politician', 'campaign', 'campaigners', 'protesters', 'protests', 'marches', 'propaganda', 'graffiti', 'slurs', 'abuse', 'incidents', 'legislation', 'discrimination', 'prejudice', 'riots', 'mob', 'policies', 'policy']);

/** Feelings of hostility a writer reports about a group, read with the group's name as GRP. */
const FELT: readonly RegExp[] = [
  /\bGRP (?:\w+ ){0,3}(?:make|makes|made) (?:me|us) (?:so |really |feel |fucking |physically |just )?(?:angry|furious|sick|ill|mad|nauseous|uneasy|livid|cringe|nervous|miserable|anxious|uncomfortable|disgusted|queasy|gag|want to (?:vomit|puke|scream|punch|gag|throw up|move|leave|emigrate|cry))\b|\bGRP (?:\w+ )?(?:make|makes) my (?:blood boil|skin crawl|stomach turn|life (?:miserable|hell|a misery|a living hell))\b|\bGRP (?:\w+ )?(?:fill|fills) me with (?:rage|disgust|hatred|anger|loathing|contempt|dread|revulsion|fury)\b/,
  // "[group] give me the ick", "rub me the wrong way", "are exhausting to be around", "are a pain to deal with", "put me on edge"
  /\bGRP (?:\w+ )?(?:give|gives) me the (?:ick|creeps|chills|heebie jeebies|shivers)\b|\bGRP (?:\w+ )?(?:rub|rubs) me (?:up )?the wrong way\b|\bGRP (?:are|is) (?:so |just |really |honestly )?(?:exhausting|draining|tiresome) (?:to be around|to deal with|to work with|to talk to)\b|\bGRP (?:are|is) (?:such |just |always )?a (?:real |total |massive |royal |huge )?pain (?:to deal with|to be around|to work with|in the (?:ass|arse|neck|backside))\b/,
  /\b(?:being|standing|sitting|living) (?:anywhere )?(?:around|near|next to|with) (?:a |an |some )?GRP (?:\w+ ){0,2}(?:puts|put) me on edge\b|\bbeing (?:anywhere )?(?:around|near|next to) (?:a |an |some )?GRP (?:\w+ ){0,2}(?:fills|fill) me with (?:\w+ )?(?:disgust|revulsion|loathing|hatred|dread|rage)\b|\bi can not (?:bear|stand|stomach) being (?:in the same room as|near|around|next to) (?:a |an |some )?GRP\b/,
  /\bi (?:physically |literally |instinctively )?(?:recoil|cringe|shudder|flinch|gag|wince)(?: inside)? (?:when|whenever|every time|at the sight of) (?:a |an |some |two |those |these )?GRP\b|\bi get a knot in my stomach (?:when|whenever|every time) (?:i see )?(?:a |an |some )?GRP\b/,
  /\b(?:i have |i )?had it up to here with GRP\b|\bi hate the sight of GRP\b|\bi feel (?:dirty|sick|gross|unclean|disgusting|disgusted) after (?:talking to|touching|meeting|being around|shaking hands with) (?:a |an |some )?GRP\b/,
  /\bthe (?:thought|idea|sight) of (?:a |an |two |some )?GRP (?:\S+ ){0,4}(?:makes|make) me (?:want to )?(?:gag|sick|vomit|puke|ill|shudder|cringe|throw up)\b|\bnothing is more (?:irritating|annoying|disgusting|infuriating|grating) than (?:a |an |some )?GRP\b|\bevery time (?:a|an) GRP opens (?:his|her|their) mouth\b/,
  /\bnothing (?:disgusts|annoys|angers|sickens|irritates|bothers|repulses) me more than (?:\w+ )?GRP\b/,
  /\b(?:every time|whenever|when) i (?:see|hear|meet) (?:a |an |some |those |these )?GRP\b(?:[^.!?]*?)\b(?:i (?:feel|get) (?:sick|angry|ill|nauseous|so angry|furious|disgusted)|i want to (?:vomit|puke|scream|punch))\b|\bi (?:get|feel) (?:so |really )?(?:angry|furious|sick|disgusted|enraged) (?:when|whenever|every time) i (?:see|hear) (?:a |an |some |those |these )?GRP\b/,
  /\bi (?:despise|hate|loathe|detest|abhor) (?:everything|anything|all) about GRP\b|\bi (?:despise|hate|loathe|detest) (?:how|the way) GRP (?:act|talk|behave|dress|smell|look|live|think)\b/,
  /\b(?:can not|cannot|ca not) (?:stand|bear|stomach) the (?:sight|smell|sound) of GRP\b|\bi (?:really |just )?(?:can not|cannot) (?:deal with|cope with|tolerate|be around) GRP\b/,
  /\bGRP (?:are|is) (?:my|our) least favou?rite\b|\bnothing but (?:hatred|hate|disgust|loathing|scorn) for GRP\b|^nothing but (?:contempt|revulsion) for (?:all |the )?GRP\b|\b(?:i|we) (?:have |had |ve |d )?(?:never|not) (?:ever )?(?:felt|had|have|feel) anything but (?:hatred|hate|disgust|loathing|scorn|contempt|revulsion) (?:for|towards|toward) (?:all |the )?GRP\b|\bsick to death of GRP\b|\bsick and tired of GRP\b/,
  /^GRP ,? i (?:hate|despise|loathe|detest|can not stand) (?:every (?:single )?one of you|all of you|you all|you)\b/,
  /^GRP ,? i am (?:so |just |really |fucking )?(?:done|finished|sick|tired|fed up) (?:with|of) (?:you|all of you|the lot of you|your)\b/,
  /\b(?:can not|cannot) (?:even )?look at (?:a |an |the |two |some |those |these )?GRP without (?:feeling|wanting|getting)\b/,
  // "I really dislike [group]", "I have a deep hatred for [group]", "my contempt for [group]", "[group] are the people I hate most"
  /\bi (?:really |truly |just |honestly |genuinely |strongly |deeply |intensely |kind of |kinda )?(?:dislike|disliked) (?:all |the |those |these )?GRP\b/,
  /\bi (?:have|feel|have got|got|harbou?r) (?:a |such a |so much |nothing but |real |pure )?(?:deep |real |burning |pure |visceral |intense |genuine |strong |deep seated )?(?:hatred|contempt|disgust|loathing|dislike|animosity|disdain|hostility) (?:for|of|towards|toward) (?:all |the )?GRP\b|\bmy (?:\w+ )?(?:hatred|contempt|disgust|loathing|dislike|disdain) (?:for|of|towards|toward) (?:all |the )?GRP\b/,
  /^GRP (?:are|is) the (?:people|ones|group|kind of people|type of people) (?:i|we) (?:hate|despise|loathe|detest|dislike|can not stand) (?:the )?most\b/,
  /\bsick of (?:seeing|hearing|looking at|being around|dealing with) (?:a |an |the |all these |all the |those |these |so many )?GRP\b/,
  // "[group] fill me with pure disgust", "nothing makes my blood boil like a group of [group]", "sick of [group] existing"
  /^(?:(?:honestly|frankly|seriously|genuinely|tbh|ngl|just|really)(?: ,)? )?(?:the |all |these |those |some |all the |all these )?GRP (?:(?![a-z]+ing )\S+ )?(?:fill|fills|filled) me with (?:(?:pure|such|nothing but|utter|so much|real|total|absolute|sheer|complete|deep|burning|genuine|visceral|such deep|nothing short of)(?: ,)? )*(?:disgust|rage|hatred|contempt|revulsion|loathing|anger|dread)\b/,
  /\bnothing makes my blood boil (?:like|more than|as much as) (?:seeing |hearing )?(?:a group of |a bunch of |some |a |an )?GRP\b/,
  /\b(?:so )?(?:sick|tired) of GRP (?:existing|even existing|everywhere|being everywhere)\b/,
  /\bGRP (?:\w+ )?(?:get|gets|got) on my (?:last |every (?:single )?)nerve\b/,
  /\bi (?:have )?never (?:liked|trusted|cared for) GRP (?:and|,) (?:and )?(?:i )?(?:never will|never ever will)\b/,
  /\bthere is (?:just )?something (?:seriously |really |very |deeply |fundamentally )?wrong with (?:all |the |those |these )?GRP\b/,
  /\bit (?:angers|annoys|disgusts|sickens|infuriates|bothers|enrages|upsets) me that GRP (?:even )?(?:exist|are here|are even here|live here|are allowed (?:here|in|to (?:vote|adopt|marry|live|stay|come|work|teach|be|have|exist|raise|serve|enter|build|pray))|breathe|get to)\b/,
  /\bnothing (?:i|we) (?:hate|despise|loathe|detest|dislike|can not stand) more than (?:a |an |the )?GRP\b/,
  /\bi (?:have )?(?:always |just |really )?(?:hated|despised|loathed|detested) GRP\b/,
  /\bmy blood boils (?:when|whenever|every time) (?:\w+ ){0,2}GRP\b|\bnothing (?:(?:on earth|in the world|in this world|else|at all) )?(?:makes me|fills me with|gives me) (?:angrier|madder|sicker|more angry|more furious|more (?:contempt|disgust|rage|hatred|loathing|revulsion|anger|the ick)) than (?:seeing |when |hearing )?(?:a |an |some |two )?GRP\b/,
  /\bi (?:have )?(?:zero|no) (?:respect|time|patience|sympathy) (?:at all )?for GRP\b|\bi (?:really |just |deeply )?resent (?:every (?:single |last )?|all |all the |the )?GRP\b/,
  /\bi would be (?:happy|glad|thrilled|fine) if i never (?:had to )?(?:see|saw|met|meet|hear) (?:another|a|an|any) GRP\b/,
  /\bi (?:feel|get) (?:physically |so |really )?(?:sick|ill|nauseous|queasy|angry|furious|disgusted|repulsed) (?:when|whenever|every time) (?:i (?:see|hear|meet|look at|watch) )?(?:a |an |some |those |these |two )?GRP\b|\b(?:every time|whenever) (?:i (?:see|hear|meet|look at|watch) )?(?:a |an |some |those |these |two )?GRP (?:\S+ ){0,6}i (?:feel|get) (?:pure |such |physically |so |real |genuine |actual |nothing but |only |utter |total |deep )?(?:revulsion|disgust|sick|ill|nauseous|rage|contempt|hatred|angry|furious|repulsed|disgusted)\b|\bi get the creeps (?:around|near|from) GRP\b/,
  /\bi (?:really |just |honestly )?(?:hate|can not stand|despise|loathe) it when (?:a |an |some |those |these |all these |the )?GRP\b/,
  /\bit (?:makes|made) me (?:so |really |physically |fucking )?(?:sick|ill|angry|furious|mad|want to (?:vomit|puke|scream|gag)) (?:to see|seeing|to look at|looking at) GRP\b/,
  /\b(?:just )?seeing (?:a |an |two |some )?GRP (?:\S+ ){0,5}(?:make|makes) me (?:so |really |fucking |physically )?(?:angry|furious|sick|ill|mad|nauseous|livid|cringe|want to (?:vomit|puke|scream|punch))\b/,
  // "I just don't want my daughter bringing home a [member]", "would never want my son dating one": a member kept out of the family
  /\b(?:do not|would not|never|could not) (?:ever )?(?:want|let|allow) (?:my|our) (?:daughter|daughters|son|sons|kids|children|sister|brother|girl|boy|niece|nephew|grandkids|grandson|granddaughter) (?:to )?(?:dating|date|marrying|marry|bringing home|bring home|going out with|go out with|seeing|sleeping with|sleep with|married to|be with|end up with|near|around) (?:a |an |any |some )?GRP\b/,
  // "I'd rather [group] didn't teach at my kid's school": kept from a role or a place as a preference
  /\b(?:i would|i d) (?:much |really |just )?rather (?:the |all |those )?GRP (?:did not|were not|was not|stayed away from|kept away from|stayed out of|not) (?:\w+ )?(?:teach|teaching|work|working|live|living|move in|moving in|vote|voting|adopt|adopting|marry|date|coach|coaching|serve|preach|lead|join|rent|babysit|look after|nurse|treat)\b(?!.*\b(?:dangerous|danger|safe|safety|heat|rain|storm|cold|hurt|abuse|wait|waiting)\b)/,
];

/** Words before a group that make it the one something is done to, or said about. */
const DONE_TO = new Set(['on', 'against', 'toward', 'towards', 'at', 'of', 'for', 'to', 'about', 'with', 'treat', 'treats', 'treated', 'treating', 'attack', 'attacking', 'mock', 'mocking', 'target', 'targeting', 'harass', 'harassing', 'bully', 'bullying', 'abuse', 'abusing', 'hurt', 'hurting', 'insult', 'insulting', 'exclude', 'excluding', 'fail', 'failing', 'ignore', 'ignoring', 'deport', 'deporting', 'ban', 'banning']);

/** Something done to the group, after its name: the feeling is on their behalf. */
const DONE_TO_THEM_AFTER = /^(?:\S+ ){0,3}(?:dies|died|dying|drowns|drowned|starves|starved|suffers|suffered|struggles|loses|lost|goes missing|went missing|is sent|gets sent)\b|^(?:\S+ ){0,3}(?:(?:are|is|being|get|gets|getting|got|were|was|be) )?(?:harassed|mocked|excluded|bullied|attacked|abused|assaulted|treated|discriminated|blamed|targeted|insulted|beaten|hurt|ignored|denied|refused|turned away|left out|paid less|underpaid|called|spat|shouted|laughed|stared|profiled|deported|killed|murdered|kicked|thrown|pushed|fired|sacked|passed over|talked down|misgendered|outed|silenced|erased|stereotyped|dismissed|overlooked|scapegoated|demonised|demonized|vilified|smeared|othered|exploited|portrayed|painted|depicted|described|labelled|labeled|used as|singled out)\b|^(?:\S+ ){0,2}(?:are|is|being|get|gets|getting|got|were|was) (?:\S+ )?(?:(?!allowed\b|permitted\b)[a-z]{3,}ed|told|made|left|kept|held|put|shot|hit|beaten|bitten|given|taken|caught|sent|shut|stuck|struck|forced|asked)\b/;

/** Words one of the FELT readings holds: a sentence with none is not joined and read. */
const FELT_CUES = new Set(['want', 'rather', 'make', 'makes', 'made', 'fill', 'fills', 'nothing', 'see', 'hear', 'meet', 'angry', 'despise', 'hate', 'hated', 'loathe', 'loathed', 'detest', 'detested', 'despised', 'abhor', 'stand', 'bear', 'stomach', 'deal', 'cope', 'tolerate', 'least', 'hatred', 'sick', 'look', 'done', 'finished', 'fed', 'tired', 'disgusts', 'annoys', 'angers', 'sickens', 'irritates', 'bothers', 'repulses', 'get', 'feel', 'boils', 'respect', 'time', 'patience', 'sympathy', 'resent', 'happy', 'glad', 'thrilled', 'fine', 'give', 'gives', 'rub', 'rubs', 'exhausting', 'draining', 'tiresome', 'pain', 'edge', 'recoil', 'cringe', 'shudder', 'flinch', 'gag', 'wince', 'here', 'opens', 'dislike', 'disliked', 'contempt', 'disgust', 'loathing', 'disdain', 'animosity', 'hostility', 'nerve', 'liked', 'trusted', 'cared', 'wrong', 'enrages', 'infuriates', 'upsets', 'whenever']);

/** -ing words after a group that say what it suffers or is put through: a feeling about that is on its behalf. */
const SUFFERED_ING = new Set(['being', 'getting', 'suffering', 'struggling', 'dying', 'starving', 'drowning', 'fleeing', 'facing', 'losing', 'waiting', 'sleeping', 'crying', 'queuing', 'queueing', 'going', 'having', 'living', 'trying', 'fighting', 'asking', 'needing', 'searching', 'looking']);
/** A relative clause that picks out members who aim to do what everyone may: "women who think they can lead". */
const AMBITION = /^(?:who|that) (?:think|thinks|believe|believes|reckon|reckons) (?:they|she|he) (?:can|could|deserve to|are able to|is able to) (?:lead|vote|drive|run|do|work|teach|compete|play|fly|manage|rule|govern|speak|preach|serve)\b/;

/** The first FELT reading of a group, as [from, to, words]; the group's name stands as GRP in the sentence's words. */
function feltAbout(tokens: readonly Token[], g: GroupMention): [number, number, string] | null {
  // (a pronoun for a group named in the sentence before counts too: "Trans women everywhere now. It makes me sick to see them.")
  if (!tokens.some((t) => FELT_CUES.has(t.w))) return null;
  const marked = markMember(tokens.map((t) => t.w), g);
  for (const re of FELT) {
    const m = re.exec(marked.text);
    if (!m) continue;
    // (a negation before the feeling takes it back: "I don't hate everything about [group]", "nobody ...")
    const lead = marked.text.slice(Math.max(0, m.index - 14), m.index);
    if (/\b(?:not|never|no)\b/.test(lead) && !/^(?:can not|cannot)/.test(m[0])) continue;
    // ("attacks on [group] make me furious", "the way they treat [group] makes me sick": the feeling is about what is done to them)
    if (re === FELT[0] && DONE_TO.has(marked.words[g.from - 1] ?? '')) continue;
    // ("my Muslim neighbours make me furious with their 2am music": a complaint about the writer's own people, not the group)
    if (['my', 'our'].includes(marked.words[g.from - 1] ?? '')) continue;
    // ("my blood boils when [group] are harassed", "seeing a [member] mocked makes me mad": anger on their behalf)
    if (DONE_TO_THEM_AFTER.test(marked.words.slice(g.from + 1).join(' '))) continue;
    // ("I can't deal with disabled people being treated like this": the feeling is about what is done to them)
    // (but "a trans person demanding pronouns" is what they do: only a state they suffer or are put in counts)
    const after = marked.words[g.from + 1] ?? '';
    // (but "than women who think they can lead": the members' ambition is what is despised)
    const ambition = AMBITION.test(marked.words.slice(g.from + 1, g.from + 8).join(' '));
    if (m[0].endsWith('GRP') && (SUFFERED_ING.has(after) || (['who', 'that', 'when'].includes(after) && !ambition))) continue;
    // ("... than seeing disabled people parked out of their own bays by lazy drivers": a participle with its agent after)
    if (m[0].endsWith('GRP') && /^[a-z]{3,}ed$/.test(after) && marked.words.slice(g.from + 2, g.from + 9).includes('by')) continue;
    const [from, to] = marked.span(m);
    return [from, to, m[0].replace('GRP', tokens.slice(g.from, g.to + 1).map((t) => t.raw).join(' '))];
  }
  return feltPastModifier(tokens, g, marked.words);
}

/** Words that open a phrase describing the group between its name and the verb: "[group] in my neighbourhood ...". */
const MODIFIER_OPENERS = new Set(['in', 'on', 'at', 'from', 'around', 'near', 'across', 'with', 'round', 'outside']);

/**
 * "Black people in my neighbourhood fill me with rage", "Gay couples holding hands in public make my skin crawl": a phrase
 * describing the group stands between its name and the feeling; read the feeling with it taken out (two to five words,
 * opened by a preposition or by what they do, never by what is done to them).
 */
function feltPastModifier(tokens: readonly Token[], g: GroupMention, words: readonly string[]): [number, number, string] | null {
  const gi = words.indexOf('GRP');
  const open = words[gi + 1] ?? '';
  if (gi < 0 || ['my', 'our'].includes(words[gi - 1] ?? '') || !(MODIFIER_OPENERS.has(open) || (/^[a-z]{3,}ing$/.test(open) && !SUFFERED_ING.has(open)))) return null;
  if (DONE_TO_THEM_AFTER.test(words.slice(gi + 1).join(' '))) return null;
  for (let n = 2; n <= 5; n++) {
    const skipped = words.slice(gi + 1, gi + 1 + n);
    if (skipped.some((x) => CLAUSE_BREAK.has(x) || x === ',' || x === 'who' || x === 'that')) break;
    const reduced = [...words.slice(0, gi + 1), ...words.slice(gi + 1 + n)].join(' ');
    for (const re of FELT.slice(0, 2)) {
      const m = re.exec(reduced);
      if (!m || !m[0].startsWith('GRP') || /\b(?:not|never|no)\b/.test(reduced.slice(Math.max(0, m.index - 14), m.index))) continue;
      const to = Math.min(tokens.length - 1, g.to + n + m[0].split(' ').length - 1);
      // ("... fill me with rage at how the police treat them", "... with dread for their future": the feeling is for them)
      if (tokens.slice(to + 1).some((t) => ['how', 'their', 'them', 'for', 'treated', 'treat', 'wages', 'future', 'behalf'].includes(t.w))) return null;
      return [g.from, to, tokens.slice(g.from, to + 1).map((t) => t.raw).join(' ')];
    }
  }
  return null;
}

/** Killings a writer may say they want to see done to a group ("see them hanged"). */
const SEEN_KILLED = new Set(['hanged', 'hung', 'shot', 'killed', 'drowned', 'poisoned', 'strangled', 'crucified', 'executed', 'gassed', 'burned', 'burnt', 'lynched', 'slaughtered', 'exterminated', 'murdered', 'butchered', 'beheaded', 'stabbed', 'strung', 'wiped', 'nuked', 'bombed', 'tortured']);
/** "see women shot by a great photographer": a camera's shot. */
// (and the archive that shows a killing of the past: "watch Black Americans lynched in the archive footage")
const PHOTO_WORDS = new Set(['photographer', 'photographers', 'camera', 'cameras', 'photo', 'photos', 'film', 'films', 'movie', 'movies', 'portrait', 'portraits', 'magazine', 'cover', 'video', 'documentary', 'studio', 'light', 'lighting', 'close', 'angle', 'footage', 'archive', 'archives', 'museum', 'exhibit', 'exhibition', 'history', 'century']);
/** Words that wish a group gone: "I wish [group] would all disappear", "the sooner they're gone the better". */
const GONE = new Set(['die', 'died', 'disappear', 'disappeared', 'vanish', 'vanished', 'leave', 'left', 'rot', 'perish', 'starve', 'drown', 'burn', 'gone', 'dead', 'deported', 'out', 'removed', 'banned', 'extinct', 'wiped', 'exterminated', 'eradicated', 'strung', 'gassed']);

/** What "it would be better if [group] ..." wishes on them: death or removal ("left" and "got out" are trips). */
const BETTER_GONE = new Set(['die', 'died', 'disappear', 'disappeared', 'vanish', 'vanished', 'gone', 'dead', 'wiped', 'exterminated', 'eradicated', 'extinct', 'perish', 'rot', 'deported', 'banned', 'gassed', 'strung']);

/** "it would be a better world if (every) ...", "it'd be better if all ...": the words before a group wished dead or gone. */
const BETTER_IF = /\b(?:would|d) (?:all |honestly |really |genuinely |actually |frankly |just |probably )?be (?:a |really |so |honestly )?(?:good|better|better off|great|nice|best|wonderful|lovely|safer|happier|a good thing|a better place|paradise|fine by me|fine with me|okay by me|ok by me|ok with me|okay with me|no loss)(?: thing| place| world)? if(?: all)?(?: the| these| those| every| each| everyone| everybody)?$/;

function wishedGone(tokens: readonly Token[], g: GroupMention): Attack | null {
  const b1 = tokens[g.from - 1]?.w ?? '';
  const b2 = tokens[g.from - 2]?.w ?? '';
  const b3 = tokens[g.from - 3]?.w ?? '';
  const after = tokens.slice(g.to + 1, g.to + 6).map((t) => t.w);
  const goneAt = after.findIndex((w) => GONE.has(w) || w === 'exist');
  const lead = tokens.slice(Math.max(0, g.from - 9), g.from).map((t) => t.w).join(' ');
  // "it would be a better world if every [member] was hanged": a killing wished as the better world
  const killedAt = after.findIndex((w) => SEEN_KILLED.has(w));
  const killedEnds = (k: number) => k >= tokens.length || tokens[k]?.punct === true || ['off', 'dead', 'tomorrow', 'already', 'today', 'now', 'tonight', 'publicly', 'lol'].includes(tokens[k]?.w ?? '');
  if (killedAt > 0 && ['was', 'were', 'got', 'all'].includes(after[killedAt - 1] ?? '') && !after.slice(0, killedAt).some((x) => ['who', 'that', 'which'].includes(x)) && killedEnds(g.to + 2 + killedAt) && BETTER_IF.test(lead) && !tokens.slice(0, g.from).some((t) => NEGATORS.has(t.w)) && !tokens.some((t) => PHOTO_WORDS.has(t.w))) {
    return { from: Math.max(0, g.from - 8), to: g.to + 1 + killedAt, group: g, kind: 'exclusion', what: `better if ... ${after[killedAt]}`, person: false };
  }
  if (goneAt < 0 || after.slice(0, goneAt).some((w) => NEGATORS.has(w) && w !== 'not') ) return null;
  // "I wish [group] would disappear", "I wish [group] didn't exist", "hope [group] all die"
  const wish = [b1, b2, b3].some((w) => w === 'wish' || w === 'hope' || w === 'pray') && !tokens.slice(0, g.from).some((t) => NEGATORS.has(t.w));
  if (wish) {
    const exists = after[goneAt] === 'exist';
    const neg = after.slice(0, goneAt).includes('not');
    if (exists === neg) return { from: g.from - 1 - [b1, b2, b3].findIndex((w) => w === 'wish' || w === 'hope' || w === 'pray'), to: g.to + 1 + goneAt, group: g, kind: 'exclusion', what: 'wished gone', person: false };
  }
  // "it would be a good thing if all the [group] just died", "the world would be better if [group] were wiped out"
  if (BETTER_IF.test(lead) && (BETTER_GONE.has(after[goneAt] ?? '') || (after[goneAt] === 'put' && after[goneAt + 1] === 'down')) && !tokens.slice(0, g.from).some((t) => NEGATORS.has(t.w))) {
    return { from: Math.max(0, g.from - 8), to: g.to + 1 + goneAt, group: g, kind: 'exclusion', what: 'better if ... gone', person: false };
  }
  // "Why can't they just disappear?", "why can't [group] all just die": going away asked for as a question
  if (b1 === 'not' && ['can', 'could', 'will', 'would'].includes(b2) && b3 === 'why' && after[goneAt] !== 'exist' && after.slice(0, goneAt).every((w) => ['just', 'all', 'simply', 'already', 'go', 'fucking'].includes(w))) {
    return { from: g.from - 3, to: g.to + 1 + goneAt, group: g, kind: 'exclusion', what: "why can't ... just go", person: false };
  }
  // "the sooner [group] are gone, the better"
  if (['sooner', 'quicker', 'faster'].includes(b1) && b2 === 'the' && after[goneAt] !== 'exist') {
    return { from: g.from - 2, to: g.to + 1 + goneAt, group: g, kind: 'exclusion', what: 'the sooner ... gone', person: false };
  }
  return null;
}

const RHETORIC_FILL = new Set([
  'who', 'why', 'would', 'anyone', 'anybody', 'somebody', 'someone', 'you', 'we', 'they', 'ever', 'even', 'really', 'honestly', 'seriously',
  'in', 'their', 'right', 'mind', 'the', 'hell', 'fuck', 'on', 'earth', 'actually', 'still', 'do', 'does', 'should', 'sane', 'person', 'normal', ',',
]);

/** "who would hire a [group]?", "why would anyone trust [group]?", "why do we even let [group] vote?", "who let [group] in?" */
function rhetoricalRefusal(tokens: readonly Token[], clauseStart: number, vi: number): boolean {
  if (tokens[tokens.length - 1]?.w !== '?') return false;
  let words = tokens.slice(clauseStart, vi).map((t) => t.w);
  // ("Honestly, who would ever trust a ...?", "I mean, why would anyone ..."): a discourse opener before the question word
  const q = words.findIndex((w) => w === 'who' || w === 'why');
  if (q > 0 && q <= 3 && words.slice(0, q).every((w) => [',', 'honestly', 'seriously', 'genuinely', 'i', 'mean', 'so', 'and', 'but', 'like', 'ok', 'okay', 'lol', 'tbh', 'ngl', 'really'].includes(w))) words = words.slice(q);
  const verb = tokens[vi]?.w ?? '';
  // only auxiliaries, pronouns and intensifiers may stand between: "why would anyone oppose hiring ..." is not a refusal
  if (!words.every((w) => RHETORIC_FILL.has(w))) return false;
  if (words[0] === 'who') return (verb === 'let' && words.length === 1) || words.includes('would');
  // "why does anyone still hire women?": "still" with an indefinite subject asks the same
  if (words[0] === 'why') return ((words.includes('would') || words.includes('still')) && words.some((w) => ['anyone', 'anybody', 'somebody', 'someone', 'you', 'we', 'they'].includes(w))) || words.includes('even') || words.includes('ever');
  return false;
}

/**
 * Where "slit / cut the throat(s) of" starts when its "throat" is tokens[k] and it is called for, wished or promised
 * ("I will", "we should", "I want to", "let's", or an order), or -1; a killing reported ("he slit the throats of three men
 * in 1995") is news, and negation refuses it.
 */
function throatCut(tokens: readonly Token[], k: number, clauseStart: number): number {
  // ("of" is skipped with the group's determiners, so k is at the throat)
  if (tokens[k + 1]?.w !== 'of' || !['throat', 'throats', 'necks', 'neck'].includes(tokens[k]?.w ?? '') || !['the', 'their'].includes(tokens[k - 1]?.w ?? '')) return -1;
  const v = k - 2;
  if (!['slit', 'cut', 'slash', 'snap', 'break', 'wring'].includes(tokens[v]?.w ?? '') || v < clauseStart) return -1;
  const lead = tokens.slice(clauseStart, v).map((t) => t.w);
  if (lead.some((x) => NEGATORS.has(x))) return -1;
  const called = v === clauseStart || lead.some((x) => ['will', 'should', 'must', 'gonna', 'going', 'want', 'wanna', 'would', 'let', 'us', 'need', 'ought', 'love', 'could'].includes(x));
  return called ? v : -1;
}

/** Virtues a list may deny a group: "no manners, no respect, no future". */
// (not respect, dignity or a future: those are withheld from people as often as lacked: "no dignity, no respect, left on trolleys")
const VIRTUES = new Set(['manners', 'morals', 'shame', 'class', 'brains', 'sense', 'loyalty', 'honour', 'honor', 'discipline', 'decency', 'ethic', 'integrity', 'ambition', 'standards', 'hygiene', 'self-control']);
/** Needs in a list that make it a plight: "no ramps, no heating, no sick pay". */
const LIST_NEEDS = new Set(['water', 'food', 'ramps', 'heating', 'sleep', 'pay', 'status', 'support', 'interpreters', 'lifts', 'beds', 'homes', 'housing', 'care', 'rights', 'regrets']);
/**
 * "Teenagers these days: no attention span, no manners, no future", "Millennials, zero work ethic and zero loyalty": at
 * least two virtues denied in a list right after the group ("Refugees: no food, no water" lists needs, not virtues).
 */
function virtuesDenied(tokens: readonly Token[], g: GroupMention): Attack | null {
  if (g.pronoun) return null;
  let j = g.to + 1;
  if (tokens[j]?.w === 'these' && tokens[j + 1]?.w === 'days') j += 2;
  if (![':', ',', '-', 'have', 'got', 'with'].includes(tokens[j]?.w ?? '')) return null;
  let denied = 0;
  let end = -1;
  for (let k = j + 1; k < Math.min(tokens.length, j + 16); k++) {
    if (!['no', 'zero'].includes(tokens[k]?.w ?? '')) continue;
    const v = [1, 2, 3].map((d) => tokens[k + d]?.w ?? '').find((x) => VIRTUES.has(x));
    if (v) {
      denied++;
      end = k + 1;
    }
  }
  if (tokens.some((t) => LIST_NEEDS.has(t.w) || ['us', 'we'].includes(t.w))) return null;
  return denied >= 2 ? { from: g.from, to: Math.max(end, g.to), group: g, kind: 'derogation', what: 'virtues denied', person: false } : null;
}

/** Attacks in which the group is the object: "I hate [group]", "deport all [group]", "too many [group]". */
function objectAttack(tokens: readonly Token[], g: GroupMention): Attack | null {
  // "Muslims out!", "immigrants out of our country": the chant of expulsion
  const out = tokens[g.to + 1]?.w === 'out' ? g.to + 1 : -1;
  if (out > 0 && !g.pronoun && (g.from === 0 || tokens[g.from - 1]?.punct) && (!tokens[out + 1] || tokens[out + 1]?.punct || (tokens[out + 1]?.w === 'of' && ['our', 'this', 'my', 'the'].includes(tokens[out + 2]?.w ?? '')))) {
    return { from: g.from, to: out, group: g, kind: 'exclusion', what: '[group] out', person: false };
  }
  // "make this town Muslim-free", "a gay-free zone": a place cleared of the group
  if (tokens[g.to + 1]?.w === 'free' && !g.pronoun && (tokens.slice(Math.max(0, g.from - 4), g.from).some((t) => ['make', 'keep', 'stay', 'become', 'making', 'keeping'].includes(t.w)) || ['zone', 'town', 'country', 'street', 'school', 'office', 'area', 'neighbourhood', 'neighborhood', 'city', 'europe', 'world'].includes(tokens[g.to + 2]?.w ?? ''))) {
    return { from: g.from, to: g.to + 1, group: g, kind: 'exclusion', what: '[group]-free', person: false };
  }
  // "there is no room for gays in our church", "no place for Muslims here"
  // ("no room for disabled people on this bus, it's full", "no room for women, it's the boys' league": seats and leagues)
  // (nor one owning the thing, "no room for men's egos", nor a past told or ruled: "my grandmother was told in 1962")
  if (['room', 'place', 'space'].includes(tokens[g.from - 2]?.w ?? '') && tokens[g.from - 1]?.w === 'for' && tokens[g.from - 3]?.w === 'no' && !g.pronoun && !["'s", 's'].includes(tokens[g.to + 1]?.w ?? '') && !tokens.some((t) => LITERAL_ROOM.has(t.w) || /^1\d{3}s?$/.test(t.w) || /^20\d\ds?$/.test(t.w))) {
    return { from: g.from - 3, to: g.to, group: g, kind: 'exclusion', what: 'no room for', person: false };
  }
  // "don't leave gay men alone with your sons", "never leave them alone with the kids": the group as a danger to children
  {
    let b = g.from - 1;
    if (['the', 'those', 'these', 'any'].includes(tokens[b]?.w ?? '')) b--;
    const det = ['your', 'my', 'our', 'the', 'any'].includes(tokens[g.to + 3]?.w ?? '') ? 1 : 0;
    const kid = tokens[g.to + 3 + det]?.w ?? '';
    // (not children or grandparents themselves: "don't leave the girls alone with the kids, they're only 10")
    const adults = g.characteristic !== 'age' && !LEFT_WITH.has(tokens[g.to]?.w ?? '');
    if (adults && ['leave', 'let'].includes(tokens[b]?.w ?? '') && tokens[g.to + 1]?.w === 'alone' && tokens[g.to + 2]?.w === 'with' && LEFT_WITH.has(kid) && tokens.slice(Math.max(0, b - 4), b).some((t) => NEGATORS.has(t.w))) {
      return { from: b, to: g.to + 3 + det, group: g, kind: 'stereotype', what: 'not to be left alone with children', person: false };
    }
  }
  // "teach those Muslims a lesson": a threat of punishment
  if (tokens[g.from - 1 - (['those', 'these', 'the', 'them', 'all'].includes(tokens[g.from - 1]?.w ?? '') ? 1 : 0)]?.w === 'teach' && tokens[g.to + 1]?.w === 'a' && tokens[g.to + 2]?.w === 'lesson' && !['in', 'on', 'about', 'from', 'plan'].includes(tokens[g.to + 3]?.w ?? '') && !NEGATORS.has(tokens[g.from - 3]?.w ?? '')) {
    return { from: g.from - 2, to: g.to + 2, group: g, kind: 'exclusion', what: 'teach ... a lesson', person: false };
  }
  // ("attack the mosque's fundraising target": a thing of the place is the object)
  if (g.from === g.to && WORSHIP_PLACES.has((tokens[g.from] as Token).w) && tokens[g.to + 1]?.w === "'s") return null;
  let k = g.from - 1;
  while (k >= 0 && GROUP_DETERMINERS.has((tokens[k] as Token).w)) k--;
  // "burn down that mosque", "bomb their synagogue": a place of worship pointed at ("hate that Muslims ..." stays a clause)
  if (k >= 0 && PLACE_POINTERS.has((tokens[k] as Token).w) && g.from === g.to && WORSHIP_PLACES.has((tokens[g.from] as Token).w) && !HATE_VERBS.has(tokens[k - 1]?.w ?? '')) k--;
  if (k < 0) return null;
  const [clauseStart] = clauseBounds(tokens, g.from);
  if (k < clauseStart) return null;
  let v = (tokens[k] as Token).w;
  let vi = k;
  // "rent to [group]", "vote for [group]"
  if ((v === 'to' || v === 'for' || v === 'with') && POSITIVE_OBJECT_VERBS.has(tokens[k - 1]?.w ?? '')) {
    vi = k - 1;
    v = (tokens[vi] as Token).w;
  } else if (v === 'to' && LET_THINGS.has(tokens[k - 1]?.w ?? '') && ['my', 'our', 'the', 'a', 'this', 'that', 'his', 'her', 'their'].includes(tokens[k - 2]?.w ?? '') && ['rent', 'let', 'sell', 'lease', 'sublet'].includes(tokens[k - 3]?.w ?? '')) {
    // "I'd never rent my flat to [group]": the thing let stands between the verb and "to"
    vi = k - 3;
    v = (tokens[vi] as Token).w;
  }
  if (PARTICLES.has(v) && k > 0) {
    vi = k - 1;
    v = (tokens[vi] as Token).w;
    if (v === 'rid' || v === 'of') vi = k - 2;
  }
  // "I will slit the throat of every Jew", "we should cut the throats of all ...": a killing by the neck, called for
  const throat = throatCut(tokens, k, clauseStart);
  if (throat >= 0) return { from: throat, to: g.to, group: g, kind: 'exclusion', what: `${tokens[throat]?.w ?? ''} the throats of`, person: false };
  // "I'd never let my daughter marry a [group]", "no daughter of mine will ever date a [group]"
  // "shouldn't we ban [group] from flying?", "why don't we just send [group] back?", "why not deport [group]?": a negated
  // question proposes the act, it does not refuse it
  const head = tokens.slice(clauseStart, clauseStart + 5).map((t) => t.w);
  const proposal = tokens[tokens.length - 1]?.w === '?' && ((['should', 'why', 'can', 'could', 'would'].includes(head[0] ?? '') && head.includes('not') && head.some((x) => x === 'we' || x === 'they')) || (head[0] === 'why' && head[1] === 'not'));
  // ("can't put into words how much I loathe [group]": a negation before the verb's own subject belongs to another verb)
  let negFrom = Math.max(clauseStart, vi - 7);
  for (let j = vi - 1; j > negFrom; j--) if (['i', 'we'].includes(tokens[j]?.w ?? '') && ['much', 'how', 'way'].includes(tokens[j - 1]?.w ?? '')) negFrom = j;
  const negs = proposal ? 0 : countNeg(tokens, negFrom, vi);
  const verb = (tokens[vi] as Token | undefined)?.w ?? '';
  const framed = refusalFrames(tokens, g, k, vi, verb, clauseStart, negs);
  if (framed) return framed;

  // "put all the trans people in camps", "lock [group] in cages", "put women back in their place (with a fist)": the group
  // confined, or put down by force
  if (CONTAINING.has(verb) && negs === 0) {
    const c = confinementAt(tokens, g.to + 1, ['back', 'all']);
    const place = c >= 0 ? tokens[c]?.w ?? '' : '';
    const fist = place === 'place' && tokens[c - 1]?.w === 'their' && tokens.slice(c + 1, c + 5).some((t) => ['fist', 'fists', 'belt', 'beating', 'slap', 'bat', 'force'].includes(t.w));
    // ("behind bars" is a place only active verbs lock people in)
    if (CONFINEMENT.has(place) || place === 'bars' || fist) return { from: vi, to: fist ? Math.min(tokens.length - 1, c + 3) : c, group: g, kind: 'exclusion', what: fist ? 'put back in their place by force' : `${verb} in ${place}`, person: false };
  }
  // "pull the plug on all the pensioners", "finish the job with the Jews": killing in other words
  // (the group ends the clause and is people: "finish the job on the mosque roof", "with the Polish builders" are work)
  const endsHere = clauseEndsAt(tokens, g.to) || ['once', 'for', 'now', 'already', 'forever', 'permanently', 'lol'].includes(tokens[g.to + 1]?.w ?? '');
  const peopleNamed = !WORSHIP_PLACES.has(tokens[g.to]?.w ?? '') && !(PERSON_NOUNS.has(tokens[g.to]?.w ?? '') && !['people', 'folk', 'folks', 'lot'].includes(tokens[g.to]?.w ?? ''));
  if (negs === 0 && endsHere && peopleNamed && ['on', 'with'].includes(tokens[k]?.w ?? '') && ((tokens[k - 1]?.w === 'plug' && tokens[k - 2]?.w === 'the' && ['pull', 'pulling'].includes(tokens[k - 3]?.w ?? '')) || (tokens[k - 1]?.w === 'job' && tokens[k - 2]?.w === 'the' && ['finish', 'finishing', 'complete'].includes(tokens[k - 3]?.w ?? '')))) {
    return { from: k - 3, to: g.to, group: g, kind: 'exclusion', what: `${tokens[k - 3]?.w} the ${tokens[k - 1]?.w} ${tokens[k]?.w}`, person: false };
  }
  // "finish what Hitler started with the Jews", "we're gonna finish what they started on the gypsies": the old killing resumed
  const whatAt = tokens[k - 1]?.w === 'started' ? [k - 3, k - 4, k - 5].find((j) => tokens[j]?.w === 'what') ?? -1 : -1;
  if (negs === 0 && endsHere && peopleNamed && ['on', 'with'].includes(tokens[k]?.w ?? '') && whatAt > 0 && ['finish', 'finishing', 'complete', 'completing', 'continue'].includes(tokens[whatAt - 1]?.w ?? '') && !tokens.some((t) => ['project', 'renovation', 'build', 'building', 'puzzle', 'mural', 'book', 'game', 'course'].includes(t.w))) {
    return { from: whatAt - 1, to: g.to, group: g, kind: 'exclusion', what: `${tokens[whatAt - 1]?.w} what ${tokens.slice(whatAt + 1, k - 1).map((t) => t.w).join(' ')} started ${tokens[k]?.w}`, person: false };
  }
  // "put all the immigrants on a boat and sink it", "lock them in a room and throw away the key": the group loaded into
  // something that the sentence then destroys
  if (CONTAINING.has(verb) && negs === 0) {
    for (let j = g.to + 1; j + 1 < tokens.length && j < g.to + 12; j++) {
      if (CLAUSE_BREAK.has((tokens[j] as Token).w) && (tokens[j] as Token).w !== 'but') break;
      if ((tokens[j] as Token).w !== 'and') continue;
      const h = tokens[j + 1]?.w === 'then' ? j + 2 : j + 1;
      const harm = tokens[h]?.w ?? '';
      const obj = tokens[h + 1]?.w ?? '';
      if ((CONTAINER_HARMS.has(harm) && ['it', 'them', 'the', 'that'].includes(obj)) || (harm === 'throw' && tokens.slice(h, h + 5).some((t) => t.w === 'key')) || (harm === 'set' && tokens.slice(h, h + 4).some((t) => t.w === 'fire'))) {
        return { from: vi, to: h, group: g, kind: 'exclusion', what: `${verb} ... and ${harm}`, person: false };
      }
    }
  }
  // "fuck [group]": profanity thrown at a whole group
  // (not a verb with its own subject: "you screw the American people whenever you can" says they are wronged)
  const subjectBefore = ['you', 'u', 'he', 'she', 'they', 'government', 'bosses', 'banks', 'politicians', 'landlords'].includes(tokens[vi - 1]?.w ?? '') || (['always', 'just', 'really', 'only', 'all'].includes(tokens[vi - 1]?.w ?? '') && ['you', 'u', 'he', 'she', 'they'].includes(tokens[vi - 2]?.w ?? ''));
  if ((verb === 'fuck' || verb === 'screw') && negs === 0 && !subjectBefore) {
    return { from: vi, to: g.to, group: g, kind: 'generalisation', what: verb, person: false };
  }
  if (HATE_VERBS.has(verb) || (verb === 'stand' && tokens[vi - 1]?.w === 'not' && tokens[vi - 2]?.w === 'can')) {
    if (verb !== 'stand' && negs % 2 === 1) return null;
    // "a man who hates gay people", "a world that hates Muslims": someone else's hate, described (usually to condemn it)
    if (['who', 'that', 'which'].includes(tokens[vi - 1]?.w ?? '') && vi - 1 > clauseStart) return null;
    // "why do people hate immigrants so much?": asks about other people's hate
    if (['why', 'how'].includes(tokens[clauseStart]?.w ?? '') && tokens[tokens.length - 1]?.w === '?' && ['people', 'folks', 'some', 'many', 'they', 'so', 'others', 'everyone'].includes(tokens[vi - 1]?.w ?? '')) return null;
    // "I hate men who hit women": hate for those who do harm
    if (wrongdoerClause(tokens, g.to + 1)) return null;
    return { from: vi, to: g.to, group: g, kind: 'generalisation', what: verb === 'stand' ? "can't stand" : verb, person: false };
  }
  if ((verb === 'death' && tokens[vi + 1]?.w === 'to') || (v === 'to' && tokens[k - 1]?.w === 'death')) {
    return { from: Math.min(vi, k - 1), to: g.to, group: g, kind: 'exclusion', what: 'death to', person: false };
  }
  if (verb === 'rid' || (verb === 'get' && tokens[vi + 1]?.w === 'rid')) {
    if (negs % 2 === 1) return null;
    return { from: vi, to: g.to, group: g, kind: 'exclusion', what: 'get rid of', person: false };
  }
  // ("there's no way I'd ever want to hurt a [member]": harm denied by "no way", not called for)
  const noWay = HARM_DENIABLE.has(verb) && tokens.slice(0, vi).some((t, n, a) => t.w === 'no' && a[n + 1]?.w === 'way');
  if (EXCLUSION_VERBS.has(verb) && isBaseForm(verb) && !noWay) {
    // Imperative or obligation: "deport them all", "we should ban ...", "kill all ..."; never a report of the past.
    const prev = tokens[vi - 1]?.w ?? '';
    // "someone tried to burn down the mosque": an attempt reported, not a call; "the new law would ban asylum seekers
    // from working": what a law or a government would do, reported
    const attempted = (prev === 'to' && ATTEMPTS.has(tokens[vi - 2]?.w ?? '')) || (['would', 'will', 'could', 'might', 'may', 'to'].includes(prev) && tokens.slice(clauseStart, vi).some((t) => LAWMAKERS.has(t.w)));
    const imperative = (vi === clauseStart || SUBJECT_OR_MODAL.has(prev)) && !attempted;
    if (!imperative || negs % 2 === 1) return null;
    // "we beat all the teenagers at laser tag", "the grandads destroyed us at darts": a win in a game, not violence
    // (and through a pronoun for a team: "Our women's team is going to kill em tomorrow")
    if (WIN_VERBS.has(verb) && (tokens.slice(g.to + 1, g.to + 6).some((t) => CONTESTS.has(t.w) || /^\d+-\d+$/.test(t.w)) || (g.pronoun && tokens.some((t) => CONTESTS.has(t.w) || TEAM_WORDS.has(t.w))))) return null;
    if (PHYSICAL_FORMS.has(verb) && !PARTICLES.has(tokens[vi + 1]?.w ?? '') && !PARTICLES.has(tokens[g.to + 1]?.w ?? '')) return null;
    return { from: vi, to: Math.min(g.to + (PARTICLES.has(tokens[g.to + 1]?.w ?? '') ? 1 : 0), tokens.length - 1), group: g, kind: 'exclusion', what: verb, person: false };
  }
  // "I'd rather die than date a [group]"
  const rather = tokens.slice(Math.max(clauseStart, vi - 6), vi).map((t) => t.w);
  if (POSITIVE_OBJECT_VERBS.has(verb) && rather.includes('rather') && rather.includes('than')) {
    return { from: vi, to: g.to, group: g, kind: 'exclusion', what: `rather ... than ${verb}`, person: false };
  }
  // "we don't want refugees dying at sea", "... to suffer": a harm the writer refuses, not the group
  const state = tokens[g.to + 1]?.w ?? '';
  // "what's the point of hiring women if you never promote them?": a condition describes a failure, it refuses nobody
  const conditional = tokens.slice(Math.max(clauseStart, vi - 4), vi).some((t) => t.w === 'if' || t.w === 'unless') && g.pronoun;
  // "I don't trust old people's licence renewals": the group owns what is refused ("'s"), it is not refused itself
  // ("why can't they just live their lives": "their" owns the object, the group is not the one refused)
  // "I have no respect for men who hit women": the ones refused are narrowed to those who do harm
  const wrongdoers = ['who', 'that'].includes(state) && WRONGS.has(tokens[g.to + 2]?.w ?? '');
  // ("no one would hire a man with a foreign accent in 1970s Leeds": a refusal told of a past decade)
  const pastDecade = (): boolean => tokens.slice(clauseStart, vi).some((t) => ['would', 'could', 'did', 'was', 'were'].includes(t.w)) && tokens.some((t) => /^(?:1[89])?\d0'?s$/.test(t.raw.replace(/^['’]/, '')));
  // ("Why can't the school just let the Muslim kids have a quiet room?": a why-not question asks for the letting)
  const whyNot = tokens[clauseStart]?.w === 'why' && tokens.slice(clauseStart, vi).some((t) => t.w === 'not') && tokens.slice(clauseStart, vi).some((t) => ['can', 'could', 'will', 'would', 'do', 'does'].includes(t.w));
  // ("can't wait to work with them": eagerness, not a refusal)
  const eager = tokens.slice(clauseStart, vi).some((t, n, a) => t.w === 'wait' && (a[n - 1]?.w === 'cannot' || (a[n - 1]?.w === 'not' && a[n - 2]?.w === 'can')));
  if (POSITIVE_OBJECT_VERBS.has(verb) && negs % 2 === 1 && !eager && !whyNot && !conditional && !wrongdoers && state !== "'s" && !(g.pronoun && tokens[g.from]?.w === 'their') && !(/^[a-z]+ing$/.test(state) && !['here', 'anything'].includes(state)) && !(state === 'to' && HARMS_SUFFERED.has(tokens[g.to + 2]?.w ?? '')) && !HARMED_STATES.has(state) && !pastDecade()) {
    return { from: vi, to: g.to, group: g, kind: 'exclusion', what: `${verb} (negated)`, person: false };
  }
  // "no [group] allowed", "no more [group]"
  if (tokens[g.from - 1]?.w === 'no' || (tokens[g.from - 1]?.w === 'more' && tokens[g.from - 2]?.w === 'no')) {
    const after = tokens[g.to + 1]?.w ?? '';
    if (['allowed', 'wanted', 'welcome', 'please', 'here', 'in', 'ever', '.', '!', ''].includes(after) || tokens[g.from - 1]?.w === 'more') {
      return { from: g.from - 1, to: g.to + (after && !CLAUSE_BREAK.has(after) ? 1 : 0), group: g, kind: 'exclusion', what: 'no ... allowed', person: false };
    }
  }
  for (const f of COLLECTIVE_FRAMES) {
    const words = f.split(' ');
    for (const skip of [0, 1]) {
      const s = g.from - words.length - skip;
      // "why are so many older people lonely?", "why do so many Mexicans work in farming?": the group is the subject of a question
      const asked = f === 'so many' && ['why', 'how'].includes(tokens[clauseBounds(tokens, g.from)[0]]?.w ?? '') && tokens[tokens.length - 1]?.w === '?' && !['here', 'in', 'around', '?'].includes(tokens[g.to + 1]?.w ?? '?');
      // "the flood of Ukrainian refugees was met with incredible kindness": a welcome in the sentence turns the count round
      // ("proud to see so many older adults signing up": gladness at their number)
      const welcomed = tokens.some((t) => WELCOMING.has(t.w)) || tokens.slice(Math.max(0, s - 4), Math.max(0, s)).some((t) => GLAD_TO_SEE.has(t.w));
      // ("the disease that kills so many old people", "a scheme that helps so many refugees": the count is an object)
      const objectCounted = s > 0 && COUNTED_BY.has(tokens[s - 1]?.w ?? '');
      // ("I have so many Muslims in my family", "we know so many refugees": the writer's own people counted)
      const ownCircle = (s > 1 && OWN_COUNT_VERBS.has(tokens[s - 1]?.w ?? '') && ['i', 'we', 've'].includes(tokens[s - 2]?.w ?? '')) || (['in', 'among'].includes(tokens[g.to + 1]?.w ?? '') && ['my', 'our'].includes(tokens[g.to + 2]?.w ?? '') && OWN_CIRCLES.has(tokens[g.to + 3]?.w ?? ''));
      if (s >= 0 && words.every((w, j) => tokens[s + j]?.w === w) && f !== 'full of' && !asked && !welcomed && !objectCounted && !ownCircle && !sufferingAfter(tokens, g.to)) {
        return { from: s, to: g.to, group: g, kind: 'derogation', what: f, person: false };
      }
    }
  }
  return null;
}

/** The writer's own people counted: "I have / know so many ...", "... in my family". */
const OWN_COUNT_VERBS = new Set(['have', 'know', 'met', 'got', 'love', 'count']);
const OWN_CIRCLES = new Set(['family', 'families', 'life', 'team', 'class', 'circle', 'friends', 'friendship', 'choir', 'band']);
/** Verbs whose object a count of a group is: "kills so many ...", "helps so many ...". */
const COUNTED_BY = new Set(['kills', 'killed', 'kill', 'affects', 'affected', 'affect', 'hurts', 'hurt', 'harms', 'harmed', 'helps', 'helped', 'help', 'strikes', 'hits', 'leaves', 'left', 'supports', 'supported', 'serves', 'served', 'employs', 'employed', 'saves', 'saved', 'failed', 'fails', 'excludes', 'excluded', 'targets', 'targeted', 'traps', 'trapped']);
/** Gladness just before a count of a group: "proud to see so many ...", "love seeing so many ...". */
const GLAD_TO_SEE = new Set(['proud', 'glad', 'happy', 'great', 'lovely', 'amazing', 'wonderful', 'love', 'loved', 'delighted', 'thrilled', 'brilliant', 'fantastic', 'awesome', 'nice']);
/** "why would anyone trust Muslims less than anyone else?" asks why a group is treated worse, not whether to let it in. */
function unequalAfter(tokens: readonly Token[], to: number): boolean {
  return ['less', 'more'].includes(tokens[to + 1]?.w ?? '') && tokens.slice(to + 2, to + 5).some((t) => t.w === 'than');
}
/** States a group suffers: "too many refugees are dying at sea", "too many old people living alone". */
const SUFFERED = new Set(['dying', 'drowning', 'starving', 'freezing', 'suffering', 'struggling', 'homeless', 'stuck', 'trapped', 'lonely', 'missing', 'murdered', 'dead', 'hungry', 'unemployed',
  // "too many autistic adults are still kept in institutions", "too many autistic children wait years for a diagnosis"
  'kept', 'locked', 'detained', 'waiting', 'wait', 'denied', 'refused', 'excluded', 'ignored', 'misdiagnosed', 'undiagnosed', 'isolated']);
/** Where a suffering "living / sleeping" lands: "living alone", "sleeping rough", "living in poverty". */
const SUFFERED_LIVING = new Set(['alone', 'rough', 'poverty', 'fear', 'tents', 'cars', 'shelters', 'hiding']);
/**
 * "Too many refugees are dying at sea": after "too many / so many [group]", a harm or hardship the group suffers makes
 * the count a lament, not a complaint about their number ("too many immigrants are coming" stays a complaint).
 */
function sufferingAfter(tokens: readonly Token[], to: number): boolean {
  let j = to + 1;
  while (['are', 'is', 'were', 'still', 'being', 'been', 'have', 'get', 'getting', 'left', 'now'].includes(tokens[j]?.w ?? '')) j++;
  const w = tokens[j]?.w ?? '';
  if (SUFFERED.has(w) || VICTIM_WORDS.has(w)) return true;
  if (['living', 'sleeping', 'live', 'sleep'].includes(w)) return SUFFERED_LIVING.has(tokens[j + 1]?.w ?? '') || (['in', 'on'].includes(tokens[j + 1]?.w ?? '') && SUFFERED_LIVING.has(tokens[j + 2]?.w ?? ''));
  return false;
}

/** Exclusion read around an object group: rhetorical refusals, "let [group] drown", "ship [group] back", "better without [group]". */
function refusalFrames(tokens: readonly Token[], g: GroupMention, k: number, vi: number, verb: string, clauseStart: number, negs: number): Attack | null {
  const hit = (from: number, to: number, kind: AttackKind, what: string): Attack => ({ from, to, group: g, kind, what, person: false });
  if (POSITIVE_OBJECT_VERBS.has(verb) && rhetoricalRefusal(tokens, clauseStart, vi) && !unequalAfter(tokens, g.to)) return hit(clauseStart, g.to, 'exclusion', `who would ${verb}?`);
  // "why should we let [group] in at all?", "why do we allow [group] into this country?", "why should I tolerate [group]?"
  if (tokens[clauseStart]?.w === 'why' && tokens[tokens.length - 1]?.w === '?' && negs === 0) {
    const lead = tokens.slice(clauseStart + 1, vi).map((t) => t.w);
    const asks = lead.some((w) => ['should', 'do', 'must', 'would'].includes(w)) && lead.some((w) => ['we', 'i', 'anyone', 'you', 'they', 'society', 'britain', 'america', 'europe'].includes(w)) && lead.every((w) => RHETORIC_FILL.has(w) || ['i', 'we', 'must', 'society', 'britain', 'america', 'europe', 'our', 'country', 'keep'].includes(w));
    const next = tokens[g.to + 1]?.w ?? '';
    // "let [group] in", "allow [group] to stay here", "let [group] build mosques"; "let [group] wait so long" asks about their treatment
    const stays = (w: string): boolean => ['stay', 'come', 'enter', 'settle', 'immigrate', 'live', 'exist', 'vote', 'build', 'move', 'remain', 'breed', 'adopt', 'marry', 'pray', 'preach'].includes(w);
    const entry = ['in', 'into', 'here', 'across', 'through', 'over', 'near', 'at', '?', ','].includes(next) || stays(next) || (next === 'to' && stays(tokens[g.to + 2]?.w ?? ''));
    if (asks && (['let', 'allow', 'admit', 'letting', 'allowing'].includes(verb) ? entry : ['tolerate', 'accept', 'take', 'house', 'feed', 'keep'].includes(verb) && (next === '?' || ['at', 'here', 'in', 'anymore', 'any'].includes(next)))) {
      return hit(clauseStart, Math.min(g.to + (next !== '?' && next !== ',' ? 1 : 0), tokens.length - 1), 'exclusion', `why should we ${verb} ...?`);
    }
  }
  const after = skipFill(tokens, g.to + 1);
  const next = tokens[after]?.w ?? '';
  // "let [group] drown", "I'd love to see [group] burn"
  // "why do we let refugees drown?" blames whoever lets it happen; "let them drown" wishes it
  const blaming = tokens[0]?.w === 'why' || tokens[0]?.w === 'how';
  if (['let', 'see', 'watch'].includes(verb) && negs === 0 && !blaming && (GONE.has(next) || ['suffer', 'hang', 'burn', 'die', 'drown', 'rot', 'starve'].includes(next))) return hit(vi, after, 'exclusion', `${verb} ... ${next}`);
  // "I want to see every Muslim hanged", "I'd love to see them lined up and shot": the killing watched for
  if (['see', 'watch'].includes(verb) && negs === 0 && !blaming && (SEEN_KILLED.has(next) || (next === 'lined' && tokens[after + 1]?.w === 'up')) && !tokens.some((t) => PHOTO_WORDS.has(t.w) || /^1\d{3}s?$/.test(t.w) || t.w === 'less' || t.w === 'fewer') && !['off', 'in', 'from'].includes(tokens[after + 1]?.w ?? '')) return hit(vi, next === 'lined' ? after + 1 : after, 'exclusion', `${verb} ... ${next}`);
  // "ship [group] back", "run [group] out of town", "hunt [group] down"
  const away = Object.hasOwn(SEND_AWAY, verb) ? SEND_AWAY[verb] : undefined;
  const prev = tokens[vi - 1]?.w ?? '';
  if (away && negs === 0 && (vi === clauseStart || SUBJECT_OR_MODAL.has(prev)) && (away.includes(tokens[g.to + 1]?.w ?? '') || away.includes(tokens[vi + 1]?.w ?? ''))) {
    return hit(vi, Math.min(tokens.length - 1, g.to + 1), 'exclusion', `${verb} ... ${away.includes(tokens[g.to + 1]?.w ?? '') ? tokens[g.to + 1]?.w : tokens[vi + 1]?.w}`);
  }
  // "I'd rather hire a robot than a [group]"
  // ("I'd rather watch the women's final than any men's game": a thing of theirs, not them)
  if ((tokens[k]?.w === 'than') && tokens.slice(clauseStart, k).some((t) => t.w === 'rather' || t.w === 'sooner') && negs === 0 && tokens[g.to + 1]?.w !== "'s") return hit(k, g.to, 'exclusion', 'rather ... than');
  // "purge the country of [group]", "rid our streets of [group]"
  if (tokens[g.from - 1]?.w === 'of' || (tokens[g.from - 2]?.w === 'of' && GROUP_DETERMINERS.has(tokens[g.from - 1]?.w ?? ''))) {
    const of = tokens[g.from - 1]?.w === 'of' ? g.from - 1 : g.from - 2;
    for (let j = of - 1; j >= Math.max(clauseStart, of - 4); j--) {
      if (CLEANSE_VERBS.has((tokens[j] as Token).w) && countNeg(tokens, clauseStart, j) === 0) return hit(j, g.to, 'exclusion', `${(tokens[j] as Token).w} ... of`);
    }
  }
  // "close the borders to [group]", "shut the door on [group]"
  // ("moved in next door to an elderly couple", "the door to the Sikh temple": a place, unless the door is shut, closed or slammed)
  if ((tokens[k]?.w === 'to' || tokens[k]?.w === 'on') && ['borders', 'border', 'doors', 'door', 'gates'].includes(tokens[k - 1]?.w ?? '') && negs === 0 && (!['door', 'doors'].includes(tokens[k - 1]?.w ?? '') || tokens.slice(Math.max(0, k - 4), k - 1).some((t) => ['close', 'closed', 'closing', 'shut', 'shutting', 'slam', 'slammed', 'slamming', 'lock', 'locked', 'seal', 'sealed', 'bar', 'barred'].includes(t.w)))) return hit(Math.max(clauseStart, k - 3), g.to, 'exclusion', 'close the borders to');
  // "the world would be better without [group]", "a world without [group], bliss"
  if (tokens[k]?.w === 'without') {
    const words = tokens.slice(clauseStart).map((t) => t.w);
    // "Wouldn't the country be better without all these migrants?": the negative question asserts it
    const rhetorical = ['would', 'will', 'is', 'could'].includes(words[0] ?? '') && words[1] === 'not' && tokens[tokens.length - 1]?.w === '?' && !words.slice(2).some((w) => NEGATORS.has(w));
    if (words.some((w) => BETTER_WITHOUT.has(w)) && (rhetorical || !words.some((w) => NEGATORS.has(w) || w === 'worse' || w === 'less'))) return hit(clauseStart, g.to, 'exclusion', 'better without');
  }
  // "I find [group] disgusting", "I consider [group] vermin"
  if (['find', 'consider', 'found', 'considered'].includes(verb) && negs === 0 && tokens[g.to]?.w !== 'their') {
    let j = g.to + 1;
    while (['to', 'be', 'so', 'really', 'absolutely', 'pretty', 'just', 'utterly', 'totally', 'incredibly', 'quite', 'rather', 'kind', 'of', 'a', 'an', 'bunch'].includes(tokens[j]?.w ?? '')) j++;
    const w = tokens[j]?.w ?? '';
    if (NEGATIVE_ATTRIBUTES.has(w) || INSULT_ADJECTIVES.has(w) || INSULT_NOUNS.has(w)) return hit(vi, j, 'generalisation', `${verb} ... ${w}`);
  }
  return null;
}

function isBaseForm(v: string): boolean {
  return !/(ed|en|ing)$/.test(v) && !['shot', 'hung', 'burnt', 'sent', 'thrown'].includes(v);
}

function countNeg(tokens: readonly Token[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (NEGATORS.has((tokens[k] as Token).w)) n++;
  return n;
}

/** "go back to your country", "you stupid immigrant", "because you're a woman": identity thrown at a person. */
function personAttacks(tokens: readonly Token[], groups: readonly GroupMention[]): Attack[] {
  const out: Attack[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = (tokens[i] as Token).w;
    // go back to your (own) country / where you came from / africa ...
    // a question ("go back to your village for the holidays?") asks; "why don't you go back ..." still tells
    const asks = tokens[tokens.length - 1]?.w === '?' && tokens[0]?.w !== 'why';
    if ((w === 'go' || w === 'get') && tokens[i + 1]?.w === 'back' && ['on', 'in'].includes(tokens[i + 2]?.w ?? '') && ['your', 'the', 'ur'].includes(tokens[i + 3]?.w ?? '') && ['boat', 'boats', 'raft', 'camel', 'camels'].includes(tokens[i + 4]?.w ?? '') && !asks) {
      // "get back on your boat, the ferry leaves at six": a real boat trip named in the sentence
      if (!tokens.some((t) => SAILING.has(t.w))) out.push({ from: i, to: i + 4, group: { from: i, to: i, characteristic: 'origin', pronoun: false, weak: false }, kind: 'exclusion', what: 'get back on your boat', person: true });
    }
    // ("fuck off back to Poland", "piss off back where you came from": the rude order is said to someone by itself)
    const rude = ['fuck', 'piss', 'sod', 'bugger'].includes(w) && tokens[i + 1]?.w === 'off' && tokens[i + 2]?.w === 'back';
    if (((w === 'go' && tokens[i + 1]?.w === 'back') || rude) && ['to', 'where', 'home', 'there'].includes(tokens[i + (rude ? 3 : 2)]?.w ?? '') && !asks) {
      const at = rude ? i + 1 : i;
      const tail = tokens.slice(tokens[at + 2]?.w === 'there' ? at + 2 : at + 3, at + 8).map((t) => t.w);
      const toCountry = (tail.includes('there') && tokens.some((t) => t.w === 'country')) || tail.some((t) => HOMELANDS.has(t) || PLACES.has(t));
      // Said to someone: "you"/"your" in the sentence, an @mention or a vocative name; otherwise it is
      // a call to exclude a group ("[group] should go back ..."), which is protected only.
      // (or an insult said to them after a comma: "Go back to the jungle, monkey.")
      const words = tokens.filter((t) => !t.punct);
      const last = words[words.length - 1];
      const vocativeInsult = last !== undefined && tokens[tokens.indexOf(last) - 1]?.w === ',' && (INSULT_NOUNS.has(last.w) || RACIST_ANIMALS.has(last.w));
      // (an order opening the sentence is said to the reader: "Go back to Africa.")
      const ordered = i === 0 || (i === 1 && ['just', 'now', 'so', 'then', 'please', 'pls', 'yeah', 'oh', 'lol'].includes(tokens[0]?.w ?? ''));
      const addressed = rude || vocativeInsult || ordered || tokens.some((t) => t.w === 'you' || t.w === 'your' || t.mention) || /,\s*[A-Z][a-z]+[.!?]*$/.test(tokens.map((t) => t.raw).join(' '));
      // "you should go back to Mexico for the wedding", "go back to India and visit your grandma": a trip home, suggested
      // ("when you go back to Syria, send photos", "can't wait for you to go back to India": a trip home, not an order)
      const trip = !rude && (tokens.some((t) => TRIP_WORDS.has(t.w)) || tokens.slice(Math.max(0, i - 4), i).some((t) => ['when', 'if', 'wait', 'once', 'before', 'after', 'whenever'].includes(t.w)));
      if (toCountry && addressed && !trip && !tail.includes('office') && !tail.includes('desk')) {
        const end = Math.min(tokens.length - 1, at + (tokens[at + 2]?.w === 'there' ? 2 : 3) + tail.findIndex((t) => t === 'there' || HOMELANDS.has(t) || PLACES.has(t)));
        if (phraseAsSubject(tokens, i, end)) continue;
        out.push({ from: i, to: Math.max(end, i + 2), group: { from: i, to: i, characteristic: 'origin', pronoun: false, weak: false }, kind: 'exclusion', what: 'go back', person: true });
      }
    }
  }
  for (const g of groups) {
    if (g.pronoun) continue;
    // "you stupid Muslim", "you dumb immigrants"
    let k = g.from - 1;
    let insulting = false;
    while (k >= 0 && (INSULT_ADJECTIVES.has((tokens[k] as Token).w) || ['little', 'fucking', 'bloody', 'damn'].includes((tokens[k] as Token).w))) {
      insulting = true;
      k--;
    }
    if (insulting && (tokens[k]?.w === 'you' || tokens[k]?.mention || (k < 0 && tokens.some((t) => t.mention)))) {
      out.push({ from: k, to: g.to, group: g, kind: 'derogation', what: 'insult', person: true });
      continue;
    }
    // "you [group] are all ...": a group label used as an insult to the reader
    if (tokens[g.from - 1]?.w === 'you' && INSULT_NOUNS.has(tokens[g.to + 1]?.w ?? '')) {
      out.push({ from: g.from - 1, to: g.to + 1, group: g, kind: 'derogation', what: 'insult', person: true });
      continue;
    }
    // "only here because you're a woman", "got the job because she is black"
    const b = tokens.slice(Math.max(0, g.from - 5), g.from).map((t) => t.w);
    // ("women shouldn't serve tea just because they're women" refuses the stereotype: a negated obligation before "just because")
    const refused = b.includes('just') && tokens.slice(0, g.from).some((t, j) => ['should', 'must', 'have', 'need'].includes(t.w) && NEGATORS.has(tokens[j + 1]?.w ?? ''));
    if (!refused && reasonIs(tokens, g.from) && !deniedConsequence(tokens, g.to) && ['you', 'she', 'he', 'they'].some((p) => b.includes(p)) && (b.includes('only') || b.includes('just') || tokens.slice(0, g.from).some((t) => t.w === 'only' || t.w === 'diversity' || t.w === 'quota'))) {
      // said to the reader ("because you're a woman") it is also personal; about a third person it is protected only
      const at = b.includes('because') ? b.indexOf('because') : b.indexOf('that');
      out.push({ from: g.from - b.length + Math.max(0, at), to: g.to, group: g, kind: 'derogation', what: 'only because', person: b.includes('you') });
    }
  }
  // "you're a stupid woman", "you idiot Muslim", "@sam you are such a useless cripple": an insult whose head
  // noun is the reader's identity ("you're a stupid woman driver" and "you're not a stupid woman" do not read)
  const toReader = tokens.some((t) => t.w === 'you' || t.mention);
  for (let i = 1; toReader && i < tokens.length; i++) {
    const member = identityAt(tokens, groups, i);
    if (!member || member.pronoun || !clauseEndsAt(tokens, member.to) || out.some((a) => a.group.from === member.from)) continue;
    let k = i - 1;
    let insulting = false;
    while (k >= 0 && (INSULT_ADJECTIVES.has((tokens[k] as Token).w) || INSULT_NOUNS.has((tokens[k] as Token).w) || INSULT_FILL.has((tokens[k] as Token).w))) {
      if (!INSULT_FILL.has((tokens[k] as Token).w)) insulting = true;
      k--;
    }
    if (!insulting || !(INSULT_ADJECTIVES.has(tokens[i - 1]?.w ?? '') || INSULT_NOUNS.has(tokens[i - 1]?.w ?? ''))) continue;
    const you = tokens[k]?.w === 'you' || tokens[k]?.mention ? k : tokens[k]?.w === 'are' && tokens[k - 1]?.w === 'you' ? k - 1 : -1;
    if (you >= 0) out.push({ from: you, to: member.to, group: member, kind: 'derogation', what: 'insult', person: true });
  }
  // "women like you should ...": a group attack addressed to the reader
  for (const g of groups) {
    if (g.pronoun || tokens[g.to + 1]?.w !== 'like' || !['you', 'yourself', 'u'].includes(tokens[g.to + 2]?.w ?? '')) continue;
    const r0 = readPredicate(tokens, g.to + 3);
    const r = r0 && r0.kind !== 'positive' && r0.kind !== 'negated-attack' ? r0 : readPredicate(tokens, g.to + 1);
    if (r && r.kind !== 'positive' && r.kind !== 'negated-attack') out.push({ from: g.from, to: r.end, group: g, kind: r.kind, what: `${r.head} (like you)`, person: true });
  }
  const origin = (): Characteristic => (tokens.some((t) => ORIGIN_CUES.has(t.w)) ? 'origin' : 'race');
  for (let i = 0; i < tokens.length; i++) {
    const w = (tokens[i] as Token).w;
    const n = tokens[i + 1]?.w ?? '';
    // "you people should be banned", "your kind isn't welcome", "people like you are ..."
    const othering = (w === 'you' && n === 'people') || (w === 'your' && (n === 'kind' || n === 'lot' || n === 'type' || n === 'sort')) || (w === 'people' && n === 'like' && tokens[i + 2]?.w === 'you');
    if (othering) {
      const end = w === 'people' ? i + 2 : i + 1;
      const r = readPredicate(tokens, end + 1);
      // "you people" is often just "you lot" ("you people are clueless about guns"): it others only with a
      // call to exclude, a dehumanising word, or talk of country, borders and language
      if (r && r.kind !== 'positive' && r.kind !== 'negated-attack' && (r.kind === 'exclusion' || r.kind === 'dehumanising' || tokens.some((t) => ORIGIN_CUES.has(t.w)))) {
        out.push({ from: i, to: r.end, group: { from: i, to: end, characteristic: origin(), pronoun: false, weak: false }, kind: r.kind, what: `${w} ${n}`, person: true });
      }
      continue;
    }
    // "your religion is a cancer", "your people are vermin": the reader's identity as the target
    const ownIdentity = w === 'your' ? YOUR_IDENTITY[n] : undefined;
    if (ownIdentity) {
      const r = readPredicate(tokens, i + 2);
      if (r && (r.kind === 'dehumanising' || r.kind === 'exclusion' || ((ownIdentity === 'religion' || n === 'race') && r.kind !== 'positive' && r.kind !== 'negated-attack'))) {
        out.push({ from: i, to: r.end, group: { from: i, to: i + 1, characteristic: ownIdentity, pronoun: false, weak: false }, kind: r.kind, what: `your ${n}`, person: true });
      }
      continue;
    }
    // "get out of our country", "go make a sandwich", "back to the kitchen": exclusion or confinement said to someone
    if (addressedTo(tokens)) {
      const t3 = tokens.slice(i + 1, i + 5).map((t) => t.w);
      const getOut = (w === 'get' && n === 'out' && t3.includes('country')) || (w === 'leave' && ['our', 'my', 'this'].includes(n) && tokens[i + 2]?.w === 'country');
      const confine = (w === 'make' && ['sandwich', 'sandwiches'].includes(tokens[i + 1]?.w === 'me' ? tokens[i + 3]?.w ?? '' : tokens[i + 2]?.w ?? '') && ['go', 'you', 'just', 'now', ','].includes(tokens[i - 1]?.w ?? '')) ||
        (w === 'back' && n === 'to' && tokens[i + 2]?.w === 'the' && tokens[i + 3]?.w === 'kitchen');
      if (getOut || confine) {
        const end = getOut ? i + 1 + t3.indexOf('country') : Math.min(tokens.length - 1, i + 4);
        out.push({ from: i, to: Math.max(end, i + 1), group: { from: i, to: i, characteristic: getOut ? 'origin' : 'gender', pronoun: false, weak: false }, kind: 'exclusion', what: getOut ? 'get out of the country' : 'kitchen / sandwich', person: true });
      }
    }
    // "learn English", "speak English!": an order to the reader
    if ((w === 'learn' || w === 'speak') && (n === 'english' || (['some', 'proper', 'the', 'fucking', 'real'].includes(n) && tokens[i + 2]?.w === 'english'))) {
      const p = tokens[i - 1];
      const imperative = !p || p.punct || p.mention || ['you', 'just', 'go', 'then', 'please', 'u'].includes(p.w) || (['should', 'must', 'better'].includes(p.w) && tokens[i - 2]?.w === 'you') || (p.w === 'to' && ['need', 'needs', 'have', 'got'].includes(tokens[i - 2]?.w ?? '') && tokens[i - 3]?.w === 'you');
      if (imperative && tokens[tokens.length - 1]?.w !== '?') out.push({ from: i, to: n === 'english' ? i + 1 : i + 2, group: { from: i, to: i + 1, characteristic: 'origin', pronoun: false, weak: false }, kind: 'exclusion', what: `${w} english`, person: true });
      continue;
    }
    // "deport yourself", "go deport yourselves"
    if (['deport', 'expel', 'self-deport'].includes(w) && (n === 'yourself' || n === 'yourselves' || w === 'self-deport')) {
      out.push({ from: i, to: Math.min(tokens.length - 1, i + 1), group: { from: i, to: i, characteristic: 'origin', pronoun: false, weak: false }, kind: 'exclusion', what: 'deport yourself', person: true });
    }
  }
  // "nobody asked you, immigrant", "shut up, woman", "shut up you old hag": a dismissal with the
  // reader named by their identity
  const text = tokens.map((t) => t.w).join(' ');
  const dismissive = DISMISSALS.some((d) => text.includes(d));
  for (let i = 0; i < tokens.length; i++) {
    const w = (tokens[i] as Token).w;
    const insultNoun = IDENTITY_INSULT_NOUNS[w];
    const before = tokens[i - 1]?.w ?? '';
    const before2 = tokens[i - 2]?.w ?? '';
    const member = insultNoun ? { from: i, to: i, characteristic: insultNoun, pronoun: false, weak: false } : identityAt(tokens, groups, i);
    if (!member || member.pronoun) continue;
    const vocative = (before === ',' || before === 'you' || ((before === 'old' || INSULT_ADJECTIVES.has(before)) && (before2 === 'you' || before2 === ','))) && clauseEndsAt(tokens, member.to);
    if (vocative && (dismissive || (insultNoun && (before === 'you' || before2 === 'you')))) {
      const from = before === ',' || before === 'you' ? i - 1 : i - 2;
      out.push({ from, to: member.to, group: member, kind: 'derogation', what: 'identity as a put-down', person: true });
      i = member.to;
    }
  }
  // "... because you are Black": an identity adjective as the whole reason
  for (let i = 0; i + 3 < tokens.length; i++) {
    if ((tokens[i] as Token).w !== 'because' && !((tokens[i] as Token).w === 'that' && reasonIs(tokens, i + 1))) continue;
    const who = tokens[i + 1]?.w ?? '';
    const cop = tokens[i + 2]?.w ?? '';
    const adjAt = tokens[i + 3]?.w === 'a' ? i + 4 : i + 3;
    const c = identityAdjective(tokens[adjAt]?.w ?? '');
    const only = tokens.slice(0, i).some((t) => t.w === 'only' || t.w === 'just' || t.w === 'quota' || t.w === 'diversity');
    if (c && only && ['you', 'she', 'he', 'they'].includes(who) && ['are', 'is'].includes(cop) && !groups.some((g) => g.from === adjAt)) {
      out.push({ from: i, to: adjAt, group: { from: adjAt, to: adjAt, characteristic: c, pronoun: false, weak: false }, kind: 'derogation', what: 'only because', person: who === 'you' });
    }
  }
  return out;
}

/** Words that may stand between "you (are)" and an insult on the reader's identity: "you're such a stupid woman". */
const INSULT_FILL = new Set(['a', 'an', 'such', 'just', 'so', 'really', 'total', 'complete', 'absolute', 'little', 'fucking', 'bloody', 'damn', 'typical']);

/**
 * "Go back to your country is a horrible thing to say": the order opens the sentence and a copula follows it, so the
 * phrase is the subject being talked about (an imperative takes no "is" after it), not an order given.
 */
function phraseAsSubject(tokens: readonly Token[], from: number, end: number): boolean {
  const lead = from === 0 || (from === 1 && ['saying', 'telling', 'yelling', 'shouting'].includes(tokens[0]?.w ?? ''));
  return lead && ['is', 'was', 'remains', 'sounds'].includes(tokens[end + 1]?.w ?? '');
}
/** Words of a real boat trip that make "get back on your boat" literal. */
const SAILING = new Set(['ferry', 'sail', 'sailing', 'cruise', 'dock', 'docks', 'harbour', 'harbor', 'marina', 'fishing', 'captain', 'crew', 'tide', 'anchor', 'deck', 'departs', 'leaves', 'lake', 'regatta']);
/** "Just because she's Muslim doesn't mean ...": the identity is named only to deny what people infer from it. */
function deniedConsequence(tokens: readonly Token[], to: number): boolean {
  for (let j = to + 1; j <= to + 4 && j < tokens.length; j++) if (['mean', 'means', 'make', 'makes', 'give', 'gives'].includes(tokens[j]?.w ?? '') && NEGATORS.has(tokens[j - 1]?.w ?? '')) return true;
  return false;
}
const OBJECT_PRONOUNS = new Set(['me', 'us', 'you', 'him', 'her', 'them', 'everyone', 'everybody', 'people', 'out', 'off']);
/** A visit or a holiday in a "go back to ..." suggestion. */
const TRIP_WORDS = new Set(['wedding', 'holiday', 'holidays', 'vacation', 'visit', 'trip', 'summer', 'christmas', 'eid', 'diwali', 'funeral', 'lovely', 'beautiful', 'grandma', 'grandmother', 'grandpa', 'family', 'festival', 'week', 'weeks', 'month', 'flights', 'flight', 'ticket', 'tickets', 'miss', 'homesick', 'someday', 'retire', 'carnival', 'tour', 'coffee', 'photos', 'pictures', 'hi', 'lucky', 'eat', 'send', 'parents', 'mum', 'mom', 'best', 'enjoy', 'worth', 'food',
  'misses', 'missed', 'see', 'gran', 'nan', 'granny', 'spring', 'autumn', 'winter', 'year', 'blossoms', 'beach', 'beaches', 'relatives', 'cousins',
  'visiting', 'honeymoon', 'weekend', 'easter', 'recommend', 'recommended', 'gorgeous', 'amazing',
  // (a level in a game: "go back to the jungle level, the boss is easier")
  'level', 'levels', 'boss', 'checkpoint', 'stage', 'quest', 'mission', 'respawn', 'save']);
/** Animals a racist taunt calls a person. */
const RACIST_ANIMALS = new Set(['monkey', 'monkeys', 'ape', 'apes', 'gorilla', 'chimp', 'baboon']);
/** Where "go back to ..." sends someone when it is about origin. */
const HOMELANDS = new Set([
  'country', 'came', 'from', 'own', 'home', 'africa', 'mexico', 'india', 'china', 'jungle', 'desert', 'shithole', 'village', 'hut', 'huts',
  'cave', 'tribe', 'reservation', 'rez', 'boat', 'homeland', 'camel', 'tent', 'slum', 'ghetto', 'islands', 'island', 'continent', 'mud',
  'asia', 'europe', 'arabia', 'pakistan', 'bangladesh', 'nigeria', 'somalia', 'syria', 'afghanistan', 'iraq', 'iran', 'poland', 'romania',
  'jamaica', 'haiti', 'israel', 'turkey', 'morocco', 'albania', 'vietnam', 'korea', 'japan', 'philippines', 'ghana', 'kenya', 'ethiopia',
  'eritrea', 'sudan', 'egypt', 'lebanon', 'palestine', 'gaza', 'guatemala', 'honduras', 'colombia', 'venezuela', 'ukraine', 'russia',
]);

/** "your religion", "your race": the reader's own identity named as a thing to attack. */
const YOUR_IDENTITY: Record<string, Characteristic> = { religion: 'religion', faith: 'religion', god: 'religion', prophet: 'religion', race: 'race', people: 'race', country: 'origin', culture: 'origin', ethnicity: 'race' };
/** Dismissals that turn a vocative identity word into a put-down ("nobody asked you, immigrant"). */
const DISMISSALS = [
  'shut up', 'nobody asked', 'no one asked', 'nobody cares', 'no one cares', 'get lost', 'sit down', 'piss off', 'go away', 'who asked', 'nobody wants',
  'stay quiet', 'be quiet', 'know your place', 'learn your place', 'stay in your lane', 'keep quiet', 'shut your mouth', 'too old to', 'go home', 'go back',
];
/** Insult nouns that carry an age or gender: "you old hag", "ok grandpa". */
const IDENTITY_INSULT_NOUNS: Record<string, Characteristic> = { hag: 'gender', crone: 'age', geezer: 'age', grandpa: 'age', granny: 'age', gramps: 'age', boomer: 'age', 'old-timer': 'age' };

/** "because ... [identity]" or "the only reason ... is that ... [identity]", looking back from `at`. */
function reasonIs(tokens: readonly Token[], at: number): boolean {
  const b = tokens.slice(Math.max(0, at - 5), at).map((t) => t.w);
  if (b.includes('because')) return true;
  const t = b.lastIndexOf('that');
  return t > 0 && ['is', 'was'].includes(b[t - 1] ?? '') && tokens.slice(0, at).some((x) => x.w === 'reason');
}

const notAttack = (r: ReturnType<typeof readPredicate>): boolean => !r || r.kind === 'positive' || r.kind === 'negated-attack';
const SECOND = new Set(['you', 'u', 'ya']);
/** Words that name a person's own identity after "a disgrace to your ...". */
const OWN_IDENTITY: Record<string, Characteristic> = {
  race: 'race', people: 'race', kind: 'race', ancestors: 'race', community: 'race', ethnicity: 'race', religion: 'religion', faith: 'religion',
  god: 'religion', church: 'religion', mosque: 'religion', gender: 'gender', sex: 'gender', country: 'origin', culture: 'origin', heritage: 'origin',
};
/** Nouns of a real gender: "you will never be a real woman". */
const REAL_GENDER = new Set(['woman', 'women', 'man', 'men', 'girl', 'boy', 'lady', 'female', 'male']);

/**
 * Identity attacks at the reader without an insult word: "you [group] are all the same", "as a woman you
 * should keep quiet", "you're a disgrace to your religion", "nobody wants your kind", "you will never be a
 * real woman", "are all [group] as dumb as you?".
 */
/** Words that make an identity a put-down when said of the reader: "you're so gay", "you're such a girl". */
const PUT_DOWN_INTENSIFIERS = new Set(['so', 'such', 'totally', 'literally', 'being', 'acting', 'fucking', 'freaking', 'really']);
const AGE_PUT_DOWNS = new Set(['boomer', 'grandpa', 'grandma', 'granny', 'geezer', 'pensioner']);
const PUT_DOWN_CHARACTERISTICS = new Set<Characteristic>(['gender', 'sexual-orientation', 'disability', 'age']);
const FONDNESS = new Set(['love', 'loved', 'great', 'cute', 'proud', 'adorable', 'awesome', 'amazing', 'brave', 'beautiful', 'lovely', 'congrats', 'congratulations']);
const PUT_DOWN_TAIL = new Set([',', '.', '!', '?', 'lol', 'lmao', 'bro', 'dude', 'man', 'mate', 'smh', 'about', 'today', 'again', 'sometimes', 'rn', 'right']);

/**
 * An identity said of the reader as a put-down: "you're so gay", "you're such a girl", "you're autistic or something?",
 * "you're such a boomer". Needs an intensifier or "or something", and the identity ending the phrase, so "you're gay
 * and that's great", "are you gay?" and "you're such a girl dad" pass.
 */
function identityAsPutDown(tokens: readonly Token[], groups: readonly GroupMention[]): Attack[] {
  const out: Attack[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!SECOND.has((tokens[i] as Token).w) || tokens[i + 1]?.w !== 'are') continue;
    let j = i + 2;
    let intensified = false;
    while (PUT_DOWN_INTENSIFIERS.has(tokens[j]?.w ?? '') || ['a', 'an'].includes(tokens[j]?.w ?? '')) {
      if (PUT_DOWN_INTENSIFIERS.has((tokens[j] as Token).w)) intensified = true;
      j++;
    }
    const w = tokens[j]?.w ?? '';
    const id = identityAt(tokens, groups, j) ?? (AGE_PUT_DOWNS.has(w) ? { from: j, to: j, characteristic: 'age' as Characteristic, pronoun: false, weak: false } : null);
    // identities used as put-downs ("so gay", "such a girl", "so autistic", "such a boomer"); "you're so British" is praise
    if (!id || !PUT_DOWN_CHARACTERISTICS.has(id.characteristic) || tokens.some((t) => FONDNESS.has(t.w))) continue;
    const after = tokens[id.to + 1]?.w ?? '.';
    const orSomething = after === 'or' && tokens[id.to + 2]?.w === 'something';
    if ((intensified && PUT_DOWN_TAIL.has(after)) || orSomething) {
      out.push({ from: i, to: orSomething ? id.to + 2 : id.to, group: id, kind: 'derogation', what: 'identity as a put-down', person: true });
    }
  }
  return out;
}

function personFrames(tokens: readonly Token[], groups: readonly GroupMention[]): Attack[] {
  const out: Attack[] = [...identityAsPutDown(tokens, groups)];
  const push = (from: number, to: number, group: GroupMention, kind: AttackKind, what: string): void => {
    out.push({ from, to, group, kind, what, person: true });
  };
  for (const g of groups) {
    if (g.pronoun) continue;
    const b1 = tokens[g.from - 1]?.w ?? '';
    // "you [group] are all the same", "@sam you gays always ...", "people like you [group] are ..."
    const youAt = SECOND.has(b1) ? g.from - 1 : b1 === 'you' || (b1 === 'like' && tokens[g.from - 2]?.w === 'people') ? g.from - 1 : -1;
    if (youAt >= 0 && !['thank', 'thanks', 'to', 'for', 'with', 'tell', 'told', 'asked'].includes(tokens[youAt - 1]?.w ?? '')) {
      const r = readPredicate(tokens, g.to + 1);
      if (!notAttack(r) && r) push(youAt, r.end, g, r.kind as AttackKind, `you ${r.head}`);
      continue;
    }
    // "are all [group] as stupid as you?"
    for (let j = g.to + 1; j <= g.to + 5 && j + 3 < tokens.length; j++) {
      const x = tokens[j + 1]?.w ?? '';
      if (tokens[j]?.w === 'as' && (INSULT_ADJECTIVES.has(x) || NEGATIVE_ATTRIBUTES.has(x)) && tokens[j + 2]?.w === 'as' && SECOND.has(tokens[j + 3]?.w ?? '')) {
        push(g.from, j + 3, g, 'derogation', `as ${x} as you`);
        break;
      }
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const w = (tokens[i] as Token).w;
    const n = tokens[i + 1]?.w ?? '';
    // "your kind are always whining", "nobody wants your kind here", "we don't need people like you"
    const othering = (w === 'your' && ['kind', 'sort', 'type', 'lot'].includes(n)) || (w === 'you' && n === 'people') || (w === 'people' && n === 'like' && SECOND.has(tokens[i + 2]?.w ?? ''));
    if (othering) {
      const end = w === 'people' ? i + 2 : i + 1;
      const grp: GroupMention = { from: i, to: end, characteristic: tokens.some((t) => ORIGIN_CUES.has(t.w)) ? 'origin' : 'race', pronoun: false, weak: false };
      const v = tokens[i - 1]?.w ?? '';
      const [cs] = clauseBounds(tokens, i);
      if (['want', 'wants', 'need', 'needs', 'like', 'likes', 'serve', 'tolerate', 'allow', 'trust', 'accept', 'welcome', 'hire'].includes(v) && countNeg(tokens, cs, i) % 2 === 1) {
        push(cs, end, grp, 'exclusion', `${v} ${w} ${n}`);
      } else if (w === 'your' && n !== 'lot' && !groups.some((g) => g.from === end + 1)) {
        const r = readPredicate(tokens, end + 1);
        if (!notAttack(r) && r) push(i, r.end, grp, r.kind as AttackKind, `your ${n}`);
      }
      continue;
    }
    // "as a woman, you should keep quiet", "as an immigrant you should be grateful"
    if (w === 'as' && (n === 'a' || n === 'an')) {
      const id = identityAt(tokens, groups, i + 2);
      if (!id) continue;
      let y = id.to + 1;
      if (tokens[y]?.w === ',') y++;
      if (!SECOND.has(tokens[y]?.w ?? '')) continue;
      const r = readPredicate(tokens, y + 1);
      if (!notAttack(r) && r) push(i, r.end, id, r.kind as AttackKind, `as a ... you ${r.head}`);
      continue;
    }
    // "you're a disgrace to your religion", "an embarrassment to women"
    if (['disgrace', 'embarrassment', 'shame', 'insult', 'stain', 'traitor', 'discredit'].includes(w) && n === 'to' && tokens.slice(0, i).some((t) => SECOND.has(t.w))) {
      let at = i + 2;
      if (['your', 'ur', 'all', 'the', 'real'].includes(tokens[at]?.w ?? '')) at++;
      const own = tokens[i + 2]?.w === 'your' || tokens[i + 2]?.w === 'ur' ? OWN_IDENTITY[tokens[at]?.w ?? ''] : undefined;
      const id = own ? { from: at, to: at, characteristic: own, pronoun: false, weak: false } : groups.find((g) => g.from === at && !g.pronoun);
      if (id) push(tokens.findIndex((t) => SECOND.has(t.w)), id.to, id, 'derogation', `${w} to your ...`);
      continue;
    }
    // "you will never be a real woman", "nobody will ever see you as a real man"
    if (['real', 'true', 'proper', 'actual'].includes(w)) {
      const id = REAL_GENDER.has(n) ? { from: i + 1, to: i + 1, characteristic: 'gender-identity' as Characteristic, pronoun: false, weak: false } : identityAt(tokens, groups, i + 1);
      if (!id) continue;
      const [cs] = clauseBounds(tokens, i);
      const before = tokens.slice(cs, i).map((t) => t.w);
      const who = before.findIndex((x) => SECOND.has(x) || x === 'she' || x === 'he' || x === 'they');
      const denied = before.some((x) => NEGATORS.has(x) || x === 'nobody');
      if (who >= 0 && denied && before.some((x) => ['be', 'are', 'is', 'as', 'become'].includes(x))) {
        const second = SECOND.has(before[who] ?? '');
        out.push({ from: cs, to: id.to, group: id, kind: 'negated-positive', what: `not a real ${tokens[id.to]?.w}`, person: second });
      }
    }
  }
  return out;
}

/** "[someone] is just a [member]", "no wonder ..., she's a [member]": identity given as the explanation. */
function identityAsReason(tokens: readonly Token[], groups: readonly GroupMention[], i: number): Attack | null {
  const subj = tokens[i - 1]?.w ?? '';
  if (['i', 'we', 'it', 'this', 'that', 'these', 'those', 'there', 'what', 'who', 'which'].includes(subj) || !subj) return null;
  let at = i + 1;
  let belittled = false;
  while (['just', 'only', 'merely', 'such', 'a', 'an', 'nothing', 'but', 'another', 'some'].includes(tokens[at]?.w ?? '') || INSULT_ADJECTIVES.has(tokens[at]?.w ?? '')) {
    if (['just', 'only', 'merely', 'nothing'].includes(tokens[at]?.w ?? '')) belittled = true;
    at++;
  }
  const id = identityAt(tokens, groups, at);
  const end = id ? memberEnd(tokens, id) : -1;
  if (!id || end < 0) return null;
  // "trans women are just women", "disabled people are just people": a group said to be simply what its own name
  // says affirms it ("trans women are just men" does not)
  if (groups.some((g) => !g.pronoun && g.to === i - 1) && (tokens[end]?.w === subj || ['people', 'humans', 'persons'].includes(tokens[end]?.w ?? ''))) return null;
  const words = tokens.map((t) => t.w);
  const cue = DISMISSAL_CUES.some((c) => words.some((_, j) => j + c.length <= i && c.every((x, m) => words[j + m] === x)));
  if (!belittled && !cue) return null;
  return { from: i - 1, to: end, group: id, kind: 'derogation', what: belittled ? 'just a ...' : 'identity as the reason', person: SECOND.has(subj) };
}

/**
 * Implicit derogation without an insult word: identity as the explanation ("no wonder she can't drive,
 * she's Asian"), mockery ("you throw like a girl", "cute how [group] think ..."), "the only good [member]
 * is a dead one", "my dog is smarter than a [member]", "always the [group] causing trouble", "what would a
 * [member] know about ...", "why can't [group] just assimilate?".
 */
function derogationFrames(tokens: readonly Token[], groups: readonly GroupMention[]): Attack[] {
  const out: Attack[] = [];
  const push = (a: Attack | null): void => {
    if (a) out.push(a);
  };
  const mocking = tokens.some((t) => MOCKERY.has(t.w));
  for (let i = 0; i < tokens.length; i++) {
    const w = (tokens[i] as Token).w;
    const n = tokens[i + 1]?.w ?? '';
    if (w === 'is' || w === 'are' || w === 'am') push(identityAsReason(tokens, groups, i));
    // "you throw like a girl", "she drives like an old woman"
    if (MOCKED_ACTS.has(w) && n === 'like' && ['a', 'an'].includes(tokens[i + 2]?.w ?? '')) {
      let s = i - 1;
      // "you're talking like a woman", "you keep whining like a little girl"
      while (['always', 'just', 'really', 'still', 'literally', 'honestly', 'are', 'were', 'keep', 'kept'].includes(tokens[s]?.w ?? '')) s--;
      const subj = tokens[s];
      const id = identityAt(tokens, groups, i + 3) ?? (tokens[i + 3]?.w === 'little' ? identityAt(tokens, groups, i + 4) : null);
      // "stop acting like a girl", "quit whining like an old woman": an imperative is said to the reader
      const imperative = subj !== undefined && ['stop', 'quit'].includes(subj.w);
      if (subj && id && memberEnd(tokens, id) >= 0 && (SECOND.has(subj.w) || subj.mention || imperative || ['she', 'he', 'they'].includes(subj.w))) {
        push({ from: s, to: memberEnd(tokens, id), group: id, kind: 'derogation', what: `${w} like a ...`, person: SECOND.has(subj.w) || subj.mention || imperative });
      }
    }
    // "cute how [group] think they ...", "aww, the [group] trying to ..."
    if ((SARCASM.has(w) && ['how', 'that', 'when'].includes(n)) || ['aww', 'awww', 'bless'].includes(w)) {
      const g = groups.find((m) => m.from > i && m.from <= i + 5);
      const p = g ? tokens.slice(g.to + 1, g.to + 4).findIndex((t) => PRETENCE.has(t.w)) : -1;
      if (g && p >= 0) push({ from: i, to: g.to + 1 + p, group: g, kind: 'derogation', what: `${w} ... ${tokens[g.to + 1 + p]?.w}`, person: false });
    }
    // "watching a woman try to park is hilarious"
    if (mocking && ['try', 'tries', 'trying', 'attempt', 'attempting'].includes(w)) {
      const id = [i - 1, i - 2].map((j) => identityAt(tokens, groups, j)).find((x) => x && x.to === i - 1);
      if (id) push({ from: id.from, to: i, group: id, kind: 'derogation', what: 'mocked for trying', person: false });
    }
    // "the only good [member] is a dead one"
    if (w === 'only' && n === 'good') {
      const id = identityAt(tokens, groups, i + 2);
      const cop = id ? id.to + 1 : -1;
      const tail = cop > 0 && ['is', 'are'].includes(tokens[cop]?.w ?? '') ? tokens.slice(cop + 1, cop + 5).map((t) => t.w) : [];
      const end = tail.findIndex((x) => ['dead', 'deported', 'gone', 'buried', 'silent', 'hanged', 'hung', 'shot', 'executed', 'jailed', 'locked'].includes(x));
      if (id && end >= 0) push({ from: i, to: cop + 1 + end, group: id, kind: 'exclusion', what: 'the only good ...', person: false });
    }
    // "my dog is smarter than most [group]", "a rock is more useful than a [member]"
    if (w === 'than' && (WORTH_COMPARATIVES.has(tokens[i - 1]?.w ?? ''))) {
      let at = i + 1;
      while (['a', 'an', 'the', 'most', 'any', 'all', 'some', 'your', 'average', 'typical', 'many', 'every'].includes(tokens[at]?.w ?? '')) at++;
      const id = identityAt(tokens, groups, at);
      const [cs] = clauseBounds(tokens, i);
      const lowly = tokens.slice(cs, i).find((t) => LOWLY.has(t.w));
      if (id && lowly) push({ from: cs, to: id.to, group: id, kind: 'dehumanising', what: `${lowly.w} ${tokens[i - 1]?.w} than`, person: false });
    }
    // "why is it always the [group] causing trouble"
    if (w === 'always' && n === 'the') {
      const g = groups.find((m) => m.from === i + 2 && !m.pronoun);
      if (!g) continue;
      for (let j = g.to + 1; j < Math.min(tokens.length, g.to + 6) && !CLAUSE_BREAK.has((tokens[j] as Token).w); j++) {
        const x = (tokens[j] as Token).w;
        if (BAD_OUTCOMES.has(x) || NEGATIVE_ATTRIBUTES.has(x) || INSULT_ADJECTIVES.has(x) || BLAMED_EVENTS.has(x)) {
          push({ from: i, to: j, group: g, kind: 'stereotype', what: 'always the ...', person: false });
          break;
        }
      }
    }
    // "what would a woman know about engineering?"
    if (w === 'what' && ['do', 'does', 'would', 'could', 'can'].includes(n)) {
      let at = i + 2;
      if (['a', 'an', 'the', 'these', 'those'].includes(tokens[at]?.w ?? '')) at++;
      const id = identityAt(tokens, groups, at);
      const k = id ? skipFill(tokens, id.to + 1) : -1;
      if (id && tokens[k]?.w === 'know' && tokens[k + 1]?.w === 'about') push({ from: i, to: k + 1, group: id, kind: 'derogation', what: 'what would ... know', person: false });
    }
    // "Refugees, go home.", "Go back, immigrants!": an order to leave, addressed to the group
    if (w === ',' && i > 0) {
      const g = groups.find((m) => m.to === i - 1 && !m.pronoun && (m.from === 0 || CLAUSE_BREAK.has(tokens[m.from - 1]?.w ?? '')));
      const h = groups.find((m) => m.from === i + 1 && !m.pronoun && clauseEndsAt(tokens, m.to));
      const order = g ? leaveOrder(tokens, i + 1) : h ? leaveOrder(tokens, clauseBounds(tokens, i)[0]) : -1;
      if (g && order > 0) push({ from: g.from, to: order, group: g, kind: 'exclusion', what: 'told to leave', person: false });
      else if (h && order > 0 && order < i) push({ from: clauseBounds(tokens, i)[0], to: h.to, group: h, kind: 'exclusion', what: 'told to leave', person: false });
    }
    // "why can't [group] just assimilate?"
    if (w === 'why' && n === 'can' && tokens[i + 2]?.w === 'not') {
      const g = groups.find((m) => m.from === i + 3 && !m.pronoun);
      const v = g && ['just', 'simply'].includes(tokens[g.to + 1]?.w ?? '') ? tokens[g.to + 2]?.w ?? '' : '';
      if (g && CONFORMING.has(v)) push({ from: i, to: g.to + 2, group: g, kind: 'derogation', what: `why can't ... just ${v}`, person: false });
    }
  }
  return out;
}

/** "go home", "go back (to ...)", "get out", "leave": an order to leave starting at `i`; returns its last token or -1. */
function leaveOrder(tokens: readonly Token[], i: number): number {
  const w = tokens[i]?.w ?? '';
  const n = tokens[i + 1]?.w ?? '';
  if (w === 'go' && ['home', 'back', 'away'].includes(n)) return i + 1;
  // "get the fuck out", "get the hell out of our country": a curse inside the order
  if (w === 'get' && n === 'the' && ['fuck', 'hell', 'heck', 'fck', 'feck'].includes(tokens[i + 2]?.w ?? '') && tokens[i + 3]?.w === 'out') return i + 3;
  // ("get out there and vote", "get out to the job fair": going out to do something, not leaving)
  if (w === 'get' && n === 'out' && !['there', 'to', 'and', 'more', 'into', 'in', 'on'].includes(tokens[i + 2]?.w ?? '')) return i + 1;
  if ((w === 'leave' || w === 'die') && clauseEndsAt(tokens, i)) return i;
  return -1;
}

/** "Women in charge of the budget? What could possibly go wrong.": sarcasm about a group named here or just before. */
function goWrong(tokens: readonly Token[], groups: readonly GroupMention[], readPrev: () => string | undefined): Attack | null {
  const at = tokens.findIndex((t, j) => t.w === 'go' && tokens[j + 1]?.w === 'wrong' && tokens.slice(Math.max(0, j - 3), j).some((x) => x.w === 'could'));
  if (at < 0) return null;
  const named = groups.find((g) => !g.pronoun && g.from < at);
  const prev = named ? undefined : readPrev();
  const before = !named && prev && /\?\s*$/.test(prev) ? neighbourGroups(prev)[0] : undefined;
  const g = named ?? (before ? { ...before, from: 0, to: 0, pronoun: true } : undefined);
  if (!g) return null;
  const from = tokens.findIndex((t) => t.w === 'what');
  return { from: from >= 0 && from < at ? from : at, to: at + 1, group: g, kind: 'derogation', what: 'what could go wrong', person: false };
}

function addressedTo(tokens: readonly Token[]): boolean {
  return tokens.some((t) => t.w === 'you' || t.w === 'your' || t.mention);
}

/** Praise that a "for a [group member]" frame turns into a stereotype ("articulate for a Black guy"). */
const PRAISE = new Set([
  'good', 'smart', 'clever', 'articulate', 'pretty', 'intelligent', 'strong', 'talented', 'competent', 'skilled', 'capable', 'eloquent',
  'attractive', 'beautiful', 'hot', 'cute', 'clean', 'polite', 'educated', 'logical', 'fluent', 'brilliant', 'bright', 'sharp', 'funny',
  'rational', 'hardworking', 'reliable', 'technical', 'decent', 'impressive', 'well', 'quick', 'tough', 'confident', 'assertive', 'calm',
  'tidy', 'neat', 'safe', 'nice', 'organised', 'organized', 'normal', 'civilised', 'civilized', 'honest', 'punctual', 'sensible', 'nuanced',
  'handsome', 'gorgeous', 'spoken', 'successful', 'classy', 'stylish', 'sober', 'trustworthy',
]);
/** Outcomes a "[member] so expect ..." frame predicts. */
const BAD_OUTCOMES = new Set([
  'slip', 'slips', 'slipping', 'late', 'fail', 'fails', 'failing', 'failure', 'mess', 'drama', 'cry', 'crying', 'tears', 'chaos', 'complain',
  'complaining', 'complaints', 'problems', 'trouble', 'delays', 'delayed', 'miss', 'missed', 'lose', 'losing', 'screw', 'wrong', 'mistakes',
  'excuses', 'theft', 'steal', 'stealing', 'crime', 'emotional', 'hysterics', 'tantrums', 'lawsuit', 'lawsuits', 'sue', 'leave', 'quit', 'worse',
]);
const PREDICT = new Set(['expect', 'obviously', 'naturally', 'predictably', 'wonder', 'course', 'guess', 'surprise', 'bet']);

/** Where a member mention ends: at a clause end, or one described noun later ("woman driver"); -1 if neither. */
function memberEnd(tokens: readonly Token[], id: GroupMention): number {
  if (clauseEndsAt(tokens, id.to)) return id.to;
  const n = tokens[id.to + 1];
  if (n && /^[a-z]+$/.test(n.w) && !FUNCTION_WORDS.has(n.w) && clauseEndsAt(tokens, id.to + 1)) return id.to + 1;
  return -1;
}
const FUNCTION_WORDS = new Set(['who', 'that', 'which', 'is', 'are', 'was', 'were', 'to', 'and', 'or', 'but', 'in', 'on', 'at', 'of', 'with', 'has', 'have', 'had', 'can', 'will', 'would', 'should', 'does', 'did', 'do']);
/** Things (not people) a "typical [identity] ..." may describe: weather, food, seasons, occasions, places. */
const TYPICAL_THINGS = new Set([
  'weather', 'food', 'cuisine', 'breakfast', 'brunch', 'lunch', 'dinner', 'dish', 'meal', 'dessert', 'tea', 'coffee', 'summer', 'winter', 'spring',
  'autumn', 'fall', 'weekend', 'holiday', 'holidays', 'wedding', 'weddings', 'festival', 'pub', 'village', 'town', 'house', 'houses', 'architecture',
  'music', 'song', 'songs', 'landscape', 'countryside', 'day', 'morning', 'evening', 'night', 'traffic', 'bureaucracy', 'design', 'funeral', 'funerals',
  'party', 'parties', 'christmas', 'sunday', 'barbecue', 'bbq', 'picnic', 'feast', 'welcome', 'hospitality',
]);
/** Events a "of course the [member] ..." frame blames on the member. */
const BLAMED_EVENTS = new Set(['caught', 'arrested', 'crashed', 'broke', 'messed', 'screwed', 'blew', 'forgot', 'lied', 'cheated', 'complained', 'whined', 'cried', 'stole', 'lost', 'failed', 'dropped', 'skipped', 'ruined']);

function clauseEndsAt(tokens: readonly Token[], i: number): boolean {
  const n = tokens[i + 1]?.w;
  return n === undefined || CLAUSE_BREAK.has(n) || n === ',' || n === 'lol' || n === 'haha';
}

/**
 * Stereotypes implied rather than stated: "good at coding for a girl", "she is a woman so expect delays",
 * "diversity hire", "token woman", "[group] can't help it", "typical [group]".
 */
function implicitAttacks(tokens: readonly Token[], groups: readonly GroupMention[]): Attack[] {
  const out: Attack[] = [];
  const nearest = (i: number): GroupMention | undefined => groups.filter((g) => !g.pronoun).sort((a, b) => Math.abs(a.from - i) - Math.abs(b.from - i))[0];
  for (let i = 0; i < tokens.length; i++) {
    const w = (tokens[i] as Token).w;
    // "[praise] (at X) for a [member]"
    // "for someone from Africa", "for people who grew up in the hood": a phrase for the member after "for"
    const phraseMember = ['someone', 'somebody', 'anyone', 'people'].includes(tokens[i + 1]?.w ?? '') && groups.some((g) => g.from === i + 1 && !g.pronoun);
    if (w === 'for' && (['a', 'an'].includes(tokens[i + 1]?.w ?? '') || phraseMember)) {
      let at = phraseMember ? i + 1 : i + 2;
      // "for a bunch of Mexicans", "for a group of women"
      if (['bunch', 'group', 'couple', 'pair', 'load'].includes(tokens[at]?.w ?? '') && tokens[at + 1]?.w === 'of') at += 2;
      if (!identityAt(tokens, groups, at) && identityAt(tokens, groups, at + 1)) at++;
      const id = identityAt(tokens, groups, at);
      // the member may be followed by one noun it describes: "for a woman engineer", "for an immigrant neighbourhood"
      const end = id ? memberEnd(tokens, id) : -1;
      if (!id || end < 0) continue;
      // the praise may sit several words back: "he's actually really sharp, you know, for an old man"
      let k = i - 1;
      for (let s = 0; s < 8 && k >= 0 && !PRAISE.has((tokens[k] as Token).w) && !['.', '!', '?', 'but', 'and'].includes((tokens[k] as Token).w); s++) k--;
      const praise = tokens[k]?.w ?? '';
      if (PRAISE.has(praise) && !NEGATORS.has(tokens[k - 1]?.w ?? '') && !(tokens[k - 1]?.w === 'is' && NEGATORS.has(tokens[k - 2]?.w ?? ''))) {
        out.push({ from: k, to: end, group: id, kind: 'stereotype', what: `${praise} ... for a`, person: false });
      }
      continue;
    }
    // "quite hardworking, considering he's Mexican": praise qualified by the identity, as "for a" does
    if (w === 'considering' && ['he', 'she', 'they'].includes(tokens[i + 1]?.w ?? '') && ['is', "'s", 'are', "'re", 'was', 'were'].includes(tokens[i + 2]?.w ?? '')) {
      let at = i + 3;
      if (['a', 'an'].includes(tokens[at]?.w ?? '')) at++;
      const id = identityAt(tokens, groups, at);
      const end = id ? memberEnd(tokens, id) : -1;
      let k = i - 1;
      for (let s = 0; s < 6 && k >= 0 && !PRAISE.has((tokens[k] as Token).w) && !['.', '!', '?', 'but'].includes((tokens[k] as Token).w); s++) k--;
      if (id && end >= 0 && PRAISE.has(tokens[k]?.w ?? '') && !NEGATORS.has(tokens[k - 1]?.w ?? '')) out.push({ from: k, to: end, group: id, kind: 'stereotype', what: `${tokens[k]?.w} ... considering`, person: false });
      continue;
    }
    // "what (else) do you expect from (a bunch of) [group]"
    if (w === 'expect' && tokens[i + 1]?.w === 'from' && tokens.slice(Math.max(0, i - 4), i).some((t) => t.w === 'what')) {
      let at = i + 2;
      if (['a', 'the', 'those', 'these', 'them'].includes(tokens[at]?.w ?? '')) at++;
      if (['bunch', 'group', 'load', 'lot'].includes(tokens[at]?.w ?? '') && tokens[at + 1]?.w === 'of') at += 2;
      const id = identityAt(tokens, groups, at);
      if (id && memberEnd(tokens, id) >= 0) out.push({ from: Math.max(0, i - 4), to: memberEnd(tokens, id), group: id, kind: 'stereotype', what: 'what do you expect from', person: false });
      continue;
    }
    // "of course the Muslim guy was late", "naturally the new girl cried": a member blamed as predictable
    if ((w === 'course' && tokens[i - 1]?.w === 'of') || ((w === 'naturally' || w === 'predictably' || w === 'typically') && (i === 0 || CLAUSE_BREAK.has(tokens[i - 1]?.w ?? '') || tokens[i - 1]?.w === ','))) {
      let at = i + 1;
      if (tokens[at]?.w === ',') at++;
      if (['the', 'our', 'their', 'that', 'this'].includes(tokens[at]?.w ?? '')) at++;
      if (tokens[at]?.w === 'new' || tokens[at]?.w === 'only') at++;
      const g = groups.find((m) => m.from === at && !m.pronoun && (m.to > m.from || SINGULAR_GENDER.has(tokens[m.from]?.w ?? '') || !m.weak));
      const id = g ?? (SINGULAR_GENDER.has(tokens[at]?.w ?? '') ? identityAt(tokens, groups, at) : null);
      if (!id) continue;
      let end = -1;
      for (let j = id.to + 1; j < Math.min(tokens.length, id.to + 12) && !['.', '!', '?', 'but'].includes((tokens[j] as Token).w); j++) {
        const x = (tokens[j] as Token).w;
        if (BAD_OUTCOMES.has(x) || NEGATIVE_ATTRIBUTES.has(x) || INSULT_ADJECTIVES.has(x) || BLAMED_EVENTS.has(x)) end = j;
      }
      if (end > 0) out.push({ from: i, to: end, group: id, kind: 'stereotype', what: `${w} the ...`, person: false });
      continue;
    }
    // "[member] ... so expect / so of course / so obviously [bad outcome]"
    if (w === 'so' && PREDICT.has(tokens[i + 1]?.w ?? '') || (w === 'so' && tokens[i + 1]?.w === 'no' && tokens[i + 2]?.w === 'wonder') || (w === 'so' && tokens[i + 1]?.w === 'of' && tokens[i + 2]?.w === 'course')) {
      let id: GroupMention | null = null;
      for (let j = i - 1; j >= Math.max(0, i - 8) && !CLAUSE_BREAK.has((tokens[j] as Token).w); j--) id = identityAt(tokens, groups, j) ?? id;
      if (!id) continue;
      let end = -1;
      for (let j = i + 1; j < Math.min(tokens.length, i + 12) && !['.', '!', '?'].includes((tokens[j] as Token).w); j++) {
        const x = (tokens[j] as Token).w;
        if (BAD_OUTCOMES.has(x) || NEGATIVE_ATTRIBUTES.has(x) || INSULT_ADJECTIVES.has(x)) end = j;
      }
      if (end > 0) out.push({ from: id.from, to: end, group: id, kind: 'stereotype', what: 'so expect ...', person: false });
      continue;
    }
    // "diversity hire", "quota hire", "token woman", "ticked a box"
    const next = tokens[i + 1]?.w ?? '';
    if ((w === 'diversity' || w === 'quota' || w === 'dei') && ['hire', 'hires', 'hiring', 'pick', 'candidate', 'promotion', 'appointment'].includes(next)) {
      const g = nearest(i);
      // "you're just a diversity hire" is said to the reader
      out.push({ from: i, to: i + 1, group: g ?? { from: i, to: i + 1, characteristic: 'race', pronoun: false, weak: true }, kind: 'derogation', what: `${w} ${next}`, person: tokens.slice(0, i).some((t) => SECOND.has(t.w)) });
      continue;
    }
    if (w === 'token') {
      const id = identityAt(tokens, groups, i + 1) ?? (PERSON_WORD_AFTER_TOKEN.has(next) && nearest(i) ? (nearest(i) as GroupMention) : null);
      if (id && id.from > i && ['a', 'an', 'the', 'their', 'our', 'just', 'only'].includes(tokens[i - 1]?.w ?? '')) {
        out.push({ from: i, to: id.to, group: id, kind: 'derogation', what: 'token', person: tokens.slice(0, i).some((t) => SECOND.has(t.w)) });
      }
      continue;
    }
    // "diversity box ticked", "quota box checked": the same charge, word order reversed
    const reversed = (w === 'box' || w === 'boxes') && ['diversity', 'quota', 'dei'].includes(tokens[i - 1]?.w ?? '') && ['ticked', 'checked', 'ticks', 'checks'].includes(next);
    if (reversed || (['tick', 'ticked', 'ticks', 'ticking', 'check', 'checked', 'checks', 'checking'].includes(w) && ['a', 'the', 'some'].includes(next) && (tokens[i + 2]?.w === 'box' || tokens[i + 2]?.w === 'boxes' || tokens[i + 3]?.w === 'box'))) {
      const hiring = tokens.some((t) => ['hire', 'hired', 'hiring', 'promoted', 'promotion', 'diversity', 'quota'].includes(t.w));
      const g = nearest(i);
      const she = tokens.some((t) => t.w === 'her' || t.w === 'she');
      if (hiring && (g || she || tokens.some((t) => t.w === 'diversity' || t.w === 'quota' || t.w === 'him' || t.w === 'he'))) {
        out.push({ from: i, to: Math.min(tokens.length - 1, i + 3), group: g ?? { from: i, to: i, characteristic: she ? 'gender' : 'race', pronoun: false, weak: true }, kind: 'derogation', what: 'ticked a box', person: false });
      }
      continue;
    }
    // "typical [group]" / "typical of (a) [member]" at the end of a clause
    if (w === 'typical') {
      let at = i + 1;
      if (tokens[at]?.w === 'of') at++;
      if (['a', 'an', 'the', 'them', 'those'].includes(tokens[at]?.w ?? '')) at++;
      const id = identityAt(tokens, groups, at);
      const end = id ? memberEnd(tokens, id) : -1;
      // "typical British weather", "typical Italian Sunday lunch": the identity word describes a thing, not a person
      if (id && end === id.to + 1 && TYPICAL_THINGS.has(tokens[end]?.w ?? '')) continue;
      // "Typical Indian aunty, she asked my salary. I love her.", "Typical pensioner, my mum arrived five hours early": a
      // fond joke about someone the writer knows or loves, with nothing bad said
      const rest = tokens.slice((end >= 0 ? end : i) + 1).map((t) => t.w);
      const fond = rest.some((x, j) => (OWNERS.has(x) && KNOWN_PEOPLE.has(rest[j + 1] ?? '')) || x === 'love' || (x === 'one' && rest[j + 1] === 'of' && rest[j - 2] === 'i'));
      if (id && fond && !rest.some((x) => INSULT_ADJECTIVES.has(x) || INSULT_NOUNS.has(x) || NEGATIVE_ATTRIBUTES.has(x))) continue;
      if (id && end >= 0 && !NEGATORS.has(tokens[i - 1]?.w ?? '')) {
        // "@sam typical woman, can't read a chart": said to someone, it is also a personal attack
        const person = (tokens.slice(0, i).every((t) => t.mention || t.punct) && tokens.some((t) => t.mention)) || tokens.some((t) => t.w === 'you' || t.w === 'your' || t.w === 'u');
        out.push({ from: i, to: end, group: id, kind: 'stereotype', what: 'typical', person });
      }
    }
  }
  // "[group] can't help it / themselves"
  for (const g of groups) {
    if (g.pronoun) continue;
    const a = g.to + 1;
    if (['can', 'could'].includes(tokens[a]?.w ?? '') && tokens[a + 1]?.w === 'not' && tokens[a + 2]?.w === 'help' && ['it', 'themselves', 'being', 'herself', 'himself'].includes(tokens[a + 3]?.w ?? '')) {
      out.push({ from: g.from, to: a + 3, group: g, kind: 'stereotype', what: "can't help it", person: false });
    }
  }
  return out;
}
const PERSON_WORD_AFTER_TOKEN = new Set(['hire', 'minority', 'person']);

interface Trope {
  characteristic: Characteristic;
  /** alternatives per slot; null = up to three words of any kind */
  slots: readonly (ReadonlySet<string> | null)[];
}
/** Slot words too common to open the detector on: a trope is looked for only when one of its rarer words is present. */
const TROPE_COMMON = new Set(['you', 'your', 'ya', 'u', 'the', 'a', 'an', 'be', 'back', 'to', 'in', 'on', 'go', 'my', 'our', 'is', 'what', 'which', 'who', 'that', 'how', 'many', 'and', 'of', 'or', 'get', '?', 'man', 'woman', 'over', 'here', 'up', 'let', 'lets', 'take', 'off', 'thing', 'anything', 'anyone', 'someone', 'something', 'anybody', 'people', 'stuff', 'know', 'one', 'at', 'with', 'the', 'do', 'wash', 'stay', 'eat', 'eating', 'ate', 'bring', 'brought', 'brings', 'allow', 'allows', 'permit', 'permits', 'let', 'allowed', 'permitted', 'drive', 'vote', 'work', 'talk', 'leave', 'speak', 'post', 'help', 'helped', 'type', 'write', 'ride', 'riding', 'count', 'counting', 'clean', 'cleaning', "'s"]);
const TROPES_BY_FIRST = new Map<string, Trope[]>();
const TROPE_KEYS = new Set<string>();
for (const line of TROPE_LINES.trim().split('\n')) {
  const [c, ...rest] = line.trim().split(/\s+/);
  const slots = rest.map((x) => (x === '~' ? null : new Set(x.split('|'))));
  const trope: Trope = { characteristic: c as Characteristic, slots };
  for (const w of slots[0] ?? []) {
    const list = TROPES_BY_FIRST.get(w);
    if (list) list.push(trope);
    else TROPES_BY_FIRST.set(w, [trope]);
  }
  // every match holds one word of each slot: the slot with the fewest common words keys the trope
  const common = (x: ReadonlySet<string>): number => [...x].filter((w) => TROPE_COMMON.has(w)).length;
  const key = slots.filter((x): x is Set<string> => x !== null).reduce((a, b) => (common(b) < common(a) ? b : a));
  for (const w of key) TROPE_KEYS.add(w);
}

/** Where a trope's slots match from token i: the last token, or -1. */
function tropeEnd(tokens: readonly Token[], i: number, slots: Trope['slots'], s = 0): number {
  if (s === slots.length) return i - 1;
  const slot = slots[s];
  if (slot === null) {
    for (let skip = 0; skip <= 3; skip++) {
      const e = tropeEnd(tokens, i + skip, slots, s + 1);
      if (e >= 0) return e;
    }
    return -1;
  }
  return slot?.has(tokens[i]?.w ?? '') ? tropeEnd(tokens, i + 1, slots, s + 1) : -1;
}

/** Kitchen talk that makes "be in the kitchen" literal: a chef, a shift, a meal. */
const COOKING = new Set(['chef', 'chefs', 'cook', 'cooking', 'cooks', 'service', 'restaurant', 'dinner', 'lunch', 'breakfast', 'menu', 'oven', 'shift', 'bake', 'baking', 'recipe', 'food', 'kettle', 'stove', 'burning', 'burnt', 'smell', 'smells', 'ready', 'catering',
  // a dish on the go: "get back in the kitchen and check the roast"
  'roast', 'cake', 'bread', 'pasta', 'sauce', 'soup', 'stew', 'pie', 'turkey', 'timer', 'pot', 'pan', 'grill', 'fridge', 'freezer', 'snacks', 'leftovers']);

/**
 * A stereotype trope said to a person ("Shouldn't you be in the kitchen, @jen?", "@omar blown anything up lately?",
 * "did you swim here?"): the trope implies the identity. Only in a sentence addressed to someone (an @mention, "you",
 * or a name as a vocative); a negated trope ("you don't belong in the kitchen") and the literal kitchen pass.
 */
function tropeAttacks(tokens: readonly Token[], next: () => string | undefined): Attack[] {
  const out: Attack[] = [];
  if (!tokens.some((t) => TROPE_KEYS.has(t.w))) return out;
  const addressed = tokens.some((t) => t.mention || SECOND.has(t.w) || t.w === 'your' || t.w === 'ur' || t.w === 'yourself' || t.w === 'yourselves') ||
    /,\s*[A-Z][a-z]+\s*[.!?]*$/.test(tokens.map((t) => t.raw).join(' '));
  if (!addressed) return out;
  for (let i = 0; i < tokens.length; i++) {
    for (const trope of TROPES_BY_FIRST.get((tokens[i] as Token).w) ?? []) {
      const end = tropeEnd(tokens, i, trope.slots);
      if (end < 0) continue;
      // "you don't belong in the kitchen": a negator before the trope, except the rhetorical "shouldn't you"
      const negated = [i - 1, i - 2, i - 3].some((j) => NEGATORS.has(tokens[j]?.w ?? '') && !SECOND.has(tokens[j + 1]?.w ?? ''));
      // "if you're on your period, don't go": advice under a condition
      if (negated || tokens.slice(Math.max(0, i - 6), i).some((t) => t.w === 'if' || t.w === 'when')) continue;
      if (tokens.slice(i, end + 1).some((t) => t.w === 'kitchen') && (tokens.some((t) => COOKING.has(t.w)) || (next() ?? '').split(/\W+/).some((w) => COOKING.has(w.toLowerCase())))) continue;
      out.push({ from: i, to: end, group: { from: i, to: end, characteristic: trope.characteristic, pronoun: false, weak: false }, kind: 'derogation', what: 'a stereotype said to a person', person: true });
      i = end;
      break;
    }
  }
  return out;
}

/** Words that can start an attack with no group noun in the sentence: "because ...", "go back ...", "for a girl", "diversity hire". */
const CUE_WORDS = new Set([
  'diversity', 'quota', 'dei', 'token', 'typical', 'english', 'yourself', 'yourselves', 'box',
  'leave', 'expect', 'course', 'naturally', 'predictably', 'typically', ...Object.keys(IDENTITY_INSULT_NOUNS),
  'wrong', 'wonder', 'real', 'girl', 'woman', 'lady', ...INSINUATION_CUES, ...TROPE_KEYS,
]);
/**
 * Everyday words that open a frame only next to a second word ("go back", "you people", "your kind",
 * "because you're ..."): checked as pairs, so the many sentences with "you" or "for" skip the detector.
 */
const CUE_PAIRS: Readonly<Record<string, ReadonlySet<string>>> = {
  back: new Set(['go', 'get', 'send', 'sent', 'going', 'went', 'fly', 'swim', 'crawl', 'ship', 'shipped', 'head', 'move', 'gtfo', 'run']),
  you: new Set(['people', 'lot', 'lots', 'all', 'guys', 'kind', 'type', 'ones', 'lesser', 'too', 'just', 'only', 'are', 'will', 'throw', 'talk', 'look', 'sound', 'would', 'should', 'can', 'cannot', 'never', 'always']),
  your: new Set(['kind', 'sort', 'type', 'people', 'country', 'religion', 'race', 'god', 'culture', 'village', 'boat', 'reservation', 'own', 'lot', 'tribe', 'ilk', 'breed', 'community', 'caste', 'homeland']),
  because: new Set(['you', 'she', 'he', 'they', 'her', 'his', 'their', 'of']),
  for: new Set(['a', 'an', 'one', 'someone', 'somebody']),
  make: new Set(['room', 'way', 'sure']),
  out: new Set(['get', 'kick', 'kicked', 'throw', 'thrown', 'keep', 'kept', 'run', 'ship', 'vote', 'weed', 'root', 'drive', 'driven', 'stay', 'sort']),
  // "two guys holding hands is ...": a same-sex couple named without a group word
  two: new Set(['guys', 'dudes', 'lads', 'girls', 'ladies', 'males', 'females', 'blokes']),
  so: new Set(['typical', 'jewish', 'gay', 'black', 'asian', 'indian', 'muslim', 'feminine', 'girly', 'female', 'trans', 'autistic', 'retarded']),
};

function pairCue(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // (own keys only: "constructor" and "toString" are keys every object inherits)
    const partners = Object.hasOwn(CUE_PAIRS, t.w) ? CUE_PAIRS[t.w] : undefined;
    if (!partners) continue;
    // the partner before ("go back", "get out") or after ("you people", "your kind", "because she", "for a")
    if (partners.has(tokens[i - 1]?.w ?? '') || partners.has(tokens[i + 1]?.w ?? '') || partners.has(tokens[i + 2]?.w ?? '')) return true;
  }
  return false;
}

/** Words that make second-person othering about origin rather than race. */
const ORIGIN_CUES = new Set(['country', 'countries', 'english', 'border', 'borders', 'home', 'deported', 'deport', 'banned', 'here', 'visa', 'passport', 'illegal', 'illegals', 'immigrants']);

function explainAttack(a: Attack): string {
  // (a pronoun for the group, or the group named in the sentence before this one)
  const who = a.group.pronoun ? `${/^[aeiou]/.test(a.group.characteristic) ? 'an' : 'a'} ${a.group.characteristic} group named earlier` : `a group defined by ${a.group.characteristic}`;
  return `${KIND_TEXT[a.kind]} ${who} ('${a.what}')`;
}

/** What both rules of this detector (protected and at-a-person) read first, once per sentence's tokens. */
interface Prefilter {
  groups: readonly GroupMention[];
  refers: boolean;
  /** a group, a pronoun for one, or a cue word: the sentence may hold an attack */
  open: boolean;
}
const prefilters = new WeakMap<readonly Token[], Prefilter>();

/** "Muslim scum": an identity adjective before an insult noun; words are listed only when an insult noun is there. */
function identityInsulted(tokens: readonly Token[]): boolean {
  if (!tokens.some((t) => INSULT_NOUNS.has(t.w))) return false;
  const words = tokens.map((t) => t.w);
  return words.some((_w, i) => identityInsultAt(words, i) !== undefined);
}

function prefilter(tokens: readonly Token[]): Prefilter {
  let p = prefilters.get(tokens);
  if (!p) {
    const groups = findGroups(tokens);
    // every attack needs a group (named here, or a pronoun for one named before), "because ... [identity]"
    // or "go back ...": a sentence with none of these skips the rest
    const refers = hasGroupPronoun(tokens);
    // a sentence of a few words may be the punchline to a joke set up on a group in the sentence before
    // (and a sentence opening with "Now", which may count the cost of advice about a group in the sentence before)
    const open = groups.length > 0 || refers || tokens.length <= 7 || tokens[0]?.w === 'now' || identityInsulted(tokens) || tokens.some((t) => CUE_WORDS.has(t.w)) || pairCue(tokens) || identityThing(tokens) || consequenceOpen(tokens);
    p = { groups, refers, open };
    prefilters.set(tokens, p);
  }
  return p;
}

const GUARDED_BELONGINGS = new Set(['purse', 'purses', 'bag', 'bags', 'handbag', 'wallet', 'wallets', 'phone', 'valuables', 'belongings']);
const GUARDING = new Set(['clutch', 'grab', 'hold', 'hide', 'lock', 'watch', 'check', 'clutching', 'grabbing', 'holding', 'hiding', 'locking', 'watching', 'checking']);
/** "That'll be the day.", "Yeah right.": mocking disbelief after a one-line question. */
const MOCK_DISBELIEF = [/^next,? you'?ll tell me\b/, /^next you will tell me\b/, /^(and )?pigs (can|will|might) fly\b/, /^when pigs fly\b/, /^that'?ll be the day\b/, /^that will be the day\b/, /^yeah,? right\b/, /^not in (my|a million|this) /, /^good luck with that\b/, /^as if\b/, /^lol+\.?$/, /^lmao\.?$/, /^we'?d all be doomed\b/, /^god help us\b/];

/**
 * Frames where the group is not the grammatical subject: a precaution taken against it ("I clutch my purse when Black guys
 * walk by", "I cross the street when I see ..."), "another [member], another problem", and disbelief at a member in a
 * role ("A female president? That'll be the day.").
 */
function precautionFrames(tokens: readonly Token[], groups: readonly GroupMention[], next: () => string | undefined): Attack[] {
  const out: Attack[] = [];
  const words = tokens.filter((t) => !t.punct);
  for (const g of groups) {
    if (g.pronoun) continue;
    const before = tokens.slice(Math.max(0, g.from - 8), g.from).map((t) => t.w);
    const when = Math.max(before.lastIndexOf('when'), before.lastIndexOf('whenever'), before.lastIndexOf('around'), before.lastIndexOf('near'));
    const guard = before.findIndex((w) => GUARDING.has(w));
    if (when > guard && guard >= 0 && before.slice(guard + 1, when).some((w) => GUARDED_BELONGINGS.has(w))) {
      out.push({ from: g.from - before.length + guard, to: g.to, group: g, kind: 'stereotype', what: 'a precaution taken against them', person: false });
      continue;
    }
    if (when >= 0 && before.includes('cross') && before.includes('street')) {
      out.push({ from: g.from - before.length + before.indexOf('cross'), to: g.to, group: g, kind: 'stereotype', what: 'crossing the street to avoid them', person: false });
      continue;
    }
    // "Another Muslim, another problem."
    if (tokens[g.from - 1]?.w === 'another' && tokens[g.to + 1]?.w === ',' && tokens[g.to + 2]?.w === 'another' && ['problem', 'crime', 'scandal', 'attack', 'disaster', 'headache', 'criminal', 'mess', 'bomb', 'lawsuit', 'complaint'].includes(tokens[g.to + 3]?.w ?? '')) {
      out.push({ from: g.from - 1, to: g.to + 3, group: g, kind: 'stereotype', what: 'another [member], another problem', person: false });
      continue;
    }
    // "A female president?" followed by "That'll be the day."
    if (tokens[tokens.length - 1]?.w === '?' && words.length <= 4 && g.to > g.from && ['a', 'an', 'the'].includes(words[0]?.w ?? '') && g.from <= 1) {
      const n = (next() ?? '').trim().toLowerCase();
      if (MOCK_DISBELIEF.some((re) => re.test(n))) out.push({ from: 0, to: tokens.length - 2, group: g, kind: 'derogation', what: 'disbelief at a member in a role', person: false });
    }
  }
  return out;
}

/**
 * The attacks both rules of this detector read (group-attack and identity-attack-at-person run one after the other on
 * the same sentence input): made once per input. Keyed by the input object, which the engine makes afresh per check,
 * so a neighbour read through it is never stale.
 */
let lastShared: { input: DetectorInput; attacks: readonly Attack[] } | undefined;
function sharedAttacks(input: DetectorInput, tokens: readonly Token[], groups: readonly GroupMention[]): readonly Attack[] {
  if (lastShared?.input === input) return lastShared.attacks.map((a) => ({ ...a }));
  const attacks = [...namedByInsult(tokens, groups), ...personAttacks(tokens, groups), ...personFrames(tokens, groups), ...tropeAttacks(tokens, () => input.next), ...implicitAttacks(tokens, groups), ...derogationFrames(tokens, groups), ...precautionFrames(tokens, groups, () => input.next)];
  lastShared = { input, attacks: attacks.map((a) => ({ ...a })) };
  return attacks;
}

/**
 * "trans freaks should stay home", "you gay weirdo", "those disabled scroungers": a group or a member named by an insult
 * (find-groups reads the insult as the person noun of the mention). The name is the attack whatever the predicate says;
 * said to "you", it is also aimed at a person.
 */
function namedByInsult(tokens: readonly Token[], groups: readonly GroupMention[]): Attack[] {
  const out: Attack[] = [];
  for (const g of groups) {
    if (g.pronoun || g.to <= g.from || !ODD_PERSON.has(tokens[g.to]?.w ?? '')) continue;
    // (the writer's own: "us disabled weirdos", "autistic weirdos like me", "I'm a trans freak and proud")
    const near = tokens.slice(Math.max(0, g.from - 3), g.to + 4).map((t) => t.w);
    if (near.some((x, n) => ['us', 'we', 'i', 'im', 'my', 'our', 'myself'].includes(x) || (x === 'like' && near[n + 1] === 'me'))) continue;
    const person = ['you', 'u', 'ya'].includes(tokens[g.from - 1]?.w ?? '');
    out.push({ from: person ? g.from - 1 : g.from, to: g.to, group: g, kind: 'derogation', what: `a group named by an insult ('${tokens.slice(g.from, g.to + 1).map((t) => t.w).join(' ')}')`, person });
  }
  return out;
}

const LAST_RESORT = 'a damning word';
/** Who harmed someone: "whoever attacked ...", "the thugs who assaulted ...", "anyone who threatens to burn down ...". */
const PERPETRATOR = /\b(?:whoever|(?:anyone|anybody|those|people|the (?:people|men|man|guy|guys|person|thugs|lads|youths|gang|attackers|cowards|idiots|bigots|vandals|racists)) (?:who|that))\b(?: \S+){0,3}? (?:attacked|assaulted|vandalised|vandalized|set fire to|torched|burned|burnt|firebombed|desecrated|defaced|smashed|abused|harassed|threatened|threatens|threaten|beat|beat up|stabbed|shot|spat on|spat at|targeted|attacks|attack|assault|harass|abuse|burn down|burns down|attacking|graffitied|daubed)\b/;
/** Justice called for on them: "should be found and jailed", "must face the full force of the law". */
const JUSTICE = /\b(?:jailed|jail|prison|prosecuted|prosecute|arrested|arrest|charged|punished|locked up|lock them up|behind bars|face justice|brought to justice|the full force of the law|face the law|sentenced|convicted|caught|banned|sacked|fired|held accountable|investigated|reported to the police)\b/;
/** The token index of the justice called for on those who harmed someone, or -1. */
function perpetratorsPunished(tokens: readonly Token[]): number {
  const plain = tokens.map((t) => t.w).join(' ');
  const who = PERPETRATOR.exec(plain);
  if (!who) return -1;
  const j = JUSTICE.exec(plain.slice(who.index));
  return j ? plain.slice(0, who.index + j.index).split(' ').length - 1 : -1;
}
/** An attacker of a group named in the sentence before and praised in this one, read on both sentences as one. */
function praisedAfter(tokens: readonly Token[], prev: string): { group: GroupMention; explain: string } | null {
  const prevTokens = tokenizeMapped(prev, plainMapped(prev));
  const p = attackerPraised([...prevTokens, ...tokens], findGroups(prevTokens));
  return p ? { group: { ...p.group, from: 0, to: 0, pronoun: true }, explain: `${p.explain}, after the attacker named just before` } : null;
}
/** A threat at a place (or to a group) named in the sentence before, read on both sentences as one. */
function threatAtPlaceBefore(tokens: readonly Token[], prev: string): { group: GroupMention; explain: string } | null {
  const prevTokens = tokenizeMapped(prev, plainMapped(prev));
  const prevGroups = findGroups(prevTokens).filter((g) => !g.pronoun && !g.unnamed);
  const prevPlaces = [...groupPlaces(prevTokens), ...prevGroups];
  return prevPlaces.length ? threatAtPlace([...prevTokens, ...tokens], prevPlaces) : null;
}
/** Doubting questions (right, permission, hiring) that a "yes" or "we did" in the next sentence answers for the group. */
const ANSWERABLE = new Set(['right questioned', 'permission questioned', ...[...POSITIVE_OBJECT_VERBS].map((v) => `who would ${v}?`)]);
/** The next sentence opens with an answer in the group's favour. */
const IN_FAVOUR = /^\W*(yes|yeah|yep|yup|absolutely|of course|obviously|definitely|(i|we) (did|do|would|will|have))\b/i;
/** ... unless it takes it back at once: "Yes, but ...", "Obviously not.", "Yes, to the back of the line." */
const AGAINST_AFTER = /^\W*\w+(\s+\w+)?\W*\s*(but|not|no|never|to the|lol|lmao|haha)\b/i;

function run(input: DetectorInput, aim: 'any' | 'person'): DetectorHit[] {
  const tokens = unglue(tokenize(input));
  const { groups, refers, open } = prefilter(tokens);
  // scare quotes on a role ("female 'boss'") need no group noun: read before the prefilter, from the raw text
  const scare = aim === 'any' ? scareQuotes(input.text, tokens, groups) : null;
  // ("The refugee hotel is on Station Road. Bring petrol.": the place is named in the sentence before, read only here)
  const arson = aim === 'any' ? arsonAtPlaceBefore(tokens, () => input.prev) ?? armedAtPlace(tokens) : null;
  // ("Keep talking, [group]. I know where you meet and I'm bringing petrol.": a group called to in the sentence before)
  const called = aim === 'any' && !groups.length && tokens.some((t) => CALLED_GATE.has(t.w)) && (mayThreaten(tokens) || menaceSaid(tokens)) ? threatToCalledGroup(tokens, () => input.prev) : null;
  // ("Keep talking, [group]. The rope is already in the back of my truck.": the group named in the sentence before, the
  // threat in this one, aimed at no one else; prev is read only for a sentence with a threat word and no group)
  const after = aim === 'any' && !groups.length && !called && afterCue(tokens) && input.prev ? afterGroup(tokens, input.prev) : null;
  // ("Tomorrow I walk into the kosher deli and open fire": a group's place stands for its people, for the place readers below only)
  const places = aim === 'any' && (mayBackstop(tokens) || mayHarmPlace(tokens)) ? groupPlaces(tokens) : [];
  // ("The trans youth group meets in the church basement. We're gonna seal the basement and light it.": the place or the
  // group named in the sentence before, the harm planned in this one; prev is read only for a sentence with harm words)
  const placeBefore = aim === 'any' && !groups.length && !places.length && mayThreatenPlace(tokens) && input.prev ? threatAtPlaceBefore(tokens, input.prev) : null;
  // ("the synagogue shooter was a hero": praise of an attack on the group's people)
  // (or the attacker named in the sentence before and praised in this one: "The guy who shot up the gay club? Legend.")
  const praised = aim === 'any' ? attackerPraised(tokens, groups) ?? (mayPraise(tokens) && input.prev ? praisedAfter(tokens, input.prev) : null) : null;
  // (a sentence opened only by a group's place is read by the place readers alone: "the Jewish bakery torched the meringues"
  // is not a sentence about Jews for the other frames)
  const placesOnly = !open && !scare && !arson && !called && !after;
  if (placesOnly && !places.length && !praised && !placeBefore) return [];
  // implicit frames can be aimed at a person too ("@sam typical woman"); 'person' keeps only those
  const attacks: Attack[] = placesOnly ? [] : [...sharedAttacks(input, tokens, groups)];
  // prev is read (through a thunk) only when the sentence is the sarcastic "what could go wrong"
  const sarcastic = aim === 'any' && !placesOnly ? goWrong(tokens, groups, () => input.prev) : null;
  if (sarcastic) attacks.push(sarcastic);
  if (aim === 'any' && !placesOnly) {
    // insinuation frames (warnings, blame by identity, essentialising, ...) read prev only when a cue asks
    attacks.push(...insinuations(tokens, groups, neighbour(() => input.prev), input.text));
    if (scare) attacks.push(scare);
    if (arson) attacks.push({ from: 0, to: tokens.length - 1, group: { ...arson.group, from: 0, to: 0, pronoun: true }, kind: 'exclusion', what: `threat of violence: ${arson.explain}`, person: false, confidence: 0.7 });
    // prev is read only when a pronoun may point back into it (and only by the rule that resolves
    // pronouns), so edits next door do not re-run this sentence
    const prevGroups = refers ? neighbourGroups(input.prev) : [];
    let found = false;
    for (const g0 of [...groups, ...findGroupPronouns(tokens, groups, prevGroups, true)]) {
      // "trans freaks should be shot", "see the Muslim scum hanged": an insult noun after the name is part of the mention
      // ("disabled people creep me out": a verb with its object, not a name)
      const g = !g0.pronoun && INSULT_NOUNS.has(tokens[g0.to + 1]?.w ?? '') && !OBJECT_PRONOUNS.has(tokens[g0.to + 2]?.w ?? '') ? { ...g0, to: g0.to + 1 } : g0;
      // ("[group] at the shops today. They should just stay home": a dismissive prescription through "they")
      // ("Christians love lecturing everyone. They're hypocritical scum.": the last resort reads a pronoun as the plain subject of "are")
      const a = subjectAttack(tokens, g) ?? objectAttack(tokens, g) ?? aversion(tokens, g) ?? virtuesDenied(tokens, g) ?? (g.pronoun ? pronounReadings(tokens, g, input.prev) : null);
      if (a && (!g.unnamed || unnamedAttack(tokens, g, a))) {
        attacks.push(a);
        found = true;
      }
    }
    if (!found && groups.length) attacks.push(...questionAsStatement(tokens, groups), ...pretendedAway(tokens, groups), ...proposedRemoval(tokens, groups));
    // (after the other readings, whatever they found: "[group] have no idea what is coming for them" is a threat, not ignorance)
    if (!attacks.some((a) => a.kind === 'exclusion') && (tokens.some((t) => GROUP_THREAT_GATE.has(t.w)) || mayThreaten(tokens))) {
      const all = [...groups, ...identityPlaces(tokens, groups), ...singularMembers(tokens, groups)];
      if (all.length) attacks.push(...threatToGroup(tokens, all, () => input.prev));
    }
    // (the last reading: an act or a euphemism of one, the group as the one it is done to, and the writer's stance, in any
    // order of words; threat-backstop.ts keeps its own gate of words)
    const members = singularMembers(tokens, groups);
    // (a virtue or an ability denied to the group in forms the predicate grammar's lists miss, negated-virtue.ts; read
    // whatever else was found, since the others may yet stand down)
    const nv = groups.length || members.length ? negatedVirtue(tokens, tokens.map((t) => t.w), [...groups, ...members]) : null;
    if (nv && !attacks.some((a) => a.kind === 'negated-positive')) attacks.push({ ...nv, confidence: 0.7 });
    if (!attacks.length && (groups.length || members.length)) {
      const b = threatBackstop(tokens, [...groups, ...members]);
      if (b) attacks.push({ from: b.group.from, to: b.group.to, group: b.group, kind: 'exclusion', what: `threat of violence: ${b.what}`, person: false, confidence: 0.7 });
      // ("Rope's already in the boot. Any [group] round here ...": the threat's words in the sentence before, read with this
      // one only when that sentence holds a word of violence)
      else if (tokens.some((t) => JOIN_CUE.has(t.w)) && input.prev && PREV_VIOLENCE.test(input.prev)) {
        const prevTokens = tokenizeMapped(input.prev, plainMapped(input.prev));
        const j = joinedThreat(prevTokens, [], tokens, [...groups, ...members]);
        if (j) attacks.push({ from: j.group.from - prevTokens.length, to: j.group.to - prevTokens.length, group: { ...j.group, from: j.group.from - prevTokens.length, to: j.group.to - prevTokens.length }, kind: 'exclusion', what: `threat of violence: ${j.what}`, person: false, confidence: 0.65 });
      }
    }
    if (called) attacks.push(called);
    if (after && !attacks.length) attacks.push(after);
    // (the very last reading: the learned cues, on a sentence naming a group that nothing else read)
    if (!attacks.length && groups.length) {
      const learned = learnedReading(tokens, [...groups, ...members], () => ({ before: neighbourWords(input.prev), after: neighbourWords(input.next) }));
      if (learned) attacks.push(learned);
    }
  }
  // round 34: a group's place as the target (group-places.ts), read when nothing else found a threat
  if (aim === 'any' && !attacks.some((a) => a.kind === 'exclusion')) {
    if (praised) attacks.push({ from: praised.group.from, to: praised.group.to, group: praised.group, kind: 'exclusion', what: `threat of violence: ${praised.explain}`, person: false, confidence: 0.7 });
    else if (places.length) {
      // the backstop's patterns with the place for the group (not its cues, which read a place's everyday words too loosely:
      // "shooting the Pride parade for the paper"), then the place reader's own harm and stance
      const b = threatBackstop(tokens, places, false);
      const p = b ? null : threatAtPlace(tokens, places);
      if (b) attacks.push({ from: b.group.from, to: b.group.to, group: b.group, kind: 'exclusion', what: `threat of violence: ${b.what}`, person: false, confidence: 0.7 });
      else if (p) attacks.push({ from: p.group.from, to: p.group.to, group: p.group, kind: 'exclusion', what: `threat of violence: ${p.explain}`, person: false, confidence: 0.65 });
    } else if (placeBefore) attacks.push({ from: 0, to: tokens.length - 1, group: { ...placeBefore.group, from: 0, to: 0, pronoun: true }, kind: 'exclusion', what: `threat of violence: ${placeBefore.explain}, at a place named just before`, person: false, confidence: 0.65 });
  }
  // ("Whoever attacked the mosque should be found and jailed": justice called for on those who harmed the group, whose
  // place or members are only the object of the harm; praise of the harm is read by the threat backstop and stays)
  const justiceAt = aim === 'any' && attacks.length ? perpetratorsPunished(tokens) : -1;
  if (justiceAt >= 0) for (let i = attacks.length - 1; i >= 0; i--) if ((attacks[i] as Attack).group.from <= justiceAt) attacks.splice(i, 1);
  // the last-resort readings ("a damning word in the group's clause", the cue score) yield to any frame that read the sentence
  const fallback = (a: Attack): boolean => a.what.startsWith(LAST_RESORT) || a.what.startsWith(CUE_SCORE) || a.what.startsWith(LEARNED_CUES);
  if (attacks.length > 1 && attacks.some((a) => !fallback(a))) {
    for (let i = attacks.length - 1; i >= 0; i--) if (fallback(attacks[i] as Attack)) attacks.splice(i, 1);
  }
  // ... and to the predicate reader's own verdict that the word is praise ("old people are savage on Twitter and I love it")
  for (let i = attacks.length - 1; i >= 0; i--) {
    const a = attacks[i] as Attack;
    if (!a.what.startsWith(LAST_RESORT) || a.group.pronoun) continue;
    const r = readPredicate(tokens, a.group.to + 1);
    if (r?.kind === 'positive' && a.what.endsWith(`('${r.head}')`)) attacks.splice(i, 1);
  }
  const hits: DetectorHit[] = [];
  let nextVerdict: ContextVerdict | null | undefined;
  const posed = (): boolean => /\?\s*$/.test(input.text) || /^\s*["“][^"“”]+["”]\s*[.!]?\s*$/.test(input.text);
  // "Have you ever seen an old man work a lathe? Incredible skill.": a "have you ever seen ...?" answered with admiration
  // asks in wonder. Only that question: after "can women even drive?" an "Amazing." is sarcasm. next is read only then.
  let admiredNext: boolean | undefined;
  let echo: ContextVerdict | null | undefined;
  let answeredNext: boolean | undefined;
  const wonder = (): boolean => tokens[tokens.length - 1]?.w === '?' && everSeenAt(tokens.map((t) => t.w)) >= 0 && (admiredNext ??= admiring(input.next ? tokenizeMapped(input.next, plainMapped(input.next)).map((t) => t.w) : []));
  for (const a of attacks) {
    if (aim === 'person' && !a.person) continue;
    // "anti-Muslim attacks are up 40%": the group is what the attacks are against, not their subject
    if (tokens[a.group.from - 1]?.w === 'anti' && !a.group.pronoun && ANTI_NOUNS.has(tokens[a.group.to + 1]?.w ?? '')) continue;
    // ("me and my fellow queers are taking over the bowling alley": the writer's own people, not a claim about a group)
    if (!a.group.pronoun && a.kind !== 'exclusion' && tokens[a.group.from - 1]?.w === 'fellow' && ['my', 'our'].includes(tokens[a.group.from - 2]?.w ?? '')) continue;
    // ("this woman is lazy / lying": the bare predicate word; a frame that names the identity, "contempt for age ('fossil')", stays)
    if (teasing(tokens, a) || ownTakeover(tokens, a) || ((a.kind === 'generalisation' || a.kind === 'stereotype') && /^[a-z-]+$/.test(a.what) && pointsAtOne(tokens, a.group))) continue;
    if (a.kind === 'negated-positive' && wonder()) continue;
    // "Should gay couples be allowed to adopt? Yes, obviously.", "Who would hire a deaf designer? We did.": the writer
    // answers the doubting question for the group, so it was asked to be answered, not to deny. next is read only then.
    if (a.what.endsWith(PROPOSED) && DENIED_NEXT.test(input.next ?? '')) continue;
    if (ANSWERABLE.has(a.what) && (answeredNext ??= IN_FAVOUR.test(input.next ?? '') && !AGAINST_AFTER.test(input.next ?? ''))) continue;
    a.from = Math.max(0, a.from);
    a.to = Math.min(tokens.length - 1, Math.max(a.to, a.from));
    const first = tokens[a.from];
    const last = tokens[a.to];
    if (!first || !last) continue;
    let confidence = a.confidence ?? BASE[a.kind];
    if (a.group.pronoun) confidence *= 0.9;
    if (a.group.weak) confidence *= 0.85;
    if (tokens[a.group.from - 1]?.w === 'some' || tokens[a.group.from - 1]?.w === 'many') confidence *= 0.8;
    if (a.person) confidence = Math.max(confidence, 0.8);
    const question = /\?\s*$/.test(input.text) ? '; phrased as a question, still an attack' : '';
    // a question or a quoted line whose next sentence condemns it ("... ? That's a sexist myth."): next is read only then
    let context = mentionContext(input.text, tokens, a.from, a.to) ?? (a.from < a.group.from ? claimantClause(tokens, a.group.from) : null);
    // "Who decided deaf people should be excluded from juries?" questions the claim it quotes; only a begrudged
    // permission ("... should be allowed to drive buses?") is the writer's own view
    if (!context && tokens[0]?.w === 'who' && ['decided', 'said', 'says', 'thinks', 'told'].includes(tokens[1]?.w ?? '') && tokens[tokens.length - 1]?.w === '?' && !a.what.startsWith('who decided')) context = { factor: 0.4, reason: `questioned ('who ${tokens[1]?.w}')` };
    // "People keep saying X are lazy. And honestly? They're not wrong.": a report endorsed in the next sentence
    if (context && /^reported|someone else's opinion/.test(context.reason) && endorsedNext(input.next)) context = null;
    if ((!context || context.reason === 'quoted') && posed()) {
      const nv = nextVerdict === undefined ? (nextVerdict = condemnedNext(input.next)) : nextVerdict;
      if (nv) context = context ? { factor: Math.min(0.35, nv.factor), reason: `quoted and ${nv.reason}` } : nv;
      else if (!context) context = echo === undefined ? (echo = echoAnswered(tokens, input.next)) : echo;
    }
    const ctx = applyContext(confidence, explainAttack(a) + question, a.denial && context && /negated opinion|denied/.test(context.reason) ? null : context);
    if (hits.some((h) => h.start <= first.start && h.end >= last.end)) continue;
    hits.push({
      start: first.start,
      end: last.end,
      confidence: Math.round(ctx.confidence * 100) / 100,
      explain: ctx.explain,
      tags: [a.group.characteristic, a.kind],
    });
  }
  return hits;
}

/** A side in a game: with one named, a win verb through a pronoun is a win. */
const TEAM_WORDS = new Set(['team', 'teams', 'squad', 'side', 'club', 'season', 'fixture', 'opponents', 'rivals']);
/** Verbs of violence that also mean winning a game. */
const WIN_VERBS = new Set(['beat', 'destroy', 'crush', 'kill', 'murder', 'slaughter', 'whip', 'bury', 'smash', 'annihilate', 'punish', 'nuke']);

/** Games and contests after "beat [group]": "at chess", "in the quiz", "3-1". */
const CONTESTS = new Set([
  'chess', 'darts', 'pool', 'snooker', 'laser', 'tag', 'paintball', 'football', 'soccer', 'tennis', 'badminton', 'squash', 'golf', 'bowling',
  'cards', 'poker', 'bridge', 'scrabble', 'monopoly', 'trivia', 'quiz', 'pub', 'karaoke', 'bingo', 'race', 'races', 'sprint', 'relay',
  'match', 'game', 'games', 'final', 'semi', 'semis', 'league', 'tournament', 'competition', 'contest', 'hackathon', 'fifa', 'mario', 'kart',
  'ping', 'pong', 'cricket', 'rugby', 'netball', 'basketball', 'volleyball', 'hockey', 'baseball', 'softball', 'rounders', 'croquet',
  'points', 'goals', 'runs', 'wickets', 'arm', 'wrestling', 'dodgeball', 'charades', 'pictionary', 'sudoku', 'crossword', 'wordle', 'score', 'side', 'futsal', 'padel',
]);

/**
 * Openings that state what follows as a fact: "how come ...", "ever notice how ...", "isn't it funny how ...". The first
 * that matches is stripped, so the list is sorted longest first: "don't you think that" must win over "don't you think".
 */
const STATING_OPENINGS: readonly (readonly string[])[] = [
  ['how', 'come'], ['ever', 'notice', 'how'], ['ever', 'noticed', 'how'], ['notice', 'how'], ['noticed', 'how'], ['have', 'you', 'noticed', 'how'],
  ['have', 'you', 'ever', 'noticed', 'how'], ['did', 'you', 'notice', 'how'], ['is', 'not', 'it', 'funny', 'how'], ['funny', 'how'],
  ['is', 'not', 'it', 'strange', 'how'], ['is', 'not', 'it', 'weird', 'how'], ['is', 'not', 'it', 'interesting', 'how'], ['why', 'is', 'it', 'that'],
  ['how', 'is', 'it', 'that'], ['anyone', 'else', 'notice', 'how'], ['is', 'it', 'just', 'me', 'or', 'do'],
  ['is', 'it', 'me', 'or'], ['is', 'it', 'just', 'me', 'or'], ['can', 'anyone', 'explain', 'why'], ['can', 'someone', 'explain', 'why'], ['someone', 'explain', 'why'],
  ['do', 'not', 'you', 'think'], ['do', 'not', 'you', 'think', 'that'], ['ever', 'wonder', 'why'], ['ever', 'wondered', 'why'], ['do', 'you', 'ever', 'wonder', 'why'], ['you', 'ever', 'wonder', 'why'],
  // a poll of the reader or of the crowd only asks whether others see it too: the claim after it is the writer's
  ...['noticed', 'notice'].flatMap((n) => [['has', 'anyone', n], ['has', 'anyone', 'else', n], ['has', 'anybody', n], ['have', 'you', n], ['anyone', 'else', n], ['have', 'you', 'ever', n], ['does', 'anyone', 'else', n]].flatMap((o) => [o, [...o, 'that']])),
  ...['think', 'thinks', 'feel', 'feels', 'find', 'finds'].flatMap((v) => [['am', 'i', 'the', 'only', 'one', 'who', v], ['am', 'i', 'the', 'only', 'one', 'that', v], ['does', 'anyone', 'else', v]].flatMap((o) => [o, [...o, 'that']])),
  ['is', 'it', 'only', 'me', 'or'], ['am', 'i', 'wrong', 'or'], ['am', 'i', 'crazy', 'or'], ['is', 'it', 'any', 'wonder'], ['is', 'it', 'any', 'wonder', 'that'], ['is', 'it', 'any', 'surprise'], ['is', 'it', 'any', 'surprise', 'that'],
  ['is', 'it', 'any', 'wonder', 'why'],
].sort((a, b) => b.length - a.length);
const SUBJECT_DETERMINERS = new Set(['every', 'all', 'the', 'those', 'these', 'most', 'so', 'many', 'some', 'a', 'an']);
const WHY_AUX = new Set(['can', 'do', 'does', 'did', 'are', 'is', 'will', 'would', 'should', 'could', 'must']);

/**
 * The statement a rhetorical question asserts, as tokens of the same sentence (so spans map back):
 * "Why can't women drive?" → "women can not drive", "Why does every Romanian steal?" → "every Romanian steal",
 * "Why don't disabled people ever work?" → "disabled people never work", "How come Mexicans are always late?" →
 * "Mexicans are always late". Null when the question has no such shape.
 */
function declarative(tokens: readonly Token[], groups: readonly GroupMention[]): Token[] | null {
  if (tokens[tokens.length - 1]?.w !== '?') return null;
  const end = tokens.length - 1;
  // the statement ends where the question did, with a full stop on the question mark's place
  const stop: Token = { ...(tokens[end] as Token), w: '.' };
  for (const open of STATING_OPENINGS) {
    if (!open.every((x, i) => tokens[i]?.w === x)) continue;
    if (end - open.length < 2) return null;
    // "is it me or are Jews always in charge?": the auxiliary goes after the group ("do" drops)
    const aux = tokens[open.length] as Token;
    const g = ['are', 'is', 'were', 'was', 'do', 'does', 'did'].includes(aux.w) ? groups.find((m) => !m.pronoun && m.from > open.length && m.from <= open.length + 2) : undefined;
    if (g) return [...tokens.slice(open.length + 1, g.to + 1), ...(['do', 'does', 'did'].includes(aux.w) ? [] : [aux]), ...tokens.slice(g.to + 1, end), stop];
    // "am I the only one who finds [group] creepy?": what is found is what they are said to be
    const found = ['find', 'finds'].includes(open[open.length - 1] ?? '') ? groupAt(tokens, groups, open.length) : undefined;
    if (found && found.to + 1 < end) return [...tokens.slice(found.from, found.to + 1), { ...(tokens[open.length - 1] as Token), w: 'are' }, ...tokens.slice(found.to + 1, end), stop];
    return [...tokens.slice(open.length, end), stop];
  }
  // "Am I the only one who crosses the street when ...?", "... who wouldn't want a [member] babysitting ...?": the
  // writer states what they do, and asks only whether others do it too
  if (['am', 'i', 'the', 'only', 'one'].every((x, i) => tokens[i]?.w === x) && ['who', 'that'].includes(tokens[5]?.w ?? '') && end > 7) {
    // the verb agrees with "who" ("crosses"); the statement's "I" takes the base form ("cross")
    const v = tokens[6] as Token;
    const base = /(ss|sh|ch|x|z)es$/.test(v.w) ? v.w.slice(0, -2) : /ies$/.test(v.w) ? `${v.w.slice(0, -3)}y` : /[^s]s$/.test(v.w) && !['is', 'was', 'has', 'does'].includes(v.w) ? v.w.slice(0, -1) : v.w;
    return [{ ...(tokens[5] as Token), w: 'i' }, { ...v, w: base }, ...tokens.slice(7, end), stop];
  }
  // "Shouldn't refugees be grateful?", "Shouldn't women stay home?": the negative question asserts the obligation
  if (['should', 'must'].includes(tokens[0]?.w ?? '') && tokens[1]?.w === 'not') {
    const g = groups.find((m) => !m.pronoun && m.from >= 2 && m.from <= 3);
    if (g && tokens.slice(2, g.from).every((t) => SUBJECT_DETERMINERS.has(t.w)) && g.to + 1 < end) return [...tokens.slice(2, g.to + 1), tokens[0] as Token, ...tokens.slice(g.to + 1, end), stop];
  }
  // "Aren't all Muslims just terrorists?", "Don't women always overreact?": the negative question asserts the statement
  if (['are', 'is', 'do', 'does'].includes(tokens[0]?.w ?? '') && tokens[1]?.w === 'not') {
    const g = groups.find((m) => !m.pronoun && m.from >= 2 && m.from <= 3);
    if (g && tokens.slice(2, g.from).every((t) => SUBJECT_DETERMINERS.has(t.w)) && g.to + 1 < end) return [...tokens.slice(2, g.to + 1), ...(['do', 'does'].includes(tokens[0]?.w ?? '') ? [] : [tokens[0] as Token]), ...tokens.slice(g.to + 1, end), stop];
  }
  if (tokens[0]?.w !== 'why' || !WHY_AUX.has(tokens[1]?.w ?? '')) return null;
  const aux = tokens[1] as Token;
  const neg = tokens[2]?.w === 'not';
  const subjectFrom = neg ? 3 : 2;
  const g = groups.find((m) => !m.pronoun && m.from >= subjectFrom && m.from <= subjectFrom + 2);
  if (!g || g.to + 1 >= end) return null;
  // the group is the subject ("why does every Romanian ..."), not an object ("why should we let refugees ...")
  if (tokens.slice(subjectFrom, g.from).some((t) => !SUBJECT_DETERMINERS.has(t.w))) return null;
  // "why are refugees not allowed to work?" asks why an exclusion stands: no statement to read
  // ("why do [group] never bother ...?" still presumes a habit: "never" after "do" is the habit, not a ban)
  const never = ['do', 'does', 'did'].includes(aux.w) && !neg && tokens[g.to + 1]?.w === 'never';
  if (!never && (NEGATORS.has(tokens[g.to + 1]?.w ?? '') || NEGATORS.has(tokens[g.to + 2]?.w ?? ''))) return null;
  const subject = tokens.slice(subjectFrom, g.to + 1);
  let rest = tokens.slice(g.to + 1, end);
  const doAux = ['do', 'does', 'did'].includes(aux.w);
  if (neg && doAux && rest[0]?.w === 'ever') {
    // "why don't [group] ever work" asserts "[group] never work"
    rest = [{ ...(tokens[2] as Token), w: 'never' }, ...rest.slice(1)];
    return [...subject, ...rest, stop];
  }
  // "why can't [group] just accept ...?" asserts what they should do; "why can't [group] ever pay ...?" that they never do
  if (neg && aux.w === 'can' && (rest[0]?.w === 'just' || (rest[0]?.w === 'ever' && rest[1]?.w === 'just'))) return [...subject, { ...aux, w: 'should' }, ...rest.slice(rest[0]?.w === 'ever' ? 1 : 0), stop];
  if (neg && aux.w === 'can' && rest[0]?.w === 'ever') {
    return quitting(subject, rest.slice(1), stop)[0] ?? [...subject, { ...(tokens[2] as Token), w: 'never' }, ...rest.slice(1), stop];
  }
  const verb = doAux && !neg ? [] : neg ? [aux, tokens[2] as Token] : [aux];
  return [...subject, ...verb, ...rest, stop];
}

/** "stop / quit [doing] ..." after a subject, read as "[subject] are [doing] ...": the habit the question asks them to drop. */
function quitting(subject: readonly Token[], rest: readonly Token[], stop: Token): Token[][] {
  const v = rest[0];
  const ing = rest[1];
  if (!v || !ing || !['stop', 'quit'].includes(v.w) || !/^[a-z]{2,}ing$/.test(ing.w)) return [];
  // "stop having to beg for interpreters", "stop needing to fight": a burden put on them, not a habit of theirs
  if (['having', 'needing'].includes(ing.w) && rest[2]?.w === 'to') return [];
  // "stop being hypocrites" is "are hypocrites"
  if (ing.w === 'being') return [[...subject, { ...v, w: 'are' }, ...rest.slice(2), stop]];
  // the habit as a trait too ("stop acting entitled" → "act entitled"): the stem is guessed, the readers judge it
  const stem = ing.w.slice(0, -3);
  const bases = [stem, `${stem}e`, ...(/(.)\1$/.test(stem) ? [stem.slice(0, -1)] : [])];
  return [[...subject, { ...v, w: 'are' }, ...rest.slice(1), stop], ...bases.map((b) => [...subject, { ...ing, w: b }, ...rest.slice(2), stop])];
}

/** Words of an awaited change that the question presumes is overdue: "when will [group] (finally) ...". */
const OVERDUE = new Set(['finally', 'ever', 'just', 'all', 'actually', 'really']);
/** Verbs that take as given what follows them: "when will [group] admit it's a choice?" presumes it is one. */
const ADMITTING = new Set(['admit', 'realise', 'realize', 'accept', 'acknowledge', 'confess', 'concede', 'understand', 'see']);
/** Words after "how many [group] are" that presume some are: "how many of these migrants are actually criminals?" */
const PRESUMING = new Set(['actually', 'really', 'secretly', 'truly', 'genuinely', 'just', 'even', 'honestly', 'still']);
/** Openings that ask after an awaited change of the group right after them. */
const AWAITING: readonly (readonly string[])[] = [
  ['when', 'will'], ['when', 'are'], ['when', 'is'], ['how', 'long', 'until'], ['how', 'long', 'till'], ['how', 'long', 'til'], ['how', 'long', 'before'],
  ['how', 'much', 'longer', 'until'], ['how', 'much', 'longer', 'before'], ['how', 'long', 'will', 'it', 'take', 'for'], ['how', 'long', 'will', 'it', 'take', 'before'],
];

/** The group mention that opens the clause at i (after "the", "these", ...), or undefined. */
function groupAt(tokens: readonly Token[], groups: readonly GroupMention[], i: number): GroupMention | undefined {
  let k = i;
  while (['the', 'these', 'those', 'all', 'our'].includes(tokens[k]?.w ?? '')) k++;
  const g = groups.find((m) => !m.pronoun && (m.from === i || m.from === k));
  // the determiner stays with the group: "the Chinese" names a people, "Chinese" alone may not
  return g && tokens[i]?.w === 'the' ? { ...g, from: i } : g;
}

/**
 * Statements a question takes as given rather than asks: "when will [group] stop X-ing?" presumes they do X,
 * "how long until [group] admit it's Y?" that it is Y, "how many of these [group] are actually Z?" that some are
 * (and, when Z is a virtue, that few are), "what is it with [group] and X-ing?" that they do X. Each is handed to the
 * same readers as a plain sentence, so "when will trans people get proper healthcare?" or "how many immigrants arrived
 * last year?" stay questions: nothing is presumed, or what is presumed is no attack.
 */
function presupposed(tokens: readonly Token[], groups: readonly GroupMention[]): Token[][] {
  const end = tokens.length - 1;
  if (tokens[end]?.w !== '?') return [];
  const stop: Token = { ...(tokens[end] as Token), w: '.' };
  const words = tokens.map((t) => t.w);
  const out: Token[][] = [];
  for (const open of AWAITING) {
    if (!open.every((x, i) => words[i] === x)) continue;
    const g = groupAt(tokens, groups, open.length);
    if (!g) break;
    const subject = tokens.slice(g.from, g.to + 1);
    let j = g.to + 1;
    // "when are [group] going to ...", "when is [group] gonna ..."
    if (open[1] === 'are' || open[1] === 'is') {
      if (words[j] === 'going' && words[j + 1] === 'to') j += 2;
      else if (words[j] === 'gonna') j++;
      else break;
    }
    while (OVERDUE.has(words[j] ?? '')) j++;
    const v = tokens[j];
    if (!v || NEGATORS.has(v.w)) break;
    const rest = tokens.slice(j, end);
    const stopped = quitting(subject, rest, stop);
    if (stopped.length) out.push(...stopped);
    else if (ADMITTING.has(v.w)) {
      let k = j + 1;
      if (words[k] === 'that') k++;
      const c = words[k];
      // "... admit they're lazy", "... admit it's a choice", "... admit their religion is a cult": the pronoun is the group
      if (c === 'they') out.push([...subject, ...tokens.slice(k + 1, end), stop]);
      else if (c === 'it' && ['is', 'was'].includes(words[k + 1] ?? '')) out.push([...subject, { ...(tokens[k + 1] as Token), w: 'are' }, ...tokens.slice(k + 2, end), stop]);
      else if (c === 'their' && ['is', 'are'].includes(words[k + 2] ?? '')) out.push([...subject, { ...(tokens[k + 2] as Token), w: 'are' }, ...tokens.slice(k + 3, end), stop]);
      else out.push([...tokens.slice(k, end), stop]);
    } else if (open[0] === 'how' || words.slice(g.to + 1, j).includes('finally')) {
      // "how long until [group] own every bank?" awaits what it states; "when will [group] finally die off?" wishes it
      out.push([...subject, ...(words.slice(g.to + 1, j).includes('finally') ? [{ ...v, w: 'should' }] : []), ...rest, stop]);
    }
    break;
  }
  if (words[0] === 'how' && words[1] === 'many') {
    // "how many of these / those / the [group] ..."
    const demonstrative = words[2] === 'of' && ['these', 'those'].includes(words[3] ?? '');
    const g = groupAt(tokens, groups, words[2] === 'of' ? 3 : 2);
    const cop = g ? tokens[g.to + 1] : undefined;
    if (g && cop) {
      const subject = tokens.slice(g.from, g.to + 1);
      let j = g.to + (['are', 'is', 'were'].includes(cop.w) ? 2 : 1);
      const presumed = j < end && PRESUMING.has(words[j] ?? '');
      while (PRESUMING.has(words[j] ?? '')) j++;
      const rest = tokens.slice(j, end);
      const plain = rest.length > 0 && !rest.some((t) => NEGATORS.has(t.w) || t.w === 'there' || t.w === 'according');
      if (plain && ['are', 'is', 'were'].includes(cop.w) && (presumed || demonstrative)) {
        // what some are said to be ("... actually criminals"), or a virtue doubted of all ("... actually still useful")
        const said = [...subject, { ...cop, w: 'are' }, ...rest, stop];
        out.push(said);
        // the virtue doubted only when the reader takes it as praise: "... actually women and children?" is no virtue
        if (readPredicate(said, subject.length)?.kind === 'positive' && !findGroups(said).some((m) => m.from > subject.length)) out.push([...subject, { ...cop, w: 'are' }, { ...cop, w: 'not' }, ...rest, stop]);
      } else if (plain && presumed && /^[a-z]+$/.test(rest[0]?.w ?? '') && !MODALS_AND_AUX.has(rest[0]?.w ?? '')) {
        // "how many [group] actually work for a living?" doubts that any do
        out.push([...subject, { ...cop, w: 'never' }, ...rest, stop]);
      }
    }
  }
  // "what is it with [group] and lying?", "what's with [group] always being so ...?": the habit it asks about, stated
  const w = words[0] === 'what' && words[1] === 'is' ? (words[2] === 'it' && words[3] === 'with' ? 4 : words[2] === 'with' ? 3 : -1) : -1;
  const g = w > 0 ? groupAt(tokens, groups, w) : undefined;
  if (g) {
    let j = g.to + 1;
    if (words[j] === 'and') j++;
    const adverbs: Token[] = [];
    while (['always', 'constantly', 'all'].includes(words[j] ?? '')) adverbs.push(tokens[j++] as Token);
    const v = tokens[j];
    if (v && /^[a-z]{3,}ing$/.test(v.w) && j < end) {
      const rest = tokens.slice(v.w === 'being' ? j + 1 : j, end);
      out.push([...tokens.slice(g.from, g.to + 1), { ...v, w: 'are' }, ...adverbs, ...rest, stop]);
    }
  }
  return out;
}

const MODALS_AND_AUX = new Set(['are', 'is', 'were', 'was', 'do', 'does', 'did', 'have', 'has', 'had', 'can', 'could', 'will', 'would', 'should', 'must', 'get', 'got']);

/** Words a question may open with before its wrapper: "So when will ...?", "Honestly, how many ...?" ("serious question:" is read apart). */
const LEAD_IN = new Set(['so', 'and', 'but', 'ok', 'okay', 'honestly', 'seriously', 'genuinely', 'lol', 'lmao', 'well', 'hey', 'um', 'uh', 'srsly', 'curious', ',', ':', '-']);
const ASKED_IN_EARNEST = new Set(['real', 'serious', 'honest', 'genuine', 'quick']);

/** Attacks read from the statement a question asserts, with spans in the question's own tokens. */
function questionAsStatement(tokens: readonly Token[], groups: readonly GroupMention[]): Attack[] {
  // the wrappers are matched from the sentence's first word, so a lead-in is set aside first
  let s0 = 0;
  for (;;) {
    if (LEAD_IN.has(tokens[s0]?.w ?? '')) s0++;
    else if (ASKED_IN_EARNEST.has(tokens[s0]?.w ?? '') && tokens[s0 + 1]?.w === 'question') s0 += 2;
    else break;
  }
  const q = s0 ? tokens.slice(s0) : tokens;
  const qg = s0 ? groups.filter((g) => g.from >= s0).map((g) => ({ ...g, from: g.from - s0, to: g.to - s0 })) : groups;
  const statement = declarative(q, qg);
  const statements = statement ? [statement] : [];
  // the presumed statements are built only when the question has no plain statement reading
  if (!statement) statements.push(...presupposed(q, qg));
  const out: Attack[] = [];
  for (const s of statements) {
    // only a "why ...?" or "is it just me or ...?" asks for the reason of what it states; "when will [group] stop being
    // scammed?" awaits a change and presumes nothing against them
    // ("am I the only one who ...?" states what the writer does, and presumes nothing of the group)
    out.push(...statementAttacks(tokens, s, s === statement && s[0]?.w !== 'i'));
    if (out.length) break;
  }
  return out;
}

const PROPOSED = '(proposed as a question)';
/** The next sentence turns the proposal down: "Should Muslims be deported? Of course not." */
const DENIED_NEXT = /^\W*(no|nope|never|of course not|absolutely not|obviously not|certainly not|definitely not|hell no|not at all)\b/i;
/** Removals and violence a yes/no question may propose for a whole group ("should [group] be deported?"); not bans from a task. */
const PROPOSED_REMOVALS = /^(?:deport|expel|remov|sent|send|kick|put|lock|round|steril|extermin|kill|shot|shoot|hang|gas|purge|cleans|eradicat|eliminat|burn|jail|imprison|segregat|exile|intern|cage|ship|thrown|throw)/;
/** Words that make such a question policy talk about some members: a condition, a time, a relative clause. */
const POLICY_TALK = new Set(['if', 'unless', 'when', 'who', 'that', 'after', 'until', 'once', 'because', 'whose', 'convicted', 'illegal', 'illegally', 'failed', 'criminal', 'criminals']);

/**
 * "Should Muslims be deported?", "Should gay people be put in camps?": a removal or an act of violence proposed for a whole
 * group as a yes/no question. (Only those: "should older drivers be retested?" and "should refugees be allowed to work?"
 * ask about policy; a condition or a qualifier, "if their claim fails", "convicted", does too.)
 */
function proposedRemoval(tokens: readonly Token[], groups: readonly GroupMention[]): Attack[] {
  let s0 = 0;
  while (LEAD_IN.has(tokens[s0]?.w ?? '')) s0++;
  const end = tokens.length - 1;
  if (tokens[end]?.w !== '?' || !['should', 'must'].includes(tokens[s0]?.w ?? '') || tokens[s0 + 1]?.w === 'not') return [];
  if (tokens.some((t) => POLICY_TALK.has(t.w))) return [];
  const g = groups.find((m) => !m.pronoun && m.from >= s0 + 1 && m.from <= s0 + 3);
  if (!g || tokens.slice(s0 + 1, g.from).some((t) => !SUBJECT_DETERMINERS.has(t.w)) || g.to + 1 >= end) return [];
  const statement = [...tokens.slice(s0 + 1, g.to + 1), tokens[s0] as Token, ...tokens.slice(g.to + 1, end), { ...(tokens[end] as Token), w: '.' }];
  return statementAttacks(tokens, statement, true).filter((a) => a.kind === 'exclusion' && PROPOSED_REMOVALS.test(a.what)).map((a) => ({ ...a, what: a.what.replace('(asked as a question)', PROPOSED) }));
}

/** Auxiliaries and modals whose claim "stop pretending" takes back: "... [group] can do the job", "... [group] are equal". */
const PRETENDED_AUX = new Set(['can', 'are', 'is', 'will', 'could', 'do', 'does', 'have', 'has', 'would', 'should', 'were', 'was']);
/** States of being well that "stop pretending [group] are ..." denies in sympathy: "... refugees are safe in those camps". */
const WELLBEING = new Set(['safe', 'protected', 'happy', 'healthy', 'secure', 'housed', 'fed', 'supported', 'welcome', 'welcomed', 'comfortable', 'ok', 'okay', 'fine', 'free', 'respected', 'heard', 'included', 'treated', 'paid', 'cared', 'listened']);

/**
 * "Can we stop pretending people in wheelchairs can do the same job?", "let's stop pretending [group] are ...": the claim
 * after "pretending" is what the writer denies, so the statement read is its negation ("... can not do the same job").
 * A claim that is already negative flips back ("stop pretending women can't lead" says they can), and the readers then
 * find nothing in it.
 */
function pretendedAway(tokens: readonly Token[], groups: readonly GroupMention[]): Attack[] {
  const p = tokens.findIndex((t, i) => t.w === 'pretending' && ['stop', 'quit', 'stopped', 'enough', 'keep', 'kept'].includes(tokens[i - 1]?.w ?? ''));
  if (p < 0) return [];
  // "we keep pretending" is a confession, not a claim denied, unless "can we stop"
  if (['keep', 'kept'].includes(tokens[p - 1]?.w ?? '')) return [];
  let s = p + 1;
  if (tokens[s]?.w === 'that') s++;
  const g = groups.find((m) => !m.pronoun && m.from >= s && m.from <= s + 2);
  if (!g || tokens.slice(s, g.from).some((t) => !SUBJECT_DETERMINERS.has(t.w))) return [];
  let end = g.to + 1;
  while (end < tokens.length && !CLAUSE_BREAK.has((tokens[end] as Token).w) && tokens[end]?.w !== ',') end++;
  const aux = tokens[g.to + 1];
  if (!aux || !/^[a-z]+$/.test(aux.w)) return [];
  const stop: Token = { ...(tokens[end - 1] as Token), w: '.' };
  const rest = tokens.slice(g.to + 2, end);
  const subject = tokens.slice(g.from, g.to + 1);
  // "stop pretending refugees are safe in those camps" denies them a good they lack: sympathy, nothing to read
  if (rest.some((t) => WELLBEING.has(t.w))) return [];
  // "... [group] contribute" has no auxiliary to negate: "do not" goes before the verb
  const statement = !PRETENDED_AUX.has(aux.w)
    ? [...subject, { ...aux, w: 'do' }, { ...aux, w: 'not' }, aux, ...rest, stop]
    : NEGATORS.has(rest[0]?.w ?? '')
      ? [...subject, aux, ...rest.slice(1), stop]
      : [...subject, aux, { ...aux, w: 'not' }, ...rest, stop];
  // what the writer calls pretence is presented as known, as a knowing marker presents it in a statement. The span takes
  // in "stop pretending", which the context pass would otherwise read as a report of someone else's claim
  return statementAttacks(tokens, statement, true).map((a) => ({ ...a, from: Math.min(a.from, p - 1), what: a.what.replace('(asked as a question)', '(called pretence)') }));
}

/** Attacks read from one statement built out of a question's tokens, with spans in the question's own tokens. */
function statementAttacks(tokens: readonly Token[], statement: readonly Token[], asked = false): Attack[] {
  const at = (t: Token | undefined): number => {
    const i = tokens.indexOf(t as Token);
    // a word made up for the statement ("never" for "don't ... ever") stands on the negation's token
    return i >= 0 ? i : tokens.findIndex((x) => x.start === t?.start && x.end === t?.end);
  };
  const out: Attack[] = [];
  const stated = findGroups(statement);
  const found: Attack[] = [...implicitAttacks(statement, stated), ...derogationFrames(statement, stated), ...insinuations(statement, stated, neighbour(() => undefined), '', asked)];
  for (const g of stated) {
    const a = subjectAttack(statement, g) ?? objectAttack(statement, g);
    // "why are so many older people lonely?" asks about a count, it does not complain of one
    if (a && a.what !== 'so many') found.push(a);
  }
  for (const a of found) {
    const g = a.group;
    if (g.pronoun) continue;
    const span = statement.slice(a.from, a.to + 1).map(at).filter((i) => i >= 0);
    const from = Math.min(...span, at(statement[g.from]));
    out.push({ ...a, from: Math.min(from, ...span), to: Math.max(...span), group: { ...g, from: at(statement[g.from]), to: at(statement[g.to]) }, what: `${a.what} (asked as a question)` });
  }
  return out;
}

/**
 * An attack on an othering phrase with no group named ("those people ..."): with no cue to the group only a dehumanising
 * attack counts ("those people breed like rabbits"; "those people are idiots" may be about anyone), and "their culture"
 * only with a verdict on a culture ("backward", "incompatible"), since a company has a culture too.
 */
function unnamedAttack(tokens: readonly Token[], g: GroupMention, a: Attack): boolean {
  // "those people are animal lovers": the word describes a noun after it
  if (g.unnamed === 'bare' && (a.kind !== 'dehumanising' || /^[a-z]+$/.test(tokens[a.to + 1]?.w ?? '') && !['and', 'or', 'lol'].includes(tokens[a.to + 1]?.w ?? ''))) return false;
  if (tokens[g.to]?.w === 'culture') return a.kind === 'dehumanising' || a.kind === 'exclusion' || tokens.some((t) => CULTURE_VERDICTS.has(t.w));
  return true;
}

function validate(options: Record<string, unknown>): string | null {
  const unknown = unknownOption(options, ['aim']);
  if (unknown) return unknown;
  if (options.aim !== undefined && options.aim !== 'any' && options.aim !== 'person') return "option 'aim' must be 'any' or 'person'";
  return null;
}

export const GROUP_ATTACK: DetectorSpec = {
  id: 'language.group-attack',
  description: 'Attacks on a protected group without slurs: generalisations, dehumanisation, exclusion, hate verbs, denied capacities, pronoun references.',
  scope: 'sentence',
  // No keywords: group names arrive misspelt or spaced out ("w o m e n"), and the token pass is cheap.
  validateOptions: validate,
  create(options) {
    const aim = options.aim === 'person' ? 'person' : 'any';
    return (input) => run(input, aim);
  },
};

/** What follows an adjective that stands for a member: "the next Asian who ...", "any Jew I see". */
const AFTER_MEMBER = new Set(['who', 'that', 'i', 'we', 'you', 'in', 'on', 'at', 'near', '.', ',', '!', '?', 'gets', 'is']);
const PLACE_PEOPLE = new Set(['owners', 'keepers', 'workers', 'staff', 'families', 'kids', 'students', 'customers', 'goers']);

/** An identity adjective before a place or a trade, or standing for a member after a quantifier, read as a mention of the group for threats only. */
function identityPlaces(tokens: readonly Token[], groups: readonly GroupMention[]): GroupMention[] {
  const out: GroupMention[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    // "storm the mosque during Friday prayers": a place of worship named alone stands for its faith's people
    if (['mosque', 'synagogue', 'gurdwara', 'mandir'].includes(tokens[i + 1]?.w ?? '') && ['the', 'that', 'their', 'this'].includes(tokens[i]?.w ?? '') && !groups.some((g) => g.from <= i + 1 && g.to >= i + 1) && !["'s", 's'].includes(tokens[i + 2]?.w ?? '')) {
      out.push({ from: i + 1, to: i + 1, characteristic: 'religion', pronoun: false, weak: false });
      continue;
    }
    const c = identityAdjective(tokens[i]?.w ?? '');
    if (!c || groups.some((g) => g.from <= i && g.to >= i)) continue;
    // ("the next Asian who coughs near me", "any Jew I see": an adjective standing for a member after a quantifier)
    if (['next', 'any', 'every', 'first', 'another'].includes(tokens[i - 1]?.w ?? '') && AFTER_MEMBER.has(tokens[i + 1]?.w ?? '')) {
      out.push({ from: i, to: i, characteristic: c, pronoun: false, weak: false });
      continue;
    }
    if (!GROUP_PLACES.has(tokens[i + 1]?.w ?? '')) continue;
    // ("Black shop owners": the people of the place; "that Jewish school": the group, with its place after)
    const to = PLACE_PEOPLE.has(tokens[i + 2]?.w ?? '') ? i + 2 : i;
    out.push({ from: i, to, characteristic: c, pronoun: false, weak: false });
  }
  return out;
}

/**
 * A veiled threat to a group named in the sentence before, through "they" or "them": "The refugees moved into the hotel
 * today. Hope they get what's coming to them." The threat rule reads it as aimed at people; through the pronoun it is
 * aimed at the group. Only the veiled forms no other reading here knows ("should be shot" is read by the predicate).
 */
const VEILED_AT_THEM = /\b(?:get|gets|got|getting) what is coming (?:to|for) them\b|\bwhat is coming for them\b|\b(?:(?:they|them) (?:had better|better|should|would better)|they'?d better) watch (?:their|them) ?(?:backs?|selves)\b/;

/** What the sentence before may say that makes "they" the victims or a gang, not the group: "... spray-painted the synagogue", "three lads beat up ...". */
const NOT_THE_GROUP_BEFORE = new Set(['someone', 'somebody', 'lads', 'gang', 'gangs', 'thugs', 'attackers', 'men', 'man', 'guys', 'bully', 'bullies', 'vandals', 'trolls', 'who', 'whoever', 'being', 'been', 'followed', 'filmed', 'attacked', 'abused', 'harassed', 'threatened', 'beaten', 'beat', 'spray', 'painted', 'kind', 'lovely', 'helped', 'thank', 'thanks']);

function veiledAtThem(tokens: readonly Token[], g: GroupMention, prev: string | undefined): Attack | null {
  const text = tokens.map((t) => t.w).join(' ');
  const m = VEILED_AT_THEM.exec(text);
  if (!m || tokens.some((t) => t.w === 'karma') || GOOD_SURPRISE.test(text) || !prev) return null;
  // "they" must be the group the sentence before names, plural and its subject, with nothing done to it and no one else
  // named in it ("Three lads beat up a trans woman. Hope they get what's coming to them.")
  const before = neighbour(() => prev);
  const pw = before.words();
  const named = before.groups().filter((x) => !x.pronoun);
  const first = named[0];
  // (one group, or one and its place: "Muslims opened a mosque on our road")
  if (!first || named.some((x) => x.characteristic !== first.characteristic) || first.from > 5 || ![pw[first.to], pw[first.to + 1]].some((x) => /s$|^(?:men|women|people|folk|children|couple|family)$/.test(x ?? ''))) return null;
  const inName = (k: number): boolean => named.some((x) => k >= x.from && k <= x.to);
  if (pw.some((x, k) => (NOT_THE_GROUP_BEFORE.has(x) && !inName(k)) || VICTIMISED.has(x) || PRAISE_WORDS.has(x))) return null;
  const from = text.slice(0, m.index).split(' ').length - 1;
  return { from, to: from + m[0].split(' ').length - 1, group: g, kind: 'exclusion', what: `veiled threat ('${m[0]}')`, person: false };
}

/**
 * The threat's "him", "her" or "them" stands for the member or group named before it in the sentence, with no other
 * person between and no "you": "If a Muslim woman sits next to me on the bus I will slap her", "when the Mexicans come
 * across just shoot them". The group's name was read as "person" or "people", so number must agree, and gender where the
 * name has it; the writer's own people and a member harmed in the clause ("if my trans daughter gets bullied again I'll
 * kill him") are who the threat defends.
 */
function pronounForMember(read: readonly Token[], j: number, f: { from: number; to: number }, tokens: readonly Token[], g: GroupMention): boolean {
  const threat = read.slice(f.from, f.to + 1);
  if (threat.some((t) => ['you', 'your', 'u', 'ya'].includes(t.w))) return false;
  const p = threat.find((t) => ['him', 'her', 'his', 'them', 'their'].includes(t.w))?.w;
  const plural = read[j]?.w === 'people';
  // ("If a lesbian moves onto my street I'll burn their house down": "them" and "their" for one member named with "a")
  // (and "one more [member] ... putting them through the window", "the next [member] ...")
  const singularThey = !plural && (p === 'them' || p === 'their') && ['a', 'an', 'any', 'every', 'each', 'more', 'next', 'another'].includes(tokens[g.from - 1]?.w ?? '');
  if (!p || (((p === 'them' || p === 'their') !== plural) && !singularThey)) return false;
  // "her" for a woman, "him" for a man: "If a man harasses a Muslim woman on the bus I will punch him" threatens the man
  const named = tokens.slice(g.from, g.to + 1).map((t) => t.w);
  if (p === 'her' && named.some((x) => MALE_MEMBERS.has(x))) return false;
  if ((p === 'him' || p === 'his') && named.some((x) => FEMALE_MEMBERS.has(x))) return false;
  // the writer's own people, or the member as the one harmed: "if my trans daughter gets bullied again", "harasses a
  // Muslim woman"
  const before = tokens.slice(Math.max(0, g.from - 3), g.from).map((t) => t.w);
  const after = tokens.slice(g.to + 1, g.to + 4).map((t) => t.w);
  if (before.some((x) => ['my', 'our'].includes(x)) || before.some((x) => HARMED_BY.has(x)) || (['gets', 'got', 'is', 'was', 'were', 'are', 'get'].includes(after[0] ?? '') && /ed$/.test(after[1] === 'again' || after[1] === 'another' ? after[2] ?? '' : after[1] ?? '')) || after.includes('another')) return false;
  // ("Muslims are lovely, but my boss is a jerk and I'll punch him": someone else named between, of the pronoun's number,
  // or one who does something, "the sender", "whoever"; "the ladies" between a woman and "her" is a room)
  return !read.slice(j + 1, f.from).some((t) => (PERSON_NOUNS.has(t.w) && /s$|^(?:men|women|people|children|folk)$/.test(t.w) === plural) || t.mention || /^[A-Z][a-z]+$/.test(t.raw) || /^(?:sender|whoever|someone|somebody|anyone|bully|attacker|harasser|man|guy)$/.test(t.w));
}

/** The readings only a pronoun for a group gets: a dismissive prescription, a veiled threat, the last resort's damning word. */
function pronounReadings(tokens: readonly Token[], g: GroupMention, prev: string | undefined): Attack | null {
  const words = tokens.map((t) => t.w);
  return prescription(words, [g]) ?? veiledAtThem(tokens, g, prev) ?? damning(words, [g]);
}

/** A group called to at the start of the sentence: "Lesbians, ...", "Watch out lesbians, ...", "Hey Muslims, ...". */
/** Words of a place a called-out group may be named at: "[group] in my class, ...", "[group] on 5th Street, ...". */
const CALLED_PLACE_WORDS = new Set(['the', 'my', 'our', 'this', 'that', 'a', 'your', 'their', 'me', "'s", 's', 'street', 'road', 'st', 'class', 'school', 'work', 'office', 'gym', 'bar', 'pub', 'club', 'town', 'city', 'estate', 'block', 'building', 'flat', 'flats', 'ward', 'team', 'group', 'chat', 'comments', 'station', 'park', 'village', 'area', 'church', 'mosque', 'synagogue', 'temple', 'kids', 'son', 'daughter', 'primary', 'secondary', 'high', 'no', 'number', 'hotel', 'camp', 'centre', 'center', 'app', 'thread', 'page', 'forum', 'server']);

function calledOut(tokens: readonly Token[], m: GroupMention): boolean {
  if (m.pronoun) return false;
  // (a short place may follow the name: "[group] in my class, ...", "[group] at the synagogue on Park Ave, ...")
  // (only a noun phrase of place: the walk stops at a verb, "Muslims near me run a great shop, if you rob it ...")
  let j = m.to + 1;
  if (['in', 'on', 'at', 'from', 'near', 'round', 'around'].includes(tokens[j]?.w ?? '')) {
    const stop = j + 7;
    j++;
    while (j < stop && tokens[j] && !tokens[j]!.punct && (CALLED_PLACE_WORDS.has(tokens[j]!.w) || /^[A-Z0-9]/.test(tokens[j]!.raw))) j++;
  }
  if (tokens[j]?.w !== ',' && tokens[j]?.w !== ':') return false;
  const lead = tokens.slice(0, m.from).map((t) => t.w).join(' ');
  // ("Keep walking round here, [group], and we'll ...": called to between commas after a short order)
  if (tokens[m.from - 1]?.w === ',' && m.from <= 8 && ['keep', 'stay', 'come', 'walk', 'go', 'try', 'show', 'move', 'step', 'dare', 'carry', 'continue', 'set', 'open'].includes(tokens[0]?.w ?? '')) return true;
  return ['', 'hey', 'oi', 'listen', 'listen up', 'watch out', 'watch your backs', 'watch your back', 'be warned', 'attention', 'dear', 'warning to', 'a message to', 'message to', 'note to', 'to all', 'to the', 'to all the', 'all you', 'you', 'all'].includes(lead);
}

/** Words for women and men in a member's name, for the pronoun that stands for them. */
const FEMALE_MEMBERS = new Set(['woman', 'women', 'girl', 'girls', 'lady', 'ladies', 'daughter', 'wife', 'mother', 'mum', 'mom', 'sister', 'girlfriend', 'aunt', 'grandmother', 'gran', 'nan']);
const MALE_MEMBERS = new Set(['man', 'men', 'guy', 'guys', 'lad', 'lads', 'boy', 'boys', 'son', 'husband', 'father', 'dad', 'brother', 'boyfriend', 'uncle', 'grandfather', 'bloke', 'dude']);
/** Verbs before a member that make them the one harmed: "harasses a Muslim woman". */
const HARMED_BY = new Set(['harasses', 'harassed', 'harass', 'attacks', 'attacked', 'attack', 'bullies', 'bullied', 'bully', 'hits', 'hit', 'touches', 'touched', 'insults', 'insulted', 'threatens', 'threatened', 'abuses', 'abused', 'hurts', 'hurt', 'assaults', 'assaulted', 'mugs', 'mugged', 'robs', 'robbed', 'follows', 'followed', 'spits', 'spat']);

/**
 * A threat the threat rule reads but leaves to this one because its target is a protected group or a member named by
 * the group ("I'd happily beat up any immigrant who tries it", "the next [member] who talks to me is getting punched",
 * "you [group] will get what's coming"): a call for violence against the group.
 */
/** Words of this sentence that may hang a threat in the sentence before on the group named here. */
const JOIN_CUE = new Set(['them', 'they', 'you', 'your', 'ya', 'first', 'next', 'every', 'any', 'pray', 'better']);
/** A word of violence in the sentence before, for reading it with this one. */
const PREV_VIOLENCE = /\b(?:ovens|gas|kill|shoot|stab|gas|hang|lynch|burn|torch|bomb|acid|bullet|knife|knives|machete|gun|guns|rope|noose|petrol|bat|bats|bricks?|crowbar|hammer|axe|drown|blood|bodies|body bags?|coffins?|graves?)\b/i;
/** Arms and killings named in a sentence of their own: the cue to read the sentence before for the group they are for. */
const AFTER_ARMS = new Set(['lynch', 'rope', 'noose', 'petrol', 'lighter', 'matches', 'bats', 'bat', 'knife', 'knives', 'gun', 'guns', 'machete', 'shotgun', 'rifle', 'crowbar', 'acid', 'bricks', 'kill', 'shoot', 'stab', 'hang', 'burn', 'drown', 'bullet', 'bullets', 'ovens', 'showers']);
/** A fate for "them" or "you" ("They won't make it to Christmas"): a pronoun, a negator and one of these. */
const AFTER_FATE = new Set(['walk', 'make', 'see', 'know', 'last', 'wake', 'safe', 'laughing']);
/** Whether this sentence, naming no group, may hold a threat to one named in the sentence before: only then is prev read. */
/** The rarer words of threat-shapes.ts's shapes ("mounting the kerb", "a pillow over his face"), for afterCue. */
const AFTER_SHAPES = new Set(['kerb', 'curb', 'pillow', 'oxygen', 'ventilator', 'rope', 'scaffolding', 'rubble', 'ash', 'ashes', 'crater', 'boot',
  // (and violent verbs the threat grammar reads that AFTER_ARMS leaves out: "Next time I'm running them over")
  'torch', 'torching', 'bury', 'burying', 'poison', 'poisoning', 'bomb', 'bombing', 'gas', 'gassing', 'blade', 'axe', 'hammer', 'hunt', 'hunting', 'flatten', 'flattening', 'strangle', 'strangling']);
function afterCue(tokens: readonly Token[]): boolean {
  if (tokens.some((t) => AFTER_ARMS.has(t.w) || AFTER_SHAPES.has(t.w)) || mayThreaten(tokens)) return true;
  const has = (xs: readonly string[]) => tokens.some((t) => xs.includes(t.w));
  if (has(['they', 'them', 'you', 'u', 'ya']) && has(['not', 'never', 'wont', 'won']) && tokens.some((t) => AFTER_FATE.has(t.w))) return true;
  return (has(['enjoy']) && has(['last'])) || (has(['tonight', 'tomorrow', 'soon']) && has(['finish', 'end', 'clean'])) || (has(['know']) && has(['where']));
}
/** A threat after a sentence that named a group: threat-backstop.ts's threatAfterGroup, with this sentence's threats read lazily. */
function afterGroup(tokens: readonly Token[], prev: string): Attack | null {
  const prevTokens = tokenizeMapped(prev, plainMapped(prev));
  const b = threatAfterGroup(tokens, findGroups(prevTokens), prevTokens, () => threatsIn(tokens, () => prev));
  return b ? { from: 0, to: tokens.length - 1, group: { ...b.group, from: 0, to: 0, pronoun: true }, kind: 'exclusion', what: `threat of violence: ${b.what}`, person: false, confidence: 0.65 } : null;
}
/** A threat to a called group speaks to "you" or brings arms: threatToCalledGroup's first gate. */
const CALLED_GATE = new Set(['you', 'your', 'u', 'ya', 'yall', 'bring', 'grab', 'pack', 'fetch']);
/** Menace without violence ("we know where you live and we're coming for you"), for threatToCalledGroup's gate. */
function menaceSaid(tokens: readonly Token[]): boolean {
  return tokens.some((t, n) => (t.w === 'coming' && tokens[n + 1]?.w === 'for') || (t.w === 'know' && tokens[n + 1]?.w === 'where') || t.w === 'warned');
}

/** Harms that "no way I'd ..." denies (unlike "no way we let them in", which refuses entry). */
const HARM_DENIABLE = new Set(['hurt', 'harm', 'attack', 'hit', 'kill', 'beat', 'punch', 'stab', 'shoot', 'injure', 'abuse', 'harass', 'bully']);

/** A harm done to the group after "want": "nobody should want [group] harmed" refuses the harm, not the group. */
const HARMED_STATES = new Set(['harmed', 'hurt', 'attacked', 'killed', 'abused', 'harassed', 'bullied', 'beaten', 'injured', 'targeted', 'dead', 'deported', 'punished', 'mistreated', 'excluded', 'silenced', 'erased']);

/** Words before a group that call to it: "Hey [group]", "Oi [group]", "Listen up, [group]". */
const CALLS = new Set(['hey', 'oi', 'dear', 'attention', 'listen', 'up', 'yo', 'right', 'ok', 'okay', 'so']);

/**
 * "Keep talking, [group]. I know where you meet and I'm bringing petrol.": a threat to "you" in the sentence after a short one
 * that calls to a group by name. The sentence before is read only when this one threatens the reader.
 */
function threatToCalledGroup(tokens: readonly Token[], prev: () => string | undefined): Attack | null {
  const toYou = tokens.some((t) => ['you', 'your', 'u', 'ya', 'yall'].includes(t.w));
  // ("Me and the lads are going to sort out the [group] on Saturday. Bring bats.": arms brought after a plan against them)
  const armsBrought = tokens.length <= 6 && ['bring', 'grab', 'pack', 'fetch'].includes(tokens[0]?.w ?? '');
  if (!toYou && !armsBrought) return null;
  const text = prev();
  if (!text) return null;
  const pw = tokenizeMapped(text, plainMapped(text));
  if (pw.length > (armsBrought ? 16 : 9)) return null;
  const g = findGroups(pw).find((m) => !m.pronoun && !m.unnamed);
  if (!g) return null;
  // the group is called to: after a comma or a calling word, or first with a comma after it, and the sentence ends there
  const before = pw[g.from - 1]?.w ?? '';
  const after = pw[g.to + 1]?.w ?? '';
  const closes = !after || ['.', '!', ',', ':', '?'].includes(after);
  // ("You [group] have been warned.": the group named after "you" at the start)
  const warnedYou = g.from === 1 && before === 'you' && pw.some((t) => ['warned', 'told', 'notice'].includes(t.w));
  const calledTo = toYou && ((closes && (before === ',' || CALLS.has(before) || (g.from === 0 && [',', ':', '!'].includes(after)))) || warnedYou);
  const lead = pw.slice(Math.max(0, g.from - 4), g.from).map((t) => t.w).join(' ');
  const planned = armsBrought && /\b(?:sort out|sort|deal with|pay a visit to|visit|go after|go for|teach|sorting out|dealing with)(?: the| those| these| all the| some)?$/.test(lead) && pw.some((t) => ['we', 'lads', 'boys', 'i', 'me', 'us'].includes(t.w));
  if (!calledTo && !planned) return null;
  // (the threat is to the reader, who the sentence already names: "I know where you meet and I'm bringing petrol")
  const found = threatsIn(tokens, prev)[0];
  // ("Listen up, trans kids. If anyone hurts you, I'll kill them.": a threat to whoever harms the group, on its behalf)
  if (/\bif (?:anyone|anybody|someone|somebody|they) (?:ever )?(?:hurts|touches|harms|bullies|attacks|lays a finger on|threatens|messes with) (?:you|one of you)\b/.test(tokens.map((t) => t.w).join(' '))) return null;
  if (!found || tokens.some((t) => CONTESTS.has(t.w) || TEAM_WORDS.has(t.w) || ['lol', 'lmao', 'haha'].includes(t.w))) return null;
  return { from: found.from, to: found.to, group: { ...g, from: found.from, to: found.from, pronoun: true }, kind: 'exclusion', what: `threat of violence to a group called to just before: ${found.explain}`, person: false, confidence: found.confidence };
}

function threatToGroup(tokens: readonly Token[], groups: readonly GroupMention[], prev: () => string | undefined): Attack[] {
  // The threat grammar knows people ("the next person who ...", "any guy who ..."), not identities: each group named is
  // read as "people" or "person" in its place, and a threat whose target is that word is a threat to the group.
  // (a bare singular is weak, "a Christian", but not with a quantifier: "any Mexican who ...", "every woman who ...")
  const QUANTIFIED = new Set(['any', 'every', 'each', 'another', 'next', 'first', 'some', 'all', 'more', 'last']);
  // (nor before a place of theirs: "the refugee hotel", "the Muslim school")
  // (or one describing word after the quantifier: "every feminist woman")
  // (or the group's own place named alone: "go round the mosques with a flamethrower")
  // (or capitalised inside the sentence, a people's name and not the everyday word: "the Poles", "the Roma", "the English")
  const capitalised = (g: GroupMention) => g.to > 0 && /^[A-Z][a-z]+$/.test(tokens[g.to]?.raw ?? '') && ['the', 'those', 'these', 'all'].includes(tokens[g.to - 1]?.w ?? '');
  // (or one member after "a": "I'll put a Muslim in hospital", "killing a Jew shouldn't be a crime")
  const admitted = (g: GroupMention) => !g.weak || QUANTIFIED.has(tokens[g.from - 1]?.w ?? '') || (['a', 'an'].includes(tokens[g.from - 1]?.w ?? '') && g.from === g.to && g.characteristic !== 'gender') || (QUANTIFIED.has(tokens[g.from - 2]?.w ?? '') && /^[a-z]+$/.test(tokens[g.from - 1]?.w ?? '')) || GROUP_PLACES.has(tokens[g.to + 1]?.w ?? '') || PLACES_AND_EVENTS.has(tokens[g.to]?.w ?? '');
  const named = groups.filter((g) => !g.pronoun && !g.unnamed && (admitted(g) || capitalised(g)));
  if (!named.length) return [];
  const read: Token[] = [];
  // (the first and last token each read token stands for: a group's name is one read token over several)
  const first: number[] = [];
  const last: number[] = [];
  const at = new Map<number, GroupMention>();
  for (let i = 0; i < tokens.length; i++) {
    const g = named.find((m) => m.from === i);
    if (g) {
      const head = tokens[g.to] as Token;
      const plural = /s$/.test(head.w) || ['women', 'men', 'people', 'folk', 'children', 'police', 'elderly', 'disabled', 'deaf', 'blind'].includes(head.w);
      // (a determiner the mention took in stays a word of its own: "taught the gays a lesson" reads "taught the people ...")
      let from = g.from;
      if (g.to > g.from && ['the', 'those', 'these', 'all'].includes((tokens[g.from] as Token).w)) {
        read.push(tokens[g.from] as Token);
        first.push(g.from);
        last.push(g.from);
        from = g.from + 1;
      }
      at.set(read.length, g);
      read.push({ ...head, w: plural ? 'people' : 'person', start: (tokens[from] as Token).start });
      first.push(from);
      last.push(g.to);
      i = g.to;
      continue;
    }
    read.push(tokens[i] as Token);
    first.push(i);
    last.push(i);
  }
  const out: Attack[] = [];
  const violence = groupViolence(read, new Set(at.keys()));
  const found = violence ? [violence, ...threatsIn(read, prev)] : threatsIn(read, prev);
  // (a group called to is not threatened in a game or a joke: "Hey girls, I'm going to kill you at bingo tonight lol")
  const playful = tokens.some((t) => CONTESTS.has(t.w) || TEAM_WORDS.has(t.w) || ['lol', 'lmao', 'haha'].includes(t.w));
  for (const f of found) {
    // (the same test the threat rule uses to leave a threat to this rule: the group is inside the threat or just after it)
    // (inside the threat: "lights out for you, young man" is said to "you", the group word only names them)
    // (or the subject of the threat before it, when the threat names no one else: "any [member] who comes near my
    // daughter is getting a bullet")
    // (the people over their place when both are inside: "set fire to a mosque full of [group]")
    const insideAll = [...at.keys()].filter((j) => j >= f.from && j <= f.to);
    const inside = insideAll.find((j) => at.get(j)?.weak === false) ?? insideAll[0];
    const aimedElsewhere = read.slice(f.from, f.to + 1).some((t) => ['you', 'your', 'him', 'her', 'them', 'his'].includes(t.w));
    const earlier = [...at.keys()].filter((j) => j < f.from && !read.slice(j, f.from).some((t) => ['.', '!', '?', ';'].includes(t.w)));
    // ("Watch out lesbians, we're going to teach you a lesson": "you" is the group the sentence calls to)
    const toYou = read.slice(f.from, f.to + 1).some((t) => ['you', 'your', 'u', 'ya'].includes(t.w));
    const called = toYou && !playful ? earlier.find((j) => { const m = at.get(j); return m !== undefined && calledOut(tokens, m); }) : undefined;
    // (or named just after the harm: "cave in the skull of the first [member] I see")
    const justAfter = f.explain.startsWith(SHAPE_PREFIX) ? [...at.keys()].find((j) => j > f.to && j <= f.to + 3 && !read.slice(f.to + 1, j).some((t) => ['.', '!', '?', ';', ','].includes(t.w))) : undefined;
    const k = inside ?? justAfter ?? called ?? (aimedElsewhere ? earlier.filter((j) => { const m = at.get(j); return m !== undefined && pronounForMember(read, j, f, tokens, m); }).pop() : earlier.pop());
    const g = k === undefined ? undefined : at.get(k);
    if (!g) continue;
    // (a people named only by its capital letter is a side in a game as often: "I'll kill the English at darts")
    // (only a shape's own violence: "Wales will annihilate the English in the Six Nations" is a match report)
    if (!admitted(g) && (playful || !f.explain.startsWith(SHAPE_PREFIX))) continue;
    // (a place of the group's named alone is a target only of the harm shapes: "go round the mosques with a flamethrower",
    // not "waiting outside the mosque with a knife and fork" or "attack the mosque's fundraising target")
    // ("that Pride parade": the place or event may take a word before it)
    // (a place named by an identity adjective is the group's in any reading: "the Muslim school needs a bombing")
    if (g.weak && PLACES_AND_EVENTS.has(tokens[g.to]?.w ?? '') && (g.from === g.to || identityAdjective(tokens[g.from]?.w ?? '') === undefined) && (!f.explain.startsWith(SHAPE_PREFIX) || tokens[g.to + 1]?.w === "'s")) continue;
    // ("The girls are gonna smash them in the final": the group is the side that wins, in a game)
    if (k === inside && k === f.from && read.slice(f.from + 1, f.to + 1).some((t) => ['them', 'him', 'her', 'you'].includes(t.w)) && read.some((t) => CONTESTS.has(t.w) || TEAM_WORDS.has(t.w))) continue;
    const from = Math.min(first[f.from] ?? g.from, g.from);
    const to = Math.max(last[f.to] ?? g.to, g.to);
    out.push({ from, to, group: g, kind: 'exclusion', what: `threat of violence: ${f.explain}`, person: false, confidence: f.confidence });
  }
  return out;
}
