import type { DetectorSpec } from '../../types';
import { secretsDetector } from './detector';

export const SECRET_DETECTORS: readonly DetectorSpec[] = [secretsDetector];
