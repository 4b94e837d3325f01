/**
 * More put-downs of a person or a political camp that have no insulting noun the main insult grammar can
 * aim, read as fixed shapes: "you've drunk the Kool-Aid", "he must be on crack", "what a dog she is",
 * "the only good liberal is a dead one", "an agent of the devil", "you're not very bright, are you?",
 * "the worst commissioner in history", "antifa goons", "the deranged left".
 *
 * Each reader starts at one anchor word (ANCHORS) so the insult detector's per-word loop pays nothing
 * for them elsewhere. Every shape needs a person (a pronoun, an @mention, a name, a role) or a political
 * camp as its target; the writer's own confession ("I drank the Kool-Aid on TypeScript") and things
 * ("the printer is on crack") pass.
 */
import { INSULT_ADJECTIVES, INSULT_NOUNS, PERSON_NEGATIVE, PERSON_PREDICATE, PERSON_WORDS, THING_WORDS } from './lexicon/words';
import type { FramedPutDown } from './put-down-frames';
import { subjectBefore } from './target';
import { CLAUSE_BREAK, NEGATORS, type Token } from './tokens';

/** A shape's finding: the same record the put-down frames give. */
export type ShapeFound = FramedPutDown;

function w(tokens: readonly Token[], i: number): string {
  return tokens[i]?.w ?? '';
}
const ends = (tokens: readonly Token[], k: number): boolean => !tokens[k] || tokens[k]?.punct === true || CLAUSE_BREAK.has(w(tokens, k));
const PERSON_PRONOUNS = new Set(['you', 'u', 'he', 'she', 'they', 'ya']);

/** A person (not the writer, not a thing) is the subject of the verb or copula at `c`. */
function personSubject(tokens: readonly Token[], c: number): [number, number] | null {
  const s = subjectBefore(tokens, c);
  if (s.kind === 'person') return s.range;
  // "liberals drink their own Kool-Aid": a camp as the subject
  const t = w(tokens, s.range[1]);
  if (CAMPS.has(t)) return s.range;
  return null;
}

/** Plural names of kinds of people the "only good ... is a dead one" may name (not mosquitoes, not zombies). */
const PEOPLE_KINDS = /^(?:tory|tories|liberal|liberals|leftist|lefty|lefties|conservative|democrat|republican|commie|communist|socialist|fascist|nazi|cop|cops|pig|banker|bankers|landlord|landlords|politician|politicians|lawyer|lawyers|journalist|journalists|mp|mps|terrorist|terrorists|rapist|rapists|paedo|paedos|pedo|pedos|criminal|criminals|immigrant|immigrants|refugee|refugees|muslim|muslims|jew|jews|christian|christians|woman|women|man|men)$/;
/** Political camps, whose members the shapes below may be aimed at. */
const CAMPS = new Set(['liberals', 'liberal', 'libs', 'lib', 'leftists', 'leftist', 'lefties', 'lefty', 'conservatives', 'conservative', 'republicans', 'republican', 'democrats', 'democrat', 'dems', 'antifa', 'maga', 'trumpers', 'trumper', 'progressives', 'socialists', 'communists', 'commies', 'commie', 'globalists', 'sjws', 'sjw', 'gop', 'tories', 'tory', 'rinos', 'rino', 'blm', 'libtards']);
/** Hedges and reports before a shape: "if he is on crack", "maybe you drank the Kool-Aid", "they said I was ...". */
const HEDGED = new Set(['if', 'whether', 'unless', 'maybe', 'perhaps', 'not', 'never', 'nobody', 'dont', "don't", 'doubt']);
const hedged = (tokens: readonly Token[], from: number): boolean => tokens.slice(Math.max(0, from - 3), from).some((x) => HEDGED.has(x.w));

// ---- "drank the Kool-Aid": brainwashed, said of someone else ----
const DRINK = new Set(['drink', 'drinks', 'drinking', 'drank', 'drunk', 'sipping', 'sipped', 'chugging', 'chugged', 'guzzling', 'guzzled', 'swallowed', 'swallowing']);
function koolAid(tokens: readonly Token[], i: number): ShapeFound | null {
  const a = w(tokens, i);
  const end = a === 'koolaid' ? i : ['kool', 'cool'].includes(a) && w(tokens, i + 1) === 'aid' ? i + 1 : -1;
  if (end < 0) return null;
  let v = -1;
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) if (DRINK.has(w(tokens, k))) { v = k; break; }
  if (v < 0) return null;
  // (the subject sits before any auxiliary: "you have obviously drunk", "she is drinking")
  let c = v;
  while (c > 0 && ['have', 'has', 'had', 'is', 'are', 'was', 'were', 'been', 'obviously', 'clearly', 'really', 'just', 'already', 'totally', 'all', 'also', 'still', "'ve", 'must', 'probably'].includes(w(tokens, c - 1))) c--;
  const s = personSubject(tokens, c);
  if (!s || hedged(tokens, s[0])) return null;
  return { from: s[0], to: end, confidence: 0.6, explain: `mocks a person as brainwashed ('drank the Kool-Aid', '${tokens[s[1]]?.raw ?? ''}')`, tag: 'insult' };
}

// ---- "he must be on crack": a person's views put down to drugs ----
function onCrack(tokens: readonly Token[], i: number): ShapeFound | null {
  if (w(tokens, i) !== 'crack' || w(tokens, i - 1) !== 'on' || !ends(tokens, i + 1) && !['or', 'lol', 'lmao', 'man', 'mate', 'bro', 'dude'].includes(w(tokens, i + 1))) return null;
  let c = i - 2;
  while (c > 0 && ['clearly', 'obviously', 'surely', 'totally', 'definitely', 'literally', 'all', 'still'].includes(w(tokens, c))) c--;
  // "are you on crack?": the question puts it to the reader
  if (w(tokens, c) === 'you' && ['are', 'r'].includes(w(tokens, c - 1))) return { from: c - 1, to: i, confidence: 0.6, explain: "asks the reader if they are on crack (a put-down)", tag: 'insult' };
  if (!['is', 'are', 'was', 'were', 'be'].includes(w(tokens, c))) return null;
  const s = subjectBefore(tokens, c);
  if (s.kind !== 'person' || KIN_BEFORE.has(w(tokens, s.range[0]))) return null;
  return { from: s.range[0], to: i, confidence: 0.6, explain: `puts a person's views down to drugs ('on crack', '${tokens[s.range[1]]?.raw ?? ''}')`, tag: 'insult' };
}
/** "my brother is on crack": one's own family, told with worry, not scorn. */
const KIN_BEFORE = new Set(['my', 'our', 'his', 'her', 'their', 'your']);

// ---- "what a dog she is", "what an embarrassment he is" ----
const WHAT_A_NAMES = new Set([...PERSON_PREDICATE, ...PERSON_NEGATIVE, 'dog', 'pig', 'snake', 'rat', 'cow', 'weasel', 'embarrassment', 'disgrace', 'joke', 'hypocrite', 'fraud', 'creep', 'tool', 'piece']);
/** Fond or admiring words that "what a ... she is" also takes ("what a monster he is on the court"). */
const WHAT_A_FOND = new Set(['monster', 'beast', 'machine', 'nothing', 'worse', 'danger', 'menace', 'nutter']);
function whatA(tokens: readonly Token[], i: number): ShapeFound | null {
  if (w(tokens, i) !== 'what' || !['a', 'an'].includes(w(tokens, i + 1))) return null;
  let k = i + 2;
  while (k < i + 5 && (INSULT_ADJECTIVES.has(w(tokens, k)) || ['total', 'complete', 'absolute', 'utter', 'little', 'lying', 'sorry', 'sad'].includes(w(tokens, k)))) k++;
  const name = w(tokens, k);
  // (the spelling repair may have made "monster" "monsters": the word as typed decides)
  // (insulting nouns are the main grammar's: "what a joke", "what an idiot he is")
  if (!WHAT_A_NAMES.has(name) || WHAT_A_FOND.has(name) || WHAT_A_FOND.has(tokens[k]?.src ?? '') || INSULT_NOUNS.has(name)) return null;
  // ("what a joke of a ..." is read elsewhere; the person follows, with any dots or commas between: "WHAT A DOG..SHE IS")
  let p = k + 1;
  while (p < k + 4 && tokens[p]?.punct && !['?', '!'].includes(w(tokens, p))) p++;
  if (!PERSON_PRONOUNS.has(w(tokens, p)) && !tokens[p]?.mention) return null;
  if (!['is', 'are', 'was', 'were', 'r', "'s"].includes(w(tokens, p + 1))) return null;
  return { from: i, to: p + 1, confidence: 0.7, explain: `exclaims what a '${name}' a person is ('what a ${name} ${w(tokens, p)} ${w(tokens, p + 1)}')`, tag: 'insult' };
}

// ---- "the only good liberal is a dead liberal": death wished on a camp or a kind of person ----
function onlyGoodDead(tokens: readonly Token[], i: number): ShapeFound | null {
  if (w(tokens, i) !== 'only' || w(tokens, i + 1) !== 'good') return null;
  for (let k = i + 3; k <= i + 5; k++) {
    if (!['is', 'are', 'was'].includes(w(tokens, k))) continue;
    let d = k + 1;
    if (['a', 'an', 'the'].includes(w(tokens, d))) d++;
    if (w(tokens, d) !== 'dead') return null;
    // ("the only good battery is a dead one to recycle"? things are not wished dead: the kind must be people)
    const kind = tokens.slice(i + 2, k).map((x) => x.w);
    // (people only: a camp, a kind of person or a people; not "mosquito", "zombie" or "part")
    const head = kind[kind.length - 1] ?? '';
    if (kind.some((x) => THING_WORDS.has(x)) || !(CAMPS.has(head) || PERSON_WORDS.has(head) || PEOPLE_KINDS.test(head) || /^[A-Z]/.test(tokens[i + 1 + kind.length]?.raw ?? ''))) return null;
    return { from: i, to: d + (ends(tokens, d + 1) ? 0 : 1), confidence: 0.8, explain: `wishes death on a kind of person ('the only good ${kind.join(' ')} is a dead one')`, tag: 'insult' };
  }
  return null;
}

// ---- "an agent of the devil", "one of Satan's daughters", "spawn of Satan" ----
const DEVIL = new Set(['devil', 'devils', 'satan', 'lucifer']);
const DEVIL_KIN = new Set(['spawn', 'daughter', 'daughters', 'son', 'sons', 'child', 'children', 'minion', 'minions', 'servant', 'servants', 'disciple', 'disciples']);
function devilsOwn(tokens: readonly Token[], i: number): ShapeFound | null {
  const a = w(tokens, i);
  let end = -1;
  if (['agent', 'agents', 'spawn', 'servant', 'servants', 'minion', 'minions'].includes(a) && w(tokens, i + 1) === 'of') {
    const d = w(tokens, i + 2) === 'the' ? i + 3 : i + 2;
    if (DEVIL.has(w(tokens, d))) end = d;
  } else if ((a === 'satans' || (a === 'satan' && w(tokens, i + 1) === "'s") || (a === 'devils' && w(tokens, i - 1) === 'the')) && DEVIL_KIN.has(w(tokens, i + (w(tokens, i + 1) === "'s" ? 2 : 1)))) {
    end = i + (w(tokens, i + 1) === "'s" ? 2 : 1);
  }
  if (end < 0) return null;
  // ("Damien is the spawn of Satan in The Omen": a part in a story)
  if (tokens.some((x) => ['film', 'movie', 'novel', 'book', 'character', 'show', 'game', 'series', 'omen', 'poem', 'paradise', 'milton', 'play', 'opera', 'painting'].includes(x.w))) return null;
  let c = i - 1;
  while (c >= 0 && ['a', 'an', 'the', 'one', 'of', 'just', 'such', 'literally', 'truly', 'really', 'clearly', 'obviously', 'an', 'actual', 'true'].includes(w(tokens, c))) c--;
  if (!['is', 'are', 'was', 'were', "'s", 'r'].includes(w(tokens, c))) return null;
  const s = personSubject(tokens, c);
  if (!s || hedged(tokens, s[0])) return null;
  return { from: s[0], to: end, confidence: 0.65, explain: `calls a person the devil's own ('${tokens.slice(i, end + 1).map((x) => x.w).join(' ')}')`, tag: 'insult' };
}

// ---- "you're not very bright, are you?", "she's not the brightest" ----
const BRIGHT = new Set(['smart', 'bright', 'clever', 'intelligent', 'sharp']);
const BRIGHTEST = new Set(['brightest', 'smartest', 'sharpest', 'cleverest']);
function notBright(tokens: readonly Token[], i: number): ShapeFound | null {
  if (w(tokens, i) !== 'not') return null;
  let k = i + 1;
  const degree = ['very', 'that', 'too', 'so', 'exactly', 'particularly', 'terribly', 'overly'].includes(w(tokens, k));
  if (degree) k++;
  const superl = w(tokens, k) === 'the' && BRIGHTEST.has(w(tokens, k + 1));
  if (superl) k++;
  if (!BRIGHT.has(w(tokens, k)) && !superl) return null;
  // ("not very smart about money", "not smart enough to pass", "not the brightest idea", "not that bright outside"): a
  // field, a task or a thing follows
  const nx = w(tokens, k + 1);
  if (superl ? !(ends(tokens, k + 1) || ['bulb', 'tool', 'crayon', 'spark', 'candle', 'knife', 'lightbulb', 'person', 'guy', 'man', 'woman', 'are', 'is', 'lol'].includes(nx)) : !(ends(tokens, k + 1) || ['are', 'is', 'lol', 'either', 'tbh', 'though', 'huh', 'eh', 'hey', 'bro', 'mate', 'dude'].includes(nx))) return null;
  if (!superl && !degree && !['are', 'is'].includes(nx)) return null;
  const c = i - 1;
  if (!['is', 'are', 'was', 'were', "'s", 'r'].includes(w(tokens, c))) return null;
  const s = subjectBefore(tokens, c);
  if (s.kind !== 'person') return null;
  if (tokens.slice(0, s.range[0]).some((x) => ['if', 'whether', 'think', 'sorry', 'worry'].includes(x.w))) return null;
  return { from: s.range[0], to: superl ? k : k, confidence: 0.6, explain: `says a person is not bright ('not ${tokens.slice(i + 1, k + 1).map((x) => x.w).join(' ')}', '${tokens[s.range[1]]?.raw ?? ''}')`, tag: 'insult' };
}

// ---- "Goodell is the worst commissioner in history": a person ranked the worst of their role ----
const ROLES = new Set([...PERSON_WORDS, 'commissioner', 'commissioners', 'governor', 'secretary', 'chancellor', 'speaker', 'prime', 'premier', 'nominee', 'owner', 'gm', 'quarterback', 'qb', 'goalie', 'goalkeeper', 'keeper', 'striker', 'pitcher', 'host', 'anchor', 'pundit', 'commentator', 'presenter', 'actor', 'actress', 'singer', 'rapper', 'director', 'writer', 'author', 'leader', 'human', 'humans', 'mother', 'father', 'parent', 'teacher', 'doctor', 'nurse', 'boss', 'manager', 'ceo', 'senator', 'mayor', 'president', 'politician', 'journalist', 'reporter', 'referee', 'umpire', 'coach', 'player']);
function worstRole(tokens: readonly Token[], i: number): ShapeFound | null {
  if (w(tokens, i) !== 'worst' || w(tokens, i - 1) !== 'the') return null;
  const role = w(tokens, i + 1) === 'prime' ? i + 2 : i + 1;
  if (!ROLES.has(w(tokens, role)) || ['he', 'she', 'they', 'him', 'her', 'them', 'his', 'hers', 'everyone', 'anyone', 'someone', 'fans', 'fan', 'friend', 'friends', 'team', 'board', 'staff', 'users', 'user', 'customers', 'customer', 'clients', 'client'].includes(w(tokens, role))) return null;
  // ("the worst driver in the family at parking", "the worst singer at karaoke": a skill rated, not the person)
  if (['at', 'to', 'for'].includes(w(tokens, role + 1))) return null;
  let c = i - 2;
  while (c >= 0 && ['by', 'far', 'easily', 'probably', 'officially', 'literally', 'truly', 'clearly', 'just', 'simply', 'definitely'].includes(w(tokens, c))) c--;
  if (!['is', 'are', 'was', "'s", 'r'].includes(w(tokens, c))) return null;
  const s = subjectBefore(tokens, c);
  if (s.kind !== 'person' || hedged(tokens, s.range[0])) return null;
  // ("I'm the worst goalkeeper in our league lol": the writer, read as 'self' above)
  return { from: s.range[0], to: role, confidence: 0.65, explain: `ranks a person the worst ${w(tokens, role)} ('${tokens[s.range[1]]?.raw ?? ''}')`, tag: 'insult' };
}

// ---- "antifa goons", "MAGA bots", "liberal sheep": an insulting name fixed to a political camp ----
const CAMP_LABELS = new Set(['goons', 'goon', 'thugs', 'thug', 'brats', 'brat', 'bots', 'sheep', 'puppets', 'puppet', 'clowns', 'clown', 'snowflakes', 'snowflake', 'scum', 'mob', 'mobs', 'trash', 'terrorists', 'terrorist', 'lemmings', 'zombies', 'cultists', 'sheeple', 'cucks', 'cuck', 'hacks', 'hack', 'stooges', 'shills', 'crybabies', 'losers', 'loser', 'parasites', 'vermin', 'rats', 'weasels', 'hypocrites', 'degenerates', 'traitors', 'lunatics', 'nutjobs', 'nutcases', 'freaks', 'morons', 'idiots', 'fools', 'dummies']);
const LABEL_COMPOUNDS = new Set(['farmer', 'farmers', 'farm', 'farming', 'dip', 'shearing', 'dog', 'dogs', 'organization', 'organisation', 'organizations', 'organisations', 'group', 'groups', 'movement', 'cell', 'cells', 'wing', 'list', 'attack', 'attacks', 'talk', 'talking', 'talker', 'can', 'bag', 'bin', 'heap', 'mentality', 'rule', 'farm', 'farms', 'account', 'accounts', 'network', 'networks', 'detector', 'filter', 'pickup', 'collection', 'day']);
function campLabel(tokens: readonly Token[], i: number): ShapeFound | null {
  const label = w(tokens, i + 1);
  if (!CAMPS.has(w(tokens, i)) || !CAMP_LABELS.has(label)) return null;
  // ("Antifa thugs? No, ...": the label put as a question, to be answered; "leftist trash talk": a compound)
  if (w(tokens, i + 2) === '?' || LABEL_COMPOUNDS.has(w(tokens, i + 2))) return null;
  // ("antifa hacks the website", "the MAGA mob formed outside" are news: a verb or a place does not follow a name-calling
  // here; only the plain label or the label and a relative clause or the end)
  if (['hack', 'hacks', 'mob', 'mobs'].includes(label) && !ends(tokens, i + 2) && !['who', 'that', 'are', 'were', 'will', 'want'].includes(w(tokens, i + 2))) return null;
  // ("not antifa thugs", "calling them 'MAGA bots' is lazy"): denied or quoted
  if (NEGATORS.has(w(tokens, i - 1)) || tokens.slice(Math.max(0, i - 3), i).some((x) => ['calling', 'called', 'call', 'term', 'labelled', 'labeled'].includes(x.w)) || /['"‘“]/.test(tokens[i]?.raw ?? '')) return null;
  // (the phrase before it is part of the name-calling: "what a bunch of MAGA morons", "you antifa thugs")
  let from = i;
  while (from > 0 && ['what', 'a', 'an', 'bunch', 'of', 'such', 'total', 'these', 'those', 'you', 'typical', 'another', 'more', 'load', 'pack'].includes(w(tokens, from - 1))) from--;
  return { from, to: i + 1, confidence: 0.7, explain: `insulting name for a political camp ('${tokens[i]?.raw ?? ''} ${label}')`, tag: 'insult' };
}

// ---- "the deranged left", "the loony left": a camp named by an insulting word ----
const MOCKING = new Set(['deranged', 'crazy', 'loony', 'looney', 'lunatic', 'insane', 'unhinged', 'rabid', 'hateful', 'evil', 'vile', 'stupid', 'delusional', 'sick', 'sickening', 'feral', 'psycho', 'corrupt', 'godless', 'brainwashed', 'hysterical', 'whiny', 'violent', 'disgusting', 'pathetic', 'clueless', 'moronic', 'idiotic']);
function mockedSide(tokens: readonly Token[], i: number): ShapeFound | null {
  if (!['left', 'right'].includes(w(tokens, i)) || !MOCKING.has(w(tokens, i - 1)) || w(tokens, i - 2) !== 'the') return null;
  // ("scored with the crazy left foot", "a sick right hook": sport)
  if (tokens.some((x) => ['scored', 'score', 'goal', 'foot', 'footed', 'hook', 'wing', 'winger', 'cross', 'shot', 'volley', 'punch', 'jab'].includes(x.w))) return null;
  // ("the sick left knee", "the crazy right turn"): a noun after it makes it a side of something
  const nx = tokens[i + 1];
  if (nx && !nx.punct && !CLAUSE_BREAK.has(nx.w) && !['will', 'is', 'are', 'has', 'have', 'wants', 'want', 'keeps', 'keep', 'can', 'cant', 'wont', 'would', 'does', 'do', 'did', 'and', 'who', 'that', 'again', 'just', 'always', 'never', 'still', 'wing', 'wingers'].includes(nx.w)) return null;
  return { from: i - 2, to: w(tokens, i + 1) === 'wing' || w(tokens, i + 1) === 'wingers' ? i + 1 : i, confidence: 0.65, explain: `names a political side by an insult ('the ${w(tokens, i - 1)} ${w(tokens, i)}')`, tag: 'insult' };
}

// ---- "wish we could remove her from existence", "erase him from existence" ----
function fromExistence(tokens: readonly Token[], i: number): ShapeFound | null {
  if (w(tokens, i) !== 'existence' || w(tokens, i - 1) !== 'from') return null;
  const who = w(tokens, i - 2);
  const verb = w(tokens, i - 3);
  if (!['him', 'her', 'you', 'u'].includes(who) && !tokens[i - 2]?.mention) return null;
  if (!['remove', 'erase', 'delete', 'wipe', 'wiped', 'erased', 'removed', 'deleted', 'banish', 'scrub', 'purge'].includes(verb)) return null;
  if (hedged(tokens, i - 3) && !tokens.slice(0, i).some((x) => ['wish', 'hope', 'should'].includes(x.w))) return null;
  return { from: i - 3, to: i, confidence: 0.65, explain: `wishes a person gone from existence ('${verb} ${who} from existence')`, tag: 'insult' };
}

// ---- "he is shitting his pants", "she'd wet her knickers": a person mocked as a coward ----
const SOIL = new Set(['shitting', 'shat', 'shit', 'shits', 'pissing', 'pissed', 'wetting', 'wet', 'soiling', 'soiled', 'crapping', 'crapped', 'filled', 'filling']);
const PANTS = new Set(['pants', 'trousers', 'knickers', 'diaper', 'diapers', 'nappy', 'nappies', 'panties', 'shorts', 'britches', 'undies']);
function soiledPants(tokens: readonly Token[], i: number): ShapeFound | null {
  if (!PANTS.has(w(tokens, i)) || ['pocket', 'pockets', 'leg', 'legs', 'size'].includes(w(tokens, i + 1)) || !['his', 'her', 'their', 'your', 'ur'].includes(w(tokens, i - 1)) || !SOIL.has(w(tokens, i - 2))) return null;
  // (children, pets and the ill: "the toddler wet his pants", "my dog", "after chemo"; and the writer: "I nearly shat my pants")
  if (tokens.some((x) => LITERAL_SOILERS.has(x.w))) return null;
  let c = i - 3;
  while (c >= 0 && ['is', 'are', 'was', 'were', 'be', 'probably', 'already', 'just', 'literally', 'totally', 'must', 'will', 'would', "'d", 'd', 'gonna', 'going', 'to', 'all', 'still', 'currently'].includes(w(tokens, c))) c--;
  const t = tokens[c];
  if (!t || !(PERSON_PRONOUNS.has(t.w) || t.mention || /^[A-Z][a-z]+$/.test(t.raw))) return null;
  if (hedged(tokens, c)) return null;
  return { from: c, to: i, confidence: 0.6, explain: `mocks a person as a coward ('${w(tokens, i - 2)} ${w(tokens, i - 1)} ${w(tokens, i)}')`, tag: 'insult' };
}
const LITERAL_SOILERS = new Set(['grandpa', 'grandma', 'gran', 'nan', 'granny', 'grandad', 'grandfather', 'grandmother', 'elderly', 'dementia', 'pockets', 'pocket', 'toddler', 'toddlers', 'baby', 'babies', 'kid', 'kids', 'son', 'daughter', 'child', 'children', 'dog', 'puppy', 'cat', 'potty', 'chemo', 'hospital', 'nurse', 'incontinence', 'incontinent', 'accident', 'laughing', 'laughed', 'laugh', 'lol', 'lmao', 'i', 'me', 'my', 'we']);

/** "a dope", "this dope", "you dope": the noun; "so dope", "a dope beat" are praise. */
function dopeNoun(tokens: readonly Token[], i: number): ShapeFound | null {
  if (w(tokens, i) !== 'dope' || !ends(tokens, i + 1) && !['who', 'and', 'lol'].includes(w(tokens, i + 1))) return null;
  // ("is this dope?", "police seized all that dope": praise asked for, or the drug)
  if (w(tokens, i + 1) === '?' || tokens.some((x) => ['seized', 'police', 'smoke', 'smoking', 'weed', 'bag', 'dealer', 'dealers', 'selling', 'sell', 'drugs', 'drug'].includes(x.w))) return null;
  const before = w(tokens, i - 1);
  if (before === 'you' && (i === 1 || tokens[i - 2]?.punct || tokens[i - 2]?.mention)) return { from: i - 1, to: i, confidence: 0.6, explain: "calls the reader 'dope' (a fool)", tag: 'insult' };
  if (!['a', 'this', 'that', 'such', 'total', 'complete', 'absolute', 'utter'].includes(before)) return null;
  let c = i - 1;
  while (c >= 0 && ['a', 'such', 'total', 'complete', 'absolute', 'utter', 'real', 'just'].includes(w(tokens, c))) c--;
  if (['is', 'are', 'was', "'s"].includes(w(tokens, c))) {
    const s = subjectBefore(tokens, c);
    if (s.kind === 'person' && !hedged(tokens, s.range[0])) return { from: s.range[0], to: i, confidence: 0.65, explain: `calls a person a dope ('${tokens[s.range[1]]?.raw ?? ''}')`, tag: 'insult' };
    return null;
  }
  // "follow this dope": a demonstrative names someone by it
  if (before === 'this' || before === 'that') return { from: i - 1, to: i, confidence: 0.6, explain: `calls someone '${before} dope'`, tag: 'insult' };
  return null;
}

// ---- "Scheer is a smarmy empty suit", "film critics are pretentious snobs": a name for a person of any kind, made an
// insult by a describing word that only scorns ----
/**
 * Describing words that scorn a person whatever noun follows them (round 30: held-out insult sets called people "a lazy
 * overpaid diva", "a screeching attention seeker", "smug corrupt elitists", "cringey annoying little brats", and the
 * noun was in no list). Not words with an everyday sense beside a person noun ("a sick man", "a bitter rival", "a petty
 * officer", "a dirty player", "a fat cat", "a thick coat").
 */
export const SCORNING = new Set([
  'smarmy', 'snivelling', 'sniveling', 'screeching', 'vapid', 'pretentious', 'preachy', 'joyless', 'cringey', 'cringy', 'overpaid', 'entitled',
  'bootlicking', 'talentless', 'brainless', 'spineless', 'gutless', 'clueless', 'witless', 'gormless', 'feckless', 'useless', 'worthless', 'pathetic',
  'sanctimonious', 'self-important', 'smug', 'pompous', 'whiny', 'whiney', 'whiniest', 'insufferable', 'obnoxious', 'odious', 'repugnant',
  'despicable', 'contemptible', 'loathsome', 'disgusting', 'vile', 'slimy', 'sleazy', 'scummy', 'deranged', 'unhinged', 'delusional',
  'moronic', 'idiotic', 'stupid', 'dumb', 'brain-dead', 'braindead', 'dimwitted', 'incompetent', 'corrupt', 'crooked', 'two-faced',
  'lying', 'conniving', 'grifting', 'attention-seeking', 'spoilt', 'spoiled', 'snotty', 'snooty', 'condescending', 'patronising',
  'patronizing', 'cowardly', 'treacherous', 'shameless', 'hypocritical', 'hateful', 'spiteful', 'annoying', 'irritating', 'tiresome',
  'pea-brained', 'halfwit', 'half-witted', 'knuckle-dragging', 'mouth-breathing', 'inbred', 'washed-up', 'has-been', 'creepy', 'pervy',
]);
/** Words that make the noun after a scorning word a thing or a manner ("a smug grin", "a useless idea", "a lying game"). */
const SCORNED_THINGS = new Set(['idea', 'ideas', 'plan', 'plans', 'take', 'takes', 'policy', 'policies', 'bill', 'law', 'decision', 'decisions', 'argument', 'arguments', 'point', 'points', 'question', 'questions', 'tweet', 'tweets', 'post', 'posts', 'comment', 'comments', 'movie', 'film', 'song', 'show', 'game', 'games', 'book', 'article', 'piece', 'grin', 'smile', 'smirk', 'look', 'face', 'tone', 'attitude', 'way', 'thing', 'things', 'excuse', 'excuses', 'meeting', 'meetings', 'process', 'app', 'update', 'system', 'design', 'feature', 'product', 'ad', 'advert', 'campaign', 'speech', 'statement', 'joke', 'jokes', 'habit', 'move', 'mistake', 'answer', 'reply', 'response', 'debate', 'interview', 'ending', 'sequel', 'remake', 'album', 'episode', 'season', 'club', 'bar', 'job', 'task', 'cat', 'dog', 'puppy', 'kitten', 'pet', 'officer', 'cash']);
const COPULAS = new Set(['is', 'are', 'was', 'were', "'s", 're']);
/** The copulas and a clause-opening "you" a scornful name may follow: the anchors of scornedName. */
const SCORN_ANCHORS = new Set([...COPULAS, 'you', 'u']);
/** Words that end the describing words without naming anyone: "clueless about football", "useless at texting", "condescending af". */
const NOT_A_NAME = new Set(['about', 'at', 'to', 'of', 'the', 'a', 'an', 'for', 'with', 'in', 'on', 'by', 'from', 'as', 'than', 'like', 'when', 'if', 'but', 'so', 'up', 'down', 'out', 'over', 'af', 'asf', 'tbh', 'lol', 'lmao', 'too', 'though', 'now', 'today', 'tonight', 'again', 'already', 'ever', 'anymore', 'sometimes', 'lately', 'honestly', 'really', 'enough', 'because', 'since', 'while', 'until', 'after', 'before', 'this', 'that', 'these', 'those', 'it', 'them', 'him', 'her', 'me', 'you', 'us', 'my', 'your', 'his', 'their', 'our', 'its', 'not', 'never', 'need', 'needs', 'have', 'has', 'had', 'be', 'been', 'being', 'get', 'gets', 'got', 'is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'should', 'do', 'does', 'did']);
/** Praise or a fond tone in the sentence: "he's a smug little genius and I love him". */
const SCORN_PRAISED = new Set(['miss', 'missed', 'lost', 'lovable', 'loveable', 'lovely', 'grew', 'adorable', 'sweet', 'cute', 'love', 'adore', 'legend', 'hero', 'genius', 'brilliant', 'amazing', 'best', 'favourite', 'favorite', 'lol', 'haha', 'proud', 'bless']);

function scornedName(tokens: readonly Token[], i: number): ShapeFound | null {
  const cop = w(tokens, i);
  // ("Nice try, you bootlicking weirdo": the reader called the name, opening a clause)
  const vocative = (cop === 'you' || cop === 'u') && (i === 0 || tokens[i - 1]?.punct === true || tokens[i - 1]?.mention === true);
  if (!vocative && !COPULAS.has(cop)) return null;
  let k = i + 1;
  while (['a', 'an', 'such', 'so', 'just', 'all', 'really', 'total', 'complete', 'utter', 'absolute', 'bunch', 'pack', 'of', 'the', 'most', 'biggest', 'little'].includes(w(tokens, k)) && k < i + 6) k++;
  // ("is not a smug elitist": denied)
  if (NEGATORS.has(w(tokens, i + 1)) || NEGATORS.has(w(tokens, k - 1))) return null;
  let scorn = '';
  let n = 0;
  while (k < tokens.length && n < 4) {
    const x = w(tokens, k);
    // ("a smug, corrupt elitist": describing words joined by a comma or "and")
    if (x === ',' || x === 'and') {
      if (n === 0 || !SCORNING.has(w(tokens, k - 1)) || ends(tokens, k + 1)) break;
      k++;
      continue;
    }
    if (ends(tokens, k) || NOT_A_NAME.has(x)) break;
    if (SCORNING.has(x)) scorn ||= x;
    else if (!/^[a-z][a-z-]*$/.test(tokens[k]?.raw.toLowerCase() ?? '')) return null;
    n++;
    k++;
  }
  const head = k - 1;
  const noun = w(tokens, head);
  // the scorning word describes a noun after it, and the name ends the phrase
  if (!scorn || noun === scorn || SCORNING.has(noun) || SCORNED_THINGS.has(noun) || SCORNED_THINGS.has(noun.replace(/s$/, '')) || THING_WORDS.has(noun) || PERSON_PRONOUNS.has(noun)) return null;
  if (!(ends(tokens, k) || ['who', 'that', 'with', 'in', 'on', 'from', 'playing', 'lol', 'tbh'].includes(w(tokens, k)))) return null;
  // ("Me, you clueless beginner: how do I ...": the writer's name for themself)
  if (vocative) return tokens.some((x) => SCORN_PRAISED.has(x.w)) || tokens.slice(0, i).some((x) => ['me', 'i', 'myself'].includes(x.w)) ? null : { from: i, to: head, confidence: 0.65, explain: `calls the reader a scornful name ('${scorn} ${noun}')`, tag: 'insult' };
  const s = subjectBefore(tokens, i);
  const camp = CAMPS.has(w(tokens, s.range[1])) || (['are', 'were'].includes(cop) && /^[a-z]+s$/i.test(tokens[s.range[1]]?.raw ?? '') && !THING_WORDS.has(w(tokens, s.range[1])));
  if (s.kind !== 'person' && !camp) return null;
  if (hedged(tokens, s.range[0]) || tokens.some((x) => SCORN_PRAISED.has(x.w))) return null;
  return { from: s.range[0], to: head, confidence: 0.65, explain: `calls a person or a camp a scornful name ('${scorn} ${noun}')`, tag: 'insult' };
}

const AT = new Map<string, (tokens: readonly Token[], i: number) => ShapeFound | null>();
for (const a of ['koolaid', 'kool', 'cool']) AT.set(a, koolAid);
AT.set('crack', onCrack);
AT.set('what', whatA);
AT.set('only', onlyGoodDead);
for (const a of ['agent', 'agents', 'spawn', 'servant', 'servants', 'minion', 'minions', 'satan', 'satans', 'devils']) AT.set(a, devilsOwn);
AT.set('not', notBright);
AT.set('worst', worstRole);
AT.set('existence', fromExistence);
AT.set('dope', dopeNoun);
for (const a of SCORN_ANCHORS) AT.set(a, scornedName);
for (const a of PANTS) AT.set(a, soiledPants);
for (const a of CAMPS) AT.set(a, campLabel);
for (const a of ['left', 'right']) AT.set(a, mockedSide);

/** The shape starting at token i, if any. */
export function insultShape(tokens: readonly Token[], i: number): ShapeFound | null {
  const t = tokens[i] as Token;
  const reader = AT.get(t.w);
  const f = reader ? reader(tokens, i) : null;
  return f;
}

/** Words that alone let a sentence in: rare enough that the detector's loop costs nothing elsewhere. */
const RARE = new Set(['koolaid', 'crack', 'satan', 'satans', 'devil', 'devils', 'lucifer', 'existence', 'dope', 'worst', 'pants', 'trousers', 'knickers', 'diaper', 'diapers', 'nappy', 'nappies', 'panties', 'britches', 'undies']);
/**
 * Whether any shape above may match, tested on the sentence before the insult detector's per-word loop
 * runs. Common anchors ("what", "not", "only", "left") count only beside the word their shape needs.
 */
export function shapeGate(tokens: readonly Token[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const x = tokens[k] as Token;
    if (RARE.has(x.w) || (x.w === 'aid' && ['kool', 'cool'].includes(w(tokens, k - 1)))) return true;
    // (a scorning word within a few words of a copula: "is a smarmy empty suit")
    if (SCORNING.has(x.w) && tokens.slice(Math.max(0, k - 4), k).some((y) => SCORN_ANCHORS.has(y.w))) return true;
    if (x.w === 'dead' && tokens.some((y) => y.w === 'only')) return true;
    if ((BRIGHT.has(x.w) || BRIGHTEST.has(x.w)) && w(tokens, k - 1) !== '' && tokens.slice(Math.max(0, k - 3), k).some((y) => y.w === 'not')) return true;
    if (CAMPS.has(x.w) && CAMP_LABELS.has(w(tokens, k + 1))) return true;
    if ((x.w === 'left' || x.w === 'right') && MOCKING.has(w(tokens, k - 1))) return true;
    if (x.w === 'what' && ['a', 'an'].includes(w(tokens, k + 1)) && tokens.slice(k + 2, k + 6).some((y) => WHAT_A_NAMES.has(y.w))) return true;
  }
  return false;
}
