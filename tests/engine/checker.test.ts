import { describe, expect, it, vi } from 'vitest';
import type { DetectorInput, DetectorSpec, NlpDoc } from '../../rules/types';

const calls = vi.hoisted(() => ({ sentence: [] as string[], text: 0, docs: [] as unknown[] }));

vi.mock('../../rules/detectors/registry', () => {
  const detectors: DetectorSpec[] = [
    {
      id: 'test.sentence',
      description: 'flags the word secret, with context',
      scope: 'sentence',
      keywords: ['secret'],
      create: () => (input: DetectorInput) => {
        calls.sentence.push(input.text);
        calls.docs.push(input.nlp());
        const v = input.folded();
        const i = v.text.indexOf('secret');
        if (i < 0) return [];
        const start = v.map[i]!;
        const end = v.map[i + 5]! + 1;
        return [{ start, end, confidence: 0.7, message: 'detector says {match}', tags: ['extra'], explain: `prev=${input.prev ?? '-'} next=${input.next ?? '-'}` }];
      },
    },
    {
      id: 'test.text',
      description: 'flags the whole draft when it holds SHOUT',
      scope: 'text',
      create: (options) => (input: DetectorInput) => {
        calls.text++;
        const i = input.text.indexOf('SHOUT');
        return i < 0 ? [] : [{ start: i, end: i + 5, confidence: Number(options.confidence ?? 0.9) }];
      },
    },
    {
      id: 'test.local',
      description: 'sentence scope, ignores prev/next',
      scope: 'sentence',
      keywords: ['secret'],
      create: () => (input: DetectorInput) => {
        calls.sentence.push(`local:${input.text}`);
        return [];
      },
    },
    {
      id: 'test.gated',
      description: 'text scope with keywords',
      scope: 'text',
      keywords: ['token'],
      create: () => (input: DetectorInput) => {
        calls.text++;
        const i = input.text.indexOf('token');
        return i < 0 ? [] : [{ start: i, end: i + 5, confidence: 0.9 }];
      },
    },
    {
      id: 'test.opts',
      description: 'needs a level option',
      scope: 'text',
      validateOptions: (o) => (typeof o.level === 'number' ? null : "option 'level' must be a number"),
      create: () => () => [],
    },
    {
      id: 'test.broken',
      description: 'throws',
      scope: 'text',
      create: () => () => {
        throw new Error('boom');
      },
    },
  ];
  return { DETECTORS: detectors, getDetector: (id: string) => detectors.find((d) => d.id === id), detectorIds: () => detectors.map((d) => d.id) };
});

import { CODENAMES, checkerFor, matches, rule } from './helpers';

describe('phrase rules', () => {
  const c = checkerFor([rule({ id: 'fin', kind: 'phrase', severity: 'warn', match: '(revenue|earnings|profit|sales) .{0,3} #Money', message: 'Financial results: {match}' })]);
  it('match grammar-aware expressions with offsets into the draft', () => {
    const text = '🚀 Big news! Our revenue grew $5 million this quarter.';
    const [f] = c.check(text);
    expect(f).toMatchObject({ ruleId: 'acme.fin', severity: 'warn' });
    expect(text.slice(f!.start, f!.end)).toBe(f!.match);
    expect(f!.match.startsWith('revenue')).toBe(true);
    expect(f!.message).toBe(`Financial results: ${f!.match}`);
  });
  it('pass sentences without the literal words', () => {
    expect(c.check('We grew $5 million in donations.')).toEqual([]);
  });
  it('take a list of expressions', () => {
    const l = checkerFor([rule({ id: 't', kind: 'phrase', category: 'inflammatory', match: ['someone should punch #Pronoun', 'i will hurt #Pronoun'] })]);
    expect(matches(l, 'Honestly someone should punch him. I will hurt you.')).toEqual(['someone should punch him', 'I will hurt you']);
  });
  it('reject an empty match', () => {
    expect(() => checkerFor([rule({ id: 'e', kind: 'phrase', match: [] })])).toThrow(/field 'match'/);
  });
});

describe('allow, exceptions, minConfidence, enabled', () => {
  it('drops a finding overlapping a pack-wide allowed span', () => {
    const c = checkerFor([rule({ id: 'cloud', kind: 'terms', terms: ['Cloud'] })], { allow: ['Acme Cloud', { regex: 'careers@acme\\.com' }] });
    expect(matches(c, 'Try Acme Cloud today, the Cloud is great')).toEqual(['Cloud']);
    expect(c.check('Try Acme Cloud today, the Cloud is great')[0]!.start).toBe(26);
    const m = checkerFor([rule({ id: 'mail', kind: 'regex', pattern: '[a-z]+@acme\\.com' })], { allow: [{ regex: 'careers@acme\\.com' }] });
    expect(matches(m, 'write to careers@acme.com or bob@acme.com')).toEqual(['bob@acme.com']);
  });
  it('applies a rule exception to that rule only', () => {
    const rules = [
      rule({ id: 'a', kind: 'terms', terms: ['falcon'], exceptions: ['Falcon Heavy', { regex: 'falcon\\s+9', flags: 'i' }] }),
      rule({ id: 'b', kind: 'terms', terms: ['falcon'] }),
    ];
    const c = checkerFor(rules);
    const f = c.check('Falcon Heavy, Falcon 9 and a falcon');
    expect(f.filter((x) => x.ruleId === 'acme.a').map((x) => x.start)).toEqual([29]);
    expect(f.filter((x) => x.ruleId === 'acme.b')).toHaveLength(3);
  });
  it('drops findings below minConfidence', () => {
    const strict = checkerFor([rule({ id: 's', kind: 'terms', terms: ['bluebird'], minConfidence: 0.9 })]);
    expect(matches(strict, 'Bluebird and B1uebird')).toEqual(['Bluebird']);
    const det = checkerFor([rule({ id: 'd', kind: 'detector', detector: 'test.text', options: { confidence: 0.4 } })]);
    expect(det.check('SHOUT')).toEqual([]);
  });
  it('skips disabled rules', () => {
    const c = checkerFor([rule({ id: 'off', kind: 'terms', terms: ['bluebird'], enabled: false }), ...CODENAMES]);
    expect(c.check('Bluebird').map((f) => f.ruleId)).toEqual(['acme.codenames']);
  });
  it('sets override only on block findings, defaulting to allow', () => {
    const c = checkerFor([
      rule({ id: 'b', kind: 'terms', terms: ['alpha'], override: 'deny' }),
      rule({ id: 'c', kind: 'terms', terms: ['alpha'] }),
      rule({ id: 'w', kind: 'terms', terms: ['alpha'], severity: 'warn', override: 'reason' }),
    ]);
    const f = c.check('alpha');
    expect(f.map((x) => [x.ruleId, x.override])).toEqual([
      ['acme.b', 'deny'],
      ['acme.c', 'allow'],
      ['acme.w', undefined],
    ]);
  });
  it('sorts findings by start, then ruleId, one per rule and place', () => {
    const c = checkerFor([rule({ id: 'z', kind: 'terms', terms: ['gamma'] }), ...CODENAMES]);
    const f = c.check('gamma Project Bluebird gamma');
    expect(f.map((x) => `${x.start}:${x.ruleId}:${x.match}`)).toEqual(['0:acme.z:gamma', '6:acme.codenames:Project Bluebird', '23:acme.z:gamma']);
  });
});

describe('detector rules', () => {
  it('run per sentence holding a keyword, with prev/next, folded() and nlp(); hits shifted into the draft', () => {
    const c = checkerFor([rule({ id: 'd', kind: 'detector', detector: 'test.sentence', message: 'rule message', tags: ['base'] })]);
    const text = 'First line here. This is s3cret stuff! Last one.';
    const [f] = c.check(text);
    expect(f).toMatchObject({ match: 's3cret', message: 'detector says s3cret', tags: ['base', 'extra'], confidence: 0.7 });
    expect(f!.explain).toBe('prev=First line here. next=Last one.');
  });
  it('run text-scope detectors on the whole draft', () => {
    const c = checkerFor([rule({ id: 't', kind: 'detector', detector: 'test.text' })]);
    expect(matches(c, 'ok. then SHOUT')).toEqual(['SHOUT']);
  });
  it('skip a text-scope detector when none of its keywords is in the draft', () => {
    const c = checkerFor([rule({ id: 'g', kind: 'detector', detector: 'test.gated' })]);
    calls.text = 0;
    expect(c.check('nothing to see here')).toEqual([]);
    expect(calls.text).toBe(0);
    expect(matches(c, 'my TOKEN is token')).toEqual(['token']);
    expect(calls.text).toBe(1);
  });
  it('refuse an unknown detector and bad options', () => {
    expect(() => checkerFor([rule({ id: 'u', kind: 'detector', detector: 'nope' })])).toThrow(/rule 'acme.u', field 'detector'/);
    expect(() => checkerFor([rule({ id: 'o', kind: 'detector', detector: 'test.opts', options: {} })])).toThrow(/field 'options'.*level/);
    expect(() => checkerFor([rule({ id: 'o', kind: 'detector', detector: 'test.opts', options: { level: 2 } })])).not.toThrow();
  });
  it('survive a detector that throws', () => {
    const c = checkerFor([rule({ id: 'x', kind: 'detector', detector: 'test.broken' }), ...CODENAMES]);
    expect(matches(c, 'Bluebird')).toEqual(['Bluebird']);
  });
});

describe('incremental checking', () => {
  it('re-runs sentence work only for changed sentences and their neighbours', () => {
    const c = checkerFor([rule({ id: 'd', kind: 'detector', detector: 'test.sentence' })]);
    const sentences = ['A secret one.', 'Two secret.', 'Three secret.', 'Four secret.', 'Five secret'];
    calls.sentence.length = 0;
    c.check(sentences.join(' '));
    expect(calls.sentence).toHaveLength(5);
    calls.sentence.length = 0;
    c.check(`${sentences.join(' ')}s`);
    // the edited sentence, and the one before it (its `next` changed)
    expect(calls.sentence).toEqual(['Four secret.', 'Five secrets']);
    calls.sentence.length = 0;
    c.check(`${sentences.join(' ')}s`);
    expect(calls.sentence).toEqual([]);
  });
  it('does not re-run a detector that ignores prev/next when only a neighbour changed', () => {
    const c = checkerFor([rule({ id: 'l', kind: 'detector', detector: 'test.local' })]);
    calls.sentence.length = 0;
    c.check('One secret. Two secret. Three secret');
    expect(calls.sentence).toHaveLength(3);
    calls.sentence.length = 0;
    c.check('One secret. Two secret. Three secrets');
    expect(calls.sentence).toEqual(['local:Three secrets']);
  });
  it('reuses a sentence parse across checks', () => {
    const c = checkerFor([rule({ id: 'd', kind: 'detector', detector: 'test.sentence' })]);
    calls.docs.length = 0;
    c.check('The secret plan.');
    c.check('The secret plan. More secret text');
    expect(calls.docs).toHaveLength(3);
    expect(calls.docs[1]).toBe(calls.docs[0]);
    expect((calls.docs[0] as NlpDoc).text()).toBe('The secret plan.');
  });
  it('gives the same findings as a fresh checker after edits', () => {
    const rules = [...CODENAMES, rule({ id: 'fin', kind: 'phrase', match: '(revenue|profit) .{0,3} #Money' }), rule({ id: 'd', kind: 'detector', detector: 'test.sentence' })];
    const warm = checkerFor(rules);
    let text = '';
    const target = 'Our revenue grew $5 million. The secret is Project Bluebird! Kestrel AI next.';
    for (const ch of target) {
      text += ch;
      warm.check(text);
    }
    expect(warm.check(text)).toEqual(checkerFor(rules).check(text));
    expect(warm.check(text).length).toBeGreaterThanOrEqual(4);
  });
});

describe('offsets on hard text', () => {
  const c = checkerFor(CODENAMES);
  it.each([
    ['emoji before', '👨‍👩‍👧‍👦🇫🇷 Bluebird 👍🏽'],
    ['combining marks', 'Ble\u0301 Blue\u0301bird e\u0301'],
    ['right-to-left', 'שלום Bluebird مرحبا \u202EBluebird\u202C'],
    ['zero-width inside', 'B\u200Bl\u200Cu\u200De\uFEFFbird'],
    ['astral look-alikes', '𝓑𝓵𝓾𝓮𝓫𝓲𝓻𝓭'],
  ])('%s: every match is the original slice and no pair is split', (_name, text) => {
    const found = c.check(text);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) {
      expect(text.slice(f.start, f.end)).toBe(f.match);
      for (const edge of [f.start, f.end]) {
        const split = edge > 0 && edge < text.length && (text.charCodeAt(edge) & 0xfc00) === 0xdc00 && (text.charCodeAt(edge - 1) & 0xfc00) === 0xd800;
        expect(split).toBe(false);
      }
    }
  });
  it('keeps a combining accent inside the match', () => {
    expect(matches(c, 'Blue\u0301bird\u0301 now')).toEqual(['Blue\u0301bird\u0301']);
  });
});

describe('long sessions', () => {
  it('keep finding the same things after thousands of edits (caches stay bounded and correct)', () => {
    const rules = [...CODENAMES, rule({ id: 'd', kind: 'detector', detector: 'test.sentence' })];
    const warm = checkerFor(rules);
    const base = Array.from({ length: 40 }, (_, i) => `Sentence ${i} about the secret plan.`).join(' ');
    let text = base;
    for (let i = 0; i < 3000; i++) {
      const at = (i * 7919) % text.length;
      text = i % 3 === 2 ? text.slice(0, at) + text.slice(at + 1) : `${text.slice(0, at)}x${text.slice(at)}`;
      warm.check(text);
    }
    const final = `${text} Bluebird`;
    expect(warm.check(final)).toEqual(checkerFor(rules).check(final));
  });
});
