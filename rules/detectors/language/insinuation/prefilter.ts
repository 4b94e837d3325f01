/**
 * The cues group-attack's prefilter uses to let a sentence through to the insinuation frames when it names no group
 * noun: words that may carry an insinuation on their own, and an identity adjective before an activity, a culture or
 * a place.
 */
import { identityAdjective } from '../lexicon/groups';
import {
  CRIME_NOUNS, DECLINE_PHRASES, ESSENCE, KNOWING_TAGS, PLACES, PROTECT_VERBS, REACTION_PHRASES, ACTIVITIES, CULTURE_NOUNS, IDENTITY_PLACES,
  PUT_DOWN_IDENTITY,
} from '../lexicon/derogation';
import { READER_CUES } from './implicit-readers';
import { ROUND15_CUES } from './slides-and-punchlines';
import { ROUND16_HELPER_CUES } from './feigned-and-foretold';
import { ROUND19_CUES } from './round19-readers';
import { ROUND20_CUES } from './round20-readers';
import { ROUND22_CUES } from './round22-readers';
import { ROUND23_CUES } from './round23-readers';
import { ROUND24_CUES } from './round24-readers';
import { ROUND25_CUES } from './round25-readers';
import { ROUND26_CUES } from './round26-readers';
import { ROUND27_CUES } from './round27-readers';
import { ROUND28_CUES } from './round28-readers';
import { ROUND29_CUES } from './round29-readers';
import type { Token } from '../tokens';

const COPULAS = new Set(['is', 'are', 'was', 'were']);

/** Common words that never signal an insinuation on their own, left out of the prefilter. */
const NOT_CUES = new Set(['the', 'their', 'they', 'them', 'with', 'what', 'know', 'have', 'this', 'that', 'time', 'into', 'like', 'will', 'more', 'every', 'there', 'goes']);

/**
 * Words that may carry an insinuation when the identity is only an adjective ("the shooter was Black")
 * or the group was named in the previous sentence ("A woman pilot? I'm taking the train."): the
 * sentence then has no group noun, and group-attack's prefilter lets it through on one of these.
 */
export const INSINUATION_CUES = new Set([
  'imagine', 'bet', 'probably', 'being', 'duo', 'oxymoron', 'quotes', 'such', 'classic', 'peak', 'logic', 'mentality', 'homosexuality', 'bisexuality', 'transgenderism', 'gayness', 'autism',
  'asexuality', 'pansexuality', 'dyslexia', 'adhd', 'transness', 'nonbinary', 'binary', 'identity', 'religion', 'race', 'ethnicity', 'nationality', 'wherever', 'iconic', 'thanks', 'than', 'funny', 'notice', 'guess', 'another', 'surprise', 'shocker', 'tell',
  // round 8: atrocities minimised, smells after a group named before, children taken away
  'holocaust', 'shoah', 'pogroms', 'slavery', 'apartheid', 'segregation', 'lynchings', 'lynching', 'colonialism', 'internment', 'smell', 'smells', 'smelled',
  'smelt', 'smelling', 'stink', 'stinks', 'stank', 'reek', 'reeks', 'reeking', 'stench', 'pulled', 'pull', 'pulling', 'throat', 'throats',
  // round 9: a precaution, a walk-away reply or a child named with a danger, where the identity is only an adjective
  'locked', 'lock', 'wallet', 'security', 'elsewhere', 'luck', 'eye', 'predator', 'predators', 'groomers', 'grooming',
  // a member named in the sentence before, judged "like the rest of them"
  'rest', 'others',
  // round 12: a diagnosis waved away, a person's gender refused
  'diagnosis', 'diagnoses', 'hall', 'excuses', 'amount', 'sticking', 'dude', 'bloke', 'depression', 'anxiety', 'ocd', 'ptsd', 'dyspraxia',
  'dyscalculia', 'fibromyalgia', 'neurodivergence',
  // round 13: an identity mocked with an absurd one, a gender refused with a jeer
  'identify', 'fooling',
  ...READER_CUES, ...ROUND15_CUES, ...ROUND16_HELPER_CUES, ...ROUND19_CUES, ...ROUND20_CUES, ...ROUND22_CUES, ...ROUND23_CUES, ...ROUND24_CUES, ...ROUND25_CUES, ...ROUND26_CUES, ...ROUND27_CUES, ...ROUND28_CUES, ...ROUND29_CUES, ...PLACES, ...PROTECT_VERBS, ...CRIME_NOUNS,
  ...[...DECLINE_PHRASES, ...ESSENCE, ...KNOWING_TAGS, ...REACTION_PHRASES].flatMap((p) => p.split(' ')).filter((w) => w.length > 3 && !NOT_CUES.has(w)),
]);

/**
 * An identity adjective before an activity or a culture with no group noun ("female comedy is a joke", "Muslim
 * culture is backward"): group-attack's prefilter lets such a sentence through on this two-word check rather
 * than on common cue words, so the cost of sentences without an identity does not grow.
 */
export function identityThing(tokens: readonly Token[]): boolean {
  let who = false;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const n = (tokens[i + 1] as Token).w;
    if ((tokens[i] as Token).w === 'who') who = true;
    // "Black neighbourhoods", "gay bars": a place or an institution standing for the group
    if ((ACTIVITIES.has(n) || CULTURE_NOUNS.has(n) || IDENTITY_PLACES.has(n)) && (identityAdjective((tokens[i] as Token).w) !== undefined || ['womens', 'mens', 'ladies'].includes((tokens[i] as Token).w))) return true;
    // "guys who do yoga are all gay": an identity word after a relative clause
    if (who && PUT_DOWN_IDENTITY.has(n)) return true;
    // "he's Black, so ...", "a 62 year old new starter", "the wheelchair user": a member with no group noun, for the
    // round 14 readers (implicit-readers)
    if (COPULAS.has((tokens[i] as Token).w) && identityAdjective(n) !== undefined) return true;
    if (n === 'wheelchair' || (n === 'year' && Number((tokens[i] as Token).w) >= 50)) return true;
  }
  return false;
}
