/**
 * Round 33: explicit shapes my own template probes (one frame, eight groups) found unread, each read by round 31's
 * device reader on the sentence with the group's name as GRP:
 * - "show me a [member] and I'll show you a liar";
 * - "[group] should be ashamed of existing";
 * - "I wouldn't piss on a [member] if they were on fire";
 * - "the fewer [group] around, the better";
 * - "[group] deserve nothing but contempt";
 * - "being a [member] should be a crime".
 * Each stands down, as round 31's devices do, when the sentence condemns or reports the remark, or when the writer
 * counts themself in the group.
 */
import { INSULT_NOUNS, NEGATIVE_ATTRIBUTES } from '../lexicon/words';
import { MORE_DEHUMANISING, MORE_NEGATIVE } from '../lexicon/derogation';
import type { Device } from './round31-readers';

/** A single-word insult or negative label, as the head of "I'll show you a ...". */
const LABELS = [...new Set([...INSULT_NOUNS, ...NEGATIVE_ATTRIBUTES, ...MORE_NEGATIVE, ...MORE_DEHUMANISING])]
  .filter((x) => /^[a-z]+$/.test(x))
  .sort((a, b) => b.length - a.length)
  .join('|');

export const ROUND33_DEVICES: readonly Device[] = [
  {
    // "show me a Muslim and I'll show you a liar", "show me an immigrant, I will show you a thief"
    re: new RegExp(String.raw`\bshow me (?:a |an |one |any )?(?:\S+ )?GRP (?:and |, |,and )?(?:i ll|i will|ill|and i ll) show you (?:a |an )?(?:\S+ )?(?:${LABELS})\b`),
    what: 'a member held up as proof of a fault',
    kind: 'derogation',
    cues: ['show'],
  },
  {
    // "[group] should be ashamed of existing", "ought to be ashamed of being born"
    re: /\bGRP (?:\S+ ){0,3}?(?:should|ought to|must|need to|needs to) (?:all |just )?(?:be|feel) ashamed (?:of|for) (?:existing|being alive|being born|breathing|living|who they are|what they are|their own existence)\b/,
    what: 'the group told to be ashamed of existing',
    kind: 'derogation',
    cues: ['ashamed'],
  },
  {
    // "I wouldn't piss on a [member] if they were on fire": contempt so deep it withholds rescue
    re: /\b(?:wouldn t|would not|wouldnt|won t|will not|wont) (?:even )?(?:piss|pee|spit) on (?:a |an |any |one of those |those )?GRP (?:\S+ ){0,2}?if (?:they|he|she|it) (?:were|was|are|is) on fire\b/,
    what: 'contempt that would not put out a fire on the group',
    kind: 'derogation',
    cues: ['piss', 'pee', 'spit'],
  },
  {
    // "the fewer immigrants around, the better", "the less Jews in this town the better"
    re: /\bthe (?:less|fewer) (?:of )?(?:the |those |these )?GRP (?:(?:around|here|there|about) ){0,2}(?:we have |we see |we get |in (?:\S+ ){1,3}?|on (?:\S+ ){1,2}?)?,? ?the better\b/,
    what: 'fewer of the group called better',
    kind: 'exclusion',
    cues: ['better'],
  },
  {
    // "[group] deserve nothing but contempt / hatred / pain"
    re: /\bGRP (?:\S+ ){0,2}?deserves? nothing but (?:contempt|hatred|hate|scorn|disgust|pain|suffering|misery|death|abuse|ridicule|a beating|beatings)\b/,
    what: 'the group said to deserve nothing but contempt or harm',
    kind: 'exclusion',
    cues: ['deserve', 'deserves'],
  },
  {
    // "being a [member] should be a crime", "being gay ought to be illegal" (not "should never be a crime")
    re: /\bbeing (?:a |an )?GRP (?:\S+ ){0,4}?(?:should be|ought to be|needs to be|must be|should still be|should go back to being) (?:a crime|illegal|criminal|a criminal offence|a criminal offense|banned|outlawed|punished|punishable|a sin punished)\b/,
    what: 'being a member of the group called a crime',
    kind: 'exclusion',
    cues: ['crime', 'illegal', 'criminal', 'banned', 'outlawed', 'punished', 'punishable'],
  },
];
