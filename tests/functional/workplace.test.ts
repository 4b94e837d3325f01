import { describe, expect, it } from 'vitest';
import { workplacePosts } from '../corpus/workplace/load';
import { check } from './harness';

describe('workplace corpus (ordinary posts)', () => {
  const posts = workplacePosts();

  it('holds at least 300 distinct posts', () => {
    expect(posts.length).toBeGreaterThanOrEqual(300);
    expect(new Set(posts).size).toBe(posts.length);
  });

  it('raises a finding (any category, any severity) on fewer than 1% of posts', () => {
    const flagged = posts.filter((p) => check(p).length > 0);
    expect(flagged.length / posts.length, flagged.join('\n')).toBeLessThan(0.01);
  });
});
