/**
 * `pii.card`: payment card numbers. NOTICE: the approach (weak pattern, Luhn validation, context words)
 * follows Microsoft Presidio's credit card recognizer, MIT License, Copyright (c) 2018 presid-io.
 * Code written for this project. A number passing Luhn with a known issuer prefix and length is reported
 * on its own; a Luhn-valid number from no known range needs a card word nearby.
 */
import type { DetectorHit, DetectorInput, DetectorSpec } from '../../types';
import { describeContext, givenAsOwn, scoreContext, wordsBefore } from './context';
import { luhnValid } from './validators';
import { noOptions } from '../options';

/** 12-19 digits, undivided or in groups separated by one space or dash. */
const CARD_RE = /(?<![\w.,/-])(?:\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{1,7}|\d{4}[ -]\d{6}[ -]\d{4,5}|\d{12,19})(?![\d/-]|[.,]\d)/g;

interface Issuer {
  name: string;
  prefix: RegExp;
  lengths: readonly number[];
}

const ISSUERS: readonly Issuer[] = [
  { name: 'Visa', prefix: /^4/, lengths: [13, 16, 19] },
  { name: 'Mastercard', prefix: /^(?:5[1-5]|222[1-9]|22[3-9]\d|2[3-6]\d\d|27[01]\d|2720)/, lengths: [16] },
  { name: 'American Express', prefix: /^3[47]/, lengths: [15] },
  { name: 'Discover', prefix: /^(?:6011|64[4-9]|65)/, lengths: [16, 17, 18, 19] },
  { name: 'Diners Club', prefix: /^(?:30[0-5]|3095|36|3[89])/, lengths: [14, 15, 16, 17, 18, 19] },
  { name: 'JCB', prefix: /^(?:352[89]|35[3-8]\d|2131|1800)/, lengths: [15, 16, 17, 18, 19] },
  { name: 'UnionPay', prefix: /^62/, lengths: [16, 17, 18, 19] },
  { name: 'Maestro', prefix: /^(?:50|5[6-9]|6[0-9])/, lengths: [12, 13, 14, 15, 16, 17, 18, 19] },
  { name: 'Mir', prefix: /^220[0-4]/, lengths: [16, 17, 18, 19] },
  { name: 'RuPay', prefix: /^(?:60|65|81|82|508)/, lengths: [16] },
];

/** Published test numbers: posting one leaks nothing. */
const TEST_CARDS = new Set([
  '4111111111111111', '4242424242424242', '4012888888881881', '4000056655665556', '5555555555554444', '5105105105105100',
  '2223003122003222', '378282246310005', '371449635398431', '6011111111111117', '6011000990139424', '3056930009020004',
  '36227206271667', '3566002020360505', '6200000000000005', '4000000000000002', '4000000000000077',
]);

const CONTEXT = {
  support: [
    'card', 'cards', 'credit', 'debit', 'visa', 'mastercard', 'amex', 'american express', 'discover', 'jcb', 'diners', 'maestro',
    'unionpay', 'cc', 'ccn', 'card number', 'card no', 'pan', 'payment', 'pay', 'charge', 'billing', 'cvv', 'expiry',
  ],
  oppose: ['order', 'tracking', 'invoice', 'ticket', 'ref', 'reference', 'id', 'isbn', 'imei', 'serial', 'phone', 'tel', 'case', 'booking', 'license', 'licence', 'passport'],
};

export function issuerOf(digits: string): Issuer | undefined {
  return ISSUERS.find((i) => i.prefix.test(digits) && i.lengths.includes(digits.length));
}

export function findCards(text: string): DetectorHit[] {
  const hits: DetectorHit[] = [];
  for (const m of text.matchAll(CARD_RE)) {
    const digits = m[0].replace(/[ -]/g, '');
    if (digits.length < 12 || digits.length > 19 || !luhnValid(digits)) continue;
    if (/^(\d)\1+$/.test(digits)) continue;
    const issuer = issuerOf(digits);
    const test = TEST_CARDS.has(digits);
    const base = test ? 0.2 : issuer ? 0.8 : 0.4;
    const window = wordsBefore(text, m.index);
    const ctx = scoreContext(base, window, CONTEXT, 0.15, 0.4, 0.4);
    // Without a known issuer, a card word is what makes a Luhn-valid number a card (+0.35, as Presidio).
    // A published test number stays low ("use 4242... in staging") unless written as someone's own ("my card: ...").
    const own = test && givenAsOwn(window, ctx);
    const conf = own ? 0.6 : !issuer && ctx.support && !test ? Math.min(0.85, base + 0.35) : ctx.confidence;
    const what = test ? `a published test card number${own ? `, but written as someone's own ('${ctx.support}')` : ''}` : issuer ? `${issuer.name} prefix and length` : 'no known issuer prefix';
    const explain = [`passes the Luhn check; ${what}`, describeContext(ctx)].filter(Boolean).join('; ');
    hits.push({ start: m.index, end: m.index + m[0].length, confidence: Math.round(conf * 100) / 100, explain });
  }
  return hits;
}

export const cardDetector: DetectorSpec = {
  id: 'pii.card',
  description: 'Payment card numbers: Luhn-valid, with issuer prefix and length or a card word nearby.',
  scope: 'text',
  validateOptions: noOptions,
  create: () => (input: DetectorInput) => findCards(input.text),
};
