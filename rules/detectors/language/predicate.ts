/**
 * What a clause says about its subject, read from the tokens after it: "[group] are (not) X", "[group]
 * should be deported", "[group] can't drive", "[group] steal our jobs". A small hand-written reader,
 * not a parser: it skips auxiliaries, negators and filler adverbs, then looks the head word up in the
 * predicate lexicons. Negation flips the reading: "are not capable" attacks, "are not criminals" defends.
 */
import {
  COMPETENCE_VERBS, DEHUMANISING, EXCLUSION_INTRANSITIVE, EXCLUSION_VERBS, INSULT_ADJECTIVES, INSULT_NOUNS, NEGATIVE_ATTRIBUTES,
  POSITIVE_ATTRIBUTES,
} from './lexicon/words';
import { CLAUSE_BREAK, NEGATORS, type Token } from './tokens';

/** 'positive': a non-negated positive predicate; an attack only under a negated opinion ("I don't think [group] are capable"). */
export type AttackKind = 'generalisation' | 'dehumanising' | 'exclusion' | 'negated-positive' | 'stereotype' | 'derogation';

export interface PredicateReading {
  kind: AttackKind | 'negated-attack' | 'positive';
  /** last token index of the predicate */
  end: number;
  head: string;
}

const COPULA = new Set(['are', 'is', 'was', 'were', 'be', 'been', 'being', 'am', "'re", "'s"]);
const MODAL = new Set(['will', 'would', 'should', 'must', 'can', 'could', 'may', 'might', 'shall', 'ought', 'need', 'needs', 'deserve', 'deserves', 'have', 'has', 'had', 'got', 'get', 'gets', 'do', 'does', 'did', 'to', 'going', 'gonna']);
const DEONTIC = new Set(['should', 'must', 'ought', 'need', 'needs', 'deserve', 'deserves', 'have', 'has', 'got', 'gotta']);
const FILLER = new Set([
  'all', 'just', 'really', 'simply', 'basically', 'literally', 'always', 'naturally', 'inherently', 'genuinely', 'truly', 'so', 'too',
  'very', 'only', 'mostly', 'generally', 'usually', 'often', 'clearly', 'obviously', 'honestly', 'actually', 'probably', 'definitely',
  'even', 'ever', 'still', 'much', 'kind', 'sort', 'of', 'nothing', 'a', 'an', 'the', 'such', 'bunch', 'pack', 'complete', 'total',
  'absolute', 'fucking', 'bloody', 'damn', 'lot', 'most', 'born', 'by', 'nature', 'fundamentally', 'biologically', 'pretty', 'quite',
  'rather', 'utterly', 'completely', 'totally', 'entirely', 'mere', 'merely', 'like', 'than', 'but', 'no', 'better', 'same', 'as',
  'own', 'worse', 'dirty', 'filthy', 'disgusting', 'dumb', 'stupid', 'lazy', 'useless', 'evil', 'sick', 'nasty', 'typical', 'fucked',
  'this', 'that', 'one', 'big', 'huge', 'massive', 'same', 'here', 'there', 'now', 'today', 'nowadays', 'anymore',
]);

/** Stereotyped acts that need no object: "[group] always lie", "[group] are ruining everything". */
const HARM_ACTS = new Set([
  'ruin', 'ruins', 'ruining', 'destroy', 'destroys', 'destroying', 'steal', 'steals', 'stealing', 'rape', 'rapes', 'raping', 'invade',
  'invades', 'invading', 'infest', 'infests', 'infesting', 'breed', 'stink', 'stinks', 'smell', 'cheat', 'cheats', 'cheating', 'lie',
  'lies', 'lying', 'leech', 'leeching', 'sponge', 'sponging', 'scrounge', 'scrounging', 'poison', 'poisons', 'poisoning', 'corrupt',
  'corrupting', 'groom', 'grooming', 'molest', 'molesting', 'prey', 'exploit', 'exploiting', 'swarm', 'swarming', 'overrun',
]);
/**
 * Complaints made into a trait only when generalised ("[group] always whine", "why do [group] complain so
 * much", "do [group] ever stop whining"); a plain report ("workers complain about pay") stays out.
 */
const HABIT_ACTS = new Set([
  'whine', 'whines', 'whining', 'complain', 'complains', 'complaining', 'moan', 'moans', 'moaning', 'beg', 'begs', 'begging', 'mooch',
  'mooching', 'riot', 'rioting', 'loot', 'looting', 'scream', 'screaming', 'nag', 'nagging', 'cry', 'crying', 'overreact', 'overreacting',
  'freeload', 'freeloading', 'breed', 'breeding', 'multiply',
]);
const GENERALISING = new Set(['always', 'constantly', 'forever', 'ever', 'all', 'never', 'stop']);
/** Acts that are a stereotype only with their object: "take our jobs", "bring crime", "control the media". */
const HARM_WITH_OBJECT: Readonly<Record<string, readonly string[]>> = {
  take: ['jobs', 'job', 'benefits', 'homes', 'houses', 'money', 'women', 'country', 'over', 'advantage'],
  bring: ['crime', 'crimes', 'drugs', 'disease', 'diseases', 'violence', 'terror', 'terrorism', 'rape'],
  spread: ['disease', 'diseases', 'crime', 'lies', 'hiv', 'aids', 'filth'],
  control: ['media', 'banks', 'world', 'government', 'hollywood', 'money', 'economy', 'everything'],
  run: ['media', 'banks', 'world', 'hollywood'],
  eat: ['dogs', 'dog', 'cats', 'bats'],
  kill: ['people', 'us', 'children', 'kids', 'babies', 'innocents', 'christians', 'whites'],
  hate: ['us', 'america', 'freedom', 'women', 'christians', 'jews', 'whites', 'westerners'],
};
const HARM_FORMS: Readonly<Record<string, string>> = {
  takes: 'take', taking: 'take', took: 'take', brings: 'bring', bringing: 'bring', spreads: 'spread', spreading: 'spread',
  eats: 'eat', eating: 'eat',
  controls: 'control', controlling: 'control', runs: 'run', running: 'run', kills: 'kill', killing: 'kill', hates: 'hate', hating: 'hate',
};
/** Negative attributes that are also passing reactions ("angry about ...", "bitter over ..."). */
const REACTIONS = new Set(['angry', 'loud', 'bitter', 'hostile', 'aggressive', 'annoyed', 'upset', 'emotional', 'hysterical', 'scared', 'afraid', 'confused', 'sick', 'tired', 'frustrated']);
const REACTION_CAUSES = new Set(['about', 'at', 'over', 'that', 'with', 'because', 'after', 'when', 'for', 'of', 'from', 'in', 'on']);

/** "less capable", "worse leaders": comparison flips the polarity of what follows. */
const DIMINISHERS = new Set(['less', 'fewer', 'lesser']);
/** Nouns that carry the attack after an attribute: "bad drivers", "terrible engineers", "second-class citizens". */
const ROLE_AFTER_BAD = new Set(['bad', 'terrible', 'horrible', 'awful', 'worse', 'worst', 'poor', 'lousy', 'inferior', 'second', 'lower']);

/** Where derogation sends a group: "women belong in the kitchen". */
const DEROGATORY_PLACES = new Set(['kitchen', 'sandwich', 'sandwiches', 'zoo', 'cage', 'cages', 'camps', 'oven', 'ovens', 'gutter', 'jungle', 'asylum', 'asylums', 'barefoot', 'closet']);
/** Where confinement sends a group: "[group] should be put in camps / behind bars". */
const CONFINEMENT_PLACES = new Set(['camp', 'camps', 'jail', 'jails', 'prison', 'prisons', 'ghetto', 'ghettos', 'bars', 'cage', 'cages', 'asylum', 'asylums', 'institutions', 'reservations', 'gulags', 'gulag', 'pens', 'zoos']);
/** Passive confinement and removal verbs: "should be put in ...", "should be kept out". */
const CONFINE_VERBS = new Set(['put', 'placed', 'kept', 'locked', 'thrown', 'shipped', 'herded', 'sent', 'packed', 'stuck']);
const AWAY = new Set(['out', 'away', 'apart', 'separate', 'separated', 'off', 'back']);

function word(tokens: readonly Token[], i: number): string {
  return tokens[i]?.w ?? '';
}

/** Reads a predicate starting at token `k` (right after the subject). `implicitAux`: the copula came before the subject ("why are women so ..."). */
export function readPredicate(tokens: readonly Token[], k: number, implicitAux = false, negatedSubject = false): PredicateReading | null {
  let i = k;
  // "No [group] deserves ...", "Never should [group] ...": a negator before the subject counts too
  let neg = negatedSubject ? 1 : 0;
  let aux = implicitAux;
  let deontic = false;
  let modal = '';
  let diminished = false;
  let passive = false;
  // A short prepositional phrase may sit between subject and verb: "immigrants from X are ...".
  if (['from', 'in', 'of', 'at', 'on', 'with', 'who', 'that', 'like'].includes(word(tokens, i)) && !implicitAux) {
    let j = i + 1;
    while (j < i + 4 && j < tokens.length && !COPULA.has(word(tokens, j)) && !MODAL.has(word(tokens, j)) && !CLAUSE_BREAK.has(word(tokens, j))) j++;
    if (COPULA.has(word(tokens, j)) || MODAL.has(word(tokens, j))) i = j;
  }
  for (let steps = 0; steps < 10 && i < tokens.length; steps++, i++) {
    const w = word(tokens, i);
    if (COPULA.has(w)) {
      aux = true;
      if (w === 'be' || w === 'been' || w === 'being') passive = true;
    } else if (MODAL.has(w)) {
      aux = true;
      modal = w;
      if (DEONTIC.has(w)) deontic = true;
    } else if (w === 'nothing' && word(tokens, i + 1) === 'but') i++;
    else if (NEGATORS.has(w)) neg++;
    else if (DIMINISHERS.has(w)) diminished = true;
    else if (w === 'allowed' && word(tokens, i + 1) === 'to' && neg === 0) {
      // "[group] should be allowed to ..." is a statement of rights, not an attack.
      return null;
    } else if (FILLER.has(w) && !(NEGATIVE_ATTRIBUTES.has(w) && !FILLER.has(word(tokens, i + 1)) && !NEGATIVE_ATTRIBUTES.has(word(tokens, i + 1)) && !POSITIVE_ATTRIBUTES.has(word(tokens, i + 1)) && !INSULT_NOUNS.has(word(tokens, i + 1)))) {
      continue;
    } else break;
  }
  // "all the same, violent and dirty": read on after the comma
  if (word(tokens, i) === ',' && word(tokens, i - 1) === 'same') i++;
  const head = word(tokens, i);
  if (!head || CLAUSE_BREAK.has(head)) return null;
  const negated = neg % 2 === 1;
  const next = word(tokens, i + 1);

  // Calls for exclusion or violence need an obligation ("should be deported", "must die"), so news
  // ("refugees are being deported") and history stay out.
  if (deontic && (passive || modal === 'get' || modal === 'got') && EXCLUSION_VERBS.has(head) && !(CONFINE_VERBS.has(head) && !AWAY.has(next) && next !== 'up')) {
    return negated ? { kind: 'negated-attack', end: i, head } : { kind: 'exclusion', end: i + (['up', 'out', 'back', 'away'].includes(next) ? 1 : 0), head };
  }
  if (deontic && (passive || modal === 'get' || modal === 'got') && CONFINE_VERBS.has(head)) {
    // "put in camps", "kept out (of our country)", "shipped back": a place of confinement or a particle of removal
    let end = -1;
    if (AWAY.has(next) && head !== 'put') end = i + 1;
    for (let j = i + 1; end < 0 && j <= i + 4 && j < tokens.length && !CLAUSE_BREAK.has(word(tokens, j)); j++) if (CONFINEMENT_PLACES.has(word(tokens, j))) end = j;
    if (end > 0) return negated ? { kind: 'negated-attack', end, head } : { kind: 'exclusion', end, head };
  }
  if (deontic && (EXCLUSION_INTRANSITIVE.has(head) || (head === 'go' && ['back', 'home', 'away'].includes(next)) || (head === 'get' && next === 'out') || (head === 'be' && next === 'gone'))) {
    return negated ? { kind: 'negated-attack', end: i, head } : { kind: 'exclusion', end: i + (head === 'go' || head === 'get' ? 1 : 0), head };
  }
  if (head === 'belong' && next === 'in' && ['the', 'a'].includes(word(tokens, i + 2)) && ['kitchen', 'zoo', 'cage', 'cages', 'camp', 'camps', 'jail', 'prison', 'gas', 'oven', 'ovens', 'ground', 'gutter', 'trash', 'asylum', 'asylums', 'jungle'].includes(word(tokens, i + 3))) {
    return negated ? { kind: 'negated-attack', end: i + 3, head } : { kind: 'derogation', end: i + 3, head };
  }
  if (head === 'belong' && ['at', 'in'].includes(next) && (word(tokens, i + 2) === 'home' || (word(tokens, i + 2) === 'the' && word(tokens, i + 3) === 'home'))) {
    return negated ? { kind: 'negated-attack', end: i + 2, head } : { kind: 'derogation', end: i + 2, head };
  }
  if (['belong', 'stay', 'stick', 'go', 'get', 'be', 'make', 'keep'].includes(head) && (deontic || head === 'belong')) {
    for (let j = i + 1; j <= i + 5 && j < tokens.length && !CLAUSE_BREAK.has(word(tokens, j)); j++) {
      if (DEROGATORY_PLACES.has(word(tokens, j))) return negated ? { kind: 'negated-attack', end: j, head } : { kind: 'derogation', end: j, head };
    }
  }
  if ((head === 'breed' || head === 'multiply' || head === 'live') && next === 'like' && DEHUMANISING.has(word(tokens, i + 2))) {
    return { kind: 'dehumanising', end: i + 2, head };
  }
  if (modal === 'can' && negated && COMPETENCE_VERBS.has(head)) {
    return { kind: 'negated-positive', end: i + (['be', 'do'].includes(head) ? 1 : 0), head };
  }
  if (HARM_ACTS.has(head) && !(head === 'lie' && next === 'down')) {
    // the span runs to the object when there is one: "rape our women", "ruin everything"
    const det = ['our', 'the', 'their', 'your', 'my', 'this', 'every', 'all'].includes(next);
    const objEnd = det && /^[a-z]+$/.test(word(tokens, i + 2)) ? i + 2 : next && !CLAUSE_BREAK.has(next) && next !== ',' && !det ? i + 1 : i;
    return negated ? { kind: 'negated-attack', end: i, head } : { kind: 'stereotype', end: objEnd, head };
  }
  // "[group] always whine", "[group] complain so much", "do [group] ever stop whining"
  const habit = head === 'stop' && HABIT_ACTS.has(next) ? i + 1 : HABIT_ACTS.has(head) ? i : -1;
  if (habit >= 0) {
    let general = head === 'stop';
    for (let j = k; j < i; j++) if (GENERALISING.has(word(tokens, j))) general = true;
    const after = word(tokens, habit + 1) + ' ' + word(tokens, habit + 2);
    if (/^(so|too) much|^all the|^non stop|^nonstop/.test(after)) general = true;
    if (general) return negated && head !== 'stop' ? { kind: 'negated-attack', end: habit, head } : { kind: 'stereotype', end: habit, head };
  }
  const base = HARM_FORMS[head] ?? head;
  const objects = HARM_WITH_OBJECT[base];
  if (objects) {
    for (let j = i + 1; j <= i + 3 && j < tokens.length; j++) {
      if (objects.includes(word(tokens, j))) return negated ? { kind: 'negated-attack', end: j, head } : { kind: 'stereotype', end: j, head };
      if (CLAUSE_BREAK.has(word(tokens, j))) break;
    }
  }
  if (!aux) return null;
  // "angry about the new law", "loud at the rally": a reaction to something, not a trait
  if (REACTIONS.has(head) && REACTION_CAUSES.has(next)) return null;
  if (NEGATIVE_ATTRIBUTES.has(head) || INSULT_NOUNS.has(head) || (INSULT_ADJECTIVES.has(head) && !['fucking', 'fuckin', 'effing', 'bloody', 'damn', 'goddamn'].includes(head)) || (ROLE_AFTER_BAD.has(head) && /[a-z]+s$/.test(next))) {
    const end = ROLE_AFTER_BAD.has(head) ? i + 1 : i;
    const attacking = negated === diminished;
    if (!attacking) return { kind: 'negated-attack', end, head };
    return { kind: DEHUMANISING.has(head) ? 'dehumanising' : 'generalisation', end, head };
  }
  if (POSITIVE_ATTRIBUTES.has(head)) {
    const attacking = negated !== diminished;
    if (head === 'allowed' && negated) return { kind: 'exclusion', end: i, head };
    return attacking ? { kind: 'negated-positive', end: i, head } : { kind: 'positive', end: i, head };
  }
  if (head === 'place' || head === 'right' || head === 'rights' || head === 'business' || head === 'future') {
    // "[group] have no place in tech", "[group] should have no rights"
    return negated && (modal === 'have' || modal === 'has' || modal === 'should' || modal === 'deserve') ? { kind: 'exclusion', end: i, head } : null;
  }
  return null;
}
