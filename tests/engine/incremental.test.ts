/**
 * The checker's incremental machinery: detector results cached by the neighbours they actually read
 * (prev and next tracked apart), text-scope detectors run once on the whole draft, and an incremental
 * check that always equals a cold one, on random edit sequences.
 */
import { describe, expect, it, vi } from 'vitest';
import type { DetectorHit, DetectorInput, DetectorSpec } from '../../rules/types';

const calls = vi.hoisted(() => ({ log: [] as string[] }));

vi.mock('../../rules/detectors/registry', () => {
  const wordHit = (input: DetectorInput, word: string, explain: string): DetectorHit[] => {
    const v = input.folded();
    const out: DetectorHit[] = [];
    for (let i = v.text.indexOf(word); i >= 0; i = v.text.indexOf(word, i + 1)) {
      out.push({ start: v.map[i]!, end: v.map[i + word.length - 1]! + 1, confidence: 0.8, explain });
    }
    return out;
  };
  const detectors: DetectorSpec[] = [
    {
      id: 'test.prev',
      description: 'reads prev only: flags "they" when the previous sentence names a team',
      scope: 'sentence',
      create: () => (input) => {
        calls.log.push(`prev:${input.text}`);
        return (input.prev ?? '').includes('team') ? wordHit(input, 'they', `prev=${input.prev ?? '-'}`) : [];
      },
    },
    {
      id: 'test.next',
      description: 'reads next only',
      scope: 'sentence',
      create: () => (input) => {
        calls.log.push(`next:${input.text}`);
        return (input.next ?? '').includes('!') ? wordHit(input, 'hey', `next=${input.next ?? '-'}`) : [];
      },
    },
    {
      id: 'test.lazy',
      description: 'reads prev only when the sentence holds a pronoun, next only when prev is empty',
      scope: 'sentence',
      create: () => (input) => {
        calls.log.push(`lazy:${input.text}`);
        if (!/\b(?:they|them)\b/i.test(input.text)) return wordHit(input, 'secret', 'no context');
        const prev = input.prev;
        if (prev === undefined) return (input.next ?? '').length > 10 ? wordHit(input, 'them', 'long next') : [];
        return prev.length % 2 ? wordHit(input, 'they', 'odd prev') : wordHit(input, 'them', 'even prev');
      },
    },
    {
      id: 'test.both',
      description: 'reads both neighbours',
      scope: 'sentence',
      keywords: ['secret'],
      create: () => (input) => {
        calls.log.push(`both:${input.text}`);
        return wordHit(input, 'secret', `prev=${input.prev ?? '-'} next=${input.next ?? '-'}`);
      },
    },
    {
      id: 'test.gated-text',
      description: 'text scope with keywords: a finding per keyword, and its context on the whole draft',
      scope: 'text',
      keywords: ['token', '.'],
      create: () => (input) => {
        calls.log.push(`text:${input.offset}:${input.text.length}`);
        const out: DetectorHit[] = [];
        for (let i = input.text.indexOf('token'); i >= 0; i = input.text.indexOf('token', i + 1)) {
          // the whole draft, not a sentence: the explanation counts tokens everywhere
          out.push({ start: i, end: i + 5, confidence: 0.9, explain: `${input.text.split('token').length - 1} in the draft` });
        }
        return out;
      },
    },
  ];
  return { DETECTORS: detectors, getDetector: (id: string) => detectors.find((d) => d.id === id), detectorIds: () => detectors.map((d) => d.id) };
});

import { CODENAMES, checkerFor, rule } from './helpers';
import { seededRandom } from '../support/seeded-random';

const ruleFor = (detector: string) => rule({ id: detector.replace('test.', ''), kind: 'detector', detector });
const runsOf = (prefix: string): string[] => calls.log.filter((l) => l.startsWith(`${prefix}:`)).map((l) => l.slice(prefix.length + 1));

describe('detector results cached by the neighbours they read', () => {
  it('does not re-run a prev-only detector when the next sentence changes', () => {
    const c = checkerFor([ruleFor('test.prev')]);
    c.check('Our team shipped. They rock. The end');
    calls.log.length = 0;
    c.check('Our team shipped. They rock. The ends');
    // "They rock." kept its result: its next changed, but it never read next
    expect(runsOf('prev')).toEqual(['The ends']);
    calls.log.length = 0;
    const found = c.check('Our teams shipped. They rock. The ends');
    expect(runsOf('prev')).toEqual(['Our teams shipped.', 'They rock.']);
    expect(found.map((f) => f.match)).toEqual(['They']);
  });

  it('does not re-run a next-only detector when the previous sentence changes', () => {
    const c = checkerFor([ruleFor('test.next')]);
    c.check('Start. Hey there. Wow!');
    calls.log.length = 0;
    c.check('Starts. Hey there. Wow!');
    expect(runsOf('next')).toEqual(['Starts.']);
    calls.log.length = 0;
    expect(c.check('Starts. Hey there. Wow!!').map((f) => f.match)).toEqual(['Hey']);
    expect(runsOf('next')).toEqual(['Hey there.', 'Wow!!']);
  });

  it('reuses a result when the neighbours it read come back', () => {
    const c = checkerFor([ruleFor('test.prev')]);
    const a = 'Our team shipped. They rock.';
    const b = 'Our group shipped. They rock.';
    c.check(a);
    c.check(b);
    calls.log.length = 0;
    expect(c.check(a).map((f) => f.match)).toEqual(['They']);
    expect(c.check(b)).toEqual([]);
    expect(runsOf('prev')).toEqual([]);
  });

  it('a detector that reads a neighbour only sometimes is cached by what it read that time', () => {
    const c = checkerFor([ruleFor('test.lazy')]);
    c.check('A secret plan. Another secret plan. They know');
    calls.log.length = 0;
    // only the last sentence reads prev; editing the first sentence re-runs the first sentence alone
    c.check('A secret plans. Another secret plan. They know');
    expect(runsOf('lazy')).toEqual(['A secret plans.']);
    calls.log.length = 0;
    c.check('A secret plans. Another secret plans. They know');
    expect(runsOf('lazy')).toEqual(['Another secret plans.', 'They know']);
  });
});

describe('text-scope detectors', () => {
  it('run once per check on the whole draft, never per sentence, whatever sentence work there is', () => {
    const c = checkerFor([ruleFor('test.gated-text'), ruleFor('test.both')]);
    calls.log.length = 0;
    const text = 'A token here. Another token there.\nA secret token. No more.';
    const found = c.check(text).filter((f) => f.ruleId === 'acme.gated-text');
    expect(runsOf('text')).toEqual([`0:${text.length}`]);
    expect(found.map((f) => [f.start, f.explain])).toEqual([
      [2, '3 in the draft'],
      [22, '3 in the draft'],
      [44, '3 in the draft'],
    ]);
  });

  it('stay skipped when none of their keywords occurs', () => {
    const c = checkerFor([ruleFor('test.gated-text'), ruleFor('test.both')]);
    calls.log.length = 0;
    c.check('A secret plan, no tokens here');
    expect(runsOf('text')).toEqual(['0:29']);
    calls.log.length = 0;
    c.check('A secret plan, nothing here');
    expect(runsOf('text')).toEqual([]);
  });
});

const rng = seededRandom;

const PIECES = [
  'Our team shipped it. ', 'They said hey! ', 'The secret is out. ', 'A token: abc. ', 'Project Bluebird launched. ', 'Kestrel AI ',
  'them ', 'they ', 'hey ', 'team ', '!', '.', ' ', '\n', '\n\n', 'secret', 'token', 'x', 'Blue', 'bird', 'revenue grew $5 million. ',
];

describe('an incremental check equals a cold check', () => {
  const rules = [
    ...CODENAMES,
    rule({ id: 'fin', kind: 'phrase', match: '(revenue|profit) .{0,3} #Money' }),
    rule({ id: 'rx', kind: 'regex', pattern: 'abc\\.', keywords: ['abc'] }),
    ...['test.prev', 'test.next', 'test.lazy', 'test.both', 'test.gated-text'].map(ruleFor),
  ];

  it.each([1, 2, 3, 4, 5, 6])('on a random sequence of edits (seed %i)', (seed) => {
    const r = rng(seed);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
    const warm = checkerFor(rules);
    let text = '';
    for (let step = 0; step < 250; step++) {
      const at = Math.floor(r() * (text.length + 1));
      const op = r();
      if (op < 0.55) text = text.slice(0, at) + pick(PIECES) + text.slice(at);
      else if (op < 0.8) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(r() * 3));
      else if (op < 0.9) text = text.slice(0, at) + pick(PIECES).charAt(0) + text.slice(at);
      else {
        // move a span elsewhere: sentences come back next to different neighbours
        const from = Math.floor(r() * (text.length + 1));
        const to = Math.min(text.length, from + Math.floor(r() * 40));
        const cut = text.slice(from, to);
        const rest = text.slice(0, from) + text.slice(to);
        const k = Math.floor(r() * (rest.length + 1));
        text = rest.slice(0, k) + cut + rest.slice(k);
      }
      if (text.length > 600) text = text.slice(text.length - 400);
      const incremental = warm.check(text);
      if (step % 5 === 0 || step > 240) expect(incremental).toEqual(checkerFor(rules).check(text));
    }
    expect(warm.check(text)).toEqual(checkerFor(rules).check(text));
  });
});
