/**
 * A condition or an identity waved away as a pretence, by word class rather than by phrase (round 12): a diagnosis used
 * "as a hall pass", a disability that works "just fine when it's something they want", and a trans person's gender
 * refused to their face ("you'll always be a dude to me", "no amount of hormones changes that", "I'm sticking with
 * Mark"). None of these says anything bad of a group in words the predicate reader knows; the insult is the claim that
 * the condition or the identity is not real.
 *
 * Each shape passes on a negator, on words that report or condemn the claim ("people say", "myth", "ableist"), and on
 * the writer's own experience ("my diagnosis", "as a trans woman").
 */
import type { GroupMention } from '../find-groups';
import type { Attack } from '../predicate';
import { NEGATORS, type Token } from '../tokens';
import { find, hit, identityIn, type Neighbour, type Words } from './shared';

/** Words that report, condemn or correct the claim: the sentence is about the claim, not making it. */
const ABOUT_THE_CLAIM = new Set([
  'myth', 'myths', 'stigma', 'misconception', 'misconceptions', 'ableist', 'ableism', 'transphobic', 'transphobia', 'ignorant', 'ignorance', 'say', 'says',
  'said', 'saying', 'claim', 'claims', 'think', 'thinks', 'assume', 'assumes', 'assumed', 'told', 'tell', 'telling', 'called', 'calling', 'accused',
  'wrong', 'unfair', 'hurtful', 'harmful', 'respect', 'respected', 'valid', 'deserve', 'deserves', 'support', 'supported', 'proud', 'love', 'loved', 'loves',
]);

const about = (words: Words): boolean => words.some((w) => ABOUT_THE_CLAIM.has(w));

/** What a condition is named by when it is waved away: "a diagnosis as a hall pass". */
const CONDITION_NOUNS = new Set([
  'diagnosis', 'diagnoses', 'label', 'labels', 'condition', 'conditions', 'disability', 'disabilities', 'adhd', 'autism', 'dyslexia', 'depression',
  'anxiety', 'ocd', 'ptsd', 'dyspraxia', 'dyscalculia', 'neurodivergence', 'illness', 'syndrome',
]);

/** What a diagnosis is said to be used as. */
const PASSES = [
  ['hall', 'pass'], ['free', 'pass'], ['excuse'], ['get', 'out', 'of', 'jail'], ['crutch'], ['shield'], ['cop', 'out'], ['golden', 'ticket'], ['trump', 'card'],
  ['meal', 'ticket'], ['pass'],
];

function passAt(words: Words, k: number): number {
  for (const p of PASSES) if (p.every((x, j) => words[k + j] === x)) return k + p.length - 1;
  return -1;
}

/**
 * A diagnosis as a licence: "must be nice having a diagnosis as a hall pass", "uses his ADHD as an excuse for
 * everything", "they think a diagnosis excuses everything", "hiding behind their autism". The writer's own ("my
 * diagnosis"), a negator ("isn't a hall pass") or a report ("people think my ADHD is an excuse") passes.
 */
export function diagnosisExcuse(_tokens: readonly Token[], words: Words): Attack | null {
  if (about(words) && !words.includes('think')) return null;
  if (words.some((w) => NEGATORS.has(w))) return null;
  for (let i = 0; i < words.length; i++) {
    if (!CONDITION_NOUNS.has(words[i] ?? '')) continue;
    if (['my', 'our'].includes(words[i - 1] ?? '')) continue;
    const c = { from: i, to: i, characteristic: 'disability' as const, pronoun: false, weak: false };
    // "... as a hall pass", "... as an excuse"
    if (words[i + 1] === 'as' && ['a', 'an', 'their', 'his', 'her'].includes(words[i + 2] ?? '')) {
      const e = passAt(words, i + 3);
      if (e > 0) return hit(i, e, c, 'derogation', `a condition used as a licence ('${words.slice(i + 3, e + 1).join(' ')}')`);
    }
    // "a diagnosis excuses everything"
    if (['excuses', 'excuse', 'justifies'].includes(words[i + 1] ?? '') && ['everything', 'anything', 'it', 'all'].includes(words[i + 2] ?? '')) {
      return hit(i, i + 2, c, 'derogation', 'a condition said to excuse everything');
    }
    // "hiding behind their ADHD"
    if (words[i - 2] === 'behind' && ['their', 'his', 'her', 'a', 'the'].includes(words[i - 1] ?? '') && ['hide', 'hides', 'hiding', 'hid'].includes(words[i - 3] ?? '')) {
      return hit(i - 3, i, c, 'derogation', 'a condition hidden behind');
    }
  }
  return null;
}

/** Faculties a disability concerns, and what makes the faculty "work just fine". */
const FACULTIES = new Set(['hear', 'see', 'walk', 'stand', 'run', 'read', 'talk', 'speak', 'focus', 'concentrate', 'remember', 'understand', 'dance', 'climb', 'work', 'sit', 'move']);
const FINE = new Set(['fine', 'well', 'perfectly', 'okay', 'ok', 'alright', 'normally', 'miraculously', 'suddenly']);
/** A want or a perk after "when": the faculty is said to return for it. */
const WANTS = new Set([
  'want', 'wants', 'wanted', 'suits', 'suit', 'like', 'likes', 'feel', 'feels', 'convenient', 'free', 'money', 'cash', 'benefits', 'payday', 'pub', 'party',
  'beer', 'drinks', 'bingo', 'holiday', 'food', 'gossip', 'matters', 'interested', 'fun', 'bar', 'booze', 'opens',
]);
/** Aids and accommodations that make a faculty work, truly: "can hear fine when he wears his hearing aids". */
const AIDS = new Set(['aid', 'aids', 'implant', 'implants', 'glasses', 'braille', 'captions', 'subtitles', 'sign', 'cane', 'ramp', 'ramps', 'medication', 'meds', 'treatment', 'therapy', 'support', 'accessible', 'wheelchair', 'interpreter', 'quiet']);

/**
 * A disability said to be put on: "Deaf people can hear just fine when it's something they want to hear", "funny how
 * disabled people can walk fine when there's free booze". Needs a disability group or member, a faculty said to work,
 * and a want or a perk after "when / if / as long as"; an aid or accommodation named anywhere passes.
 */
export function fakedFaculty(tokens: readonly Token[], words: Words, groups: readonly GroupMention[]): Attack | null {
  const id = identityIn(tokens, groups, 0, words.length);
  // the aid may name the group itself ("wheelchair users"): only an aid outside it passes
  if (!id || id.characteristic !== 'disability' || words.some((w, k) => AIDS.has(w) && (k < id.from || k > id.to)) || about(words)) return null;
  for (let k = id.to + 1; k < words.length; k++) {
    if (!FACULTIES.has(words[k] ?? '')) continue;
    const fine = words.slice(k + 1, k + 4).findIndex((w) => FINE.has(w));
    const before = words.slice(Math.max(id.to + 1, k - 3), k);
    if (fine < 0 && !before.some((w) => FINE.has(w))) continue;
    if (before.some((w) => NEGATORS.has(w))) continue;
    const when = words.findIndex((w, j) => j > k && ['when', 'whenever', 'if', 'once'].includes(w));
    if (when < 0 || !words.slice(when + 1).some((w) => WANTS.has(w))) continue;
    return hit(id.from, when, id, 'derogation', 'a disability said to be put on');
  }
  return null;
}

const SEX_NOUNS = new Set(['man', 'woman', 'dude', 'guy', 'boy', 'girl', 'bloke', 'lad', 'lady', 'bro', 'male', 'female', 'he', 'she', 'him', 'her']);
/** What a transition is made of, in "no amount of [X] changes that". */
const TRANSITION = new Set(['hormones', 'surgery', 'surgeries', 'makeup', 'make', 'dresses', 'pronouns', 'lipstick', 'estrogen', 'oestrogen', 'testosterone', 'wigs', 'operations', 'pills', 'therapy', 'paperwork', 'name', 'names']);
/** Words that put the talk on gender identity: needed by the deadname shape, which names no identity itself. */
const TRANS_CONTEXT = new Set(['trans', 'transgender', 'transition', 'transitioned', 'transitioning', 'pronouns', 'nonbinary', 'deadname', 'deadnaming', 'hormones']);

const genderIdentity = (from: number, to: number): GroupMention => ({ from, to, characteristic: 'gender-identity', pronoun: false, weak: false });

/**
 * A person's gender refused: "you'll always be a dude to me", "he'll always be a man to me", "no amount of hormones
 * changes that / will make you a woman", "she wants us to call her Sarah ... I'm sticking with Mark". The last needs
 * talk of a transition or a new name in this sentence or the one before. "My brother will always be a boy to me" (a
 * sibling grown up) passes: it needs a transition word in the sentence or the one before as well.
 */
export function misgendered(tokens: readonly Token[], words: Words, _groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  if (about(words)) return null;
  const context = (): boolean => words.some((w) => TRANS_CONTEXT.has(w)) || prev.words().some((w) => TRANS_CONTEXT.has(w)) || find(words, 'came out') >= 0;
  // "no amount of hormones changes that", "no amount of surgery will make him a woman"
  const na = find(words, 'no amount of');
  if (na >= 0 && TRANSITION.has(words[na + 3] ?? '')) {
    const rest = words.slice(na + 4, na + 9);
    if (rest.some((w) => ['change', 'changes', 'changed', 'make', 'makes', 'turn', 'turns', 'alter', 'alters'].includes(w))) return hit(na, na + 4, genderIdentity(na, na + 3), 'negated-positive', 'a transition said to change nothing');
  }
  // "you'll always be a dude to me"
  const ab = find(words, 'always be');
  if (ab > 0 && ['will', 'would', "'ll"].includes(words[ab - 1] ?? '')) {
    let k = ab + 2;
    while (['a', 'an', 'just', 'my', 'the'].includes(words[k] ?? '')) k++;
    if (SEX_NOUNS.has(words[k] ?? '') && words[k + 1] === 'to' && ['me', 'us'].includes(words[k + 2] ?? '') && (context() || ['you', 'he', 'she', 'they'].includes(words[ab - 2] ?? '') && tokens[0]?.mention)) {
      return hit(ab - 2, k + 2, genderIdentity(ab - 2, ab - 2), 'negated-positive', 'gender refused to a person');
    }
  }
  // "I'm sticking with Mark", "I'll keep calling him Mark": a name kept against the person's wish. The sentence before is
  // read only for such a candidate: a sentence that reads its neighbour is re-run when the neighbour is edited
  for (let i = 0; i + 1 < words.length; i++) {
    const sticking = (words[i] === 'sticking' || words[i] === 'stick') && words[i + 1] === 'with' ? i + 2 : (['calling', 'call'].includes(words[i] ?? '') && ['keep', 'still', 'always', 'going'].includes(words[i - 1] ?? '') && ['him', 'her', 'them'].includes(words[i + 1] ?? '')) ? i + 2 : -1;
    if (sticking < 0) continue;
    const name = tokens[sticking];
    if (name && /^[A-Z][a-z]+$/.test(name.raw) && !['The', 'It', 'That', 'This', 'My', 'Him', 'Her'].includes(name.raw) && (words.slice(0, i).includes('i') || words.slice(0, i).includes('we')) && context()) {
      return hit(i, sticking, genderIdentity(i, sticking), 'negated-positive', 'a person called by the name they left');
    }
  }
  return null;
}
