import type { DetectorSpec } from '../../types';

export const LANGUAGE_DETECTORS: readonly DetectorSpec[] = [];
