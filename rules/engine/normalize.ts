/**
 * The normalisation the term matchers use, exposed so `pack build` hashes terms exactly as drafts are
 * read, and so detectors get the same evasion-undone view of a sentence.
 */
import type { MappedText } from '../types';
import { foldChars, type FoldedChars } from './unicode-fold';
import { buildWordStream, capRuns, cappedTokenText, codesToString, resolvedChar, tokenText, type WordStream } from './tokens';

const SIMPLE_TERM = /^ *[A-Za-z]+(?: +[A-Za-z]+)* *$/;

/**
 * A term's normal form: look-alikes, diacritics and zero-width characters undone, case folded unless
 * `caseSensitive`, leetspeak read as letters inside words, stretched letters capped at two, words joined by
 * one space. `evasion: false` (default true) keeps only the folding that never changes the letters.
 */
export function normalizeTerm(term: string, opts: { caseSensitive: boolean; evasion?: boolean }): string {
  const evasion = opts.evasion !== false;
  // Fast path for the common case (plain ASCII words of two letters or more), same result as the full path.
  if (SIMPLE_TERM.test(term)) {
    const words = term.trim().split(/ +/);
    if (words.every((w) => w.length >= 2)) {
      const joined = words.join(' ');
      const cased = opts.caseSensitive ? joined : joined.toLowerCase();
      return evasion ? capRuns(cased) : cased;
    }
  }
  const ws = buildWordStream(foldChars(term), evasion);
  const words: string[] = [];
  for (let t = 0; t < ws.tokenCount; t++) {
    words.push(evasion ? cappedTokenText(ws, t, opts.caseSensitive) : tokenText(ws, t, opts.caseSensitive));
  }
  return words.join(' ');
}

/** Evasion-normalised, case-folded view of `text` with a map back to it (DetectorInput.folded). */
export function foldedView(text: string): MappedText {
  const f = foldChars(text);
  return viewFromStream(f, buildWordStream(f, true), text.length);
}

/** The same view from a fold and an evasion word stream already made for the whole draft. */
export function viewFromStream(f: FoldedChars, ws: WordStream, length: number): MappedText {
  const lower = f.lower;
  const n = lower.length;
  // every view char stands for its own folded char (spelled-out separators are dropped), so n bounds it
  const codes = new Uint16Array(n);
  const map = new Int32Array(n + 1);
  let o = 0;
  let nextF = 0;
  for (let t = 0; t < ws.tokenCount; t++) {
    const first = ws.fIdx[ws.tokStart[t]!]!;
    for (let k = nextF; k < first; k++) {
      codes[o] = lower.charCodeAt(k);
      map[o++] = f.start[k]!;
    }
    for (let p = ws.tokStart[t]!; p < ws.tokEnd[t]!; p++) {
      codes[o] = resolvedChar(ws, p, false);
      map[o++] = f.start[ws.fIdx[p]!]!;
    }
    nextF = ws.fIdx[ws.tokEnd[t]! - 1]! + 1;
  }
  for (let k = nextF; k < n; k++) {
    codes[o] = lower.charCodeAt(k);
    map[o++] = f.start[k]!;
  }
  map[o] = length;
  return { text: codesToString(codes.subarray(0, o)), map: map.subarray(0, o + 1) };
}

/** The part of a whole-draft view that falls in [start, end), re-based to start. */
export function sliceView(view: MappedText, start: number, end: number): MappedText {
  const map = view.map;
  const a = firstAtOrAfter(map, start);
  const b = Math.min(firstAtOrAfter(map, end), view.text.length);
  const out = new Int32Array(b - a + 1);
  for (let i = a; i < b; i++) out[i - a] = map[i]! - start;
  out[b - a] = end - start;
  return { text: view.text.slice(a, b), map: out };
}

/** The first index whose map entry is at least `target` (the map is non-decreasing). */
function firstAtOrAfter(map: ArrayLike<number>, target: number): number {
  let lo = 0;
  let hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
