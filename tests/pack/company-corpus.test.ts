/** The company evaluation set is well formed, and the company packs' own groups hold exactly. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../rules/engine/checker';
import { compilePack } from '../../rules/engine/compile';
import { parsePack } from '../../rules/pack/parse';
import { resolvePack } from '../../rules/pack/resolve';
import { CATEGORIES, SEVERITY_RANK } from '../../rules/types';
import { COMPANY_CASES } from '../corpus/company/cases';

const load = (path: string) => parsePack(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'), path);

describe('company cases', () => {
  it('has at least 150 distinct texts with valid labels', () => {
    expect(COMPANY_CASES.length).toBeGreaterThanOrEqual(150);
    expect(new Set(COMPANY_CASES.map((k) => k.text)).size).toBe(COMPANY_CASES.length);
    for (const k of COMPANY_CASES) {
      expect(k.expect.every((c) => CATEGORIES.includes(c)), k.text).toBe(true);
      expect(new Set(k.expect).size, k.text).toBe(k.expect.length);
    }
  });

  it('covers flagged and must-pass texts in every category', () => {
    for (const c of CATEGORIES) expect(COMPANY_CASES.filter((k) => k.expect.includes(c)).length, c).toBeGreaterThanOrEqual(10);
    expect(COMPANY_CASES.filter((k) => k.expect.length === 0).length).toBeGreaterThanOrEqual(60);
  });

  it('the codename, host, customer and financial groups come out exactly as labelled', () => {
    const packs = [load('tests/fixtures/packs/acme.yaml'), load('tests/corpus/company/customers.yaml')];
    const checker = createChecker(compilePack(resolvePack(packs)));
    const own = COMPANY_CASES.filter((k) => /^(codename|host|customer|financial)/.test(k.group));
    expect(own.length).toBeGreaterThanOrEqual(60);
    for (const k of own) {
      const got = new Set(checker.check(k.text).filter((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK.warn).map((f) => f.category));
      expect([...got], `${k.group}: ${k.text}`).toEqual(k.expect);
    }
  });
});
