/**
 * Round 23 readers of implicit derogation, after probes written by a second author (a helper who had not read the rules):
 * - `disclaimedBigotry`: "I'm not racist but ...", "not transphobic but ...": a disclaimer that announces what follows.
 *   The label names the characteristic, so no group need be named ("... there's a reason property values drop when
 *   certain families move in"). Stands down when the phrase is quoted or talked about ("'I'm not racist but' is a phrase
 *   that ..."), and when nothing follows the "but".
 * - `replacementFeared`: "we'll be the minority in our own country", "outnumbered in our own towns": the replacement trope.
 * - `groomerTrope`: a gay, trans or drag person near children cast as a predator with no crime named ("grown men in wigs
 *   want access to 5-year-olds", "then it's called recruitment", "I'd keep an eye on that kid").
 * - `builtForLabour`: a group said to be built or bred for hard or menial work ("they're built for that kind of work").
 * - `conditionDenied`: a condition called a vice in disguise ("ADHD used to be called being lazy").
 * - `voteRegretted`: a group's vote called a failed experiment ("women voting was a fun experiment, but ...").
 * - `contagionTrope`: an identity said to spread like a disease ("spreads like a contagion", "social contagion").
 * Then, for misses the round 22 note listed and a third author's probe:
 * - `refusedIfMember`: "I wouldn't get on a plane if a woman was flying it".
 * - `periodJibe`: "you can always tell when a woman is on her period".
 * - `genderDeniedAfter`: "Trans women in the changing rooms? They're men and always will be."
 * - `unsaidConclusion`: "... you know the rest", "join the dots" beside a group.
 */
import type { GroupMention } from '../find-groups';
import { identityAdjective, type Characteristic } from '../lexicon/groups';
import { VICTIMISED } from '../lexicon/derogation';
import type { Attack } from '../predicate';
import type { Token } from '../tokens';
import { CONDEMNING, member, words } from './implicit-readers';
import { hasBadContent } from './cue-score';
import { hasPraise, hit, writerIsMember, type Neighbour, type Words } from './shared';

/** The label a disclaimer denies, and the characteristic it names. */
const DISCLAIMED: ReadonlyMap<string, Characteristic> = new Map<string, Characteristic>([
  ['racist', 'race'], ['sexist', 'gender'], ['misogynist', 'gender'], ['misogynistic', 'gender'], ['homophobic', 'sexual-orientation'],
  ['homophobe', 'sexual-orientation'], ['transphobic', 'gender-identity'], ['transphobe', 'gender-identity'], ['islamophobic', 'religion'],
  ['antisemitic', 'religion'], ['ableist', 'disability'], ['ageist', 'age'], ['xenophobic', 'origin'],
]);
/** Verbs of reporting that CONDEMNING holds, which a reader of its own may let pass ("my granddad says ..., and he's right"). */
const REPORT_VERBS = words(`says said say told tells`);
/** Words that make the disclaimer a phrase talked about, not said: "... is a phrase that", "people who say". */
const TALKED_ABOUT = words(`phrase phrases sentence saying says said say words quote quotes classic famous always never whenever starts start
  started starting begins begin followed`);
/** Speakers before the disclaimer who make it someone else's: "people who say 'I'm not racist but'". */
const OTHER_SPEAKERS = words(`anyone everyone people someone somebody who uncle aunt dad mum mom boss guy`);
/** A question after the disclaimer asked to learn: "I'm not transphobic but I do have questions, asked respectfully". */
const SINCERE = words(`respectfully respectful learn understand educate`);

/** "I'm not racist but ...", "not transphobic but if you need surgery ...": the disclaimer before the claim. */
export function disclaimedBigotry(_tokens: readonly Token[], w: Words): Attack | null {
  for (let b = w.indexOf('but'); b >= 0; b = w.indexOf('but', b + 1)) {
    const a = disclaimerBefore(w, b);
    if (a) return a;
  }
  return null;
}

/** The disclaimer that ends at the "but" at b, if any. */
function disclaimerBefore(w: Words, b: number): Attack | null {
  if (b < 2 || w.length - b < 5) return null;
  // the label just before "but" (a comma may stand between), after "not" and maybe "a" or "being"
  let l = b - 1;
  if (w[l] === ',') l--;
  const c = DISCLAIMED.get(w[l] ?? '');
  if (!c) return null;
  let n = l - 1;
  // ("not a racist", "not being racist", "not trying to be racist")
  while (n > l - 5 && ['a', 'an', 'being', 'trying', 'to', 'be'].includes(w[n] ?? '')) n--;
  if (w[n] !== 'not') return null;
  // the writer's own disclaimer at the start of a clause: "I'm not ...", "not ... but" (not "he's not racist but ...")
  const subject = w[n - 1] === 'am' && w[n - 2] === 'i' ? n - 2 : n;
  if (subject > 0 && !['.', '!', '?', ',', 'and', 'lol', 'look', 'honestly', 'ok', 'okay', 'so'].includes(w[subject - 1] ?? '')) return null;
  // a phrase talked about ("'I'm not racist but' is a phrase that ...") or condemned in the rest of the sentence
  if (w.slice(b + 1, b + 4).some((x) => TALKED_ABOUT.has(x)) || w.slice(0, subject).some((x) => TALKED_ABOUT.has(x) || OTHER_SPEAKERS.has(x))) return null;
  if (w.some((x, i) => i > b && (CONDEMNING.has(x) || SINCERE.has(x)))) return null;
  return hit(subject, Math.min(w.length - 1, b + 4), { from: l, to: l, characteristic: c, pronoun: false, weak: true }, 'derogation', `a disclaimer announcing the claim ('not ${w[l]} but')`);
}

/** "we'll be the minority in our own country", "outnumbered in our own towns": the replacement trope. */
const REPLACED = /\b(?:we (?:will (?:soon )?be|would be|are going to be|are (?:already|soon|now)) (?:a |the )?minorit(?:y|ies)|we are the minorit(?:y|ies)|(?:we are|we will be|be|being|already) outnumbered|we will be strangers) in (?:our|my) own (?:country|countries|town|towns|city|cities|land|nation|street|streets|neighbourhood|neighborhood|village)\b/;
/** "The Great Replacement isn't a theory", "... is real / is happening": the trope endorsed by name. */
const REPLACEMENT_ENDORSED = /\bgreat replacement (?:is|s) (?:real|happening|not a (?:conspiracy )?theory|no (?:conspiracy )?theory|not a myth|a fact)\b|\bgreat replacement (?:is|s) (?:already )?(?:here|underway|under way)\b/;
/** Minorities of votes and seats, not of people: "after the boundary changes we'll be the minority in our own town". */
const POLITICAL = words(`boundary boundaries vote votes voting council councillors seats seat party ward election elections league club members union`);

export function replacementFeared(_tokens: readonly Token[], w: Words): Attack | null {
  if (!w.includes('own') && !w.includes('replacement')) return null;
  const text = w.join(' ');
  const m = REPLACED.exec(text) ?? REPLACEMENT_ENDORSED.exec(text);
  if (!m || w.some((x) => CONDEMNING.has(x) || POLITICAL.has(x))) return null;
  const at = text.slice(0, m.index).split(' ').length - 1;
  const end = at + m[0].split(' ').length - 1;
  return hit(at, end, { from: at, to: end, characteristic: 'origin', pronoun: false, weak: true }, 'derogation', 'the replacement trope');
}

/** Children, as the groomer trope names them. */
const CHILDREN = words(`kid kids child children boy boys girl girls toddlers toddler youngsters minors son daughter`);
/** Words that name a gay, trans or drag person when no group noun is there ("two dads", "men in wigs"). */
const QUEER_CUES = words(`gay gays lesbian lesbians trans drag queer wigs pronouns lgbt lgbtq`);
/** Two parents of one sex, named without a group noun: "two dads adopting a little boy". */
const SAME_SEX_PARENTS = /\btwo (?:dads|mums|moms|fathers|mothers)\b/;
const ACCESS = /\b(?:want|wants|wanting|get|gets|getting|have|has|given|giving) (?:this much |so much |unsupervised |easy |more |free )?access to (?:our |your |the |young |little )?(?:kids|children|\d+ ?-? ?years? ?-? ?olds?|toddlers|minors|boys|girls)\b/;
const RECRUITED = /\b(?:it is called|that is called|called|is|basically) recruitment\b|\brecruit(?:ing)? (?:our |your |the )?(?:kids|children|youth|boys|girls)\b/;
const WATCHED = /\bkeep an eye on (?:that|the|this|your|those|their) (?:kid|kids|child|children|boy|boys|girl|girls|son|daughter)\b/;

/** "grown men in wigs want access to 5-year-olds", "then it's called recruitment", "I'd keep an eye on that kid". */
export function groomerTrope(tokens: readonly Token[], w: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  if (!w.some((x) => x === 'access' || x.startsWith('recruit') || x === 'eye')) return null;
  const text = w.join(' ');
  const m = ACCESS.exec(text) ?? RECRUITED.exec(text) ?? WATCHED.exec(text);
  if (!m || w.some((x) => CONDEMNING.has(x) || ['safeguarding', 'checks', 'checked', 'dbs', 'background', 'vetted', 'grooming', 'groomers'].includes(x))) return null;
  // (recruitment of children needs children in the sentence or the one before; access and watching name them)
  if (/^(?:it|that|called|is|basically)\b/.test(m[0])) {
    if (!w.some((x) => CHILDREN.has(x) || /^\d+$/.test(x)) && !prev.words().some((x) => CHILDREN.has(x) || /^\d+$/.test(x))) return null;
  }
  const at = text.slice(0, m.index).split(' ').length - 1;
  const end = at + m[0].split(' ').length - 1;
  const queer = (g: GroupMention): boolean => !g.pronoun && (g.characteristic === 'sexual-orientation' || g.characteristic === 'gender-identity');
  // the member in this sentence (a group, or a cue word such as "two dads", "men in wigs"), else in the one before
  const here = groups.find(queer);
  const pairAt = SAME_SEX_PARENTS.exec(text);
  const cue = pairAt ? text.slice(0, pairAt.index).split(' ').length : w.findIndex((x) => QUEER_CUES.has(x));
  const before = prev.groups().find(queer);
  if (!here && cue < 0 && !before && !prev.words().some((x) => QUEER_CUES.has(x)) && !SAME_SEX_PARENTS.test(prev.words().join(' '))) return null;
  const from = here?.from ?? (cue >= 0 ? cue : at);
  const g = here ?? { from, to: from, characteristic: before?.characteristic ?? 'sexual-orientation', pronoun: false, weak: true };
  return hit(Math.min(at, from), end, g, 'derogation', 'the groomer trope');
}

/** "they're built for that kind of work", "[group] are bred for the fields": a group made for labour. */
const BUILT_FOR = /\b(?:are|were|is) (?:just |naturally |literally )?(?:built|bred|made|designed) for (?:that kind of |this kind of |that sort of |hard |manual |physical |heavy |field |menial |dirty |farm )?(?:work|labour|labor|lifting|the fields|fields|cleaning|picking|manual labour)\b/;

export function builtForLabour(tokens: readonly Token[], w: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  if (!w.includes('built') && !w.includes('bred') && !w.includes('designed') && !w.includes('made')) return null;
  const text = w.join(' ');
  const m = BUILT_FOR.exec(text);
  if (!m || w.some((x) => CONDEMNING.has(x))) return null;
  const at = text.slice(0, m.index).split(' ').length - 1;
  // the subject: a group just before, or "they" for one named in the sentence or the one before
  const end = at + m[0].split(' ').length - 1;
  const g = groups.find((x) => x.to < at && at - x.to <= 3) ?? (w[at - 1] === 'they' ? groups.find((x) => !x.pronoun && x.to < at) ?? member(tokens, w, groups, 0, at) : undefined);
  if (g) return hit(Math.min(g.from, at), end, g, 'stereotype', 'a group made for labour');
  // "they" for a group named in the sentence before
  const before = w[at - 1] === 'they' ? prev.groups().find((x) => !x.pronoun) : undefined;
  return before ? hit(at - 1, end, { from: at - 1, to: at - 1, characteristic: before.characteristic, pronoun: true, weak: false }, 'stereotype', 'a group made for labour') : null;
}

/** Conditions waved away as a vice: "ADHD used to be called being lazy". */
const CONDITIONS = words(`adhd autism autistic dyslexia dyspraxia depression anxiety ocd ptsd neurodivergent neurodivergence asd add`);
const VICE_NAMES = /\bused to be called (?:being )?(?:lazy|laziness|naughty|bad parenting|attention seeking|a lack of discipline|no discipline|having no discipline|weak|weakness|spoilt|spoiled|an excuse|making excuses|badly behaved|bad manners|a clip round the ear)\b/;

export function conditionDenied(_tokens: readonly Token[], w: Words, _groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  if (!w.includes('called')) return null;
  // the condition named here, or in the sentence before ("Everyone's got ADHD now. Used to be called being lazy.")
  const here = w.findIndex((x) => CONDITIONS.has(x));
  if (here < 0 && !prev.words().some((x) => CONDITIONS.has(x))) return null;
  const text = w.join(' ');
  const m = VICE_NAMES.exec(text);
  if (!m || w.some((x) => (CONDEMNING.has(x) && !REPORT_VERBS.has(x)) || ['wrongly', 'misdiagnosed', 'undiagnosed', 'diagnosed', 'missed', 'unrecognised', 'unrecognized', 'overlooked'].includes(x))) return null;
  const at = text.slice(0, m.index).split(' ').length - 1;
  // ("My ADHD used to be called being lazy by every teacher I had": the writer's own condition, called so by others)
  if (w[here - 1] === 'my' || w[at + m[0].split(' ').length] === 'by') return null;
  const c = here >= 0 ? here : at;
  return hit(Math.min(c, at), at + m[0].split(' ').length - 1, { from: c, to: c, characteristic: 'disability', pronoun: here < 0, weak: true }, 'derogation', 'a condition called a vice');
}

/** "women voting was a fun experiment", "giving women the vote was a mistake". */
const VOTE_REGRET = /\b(?:voting|vote|the vote|having the vote|getting the vote) (?:was|has been|is) (?:a |an )?(?:fun |nice |cute |failed |interesting |bad |huge |big |great )?(?:experiment|mistake|error|disaster)\b/;

export function voteRegretted(_tokens: readonly Token[], w: Words, groups: readonly GroupMention[]): Attack | null {
  if (!w.includes('vote') && !w.includes('voting')) return null;
  const text = w.join(' ');
  const m = VOTE_REGRET.exec(text);
  if (!m || w.some((x) => CONDEMNING.has(x))) return null;
  const at = text.slice(0, m.index).split(' ').length - 1;
  // the group votes or is given the vote: "women voting", "letting immigrants vote", "women getting the vote" (not "for
  // disabled voters the postal vote was a disaster")
  const g = groups.find((x) => !x.pronoun && x.to === at - 1) ?? groups.find((x) => !x.pronoun && x.to === at - 2 && ['letting', 'giving', 'allowing'].includes(w[x.from - 1] ?? ''));
  if (!g) return null;
  return hit(g.from, at + m[0].split(' ').length - 1, g, 'exclusion', "a group's vote regretted");
}

/** "spreads like a contagion", "it's a social contagion": an identity said to spread like a disease. */
const CONTAGION = /\b(?:spreads?|spreading|spread) like (?:a )?(?:contagion|virus|disease|plague|cancer|infection)\b|\bsocial contagion\b/;

export function contagionTrope(tokens: readonly Token[], w: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  if (!w.includes('contagion') && !w.includes('like')) return null;
  const text = w.join(' ');
  const m = CONTAGION.exec(text);
  if (!m || w.some((x) => CONDEMNING.has(x)) || w.includes('myth') || w.includes('debunked')) return null;
  const queer = (x: GroupMention): boolean => !x.pronoun && (x.characteristic === 'gender-identity' || x.characteristic === 'sexual-orientation');
  const at = text.slice(0, m.index).split(' ').length - 1;
  const end = at + m[0].split(' ').length - 1;
  const here = groups.find(queer) ?? member(tokens, w, groups);
  if (here && queer(here)) return hit(Math.min(at, here.from), end, here, 'dehumanising', 'an identity likened to a contagion');
  const before = prev.groups().find(queer);
  return before ? hit(at, end, { from: at, to: at, characteristic: before.characteristic, pronoun: true, weak: false }, 'dehumanising', 'an identity likened to a contagion') : null;
}

/** Words of these readers rare enough to open group-attack's prefilter when no group noun is named. */
export const ROUND23_CUES: readonly string[] = [...DISCLAIMED.keys(), 'minority', 'outnumbered', 'access', 'recruitment', 'recruiting', 'built', 'bred', 'contagion', 'experiment', 'adhd', 'autism', 'period', 'pmsing', 'pms', 'replacement', 'dots', 'observation', 'sink', 'conclusions', 'coincidence', 'noticing'];

/** The writer's refusal: "I wouldn't get on", "I'd never let", "I refuse to". */
const REFUSAL = /\bi (?:would not|will not|would never|will never|refuse to|am not going to|would refuse to) (?:get on|get in|board|fly|ride|go|set foot|step|eat|trust|see|use|sit|stay|let|buy|hire|vote)\b/;
/** A member doing the job or holding the role: "if a woman was flying it", "if the surgeon was Black". */
const DOING_IT = words(`flying driving operating running cooking teaching treating managing leading piloting captaining pilot doctor
  surgeon driver captain chef teacher nurse boss manager`);

/** "I wouldn't get on a plane if a woman was flying it", "I'd never see a doctor if he was Pakistani". */
export function refusedIfMember(tokens: readonly Token[], w: Words, groups: readonly GroupMention[]): Attack | null {
  const f = w.indexOf('if');
  if (f < 3) return null;
  const text = w.slice(0, f).join(' ');
  const m = REFUSAL.exec(text);
  if (!m || w.some((x) => CONDEMNING.has(x))) return null;
  // the member after "if", doing the job or holding the role ("if a woman was flying it"), or the role said to be one
  const at = text.slice(0, m.index).split(' ').length - 1;
  const id = member(tokens, w, groups, f + 1, f + 5);
  if (id) {
    const rest = w.slice(id.to + 1, id.to + 5);
    if (['was', 'were', 'is', 'are'].includes(rest[0] ?? '') && (rest.slice(1).some((x) => DOING_IT.has(x)) || /\bin charge\b/.test(rest.slice(1).join(' ')))) return hit(at, Math.min(w.length - 1, id.to + 4), id, 'exclusion', 'refused if a member does the job');
  }
  // the role or a pronoun said to be a member: "if the pilot was a woman", "if he was Pakistani"
  const k = f + 1 + (['the', 'my', 'our', 'a'].includes(w[f + 1] ?? '') ? 1 : 0);
  if (!(DOING_IT.has(w[k] ?? '') || ['he', 'she', 'they'].includes(w[k] ?? '')) || !['was', 'were', 'is', 'are'].includes(w[k + 1] ?? '')) return null;
  const adjective = identityAdjective(w[k + 2] ?? '');
  const said = member(tokens, w, groups, k + 2, k + 5) ?? (adjective ? { from: k + 2, to: k + 2, characteristic: adjective, pronoun: false, weak: true } : null);
  return said && said.characteristic !== 'age' ? hit(at, said.to, said, 'exclusion', 'refused if a member does the job') : null;
}

/** "you can always tell when a woman is on her period", "must be that time of the month": a woman's word dismissed as hormones. */
const PERIOD_JIBE = /\b(?:you can (?:always )?tell|must be|probably|clearly|obviously|bet) (?:when |that )?(?:a woman |she |women |they |her |the wife |the missus |the girls )?(?:is |are )?(?:on (?:her|their|the) (?:period|periods|rag)|pmsing|pms|that time of (?:the )?month)\b|\bthat time of (?:the )?month again\b/;

/** Words of one's own cycle: "cramps", "my period". */
const OWN_CYCLE = words(`cramps cramp tampons tampon pads pad painkillers`);
/** Care for her: "let's get her some chocolate", "does anyone have a spare pad?". */
const CARE = words(`chocolate spare tea hug hugs blanket water bottle rest kind gentle`);
/** Someone else the jibe lands on. */
const SOMEONE_ELSE = words(`she her boss wife girlfriend gf mum mom manager teacher woman women ref referee lady chick missus sister`);

export function periodJibe(_tokens: readonly Token[], w: Words): Attack | null {
  if (!w.some((x) => x === 'period' || x === 'periods' || x === 'rag' || x === 'pmsing' || x === 'pms' || x === 'month')) return null;
  const text = w.join(' ');
  const m = PERIOD_JIBE.exec(text);
  if (!m || w.some((x) => CONDEMNING.has(x) || OWN_CYCLE.has(x))) return null;
  // ("ugh, that time of the month again", "probably that time of the month": the writer's own; the jibe is aimed at
  // someone else, named in the sentence, and not with care for her)
  if (!/\b(?:a woman|she|women|her|the wife|the missus|the girls|they)\b/.test(m[0]) && !w.some((x) => SOMEONE_ELSE.has(x))) return null;
  if (/\bfor me\b/.test(text) || w.some((x) => CARE.has(x))) return null;
  const at = text.slice(0, m.index).split(' ').length - 1;
  const end = at + m[0].split(' ').length - 1;
  return hit(at, end, { from: at, to: end, characteristic: 'gender', pronoun: false, weak: true }, 'derogation', "a woman's word put down to her period");
}

const MEN = words(`men males boys blokes dudes guys`);
/** Words after the sex that make it a description, not a denial: "they're women who ...", "they're men's sizes". */
const DESCRIBED_AFTER = words(`who that 's s sized sizes size`);
const WOMEN = words(`women females girls ladies`);

/** "Trans women in the changing rooms? They're men and always will be.": a gender denied through "they". */
export function genderDeniedAfter(_tokens: readonly Token[], w: Words, _groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  if (w[0] !== 'they' || !['are', 'will'].includes(w[1] ?? '')) return null;
  let j = 2;
  while (['just', 'still', 'all', 'always', 'be', 'really', 'biologically', 'actually', 'simply'].includes(w[j] ?? '') && j < 6) j++;
  const said = w[j] ?? '';
  if (!MEN.has(said) && !WOMEN.has(said)) return null;
  if (DESCRIBED_AFTER.has(w[j + 1] ?? '')) return null;
  // the group opens the sentence before ("Trans women in the changing rooms?"), not the one things are done to there
  const g = prev.groups().find((x) => !x.pronoun && x.characteristic === 'gender-identity');
  // ("Trans women are attacked by cis men every day. They're men ...": "they" may be the others named after)
  if (!g || prev.words().includes('by') || prev.words().includes('cis')) return null;
  const pw = prev.words();
  const head = pw[g.to] ?? '';
  // the gender the group's name gives ("trans women"), denied by its opposite ("they're men")
  const denied = (/wom[ae]n|girls?/.test(head) && MEN.has(said)) || (/^(?:trans)?m[ae]n$|boys?/.test(head) && WOMEN.has(said));
  if (!denied) return null;
  return hit(0, j, { from: 0, to: 0, characteristic: 'gender-identity', pronoun: true, weak: false }, 'negated-positive', 'gender denied through a pronoun');
}

/**
 * Tags that tell the reader to draw the conclusion the writer leaves unsaid ("... you know the rest", "not saying who",
 * "join the dots", "just an observation", "let that sink in"). Beside a protected group they carry the derogation with
 * no bad word said (the cue score needs one); beside nothing they are ordinary, so a group must be named in the sentence
 * or the one before. Round 24 added "ask yourself why", "call it common sense", "better safe than sorry" and, only as a
 * follow-up sentence, "the media won't say it"; none of them counts after a hardship done to the group ("... were
 * evicted with two days' notice. Ask yourself why nobody covered it.").
 */
const UNSAID = /\b(?:you know the rest|you know who|not saying who|i will let you (?:guess|work it out|figure it out)|join the dots|connect the dots|draw your own conclusions|make of that what you will|just an observation|just noticing|let that sink in|wonder what changed|total coincidence i am sure|pure coincidence i am sure|coincidence i think not|do the math|do the maths|you do the math|you do the maths|nobody wants to join the dots|asking for a friend|if you know what i mean|you know what i mean|say no more|enough said|i will say no more)\b/;
/** Words that stand for a people without naming it, which a tag beside them makes the point of: "from that neighbourhood". */
const PROXY = /\b(?:someone|somebody|anyone|people|kids|lads|guys|families|family|folk|girls|boys|youths|man|woman|guy|one) (?:from|in|round|near) (?:that|those) (?:neighbourhood|neighborhood|part of town|estate|estates|area|areas|side of town|end of town|kind of area)\b|\bcertain (?:families|people|communities|areas|types|kinds of people)\b|\bnobody white\b|\bthe same demographic\b|\bthose kind of people\b/;
/**
 * Tags that hint only as a follow-up to a sentence naming the group, and only after something bad said of it there or in
 * the tag's own sentence: beside the group, or after a neutral or sad report, they as often plead for it ("the media won't
 * report attacks on trans people", "Black women should get their blood pressure checked, better safe than sorry").
 */
const UNSAID_AFTER = /\b(?:(?:the )?(?:media|press|news|papers|bbc|police) (?:just )?(?:will not|would not|never|do not|does not) (?:say|tell you|report|mention|name) (?:it|that|which|who|what|why)|ask yourself why|call it common sense|better safe than sorry|i will leave it (?:there|at that)|(?:you can )?guess the rest|i think we (?:all )?know why)\b/;

/** What is done to a group, which a tag after it asks the reader to be angry about, not to blame them for. */
const HARDSHIP = words(`evicted barred waiting wait victims victim underestimated refused deported detained struggling struggle poverty homeless
  dying died murdered discrimination racism sexism homophobia transphobia ableism ageism prejudice unpaid denied excluded
  executed killed burned burnt hanged persecuted enslaved tortured massacred slaughtered lynched trials`);
// ("Pakistani taxi drivers and their young victims": the group's own victims are no hardship done to it)
const doneTo = (ws: Words): boolean => ws.some((x, i) => (HARDSHIP.has(x) || VICTIMISED.has(x)) && !(['victims', 'victim'].includes(x) && [ws[i - 1], ws[i - 2]].some((y) => ['their', 'his', 'her'].includes(y ?? ''))));

export function unsaidConclusion(tokens: readonly Token[], w: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  if (doneTo(w)) return null;
  const text = w.join(' ');
  const anywhere = UNSAID.exec(text);
  const m = anywhere ?? UNSAID_AFTER.exec(text);
  if (!m || w.some((x) => CONDEMNING.has(x)) || hasPraise(w)) return null;
  const at = text.slice(0, m.index).split(' ').length - 1;
  const end = at + m[0].split(' ').length - 1;
  const here = anywhere ? (groups.find((g) => !g.pronoun && g.unnamed !== 'bare') ?? member(tokens, w, groups)) : null;
  if (!anywhere && groups.some((g) => !g.pronoun)) return null;
  // ("you ladies always make me smile, if you know what I mean": the group addressed, teased)
  // ("better safe than sorry with my 80 year old dad visiting": the writer's own family)
  if (here) return writerIsMember(w, here) || w[here.from - 1] === 'you' || ['my', 'our'].includes(w[here.from - 1] ?? '') || ['my', 'our'].includes(w[here.from - 2] ?? '') ? null : hit(Math.min(here.from, at), end, here, 'derogation', `a conclusion left unsaid ('${m[0]}')`);
  // a proxy for a race beside a tag: "very articulate for someone from that neighbourhood, if you know what I mean"
  const proxy = anywhere ? PROXY.exec(text) : null;
  if (proxy) {
    const p = text.slice(0, proxy.index).split(' ').length - 1;
    return hit(Math.min(p, at), end, { from: p, to: p, characteristic: 'race', pronoun: false, weak: true }, 'derogation', `a conclusion left unsaid about a people named by proxy ('${proxy[0]}')`);
  }
  // a short tag after a sentence that named the group: "Pakistani taxi drivers and young girls. Nobody wants to join the dots."
  const before = prev.groups().find((g) => !g.pronoun && g.unnamed !== 'bare');
  if (!before || w.length > 12 || hasPraise(prev.words()) || prev.words().some((x) => CONDEMNING.has(x)) || doneTo(prev.words())) return null;
  if (!anywhere && !hasBadContent(prev.words()) && !hasBadContent(w)) return null;
  return hit(at, end, { from: at, to: at, characteristic: before.characteristic, pronoun: true, weak: false }, 'derogation', `a conclusion left unsaid ('${m[0]}')`);
}
