/**
 * Identity offered as the reason for a fault: "Can't trust them. They're Jews.", "He's a thief. Well, he's Romanian.",
 * "Of course they are thick, they are women after all", "Lazy and stupid. That's women for you.", "They smell. Gypsies,
 * obviously." The fault and the identity may sit in one sentence or in two; what makes it derogation is that the
 * identity is given, bare, as the explanation. Also credit for an achievement put down to identity ("he only got the
 * job because he is Black") and a member told to be like "the rest of them".
 *
 * Guards: the fault must be the speaker's judgement of the person, not something done to them ("he was attacked
 * because he is gay", "she gets abuse because she's Muslim"), and not a neutral fact that an identity explains
 * ("she can't eat pork, she's Muslim" names no fault).
 */
import type { GroupMention } from '../find-groups';
import { DEHUMANISING, INSULT_ADJECTIVES, INSULT_NOUNS, NEGATIVE_ATTRIBUTES, PERSON_NEGATIVE } from '../lexicon/words';
import { CRIME_NOUNS, VICTIMISED } from '../lexicon/derogation';
import type { Attack } from '../predicate';
import { CLAUSE_BREAK, NEGATORS, type Token } from '../tokens';
import { CONTEMPT_ADJ, clauseStartAt, findAny, hit, identityWord, negatedIn, type Neighbour, type Words } from './shared';

/** Faults that only a judgement of a person names (the lexicons of insults and negative traits, and these). */
const FAULTS = new Set(['thick', 'smell', 'smells', 'stink', 'stinks', 'thief', 'thieves', 'liar', 'liars', 'cheat', 'cheats', 'lazy', 'dirty', 'useless', 'hopeless', 'incompetent', 'sneaky', 'greedy', 'stingy', 'cheap']);
/** "can't trust them": distrust named with its negator. */
const TRUST = new Set(['trust', 'trusted', 'believe']);
/** "they can't drive": incompetence; not acts a law, a faith or a body may rule out ("can't vote", "can't eat pork", "can't walk"). */
const SKILLS = new Set(['drive', 'code', 'program', 'lead', 'manage', 'think', 'learn', 'understand', 'handle', 'math', 'maths', 'reason', 'teach', 'govern', 'decide', 'compete', 'cook', 'build', 'engineer', 'fly', 'parent', 'park', 'count', 'spell', 'focus', 'cope']);
const CANNOT = new Set(['not', 'never']);
const WORSHIP = new Set(['prayer', 'prayers', 'mass', 'service', 'services', 'worship', 'sermon', 'liturgy', 'choir', 'communion']);
/** What is done TO someone: the identity then explains the harm, not a fault ("he was attacked because he is gay"). */
const DONE_TO = new Set([
  ...VICTIMISED, 'attacked', 'beaten', 'bullied', 'harassed', 'abused', 'abuse', 'insulted', 'mocked', 'targeted', 'fired', 'refused', 'rejected', 'denied',
  'excluded', 'ignored', 'treated', 'called', 'assume', 'assumed', 'assumes', 'think', 'thinks', 'thought', 'stereotype', 'stereotyped', 'prejudice',
  'discrimination', 'discriminated', 'racism', 'racist', 'sexism', 'sexist', 'homophobia', 'homophobic', 'transphobia', 'hate', 'hated', 'unfair', 'unfairly',
]);
/** Words that may close a bare identity given as a reason: "they're Jews, what did you expect", "he's Romanian lol". */
const REASON_TAIL = new Set(['after', 'all', 'though', 'obviously', 'of', 'course', 'lol', 'lmao', 'naturally', 'again', 'what', 'did', 'you', 'expect', 'so', 'remember', 'duh', 'figures', 'typical']);
/** Words that may open the identity clause: "well, he's Romanian", "because she's a woman", "lol they're French". */
const OPENERS = new Set(['well', 'so', 'because', 'bc', 'cause', 'cuz', 'coz', 'cos', 'since', 'lol', 'lmao', 'but', 'and', 'obviously', 'apparently', 'of', 'course', 'guess', 'surprise']);
/** Knowing words that make a bare identity after a crime an explanation rather than a description of a suspect. */
const KNOWING = new Set(['after', 'obviously', 'course', 'expect', 'lol', 'lmao', 'typical', 'figures', 'surprise', 'naturally', 'duh', 'well', 'guess', 'shocker', 'again']);
/** Fillers between the copula and the identity: "they are just women", "he's obviously Mexican". */
const COPULA_FILL = new Set(['just', 'only', 'a', 'an', 'all', 'obviously', 'clearly', 'basically', 'so', 'still', 'literally', 'bloody', 'fucking', 'damn']);
/** The rest of the group a member is judged by. */
const LIKE_THE_REST = ['like the rest of them', 'like all of them', 'like all the others', 'like the others', 'like the rest', 'like every other one', 'like all their kind', 'like the rest of her kind', 'like the rest of his kind', 'like the rest of their kind'];
/** Achievements credited to identity: "got the job because she's a woman". */
const ACHIEVEMENTS = new Set(['job', 'promotion', 'role', 'position', 'place', 'scholarship', 'award', 'seat', 'contract', 'spot', 'gig', 'grant', 'prize', 'part', 'nomination', 'offer', 'interview', 'raise']);
const GAINED = new Set(['got', 'gets', 'get', 'won', 'wins', 'landed', 'lands', 'given', 'gave', 'hired', 'promoted', 'picked', 'chosen', 'selected', 'elected', 'cast']);

function faultIn(words: Words, from: number, to: number, skills: boolean): number {
  for (let k = from; k < to; k++) {
    const x = words[k] as string;
    // not "can't lead the prayer" (a rule of faith) or "can't count in French yet" (still learning)
    if (skills && SKILLS.has(x) && CANNOT.has(words[k - 1] ?? '') && !words.slice(k + 1, k + 6).some((y) => WORSHIP.has(y) || y === 'yet' || y === 'in')) return k;
    if (FAULTS.has(x) || INSULT_ADJECTIVES.has(x) || INSULT_NOUNS.has(x) || PERSON_NEGATIVE.has(x) || DEHUMANISING.has(x) || CRIME_NOUNS.has(x) || CONTEMPT_ADJ.has(x) || NEGATIVE_ATTRIBUTES.has(x)) {
      // "not lazy at all", "isn't a side hoe": a denied fault is none
      if (negatedIn(words, Math.max(from, k - 4), k)) continue;
      return k;
    }
    // "can't trust them", "never trust a ...": distrust needs its negator
    if (TRUST.has(x) && (NEGATORS.has(words[k - 1] ?? '') || NEGATORS.has(words[k - 2] ?? '')) && !['you', 'me', 'us'].includes(words[k + 1] ?? '')) return k;
  }
  return -1;
}

const doneTo = (words: Words): boolean => words.some((x) => DONE_TO.has(x));

/** "they are (just) Jews (after all)": a bare identity clause; [start, identity] or null. */
function identityClause(tokens: readonly Token[], words: Words, groups: readonly GroupMention[], from = 0): [number, GroupMention] | null {
  for (let i = from; i + 2 < words.length; i++) {
    if (!['he', 'she', 'they'].includes(words[i] as string) || !['is', 'are', 'was', 'were'].includes(words[i + 1] as string)) continue;
    // the identity clause opens a clause of its own ("..., well, he's Romanian"), not "the other idiot in the car he/she is blind"
    if (!clauseStartAt(words, i) && !OPENERS.has(words[i - 1] as string)) continue;
    let j = i + 2;
    while (j < words.length && COPULA_FILL.has(words[j] as string)) j++;
    const id = identityWord(tokens, groups, j);
    if (!id) continue;
    // the identity must close its clause: "he is Mexican, lol", not "he is a Mexican chef who ..."
    const after = words[id.to + 1];
    if (after === undefined || CLAUSE_BREAK.has(after) || after === ',' || REASON_TAIL.has(after)) return [i, id];
  }
  return null;
}

/** "Gypsies, obviously." / "Women, of course.": a sentence that is nothing but an identity and a knowing tag. */
function identityFragment(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): GroupMention | null {
  const content = words.filter((x) => !CLAUSE_BREAK.has(x) && x !== ',' && !REASON_TAIL.has(x) && !['typical', 'classic', 'bloody', 'always'].includes(x));
  if (content.length !== 1 || !words.some((x) => REASON_TAIL.has(x) || x === 'typical' || x === 'classic' || x === 'always')) return null;
  const i = words.indexOf(content[0] as string);
  const id = identityWord(tokens, groups, i);
  return id && id.to === i ? id : null;
}

export function identityAsReason(tokens: readonly Token[], words: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  if (doneTo(words)) return null;
  // "he only got the job because she is a woman", "she was promoted because she's Black"
  const because = words.indexOf('because');
  if (because > 0) {
    const clause = identityClause(tokens, words, groups, because + 1);
    const gained = words.slice(0, because).some((x) => GAINED.has(x)) && words.slice(0, because).some((x) => ACHIEVEMENTS.has(x));
    if (clause && clause[0] === because + 1 && gained && !words.slice(0, because).some((x) => NEGATORS.has(x))) {
      // the span starts at the achievement, so "people say he only got the job ..." is read as a report
      const from = words.findIndex((x) => GAINED.has(x));
      return hit(Math.max(0, from - 2), clause[1].to, clause[1], 'stereotype', 'an achievement put down to identity');
    }
  }
  // "that's women for you"
  const thatIs = words.findIndex((x, k) => x === 'that' && words[k + 1] === 'is');
  if (thatIs >= 0 && words[thatIs + 3] === 'for' && words[thatIs + 4] === 'you') {
    const id = identityWord(tokens, groups, thatIs + 2);
    if (id && (faultIn(words, 0, thatIs, true) >= 0 || (faultIn(prev.words(), 0, prev.words().length, true) >= 0 && !doneTo(prev.words())))) return hit(thatIs, thatIs + 4, id, 'stereotype', "a fault put down to identity ('that's ... for you')");
  }
  // "the new hire is a woman, so she'll be useless under pressure", "he's gay, so he'll be dramatic": a fault foretold from
  // an identity just given ("she's Muslim, so she's fasting" names no fault)
  for (let so = 2; so < words.length - 2; so++) {
    if (words[so] !== 'so' || words[so - 1] !== ',') continue;
    let j = so - 2;
    const id = groups.find((g) => g.to === j && !g.pronoun) ?? identityWord(tokens, groups, j);
    if (!id) continue;
    j = id.from - 1;
    while (j >= 0 && COPULA_FILL.has(words[j] as string)) j--;
    if (!['is', 'are', 'was', 'were'].includes(words[j] as string)) continue;
    const fault = faultIn(words, so + 1, Math.min(words.length, so + 9), id.characteristic !== 'disability');
    if (fault >= 0 && !words.slice(so + 1, fault).some((x) => CLAUSE_BREAK.has(x))) return hit(Math.max(0, j - 1), fault, id, 'stereotype', "a fault foretold from identity ('..., so ...')");
  }
  const clause = identityClause(tokens, words, groups);
  const fragment = clause ? null : identityFragment(tokens, words, groups);
  const id = clause?.[1] ?? fragment;
  if (!id) return null;
  const start = clause ? clause[0] : id.from;
  // "she can't drive, she's blind" states a fact about a disability, not a slight
  const skills = id.characteristic !== 'disability';
  // the fault in the same sentence, before the identity ("he can't be trusted, he's Albanian") or in the previous one
  const fault = faultIn(words, 0, start, skills);
  if (fault >= 0) return hit(Math.max(0, fault - 2), id.to, id, 'stereotype', 'a fault explained by identity');
  const pw = prev.words();
  // a crime in the sentence before and then the culprit's identity is a report ("the guy who robbed me was caught. He is
  // Polish."), unless a knowing word makes the identity the explanation
  const k = pw.length && !doneTo(pw) ? faultIn(pw, 0, pw.length, skills) : -1;
  if (k >= 0 && (!CRIME_NOUNS.has(pw[k] as string) || words.some((x) => KNOWING.has(x)))) return hit(start, id.to, id, 'stereotype', 'a fault in the sentence before explained by identity');
  return null;
}

/** "My boss hired a woman. She'll be useless like the rest of them.": one member judged by the rest of the group. */
export function judgedByTheRest(tokens: readonly Token[], words: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  const rest = findAny(words, LIKE_THE_REST);
  if (!rest || doneTo(words) || faultIn(words, 0, rest[0], true) < 0) return null;
  const own = groups.find((g) => !g.pronoun);
  if (own) return hit(0, rest[1], own, 'stereotype', "a member judged by the rest ('like the rest of them')");
  const named = prev.groups().find((g) => !g.pronoun);
  if (!named || doneTo(prev.words())) return null;
  return hit(0, rest[1], { ...named, from: rest[0], to: rest[1], pronoun: true }, 'stereotype', "a member named before, judged by the rest ('like the rest of them')");
}
