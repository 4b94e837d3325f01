/**
 * Round 27 readers of derogation through a pronoun for one person:
 * - `identityThenStigma`: a person introduced by an identity alone, then called a name that stigmatises it ("There's a
 *   trans woman in my yoga class. She's a freak.", "Just found out the new vicar is a lesbian. She's an abomination.").
 *   The sentence before says nothing of the person but the identity, so the name lands on it. Only names that brand
 *   someone as unnatural or shameful: "my new boss is a woman. She's an idiot about spreadsheets" judges a person.
 * - `singleWithout`: "Is there a single immigrant in this country who isn't a leech?", "Name one [member] who doesn't
 *   lie": a search for one member without the fault says every member has it.
 */
import type { GroupMention } from '../find-groups';
import type { Attack } from '../predicate';
import type { Token } from '../tokens';
import { condemned } from './implicit-readers';
import { DEHUMANISING, INSULT_NOUNS, NEGATIVE_ATTRIBUTES } from '../lexicon/words';
import { hit, markMember, type Neighbour, type Words } from './shared';

/** Names that brand a person as unnatural, diseased or shameful. */
const STIGMA = new Set(['abomination', 'freak', 'perversion', 'pervert', 'degenerate', 'sicko', 'abnormal', 'unnatural', 'subhuman', 'aberration', 'monstrosity']);

/** Words that let a sentence through group-attack's prefilter to these readers. */
export const ROUND27_CUES: readonly string[] = [...STIGMA];

/** Words between the copula and the name: "she's an absolute freak". */
const BEFORE_NAME = new Set(['a', 'an', 'such', 'absolute', 'total', 'complete', 'utter', 'just', 'nothing', 'but', 'basically', 'literally', 'frankly', 'honestly', 'disgusting', 'sick', 'walking']);
/** Praise or fondness that makes "freak" a compliment: "she's a freak on the drums, love her". */
const FOND = new Set(['love', 'amazing', 'legend', 'talented', 'brilliant', 'best', 'lol', 'haha', 'drums', 'guitar', 'gym', 'fitness', 'nature', 'talent', 'genius', 'skill', 'skills']);

export function identityThenStigma(_tokens: readonly Token[], w: Words, groups: readonly GroupMention[], prev: Neighbour): Attack | null {
  if ((w[0] !== 'she' && w[0] !== 'he') || groups.length) return null;
  let i = 1;
  if (["'s", 'is', 'was'].includes(w[i] ?? '')) i++;
  else if ((w[i] === 'will' || w[i] === 'll') && w[i + 1] === 'be') i += 2;
  else return null;
  while (BEFORE_NAME.has(w[i] ?? '')) i++;
  // ("a freak on the track", "a freak about recycling", "a freak, trains 6 hours a day": a gift or a fuss, not the person
  // branded; the name ends the clause or runs on with "and" or a relative)
  if (!STIGMA.has(w[i] ?? '') || !['.', '!', '', 'and', 'who', 'that', 'in'].includes(w[i + 1] ?? '') || (w[i + 1] === 'in' && w[i + 3] !== 'eyes') || condemned(w) || w.some((x) => FOND.has(x))) return null;
  // the sentence before introduces one person by an identity alone: "there's a [member] in ...", "[the / my / our] (new) X is
  // (a / an) [identity]", "X came out as [identity]"
  const pw = prev.words();
  const g = prev.groups().find((m) => !m.pronoun);
  if (!g || pw.length > 16 || pw.some((x) => FOND.has(x)) || !introduces(pw, g)) return null;
  return hit(0, i, { ...g, from: 0, to: 0, pronoun: true }, 'derogation', `a person introduced by identity, then called '${w[i]}'`);
}

/** A sentence that introduces one person by an identity: "there's a trans woman in my class", "the new vicar is a lesbian". */
function introduces(pw: Words, g: GroupMention): boolean {
  const before = pw.slice(Math.max(0, g.from - 3), g.from).join(' ');
  if (/\bthere (?:is|s) (?:a|an|this|one)$/.test(before) || /^(?:there (?:is|s)|theres) (?:a|an) /.test(pw.join(' '))) return true;
  if (/\b(?:is|s) (?:a|an)$/.test(before) || /\b(?:is|s)$/.test(before) || /\bcame out as$/.test(before)) return /^(?:the|my|our|his|her|their|this|that|new|just)\b/.test(pw.join(' ')) || pw.slice(0, 4).some((x) => ['found', 'turns', 'turned', 'new'].includes(x));
  return g.from <= 2 && g.to - g.from <= 2 && pw.slice(0, 3).some((x) => x === 'new');
}

/** "is there a single GRP ... who isn't a X", "name one GRP that doesn't X", "show me one GRP who is not X". */
const SINGLE_WITHOUT = /\b(?:is there|are there|name|show me|find me|point to) (?:a single|one|even one|any|just one) GRP\b(?: \S+){0,6}? (?:who|that) (?:is not|isnt|are not|arent|was not|were not|does not|doesnt|do not|did not|has not|have not) (?:a |an |some kind of |ever )?([a-z]+)/;
/** Faults a member might be searched for without: "... who doesn't lie / steal / cheat". */
const FAULT_VERBS = new Set(['lie', 'steal', 'cheat', 'scrounge', 'complain', 'whine', 'beg', 'rob', 'sponge', 'leech', 'moan', 'lied', 'stolen', 'cheated', 'scrounged', 'robbed', 'begged', 'sponged']);

export function singleWithout(_tokens: readonly Token[], w: Words, groups: readonly GroupMention[]): Attack | null {
  if (!w.includes('single') && !w.includes('one') && !w.includes('any')) return null;
  for (const g of groups) {
    if (g.pronoun) continue;
    const m = markMember(w, g);
    const r = SINGLE_WITHOUT.exec(m.text);
    const fault = r?.[1] ?? '';
    // ("who isn't angry about the pay gap", "confused by the visa rules": a feeling with a cause, not a fault)
    if (!r || ['at', 'about', 'by', 'with', 'over', 'for', 'that', 'when', 'to', 'of'].includes(w[m.span(r)[1] + 1] ?? '')) continue;
    // (a fault named in the singular is listed in the plural: "a thief", "a parasite")
    const plural = fault.endsWith('f') ? `${fault.slice(0, -1)}ves` : `${fault}s`;
    if (![fault, plural].some((x) => INSULT_NOUNS.has(x) || NEGATIVE_ATTRIBUTES.has(x) || DEHUMANISING.has(x)) && !FAULT_VERBS.has(fault)) continue;
    const [from, to] = m.span(r);
    return hit(from, to, g, 'generalisation', `every member said to have a fault ('${fault}')`);
  }
  return null;
}
