/**
 * `shouting`: sustained all-caps. A run of capitalised words long enough to read as shouting ("THIS IS
 * THE WORST SERVICE I HAVE EVER HAD"), not acronyms ("our API and SDK ship on AWS") or a short cheer
 * ("GO TEAM"). Scope 'text' and one linear pass, so it is cheap on every check.
 */
import type { DetectorHit, DetectorSpec } from '../../types';
import { unknownOption } from '../options';

const LETTER = /\p{L}/u;
/** Letter tests of non-ASCII code points, remembered (bounded: cleared when full). */
const letterCache = new Map<number, boolean>();
const LETTER_CACHE_SIZE = 4096;

function isLetter(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90);
  let v = letterCache.get(cp);
  if (v === undefined) {
    v = LETTER.test(String.fromCodePoint(cp));
    if (letterCache.size >= LETTER_CACHE_SIZE) letterCache.clear();
    letterCache.set(cp, v);
  }
  return v;
}

/**
 * End of the word that starts at `i` (a letter): letters and apostrophes, by code point. A hand-written
 * scan of /[\p{L}][\p{L}'’]*\/u, which runs over the whole draft on every check.
 */
function wordEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    const d = text.codePointAt(j)!;
    if (d !== 39 && d !== 0x2019 && !isLetter(d)) break;
    j += d > 0xffff ? 2 : 1;
  }
  return j;
}

interface Options {
  minWords: number;
  minLetters: number;
}

function isCaps(word: string): boolean {
  // most words start with an ASCII lower-case letter, which upper-casing always changes: no copies made
  const c = word.charCodeAt(0);
  if (c >= 97 && c <= 122) return false;
  return word === word.toUpperCase() && word !== word.toLowerCase();
}

export function findShouting(text: string, o: Options): DetectorHit[] {
  const hits: DetectorHit[] = [];
  let runStart = -1;
  let runEnd = -1;
  let words = 0;
  let letters = 0;
  let longWords = 0;
  const flush = () => {
    if (runStart >= 0 && words >= o.minWords && letters >= o.minLetters && longWords >= 2) {
      const confidence = Math.min(0.95, 0.6 + (letters - o.minLetters) / 100);
      hits.push({ start: runStart, end: runEnd, confidence: Math.round(confidence * 100) / 100, explain: `${words} words in capitals in a row` });
    }
    runStart = -1;
    words = 0;
    letters = 0;
    longWords = 0;
  };
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    if (!isLetter(cp)) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const at = i;
    i = wordEnd(text, at);
    // @mentions and #hashtags are names, not shouting ("@USER @USER", "#MAGA #NFL"): they neither count
    // nor end a run
    const before = at > 0 ? text.charCodeAt(at - 1) : 0;
    if (before === 64 || before === 35) continue;
    // a word starting with an ASCII lower-case letter is not in capitals: decided without copying it
    if (cp >= 97 && cp <= 122) {
      flush();
      continue;
    }
    const w = text.slice(at, i);
    // A line break or a lower-case word ends the run; punctuation and digits between words do not.
    const gap = runStart >= 0 ? text.slice(runEnd, at) : '';
    const caps = isCaps(w);
    if (!caps || gap.includes('\n')) {
      flush();
      if (!caps) continue;
    }
    if (runStart < 0) runStart = at;
    runEnd = at + w.length;
    words++;
    letters += w.replace(/['’]/g, '').length;
    if (w.length >= 3) longWords++;
  }
  flush();
  return hits;
}

function num(v: unknown, d: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : d;
}

export const SHOUTING: DetectorSpec = {
  id: 'shouting',
  description: 'Sustained shouting: long runs of words in capitals (acronyms and short cheers pass).',
  scope: 'text',
  validateOptions(options) {
    const unknown = unknownOption(options, ['minWords', 'minLetters']);
    if (unknown) return unknown;
    for (const k of ['minWords', 'minLetters']) {
      const v = options[k];
      if (v !== undefined && (typeof v !== 'number' || !Number.isInteger(v) || v < 1)) return `option '${k}' must be a positive integer`;
    }
    return null;
  },
  create(options) {
    const o: Options = { minWords: num(options.minWords, 5), minLetters: num(options.minLetters, 24) };
    return (input) => findShouting(input.text, o);
  },
};
