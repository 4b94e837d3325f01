import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../rules/engine/sha256';
import { buildHashedTerms, hashTerm } from '../../rules/engine/hashed-terms';
import { normalizeTerm } from '../../rules/engine/normalize';
import { CODENAMES, checkerFor, rule } from './helpers';
import type { ResolvedRule, TermsRule } from '../../rules/types';

describe('sha256', () => {
  it.each(['', 'abc', 'a'.repeat(55), 'b'.repeat(56), 'c'.repeat(64), 'd'.repeat(1000), 'Kestrel AI ✓ 𝐁 שלום', '\uD800 lone'])('matches node:crypto for %j', (s) => {
    expect(sha256Hex(s)).toBe(createHash('sha256').update(Buffer.from(new TextEncoder().encode(s))).digest('hex'));
  });
});

describe('buildHashedTerms', () => {
  it('hashes the normalised term in every join form, salted', () => {
    const h = buildHashedTerms(['Project Bluebird'], { caseSensitive: false, salt: 's1' });
    expect(h.maxWords).toBe(2);
    expect(h.hashes).toContain(hashTerm('s1', normalizeTerm('Project Bluebird', { caseSensitive: false })));
    expect(h.hashes).toContain(hashTerm('s1', 'projectbluebird'));
    expect(h.hashes.join()).not.toContain('bluebird');
    expect(buildHashedTerms(['Project Bluebird'], { caseSensitive: false, salt: 's2' }).hashes).not.toEqual(h.hashes);
  });
  it('keeps case when the rule is caseSensitive', () => {
    const a = buildHashedTerms(['Kestrel'], { caseSensitive: true, salt: 's' });
    const b = buildHashedTerms(['Kestrel'], { caseSensitive: false, salt: 's' });
    expect(a.hashes).not.toEqual(b.hashes);
  });
  it('refuses a term with nothing to match', () => {
    expect(() => buildHashedTerms(['...'], { caseSensitive: false, salt: 's' })).toThrow(/terms/);
  });
});

/** The same rules with their terms replaced by hashes, as `pack build` does. */
function hashedVersion(rules: ResolvedRule[]): ResolvedRule[] {
  return rules.map((r) => {
    const t = r as ResolvedRule & TermsRule;
    const { terms, ...rest } = t;
    return { ...rest, hashed: buildHashedTerms(terms ?? [], { caseSensitive: t.caseSensitive === true, salt: 'acme-salt' }) } as ResolvedRule;
  });
}

const TEXTS = [
  'Counting down to the #ProjectBluebird reveal',
  'B1uebird is coming',
  'A blue bird sat on the fence',
  'Working on project-bluebird and project_bluebird',
  'p.r.o.j.e.c.t b.l.u.e.b.i.r.d and b l u e b i r d',
  'so blueeeebird, Вluebird, ｂｌｕｅｂｉｒｄ, 𝐁𝐥𝐮𝐞𝐛𝐢𝐫𝐝',
  "Bluebirds and Bluebird's and Blue\u200Bbird",
  'Meet Kestrel AI and #KestrelAI, a kestrel and Kestrel',
  'Go #TeamBluebird! Bluebirdish? The blue-bird.',
  'K3strel launches; kestrels hover',
  'Essex classic therapist',
];

describe('hashed terms behave like clear terms', () => {
  const clear = checkerFor(CODENAMES);
  const hashed = checkerFor(hashedVersion(CODENAMES));
  it.each(TEXTS)('%j', (text) => {
    const strip = (c: typeof clear): string[] => c.check(text).map((f) => `${f.ruleId} ${f.start}-${f.end} ${f.match}`);
    const expected = strip(clear);
    expect(strip(hashed)).toEqual(expected);
  });
  it('finds something in the positive cases (the comparison is not vacuous)', () => {
    expect(hashed.check(TEXTS[0]!).length).toBeGreaterThan(0);
    expect(hashed.check(TEXTS[7]!).map((f) => f.match)).toEqual(['Kestrel', 'Kestrel AI', 'Kestrel', 'KestrelAI', 'Kestrel']);
  });
  it('explains without echoing the hashed term', () => {
    const [f] = hashed.check('B1uebird is coming');
    expect(f!.explain).toMatch(/hash/);
    expect(f!.explain).toMatch(/leetspeak/);
    expect(f!.explain).not.toMatch(/bluebird/i);
  });
  it('refuses malformed hashed blocks', () => {
    expect(() => checkerFor([rule({ id: 'h', kind: 'terms', hashed: { salt: 's', hashes: ['xyz'], maxWords: 1 } })])).toThrow(/field 'hashed'/);
    expect(() => checkerFor([rule({ id: 'h', kind: 'terms', hashed: { salt: 's', hashes: ['a'.repeat(64)], maxWords: 0 } })])).toThrow(/maxWords/);
  });
});

describe('hashed terms with evasion: false', () => {
  const base = { id: 'gold', kind: 'terms', caseSensitive: true, evasion: false } as const;
  const clear = checkerFor([rule({ ...base, terms: ['GoLd'] })]);
  const hashedAsBuilt = checkerFor([rule({ ...base, hashed: buildHashedTerms(['GoLd'], { caseSensitive: true, salt: 's' }) })]);
  const hashedNoEvasion = checkerFor([rule({ ...base, hashed: buildHashedTerms(['GoLd'], { caseSensitive: true, salt: 's', evasion: false }) })]);
  it.each(['G0Ld', 'GooooLd', 'G\u200boLd', 'GoLd', 'the GoLd rush', 'GOLD', 'Gold'])('clear and hashed agree on %j', (text) => {
    const want = clear.check(text).map((f) => [f.start, f.end]);
    expect(hashedAsBuilt.check(text).map((f) => [f.start, f.end])).toEqual(want);
    expect(hashedNoEvasion.check(text).map((f) => [f.start, f.end])).toEqual(want);
  });
  it('flags the term itself and not its leetspeak', () => {
    expect(hashedAsBuilt.check('G0Ld')).toEqual([]);
    expect(hashedAsBuilt.check('GoLd').map((f) => f.match)).toEqual(['GoLd']);
  });
  it('hashes a term with evasion: false unfolded', () => {
    expect(buildHashedTerms(['Gooold'], { caseSensitive: false, salt: 's', evasion: false }).hashes).toEqual([hashTerm('s', 'gooold')]);
  });
});
