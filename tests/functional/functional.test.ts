import { describe, expect, it } from 'vitest';
import { BEHAVIOURS, scoreBehaviour } from './score';

describe('functional suite (original cases, one behaviour per block)', () => {
  it('has at least 20 cases for every behaviour', () => {
    for (const b of BEHAVIOURS) expect(b.cases.length, b.id).toBeGreaterThanOrEqual(20);
  });

  it('covers both what must be flagged and what must pass', () => {
    expect(BEHAVIOURS.filter((b) => b.polarity === 'flag').length).toBeGreaterThan(10);
    expect(BEHAVIOURS.filter((b) => b.polarity === 'pass').length).toBeGreaterThan(8);
  });

  it.each(BEHAVIOURS.map((b) => [b.id, b] as const))('%s: at least 90% of cases get exactly the expected categories', (_id, b) => {
    const r = scoreBehaviour(b);
    const failures = r.results.filter((x) => !x.ok).map((x) => `${x.case.text} → got [${x.got.join(', ')}], want [${x.case.expect.join(', ')}]`);
    expect(r.accuracy, failures.join('\n')).toBeGreaterThanOrEqual(0.9);
  });
});
