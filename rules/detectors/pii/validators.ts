/**
 * Checksums and structure rules for personal-data numbers. NOTICE: the invalid SSN ranges and the
 * IBAN checks follow Microsoft Presidio's recognizers (presidio-analyzer predefined_recognizers),
 * MIT License, Copyright (c) 2018 presid-io. Code written for this project.
 */

/** Luhn (mod 10) check over a string of digits. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits) || digits.length < 2) return false;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** IBAN length per country (ISO 13616 registry). */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28, CH: 21, CR: 22, CY: 28,
  CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FK: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23,
  GL: 18, GR: 27, GT: 28, HN: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28,
  LC: 32, LI: 21, LT: 20, LU: 20, LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20, MR: 27, MT: 31, MU: 30, NI: 28,
  NL: 18, NO: 15, OM: 23, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, RU: 33, SA: 24, SC: 31, SD: 18, SE: 24,
  SI: 19, SK: 24, SM: 27, SO: 23, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20, YE: 30,
};

/** ISO 7064 mod 97-10 over the rearranged IBAN (letters as 10..35), computed in chunks to stay in range. */
export function ibanChecksumValid(iban: string): boolean {
  const s = iban.slice(4) + iban.slice(0, 4);
  let rem = 0;
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    const v = c >= 48 && c <= 57 ? String(c - 48) : c >= 65 && c <= 90 ? String(c - 55) : null;
    if (v === null) return false;
    for (const d of v) rem = (rem * 10 + (d.charCodeAt(0) - 48)) % 97;
  }
  return rem === 1;
}

/** Why a compact IBAN (no spaces, upper case) is invalid, or null when valid. */
export function ibanInvalidReason(iban: string): string | null {
  const cc = iban.slice(0, 2);
  const len = IBAN_LENGTHS[cc];
  if (len === undefined) return `no IBAN country '${cc}'`;
  if (iban.length !== len) return `${cc} IBANs have ${len} characters, not ${iban.length}`;
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return 'characters outside A-Z 0-9';
  return ibanChecksumValid(iban) ? null : 'mod-97 checksum fails';
}

/** Numbers printed in advertising and documentation (Woolworth wallet card, SSA pamphlets, examples). */
const ADVERTISED_SSNS = new Set(['078051120', '219099999', '457555462', '123456789']);

/** A number printed in advertising or examples (not one that can never be issued). */
export function isExampleSsn(digits: string): boolean {
  return ADVERTISED_SSNS.has(digits) || digits.startsWith('98765432');
}

/** Why nine digits cannot be a US social security number, or null when they can. */
export function ssnInvalidReason(digits: string): string | null {
  if (!/^\d{9}$/.test(digits)) return 'not nine digits';
  const area = Number(digits.slice(0, 3));
  const group = digits.slice(3, 5);
  const serial = digits.slice(5);
  if (area === 0) return 'area 000 is never issued';
  if (area === 666) return 'area 666 is never issued';
  if (area >= 900) return 'areas 900-999 are not SSNs (ITINs and reserved)';
  if (group === '00') return 'group 00 is never issued';
  if (serial === '0000') return 'serial 0000 is never issued';
  if (/^(\d)\1{8}$/.test(digits)) return 'one repeated digit';
  if (ADVERTISED_SSNS.has(digits) || digits.startsWith('98765432')) return 'a well-known advertised or example number';
  return null;
}
