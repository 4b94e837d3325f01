/**
 * `pii.date-of-birth`: a full date of birth (day, month and year) named as one. With a name it is the key
 * to most identity checks, so a public post of it is a gift to fraudsters. Dates alone are everywhere
 * (launches, deadlines), and a birthday without the year is small talk: only a full date right after
 * "born", "date of birth", "DOB" or "birthday is" counts.
 */
import type { DetectorHit, DetectorInput, DetectorSpec } from '../../types';
import { findPhrase, wordsBefore } from './context';
import { noOptions } from '../options';

const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const YEAR = '(?:19|20)\\d{2}';
const DAY = '(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?';
const DATE_RE = new RegExp(
  [
    `(?<!\\d)\\d{1,2}[/.-]\\d{1,2}[/.-](?:${YEAR}|\\d{2})(?!\\d)`, // 14/03/1985, 3-14-85
    `(?<!\\d)${YEAR}-\\d{2}-\\d{2}(?!\\d)`, // 1985-03-14
    `\\b${DAY}\\s+(?:of\\s+)?(?:${MONTHS})\\.?,?\\s+${YEAR}\\b`, // 14 March 1985, 14th of March 1985
    `\\b(?:${MONTHS})\\.?\\s+${DAY},?\\s+${YEAR}\\b`, // March 14, 1985
  ].join('|'),
  'gi',
);

const NAMED = ['date of birth', 'dob', 'd.o.b', 'd o b', 'born', 'born on', 'birth date', 'birthdate', 'birthday is', 'birthday', 'bday', 'b-day'];
/** Births of others announced ("our son was born on …") are news, not an identity document: still worth a look, lower. */
const ANNOUNCEMENT = ['baby', 'son', 'daughter', 'welcomed', 'arrived', 'granddaughter', 'grandson', 'twins'];

/** Is the numeric date a possible calendar date (day and month in range either way round)? */
function plausible(date: string): boolean {
  const parts = date.split(/[/.-]/).map(Number);
  if (parts.length !== 3 || parts.some((n) => Number.isNaN(n))) return true;
  const [a, b, c] = parts as [number, number, number];
  if (a > 999) return b >= 1 && b <= 12 && c >= 1 && c <= 31; // ISO
  return (a >= 1 && a <= 31 && b >= 1 && b <= 12) || (a >= 1 && a <= 12 && b >= 1 && b <= 31);
}

export function findDatesOfBirth(text: string): DetectorHit[] {
  const hits: DetectorHit[] = [];
  for (const m of text.matchAll(DATE_RE)) {
    if (!plausible(m[0])) continue;
    const before = wordsBefore(text, m.index, 6);
    const named = findPhrase(before, NAMED);
    if (!named) continue;
    // "my birthday is 14 March" has no year and never matches; "birthday" alone needs the year to be a birth year
    const announced = findPhrase(before, ANNOUNCEMENT);
    hits.push({
      start: m.index,
      end: m.index + m[0].length,
      confidence: announced ? 0.4 : 0.8,
      explain: `full date named as a date of birth ('${named}')${announced ? `; a birth announcement ('${announced}'), so confidence lowered` : ''}`,
    });
  }
  return hits;
}

export const dateOfBirthDetector: DetectorSpec = {
  id: 'pii.date-of-birth',
  description: 'Full dates of birth (day, month, year) named as such: "DOB", "date of birth", "born on".',
  scope: 'text',
  validateOptions: noOptions,
  create: () => (input: DetectorInput) => findDatesOfBirth(input.text),
};
