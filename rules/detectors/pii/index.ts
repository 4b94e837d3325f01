import type { DetectorSpec } from '../../types';

export const PII_DETECTORS: readonly DetectorSpec[] = [];
