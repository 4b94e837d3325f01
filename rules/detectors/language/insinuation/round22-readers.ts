/**
 * Round 22 readers of implicit derogation, after probes of the shapes the stop note listed as missed:
 * - `dreadedInFamily`: the writer dreads or would reject a relative who is a member ("I would hate to have a gay son",
 *   "I'd disown my son if he turned out gay", "my worst nightmare is having a trans kid", "I'd hate it if my daughter
 *   married a Muslim"). Nothing negative is said of the group: the contempt is in what the writer would do.
 * Stands down when the dread is for the relative's sake ("I'd hate for my gay son to be bullied", "... because of the
 * homophobia"), when it is someone else's ("my dad would disown me if I came out"), and for condemnation.
 */
import type { GroupMention } from '../find-groups';
import { identityAdjective } from '../lexicon/groups';
import { VICTIMISED } from '../lexicon/derogation';
import type { Attack } from '../predicate';
import type { Token } from '../tokens';
import { condemned, member, words } from './implicit-readers';
import { hit, writerIsMember, type Words } from './shared';

/** The writer's own dread or rejection, said of what would happen: "I'd hate", "I would disown", "my worst nightmare". */
const DREAD = /\b(?:i (?:would|will) (?:honestly |literally |actually |probably |just )?(?:hate|disown|kick|throw|be ashamed|be embarrassed|be disgusted|be mortified|be devastated|die|kill myself|never forgive(?! myself)|cut|never speak|not speak|stop speaking)|my (?:worst|biggest) (?:nightmare|fear)|god forbid)\b/;

/** Relatives a writer may dread being a member. */
const RELATIVES = words(`son sons daughter daughters kid kids child children baby babies boy boys girl girls brother sister grandson
  granddaughter grandkids grandchildren grandchild`);

/** Verbs that make the relative a member, or bring one into the family: "turned out gay", "married a Muslim". */
const BECOMING = words(`turned turns turn turning came comes come coming was is were be being became becomes married marries marry
  marrying dated dates date dating brought brings bring bringing ends ended ending identified identifies converted converts convert`);
/** Words that may stand between such a verb and the member: "turned out to be a", "brought home an", "came out as". */
const BECOMING_FILLER = words(`a an out as to be home up with the some one`);

/** Words that make the dread the relative's: bullying, prejudice, hardship ("because of the homophobia", "with how hard it is"). */
const FOR_THEIR_SAKE = words(`because cause bullied bullying homophobia homophobic racism racist transphobia transphobic discrimination
  prejudice hatred hard harder struggle struggles struggling suffer suffering treated treat safe unsafe world society system
  support supported accept accepted bullies face faces facing endure through protect protecting finger anyone whoever defend defending`);

/**
 * "I would hate to have a gay son", "I'd disown my son if he turned out gay", "my worst nightmare is having a trans kid",
 * "I'd hate it if my daughter married a Muslim", "god forbid my kid turns out trans".
 */
export function dreadedInFamily(tokens: readonly Token[], w: Words, groups: readonly GroupMention[]): Attack | null {
  if (!w.some((x) => RELATIVES.has(x))) return null;
  const text = w.join(' ');
  const m = DREAD.exec(text);
  if (!m || condemned(w) || w.some((x) => FOR_THEIR_SAKE.has(x) || VICTIMISED.has(x))) return null;
  // ("I'd hate for my gay son to be ...": a wish for the relative)
  if (/\bhate for\b/.test(text)) return null;
  const at = text.slice(0, m.index).split(' ').length - 1;
  const rel = w.findIndex((x, i) => i > at && RELATIVES.has(x));
  if (rel < 0) return null;
  // the member: the relative named by identity ("a gay son", "a trans kid"), or what the relative becomes or brings in
  let id = member(tokens, w, groups, Math.max(at, rel - 3), rel + 1);
  if (!id) {
    const turn = w.findIndex((x, i) => i > rel && i <= rel + 4 && BECOMING.has(x));
    if (turn < 0) return null;
    // (only fillers on the way: "a daughter who is cruel to gay kids" describes her, it does not make her a member)
    let k = turn + 1;
    while (k < turn + 5 && BECOMING_FILLER.has(w[k] ?? '')) k++;
    id = member(tokens, w, groups, k, k + 1);
    if (!id) {
      // a bare identity adjective: "if he turned out gay", "came out as trans"
      const characteristic = identityAdjective(w[k] ?? '');
      if (characteristic === undefined) return null;
      id = { from: k, to: k, characteristic, pronoun: false, weak: true };
    }
  }
  if (writerIsMember(w, id)) return null;
  return hit(at, Math.max(id.to, rel), id, 'derogation', `a relative who is a member dreaded or rejected ('${m[0]}')`);
}


/** Words of the dread phrases rare enough to open the prefilter when the member is only an adjective ("if he turned out gay"). */
export const ROUND22_CUES: readonly string[] = ['disown', 'forbid', 'nightmare', 'ashamed', 'mortified'];
