/**
 * `language.insult`: insults, name-calling and profanity aimed at people, including masked forms
 * ("f***ing moron", "b*tch"). An insulting word counts only when something aims it at a person (see
 * target.ts); profanity that is not aimed at anyone ("this f***ing bug", "holy shit, we shipped") and
 * criticism of things ("this printer is useless") never match. A generalisation about a protected group
 * is left to the protected rules, so "[group] are idiots" is protected only.
 */
import type { DetectorHit, DetectorInput, DetectorSpec } from '../../types';
import { applyContext, mentionContext } from './context';
import { identityAdjective, INSULT_NAMES_FOR_WOMEN } from './lexicon/groups';
import { findGroupPronouns, findGroups, hasGroupPronoun, neighbourGroups, pointsAtOne, toldToGroup } from './find-groups';
import { DEHUMANISING, NEGATIVE_ATTRIBUTES, PEOPLE_GROUP_WORDS, PETS_AND_CHILDREN, INSULT_ADJECTIVES, INSULT_NOUNS as LEXICON_INSULT_NOUNS, PERSON_INSULT_NOUNS, MASKABLE, PERSON_NEGATIVE, PERSON_PREDICATE, PERSON_WORDS, PROFANITY, THING_WORDS, WEAK_INSULT_NOUNS, ANIMALS } from './lexicon/words';
import { readPredicate } from './predicate';
import { FRAME_ANCHORS, MOCK_TITLES, framedPutDown } from './put-down-frames';
import { praiseIn } from './fondness';
import { aimAt, STANCE_ADVERBS, subjectBefore } from './target';
import { insultShape, shapeGate } from './insult-shapes';
import { unglue } from './segment';
import { CLAUSE_BREAK, NEGATORS, tokenize, type Token } from './tokens';
import { noOptions } from '../options';

/** A dog breeder's words, beside which a bitch is a female dog. */
const DOG_WORDS = new Set(['kennel', 'kennels', 'greyhound', 'greyhounds', 'puppies', 'puppy', 'pups', 'litter', 'litters', 'whelp', 'whelped', 'whelping', 'breeder', 'breeders', 'stud', 'sire', 'pedigree', 'spayed', 'spay', 'crufts', 'lurcher', 'lurchers', 'hounds', 'hound', 'vet', 'vets']);

/** Gendered insults the protected rules also read as a name for women ("bitches belong in the kitchen"). */
const SLUR_GROUP_NOUNS = new Set(INSULT_NAMES_FOR_WOMEN);

/** The shared insult nouns and the ones only the inflammatory rules read. */
const INSULT_NOUNS = new Set([...LEXICON_INSULT_NOUNS, ...PERSON_INSULT_NOUNS]);

/** Words after an insult noun that make it part of an ordinary compound ("clown show", "dummy data"). */
const COMPOUND_AFTER = new Set(['show', 'proof', 'car', 'case', 'race', 'data', 'test', 'tests', 'account', 'variable', 'mode', 'load', 'run', 'face', 'fish', 'farm', 'pit', 'latin', 'feet', 'bag', 'kit', 'box', 'shed', 'belt', 'chain', 'set', 'tip', 'bar', 'tail', 'hunt', 'hunter', 'hunters', 'doctor', 'eye', 'oil', 'charmer', 'pie', 'bite', 'poop', 'pen', 'sandwich', 'teller', 'tellers', 'fan', 'fans', 'farmer', 'farmers', 'catcher', 'catchers', 'keeper', 'keepers', 'chicken', 'bracket', 'brackets', 'proof', 'buys', 'pays']);
/** Faults too mild or too often teasing for "how X he is" ("you know how lazy they are on Mondays"). */
const MILD_HOW = new Set(['lazy', 'fat', 'ugly', 'dirty', 'smelly', 'stinking', 'gross', 'thick', 'dense', 'fucking', 'fuckin', 'effing', 'bloody', 'damn', 'goddamn', 'filthy', 'stubborn', 'dumb']);
/** Political name-calling that insults a camp wherever it stands ("right-wing conservatards to mock us", "demonrats"). */
const POLITICAL_NAME_CALLING = /^(?:(?:lib|libera|conserva|demon|repub|dem|trump)tards?|demonrats?|demorats?|democraps?|dumbocrats?|dumocrats?|rethuglicans?|repuglicans?|repugnicans?|libturds?)$/;
/** Compound insults: "fuckwad", "shitbiscuit", "dickweed", "douchecanoe". */
const COMPOUND_INSULT = /^(?:lib|libera|conserva|demon|repub|dem|trump)tards?$|^(fuck|shit|dick|ass|douche|cock|cunt|piss|twat|scum|dumb|butt|knob|jerk|bitch|dip)(ass|face|head|wit|wad|stain|bag|hole|biscuit|lord|nugget|weasel|sucker|brain|muncher|licker|goblin|weed|canoe|nozzle|clown|burger|tard|monkey|fuck)s?$/;
/** Profanity and its target run together: "fuckoff", "fuckyou", "fuckem". */
const GLUED_AT = new Set(['fuckoff', 'fuckyou', 'fuckyourself', 'fuckhim', 'fuckher', 'fuckem', 'fuckthem', 'fucku', 'fuckoffs']);
const PROFANE_TARGETS = new Set(['you', 'him', 'her', 'them', 'yourself', 'yourselves', 'off', 'your', 'himself', 'herself', 'themselves', 'u']);

interface Found {
  from: number;
  to: number;
  confidence: number;
  explain: string;
  tag: 'insult' | 'profanity';
}

function w(tokens: readonly Token[], i: number): string {
  return tokens[i]?.w ?? '';
}

/** "piece of shit", "waste of space", "son of a bitch": multi-word insult nouns, as [from, to]. */
function phraseNoun(tokens: readonly Token[], i: number): number {
  const a = w(tokens, i);
  const b = w(tokens, i + 1);
  const c = w(tokens, i + 2);
  const WORTHLESS = ['shit', 'crap', 'garbage', 'trash', 'filth', 'work', 'dirt', 'scum'];
  if ((a === 'piece' || a === 'pieces') && b === 'of' && WORTHLESS.includes(c)) return i + 2;
  // "peace of shit", "peice of crap": the phrase misspelt, as it often is
  if ((a === 'peace' || a === 'peice') && b === 'of' && ['shit', 'crap'].includes(c)) return i + 2;
  // "piece of human trash", "pieces of absolute garbage"
  if ((a === 'piece' || a === 'pieces') && b === 'of' && WORTHLESS.includes(w(tokens, i + 3)) && w(tokens, i + 3) !== 'work' && !tokens[i + 2]?.punct) return i + 3;
  if (a === 'waste' && b === 'of' && ['space', 'oxygen', 'skin', 'air', 'life', 'breath'].includes(c)) return i + 2;
  if (a === 'son' && b === 'of' && c === 'a' && w(tokens, i + 3) === 'bitch') return i + 3;
  if (a === 'low' && b === 'life' && !['insurance', 'expectancy', 'form', 'forms'].includes(c)) return i + 1;
  if (a === 'sack' && b === 'of' && ['shit', 'crap'].includes(c)) return i + 2;
  // "human garbage", "a piece of human trash" (above), "soy boy"
  if (a === 'human' && ['garbage', 'trash', 'waste', 'scum', 'filth', 'excrement', 'debris'].includes(b)) return i + 1;
  if (a === 'soy' && (b === 'boy' || b === 'boys')) return i + 1;
  if ((a === 'wack' || a === 'whack' || a === 'nut') && (b === 'job' || b === 'jobs')) return i + 1;
  // "a pathetic excuse for a manager", "an excuse for a human being": a person held up as a failed instance of one
  if (a === 'excuse' && b === 'for' && ['a', 'an'].includes(c) && ['pathetic', 'sorry', 'poor', 'sad', 'lousy', 'miserable', 'pitiful', 'an', 'worthless', 'shitty', 'piss-poor', 'feeble'].includes(w(tokens, i - 1)) && (PERSON_WORDS.has(w(tokens, i + 3)) || w(tokens, i + 3) === 'human')) return w(tokens, i + 3) === 'human' && w(tokens, i + 4) === 'being' ? i + 4 : i + 3;
  // "a two-faced liar", "a suck-up", "a back-stabber": hyphenated names split by the tokenizer
  if (a === 'two' && b === 'faced') return i + 1;
  if (['suck', 'brown', 'back'].includes(a) && ['up', 'ups', 'noser', 'nosers', 'stabber', 'stabbers', 'stabbing'].includes(b) && ['a', 'an', 'such', 'total', 'complete', 'spineless', 'lying', 'little', 'you', 'is', 'are'].includes(w(tokens, i - 1)) && !(a === 'suck' && !['up', 'ups'].includes(b)) && !(a === 'brown' && !b.startsWith('noser')) && !(a === 'back' && !b.startsWith('stabb'))) return i + 1;
  if (a === 'nut' && (b === 'case' || b === 'cases')) return i + 1;
  // "enemy of the people": the old name for a traitor to be purged, thrown at politicians and reporters
  if ((a === 'enemy' || a === 'enemies') && (b === 'of' || b === 'to') && c === 'the' && ['people', 'state'].includes(w(tokens, i + 3))) return i + 3;
  // "they look like meth heads", "a crack head": a person called an addict to scorn them
  if ((a === 'meth' || a === 'crack') && (b === 'head' || b === 'heads') && !['of', 'and'].includes(w(tokens, i - 1))) return i + 1;
  // "bee itch": profanity masked by spelling it out as sounds
  if ((a === 'bee' || a === 'beach') && b === 'itch') return i + 1;
  if (a === 'con' && ['man', 'men', 'artist', 'artists', 'woman'].includes(b)) return i + 1;
  // "a joke of a senator", "a disgrace of a coach": the role named after the verdict
  if (['joke', 'disgrace', 'embarrassment', 'farce', 'clown', 'travesty'].includes(a) && b === 'of' && (c === 'a' || c === 'an') && PERSON_WORDS.has(w(tokens, i + 3)) && !THING_WORDS.has(w(tokens, i + 3))) return i + 3;
  // "a crazy old bat", "senile old goat", "an old fossil": age made the insult
  if (a === 'old' && ['bat', 'bats', 'goat', 'goats', 'fossil', 'fossils', 'crank', 'cranks', 'coot', 'coots', 'geezer', 'geezers', 'fart', 'farts', 'hag', 'hags', 'codger', 'biddy'].includes(b) && !['cave', 'caves', 'house', 'farm', 'fuel', 'record', 'collection', 'exhibit', 'museum', 'of'].includes(c)) return i + 1;
  if (a === 'nepo' && (b === 'baby' || b === 'babies')) return i + 1;
  // "whiny babies", "knuckle-dragging cavemen", "know-nothings", "a propaganda mouthpiece": insults in two words
  if (['whiny', 'whiney', 'whining'].includes(a) && ['baby', 'babies', 'brat', 'brats', 'child', 'children', 'toddlers'].includes(b)) return i + 1;
  if (a === 'knuckle' && b === 'dragging' && c && !tokens[i + 2]?.punct) return i + 2;
  if (a === 'knuckle' && b === 'draggers') return i + 1;
  // ("a total know-nothing about wine": a gap owned up to)
  if (a === 'know' && (b === 'nothings' || (b === 'nothing' && ['a', 'total', 'complete'].includes(w(tokens, i - 1)))) && c !== 'about') return i + 1;
  if (a === 'propaganda' && ['mouthpiece', 'mouthpieces', 'puppet', 'puppets', 'stooge', 'shill'].includes(b)) return i + 1;
  // "a petty tyrant", "a tinpot dictator", "an old dinosaur", "a cancer on this team" need the contempt in the phrase: bare
  // "Stalin was a dictator" and "Yoshi is a dinosaur" are descriptions
  if (['petty', 'tinpot', 'wannabe', 'little'].includes(a) && ['tyrant', 'tyrants', 'dictator', 'dictators', 'hitler'].includes(b)) return i + 1;
  if (a === 'old' && (b === 'dinosaur' || b === 'dinosaurs') && !['exhibit', 'bones', 'of', 'about'].includes(c)) return i + 1;
  // "drama queen", "race baiter", "dirt bag", "laughing stock": two-word names for a person that insult
  if (a === 'drama' && (b === 'queen' || b === 'queens')) return i + 1;
  if (a === 'race' && ['baiter', 'baiters', 'hustler', 'hustlers'].includes(b)) return i + 1;
  if (a === 'dirt' && (b === 'bag' || b === 'bags')) return i + 1;
  if (a === 'bottom' && (b === 'feeder' || b === 'feeders')) return i + 1;
  if (a === 'dregs' && b === 'of' && (c === 'society' || c === 'humanity' || c === 'the')) return c === 'the' ? i + 3 : i + 2;
  if (a === 'laughing' && b === 'stock') return i + 1;
  // "he is the lap dog of a billionaire", "a sick puppy": a servile or a twisted person (read only where a person is the
  // target: "my lap dog snores", "our sick puppy is at the vet" name no one)
  if (a === 'lap' && (b === 'dog' || b === 'dogs') && !['breed', 'breeds', 'bed', 'beds'].includes(c)) return i + 1;
  if (a === 'sick' && (b === 'puppy' || b === 'puppies') && ['a', 'such', 'one', 'real', 'total', 'complete', 'you'].includes(w(tokens, i - 1))) return i + 1;
  // "a pathetic excuse for a human (being)"
  if (a === 'excuse' && b === 'for' && (c === 'a' || c === 'an') && GENERIC_PERSON.has(w(tokens, i + 3)) && ['pathetic', 'sorry', 'poor', 'sad', 'lame', 'miserable', 'disgusting', 'worthless'].includes(w(tokens, i - 1))) {
    return i + (w(tokens, i + 3) === 'human' && w(tokens, i + 4) === 'being' ? 4 : 3);
  }
  return -1;
}

/** Words that make "can't fix stupid" a confession or a quoted saying. */
const FIX_STUPID_OFF = new Set(['my', 'myself', 'mine', 'own', 'sticker', 'saying', 'says', 'quote', 'told', 'shirt', 'mug', 'sign']);

/** Profanity thrown at someone: "fuck you", "go to hell", "shut the fuck up", "screw him". */
function profanityAt(tokens: readonly Token[], i: number): Found | null {
  const a = w(tokens, i);
  const b = w(tokens, i + 1);
  const ti = tokens[i + 1];
  // written as one word: "fuckoff", "fuckyou"
  if (GLUED_AT.has(a)) return { from: i, to: i, confidence: 0.8, explain: `profanity aimed at someone ('${a}')`, tag: 'profanity' };
  if ((a === 'fuck' || a === 'screw' || a === 'fk' || a === 'fck' || a === 'stuff') && ti) {
    // ("fuck the Tories", "screw our managers": a determiner, then the people)
    const determinedPeople = PERSON_WORDS.has(w(tokens, i + 2)) && ['the', 'our', 'my', 'your', 'that', 'this', 'all'].includes(b);
    const aimed = PROFANE_TARGETS.has(b) || ti.mention || determinedPeople || (PERSON_WORDS.has(b) && !THING_WORDS.has(b) && b !== 'it') || (/^[A-Z][a-z]+$/.test(ti.raw) && !THING_WORDS.has(b) && a !== 'screw' && a !== 'stuff');
    // "stuff you need for camping", "screw them into the studs": a list heading and DIY
    const listOrDiy = (a === 'stuff' && /^(need|can|will|ll|should|could|must|might|want|d)$/.test(w(tokens, i + 2))) || (a === 'screw' && tokens.slice(i + 2, i + 4).some((t) => ['into', 'onto', 'in', 'tight', 'down'].includes(t.w)));
    if (aimed && !listOrDiy && !(a === 'stuff' && b !== 'you')) return { from: i, to: determinedPeople ? i + 2 : i + 1, confidence: b === 'off' ? 0.8 : 0.85, explain: `profanity aimed at someone ('${a} ${b}')`, tag: 'profanity' };
  }
  // the word cut to a letter or said aloud: "go f yourself", "f off", "eff you", "shut the f up" ("F1", "f-stop", "the F
  // train", "an F in maths" are not it)
  // (a capital F only opening the sentence or after a comma: "Press F", "an F in maths", "Take the F off" are letters)
  const opensClause = i === 0 || tokens[i - 1]?.punct === true || tokens[i - 1]?.mention === true;
  const fWord = /^(?:f|eff+)$/.test(a) && (!/^F$/.test(tokens[i]?.raw ?? '') || opensClause);
  // ("F off the scale", "f off the wall": a preposition before a place)
  const offTold = b === 'off' && !['the', 'a', 'an', 'this', 'that', 'my', 'our'].includes(w(tokens, i + 2)) && (opensClause || ['just', 'go', 'now', 'can', 'pls', 'please', 'and', 'so'].includes(w(tokens, i - 1)));
  if (fWord && (offTold || ['you', 'u', 'ya', 'yourself'].includes(b) || /^you+$/.test(b) || ti?.mention) && !['an', 'a', 'the', 'grade', 'got', 'press', 'pay', 'an'].includes(w(tokens, i - 1))) return { from: i, to: i + 1, confidence: 0.75, explain: `profanity aimed at someone ('${a} ${b}', the word cut short)`, tag: 'profanity' };
  // ("go F yourself a coffee" is fetch)
  if (a === 'go' && /^(?:f|eff+)$/.test(b) && w(tokens, i + 2).startsWith('your') && !['a', 'an', 'some', 'the'].includes(w(tokens, i + 3))) return { from: i, to: i + 2, confidence: 0.8, explain: "profanity aimed at someone ('go f yourself')", tag: 'profanity' };
  if (a === 'shut' && b === 'the' && /^(?:f|eff+)$/.test(w(tokens, i + 2)) && w(tokens, i + 3) === 'up') return { from: i, to: i + 3, confidence: 0.75, explain: "told to shut up, with profanity cut short", tag: 'profanity' };
  if (a === 'go' && (b === 'fuck' || b === 'screw') && w(tokens, i + 2).startsWith('your')) return { from: i, to: i + 2, confidence: 0.9, explain: "profanity aimed at someone ('go ... yourself')", tag: 'profanity' };
  // (not a thing told off: "this weather can go to hell", "Mondays can go to hell")
  // ("this heatwave can go to hell", "that tax form can go to hell": a thing pointed at, not a person)
  // (read only at "go to hell": this runs on every word)
  const lowerNoun = (k: number): boolean => /^[a-z]+$/.test(tokens[k]?.raw ?? '') && !PERSON_WORDS.has(w(tokens, k)) && !INSULT_NOUNS.has(w(tokens, k));
  const pointedThing = (): boolean => lowerNoun(i - 2) && (['this', 'that', 'the', 'my'].includes(w(tokens, i - 3)) || (lowerNoun(i - 3) && ['this', 'that', 'the', 'my'].includes(w(tokens, i - 4))));
  const toldThing = (): boolean => ['can', 'should', 'may'].includes(w(tokens, i - 1)) && (THING_WORDS.has(w(tokens, i - 2)) || pointedThing());
  if (a === 'go' && b === 'to' && w(tokens, i + 2) === 'hell' && !toldThing() && !(w(tokens, i + 3) === 'and' && w(tokens, i + 4) === 'back')) return { from: i, to: i + 2, confidence: 0.75, explain: "aimed at someone ('go to hell')", tag: 'profanity' };
  if (a === 'shut' && (b === 'the' || b === 'your') && ['fuck', 'hell', 'mouth', 'trap', 'face', 'fucking'].includes(w(tokens, i + 2))) {
    return { from: i, to: i + (w(tokens, i + 3) === 'up' ? 3 : 2), confidence: 0.8, explain: "told to shut up, with profanity", tag: 'profanity' };
  }
  if (a === 'stfu' || a === 'gtfo' || a === 'kma' || a === 'gfy' || a === 'gfys') return { from: i, to: i, confidence: 0.75, explain: `abbreviated profanity aimed at the reader ('${a}')`, tag: 'profanity' };
  if (a === 'eat' && b === 'shit' && !['a', 'few', 'once', 'sometimes', 'learning', 'when', 'while'].includes(w(tokens, i + 2)) && !['will', 'll', 'gonna', 'might'].includes(w(tokens, i - 1))) return { from: i, to: i + 1, confidence: 0.8, explain: "profanity aimed at someone ('eat shit')", tag: 'profanity' };
  if ((a === 'kiss' || a === 'suck') && b === 'my' && ['ass', 'arse', 'dick', 'cock', 'balls', 'butt'].includes(w(tokens, i + 2))) return { from: i, to: i + 2, confidence: 0.8, explain: `profanity aimed at someone ('${a} my ...')`, tag: 'profanity' };
  if (a === 'piss' && b === 'off' && i === 0) return { from: i, to: i + 1, confidence: 0.7, explain: "told to go away ('piss off')", tag: 'profanity' };
  if (['you', 'he', 'she', 'they', 'u'].includes(a) && (b === 'make' || b === 'makes') && w(tokens, i + 2) === 'me' && ['sick', 'puke', 'vomit', 'want', 'ill'].includes(w(tokens, i + 3)) && (w(tokens, i + 3) !== 'want' || (w(tokens, i + 4) === 'to' && ['puke', 'vomit', 'scream', 'die', 'throw', 'barf', 'gag', 'hurl'].includes(w(tokens, i + 5))))) {
    // ("you make me want to be a better cook" inspires)
    return { from: i, to: i + 3, confidence: 0.7, explain: `aimed at someone ('${a} ${b} me ${w(tokens, i + 3)}')`, tag: 'insult' };
  }
  // dismissals aimed at the reader: "nobody cares", "get a life", "who asked you"
  // ("nobody cares if you wear the same outfit twice" reassures)
  if ((a === 'nobody' || a === 'no') && (b === 'cares' || (b === 'one' && w(tokens, i + 2) === 'cares')) && !['if', 'whether', 'about', 'how'].includes(w(tokens, b === 'one' ? i + 3 : i + 2)) && tokens.some((t) => t.mention || t.w === 'you')) {
    return { from: i, to: b === 'one' ? i + 2 : i + 1, confidence: 0.6, explain: "dismissal aimed at someone ('nobody cares')", tag: 'insult' };
  }
  if (a === 'get' && b === 'a' && w(tokens, i + 2) === 'life' && (!tokens[i + 3] || tokens[i + 3]?.punct || ['and', 'already', 'dude', 'mate', 'loser', 'bro', 'lol', 'man', 'pal', 'buddy'].includes(w(tokens, i + 3)) || tokens[i + 3]?.mention)) return { from: i, to: i + 2, confidence: 0.6, explain: "dismissal aimed at someone ('get a life')", tag: 'insult' };
  if (a === 'who' && b === 'asked' && ((w(tokens, i + 2) === 'you' && !['to', 'for', 'out'].includes(w(tokens, i + 3))) || CLAUSE_BREAK.has(w(tokens, i + 2)) || w(tokens, i + 2) === '')) return { from: i, to: i + 1, confidence: 0.6, explain: "dismissal aimed at someone ('who asked')", tag: 'insult' };
  if (a === 'you' && ['suck', 'lie', 'lied', 'stink', 'disgust'].includes(b) && !['at', 'down', 'on', 'flat', 'still', 'back', 'face', 'in'].includes(w(tokens, i + 2))) return { from: i, to: i + 1, confidence: 0.7, explain: `aimed at the reader ('you ${b}')`, tag: 'insult' };
  // "I detest them", "we despise you": hatred declared at a person (not "I hate", said fondly as often: "I hate you lol")
  // ("Olives on pizza: I loathe them": "them" stands for the things named before, unless people are named)
  if (HATRED.has(a) && (b === 'you' || b === 'him' || b === 'her' || (b === 'them' && !tokens.slice(0, i).some((t) => t.w === ':')) || ti?.mention) && w(tokens, i + 2) !== 'if') {
    let k = i - 1;
    while (k >= 0 && HATRED_ADVERBS.has(w(tokens, k))) k--;
    if (w(tokens, k) === 'i' || w(tokens, k) === 'we') return { from: k, to: i + 1, confidence: 0.7, explain: `declares hatred of someone ('${w(tokens, k)} ${a} ${b}')`, tag: 'insult' };
  }
  // "acting like a spoiled brat", "behaving like children": a person's conduct compared to a child's or a bully's
  if (CONDUCT_VERBS.has(a) && b === 'like') {
    let k = i + 2;
    while (CONDUCT_DESCRIBERS.has(w(tokens, k)) && k < i + 6) k++;
    const x = w(tokens, k);
    let j = i - 1;
    while (j >= 0 && CONDUCT_AUX.has(w(tokens, j))) j--;
    // the one who acts must be named: not oneself, and not a bare command ("stop acting like a child" is advice)
    const sj = tokens[j];
    const named = !!sj && (sj.mention || ADDRESSED.has(sj.w) || PERSON_WORDS.has(sj.w) || (/^[A-Z][a-z]+$/.test(sj.raw) && !THING_WORDS.has(sj.w) && !NOT_ACTORS.has(sj.w)));
    if (CONDUCT_ROLES.has(x) && named && (k === tokens.length - 1 || tokens[k + 1]?.punct || CLAUSE_BREAK.has(w(tokens, k + 1)) || CONDUCT_AFTER.has(w(tokens, k + 1)))) {
      // the span starts at the one who acts, so an act of a protected group stays the protected rules' business
      return { from: j, to: k, confidence: 0.65, explain: `compares someone's conduct to a ${x}'s ('${a} like ... ${x}')`, tag: 'insult' };
    }
    // "stop acting like a spoiled brat", "quit behaving like an idiot": a command said to the reader, with a name that
    // insults (a child's or a toddler's conduct named in a command is advice)
    // ("you need to stop acting like a complete idiot": the command through "you need to")
    const commanded = ['stop', 'quit'].includes(sj?.w ?? '') && (j === 0 || CLAUSE_BREAK.has(w(tokens, j - 1)) || tokens[j - 1]?.punct || tokens[j - 1]?.mention || (w(tokens, j - 1) === 'to' && tokens.slice(Math.max(0, j - 4), j - 1).some((y) => y.w === 'you' || y.w === 'u')));
    if (commanded && CONDUCT_ROLES.has(x) && !CHILDHOOD.has(x) && (k === tokens.length - 1 || tokens[k + 1]?.punct || CLAUSE_BREAK.has(w(tokens, k + 1)) || CONDUCT_AFTER.has(w(tokens, k + 1)))) {
      return { from: j, to: k, confidence: 0.6, explain: `tells the reader to stop acting like ${/^[aeiou]/.test(x) ? 'an' : 'a'} ${x} ('${sj?.w} ${a} like ... ${x}')`, tag: 'insult' };
    }
  }
  // "he needs psychiatric help", "she should get her head examined", "you need your meds": madness wished on a person
  if ((a === 'needs' || a === 'need' || (a === 'should' && ['get', 'see', 'seek', 'take'].includes(b))) && i > 0) {
    let k = i + 1;
    while (k < i + 6 && MADNESS_LEAD.has(w(tokens, k))) k++;
    const x = w(tokens, k);
    const head = x === 'psychiatric' && w(tokens, k + 1) === 'help' ? k + 1 : x === 'head' && w(tokens, k + 1) === 'examined' ? k + 1 : MADNESS_CURES.has(x) ? k : -1;
    const sj = tokens[i - 1] as Token;
    // "grandma needs her meds" is an errand: medication is a jibe only when it is wished on the reader and ends the sentence
    if (x === 'meds' && !((sj.w === 'you' || sj.mention) && (head === tokens.length - 1 || tokens[head + 1]?.w !== ','))) return null;
    const who = head > 0 && (sj.mention || ADDRESSED.has(sj.w) || PERSON_WORDS.has(sj.w) || /^[A-Z][a-z]+$/.test(sj.raw));
    const after = tokens[head + 1];
    // "needs her meds refilled" is an errand, not a jibe: the phrase must end the clause
    if (who && (!after || after.punct || CLAUSE_BREAK.has(after.w) || MADNESS_AFTER.has(after.w))) {
      return { from: i - 1, to: head, confidence: 0.65, explain: `says a person is mad ('${a} ... ${w(tokens, head)}')`, tag: 'insult' };
    }
  }
  // "you can't fix stupid": the one answered written off as beyond help
  // ("can't fix stupid, it was my typo", "as the bumper sticker says": said of oneself or quoted as a saying)
  if (a === 'fix' && b === 'stupid' && w(tokens, i - 1) === 'not' && w(tokens, i - 2) === 'can' && (!tokens[i + 2] || (tokens[i + 2]?.punct && !(w(tokens, i + 2) === ',' && w(tokens, i + 3) === 'but'))) && !tokens.some((t) => FIX_STUPID_OFF.has(t.w))) return { from: i - 2, to: i + 1, confidence: 0.6, explain: "says someone is beyond help ('can't fix stupid')", tag: 'insult' };
  // "he has a stick up his ass": a person called uptight, with profanity
  if (a === 'stick' && b === 'up' && ['his', 'her', 'your', 'ur', 'their'].includes(w(tokens, i + 2)) && ['ass', 'arse', 'butt', 'backside'].includes(w(tokens, i + 3)) && !/^(?:crack|hole|cheek|cheeks|fur)$/.test(w(tokens, i + 4)) && !tokens.slice(0, i).some((t) => ['dog', 'cat', 'puppy', 'pup', 'horse', 'bird', 'parrot', 'hamster'].includes(t.w))) return { from: i, to: i + 3, confidence: 0.65, explain: "says a person is uptight, with profanity ('stick up ... ass')", tag: 'insult' };
  if (a === 'up' && b === 'yours') return { from: i, to: i + 1, confidence: 0.7, explain: "aimed at someone ('up yours')", tag: 'profanity' };
  // contemptuous imperatives opening a sentence (after any @mentions) and ending a clause: "get lost",
  // "go away", "shut up.", "grow up!" ("shut up and take my money", "go away for the weekend" pass)
  const opens = tokens.slice(0, i).every((t) => t.mention || t.punct || t.w === 'just' || t.w === 'now' || t.w === 'oh' || t.w === 'please');
  const ends = (k: number) => {
    const x = w(tokens, k);
    return x === '' || (CLAUSE_BREAK.has(x) && x !== 'but') || x === ',' || x === 'you' || INSULT_NOUNS.has(x) || (tokens[k]?.mention ?? false);
  };
  if (opens && ((a === 'get' && b === 'lost') || (a === 'go' && b === 'away') || (a === 'shut' && b === 'up') || (a === 'grow' && b === 'up') || (a === 'piss' && b === 'off') || (a === 'bugger' && b === 'off')) && ends(i + 2)) {
    return { from: i, to: i + 1, confidence: 0.7, explain: `contemptuous command to the reader ('${a} ${b}')`, tag: 'insult' };
  }
  // "imagine being this dumb", "imagine being so brainwashed": mockery of whoever the post answers
  if (a === 'imagine' && b === 'being' && ['this', 'so', 'that', 'such'].includes(w(tokens, i + 2))) {
    const q = w(tokens, i + 3) === 'a' || w(tokens, i + 3) === 'an' ? i + 4 : i + 3;
    const x = w(tokens, q);
    if (INSULT_ADJECTIVES.has(x) || PERSON_NEGATIVE.has(x) || PERSON_PREDICATE.has(x) || INSULT_NOUNS.has(x)) {
      return { from: i, to: q, confidence: 0.65, explain: `mockery ('imagine being ${w(tokens, i + 2)} ${x}')`, tag: 'insult' };
    }
  }
  // "crawl back under your rock", "nobody likes you"
  // (an order, not the writer's own retreat or a story: "I'm going to crawl back into the hole I came from", "the turtles
  // crawl back into the sewer")
  // (read only at "crawl back": this runs on every word)
  const crawlSubject = (): boolean => tokens.slice(Math.max(0, i - 4), i).some((t) => ['i', 'im', 'we', 'me', 'they', 'turtles', 'he', 'she', 'it'].includes(t.w) || /^[A-Z][a-z]+$/.test(t.raw) && !['Just', 'Now', 'Go', 'So', 'Please', 'Then', 'Oh', 'Well'].includes(t.raw));
  const toldTo = (): boolean => ['should', 'can', 'must', 'ought', 'needs', 'need', 'better'].includes(w(tokens, i - 1)) || (w(tokens, i - 1) === 'to' && ['needs', 'need', 'ought', 'has', 'have'].includes(w(tokens, i - 2)));
  if (a === 'crawl' && b === 'back' && (!crawlSubject() || toldTo()) && ['under', 'into', 'in', 'to'].includes(w(tokens, i + 2)) && ['your', 'ur', 'the', 'his', 'her', 'their'].includes(w(tokens, i + 3))) return { from: i, to: i + 4, confidence: 0.7, explain: "contemptuous command ('crawl back ...')", tag: 'insult' };
  // "nobody can stand you"
  if ((a === 'nobody' || a === 'noone') && b === 'can' && w(tokens, i + 2) === 'stand' && ['you', 'u', 'him', 'her'].includes(w(tokens, i + 3))) return { from: i, to: i + 3, confidence: 0.65, explain: "dismissal aimed at someone ('nobody can stand ...')", tag: 'insult' };
  // ("nobody wants you to feel rushed", "nobody likes you when you're 23": reassurance and a lyric)
  if ((a === 'nobody' || a === 'noone') && ['likes', 'wants', 'needs', 'respects', 'trusts'].includes(b) && ['you', 'u'].includes(w(tokens, i + 2)) && !['to', 'when', 'if', 'for'].includes(w(tokens, i + 3))) return { from: i, to: i + 2, confidence: 0.65, explain: `dismissal aimed at the reader ('${a} ${b} you')`, tag: 'insult' };
  if (a === 'shut' && b === 'up' && tokens.some((t) => t.mention || t.w === 'you' || INSULT_NOUNS.has(t.w)) && w(tokens, i + 2) !== 'and') {
    return { from: i, to: i + 1, confidence: 0.6, explain: "told to shut up, aimed at someone", tag: 'profanity' };
  }
  return null;
}

/** Nouns for claims and habits that read as a subject: "stereotypes are lazy", "generalisations are stupid". */
const NOT_PEOPLE_SUBJECTS = new Set(['stereotype', 'stereotypes', 'generalisation', 'generalisations', 'generalization', 'generalizations', 'assumption', 'assumptions', 'slur', 'slurs', 'joke', 'jokes', 'take', 'takes', 'argument', 'arguments', 'tropes', 'trope', 'excuse', 'excuses']);

/** Verbs of conduct ("acting like ...") and what they compare a person to as an insult. */
const CONDUCT_VERBS = new Set(['act', 'acts', 'acting', 'acted', 'behave', 'behaves', 'behaving', 'behaved', 'tweeting', 'whining', 'crying', 'throwing']);
const CONDUCT_ROLES = new Set(['brat', 'brats', 'children', 'baby', 'babies', 'toddler', 'toddlers', 'bully', 'bullies', 'lunatic', 'lunatics', 'maniac', 'maniacs', 'psycho', 'psychos', 'thug', 'thugs', 'animal', 'animals', 'savage', 'savages', 'idiot', 'idiots', 'moron', 'morons', 'fool', 'fools', 'clown', 'clowns', 'crybaby', 'crybabies', 'dictator', 'tyrant', 'madman', 'nutjob', 'nutcase', 'coward', 'cowards', 'jerk', 'jerks', 'ass', 'asshole', 'dick', 'prick', 'child', 'kindergartner', 'kindergartners', 'teenager', 'schoolgirl', 'schoolboy']);
/** Conduct of the young, which a command names as advice: "stop acting like a child". */
const CHILDHOOD = new Set(['children', 'baby', 'babies', 'toddler', 'toddlers', 'child', 'kindergartner', 'kindergartners', 'teenager', 'schoolgirl', 'schoolboy']);
const CONDUCT_DESCRIBERS = new Set(['a', 'an', 'some', 'little', 'spoiled', 'spoilt', 'petulant', 'total', 'complete', 'such', 'bunch', 'of', 'big', 'whiny', 'crying', 'screaming', 'angry', 'raving', 'spineless', 'lying', 'stupid']);
const CONDUCT_AUX = new Set(['is', 'was', 'are', 'were', 'am', 'been', 'be', 'always', 'just', 'still', 'really', 'keep', 'kept', 'all']);
const CONDUCT_AFTER = new Set(['who', 'that', 'and', 'about', 'when', 'because', 'on', 'in']);
/** Capitalised words that open a clause without naming anyone ("Stop acting like ..."). */
const NOT_ACTORS = new Set(['i', 'it', 'this', 'that', 'the', 'we', 'by', 'stop', 'quit', 'keep', 'not', 'and', 'but', 'so']);
const ADDRESSED = new Set(['you', 'he', 'she', 'they', 'u']);
/** "needs (to see) a shrink", "should get his head examined", "needs psychiatric help", "needs his meds". */
const MADNESS_LEAD = new Set(['to', 'get', 'see', 'seek', 'consult', 'find', 'take', 'a', 'some', 'serious', 'professional', 'mental', 'urgent', 'his', 'her', 'their', 'your', 'ur', 'back', 'on', 'go']);
const MADNESS_CURES = new Set(['shrink', 'psychiatrist', 'meds', 'straitjacket', 'straightjacket', 'lobotomy']);
const MADNESS_AFTER = new Set(['asap', 'now', 'immediately', 'badly', 'again', 'lol', 'bc', 'because', 'cause', 'coz']);
const HATRED = new Set(['despise', 'detest', 'loathe', 'abhor']);
const HATRED_ADVERBS = new Set(['really', 'just', 'truly', 'absolutely', 'so', 'totally', 'do', 'honestly', 'personally']);

/** Adjectives that, put before a name, make it a nickname of contempt ("crooked Hillary", "lying Ted"). */
const EPITHET = new Set(['crooked', 'lying', 'lyin', 'corrupt', 'sleazy', 'slimy', 'shifty', 'dishonest', 'treasonous', 'traitorous', 'crazy', 'sleepy', 'cryin', 'crying', 'nervous', 'sloppy', 'dopey', 'creepy', 'pathetic']);
/** An everyday epithet holds only when the name after it acts ("Sleepy Gerald slept through the vote", not "Sleepy Saturday"). */
function epithetNameActs(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  return !EVERYDAY_EPITHET.has(t.w) || (NAME_ACTS.has(w(tokens, i + 2)) || /(?:ed|ing)$/.test(w(tokens, i + 2)) || !tokens[i + 2] || ['!', '.', '?'].includes(w(tokens, i + 2)));
}
/** "Crazy Bernie is the name of our local car dealer", "Sleepy Gerald is what we call our dog": the phrase is a name. */
function namedAsName(tokens: readonly Token[], i: number): boolean {
  return /^(is|was) (the name|what we call|a nickname|our nickname)/.test(tokens.slice(i + 2, i + 7).map((x) => x.w).join(' '));
}
/** Words that show the capitalised phrase is a title, a game, a place or a product. */
const TITLE_WORDS = new Set(['game', 'manga', 'novel', 'track', 'song', 'toy', 'book', 'film', 'movie', 'sequel', 'character', 'album', 'pub', 'restaurant', 'street', 'spire', 'menu', 'card', 'comic', 'series', 'band', 'puppet', 'show', 'episode', 'halfback', 'piano', 'forums', 'exam', 'teenagers', 'teenager', 'toddler']);
/** Epithets that are also everyday descriptions ("Crazy Golf", "Sleepy Saturday", "a sleepy Vermont town"): the name must act. */
const EVERYDAY_EPITHET = new Set(['crazy', 'sleepy', 'cryin', 'crying', 'nervous', 'sloppy', 'dopey', 'creepy', 'pathetic']);
/** What a person named by an epithet goes on to do or be: a verb after the name. */
const NAME_ACTS = new Set(['is', 'was', 'has', 'had', 'can', 'cant', 'could', 'couldnt', 'will', 'wont', 'would', 'should', 'does', 'did', 'doesnt', 'didnt', 'needs', 'wants', 'says', 'said', 'just', 'still', 'again', 'thinks', 'lied', 'lies', 'tried', 'tries', 'got', 'gets', 'went', 'slept', 'sleeps', 'forgot', 'forgets', 'made', 'makes', 'lost', 'loses', 'wins', 'won', 'not', 'never', 'always', 'cannot']);
/** Capitalised words after an epithet that are not names. */
const NOT_NAMES = new Set(['i', 'the', 'this', 'that', 'it', 'and', 'but', 'a', 'an', 'down', 'up', 'out', 'in', 'on', 'off', 'around', 'about', 'to', 'is', 'was', 'again', 'low', 'eyes', 'heart', 'house', 'game', 'times', 'truth', 'lies', 'words', 'news', 'media', 'horse', 'hollow', 'town', 'train', 'love', 'days', 'taxi', 'frog', 'rich', 'bones', 'eddie',
  'lake', 'creek', 'spire', 'river', 'mountain', 'mountains', 'hill', 'hills', 'valley', 'word', 'buddha', 'golf', 'joes', 'nellie', 'bear', 'eye', 'baby',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'christmas', 'halloween', 'easter', 'january', 'february', 'march', 'april', 'may',
  'june', 'july', 'august', 'september', 'october', 'november', 'december', 'carrots', 'jordan', 'kingdom', 'billet', 'bargain', 'cat', 'glue', 'bread',
  'eights', 'fallacy', 'diamond', 'pasta', 'legs', 'crawlers', 'freeman', 'lombard', 'chesterfield', 'pinocchio']);
/** Generic person nouns an insulting adjective turns into an insult: "a pathetic man", "ugly troll". */
const GENERIC_PERSON = new Set(['man', 'woman', 'person', 'guy', 'human', 'lady', 'dude', 'individual', 'boy', 'girl', 'creature', 'troll', 'trolls', 'people', 'men', 'women', 'bloke', 'chick', 'kid', 'being', 'citizen']);
/** Plural subjects that name people but no protected group: "liberals", "politicians", "people". */
const PEOPLE_GROUPS = new Set([...PERSON_WORDS].filter((w) => /s$/.test(w) && !['his', 'hers', 'users', 'fans', 'friends', 'parents', 'kids', 'clients', 'customers', 'colleagues', 'coworkers', 'teammates', 'employees', 'interns', 'students', 'players', 'developers', 'engineers', 'founders', 'investors', 'analysts', 'candidates', 'admins', 'moderators', 'mods', 'staff'].includes(w)).concat([...PEOPLE_GROUP_WORDS]));
/** Adjectives that belittle whatever of someone's they describe ("your stupid idea"); not "ugly" ("his ugly sweater party"). */
const OWNED_CONTEMPT = new Set(['stupid', 'dumb', 'idiotic', 'moronic', 'pathetic', 'brainless', 'ignorant', 'disgusting', 'vile', 'despicable', 'retarded', 'braindead', 'deranged', 'delusional', 'pitiful', 'asinine', 'imbecilic', 'dimwitted', 'lying', 'worthless', 'sorry']);
/** More words that insult in "you ... [noun]" said to the reader ("you useless hack"), though not of a thing someone owns ("your useless umbrella"). */
const VOCATIVE_CONTEMPT = new Set(['useless', 'incompetent', 'spineless', 'gutless', 'clueless', 'talentless']);
/** Flaws that, owned by someone, name them by it ("your stupidity", "his lies"). */
const OWNED_FLAWS = new Set(['stupidity', 'idiocy', 'ignorance', 'incompetence', 'arrogance', 'hypocrisy', 'cowardice', 'lies', 'lunacy', 'dishonesty', 'ineptitude', 'imbecility', 'stupidness', 'dumbness']);
/** Verbs of advice or owning up before a flaw ("own your ignorance", "admitting your ignorance", "leave your arrogance at home"). */
const FLAW_ADVICE = new Set(['own', 'admit', 'admitting', 'admits', 'check', 'leave', 'face', 'facing', 'knowing', 'embrace', 'accept', 'accepting', 'overcome', 'hide', 'confess', 'confessing', 'forgive', 'owning', 'recognise', 'recognize', 'acknowledge', 'acknowledging', 'swallow', 'drop']);
/** A story, a satire or a character: the flaw belongs to fiction. */
const STORY_WORDS = new Set(['novel', 'satire', 'story', 'character', 'chapter', 'fable', 'pinocchio', 'candide', 'protagonist', 'villain', 'plot']);
/** Labels that insult a grown-up but are fond, literal or proud of others ("a little gremlin at 3am", "a proud hillbilly"). */
const ROUGH_LABELS = new Set(['caveman', 'cavemen', 'gremlin', 'gremlins', 'redneck', 'rednecks', 'hillbilly', 'hillbillies', 'nobodies', 'bandwagoner', 'bandwagoners', 'goon', 'goons', 'doormat', 'doormats', 'lapdog', 'lapdogs', 'slimeball', 'slimeballs', 'laughingstock', 'monster', 'brat', 'brats', 'diva', 'troll']);
/** Parts in a story and pets: what is said of them is no verdict on a person. */
const FICTION_ROLES = new Set(['villain', 'villains', 'lead', 'protagonist', 'antagonist', 'hero', 'heroine', 'narrator', 'character']);
const PET_SUBJECTS = new Set(['cat', 'cats', 'dog', 'dogs', 'puppy', 'kitten', 'hamster', 'parrot', 'pup']);
/** Family, friends and neighbours: "my folks are rednecks" is said of one's own. */
const KIN = new Set(['folks', 'family', 'parents', 'dad', 'mum', 'mom', 'neighbours', 'neighbors', 'friends', 'brother', 'brothers', 'sister', 'sisters', 'uncle', 'uncles', 'aunt', 'aunts', 'grandpa', 'grandma', 'cousins', 'cousin', 'husband', 'wife', 'relatives', 'people']);
/** Love, pride and praise in the sentence make a rough label fond ("my neighbours are rednecks and the best people on the street"). */
const FOND_WORDS = new Set(['love', 'loved', 'proud', 'best', 'friendliest', 'kindest', 'nicest', 'great', 'adore', 'bless', 'me', 'myself', 'lovable', 'loveable']);
/** Dressing up, adverts and pride: the label is worn, played or owned. */
const COSTUME_WORDS = new Set(['halloween', 'costume', 'costumes', 'dressed', 'ad', 'advert', 'commercial', 'proud', 'proudly', 'cosplay']);
/** The subject is a pet, a child, or "our/my" pet or child, or the writer's team. */
function fondSubject(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j >= Math.max(0, k - 2); j--) if (PETS_AND_CHILDREN.has(w(tokens, j))) return true;
  return ['team', 'club', 'squad'].includes(w(tokens, k)) && ['our', 'my'].includes(w(tokens, k - 1));
}
/** Games whose players are cast as traitors and liars: what is said of a role is no verdict on a person. */
const GAME_OF_ROLES = new Set(['impostor', 'imposter', 'impostors', 'imposters', 'werewolf', 'werewolves', 'mafia', 'crewmate', 'crewmates']);
/** Lower-case words ending like agent nouns that are not ones ("brother", "ever", "other"). */
const NOT_AGENT_NOUNS = new Set(['brother', 'sister', 'mother', 'father', 'ever', 'never', 'other', 'over', 'after', 'either', 'neither', 'rather', 'together', 'whatever', 'forever', 'for', 'or', 'her', 'later', 'sooner', 'longer', 'under', 'per', 'whether', 'however', 'whoever', 'wherever', 'whenever', 'minor', 'major', 'junior', 'senior', 'poor', 'floor', 'door', 'honor', 'honour', 'sir', 'mister', 'bruv', 'partner', 'member', 'number', 'matter', 'manner', 'power', 'cancer', 'monster', 'loser', 'losers', 'hater', 'haters', 'traitor', 'traitors', 'liar', 'liars', 'cheater', 'cheaters', 'abuser', 'abusers', 'predator', 'predators', 'molester', 'molesters', 'murderer', 'murderers', 'racist', 'racists', 'fascist', 'fascists', 'terrorist', 'terrorists', 'sexist', 'sexists', 'narcissist', 'narcissists', 'leftist', 'leftists', 'communist', 'communists', 'socialist', 'socialists', 'extremist', 'extremists', 'supremacist', 'supremacists', 'loner', 'rapist', 'rapists', 'pedophile']);
/**
 * "a fraud investigator", "a snake handler", "a rat breeder", "a tool collector": an insult noun that names
 * what an agent noun after it deals with (read only after an article: "you bitches better stop" has no compound).
 */
function agentNounAfter(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  // one plain space between the two words: "a bitch #damian" ends with a hashtag, not a compound
  if (!t || t.punct || t.mention || !/^[a-z]+$/.test(t.raw) || t.start - (tokens[k - 1]?.end ?? -9) !== 1) return false;
  return (/(?:er|ers|or|ors|ist|ists|ian|ians)$/.test(t.w) && t.w.length > 4 && !NOT_AGENT_NOUNS.has(t.w)) || COMPOUND_HEADS.has(t.w);
}
/** Heads of ordinary compounds with an insult noun in front ("fraud analyst", "joke machine", "tool guy"). */
const COMPOUND_HEADS = new Set(['analyst', 'analysts', 'guy', 'guys', 'girl', 'machine', 'machines', 'detection', 'prevention', 'squad', 'unit', 'team', 'department', 'charges', 'charge', 'alert', 'alerts', 'expert', 'experts', 'specialist', 'specialists', 'emoji', 'costume', 'costumes', 'enthusiast', 'enthusiasts']);

/** Nouns that make a flaw word part of a compound ("your lies detector", "his hypocrisy test"). */
const FLAW_COMPOUND = new Set(['detector', 'detectors', 'test', 'tests', 'check', 'checker', 'list', 'count', 'counter', 'meter', 'score', 'scale', 'index', 'level', 'rate', 'podcast', 'series', 'book', 'report', 'trope', 'narrative', 'defence', 'defense', 'tax']);
/** Words after "you stupid" that make it a question or a clause, not a name: "you stupid or what?", "you dumb enough to". */
const FUNCTION_AFTER_YOU = new Set(['or', 'and', 'enough', 'to', 'as', 'if', 'for', 'at', 'in', 'of', 'with', 'about', 'too']);
const INTENSIFIED = new Set(['fucking', 'freaking', 'frickin', 'fricking', 'effing', 'bloody', 'damn', 'goddamn', 'fuckin', 'stinking', 'damned']);
const BODY = new Set(['ass', 'mouth', 'face', 'self', 'arse', 'butt', 'head']);

/** Attributes too mild to insult a whole group of people ("critics are loud", "voters are angry"). */
const MILD_ATTRIBUTES = new Set(['angry', 'loud', 'emotional', 'confused', 'slow', 'bad', 'problem', 'problems', 'threat', 'threats', 'danger', 'burden', 'burdens', 'waste', 'worse', 'annoying', 'bitter', 'aggressive', 'weak', 'entitled', 'oversensitive', 'overemotional', 'sheep']);


/** Words between "are" and a name for people: "are always such smug pricks", "are a bunch of total morons". */
const BEFORE_NAME = new Set(['always', 'such', 'all', 'just', 'a', 'bunch', 'of', 'total', 'complete', 'utter', 'absolute', 'smug', 'arrogant', 'lazy', 'useless', 'entitled', 'little', 'stuck', 'up', 'fucking', 'bloody', 'massive', 'huge', 'the', 'biggest', 'worst', 'so', 'really', 'literally', 'basically']);

/**
 * "traffic wardens are smug pricks", "why are crypto bros always such smug pricks?": a plural noun no list names as people,
 * called by a name that only people are called (not "trash" or "a joke", which things are called too).
 */
function unlistedPeopleInsult(tokens: readonly Token[], i: number): Found | null {
  const g = tokens[i] as Token;
  // ("why are traffic wardens always such ...?": the copula asked before the noun)
  // (the cheap test first: this runs on every word that no list names as people)
  const asked = (w(tokens, i - 1) === 'are' && w(tokens, i - 2) === 'why') || (w(tokens, i - 2) === 'are' && w(tokens, i - 3) === 'why' && /^[a-z]+$/.test(tokens[i - 1]?.raw ?? ''));
  if ((w(tokens, i + 1) !== 'are' && !asked) || !(/^[a-z]+s$/.test(g.raw) || (/^[A-Z][a-z]+s$/.test(g.raw) && (i === 0 || ['the', 'all', 'most'].includes(w(tokens, i - 1))))) || THING_WORDS.has(g.w) || THING_WORDS.has(g.w.replace(/s$/, '')) || PETS_AND_CHILDREN.has(g.w) || ANIMALS.has(g.w) || tokens.slice(Math.max(0, i - 3), i).some((t) => ['no', 'none', 'not', 'my', 'our', 'we', 'us'].includes(t.w))) return null;
  // (a part in a story: "in the play the brothers are jealous fools")
  if (tokens.some((t) => STORY_PARTS.has(t.w) || ['play', 'plays', 'book', 'story', 'stories', 'show', 'series', 'musical', 'opera', 'panto', 'game'].includes(t.w))) return null;
  // (describing words of no list may stand before the name, two at most: "brexiteers are gullible morons", "preppers are
  // paranoid weirdos"; a weak name needs one of them, as for the listed groups)
  let described = 0;
  for (let k = asked ? i + 1 : i + 2; k < tokens.length && k <= i + 7; k++) {
    const x = w(tokens, k);
    if (BEFORE_NAME.has(x) || (INSULT_ADJECTIVES.has(x) && x !== 'dim')) {
      if (INSULT_ADJECTIVES.has(x) || !['a', 'of', 'the', 'all', 'just', 'so', 'really', 'always', 'such', 'bunch'].includes(x)) described++;
      continue;
    }
    const strong = INSULT_NOUNS.has(x) && !WEAK_INSULT_NOUNS.has(x) && !DEHUMANISING.has(x);
    const weakDescribed = described > 0 && (WEAK_INSULT_NOUNS.has(x) || PERSON_INSULT_NOUNS.has(x)) && (k + 1 >= tokens.length || tokens[k + 1]?.punct === true || ['who', 'that', 'and', 'with', 'in'].includes(w(tokens, k + 1)));
    if (/s$/.test(x) && (strong || weakDescribed) && !NAMES_OF_THINGS.has(x) && (described > 0 || !NAMES_AFTER_DESCRIBERS.has(x))) {
      return { from: i, to: k, confidence: 0.65, explain: `insulting generalisation about ${g.w} ('${x}')`, tag: 'insult' };
    }
    if (described < 2 && /^[a-z]{3,}$/.test(x) && !UNLISTED_DESCRIBER_STOPS.has(x) && !KIND_DESCRIBERS.has(x) && !PERSON_WORDS.has(x) && !THING_WORDS.has(x) && !NEGATORS_AFTER.has(x)) {
      described++;
      continue;
    }
    return null;
  }
  return null;
}

/** Plural names that things, animals and plans are called as often as people ("these printers are useless tools"). */
const NAMES_OF_THINGS = new Set(['jokes', 'disgraces', 'disasters', 'messes', 'nightmares', 'failures', 'scams', 'tools', 'toys', 'dummies', 'plants', 'bugs', 'pests', 'pigs', 'cows', 'planks', 'walnuts', 'nerds', 'geeks', 'dorks', 'freaks']);
/** Names that scorn people only after describing words ("bitter jealous hacks", "greedy little rats"; "life hacks", "lab rats"). */
const NAMES_AFTER_DESCRIBERS = new Set(['hacks', 'frauds', 'trolls', 'snakes', 'rats', 'leeches', 'weasels', 'vultures']);
/** Words after "are" that start a clause, a verb or a comparison rather than describe: the name after them is no verdict. */
const UNLISTED_DESCRIBER_STOPS = new Set(['full', 'made', 'filled', 'packed', 'run', 'staffed', 'overrun', 'infested', 'home', 'not', 'never', 'like', 'being', 'called', 'getting', 'becoming', 'turning', 'treated', 'seen', 'known', 'labelled', 'labeled', 'branded', 'dismissed', 'accused', 'playing', 'dressed', 'cosplaying', 'acting', 'more', 'less', 'than', 'also', 'often', 'sometimes', 'usually', 'mostly', 'basically', 'either', 'neither', 'both', 'kinda', 'sort', 'kind', 'some', 'many', 'most', 'any', 'our', 'your', 'their', 'his', 'her', 'my', 'its', 'great', 'good', 'best', 'better', 'lovely', 'wonderful', 'brilliant', 'amazing', 'kind', 'smart', 'clever', 'honest', 'decent', 'friendly', 'helpful', 'proud', 'happy', 'sweet', 'beautiful', 'gorgeous', 'talented', 'hardworking', 'hard', 'working', 'loyal', 'brave', 'fun', 'funny', 'hilarious', 'harmless', 'adorable', 'cute', 'precious', 'fine', 'okay', 'ok', 'only', 'still', 'already', 'now', 'here', 'there', 'what', 'who', 'which', 'that', 'this', 'these', 'those', 'an', 'and', 'or', 'but', 'to', 'for', 'at', 'in', 'on', 'with', 'by', 'from', 'as', 'about', 'over', 'into']);

/** "[people group] are crazy", "liberals ruin everything": a generalisation about a non-protected group. */
function groupInsult(tokens: readonly Token[], i: number): Found | null {
  const g = tokens[i] as Token;
  if (!PEOPLE_GROUPS.has(g.w) || (w(tokens, i - 1) === 'are' && w(tokens, i - 2) === 'why')) return unlistedPeopleInsult(tokens, i);
  // "no group of people is vermin", "none of these voters are stupid": the verdict denied for everyone
  if (tokens.slice(Math.max(0, i - 3), i).some((t) => t.w === 'no' || t.w === 'none')) return null;
  // "goalkeepers are crazy, you have to be", "gamers are crazy about this patch": enthusiasm or daring, not a verdict
  if (w(tokens, i + 1) === 'are' && PLAYFUL.has(w(tokens, i + 2)) && [',', 'about', 'for', 'over', '!'].includes(w(tokens, i + 3))) return null;
  // "people are calling him a traitor", "fans keep saying she is a fraud": a report of what the group says
  for (let k = i + 1; k <= i + 4 && k < tokens.length; k++) if (GROUP_REPORTING.has(w(tokens, k))) return null;
  const r = readPredicate(tokens, i + 1);
  // "people are sick and tired of ...", "voters are sick of it", "kids are sick with flu": fed up or ill, not depraved
  if (r?.head === 'sick' && (['of', 'with', 'from', 'at', 'after', 'today', 'again'].includes(w(tokens, r.end + 1)) || (w(tokens, r.end + 1) === 'and' && w(tokens, r.end + 2) === 'tired'))) return null;
  // "liberals attack other liberals", "cops never apologise": a habit pinned on a party or a trade is criticism, not an insult
  if (r?.habit) return null;
  if (r?.kind === 'negated-positive' && ['smart', 'intelligent', 'capable', 'human', 'competent', 'honest', 'decent', 'sane', 'clever', 'trustworthy'].includes(r.head)) {
    return { from: i, to: r.end, confidence: 0.65, explain: `insulting generalisation about ${g.w} (not '${r.head}')`, tag: 'insult' };
  }
  if (r && (r.kind === 'negated-attack' || r.kind === 'positive' || r.kind === 'negated-positive' || r.kind === 'exclusion' || r.kind === 'derogation')) return null;
  // rough labels are fond, historical or owned as often as not ("my folks are rednecks and I love them", "scientists were nobodies until ...")
  if (r && ROUGH_LABELS.has(r.head) && (w(tokens, i + 1) !== 'are' || ['my', 'our'].includes(w(tokens, i - 1)) || ['people', 'folks', 'neighbours', 'neighbors'].includes(g.w) || tokens.some((y, k) => FOND_WORDS.has(y.w) || ['jokes', 'joked', 'sketch'].includes(y.w) || (y.w === 'as' && w(tokens, k + 1) === 'one')))) return null;
  if (r && (INSULT_NOUNS.has(r.head) || INSULT_ADJECTIVES.has(r.head) || PERSON_NEGATIVE.has(r.head) || DEHUMANISING.has(r.head) || r.kind === 'stereotype' || (r.kind === 'generalisation' && NEGATIVE_ATTRIBUTES.has(r.head) && !MILD_ATTRIBUTES.has(r.head)))) {
    return { from: i, to: r.end, confidence: r.kind === 'stereotype' ? 0.6 : 0.7, explain: `insulting generalisation about ${g.w} ('${r.head}')`, tag: 'insult' };
  }
  // "antifa is a domestic terrorist organization", "the left is a cult", "liberals are a hate group": a camp called a
  // band of criminals or a cult
  const cop = w(tokens, i + 1);
  const askedOrReported = tokens[tokens.length - 1]?.w === '?' || tokens.some((t, n) => t.w === 'according' && w(tokens, n + 1) === 'to');
  if ((cop === 'are' || cop === 'were' || ((cop === 'is' || cop === 'was') && !/s$/.test(g.w))) && !NEGATORS_AFTER.has(w(tokens, i + 2)) && !askedOrReported) {
    for (let k = i + 2; k < tokens.length && k <= i + 6 && !CLAUSE_BREAK.has(w(tokens, k)) && w(tokens, k) !== ','; k++) {
      const x = w(tokens, k);
      if (NEGATORS_AFTER.has(x)) break;
      // ("journalists are a terror group's first target": the band owns something, it is not what they are)
      const band = BAND_NOUNS.has(w(tokens, k + 1)) && !/^'s?$|^’s$/.test(w(tokens, k + 2)) && (x === 'hate' || x === 'terror' || (PERSON_NEGATIVE.has(x) && !MILD_ATTRIBUTES.has(x)));
      if (band || (x === 'cult' && (k + 1 === tokens.length || tokens[k + 1]?.punct === true))) {
        return { from: i, to: band ? k + 1 : k, confidence: 0.7, explain: `insulting generalisation about ${g.w} ('${band ? `${x} ${w(tokens, k + 1)}` : x}')`, tag: 'insult' };
      }
    }
  }
  // "vegans are annoying idiots", "influencers are brain-dead parasites": the insulting noun after its describing words
  // ("Uber drivers here are ...": a place word between)
  // ("critics who panned this film are ...", "mods on this subreddit are ...": a short clause or place between)
  const bridged = ['who', 'on', 'in', 'at', 'from'].includes(w(tokens, i + 1)) ? tokens.findIndex((t, k) => k > i + 1 && k <= i + 6 && ['are', 'were'].includes(t.w) && !tokens.slice(i + 1, k).some((x) => CLAUSE_BREAK.has(x.w) || x.w === ',')) : -1;
  const c0 = bridged > 0 ? bridged - 1 : ['here', 'there', 'nowadays', 'today', 'now'].includes(w(tokens, i + 1)) ? i + 1 : i;
  if (!['are', 'were'].includes(w(tokens, c0 + 1)) || NEGATORS_AFTER.has(w(tokens, c0 + 2))) return null;
  let described = 0;
  for (let k = c0 + 2; k < tokens.length && k <= c0 + 7 && !CLAUSE_BREAK.has(w(tokens, k)); k++) {
    const x = w(tokens, k);
    if (NEGATORS_AFTER.has(x)) return null;
    // "influencers are vapid, talentless leeches", "the board are a bunch of overpaid do-nothing clowns": a weak or
    // milder name for people becomes an insult after describing words of its own ("sheep" alone is an old complaint)
    if (x === ',' || ['a', 'bunch', 'of', 'and', 'total', 'complete', 'just'].includes(x)) continue;
    if (described > 0 && (WEAK_INSULT_NOUNS.has(x) || PERSON_INSULT_NOUNS.has(x) || x === 'sheep' || /^weirdos?$/.test(x)) && /s$|^sheep$/.test(x) && (k + 1 >= tokens.length || tokens[k + 1]?.punct || ['who', 'that', 'all', 'honestly', 'and'].includes(w(tokens, k + 1)))) {
      return { from: i, to: k, confidence: 0.65, explain: `insulting generalisation about ${g.w} ('${x}')`, tag: 'insult' };
    }
    if (/^[a-z]+$/.test(x) && !INSULT_NOUNS.has(x) && !PERSON_WORDS.has(x)) described++;
    // ("Trump supporters are racist hillbillies", "the press corps is a bunch of lapdogs": a rough label in the plural, said of a camp)
    const roughOnCamp = ROUGH_LABELS.has(x) && /s$/.test(x) && !['brats'].includes(x) && ['are', 'is'].includes(w(tokens, i + 1)) && !tokens.some((y, k) => y.w === 'as' && w(tokens, k + 1) === 'one') && !['my', 'our'].includes(w(tokens, i - 1)) && !['people', 'folks', 'neighbours', 'neighbors'].includes(g.w) && !tokens.some((y) => FOND_WORDS.has(y.w));
    if ((INSULT_NOUNS.has(x) && !WEAK_INSULT_NOUNS.has(x)) || (DEHUMANISING.has(x) && /s$/.test(x)) || roughOnCamp) {
      return { from: i, to: k, confidence: 0.7, explain: `insulting generalisation about ${g.w} ('${x}')`, tag: 'insult' };
    }
    if (x === ',') break;
  }
  return null;
}
/** What a band of people is called when a camp is called criminal ('a terrorist organization', 'a hate group'). */
const BAND_NOUNS = new Set(['organization', 'organisation', 'organizations', 'organisations', 'group', 'groups', 'gang', 'gangs', 'mob', 'mobs', 'cult', 'cults', 'outfit', 'network', 'syndicate', 'militia']);
const NEGATORS_AFTER = new Set(['not', 'never', 'no', 'hardly', 'like', 'called', 'labelled', 'labeled']);
/** The word before "freak" that makes an enthusiast of it ("fitness freak", "neat freak", "data freak"), not a degree word. */
const ENTHUSIAST_BEFORE = (x: string): boolean => /^[a-z]{3,}$/.test(x) && !['total', 'absolute', 'complete', 'such', 'real', 'utter', 'little', 'you', 'the', 'that', 'this', 'some', 'and', 'weird', 'creepy', 'sick', 'ugly', 'fucking', 'stupid', 'control', 'your', 'her', 'his', 'their'].includes(x) && !INSULT_ADJECTIVES.has(x) && identityAdjective(x) === undefined;
/** Feats after "freak" that make it praise: "an absolute freak, deadlifted 250kg", "a freak, scored four". */
const FEATS = new Set(['deadlifted', 'benched', 'squatted', 'lifted', 'scored', 'ran', 'won', 'finished', 'smashed', 'broke', 'climbed', 'swam', 'cycled', 'talent', 'talented', 'athlete', 'pitch', 'track', 'court', 'tries', 'took']);
/** Dishes and drinks called an abomination. */
const DISHES = new Set(['cocktail', 'cocktails', 'drink', 'pizza', 'sandwich', 'burger', 'recipe', 'dish', 'flavour', 'flavor', 'combo', 'toast', 'cake', 'coffee', 'tea', 'salad', 'pasta', 'curry', 'sourdough']);
/** Words that make an insulting name a part in a story or a game. */
const STORY_PARTS = new Set(['novel', 'novels', 'film', 'movie', 'episode', 'chapter', 'sitcom', 'villain', 'rogue', 'paladin', 'npc', 'dlc', 'campaign', 'dungeons', 'playthrough']);

/** Fond words (not praise) that soften whatever follows: "love you mate", "best friend", "happy birthday". */
const FOND_PRAISE = new Set(['love', 'best friend', 'happy birthday', 'drinks on me', 'no other way']);
/**
 * Fault words that praise does not soften: friends say "congrats, you lucky bastard", but "congrats Dave, you useless
 * clown" is sarcasm.
 */
const SCORN_UNDER_PRAISE = new Set(['useless', 'worthless', 'pathetic', 'talentless', 'brainless', 'incompetent', 'clueless', 'spineless', 'gutless', 'disgusting', 'vile']);

const GROUP_REPORTING = new Set(['calling', 'call', 'called', 'saying', 'say', 'said', 'claiming', 'claim', 'yelling', 'shouting', 'chanting']);

/**
 * PERSON_NEGATIVE words that insult as an adjective on a person noun or a people group ("corrupt
 * politician", "crazy liberals"); the ones with an ordinary sense there ("sick kids", "criminal lawyer") are left out.
 */
const ADJ_ON_PERSON = new Set([...PERSON_NEGATIVE].filter((x) => !/s$/.test(x) && !['sick', 'mental', 'weak', 'sore', 'bum', 'nuts', 'criminal', 'fake', 'toxic', 'unstable', 'crap', 'trash', 'garbage', 'scum', 'lunatic', 'disgrace', 'embarrassment', 'nazi', 'commie', 'terrorist', 'fascist', 'predator', 'rapist', 'pedo', 'pedophile', 'coward', 'hypocrite'].includes(x)));
/** Said of people fondly as often as not ("you crazy man", "our insane engineers"): only on a people group. */
const PLAYFUL = new Set(['crazy', 'insane', 'nuts', 'kooky']);
/** Person nouns an insulting adjective may describe ("a corrupt politician", "that lying president"). */
const PERSON_HEADS = new Set([...PERSON_WORDS].filter((x) => !/^(he|she|they|him|her|them|his|hers|everyone|everybody|somebody|someone|anyone|anybody|whoever|team|staff|board|users|user|customers|customer|clients|client|fans|fan|kids|kid|friends|friend|dude|bro|guys|guy|buddy|pal|mate|sir|madam|man|men|woman|women|lady|boy|girl)$/.test(x)));

/**
 * Describing words that mock a camp of people ("sick liberals", "whiny snowflakes", "brainwashed leftists").
 * Some are ordinary about one person ("a sick friend"), so they count only before a people group or a camp
 * word; not 'sad' ("sad conservatives" may just be sad).
 */
const GROUP_MOCKERY = new Set(['sick', 'hysterical', 'whiny', 'whining', 'triggered', 'butthurt', 'rabid', 'loony', 'looney', 'nutty', 'brainwashed', 'unhinged', 'deranged', 'delusional', 'spoiled', 'crybaby', 'pathetic', 'clueless', 'hypocritical', 'lying', 'corrupt', 'evil', 'vile', 'disgusting', 'stupid', 'dumb', 'idiotic', 'moronic', 'crazy', 'insane', 'psycho', 'filthy', 'dirty', 'scummy', 'sleazy', 'treasonous', 'traitorous', 'godless', 'cowardly', 'spineless', 'gutless', 'useless', 'worthless']);
/** Words for people in general, which 'sick' before them describes as ill ("sick people", "sick kids"). */
const GENERIC_PEOPLE = new Set(['people', 'folks', 'everyone', 'kids', 'children', 'patients', 'workers', 'staff']);
/** Words after a camp word that end its noun phrase ("another sick liberal who ...", not "a sick liberal government"). */
const CAMP_CLOSERS = new Set(['who', 'that', 'like', 'are', 'at', 'in', 'on', 'with']);
/** One member of a political camp, which a mocking word before it insults ("another sick liberal"). */
const CAMP_PERSON = new Set(['liberal', 'leftist', 'lefty', 'lib', 'democrat', 'dem', 'dems', 'commie', 'socialist', 'communist', 'conservative', 'republican', 'trumper', 'trumpster', 'snowflake', 'sjw', 'antifa', 'globalist', 'progressive', 'libtard', 'rightwinger', 'fascist', 'nazi']);

/** Words that make a predicate hypothetical or doubted rather than asserted. */
const HEDGES = new Set(['if', 'whether', 'unless', 'maybe', 'perhaps', 'sure']);
const BELIEF_VERBS = new Set(['think', 'believe', 'say', 'saying', 'claim', 'claiming', 'suggest', 'suggesting', 'mean']);
/** "I don't think he is a sociopath", "not saying she is lying": the speaker withholds the insult. */
function disbelieved(tokens: readonly Token[], from: number): boolean {
  for (let k = from - 1; k >= Math.max(1, from - 3); k--) if (BELIEF_VERBS.has(w(tokens, k)) && NEGATORS_AFTER.has(w(tokens, k - 1))) return true;
  return false;
}
/** Hypothetical, doubted or withheld: "what if she is lying?", "maybe he is a fraud", "I don't think he is crazy". */
function doubted(tokens: readonly Token[], from: number): boolean {
  for (let k = from - 1; k >= Math.max(0, from - 4); k--) if (HEDGES.has(w(tokens, k))) return true;
  // "the prosecutor argued (that) the witness was lying": a claim someone else made, reported
  const r = w(tokens, from - 1) === 'that' ? from - 2 : from - 1;
  if (REPORTING_VERBS.has(w(tokens, r)) && r > 0 && !['i', 'we'].includes(w(tokens, r - 1))) return true;
  return disbelieved(tokens, from);
}
/** Verbs that report someone else's claim about a third person. */
const REPORTING_VERBS = new Set(['argued', 'argues', 'claimed', 'claims', 'alleged', 'alleges', 'testified', 'insisted', 'insists', 'suggested', 'suggests', 'reported', 'reports', 'accused', 'denied', 'denies']);

/** Subjects too collective or too vague for a PERSON_PREDICATE word ("the team was terrible today"). */
const COLLECTIVE_SUBJECTS = new Set(['they', 'team', 'board', 'staff', 'everyone', 'everybody', 'people', 'folks', 'users', 'customers', 'clients', 'players', 'fans', 'guys', 'kids']);
/**
 * Predicate words that judge people as people, so a plural pronoun subject is insulted too ("they are
 * batshit crazy", "they are brainwashed"); the rest of PERSON_PREDICATE also rates a performance or a
 * product ("they were terrible today", "they are ridiculous") and stays with singular subjects.
 */
const ON_PEOPLE = new Set(`crazy insane brainwashed unhinged deranged psycho psychotic senile demented deplorable sellouts puppets
  hacks sanctimonious treacherous two-faced untrustworthy deceitful immoral amoral scummy monsters spineless cowardly
  repulsive creepy sleazy slimy dishonest crooked corrupt vile evil wicked heartless soulless worthless incompetent inept
  shameless classless gullible inbred cringeworthy craven`.split(/\s+/));
/** Plural subjects that are people however they are meant (not "the team", "users", "fans"). */
const PEOPLE_SUBJECTS = new Set(['they', 'people', 'folks', 'guys', 'everyone', 'everybody']);
// 'to' is the common misspelling of 'too' ("you are just to brainwashed")
const PREDICATE_SKIP = new Set(['to', 'by', 'far', 'damned', 'freaking', 'fuckin', 'fucken', 'effing', 'frickin', 'absolute', 'a', 'an', 'so', 'too', 'such', 'really', 'just', 'totally', 'completely', 'absolutely', 'very', 'truly', 'fucking', 'bloody', 'clearly', 'obviously', 'pure', 'utterly', 'literally', 'the', 'most', 'one', 'of', 'total', 'complete', 'that', 'as', 'kinda', 'always', 'still', 'now', 'officially', 'actually', 'simply', 'being', 'big', 'little', 'hot', 'sad', 'lying', 'sick', 'joke', 'of']);
/** Describing words that make a predicate noun fond or harmless: "a good hack", "a lovable mess", "a former criminal". */
const KIND_DESCRIBERS = new Set(['good', 'great', 'nice', 'lovable', 'loveable', 'adorable', 'cute', 'beautiful', 'glorious', 'happy', 'hot', 'former', 'ex', 'reformed', 'alleged', 'suspected', 'accused', 'fellow', 'real', 'true', 'total', 'bit', 'little', 'big', 'proper', 'lot', 'whole', 'new', 'old', 'young', 'cool', 'fun', 'funny', 'sweet', 'brilliant', 'talented', 'amazing', 'complete', 'absolute', 'utter']);
/** Words that may follow the predicate word at the end of the insult: "he is lying again", "as crazy as ...". */
const PREDICATE_AFTER = new Set([',', 'to', 'and', '&', 'or', 'too', 'as', 'af', 'lol', 'again', 'today', 'now', 'tbh', 'smh', 'period', 'sir', 'man', 'dude', 'bro', 'who', 'incarnate']);

/** Verdicts on a whole person that no complement softens, and the words that may follow them ("evil with a pretty face"). */
const WHOLE_VERDICTS = new Set(['evil', 'vile', 'toxic', 'corrupt', 'wicked', 'deranged', 'unhinged']);
const VERDICT_AFTER = new Set(['with', 'even', 'through', 'beyond', 'for', 'in', 'but', 'yet', 'like']);

/** Merits joined to a trait that make it fond: "rude and funny", "crazy and brilliant". */
const FOND_AFTER_AND = new Set(['funny', 'hilarious', 'sweet', 'kind', 'brilliant', 'talented', 'lovely', 'loved', 'adorable', 'gorgeous', 'beautiful', 'charming', 'clever', 'smart', 'generous', 'loyal', 'caring', 'still', 'proud']);
/** Nouns that insult a person only with "on": "a cancer on this team" (bare "she is a Cancer" is a star sign). */
const ON_ONLY = new Set(['cancer', 'blight', 'plague', 'stain']);
/** Verdicts that may take "on ...": "a cancer on this team", "a disgrace on the field". */
const ON_PREDICATES = new Set([...ON_ONLY, 'disgrace', 'embarrassment']);
/** Verdicts strong enough to stand before a clause of what the person would do ("a sociopath who'd ...", "so brainwashed they'd ..."); mild traits pass ("so stubborn that she walked home"). */
const CLAUSE_VERDICTS = new Set(['sociopath', 'psychopath', 'brainwashed', 'narcissist', 'deluded', 'delusional', 'deranged', 'unhinged', 'psycho', 'psychotic']);
/** Words said of friends fondly or of the ill ("your so sick bro", "she is the sick one this week"). */
const FOND_OR_ILL = new Set(['sick', 'sore', 'crazy', 'mental', 'insane', 'nuts', 'weak', 'fat', 'bum', 'ill']);
/**
 * "your so inept", "ur the worst", "because your so dumb" (sic): an owner word opening a clause, with no
 * noun to own before a degree word or "the" and an insulting predicate, can only be "you're".
 */
const YOURE_NEXT = new Set(['so', 'the', 'such', 'really', 'just', 'fucking', 'fuckin', 'fucken', 'freaking', 'totally', 'completely', 'clearly', 'obviously', 'truly', 'literally', 'always', 'too']);
function youreAt(tokens: readonly Token[], c: number): boolean {
  if (!['your', 'ur'].includes(w(tokens, c)) || !YOURE_NEXT.has(w(tokens, c + 1))) return false;
  // "Monday, your the worst", "printer, your so useless": said to a thing named before the comma
  if (w(tokens, c - 1) === ',' && c >= 2 && !tokens[c - 2]?.mention) return false;
  return c === 0 || CLAUSE_BREAK.has(w(tokens, c - 1)) || tokens[c - 1]?.mention === true || [',', 'because', 'cause', 'cuz', 'coz', 'since', 'and', 'but', 'that', 'lol'].includes(w(tokens, c - 1));
}

/**
 * Person subject + copula + a word from PERSON_NEGATIVE ("he is unhinged", "she is a racist") or from
 * PERSON_PREDICATE ("you are ridiculous", "@sam is the worst", "he is a monster").
 */
function predicatedInsult(tokens: readonly Token[], i: number): Found | null {
  const tok = tokens[i] as Token;
  // the spelling repair reads "murderer" as the group word "murderers"; the word as typed is the predicate
  const t = PERSON_PREDICATE.has(tok.src) && !PERSON_PREDICATE.has(tok.w) ? { ...tok, w: tok.src } : tok;
  // "a cancer on this team": said of a person only with "on" (bare "she is a Cancer" is a star sign, "Rust is a cancer" a thing)
  const predicateOnly = PERSON_PREDICATE.has(t.w) || (ON_ONLY.has(t.w) && w(tokens, i + 1) === 'on');
  if (!(PERSON_NEGATIVE.has(t.w) || predicateOnly) || INSULT_NOUNS.has(t.w) && !predicateOnly || INSULT_ADJECTIVES.has(t.w) && !predicateOnly) return null;
  const nxt = w(tokens, i + 1);
  // "the worst president", "a horrible person": a person noun may follow
  const personAfter = GENERIC_PERSON.has(nxt) || (PERSON_WORDS.has(nxt) && !/^(he|she|they|him|her|them|his|hers)$/.test(nxt));
  // "you are a cheater, Casey!": the name of the one addressed may close the insult
  const nameAfter = /^[A-Z][a-z]+$/.test(tokens[i + 1]?.raw ?? '') && (!tokens[i + 2] || tokens[i + 2]?.punct === true) && !THING_WORDS.has(nxt);
  // "you are the toxic one": "one" after "the ... X" stands for the person ("she is the sick one this week" does not insult)
  const theOne = nxt === 'one' && w(tokens, i - 1) === 'the' && !FOND_OR_ILL.has(t.w);
  // "a sociopath who'd sell ...", "so brainwashed they'd drink bleach": a relative or a result clause follows
  const clauseAfter = CLAUSE_VERDICTS.has(t.w) && (/^who'/.test(nxt) || (w(tokens, i - 1) === 'so' && /^(they|he|she|you|that)(?:'[a-z]+)?$/.test(nxt)));
  const onAfter = nxt === 'on' && ON_PREDICATES.has(t.w);
  // "the biggest fraud in sports", "the dumbest fanbase in basketball": a superlative ranks within a field
  // ("the worst in the league", "the worst in the family at cards" rate a performance, not the person)
  // (and only for the words that judge a person whole: "the most stubborn in the family and the most loved" is fond)
  const fieldAfter = ['in', 'on', 'of'].includes(nxt) && t.w !== 'worst' && t.w !== 'worse' && (/est$/.test(t.w) || INSULT_ADJECTIVES.has(t.w) || PERSON_NEGATIVE.has(t.w)) && !PLAYFUL.has(t.w) && superlativeBefore(tokens, i) && !tokens.some((x) => FOND_WORDS.has(x.w) || x.w === 'loved');
  // "she is evil with a pretty face", "he is toxic even for alligators": a verdict on the whole person stands whatever follows
  const wholeVerdict = WHOLE_VERDICTS.has(t.w) && VERDICT_AFTER.has(nxt);
  if (nxt && !wholeVerdict && !CLAUSE_BREAK.has(nxt) && !PREDICATE_AFTER.has(nxt) && !personAfter && !nameAfter && !theOne && !clauseAfter && !onAfter && !fieldAfter && !(nxt === 'kind' && w(tokens, i + 2) === 'of')) return null;
  // "she's crazy & I love her", "rude and funny on stage", "stubborn and 90 and still drives": the trait joined to love, a
  // merit or an age is told fondly
  if (nxt === 'and' && (/^\d+$/.test(w(tokens, i + 2)) || FOND_AFTER_AND.has(w(tokens, i + 2)) || (['i', 'we'].includes(w(tokens, i + 2)) && ['love', 'adore', 'miss'].includes(w(tokens, i + 3))))) return null;
  // "he's stubborn, he'll pull through": a stubborn streak counted on to beat an illness
  if (t.w === 'stubborn' && /\b(?:pull through|make it|beat (?:this|it)|be (?:fine|okay|ok)|get through|recover)\b/.test(tokens.slice(i + 1).map((x) => x.w).join(' '))) return null;
  // "the worse" is a common misspelling of "the worst"
  if ((t.w === 'worst' || t.w === 'worse') && w(tokens, i - 1) !== 'the' && w(tokens, i - 2) !== 'the') return null;
  let c = i - 1;
  // describing words before the head may themselves be negative: "she is a spoiled brat", "a lying corrupt fraud"
  // (and one describing word of any kind right after the article: "he is an israeli puppet", "a drunk crazy man")
  while (c >= 0 && c > i - 6 && (PREDICATE_SKIP.has(w(tokens, c)) || STANCE_ADVERBS.has(w(tokens, c)) || PERSON_PREDICATE.has(w(tokens, c)) || INSULT_ADJECTIVES.has(w(tokens, c)) || (c === i - 1 && ['a', 'an'].includes(w(tokens, c - 1)) && !tokens[c]?.punct && !tokens[c]?.mention && !KIND_DESCRIBERS.has(w(tokens, c)) && !PERSON_WORDS.has(w(tokens, c)) && !THING_WORDS.has(w(tokens, c))))) c--;
  // "that makes you a bigot", "which made him a hypocrite": the word concluded of the one named
  if (['you', 'u', 'him', 'her'].includes(w(tokens, c)) && ['makes', 'made'].includes(w(tokens, c - 1)) && !['not', 'never'].includes(w(tokens, c - 2))) {
    if (doubted(tokens, c - 1)) return null;
    return { from: c - 1, to: i, confidence: 0.6, explain: `calls a person '${t.w}' ('${w(tokens, c - 1)} ${tokens[c]?.raw ?? ''} ...')`, tag: 'insult' };
  }
  if (youreAt(tokens, c)) {
    // "your so sick bro", "your so crazy lol love you": slang praise, illness, or said with love
    if (doubted(tokens, c) || FOND_OR_ILL.has(t.w) || tokens.some((x) => ['love', 'miss', 'congrats'].includes(x.w))) return null;
    return { from: c, to: personAfter ? i + 1 : i, confidence: 0.6, explain: `calls the reader '${t.w}' ('${tokens[c]?.raw ?? ''}' read as "you're")`, tag: 'insult' };
  }
  if (!['is', 'are', 'was', 'were', 'am'].includes(w(tokens, c))) return null;
  const s = subjectBefore(tokens, c);
  if (s.kind !== 'person') return null;
  const subj = tokens[s.range[1]] as Token;
  // "Terrorists are terrorists", "Stereotypes are lazy": a tautology, or a verdict on a thing that is not a person
  if (subj.w === t.w || NOT_PEOPLE_SUBJECTS.has(subj.w)) return null;
  // "stay home when you're sick", "you're sick, hope you feel better": illness, not a verdict; "you are sick!" and "sick and
  // twisted" stay insults
  if (['sick', 'ill'].includes(t.w) && (['when', 'if', 'while', 'because', 'since', 'whenever', 'cause'].includes(w(tokens, s.range[0] - 1)) || (nxt && !['!', '.', 'and'].includes(nxt)) || (nxt === 'and' && !INSULT_ADJECTIVES.has(w(tokens, i + 2)) && !PERSON_NEGATIVE.has(w(tokens, i + 2))))) return null;
  // "Dieffenbachia is the toxic one": "the ... one" sorts things and creatures as often as people; only a pronoun or @mention
  if (theOne && !subj.mention && !['you', 'he', 'she', 'they', 'u'].includes(subj.w)) return null;
  // "Rust is a cancer on old cars", "Kudzu is a blight on the South": "a cancer on ..." lands on a person only when one is named by a pronoun or @mention
  if (onAfter && !subj.mention && !['you', 'he', 'she', 'they', 'u'].includes(subj.w)) return null;
  if (nameAfter && !personAfter && !CLAUSE_BREAK.has(nxt) && !PREDICATE_AFTER.has(nxt) && subj.w !== 'you') return null;
  if (predicateOnly && COLLECTIVE_SUBJECTS.has(subj.w) && !(ON_PEOPLE.has(t.w) && PEOPLE_SUBJECTS.has(subj.w))) return null;
  // "goalkeepers are crazy, you have to be", "drummers are insane, how do they ...": daring and skill admired in a trade
  if (PLAYFUL.has(t.w) && /s$/.test(subj.w) && !subj.mention && [',', 'about', 'for', 'over', '!'].includes(nxt)) return null;
  // "our QB is insane, how did he make that throw": slang praise for one of our own
  if (PLAYFUL.has(t.w) && ['our', 'my'].includes(w(tokens, s.range[0])) && (!tokens[i + 1] || [',', '!', 'lol', 'lmao'].includes(w(tokens, i + 1)))) return null;
  // hypothetical or doubted: "what if she is lying?", "if he is a fraud, ...", "maybe she is lying?", "are you sure he is lying?"
  if (doubted(tokens, s.range[0])) return null;
  return { from: s.range[0], to: personAfter ? i + 1 : i, confidence: 0.65, explain: `calls a person '${t.w}' ('${subj.raw}')`, tag: 'insult' };
}

/** "the biggest X", "the most entitled X", "the worst X", "the dumbest": a superlative after "the", up to and including i. */
function superlativeBefore(tokens: readonly Token[], i: number): boolean {
  for (let j = Math.max(0, i - 4); j < i; j++) {
    if (w(tokens, j) === 'the' && /(?:est|^most|^worst)$/.test(w(tokens, j + 1))) return true;
  }
  return false;
}

/** Political camps and their creeds, which a jeer calls a sickness. */
const CREEDS = new Set(['liberalism', 'leftism', 'conservatism', 'trumpism', 'progressivism', 'wokeness', 'wokeism']);
const CAMP_DIAGNOSIS = new Set([...CREEDS, 'liberals', 'libs', 'leftists', 'lefties', 'conservatives', 'democrats', 'dems', 'republicans', 'trumpers', 'antifa', 'progressives', 'socialists', 'communists', 'globalists', 'sjws', 'maga']);
/** The end of "[camp] is/are (truly) a mental illness / a cancer", or -1 ("liberals are a cancer on ..." too; a creed only as a mental illness). */
function campDiagnosis(tokens: readonly Token[], i: number): number {
  let k = i + 1;
  // ("Conservatism is a mental illness? No. It's a philosophy": the claim put as a question, to be answered)
  if (!['is', 'are'].includes(w(tokens, k)) || tokens[tokens.length - 1]?.w === '?') return -1;
  k++;
  while (['truly', 'really', 'clearly', 'just', 'literally', 'basically', 'officially', 'still', 'a', 'an', 'actual', 'serious', 'severe'].includes(w(tokens, k))) k++;
  if (w(tokens, k) === 'mental' && ['illness', 'disorder', 'disease', 'condition'].includes(w(tokens, k + 1))) return k + 1;
  // ("socialism is a disease of envy" argues about a creed; people called a cancer are not argued with)
  if (!CREEDS.has(w(tokens, i)) && ['cancer', 'plague', 'disease', 'virus', 'infestation', 'parasites', 'vermin'].includes(w(tokens, k))) return k;
  return -1;
}

/** Works of fiction a part is played in ("a psycho in the new film", "the villain on the show"). */
const FICTION = new Set(['film', 'films', 'movie', 'movies', 'show', 'series', 'play', 'book', 'novel', 'game', 'episode', 'sketch', 'trailer', 'musical', 'sequel', 'season', 'drama', 'sitcom', 'panto']);
function inFiction(tokens: readonly Token[], k: number): boolean {
  if (!['in', 'on'].includes(w(tokens, k))) return false;
  for (let j = k + 1; j <= k + 4 && j < tokens.length; j++) if (FICTION.has(w(tokens, j))) return true;
  return false;
}

/** "too ... to see": failings of mind ("too tired to read" is not one). */
const TOO_BLIND = new Set(['blind', 'brainwashed', 'arrogant', 'ignorant', 'biased', 'gullible', 'deluded', 'delusional', 'partisan', 'thick', 'dense', 'simple', 'dim']);
/** What one is too blind to see when it is a failing of mind, not of eyes ("too blind to see the menu"). */
const SEE_MIND = new Set(['it', 'that', 'what', 'how', 'the', 'reality', 'past', 'through', 'clearly', 'anything', 'why', 'who', '.', '!', '?', '', 'this']);
const TO_SEE = new Set(['see', 'realize', 'realise', 'understand', 'notice', 'admit', 'grasp', 'comprehend', 'get', 'think', 'know', 'accept', 'recognize', 'recognise', 'gone']);
const MINDED = new Set(['narrow', 'small', 'simple', 'weak', 'feeble', 'closed', 'petty']);

/** What a person is "full of" when the phrase dismisses everything they say. */
const FULL_OF = new Set(['shit', 'crap', 'bs', 'bullshit', 'bunk', 'lies', 'garbage', 'hot', 'hate', 'hatred', 'venom', 'bile']);

/** "she is dumber than a box of rocks", "he is full of shit": a put-down of a person without an insulting noun. */
function putDown(tokens: readonly Token[], i: number): Found | null {
  const a = w(tokens, i);
  let end: number;
  if ((a === 'dumber' || a === 'stupider') && w(tokens, i + 1) === 'than') end = i + 1;
  // "they are very low IQ", "he is brain dead"
  else if ((a === 'low' && w(tokens, i + 1) === 'iq') || (a === 'brain' && w(tokens, i + 1) === 'dead')) end = i + 1;
  // "he is narrow-minded", "she is small minded" (the tokenizer splits the hyphen)
  else if (MINDED.has(a) && (w(tokens, i + 1) === 'minded' || (w(tokens, i + 1) === '-' && w(tokens, i + 2) === 'minded'))) end = w(tokens, i + 1) === 'minded' ? i + 1 : i + 2;
  else if (a === 'full' && w(tokens, i + 1) === 'of' && FULL_OF.has(w(tokens, i + 2)) && (w(tokens, i + 2) !== 'hot' || w(tokens, i + 3) === 'air')) end = i + (w(tokens, i + 2) === 'hot' ? 3 : 2);
  // "he's washed up", "a washed-up has-been": past it, said of a person
  // ("washed up and dressed", "washed up for dinner", "washed up in phones": hygiene or a company)
  else if (a === 'washed' && w(tokens, i + 1) === 'up' && !tokens.some((x) => FOND_WORDS.has(x.w)) && (!tokens[i + 2] || tokens[i + 2]?.punct || (w(tokens, i + 2) === 'has' && w(tokens, i + 3) === 'been'))) end = w(tokens, i + 2) === 'has' && w(tokens, i + 3) === 'been' ? i + 3 : i + 1;
  else if (a === 'has' && w(tokens, i + 1) === 'been' && ['a', 'washed', 'up', 'total'].includes(w(tokens, i - 1)) && (!tokens[i + 2] || tokens[i + 2]?.punct || ['who', 'desperate', 'and', 'trying'].includes(w(tokens, i + 2)))) end = i + 1;
  // "you're too blind to see it", "he is too brainwashed to understand": a failing of mind, not of time or energy
  else if (a === 'too' && TOO_BLIND.has(w(tokens, i + 1)) && w(tokens, i + 2) === 'to' && TO_SEE.has(w(tokens, i + 3)) && !(w(tokens, i + 1) === 'blind' && ['see', 'read', 'notice'].includes(w(tokens, i + 3)) && (!SEE_MIND.has(w(tokens, i + 4)) || (w(tokens, i + 4) === 'the' && !['truth', 'obvious', 'problem', 'point', 'hypocrisy', 'irony'].includes(w(tokens, i + 5)))))) end = i + 3;
  else return null;
  let c = i - 1;
  while (c >= 0 && c > i - 4 && ['so', 'just', 'really', 'totally', 'completely', 'clearly', 'obviously', 'always', 'even', 'still', 'way', 'very', 'a', 'an', 'total', 'complete', 'such'].includes(w(tokens, c))) c--;
  if (youreAt(tokens, c)) {
    if (doubted(tokens, c)) return null;
    return { from: c, to: end, confidence: 0.6, explain: `puts the reader down ('${tokens.slice(i, end + 1).map((x) => x.w).join(' ')}', '${tokens[c]?.raw ?? ''}' read as "you're")`, tag: 'insult' };
  }
  if (!['is', 'are', 'was', 'were', 'am'].includes(w(tokens, c))) return null;
  const s = subjectBefore(tokens, c);
  if (s.kind !== 'person') return null;
  if (doubted(tokens, s.range[0])) return null;
  return { from: s.range[0], to: end, confidence: 0.65, explain: `puts a person down ('${tokens.slice(i, end + 1).map((x) => x.w).join(' ')}', '${(tokens[s.range[1]] as Token).raw}')`, tag: 'insult' };
}

/** Evaluations that insult when they describe a person noun ("a bad person", "a sorry little man"); alone they are ordinary ("bad at golf"). */
const EVAL_ON_PERSON = new Set(['bad', 'terrible', 'horrible', 'awful', 'nasty', 'sorry', 'bitter', 'evil', 'rotten', 'miserable', 'vile', 'wretched', 'despicable', 'disgusting', 'twisted', 'hateful', 'mean', 'spiteful', 'petty', 'weak', 'lousy', 'crappy', 'shitty', 'sick', 'sad', 'small', 'pathetic', 'pitiful', 'creepy', 'dishonest', 'deceitful', 'sleazy', 'cruel', 'heartless', 'soulless', 'loathsome', 'repugnant']);
/** Only with "little" do these belittle: "a sad little man", not "a sad person" (who may just be sad). */
const EVAL_NEEDS_LITTLE = new Set(['sad', 'small', 'sorry']);
const PERSON_NOUNS_FOR_EVAL = new Set(['person', 'man', 'woman', 'human', 'guy', 'individual', 'lady', 'dude', 'people', 'men', 'women', 'humans', 'creature', 'bloke']);

/** "he is a bad person", "you are a horrible human being", "what a sad little man": a negative evaluation of a person as a person. */
function badPerson(tokens: readonly Token[], i: number): Found | null {
  const t = tokens[i] as Token;
  if (!EVAL_ON_PERSON.has(t.w)) return null;
  let j = i + 1;
  let little = false;
  // ("a vile, bitter person": a second evaluation after a comma)
  while ((['little', 'old', 'young', 'excuse', 'kind', 'sort', 'of', 'a', 'an', ','].includes(w(tokens, j)) || (['spirited', 'hearted'].includes(w(tokens, j)) && j === i + 1) || (EVAL_ON_PERSON.has(w(tokens, j)) && w(tokens, j - 1) === ',')) && j < i + 5) {
    if (w(tokens, j) === 'little') little = true;
    j++;
  }
  if (!PERSON_NOUNS_FOR_EVAL.has(w(tokens, j))) return null;
  if (EVAL_NEEDS_LITTLE.has(t.w) && !little) return null;
  // "a bad person to ask about directions", "the worst person to watch a horror film with": fitness for a task
  if (w(tokens, j + 1) === 'to' && !['be', 'have', 'know', 'work', 'deal'].includes(w(tokens, j + 2))) return null;
  const end = w(tokens, j) === 'human' && w(tokens, j + 1) === 'being' ? j + 1 : j;
  // "what a bad person", "what an awful man"
  if ((w(tokens, i - 1) === 'a' || w(tokens, i - 1) === 'an') && w(tokens, i - 2) === 'what') {
    return { from: i - 2, to: end, confidence: 0.65, explain: `calls someone '${t.w} ${w(tokens, j)}'`, tag: 'insult' };
  }
  let c = i - 1;
  while (c >= 0 && c > i - 5 && ['a', 'an', 'such', 'really', 'truly', 'genuinely', 'very', 'so', 'just', 'the', 'most', 'one', 'of'].includes(w(tokens, c))) c--;
  if (!['is', 'are', 'was', 'were'].includes(w(tokens, c)) && !(w(tokens, c) === 'you' && c === i - 1)) return null;
  const s = w(tokens, c) === 'you' ? { kind: 'person' as const, range: [c, c] as [number, number] } : subjectBefore(tokens, c);
  if (s.kind !== 'person') return null;
  for (let k = s.range[0] - 1; k >= Math.max(0, s.range[0] - 3); k--) if (['if', 'whether', 'unless', 'not'].includes(w(tokens, k))) return null;
  if (NEGATED_BETWEEN.some((n) => tokens.slice(s.range[1] + 1, i).some((x) => x.w === n))) return null;
  return { from: s.range[0], to: end, confidence: 0.65, explain: `calls a person '${t.w} ${w(tokens, j)}' ('${(tokens[s.range[1]] as Token).raw}')`, tag: 'insult' };
}
const NEGATED_BETWEEN = ['not', 'never', 'no'];

/**
 * Words without which no pattern of this detector can match: every lexicon it reads, the people groups,
 * and the anchor words of the fixed phrases in profanityAt / phraseNoun. A sentence with none of them
 * (most ordinary sentences) skips the detector. Built once; tokens are already unmasked and respelled.
 */
/** Masked words that are everyday words unmasked ("should", "kill"): no trigger for this detector on their own. */
const MASK_ONLY = new Set(['should', 'kill', 'die', 'wiped']);
let triggers: Set<string> | undefined;
function buildTriggers(): Set<string> {
  const t = new Set<string>([...EPITHET, ...INSULT_NOUNS, ...INSULT_ADJECTIVES, ...PERSON_NEGATIVE, ...PERSON_PREDICATE, ...PROFANITY, ...MASKABLE.filter((m) => !MASK_ONLY.has(m)), ...PEOPLE_GROUPS, ...EVAL_ON_PERSON, 'con', 'excuse']);
  const anchors = `fuck screw fk fck f eff effff stuff hell shut stfu gtfo kma gfy gfys shit kiss suck sucks piss sick puke vomit ill want cares life asked lie lied
    stink disgust yours lost away grow bugger crawl likes wants needs respects trusts piece waste son sack low sorry lazy fat dumb broke
    ugly punk off up back narrow small simple weak feeble closed petty needs need should acting acts act acted behave behaves behaving behaved tweeting whining crying throwing despise detest loathe hate abhor dumber stupider full human soy imagine lyin worse wack whack iq brain nut enemy enemies bee beach drama race dirt bottom dregs laughing lap meth too washed has how cancer blight plague stain whiny whiney whining knuckle know propaganda petty tinpot wannabe little joke disgrace embarrassment farce travesty old nepo ${[...OWNED_FLAWS].join(' ')} ${[...GLUED_AT].join(' ')}`;
  for (const a of anchors.split(/\s+/)) if (a) t.add(a);
  for (const a of FRAME_ANCHORS) t.add(a);
  return t;
}
function mayInsult(tokens: readonly Token[]): boolean {
  const t = (triggers ??= buildTriggers());
  return tokens.some((x) => t.has(x.w) || (x.src !== x.w && t.has(x.src)) || COMPOUND_INSULT.test(x.w));
}

function run(input: DetectorInput): DetectorHit[] {
  // glued words split the way the protected rules split them, so "gaypeople are disgusting" is seen as
  // an attack on a group (theirs), not as an insult at a person
  const tokens = unglue(tokenize(input));
  const shapes = shapeGate(tokens);
  if (!shapes && !mayInsult(tokens)) return [];
  // prev is read only when a pronoun may point back into it, so edits next door do not re-run this sentence
  const prev = hasGroupPronoun(tokens) && input.prev ? neighbourGroups(input.prev) : [];
  const direct = findGroups(tokens);
  // "they" standing for a protected group named just before is the protected rules' business too
  // ("this woman is a disgrace" points at one person, whom these rules defend)
  // (a gendered insult used as the group's name, "you bitches", is still an insult at whoever it is said to)
  const groups = [...direct, ...findGroupPronouns(tokens, direct, prev)].filter((g) => !pointsAtOne(tokens, g) && !(g.from === g.to && SLUR_GROUP_NOUNS.has(tokens[g.from]?.w ?? '')));
  const inGroup = (k: number) => groups.some((g) => k >= g.from && k <= g.to);
  const inGroupAt = inGroup;
  const found: Found[] = [];
  // "bitchass dipfuck", "loser. clown.": a sentence made of nothing but insulting words is said to someone
  const words = tokens.filter((x) => !x.punct && !x.mention);
  const insultish = (x: Token): boolean => INSULT_NOUNS.has(x.w) || INSULT_ADJECTIVES.has(x.w) || COMPOUND_INSULT.test(x.w) || MOCK_TITLES.has(x.w);
  // prev is read only for a short sentence built on an insult or a mock title, so edits next door do not re-run the rest
  const prevText = words.length <= 4 && words.some(insultish) ? input.prev ?? '' : '';
  const answers = /[?:]\s*$/.test(prevText) || (words.length > 1 && words.every((x) => /^[A-Z]/.test(x.raw)));
  // a short exclamation after a question or a colon is an answer ("Best Hitchcock film? Psycho."), and after the writer's own
  // mishap it is self-talk ("Left the oven on all day. Complete plonker.")
  // (a diary line with no subject is the writer's own: "Fell asleep on the train and ended up in Brighton.")
  const selfTalk = /\b(i|my|me|i'm|im|myself)\b/i.test(prevText) || /^\s*(left|forgot|spilled|spilt|locked|put|stubbed|dropped|lost|broke|fell|slept|overslept|sent|spent|got|went|ate|wore|woke|bought|took|ran|burnt|[a-z]+ed)\b/i.test(prevText);
  // ("Me: confident. Also me: bombs the interview. What a loser lmao": an exclamation after the writer's own story)
  if (words.length <= 4 && !tokens.some((x) => x.mention) && (answers || selfTalk) && words.every((x) => INSULT_NOUNS.has(x.w) || INSULT_ADJECTIVES.has(x.w) || COMPOUND_INSULT.test(x.w) || ['absolute', 'complete', 'total', 'and', 'you', 'utter', 'what', 'a', 'an', 'such', 'lol', 'lmao', 'haha', 'smh'].includes(x.w))) return [];
  // "note to self: stop being an idiot", "this clown 🙋‍♀️": the writer names themselves
  // ("note to self: Mark in accounts is a useless idiot" still names someone else)
  const noteToSelf = /^\W*(?:note|reminder|memo) to (?:self|myself)\b/i.test(input.text) && !tokens.slice(3).some((x) => (/^[A-Z][a-z]+$/.test(x.raw) && !['I', 'Stop', 'Never', 'Do', 'Dont', 'Always', 'Remember', 'Next'].includes(x.raw)) || ['he', 'she', 'they', 'him', 'her', 'them'].includes(x.w) || x.mention);
  // ("someone will be the idiot who forgets the charger, and that idiot is always me")
  if ((/\b(?:(?:that'?s|that is|it'?s) |(?:that|the) [a-z]+ (?:is|was) (?:always |usually |normally |inevitably |probably )?)me\b/i.test(input.text) && !tokens.some((x) => x.w === 'you' || x.mention)) || noteToSelf || (/🙋|🤦/u.test(input.text) && tokens.some((x, k) => ['this', 'that'].includes(x.w) && (INSULT_NOUNS.has(w(tokens, k + 1)) || INSULT_NOUNS.has(w(tokens, k + 2)))) && !tokens.some((x) => x.mention || x.w === 'you'))) return [];
  const onlyInsults = !answers && words.length >= 1 && words.length <= 4 && words.every((x) => INSULT_NOUNS.has(x.w) || INSULT_ADJECTIVES.has(x.w) || COMPOUND_INSULT.test(x.w) || ['and', 'you', 'absolute', 'total', 'complete'].includes(x.w)) && words.some((x) => INSULT_NOUNS.has(x.w) || COMPOUND_INSULT.test(x.w));
  // "Who developed relativity? Yeah, Einstein.": a mock title that answers a question is the answer
  const framed = (k: number): Found | null => {
    const f = framedPutDown(tokens, k);
    return f && !(f.explain.startsWith('mock title') && answers) ? f : null;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.punct) continue;
    // "anti-fascist", "non-racist": the prefix turns the label around
    // ("ex-crackheads": what someone was and is no longer)
    // (but "anti-vaxxers are gullible fools" names a camp by what it opposes: only the camp reading runs after a prefix)
    const prefixed = w(tokens, i - 1) === 'anti' || w(tokens, i - 1) === 'non' || (w(tokens, i - 1) === 'ex' && /^(?:crack|meth)head/.test(t.w));
    if (prefixed && !(w(tokens, i - 1) === 'anti' && w(tokens, i + 1) === 'are')) continue;
    const prof = prefixed ? groupInsult(tokens, i) : profanityAt(tokens, i) ?? groupInsult(tokens, i) ?? predicatedInsult(tokens, i) ?? badPerson(tokens, i) ?? putDown(tokens, i) ?? framed(i) ?? (shapes ? insultShape(tokens, i) : null);
    if (prof) {
      // anything thrown at a protected group as a whole is the protected rules' business
      if (!groups.some((g) => prof.from <= g.to && g.from <= prof.to + 1) && !toldToGroup(tokens, groups, prof.from)) found.push(prof);
      if (prof.to > i) i = prof.to;
      continue;
    }
    // "your stupid mouth", "his fat ass": an insulting word on someone's body or self
    if (['your', 'his', 'her', 'ur', 'their'].includes(t.w) && (INSULT_ADJECTIVES.has(w(tokens, i + 1)) || PROFANITY.has(w(tokens, i + 1)) || ['sorry', 'lazy', 'fat', 'dumb', 'broke', 'ugly', 'punk'].includes(w(tokens, i + 1))) && BODY.has(w(tokens, i + 2))) {
      found.push({ from: i, to: i + 2, confidence: 0.75, explain: `insult aimed at someone ('${t.w} ... ${w(tokens, i + 2)}')`, tag: 'insult' });
      i += 2;
      continue;
    }
    // "you ignorant dupes", "you pathetic little people": "you" with an insulting adjective and a noun, said to the reader
    // ("Me, you clueless beginner: ...": the writer casting themselves)
    if (t.w === 'you' && (OWNED_CONTEMPT.has(w(tokens, i + 1)) || (VOCATIVE_CONTEMPT.has(w(tokens, i + 1)) && !(w(tokens, 0) === 'me' && tokens[1]?.punct))) && w(tokens, i + 1) !== 'sorry' && !['thank', 'thanks', 'see', 'love', 'miss'].includes(w(tokens, i - 1)) && tokens[i + 2] && !tokens[i + 2]?.punct && !FUNCTION_AFTER_YOU.has(w(tokens, i + 2)) && !THING_WORDS.has(w(tokens, i + 2)) && (i + 3 >= tokens.length || tokens[i + 3]?.punct || CLAUSE_BREAK.has(w(tokens, i + 3)))) {
      found.push({ from: i, to: i + 2, confidence: 0.7, explain: `insulting description aimed at the reader ('you ${w(tokens, i + 1)} ${w(tokens, i + 2)}')`, tag: 'insult' });
      i += 2;
      continue;
    }
    // "your stupid gun laws", "his idiotic excuses": contempt for what someone has or says lands on them
    // ("your sorry card", "her lying BP", "his lying position": an apology and a posture)
    const literalOwned = (w(tokens, i + 1) === 'dumb' && w(tokens, i + 2) === 'luck') || (w(tokens, i + 1) === 'sorry' && ['card', 'note', 'letter', 'message', 'text', 'flowers', 'gift'].includes(w(tokens, i + 2))) || (w(tokens, i + 1) === 'lying' && ['bp', 'position', 'down', 'posture', 'blood', 'pressure', 'heart', 'pulse'].includes(w(tokens, i + 2)));
    if (['your', 'his', 'her', 'their'].includes(t.w) && OWNED_CONTEMPT.has(w(tokens, i + 1)) && !literalOwned && tokens[i + 2] && !tokens[i + 2]?.punct && !CLAUSE_BREAK.has(w(tokens, i + 2)) && !inGroup(i + 2)) {
      found.push({ from: i, to: i + 2, confidence: 0.6, explain: `contempt for what someone has or says ('${t.w} ${w(tokens, i + 1)} ${w(tokens, i + 2)}')`, tag: 'insult' });
      i += 2;
      continue;
    }
    // "your stupidity", "showing his ignorance", "Liberals with their lies": a flaw owned by someone names them
    // by it ("their ignorance of the rules" is only not knowing, so a following "of/about" lets it pass)
    // (advice and stories pass: "admitting your ignorance is the first step", "check your arrogance at the door", "don't judge
    // someone for their ignorance", "in the novel, his lies catch up with him")
    if (['your', 'his', 'her', 'their', 'ur'].includes(t.w) && OWNED_FLAWS.has(w(tokens, i + 1)) && !['of', 'about', 'on', 'regarding', 'at'].includes(w(tokens, i + 2)) && !FLAW_COMPOUND.has(w(tokens, i + 2)) && !FLAW_ADVICE.has(w(tokens, i - 1)) && !(w(tokens, i - 1) === 'for' && tokens.slice(0, i).some((x) => ['someone', 'people', 'anyone', 'others'].includes(x.w))) && !tokens.some((x) => STORY_WORDS.has(x.w)) && !inGroup(i + 1)) {
      found.push({ from: i, to: i + 1, confidence: 0.6, explain: `names someone by a flaw of theirs ('${t.w} ${w(tokens, i + 1)}')`, tag: 'insult' });
      i += 1;
      continue;
    }
    // "your presentation was as useless as you are": a thing likened to the person it belongs to
    if (t.w === 'as' && (INSULT_ADJECTIVES.has(w(tokens, i + 1)) || PERSON_NEGATIVE.has(w(tokens, i + 1))) && !FOND_OR_ILL.has(w(tokens, i + 1)) && w(tokens, i + 2) === 'as' && ['you', 'he', 'she'].includes(w(tokens, i + 3)) && ['are', 'is'].includes(w(tokens, i + 4)) && !tokens.slice(0, i).some((x) => NEGATORS.has(x.w))) {
      found.push({ from: i, to: i + 4, confidence: 0.6, explain: `likens something to the person ('as ${w(tokens, i + 1)} as ${w(tokens, i + 3)} ${w(tokens, i + 4)}')`, tag: 'insult' });
      i += 4;
      continue;
    }
    // "this shows how crooked he is", "you see how stupid they are": an exclamative verdict on a person
    if (t.w === 'how' && (INSULT_ADJECTIVES.has(w(tokens, i + 1)) || PERSON_NEGATIVE.has(w(tokens, i + 1))) && !FOND_OR_ILL.has(w(tokens, i + 1)) && !MILD_HOW.has(w(tokens, i + 1)) && ['he', 'she', 'you', 'u'].includes(w(tokens, i + 2)) && ['is', 'are', 'really'].includes(w(tokens, i + 3)) && !tokens.slice(0, i).some((x) => ['not', 'never', 'if', 'whether', 'forget', 'remember'].includes(x.w)) && !tokens.some((x) => STORY_WORDS.has(x.w) || ['sequel', 'film', 'movie', 'show', 'documentary', 'biography'].includes(x.w))) {
      found.push({ from: i, to: i + 3, confidence: 0.6, explain: `says how '${w(tokens, i + 1)}' a person is ('how ${w(tokens, i + 1)} ${w(tokens, i + 2)} ...')`, tag: 'insult' });
      i += 3;
      continue;
    }
    // "liberals are a mental illness", "leftism is a mental disorder", "antifa is a cancer": a political camp diagnosed
    const sick = CAMP_DIAGNOSIS.has(t.w) ? campDiagnosis(tokens, i) : -1;
    if (sick > 0) {
      found.push({ from: i, to: sick, confidence: 0.7, explain: `calls a political camp a sickness ('${t.w} ... ${w(tokens, sick)}')`, tag: 'insult' });
      i = sick;
      continue;
    }
    // "Parasites, all of them.", "Morons, every last one of them": a name for people thrown at those just named
    // (a weak name too: "all of them" says it is said of people; not names that animals and things share)
    if (i === 0 && /s$/.test(t.w) && INSULT_NOUNS.has(t.w) && !['bugs', 'pests', 'jokes', 'tools', 'toys', 'snakes', 'dummies', 'pigs', 'rats', 'cows', 'vultures', 'weasels', 'leeches', 'planks', 'walnuts'].includes(t.w)) {
      const rest = tokens.slice(1).map((x) => x.w).join(' ');
      // (not when "them" stands for a protected group named before: the protected rules read that)
      if (!groups.some((g) => g.pronoun) && !tokens.some((x) => ANIMALS.has(x.w) || ['dogs', 'dog', 'cows', 'pigs'].includes(x.w)) && /^(?:the )?(?:\w+ )?, (?:all|every (?:single |last )?one|each and every one|the (?:whole )?lot|the pair) of (?:them|em|you)\b|^, (?:all|every (?:single |last )?one|each and every one|the (?:whole )?lot) of (?:them|em|you)\b/.test(rest)) {
        found.push({ from: 0, to: Math.min(tokens.length - 1, 5), confidence: 0.7, explain: `insulting name thrown at people ('${t.w}, all of them')`, tag: 'insult' });
        break;
      }
    }
    // "I hate referees, every single one of them": hate for people, every one of them
    if (t.w === 'i' && ['hate', 'despise', 'loathe', 'detest'].includes(w(tokens, i + 1))) {
      const m = /^(?:[a-z-]+ ){1,7}?, (?:every (?:single |last )?one|each and every one|all|the whole lot) of (?:them|em)\b/.exec(tokens.slice(i + 2, i + 16).map((x) => x.w).join(' '));
      const head = m ? w(tokens, i + 2 + m[0].split(' ').indexOf(',') - 1) : '';
      if (m && /s$/.test(head) && !groups.some((g) => g.pronoun || (g.from >= i + 2 && g.to <= i + 2 + m[0].split(' ').length)) && !THING_WORDS.has(head) && !ANIMALS.has(head) && !tokens.slice(0, i).some((x) => NEGATORS.has(x.w))) {
        found.push({ from: i, to: i + 1 + m[0].split(' ').length, confidence: 0.6, explain: `hate for people, every one of them ('${w(tokens, i + 1)} ... every one of them')`, tag: 'insult' });
        i += m[0].split(' ').length;
        continue;
      }
    }
    // "bankers should be ashamed to exist": existence itself called shameful
    // (not reported or rejected: "a troll told my friend she 'should be ashamed to exist'", "someone messaged them saying ...")
    // (and said of people: "bankers", "estate agents", not "companies that dump sewage" or a brand)
    // (read only at "ashamed": this loop runs on every word)
    const peopleSubject = (): boolean => tokens.slice(0, i).some((x) => PERSON_WORDS.has(x.w) || PEOPLE_GROUPS.has(x.w) || /(?:ers|ors|ists|ians|ants|ents)$/.test(x.w));
    if (t.w === 'ashamed' && peopleSubject() && w(tokens, i + 1) === 'to' && ['exist', 'breathe', 'live'].includes(w(tokens, i + 2)) && w(tokens, i - 1) === 'be' && !tokens.slice(0, i).some((x) => NEGATORS.has(x.w) || ['companies', 'company', 'firms', 'firm', 'corporations', 'brands', 'banks'].includes(x.w) || ['i', 'we', 'me', 'told', 'said', 'saying', 'says', 'messaged', 'wrote', 'called', 'troll', 'trolls', 'nobody', 'noone', "'", '"', '‘', '“'].includes(x.w))) {
      found.push({ from: 0, to: i + 2, confidence: 0.7, explain: "told they should be ashamed to exist ('ashamed to exist')", tag: 'insult' });
      i += 2;
      continue;
    }
    // "never met one of those cyclists who wasn't a total moron": every one met said to be a fool
    if (t.w === 'never' && ['met', 'seen', 'known'].includes(w(tokens, i + 1))) {
      const m = /^(?:met|seen|known) (?:one of those |one of these |a |an |any )(?:[a-z]+ ){1,6}?(?:who|that) (?:was not|wasnt|is not|isnt|were not) (?:a |an )?(?:total |complete |absolute |utter |massive |huge )?([a-z]+)\b/.exec(tokens.slice(i + 1, i + 16).map((x) => x.w).join(' '));
      const name = m?.[1] ?? '';
      if (m && (INSULT_NOUNS.has(name) || INSULT_ADJECTIVES.has(name)) && !WEAK_INSULT_NOUNS.has(name)) {
        found.push({ from: i, to: Math.min(tokens.length - 1, i + m[0].split(' ').length), confidence: 0.65, explain: `every one met called '${name}'`, tag: 'insult' });
        i += m[0].split(' ').length;
        continue;
      }
    }
    // "your code is trash and so are you", "her plan is stupid, and so is she": the verdict on a thing passed to its owner
    if (t.w === 'so' && w(tokens, i - 1) === 'and' && ['are', 'is'].includes(w(tokens, i + 1)) && ['you', 'u', 'he', 'she'].includes(w(tokens, i + 2)) && (i + 3 >= tokens.length || tokens[i + 3]?.punct)) {
      const verdict = tokens.slice(Math.max(0, i - 8), i - 1).find((x) => INSULT_ADJECTIVES.has(x.w) || INSULT_NOUNS.has(x.w) || ['trash', 'garbage', 'rubbish', 'crap', 'shit', 'shite', 'awful', 'terrible', 'pathetic'].includes(x.w));
      const owned = tokens.slice(Math.max(0, i - 8), i - 1).some((x) => ['your', 'ur', 'his', 'her', 'their'].includes(x.w));
      if (verdict && owned && !tokens.slice(0, i).some((x) => NEGATORS.has(x.w))) {
        found.push({ from: i - 1, to: i + 2, confidence: 0.7, explain: `a verdict on someone's work passed to them ('${verdict.w} ... and so ${w(tokens, i + 1)} ${w(tokens, i + 2)}')`, tag: 'insult' });
        i += 2;
        continue;
      }
    }
    // "he sucks", "you suck"
    if ((t.w === 'suck' || t.w === 'sucks') && i > 0 && !['it', 'this', 'that', 'life', 'which'].includes(w(tokens, i - 1))) {
      const s = subjectBefore(tokens, i);
      // "he sucks his thumb", "she sucks on a pacifier", "@pete sucks that your flight got cancelled", "Cancer sucks"
      const sucksObject = tokens[i + 1] && !tokens[i + 1]?.punct && !['so', 'lol', 'balls', 'ass', 'at', 'and', 'man', 'bro', 'dude', 'big', 'hard', 'too', 'now', 'today', 'again'].includes(w(tokens, i + 1));
      if (s.kind === 'person' && w(tokens, i + 1) !== 'up' && !sucksObject && !['cancer', 'covid', 'chemo', 'life', 'monday', 'mondays', 'winter', 'traffic', 'work'].includes(w(tokens, s.range[1]))) {
        found.push({ from: s.range[0], to: i, confidence: 0.7, explain: `says a person sucks ('${(tokens[s.range[1]] as Token).raw}')`, tag: 'insult' });
        continue;
      }
    }
    // "a Sloppy Joe from the food truck": a sandwich
    if (t.w === 'sloppy' && w(tokens, i + 1) === 'joe') continue;
    // "Crazy Eights is a card game", "Crooked Kingdom is the sequel", "Sleepy Max slept through the fireworks, best dog"
    if (EPITHET.has(t.w) && (tokens.some((x) => TITLE_WORDS.has(x.w) || PETS_AND_CHILDREN.has(x.w) || ['tooth', 'nap', 'nappy', 'diaper'].includes(x.w)) || ['administration', 'era', 'years', 'government', 'campaign', 'family', 'estate', 'cabinet'].includes(w(tokens, i + 2)))) continue;
    // "crooked Hillary", "lying Ted": an epithet fixed to a name
    const nameAfter = tokens[i + 1];
    // (not in a headline, where every word is capitalised: "Lying Down Is Good For You")
    if (EPITHET.has(t.w) && nameAfter && epithetNameActs(tokens, i) && /^[A-Z][a-z]+$/.test(nameAfter.raw) && !nameAfter.mention && !THING_WORDS.has(nameAfter.w) && !NOT_NAMES.has(nameAfter.w) && !/^[A-Z]/.test(tokens[i + 2]?.raw ?? '') && !inGroup(i + 1) && !namedAsName(tokens, i)) {
      found.push({ from: i, to: i + 1, confidence: 0.7, explain: `an insulting epithet fixed to a name ('${t.w} ${nameAfter.raw}')`, tag: 'insult' });
      i += 1;
      continue;
    }
    let phraseEnd = phraseNoun(tokens, i);
    // "sick liberals", "hysterical leftists", "another brainwashed lefty": mockery fixed to a camp of people
    if (GROUP_MOCKERY.has(t.w) && !NEGATORS_AFTER.has(w(tokens, i - 1))) {
      const g = INTENSIFIED.has(w(tokens, i + 1)) ? i + 2 : i + 1;
      const camp = w(tokens, g);
      // "sick people deserve better care": before a word for anyone at all, 'sick' means ill
      if (t.w === 'sick' && GENERIC_PEOPLE.has(camp)) continue;
      const nx = tokens[g + 1];
      const closes = !nx || nx.punct || CLAUSE_BREAK.has(nx.w) || CAMP_CLOSERS.has(nx.w);
      if ((PEOPLE_GROUPS.has(camp) && !inGroupAt(g)) || (CAMP_PERSON.has(camp) && closes)) {
        found.push({ from: i, to: g, confidence: 0.7, explain: `mocking description of ${camp} ('${t.w} ${camp}')`, tag: 'insult' });
        i = g;
        continue;
      }
    }
    if (phraseEnd < 0 && (INSULT_ADJECTIVES.has(t.w) || ADJ_ON_PERSON.has(t.w)) && !['fucking', 'fuckin', 'effing', 'bloody', 'damn', 'goddamn'].includes(t.w)) {
      // up to two more describing words before the person noun: "an evil godless man", "a corrupt politician"
      let k = -1;
      for (let j = i + 1; j <= i + 3 && j < tokens.length; j++) {
        const head = w(tokens, j);
        if ((GENERIC_PERSON.has(head) && INSULT_ADJECTIVES.has(t.w)) || (PERSON_HEADS.has(head) && !GENERIC_PERSON.has(head) && (INSULT_ADJECTIVES.has(t.w) || !PLAYFUL.has(t.w)))) {
          k = j;
          break;
        }
        if (tokens[j]?.punct || ['and', 'or', 'the', 'a', 'an', 'of', 'to', 'in', 'is', 'are'].includes(w(tokens, j)) || PERSON_WORDS.has(w(tokens, j))) break;
      }
      if (k > 0 && !inGroupAt(k)) phraseEnd = k;
      // "dumb ass liberals", "stupid liberals": an insulting adjective on a people group
      else if (PEOPLE_GROUPS.has(w(tokens, i + 1)) || (w(tokens, i + 1) === 'ass' && PEOPLE_GROUPS.has(w(tokens, i + 2)))) phraseEnd = w(tokens, i + 1) === 'ass' ? i + 2 : i + 1;
      // "crazy freaking liberals", "stupid fucking celebrities": an intensifier in between
      else if (INTENSIFIED.has(w(tokens, i + 1)) && PEOPLE_GROUPS.has(w(tokens, i + 2))) phraseEnd = i + 2;
    }
    const isNoun = phraseEnd >= 0 || INSULT_NOUNS.has(t.w) || COMPOUND_INSULT.test(t.w);
    const isAdj = !isNoun && INSULT_ADJECTIVES.has(t.w) && !['fucking', 'fuckin', 'effing', 'bloody', 'damn', 'goddamn', 'fat', 'lazy'].includes(t.w);
    if (!isNoun && !isAdj) continue;
    const end = phraseEnd >= 0 ? phraseEnd : i;
    // "[insult] [noun]": an adjective before a noun describes the noun ("stupid bug"); a noun compound is ordinary ("clown show").
    const nxt = w(tokens, end + 1);
    if (isNoun && (COMPOUND_AFTER.has(nxt) || (['a', 'an', 'the'].includes(w(tokens, i - 1)) && agentNounAfter(tokens, end + 1)))) continue;
    // "a bad ass", "kick ass", "half ass", "your lazy ass": praise, an idiom or an intensifier, not the insult
    if ((t.w === 'ass' || t.w === 'arse' || t.w === 'azz') && ['bad', 'kick', 'kicking', 'kicked', 'half', 'my', 'your', 'ur', 'yo', 'his', 'her', 'their', 'our'].includes(w(tokens, i - 1))) continue;
    // "a freak of nature" marvels at someone
    if (t.w === 'freak' && nxt === 'of' && w(tokens, end + 2) === 'nature') continue;
    // "in Among Us you are basically a traitor if you're the impostor": a role in a game of deceit
    if (tokens.some((x) => GAME_OF_ROLES.has(x.w))) continue;
    // "you are so dumb (that) the healer has to babysit you": after "so"/"too" the adjective is predicated, whatever follows
    const degreeBefore = ['so', 'too'].includes(w(tokens, i - 1)) && (['is', 'are', 'was', 'were', 'am'].includes(w(tokens, i - 2)) || (['your', 'ur'].includes(w(tokens, i - 2)) && ['it', 'that', 'you', 'light', 'i', 'lol'].includes(w(tokens, i + 1))));
    if (isAdj && nxt && !degreeBefore && !CLAUSE_BREAK.has(nxt) && nxt !== ',' && !['and', 'or', 'as', 'to', 'of', 'af', 'lol', 'too', 'you', 'person', 'people', 'man', 'woman', 'guy', 'dude', 'bro'].includes(nxt) && !INSULT_NOUNS.has(nxt) && !INSULT_ADJECTIVES.has(nxt)) continue;
    // "a fitness freak", "a neat freak", "an absolute freak, deadlifted 250kg": an enthusiast or a feat, not a slur on someone
    if ((t.w === 'freak' || t.w === 'freaks') && (ENTHUSIAST_BEFORE(w(tokens, i - 1)) || tokens.slice(end + 1, end + 6).some((x) => FEATS.has(x.w)))) continue;
    // "this cocktail is an abomination", "in the novel, the detective unmasks the pervert": a dish, or a part in a story
    if (t.w === 'abomination' && tokens.some((x) => DISHES.has(x.w))) continue;
    if (isNoun && tokens.some((x) => STORY_PARTS.has(x.w))) continue;
    const weak = WEAK_INSULT_NOUNS.has(t.w) || isAdj;
    const onGroup = phraseEnd > i && PEOPLE_GROUPS.has(w(tokens, phraseEnd));
    // a phrase ("joke of a manager", "piece of shit") names a person by itself, whatever its first word
    const aim = onGroup ? { from: i, reason: `aimed at ${w(tokens, phraseEnd)}`, group: true, negated: false } : aimAt(tokens, i, isNoun && (!WEAK_INSULT_NOUNS.has(t.w) || phraseEnd > i), end, true) ?? (onlyInsults && !WEAK_INSULT_NOUNS.has(t.w) ? { from: i, reason: 'a sentence of nothing but insults', group: false, negated: false } : null) ?? (POLITICAL_NAME_CALLING.test(t.w) && !tokens.some((x) => ['terms', 'term', 'words', 'word', 'called', 'banned', 'coined', 'blend', 'compound'].includes(x.w)) && !['like'].includes(w(tokens, i - 1)) ? { from: i, reason: 'political name-calling', group: true, negated: false } : null);
    if (!aim) continue;
    // rough labels and two-word names are fond or literal of pets and children, costumes and adverts, and proud
    // self-descriptions ("our cat is a total drama queen", "my son was a caveman for Halloween", "my dad is a redneck and proud
    // of it", "this old fossil is 200 million years old")
    // (and rough labels are history, comedy or pride: "people were cavemen forty thousand years ago", "my folks are rednecks
    // and I love them", "journalists were nobodies until they broke Watergate")
    if (ROUGH_LABELS.has(t.w) && (tokens.some((x, k) => FOND_WORDS.has(x.w) || ['jokes', 'joked', 'sketch', 'novel', 'until', 'ago', 'hometown'].includes(x.w) || (x.w === 'as' && w(tokens, k + 1) === 'one')) || tokens.slice(Math.max(0, i - 4), i).some((x) => x.w === 'were' || x.w === 'was') || (aim.subject !== undefined && KIN.has(w(tokens, aim.subject[1])) && tokens.slice(Math.max(0, aim.subject[0] - 1), aim.subject[1]).some((x) => ['my', 'our'].includes(x.w))))) continue;
    if ((ROUGH_LABELS.has(t.w) || phraseEnd > i) && (fondSubject(tokens, aim.subject ? aim.subject[1] : aim.from) || tokens.some((x, k) => (k < i || k > end) && (COSTUME_WORDS.has(x.w) || PETS_AND_CHILDREN.has(x.w))))) continue;
    // "are you thick or thin crust people?", "are you evil or lawful in this campaign?": a choice offered, not a verdict
    if (isAdj && nxt === 'or' && !INSULT_ADJECTIVES.has(w(tokens, end + 2)) && !PERSON_NEGATIVE.has(w(tokens, end + 2))) continue;
    if (phraseEnd > i && w(tokens, i) === 'old' && (aim.reason.includes("'this") || aim.reason.includes('@mention'))) continue;
    // "the villain is a psycho", "every character in Succession is a monster", "the cat is a jerk at 5am", "my boss is a beast
    // at Excel", "a clown at the kids' party", "so dense with knowledge", "a bad person to ask about directions": a part, a
    // pet, praise, a job or fitness for a task
    // ("our team lead is ...": a job, not a part)
    const jobLead = aim.subject !== undefined && w(tokens, aim.subject[1]) === 'lead' && ['team', 'tech', 'project', 'design', 'product', 'engineering'].includes(w(tokens, aim.subject[1] - 1));
    if (aim.subject !== undefined && ((FICTION_ROLES.has(w(tokens, aim.subject[1])) && !jobLead) || tokens.some((x) => x.w === 'character' || x.w === 'characters') || PET_SUBJECTS.has(w(tokens, aim.subject[1])))) continue;
    if ((['beast', 'monster', 'animal', 'machine', 'savage', 'clown'].includes(t.w) && w(tokens, end + 1) === 'at') || (t.w === 'dense' && w(tokens, end + 1) === 'with') || (['clown', 'clowns'].includes(t.w) && tokens.some((x) => ['party', 'circus', 'balloon', 'balloons', 'birthday'].includes(x.w)))) continue;
    // "what an idiot I am", "the class clown", "the clown of the family and we love her": oneself, or a fond role
    if (['i', 'im'].includes(w(tokens, end + 1)) || (['clown', 'clowns'].includes(t.w) && (w(tokens, i - 1) === 'class' || (w(tokens, end + 1) === 'of' && w(tokens, end + 3) === 'family')))) continue;
    if (tokens.some((x, k) => x.w === 'love' && ['her', 'him', 'them', 'you'].includes(w(tokens, k + 1)) && w(tokens, k - 1) !== 'i' && w(tokens, k + 2) !== 'how') && aim.reason !== 'political name-calling') continue;
    // "there was a crooked man": a story opens
    if (w(tokens, 0) === 'there' && ['was', 'is', 'once'].includes(w(tokens, 1))) continue;
    // ("Jess is a lovable, useless teammate": a fond word beside the insult in the same phrase)
    if (tokens.slice(Math.max(0, i - 3), i).some((x) => ['lovable', 'loveable', 'adorable', 'beloved', 'darling'].includes(x.w))) continue;
    // "the actor is a psycho in the new film": a part played, not a verdict on the person
    if (inFiction(tokens, end + 1)) continue;
    // Attacks on a protected group are the protected rules' business ("women are idiots").
    if (aim.subject && inGroup(aim.subject[1])) continue;
    if (aim.subject && disbelieved(tokens, aim.subject[0])) continue;
    if (inGroup(end + 1) || inGroup(i)) continue;
    let confidence = weak ? 0.7 : 0.85;
    if (aim.reason.startsWith('names someone')) confidence -= 0.15;
    if (aim.negated) confidence *= 0.4;
    const explain = `${phraseEnd >= 0 ? 'insulting phrase' : isNoun ? 'insulting name' : 'insulting description'} '${tokens.slice(i, end + 1).map((x) => x.w).join(' ')}', ${aim.reason}${aim.negated ? '; negated, so confidence lowered' : ''}`;
    found.push({ from: Math.min(aim.from, i), to: end, confidence, explain, tag: 'insult' });
    i = end;
  }
  const hits: DetectorHit[] = [];
  const praise = found.length ? praiseIn(tokens) : undefined;
  // ("off to see the bitches at the kennels, our greyhound had six puppies": female dogs)
  const dogs = tokens.some((x) => DOG_WORDS.has(x.w)) && !tokens.some((x) => ['you', 'your', 'u', 'ur', 'ya'].includes(x.w) || x.mention);
  for (const f of found) {
    if (dogs && tokens.slice(f.from, f.to + 1).some((x) => x.w === 'bitch' || x.w === 'bitches')) continue;
    const first = tokens[f.from] as Token;
    const last = tokens[f.to] as Token;
    // condemning words beside an insult said to the reader are the writer's own scorn ("you're an embarrassment and
    // your voters should be ashamed"), not a condemnation of the insult
    const mc = mentionContext(input.text, tokens, f.from, f.to);
    const atReader = ['you', 'your', 'ur', 'u'].includes(first.w) || first.mention;
    // ("love you, you useless git" stays fond: only praise words turn sarcastic before a fault word)
    const fond = praise && f.tag !== 'profanity' && (FOND_PRAISE.has(praise) || !tokens.slice(f.from, f.to + 1).some((x) => SCORN_UNDER_PRAISE.has(x.w)));
    const ctx = applyContext(f.confidence, f.explain, fond ? { factor: 0.4, reason: `said with praise ('${praise}')` } : mc && atReader && mc.reason.startsWith('condemned') ? null : mc);
    const masked = tokens.slice(f.from, f.to + 1).find((x) => /[*#%]/.test(x.raw) && (MASKABLE as readonly string[]).includes(x.w));
    hits.push({
      start: first.start,
      end: last.end,
      confidence: Math.round(ctx.confidence * 100) / 100,
      explain: masked ? `${ctx.explain}; masked spelling '${masked.raw}' read as profanity` : ctx.explain,
      tags: [f.tag],
    });
  }
  return hits;
}

export const INSULT: DetectorSpec = {
  id: 'language.insult',
  description: 'Insults, name-calling and profanity aimed at people (second person, @mentions, named or described people, groups of people).',
  scope: 'sentence',
  // No keywords: masked spellings ("f***", "b*tch") fold unpredictably, and the token pass is cheap
  // (no parse), so every sentence is read; results are cached per sentence by the engine.
  validateOptions: noOptions,
  create() {
    return run;
  },
};
