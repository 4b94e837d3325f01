/**
 * Words of a folded text, as the term matchers see them. With evasion handling on, leetspeak is read as
 * letters only inside words that hold a letter (so "2026" stays a number), single letters split by one
 * separator are joined ("b l u e", "p.r.o.j"), and a coarse key (look-alike classes, runs collapsed) feeds
 * the automaton; exact comparison happens afterwards against the precise characters.
 */
import type { FoldedChars } from './unicode-fold';

export interface WordStream {
  evasion: boolean;
  /** per precise char: index into the folded text */
  fIdx: Int32Array;
  /** per precise char: folded lower-case code unit (leet symbols kept as typed) */
  low: Uint16Array;
  /** per precise char: folded code unit with case kept */
  cased: Uint16Array;
  /** per precise char: 1 when a camelCase boundary starts here */
  soft: Uint8Array;
  /** per precise char: token index */
  tok: Int32Array;
  /** token t spans precise chars [tokStart[t], tokEnd[t]) */
  tokStart: Int32Array;
  tokEnd: Int32Array;
  /** per token: 1 when leetspeak is read as letters in it */
  tokLeet: Uint8Array;
  /**
   * per token: where a trailing digit run that ends a join starts ("#projectBluebird2026" → at '2'), a
   * word boundary for terms; tokEnd when there is none. Only a hashtag or a camelCase-joined token has one.
   */
  tokTail: Int32Array;
  tokenCount: number;
  /** automaton input: coarse chars, ' ' between tokens (U+0001 where a sentence ends between them) */
  key: string;
  /** per key char: precise range it stands for (for ' ': both equal the next token's start) */
  keyP: Int32Array;
  keyPEnd: Int32Array;
}

/** What a leet symbol may stand for, first = how a term spelled with it is normalised. */
export const LEET: Readonly<Record<string, string>> = {
  '0': 'o', '1': 'il', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '9': 'g',
  '@': 'a', $: 's', '!': 'i', '|': 'li',
};

const letterCache = new Map<number, boolean>();
const LETTER = /\p{L}/u;

export function isLetter(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c === 0xfffd) return false;
  let v = letterCache.get(c);
  if (v === undefined) {
    v = LETTER.test(String.fromCharCode(c));
    letterCache.set(c, v);
  }
  return v;
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSymbol(c: number): boolean {
  return c === 64 || c === 36 || c === 33 || c === 124;
}

/** Coarse class of a precise lower-case char: 'l' and 'i' share one so '1' and '|' can stand for either. */
export function coarseOf(c: number, leet: boolean, evasion: boolean): number {
  if (!evasion) return c;
  if (c === 108) return 105;
  if (leet && (isDigit(c) || isSymbol(c))) {
    const opts = LEET[String.fromCharCode(c)];
    if (opts) return coarseOf(opts.charCodeAt(0), false, true);
  }
  return c;
}

/** A token: folded range [s, e), or the scattered indices of letters spelled out with separators. */
interface RawToken {
  s: number;
  e: number;
  idx?: number[];
}

const sizeOf = (t: RawToken): number => (t.idx ? t.idx.length : t.e - t.s);

function rawTokens(lower: string, evasion: boolean): RawToken[] {
  const out: RawToken[] = [];
  const n = lower.length;
  let i = 0;
  while (i < n) {
    const c = lower.charCodeAt(i);
    const wordish = isLetter(c) || isDigit(c) || (evasion && isSymbol(c));
    if (!wordish) {
      i++;
      continue;
    }
    let j = i;
    let hasLetter = false;
    while (j < n) {
      const d = lower.charCodeAt(j);
      if (isLetter(d)) hasLetter = true;
      else if (!(isDigit(d) || (evasion && isSymbol(d)))) break;
      j++;
    }
    shapeToken(lower, i, j, hasLetter, out);
    i = j;
  }
  return out;
}

/** Trims symbols that are punctuation here ("great!", "@name", "$5") and splits letterless runs. */
function shapeToken(lower: string, s: number, e: number, hasLetter: boolean, out: RawToken[]): void {
  if (!hasLetter) {
    let from = -1;
    for (let k = s; k <= e; k++) {
      if (k < e && isDigit(lower.charCodeAt(k))) {
        if (from < 0) from = k;
      } else if (from >= 0) {
        out.push({ s: from, e: k });
        from = -1;
      }
    }
    return;
  }
  // A trailing '$' stays a letter ("a$$"); '!', '@' and '|' at the end are punctuation ("great!").
  while (e > s && isSymbol(lower.charCodeAt(e - 1)) && lower.charCodeAt(e - 1) !== 36) e--;
  // '$' opens a word ("$hit"); '@' and '!' only stand for letters inside one.
  while (s < e && isSymbol(lower.charCodeAt(s)) && !(lower.charCodeAt(s) === 36 && s + 1 < e && isLetter(lower.charCodeAt(s + 1)))) s++;
  if (s < e) out.push({ s, e });
}

/** The single separator between two one-character tokens, or -1 ("b l u e" → ' ', "b-l-u-e" → '-'). */
function separatorBetween(lower: string, a: number, b: number): number {
  if (b - a !== 2) return -1;
  const c = lower.charCodeAt(a + 1);
  return c === 10 || c === 13 ? -1 : c;
}

/**
 * Joins runs of three or more one-character tokens split by one and the same separator: "b l u e",
 * "s.e.x". Requiring the same separator keeps "p.r.o.j.e.c.t b.l.u.e" as two words.
 */
function joinSpelledOut(tokens: RawToken[], lower: string): RawToken[] {
  const out: RawToken[] = [];
  const single = (k: number): boolean => k < tokens.length && tokens[k]!.e - tokens[k]!.s === 1;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (single(i) && single(i + 1)) {
      const sep = separatorBetween(lower, t.s, tokens[i + 1]!.s);
      let j = i + 1;
      while (sep >= 0 && single(j) && separatorBetween(lower, tokens[j - 1]!.s, tokens[j]!.s) === sep) j++;
      // "u r a joke", "r u ok": text-speak for "you are" / "are you" opens the run, not a word spelled out; what
      // follows it may still be one ("u r a c u n t")
      const a0 = lower[t.s];
      const b0 = lower[tokens[i + 1]!.s];
      if (sep === 32 && ((a0 === 'u' && b0 === 'r') || (a0 === 'r' && b0 === 'u'))) {
        out.push(t, tokens[i + 1]!);
        i += 2;
        continue;
      }
      if (sep >= 0 && j - i >= 3) {
        out.push({ s: t.s, e: tokens[j - 1]!.e, idx: tokens.slice(i, j).map((x) => x.s) });
        i = j;
        continue;
      }
    }
    out.push(t);
    i++;
  }
  return out;
}

/** Key char between words of different sentences: no term key contains it, so no term spans two sentences. */
const SENTENCE_BREAK = 1;

/** A sentence ends between two words at a blank line (two line breaks) or after '.', '!', '?', '…'; one line break is whitespace. */
function breaksSentence(lower: string, from: number, to: number): boolean {
  let lines = 0;
  for (let k = from; k < to; k++) {
    const c = lower.charCodeAt(k);
    if (c === 10 || (c === 13 && lower.charCodeAt(k + 1) !== 10)) {
      if (++lines >= 2) return true;
    }
    if ((c === 46 || c === 33 || c === 63 || c === 0x2026) && k + 1 < to && /\s/.test(lower[k + 1]!)) return true;
  }
  return false;
}

/**
 * Offset in the token of a trailing digit run that follows a letter, when the token is a join (it follows
 * '#' or holds a camelCase boundary before the run); the token's size when there is none.
 */
function joinDigitTail(lower: string, cased: string, token: RawToken): number {
  const size = sizeOf(token);
  if (token.idx) return size;
  let d = token.e;
  while (d > token.s && isDigit(lower.charCodeAt(d - 1))) d--;
  if (d === token.e || d === token.s || !isLetter(lower.charCodeAt(d - 1))) return size;
  let joined = token.s > 0 && lower.charCodeAt(token.s - 1) === 35;
  for (let k = token.s + 1; !joined && k < d; k++) {
    const cc = cased.charCodeAt(k);
    const pc = cased.charCodeAt(k - 1);
    if (cc !== lower.charCodeAt(k) && pc === lower.charCodeAt(k - 1) && isLetter(cc) && isLetter(pc)) joined = true;
  }
  return joined ? d - token.s : size;
}

export function buildWordStream(folded: FoldedChars, evasion: boolean): WordStream {
  const f = evasion ? folded : { lower: folded.plainLower, cased: folded.plainCased };
  let tokens = rawTokens(f.lower, evasion);
  if (evasion) tokens = joinSpelledOut(tokens, f.lower);
  let total = 0;
  for (const t of tokens) total += sizeOf(t);
  const fIdx = new Int32Array(total);
  const low = new Uint16Array(total);
  const cased = new Uint16Array(total);
  const soft = new Uint8Array(total + 1);
  const tok = new Int32Array(total);
  const tokStart = new Int32Array(tokens.length);
  const tokEnd = new Int32Array(tokens.length);
  const tokLeet = new Uint8Array(tokens.length);
  const tokTail = new Int32Array(tokens.length);
  // at most one key char per precise char plus one separator per token
  const keyCodes = new Uint16Array(total + tokens.length);
  const keyP = new Int32Array(total + tokens.length);
  const keyPEnd = new Int32Array(total + tokens.length);
  let kn = 0;
  let p = 0;
  const lowerText = f.lower;
  const casedText = f.cased;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    const idx = token.idx;
    const size = sizeOf(token);
    tokStart[t] = p;
    let leet = false;
    if (evasion) {
      let letters = false;
      let others = false;
      for (let m = 0; m < size; m++) {
        if (isLetter(lowerText.charCodeAt(idx ? idx[m]! : token.s + m))) letters = true;
        else others = true;
      }
      leet = letters && others;
    }
    tokLeet[t] = leet ? 1 : 0;
    if (t > 0) {
      keyCodes[kn] = breaksSentence(lowerText, fIdx[p - 1]! + 1, idx ? idx[0]! : token.s) ? SENTENCE_BREAK : 32;
      keyP[kn] = p;
      keyPEnd[kn] = p;
      kn++;
    }
    const tail = p + joinDigitTail(lowerText, casedText, token);
    tokTail[t] = tail;
    let prevCoarse = -1;
    for (let m = 0; m < size; m++) {
      const k = idx ? idx[m]! : token.s + m;
      fIdx[p] = k;
      const lc = lowerText.charCodeAt(k);
      const cc = casedText.charCodeAt(k);
      low[p] = lc;
      cased[p] = cc;
      tok[p] = t;
      // camelCase: a lower-case letter followed by an upper-case one
      if (m > 0 && cc !== lc && cased[p - 1] === low[p - 1] && isLetter(cc) && isLetter(cased[p - 1]!)) soft[p] = 1;
      const co = coarseOf(lc, leet, evasion);
      // a run never spans a camelCase boundary ("KestrelIDIOT": 'l' and 'I' share a class but not a word)
      if (evasion && co === prevCoarse && m > 0 && !soft[p] && p !== tail) {
        keyPEnd[kn - 1] = p + 1;
      } else {
        keyCodes[kn] = co;
        keyP[kn] = p;
        keyPEnd[kn] = p + 1;
        kn++;
      }
      prevCoarse = co;
      p++;
    }
    tokEnd[t] = p;
  }
  return {
    evasion,
    fIdx,
    low,
    cased,
    soft,
    tok,
    tokStart,
    tokEnd,
    tokLeet,
    tokTail,
    tokenCount: tokens.length,
    key: codesToString(keyCodes.subarray(0, kn)),
    keyP: keyP.subarray(0, kn),
    keyPEnd: keyPEnd.subarray(0, kn),
  };
}

export function codesToString(codes: ArrayLike<number>): string {
  let out = '';
  const CHUNK = 8192;
  const typed = codes instanceof Uint16Array ? codes : Uint16Array.from(codes);
  for (let i = 0; i < typed.length; i += CHUNK) {
    out += String.fromCharCode.apply(null, typed.subarray(i, Math.min(typed.length, i + CHUNK)) as unknown as number[]);
  }
  return out;
}

/** The precise letters of token t with leet read as its first meaning (how terms are normalised). */
export function tokenText(ws: WordStream, t: number, caseSensitive: boolean): string {
  const codes: number[] = [];
  for (let p = ws.tokStart[t]!; p < ws.tokEnd[t]!; p++) codes.push(resolvedChar(ws, p, caseSensitive));
  return codesToString(codes);
}

export function resolvedChar(ws: WordStream, p: number, caseSensitive: boolean): number {
  const lc = ws.low[p]!;
  if (ws.tokLeet[ws.tok[p]!] && (isDigit(lc) || isSymbol(lc))) {
    const opts = LEET[String.fromCharCode(lc)];
    if (opts) return opts.charCodeAt(0);
  }
  return caseSensitive ? ws.cased[p]! : lc;
}

/** Runs of three or more of one letter are stretching: "blueeeebird". Terms keep at most two. Digits are never stretched ("3000"). */
export function capRuns(word: string): string {
  return word.replace(/(\p{L})\1{2,}/gu, '$1$1');
}

/**
 * Token t's letters as tokenText reads them, with stretched runs capped at two: only runs typed as letters
 * are stretching, so a leet digit run ("B000M") keeps its length.
 */
export function cappedTokenText(ws: WordStream, t: number, caseSensitive: boolean): string {
  const codes: number[] = [];
  let run = 0;
  for (let p = ws.tokStart[t]!; p < ws.tokEnd[t]!; p++) {
    const c = ws.low[p]!;
    run = p > ws.tokStart[t]! && ws.low[p - 1] === c ? run + 1 : 1;
    if (run >= 3 && isLetter(c)) continue;
    codes.push(resolvedChar(ws, p, caseSensitive));
  }
  return codesToString(codes);
}
