/**
 * A bare relative clause of the writer's acquaintance between a subject and its verb: "every lawyer [I have ever met]
 * is ...", "the [group] [we hired last year] were ...". The predicate readers step over it to the verb; the insult aim
 * reads the noun before it as the subject. Pure: no browser imports.
 */
import type { Token } from './tokens';

const ACQUAINTED = new Set(['met', 'known', 'seen', 'dated', 'hired', 'employed', 'taught', 'encountered', 'worked', 'managed', 'interviewed', 'lived', 'know', 'meet', 'see']);
/** Between the pronoun and the verb: "I have ever met", "we've personally hired". */
const BEFORE_VERB = new Set(['have', 'had', 'ever', 'personally', 'actually', 'also', 've', "'ve"]);
/** After the verb, before the subject's own verb: "met with at work so far", "hired here recently". */
const AFTER_VERB = new Set(['with', 'in', 'my', 'our', 'life', 'at', 'work', 'school', 'so', 'far', 'ever', 'before', 'personally', 'here', 'there', 'online', 'recently']);

/** With "i" or "we" at i: the index of the first word after such a clause (where the subject's verb stands), or -1. */
export function acquaintanceClauseEnd(tokens: readonly Token[], i: number): number {
  if (!['i', 'we'].includes(tokens[i]?.w ?? '')) return -1;
  let j = i + 1;
  while (j < i + 4 && BEFORE_VERB.has(tokens[j]?.w ?? '')) j++;
  if (!ACQUAINTED.has(tokens[j]?.w ?? '')) return -1;
  j++;
  while (j < i + 8 && AFTER_VERB.has(tokens[j]?.w ?? '')) j++;
  return j;
}
