import { describe, expect, it } from 'vitest';
import { ibanChecksumValid, ibanInvalidReason, luhnValid, ssnInvalidReason } from '../../../rules/detectors/pii/validators';

describe('luhnValid', () => {
  it('accepts valid and rejects altered numbers', () => {
    expect(luhnValid('4539148803436467')).toBe(true);
    expect(luhnValid('4539148803436468')).toBe(false);
    expect(luhnValid('79927398713')).toBe(true);
    expect(luhnValid('79927398710')).toBe(false);
  });
  it('rejects non-digits and too-short input', () => {
    expect(luhnValid('4539-1488')).toBe(false);
    expect(luhnValid('0')).toBe(false);
  });
});

describe('IBAN', () => {
  it('checks mod-97', () => {
    expect(ibanChecksumValid('GB82WEST12345698765432')).toBe(true);
    expect(ibanChecksumValid('GB82WEST12345698765433')).toBe(false);
  });
  it('explains length and country problems', () => {
    expect(ibanInvalidReason('DE89370400440532013000')).toBeNull();
    expect(ibanInvalidReason('DE8937040044053201300')).toMatch(/22 characters/);
    expect(ibanInvalidReason('ZZ8937040044053201300')).toMatch(/country/);
  });
});

describe('ssnInvalidReason', () => {
  it('accepts issued ranges', () => {
    expect(ssnInvalidReason('536228714')).toBeNull();
    expect(ssnInvalidReason('899451234')).toBeNull();
  });
  it.each([
    ['000123456', /000/],
    ['666123456', /666/],
    ['900123456', /900-999/],
    ['123004567', /group 00/],
    ['123450000', /serial 0000/],
    ['078051120', /advertised/],
    ['987654321', /900-999|advertised/],
    ['219099999', /advertised/],
    ['555555555', /repeated/],
  ])('rejects %s', (d, why) => {
    expect(ssnInvalidReason(d)).toMatch(why);
  });
});
