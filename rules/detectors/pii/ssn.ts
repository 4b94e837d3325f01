/**
 * `pii.ssn`: US social security numbers. NOTICE: the invalid ranges and context words follow
 * Microsoft Presidio's US SSN recognizer, MIT License, Copyright (c) 2018 presid-io. Code written for
 * this project. The dashed form is distinctive enough to report alone; a bare nine-digit number is
 * reported only next to words such as "SSN" or "social security".
 */
import type { DetectorHit, DetectorInput, DetectorSpec } from '../../types';
import { describeContext, givenAsOwn, scoreContext, wordsBefore } from './context';
import { isExampleSsn, ssnInvalidReason } from './validators';
import { noOptions } from '../options';

const SSN_RE = /(?<![\w-])(\d{3})([- ]?)(\d{2})\2(\d{4})(?![\d-]|[.,]\d)/g;

const CONTEXT = {
  support: ['ssn', 'ssns', 'ss#', 'ss', 'social security', 'social', 'security number', 'ssn#', 'taxpayer', 'tin', 'itin'],
  oppose: ['phone', 'tel', 'call', 'order', 'invoice', 'account', 'acct', 'routing', 'zip', 'tracking', 'ticket', 'ref', 'isbn', 'id', 'case', 'fax'],
};

export function findSsns(text: string): DetectorHit[] {
  const hits: DetectorHit[] = [];
  for (const m of text.matchAll(SSN_RE)) {
    const digits = `${m[1]}${m[3]}${m[4]}`;
    const invalid = ssnInvalidReason(digits);
    const sep = m[2];
    const base = sep === '-' ? 0.5 : sep === ' ' ? 0.3 : 0.1;
    const window = wordsBefore(text, m.index, 6);
    const ctx = scoreContext(base, window, CONTEXT, 0.4, 0.55, 0.3);
    const shape = sep === '-' ? 'AAA-GG-SSSS format' : sep === ' ' ? 'AAA GG SSSS format' : 'nine digits without separators';
    if (invalid) {
      // an example number ("123-45-6789") is still a disclosure when written as someone's own: "my SSN is ..."
      if (!isExampleSsn(digits) || !givenAsOwn(window, ctx)) continue;
      hits.push({ start: m.index, end: m.index + m[0].length, confidence: 0.6, explain: `${shape}; ${invalid}, but written as someone's own ('${ctx.support}')` });
      continue;
    }
    hits.push({
      start: m.index,
      end: m.index + m[0].length,
      confidence: ctx.confidence,
      explain: [`${shape}; area, group and serial in issued ranges`, describeContext(ctx)].filter(Boolean).join('; '),
    });
  }
  return hits;
}

export const ssnDetector: DetectorSpec = {
  id: 'pii.ssn',
  description: 'US social security numbers: issued ranges only; context words decide for undelimited numbers.',
  scope: 'text',
  validateOptions: noOptions,
  create: () => (input: DetectorInput) => findSsns(input.text),
};
