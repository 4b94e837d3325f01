import { describe, expect, it } from 'vitest';
import { CODENAMES, checkerFor, matches, rule } from './helpers';
import { buildHashedTerms } from '../../rules/engine/hashed-terms';

const c = checkerFor(CODENAMES, { policyUrl: 'https://intranet.acme.example/policies/social-media' });
const ID = 'acme.codenames';

describe('terms: the spec example codenames', () => {
  it.each([
    ['Counting down to the #ProjectBluebird reveal', 'ProjectBluebird'],
    ['B1uebird is coming', 'B1uebird'],
    ['Working on project-bluebird today', 'project-bluebird'],
    ['Working on project_bluebird today', 'project_bluebird'],
    ['ProjectBluebird ships soon', 'ProjectBluebird'],
    ['Our project   bluebird\nlaunch', 'project   bluebird'],
    ['see project.bluebird', 'project.bluebird'],
    ['the final project.\nBluebirds sing', 'Bluebirds'],
    ['our project. Bluebird is next', 'Bluebird'],
    ['p.r.o.j.e.c.t b.l.u.e.b.i.r.d is real', 'p.r.o.j.e.c.t b.l.u.e.b.i.r.d'],
    ['say b l u e b i r d', 'b l u e b i r d'],
    ['b-l-u-e-b-i-r-d rocks', 'b-l-u-e-b-i-r-d'],
    ['so blueeeebird', 'blueeeebird'],
    ['Вluebird (Cyrillic B)', 'Вluebird'],
    ['ｂｌｕｅｂｉｒｄ fullwidth', 'ｂｌｕｅｂｉｒｄ'],
    ['𝐁𝐥𝐮𝐞𝐛𝐢𝐫𝐝 bold maths', '𝐁𝐥𝐮𝐞𝐛𝐢𝐫𝐝'],
    ['Blue\u200Bbird hidden', 'Blue\u200Bbird'],
    ['Bluebirds everywhere', 'Bluebirds'],
    ["Bluebird's launch", 'Bluebird'],
    ['Bluebird’s launch', 'Bluebird'],
    ['BLUEBIRD!!!', 'BLUEBIRD'],
    ['Meet Kestrel AI', 'Kestrel AI'],
    ['Meet #KestrelAI', 'KestrelAI'],
    ['Go #TeamBluebird', 'Bluebird'],
    ['bluébird accents', 'bluébird'],
  ])('flags %j', (text, expected) => {
    expect(matches(c, text, ID)).toEqual([expected]);
  });

  it.each([
    'A blue bird sat on the fence',
    'Bluebirdish is not a word we use',
    'The blue-bird paintings',
    'blu ebird',
    'Kestrels are birds',
    'I saw a kestrel. AI is everywhere',
  ])('passes %j', (text) => {
    expect(matches(c, text, ID)).toEqual([]);
  });

  it("'Kestrel' is case-sensitive: the project, not the bird", () => {
    expect(matches(c, 'Kestrel launches today', 'acme.codename-kestrel')).toEqual(['Kestrel']);
    expect(matches(c, 'a kestrel hovered over the field', 'acme.codename-kestrel')).toEqual([]);
    expect(matches(c, 'K3strel launches', 'acme.codename-kestrel')).toEqual(['K3strel']);
  });

  it('reports the finding fields of the spec', () => {
    const [f] = c.check('Counting down to the #ProjectBluebird reveal');
    expect(f).toMatchObject({
      ruleId: ID,
      category: 'confidential',
      severity: 'block',
      start: 22,
      end: 37,
      match: 'ProjectBluebird',
      message: "'ProjectBluebird' is an internal codename.",
      note: 'Unreleased projects are not named in public before launch.',
      suggestions: ['our upcoming product'],
      link: 'https://intranet.acme.example/policies/social-media#codenames',
      tags: ['codename'],
      override: 'allow',
    });
    expect(f!.confidence).toBeGreaterThan(0.5);
    expect(f!.explain).toMatch(/Project Bluebird.*joined words/);
  });

  it('uses the pack policyUrl as link when the rule has none', () => {
    const [f] = c.check('Kestrel');
    expect(f!.link).toBe('https://intranet.acme.example/policies/social-media');
  });

  it('explains which evasion was undone', () => {
    expect(c.check('B1uebird')[0]!.explain).toMatch(/leetspeak/);
    expect(c.check('blueeeebird')[0]!.explain).toMatch(/stretched/);
    expect(c.check('Вluebird')[0]!.explain).toMatch(/look-alike/);
    expect(c.check('b l u e b i r d')[0]!.explain).toMatch(/spelled-out/);
  });
});

describe('terms: Scunthorpe safety and precision', () => {
  const words = checkerFor([rule({ id: 'rude', kind: 'terms', category: 'inflammatory', severity: 'warn', terms: ['sex', 'ass', 'rapist', 'god', 'hell'] })]);
  it.each(['Essex and Sussex', 'a classic class', 'my therapist', 'good food', 'assess the assets', 'hello shell', 'Middlesex'])('passes %j', (text) => {
    expect(matches(words, text)).toEqual([]);
  });
  it.each([
    ['what the hell', 'hell'],
    ['s3x sells', 's3x'],
    ['$ex sells', '$ex'],
    ['you a$$', 'a$$'],
    ['asses', 'asses'],
    ['gooood', 'gooood'],
  ])('flags %j', (text, m) => {
    expect(matches(words, text)).toEqual([m]);
  });
  it("reads a leading '@' as a mention, not a letter", () => {
    expect(matches(words, 'ask @ss_team')).toEqual([]);
  });
  it('does not read plain numbers as letters', () => {
    const nums = checkerFor([rule({ id: 'n', kind: 'terms', terms: ['ole'] })]);
    expect(matches(nums, 'room 013')).toEqual([]);
    expect(matches(nums, 'the 0le')).toEqual(['0le']);
  });
  it('with evasion off matches only plain spellings', () => {
    const plain = checkerFor([rule({ id: 'p', kind: 'terms', evasion: false, terms: ['Bluebird'] })]);
    expect(matches(plain, 'Bluebird B1uebird blueeeebird Вluebird b l u e b i r d')).toEqual(['Bluebird']);
  });
  it('multi-word terms need the words in order and whole', () => {
    const mw = checkerFor([rule({ id: 'mw', kind: 'terms', terms: ['quarterly results leak'] })]);
    expect(matches(mw, 'the Quarterly-Results leak!')).toEqual(['Quarterly-Results leak']);
    expect(matches(mw, 'results quarterly leak')).toEqual([]);
  });
  it('refuses a term without letters', () => {
    expect(() => checkerFor([rule({ id: 'bad', kind: 'terms', terms: ['ok', '--'] })])).toThrow(/rule 'acme.bad', field 'terms\[1\]'/);
    expect(() => checkerFor([rule({ id: 'empty', kind: 'terms', terms: [] })])).toThrow(/field 'terms'/);
  });
});

describe('terms: digit runs are not stretched letters', () => {
  const terms = ['Model 300', 'X100', 'B000M', 'Bluebird'];
  const clear = checkerFor([rule({ id: 'models', kind: 'terms', terms })]);
  const hashed = checkerFor([rule({ id: 'models', kind: 'terms', hashed: buildHashedTerms(terms, { caseSensitive: false, salt: 's' }) })]);
  it.each(['Model 3000', 'X1000', 'x10000 units', 'B0000M'])('%j is not flagged', (text) => {
    expect(matches(clear, text)).toEqual([]);
    expect(matches(hashed, text)).toEqual([]);
  });
  it.each([
    ['Model 300', 'Model 300'],
    ['the X100 ships', 'X100'],
    ['B000M', 'B000M'],
    ['blueeeebird', 'blueeeebird'],
    ['B1uuuuebird', 'B1uuuuebird'],
    ['b1uebird', 'b1uebird'],
  ])('%j is flagged', (text, want) => {
    expect(matches(clear, text)).toEqual([want]);
    expect(matches(hashed, text)).toEqual([want]);
  });
});

describe('terms: a camelCase join before an all-caps word', () => {
  const clear = checkerFor([rule({ id: 'k', kind: 'terms', caseSensitive: true, terms: ['Kestrel'] })]);
  const hashed = checkerFor([rule({ id: 'k', kind: 'terms', caseSensitive: true, hashed: buildHashedTerms(['Kestrel'], { caseSensitive: true, salt: 's' }) })]);
  const folded = checkerFor([rule({ id: 'k', kind: 'terms', terms: ['Kestrel'] })]);
  it.each([
    ['KestrelIDIOT', 'Kestrel'],
    ['go KestrelIsland', 'Kestrel'],
    ['KestrelAI', 'Kestrel'],
  ])('%j is flagged by clear and hashed alike', (text, want) => {
    expect(matches(clear, text)).toEqual([want]);
    expect(matches(hashed, text)).toEqual([want]);
    expect(matches(folded, text)).toEqual([want]);
  });
  it.each(['Kestrelidiot', 'KESTRELIDIOT'])('%j stays unflagged by the case-sensitive rule', (text) => {
    expect(matches(clear, text)).toEqual(matches(hashed, text));
    expect(matches(clear, text)).toEqual([]);
  });
});

describe('terms: a digit run after a join is a boundary', () => {
  const terms = ['Project Bluebird', 'Kestrel'];
  const clear = checkerFor([rule({ id: 'c', kind: 'terms', terms })]);
  const hashed = checkerFor([rule({ id: 'c', kind: 'terms', hashed: buildHashedTerms(terms, { caseSensitive: false, salt: 's' }) })]);
  it.each([
    ['#projectBluebird2026', 'projectBluebird'],
    ['Counting down to #ProjectBluebird2026!', 'ProjectBluebird'],
    ['#projectbluebird2026', 'projectbluebird'],
    ['#ProjectKestrel1 soon', 'Kestrel'],
  ])('%j is flagged by clear and hashed alike', (text, want) => {
    expect(matches(clear, text)).toEqual([want]);
    expect(matches(hashed, text)).toEqual([want]);
  });
  it.each(['projectbluebird2026', 'Bluebird2 ships', 'Project Bluebird2x', '#projectBluebird2026x', 'xkestrel1', 'kestrels2026', 'Kestrel2026'])('%j is not flagged', (text) => {
    expect(matches(clear, text)).toEqual([]);
    expect(matches(hashed, text)).toEqual([]);
  });
});

describe('terms: multi-word terms across one line break', () => {
  const terms = ['Project Bluebird', 'Kestrel AI'];
  const clear = checkerFor([rule({ id: 'c', kind: 'terms', terms })]);
  const hashed = checkerFor([rule({ id: 'c', kind: 'terms', hashed: buildHashedTerms(terms, { caseSensitive: false, salt: 's' }) })]);
  it.each([
    ['Project\nBluebird', 'Project\nBluebird'],
    ['We love Project \r\n Bluebird a lot', 'Project \r\n Bluebird'],
    ['Hi\nsee Kestrel\nAI now', 'Kestrel\nAI'],
    ['Project\tBluebird', 'Project\tBluebird'],
  ])('%j is flagged by clear and hashed alike', (text, want) => {
    expect(matches(clear, text)).toEqual([want]);
    expect(matches(hashed, text)).toEqual([want]);
  });
  it.each(['Project\n\nBluebird', 'Project\r\n\r\nBluebird', 'Project.\nBluebird', 'Our project.  Bluebird', 'Project!\nBluebird', 'xproject\nbluebirds2'])('%j is not flagged', (text) => {
    expect(matches(clear, text)).toEqual([]);
    expect(matches(hashed, text)).toEqual([]);
  });
});
