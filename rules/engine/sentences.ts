/**
 * A fast sentence splitter that keeps offsets: a sentence ends after '.', '!', '?' or '…' (and closing
 * quotes or brackets) followed by whitespace, and at every line break. Very long runs without a break are
 * cut at whitespace so per-sentence work (compromise parses) stays bounded on hostile input.
 */
export interface Sentence {
  start: number;
  end: number;
  /** paragraph index: prev/next context never crosses a blank line */
  paragraph: number;
}

export const MAX_SENTENCE = 1000;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xa0 || c === 0x2028 || c === 0x2029 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;
}

function isTerminator(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 0x3002 || c === 0xff01 || c === 0xff1f;
}

function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 41 || c === 93 || c === 0x201d || c === 0x2019 || c === 0xbb;
}

/** Titles before a name ("Mr. Khan", "Dr. Osei") and words before a number ("no. 14", "vol. 2"): their dot ends nothing. */
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'rev', 'jr', 'sr', 'mt', 'gen', 'capt', 'sgt', 'lt', 'col', 'gov', 'sen', 'rep', 'fr']);
const BEFORE_NUMBER = new Set(['no', 'nos', 'vol', 'pp', 'fig', 'approx', 'ch', 'para', 'art', 'rm', 'apt', 'flat', 'tel', 'ext']);

/** Whether the '.' at i (followed by whitespace from j) is an abbreviation's, with its name or number after it. */
function abbreviationAt(text: string, i: number, j: number): boolean {
  let a = i;
  while (a > 0 && /[A-Za-z]/.test(text[a - 1] as string)) a--;
  if (a === i || i - a > 6 || (a > 0 && /[\w.]/.test(text[a - 1] as string))) return false;
  const word = text.slice(a, i).toLowerCase();
  let k = j;
  while (k < text.length && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 0xa0)) k++;
  if (k === j || k >= text.length) return false;
  const next = text[k] as string;
  if (word === 'vs') return true;
  if (TITLES.has(word)) return /[A-Z]/.test(next);
  return BEFORE_NUMBER.has(word) && /[0-9]/.test(next);
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const n = text.length;
  let paragraph = 0;
  let i = 0;
  while (i < n) {
    while (i < n && isSpace(text.charCodeAt(i))) {
      if (text.charCodeAt(i) === 10) {
        let j = i + 1;
        while (j < n && isSpace(text.charCodeAt(j)) && text.charCodeAt(j) !== 10) j++;
        if (j < n && text.charCodeAt(j) === 10) paragraph++;
      }
      i++;
    }
    if (i >= n) break;
    const start = i;
    let end = -1;
    let lastSpace = -1;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13) {
        end = i;
        break;
      }
      if (isSpace(c)) lastSpace = i;
      if (isTerminator(c)) {
        let j = i + 1;
        while (j < n && (isTerminator(text.charCodeAt(j)) || isCloser(text.charCodeAt(j)))) j++;
        if (j < n && j === i + 1 && c === 46 && abbreviationAt(text, i, j)) {
          i++;
          continue;
        }
        if (j >= n || isSpace(text.charCodeAt(j))) {
          end = j;
          i = j;
          break;
        }
      }
      if (i - start >= MAX_SENTENCE) {
        end = lastSpace > start ? lastSpace : i;
        // never cut a surrogate pair
        if (end > start && end < n && (text.charCodeAt(end) & 0xfc00) === 0xdc00) end--;
        if (end <= start) end = i;
        i = end;
        break;
      }
      i++;
    }
    if (end < 0) end = n;
    let trimmed = end;
    while (trimmed > start && isSpace(text.charCodeAt(trimmed - 1))) trimmed--;
    if (trimmed > start) out.push({ start, end: trimmed, paragraph });
    if (i === start) i++;
  }
  return out;
}
