/**
 * `language.threat`: threats, incitement and wishing harm on a person ("I'll break your neck",
 * "someone should punch him", "I hope you die", "kys"). A threat needs three things: someone who will or
 * should act (I, we, someone, an imperative), a violent verb, and a person as its object. That leaves
 * the figures of speech alone: "this bug is killing me" (no agent), "shoot me a message" (the object is
 * a message), "we crushed our goals" (not violence against a person), "killer feature", "I'm dying to
 * see it". Violence called for against a protected group is the protected rules' business.
 */
import type { DetectorHit, DetectorInput, DetectorSpec } from '../../types';
import { applyContext, mentionContext } from './context';
import { findGroups, singularMembers, toldToGroup } from './find-groups';
import { GAME_TITLES, INSULT_NOUNS, PEOPLE_GROUP_WORDS, PERSON_WORDS, PETS_AND_CHILDREN, THING_WORDS } from './lexicon/words';
import { ONE_WORD_SLURS } from './lexicon/slurs';
import { CLAUSE_BREAK, NEGATORS, tokenize, type Token } from './tokens';
import { subjectBefore } from './target';
import { ownWords, scoredThreat, spanOf } from './threat-scored';
import { menaceCue, menaceThreat } from './threat-families';
import { SHAPE_PREFIX, shapeThreats, SLEEP_SETTINGS } from './threat-shapes';
import { threatAtPeople } from './threat-at-people';
import { mayFinishVeiled, veiledAcross, veiledThreat } from './threat-veiled';
import { neighbour } from './insinuation/shared';
import { noOptions } from '../options';

const VIOLENT = new Set([
  'kill', 'murder', 'stab', 'shoot', 'punch', 'slap', 'strangle', 'choke', 'hurt', 'rape', 'lynch', 'hang', 'burn', 'bomb', 'smash',
  'slit', 'gut', 'bury', 'cut', 'torture', 'behead', 'execute', 'beat', 'kick', 'break', 'hunt', 'find', 'knock', 'run', 'end', 'skin',
  'drown', 'poison', 'attack', 'assault', 'shank', 'destroy', 'crush', 'snap', 'throttle', 'whip', 'batter', 'maim', 'cripple',
  'dox', 'doxx', 'rip', 'tear', 'chop', 'stamp', 'smother', 'suffocate', 'kil', 'murda', 'jump', 'headbutt', 'deck', 'crack', 'rearrange', 'slice', 'track', 'finish', 'wreck', 'kidnap', 'abduct', 'mug', 'gouge', 'bash', 'pummel', 'stomp', 'curbstomp', 'whack', 'clobber', 'knife', 'murk', 'merk', 'smack', 'smoke',
  // ("glass the next bloke who ...", "gun down", "mow down", "ram off the road", "pick off one by one": each needs a person after it)
  'glass', 'gun', 'mow', 'ram', 'pick',
]);
/**
 * The harm word is part of an everyday phrase: "burn off some energy", "burn bright", "drown out the noise", "choke up at
 * the speech", "suffer no side effects", "get hit with birthday love", "get shot of that cough", "gets cancer treatment".
 */
function everydayHarmPhrase(tokens: readonly Token[], q: number): boolean {
  const h = w(tokens, q);
  const n1 = w(tokens, q + 1);
  if (['get', 'gets'].includes(h)) {
    const g = w(tokens, q + 1);
    const n2 = w(tokens, q + 2);
    // "get beaten on Saturday", "get killed off in season 3": sport and fiction
    if (['beaten', 'killed', 'shot', 'hit'].includes(g) && (['on', 'in', 'at', 'off', 'down'].includes(n2))) return true;
    // ("gets beaten up" is a beating)
    if (g === 'beaten' && n2 === 'up') return false;
    return ['of', 'with', 'up', 'by'].includes(n2) && !(n2 === 'by' && ['a', 'the'].includes(w(tokens, q + 3)) && ['bus', 'car', 'truck', 'train'].includes(w(tokens, q + 4))) || (g === 'cancer' && (['treatment', 'screening', 'screenings', 'free', 'care', 'surgery', '-'].includes(n2)));
  }
  if (HARM_WISHES.has(h)) {
    // "rot in hell", "burn alive", "die in a fire" stay harm; an object or a particle after the verb makes it ordinary
    if (['in', 'alive', 'slowly', 'forever', 'to', '.', '!', ',', ''].includes(n1) && !(n1 === 'in' && ['the', 'a'].includes(w(tokens, q + 2)) && !['fire', 'hole', 'ditch', 'hell'].includes(w(tokens, q + 3)))) return false;
    // ("hope she dies her hair blue" is "dyes"; "suffer through the director's cut", "suffers zero side effects" endure)
    return ['off', 'out', 'up', 'bright', 'brightly', 'no', 'zero', 'few', 'any', 'through', 'lots', 'some', 'those', 'that', 'this', 'the', 'a', 'your', 'my', 'her', 'his', 'calories', 'down'].includes(n1);
  }
  return false;
}

/** Violent verbs that are also verbs of sport, search, dress and work: only with an agent who says they will. */
const SOFT_VIOLENT = new Set(['track', 'finish', 'deck', 'kidnap', 'mug', 'wreck', 'crack', 'slice', 'rearrange', 'jump', 'hunt', 'find', 'end', 'knock', 'smoke', 'glass', 'gun', 'mow', 'ram', 'pick']);
/** The -ing forms of the violent verbs: "breaking" → "break", "shooting" → "shoot", "stabbing" → "stab" (a final consonant
 * after one vowel doubles: stab, cut, rip, slit, gut, mug, whip, skin, snap, run). */
const GERUNDS = new Map([...VIOLENT].map((v) => [/e$/.test(v) && !/ee$/.test(v) ? `${v.slice(0, -1)}ing` : /^[^aeiou]*[aeiou][bdgmnprt]$/.test(v) ? `${v}${v.slice(-1)}ing` : `${v}ing`, v]));
/** Third-person forms of the violent verbs, for harm wished through someone else ("hope someone punches you"). */
const VIOLENT_S = new Map([...VIOLENT].map((v) => [/(?:sh|ch|ss|x)$/.test(v) ? `${v}es` : `${v}s`, v]));
/** Body parts a cutting or breaking verb can take as its object ("cut your fingers off", "snap his wrists"). */
const LIMBS = ['fingers', 'finger', 'hands', 'hand', 'arms', 'arm', 'legs', 'leg', 'toes', 'feet', 'foot', 'ears', 'ear', 'nose', 'tongue', 'throat', 'neck', 'head', 'face', 'eyes', 'eye', 'balls', 'dick', 'cock', 'knees', 'kneecaps', 'wrists', 'wrist', 'ankles', 'ribs', 'spine', 'skull', 'jaw', 'teeth', 'heart', 'guts', 'lips', 'scalp', 'limbs', 'thumbs', 'thumb'];
/** Verbs that are violent only with a body part or particle: "break your neck", "beat him up", "run him over". */
const NEEDS_COMPLEMENT: Readonly<Record<string, readonly string[]>> = {
  beat: ['up', 'senseless', 'black', 'shit', 'death', 'pulp', 'out'],
  kick: ['ass', 'teeth', 'face', 'head', 'shit', 'to', 'out', 'tracks', 'stairs', 'pavement', 'kerb', 'curb'],
  gun: ['down'],
  mow: ['down'],
  ram: ['off', 'down', 'into'],
  pick: ['off'],
  break: ['neck', 'necks', 'legs', 'leg', 'arms', 'arm', 'face', 'faces', 'jaw', 'jaws', 'nose', 'noses', 'skulls', 'bones', 'skull', 'teeth', 'kneecaps', 'fingers', 'back', 'hands', 'hand', 'wrists', 'wrist', 'ribs', 'knees', 'ankles', 'spine', 'wheelchairs', 'wheelchair', 'crutches'],
  stamp: ['head', 'face', 'skull', 'neck', 'chest', 'hands', 'fingers', 'throat', 'ribs'],
  smash: ['face', 'faces', 'head', 'heads', 'skull', 'skulls', 'teeth', 'in', 'legs', 'knees', 'kneecaps', 'hands', 'fingers', 'jaw', 'nose'],
  find: ['and', 'where'],
  hunt: ['down'],
  knock: ['out', 'teeth'],
  run: ['over', 'down'],
  end: ['life', 'you', 'him', 'her', 'them', 'u'],
  snap: ['neck', 'arms', 'arm', 'legs', 'leg', 'fingers', 'wrist', 'wrists', 'spine'],
  cut: ['up', 'open', ...LIMBS],
  chop: LIMBS,
  destroy: ['face', 'life'],
  crush: ['skull', 'throat', 'windpipe'],
  hang: ['from', 'by'],
  rip: ['limb', 'apart', 'lungs', ...LIMBS],
  tear: ['limb', ...LIMBS],
  crack: ['skull', 'head', 'ribs', 'jaw', 'skulls'],
  rearrange: ['face'],
  slice: ['open', 'up', ...LIMBS],
  track: ['down'],
  finish: ['off'],
  wreck: ['face', 'shit', 'life', 'ass'],
  gouge: ['eyes', 'eye', 'out'],
  deck: ['him', 'her', 'you'],
  burn: ['alive', 'down', 'house'],
  bury: ['alive'],
};
/** Words that make the next noun someone's own: "your car", "his head". */
const POSSESSIVES = new Set(['your', 'his', 'her', 'their', 'ur']);
const AGENTS = new Set(['i', 'we', 'someone', 'somebody', 'everyone', 'everybody', 'people', 'they', 'you', 'ill', 'gonna', 'lads', 'boys', 'guys', 'crew', 'ima', 'imma', 'im']);
/** Words that carry both the agent and the will: "ill" (I'll), "ima", "imma". */
const SELF_WILLED = new Set(['ill', 'ima', 'imma']);
const VOLITION = new Set(['will', 'going', 'to', 'want', 'wanna', 'would', 'gonna', 'should', 'must', 'need', 'needs', 'ought', 'could', 'about', 'am', 'are', 'gotta', 'got', 'finna', 'might', 'really', 'just', 'seriously', 'literally', 'definitely', 'totally', 'fucking', 'personally', 'go', 'and', 'come', 'gladly', 'happily', 'please', 'pls', 'plz', 'oughta', 'willing', 'coming', 'round', 'over', 'back']);
const WISH_TARGETS = new Set(['he', 'she', 'they', 'you', 'u', 'him', 'her', 'them', 'ya']);
const TARGET_PRONOUNS = new Set(['you', 'him', 'her', 'them', 'u', 'yourself', 'ya', 'everyone', 'everybody', 'somebody', 'someone', 'anyone', 'all']);
/** "shoot me a message", "kill me a dragon": an object noun after the person makes it an idiom. */
const IDIOM_OBJECTS = new Set(['a', 'an', 'the', 'some', 'your', 'my', 'this', 'that', 'it', 'those', 'these', 'over', 'back', 'up', 'at']);

const HARM_WISHES = new Set(['die', 'dies', 'died', 'rot', 'rots', 'burn', 'burns', 'suffer', 'suffers', 'choke', 'chokes', 'perish', 'starve', 'drown', 'drowns']);
const HARM_GET = new Set(['shot', 'killed', 'raped', 'hit', 'stabbed', 'murdered', 'hanged', 'lynched', 'beaten', 'cancer', 'aids', 'run', 'hurt', 'tortured', 'executed', 'tarred', 'flogged', 'horsewhipped', 'beheaded', 'strung', 'jumped', 'mugged', 'smacked', 'punched', 'slapped']);
/** What of someone's a harm may be wished on ("I hope your house burns down", "hope your plane goes down"). */
const THEIR_THINGS = new Set(['house', 'home', 'car', 'family', 'kids', 'children', 'dog', 'mother', 'mom', 'wife', 'husband', 'business', 'company', 'life', 'plane', 'flight', 'boat']);
/** What may happen to someone's things that is harm ("hope your car gets stolen"); "gets fixed" is not. */
const THING_HARM = new Set(['run', 'poisoned', 'stolen', 'wrecked', 'burned', 'burnt', 'torched', 'smashed', 'vandalised', 'vandalized', 'hit', 'shot', 'robbed', 'bombed', 'destroyed', 'repossessed', 'raided', 'trashed', 'keyed', 'totaled', 'totalled']);
/** Losses wished on the reader that are meant to hurt ("I hope you lose your job"); "lose" alone is a game. */
const LOSSES = new Set(['job', 'house', 'home', 'family', 'kids', 'everything', 'career', 'wife', 'husband', 'business']);
/** Violence one can be said to deserve ("deserves a bullet"); not "a break", "a medal", "a raise". */
const DESERVED_HARM = new Set(['bullet', 'beating', 'baton', 'bat', 'brick', 'knife', 'punch', 'slap', 'noose', 'rope', 'kicking', 'thrashing', 'hiding', 'smack', 'bullets']);
/** Fond markers that turn a veiled threat into a joke between friends ("... I'd talk your ear off lol"). */
const FOND_MARKERS = new Set(['lol', 'haha', 'hahaha', 'lmao', 'love', 'miss', 'missed', 'dream', 'puppies', 'hug']);
/** Words that make an end of someone's voice ("shut him up permanently"). */
const SILENCING = new Set(['shut', 'silence', 'shutting', 'silencing']);
/** How "better hope we never meet" ends when it means a fight, not a fixture ("... in the final"). */
const MEETING_ENDS = new Set(['', '.', '!', ',', 'irl', 'again', 'you', 'face']);
/** Where someone is told to go and be hurt: "go play in traffic". */
const TRAFFIC = new Set(['traffic', 'freeway', 'highway', 'motorway', 'interstate']);

export interface Found {
  from: number;
  to: number;
  confidence: number;
  explain: string;
}

function w(tokens: readonly Token[], i: number): string {
  return tokens[i]?.w ?? '';
}

/** A game in the sentence makes a beating a defeat: "you get a beating at chess". */
const GAME_WORDS = new Set([...GAME_TITLES, 'play', 'plays', 'game', 'games', 'round', 'match', 'chess', 'scrabble', 'cards', 'poker', 'puzzle', 'quiz', 'board', 'tournament', 'seek', 'tag', 'paintball', 'laser', 'dodgeball']);
/** What hits a person in a wish of harm: "hit by a bus". */
const HIT_BY = new Set(['bus', 'car', 'truck', 'lorry', 'train', 'brick', 'meteor', 'asteroid', 'bullet', 'bat', 'tram', 'van', 'taxi', 'drone', 'missile', 'rock', 'rocks']);

/** One-word slurs by spelling, and the words that point one at a person. */
const SLUR_ENTRY = new Map(ONE_WORD_SLURS.map((s) => [s.word, s.entry]));
const SLUR_DETERMINERS = new Set(['the', 'that', 'this', 'some', 'a', 'every', 'those', 'these', 'all', 'any']);

/** Is the token at k a person (pronoun, @mention, name, or person noun)? Returns the last token index. */
function personAt(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  if (!t || t.punct) return -1;
  if (['all', 'the', 'those', 'these'].includes(t.w) && PEOPLE_GROUP_WORDS.has(w(tokens, k + 1))) return k + 1;
  if (TARGET_PRONOUNS.has(t.w) || t.mention) return k;
  // "the next one I see", "the first one who ...", "the next person who touches my lunch": someone to come, picked out by
  // being seen or met or by what they will do
  if (t.w === 'the' && ['next', 'first'].includes(w(tokens, k + 1)) && (w(tokens, k + 2) === 'one' || PERSON_WORDS.has(w(tokens, k + 2))) && ['i', 'who', 'that', 'to'].includes(w(tokens, k + 3))) return k + 2;
  if (['the', 'my', 'our', 'your', 'that', 'this', 'his', 'her', 'their'].includes(t.w) && PERSON_WORDS.has(w(tokens, k + 1)) && !THING_WORDS.has(w(tokens, k + 1))) return k + 1;
  // ("that year 11 kid at the bus stop", "this smug little man": a person noun after up to two describing words)
  if (['that', 'this'].includes(t.w)) for (let j = k + 2; j <= k + 3; j++) if (PERSON_WORDS.has(w(tokens, j)) && !THING_WORDS.has(w(tokens, j)) && !PRONOUNS.has(w(tokens, j)) && tokens.slice(k + 1, j).every((x) => /^[a-z0-9]+$/.test(x.w) && !POSSESSIVES.has(x.w))) return j;
  // "kill every last one of them", "every single one of you"
  if (t.w === 'every' && ['last', 'single'].includes(w(tokens, k + 1)) && w(tokens, k + 2) === 'one' && w(tokens, k + 3) === 'of' && ['them', 'you', 'those', 'these'].includes(w(tokens, k + 4))) return k + 4;
  // "every one I see", "every one who ...": whoever is met
  // (only after people are named: "wasps everywhere, I'll kill every one I see" is pest control)
  if (t.w === 'every' && w(tokens, k + 1) === 'one' && ['i', 'who', 'that', 'we'].includes(w(tokens, k + 2)) && tokens.slice(0, k).some((x) => PERSON_WORDS.has(x.w) || PEOPLE_GROUP_WORDS.has(x.w) || x.w === 'people' || x.w === 'person')) return k + 1;
  // "punch this smug idiot", "that clown": a person named by an insult
  if (['that', 'this'].includes(t.w)) for (let j = k + 1; j <= k + 3; j++) if (INSULT_NOUNS.has(w(tokens, j)) && !['tool', 'joke', 'trash', 'garbage', 'filth'].includes(w(tokens, j))) return j;
  // "kill the dyke upstairs", "beat that faggot": a person named by a slur, unless the sentence holds the word's
  // ordinary sense ("smoke a fag", "the tranny on my Ford")
  if (SLUR_DETERMINERS.has(t.w)) {
    const entry = SLUR_ENTRY.get(w(tokens, k + 1));
    // (the word must name someone, not describe a thing after it: "kill the spastic cough with honey")
    const n = tokens[k + 2];
    const names = !n || n.punct || ['who', 'that', 'i', 'we', 'next', 'upstairs', 'downstairs', 'in', 'at', 'on', 'from', 'with', 'again', 'tonight', 'today', 'now', 'if', 'when', 'and', 'or', 'down', 'up'].includes(n.w);
    if (entry && names && !entry.needsContext && !entry.verb && !tokens.some((x) => entry.homonym?.includes(x.w))) return k + 1;
  }
  if (PERSON_WORDS.has(t.w) && !THING_WORDS.has(t.w) && !['he', 'she', 'they', 'his', 'hers'].includes(t.w)) return k;
  // "all landlords", "those vegans", "anti-vaxxers": a group of people by role or politics (protected groups are found apart)
  if (PEOPLE_GROUP_WORDS.has(t.w)) return k;
  if (/^[A-Z][a-z]+$/.test(t.raw) && !THING_WORDS.has(t.w) && !['I', 'It', 'This', 'That', 'The'].includes(t.raw)) return k;
  return -1;
}

/** "I will ...", "we're going to ...": the writer announces what they will do just before `at`. */
function speakerWill(tokens: readonly Token[], at: number): boolean {
  return tokens.slice(Math.max(0, at - 4), at).some((t) => t.w === 'i' || t.w === 'we') && tokens.slice(Math.max(0, at - 3), at).some((t) => ['will', 'gonna', 'going', 'to', 'ill'].includes(t.w));
}

/** Harm done to a person, as a participle after "get" or "be": "you're gonna get shot", "he's getting stabbed". */
const HARM_PARTICIPLES = new Set(['strung', 'mown', 'gunned', 'shot', 'stabbed', 'killed', 'murdered', 'jumped', 'beaten', 'smacked', 'slapped', 'punched', 'clapped', 'merked', 'murked', 'bodied', 'buried', 'strangled', 'choked', 'lynched', 'hanged', 'shanked', 'knifed', 'capped', 'wasted', 'battered', 'curbstomped', 'stomped', 'whacked', 'popped', 'smoked', 'torched', 'hurt', 'dropped', 'sprayed']);
/** Of those, the ones a safety warning also uses: "you'll get hurt if you lift that wrong". */
const WARNED_PARTICIPLES = new Set(['hurt', 'killed', 'shot', 'dropped', 'popped', 'smoked', 'wasted', 'buried', 'choked', 'sprayed', 'torched']);
/** What marks a warning or a game, not a threat: "careful", "if you ride without ...", "in the final". */
const WARNING_WORDS = new Set(['careful', 'safe', 'safety', 'helmet', 'seatbelt', 'without', 'lift', 'lifting', 'ride', 'riding', 'drive', 'driving', 'climb', 'climbing', 'swim', 'swimming', 'ice', 'road', 'traffic', 'storm', 'sun', 'heat', 'reviews', 'comments', 'polls', 'election', 'vote', 'film', 'movie', 'game', 'match', 'final', 'level', 'raid', 'season', 'episode', 'penalty', 'goal', 'squad', 'team', 'lineup', 'roster', 'starting', 'bench', 'selection', 'class', 'course', 'paintball', 'laser', 'nerf']);
/** What a kindness is done "with" ("knock him out with my cooking", "kill her with this surprise party"). */
const TREATS = new Set(['surprise', 'story', 'kindness', 'compliments', 'cookies', 'cake', 'cooking', 'baking', 'lasagne', 'lasagna', 'curry', 'food', 'dinner', 'gifts', 'presents', 'hugs', 'kisses', 'love', 'jokes', 'puns', 'charm', 'singing', 'cocktails']);
/** Words that turn a menacing phrase into hype, thanks or plans: "you'll wish you were never born, but you'll thank her
 * later", "carried out on everyone's shoulders", "won't wake up in time for the flight". */
const KIND_FOLLOW_ONS = new Set(['thank', 'thanks', 'shoulders', 'cheering', 'hero', 'worth', 'thriller', 'read', 'reading', 'author', 'twist', 'plot', 'alarm', 'alarms', 'flight', 'train', 'christmas', 'misses', 'birthday', 'holidays', 'same', 'mine', 'share', 'carpool', 'extinguisher', 'safety', 'check', 'insurance', 'insured', 'recruiters']);
/** Conditions a threat sets on what the reader says or does to the writer: "if you keep running your mouth". */
const THREAT_CONDITIONS = new Set(['mouth', 'talking', 'talk', 'say', 'comment', 'comments', 'post', 'posting', 'again', 'snitch', 'report', 'testify', 'touch', 'mess', 'messing', 'cross', 'disrespect']);
/** Times and oaths that make "is getting [harmed]" a promise: "tonight", "the minute he steps outside", "I swear". */
const SOON = new Set(['tonight', 'tomorrow', 'soon', 'minute', 'second', 'moment', 'swear', 'saturday', 'sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'weekend', 'later', 'next']);
/** What a harm does to a body after "get / have ... [body] [participle]": "getting his head kicked in". */
const BODY_HARMED = new Set(['kicked', 'smashed', 'caved', 'blown', 'bashed', 'punched', 'rearranged', 'broken', 'busted', 'slit', 'ripped', 'stomped', 'beaten', 'cut', 'thrown']);
/** Parts of a body that a threat names: "his head kicked in", "a bullet in his head", "break your legs". */
const BODY = new Set(['head', 'skull', 'brain', 'brains', 'face', 'chest', 'heart', 'back', 'gut', 'guts', 'belly', 'neck', 'throat', 'eyes', 'knees', 'kneecaps', 'temple', 'spine', 'ribs', 'teeth', 'legs', 'arms', 'nose', 'jaw', 'fingers', 'hands']);

/**
 * Harm foretold to a person in the second or third person: "you're gonna get shot", "one more comment and you're getting
 * stabbed", "that guy in accounting is getting stabbed", "you will die", "he's a dead man", "you won't see it coming",
 * "you'll be leaving in a body bag", "my ex's new boyfriend is getting his head kicked in". A warning, a game or a review
 * passes ("you'll get hurt if you lift that wrong", "you're gonna get killed in the reviews", "he'll get dropped from the
 * team"), as does a negation ("nobody is getting hurt").
 */
function foretoldToPerson(tokens: readonly Token[], i: number, v: string): Found | null {
  const subject = (k: number): number => {
    const x = w(tokens, k);
    if (['you', 'u', 'ya', 'yall', 'he', 'she', 'they', 'bro', 'ur'].includes(x) || tokens[k]?.mention || (x === 'all' && w(tokens, k - 1) === 'you')) return k;
    return PERSON_WORDS.has(x) && !['i', 'we', 'everyone', 'everybody', 'anyone', 'nobody', 'people'].includes(x) ? k : -1;
  };
  const safe = (): boolean => tokens.some((t) => WARNING_WORDS.has(t.w) || GAME_WORDS.has(t.w) || FOND_MARKERS.has(t.w) || NEGATORS.has(t.w) || PETS_AND_CHILDREN.has(t.w) || STORY_OR_PET.has(t.w) || KIND_FOLLOW_ONS.has(t.w) || t.w === 'nobody' || t.w === 'noone');
  // "[subject] ('re / is / will / 'll / gonna / going to / about to) (get / be / getting) [participle]"
  if (HARM_PARTICIPLES.has(v) && ['get', 'getting', 'be', 'gets'].includes(w(tokens, i - 1))) {
    let k = i - 2;
    while (k >= 0 && ['gonna', 'gon', 'going', 'to', 'will', 'll', 'are', 'is', 'am', 'about', 'finna', 'bout', 'so', 'definitely', 'totally', 'def', 'all', 'each'].includes(w(tokens, k))) k--;
    // ("that guy in accounting is getting stabbed": a person placed by a phrase, found as the copula's subject)
    const cop = ['is', 'are', 'was'].includes(w(tokens, k + 1)) ? subjectBefore(tokens, k + 1) : null;
    const sjIndex = (j: number): number => (subject(j) >= 0 ? subject(j) : cop?.kind === 'person' ? cop.range[1] : -1);
    const sj = subject(k) >= 0 ? subject(k) : cop?.kind === 'person' ? cop.range[0] : -1;
    // ("more cops are getting killed each year" reports; "you're getting stabbed", "he's getting clapped the minute he
    // steps outside", "... is getting stabbed, I swear" promise)
    const oneMore = tokens.some((t, n) => ['one', 'another'].includes(t.w) && (w(tokens, n + 1) === 'more' || t.w === 'another'));
    const conditioned = tokens.some((t) => t.w === 'if') && tokens.some((t) => THREAT_CONDITIONS.has(t.w) || ['show', 'shows', 'face', 'street', 'again'].includes(t.w));
    const getting = w(tokens, i - 1) === 'getting' && (conditioned || ['you', 'u', 'ya', 'yall', 'all'].includes(w(tokens, sjIndex(k))) || tokens.some((t) => SOON.has(t.w)) || oneMore);
    const future = getting || tokens.slice(k + 1, i).some((t) => ['gonna', 'gon', 'going', 'will', 'll', 'about', 'finna'].includes(t.w));
    // ("if you keep running your mouth" is a threat's condition; "if you lift that wrong" a warning's)
    const warned = WARNED_PARTICIPLES.has(v) && tokens.some((t) => t.w === 'if' || t.w === 'when') && !tokens.some((t) => THREAT_CONDITIONS.has(t.w));
    if (sj < 0 || !future || safe() || warned) return null;
    // ("shot down", "killed off", "dropped from": a vote, a plot, a squad)
    if (['down', 'off', 'from', 'out', 'for', 'with', 'by'].includes(w(tokens, i + 1)) && v !== 'jumped') return null;
    return { from: sj, to: i, confidence: 0.75, explain: `harm foretold to a person ('${w(tokens, sj)} ... ${w(tokens, i - 1)} ${v}')` };
  }
  // "you will die", "you're gonna die", "he'll die tonight" (not "die laughing", "die when you see the price", "die of shame")
  if (v === 'die' && ['will', 'll', 'gonna', 'gon', 'to'].includes(w(tokens, i - 1))) {
    let k = i - 1;
    while (k >= 0 && ['gonna', 'gon', 'going', 'to', 'will', 'll', 'are', 'is'].includes(w(tokens, k))) k--;
    const sj = subject(k);
    const after = w(tokens, i + 1);
    if (sj < 0 || safe() || !(after === '' || tokens[i + 1]?.punct || ['tonight', 'today', 'tomorrow', 'soon', 'slowly', 'alone', 'painfully', 'screaming', 'next'].includes(after))) return null;
    return { from: sj, to: i, confidence: 0.75, explain: `death foretold to a person ('${w(tokens, sj)} ... die')` };
  }
  // "you won't see it coming", "you won't live to see Friday", "you won't make it home", "you won't wake up"
  if ((v === 'wont' || (v === 'not' && w(tokens, i - 1) === 'will')) && subject(v === 'wont' ? i - 1 : i - 2) >= 0) {
    const a = w(tokens, i + 1), b = w(tokens, i + 2), c = w(tokens, i + 3);
    // ("you won't be walking after I'm done with you", "u wont be smiling when i knock ur teeth out")
    const doneWith = a === 'be' && ['walking', 'smiling', 'laughing', 'talking', 'so'].includes(b) && tokens.some((t, n) => (t.w === 'done' && w(tokens, n + 1) === 'with') || (['when', 'after', 'once'].includes(t.w) && ['i', 'im', 'ill'].includes(w(tokens, n + 1))) || t.w === 'knife');
    const menace = doneWith || (a === 'see' && b === 'it' && c === 'coming') || (a === 'live' && b === 'to') || (a === 'see' && ['tomorrow', 'monday', 'friday', 'christmas', 'another'].includes(b)) || (a === 'make' && b === 'it' && ['home', 'out', 'to'].includes(c)) || (a === 'wake' && b === 'up');
    // ("you won't see it coming" is as often a plot twist: it needs a second cue of menace)
    const seeItComing = a === 'see' && b === 'it' && c === 'coming';
    const inTime = tokens.some((t, n) => t.w === 'in' && w(tokens, n + 1) === 'time');
    const cue = !inTime && (!seeItComing || tokens.some((t) => ['day', 'watch', 'back', 'tonight', 'soon', 'i', 'ill', 'we', 'wait', 'hunt'].includes(t.w)));
    if (menace && cue && !tokens.some((t) => WARNING_WORDS.has(t.w) || GAME_WORDS.has(t.w) || FOND_MARKERS.has(t.w) || KIND_FOLLOW_ONS.has(t.w) || STORY_OR_PET.has(t.w) || ['unless', 'early'].includes(t.w)) && !tokens.some((t) => ['surprise', 'party', 'gift', 'present', 'plot', 'twist', 'ending', 'traffic', 'deadline', 'roadworks', 'diversion', 'delays', 'venue', 'bypass', 'train', 'bus', 'flight', 'queue', 'queues', 'strike', 'time'].includes(t.w))) return { from: i - 1, to: i + 3, confidence: 0.7, explain: `veiled threat ('won't ${a} ${b} ...')` };
    return null;
  }
  // "you will be dead by Friday", "you'll be found in a ditch", "you'll be carried out", "you'll be leaving in an ambulance"
  if (['dead', 'found', 'carried', 'hunted', 'leaving', 'unrecognizable', 'unrecognisable', 'eating', 'picking'].includes(v) && w(tokens, i - 1) === 'be' && ['will', 'll', 'gonna', 'gon'].includes(w(tokens, i - 2)) && subject(i - 3) >= 0 && !safe()) {
    const a = w(tokens, i + 1), b = w(tokens, i + 2), c = w(tokens, i + 3);
    // ("they'll be dead before the training pays off" predicts an age, of a group, not a killing)
    const menace = (v === 'dead' && !['they', 'them'].includes(w(tokens, i - 3)) && !['tired', 'on', 'serious', 'set', 'right', 'wrong', 'last', 'lucky', 'easy', 'beat', 'centre', 'center', 'inside', 'before', 'soon', 'within', 'in'].includes(a)) || (v === 'found' && ['in', 'face'].includes(a) && ['ditch', 'river', 'canal', 'bin', 'dumpster', 'pieces', 'down'].some((x) => [b, c].includes(x))) || (v === 'carried' && a === 'out') || (v === 'hunted' && a === 'down') || (v === 'leaving' && a === 'in' && ['ambulance', 'body', 'stretcher', 'hearse'].some((x) => [b, c].includes(x))) || ((v === 'unrecognizable' || v === 'unrecognisable') && tokens.some((t) => ['done', 'finished', 'after'].includes(t.w))) || (v === 'eating' && a === 'through' && c === 'straw') || (v === 'picking' && ['your', 'ur'].includes(a) && b === 'teeth');
    // ("you'll be hunted down by recruiters": someone else's doing, said of a job ad)
    if (menace && !['by'].includes(w(tokens, i + 2))) return { from: i - 3, to: i + 1, confidence: 0.75, explain: `harm foretold to a person ('be ${v} ...')` };
  }
  // "you'll be leaving in a body bag", "you'll wish you were never born", "he's a dead man", "you're next 🔫", "ur ded"
  if (v === 'bag' && w(tokens, i - 1) === 'body' && ['a', 'in'].includes(w(tokens, i - 2)) && tokens.slice(0, i).some((t) => ['you', 'u', 'he', 'she', 'him', 'her', 'ur'].includes(t.w)) && !safe()) return { from: Math.max(0, i - 4), to: i, confidence: 0.75, explain: "threat ('in a body bag')" };
  if (v === 'born' && w(tokens, i - 1) === 'never' && !tokens.some((t) => KIND_FOLLOW_ONS.has(t.w) || FOND_MARKERS.has(t.w) || STORY_OR_PET.has(t.w) || GAME_WORDS.has(t.w)) && tokens.slice(Math.max(0, i - 6), i).some((t) => t.w === 'wish') && tokens.slice(Math.max(0, i - 6), i).some((t) => ['you', 'u', 'youll', 'll'].includes(t.w))) return { from: Math.max(0, i - 5), to: i, confidence: 0.7, explain: "veiled threat ('you'll wish you were never born')" };
  if (v === 'man' && w(tokens, i - 1) === 'dead' && w(tokens, i - 2) === 'a' && ['he', 'she', 'is', 'hes', 'shes'].includes(w(tokens, i - 3)) && !safe()) return { from: i - 3, to: i, confidence: 0.7, explain: "threat ('a dead man')" };
  if (v === 'ded' && ['ur', 'youre', 'your', 'u', 'you', 'r', 'are'].includes(w(tokens, i - 1)) && (!tokens[i + 1] || tokens[i + 1]?.punct || ['2moro', '2morrow', 'tomorrow', 'tonight', 'soon', 'now', 'bro', 'kid', 'm8', 'mate', 'pal', 'buddy'].includes(w(tokens, i + 1)))) return { from: i - 1, to: i, confidence: 0.7, explain: "threat ('ur ded')" };
  if (v === 'next' && ['you', 'ur', 'youre', 'are', 'u'].includes(w(tokens, i - 1)) && /🔫|🔪|💀|⚰️|🩸/u.test(tokens.map((t) => t.raw).join(' ') + '') ) return { from: i - 1, to: i, confidence: 0.7, explain: "threat ('you're next' with a weapon)" };
  // "my boss is getting a bullet if he denies my raise"
  if ((v === 'bullet' || v === 'beating') && w(tokens, i - 1) === 'a' && w(tokens, i - 2) === 'getting' && ['is', 'are', 's'].includes(w(tokens, i - 3))) {
    const cop = subjectBefore(tokens, i - 3);
    if (cop.kind === 'person' && !safe()) return { from: cop.range[0], to: i, confidence: 0.75, explain: `violence promised to a person ('getting a ${v}')` };
  }
  // "a bullet with your name on it", "a machete with your name on it", "your name is on the first bullet"
  if (v === 'name' && ['your', 'ur', 'his', 'her'].includes(w(tokens, i - 1)) && tokens.some((t, n) => WEAPONS.has(t.w) || ['bullet', 'round', 'machete', 'blade', 'axe', 'rifle'].includes(t.w) || (t.w === 'shell' && !['blue', 'red', 'green', 'spiny'].includes(tokens[n - 1]?.w ?? ''))) && !tokens.some((t) => FOND_MARKERS.has(t.w) || NEGATORS.has(t.w) || ['shirt', 'jersey', 'cake', 'mug', 'trophy', 'engraved', 'personalised', 'personalized'].includes(t.w) || (GAME_WORDS.has(t.w) && t.w !== 'round'))) return { from: Math.max(0, i - 4), to: Math.min(tokens.length - 1, i + 3), confidence: 0.75, explain: "veiled threat (a weapon with someone's name on it)" };
  // "how'd you like a bullet between the eyes?"
  if (v === 'between' && w(tokens, i - 1) === 'bullet' && w(tokens, i + 2) === 'eyes' && !safe() && !tokens.some((t) => ['zombie', 'zombies', 'sniper', 'opening'].includes(t.w))) return { from: i - 2, to: i + 2, confidence: 0.75, explain: "threat ('a bullet between the eyes')" };
  // "I'll leak / publish / post your home address", "posting her address so everyone can pay her a visit"
  // ("post your address in the form" asks the reader for their own: "your" needs the writer's promise)
  const exposer = ['your', 'ur'].includes(w(tokens, i + 1)) ? speakerWill(tokens, i) : true;
  if (exposer && ['leak', 'publish', 'post', 'posting', 'drop', 'dropping', 'share', 'sharing', 'leaking', 'publishing'].includes(v) && POSSESSIVES.has(w(tokens, i + 1)) && (w(tokens, i + 2) === 'address' || (w(tokens, i + 2) === 'home' && w(tokens, i + 3) === 'address'))) return { from: i, to: i + (w(tokens, i + 2) === 'home' ? 3 : 2), confidence: 0.7, explain: `threat to expose someone ('${v} ... address')` };
  // "getting his head kicked in", "get your teeth kicked in", "have his face rearranged"
  // (a menace frame before it: "he'd probably get his face bashed in by a horde" speculates)
  const wished = tokens.slice(Math.max(0, i - 9), i - 3).some((t) => ['hope', 'wish', 'deserve', 'deserves'].includes(t.w));
  const oneMoreBody = tokens.some((t, n) => t.w === 'one' && w(tokens, n + 1) === 'more');
  const framed = wished || tokens.slice(Math.max(0, i - 9), i - 3).some((t) => ['gonna', 'gon', 'going', 'will', 'll', 'ima', 'about'].includes(t.w)) || (w(tokens, i - 3) === 'getting' && (tokens.some((t) => SOON.has(t.w)) || oneMoreBody));
  if (framed && BODY_HARMED.has(v) && BODY.has(w(tokens, i - 1)) && POSSESSIVES.has(w(tokens, i - 2)) && ['get', 'getting', 'gets', 'have', 'having'].includes(w(tokens, i - 3)) && !safe() && (wished || !tokens.slice(Math.max(0, i - 6), i).some((t) => ['probably', 'might', 'would', 'd', 'could', 'may'].includes(t.w)))) {
    return { from: i - 3, to: i + (['in', 'off', 'up'].includes(w(tokens, i + 1)) ? 1 : 0), confidence: 0.75, explain: `harm wished or foretold ('${w(tokens, i - 3)} ... ${w(tokens, i - 1)} ${v}')` };
  }
  return null;
}

/**
 * Menace in fixed phrases, matched once per sentence on its words joined by spaces (contractions already split: "I'm"
 * is "i am"): slang ("catch these hands", "pull up on you", "lights out for you", "put him on a t-shirt"), a visit promised
 * ("I'm coming to your house", "pay the umpire a visit at his house"), fire and damage ("set your car on fire", "take a
 * bat to your truck", "pour petrol through your letterbox"), a countdown ("your days are numbered" said of someone, "say
 * your prayers", "until you're in the ground"), a death wished ("wishing a slow painful death on you"), a sight relished
 * ("would love to see the senator hanging from a lamppost"), a fist offered ("want me to break your nose?").
 */
/**
 * A phrase: its pattern, what it is called, an optional guard (words that make it innocent), and optionally its own
 * anchors. The phrases of round 19 carry their own anchors and run only when one of them is in the sentence, so that
 * adding phrases does not add their cost to every sentence that names a house or a night; the older ones run together
 * once a shared anchor is present.
 */
const MENACE_PHRASES: readonly (readonly [RegExp, string, RegExp?, string?])[] = [
  [/\bcatch (?:these|dese|deez) hands(?: (?:bro|pal|mate|buddy|fam|now|tonight|kid))?(?= [.,!?;]| and |$)/, 'catch these hands'],
  [/\bpull(?:ing)? up on (?:you|u|him|her|ya|them)(?! (?:at|to|with a|in)\b)\b/, 'pull up on you'],
  [/\bpull(?:ing)? up with (?:the|my|a) (?:strap|gun|piece|glock|blick|stick|heat)\b/, 'pull up with a gun'],
  [/\blights out for (?:you|u|him|her|ya)\b/, 'lights out for you'],
  [/\bslide on (?:his|her|your|ur|their) (?:block|street|house|opps)\b/, 'slide on his block'],
  [/\bput(?:ting)? (?:him|her|you|u) on a t ?-? ?shirt\b/, 'put him on a t-shirt'],
  [/\bleave (?:you|u|him|her) leaking\b/, 'leave you leaking'],
  [/(?<!\b(?:do|did|would|should|can|could) )\b(?:i|we) (?:will|am|are|am gonna|am going to)? ?(?:coming|come) (?:to|round to|over to|by) (?:your|ur) (?:house|home|place|office|work|door|flat)\b(?!.*\b(?:cake|dinner|lunch|drinks|party|pick|fix|help|thanks|visit you|see the baby)\b)/, "I'm coming to your house"],
  [/\bset (?:your|ur|his|her|their|the whole|the) (?:\w+ )?(?:car|house|home|office|building|shop|store|barn|truck|church) on fire\b/, 'set on fire'],
  [/\bset fire to (?:your|ur|his|her|their|the|that) (?:\w+ )?(?:car|house|home|office|building|shop|store|barn|truck|church|restaurant|place)\b/, 'set fire to his ...'],
  [/\b(?:found|got|have) (?:his|her|their|the \w+ 's) (?:home )?address\b.*\byou know what to do\b/, 'his address, you know what to do'],
  [/\bpay with (?:his|her|your|ur|their) (?:life|lives|blood)\b/, 'pay with his life'],
  [/\b(?:judge|boss|manager|landlord|ref|referee|mayor|senator|governor|minister|president|ceo|umpire|coach|neighbour|neighbor|ex|[a-z]+man|[a-z]+woman) 's days are numbered\b/, "someone's days are numbered"],
  [/\bpay (?:you|u|him|her|the \w+|that \w+) a (?:little |personal )?visit\b.*\b(?:house|home|bat|crowbar|tonight|car)\b/, 'pay him a visit'],
  [/\b(?:i will|ill|we will|i am gonna|i am going to|i will always) find (?:you|u) (?:wherever|anywhere)\b|\b(?:wherever|anywhere) you (?:go|move|run|hide)\b.*\b(?:i will|ill|we will) find (?:you|u)\b/, "I'll find you wherever you go"],
  [/\b(?:here is|heres) (?:his|her|their|the \w+ 's) (?:home )?address\b/, 'here is his address'],
  [/\btake a (?:bat|crowbar|hammer|axe|sledgehammer|brick) to (?:your|ur|his|her|their) \w+/, 'take a bat to your ...'],
  [/\bput a (?:brick|rock|stone) through (?:your|ur|his|her|their) \w+/, 'a brick through your ...'],
  [/\b(?:pour|pouring) (?:petrol|gasoline|gas|fuel|lighter fluid) (?:through|on|over|in) (?:your|ur|his|her|their)\b/, 'petrol through your door'],
  [/\bmolotov (?:your|ur|his|her|their|that)\b/, 'molotov'],
  [/\bsharpening (?:the|my|a) (?:axe|knife|blade|machete) for (?:you|u|him|her)\b/, 'sharpening the axe for you'],
  [/\buntil (?:you|u) are in the (?:ground|grave)\b/, "until you're in the ground"],
  [/\b(?:better|should|time to|go) (?:start )?(?:saying|say) your (?:goodbyes|prayers|last prayers)(?= [.,!?]|$)|^say your (?:prayers|last prayers)(?= [.,!?]|$)/, 'say your prayers'],
  [/\bwhat my fists (?:feel|taste) like\b/, 'what my fists feel like'],
  [/\bmake (?:you|u|him|her) (?:disappear|vanish)\b/, 'make you disappear'],
  [/\b(?:put|putting) (?:you|u|him|her) through (?:a|the|your|ur|your own|his|his own|her|her own) (?:wall|window|table|floor|windscreen|windshield|mirror|door)\b/, 'put you through a wall', /\b(?:wrestler|wrestlers|wrestling|wwe|aew|smackdown|ring|ppv|promo|crowd)\b/],
  [/\bthere will be blood\b.*\b(?:yours|you)\b/, 'there will be blood'],
  // "you will pay for this with your life"
  [/\b(?:you|u|ya|he|she|they)(?: will| are gonna| are going to| is gonna| is going to| gonna)? pay (?:for (?:this|that|it|what (?:you|he|she|they) did) )?with (?:your|ur|his|her|their) (?:life|lives|blood)\b/, 'pay with your life', /\b(?:card|cash|points|savings|credit|paypal)\b/],
  [/\b(?:wish|wishing|wishes) (?:a )?(?:(?:slow|painful|horrible|agonising|agonizing) )*death on\b/, 'wishes death on someone'],
  [/\bacid (?:thrown )?(?:in|on|into) (?:her|his|your|ur|their) face\b|\bthrow acid (?:in|on|at)\b/, 'acid in the face'],
  [/\ba lesson (?:he|she|you|they) (?:will not|wont) survive\b/, "a lesson he won't survive"],
  [/\b(?:i will|ill|i am going to|i am gonna|gonna|we will|i would) break every (?:finger|bone|tooth|rib)\b/, 'break every finger'],
  [/\bwant me to (?:break|punch|smash|slap|kick|bust) (?:your|ur) (?:nose|face|jaw|legs|arms|neck|teeth|fingers|skull|head)\b|\bwant me to (?:punch|stab|shoot|kill|hurt|knock out) (?:you|u)\b/, 'want me to break your ...?'],
  [/\bdo not make me come (?:over )?(?:there|down there|round there)(?= [.,!?]|$| and (?:hurt|beat|smack|slap|punch|kill|end|shut|make you|put you|break))/, "don't make me come over there"],
  [/\bi am outside your (?:house|window|flat|bedroom)(?= right now| tonight| watching| and| [.,!?]|$)/, "I'm outside your house"],
  [/\bi know your (?:schedule|routine|daily routine)(?! (?:is|was|for|and i|so|changed|has)\b)/, 'I know your schedule'],
  [/\b(?:love|like|wait|money) to (?:see|watch) (?:you|u|him|her|them|someone|(?:that|this|the|his|her|your) \w+) .{0,30}?\b(?:bleeding(?! edge)|hanging from|in flames|burning alive|beaten|smashed into|in a body bag|get dragged|six feet under|beat (?:him|her) unconscious)\b/, 'relishes harm to someone', /^(?=.*\bbeaten\b)(?=.*\b(?:final|finals|match|game|league|cup|season|champions|championship|playoffs?|derby|tournament|semi|quiz|election)\b)/],
  [/\bseeing (?:your|ur|his|her) \w+ in flames\b/, "relishes someone's house in flames"],
  [/\b(?:your|ur) (?:house|car|barn|shop|mailbox|truck|store) is (?:going up in smoke|getting blown up|going to burn|gonna burn)\b/, 'your house is going up in smoke'],
  [/\bthen i (?:come|am coming|will come) for (?:you|u)\b/, 'then I come for you'],
  // "I'll squeeze the life out of you" (not a grandmother's hug)
  [/\b(?:squeeze|squeezing|choke|choking|strangle|strangling|beat|beating|kick|kicking) the (?:living )?life out of (?:you|u|him|her|them|that \w+|this \w+)\b/, 'the life out of you', /\b(?:hug|hugs|hugging|cuddle|cuddles|love|grandma|granny|nan|nana|auntie|aunt|excited|joy|lol|haha)\b/, 'life'],
  // fire set with people inside: "burn it all down with them inside", "torch his restaurant while he's inside"
  [/\b(?:burn|burning|torch|torching|firebomb|set fire to|blow up)\b.{0,50}?\b(?:with (?:them|him|her|you|u|everyone|the \w+) (?:all )?(?:still )?inside|while (?:he|she|they|you|u) (?:is|are|am) (?:still )?inside)\b/, 'fire with people inside', undefined, 'inside'],
  // property threatened by a hope or a regret: "hope your windows are insured", "I'd hate for your roof to go up in flames"
  [/\bhope (?:your|ur|his|her) (?:\w+ )?(?:house|home|car|windows|shop|store|restaurant|business|truck|place|van|office|garage) (?:is|are) (?:well |fully )?insured\b/, 'hope your windows are insured', /\b(?:storm|storms|flood|floods|flooding|hurricane|hail|wind|winds|tornado|wildfire|wildfires|weather|earthquake|season|forecast|river|burglaries|break ins|thefts)\b/, 'insured'],
  [/\bhate for (?:your|ur|his|her) (?:\w+ )?(?:house|home|car|roof|shop|store|restaurant|business|truck|place|van|office|garage|windows) to (?:go up in flames|burn down|catch fire|get (?:torched|smashed|keyed|burned|burnt))\b/, "I'd hate for your roof to burn", /\b(?:candles?|heater|heaters|wiring|fireplace|chimney|unattended|storm|wildfire|wildfires|season)\b/, 'flames burn fire torched smashed keyed burned burnt'],
  [/\b(?:that|this|your|ur) \w+ (?:of yours )?(?:would|will|could) (?:burn|go up) (?:in flames |up )?(?:real |really |so |pretty |very )?(?:quick|quickly|fast|easy|easily)\b/, 'your restaurant would burn real quick', /\b(?:candles?|heater|heaters|wiring|fireplace|chimney|unattended|dry|drought|wildfire|wildfires|season|grease|oil|pan|firewood|kindling|paper|hay)\b/, 'burn'],
  // a death foretold to the reader: "you won't see another birthday"
  [/\b(?:you|u) (?:will not|wont|will never) (?:see|live to see|make it to) (?:another|your next) (?:birthday|christmas|year|summer|winter|sunrise|morning|week|new year)\b/, "you won't see another birthday", /\b(?:smoking|smoke|drinking|cancer|doctor|doctors|diet|sugar|eating|health|healthy|if|unless|heart|lungs|liver|vape|vaping)\b/, 'birthday christmas year summer winter sunrise morning week'],
  [/\bpicking (?:your|ur|his|her|their) teeth (?:up )?off the (?:floor|pavement|ground|sidewalk|street|concrete)\b/, 'picking your teeth up off the floor', undefined, 'teeth'],
  // a condition set on the reader, paid for by their family: "if you testify, your kids pay for it"
  [/\bif (?:you|u)\b.*\b(?:your|ur) (?:kids|children|family|wife|husband|son|daughter|mother|mom|mum|dad|parents|sister|brother) (?:will |are gonna |gonna |are going to |is gonna |is going to )?(?:pay for (?:it|this|that)|pay the price|suffer)\b/, 'your kids pay for it', undefined, 'pay suffer price'],
  // waiting by someone's car, with a condition or a time: "if that ref blows one more call, I'll wait for him at his car"
  [/\bif\b.*\b(?:i|we) (?:will |am gonna |am going to |will be |am )?(?:wait|waiting) (?:for (?:you|u|him|her) )?(?:at|by|outside|next to) (?:your|ur|his|her) (?:car|house|home|door|flat|place|truck)\b|\b(?:i|we) (?:will |am gonna |am going to |will be |am )?(?:wait|waiting) (?:for (?:you|u|him|her) )?(?:at|by|outside|next to) (?:your|ur|his|her) (?:car|house|home|door|flat|place|truck)\b.*\b(?:every day|every night|after (?:your|his|her) shift|alone|one of these days)\b/, 'waiting by your car', /\b(?:keys|umbrella|coffee|flowers|surprise|birthday|groceries|bags|kids|school|jump|battery|tow|mechanic|love|miss|pick|lift|ride)\b/, 'wait waiting'],
  [/\b(?:i have been|i am|ive been|been|i keep) (?:following|stalking|tailing) (?:you|u|her|him) (?:home|back home|from work|to work|every (?:day|night)|for (?:weeks|months|days))\b/, 'following you home', /\b(?:linkedin|instagram|insta|profile|page|socials|feed|twitter|tiktok|blog|channel|podcast|career|work on|lol|haha)\b/, 'following stalking tailing'],
  // a third person warned off being alone: "the referee had better not go to his car alone tonight"
  [/\b(?:the \w+|he|she|that \w+) (?:had better|better|best) not (?:go|walk|be|drive|leave|sit|stay) (?:\w+ ){0,4}?alone\b/, 'had better not go out alone', /\b(?:safe|safety|careful|dark|late|drunk|weather|ice|icy|storm|hike|hiking|trail|mountain|swim|swimming)\b/, 'alone'],
  [/\bwhat is coming to (?:him|her|you|u|them)\b.{0,30}\b(?:preferably|hopefully|ideally|like) (?:a |with a )?(?:bullet|noose|rope|beating|knife|bat)\b|\bwhat is coming to (?:you|u|him|her)\b.{0,12}\band it (?:will|is gonna|is going to) hurt\b/, "gets what's coming to him, a bullet", undefined, 'coming'],
  [/\b(?:let us|lets|we should|we will|we are gonna|we are going to|i will|ill|i am going to|i am gonna|time to) (?:all )?make (?:his|her|their|your|ur) life (?:a )?(?:living )?hell\b/, 'make his life hell', undefined, 'hell'],
  [/\bwhy (?:has not|hasnt|have not|havent|did not|didnt) (?:anyone|anybody|someone|somebody|nobody) (?:\w+ )?(?:stabbed|shot|killed|punched|decked|strangled|lynched|hanged|hung|run over|ran over|beaten|beat up|murdered|slapped|knocked out) (?:him|her|them|this|that|the|these|those|user)\b/, "why hasn't anyone stabbed him yet", undefined, 'stabbed shot killed punched decked strangled lynched hanged hung beaten run ran murdered slapped knocked beat'],
  [/(?:^|\band |\bso |, )bring (?:your )?(?:friends |mates |the boys |the lads )?(?:and )?(?:bats|crowbars|pitchforks|weapons|guns|knives|machetes)\b/, 'bring bats', /\b(?:baseball|softball|cricket|rounders|nets|league|practice|camping|hiking|halloween|cave|zoo|costume|props|range|hunting|hunt|fruit|picnic|bbq|kitchen|cooking)\b/, 'bats crowbars pitchforks weapons guns knives machetes'],
  [/\b(?:i|we|im|ill|gonna) (?:\w+ ){0,3}?(?:taking|bringing|take|bring|brought|took) my (?:hunting |loaded |new |dad 's |old )?(?:rifle|gun|ar|ar15|shotgun|pistol|glock|piece|handgun) to (?:the |your |ur |his |her |our |that |this )?(?:\w+ )?(?:board )?(?:meeting|hearing|rally|school|office|house|place|work)\b/, 'bringing a gun to the meeting', /\b(?:range|hunting|hunt|gunsmith|shop|cleaning|clean|repair|repaired|show|class|course|safety|lesson|lessons|license|licence|permit|inspection|registered|register|security|guard|police|officer|deputy)\b/, 'rifle gun ar ar15 shotgun pistol glock piece handgun'],
  [/\bnot saying i will (?:\w+ )?(?:hurt|kill|shoot|stab|beat|punch|end|get|find) (?:you|u|him|her)\b.*\bnot saying i (?:will not|wont)\b/, "I'm not saying I won't", undefined, 'saying'],
  // knowing someone's movements: "I know your shift schedule", "I know which route you drive home"
  [/\bi know (?:your|ur|his|her) (?:\w+ )?(?:schedule|routine|route|shifts|movements|gym times)\b(?! (?:is|was|for|and i|so|changed|has)\b)|\bi know (?:which|what) (?:route|way|train|bus|car|door|exit) (?:you|u|he|she) (?:take|takes|drive|drives|use|uses|leave|leaves)\b/, 'I know your route', /\b(?:lift|carpool|car pool|pick|swap|cover|covering|rota|rotas|manager|hr|payroll|calendar|planner|app|spreadsheet|avoid|traffic|roadworks|quicker|shortcut)\b/, 'know'],
  // waiting outside someone's home: "I sat outside your apartment for three hours", "parked across from your kid's school"
  [/\b(?:i|we) (?:sat|waited|parked|stood|have been sitting|have been parked|will be parked|will be sitting|am parked|am sitting) (?:outside|across from|opposite|in front of) (?:your|ur|his|her) (?:\w+ (?:'s )?)?(?:house|apartment|flat|home|place|window|door|school|office|work)\b/, 'I sat outside your apartment', /\b(?:pick|pickup|lift|ride|delivery|parcel|package|drop|surprise|birthday|late|traffic|uber|taxi|knocked|answer|answered|doorbell|rang)\b/, 'outside across opposite front'],
  [/\b(?:sharpen|sharpening|sharpened) (?:my|the|a) (?:knife|knives|blade|axe|machete)\b.*\b(?:you|your|ur|him|her|his)\b/, 'sharpening my knife for you', /\b(?:kitchen|cook|cooking|chef|dinner|roast|turkey|steak|bbq|onions|carve|carving|whittle|whittling|sharp|class|course|tutorial|stone|whetstone|set|dad|mum|mom|grandad|grandpa|allotment|garden|brambles|hedge|hedges|weeds|firewood|kindling)\b/, 'sharpen sharpening sharpened'],
  [/\b(?:you|u|he|she) (?:will|are going to|are gonna|is going to|is gonna) be (?:\S+ ){0,5}?(?:in the ground|in the grave|in a body bag|a cold case|next week 's obituary|an obituary|in the obituaries)\b/, "you'll be in the ground", undefined, 'ground grave bag case obituary obituaries'],
  [/\bscrap(?:e|ing) (?:you|u|him|her|them) off the (?:pavement|floor|road|street|ground|tarmac|concrete)\b/, 'scraping you off the pavement', undefined, 'scrape scraping'],
  [/\btake (?:him|her|you|u|that \w+|the \w+) out back\b/, 'take him out back', /\b(?:bins|bin|trash|rubbish|recycling|dog|puppy|smoke|cigarette|vape|garden|shed|kids)\b/, 'back'],
  [/\b(?:till|until) (?:his|her|your|ur|their) face is (?:unrecognizable|unrecognisable)\b/, 'till his face is unrecognizable', undefined, 'unrecognizable unrecognisable'],
  [/\b(?:you|u|he|she) (?:are|is|will be) (?:leaving|going home|going out|coming out) (?:here |this place |the building )?in an? (?:ambulance|body bag|stretcher|hearse|coffin)\b/, 'leaving in an ambulance', undefined, 'ambulance bag stretcher hearse coffin'],
  [/\bburn everything (?:you|u|he|she|they) (?:love|loves|own|owns|care about)\b/, 'burn everything you love', undefined, 'burn'],
  [/\bdental records to identify (?:you|u|him|her|them)\b/, 'dental records to identify you', undefined, 'records'],
  [/\b(?:your|ur) (?:dog|cat|pup|puppy|horse|kids?|wife|husband|family|son|daughter) (?:will not|wont|is not gonna|is not going to) be (?:\w+ ){0,2}?(?:much longer|for much longer|for long|around for long)\b/, "your dog won't be around much longer", /\b(?:vet|vets|old|age|aged|cancer|ill|illness|sick|hospice|puppy school|grow|growing|college|university|moving|moves|away)\b/, 'longer long'],
  [/\btell (?:your|ur) (?:wife|husband|kids|family|mother|mom|mum|dad|children|girlfriend|boyfriend) (?:goodbye|bye|you love them)\b.*\b(?:before|tonight|tomorrow|now)\b/, 'tell your wife goodbye', /\b(?:trip|flight|deployment|deployed|holiday|vacation|tour|conference|camp|leaving for|moving)\b/, 'goodbye bye'],
  [/\b(?:disappeared|disappear|vanished|vanish)\b.*\bi can (?:arrange|make) (?:that|it|this)(?: happen)?\b/, 'I can arrange that', undefined, 'arrange make'],
  [/\b(?:can|jerry can|canister|gallon|bottle) of (?:petrol|gasoline|gas|lighter fluid)\b.*\b(?:your|ur|his|her) (?:address|house|home|car)\b/, 'petrol and your address', undefined, 'petrol gasoline gas fluid'],
  [/\b(?:fence|door|doors|lock|locks|gate|alarm|cameras|camera|guard|guards|security) (?:of yours )?(?:will not|wont|can not|cannot) (?:stop|keep out|protect|save) (?:me|you|u)\b(?! (?:from (?:the|a|this) (?:rain|wind|storm|weather|cold|burglars|thieves))\b)/, "that fence won't stop me", /\b(?:rain|wind|storm|weather|cold|burglars|thieves|deer|foxes|dog|cat|kids|insurance)\b/, 'stop keep protect save'],
  [/\b(?:they|cops|police|security|your lawyer|the police) (?:can not|cannot|will not|wont) (?:guard|protect|watch|be there for|save|be there) (?:your|ur|you|u)?\b(?: \w+)? ?(?:forever|every night|all the time|24\/7|24 7|247)\b/, "they can't guard you forever", undefined, 'forever night time 24 7 247'],
  [/\benjoy (?:your|ur) (?:\w+ )?(?:house|home|porch|car|shop|place|kneecaps|legs|teeth|face|family) while (?:it|they|you) (?:is|are|still|can|last)\b.*\b(?:snitch|rat|grass|traitor)\b/, 'enjoy your porch while it lasts, snitch', undefined, 'enjoy'],
  [/\bbrake lines? (?:are|is) (?:so |really |very |pretty )?easy to cut\b|\bcut (?:your|ur|his|her) brake lines?\b|\b(?:shame|pity) about the brakes on (?:your|ur|his|her) (?:car|van|bike|truck)\b/, 'brake lines are easy to cut', undefined, 'brake brakes'],
  [/\b(?:keep|better start|start|better keep) looking over (?:your|ur) shoulder\b/, 'keep looking over your shoulder', /\b(?:cycling|cyclist|bike|riding|mirror|mirrors|lane|merging|reversing|driving|lesson|instructor)\b/, 'shoulder'],
  [/\bnext target is (?:that|the|my|our|this) (?:\w+ )?(?:manager|boss|supervisor|guy|man|woman|teacher|coworker|colleague|ex|neighbour|neighbor|landlord|cop|judge)\b/, 'next target is that manager', /\b(?:sales|revenue|quarter|q[1-4]|kpi|okr|goal|goals|growth|marketing|campaign|audience|demographic|market|customer|customers|client|clients)\b/, 'target'],
  [/\b(?:find out|see|learn|know) how good my aim is\b/, 'find out how good my aim is', /\b(?:darts|dart|archery|pool|basketball|netball|football|bowling|golf|cornhole|frisbee|paintball|laser|game|range)\b/, 'aim'],
  [/\btaking (?:the whole \w+|everyone|all of you|you all|them all|this whole \w+) (?:down )?with me\b.*\bliterally\b/, 'taking everyone with me, literally', undefined, 'literally'],
  [/\bbring something that burns\b|\blight (?:it|the place|them) up with (?:them|him|her|everyone|the \w+) (?:all )?(?:still )?inside\b|\bchain the doors\b.*\b(?:inside|burn|fire|light)\b/, 'something that burns', undefined, 'burns inside doors'],
  [/\ba (?:visit|night|beating|trip) (?:he|she|you) (?:will not|wont|will never) (?:survive|forget|recover from|walk away from)\b/, "a visit he won't survive", /\b(?:museum|theme park|holiday|vacation|concert|trip to|paris|rome|honeymoon|party|wedding|fun|amazing|best|memorable|great)\b/, 'survive forget recover walk'],
  [/\b(?:start |keep |better |should |might want to )(?:checking|check) under (?:your|ur|his|her) (?:car|truck|van)\b/, 'check under your car', /\b(?:cat|cats|kitten|kittens|winter|oil|leak|leaks|leaking|hedgehog|hedgehogs|fox|foxes|rust|exhaust|mechanic)\b/, 'check checking'],
];
/** Errands, shows, sport fixtures and accidents that the menace phrases also name: "pull up on you at the station and give you
 * a lift", "I'm outside your house but nobody is answering", "the Champions League draw", "a magic show", "on a heavy bag",
 * "candles left unattended nearly set fire to his curtains". */
const ERRANDS = new Set(['doughnuts', 'donuts', 'free', 'snacks', 'cake', 'pizza', 'lift', 'ride', 'pick', 'airport', 'station', 'delivery', 'parcel', 'package', 'courier', 'answering', 'booth', 'standup', 'printer', 'leftovers', 'lasagne', 'dance', 'tuna', 'tracker', 'app', 'chorus', 'song', 'wedding', 'magic', 'magician', 'trick', 'audience', 'volunteer', 'raffle', 'conference', 'demo', 'demos', 'daycare', 'butcher', 'draw', 'league', 'fixture', 'fixtures', 'kickoff', 'boxing', 'candles', 'candle', 'unattended', 'nearly', 'almost', 'accidentally', 'noticed', 'curtains', 'class', 'heavy', 'gym', 'practice', 'rehearsal']);
/** The anchors of the phrases before round 19, which run together once one of these is in the sentence. */
const SHARED_ANCHORS = new Set(['hands', 'pull', 'pulling', 'lights', 'slide', 'shirt', 't', 'leaking', 'coming', 'come', 'fire', 'life', 'numbered', 'visit', 'find', 'address', 'bat', 'crowbar', 'hammer', 'axe', 'sledgehammer', 'brick', 'petrol', 'gasoline', 'gas', 'fuel', 'molotov', 'sharpening', 'ground', 'grave', 'goodbyes', 'prayers', 'fists', 'disappear', 'vanish', 'wall', 'window', 'table', 'windscreen', 'windshield', 'mirror', 'blood', 'death', 'acid', 'survive', 'finger', 'bone', 'tooth', 'rib', 'want', 'outside', 'schedule', 'routine', 'bleeding', 'hanging', 'flames', 'beaten', 'smashed', 'bag', 'dragged', 'under', 'unconscious', 'smoke', 'blown', 'burn']);
/** Each phrase's own anchors, split once. */
const PHRASE_ANCHORS: readonly (ReadonlySet<string> | undefined)[] = MENACE_PHRASES.map(([, , , anchors]) => (anchors ? new Set(anchors.split(' ')) : undefined));
const MENACE_ANCHORS = new Set([...SHARED_ANCHORS, ...PHRASE_ANCHORS.flatMap((a) => (a ? [...a] : []))]);

function anyIn(words: ReadonlySet<string>, present: ReadonlySet<string>): boolean {
  for (const x of words) if (present.has(x)) return true;
  return false;
}

function menacePhrases(tokens: readonly Token[]): Found[] {
  // ("would love to see ..." relishes, "nobody will miss you" menaces; "love you" and "miss you" elsewhere are fond)
  // ("... on you and everyone you love": the ones the harm would reach)
  const fond = (t: Token, n: number): boolean => FOND_MARKERS.has(t.w) && !(t.w === 'love' && (w(tokens, n + 1) === 'to' || (w(tokens, n - 1) === 'you' && ['everyone', 'everybody', 'all', 'those', 'anyone', 'everything'].includes(w(tokens, n - 2))))) && !(t.w === 'miss' && ['will', 'would', 'gonna'].includes(w(tokens, n - 1)));
  if (!tokens.some((t) => MENACE_ANCHORS.has(t.w)) || tokens.some((t, n) => STORY_OR_PET.has(t.w) || PETS_AND_CHILDREN.has(t.w) || ERRANDS.has(t.w) || fond(t, n))) return [];
  const words = tokens.map((t) => t.w);
  const present = new Set(words);
  const shared = words.some((x) => SHARED_ANCHORS.has(x));
  const text = words.join(' ');
  for (const [n, [re, what, guard]] of MENACE_PHRASES.entries()) {
    const own = PHRASE_ANCHORS[n];
    if (own ? !anyIn(own, present) : !shared) continue;
    const m = re.exec(text);
    if (!m || guard?.test(text)) continue;
    const [from, to] = spanOf(text, m, tokens.length);
    // (the post's own words when short enough: "break every bone in their faces" is not quoted as "break every finger")
    const said = ownWords(tokens, from, to);
    return [{ from, to, confidence: 0.7, explain: said.length <= 60 ? `threat ('${said}')` : `threat ('${what}')` }];
  }
  return [];
}

function findThreats(tokens: readonly Token[]): Found[] {
  const out: Found[] = [...menacePhrases(tokens)];
  for (let i = 0; i < tokens.length; i++) {
    const v = w(tokens, i);
    const fore = foretoldToPerson(tokens, i, v);
    if (fore) out.push(fore);
    // wish harm: "I hope you die", "may he rot", "hope they get shot"
    if ((v === 'hope' || v === 'wish' || v === 'may' || v === 'pray' || v === 'hopefully' || v === 'hoping' || v === 'wishing') && !NEGATORS.has(w(tokens, i - 1))) {
      const p = WISH_TARGETS.has(w(tokens, i + 1)) ? i + 1 : personAt(tokens, i + 1);
      // "I hope they all die", "may they both rot"
      const q = p >= 0 ? p + 1 + (['all', 'both'].includes(w(tokens, p + 1)) ? 1 : 0) : -1;
      // ("hope that driver crashes into a wall", "hope u trip down the stairs": a fall wished, not a trip down memory lane)
      const fallen = q > 0 && MISHAPS.has(w(tokens, q)) && ['into', 'off', 'down'].includes(w(tokens, q + 1)) && tokens.slice(q + 2, q + 5).some((t) => MISHAP_PLACES.has(t.w));
      if (q > 0 && (fallen || HARM_WISHES.has(w(tokens, q)) || ((w(tokens, q) === 'gets' || w(tokens, q) === 'get') && HARM_GET.has(w(tokens, q + 1))) || (w(tokens, q) === 'drop' && w(tokens, q + 1) === 'dead'))) {
        const photoShoot = w(tokens, q + 1) === 'shot' && tokens.some((t) => PHOTO_WORDS.has(t.w));
        if (!(w(tokens, q) === 'die' && ['of', 'laughing', 'from'].includes(w(tokens, q + 1))) && !everydayHarmPhrase(tokens, q) && !photoShoot) {
          out.push({ from: i, to: q + (w(tokens, q) === 'die' || HARM_WISHES.has(w(tokens, q)) ? 0 : 1), confidence: 0.85, explain: `wishes harm on someone ('${v} ... ${w(tokens, q)}')` });
        }
      }
    }
    // "I'm all for them getting shot", "I'd love to see him get killed", "can't wait to watch them get beaten":
    // a wish for harm said as approval of it happening
    if ((v === 'getting' || v === 'get') && WELCOMED_HARM.has(w(tokens, i + 1 + (REFLEXIVE.has(w(tokens, i + 1)) ? 1 : 0)))) {
      const f = welcomedHarm(tokens, i);
      if (f) out.push(f);
    }
    out.push(...foretoldHarm(tokens, i, v));
    const set = setHarm(tokens, i, v);
    if (set) out.push(set);
    // "the next guy who walks in here gets a bullet", "you get a beating if you try": violence promised to whoever comes
    // (a beating at chess or Mario Kart is a defeat; a bullet journal or train is a thing)
    if ((v === 'gets' || v === 'get') && w(tokens, i + 1) === 'a' && ['bullet', 'beating', 'kicking'].includes(w(tokens, i + 2)) && (!tokens[i + 3] || tokens[i + 3]?.punct || ['if', 'when', 'and', 'too'].includes(w(tokens, i + 3))) && !tokens.some((t) => GAME_WORDS.has(t.w)) && tokens.slice(0, i).some((t) => t.mention || ['next', 'any', 'anyone', 'anybody', 'whoever', 'you', 'u', 'he', 'she'].includes(t.w)) && !tokens.slice(0, i).some((t) => NEGATORS.has(t.w) || ['kid', 'team', 'pinata', 'piñata', 'rug', 'carpet'].includes(t.w))) {
      out.push({ from: i, to: i + 2, confidence: 0.75, explain: `promises violence ('${v} a ${w(tokens, i + 2)}')` });
    }
    // "you should die", "he deserves to be shot", "she needs to get hit by a bus"
    // (a subject pronoun too: "he should get hit by a bus")
    // ("nobody deserves to die alone": the harm denied to everyone)
    const noOne = ['nobody', 'noone', 'none'].includes(w(tokens, i - 1)) || (w(tokens, i - 1) === 'one' && w(tokens, i - 2) === 'no');
    if ((v === 'should' || v === 'deserve' || v === 'deserves' || v === 'needs' || v === 'ought') && (personAt(tokens, i - 1) >= 0 || ['he', 'she', 'they'].includes(w(tokens, i - 1))) && w(tokens, i - 1) !== 'someone' && !noOne && !NEGATORS.has(w(tokens, i + 1))) {
      let q = i + 1;
      while (['to', 'just', 'all', 'be', 'get', 'go', 'fucking', 'really', 'simply'].includes(w(tokens, q))) q++;
      const h = w(tokens, q);
      const passive = tokens.slice(i + 1, q).some((t) => t.w === 'be' || t.w === 'get');
      // "you should burn some sage", "choke up on the bat", "die your hair" (sic), "get hit with good news": everyday senses
      // ("hit by the new rules", "beaten at chess": a policy or a game, not a bus or a beating)
      const game = (h === 'hit' && w(tokens, q + 1) === 'by' && !tokens.slice(q + 2, q + 5).some((t) => HIT_BY.has(t.w))) || (h === 'beaten' && ['at', 'in', 'to', 'by'].includes(w(tokens, q + 1)));
      const everyday = game || (HARM_WISHES.has(h) && everydayHarmPhrase(tokens, q)) || (h === 'die' && ['your', 'her', 'his', 'my', 'our'].includes(w(tokens, q + 1))) || (passive && ['with', 'by', 'of', 'up'].includes(w(tokens, q + 1)) && !['a', 'the'].includes(w(tokens, q + 2)));
      // ("should be run out of energy", "Root should be run out": only "run over / down" runs a person down)
      if (!everyday && (HARM_WISHES.has(h) || (passive && HARM_GET.has(h) && (h !== 'run' || ['over', 'down'].includes(w(tokens, q + 1)))) || (h === 'kill' && w(tokens, q + 1).startsWith('your')))) {
        const subjectThing = THING_WORDS.has(w(tokens, i - 1));
        if (!subjectThing) out.push({ from: i - 1, to: q, confidence: 0.85, explain: `says a person deserves harm ('${v} ... ${h}')` });
      }
    }
    // "kill yourself", "kys", "go die", "die in a fire", "drop dead", "rot in hell"
    // ("don't kill yourself over the deadline", "you'll kill yourself laughing": care and idiom)
    const selfCare = ['over', 'trying', 'laughing', 'working', 'for', 'to'].includes(w(tokens, i + 2)) || tokens.slice(Math.max(0, i - 3), i).some((t) => NEGATORS.has(t.w) || ['dont', "don't", 'll', 'will'].includes(t.w));
    if (v === 'kys' || ((v === 'kill' || v === 'hang' || v === 'shoot') && w(tokens, i + 1) === 'yourself' && !selfCare)) out.push({ from: i, to: v === 'kys' ? i : i + 1, confidence: 0.9, explain: 'tells someone to kill themselves' });
    if (v === 'go' && !['lets', "let's", 'us'].includes(w(tokens, i - 1)) && !(w(tokens, i + 1) === 'die' && ['our', 'my', 'your', 'her', 'his'].includes(w(tokens, i + 2))) && (w(tokens, i + 1) === 'die' || (w(tokens, i + 1) === 'jump' && ((['off', 'of'].includes(w(tokens, i + 2)) && tokens.slice(i + 3, i + 6).some((t) => ['bridge', 'cliff', 'roof', 'building', 'ledge', 'balcony', 'tower'].includes(t.w))) || (w(tokens, i + 2) === 'in' && w(tokens, i + 3) === 'front'))))) out.push({ from: i, to: i + 1, confidence: 0.85, explain: `tells someone to die ('go ${w(tokens, i + 1)}')` });
    // ("This script deserves to die in a fire": a thing pointed at, which no one wishes dead)
    const thingDies = ['this', 'that', 'these', 'those'].includes(w(tokens, 0)) && /^[a-z]+$/.test(tokens[1]?.raw ?? '') && !PERSON_WORDS.has(w(tokens, 1)) && !INSULT_NOUNS.has(w(tokens, 1)) && !tokens.slice(0, i).some((t) => ['you', 'he', 'she', 'they', 'him', 'her', 'them', 'guy', 'man', 'woman', 'bloke', 'person'].includes(t.w) || t.mention);
    if (v === 'die' && !thingDies && w(tokens, i + 1) === 'in' && w(tokens, i + 2) === 'a' && ['fire', 'hole', 'ditch'].includes(w(tokens, i + 3))) out.push({ from: i, to: i + 3, confidence: 0.85, explain: "wishes death ('die in a ...')" });
    const afterDead = tokens[i + 2];
    if (v === 'drop' && w(tokens, i + 1) === 'dead' && (!afterDead || afterDead.punct || afterDead.mention || TARGET_PRONOUNS.has(afterDead.w)) && (i === 0 || ['you', 'just', 'go', 'can', ','].includes(w(tokens, i - 1)))) out.push({ from: i, to: i + 1, confidence: 0.75, explain: "wishes death ('drop dead')" });
    if ((v === 'rot' || v === 'burn') && w(tokens, i + 1) === 'in' && w(tokens, i + 2) === 'hell') out.push({ from: i, to: i + 2, confidence: 0.75, explain: `wishes harm ('${v} in hell')` });
    if (v === 'want' && personAt(tokens, i + 1) >= 0 && w(tokens, personAt(tokens, i + 1) + 1) === 'dead' && !['center', 'centre', 'lucky', 'easy', 'good', 'serious', 'right', 'on'].includes(w(tokens, personAt(tokens, i + 1) + 2))) out.push({ from: i, to: personAt(tokens, i + 1) + 1, confidence: 0.85, explain: "wants someone dead" });
    // "I know where you live", "watch your back", "you'll regret this", "you're dead"
    // (a villain's line in a story: "in chapter 12 the villain whispers 'I know where you sleep'")
    if (v === 'know' && !['is', 'was', 'are'].includes(w(tokens, i + 4)) && !tokens.some((t) => KIND_FOLLOW_ONS.has(t.w) || ['novel', 'villain', 'chapter', 'episode', 'character'].includes(t.w)) && ((w(tokens, i + 1) === 'where' && w(tokens, i + 2) === 'you' && (['live', 'park', 'sleep'].includes(w(tokens, i + 3)) || (['work', 'train', 'drink'].includes(w(tokens, i + 3)) && tokens.some((t) => WEAPONS.has(t.w) || ['loaded', 'rifle', 'ar', 'glock', 'shotgun', 'pistol', 'strap'].includes(t.w))))) || (w(tokens, i + 1) === 'where' && ['your', 'ur'].includes(w(tokens, i + 2)) && ['kids', 'children', 'family', 'wife', 'husband', 'mum', 'mom', 'daughter', 'son', 'parents'].includes(w(tokens, i + 3))) || (w(tokens, i + 1) === 'your' && (w(tokens, i + 2) === 'address' || (w(tokens, i + 2) === 'home' && w(tokens, i + 3) === 'address')))) && ['i', 'we'].includes(w(tokens, i - 1)) && !tokens.some((t) => ['cookies', 'card', 'visit', 'gift', 'present', 'flowers', 'pizza', 'cake', 'postcard', 'invite', 'spot', 'space', 'bay', 'early', 'fair', 'taxi', 'cab', 'uber', 'pick', 'delivery', 'deliver', 'parcel', 'package', 'invitation', 'invitations', 'wedding', 'casserole', 'soup', 'lasagne', 'lasagna', 'meal', 'dinner', 'drop', 'dropping'].includes(t.w))) out.push({ from: i, to: i + 3, confidence: 0.8, explain: `veiled threat ('I know ${w(tokens, i + 1)} ${w(tokens, i + 2)} ${w(tokens, i + 3)}')` });
    if (v === 'watch' && ['your', 'ur'].includes(w(tokens, i + 1)) && ['back', 'bak'].includes(w(tokens, i + 2)) && !tokens.slice(i + 3).some((t) => ['coming', 'behind', 'deadlift', 'lift', 'lifting', 'squat', 'posture', 'cart', 'car', 'bike'].includes(t.w)) && !(['on', 'during', 'when', 'while', 'lifting', 'as'].includes(w(tokens, i + 3)) && !(w(tokens, i + 3) === 'when' && ['you', 'u'].includes(w(tokens, i + 4)) && ['leave', 'get', 'walk', 'are', 're', 'finish', 'lock', 'go'].includes(w(tokens, i + 5)) && !['travel', 'abroad', 'pickpockets'].some((x) => tokens.some((t) => t.w === x)))) && !tokens.some((t) => GAME_WORDS.has(t.w) || PLAYFUL_ARMS.has(t.w))) out.push({ from: i, to: i + 2, confidence: 0.65, explain: "veiled threat ('watch your back')" });
    // "I will find where you live", "I'll find you", "I will make you pay", "you'll pay for this"
    const lives = v === 'find' && ['where', 'out'].includes(w(tokens, i + 1)) ? tokens.findIndex((t, k) => k > i + 1 && k < i + 5 && t.w === 'live') : -1;
    if (lives > 0 && speakerWill(tokens, i)) out.push({ from: i, to: lives, confidence: 0.8, explain: "veiled threat ('find where you live')" });
    if (v === 'make' && TARGET_PRONOUNS.has(w(tokens, i + 1)) && w(tokens, i + 2) === 'pay' && !['for', 'the', 'a', 'more', 'less', 'extra', 'tax', 'back', 'at', 'upfront', 'up', 'first', 'online', 'in', 'before', 'by', 'cash'].includes(w(tokens, i + 3)) && (speakerWill(tokens, i) || (w(tokens, i - 1) === 'and' && tokens.slice(0, i).some((t, n) => ['i', 'we', 'lets', "let's"].includes(t.w) || (t.w === 'us' && w(tokens, n - 1) === 'let'))))) out.push({ from: i, to: i + 2, confidence: 0.75, explain: "veiled threat ('make you pay')" });
    // "I'll make you regret this", "find this woman's address and make her regret it"
    if (v === 'make' && TARGET_PRONOUNS.has(w(tokens, i + 1)) && w(tokens, i + 2) === 'regret' && ['it', 'this', 'that', 'everything', 'every', 'ever', 'the', 'saying', 'posting', 'crossing'].includes(w(tokens, i + 3)) && !tokens.some((t) => FOND_MARKERS.has(t.w) || KIND_FOLLOW_ONS.has(t.w) || GAME_WORDS.has(t.w) || ['cake', 'dessert', 'food', 'meal', 'pizza', 'workout', 'leg', 'hike'].includes(t.w)) && (speakerWill(tokens, i) || (w(tokens, i - 1) === 'and' && tokens.slice(0, i).some((t, n) => ['i', 'we', 'lets', "let's", 'someone', 'somebody', 'ill'].includes(t.w) || (t.w === 'us' && w(tokens, n - 1) === 'let'))))) out.push({ from: i, to: i + 3, confidence: 0.7, explain: "veiled threat ('make you regret it')" });
    // "teach him a lesson with a baseball bat": the lesson given with a weapon
    const taught = v === 'teach' ? (personAt(tokens, i + 1) >= 0 ? personAt(tokens, i + 1) : ['the', 'that', 'this', 'those', 'these'].includes(w(tokens, i + 1)) && !tokens[i + 2]?.punct ? i + 2 : -1) : -1;
    if (taught >= 0) {
      const p = taught;
      if (w(tokens, p + 1) === 'a' && w(tokens, p + 2) === 'lesson' && w(tokens, p + 3) !== 'on' && w(tokens, p + 3) !== 'about' && tokens.slice(p + 3, p + 8).some((t) => WEAPONS.has(t.w))) out.push({ from: i, to: p + 2, confidence: 0.8, explain: "threat ('teach ... a lesson' with a weapon)" });
    }
    if (v === 'you' && ['are', 'is'].includes(w(tokens, i + 1)) && (w(tokens, i + 2) === 'dead' || (w(tokens, i + 2) === 'a' && w(tokens, i + 3) === 'dead' && w(tokens, i + 4) === 'man')) && !['to', 'inside', 'tired', 'on', 'right', 'serious', 'wrong', 'certain', 'sure', 'set', 'last', 'centre', 'center', 'lucky', 'easy', 'good', 'in', 'meat'].includes(w(tokens, i + 3))) {
      out.push({ from: i, to: i + 2, confidence: 0.7, explain: "threat ('you are dead')" });
    }
    // agent + volition + violent verb + person: "I'm going to punch him", "someone should shoot her", "let's beat him up"
    if (VIOLENT.has(v)) {
      const f = violentAct(tokens, i);
      if (f) out.push(f);
    }
    // the -ing form promised or started: "I'm breaking your kneecaps", "we need to start shooting these people"
    const base = /ing$/.test(v) ? GERUNDS.get(v) : undefined;
    // ("if you keep smoking you'll ...": a habit kept up is not violence begun; only the plainly violent verbs after "keep")
    if (base && (((w(tokens, i - 1) === 'am' || w(tokens, i - 1) === 'are') && ['i', 'we'].includes(w(tokens, i - 2))) || ['start', 'begin'].includes(w(tokens, i - 1)) || (w(tokens, i - 1) === 'keep' && (STRONG_VIOLENT.has(base) || (['beat', 'kick', 'stomp', 'choke', 'smack', 'hit'].includes(base) && ['him', 'her', 'them', 'you', 'u'].includes(w(tokens, i + 1))))))) {
      const as = tokens.slice();
      as[i] = { ...(tokens[i] as Token), w: base };
      as[i - 1] = { ...(tokens[i - 1] as Token), w: ['start', 'begin', 'keep'].includes(w(tokens, i - 1)) ? 'to' : 'will' };
      const f = violentAct(as, i);
      if (f) out.push({ ...f, explain: f.explain.replace(`'${base}'`, `'${v}'`) });
    }
    const lodged = lodgedIn(tokens, i);
    if (lodged) out.push(lodged);
  }
  return out;
}

/** What is beaten out of someone: "beat the living hell out of you". */
const BEATEN_OUT = new Set(['hell', 'crap', 'shit', 'daylights', 'snot', 'stuffing', 'piss', 'tar', 'heck', 'fuck', 'life']);
/** Falls wished on someone: "hope that driver crashes into a wall", "hope u trip down the stairs". */
const MISHAPS = new Set(['crashes', 'crash', 'falls', 'fall', 'trips', 'trip', 'slips', 'slip']);
/** What one crashes into or falls off or down in a wish of harm ("crashes into bed", "falls into a routine" pass). */
const MISHAP_PLACES = new Set(['wall', 'tree', 'pole', 'lamppost', 'truck', 'lorry', 'bus', 'train', 'ditch', 'river', 'lake', 'canal', 'barrier', 'building', 'cliff', 'roof', 'stairs', 'staircase', 'bridge', 'ledge', 'well', 'pit', 'motorway', 'highway']);
/** Stories and pets, where menace is a plot or a grooming. */
const STORY_OR_PET = new Set(['novel', 'villain', 'chapter', 'film', 'movie', 'episode', 'season', 'book', 'plot', 'scene', 'spaniel', 'terrier', 'poodle', 'towel', 'bulbs', 'bulb', 'tulip', 'tulips', 'seeds', 'seedlings', 'frost']);
/** Words that may follow the damaged thing and keep it the thing: "slash your tires tonight", "key his car and run". */
const THING_PHRASE_ENDS = new Set(['and', 'tonight', 'today', 'tomorrow', 'if', 'when', 'for', 'again', 'up', 'down', 'while', 'next', 'one', 'so', 'then', 'just', 'before', 'after', 'lol', 'too', 'in', 'with', 'to']);
/** Where a person is put to be hurt or buried: "I'll put you in the hospital / in the ground". */
const HARM_PLACES = new Set(['hospital', 'ground', 'grave', 'morgue', 'icu', 'coffin', 'casket', 'wheelchair', 'cemetery', 'graveyard', 'dirt', 'er']);
/** What pain a person is made to feel: "I'll make you bleed". */
const MADE_TO = new Set(['bleed', 'suffer', 'scream', 'beg', 'cry']);
/** What a person will never do again once hurt: "make sure you never walk again". */
const NEVER_AGAIN = new Set(['walk', 'walks', 'see', 'sees', 'talk', 'talks', 'breathe', 'breathes', 'wake', 'wakes', 'speak', 'speaks', 'eat']);
/** Someone's things damaged to threaten them: "I'll slash your tires", "key his car". */
const VANDAL_VERBS = new Set(['slash', 'key', 'torch', 'trash', 'smash', 'burn', 'vandalise', 'vandalize', 'firebomb', 'egg']);
const VANDAL_THINGS = new Set(['building', 'tires', 'tyres', 'car', 'house', 'windows', 'window', 'home', 'office', 'truck', 'van', 'windscreen', 'windshield', 'church', 'restaurant', 'shop', 'store', 'barn', 'apartment', 'flat', 'mailbox', 'garage', 'clinic', 'mosque', 'synagogue', 'temple']);
/** Days one may not live to see: "be a shame if you didn't make it to Monday". */
const DAYS_AHEAD = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'tomorrow', 'morning', 'christmas', 'sunrise', 'dawn']);
/** Public buildings fire or a mob may be called on: "we ought to torch the courthouse". */
const PUBLIC_PLACES = new Set(['courthouse', 'clinic', 'office', 'mosque', 'church', 'synagogue', 'temple', 'station', 'building', 'school', 'restaurant', 'shop', 'store', 'offices', 'hq', 'headquarters', 'gurdwara', 'embassy']);
/** What is thrown through someone's window: "throw a brick through the CEO's window". */
const THROWN = new Set(['brick', 'rock', 'stone', 'molotov', 'bottle', 'firebomb']);

/** A person's possession after `k`: "your", "his", or a person's "'s" ("the CEO's", "@jake's"); the index of the thing, or -1. */
function possessionAt(tokens: readonly Token[], k: number): number {
  if (['your', 'his', 'her', 'their', 'ur', 'yo'].includes(w(tokens, k))) return k + 1;
  const p = personAt(tokens, k);
  if (p >= 0 && w(tokens, p + 1) === "'s") return p + 2;
  if (['the', 'that', 'this'].includes(w(tokens, k)) && w(tokens, k + 2) === "'s") return k + 3;
  return -1;
}

/**
 * Set phrases of violence and menace promised to a person: "I'll put you in the hospital / in the ground", "I'll make you
 * bleed", "make sure you never walk again", "rough him up", "drag you out of your car", "I'll slash your tires", "throw a
 * brick through the CEO's window", "I'm bringing a bat to your place", "break every bone in your body", "you better sleep
 * with one eye open", "can't wait till you're six feet under", "the world would be better off if you died", "leave you
 * to die", "make them pay in blood". A promise needs someone who will or should act (as for the violent verbs); the
 * phrases of menace stand alone.
 */
function setHarm(tokens: readonly Token[], i: number, v: string): Found | null {
  // a story, a pet or a plant: "the novel's villain swears ...", "rough him up with a towel, our spaniel loves it"
  if (tokens.some((t) => STORY_OR_PET.has(t.w) || PETS_AND_CHILDREN.has(t.w))) return null;
  const promised = (to: number, what: string, confidence = 0.8): Found | null => {
    const a = actorBefore(tokens, i);
    if (!a) return null;
    return { from: a.byAgent || a.lets ? Math.max(0, a.k) : i, to, confidence: confidence * (a.neg ? 0.4 : 1), explain: `${a.byAgent ? `'${a.agent}' says they will or should` : a.lets ? 'incites others to' : 'tells someone to'} ${what}${a.neg ? '; negated, so confidence lowered' : ''}` };
  };
  switch (v) {
    case 'put': {
      // ("put them in the ground before the first frost": bulbs)
      const p = personAt(tokens, i + 1);
      if (p < 0 || ['them', 'it', 'all'].includes(w(tokens, p)) || tokens.some((t) => FOND_MARKERS.has(t.w))) return null;
      const j = ['the', 'a', 'an', 'an'].includes(w(tokens, p + 2)) ? p + 3 : p + 2;
      if (['in', 'into'].includes(w(tokens, p + 1)) && HARM_PLACES.has(w(tokens, j)) && !(w(tokens, j) === 'ground' && w(tokens, j + 1) === 'floor')) return promised(j, `put a person in the ${w(tokens, j)}`);
      if (w(tokens, p + 1) === 'six' && w(tokens, p + 2) === 'feet' && w(tokens, p + 3) === 'under') return promised(p + 3, 'put a person six feet under');
      return null;
    }
    case 'end': {
      // "keep messing with my sister and you'll end up in a ditch", "say that again and you'll end up dead": an end foretold
      // to the reader on a condition aimed at the writer's side (a warning about a wire, a roof or the meds is care)
      const lead = tokens.slice(0, i).map((t) => t.w).join(' ');
      const subj = ['will', 'll', 'gonna', 'might', 'could', 'd', 'would'].includes(w(tokens, i - 1)) ? w(tokens, i - 2) : w(tokens, i - 1);
      if (w(tokens, i + 1) !== 'up' || !['you', 'u', 'youll', 'ya'].includes(subj)) return null;
      let q = i + 2;
      if (['in', 'inside', 'at', 'on'].includes(w(tokens, q))) q++;
      if (['a', 'the'].includes(w(tokens, q))) q++;
      if (w(tokens, q) === 'bottom' && w(tokens, q + 1) === 'of') q += ['a', 'the'].includes(w(tokens, q + 2)) ? 3 : 2;
      const place = w(tokens, q);
      const fate = (q > i + 2 && (HARM_PLACES.has(place) || ['ditch', 'river', 'canal', 'lake', 'sea', 'bag', 'box', 'trunk', 'boot', 'dumpster', 'skip'].includes(place) || (place === 'body' && w(tokens, q + 1) === 'bag'))) || (q === i + 2 && ['dead', 'buried', 'missing'].includes(place));
      const conditioned = /\b(?:touch|touches|mess with|messing with|cross|crosses|disrespect|come near|go near|talk to|look at|follow|film|photograph) (?:me|my|us|our|him|her|them)\b|\bkeep (?:pushing|testing|poking|provoking) (?:me|us)\b|\bkeep (?:talking|running (?:your|ur) mouth|it up|posting|snitching|lying about me)\b|\b(?:say|post|do|try|tweet|write) (?:that|it|this) (?:again|one more time)\b|\b(?:talk|talks) (?:again|like that)\b|\bone more (?:word|comment|post|tweet)\b|\b(?:snitch|snitches|report me|testify|grass)\b|\b(?:see you|come back|show your face|set foot)\b.*\b(?:again|here|round here|around here)\b/.test(lead);
      if (!fate || !conditioned || tokens.some((t) => WARNING_WORDS.has(t.w) || ['smoking', 'drinking', 'eating', 'speeding', 'careless', 'diet', 'cigarettes', 'vaping', 'overtime', 'wire', 'wiring', 'live', 'electrician', 'boiler', 'plumber', 'meds', 'medication', 'roof', 'ladder'].includes(t.w))) return null;
      const to = place === 'body' ? q + 1 : q;
      return { from: i - 1, to, confidence: 0.75, explain: `threat ('you'll end up ${q > i + 2 ? 'in the ' : ''}${place === 'body' ? 'body bag' : place}')` };
    }
    case 'make': {
      // "I'll make you bleed", "make sure you never walk again", "make them pay in blood"
      const p = personAt(tokens, i + 1);
      if (p >= 0 && MADE_TO.has(w(tokens, p + 1)) && (w(tokens, p + 1) !== 'cry' || !tokens.some((t) => ['laugh', 'laughing', 'happy', 'movie', 'film', 'ending', 'speech', 'wedding', 'joy'].includes(t.w)))) return promised(p + 1, `make a person ${w(tokens, p + 1)}`, 0.75);
      if (w(tokens, i + 1) === 'sure') {
        const q = personAt(tokens, i + 2);
        if (q >= 0 && w(tokens, q + 1) === 'never' && NEVER_AGAIN.has(w(tokens, q + 2)) && w(tokens, q + 3) === 'again') return promised(q + 3, `make sure a person never ${w(tokens, q + 2)} again`);
      }
      return null;
    }
    case 'rough': {
      // "rough him up", "rough up the referee"
      const p = personAt(tokens, i + 1);
      if (p < 0 && w(tokens, i + 1) === 'up' && personAt(tokens, i + 2) >= 0) return promised(personAt(tokens, i + 2), 'rough a person up', 0.75);
      return p >= 0 && w(tokens, p + 1) === 'up' ? promised(p + 1, 'rough a person up', 0.75) : null;
    }
    case 'drag':
    case 'dragging': {
      // "I'm dragging you out of your car", "drag him out and hang him" (not "drag him out of bed for the parkrun")
      const p = personAt(tokens, i + 1);
      if (p < 0 || w(tokens, p + 1) !== 'out') return null;
      // ("drag you out your car": the "of" dropped)
      const ofAt = w(tokens, p + 2) === 'of' ? p + 3 : p + 2;
      const own = possessionAt(tokens, ofAt);
      const car = (w(tokens, p + 2) === 'of' || POSSESSIVES.has(w(tokens, p + 2))) && own > 0 && ['car', 'house', 'home', 'office', 'truck', 'cell', 'van', 'flat', 'bed'].includes(w(tokens, own));
      const then = (w(tokens, p + 2) === 'and' && (VIOLENT.has(w(tokens, p + 3)) || ['hang', 'beat', 'shoot', 'lynch'].includes(w(tokens, p + 3)))) || (w(tokens, p + 2) === 'by' && ['hair', 'neck', 'throat', 'collar', 'ears', 'ankles'].includes(w(tokens, p + 4)));
      // ("we should go to his house and drag him out": the end of the sentence)
      const bare = !tokens[p + 2] || tokens[p + 2]?.punct === true;
      if (!car && !then && !(bare && tokens.some((t) => ['house', 'home', 'office', 'car', 'place'].includes(t.w)))) return null;
      return v === 'dragging' && ['im', 'am', "i'm"].includes(w(tokens, i - 1)) ? { from: i - 1, to: car ? own : p + 3, confidence: 0.75, explain: "says they will drag a person out ('dragging ... out')" } : promised(car ? own : p + 3, 'drag a person out', 0.75);
    }
    case 'bringing':
    case 'bring': {
      // "I'm bringing a bat to your place tonight"
      const o = ['a', 'my', 'the'].includes(w(tokens, i + 1)) ? i + 2 : i + 1;
      const own = w(tokens, o + 1) === 'to' ? possessionAt(tokens, o + 2) : -1;
      if (!WEAPONS.has(w(tokens, o)) || own < 0 || !['place', 'house', 'home', 'office', 'door', 'work', 'school'].includes(w(tokens, own)) || tokens.some((t) => GAME_WORDS.has(t.w) || ['baseball', 'cricket', 'softball', 'practice', 'nets', 'borrow', 'lend', 'back', 'return'].includes(t.w))) return null;
      if (!tokens.slice(Math.max(0, i - 3), i).some((t) => ['i', 'im', 'we', 'ill', 'gonna'].includes(t.w))) return null;
      return { from: Math.max(0, i - 2), to: own, confidence: 0.75, explain: `threat ('${v} a ${w(tokens, o)} to your ${w(tokens, own)}')` };
    }
    case 'throw':
    case 'throws': {
      // "wish someone would throw a brick through the CEO's window"
      if (!['a', 'the'].includes(w(tokens, i + 1)) || !THROWN.has(w(tokens, i + 2)) || !['through', 'at'].includes(w(tokens, i + 3))) return null;
      const own = possessionAt(tokens, i + 4);
      if (own < 0 || !['window', 'windows', 'windscreen', 'windshield', 'head', 'face', 'car', 'house'].includes(w(tokens, own))) return null;
      const wished = tokens.slice(Math.max(0, i - 5), i).some((t) => ['wish', 'hope'].includes(t.w));
      return wished ? { from: i, to: own, confidence: 0.75, explain: `wishes violence on someone ('throw a ${w(tokens, i + 2)} through ...')` } : promised(own, `throw a ${w(tokens, i + 2)} at a person's ${w(tokens, own)}`, 0.75);
    }
    case 'every': {
      // "I hope karma breaks every bone in your body", "I'll break every bone in his body"
      // ("unless you want to break every bone in your body": a warning to the reader about themselves)
      const ownFall = tokens.slice(Math.max(0, i - 5), i - 1).some((t) => t.w === 'you' || t.w === 'u') && !tokens.slice(0, i).some((t) => ['hope', 'wish', 'i', 'we', 'ill', 'someone', 'karma'].includes(t.w));
      if (!ownFall && w(tokens, i + 1) === 'bone' && w(tokens, i + 2) === 'in' && POSSESSIVES.has(w(tokens, i + 3)) && w(tokens, i + 4) === 'body' && /^break/.test(w(tokens, i - 1))) return { from: i - 1, to: i + 4, confidence: 0.8, explain: "threat ('break every bone in ... body')" };
      return null;
    }
    case 'sleep': {
      // "you better sleep with one eye open tonight"
      if (w(tokens, i + 1) === 'with' && w(tokens, i + 2) === 'one' && w(tokens, i + 3) === 'eye' && w(tokens, i + 4) === 'open' && ((i === 0 && !tokens.some((t) => t.w === '?')) || tokens.slice(Math.max(0, i - 4), i).some((t) => ['you', 'u', 'better', 'should', 'he', 'she'].includes(t.w))) && !tokens.some((t) => FOND_MARKERS.has(t.w) || PETS_AND_CHILDREN.has(t.w) || ['cat', 'cats', 'toddler', 'baby', 'newborn', 'parent', 'parents', 'mum', 'mom', 'dad', 'lol'].includes(t.w) || SLEEP_SETTINGS.has(t.w) || t.w === 'indeed')) return { from: i, to: i + 4, confidence: 0.7, explain: "veiled threat ('sleep with one eye open')" };
      return null;
    }
    case 'six': {
      // "can't wait for the day you're six feet under", "I'll put you six feet under" (put reads its own)
      // ("you'll end up six feet under")
      const endUp = w(tokens, i - 1) === 'up' && w(tokens, i - 2) === 'end' && tokens.slice(Math.max(0, i - 5), i - 2).some((t) => ['you', 'u', 'he', 'she', 'youll', 'll', 'will'].includes(t.w));
      // ("you'll be six feet under before the election")
      const foretold = w(tokens, i - 1) === 'be' && ['will', 'll', 'gonna'].includes(w(tokens, i - 2)) && ['you', 'u', 'he', 'she'].includes(w(tokens, i - 3)) && ['before', 'by', 'soon', 'within', 'next', 'tonight'].includes(w(tokens, i + 3));
      if (w(tokens, i + 1) === 'feet' && w(tokens, i + 2) === 'under' && (endUp || foretold || (['you', 'are', "you're", 'youre', 'ur', 'he', 'is', 'she'].includes(w(tokens, i - 1)) && tokens.slice(0, i).some((t) => ['wait', 'hope', 'wish', 'soon', 'day', 'till', 'until', 'when'].includes(t.w)))) && !tokens.some((t) => ['show', 'series', 'episode', 'season', 'hbo', 'rip', 'miss', 'missed'].includes(t.w))) return { from: i - 1, to: i + 2, confidence: 0.75, explain: "wishes death ('six feet under')" };
      return null;
    }
    case 'better': {
      // "the world would be better off if you just died / were dead"
      if (w(tokens, i + 1) !== 'off' || !['if', 'when', 'once'].includes(w(tokens, i + 2))) return null;
      const y = tokens.findIndex((t, k) => k > i + 2 && k <= i + 5 && (t.w === 'you' || t.w === 'u' || t.w === 'he' || t.w === 'she'));
      if (y < 0) return null;
      // ("if you died your hair pink" is dyed)
      const d = tokens.findIndex((t, k) => k > y && k <= y + 3 && ((t.w === 'died' && !['your', 'her', 'his', 'my', 'their', 'it'].includes(w(tokens, k + 1))) || t.w === 'dead' || (t.w === 'exist' && NEGATORS.has(w(tokens, k - 1)))));
      return d > 0 ? { from: i, to: d, confidence: 0.8, explain: "wishes death ('better off if you died')" } : null;
    }
    case 'leave':
    case 'leaves': {
      // "hope ur kids leave you to die alone", "I'll leave you to rot"
      const p = personAt(tokens, i + 1);
      if (p < 0 || w(tokens, p + 1) !== 'to' || !['die', 'rot', 'bleed'].includes(w(tokens, p + 2))) return null;
      const wished = tokens.slice(0, i).some((t) => ['hope', 'wish'].includes(t.w));
      return wished ? { from: i, to: p + 2, confidence: 0.75, explain: `wishes death ('leave ... to ${w(tokens, p + 2)}')` } : promised(p + 2, `leave a person to ${w(tokens, p + 2)}`, 0.75);
    }
    case 'terrible':
    case 'awful':
    case 'pity':
    case 'shame': {
      // "nice Tesla, would be a shame if someone keyed it tonight", "shame if something happened to it"
      // ("would be terrible if your brakes stopped working", "be a real shame if you didn't make it to Monday")
      const j = w(tokens, i + 1) === 'if' ? i + 2 : -1;
      const soft = v === 'terrible' || v === 'awful';
      if (soft && !['be', 'would'].includes(w(tokens, i - 1)) && !(w(tokens, i - 1) === 'so' && w(tokens, i - 2) === 'be')) return null;
      if (j < 0 || !['something', 'someone', 'somebody', 'anything', 'it', 'she', 'he', 'they', 'your', 'you', 'u', 'ur'].includes(w(tokens, j)) || tokens.some((t) => KIND_FOLLOW_ONS.has(t.w) || WARNING_WORDS.has(t.w) || t.w === 'because')) return null;
      // ("be a shame if she didn't come home", "be a pity if it caught fire")
      const harm = tokens.findIndex((t, k) => k > j && k <= j + 4 && ((!soft && /^(?:happened|happen|happens|got|disappeared|vanished)$/.test(t.w)) || /^(?:keyed|torched|scratched|smashed|broke|burned|burnt|slashed|vandali[sz]ed)$/.test(t.w) || (t.w === 'caught' && w(tokens, k + 1) === 'fire') || (t.w === 'stopped' && w(tokens, k + 1) === 'working' && ['brakes', 'brake', 'steering'].includes(w(tokens, k - 1))) || (t.w === 'went' && w(tokens, k + 1) === 'up' && w(tokens, k + 3) === 'flames') || (!soft && t.w === 'come' && w(tokens, k + 1) === 'home' && NEGATORS.has(w(tokens, k - 1)) && !['you', 'u', 'ur', 'your'].includes(w(tokens, j))) || (!soft && t.w === 'make' && w(tokens, k + 1) === 'it' && w(tokens, k + 2) === 'to' && DAYS_AHEAD.has(w(tokens, k + 3)) && NEGATORS.has(w(tokens, k - 1)))));
      if (harm < 0 || (w(tokens, harm) === 'got' && !/^(?:keyed|torched|scratched|smashed|slashed|burned|burnt|hurt)$/.test(w(tokens, harm + 1)))) return null;
      return { from: i, to: harm, confidence: 0.7, explain: "veiled threat ('shame if something happened')" };
    }
    case 'blood': {
      // "make them pay in blood", "you'll pay for this in blood"
      if (['in', 'with'].includes(w(tokens, i - 1)) && (w(tokens, i - 2) === 'pay' || (w(tokens, i - 3) === 'pay' && w(tokens, i - 2) === 'this') || (w(tokens, i - 4) === 'pay' && w(tokens, i - 3) === 'for'))) return { from: Math.max(0, i - 4), to: i, confidence: 0.8, explain: "threat ('pay in blood')" };
      return null;
    }
  }
  if (VANDAL_VERBS.has(v) && ['every', 'all'].includes(w(tokens, i + 1))) {
    // "I'm going to smash every window in your store", "let's go smash every window in that mosque"
    const th = w(tokens, i + 2) === 'the' ? i + 3 : i + 2;
    const inside = w(tokens, th + 1) === 'in' ? th + 2 : -1;
    const own = inside > 0 ? possessionAt(tokens, inside) : -1;
    const pub = inside > 0 && ['the', 'that', 'their', 'this'].includes(w(tokens, inside)) ? [inside + 1, inside + 2].find((j) => PUBLIC_PLACES.has(w(tokens, j))) : undefined;
    const place = pub ?? own;
    if (['window', 'windows', 'car', 'cars'].includes(w(tokens, th)) && place > 0 && (VANDAL_THINGS.has(w(tokens, place)) || PUBLIC_PLACES.has(w(tokens, place))) && !tokens.some((t) => GAME_WORDS.has(t.w) || ['clean', 'cleaning', 'wash', 'washing', 'paint', 'painting', 'replace', 'replacing', 'level', 'game', 'photo', 'photos'].includes(t.w))) return promised(place, `${v} every ${w(tokens, th)} in a person's or a public place`, 0.75);
  }
  if (VANDAL_VERBS.has(v)) {
    // "I swear I'll slash your tires tonight", "somebody should key that senator's car"
    // ("we ought to torch the courthouse", "burn down their office": fire set to a public building or a place of theirs)
    const fire = ['torch', 'burn', 'firebomb'].includes(v);
    const at = fire && w(tokens, i + 1) === 'down' ? i + 2 : i + 1;
    const pub = fire && ['the', 'that', 'their', 'this'].includes(w(tokens, at)) ? [at + 1, at + 2].find((j) => PUBLIC_PLACES.has(w(tokens, j))) : undefined;
    const own = pub ?? possessionAt(tokens, at);
    // the thing ends its phrase ("smash your house renovation timeline", "key your car into the app" are plans and apps)
    const ends = !tokens[own + 1] || tokens[own + 1]?.punct === true || THING_PHRASE_ENDS.has(w(tokens, own + 1));
    if (own < 0 || !ends || (!VANDAL_THINGS.has(w(tokens, own)) && pub === undefined) || tokens.some((t) => GAME_WORDS.has(t.w) || ['record', 'score', 'pb', 'lap', 'photo', 'photos', 'pic', 'pics', 'paint', 'wrap', 'detail', 'valet', 'wash'].includes(t.w))) return null;
    return promised(own, `${v} a person's ${w(tokens, own)}`, 0.75);
  }
  return null;
}

const PRONOUNS = new Set(['them', 'they', 'him', 'her', 'he', 'she', 'you', 'u', 'me', 'us', 'we', 'i', 'it', 'his', 'hers', 'their', 'theirs']);
/** Violent verbs with no everyday sense for things or errands. */
const STRONG_VIOLENT = new Set(['kill', 'murder', 'stab', 'shoot', 'rape', 'lynch', 'behead', 'execute', 'strangle', 'torture', 'punch', 'slap', 'attack', 'assault', 'shank', 'maim', 'throttle']);
/** What one finds someone to do that is friendly ("go find her and give her a hug"). */
const FRIENDLY_AFTER_FIND = new Set(['say', 'tell', 'give', 'hug', 'buy', 'thank', 'ask', 'bring', 'invite', 'congratulate', 'show', 'get', 'grab', 'introduce', 'let', 'high']);
/** A photo shoot, not a shooting ("shoot them in the park at golden hour"). */
const PHOTO_WORDS = new Set(['video', 'videos', 'feature', 'footage', 'reel', 'clip', 'shots', 'groom', 'bride', 'steps', 'photo', 'photos', 'film', 'camera', 'headshot', 'headshots', 'portrait', 'portraits', 'golden', 'angle', 'lens', 'vibe', 'photographer', 'engagement', 'wedding', 'cover', 'vogue', 'magazine', 'photoshoot']);

/**
 * Harm wished or foretold in set phrases: on someone's things ("hope your plane goes down"), as a loss ("I hope you lose
 * your job"), through someone else ("hope someone punches you"), told to come to harm ("get cancer and die", "go play in
 * traffic"), silencing made final, and the veiled threats ("your days are numbered", "keep talking and see what happens",
 * "deserves a bullet", "we're coming for you and your family", "I'd slap that smirk off your face"). Each branch reads
 * only when its own word is at i, so the per-token cost stays one switch.
 */
function foretoldHarm(tokens: readonly Token[], i: number, v: string): Found[] {
  const out: Found[] = [];
  switch (v) {
    case 'hope':
    case 'hoping':
    case 'wishing':
    case 'wish': {
      // "I hope your house burns down", "hope your plane goes down": harm wished on what is theirs
      const thing3 = w(tokens, i + 3);
      const endsAt = (k: number): boolean => !tokens[k] || tokens[k]?.punct === true || ['and', 'with', 'lol', 'on'].includes(w(tokens, k));
      const harmToThing = (HARM_WISHES.has(thing3) && !everydayHarmPhrase(tokens, i + 3)) || (['gets', 'get'].includes(thing3) && THING_HARM.has(w(tokens, i + 4)) && (w(tokens, i + 4) !== 'run' || ['over', 'down'].includes(w(tokens, i + 5)))) || (['burns', 'crashes', 'explodes', 'sinks'].includes(thing3) && (endsAt(i + 4) || (w(tokens, i + 4) === 'down' && endsAt(i + 5)))) || (['goes', 'go'].includes(thing3) && w(tokens, i + 4) === 'down' && endsAt(i + 5));
      if (POSSESSIVES.has(w(tokens, i + 1)) && THEIR_THINGS.has(w(tokens, i + 2)) && harmToThing) {
        out.push({ from: i, to: i + 3 + (w(tokens, i + 4) === 'down' ? 1 : 0), confidence: 0.8, explain: `wishes harm on someone's ${w(tokens, i + 2)}` });
      }
      if ((v === 'hope' || v === 'hoping') && !NEGATORS.has(w(tokens, i - 1))) {
        const p = WISH_TARGETS.has(w(tokens, i + 1)) ? i + 1 : -1;
        // "I hope you lose your job", "hope he loses everything": a loss wished on them to hurt
        const lostAt = LOSSES.has(w(tokens, p + 2)) ? p + 2 : p + 3;
        // the loss ends its phrase ("lose your job stress", "lose your house keys", "everything you don't need" are not losses)
        const lossEnds = !tokens[lostAt + 1] || tokens[lostAt + 1]?.punct === true || ['and', 'over', 'for', 'because', 'lol', 'tomorrow', 'soon'].includes(w(tokens, lostAt + 1));
        if (p > 0 && lossEnds && ['lose', 'loses'].includes(w(tokens, p + 1)) && (LOSSES.has(w(tokens, p + 2)) || (POSSESSIVES.has(w(tokens, p + 2)) && LOSSES.has(w(tokens, p + 3))))) {
          out.push({ from: i, to: p + (LOSSES.has(w(tokens, p + 2)) ? 2 : 3), confidence: 0.7, explain: `wishes a loss on someone ('hope ... ${w(tokens, p + 1)} ...')` });
        }
        // "hope someone punches you", "I hope somebody slaps him": harm wished through someone else
        const verb = VIOLENT_S.get(w(tokens, i + 2));
        // ("hope someone runs that cyclist over": a person named by role too)
        // ("hope someone smashes his face in": the person's body)
        const t3 = WISH_TARGETS.has(w(tokens, i + 3)) || tokens[i + 3]?.mention ? i + 3 : POSSESSIVES.has(w(tokens, i + 3)) && BODY.has(w(tokens, i + 4)) ? i + 4 : personAt(tokens, i + 3);
        // "hope she shoots you a text", "kills you with kindness", "whips you into shape": an object or a manner makes it an idiom
        const idiomAfter = ['a', 'an', 'the', 'some', 'your', 'my', 'this', 'that', 'with', 'into'].includes(w(tokens, t3 + 1));
        // a verb that needs its complement has it next ("runs him over", "beats him up"), and no errand follows ("... down to the shop")
        const needs = verb ? NEEDS_COMPLEMENT[verb] : undefined;
        const c = needs ? tokens.findIndex((t, j) => j > t3 && j <= t3 + 3 && needs.includes(t.w)) : t3;
        // ("beats him up the hill on Strava", "runs him over the slides": a race and a rehearsal)
        const errand = needs !== undefined && ['the', 'to', 'a', 'an', 'some', 'my', 'your', 'this', 'that', 'our'].includes(w(tokens, c + 1));
        if (['someone', 'somebody', 'they', 'he', 'she'].includes(w(tokens, i + 1)) && verb && verb !== 'find' && t3 > 0 && c > 0 && !idiomAfter && !errand) {
          out.push({ from: i, to: c, confidence: 0.8, explain: `wishes harm on someone ('hope ... ${w(tokens, i + 2)} ...')` });
        }
      }
      // "you'd better hope we never meet in person" (not "... in the final", not with a laugh)
      if (v === 'hope') {
        if (['we', 'i'].includes(w(tokens, i + 1)) && w(tokens, i + 2) === 'never' && w(tokens, i + 3) === 'meet' && !tokens.some((t) => FOND_MARKERS.has(t.w)) && tokens.slice(Math.max(0, i - 3), i).some((t) => t.w === 'better') && (MEETING_ENDS.has(w(tokens, i + 4)) || (w(tokens, i + 4) === 'in' && ['person', 'real', 'private', 'public', 'an', 'a'].includes(w(tokens, i + 5))))) out.push({ from: i, to: i + 3, confidence: 0.75, explain: "veiled threat ('better hope we never meet')" });
      }
      break;
    }
    case 'get':
      // "get cancer and die" (not "get cancer screenings early")
      if (['cancer', 'aids', 'ebola'].includes(w(tokens, i + 1)) && ((!tokens[i + 2] || (tokens[i + 2]?.punct && w(tokens, i + 2) !== ',')) || (w(tokens, i + 2) === 'and' && w(tokens, i + 3) === 'die')) && (i === 0 || CLAUSE_BREAK.has(w(tokens, i - 1)) || tokens[i - 1]?.mention || ['just', 'go', 'please', ','].includes(w(tokens, i - 1)))) {
        out.push({ from: i, to: i + 1, confidence: 0.85, explain: `wishes illness on someone ('get ${w(tokens, i + 1)}')` });
      }
      break;
    case 'go':
      // "go play in traffic", an order to the reader (not "kids shouldn't go play on the highway")
      if ((i === 0 || CLAUSE_BREAK.has(w(tokens, i - 1)) || tokens[i - 1]?.mention || [',', 'just', 'please', 'now', 'and'].includes(w(tokens, i - 1))) && w(tokens, i + 1) === 'play' && ['in', 'on'].includes(w(tokens, i + 2)) && (TRAFFIC.has(w(tokens, i + 3)) || (w(tokens, i + 3) === 'the' && TRAFFIC.has(w(tokens, i + 4))))) {
        out.push({ from: i, to: i + (TRAFFIC.has(w(tokens, i + 3)) ? 3 : 4), confidence: 0.8, explain: "tells someone to get hurt ('go play in traffic')" });
      }
      break;
    case 'permanently':
    case 'good': {
      // "someone should shut him up permanently", "silence her for good": silencing a person made final, by someone who
      // would do it ("the antibiotics shut him up for good", "shutting her bakery permanently" are not)
      if (v === 'good' && w(tokens, i - 1) !== 'for') break;
      let s0 = -1;
      for (let k = i - 1; k >= Math.max(0, i - 6); k--) if (SILENCING.has(w(tokens, k))) { s0 = k; break; }
      const who = s0 >= 0 ? personAt(tokens, s0 + 1) : -1;
      const objectOk = who >= 0 && !THING_WORDS.has(w(tokens, who)) && (w(tokens, s0) !== 'shut' && w(tokens, s0) !== 'shutting' ? true : w(tokens, who + 1) === 'up');
      const agent = s0 >= 0 && (s0 === 0 || CLAUSE_BREAK.has(w(tokens, s0 - 1)) || tokens[s0 - 1]?.mention || tokens.slice(Math.max(0, s0 - 4), s0).some((t) => ['should', 'someone', 'somebody', 'gonna', 'will', 'lets', "let's", 'need', 'needs', 'must'].includes(t.w)));
      if (objectOk && agent) out.push({ from: s0, to: i, confidence: 0.75, explain: "threat ('silence ... permanently')" });
      break;
    }
    case 'days': {
      // "your days are numbered", only "your", said to a person: "their days are numbered" is a forecast, "mosquitoes, your
      // days are numbered" and "your days are numbered, winter" speak to things
      const numberedTo = w(tokens, i + 3) === ',' ? tokens[i + 4] : undefined;
      if (['your', 'ur'].includes(w(tokens, i - 1)) && w(tokens, i - 2) !== ',' && ['are', 'is'].includes(w(tokens, i + 1)) && w(tokens, i + 2) === 'numbered' && (!numberedTo || numberedTo.mention || /^[A-Z]/.test(numberedTo.raw) || ['pal', 'buddy', 'mate', 'bud', 'friend', 'bro', 'dude'].includes(numberedTo.w))) out.push({ from: i - 1, to: i + 2, confidence: 0.75, explain: "veiled threat ('your days are numbered')" });
      break;
    }
    case 'see': {
      // "keep talking and see what happens" ("try it and see what happens" is advice; only talking or a mouth kept running is warned)
      const kept = (w(tokens, i - 2) === 'talking' && w(tokens, i - 3) === 'keep') || (w(tokens, i - 2) === 'mouth' && ['running', 'run'].includes(w(tokens, i - 4)));
      if (w(tokens, i + 1) === 'what' && ['happens', 'happen'].includes(w(tokens, i + 2)) && w(tokens, i - 1) === 'and' && kept && !(w(tokens, i + 3) === 'to' && ['your', 'their', 'his', 'her'].includes(w(tokens, i + 4))) && w(tokens, i + 3) !== 'when') out.push({ from: i, to: i + 2, confidence: 0.7, explain: "veiled threat ('... and see what happens')" });
      break;
    }
    case 'minutes':
    case 'mins':
    case 'min':
    case 'seconds':
      // "five minutes alone with you in a dark alley" ("... to go over the roadmap" is a meeting)
      if (w(tokens, i + 1) === 'alone' && w(tokens, i + 2) === 'with' && WISH_TARGETS.has(w(tokens, i + 3)) && w(tokens, i + 4) === 'in' && ['parking', 'alley', 'dark', 'ring', 'cage', 'octagon'].includes(w(tokens, i + 6))) out.push({ from: i, to: i + 3, confidence: 0.7, explain: "veiled threat ('minutes alone with you')" });
      break;
    case 'getting':
      // "swing at me again and you won't be getting back up"
      if (w(tokens, i + 1) === 'back' && w(tokens, i + 2) === 'up' && NEGATORS.has(w(tokens, i - 2)) && tokens.slice(Math.max(0, i - 5), i).some((t) => t.w === 'you') && tokens.slice(0, i).some((t) => ['wrong', 'hit', 'punch', 'knock', 'drop', 'floor', 'swing'].includes(t.w)) && !tokens.some((t) => FOND_MARKERS.has(t.w))) out.push({ from: i - 2, to: i + 2, confidence: 0.7, explain: "veiled threat ('you won't be getting back up')" });
      break;
    case 'deserves':
    case 'deserve': {
      // "he deserves a bullet", "every one of them deserves a baton to the skull": a weapon or a beating deserved (only
      // "deserve": "needs a bat/knife/rope" is an errand; and the harm ends its phrase or lands on the body: "a slap on the
      // back", "a kicking tee", "a bat mitzvah" pass)
      const harmEnds = !tokens[i + 3] || (tokens[i + 3]?.punct && w(tokens, i + 3) !== '-') || ['and', 'lol', 'for', 'after'].includes(w(tokens, i + 3)) || (['to', 'in', 'between'].includes(w(tokens, i + 3)) && ['the', 'his', 'her', 'their', 'your'].includes(w(tokens, i + 4)) && ['head', 'face', 'skull', 'eyes', 'teeth', 'mouth', 'jaw', 'back'].includes(w(tokens, i + 5)));
      if (['a', 'the'].includes(w(tokens, i + 1)) && DESERVED_HARM.has(w(tokens, i + 2)) && harmEnds && !(w(tokens, i + 2) === 'slap' && w(tokens, i + 5) === 'back') && (personAt(tokens, i - 1) >= 0 || tokens.slice(Math.max(0, i - 4), i).some((t) => PEOPLE_GROUP_WORDS.has(t.w) || PERSON_WORDS.has(t.w) || ['goon', 'goons', 'thug', 'thugs', 'one'].includes(t.w)))) out.push({ from: i, to: i + 2, confidence: 0.8, explain: `says someone deserves violence ('${v} a ${w(tokens, i + 2)}')` });
      break;
    }
    case 'string':
      // "string him up", "string that traitor up": a lynching called for (not "string them up", said of lights)
      if ((['him', 'her'].includes(w(tokens, i + 1)) || tokens[i + 1]?.mention || (['that', 'this'].includes(w(tokens, i + 1)) && PERSON_WORDS.has(w(tokens, i + 2)))) && tokens.slice(i + 2, i + 4).some((t) => t.w === 'up') && !tokens.slice(i + 2, i + 6).some((t) => ['hammock', 'lights', 'light', 'banner', 'bunting'].includes(t.w))) out.push({ from: i, to: i + 2, confidence: 0.8, explain: "calls for a lynching ('string ... up')" });
      break;
    case 'coming': {
      // "we're coming for you and your family" (not a Christmas visit)
      if (w(tokens, i + 1) === 'for' && !tokens.some((t) => ['christmas', 'thanksgiving', 'dinner', 'visit', 'guest', 'holidays', 'party', 'birthday', 'weekend', 'lunch'].includes(t.w)) && tokens.slice(Math.max(0, i - 3), i).some((t) => ['we', 'i', 'they', 'were', 'im'].includes(t.w)) && WISH_TARGETS.has(w(tokens, i + 2)) && w(tokens, i + 3) === 'and' && ['your', 'his', 'her', 'their'].includes(w(tokens, i + 4)) && ['family', 'kids', 'children', 'wife', 'husband', 'mother', 'mom', 'house', 'home'].includes(w(tokens, i + 5))) out.push({ from: i, to: i + 5, confidence: 0.8, explain: "threat ('coming for you and your family')" });
      // "when you get what's coming" (not karma's)
      const wh = w(tokens, i - 1) === 'is' ? i - 2 : i - 1;
      if (['whats', 'what'].includes(w(tokens, wh)) && ['get', 'gets', 'getting', 'got'].includes(w(tokens, wh - 1)) && !['in', 'to'].includes(w(tokens, i + 1)) && !tokens.some((t) => t.w === 'karma') && tokens.slice(Math.max(0, i - 6), i).some((t) => ['you', 'u', 'he', 'she', 'they', 'him', 'her', 'them'].includes(t.w))) out.push({ from: wh - 1, to: i, confidence: 0.65, explain: "veiled threat ('get what's coming')" });
      break;
    }
    case 'enjoy':
      // "enjoy your last weekend" (not "... before the baby arrives")
      if (['your', 'ur'].includes(w(tokens, i + 1)) && w(tokens, i + 2) === 'last' && ['day', 'days', 'weekend', 'night', 'week', 'breath', 'breaths', 'moments'].includes(w(tokens, i + 3)) && !['at', 'in', 'on', 'of', 'as', 'with', 'here', 'off', 'before', 'together', 'there', 'home', 'abroad', 'away'].includes(w(tokens, i + 4))) out.push({ from: i, to: i + 3, confidence: 0.7, explain: "veiled threat ('enjoy your last ...')" });
      break;
    case 'be':
      // "you won't be so tough when we show up" (not with the puppy)
      if (w(tokens, i + 1) === 'so' && ['tough', 'brave', 'cocky', 'mouthy'].includes(w(tokens, i + 2)) && w(tokens, i + 3) === 'when' && !tokens.some((t) => PETS_AND_CHILDREN.has(t.w) || ['melt', 'cake', 'gift', 'surprise', 'results', 'exam', 'exams', 'test', 'chess', 'match', 'final', 'score', 'bill', 'season', 'league', 'quiz'].includes(t.w)) && NEGATORS.has(w(tokens, i - 1)) && tokens.slice(Math.max(0, i - 4), i).some((t) => ['you', 'u', 'he', 'she', 'they'].includes(t.w))) out.push({ from: i - 1, to: i + 3, confidence: 0.7, explain: `veiled threat ('won't be so ${w(tokens, i + 2)} when ...')` });
      break;
    case 'slap':
    case 'knock':
    case 'punch':
    case 'smack':
    case 'beat':
      // "I'd slap that smirk off your face": violence to the face, said through the expression on it
      if (['that', 'the'].includes(w(tokens, i + 1)) && ['smirk', 'smile', 'grin', 'look'].includes(w(tokens, i + 2)) && tokens.slice(i + 3, i + 5).some((t) => t.w === 'off') && tokens.slice(i + 3, i + 7).some((t) => t.w === 'face') && tokens.slice(Math.max(0, i - 3), i).some((t) => ['i', 'id', 'we', 'someone', 'somebody'].includes(t.w))) out.push({ from: i, to: i + 2, confidence: 0.75, explain: `threat ('${v} that ${w(tokens, i + 2)} off ... face')` });
      break;
  }
  return out;
}

/** Weapons that turn "teach him a lesson" into violence. */
const WEAPONS = new Set(['bat', 'knife', 'gun', 'fists', 'fist', 'hammer', 'crowbar', 'belt', 'brick', 'pipe', 'machete', 'boot', 'boots', 'axe']);

/** Harm that welcoming it makes a wish ("get killed"); not "hit" or "run" ("love to see him get hit" in sport, "get run"). */
const WELCOMED_HARM = new Set(['shot', 'killed', 'raped', 'stabbed', 'murdered', 'hanged', 'lynched', 'beaten', 'tortured', 'executed', 'slaughtered', 'butchered', 'strangled']);
const REFLEXIVE = new Set(['themselves', 'himself', 'herself', 'yourself', 'yourselves']);
/** Words before "for" that make it approval, not purpose: "all for", "definitely for" ("a fund for victims getting shot" is no wish). */
const APPROVING_FOR = new Set(['all', 'definitely', 'totally', 'fully', 'absolutely', 'really', 'am', 'im', 'be', 'so']);
const WATCHING = new Set(['see', 'watch', 'seeing', 'watching']);
const WANTING = new Set(['love', 'like', 'wait', 'enjoy', 'want', 'wanna', 'glad', 'happy', 'pay', 'happily', 'gladly']);

/** "[approval] [person] getting/get [harmed]": the person is at most three words before the verb. */
function welcomedHarm(tokens: readonly Token[], i: number): Found | null {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    if (CLAUSE_BREAK.has(w(tokens, k)) || tokens[k]?.punct) return null;
    if (personAt(tokens, k) < 0) continue;
    // "see the mods get ...", "all for those landlords getting ...": the determiner belongs to the person
    const p = ['the', 'those', 'these', 'all', 'my', 'our', 'your', 'that', 'this'].includes(w(tokens, k - 1)) ? k - 1 : k;
    const lead = w(tokens, p - 1);
    const approving = (lead === 'for' && APPROVING_FOR.has(w(tokens, p - 2))) || (WATCHING.has(lead) && (WANTING.has(w(tokens, p - 2)) || (w(tokens, p - 2) === 'to' && WANTING.has(w(tokens, p - 3)))));
    // "would not love to see", but "can't wait to see" is eager
    const eager = w(tokens, p - 2) === 'wait' || w(tokens, p - 3) === 'wait';
    if (!approving || (!eager && (NEGATORS.has(w(tokens, p - 3)) || NEGATORS.has(w(tokens, p - 4))))) continue;
    const to = i + 1 + (REFLEXIVE.has(w(tokens, i + 1)) ? 1 : 0);
    // "getting shot down" (a proposal, a vote), "getting beaten at chess"
    if (['down', 'at', 'in', 'off', 'on'].includes(w(tokens, to + 1))) return null;
    return { from: p - 1, to, confidence: 0.8, explain: `welcomes harm to someone ('${lead} ... ${w(tokens, to)}')` };
  }
  return null;
}

interface Actor {
  /** Index of the agent word (or of the clause break before an imperative). */
  k: number;
  agent: string;
  byAgent: boolean;
  lets: boolean;
  neg: boolean;
}

/** Who acts on the verb at i: walk back over volition words to an agent ("I will", "someone should"), an imperative start, or "let's". */
function actorBefore(tokens: readonly Token[], i: number): Actor | null {
  let k = i - 1;
  let volition = false;
  let neg = false;
  while (k >= 0 && (VOLITION.has(w(tokens, k)) || NEGATORS.has(w(tokens, k)))) {
    if (NEGATORS.has(w(tokens, k))) neg = true;
    else volition = true;
    k--;
  }
  const agent = w(tokens, k);
  const imperative = k < 0 || CLAUSE_BREAK.has(agent) || agent === ',' || tokens[k]?.mention === true;
  const lets = agent === 'let' || agent === "let's" || agent === 'lets' || (agent === 'us' && w(tokens, k - 1) === 'let');
  // "can someone (please) go run over the ref?": a request to whoever reads is a call to act
  // ("someone dox this guy": "someone" straight before the bare verb is a call too)
  // ("anyone near Dayton want to go beat this man up?", "who's gonna be the one to finally shoot the governor?")
  // ("is there no one willing to torch that clinic?")
  const volunteer = tokens[tokens.length - 1]?.w === '?' && tokens.slice(Math.max(0, k - 6), i).some((t, n, a) => ['anyone', 'anybody', 'someone', 'somebody', 'volunteers', 'nobody'].includes(t.w) || (['the', 'no'].includes(t.w) && a[n + 1]?.w === 'one' && (t.w === 'no' || a[n + 2]?.w === 'to')));
  const asked = volunteer || ['someone', 'somebody', 'anyone', 'anybody'].includes(agent) && (['can', 'could', 'will', 'would'].includes(w(tokens, k - 1)) || (k === i - 1 && (k === 0 || CLAUSE_BREAK.has(w(tokens, k - 1)) || tokens[k - 1]?.punct === true)));
  // ("ill stab u", "ima kil u": the agent and the will in one word)
  const byAgent = (AGENTS.has(agent) && (volition || SELF_WILLED.has(agent))) || asked || (volunteer && !neg);
  if (!imperative && !lets && !byAgent) {
    // "let's find him after the game and beat him senseless", "we should go to his house and drag him out": the second
    // verb of "X and Y" shares the first one's agent
    if (agent !== 'and' && w(tokens, k + 1) !== 'and') return null;
    for (let j = k; j >= Math.max(0, k - 10) && !CLAUSE_BREAK.has(w(tokens, j)); j--) {
      const x = w(tokens, j);
      if (x === 'lets' || x === "let's" || (x === 'us' && w(tokens, j - 1) === 'let')) return { k: j, agent: 'lets', byAgent: false, lets: true, neg };
      if (AGENTS.has(x) && VOLITION.has(w(tokens, j + 1)) && !NEGATORS.has(w(tokens, j + 1)) && !NEGATORS.has(w(tokens, j + 2))) return { k: j, agent: x, byAgent: true, lets: false, neg };
    }
    return null;
  }
  if (neg && !byAgent) return null;
  return { k, agent, byAgent, lets, neg };
}

/** What is put into a person to kill them: "put a bullet in his head". */
const LODGED = new Set(['bullet', 'bullets', 'knife', 'blade', 'round', 'rounds', 'slug', 'slugs', 'cap', 'hole', 'holes']);

/** "Somebody should put a bullet in that senator's head", "I'll put a knife in you": a weapon lodged in a person. */
function lodgedIn(tokens: readonly Token[], i: number): Found | null {
  if (!['put', 'pump', 'stick', 'plant', 'shove', 'lodge'].includes(w(tokens, i))) return null;
  const o = ['a', 'one', 'two', 'some', 'six', 'three'].includes(w(tokens, i + 1)) ? i + 2 : i + 1;
  if (!LODGED.has(w(tokens, o)) || !['in', 'into', 'through', 'between'].includes(w(tokens, o + 1))) return null;
  const p = o + 2;
  let end = -1;
  if (POSSESSIVES.has(w(tokens, p)) && BODY.has(w(tokens, p + 1))) end = p + 1;
  else {
    const who = personAt(tokens, p);
    if (who >= 0) end = w(tokens, who + 1) === "'s" && BODY.has(w(tokens, who + 2)) ? who + 2 : BODY.has(w(tokens, who + 1)) ? who + 1 : who;
  }
  // ("put a knife in the dishwasher", "a hole in the wall": no person)
  if (end < 0) return null;
  const a = actorBefore(tokens, i);
  if (!a) return null;
  const from = a.byAgent || a.lets ? Math.max(0, a.k) : i;
  const confidence = (a.byAgent ? 0.85 : 0.75) * (a.neg ? 0.4 : 1);
  return { from, to: end, confidence, explain: `calls for a weapon in a person ('${w(tokens, i)} a ${w(tokens, o)} in ...')${a.neg ? '; negated, so confidence lowered' : ''}` };
}

/** How a beating ends in harm: "until she stops moving", "until he bleeds". */
const UNTIL_HARM = new Set(['stops', 'stop', 'dies', 'die', 'bleeds', 'bleed', 'passes', 'begs', 'beg', 'cries', 'cry', 'breaks', 'is', 'are']);
/** Animals one owns, threatened to threaten their owner ("that mutt of yours"). */
const OWNED_ANIMALS = new Set(['mutt', 'dog', 'cat', 'horse', 'pooch', 'mongrel', 'puppy', 'kitten', 'parrot', 'pony']);
/** Words that make one verb with the violent verb after them: "curb stomp", "pistol whip", "sucker punch". */
const VERB_LEADS = new Set(['curb', 'pistol', 'sucker']);

/** What follows "and" after "hunt you down" or "track him down" that keeps it a threat, not an errand. */
const MENACING_AFTER = /^(?:make|making) (?:you|u|him|her|them|your|ur|his|their)(?: \w+)? (?:pay|suffer|bleed|watch|beg|regret|cry|scream|disappear|sorry)\b|^(?:take|took|get|drop) (?:you|u|him|her|them)(?: out| down| apart| away)?(?: [.!,]|$| and| tonight| now)|^(?:take|took) (?:your|ur|his|their) (?:kids|children|wife|husband|family|daughter|son)\b|^(?:end|finish|bury|hurt|kill|break|smash|teach) (?:you|u|him|her|them|your|ur|his|their)\b|^give (?:you|u|him|her|them) (?:a )?(?:hiding|beating|kicking|slap|smack)\b/;

/** The act after the "and" at `andAt` is menacing: "... and make your kids watch", "... and give you a hiding". */
function menacingAfter(tokens: readonly Token[], andAt: number): boolean {
  if (andAt < 0) return false;
  const verb = tokens[andAt + 1]?.w ?? '';
  return MENACING_AFTER.test(tokens.slice(andAt + 1, andAt + 6).map((t) => t.w).join(' ')) || (VIOLENT.has(verb) && !FRIENDLY_AFTER_FIND.has(verb));
}

function violentAct(tokens: readonly Token[], i: number): Found | null {
  const v = w(tokens, i);
  const actor = actorBefore(tokens, VERB_LEADS.has(w(tokens, i - 1)) ? i - 1 : i);
  if (!actor) return null;
  const { k, agent, byAgent, lets, neg } = actor;
  // Whom: a person right after the verb (maybe after "the shit out of").
  let p = i + 1;
  // "beat the (living) hell / shit / daylights out of you"
  // ("choke the life out of you")
  if (['beat', 'kick', 'knock', 'punch', 'slap', 'choke', 'strangle'].includes(v) && w(tokens, p) === 'the') {
    const q = w(tokens, p + 1) === 'living' ? p + 2 : p + 1;
    if (BEATEN_OUT.has(w(tokens, q)) && w(tokens, q + 1) === 'out' && w(tokens, q + 2) === 'of') p = q + 3;
  }
  // "run over the ref", "beat up that guy": the particle before the person
  if (['over', 'down', 'up', 'out'].includes(w(tokens, p)) && NEEDS_COMPLEMENT[v]?.includes(w(tokens, p)) && personAt(tokens, p + 1) >= 0) p++;
  // "cut off your fingers", "rip out his tongue": the particle before a body part of someone's
  if (['off', 'out'].includes(w(tokens, p)) && ['cut', 'chop', 'rip', 'tear', 'slice'].includes(v) && (POSSESSIVES.has(w(tokens, p + 1)) || (['both', 'all'].includes(w(tokens, p + 1)) && POSSESSIVES.has(w(tokens, p + 2))))) p++;
  // "break both your legs", "smash all his teeth in", "rip all your teeth out"
  if (['both', 'all'].includes(w(tokens, p)) && POSSESSIVES.has(w(tokens, p + 1))) p++;
  // "rip your throat out", "rip him apart": only with a body part or "apart" ("rip the band-aid off", "rip you a copy" pass)
  if ((v === 'rip' || v === 'tear') && !tokens.slice(p, p + 4).some((t) => NEEDS_COMPLEMENT[v]?.includes(t.w))) return null;
  let target = personAt(tokens, p);
  let end = target;
  // "break your neck", "smash his face"
  if (target < 0 && POSSESSIVES.has(w(tokens, p))) {
    target = p;
    end = p + 1;
  }
  // "skin that mutt of yours", "shoot that husband of hers": someone's own, named after the noun
  if (target < 0 && ['that', 'this'].includes(w(tokens, p)) && w(tokens, p + 2) === 'of' && ['yours', 'his', 'hers', 'theirs'].includes(w(tokens, p + 3)) && (PERSON_WORDS.has(w(tokens, p + 1)) || PETS_AND_CHILDREN.has(w(tokens, p + 1)) || OWNED_ANIMALS.has(w(tokens, p + 1))) && (STRONG_VIOLENT.has(v) || v === 'skin' || v === 'drown' || v === 'poison')) {
    target = p + 1;
    end = p + 3;
  }
  // "let's hang the traitors", "shoot those scumbags": people named by an insult
  if (target < 0 && ['the', 'those', 'these'].includes(w(tokens, p)) && INSULT_NOUNS.has(w(tokens, p + 1)) && (STRONG_VIOLENT.has(v) || v === 'hang') && !['joke', 'jokes', 'tool', 'tools', 'trash', 'garbage', 'filth', 'rubbish', 'crap', 'shit', 'mess'].includes(w(tokens, p + 1))) {
    target = p + 1;
    end = p + 1;
  }
  if (target < 0) return null;
  if (w(tokens, end) === 'all') end++;
  const after = w(tokens, end + 1);
  // "shoot me a message", "kill you at chess" still violent?  The object noun makes shoot an idiom.
  // ("shoot you the second you walk out": a moment, not a message)
  const moment = after === 'the' && ['second', 'minute', 'moment', 'instant', 'day', 'next'].includes(w(tokens, end + 2));
  if ((v === 'shoot' || v === 'hit' || v === 'drop' || v === 'smoke') && IDIOM_OBJECTS.has(after) && w(tokens, end) !== 'your' && !moment) return null;
  // ("we'll smoke them out of the den": flushed out, not shot)
  if (v === 'smoke' && after === 'out') return null;
  if ((v === 'kill' || v === 'destroy' || v === 'crush' || v === 'murder' || v === 'knock' || v === 'beat' || v === 'smoke') && ['at', 'in', 'on', 'with'].includes(after) && (['chess', 'game', 'games', 'the', 'ping', 'pong', 'trivia', 'karaoke', 'sales', 'golf', 'tennis', 'fifa', 'rock', 'mario', 'cod', 'fortnite', 'darts', 'pool', 'cards', 'poker', 'scrabble', 'monopoly', 'madden', 'smash', 'tekken', 'uno', 'wordle', 'quiz', 'badminton', 'squash', 'padel', 'bowling'].includes(w(tokens, end + 2)) || (w(tokens, end + 2) === 'five' && w(tokens, end + 4) === 'side') || GAME_WORDS.has(w(tokens, end + 2)))) return null;
  // ("finish him off with a drop shot", "track him down on LinkedIn", "deck him out in the new kit": the softer verbs need
  // someone who says they will, not a bare command, and no game or errand)
  if (SOFT_VIOLENT.has(v) && !byAgent && !lets) return null;
  if (v === 'deck' && ['out', 'the', 'halls'].includes(w(tokens, end + 1))) return null;
  // "hang him", "drag him out and hang him": a lynching called for, with no rope named ("hang them in the hall" is pictures)
  if (v === 'hang' && w(tokens, end + 1) === 'up') return null;
  const hanged = ['hang', 'beat'].includes(v) && (['him', 'her'].includes(w(tokens, target)) || tokens[target]?.mention === true || (v === 'hang' && target > p)) && (!tokens[end + 1] || tokens[end + 1]?.punct || ['and', 'for', 'high', 'already', 'now'].includes(w(tokens, end + 1)));
  // "beat her until she stops moving": the beating's end is the person's
  const untilHarm = ['beat', 'kick', 'choke', 'punch', 'stomp'].includes(v) && w(tokens, end + 1) === 'until' && ['she', 'he', 'they', 'you', 'u'].includes(w(tokens, end + 2)) && (UNTIL_HARM.has(w(tokens, end + 3)) || (['can', 'cannot'].includes(w(tokens, end + 3)) && (w(tokens, end + 3) === 'cannot' || NEGATORS.has(w(tokens, end + 4))) && ['walk', 'breathe', 'move', 'stand', 'talk', 'see'].includes(w(tokens, end + (w(tokens, end + 3) === 'cannot' ? 4 : 5)))));
  const needs = hanged || untilHarm ? undefined : NEEDS_COMPLEMENT[v];
  if (needs) {
    const window = tokens.slice(i + 1, end + 4).map((t) => t.w);
    if (!needs.some((n) => window.includes(n))) return null;
    // ("I'll cut your face out of the group shot", "cut your hand-me-downs into rags": a picture cropped, a word that
    // starts with a limb; a cut limb needs "off", "out" or "open" unless it is a grave part: "cut your throat")
    if (['cut', 'slice', 'chop'].includes(v)) {
      const k = window.findIndex((x) => LIMBS.includes(x));
      if (k >= 0 && (tokens.some((t) => PHOTO_WORDS.has(t.w) || ['shot', 'picture', 'pic', 'pics', 'crop', 'cropped', 'selfie', 'image', 'edit', 'frame'].includes(t.w)) || tokens[i + 1 + k + 1]?.raw === '-')) return null;
      if (k >= 0 && !['throat', 'neck', 'tongue', 'eyes', 'eye', 'heart', 'balls', 'dick', 'cock', 'guts', 'face', 'legs', 'arms'].includes(window[k] ?? '') && !tokens.slice(i + 1, i + k + 5).some((t) => ['off', 'out', 'open', 'up'].includes(t.w))) return null;
    }
    // ("chop your hands off the wheel", "cut your fingers off the list": taken off a thing, not off the body)
    if (['chop', 'cut'].includes(v) && window.some((x, n) => LIMBS.includes(x) && window[n + 1] === 'off' && ['the', 'that', 'this', 'my', 'of'].includes(window[n + 2] ?? w(tokens, i + 1 + n + 2)))) return null;
    // ("breaking your legs of lamb into chops": meat, not a body)
    if (window.some((x, n) => needs.includes(x) && BODY.has(x) && window[n + 1] === 'of')) return null;
    if (v === 'find' && !window.includes('and') && !window.includes('where')) return null;
    // ("pick him off the floor", "ram the kids into the car", "smash his legs day at the gym": lifted, packed in, a workout)
    if (v === 'pick' && ['the', 'a', 'my', 'your', 'his', 'her', 'our', 'their'].includes(w(tokens, end + 2))) return null;
    if (v === 'ram' && window.includes('into') && !tokens.slice(end + 1, end + 8).some((t) => ['wall', 'walls', 'hedge', 'barrier', 'fence', 'ditch', 'river', 'lake', 'tree', 'lamppost', 'railings', 'traffic', 'road', 'canal', 'bollard'].includes(t.w))) return null;
    if (window.some((x, n) => BODY.has(x) && ['day', 'days', 'workout', 'session'].includes(window[n + 1] ?? ''))) return null;
  }
  // ("imma glass you a pint": a drink poured for someone)
  if (v === 'glass' && ['a', 'some', 'another'].includes(w(tokens, end + 1))) return null;
  // ("I'll track you down for the refund form", "I'll kidnap you for lunch lol": errands and treats)
  if (['track', 'kidnap', 'abduct', 'finish', 'mug', 'hunt'].includes(v)) {
    const after = tokens.slice(end + 1, end + 4).map((t) => t.w);
    const next = after[0] === 'down' || after[0] === 'off' ? 1 : 0;
    // ("hunt you down and make your kids watch", "... and take your kids": only a menacing act after "and" keeps the threat;
    // "... and make you breakfast", "... and pay you back" are errands)
    const andAt = tokens.findIndex((t, n) => n > end && n <= end + 6 && t.w === 'and');
    const errandAfterAnd = andAt > 0 && !menacingAfter(tokens, andAt);
    if (tokens.some((t) => FOND_MARKERS.has(t.w) || ['lol', 'lmao', 'haha', 'coffee', 'lunch', 'drinks', 'brunch', 'dinner', 'form', 'signature', 'invoice', 'refund', 'birthday'].includes(t.w)) || ['for', 'to', 'so'].includes(after[next] ?? '') || errandAfterAnd) return null;
  }
  const targetWord = w(tokens, target);
  // "cut them up into cubes", "hunt them down, the Easter eggs", "whip them until stiff": "them" with a verb that is also a
  // kitchen, garden or errand verb stands for things unless people are named in the sentence
  if (targetWord === 'them' && !STRONG_VIOLENT.has(v) && (v === 'knock' || !tokens.some((t) => ((PERSON_WORDS.has(t.w) && !PRONOUNS.has(t.w)) || PEOPLE_GROUP_WORDS.has(t.w) || t.mention)))) return null;
  // "kill them with kindness", "run her over to soccer", "find you and buy you a drink", "beat them up the hill",
  // "knock them out of the playoffs", "kick them to the curb", "shoot her on film": idioms and errands
  const a1 = w(tokens, end + 1);
  const a2 = w(tokens, end + 2);
  if (a1 === 'with' && ['kindness', 'love', 'compliments', 'boiling'].includes(a2)) return null;
  if (v === 'run' && a1 === 'over' && a2 === 'to') return null;
  if (v === 'find' && a1 === 'and' && FRIENDLY_AFTER_FIND.has(a2)) return null;
  if (v === 'beat' && a1 === 'up' && a2 === 'the') return null;
  if (v === 'knock' && a1 === 'out' && a2 === 'of') return null;
  if (v === 'kick' && a1 === 'to' && a2 === 'the') return null;
  if (v === 'shoot' && tokens.some((t) => PHOTO_WORDS.has(t.w))) return null;
  // "run her down to the station", "cut him up some strawberries", "knock him out with this bedtime story", "kill her with
  // this surprise party", "beat you up in Mario Kart", "hunt him down and get his autograph": errands, food, games, surprises
  const rest = tokens.slice(end + 1, end + 6).map((t) => t.w);
  if (['down', 'up', 'out'].includes(rest[0] ?? '') && ['to', 'some'].includes(rest[1] ?? '')) return null;
  // ("beat him up after the game" stays a threat: only a game played "in/at", or a surprise "with", is the setting)
  if (['up', 'down', 'out', 'over'].includes(rest[0] ?? '')) rest.shift();
  if (['in', 'at'].includes(rest[0] ?? '') && rest.slice(1, 4).some((x) => ['kart', 'mario', 'chess', 'fortnite', 'game', 'match', 'race', 'trivia', 'quiz', 'level', 'rock', 'fifa', 'scissors', 'darts', 'pool', 'cards', 'poker', 'arm', 'wrestling', 'tekken', 'smash', 'uno'].includes(x) || GAME_WORDS.has(x))) return null;
  if ((rest[0] === 'with' || rest[0] === 'in') && rest.slice(1, 4).some((x) => TREATS.has(x))) return null;
  if (rest.includes('autograph')) return null;
  if (v === 'find' && a1 === 'and' && ['pick', 'get', 'ask', 'grab', 'bring', 'take', 'drop'].includes(a2)) return null;
  if (v === 'hunt' && rest.includes('and') && rest.some((x) => FRIENDLY_AFTER_FIND.has(x) || ['get', 'ask', 'autograph'].includes(x)) && !menacingAfter(tokens, tokens.findIndex((t, n) => n > end && t.w === 'and'))) return null;
  // "you'll break your back moving that sofa", "kill your darlings": a warning about oneself, or a writing maxim
  if (['your', 'yourself'].includes(w(tokens, target)) && (agent === 'you' || ['darlings', 'darling'].includes(w(tokens, target + 1)))) return null;
  if (targetWord === 'everyone' || targetWord === 'all' || targetWord === 'someone') {
    if (!byAgent) return null;
  }
  const from = byAgent || lets ? Math.max(0, k) : i;
  let confidence = byAgent ? 0.85 : lets ? 0.8 : 0.7;
  if (agent === 'you') confidence -= 0.15;
  if (neg) confidence *= 0.4;
  const who = byAgent ? `'${agent}' says they will or should` : lets ? 'incites others to' : 'tells someone to';
  const end2 = Math.min(tokens.length - 1, needs ? Math.max(end, tokens.findIndex((t, j) => j >= p && needs.includes(t.w))) : end);
  return { from, to: end2, confidence, explain: `${who} '${v}' a person${neg ? '; negated, so confidence lowered' : ''}` };
}

/** Harm words (and the last word of the veiled threats) without which findThreats cannot match; a sentence with none skips it. */
const TRIGGERS = new Set<string>([...SHARED_ANCHORS, ...GERUNDS.keys(), ...HARM_PARTICIPLES, ...BODY_HARMED, 'wont', 'not', 'bag', 'born', 'man', 'ded', 'next', 'bak', 'terrible', 'awful', ...VIOLENT, ...VIOLENT_S.keys(), ...HARM_WISHES, ...HARM_GET, ...WELCOMED_HARM, 'kys', 'live', 'pay', 'lesson', 'back', 'dead', 'die', 'jump', 'ditch', 'hell', 'burns', 'crashes', 'explodes', 'fire', 'hole',
  // violence promised ("gets a bullet")
  'bullet', 'beating', 'kicking', ...LODGED,
  // the anchors of setHarm
  'put', 'make', 'rough', 'drag', 'dragging', 'bringing', 'bring', 'throw', 'throws', 'every', 'shame', 'pity', 'sleep', 'six', 'better', 'leave', 'leaves', 'blood', 'know', ...VANDAL_VERBS, ...MISHAPS,
  // the anchors of foretoldHarm: each of its phrases holds one of these ("for good" a silencing word, "so tough" its adjective)
  'hope', 'hoping', 'wishing', 'wish', 'name', 'between', 'leak', 'publish', 'post', 'posting', 'drop', 'dropping', 'share', 'sharing', 'leaking', 'publishing', 'bullet', 'beating', 'dead', 'found', 'carried', 'hunted', 'leaving', 'unrecognizable', 'unrecognisable', 'eating', 'picking', ...TRAFFIC, 'permanently', ...SILENCING, 'numbered', 'coming', 'enjoy', 'tough', 'brave', 'cocky', 'mouthy', 'string', 'deserves', 'deserve', 'happens', 'happen', 'alone', 'getting', 'smirk', 'smile', 'grin', 'face', 'sinks']);

/** What "whoever" did to be the butt of a hyperbolic threat: made or scheduled a thing. */
const INVENTED = new Set(['invented', 'designed', 'made', 'came', 'thought', 'decided', 'wrote', 'scheduled', 'created', 'named', 'put', 'started', 'approved', 'picked', 'chose']);

/** Kitchens, water fights and safety talk where "watch your back" and a weapon emoji are play or care: "new chef knife 🔪 watch your back, onions". */
const PLAYFUL_ARMS = new Set(['chef', 'chefs', 'kitchen', 'onions', 'onion', 'nerf', 'water', 'paintball', 'laser', 'airsoft', 'squirt', 'bbq', 'safe', 'careful']);

/** Weapons and death drawn as emoji, which the words of a sentence do not carry: "See you tomorrow 🔪🔪🔪". */
const WEAPON_EMOJI = /🔪|🔫|🗡|🪓|⚰|🩸/u;
/** What makes a weapon emoji a promise to someone: a time, a meeting, a warning. */
const EMOJI_CUES = new Set(['tomorrow', 'tonight', 'soon', 'next', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'see', 'coming', 'keep', 'watch', 'wait', 'hi', 'ready', 'later', 'outside']);
/** What makes it a kitchen, a game or praise: "knife skills class tomorrow 🔪", "we're killing it 🔫". */
const EMOJI_INNOCENT = new Set(['chef', 'cook', 'cooking', 'kitchen', 'recipe', 'knife', 'knives', 'sharp', 'chopping', 'chop', 'onions', 'steak', 'bbq', 'cake', 'game', 'gaming', 'squad', 'killing', 'slay', 'slayed', 'nailed', 'crushed', 'class', 'skills', 'halloween', 'costume', 'movie', 'film', 'show', 'episode', 'party', 'butcher', 'fireworks', 'bomb', 'lol', 'lmao', 'haha']);

/**
 * "See you tomorrow 🔪🔪🔪", "You're next 🔫", "Tell your wife I said hi 🔪", "@jake ⚰️ soon": a weapon or a coffin drawn
 * beside words aimed at someone, with a time or a meeting. Kitchens, games, praise and costumes pass.
 */
function emojiThreat(text: string, tokens: readonly Token[]): Found | null {
  if (!WEAPON_EMOJI.test(text) || tokens.length > 14) return null;
  // ("🔫👈 you", "keep it up and 🔪🩸": the weapon pointed at the reader, or promised on a condition)
  if (/[🔪🔫🗡🪓]\uFE0F?\s*(?:👈|👉)\S*\s*(?:you|u)\b/iu.test(text) || /\bkeep (?:it|this|that) up\b[^.!?]*?(?:🔪|🔫|🗡|🪓|⚰|🩸)/iu.test(text)) return { from: 0, to: tokens.length - 1, confidence: 0.7, explain: 'threat (a weapon drawn as an emoji, pointed at the reader or promised on a condition)' };
  const aimed = tokens.some((t) => t.mention || ['you', 'u', 'ur', 'your', 'ya'].includes(t.w));
  if (!aimed) return null;
  const innocent = tokens.some((t) => EMOJI_INNOCENT.has(t.w) || GAME_WORDS.has(t.w) || STORY_OR_PET.has(t.w) || PLAYFUL_ARMS.has(t.w));
  // ("watch your back when you leave the gym tonight 🔪": a cue of menace needs no time or meeting beside the weapon)
  const cue = innocent ? null : menaceCue(tokens.map((t) => t.w));
  if (cue) return { from: 0, to: tokens.length - 1, confidence: 0.7, explain: `threat (a weapon drawn as an emoji beside a menacing phrase: ${cue === 'unsafe' ? 'safety denied' : 'an end coming'})` };
  if (innocent || !tokens.some((t) => EMOJI_CUES.has(t.w)) || tokens.some((t) => ERRANDS.has(t.w) || PETS_AND_CHILDREN.has(t.w))) return null;
  return { from: 0, to: tokens.length - 1, confidence: 0.65, explain: 'threat (a weapon drawn as an emoji beside words aimed at someone)' };
}

/** Whether the sentence holds a word any threat reading starts from: the prefilter for reading threats at groups too. */
export function mayThreaten(tokens: readonly Token[]): boolean {
  return tokens.some((t) => VIOLENCE_WORDS.has(t.w) || SHAPE_HARMS.has(t.w));
}
/** The harm words of threat-shapes.ts that are not violent verbs: a group sentence holding one is read for a threat. */
const SHAPE_HARMS = new Set(['brick', 'bricks', 'rope', 'noose', 'gallows', 'van', 'indoors', 'hide', 'blood', 'dead', 'teach', 'bullet', 'bullets', 'hammer', 'machete', 'axe', 'crowbar', 'crowbars', 'hammers', 'machetes', 'axes', 'slashed', 'smashed', 'stringing', 'kicking', 'ambulance', 'skull', 'cave', 'list', 'medal', 'service', 'flamethrower', 'petrol', 'molotov', 'ambulance', 'stretcher', 'daisies', 'cliff', 'torching', 'bombed', 'firebombed', 'lorry', 'truck', 'strangled', 'slit', 'glassed', 'kneecapped', 'throttled', 'drowned', 'gassed', 'knocked', 'fist', 'fists', 'boot', 'blade', 'acid', 'elbow', 'fingers', 'legs', 'arms', 'kneecaps', 'jaws', 'necks', 'skulls', 'hunting', 'bleed',
  // (the verbs and arms of the verb grammar's softer senses and of the later shapes: "glass the next ...", "running over")
  'glass', 'gunning', 'gunned', 'mowing', 'mown', 'ramming', 'picking', 'running', 'fire', 'flames', 'alight', 'rocks', 'stones', 'bottles',
  'shotgun', 'ammo', 'bat', 'bats', 'bleach', 'strung', 'stoning', 'hanging', 'lynching', 'gassing', 'flogging', 'killing', 'attacking', 'hitler', 'nazis', 'hero', 'heroes', 'legend', 'legends', 'pint',
  'hiding', 'beating', 'kicking', 'thrashing', 'belting', 'leathering', 'blown', 'dogs', 'feet', 'piece', 'alive', 'accident', '40s', 'holocaust', 'take', 'taking',
  // (floggings and the noose brought back, intensive care)
  'floggings', 'hangings', 'intensive', 'ditch',
  // (the vehicles a vehicle shape drives: "gonna drive my car straight through that Pride parade")
  'car', 'vans']);
/** Words of violence itself, in any form (not the everyday anchors "not", "back", "find" the threat readers also start from). */
const VIOLENCE_WORDS = new Set<string>([...VIOLENT, ...VIOLENT_S.keys(), ...GERUNDS.keys(), ...HARM_PARTICIPLES, ...BODY_HARMED, ...HARM_WISHES, ...HARM_GET, ...WELCOMED_HARM].filter((w) => !SOFT_VIOLENT.has(w) && !SOFT_VIOLENT.has(VIOLENT_S.get(w) ?? GERUNDS.get(w) ?? '') && !['run', 'runs', 'running', 'hit', 'end', 'ends', 'ending', 'cut', 'cuts', 'cutting', 'break', 'breaks', 'crack', 'dropped', 'popped', 'wasted', 'smoked', 'cancer', 'aids'].includes(w)));

/**
 * The threats a sentence makes, whoever they are aimed at: the grammar's readings, or else the cue reader's. run() keeps
 * those aimed at a person; group-attack reads the ones aimed at a protected group ("the next [member] I see is getting
 * punched").
 */
export function threatsIn(tokens: readonly Token[], prev: () => string | undefined, skipScored = false): Found[] {
  // (a sentence with none of the harm words may still hold one of round 19's menace phrases, which read only their own words)
  const triggered = tokens.some((t) => TRIGGERS.has(t.w));
  const parsed = triggered ? findThreats(tokens) : tokens.some((t) => MENACE_ANCHORS.has(t.w)) ? menacePhrases(tokens) : [];
  // (what the grammar does not parse, the cue reader may still read: "hope ur whole family dies in a fire")
  // (the harm told as what befalls someone: "the next one gets a hammer to the skull", threat-shapes.ts)
  const shaped = parsed.length ? null : shapeThreats(tokens.map((t) => t.w));
  if (shaped) return [shaped];
  const scored = parsed.length || skipScored ? null : scoredThreat(tokens, prev) ?? familyThreat(tokens, prev);
  if (scored) return [scored];
  const paid = parsed.length ? null : paidWithLife(tokens, prev);
  return paid ? [paid] : parsed;
}

/** The last reading: two families of menace aimed at the reader (threat-families.ts), with the cue reader's stand-downs. */
function familyThreat(tokens: readonly Token[], prev: () => string | undefined): Found | null {
  const before = neighbour(prev);
  const t = menaceThreat(tokens.map((x) => x.w), () => before.words());
  return t ? { from: t.from, to: t.to, confidence: t.confidence, explain: t.explain } : null;
}

/** "You will PAY for this. WITH YOUR LIFE.": the price named in a sentence of its own after the promise to make pay. */
function paidWithLife(tokens: readonly Token[], prev: () => string | undefined): Found | null {
  // (the price ends the sentence: "With your life savings." is a price of another kind)
  if (tokens.length > 6 || w(tokens, 0) !== 'with' || !['your', 'ur', 'his', 'her', 'their'].includes(w(tokens, 1)) || !['life', 'lives', 'blood'].includes(w(tokens, 2)) || /^[a-z]/.test(w(tokens, 3))) return null;
  const before = (prev() ?? '').toLowerCase();
  if (!/\b(?:you|u|ya|he|she|they)(?:'ll| will| are gonna| are going to| is gonna| is going to| gonna)? pay\b/.test(before) || /\b(?:card|cash|points|savings|credit)\b/.test(before)) return null;
  return { from: 0, to: 2, confidence: 0.75, explain: "threat ('pay ... with your life')" };
}

/** A call for violence against a class of people or a role, read by the protected rules' backstop (threat-at-people.ts). */
function atPeopleThreat(tokens: readonly Token[]): Found | null {
  const b = threatAtPeople(tokens);
  return b ? { from: 0, to: tokens.length - 1, confidence: 0.75, explain: `threat at people (${b.what.replace(/the group/g, 'them')})` } : null;
}

/**
 * A threat to one person veiled in a family of its own (threat-veiled.ts), not in quotation marks (a film's line, a message
 * reported to the police). A short sentence finishing the one before it is read with it ("Loading the shotgun now. You know
 * who you are.").
 */
function veiledThreatIn(tokens: readonly Token[], prev: () => string | undefined): Found | null {
  if (tokens.some((t) => /^["“”‘]/.test(t.raw) || /["“”]$/.test(t.raw))) return null;
  const words = tokens.map((t) => t.w);
  // (the sentence before is read only for a short one that may finish it)
  return veiledThreat(words) ?? (mayFinishVeiled(words) ? veiledAcross(neighbour(prev).words(), words) : null);
}

function run(input: DetectorInput): DetectorHit[] {
  const tokens = tokenize(input);
  const emoji = tokens.length ? emojiThreat(input.text, tokens) : null;
  const found = threatsIn(tokens, () => input.prev, emoji !== null);
  // The last two readings run only here, so that group-attack's reading of threatsIn stays its own.
  if (!emoji && found.length === 0) {
    const last = atPeopleThreat(tokens) ?? veiledThreatIn(tokens, () => input.prev);
    if (!last) return [];
    found.push(last);
  }
  const direct = findGroups(tokens);
  // (one member named after "a" or "any" is a group's member to the protected rules' threat reading too)
  const groups = [...direct, ...singularMembers(tokens, direct)];
  const hits: DetectorHit[] = [];
  for (const f of [...(emoji ? [emoji] : []), ...found]) {
    // "kill all [group]" is a call for violence against a protected group: the protected rules own it.
    // (a shape's harm may name its victim just after it: "cave in the skull of the first [member] I see")
    const reach = f.explain.startsWith(SHAPE_PREFIX) ? 4 : 2;
    if (groups.some((g) => g.to >= f.from && g.from <= f.to + reach) || toldToGroup(tokens, groups, f.from)) continue;
    // "Mondays are the worst, I want to kill them": "them" stands for the things named before, and no person is named
    if (['them', 'it'].includes(w(tokens, f.to)) && tokens.slice(0, f.from).some((t) => THING_WORDS.has(t.w) && /s$/.test(t.w)) && !tokens.slice(0, f.from).some((t) => PERSON_WORDS.has(t.w) && !THING_WORDS.has(t.w) || t.mention)) continue;
    // "I'm gonna strangle whoever invented 8am lectures": the target is whoever made a thing, a figure of speech
    if (tokens.slice(f.from, Math.min(tokens.length, f.to + 3)).some((t, n, a) => t.w === 'whoever' && INVENTED.has(a[n + 1]?.w ?? ''))) continue;
    const first = tokens[Math.max(0, f.from)] as Token;
    const last = tokens[Math.min(tokens.length - 1, f.to)] as Token;
    if (hits.some((h) => h.start <= first.start && h.end >= last.end)) continue;
    const ctx = applyContext(f.confidence, f.explain, mentionContext(input.text, tokens, f.from, f.to));
    hits.push({ start: first.start, end: last.end, confidence: Math.round(ctx.confidence * 100) / 100, explain: ctx.explain, tags: ['threat'] });
  }
  return hits;
}

export const THREAT: DetectorSpec = {
  id: 'language.threat',
  description: 'Threats, incitement and wishing harm on a person; figures of speech ("killing it", "shoot me a message") pass.',
  scope: 'sentence',
  // No keywords: cheap token pass, and misspelt verbs are repaired only after tokenising.
  validateOptions: noOptions,
  create() {
    return run;
  },
};
