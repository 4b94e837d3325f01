import type { DetectorSpec } from '../../types';

export const SECRET_DETECTORS: readonly DetectorSpec[] = [];
