import { describe, expect, it } from 'vitest';
import { MASK, maskEpisode, redact } from '@/utils/history/mask';
import { toRecord } from '@/utils/history/record';
import type { EpisodeFinding, EpisodeReport } from '@/utils/protocol/episodes';
import { reportFor } from './support/reports';

/** Small deterministic PRNG (mulberry32) so a failing case can be replayed from its seed. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALPHABET = 'abcAB XYZ.,\n🙂é-=';

function randomReport(seed: number): EpisodeReport {
  const r = rng(seed);
  const int = (n: number) => Math.floor(r() * n);
  let text = '';
  const len = 1 + int(60);
  while (text.length < len) text += ALPHABET[int(ALPHABET.length)]!;
  // Never split a surrogate pair, as the engine guarantees.
  const boundary = (i: number) => (i > 0 && i < text.length && /[\uDC00-\uDFFF]/.test(text[i]!) ? i - 1 : i);
  const findings: EpisodeFinding[] = Array.from({ length: 1 + int(4) }, (_, k) => {
    const a = boundary(int(text.length + 1));
    const b = boundary(Math.min(text.length, a + 1 + int(8)));
    const [start, end] = a <= b ? [a, b] : [b, a];
    const match = text.slice(start, end);
    return {
      ruleId: `r${k}`, category: 'confidential', severity: 'warn', confidence: 0.5, start, end,
      // Messages built from `{match}`, in another case, and quoting another finding's match.
      message: k % 2 ? `Found "${match.toUpperCase()}" here` : `Do not post ${match}`,
      outcome: 'edited',
    };
  });
  return { episodeId: `p${seed}`, at: 1, site: 'x', packId: 'p', packVersion: '1', text, findings, overrideReason: `because ${text}` };
}

describe('masking', () => {
  it('replaces each matched span with a fixed-width mask and moves the offsets', () => {
    const report = reportFor('ask Bob at bob@acme.com or Falcon', [{ match: 'bob@acme.com' }, { match: 'Falcon' }]);
    const m = maskEpisode(report, 'masked');
    expect(m.text).toBe(`ask Bob at ${MASK} or ${MASK}`);
    for (const f of m.findings) expect(m.text?.slice(f.start, f.end)).toBe(MASK);
  });

  it('merges overlapping findings into one mask and masks other occurrences of a match', () => {
    const report = reportFor('codename Falcon-X; falcon-x again', [{ match: 'Falcon-X' }, { match: 'Falcon' }]);
    const m = maskEpisode(report, 'masked');
    expect(m.text).toBe(`codename ${MASK}; ${MASK} again`);
    expect(m.findings.map((f) => [f.start, f.end])).toEqual([[9, 12], [9, 12]]);
  });

  it('keeps an empty finding at its shifted position', () => {
    const text = 'secret here';
    const report: EpisodeReport = { ...reportFor(text, [{ match: 'secret' }]) };
    report.findings.push({ ...report.findings[0]!, start: 7, end: 7 });
    const m = maskEpisode(report, 'masked');
    expect(m.findings[1]).toMatchObject({ start: MASK.length + 1, end: MASK.length + 1 });
  });

  it('redacts case-insensitively', () => {
    expect(redact('Falcon and FALCON and falconry', ['falcon'])).toBe(`${MASK} and ${MASK} and ${MASK}ry`);
  });

  it('property: no matched text survives anywhere in a stored record (masked and none modes)', () => {
    let checked = 0;
    for (let seed = 1; seed <= 500; seed++) {
      const report = randomReport(seed);
      const matches = report.findings.map((f) => report.text.slice(f.start, f.end)).filter((m) => m.trim() !== '');
      for (const mode of ['masked', 'none'] as const) {
        const record = toRecord(report, mode);
        if (!record) throw new Error('expected a record');
        const stored = JSON.stringify(record).toLowerCase();
        const plain = [record.text ?? '', record.overrideReason ?? '', ...record.findings.map((f) => f.message)].join('\u0000').toLowerCase();
        for (const m of matches) {
          expect(plain.includes(m.toLowerCase()), `seed ${seed} ${mode}: "${m}" survived`).toBe(false);
          if (/^[a-z ]+$/i.test(m) && m.length > 2) expect(stored.includes(m.toLowerCase())).toBe(false);
          checked++;
        }
        if (mode === 'masked') {
          for (const f of record.findings) {
            expect(f.start).toBeLessThanOrEqual(f.end);
            expect(f.end).toBeLessThanOrEqual(record.text!.length);
            if (f.end > f.start) expect(record.text!.slice(f.start, f.end)).toBe(MASK);
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('full mode stores the text and messages as reported', () => {
    const report = reportFor('Falcon ships', [{ match: 'Falcon' }]);
    const m = maskEpisode(report, 'full');
    expect(m.text).toBe('Falcon ships');
    expect(m.findings[0]?.message).toContain('Falcon');
  });
});

describe('a finding edited away before the episode ended', () => {
  // The finding was seen on an earlier draft; its old offsets point at other words of the final text.
  const report: EpisodeReport = {
    episodeId: 'edited-away',
    at: 1,
    site: 'x',
    packId: 'acme',
    packVersion: '1',
    text: 'Beta invites for our new product go out on Friday! Bluebird fans rejoice.',
    findings: [
      { ruleId: 'acme.codenames', category: 'confidential', severity: 'block', confidence: 1, start: 0, end: 0, match: 'Bluebird', message: "'Bluebird' is an internal codename.", outcome: 'edited' },
    ],
  };

  it('masks nothing at its stale offsets, but redacts its match everywhere, message included', () => {
    const masked = maskEpisode(report, 'masked');
    expect(masked.text).toBe(`Beta invites for our new product go out on Friday! ${MASK} fans rejoice.`);
    expect(masked.findings[0]!.message).toBe(`'${MASK}' is an internal codename.`);
    expect(JSON.stringify(masked)).not.toContain('Bluebird');
  });

  it('never stores the match field itself', () => {
    for (const mode of ['masked', 'none'] as const) {
      const stored = maskEpisode(report, mode);
      expect(Object.keys(stored.findings[0]!)).not.toContain('match');
      expect(JSON.stringify(stored)).not.toContain('Bluebird');
    }
  });
});
