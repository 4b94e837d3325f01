/**
 * `pii.bank-account`: domestic bank details that are not IBANs. A UK sort code with an account number, or
 * a US routing number (ABA checksum) with an account number, lets anyone set up a debit or a payment
 * fraud. Bare digit runs are everywhere (orders, tickets), so a number counts only when its kind is
 * named next to it ("sort code", "routing", "account number") or it sits in the pair's familiar shape.
 */
import type { DetectorHit, DetectorInput, DetectorSpec } from '../../types';
import { findPhrase, wordsBefore } from './context';
import { noOptions } from '../options';

const SORT_CODE_RE = /(?<![\d-])(\d{2})-(\d{2})-(\d{2})(?![\d-])/g;
const ROUTING_RE = /(?<!\d)(\d{9})(?!\d)/g;
const ACCOUNT_RE = /(?<![\d-])(\d{6,17})(?![\d-]|[.,]\d)/g;

const SORT_CODE_WORDS = ['sort code', 'sortcode', 'sort'];
const ROUTING_WORDS = ['routing', 'routing number', 'aba', 'rtn', 'routing no'];
const ACCOUNT_WORDS = ['account', 'account number', 'acct', 'acc', 'account no', 'a/c', 'bank account', 'checking', 'savings'];
/** Accounts that are not someone's bank account: a customer, loyalty or order reference. */
const NOT_BANK = ['customer', 'order', 'invoice', 'loyalty', 'member', 'membership', 'reference', 'ref', 'ticket', 'case', 'tracking', 'policy', 'twitter', 'instagram'];

/** ABA routing numbers carry a checksum: 3·(d1+d4+d7) + 7·(d2+d5+d8) + (d3+d6+d9) ≡ 0 (mod 10). */
export function abaChecksumValid(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const d = [...digits].map(Number);
  const sum = 3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]! + d[8]!);
  return sum % 10 === 0 && digits !== '000000000';
}

/** An account number named as one in the few words before it, within `radius` characters after `from`. */
function accountNear(text: string, from: number, radius: number): { start: number; end: number } | null {
  const slice = text.slice(from, from + radius);
  for (const m of slice.matchAll(ACCOUNT_RE)) {
    const start = from + m.index;
    const before = wordsBefore(text, start, 4);
    if (findPhrase(before, ACCOUNT_WORDS) && !findPhrase(before, NOT_BANK)) return { start, end: start + m[0].length };
  }
  return null;
}

export function findBankAccounts(text: string): DetectorHit[] {
  const hits: DetectorHit[] = [];
  for (const m of text.matchAll(SORT_CODE_RE)) {
    const before = wordsBefore(text, m.index, 5);
    const named = findPhrase(before, SORT_CODE_WORDS);
    const account = accountNear(text, m.index + m[0].length, 60);
    // "12-34-56" alone is a date or a score; named as a sort code, or followed by an account number, it is bank details
    if (!named && !account) continue;
    const end = account ? account.end : m.index + m[0].length;
    const why = named && account ? `sort code ('${named}') with an account number` : named ? `sort code ('${named}')` : 'sort code shape followed by an account number';
    hits.push({ start: m.index, end, confidence: account ? 0.85 : 0.65, explain: `UK bank details: ${why}` });
  }
  for (const m of text.matchAll(ROUTING_RE)) {
    if (!abaChecksumValid(m[1]!)) continue;
    const named = findPhrase(wordsBefore(text, m.index, 4), ROUTING_WORDS);
    if (!named) continue;
    const account = accountNear(text, m.index + m[0].length, 60);
    hits.push({
      start: m.index,
      end: account ? account.end : m.index + m[0].length,
      confidence: account ? 0.85 : 0.6,
      explain: `US routing number ('${named}', checksum valid)${account ? ' with an account number' : ''}`,
    });
  }
  return hits;
}

export const bankAccountDetector: DetectorSpec = {
  id: 'pii.bank-account',
  description: 'UK sort code and account number, US routing (ABA checksum) and account number, named as such.',
  scope: 'text',
  validateOptions: noOptions,
  create: () => (input: DetectorInput) => findBankAccounts(input.text),
};
