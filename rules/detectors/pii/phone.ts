/**
 * `pii.phone`: phone numbers in international (+CC / 00CC) and national formats. A digit run alone says
 * little (order numbers, prices, dates and street numbers look the same), so the format sets a base
 * score and the words around it decide: "call me at", "mobile", "whatsapp" raise it; "support line",
 * "order", toll-free prefixes, dates and street names lower it or rule it out.
 */
import type { DetectorHit, DetectorInput, DetectorSpec } from '../../types';
import { describeContext, findPhrase, scoreContext, wordsAfter, wordsBefore } from './context';
import { issuerOf } from './card';
import { luhnValid } from './validators';
import { noOptions } from '../options';

// Ends before an extension ('x123', 'ext. 4') but not inside a longer token, decimal or time.
const CANDIDATE_RE = /(?<![\w$€£¥@#/.:,+'-])(?:\+|00|\(\+)?\(?\d[\d ().-]{5,22}\d(?=$|x\d|\s?ext|[^\w/@%°'.,:-]|[.,:](?!\d))/g;

/** ITU country calling codes (1-3 digits), enough to tell '+44 …' from '+99 …'. */
const COUNTRY_CODES = new Set(
  (
    '1 7 20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 60 61 62 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98 ' +
    '211 212 213 216 218 220 221 222 223 224 225 226 227 228 229 230 231 232 233 234 235 236 237 238 239 240 241 242 243 244 245 246 248 249 ' +
    '250 251 252 253 254 255 256 257 258 260 261 262 263 264 265 266 267 268 269 290 291 297 298 299 350 351 352 353 354 355 356 357 358 359 ' +
    '370 371 372 373 374 375 376 377 378 380 381 382 383 385 386 387 389 420 421 423 500 501 502 503 504 505 506 507 508 509 590 591 592 593 ' +
    '594 595 596 597 598 599 670 672 673 674 675 676 677 678 679 680 681 682 683 685 686 687 688 689 690 691 692 850 852 853 855 856 880 886 ' +
    '960 961 962 963 964 965 966 967 968 970 971 972 973 974 975 976 977 992 993 994 995 996 998'
  ).split(' '),
);

const CONTEXT = {
  support: [
    'phone', 'phones', 'phoned', 'phoning', 'ph', 'tel', 'telephone', 'mobile', 'mob', 'cell', 'cellphone', 'call', 'calls', 'calling',
    'called', 'text', 'texts', 'texted', 'texting', 'txt', 'sms', 'whatsapp', 'signal', 'viber', 'imessage', 'telegram', 'reach',
    'reached', 'reachable', 'ring', 'rang', 'dial', 'dialed', 'dialled', 'contact', 'contacted', 'number', 'landline', 'voicemail',
    'answering', 'answer', 'answered', 'messages', 'message', 'messaged', 'msg', 'fax', 'handy', 'portable', 'telefon', 'teléfono',
    'telefono', 'tlf', 'tél',
  ],
  oppose: [
    'support', 'helpline', 'hotline', 'customer service', 'customer care', 'service line', 'toll free', 'toll-free', 'freephone',
    'switchboard', 'reception', 'main line', 'order', 'orders', 'invoice', 'ticket', 'case', 'ref', 'reference', 'tracking', 'account',
    'acct', 'id', 'serial', 'isbn', 'version', 'build', 'zip', 'postal', 'postcode', 'apt', 'apartment', 'suite', 'box', 'unit', 'room',
    'flight', 'code', 'pin', 'price', 'cost', 'total', 'usd', 'eur', 'gbp', 'ssn', 'social security', 'license', 'licence', 'passport',
    'card', 'iban', 'born', 'since', 'license number', 'licence number', 'order number', 'account number', 'card number',
    'case number', 'tracking number', 'reference number', 'id number', 'serial number', 'model number', 'part number', 'invoice number',
    'flight number', 'ticket number', 'policy number', 'member number', 'membership number', 'customer number', 'room number',
    'house number', 'passport number', 'employee number', 'staff number', 'student number', 'registration number', 'vat number', 'year', 'years', 'population', 'revenue', 'sku', 'part', 'model', 'patent', 'receipt', 'transaction',
  ],
};

const AFTER_SUPPORT = ['my number', 'your number', 'his number', 'her number', 'their number', 'phone', 'mobile', 'cell', 'cellphone', 'whatsapp', 'tel', 'landline'];

const STREET_WORDS = new Set(
  (
    'street st avenue ave road rd lane ln drive dr boulevard blvd way court ct place pl square sq rue strasse straße str via calle ' +
    'plaza parkway pkwy terrace circle highway hwy trail suite apt crescent close grove gardens row alley mews quay wharf ' +
    'avenida rua viale piazza platz allee ring'
  ).split(' '),
);
const STREET_SUFFIX_RE = /(?:vej|veien|gatan|gata|gasse|weg|straße|strasse|stra[sß]e|laan|gade|katu|tie)$/;

function digitsOf(s: string): string {
  return s.replace(/\D/g, '');
}

/** Shapes that are something other than a phone number: dates, years, IPs, thousands, invalid grouping. */
function notAPhone(raw: string): string | null {
  if (/[ .()-]{3,}/.test(raw) || /[.-][ .-]|[ ][.-]/.test(raw)) return 'irregular separators';
  if ((raw.match(/\(/g) ?? []).length !== (raw.match(/\)/g) ?? []).length) return 'unbalanced parentheses';
  if (/^(?:19|20)\d\d[-./](?:0?[1-9]|1[0-2])[-./](?:0?[1-9]|[12]\d|3[01])$/.test(raw)) return 'a date';
  if (/^(?:0?[1-9]|[12]\d|3[01])[-./](?:0?[1-9]|[12]\d|3[01])[-./](?:19|20)?\d\d$/.test(raw)) return 'a date';
  if (/^(?:19|20)\d\d\s?-\s?(?:19|20)?\d\d$/.test(raw)) return 'a range of years';
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(raw)) return 'an IP address';
  if (/^\d+\.\d+$/.test(raw)) return 'a decimal number';
  // AAA-GG-SSSS is the social security number's shape; no numbering plan groups a phone number 3-2-4
  if (/^\d{3}-\d{2}-\d{4}$/.test(raw)) return 'the shape of a social security number';
  return null;
}

function isTollFree(d: string): boolean {
  return /^(?:1?8(?:00|33|44|55|66|77|88)\d{7})$/.test(d) || /^(?:0800|0808|0500|0805|1800|1300|08000)/.test(d) || /^13\d{4}$/.test(d);
}

function format(raw: string, d: string): { base: number; shape: string } {
  if (raw.startsWith('+') || raw.startsWith('(+') || raw.startsWith('00')) {
    const rest = raw.startsWith('00') ? d.slice(2) : d;
    const cc = [1, 2, 3].map((n) => rest.slice(0, n)).find((c) => COUNTRY_CODES.has(c));
    return cc && rest.length >= 8 && rest.length <= 15 ? { base: 0.65, shape: `international number (+${cc})` } : { base: 0.2, shape: 'international prefix without a known country code' };
  }
  // Separated North American and trunk-prefixed national numbers rarely mean anything but a phone.
  if (/^(?:\+?1[ .-]?)?(?:\([2-9]\d\d\)\s?|[2-9]\d\d([ .-]))[2-9]\d\d(?:\1|[ .-])\d{4}$/.test(raw)) return { base: 0.5, shape: 'North American number format' };
  if (/^0\d/.test(d) && d.length >= 10 && d.length <= 11 && /[ ()-]/.test(raw)) return { base: 0.5, shape: 'national number with trunk prefix 0' };
  if (/^0\d/.test(d) && d.length >= 9 && d.length <= 12 && /[ ()-]/.test(raw)) return { base: 0.4, shape: 'national number with trunk prefix 0' };
  if (/^\d{1,3}(?: \d{3})+$/.test(raw)) return { base: 0.15, shape: 'digits grouped like a large number' };
  if (!/[ ().-]/.test(raw)) return { base: 0.15, shape: 'undivided digits' };
  return { base: 0.25, shape: 'grouped digits' };
}

export function findPhones(text: string): DetectorHit[] {
  const hits: DetectorHit[] = [];
  for (const m of text.matchAll(CANDIDATE_RE)) {
    let raw = m[0];
    let start = m.index;
    // A leading '(' without its ')' belongs to the sentence, not the number.
    if (raw.startsWith('(') && !raw.includes(')')) {
      raw = raw.slice(1);
      start += 1;
    }
    const d = digitsOf(raw);
    if (d.length < 7 || d.length > 15) continue;
    if (notAPhone(raw)) continue;
    // Card numbers are the card detector's: a Luhn-valid issuer number is not also reported as a phone.
    if (d.length >= 12 && luhnValid(d) && issuerOf(d)) continue;
    const after = wordsAfter(text, start + raw.length, 4).split(' ');
    if (after.some((w) => STREET_WORDS.has(w) || STREET_SUFFIX_RE.test(w))) continue;
    const { base, shape } = format(raw, d);
    const before = wordsBefore(text, start, 5);
    let ctx = scoreContext(base, before, CONTEXT, 0.4, 0.55, 0.4);
    let explain = [shape, describeContext(ctx)].filter(Boolean).join('; ');
    if (isTollFree(d)) {
      ctx = { ...ctx, confidence: Math.min(ctx.confidence, 0.2) };
      explain = `${shape}; toll-free prefix: a business line, not a person's number`;
    }
    // "Is 0612 345 678 your number?", "0612 345 678 (mobile)": the words right after speak too.
    const afterCtx = ctx.support || ctx.oppose ? undefined : findPhrase(wordsAfter(text, start + raw.length, 3), AFTER_SUPPORT);
    if (afterCtx && !isTollFree(d)) {
      ctx = { ...ctx, confidence: Math.max(0.55, Math.min(1, ctx.confidence + 0.4)) };
      explain = `${shape}; context word '${afterCtx}' after the number raised confidence`;
    }
    const stated = findPhrase(before, ['call me', 'text me', 'reach me', 'my cell', 'my mobile', 'my number', 'my phone', 'whatsapp me']);
    if (stated && !ctx.oppose && !isTollFree(d)) {
      ctx = { ...ctx, confidence: Math.max(ctx.confidence, 0.8) };
      explain = `${shape}; '${stated}' says it is a personal number`;
    }
    hits.push({ start, end: start + raw.length, confidence: ctx.confidence, explain });
  }
  return hits;
}

export const phoneDetector: DetectorSpec = {
  id: 'pii.phone',
  description: 'Phone numbers (international and national formats); context words decide how likely it is a personal number.',
  scope: 'text',
  validateOptions: noOptions,
  create: () => (input: DetectorInput) => findPhones(input.text),
};
