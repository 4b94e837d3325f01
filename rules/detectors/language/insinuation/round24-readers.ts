/**
 * Round 24 readers of implicit derogation, written after the misses of three earlier authors' probes (a fifth author's
 * probe was kept back to measure them):
 * - `stereotypeAffirmed`: a tag that vouches for a stereotype without naming it ("Stereotypes exist for a reason.",
 *   "it's not a stereotype if it's true"), beside a group named in the sentence or the one before. The reader of
 *   "stereotypes about [group] are true" needs the group inside the phrase; this one reads the tag on its own.
 */
import type { GroupMention } from '../find-groups';
import type { Attack } from '../predicate';
import type { Token } from '../tokens';
import { CONDEMNING, member } from './implicit-readers';
import { hasPraise, hit, writerIsMember, type Neighbour, type Words } from './shared';

/** Tags that say a stereotype is earned (folded text: contractions expanded). */
const AFFIRMED = /\b(?:stereotypes? (?:exists?|are there|is there|come|comes) for a reason|stereotypes? (?:come|comes) from somewhere|stereotypes? (?:do|does) not come from nowhere|stereotypes? (?:are|is) (?:a )?stereotypes? for a reason|(?:it is|that is|its|thats) (?:only |just )?(?:a stereotype because|not a stereotype if|not stereotyping if) (?:it is|its) true|(?:it is|its|they are) stereotypes? for a reason|every stereotype has (?:a|some) (?:grain|kernel|element) of truth)\b/;
/** Words that give the stereotype's real source after the tag: propaganda, tabloids, bigots. */
const ARGUED = new Set(['propaganda', 'tabloids', 'tabloid', 'media', 'homophobes', 'bigots', 'racists', 'made', 'invented', 'lazy', 'ignorance', 'fear']);
/** Someone else's words, reported to be argued with: "people say stereotypes exist for a reason, but ...". */
const REPORTED = new Set(['say', 'says', 'said', 'claim', 'claims', 'claimed', 'argue', 'argues', 'insist', 'insists', 'think', 'thinks', 'tell', 'told', 'myth', 'excuse']);

/** Words that let a sentence through group-attack's prefilter to these readers and round 23's new unsaid tags. */
export const ROUND24_CUES: readonly string[] = ['stereotype', 'stereotypes', 'stereotyping', 'common', 'safe', 'yourself', 'media', 'press', 'mention', 'leave', 'guess'];

export function stereotypeAffirmed(tokens: readonly Token[], w: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  const text = w.join(' ');
  const m = AFFIRMED.exec(text);
  if (!m || w[w.length - 1] === '?') return null;
  const at = text.slice(0, m.index).split(' ').length - 1;
  const end = at + m[0].split(' ').length - 1;
  // a stereotype that flatters ("best builders in town") is vouched for as praise; a reason given after the tag argues with
  // it ("... for a reason: homophobes made them up", "and that reason is propaganda", "usually from people who ...")
  const tail = w.slice(end + 1).filter((x) => x !== ',');
  if (w.slice(Math.max(0, at - 5), at).some((x) => REPORTED.has(x)) || tail.includes('but') || hasPraise(w) || w.includes('apparently')) return null;
  if ([':', 'and', 'usually', 'because'].includes(tail[0] ?? '') || tail.some((x) => ARGUED.has(x) || CONDEMNING.has(x))) return null;
  const here = groups.find((g) => !g.pronoun && g.unnamed !== 'bare') ?? member(tokens, w, groups);
  // "as an Irish lad, I'll admit stereotypes exist for a reason": the writer's own people
  const own = (g: GroupMention, ws: Words): boolean => writerIsMember(ws, g) || (['a', 'an'].includes(ws[g.from - 1] ?? '') && ws[g.from - 2] === 'as');
  if (here) return own(here, w) ? null : hit(Math.min(here.from, at), end, here, 'stereotype', 'a stereotype vouched for');
  // "Notice how the Irish lads always find the pub first? Stereotypes exist for a reason."
  const before = prev.groups().find((g) => !g.pronoun && g.unnamed !== 'bare');
  // (nor after praise or a hardship: "... are so good at maths", "Muslim women face abuse on the tube every day")
  const pw = prev.words();
  if (!before || w.length > 14 || own(before, pw) || hasPraise(pw) || ['our', 'my'].includes(pw[before.from - 1] ?? '') || /\b(?:good|great|brilliant) at\b/.test(pw.join(' ')) || pw.some((x) => ['face', 'faces', 'abuse', 'abused', 'attacked', 'harassed', 'victims', 'discrimination', 'apparently'].includes(x))) return null;
  return hit(at, end, { from: at, to: at, characteristic: before.characteristic, pronoun: true, weak: false }, 'stereotype', 'a stereotype vouched for');
}
