import { describe, expect, it } from 'vitest';
import { iban, luhn, runValidator, shannonEntropy, ssn, validatorError } from '../../rules/engine/validators';

describe('validators', () => {
  it('luhn', () => {
    expect(luhn('4111 1111 1111 1111')).toBe(true);
    expect(luhn('4111-1111-1111-1112')).toBe(false);
    expect(luhn('5500 0000 0000 0004')).toBe(true);
    expect(luhn('1234')).toBe(false);
  });
  it('iban: mod-97 and per-country length', () => {
    expect(iban('GB82 WEST 1234 5698 7654 32')).toBe(true);
    expect(iban('DE89370400440532013000')).toBe(true);
    expect(iban('GB82 WEST 1234 5698 7654 33')).toBe(false);
    expect(iban('DE8937040044053201300')).toBe(false);
    expect(iban('XX82WEST12345698765432')).toBe(false);
  });
  it('ssn: invalid ranges rejected', () => {
    expect(ssn('536-22-1234')).toBe(true);
    for (const bad of ['000-12-3456', '666-12-3456', '912-12-3456', '536-00-1234', '536-22-0000', '123-45-6789', '078-05-1120', '111-11-1111', '536-22 1234']) {
      expect(ssn(bad)).toBe(false);
    }
  });
  it('entropy in bits per character', () => {
    expect(shannonEntropy('aaaa')).toBe(0);
    expect(shannonEntropy('abcd')).toBeCloseTo(2);
    expect(runValidator('entropy:3', 'abcdefgh').ok).toBe(true);
    expect(runValidator('entropy:3', 'aabbaabb').ok).toBe(false);
  });
  it('names bad validators', () => {
    expect(validatorError('luhn')).toBeNull();
    expect(validatorError('entropy:3.5')).toBeNull();
    expect(validatorError('crc')).toMatch(/unknown validator/);
    expect(validatorError('entropy:0')).toMatch(/between 0 and 8/);
  });
});
