import type { EffectiveSettings, Settings } from '@/utils/protocol/settings';

export interface SectionProps {
  eff: EffectiveSettings;
  /** resolves true when the background accepted the change */
  save(patch: Partial<Settings>): Promise<boolean>;
}
