import { describe, expect, it } from 'vitest';
import { getDetector } from '../../../rules/detectors/registry';
import { run } from './input';

describe('shouting', () => {
  it('flags a long run of capitals, with its span', () => {
    const text = 'Well. THIS IS THE WORST SERVICE I HAVE EVER HAD';
    const hits = run('shouting', text);
    expect(hits).toHaveLength(1);
    expect(text.slice(hits[0]?.start, hits[0]?.end)).toBe('THIS IS THE WORST SERVICE I HAVE EVER HAD');
  });

  it('passes acronyms, short cheers and a line break between runs', () => {
    expect(run('shouting', 'Our API, SDK and CLI now run on AWS.')).toEqual([]);
    expect(run('shouting', 'GO TEAM! So proud.')).toEqual([]);
    expect(run('shouting', 'BIG NEWS TODAY\nWE SHIP')).toEqual([]);
  });

  it('does not count @mentions or #hashtags as shouted words, nor let them end a run', () => {
    expect(run('shouting', '@USER @USER @USER @USER @USER @USER @USER I agree with you')).toEqual([]);
    expect(run('shouting', 'Great game tonight #NFL #SUNDAYFOOTBALL #GOPACKGO #TOUCHDOWN #WIN')).toEqual([]);
    const text = 'THIS IS @SAM THE WORST SERVICE I HAVE EVER HAD';
    const hits = run('shouting', text);
    expect(hits).toHaveLength(1);
    expect(text.slice(hits[0]?.start, hits[0]?.end)).toBe(text);
    expect(run('shouting', 'WHY DOES @bob NEVER ANSWER HIS PHONE AT WORK')).toHaveLength(1);
  });

  it('honours its options and rejects bad ones', () => {
    expect(run('shouting', 'GO TEAM GO NOW', { minWords: 3, minLetters: 8 })).toHaveLength(1);
    expect(getDetector('shouting')?.validateOptions?.({ minWords: -1 })).toMatch(/minWords/);
  });
});
