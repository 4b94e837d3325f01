/**
 * `language.reply-profanity`: profanity in a reply. A post that opens by addressing someone ("@sam ...")
 * and swears reads as swearing at them, even without "you": annotators of public reply data judged
 * nearly nine in ten such replies targeted. Profanity in a post addressed to no one stays unflagged
 * ("holy shit, we shipped"), and so does cheering profanity ("@sam fuck yeah!", "damn good work").
 * Confidence is modest (a reply can swear about a third thing); the rule's minConfidence decides.
 */
import type { DetectorHit, DetectorInput, DetectorSpec } from '../../types';
import { PROFANITY } from './lexicon/words';
import { tokenize, type Token } from './tokens';

/** Profanity that cheers rather than attacks when followed by one of these. */
const POSITIVE_AFTER = new Set([
  'yeah', 'yes', 'yea', 'yess', 'awesome', 'amazing', 'great', 'good', 'brilliant', 'love', 'proud', 'excited', 'beautiful', 'cool',
  'right', 'incredible', 'fantastic', 'perfect', 'happy', 'glad', 'best', 'nice', 'epic', 'legendary', 'ya', 'yup', 'lit', 'fire',
]);
const POSITIVE_BEFORE = new Set(['holy', 'oh', 'no', 'well', 'hell', 'good']);
/** Mild or ambiguous words that are not enough on their own. */
const MILD = new Set(['damn', 'goddamn', 'crap', 'hell', 'piss', 'pissed', 'bloody', 'ass']);

function run(input: DetectorInput): DetectorHit[] {
  const tokens = tokenize(input);
  const first = tokens.find((t) => !t.punct);
  if (!first?.mention) return [];
  const hits: DetectorHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.mention || !PROFANITY.has(t.w) || MILD.has(t.w)) continue;
    const next = tokens[i + 1]?.w ?? '';
    const prev = tokens[i - 1]?.w ?? '';
    if (POSITIVE_AFTER.has(next) || POSITIVE_BEFORE.has(prev) || (POSITIVE_AFTER.has(tokens[i + 2]?.w ?? '') && ['so', 'really', 'very', 'the'].includes(next))) continue;
    hits.push({ start: t.start, end: t.end, confidence: 0.6, explain: `profanity ('${t.w}') in a reply to ${first.raw}, read as aimed at them`, tags: ['profanity'] });
  }
  return hits;
}

export const REPLY_PROFANITY: DetectorSpec = {
  id: 'language.reply-profanity',
  description: 'Profanity in a reply that opens by addressing someone (@mention); cheering profanity passes.',
  scope: 'text',
  create() {
    return run;
  },
};
