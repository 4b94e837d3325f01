/**
 * Round 34: explicit generalisations in shapes a new helper's set (its text stays outside the repo) showed unread, each
 * read by round 31's device reader on the sentence with the group's name as GRP:
 * - a list of faults after the group, where the first is one the lexicons do not hold or a hyphenated compound
 *   ("[group]: two-faced, thieving, lazy and loud", "[group] are cold, robotic and sneaky");
 * - a fault's superlative said of the group, or the group named as the one with it ("[group] are the rudest people on
 *   earth", "the filthiest tenants were the [group] families");
 * - no member without the fault ("there's not a [member] alive who isn't a liar", "never met a [member] who didn't cheat");
 * - no member with a virtue ("not one [member] I've dealt with has kept his word", "none of the [group] here has ever
 *   held down a job");
 * - a sarcastic simile ("[group] are about as useful as a chocolate teapot").
 * Each stands down, as round 31's devices do, when the sentence condemns or reports the remark, or when the writer
 * counts themself in the group.
 */
import { INSULT_NOUNS, NEGATIVE_ATTRIBUTES } from '../lexicon/words';
import { MORE_DEHUMANISING, MORE_NEGATIVE } from '../lexicon/derogation';
import type { Device } from './round31-readers';

/** Faults written with a hyphen, which the tokenizer splits into two words ("two-faced" is "two faced"). */
const COMPOUND_FAULTS = ['two faced', 'back stabbing', 'backstabbing', 'cold hearted', 'small minded', 'narrow minded', 'pig headed', 'thick headed', 'empty headed',
  'bird brained', 'good for nothing', 'work shy', 'light fingered', 'sticky fingered', 'money grubbing', 'penny pinching', 'tight fisted', 'money hungry',
  'hot headed', 'ill mannered', 'foul mouthed', 'loud mouthed', 'bad tempered', 'mean spirited', 'weak minded', 'feeble minded', 'simple minded',
  'lily livered', 'black hearted', 'hard hearted', 'gold digging', 'gold diggers', 'gold digger', 'double dealing', 'low life', 'low lives', 'no good',
  'half witted', 'dim witted', 'scheming', 'schemers', 'sly', 'shifty', 'callous', 'sanctimonious', 'robotic', 'chancers', 'cheating', 'lying', 'stealing'];
/** One fault in a word: the lexicons' negative labels, their singulars and the compounds above. */
const FAULT = [...new Set([...NEGATIVE_ATTRIBUTES, ...MORE_NEGATIVE, ...MORE_DEHUMANISING, ...INSULT_NOUNS])]
  .filter((x) => /^[a-z]+$/.test(x))
  .concat(COMPOUND_FAULTS)
  .sort((a, b) => b.length - a.length)
  .join('|');
/** A word of a list: not an article, a possessive or a verb, which would start a phrase of its own ("... great, the useless app"). */
const ITEM = String.raw`(?:(?!(?:the|this|that|my|your|his|her|our|their|is|was|are|were|not|but|a|an)\b)\S+ )`;
/** Virtues in a list, which make its faults teasing ("wise, funny and terrible at texting"). */
const VIRTUE_WORDS = 'wise|funny|kind|smart|clever|lovely|generous|warm|brilliant|great|hardworking|friendly|loyal|honest|brave|talented|sweet|caring|patient|tidy|quick|fast|efficient|reliable|polite|professional|neat|punctual|helpful|cheerful|skilled|careful|thorough|happiest|kindest|best|nicest|friendliest|warmest|funniest|bravest|smartest';
/** Superlatives of faults ("rudest", "filthiest", "most dishonest"). */
const SUPERLATIVE = String.raw`(?:rudest|laziest|dirtiest|filthiest|smelliest|sneakiest|greediest|stingiest|ugliest|stupidest|dumbest|nastiest|meanest|worst behaved|thickest|slimiest|shiftiest|scummiest|most (?:${FAULT}))`;
/** Acts of a fault, for "never met a [member] who didn't ...". */
const VICE_ACTS = 'cheat|cheats|lie|lies|steal|steals|scam|scams|whinge|whine|moan|complain|beg|scrounge|mooch|cut corners|stab you in the back|rip you off|try to rip you off|try to scam you|play the victim|smell';
/** Virtues denied to every member: "has kept his word", "held down a job", "paid rent on time". */
const VIRTUES = String.raw`(?:kept (?:his|her|their) word|told the truth|told me the truth|paid (?:rent|their rent|tax|taxes|their taxes|their way|on time|me back|back)|done an honest day s work|done a day s work|done a hard day s work|held down a job|held a job|worked a day|contributed (?:anything|a thing)|been honest|been trustworthy|been on time|been any good|been worth (?:it|hiring|trusting)|produced anything (?:but|except|other than)|invented anything|built anything|given anything back)`;

export const ROUND34_DEVICES: readonly Device[] = [
  {
    // "[group]: two-faced, thieving, lazy and loud", "[group] are cold, robotic and sneaky" (a fault after the list's first word)
    re: new RegExp(String.raw`\bGRP (?:: |= |- |are |r |were )(?:(?:just|all|so|really|very|basically|honestly) )?${ITEM}{1,3}?(?:, |and |& )${ITEM}{0,4}?(?<!\b(?:not|never|nt|t|less|hardly|rarely) (?:\S+ )?)(?:${FAULT})\b`),
    what: 'a list of faults said of the group',
    kind: 'generalisation',
    cues: [',', ':', '=', 'and', '-'],
    pronoun: true,
    unless: new RegExp(String.raw`\b(?:not|never|nt) (?:\S+ ){0,2}(?:all|just)\b|\bbut (?:not|never)\b|\b(?:${VIRTUE_WORDS})\b|\b(?:fleeing|escaping|running from|victims of|afraid of|scared of|targeted by|attacked by|hunted by|persecuted by|fearing)\b`),
  },
  {
    // "[group] are the rudest people on earth", "[group] are by far the laziest workers"
    re: new RegExp(String.raw`\bGRP (?:are|is|were|was|r|make|makes) (?:\S+ ){0,2}?the ${SUPERLATIVE}\b`),
    what: "a fault's superlative said of the group",
    kind: 'generalisation',
    cues: ['the'],
    unless: new RegExp(String.raw`\b(?:${VIRTUE_WORDS})\b`),
  },
  {
    // "the filthiest tenants were the [group] families", "worst drivers on the road = [group] women"
    re: new RegExp(String.raw`\b(?:the )?(?:${SUPERLATIVE}|worst) (?:drivers|tenants|neighbours|neighbors|workers|employees|customers|people|staff|students|parents|guests|passengers|tourists|travellers|travelers|cooks|builders|colleagues|players|fans|patients|kids|ones|of all|by far)\b(?: \S+){0,6}? (?:is|are|were|was|=|always|have been|has been) (?:always |all |easily |definitely )?(?:the |those |these )?GRP\b`),
    what: 'the group named as the one with a fault, at its worst',
    kind: 'generalisation',
    cues: ['worst', 'rudest', 'laziest', 'dirtiest', 'filthiest', 'smelliest', 'sneakiest', 'greediest', 'stingiest', 'ugliest', 'stupidest', 'dumbest', 'nastiest', 'meanest', 'most', 'thickest', 'slimiest', 'shiftiest', 'scummiest'],
  },
  {
    // "there's not a [member] alive who isn't a liar", "never met a [member] who didn't cheat", "is there any [member] who isn't ..."
    re: new RegExp(String.raw`\b(?:never|not|no|is there|are there|show me|name) (?:\S+ ){0,3}?(?:a |an |one |any |a single |single )?GRP (?:\S+ ){0,4}?(?:who|that) (?:(?:is not|was not|are not|were not) (?:a |an |just |such a |such an |a total |a complete |basically |deep down |at heart )?(?:${FAULT}|obsessed with money|after your money|on the make|on the take|on benefits|on the dole)|(?:did not|does not|do not|would not|could not|can not|will not) (?:${VICE_ACTS}))\b(?! (?:at|about|by|with|over|of|for|when|after) )`),
    what: 'no member of the group without a fault',
    kind: 'generalisation',
    cues: ['never', 'not', 'no', 'there', 'show', 'name'],
  },
  {
    // "not one [member] I've ever dealt with has kept his word", "none of the [group] on our estate has ever held down a job"
    re: new RegExp(String.raw`\b(?:not one|not a single|none of (?:the |those |these |them )?|no|never (?:met|known|seen) (?:a|an|one)|has any|have any|when has (?:a|an|any)|when have (?:any)?) ?(?:single )?(?:of (?:the |those )?)?GRP (?:\S+ ){0,6}?(?:has|have|had|ever|could|can|would|will|did)? ?(?:ever |once |actually |really )?${VIRTUES}\b`),
    what: 'a virtue denied to every member of the group',
    kind: 'negated-positive',
    cues: ['not', 'none', 'no', 'never', 'any', 'when'],
  },
  {
    // "[group] treat everyone like dirt", "they treat their women like livestock"
    re: /\bGRP (?:\S+ ){0,3}?(?:treat|treats|treated) (?:everyone|everybody|women|their women|their wives|their wife|their kids|their children|people|us|others|animals|staff|their staff|their workers|girls|their daughters) like (?:dirt|dogs|shit|garbage|trash|rubbish|property|slaves|livestock|animals|cattle|objects|servants|second class citizens|possessions|furniture)\b/,
    what: 'the group said to treat others like dirt',
    kind: 'stereotype',
    cues: ['treat', 'treats', 'treated'],
    pronoun: true,
  },
  {
    // "[group] are about as useful as a chocolate teapot", "[group] have about as much conscience as a cockroach"
    // (a virtue, so that the simile denies it: "about as dangerous as a bag of kittens" defends)
    re: /\bGRP (?:\S+ ){0,3}?(?:are|is|have|has|r) (?:about|roughly|approximately|just about) as (?:much )?(?:useful|use|welcome|pleasant|reliable|trustworthy|honest|clean|smart|clever|intelligent|bright|sharp|helpful|stable|sensible|sense|brains|conscience|class|charm|loyalty|talent|personality|capable|competent|productive|hardworking|attractive|fun|interesting|loyal|grateful|civilised|civilized|trusted|wanted|needed|valuable|sane|mature|rational|logical|honour|honor|integrity|morals|manners|hygiene|culture|loveable|lovable|likeable|likable) (?:\S+ )?as (?:a|an) /,
    what: 'a sarcastic simile about the group',
    kind: 'derogation',
    cues: ['about', 'roughly', 'approximately'],
  },
];
