import { describe, expect, it } from 'vitest';
import { SITE_IDS } from '@/components/options/sites';
import { SITE_IDS as ALL_SITES } from '@/utils/stats/stats-vocabulary';

describe('options site list', () => {
  it('offers a switch for every site adapter except the per-host generic one', () => {
    expect([...SITE_IDS].sort()).toEqual(ALL_SITES.filter((s) => s !== 'generic').sort());
  });
});
