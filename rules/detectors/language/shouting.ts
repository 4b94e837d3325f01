/**
 * `shouting`: sustained all-caps. A run of capitalised words long enough to read as shouting ("THIS IS
 * THE WORST SERVICE I HAVE EVER HAD"), not acronyms ("our API and SDK ship on AWS") or a short cheer
 * ("GO TEAM"). Scope 'text' and one linear pass, so it is cheap on every check.
 */
import type { DetectorHit, DetectorSpec } from '../../types';
import { unknownOption } from '../options';

const WORD = /[\p{L}][\p{L}'’]*/gu;

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
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const w = m[0];
    // A line break or a lower-case word ends the run; punctuation and digits between words do not.
    const gap = runStart >= 0 ? text.slice(runEnd, m.index) : '';
    const caps = isCaps(w);
    if (!caps || gap.includes('\n')) {
      flush();
      if (!caps) continue;
    }
    if (runStart < 0) runStart = m.index;
    runEnd = m.index + w.length;
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
