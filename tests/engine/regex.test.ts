import { describe, expect, it } from 'vitest';
import { checkPatternSafety, requiredLiterals } from '../../rules/engine/regex-safety';
import { parseRegex } from '../../rules/engine/regex-syntax';
import { compileRegex, runInWindows, wholeTextWindows, windowsAround, MAX_WINDOW } from '../../rules/engine/regex-run';
import { checkerFor, matches, rule } from './helpers';

const CATASTROPHIC: [string, string?][] = [
  ['(a+)+'],
  ['(a+)+$'],
  ['(a*)*b'],
  ['(a|a)*'],
  ['(a|aa)+'],
  ['(\\w+\\s?)*$'],
  ['^(\\w+\\s?)*$'],
  ['(.*a){12}'],
  ['(x+x+)+y'],
  ['([a-zA-Z]+)*'],
  ['(\\d+|\\w+)*z'],
  ['^(([a-z])+.)+[A-Z]([a-z])+$'],
  ['(\\w+\\d)+x'],
  ['((ab)*)+c'],
  ['(a|b|ab)*c'],
  ['(?:a?)+b'],
  ['(a)\\1*', undefined],
  ['((a)\\2)+'],
  ['(?<x>a)(\\k<x>b)+'],
  ['(\\s*,?)+x'],
  ['(A+)+', 'i'],
  ['(a|A)+', 'i'],
];

const SAFE: [string, string?][] = [
  ['\\b[a-z0-9.-]+\\.acme-internal\\.net\\b', 'i'],
  ['(?:[a-z0-9-]+\\.)+example\\.com'],
  ['AKIA[0-9A-Z]{16}'],
  ['\\b\\d{3}-\\d{2}-\\d{4}\\b'],
  ['(\\d{1,3}\\.){3}\\d{1,3}'],
  ['"(?:\\\\.|[^"\\\\])*"'],
  ['(ab?)+'],
  ['(a+b)+'],
  ['(?:\\s|,)+'],
  ['[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?'],
  ['(foo|bar)+baz'],
  ['-----BEGIN [A-Z ]+PRIVATE KEY-----'],
  ['\\w+@\\w+\\.com'],
  ['(?=\\w)\\w+'],
  ['a{2,5}b'],
  ['(a|b)\\1'],
  ['[\\u{1F600}-\\u{1F64F}]+', 'u'],
];

describe('catastrophic-pattern refusal', () => {
  it.each(CATASTROPHIC)('refuses %s', (p, flags) => {
    expect(() => new RegExp(p, flags)).not.toThrow();
    expect(checkPatternSafety(p, flags ?? '')).not.toBeNull();
  });
  it.each(SAFE)('accepts %s', (p, flags) => {
    expect(checkPatternSafety(p, flags ?? '')).toBeNull();
  });
  it('names the rule and the field when a pack carries one', () => {
    expect(() => checkerFor([rule({ id: 'bad-re', kind: 'regex', pattern: '(\\w+\\s?)*$' })])).toThrow(/rule 'acme.bad-re', field 'pattern'.*refused/);
  });
  it('refuses a catastrophic /regex/ inside a phrase expression', () => {
    expect(() => checkerFor([rule({ id: 'ph', kind: 'phrase', match: 'i will /(a+)+/' })])).toThrow(/rule 'acme.ph', field 'match'/);
  });
  it('refuses a catastrophic allow or exception regex', () => {
    expect(() => checkerFor([], { allow: [{ regex: '(a|a)*' }] })).toThrow(/field 'allow\[0\]\.regex'/);
    expect(() => checkerFor([rule({ id: 'e', kind: 'terms', terms: ['x1'], exceptions: [{ regex: '(a*)*' }] })])).toThrow(/rule 'acme.e', field 'exceptions\[0\]\.regex'/);
  });
  it('names a bad allow or exception regex by its authored field, regex', () => {
    expect(() => checkerFor([], { allow: ['ok', { regex: '(' }] })).toThrow(/field 'allow\[1\]\.regex'/);
    expect(() => checkerFor([rule({ id: 'e', kind: 'terms', terms: ['x1'], exceptions: [{ regex: '' }] })])).toThrow(/rule 'acme.e', field 'exceptions\[0\]\.regex'/);
    expect(() => checkerFor([], { allow: [{ regex: 'a', flags: 'g' }] })).toThrow(/field 'allow\[0\]\.flags'/);
    expect(() => checkerFor([rule({ id: 'r', kind: 'regex', pattern: '(' })])).toThrow(/rule 'acme.r', field 'pattern'/);
  });
});

describe('regex compile errors', () => {
  const bad = (extra: Record<string, unknown>): (() => unknown) => () => checkerFor([rule({ id: 'r', kind: 'regex', pattern: 'abc', ...extra })]);
  it('rejects flags other than i, u, s, m', () => {
    expect(bad({ flags: 'g' })).toThrow(/field 'flags'.*flag 'g'/);
    expect(bad({ flags: 'y' })).toThrow(/field 'flags'/);
    expect(bad({ flags: 'ii' })).toThrow(/field 'flags'/);
  });
  it('rejects a syntax error, a bad group, a bad validator, bad keywords', () => {
    expect(bad({ pattern: 'a(b' })).toThrow(/field 'pattern'/);
    expect(bad({ group: 2 })).toThrow(/field 'group'/);
    expect(bad({ validate: 'md5' })).toThrow(/field 'validate'/);
    expect(bad({ validate: 'entropy:9' })).toThrow(/field 'validate'/);
    expect(bad({ keywords: [''] })).toThrow(/field 'keywords'/);
  });
});

describe('keyword derivation', () => {
  const kw = (p: string, flags = ''): string[] | null => requiredLiterals(parseRegex(p, flags));
  it('takes the longest literal every match must contain', () => {
    expect(kw('\\b[a-z0-9.-]+\\.acme-internal\\.net\\b', 'i')).toEqual(['.acme-internal.net']);
    expect(kw('AKIA[0-9A-Z]{16}')).toEqual(['akia']);
    expect(kw('(?:ghp|gho|ghs)_[A-Za-z0-9]{36}')).toEqual(['ghp_', 'gho_', 'ghs_'].map((s) => s.slice(0, 3)));
    expect(kw('-----BEGIN [A-Z ]+PRIVATE KEY-----')).toEqual(['private key-----']);
  });
  it('gives none when a branch or an optional part has no literal', () => {
    expect(kw('\\d{3}-\\d{2}-\\d{4}')).toBeNull();
    expect(kw('(?:foo)?\\d+')).toBeNull();
    expect(kw('foo|\\d+')).toBeNull();
  });
  it('uses declared keywords when given', () => {
    expect(compileRegex({ pattern: '\\d{16}', keywords: ['Card', 'VISA'] }, 'x').keywords).toEqual(['card', 'visa']);
  });
});

describe('windows', () => {
  it('are bounded and merged around keyword hits', () => {
    const w = windowsAround([{ start: 5000, end: 5004 }, { start: 5100, end: 5104 }, { start: 9000, end: 9004 }], 20000);
    expect(w).toHaveLength(2);
    for (const x of w) expect(x.end - x.start).toBeLessThanOrEqual(MAX_WINDOW);
    const dense = windowsAround(Array.from({ length: 200 }, (_, i) => ({ start: i * 100, end: i * 100 + 3 })), 20000);
    for (const x of dense) expect(x.end - x.start).toBeLessThanOrEqual(MAX_WINDOW);
    expect(dense[0]!.start).toBe(0);
    expect(dense[dense.length - 1]!.end).toBe(20000);
  });
  it('cover the whole text with overlap for keywordless patterns', () => {
    const w = wholeTextWindows(5000);
    expect(w[0]!.start).toBe(0);
    expect(w[w.length - 1]!.end).toBe(5000);
    for (let i = 1; i < w.length; i++) expect(w[i]!.start).toBeLessThan(w[i - 1]!.end);
  });
  it('finds a match far into a long text through its keyword', () => {
    const c = checkerFor([rule({ id: 'host', kind: 'regex', pattern: '\\b[a-z0-9.-]+\\.acme-internal\\.net\\b', flags: 'i' })]);
    const text = `${'lorem ipsum dolor '.repeat(5000)}see db1.acme-internal.net now ${'sit amet '.repeat(100)}`;
    const [f] = c.check(text);
    expect(f!.match).toBe('db1.acme-internal.net');
    expect(text.slice(f!.start, f!.end)).toBe('db1.acme-internal.net');
  });
  it('never lets a pattern see more than a window: a match longer than a window is not found', () => {
    const c = checkerFor([rule({ id: 'span', kind: 'regex', pattern: 'begin[^!]*finish', keywords: ['begin'] })]);
    expect(matches(c, `begin ${'x '.repeat(100)} finish`)).toHaveLength(1);
    expect(matches(c, `begin ${'x '.repeat(3000)} finish`)).toEqual([]);
  });
  it('runs a keywordless pattern in windows and still finds matches everywhere without duplicates', () => {
    const cr = compileRegex({ pattern: '\\d{3}-\\d{2}-\\d{4}' }, 'x');
    const text = Array.from({ length: 40 }, (_, i) => `id ${String(100 + i)}-45-6789 and filler words here`).join(' ');
    const found = runInWindows(cr, text, wholeTextWindows(text.length));
    expect(found).toHaveLength(40);
  });
});

describe('regex rules', () => {
  it('report the capture group and substitute {match}', () => {
    const c = checkerFor([rule({ id: 'pw', kind: 'regex', pattern: 'password[:=]\\s*(\\S+)', flags: 'i', group: 1, message: 'Secret {match} visible' })]);
    const [f] = c.check('my Password: hunter2 ok');
    expect(f).toMatchObject({ match: 'hunter2', message: 'Secret hunter2 visible', start: 13, end: 20 });
  });
  it('drop matches that fail the validator and raise confidence on a pass', () => {
    const c = checkerFor([rule({ id: 'card', kind: 'regex', pattern: '\\b\\d(?:[ -]?\\d){12,18}\\b', validate: 'luhn', message: 'card' })]);
    const f = c.check('pay 4111 1111 1111 1111 not 4111 1111 1111 1112');
    expect(f.map((x) => x.match)).toEqual(['4111 1111 1111 1111']);
    expect(f[0]!.confidence).toBe(1);
    expect(f[0]!.explain).toMatch(/Luhn/);
  });
  it('entropy validator keeps random-looking tokens only', () => {
    const c = checkerFor([rule({ id: 'tok', kind: 'regex', pattern: 'token=([A-Za-z0-9]{16,})', group: 1, validate: 'entropy:3.5' })]);
    expect(matches(c, 'token=aaaaaaaaaaaaaaaaaaaa token=Zx81kQp0LmN3vB7tYw')).toEqual(['Zx81kQp0LmN3vB7tYw']);
  });
  it('never split a surrogate pair even without the u flag', () => {
    const c = checkerFor([rule({ id: 'emoji', kind: 'regex', pattern: 'x.' })]);
    const text = 'ax😀b';
    const [f] = c.check(text);
    expect(f!.match).toBe('x😀');
  });
});

describe('phrase gates', () => {
  it('need one word of every required group, and a number for #Money', async () => {
    const { phraseGate, gateOpen, phraseKeywords } = await import('../../rules/engine/phrase');
    const g = phraseGate('(customer|client) list for #Noun');
    expect(g.groups).toEqual([['customer', 'client'], ['list'], ['for']]);
    expect(gateOpen(g, new Set(['client', 'list', 'for']), 'client list for Acme')).toBe(true);
    expect(gateOpen(g, new Set(['client', 'for']), 'client data for Acme')).toBe(false);
    const money = phraseGate('(revenue|earnings|profit|sales) .{0,3} #Money');
    expect(money.hints).toHaveLength(1);
    expect(gateOpen(money, new Set(['sales']), 'our field sales team')).toBe(false);
    expect(gateOpen(money, new Set(['sales']), 'sales hit $4m')).toBe(true);
    expect(gateOpen(money, new Set(['sales']), 'sales hit four million')).toBe(true);
    expect(phraseKeywords('someone should punch #Pronoun')).toEqual(['someone']);
    expect(phraseGate('#Person should #Verb? .').groups).toEqual([['should']]);
    expect(phraseGate('maybe? (a|b c)').groups).toEqual([]);
  });

  it('with the sentence as compromise splits it, need the words and the number within reach of each other', async () => {
    const { phraseGate, gateOpen, gateTerms } = await import('../../rules/engine/phrase');
    const money = phraseGate('(revenue|earnings|profit|sales) .{0,3} #Money');
    expect(money.span).toBe(5);
    const far = 'Our field sales team hosted the community meetup for the third year running (120 attendees).';
    expect(gateOpen(money, new Set(['sales']), far)).toBe(true);
    expect(gateOpen(money, new Set(['sales']), far, () => gateTerms(far))).toBe(false);
    const near = 'Our sales grew to about $4m this year.';
    expect(gateOpen(money, new Set(['sales']), near, () => gateTerms(near))).toBe(true);
    // a word that only a contraction holds ("we're" → we are) is taken to be anywhere in that term
    const buying = phraseGate('(we|acme) (are|is) (acquiring|buying) #Noun');
    const s = "Acme is big and we're buying Zeta";
    expect(gateOpen(buying, new Set(['we', 'is', 'buying', 'acme']), s, () => gateTerms(s))).toBe(true);
    // unbounded expressions keep the word gate alone
    const loose = phraseGate('(layoffs|redundancies) .* (week|month)');
    expect(loose.span).toBeNull();
    const l = 'layoffs were discussed at length in a very long meeting that went on and on this week';
    expect(gateOpen(loose, new Set(['layoffs', 'week']), l, () => gateTerms(l))).toBe(true);
  });
});
