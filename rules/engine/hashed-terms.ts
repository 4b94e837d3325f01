/**
 * Hashed terms: a built pack carries salted SHA-256 digests of normalised terms instead of the terms. The
 * draft's word n-grams are normalised the same way, expanded into the spellings a clear term would accept
 * (leet readings, stretched runs as one or two letters, a plural dropped, camelCase parts), hashed and
 * looked up. Every join form of a term is hashed at build time, as clear terms add every join form.
 */
import type { HashedTerms } from '../types';
import { PackError } from '../types';
import { sha256Hex } from './sha256';
import { normalizeTerm } from './normalize';
import { joinVariants, noteHiddenChanges } from './term-match';
import { LEET, isDigit, isLetter, type WordStream } from './tokens';
import type { FoldedChars } from './unicode-fold';

export function hashTerm(salt: string, normalised: string): string {
  return sha256Hex(salt + normalised);
}

/** `evasion` (default true) must be the rule's: a rule with `evasion: false` hashes its terms unfolded. */
export function buildHashedTerms(terms: string[], opts: { caseSensitive: boolean; salt: string; evasion?: boolean }): HashedTerms {
  const hashes = new Set<string>();
  let maxWords = 1;
  for (const term of terms) {
    const norm = normalizeTerm(term, { caseSensitive: opts.caseSensitive, evasion: opts.evasion !== false });
    if (!norm) throw new PackError(`term '${term}' has no letters or digits to match`, { field: 'terms' });
    maxWords = Math.max(maxWords, norm.split(' ').length);
    for (const variant of joinVariants(norm)) hashes.add(hashTerm(opts.salt, variant));
  }
  return { salt: opts.salt, hashes: [...hashes].sort(), maxWords };
}

/** Caps on spelling expansion so a hostile draft cannot make hashing explode. */
const MAX_WORD_SPELLINGS = 16;
const MAX_NGRAM_SPELLINGS = 64;
/** No term is longer than this (pack limits allow 200 chars), so longer spans are never hashed. */
const MAX_HASHED_SPAN = 256;
/** camelCase boundaries considered per word: real joined names have a handful. */
const MAX_SOFT_EDGES = 12;

/** Spellings of precise chars [ps, pe) of one token that a clear term match would accept. */
function wordSpellings(ws: WordStream, ps: number, pe: number, caseSensitive: boolean): string[] {
  let out: string[] = [''];
  let p = ps;
  const leetTok = ws.tokLeet[ws.tok[ps]!] === 1;
  while (p < pe) {
    const c = ws.low[p]!;
    let count = 1;
    while (p + count < pe && ws.low[p + count] === c) count++;
    const symbol = isDigit(c) || c === 64 || c === 36 || c === 33 || c === 124;
    const chars = leetTok && symbol ? [...(LEET[String.fromCharCode(c)] ?? String.fromCharCode(c))] : [String.fromCharCode(caseSensitive ? ws.cased[p]! : c)];
    const counts = ws.evasion && count >= 3 && isLetter(c) ? [1, 2] : [count];
    const pieces: string[] = [];
    for (const ch of chars) for (const k of counts) pieces.push(ch.repeat(k));
    const next: string[] = [];
    for (const prefix of out) for (const piece of pieces) if (next.length < MAX_WORD_SPELLINGS) next.push(prefix + piece);
    out = next;
    p += count;
  }
  return out;
}

export interface HashedGroup {
  salt: string;
  caseSensitive: boolean;
  /** the rules' `evasion` (default true): matched on the evasion word stream, or on the plain one */
  evasion: boolean;
  maxWords: number;
  /** digest → indices of the owning rules */
  owners: Map<string, number[]>;
}

export interface HashedHit {
  rule: number;
  start: number;
  end: number;
  undone: string[];
}

/**
 * Finds hashed-term matches in one unit of text (a sentence); offsets are into `original`. Only the groups
 * whose `evasion` is the stream's are matched: call once per kind of stream.
 */
export function matchHashed(allGroups: readonly HashedGroup[], ws: WordStream, f: FoldedChars, original: string): HashedHit[] {
  const hits: HashedHit[] = [];
  const groups = allGroups.filter((g) => g.evasion === ws.evasion);
  if (!groups.length || ws.tokenCount === 0) return hits;
  const maxWords = Math.max(...groups.map((g) => g.maxWords));
  const anyCase = groups.some((g) => g.caseSensitive);
  const anyFold = groups.some((g) => !g.caseSensitive);
  for (let t = 0; t < ws.tokenCount; t++) {
    const starts = edgeOptions(ws, t, true);
    for (let n = 1; n <= maxWords && t + n - 1 < ws.tokenCount; n++) {
      if (ws.tokStart[t + n - 1]! - ws.tokEnd[t]! > MAX_HASHED_SPAN) break;
      const last = t + n - 1;
      const ends = edgeOptions(ws, last, false);
      for (const ps of starts) {
        for (const { pe, plural } of ends) {
          if ((n === 1 && pe <= ps) || pe - ps > MAX_HASHED_SPAN) continue;
          for (const cs of [false, true]) {
            if ((cs && !anyCase) || (!cs && !anyFold)) continue;
            const spellings = ngramSpellings(ws, t, last, ps, pe, cs);
            for (const g of groups) {
              if (g.caseSensitive !== cs || n > g.maxWords) continue;
              for (const s of spellings) {
                const owners = g.owners.get(hashTerm(g.salt, s));
                if (!owners) continue;
                const fullEnd = plural ? ws.tokEnd[last]! : pe;
                const undone = new Set<string>();
                if (plural) undone.add('plural');
                noteHiddenChanges(ws, f, original, ps, fullEnd, undone);
                noteSpelling(ws, ps, fullEnd, undone);
                for (const rule of owners) {
                  hits.push({ rule, start: f.start[ws.fIdx[ps]!]!, end: f.end[ws.fIdx[fullEnd - 1]!]!, undone: [...undone] });
                }
                break;
              }
            }
          }
        }
      }
    }
  }
  return hits;
}

/** Records leetspeak, stretching and camelCase joins in the span (the hash cannot say which spelling hit). */
function noteSpelling(ws: WordStream, ps: number, pe: number, undone: Set<string>): void {
  let run = 1;
  for (let p = ps; p < pe; p++) {
    const c = ws.low[p]!;
    if (ws.tokLeet[ws.tok[p]!] && (isDigit(c) || c === 64 || c === 36 || c === 33 || c === 124)) undone.add('leetspeak');
    run = p > ps && ws.tok[p] === ws.tok[p - 1] && ws.low[p - 1] === c ? run + 1 : 1;
    if (run === 3 && isLetter(c)) undone.add('stretched letters');
    if (p > ps && ws.soft[p]) undone.add('joined words');
  }
}

/** Where an n-gram may start (token start or a camelCase boundary) or end (also before a plural suffix). */
function edgeOptions(ws: WordStream, t: number, isStart: true): number[];
function edgeOptions(ws: WordStream, t: number, isStart: false): { pe: number; plural: boolean }[];
function edgeOptions(ws: WordStream, t: number, isStart: boolean): number[] | { pe: number; plural: boolean }[] {
  const s = ws.tokStart[t]!;
  const e = ws.tokEnd[t]!;
  const softs: number[] = [];
  for (let p = s + 1; p < e && softs.length < MAX_SOFT_EDGES; p++) if (ws.soft[p]) softs.push(p);
  if (isStart) return [s, ...softs];
  const ends: { pe: number; plural: boolean }[] = [{ pe: e, plural: false }, ...softs.map((pe) => ({ pe, plural: false }))];
  const tail = ws.tokTail[t]!;
  if (tail < e && !softs.includes(tail)) ends.push({ pe: tail, plural: false });
  if (e - s >= 2 && ws.low[e - 1] === 115) {
    ends.push({ pe: e - 1, plural: true });
    if (e - s >= 3 && ws.low[e - 2] === 101) ends.push({ pe: e - 2, plural: true });
  }
  return ends;
}

function ngramSpellings(ws: WordStream, first: number, last: number, ps: number, pe: number, caseSensitive: boolean): string[] {
  let out: string[] = [''];
  for (let t = first; t <= last; t++) {
    const a = t === first ? ps : ws.tokStart[t]!;
    const b = t === last ? pe : ws.tokEnd[t]!;
    const words = wordSpellings(ws, a, b, caseSensitive);
    const next: string[] = [];
    for (const prefix of out) {
      for (const w of words) {
        if (next.length >= MAX_NGRAM_SPELLINGS) break;
        next.push(t === first ? w : `${prefix} ${w}`);
      }
    }
    out = next;
  }
  return out;
}
