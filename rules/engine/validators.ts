/**
 * Checks that turn a pattern match into a near-certain finding or discard it (Presidio's approach:
 * Luhn for cards, mod-97 for IBANs, invalid-range rules for SSNs, entropy for secrets).
 */
import type { Validator } from '../types';

export interface ValidatorResult {
  ok: boolean;
  /** for `explain` */
  why: string;
}

export function luhn(text: string): boolean {
  const digits = text.replace(/[\s-]/g, '');
  if (!/^\d{12,19}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** IBAN length per country (SWIFT IBAN registry). */
const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28, CH: 21, CR: 22,
  CY: 28, CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FK: 18, FO: 18, FR: 27, GB: 22,
  GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30,
  KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20, LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20, MR: 27,
  MT: 31, MU: 30, NI: 28, NL: 18, NO: 15, OM: 23, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, RU: 33,
  SA: 24, SC: 31, SD: 18, SE: 24, SI: 19, SK: 24, SM: 27, SO: 23, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26, UA: 29,
  VA: 22, VG: 24, XK: 20, YE: 30,
};

export function iban(text: string): boolean {
  const s = text.replace(/[\s-]/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s)) return false;
  const expected = IBAN_LENGTHS[s.slice(0, 2)];
  if (expected === undefined || s.length !== expected) return false;
  const rearranged = s.slice(4) + s.slice(0, 4);
  let rem = 0;
  for (const ch of rearranged) {
    const v = ch >= 'A' ? ch.charCodeAt(0) - 55 : ch.charCodeAt(0) - 48;
    rem = v >= 10 ? (rem * 100 + v) % 97 : (rem * 10 + v) % 97;
  }
  return rem === 1;
}

/** US SSN: area 000, 666 and 900-999, group 00, serial 0000, one repeated digit and known samples are invalid. */
export function ssn(text: string): boolean {
  const m = /^(\d{3})([- ]?)(\d{2})([- ]?)(\d{4})$/.exec(text.trim());
  if (!m) return false;
  if (m[2] !== m[4]) return false;
  const [area, group, serial] = [m[1]!, m[3]!, m[5]!];
  const digits = area + group + serial;
  if (area === '000' || area === '666' || area[0] === '9') return false;
  if (group === '00' || serial === '0000') return false;
  if (/^(\d)\1{8}$/.test(digits)) return false;
  if (digits === '123456789' || digits === '078051120' || digits.startsWith('98765432')) return false;
  return true;
}

/** Shannon entropy in bits per character. */
export function shannonEntropy(text: string): number {
  if (!text) return 0;
  const counts = new Map<string, number>();
  for (const ch of text) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  const n = [...text].length;
  let h = 0;
  for (const c of counts.values()) {
    const p = c / n;
    h -= p * Math.log2(p);
  }
  return h;
}

/** Parses a validator name; returns an error message for a bad one. */
export function validatorError(v: unknown): string | null {
  if (v === 'luhn' || v === 'iban' || v === 'ssn') return null;
  if (typeof v === 'string' && /^entropy:\d+(\.\d+)?$/.test(v)) {
    const bits = Number(v.slice(8));
    if (bits > 0 && bits <= 8) return null;
    return `entropy threshold must be between 0 and 8 bits per character, got ${bits}`;
  }
  return `unknown validator '${String(v)}': expected luhn, iban, ssn or entropy:<bits per char>`;
}

export function runValidator(v: Validator, text: string): ValidatorResult {
  if (v === 'luhn') return { ok: luhn(text), why: luhn(text) ? 'passes the Luhn check' : 'fails the Luhn check' };
  if (v === 'iban') return { ok: iban(text), why: iban(text) ? 'valid IBAN checksum and length' : 'not a valid IBAN' };
  if (v === 'ssn') return { ok: ssn(text), why: ssn(text) ? 'a possible US SSN' : 'in an invalid SSN range' };
  const min = Number(v.slice(8));
  const h = shannonEntropy(text);
  return { ok: h >= min, why: `entropy ${h.toFixed(2)} bits/char ${h >= min ? '≥' : '<'} ${min}` };
}
