/**
 * Context scoring after Presidio's model: a pattern gives a base score, a validator can settle it, and
 * words just before the match move it. A supporting word within the last few words adds `boost` (and
 * lifts the score to at least `floor`); an opposing word takes `penalty` away. The word that decided is
 * returned so `explain` can name it.
 */
export interface ContextWords {
  /** lowercase words or short phrases that make the match more likely personal data */
  support: readonly string[];
  /** lowercase words or phrases that make it something else (an order number, a hotline) */
  oppose?: readonly string[];
}

export interface ContextResult {
  confidence: number;
  support?: string;
  oppose?: string;
}

/** The last `n` words before `start`, lowercased, joined by single spaces (punctuation dropped). */
export function wordsBefore(text: string, start: number, n = 5): string {
  const slice = text.slice(Math.max(0, start - 100), start).toLowerCase();
  const words = slice.split(/[^\p{L}\p{N}#'$€£¥]+/u).filter(Boolean);
  return words.slice(-n).join(' ');
}

/** The next `n` words after `end`. */
export function wordsAfter(text: string, end: number, n = 3): string {
  const slice = text.slice(end, end + 60).toLowerCase();
  return slice.split(/[^\p{L}\p{N}#'$€£¥]+/u).filter(Boolean).slice(0, n).join(' ');
}

/** Position of the phrase's last whole-word occurrence in the window, or -1. */
function phraseAt(window: string, phrase: string): number {
  return ` ${window} `.lastIndexOf(` ${phrase} `);
}

export function findPhrase(window: string, phrases: readonly string[]): string | undefined {
  return nearestPhrase(window, phrases)?.phrase;
}

/** The phrase ending nearest the match; on a tie the longer one ('license number' over 'number'). */
function nearestPhrase(window: string, phrases: readonly string[]): { phrase: string; at: number } | undefined {
  let best: { phrase: string; at: number } | undefined;
  for (const p of phrases) {
    const start = phraseAt(window, p);
    if (start < 0) continue;
    const at = start + p.length;
    if (!best || at > best.at || (at === best.at && p.length > best.phrase.length)) best = { phrase: p, at };
  }
  return best;
}

export function scoreContext(base: number, window: string, words: ContextWords, boost = 0.35, floor = 0.4, penalty = 0.3): ContextResult {
  // When both kinds occur, the word nearer the match speaks for it ("license clerk. Phone: …").
  const o = words.oppose ? nearestPhrase(window, words.oppose) : undefined;
  const s = nearestPhrase(window, words.support);
  const oWins = o && (!s || o.at > s.at || (o.at === s.at && o.phrase.length > s.phrase.length));
  const support = s && !oWins ? s.phrase : undefined;
  const oppose = o && oWins ? o.phrase : undefined;
  let confidence = base;
  if (support) confidence = Math.max(floor, Math.min(1, confidence + boost));
  if (oppose) confidence = Math.max(0, confidence - penalty);
  return { confidence: Math.round(confidence * 100) / 100, ...(support ? { support } : {}), ...(oppose ? { oppose } : {}) };
}

export function describeContext(r: ContextResult): string {
  const parts: string[] = [];
  if (r.support) parts.push(`context word '${r.support}' raised confidence`);
  if (r.oppose) parts.push(`context word '${r.oppose}' lowered confidence`);
  return parts.join('; ');
}

// not "your": "never post your SSN like 123-45-6789" is advice, not a disclosure
const OWNERS = new Set(['my', 'his', 'her', 'their', 'our', 'mine', 'moms', "mom's", 'wifes', "wife's"]);

/**
 * Is the number given as somebody's own ("my SSN is ...", "her card: ...")? Then even a number printed in
 * examples or advertising is a disclosure in the writer's eyes, and worth a second look.
 */
export function givenAsOwn(window: string, r: ContextResult): boolean {
  if (!r.support || r.oppose) return false;
  const words = window.split(' ');
  const at = words.lastIndexOf(r.support.split(' ')[0] ?? '');
  return words.slice(Math.max(0, at - 3), Math.max(0, at)).some((w) => OWNERS.has(w));
}

