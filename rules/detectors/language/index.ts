/** Built-in language detectors: inflammatory language and protected-characteristic attacks. */
import type { DetectorSpec } from '../../types';
import { CODED } from './coded';
import { CONTEMPT } from './contempt';
import { GROUP_ATTACK } from './group-attack';
import { INSULT } from './insult';
import { LEARNED_INSULT } from './learned-insult';
import { REPLY_PROFANITY } from './reply-profanity';
import { SHOUTING } from './shouting';
import { SLUR } from './slur';
import { THREAT } from './threat';

export const LANGUAGE_DETECTORS: readonly DetectorSpec[] = [SHOUTING, INSULT, REPLY_PROFANITY, THREAT, CONTEMPT, SLUR, GROUP_ATTACK, CODED, LEARNED_INSULT];
