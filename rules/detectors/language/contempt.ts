/**
 * `language.contempt`: hostility aimed at a person that carries no insulting word, so the insult
 * lexicon never sees it: contemptuous questions ("who the hell do you think you are?", "what is wrong
 * with you?", "how brainwashed can you be?"), shaming ("shame on you", "have you no decency?"), calls to
 * punish a person ("lock her up", "he should be jailed"), an animal name given to a person ("she is a
 * snake"), and a mental-illness label thrown at someone ("he is mentally unstable").
 *
 * Each pattern needs a person as its target (you, he, she, they, an @mention, a person noun, a name),
 * so the same words about things pass: "what the hell happened to the build?", "the bug should be
 * removed", "a snake plant". Confidence is modest: contempt is a reading of tone, and the pack's
 * minConfidence decides.
 */
import type { DetectorHit, DetectorInput, DetectorSpec } from '../../types';
import { applyContext, mentionContext } from './context';
import { praiseIn } from './fondness';
import { findGroupPronouns, findGroups, hasGroupPronoun, neighbourGroups } from './find-groups';
import { PEOPLE_GROUP_WORDS, PERSON_WORDS, THING_WORDS } from './lexicon/words';
import { subjectBefore } from './target';
import { CLAUSE_BREAK, tokenize, type Token } from './tokens';
import { noOptions } from '../options';

interface Found {
  from: number;
  to: number;
  confidence: number;
  explain: string;
  tag: 'insult' | 'threat';
}

const PERSON_PRONOUNS = new Set(['you', 'he', 'she', 'they', 'him', 'her', 'them', 'yourself', 'himself', 'herself', 'themselves']);
const PERSON_OBJECTS = new Set(['you', 'him', 'her', 'them', 'em', 'yourself', 'himself', 'herself', 'themselves']);
const WH = new Set(['who', 'what', 'why', 'how', 'where', 'wtf']);
const EXPLETIVE = new Set(['hell', 'fuck', 'fck', 'fk']);
/** Qualities that turn "how X can you be?" into contempt. */
const HOW_QUALITY = new Set([
  'stupid', 'dumb', 'brainwashed', 'blind', 'ignorant', 'naive', 'gullible', 'delusional', 'clueless', 'pathetic', 'dense', 'thick',
  'arrogant', 'dishonest', 'hypocritical', 'deluded', 'idiotic', 'incompetent', 'shameless', 'stupider', 'dim',
  // not 'sick' or 'low': "how sick he is" asks after his health
  'vile', 'evil', 'corrupt', 'disgusting', 'despicable', 'hateful', 'deranged', 'unhinged', 'moronic', 'petty', 'spineless',
]);
/** Animals whose name, given to a person, is an insult ("he is a snake", "she's such a pig"). */
const ANIMALS = new Set([
  'snake', 'pig', 'rat', 'dog', 'sloth', 'weasel', 'cow', 'donkey', 'jackass', 'vulture', 'leech', 'parasite', 'worm', 'swine',
  'baboon', 'hyena', 'skunk', 'cockroach', 'roach', 'slug', 'toad', 'maggot', 'louse', 'vermin', 'mutt', 'mongrel', 'hog',
  'ape', 'monkey', 'chimp', 'sheep', 'lemming', 'muppet', 'pest',
  // not 'beast', 'animal' or 'goat': praise in sport ("he's a beast", "she's the goat")
]);
const ADMIRING = new Set(['beautiful', 'cute', 'gorgeous', 'handsome', 'pretty', 'sexy', 'hot', 'amazing', 'adorable', 'stunning', 'talented', 'perfect', 'good', 'great', 'fine']);
/** An expletive question about something good is excitement: "why the hell did you not tell me about this amazing offer?" */
const POSITIVE_NEAR = new Set(['amazing', 'awesome', 'great', 'cool', 'love', 'brilliant', 'fantastic', 'incredible', 'beautiful', 'offer', 'party', 'weekend']);
/** Support and care around a diagnosis: "he is mentally ill and we support him". */
const CARE_WORDS = new Set(['support', 'supporting', 'help', 'helping', 'donate', 'care', 'caring', 'recovering', 'recovery', 'diagnosed', 'treatment', 'therapy', 'proud', 'love', 'loving', 'awareness', 'struggling', 'needs']);
const MENTAL = new Set(['ill', 'unstable', 'disturbed', 'deranged', 'incapable', 'challenged', 'retarded', 'deficient', 'unfit', 'unwell', 'sick', 'damaged', 'defective']);
/** Where the powerful sit, from which a mob drags them: "dragged out of his office", "out of the White House". */
const SEATS_OF_POWER = new Set(['office', 'offices', 'house', 'home', 'building', 'white', 'parliament', 'congress', 'senate', 'chamber', 'palace', 'mansion', 'boardroom', 'headquarters', 'hq', 'studio', 'courtroom', 'church']);
/** Places that cage or commit a person: "he belongs in a zoo / an asylum / a padded cell". */
const CAGED_PLACES = new Set(['zoo', 'asylum', 'cage', 'padded cell', 'loony bin', 'looney bin', 'nuthouse', 'mental hospital', 'mental institution', 'psych ward', 'dumpster', 'gutter', 'sewer']);
const TWO_WORD_PLACES = new Set(['padded', 'mental', 'psych', 'loony', 'looney']);
const PUNISHED = new Set(['jailed', 'arrested', 'imprisoned', 'prosecuted', 'hanged', 'hung', 'executed', 'deported', 'impeached', 'fired', 'ousted', 'expelled', 'locked', 'indicted', 'shot', 'flogged', 'punished', 'sacked', 'disbarred']);
// not has/have: "he has been charged" reports a fact, it does not call for anything
const MODAL = new Set(['should', 'must', 'needs', 'need', 'ought', 'deserves', 'deserve']);
const COPULA = new Set(['is', 'are', 'was', 'were', 'am']);
const DEGREE = new Set(['so', 'such', 'really', 'just', 'clearly', 'obviously', 'totally', 'completely', 'truly', 'seriously', 'definitely', 'absolutely', 'a', 'an', 'the', 'one', 'little', 'big', 'dirty', 'lying', 'old', 'filthy', 'sneaky', 'fat', 'lazy', 'slimy', 'lowly', 'stupid', 'dumb', 'fucking', 'bloody', 'nasty', 'mean', 'greedy', 'disgusting', 'rotten', 'spineless', 'pathetic', 'ugly']);

function w(tokens: readonly Token[], i: number): string {
  return tokens[i]?.w ?? '';
}

/** Is the token at `i` a person the contempt can land on: a pronoun, an @mention, a person noun? Not any
 * capitalised word: "shame on Google" reproaches a company. */
function isPerson(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.punct) return false;
  if (t.mention || PERSON_PRONOUNS.has(t.w)) return true;
  return PERSON_WORDS.has(t.w) && !THING_WORDS.has(t.w);
}

/** End of the clause that starts at `i` (exclusive). */
function clauseEnd(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k < tokens.length && !CLAUSE_BREAK.has(w(tokens, k))) k++;
  return k;
}

/** "who the hell do you think you are", "what the fuck is wrong with him", "who do you think you are". */
function hostileQuestion(tokens: readonly Token[], i: number): Found | null {
  const a = w(tokens, i);
  if (!WH.has(a)) return null;
  let k = i + 1;
  if (w(tokens, k) === 'in') k++;
  const expletive = (w(tokens, k) === 'the' && EXPLETIVE.has(w(tokens, k + 1))) || a === 'wtf';
  if (expletive && a !== 'wtf') k += 2;
  const end = clauseEnd(tokens, k);
  // "who (the hell) do/does you/he think you/he are/is"
  // ... unless it is mock outrage at someone's looks: "who does he think he is, looking so beautiful"
  const admiring = tokens.slice(k, end).some((t) => ADMIRING.has(t.w));
  // ... ending there: "who do you think you are going to invite?" is a real question
  const next = tokens[k + 5];
  const ends = !next || next.punct || next.mention || /^[A-Z]/.test(next.raw) || next.w === 'little';
  if (a === 'who' && ['do', 'does'].includes(w(tokens, k)) && PERSON_PRONOUNS.has(w(tokens, k + 1)) && w(tokens, k + 2) === 'think' && PERSON_PRONOUNS.has(w(tokens, k + 3)) && COPULA.has(w(tokens, k + 4)) && ends && !admiring) {
    return { from: i, to: k + 4, confidence: 0.7, explain: `contemptuous question aimed at someone ('who ... think ${w(tokens, k + 1)} ${w(tokens, k + 1) === 'you' ? 'are' : 'is'}')`, tag: 'insult' };
  }
  // "what is wrong with you", "what the hell is wrong with him"
  if (a === 'what' || a === 'wtf') {
    const j = w(tokens, k) === 'is' ? k + 1 : k;
    if (w(tokens, j) === 'wrong' && w(tokens, j + 1) === 'with' && (PERSON_OBJECTS.has(w(tokens, j + 2)) || tokens[j + 2]?.mention || (['these', 'those', 'some'].includes(w(tokens, j + 2)) && w(tokens, j + 3) === 'people'))) {
      return { from: i, to: j + 2, confidence: 0.65, explain: `contemptuous question aimed at someone ('what is wrong with ${w(tokens, j + 2)}')`, tag: 'insult' };
    }
  }
  // "how brainwashed can you be", "how stupid are they"
  if (a === 'how' && HOW_QUALITY.has(w(tokens, i + 1))) {
    const v = w(tokens, i + 2);
    if (['can', 'could', 'are', 'is', 'must'].includes(v) && PERSON_PRONOUNS.has(w(tokens, i + 3)) || (['can', 'could'].includes(v) && ['people', 'anyone', 'someone', 'one', 'ya', 'u'].includes(w(tokens, i + 3)))) {
      return { from: i, to: i + 3, confidence: 0.7, explain: `contemptuous question ('how ${w(tokens, i + 1)} ${v} ${w(tokens, i + 3)} ...')`, tag: 'insult' };
    }
    // the exclamation: "(it shows) how vile they can be", "how stupid he is"; "how stupid of me" has no person after
    const p = w(tokens, i + 2);
    const tail = w(tokens, i + 3) === 'can' || w(tokens, i + 3) === 'could' ? (w(tokens, i + 4) === 'be' ? i + 4 : -1) : COPULA.has(w(tokens, i + 3)) ? i + 3 : -1;
    if (['he', 'she', 'they', 'you'].includes(p) && tail > 0 && !w(tokens, tail + 1).match(/^[a-z]/)) {
      return { from: i, to: tail, confidence: 0.65, explain: `contempt for a person ('how ${w(tokens, i + 1)} ${p} ...')`, tag: 'insult' };
    }
  }
  // "who/what/why the hell ... you/he/she ...": an expletive question that names a person
  if (expletive && !admiring && !tokens.slice(k, end).some((t) => POSITIVE_NEAR.has(t.w))) {
    for (let j = k; j < end && j < k + 8; j++) {
      if (PERSON_PRONOUNS.has(w(tokens, j)) || tokens[j]?.mention) {
        return { from: i, to: j, confidence: 0.6, explain: `hostile question aimed at someone ('${tokens.slice(i, Math.min(j + 1, i + 4)).map((t) => t.w).join(' ')} ...')`, tag: 'insult' };
      }
    }
  }
  return null;
}

/** "shame on you", "have you no shame", "you should be ashamed of yourself", "he has no shame". */
function shaming(tokens: readonly Token[], i: number): Found | null {
  const a = w(tokens, i);
  if (a === 'shame' && w(tokens, i + 1) === 'on' && isPerson(tokens, i + 2) && !['me', 'us', 'myself'].includes(w(tokens, i + 2))) {
    return { from: i, to: i + 2, confidence: 0.7, explain: `shames someone ('shame on ${tokens[i + 2]?.raw}')`, tag: 'insult' };
  }
  if (a === 'have' && ['you', 'they'].includes(w(tokens, i + 1)) && w(tokens, i + 2) === 'no' && ['shame', 'decency', 'morals', 'dignity', 'integrity', 'honor', 'honour', 'conscience'].includes(w(tokens, i + 3))) {
    return { from: i, to: i + 3, confidence: 0.7, explain: `shames someone ('have ${w(tokens, i + 1)} no ${w(tokens, i + 3)}')`, tag: 'insult' };
  }
  if (['has', 'have'].includes(a) && ['he', 'she', 'you', 'they'].includes(w(tokens, i - 1)) && w(tokens, i + 1) === 'no' && ['shame', 'decency', 'morals', 'dignity', 'integrity', 'conscience', 'soul', 'spine'].includes(w(tokens, i + 2))) {
    return { from: i - 1, to: i + 2, confidence: 0.65, explain: `says someone has no ${w(tokens, i + 2)}`, tag: 'insult' };
  }
  if (a === 'ashamed' && ['be', 'feel'].includes(w(tokens, i - 1)) && ['should', 'ought', 'to'].includes(w(tokens, i - 2)) && ['you', 'he', 'she', 'they'].includes(w(tokens, i - 3) === 'ought' ? w(tokens, i - 4) : w(tokens, i - 3))) {
    return { from: i - 3, to: i, confidence: 0.65, explain: "shames someone ('... should be ashamed')", tag: 'insult' };
  }
  return null;
}

/** The person or group of people (by role or politics) before a modal at `i`: "he should", "landlords should". */
function peopleSubject(tokens: readonly Token[], i: number): { range: [number, number] } | null {
  const s = subjectBefore(tokens, i);
  // "nobody should be put in prison for ...", "no one should hang for ...": the punishment refused for everyone
  if (['nobody', 'noone', 'none'].includes(w(tokens, s.range[1])) || w(tokens, s.range[0] - 1) === 'no' || w(tokens, s.range[0]) === 'no') return null;
  if (s.kind === 'person') return s;
  const k = w(tokens, i - 1) === 'all' ? i - 2 : i - 1;
  return PEOPLE_GROUP_WORDS.has(w(tokens, k)) ? { range: [k, k] } : null;
}

/** "lock her up", "arrest him", "he should be jailed", "she belongs in prison", "throw them in jail". */
function punishment(tokens: readonly Token[], i: number): Found | null {
  const a = w(tokens, i);
  if (a === 'lock' && PERSON_OBJECTS.has(w(tokens, i + 1)) && w(tokens, i + 2) === 'up') {
    return { from: i, to: i + 2, confidence: 0.65, explain: `calls for someone to be locked up ('lock ${w(tokens, i + 1)} up')`, tag: 'threat' };
  }
  // not hang/execute: "hang them in the break room", "execute them nightly"
  if (['arrest', 'jail', 'imprison', 'deport'].includes(a) && (PERSON_OBJECTS.has(w(tokens, i + 1)) || tokens[i + 1]?.mention || (w(tokens, i + 1) === 'this' && PERSON_WORDS.has(w(tokens, i + 2)))) && !['to', 'for'].includes(w(tokens, i - 1))) {
    return { from: i, to: i + 1, confidence: 0.6, explain: `calls for someone to be punished ('${a} ${w(tokens, i + 1)}')`, tag: 'threat' };
  }
  if (a === 'throw' && PERSON_OBJECTS.has(w(tokens, i + 1)) && ['in', 'into', 'behind'].includes(w(tokens, i + 2)) && ['jail', 'prison', 'bars', 'gitmo'].includes(w(tokens, i + 3) === 'the' ? w(tokens, i + 4) : w(tokens, i + 3))) {
    return { from: i, to: i + 3, confidence: 0.65, explain: 'calls for someone to be jailed', tag: 'threat' };
  }
  // "you're going to jail", "he is headed to prison", "she is going to hell"
  if ((a === 'going' || a === 'headed' || a === 'heading') && w(tokens, i + 1) === 'to' && ['jail', 'prison', 'hell', 'gitmo'].includes(w(tokens, i + 2))) {
    // "your going to jail" is a common misspelling of "you're"
    if (w(tokens, i - 1) === 'your') return { from: i - 1, to: i + 2, confidence: 0.6, explain: `tells a person they are going to ${w(tokens, i + 2)}`, tag: 'threat' };
    const s0 = COPULA.has(w(tokens, i - 1)) ? subjectBefore(tokens, i - 1) : null;
    if (s0?.kind === 'person') return { from: s0.range[0], to: i + 2, confidence: 0.6, explain: `tells a person they are going to ${w(tokens, i + 2)}`, tag: 'threat' };
  }
  // "[person] should/must/needs to (be) jailed", "[person] belongs in jail"
  if (!MODAL.has(a) && a !== 'belongs' && a !== 'belong') return null;
  const s = peopleSubject(tokens, i);
  if (!s) return null;
  let k = i + 1;
  if (w(tokens, k) === 'all') k++;
  if (w(tokens, k) === 'to') k++;
  if (w(tokens, k) === 'be' || w(tokens, k) === 'get') k++;
  const v = w(tokens, k);
  const prison = (j: number) => ['in', 'behind', 'to'].includes(w(tokens, j)) && ['jail', 'prison', 'bars', 'gitmo', 'hell'].includes(w(tokens, j + 1) === 'the' ? w(tokens, j + 2) : w(tokens, j + 1));
  // "he should hang", "they should be put to death"
  const dies = (v === 'hang' || v === 'fry' || v === 'swing') && (CLAUSE_BREAK.has(w(tokens, k + 1)) || w(tokens, k + 1) === '' || w(tokens, k + 1) === 'for');
  if (dies || (v === 'put' && w(tokens, k + 1) === 'to' && w(tokens, k + 2) === 'death')) {
    const subj = tokens[s.range[1]] as Token;
    return { from: s.range[0], to: v === 'put' ? k + 2 : k, confidence: 0.65, explain: `calls for a person's death ('${subj.raw} ${a} ... ${v}')`, tag: 'threat' };
  }
  // "he should be dragged out of his office", "she should be run out of town", "they should be tarred and feathered": a mob's punishment
  // ("dragged out of bed / the pool / onto the dance floor", "run out of energy / excuses" are chores and fatigue)
  const seat = (j: number): boolean => SEATS_OF_POWER.has(w(tokens, ['his', 'her', 'their', 'the', 'this', 'that'].includes(w(tokens, j)) ? j + 1 : j));
  const mob = (v === 'dragged' && ((w(tokens, k + 1) === 'out' && w(tokens, k + 2) === 'of' && seat(k + 3)) || (['through', 'into'].includes(w(tokens, k + 1)) && ['street', 'streets'].includes(w(tokens, k + 3))))) || (v === 'run' && w(tokens, k + 1) === 'out' && w(tokens, k + 2) === 'of' && ['town', 'the', 'office', 'power'].includes(w(tokens, k + 3)) && (w(tokens, k + 3) !== 'the' || ['country', 'city', 'state', 'party', 'building'].includes(w(tokens, k + 4)))) || (v === 'tarred' && w(tokens, k + 1) === 'and') || v === 'horsewhipped' || v === 'lynched';
  if (mob) {
    const subj = tokens[s.range[1]] as Token;
    return { from: s.range[0], to: k + 1, confidence: 0.6, explain: `calls for a mob's punishment of a person ('${subj.raw} ${a} ... ${v} ${w(tokens, k + 1)}')`, tag: 'threat' };
  }
  // "he belongs in a zoo / an asylum / a padded cell", "Maxine belongs in a nursing home, not in Congress": a person's place
  // named as a cage, a ward, or the home set against their office
  if (a === 'belongs' || a === 'belong') {
    const j = ['a', 'an', 'the'].includes(w(tokens, i + 2)) ? i + 3 : i + 2;
    const place = TWO_WORD_PLACES.has(w(tokens, j)) ? `${w(tokens, j)} ${w(tokens, j + 1)}` : w(tokens, j);
    const home = (place === 'nursing' || place === 'retirement') && tokens.slice(j, j + 6).some((t, n, arr) => t.w === 'not' || (t.w === 'instead' && arr[n + 1]?.w === 'of'));
    if (w(tokens, i + 1) === 'in' && (CAGED_PLACES.has(place) || home)) {
      const subj = tokens[s.range[1]] as Token;
      return { from: s.range[0], to: place.includes(' ') || home ? j + 1 : j, confidence: 0.6, explain: `puts a person in a cage or a ward ('${subj.raw} ${a} in ... ${place}')`, tag: 'insult' };
    }
  }
  if (['thrown', 'put', 'sent', 'locked'].includes(v) && prison(k + 1)) {
    const subj = tokens[s.range[1]] as Token;
    return { from: s.range[0], to: k + 2, confidence: 0.6, explain: `calls for a person to be jailed ('${subj.raw} ${a} ... ${v} in jail')`, tag: 'threat' };
  }
  if ((a !== 'belongs' && a !== 'belong' && PUNISHED.has(v) && (v !== 'locked' || w(tokens, k + 1) === 'up') && (v !== 'fired' || w(tokens, k + 1) !== 'up')) || prison(a === 'belongs' || a === 'belong' ? i + 1 : k) || (v === 'rot' && prison(k + 1)) || (v === 'go' && prison(k + 1))) {
    const subj = tokens[s.range[1]] as Token;
    const to = a === 'belongs' || a === 'belong' ? i + (w(tokens, i + 2) === 'the' ? 3 : 2) : k;
    return { from: s.range[0], to, confidence: 0.6, explain: `calls for a person to be punished ('${subj.raw} ${a} ... ${v || 'in jail'}')`, tag: 'threat' };
  }
  return null;
}

/** "she is a snake", "he's such a pig", "you are a sloth": an animal's name given to a person. */
function animalName(tokens: readonly Token[], i: number): Found | null {
  const t = tokens[i] as Token;
  const singular = t.w.endsWith('s') && ANIMALS.has(t.w.slice(0, -1)) ? t.w.slice(0, -1) : t.w;
  if (!ANIMALS.has(singular)) return null;
  const nxt = w(tokens, i + 1);
  // "a dog person", "a snake plant": a compound, not a name; "a dog with fleas" still is one
  if (nxt && !CLAUSE_BREAK.has(nxt) && ![',', 'and', 'with', 'who', 'that', 'like', 'lol', 'tbh', 'too', 'as'].includes(nxt) && !tokens[i + 1]?.mention) return null;
  let c = i - 1;
  let article = false;
  while (c >= 0 && c > i - 5 && DEGREE.has(w(tokens, c))) {
    if (['a', 'an', 'such'].includes(w(tokens, c))) article = true;
    c--;
  }
  if (!article && singular === t.w) return null;
  if (!COPULA.has(w(tokens, c))) return null;
  const s = subjectBefore(tokens, c);
  if (s.kind !== 'person') return null;
  const subj = tokens[s.range[1]] as Token;
  return { from: s.range[0], to: i, confidence: 0.6, explain: `calls a person an animal ('${subj.raw} ... ${t.w}')`, tag: 'insult' };
}

/** "he is mentally unstable", "you are clearly mentally ill": a mental-illness label thrown at someone. */
function mentalLabel(tokens: readonly Token[], i: number): Found | null {
  if (w(tokens, i) !== 'mentally' || !MENTAL.has(w(tokens, i + 1))) return null;
  let c = i - 1;
  while (c >= 0 && c > i - 4 && DEGREE.has(w(tokens, c))) c--;
  if (!COPULA.has(w(tokens, c))) return null;
  const s = subjectBefore(tokens, c);
  if (s.kind !== 'person') return null;
  // "my brother is mentally ill": family and care contexts describe, they do not attack
  for (let k = s.range[1]; k >= Math.max(0, s.range[0] - 3); k--) if (['my', 'our', 'if', 'whether', 'when'].includes(w(tokens, k))) return null;
  if (tokens.some((t) => CARE_WORDS.has(t.w)) || w(tokens, i + 2) === 'by') return null;
  const subj = tokens[s.range[1]] as Token;
  return { from: s.range[0], to: i + 1, confidence: 0.6, explain: `a mental-illness label thrown at a person ('${subj.raw} ... mentally ${w(tokens, i + 1)}')`, tag: 'insult' };
}

/** "you are sick in the head", "you are dead to me", "he has lost his mind", "don't let the door hit you". */
function dismissal(tokens: readonly Token[], i: number): Found | null {
  const a = w(tokens, i);
  if (['sick', 'wrong', 'soft', 'touched'].includes(a) && w(tokens, i + 1) === 'in' && w(tokens, i + 2) === 'the' && w(tokens, i + 3) === 'head') {
    let c = i - 1;
    while (c >= 0 && c > i - 4 && DEGREE.has(w(tokens, c))) c--;
    if (COPULA.has(w(tokens, c)) && subjectBefore(tokens, c).kind === 'person') return { from: subjectBefore(tokens, c).range[0], to: i + 3, confidence: 0.65, explain: `says a person is '${a} in the head'`, tag: 'insult' };
  }
  // ("the Eagles are dead to me after that fourth quarter": a team after a game)
  if (a === 'dead' && w(tokens, i + 1) === 'to' && w(tokens, i + 2) === 'me' && COPULA.has(w(tokens, i - 1)) && subjectBefore(tokens, i - 1).kind === 'person' && !tokens.some((t) => ['quarter', 'season', 'match', 'game', 'final', 'league', 'playoffs', 'defeat', 'half', 'loss', 'innings', 'penalty', 'penalties', 'transfer'].includes(t.w))) {
    return { from: subjectBefore(tokens, i - 1).range[0], to: i + 2, confidence: 0.6, explain: "dismisses a person ('dead to me')", tag: 'insult' };
  }
  if (a === 'let' && w(tokens, i - 1) === 'not' && w(tokens, i + 1) === 'the' && w(tokens, i + 2) === 'door' && w(tokens, i + 3) === 'hit' && PERSON_OBJECTS.has(w(tokens, i + 4))) {
    return { from: i, to: i + 4, confidence: 0.6, explain: "tells someone to leave ('don't let the door hit you')", tag: 'insult' };
  }
  const who = ['has', 'have'].includes(w(tokens, i - 1)) ? i - 2 : i - 1;
  if (a === 'lost' && ['his', 'her', 'your', 'their'].includes(w(tokens, i + 1)) && ['mind', 'minds', 'marbles'].includes(w(tokens, i + 2)) && ['he', 'she', 'you', 'they'].includes(w(tokens, who))) {
    return { from: who, to: i + 2, confidence: 0.55, explain: `says someone has lost ${w(tokens, i + 1)} mind`, tag: 'insult' };
  }
  // "he is losing his mind", "why are liberals losing their minds": the same verdict in the progressive;
  // "I am losing my mind" is about oneself and never matches (my is not read)
  if (a === 'losing' && ['his', 'her', 'your', 'their'].includes(w(tokens, i + 1)) && ['mind', 'minds', 'marbles'].includes(w(tokens, i + 2))) {
    const s = COPULA.has(w(tokens, i - 1)) ? peopleSubject(tokens, i - 1) : PEOPLE_GROUP_WORDS.has(w(tokens, i - 1)) ? { range: [i - 1, i - 1] as [number, number] } : null;
    if (s) return { from: s.range[0], to: i + 2, confidence: 0.55, explain: `says someone is losing ${w(tokens, i + 1)} mind`, tag: 'insult' };
  }
  return null;
}

const TRIGGERS = new Set(['going', 'headed', 'heading', 'sick', 'wrong', 'soft', 'touched', 'dead', 'let', 'lost', 'losing', 'who', 'what', 'why', 'how', 'where', 'wtf', 'shame', 'have', 'has', 'ashamed', 'lock', 'arrest', 'jail', 'imprison', 'deport', 'hang', 'execute', 'throw', 'mentally', ...MODAL, 'belongs', 'belong']);

/** Emoji that insult the person a short post is addressed to: the finger (with any skin tone), the clown, the pile of poo. */
const INSULT_EMOJI_RE = /\u{1F595}[\u{1F3FB}-\u{1F3FF}]?|\u{1F921}|\u{1F4A9}/gu;
/** A party, a costume or a birthday: the clown is a clown. */
const FESTIVE = new Set(['happy', 'day', 'photo', 'party', 'costume', 'birthday', 'fun', 'love', 'circus', 'halloween', 'team', 'kids']);
const EMOJI_MEANING: Readonly<Record<string, string>> = { '\u{1F595}': 'the middle finger', '\u{1F921}': 'a clown', '\u{1F4A9}': 'a pile of poo' };

/** "@sam 🖕", "you 🤡": an insulting emoji in a short post aimed at someone, not at oneself ("me today 🤡"). */
function emojiInsult(input: DetectorInput, tokens: readonly Token[]): DetectorHit[] {
  const found = [...input.text.matchAll(INSULT_EMOJI_RE)];
  if (!found.length) return [];
  const aimed = tokens.some((t) => t.mention || t.w === 'you' || t.w === 'your');
  const self = tokens.some((t) => ['i', 'me', 'my', 'myself', 'we', 'us'].includes(t.w));
  const words = tokens.filter((t) => !t.punct && !t.mention).length;
  if (!aimed || self || words > 5 || tokens.some((t) => FESTIVE.has(t.w))) return [];
  return found.slice(0, 10).map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    confidence: 0.6,
    explain: `${EMOJI_MEANING[m[0].slice(0, 2)] ?? 'an insulting emoji'} aimed at someone`,
    tags: ['insult'],
  }));
}

/** Praise that opens the next sentence: "It looks amazing.", "Incredible.", "Respect.", "Congrats!". */
const PRAISE_NEXT = /^\W*(?:(?:it|that|this|you)\W*(?:s|are|re|look|looks|was)?\s*)?(?:so\s+)?(?:amazing|incredible|respect|congrats|congratulations|stunning|brilliant|legend|impressive|genius|beautiful|gorgeous|delicious|happy anniversary|love it|well done)\b/i;

/** Admiration, games, pets and fond hyperbole in the sentence of a matched hostile phrase, or undefined. */
function playful(tokens: readonly Token[], f: Found): string | undefined {
  const ws = tokens.map((t) => t.w);
  const all = ws.join(' ');
  const seq = ws.slice(f.from, f.from + 8).join(' ');
  // "how the hell did you finish that so fast", "where the hell did you find that jacket": admiration
  if (/^(how|where) the (hell|heck|fuck) did you (finish|manage|find|get|buy|pull|do|learn|make|score|win|fit)/.test(seq)) return 'admiration';
  if (/^why the (hell|heck) are you (up|awake|still)/.test(seq)) return 'concern';
  if (ws.some((w) => ['monopoly', 'crate', 'kennel', 'heart', 'anniversary', 'lol', 'lmao', 'haha'].includes(w)) || /\bpass go\b/.test(all)) return 'a game, a pet or a joke';
  // "shame on you for making me cry at your wedding speech", "ashamed of how good this pie is", "in prison for how good that goal was"
  if (/\b(for making me (cry|laugh|hungry|jealous)|of how good|for how good|of how great|for how great)\b/.test(all)) return 'fond hyperbole';
  // "he lost his mind, best celebration ever", "he's losing his mind over the World Cup draw"
  if (/^(he|she|you|they) (?:(?:is |s )(?=losing))?(lost|loses|losing) (his|her|your|their) mind/.test(seq) && ws.some((w) => ['celebration', 'goal', 'won', 'win', 'concert', 'excited', 'best', 'draw', 'cup'].includes(w))) return 'delight';
  // "he has no spine issues after the surgery", "her dad is mentally ill and she cares for him": health, said with care
  if (/\bno (spine|backbone) (issues|injury|injuries|problems|damage)\b/.test(all) || ws.some((w) => ['cares', 'caring', 'diagnosed', 'diagnosis', 'support', 'supporting', 'treatment', 'recovery', 'surgery'].includes(w))) return 'health';
  return undefined;
}

function run(input: DetectorInput): DetectorHit[] {
  const tokens = tokenize(input);
  return [...emojiInsult(input, tokens), ...runWords(input, tokens)];
}

function runWords(input: DetectorInput, tokens: readonly Token[]): DetectorHit[] {
  if (!tokens.some((t) => TRIGGERS.has(t.w) || ANIMALS.has(t.w) || ANIMALS.has(t.w.replace(/s$/, '')))) return [];
  // contempt for a protected group as a whole ("[group] are pigs", "they should be deported") is the
  // protected rules' business; prev is read only when a pronoun may point back into it
  const prev = hasGroupPronoun(tokens) && input.prev ? neighbourGroups(input.prev) : [];
  const direct = findGroups(tokens);
  const groups = [...direct, ...findGroupPronouns(tokens, direct, prev)];
  const found: Found[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]?.punct) continue;
    const f = hostileQuestion(tokens, i) ?? shaming(tokens, i) ?? punishment(tokens, i) ?? animalName(tokens, i) ?? mentalLabel(tokens, i) ?? dismissal(tokens, i);
    if (!f) continue;
    i = Math.max(i, f.to);
    if (groups.some((g) => f.from <= g.to && g.from <= f.to)) continue;
    found.push(f);
  }
  return found.map((f) => {
    const first = tokens[f.from] as Token;
    const last = tokens[f.to] as Token;
    // Quoting and reporting lower the confidence; condemning words do not: "your behaviour is shameful, shame
    // on you" and "he's a pig, sexist comments all day" are the attack itself, not counter-speech.
    const verdict = mentionContext(input.text, tokens, f.from, f.to);
    // praise in the sentence, or right after it ("What the hell are you building? It looks amazing."), is delight; a game,
    // a pet crate or a play on words makes the punishment a joke ("going to jail in Monopoly", "lock her up in the crate")
    const praise = praiseIn(tokens) ?? (PRAISE_NEXT.test(input.next ?? '') ? 'praise in the next sentence' : undefined) ?? playful(tokens, f);
    const ctx = applyContext(f.confidence, f.explain, praise ? { factor: 0.4, reason: `said with praise ('${praise}')` } : verdict?.reason.startsWith('condemned') ? null : verdict);
    return { start: first.start, end: last.end, confidence: Math.round(ctx.confidence * 100) / 100, explain: ctx.explain, tags: [f.tag] };
  });
}

export const CONTEMPT: DetectorSpec = {
  id: 'language.contempt',
  description: 'Contempt aimed at a person without an insulting word: hostile questions, shaming, calls to punish someone, animal names, mental-illness labels.',
  scope: 'sentence',
  validateOptions: noOptions,
  create() {
    return run;
  },
};
