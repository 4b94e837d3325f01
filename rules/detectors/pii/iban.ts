/**
 * `pii.iban`: international bank account numbers, compact or printed in groups of four. NOTICE: the
 * approach (country length, mod-97, shedding trailing groups that are not part of the IBAN) follows
 * Microsoft Presidio's IBAN recognizer, MIT License, Copyright (c) 2018 presid-io. Code written for this project.
 */
import type { DetectorHit, DetectorInput, DetectorSpec } from '../../types';
import { describeContext, scoreContext, wordsBefore } from './context';
import { IBAN_LENGTHS, ibanInvalidReason } from './validators';
import { noOptions } from '../options';

const IBAN_RE = /(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?:[ -]?[A-Za-z0-9]){11,30}(?![A-Za-z0-9])/g;

const CONTEXT = { support: ['iban', 'bank', 'account', 'transfer', 'wire', 'sepa', 'payment', 'pay', 'bic', 'swift'] };

/**
 * The longest prefix of the match that is a valid IBAN: printed IBANs are often followed by more
 * characters ("… 0000 BIC DEUTDEFF"), so the match is cut back to the country's length first.
 */
function bestIban(raw: string): { end: number; iban: string; why?: string } | null {
  const cc = raw.slice(0, 2).toUpperCase();
  const len = IBAN_LENGTHS[cc];
  if (len === undefined) return null;
  let n = 0;
  for (let i = 0; i < raw.length; i++) {
    if (/[A-Za-z0-9]/.test(raw[i]!)) n++;
    if (n === len) {
      const iban = raw.slice(0, i + 1).replace(/[ -]/g, '').toUpperCase();
      const why = ibanInvalidReason(iban);
      return why ? { end: i + 1, iban, why } : { end: i + 1, iban };
    }
  }
  return null;
}

export function findIbans(text: string): DetectorHit[] {
  const hits: DetectorHit[] = [];
  for (const m of text.matchAll(IBAN_RE)) {
    const best = bestIban(m[0]);
    if (!best || best.why) continue;
    // A cut in the middle of a word ("…1234ABCD") is not an IBAN boundary.
    const next = m[0][best.end];
    if (next !== undefined && /[A-Za-z0-9]/.test(next)) continue;
    const ctx = scoreContext(0.9, wordsBefore(text, m.index), CONTEXT, 0.1, 0.9);
    hits.push({
      start: m.index,
      end: m.index + best.end,
      confidence: ctx.confidence,
      explain: [`${best.iban.slice(0, 2)} IBAN: ${best.iban.length} characters as the country requires, mod-97 checksum valid`, describeContext(ctx)].filter(Boolean).join('; '),
    });
  }
  return hits;
}

export const ibanDetector: DetectorSpec = {
  id: 'pii.iban',
  description: 'IBANs: country code, per-country length and the mod-97 checksum.',
  scope: 'text',
  validateOptions: noOptions,
  create: () => (input: DetectorInput) => findIbans(input.text),
};
