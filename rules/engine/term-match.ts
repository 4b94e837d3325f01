/**
 * Clear terms: each normalised term is added to the shared automaton in every join form ("project
 * bluebird", "projectbluebird"); a coarse key hit is then verified letter by letter against the precise
 * text, so 'l' never stands for 'i' unless it was typed as a leet '1', and "good" never matches "god".
 */
import type { FoldedChars } from './unicode-fold';
import { LEET, coarseOf, isDigit, isLetter, type WordStream } from './tokens';

export interface TermVariant {
  /** normalised words, joined by ' ' where the variant keeps a boundary */
  precise: string;
  /** automaton key (coarse classes, runs collapsed) */
  key: string;
  joined: boolean;
}

/** At most this many word boundaries get every join combination; longer terms get all-spaced and all-joined. */
const MAX_JOIN_COMBOS = 3;

export function joinVariants(norm: string): string[] {
  const words = norm.split(' ').filter(Boolean);
  const gaps = words.length - 1;
  if (gaps <= 0) return words.length ? [words[0]!] : [];
  const masks: number[] = [];
  if (gaps <= MAX_JOIN_COMBOS) for (let m = 0; m < 1 << gaps; m++) masks.push(m);
  else masks.push(0, -1);
  return masks.map((mask) => {
    let s = words[0]!;
    for (let g = 0; g < gaps; g++) s += (mask & (1 << g) ? '' : ' ') + words[g + 1]!;
    return s;
  });
}

export function coarseKey(precise: string, evasion: boolean): string {
  let out = '';
  let prev = -1;
  for (let i = 0; i < precise.length; i++) {
    const u = precise.charCodeAt(i);
    let c: number;
    if (u < 128) c = u >= 65 && u <= 90 ? u + 32 : u;
    else {
      const lowered = precise[i]!.toLowerCase();
      c = lowered.length === 1 ? lowered.charCodeAt(0) : u;
    }
    const co = coarseOf(c, false, evasion);
    if (evasion && co === prev && co !== 32) continue;
    out += String.fromCharCode(co);
    prev = co;
  }
  return out;
}

export function termVariants(norm: string, evasion: boolean): TermVariant[] {
  const spaced = norm.split(' ').filter(Boolean).join(' ');
  return joinVariants(norm).map((precise) => ({ precise, key: coarseKey(precise, evasion), joined: precise !== spaced }));
}

export interface TermSpanHit {
  start: number;
  end: number;
  /** normalisations that had to be undone, for `explain` */
  undone: string[];
}

function leetAllows(textLow: number, termChar: string): boolean {
  const opts = LEET[String.fromCharCode(textLow)];
  return opts !== undefined && opts.includes(termChar.toLowerCase());
}

/**
 * Checks an automaton hit on key range [ks, ke) against a variant: whole-word (or camelCase) edges, a
 * plural suffix allowed, and run-by-run letter equality where a run of three or more is stretching.
 */
export function verifyTerm(
  ws: WordStream,
  f: FoldedChars,
  original: string,
  ks: number,
  ke: number,
  variant: TermVariant,
  caseSensitive: boolean,
): TermSpanHit | null {
  const ps = ws.keyP[ks]!;
  const pe = ws.keyPEnd[ke - 1]!;
  const t0 = ws.tok[ps]!;
  if (ps !== ws.tokStart[t0]! && !ws.soft[ps]) return null;
  const t1 = ws.tok[pe - 1]!;
  let endP = pe;
  const undone = new Set<string>();
  if (pe !== ws.tokEnd[t1]! && !ws.soft[pe] && pe !== ws.tokTail[t1]) {
    const rest = ws.tokEnd[t1]! - pe;
    const s1 = ws.low[pe]!;
    const isS = (c: number): boolean => c === 115;
    const plural = (rest === 1 && isS(s1)) || (rest === 2 && s1 === 101 && isS(ws.low[pe + 1]!));
    if (!plural) return null;
    endP = ws.tokEnd[t1]!;
    undone.add('plural');
  }
  const term = variant.precise;
  let i = ps;
  let j = 0;
  while (i < pe) {
    if (i > ps && ws.tok[i] !== ws.tok[i - 1]) {
      if (term[j] !== ' ') return null;
      j++;
    }
    const c = ws.low[i]!;
    const tokI = ws.tok[i]!;
    let count = 1;
    while (i + count < pe && ws.tok[i + count] === tokI && ws.low[i + count] === c) count++;
    const tc = term[j];
    if (tc === undefined || tc === ' ') return null;
    let tcount = 1;
    while (term[j + tcount] === tc) tcount++;
    const leet = ws.tokLeet[tokI] === 1 && (isDigit(c) || c === 64 || c === 36 || c === 33 || c === 124);
    if (leet) {
      if (!leetAllows(c, tc)) return null;
      undone.add('leetspeak');
    } else {
      const textChar = caseSensitive ? ws.cased[i]! : c;
      if (String.fromCharCode(textChar) !== tc) return null;
    }
    if (count !== tcount) {
      if (!(ws.evasion && count >= 3 && isLetter(c))) return null;
      undone.add('stretched letters');
    }
    i += count;
    j += tcount;
  }
  if (j !== term.length) return null;
  const fStart = ws.fIdx[ps]!;
  const fEnd = ws.fIdx[endP - 1]!;
  const start = f.start[fStart]!;
  const end = f.end[fEnd]!;
  if (variant.joined) undone.add('joined words');
  else for (let p = ps + 1; p < pe; p++) if (ws.soft[p]) undone.add('joined words');
  noteHiddenChanges(ws, f, original, ps, endP, undone);
  return { start, end, undone: [...undone] };
}

/** Records look-alikes, hidden characters and spelled-out letters found inside the matched span. */
export function noteHiddenChanges(ws: WordStream, f: FoldedChars, original: string, ps: number, pe: number, undone: Set<string>): void {
  for (let p = ps; p < pe; p++) {
    const k = ws.fIdx[p]!;
    const o = f.start[k]!;
    const width = f.end[k]! - o;
    const oc = original.charCodeAt(o);
    if (width === 1 && oc !== f.cased.charCodeAt(k)) undone.add(oc < 0x80 ? 'case' : oc < 0x370 ? 'accents' : 'look-alike letters');
    else if (width > 1 && (original.codePointAt(o) ?? 0) > 0xffff) undone.add('look-alike letters');
    else if (width > 1) undone.add('accents');
    if (p > ps && ws.tok[p] === ws.tok[p - 1]) {
      const gap = f.start[k]! - f.end[ws.fIdx[p - 1]!]!;
      if (gap > 0) undone.add(ws.fIdx[p - 1]! + 1 === k ? 'hidden characters' : 'spelled-out letters');
    }
  }
  undone.delete('case');
}
