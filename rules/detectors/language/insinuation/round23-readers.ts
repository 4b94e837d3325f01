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
 */
import type { GroupMention } from '../find-groups';
import type { Characteristic } from '../lexicon/groups';
import type { Attack } from '../predicate';
import type { Token } from '../tokens';
import { CONDEMNING, member, words } from './implicit-readers';
import { hit, type Neighbour, type Words } from './shared';

/** The label a disclaimer denies, and the characteristic it names. */
const DISCLAIMED: ReadonlyMap<string, Characteristic> = new Map<string, Characteristic>([
  ['racist', 'race'], ['sexist', 'gender'], ['misogynist', 'gender'], ['misogynistic', 'gender'], ['homophobic', 'sexual-orientation'],
  ['homophobe', 'sexual-orientation'], ['transphobic', 'gender-identity'], ['transphobe', 'gender-identity'], ['islamophobic', 'religion'],
  ['antisemitic', 'religion'], ['ableist', 'disability'], ['ageist', 'age'], ['xenophobic', 'origin'],
]);
/** Words that make the disclaimer a phrase talked about, not said: "... is a phrase that", "people who say". */
const TALKED_ABOUT = words(`phrase phrases sentence saying says said say words quote quotes classic famous always never whenever starts start
  started starting begins begin followed`);
/** Speakers before the disclaimer who make it someone else's: "people who say 'I'm not racist but'". */
const OTHER_SPEAKERS = words(`anyone everyone people someone somebody who uncle aunt dad mum mom boss guy`);
/** A question after the disclaimer asked to learn: "I'm not transphobic but I do have questions, asked respectfully". */
const SINCERE = words(`respectfully respectful learn understand educate`);

/** "I'm not racist but ...", "not transphobic but if you need surgery ...": the disclaimer before the claim. */
export function disclaimedBigotry(_tokens: readonly Token[], w: Words): Attack | null {
  const b = w.indexOf('but');
  if (b < 2 || w.length - b < 5) return null;
  // the label just before "but" (a comma may stand between), after "not" and maybe "a" or "being"
  let l = b - 1;
  if (w[l] === ',') l--;
  const c = DISCLAIMED.get(w[l] ?? '');
  if (!c) return null;
  let n = l - 1;
  if (['a', 'an', 'being', 'trying', 'to', 'be'].includes(w[n] ?? '')) n--;
  if (['a', 'being', 'be', 'to'].includes(w[n] ?? '')) n--;
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
const REPLACED = /\b(?:we (?:will|would|are going to|are|will soon|are soon) (?:soon )?be (?:a |the )?minorit(?:y|ies)|(?:we are|we will be|be|being|already) outnumbered|strangers) in (?:our|my) own (?:country|countries|town|towns|city|cities|land|nation|street|streets|neighbourhood|neighborhood|village)\b/;

export function replacementFeared(_tokens: readonly Token[], w: Words): Attack | null {
  if (!w.includes('own')) return null;
  const text = w.join(' ');
  const m = REPLACED.exec(text);
  if (!m || w.some((x) => CONDEMNING.has(x))) return null;
  const at = text.slice(0, m.index).split(' ').length - 1;
  const end = at + m[0].split(' ').length - 1;
  return hit(at, end, { from: at, to: end, characteristic: 'origin', pronoun: false, weak: true }, 'derogation', 'the replacement trope');
}

/** Children, as the groomer trope names them. */
const CHILDREN = words(`kid kids child children boy boys girl girls toddlers toddler youngsters minors son daughter`);
/** Words that name a gay, trans or drag person when no group noun is there ("two dads", "men in wigs"). */
const QUEER_CUES = words(`gay gays lesbian lesbians trans drag queen queens queer dads mums moms wigs dresses pride rainbow pronouns lgbt lgbtq`);
const ACCESS = /\b(?:want|wants|wanting|get|gets|getting|have|has|given|giving) (?:this much |so much |unsupervised |easy |more |free )?access to (?:our |your |the |young |little )?(?:kids|children|\d+ ?-? ?years? ?-? ?olds?|toddlers|minors|boys|girls)\b/;
const RECRUITED = /\b(?:it is called|that is called|called|is|basically) recruit(?:ment|ing)\b|\brecruit(?:ing)? (?:our |your |the )?(?:kids|children|youth|boys|girls)\b/;
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
  const cue = w.findIndex((x) => QUEER_CUES.has(x));
  const before = prev.groups().find(queer);
  if (!here && cue < 0 && !before && !prev.words().some((x) => QUEER_CUES.has(x))) return null;
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
  if (!m || w.some((x) => CONDEMNING.has(x) || ['wrongly', 'misdiagnosed', 'undiagnosed', 'diagnosed', 'missed', 'unrecognised', 'unrecognized', 'overlooked'].includes(x))) return null;
  const at = text.slice(0, m.index).split(' ').length - 1;
  const c = here >= 0 ? here : at;
  return hit(Math.min(c, at), at + m[0].split(' ').length - 1, { from: c, to: c, characteristic: 'disability', pronoun: here < 0, weak: true }, 'derogation', 'a condition called a vice');
}

/** "women voting was a fun experiment", "giving women the vote was a mistake". */
const VOTE_REGRET = /\b(?:voting|the vote|having the vote|getting the vote|vote) (?:was|has been|is) (?:a |an )?(?:fun |nice |cute |failed |interesting |bad |huge |big |great )?(?:experiment|mistake|error|disaster)\b/;

export function voteRegretted(_tokens: readonly Token[], w: Words, groups: readonly GroupMention[]): Attack | null {
  if (!w.includes('vote') && !w.includes('voting')) return null;
  const text = w.join(' ');
  const m = VOTE_REGRET.exec(text);
  if (!m || w.some((x) => CONDEMNING.has(x))) return null;
  const at = text.slice(0, m.index).split(' ').length - 1;
  const g = groups.find((x) => !x.pronoun && x.to < at && at - x.to <= 3);
  if (!g) return null;
  return hit(g.from, at + m[0].split(' ').length - 1, g, 'exclusion', "a group's vote regretted");
}

/** "spreads like a contagion", "it's a social contagion": an identity said to spread like a disease. */
const CONTAGION = /\b(?:spreads?|spreading|spread) like (?:a )?(?:contagion|virus|disease|plague|cancer|infection|wildfire)\b|\bsocial contagion\b/;

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
export const ROUND23_CUES: readonly string[] = ['racist', 'sexist', 'homophobic', 'transphobic', 'islamophobic', 'antisemitic', 'ableist', 'ageist', 'xenophobic', 'misogynist', 'minority', 'outnumbered', 'access', 'recruitment', 'recruiting', 'built', 'bred', 'contagion', 'experiment', 'adhd', 'autism'];
